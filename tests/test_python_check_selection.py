"""`numcheck.check(text, select=..., ignore=..., packs=...)` picks rules as the command line
does, and names what it does not know as the command line does (issue 15)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import numcheck
from tests.conftest import run_cli

# NC202 (20 women and two children among 18 held) and NC201 (about 200 taken, 110 + 138 out)
STORY = (
    "Hamas still holds 18 hostages, including 20 women and two children.\n\n"
    "Hamas took about 200 people on Oct. 7. It has returned 110 and still holds 138 hostages.\n"
)


@pytest.fixture(scope="module")
def story(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("news") / "hostages.txt"
    path.write_text(STORY, encoding="utf-8")
    return path


def cli_codes(path: Path, *flags: str) -> list[str]:
    result = run_cli("check", "--format", "concise", *flags, str(path))
    assert result.returncode in (0, 1), result.stderr
    return re.findall(r" (?:error|warning) (NC\d+) ", result.stdout)


def codes(**selection: object) -> list[str]:
    return [f.code for f in numcheck.check(STORY, **selection)]  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("flags", "selection"),
    [
        ((), {}),
        (("--select", "NC2"), {"select": ["NC2"]}),
        (("--select", "nc202"), {"select": "nc202"}),
        (("--ignore", "NC202"), {"ignore": ["NC202"]}),
        (
            ("--select", "NC1,held-covers-women-and-children"),
            {"select": "NC1, held-covers-women-and-children"},
        ),
        (("--select", "ALL", "--ignore", "NC2"), {"select": ["ALL"], "ignore": ["NC2"]}),
    ],
)
def test_select_and_ignore_pick_the_rules_the_command_line_picks(story: Path, flags, selection):
    assert codes(**selection) == cli_codes(story, *flags)


def test_packs_keep_the_rules_of_the_packs_numcheck_rules_lists():
    listing = run_cli("rules").stdout
    assert re.search(r"^NC101 .* builtin$", listing, re.M)
    assert re.search(r"^NC201 .* conflict +\S*conflict\.yaml$", listing, re.M)
    assert codes(packs=["conflict"]) == ["NC202", "NC201"]
    assert codes(packs="builtin") == ["NC102"]  # the built-in check the hostage rule would have covered
    assert codes(packs=["conflict.yaml"]) == ["NC202", "NC201"]
    assert codes(packs=["builtin", "conflict"]) == codes()


def test_a_rule_files_name_is_its_pack(tmp_path: Path):
    rules = tmp_path / "rescues.yaml"
    rules.write_text(
        "name: mine-rescues\n"
        "concepts:\n  trapped:\n    event: trapped\n    entity: miner\n"
        "  rescued:\n    event: released\n    entity: miner\n"
        "rules:\n  - code: NC301\n    name: rescued-within-trapped\n    relation: rescued <= trapped\n"
        '    message: "{rescued.text} rescued cannot be more than the {trapped.text} trapped"\n'
    )
    listing = run_cli("rules", "--rules", str(rules)).stdout
    assert re.search(r"^NC301 .* mine-rescues +\S*rescues\.yaml$", listing, re.M)
    text = "Thirty miners were trapped underground. Rescuers freed 42 miners on Friday."
    assert [f.code for f in numcheck.check(text, rules=[rules], packs="mine-rescues")] == ["NC301"]
    assert [f.code for f in numcheck.check(text, rules=[rules], packs="builtin")] == []


@pytest.mark.parametrize(
    ("selection", "message"),
    [
        ({"select": ["NC999"]}, "select: unknown rule selector 'NC999' (did you mean NC109 or NC119?)"),
        ({"ignore": "NC1O2"}, "ignore: unknown rule selector 'NC1O2' (did you mean NC102?)"),
        ({"select": ["held-covers-women"]}, "select: unknown rule selector 'held-covers-women' (did"),
        (
            {"packs": ["conflcit"]},
            "packs: unknown rule pack 'conflcit' (did you mean conflict?); numcheck rules lists them: "
            "builtin, conflict, ",
        ),
    ],
)
def test_an_unknown_selector_or_pack_is_a_value_error_naming_the_closest(selection, message):
    with pytest.raises(ValueError) as raised:
        numcheck.check(STORY, **selection)
    assert str(raised.value).startswith(message)


def test_the_same_unknown_selector_is_named_alike_on_the_command_line(story: Path):
    result = run_cli("check", "--ignore", "NC1O2", str(story))
    assert result.returncode == 2
    assert result.stderr.strip() == "numcheck: --ignore: unknown rule selector 'NC1O2' (did you mean NC102?)"


def test_a_rule_in_preview_runs_only_with_preview_as_on_the_command_line(tmp_path: Path):
    text = "Officials said the quake killed about 300 people. Officials said 412 people were killed."
    article = tmp_path / "quake.txt"
    article.write_text(text)
    assert [f.code for f in numcheck.check(text, select=["NC109"])] == cli_codes(article, "--select", "NC109")
    assert [f.code for f in numcheck.check(text, select=["NC109"], preview=True)] == ["NC109"]
    assert cli_codes(article, "--select", "NC109", "--preview") == ["NC109"]

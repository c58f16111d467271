"""The lexicon files are data with examples; every example runs here."""

from __future__ import annotations

import math
from pathlib import Path

import pint
import pytest
import yaml

import numcheck
from numcheck.read.lexicon import LexiconError, load_lexicon, shipped_rules_dir
from tests.conftest import claim, claims_of

RULES = shipped_rules_dir()


def _examples(name: str, section: str | None = None) -> list[dict]:
    data = yaml.safe_load((RULES / name).read_text(encoding="utf-8"))
    if section is None:
        return data.get("examples", [])
    return [ex for entry in data[section] for ex in entry.get("examples", [])]


def _surface(text: str) -> str:
    (c,) = [c for c in claims_of(text) if c.kind not in ("date", "identifier")]
    return c.text


@pytest.mark.parametrize("example", _examples("qualifiers.yaml", "qualifiers"), ids=lambda e: e["text"])
def test_qualifier_examples(example):
    c = claim(example["text"], _surface(example["text"]))
    for field in ("low", "high", "low_inclusive", "high_inclusive"):
        if field in example:
            expected = example[field]
            actual = getattr(c, field)
            assert (
                actual == pytest.approx(expected)
                if not (isinstance(expected, float) and math.isinf(expected))
                else math.isinf(actual)
            )


def test_every_qualifier_entry_has_examples():
    data = yaml.safe_load((RULES / "qualifiers.yaml").read_text(encoding="utf-8"))
    assert all(entry.get("examples") for entry in data["qualifiers"])


@pytest.mark.parametrize("example", _examples("units.yaml"), ids=lambda e: e["text"])
def test_unit_examples(example):
    c = claim(example["text"], _surface(example["text"]))
    assert (c.unit, c.value) == (example["unit"], pytest.approx(example["value"]))


@pytest.mark.parametrize("example", _examples("concepts.yaml"), ids=lambda e: e["text"])
def test_concept_examples(example):
    c = next(c for c in claims_of(example["text"]) if c.value == example["value"])
    for field in ("event", "entity"):
        if field in example:
            assert getattr(c, field) == example[field]


def test_every_unit_is_defined_in_the_shipped_pint_definitions_and_means_the_same_in_pint():
    ours = pint.UnitRegistry(str(RULES / "units.txt"))
    default = pint.UnitRegistry()
    lexicon = load_lexicon()
    for form in {*lexicon.unit_forms.values(), *lexicon.unit_exact_forms.values()}:
        mine = ours.Quantity(1, form.unit)
        if form.unit in ("percentage_point", "basis_point", "decade") or "oil_equivalent" in form.unit:
            continue  # not in pint's default registry (pint's "decade" is a logarithmic unit)
        theirs = default.Quantity(1, form.unit).to_base_units()
        # within 1e-5: pint takes the acre from the US survey foot
        assert mine.to(str(theirs.units)).magnitude == pytest.approx(theirs.magnitude, rel=1e-5), form.unit
    for unit in set(lexicon.currency_symbols.values()) | set(lexicon.currency_words.values()):
        ours.Quantity(1, unit)


def test_a_users_folder_extends_the_lexicon(tmp_path: Path):
    (tmp_path / "concepts.yaml").write_text("events:\n  evacuated: [airlifted]\n")
    from numcheck.read.claims import extract_claims
    from numcheck.read.markup import build_document

    lexicon = load_lexicon((tmp_path,))
    (c,) = extract_claims(build_document("The navy airlifted 300 civilians."), lexicon)
    assert c.event == "evacuated"


def test_a_users_unit_may_be_read_after_an_article(tmp_path: Path):
    (tmp_path / "units.yaml").write_text(
        "units:\n  - {unit: league, kind: measure, forms: [league, leagues], after_article: [league]}\n"
    )
    (tmp_path / "units.txt").write_text("league = 3 * mile\n")
    from numcheck.read.claims import extract_claims
    from numcheck.read.markup import build_document

    lexicon = load_lexicon((tmp_path,))
    (c,) = extract_claims(build_document("The ship sailed a league north."), lexicon)
    assert (c.text, c.unit, c.value) == ("a league", "league", 1)


def test_an_article_form_that_is_not_a_form_of_the_unit_is_refused_with_its_line(tmp_path: Path):
    (tmp_path / "units.yaml").write_text(
        "units:\n  - unit: league\n    forms: [leagues]\n    after_article: [league]\n"
    )
    with pytest.raises(
        LexiconError, match=r"units\.yaml:4: .*'league' must also be one of this unit's forms"
    ):
        load_lexicon((tmp_path,))


def test_group_nouns_must_map_a_noun_to_other_words_for_its_group(tmp_path: Path):
    (tmp_path / "concepts.yaml").write_text("group_nouns: [workforce, staff]\n")
    with pytest.raises(LexiconError, match=r"concepts\.yaml:1: .*group_nouns.*must map a noun"):
        load_lexicon((tmp_path,))


def test_each_set_of_complements_must_be_two_or_more_lists_of_words(tmp_path: Path):
    (tmp_path / "concepts.yaml").write_text("complements:\n  - [[fully, partly]]\n")
    with pytest.raises(
        LexiconError, match=r"concepts\.yaml:2: .*complements.*must be two or more lists of words"
    ):
        load_lexicon((tmp_path,))


def test_a_users_set_of_kinds_makes_a_whole_whose_parts_name_each_kind_once_their_sum(tmp_path: Path):
    (tmp_path / "concepts.yaml").write_text(
        "complements:\n  - [[adult, adults], [child, children], [senior]]\n"
    )
    text = "The museum sold 900 tickets (500 adult, 250 child and 100 senior) on Sunday."
    assert numcheck.check(text) == []
    assert [f.code for f in numcheck.check(text, rules=[tmp_path])] == ["NC115"]


def test_a_users_complements_make_a_breakdown_into_their_two_kinds_a_sum(tmp_path: Path):
    (tmp_path / "concepts.yaml").write_text("complements:\n  - [[indoor], [outdoor]]\n")
    text = "The city has 120 pools. Of these, 45 are indoor and 70 outdoor."
    assert numcheck.check(text) == []
    assert [f.code for f in numcheck.check(text, rules=[tmp_path])] == ["NC115"]

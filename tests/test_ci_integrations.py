"""numcheck in a user's CI and before a commit (issue 15, problem 6): the GitHub Action's own
steps, run as a script, install numcheck from the action's checkout and write valid SARIF;
the pre-commit hook runs on the files pre-commit hands it; the version comes from the git tag.

The action's checkout is a copy of this repository's package files made into a git repository
tagged v1.4.0, installed into a fresh virtual environment with pip as the action runs it. To
stay fast and offline, the environment sees the packages already installed (numcheck's
dependencies) and pip builds without an isolated build environment and without an index.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import tomllib
from dataclasses import dataclass
from pathlib import Path

import docx
import jsonschema
import pytest
import yaml
from hatch_vcs.version_source import VCSVersionSource
from packaging.version import Version

from tests.conftest import ROOT

WRONG = "Rescuers pulled 3 men and 4 women, 9 people in all, from the river.\n"
RIGHT = "The council approved 120 new homes on Monday, 40 of them for social rent.\n"
PACKAGE_FILES = (
    *("pyproject.toml", "README.md", "action.yml", ".pre-commit-hooks.yaml"),
    *(".gitignore", ".gitattributes", ".git_archival.txt"),
)


def _git(folder: Path, *args: str) -> str:
    command = ["git", "-c", "user.name=Desk", "-c", "user.email=desk@example.org", *args]
    return subprocess.run(command, cwd=folder, check=True, capture_output=True, text=True).stdout.strip()


def _copy_of_the_repository(folder: Path) -> Path:
    folder.mkdir()
    for name in PACKAGE_FILES:
        shutil.copy2(ROOT / name, folder / name)
    for tree in ("numcheck", "rules"):
        shutil.copytree(
            ROOT / tree, folder / tree, ignore=shutil.ignore_patterns("__pycache__", "_version.py")
        )
    return folder


def _committed(folder: Path, tag: str = "") -> Path:
    _git(folder, "init", "-q")
    _git(folder, "add", "-A")
    _git(folder, "commit", "-q", "-m", "numcheck")
    if tag:
        _git(folder, "tag", tag)
    return folder


@dataclass(frozen=True)
class Release:
    checkout: Path  # the action's checkout: a git repository tagged v1.4.0
    venv: Path  # the Python the action's steps find first on PATH

    def environment(self, **extra: str) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}  # numcheck as installed
        env["PATH"] = f"{self.venv / 'bin'}{os.pathsep}{env['PATH']}"
        env["VIRTUAL_ENV"] = str(self.venv)
        env["PIP_NO_INDEX"] = "1"
        env["PIP_NO_BUILD_ISOLATION"] = "0"  # pip's spelling of --no-build-isolation
        env["PIP_DISABLE_PIP_VERSION_CHECK"] = "1"
        return {**env, **extra}


@pytest.fixture(scope="module")
def release(tmp_path_factory: pytest.TempPathFactory) -> Release:
    base = tmp_path_factory.mktemp("release")
    checkout = _committed(_copy_of_the_repository(base / "numcheck-action"), tag="v1.4.0")
    venv = base / "venv"
    subprocess.run(
        [sys.executable, "-m", "venv", "--without-pip", "--system-site-packages", str(venv)], check=True
    )
    return Release(checkout, venv)


def _action() -> dict:
    return yaml.safe_load((ROOT / "action.yml").read_text(encoding="utf-8"))


_EXPRESSION = re.compile(r"\$\{\{\s*(.+?)\s*\}\}")


def _substitute(text: str, values: dict[str, str]) -> str:
    return _EXPRESSION.sub(lambda m: values[m.group(1)], text)


def _outputs(path: Path) -> dict[str, str]:
    return dict(line.split("=", 1) for line in path.read_text().splitlines() if "=" in line)


def _run_steps(
    release: Release, workspace: Path, inputs: dict[str, str]
) -> dict[str, subprocess.CompletedProcess[str]]:
    """Run the action's `run:` steps in order as GitHub runs them (bash -eo pipefail), with its
    inputs (defaults, then `inputs`) and its steps' outputs substituted; each step by name."""
    action = _action()
    given = {name: str(spec.get("default", "")) for name, spec in action["inputs"].items()} | inputs
    values = {"github.action_path": str(release.checkout)} | {f"inputs.{k}": v for k, v in given.items()}
    done = {}
    for number, step in enumerate(action["runs"]["steps"]):
        if "run" not in step:
            continue
        output = workspace.parent / f"output-{number}"
        output.touch()
        env = {k: _substitute(str(v), values) for k, v in step.get("env", {}).items()}
        script = workspace.parent / f"step-{number}.sh"
        script.write_text(_substitute(step["run"], values))
        assert step["shell"] == "bash"
        done[step["name"]] = subprocess.run(
            ["bash", "--noprofile", "--norc", "-eo", "pipefail", str(script)],
            cwd=workspace,
            env=release.environment(GITHUB_OUTPUT=str(output), **env),
            capture_output=True,
            text=True,
            timeout=300,
        )
        if "id" in step:
            values.update({f"steps.{step['id']}.outputs.{k}": v for k, v in _outputs(output).items()})
    return done


@pytest.fixture(scope="module")
def action_run(
    release: Release, tmp_path_factory: pytest.TempPathFactory
) -> tuple[Path, dict[str, subprocess.CompletedProcess[str]]]:
    """The action's steps run on a newsroom's repository (one broken article, one clean one),
    which leaves numcheck installed in the release's environment."""
    workspace = tmp_path_factory.mktemp("job") / "newsroom"
    (workspace / "news").mkdir(parents=True)
    (workspace / "news" / "flood.txt").write_text(WRONG)
    (workspace / "news" / "council.md").write_text(RIGHT)
    (workspace / "drafts").mkdir()
    (workspace / "drafts" / "flood.txt").write_text(WRONG)  # not among the paths given
    return workspace, _run_steps(release, workspace, {"paths": "news/flood.txt news/council.md"})


def test_the_actions_steps_install_numcheck_and_write_sarif_valid_against_the_schema(action_run):
    workspace, steps = action_run
    assert steps["Install numcheck"].returncode == 0, steps["Install numcheck"].stderr
    assert steps["Check the articles"].returncode == 0, steps["Check the articles"].stderr
    report = json.loads((workspace / "numcheck.sarif").read_text(encoding="utf-8"))
    schema = json.loads((ROOT / "tests" / "sarif-schema-2.1.0.json").read_text())
    jsonschema.Draft4Validator(schema).validate(report)
    (run,) = report["runs"]
    places = [
        (r["ruleId"], location["artifactLocation"]["uri"], location["region"]["startLine"])
        for r in run["results"]
        for location in [r["locations"][0]["physicalLocation"]]
    ]
    assert places == [("NC115", "news/flood.txt", 1)]


def test_the_action_installs_the_tagged_version(action_run):
    workspace, _ = action_run
    report = json.loads((workspace / "numcheck.sarif").read_text(encoding="utf-8"))
    assert report["runs"][0]["tool"]["driver"]["version"] == "1.4.0"


def test_the_action_fails_the_job_on_a_finding_after_writing_the_report(action_run):
    workspace, steps = action_run
    assert list(steps) == ["Install numcheck", "Check the articles", "Fail on findings"]
    assert [step.returncode for step in steps.values()] == [0, 0, 1]
    assert (workspace / "numcheck.sarif").is_file()


def test_the_action_uploads_the_sarif_file_it_wrote():
    steps = _action()["runs"]["steps"]
    (upload,) = [s for s in steps if s.get("uses", "").startswith("github/codeql-action/upload-sarif@")]
    (check,) = [s for s in steps if s.get("id") == "check"]
    assert upload["with"]["sarif_file"] == check["env"]["NUMCHECK_SARIF"] == "${{ inputs.sarif-file }}"


def test_the_pre_commit_hook_checks_the_files_pre_commit_hands_it(
    release: Release, action_run, tmp_path: Path
):
    (hook,) = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    assert {"id", "name", "entry", "language"} <= hook.keys() and hook["language"] == "python"
    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["scripts"]
    assert hook["entry"].split()[0] in scripts
    staged = ["news/flood.txt", "news/council.md", "news/photo.png", "news/storm.docx", "Makefile"]
    (tmp_path / "news").mkdir()
    for name in staged:
        (tmp_path / name).write_text(WRONG if name.endswith(".txt") else RIGHT)
    storm = docx.Document()
    storm.add_paragraph(WRONG.strip())
    storm.save(str(tmp_path / "news" / "storm.docx"))
    handed = [name for name in staged if re.search(hook["files"], name)]
    assert handed == ["news/flood.txt", "news/council.md", "news/storm.docx"]
    # pre-commit installs the hook's repository with pip, as the action does (release), and runs
    # the entry with the files at the end
    result = subprocess.run(
        [*hook["entry"].split(), *handed],
        cwd=tmp_path,
        env=release.environment(),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 1
    found = [line.split(" ")[0] for line in result.stdout.splitlines() if " error " in line]
    assert found == ["news/flood.txt:1:17:", "news/storm.docx:1:17:"]


def test_the_version_of_a_tagged_release_is_its_tag(release: Release, action_run):
    result = subprocess.run(
        ["numcheck", "--version"], env=release.environment(), capture_output=True, text=True, check=True
    )
    assert result.stdout == "numcheck 1.4.0\n"


def _version_of(root: Path) -> str:
    """The version the build gives the tree at `root` (hatch-vcs, as pyproject.toml sets it)."""
    config = tomllib.loads((root / "pyproject.toml").read_text())["tool"]["hatch"]["version"]
    return VCSVersionSource(str(root), config).get_version_data()["version"]


def _project(folder: Path) -> Path:
    folder.mkdir()
    for name in ("pyproject.toml", ".gitattributes", ".git_archival.txt"):
        shutil.copy2(ROOT / name, folder / name)
    (folder / "README.md").write_text("numcheck\n")
    return folder


def test_a_commit_after_a_tag_is_a_development_version_of_the_next_release(tmp_path: Path):
    project = _committed(_project(tmp_path / "numcheck"), tag="v1.4.0")
    (project / "README.md").write_text("numcheck, a lint for the numbers in prose\n")
    _git(project, "commit", "-q", "-am", "README")
    version = re.fullmatch(r"1\.4\.1\.dev1\+g([0-9a-f]{7,})", _version_of(project))
    assert version and _git(project, "rev-parse", "HEAD").startswith(version.group(1))


def test_a_repository_with_no_tag_yet_has_a_development_version(tmp_path: Path):
    project = _committed(_project(tmp_path / "numcheck"))
    version = Version(_version_of(project))  # 0.0.1.dev1+g<commit> (0.1.dev1 in older setuptools-scm)
    assert version.is_devrelease and version.release[0] == 0 and version < Version("0.1.0")
    assert _git(project, "rev-parse", "HEAD").startswith(version.local.removeprefix("g"))


def test_an_archive_of_a_tagged_commit_has_the_tags_version(tmp_path: Path):
    """As GitHub hands an action's checkout at a tag: a git archive, with no .git."""
    project = _committed(_project(tmp_path / "numcheck"), tag="v1.4.0")
    archive = tmp_path / "numcheck-1.4.0.tar"
    _git(project, "archive", "--output", str(archive), "v1.4.0")
    (tmp_path / "download").mkdir()
    subprocess.run(["tar", "-xf", str(archive), "-C", str(tmp_path / "download")], check=True)
    assert _version_of(tmp_path / "download") == "1.4.0"


@pytest.mark.filterwarnings(
    "ignore:.*git archiv"
)  # setuptools-scm notes the file git archive did not fill in
def test_a_copy_without_git_has_the_fallback_version(tmp_path: Path):
    assert _version_of(_project(tmp_path / "numcheck")) == "0.0.0"


def test_a_source_tree_never_built_says_version_0_0_0(tmp_path: Path):
    tree = _copy_of_the_repository(tmp_path / "numcheck")
    result = subprocess.run(
        [sys.executable, "-m", "numcheck.lint.cli", "--version"],
        cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": str(tree)},
        capture_output=True,
        text=True,
        check=True,
    )
    assert result.stdout == "numcheck 0.0.0\n"

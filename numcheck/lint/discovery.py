"""Which files to check: the paths given, with folders searched for articles.

Job: expand the command line's paths into files. A file is taken as given (it may be a
pipe); a folder is searched recursively for `.txt .md .markdown .html .htm .docx` files, in
sorted order, skipping hidden folders, the lock files Word keeps beside an open file (`~$`),
what the `.gitignore` files of the folder and its parents (up to the repository root)
ignore, and what the configuration's `exclude` globs name. Of a
folder, only regular files are taken: a named pipe, device or socket is skipped with a note
(reading one could wait forever or never end). A link that cannot be followed (a loop, a
missing target) is taken, and its read names what is wrong. `-` stays `-` (standard input).

Limits: an I/O end. `.gitignore` patterns are read with pathspec (git's wildmatch rules);
global git excludes and `.git/info/exclude` are not read.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from numcheck.lint.config import located

if TYPE_CHECKING:
    import pathspec

ARTICLE_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm", ".docx")
_WORD_LOCK = "~$"  # how the name of the lock file Word keeps beside a file it has open begins
_SPECIAL = (
    (stat.S_ISFIFO, "a named pipe"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISSOCK, "a socket"),
)


@dataclass(frozen=True)
class Inputs:
    """What the paths given expand to."""

    items: tuple[tuple[str, str], ...]  # (path, error): error set only for a folder with no article
    skipped: tuple[str, ...]  # a note for each file of a folder that is no regular file


def _ignore_files(folder: Path) -> list[Path]:
    """The .gitignore files that apply inside `folder`: its own and its parents' up to the repository root."""
    found = []
    for directory in (folder, *folder.parents):
        candidate = directory / ".gitignore"
        if candidate.is_file():
            found.append(candidate)
        if (directory / ".git").exists():
            break
    return found


def _spec(ignore_file: Path) -> pathspec.PathSpec:
    import pathspec  # only a walk through a folder with a .gitignore needs it

    lines = ignore_file.read_text(encoding="utf-8", errors="replace").splitlines()
    return pathspec.GitIgnoreSpec.from_lines(lines)


def _ignored(path: Path, is_dir: bool, specs: Sequence[tuple[Path, pathspec.PathSpec]]) -> bool:
    for base, spec in specs:
        try:
            relative = path.relative_to(base).as_posix()
        except ValueError:
            continue
        if spec.match_file(relative + ("/" if is_dir else "")):
            return True
    return False


def _special(path: Path) -> str:
    """What `path` is when it is no regular file ('a named pipe'), else ''."""
    try:
        mode = path.stat().st_mode
    except OSError:
        return ""  # a link loop or a missing target: reading it says so
    if stat.S_ISREG(mode):
        return ""
    return next((kind for test, kind in _SPECIAL if test(mode)), "not a regular file")


def _walk(folder: Path, excluded: Callable[[Path], bool], skipped: list[str]) -> Iterator[Path]:
    specs = [(f.parent, _spec(f)) for f in _ignore_files(folder.resolve())]
    for root, dirs, files in os.walk(folder):
        here = Path(root)
        local = here / ".gitignore"
        if here != folder and local.is_file():
            specs.append((local.parent.resolve(), _spec(local)))
        dirs[:] = sorted(
            d
            for d in dirs
            if not d.startswith(".")
            and not _ignored(located(here / d), True, specs)
            and not excluded(here / d)
        )
        for name in sorted(files):
            path = here / name
            if (
                path.suffix.lower() in ARTICLE_SUFFIXES
                and not name.startswith(_WORD_LOCK)
                and not _ignored(located(path), False, specs)
                and not excluded(path)
            ):
                kind = _special(path)
                if kind:
                    skipped.append(f"{path}: skipped: {kind}, not a regular file")
                else:
                    yield path


def expand(paths: Sequence[str], excluded: Callable[[Path], bool]) -> Inputs:
    """(path, error) for each file to check, in order (each given file, each folder's
    articles), with the error empty; and (folder, error) for a folder that holds no article."""
    items: list[tuple[str, str]] = []
    skipped: list[str] = []
    for given in paths:
        path = Path(given)
        if given != "-" and path.is_dir():
            found = [(str(p), "") for p in _walk(path, excluded, skipped)]
            empty = f"{given}: is a directory with no articles ({' '.join(ARTICLE_SUFFIXES)}) to check"
            items.extend(found or [(given, empty)])
        else:
            items.append((given, ""))
    return Inputs(tuple(items), tuple(skipped))

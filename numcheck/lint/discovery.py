"""Which files to check: the paths given, with folders searched for articles.

Job: expand the command line's paths into files. A file is taken as given; a folder is
searched recursively for `.txt .md .markdown .html .htm` files, in sorted order, skipping
hidden folders, what the `.gitignore` files of the folder and its parents (up to the
repository root) ignore, and what the configuration's `exclude` globs name. `-` stays `-`
(standard input).

Limits: an I/O end. `.gitignore` patterns are read with pathspec (git's wildmatch rules);
global git excludes and `.git/info/exclude` are not read.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pathspec

ARTICLE_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm")


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


def _walk(folder: Path, excluded: Callable[[Path], bool]) -> Iterator[Path]:
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
            and not _ignored((here / d).resolve(), True, specs)
            and not excluded(here / d)
        )
        for name in sorted(files):
            path = here / name
            if (
                path.suffix.lower() in ARTICLE_SUFFIXES
                and not _ignored(path.resolve(), False, specs)
                and not excluded(path)
            ):
                yield path


def expand(paths: Sequence[str], excluded: Callable[[Path], bool]) -> list[tuple[str, str]]:
    """(path, error) for each file to check, in order (each given file, each folder's
    articles), with the error empty; and (folder, error) for a folder that holds no article."""
    items: list[tuple[str, str]] = []
    for given in paths:
        path = Path(given)
        if given != "-" and path.is_dir():
            found = [(str(p), "") for p in _walk(path, excluded)]
            empty = f"{given}: is a directory with no articles ({' '.join(ARTICLE_SUFFIXES)}) to check"
            items.extend(found or [(given, empty)])
        else:
            items.append((given, ""))
    return items

"""Configuration: `[tool.numcheck]` in pyproject.toml, or numcheck.toml / .numcheck.toml.

Job: find the configuration that governs a file (the closest file from the file's folder
upward: in one folder `.numcheck.toml` wins over `numcheck.toml` over `pyproject.toml`),
check every key and type, lay command-line flags over it, and say where each value came
from (`numcheck config`). Rule selection (`select`, `ignore`, `extend-select`,
`per-file-ignores`) matches a rule by code, code prefix or name, in any case, as ruff does; a
selector that matches none of the rules loaded is an error naming it and the closest known
ones (`check_selectors`).

Limits: an I/O end (reads TOML with the standard library's tomllib). Configurations in
different folders are not merged: the closest one wins, as a whole.
"""

from __future__ import annotations

import contextlib
import difflib
import fnmatch
import functools
import os
import re
import tomllib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from numcheck.engine.rulefiles import Rule

CONFIG_FILES = (".numcheck.toml", "numcheck.toml", "pyproject.toml")
OUTPUT_FORMATS = ("text", "concise", "json", "sarif", "github", "html")
SEVERITY_ORDER = {"warning": 0, "error": 1}
DEFAULT_MAX_BYTES = 10 * 1024 * 1024  # the largest article read, inclusive


class ConfigError(Exception):
    """A configuration file that cannot be used; str() names the file and key."""


@dataclass(frozen=True)
class Config:
    rules: tuple[Path, ...] = ()  # rule files or folders, resolved against the config file's folder
    packs: tuple[str, ...] | None = None  # the packs of rules that run (None: all); builtin is one
    select: tuple[str, ...] = ("NC",)  # codes, code prefixes, names or packs
    extend_select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    per_file_ignores: tuple[tuple[str, tuple[str, ...]], ...] = ()  # (glob, codes)
    about_tolerance: float | None = None  # share of N; None: the qualifier table's own
    min_severity: str = "warning"  # the least severe finding shown
    fail_on: str = "error"  # the least severe finding that makes the run fail (exit 1)
    format: str = "text"
    exclude: tuple[str, ...] = ()  # globs of paths not to check when a folder is given
    preview: bool = False  # run the rules in preview too
    max_bytes: int = DEFAULT_MAX_BYTES  # an input larger than this is refused, unread past it
    path: Path | None = None  # the configuration file, if any
    origins: Mapping[str, str] = field(default_factory=dict)  # key -> where its value came from

    def selects(self, code: str, name: str, file: str | None = None, pack: str = "") -> bool:
        """Whether the rule `code` / `name` of `pack` runs (for `file`, with its per-file ignores)."""
        chosen = _matches((*self.select, *self.extend_select), code, name, pack)
        ignored = _matches(self.ignore, code, name, pack)
        if file is not None:
            for pattern, codes in self.per_file_ignores:
                if _glob(file, pattern, self.path) and _matches(codes, code, name, pack):
                    ignored = True
        return chosen and not ignored

    def runs(self, rule: Rule, file: str | None = None) -> bool:
        """Whether `rule` runs: of a pack that runs, selected, not ignored, and out of preview
        unless preview is on."""
        return (
            (self.preview or not rule.preview)
            and (self.packs is None or any(rule.in_pack(pack) for pack in self.packs))
            and self.selects(rule.code, rule.name, file, rule.pack)
        )

    def excluded(self, path: Path) -> bool:
        return any(_glob(str(path), pattern, self.path) for pattern in self.exclude)


def _matches(selectors: Iterable[str], code: str, name: str, pack: str = "") -> bool:
    from numcheck.engine.rulefiles import selects

    return any(selects(s, code, name, pack) for s in selectors)


_LOOKALIKES = str.maketrans("OIL", "011")  # 'NC1O2' is NC102 mistyped


def suggestion(value: str, known: Iterable[str]) -> str:
    """' (did you mean NC102?)' naming the known values closest to `value` (in any case, O
    read as 0, I and L as 1): the one it equals so read, else up to three about as close as
    the closest (difflib's ratio); '' when none is close."""
    by_key = {k.upper().translate(_LOOKALIKES): k for k in known}
    key = value.upper().translate(_LOOKALIKES)
    scored = sorted((-difflib.SequenceMatcher(None, key, k).ratio(), k) for k in by_key)
    floor = max(0.6, -scored[0][0] - 0.1) if scored else 1.0
    close = [key] if key in by_key else [k for score, k in scored[:3] if -score >= floor]
    return f" (did you mean {' or '.join(by_key[c] for c in close)}?)" if close else ""


def known_selectors(rules: Sequence[Rule]) -> list[tuple[str, str, str]]:
    """(code, name, pack) of each rule, and of NC001 (an unused suppression, reported outside
    the rules): what a selector may name."""
    from numcheck.engine.suppressions import UNUSED

    return [(r.code, r.name, r.pack) for r in rules] + [(*UNUSED, "")]


def check_selectors(config: Config, rules: Sequence[Rule]) -> None:
    """Raise ConfigError for the first selector in `config` that picks none of `rules` (or
    NC001), or the first of its `packs` that names no pack of them: one line naming the flag, or
    the file, line and key, and the closest codes, code prefixes, names and packs."""
    known = known_selectors(rules)
    keyed = [
        ("select", config.select),
        ("extend-select", config.extend_select),
        ("ignore", config.ignore),
        *(("per-file-ignores", codes) for _, codes in config.per_file_ignores),
        ("packs", config.packs or ()),
    ]
    for key, selectors in keyed:
        for selector in selectors:
            problem = unknown_pack(selector, rules) if key == "packs" else unknown_selector(selector, known)
            if not problem:
                continue
            origin = config.origins.get(key, "default")
            if origin == "command line" or config.path is None:
                where = f"numcheck: --{key}"
            else:
                where = f"{config.path}:{_line_of_value(config.path, key, selector)}: '{key}'"
            raise ConfigError(f"{where}: {problem}")


def unknown_selector(selector: str, known: Sequence[tuple[str, ...]]) -> str:
    """'' when `selector` picks one of `known` ((code, name, pack) of each rule:
    `known_selectors`), else "unknown rule selector 'NC1O2' (did you mean NC102?)", naming the
    closest codes, code prefixes, names or packs."""
    if any(_matches((selector,), *rule) for rule in known):
        return ""
    codes = [rule[0] for rule in known]
    if len(selector) < min(map(len, codes)):  # a prefix, mistyped
        names = sorted({code[:n] for code in codes for n in range(2, len(code))})
    else:
        names = [*codes, *sorted({name for rule in known for name in rule[1:] if name})]
    hint = suggestion(selector, names) or " (numcheck rules lists the rules)"
    return f"unknown rule selector '{selector}'{hint}"


def unknown_pack(pack: str, rules: Sequence[Rule]) -> str:
    """'' when `pack` names the pack of one of `rules` (its name, or its file's), else
    "unknown rule pack 'sprot' (did you mean sport?); numcheck rules lists them: ..."."""
    if any(rule.in_pack(pack) for rule in rules):
        return ""
    packs = sorted({rule.pack for rule in rules})
    return (
        f"unknown rule pack '{pack}'{suggestion(pack, packs)}; numcheck rules lists them: {', '.join(packs)}"
    )


def _glob(file: str, pattern: str, config_path: Path | None) -> bool:
    path = Path(file)
    candidates = {file, path.name}
    if config_path is not None:
        with contextlib.suppress(ValueError):  # a file outside the configuration's folder
            candidates.add(str(located(file).relative_to(config_path.parent.resolve())))
    return any(
        fnmatch.fnmatch(c, pattern) or fnmatch.fnmatch(c, pattern.rstrip("/") + "/*") for c in candidates
    )


_KEYS: dict[str, tuple[type | tuple[type, ...], str]] = {
    "rules": (list, "a list of rule files or folders"),
    "packs": (list, "a list of the packs of rules that run (numcheck rules lists them)"),
    "select": (list, "a list of codes, code prefixes, rule names or packs"),
    "extend-select": (list, "a list of codes, code prefixes, rule names or packs"),
    "ignore": (list, "a list of codes, code prefixes, rule names or packs"),
    "per-file-ignores": (dict, "a table of glob = [codes]"),
    "about-tolerance": ((int, float), "a number from 0 to 1"),
    "min-severity": (str, "'warning' or 'error'"),
    "fail-on": (str, "'warning' or 'error'"),
    "format": (str, f"one of {', '.join(OUTPUT_FORMATS)}"),
    "exclude": (list, "a list of globs"),
    "preview": (bool, "true or false"),
    "max-bytes": (int, "a whole number of bytes, at least 1"),
}


def _line_of(text: str, key: str) -> int:
    for number, line in enumerate(text.splitlines(), 1):
        if line.strip().startswith((f"{key} ", f"{key}=", f'"{key}"')):
            return number
    return 1


def _line_of_value(path: Path, key: str, value: str) -> int:
    """The line of `value`, quoted, from `key`'s line on (else `key`'s line; 1 if unreadable)."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return 1
    lines, start = text.splitlines(), _line_of(text, key)
    quoted = (f'"{value}"', f"'{value}'")
    return next((n for n in range(start, len(lines) + 1) if any(q in lines[n - 1] for q in quoted)), start)


def _parse(path: Path, table: Mapping[str, Any], text: str) -> Config:
    values: dict[str, Any] = {}
    origins: dict[str, str] = {}
    for key, value in table.items():
        where = f"{path}:{_line_of(text, key)}"
        if key not in _KEYS:
            raise ConfigError(f"{where}: unknown key '{key}' (known: {', '.join(_KEYS)})")
        kind, expected = _KEYS[key]
        if not isinstance(value, kind) or (isinstance(value, bool) and kind is not bool):
            raise ConfigError(f"{where}: '{key}' must be {expected}")
        if isinstance(value, list) and not all(isinstance(v, str) for v in value):
            raise ConfigError(f"{where}: '{key}' must be {expected}")
        if key in ("min-severity", "fail-on") and value not in SEVERITY_ORDER:
            raise ConfigError(f"{where}: '{key}' must be {expected}")
        if key == "format" and value not in OUTPUT_FORMATS:
            raise ConfigError(f"{where}: '{key}' must be {expected}")
        if key == "about-tolerance" and not 0 <= value < 1:
            raise ConfigError(f"{where}: '{key}' must be {expected}")
        if key == "max-bytes" and value < 1:
            raise ConfigError(f"{where}: '{key}' must be {expected}")
        if key == "per-file-ignores":
            if not all(isinstance(v, list) and all(isinstance(c, str) for c in v) for v in value.values()):
                raise ConfigError(f"{where}: '{key}' must be {expected}")
            value = tuple((str(k), tuple(v)) for k, v in value.items())
        elif key == "rules":
            value = tuple((path.parent / v) for v in value)
        elif isinstance(value, list):
            value = tuple(value)
        values[key.replace("-", "_")] = value
        origins[key] = str(path)
    return Config(**values, path=path, origins=origins)


_TOML_TOKENS = re.compile(r'"(?:[^"\\\n]|\\.)*"|\'[^\'\n]*\'|#[^\n]*|[\[\]{}\n]')


def _deepest_line(text: str) -> int:
    """The line where the brackets of a TOML text nest deepest (strings and comments skipped)."""
    depth = deepest = 0
    line = deepest_line = 1
    for match in _TOML_TOKENS.finditer(text):
        token = match.group()
        if token == "\n":
            line += 1
        elif token in ("[", "{"):
            depth += 1
            if depth > deepest:
                deepest, deepest_line = depth, line
        elif token in ("]", "}"):
            depth -= 1
    return deepest_line


@functools.lru_cache(maxsize=256)
def _read(path: Path) -> Config | None:
    """The configuration in `path`, or None when a pyproject.toml has no [tool.numcheck]."""
    try:
        text = path.read_text(encoding="utf-8")
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: invalid TOML: {exc}") from None
    except RecursionError:  # tomllib reads nested arrays and tables by recursion
        raise ConfigError(f"{path}:{_deepest_line(text)}: arrays or tables nested too deeply") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read: {exc}") from None
    if path.name == "pyproject.toml":
        table = data.get("tool", {}).get("numcheck")
        if table is None:
            return None
        if not isinstance(table, dict):
            raise ConfigError(f"{path}: [tool.numcheck] must be a table")
        return _parse(path, table, text)
    return _parse(path, data, text)


@functools.lru_cache(maxsize=1024)
def find_config(folder: Path) -> Config:
    """The configuration governing files in `folder`: the closest file upward, else defaults."""
    for directory in (folder, *folder.parents):
        for name in CONFIG_FILES:
            candidate = directory / name
            if candidate.is_file():
                config = _read(candidate)
                if config is not None:
                    return config
    return Config()


def located(file: str | Path) -> Path:
    """The absolute path of `file` with its links resolved; a link loop raises nothing here
    (Path.resolve would), the read of the file names it."""
    return Path(os.path.realpath(file))


def config_for(file: str) -> Config:
    if file in ("-", "") or file.startswith("<"):
        return find_config(Path.cwd())
    path = located(file)
    return find_config(path if path.is_dir() else path.parent)


def override(config: Config, flags: Mapping[str, Any]) -> Config:
    """`config` with the command-line flags that were given (not None) laid over it."""
    given = {key: value for key, value in flags.items() if value is not None and value != ()}
    if not given:
        return config
    origins = dict(config.origins)
    for key in given:
        origins[key.replace("_", "-")] = "command line"
    if "rules" in given:  # --rules adds to the configured rule folders
        given["rules"] = (*config.rules, *given["rules"])
    return replace(config, **given, origins=origins)


def describe(config: Config) -> str:
    """Every setting, its value and where it came from (for `numcheck config`)."""
    lines = [f"# configuration file: {config.path or 'none (defaults)'}"]
    for key in _KEYS:
        attribute = key.replace("-", "_")
        value = getattr(config, attribute)
        if key == "rules":
            value = [str(p) for p in value]
        elif key == "per-file-ignores":
            value = {glob: list(codes) for glob, codes in value}
        elif isinstance(value, tuple):
            value = list(value)
        shown = "null" if value is None else repr(value).replace("'", '"')
        lines.append(f"{key} = {shown}  # {config.origins.get(key, 'default')}")
    return "\n".join(lines) + "\n"

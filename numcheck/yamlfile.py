"""Reading a YAML data file so that every later complaint about it can name its line.

Job: parse a YAML file (rule or lexicon) and, when a caller finds something wrong with a
field, report `path:line: field: message` for the exact key or item. Parse errors from the
YAML library are reported the same way. Limits: an I/O end; it knows nothing of what the
fields mean.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml's, where PyYAML was built with it


class YamlFileError(Exception):
    """A data file that cannot be used. str() is one line: 'path:line: what is wrong'."""


@dataclass(frozen=True)
class YamlFile:
    path: Path
    text: str
    data: Any
    error_type: type[YamlFileError]

    @functools.cached_property
    def _tree(self) -> yaml.Node | None:
        """The file's node tree, with line marks (composed once, on the first question)."""
        return yaml.compose(self.text, Loader=_LOADER)

    def line_of(self, where: tuple[Any, ...]) -> int:
        """1-based line of the key or item at `where` (a path of keys and list indexes)."""
        node = self._tree
        line = 1
        for step in where:
            if isinstance(node, yaml.MappingNode):
                for key, value in node.value:
                    if key.value == str(step):
                        line, node = key.start_mark.line + 1, value
                        break
                else:
                    return line
            elif isinstance(node, yaml.SequenceNode) and isinstance(step, int) and step < len(node.value):
                node = node.value[step]
                line = node.start_mark.line + 1
            else:
                return line
        return line

    def error(self, where: tuple[Any, ...], message: str) -> YamlFileError:
        field = ".".join(str(step) for step in where)
        prefix = f"{field}: " if field else ""
        return self.error_type(f"{self.path}:{self.line_of(where)}: {prefix}{message}")


def load_yaml(path: Path, error_type: type[YamlFileError] = YamlFileError) -> YamlFile:
    """Parse `path`; a missing, unreadable or malformed file raises `error_type` naming it."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        raise error_type(f"{path}: cannot read: {reason}") from None
    try:
        data = yaml.load(text, Loader=_LOADER)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = f":{mark.line + 1}" if mark is not None else ""
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise error_type(f"{path}{line}: invalid YAML: {problem}") from None
    except RecursionError:  # PyYAML's own loader (without libyaml) composes nested nodes by recursion
        raise error_type(f"{path}: invalid YAML: nested too deeply") from None
    return YamlFile(path, text, data, error_type)

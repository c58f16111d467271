"""The `regex` module with a lazy `compile`: a pattern is compiled on its first use, once.

Job: the reading, the checks and the rule files write their patterns as module constants
(`_OF = re.compile(...)`) and import this module as `re`. `compile` returns a `LazyPattern`
that keeps the source and flags and compiles them when the pattern is first used (`search`,
`match`...), so that a run compiles only the patterns it needs, and a pattern compiled only
for its source text (`phrase_pattern(...).pattern` inside a larger one) never is. Everything
else is `regex`'s own (`escape`, `IGNORECASE`, `search` with a string pattern...).

Limits: a `LazyPattern` is not an instance of `regex.Pattern`; it behaves as one for every
method and attribute, pickles as its source and flags, and raises a malformed pattern's
`regex.error` on first use rather than when it is written. Once compiled, each method it is
asked for is kept on it, so a use costs what a compiled pattern's does.
"""

from __future__ import annotations

from typing import Any, cast

import regex
from regex import DOTALL, IGNORECASE, MULTILINE, VERBOSE, Match, Pattern, error, escape

__all__ = [
    "DOTALL",
    "IGNORECASE",
    "MULTILINE",
    "VERBOSE",
    "LazyPattern",
    "Match",
    "Pattern",
    "compile",
    "error",
    "escape",
]


class LazyPattern:
    """A regular expression compiled on first use; its `pattern` is there without compiling."""

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self._flags = flags

    def __getattr__(self, name: str) -> Any:  # only for what is not yet kept on the instance
        if name.startswith("__"):
            raise AttributeError(name)
        compiled = self.__dict__.get("_compiled")
        if compiled is None:
            compiled = self._compiled = regex.compile(self.pattern, self._flags)
        value = getattr(compiled, name)
        setattr(self, name, value)
        return value

    def __reduce__(self) -> tuple[Any, ...]:
        return LazyPattern, (self.pattern, self._flags)

    def __repr__(self) -> str:
        return f"LazyPattern({self.pattern!r}, {self._flags!r})"


def compile(pattern: str, flags: int = 0) -> Pattern[str]:  # `regex.compile`, made lazy
    return cast("Pattern[str]", LazyPattern(pattern, flags))


def __getattr__(name: str) -> Any:  # the rest of `regex`: search, sub, findall, ...
    return getattr(regex, name)

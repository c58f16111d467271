"""Compiled regular expressions, cached, so that a pattern written where it is used compiles once.

Job: `rx(pattern)` returns the compiled `regex` pattern, building it on first use only.
Limits: patterns are kept for the life of the process (they are few and small).
"""

from __future__ import annotations

import functools

import regex

rx = functools.lru_cache(maxsize=None)(regex.compile)

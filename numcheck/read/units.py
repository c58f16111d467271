"""Units through pint: one registry per process, built from rules/units.txt only when needed.

Job: give each measure, duration, percent and money claim its magnitude in a canonical unit
(the registry's base units; for money, the currency itself), so that "10 miles" and
"16 km" compare, and convert between units for the checks.

Limits: the registry is built lazily, the first time a text has a unit, from the definition
files the lexicon names (shipped first, then users'); it is then kept for the process.
Currencies are never converted into one another.
"""

from __future__ import annotations

import functools
import math
import sys
from pathlib import Path
from typing import Any


def _pint() -> Any:
    """pint, imported without its optional numpy support unless numpy is loaded already:
    numcheck hands pint plain floats only, and numpy would add a tenth to the start-up of a
    command that needs no pandas (`numcheck table`)."""
    if "numpy" not in sys.modules:
        sys.modules["numpy"] = None  # type: ignore[assignment]  # the import system's "not installed"
        try:
            import pint
        except ImportError:  # something pint loads cannot do without numpy: load it all again with it
            for name in [n for n in sys.modules if n == "pint" or n.startswith("pint.")]:
                del sys.modules[name]
        finally:
            del sys.modules["numpy"]
    import pint

    return pint


@functools.lru_cache(maxsize=4)
def registry(definitions: tuple[Path, ...]) -> Any:
    """The pint UnitRegistry for these definition files (built once per process)."""
    pint = _pint()
    reg = pint.UnitRegistry(str(definitions[0]), autoconvert_offset_to_baseunit=True)
    for extra in definitions[1:]:
        reg.load_definitions(str(extra))
    return reg


@functools.lru_cache(maxsize=512)
def _to_base(unit: str, definitions: tuple[Path, ...]) -> tuple[float, float, str]:
    """(factor, offset, base unit) with base = value * factor + offset, from pint, once per unit."""
    reg = registry(definitions)
    zero = reg.Quantity(0.0, unit).to_base_units()
    one = reg.Quantity(1.0, unit).to_base_units()
    return float(one.magnitude - zero.magnitude), float(zero.magnitude), str(one.units)


def canonical(value: float, unit: str, definitions: tuple[Path, ...]) -> tuple[float, str]:
    """`value` `unit` in the registry's base units: (magnitude, unit name)."""
    if value is None or not math.isfinite(value):
        return value, unit
    factor, offset, base = _to_base(unit, definitions)
    return value * factor + offset, base


def convert(value: float, unit: str, target: str, definitions: tuple[Path, ...]) -> float:
    """`value` in `unit`, expressed in `target`; raises pint's DimensionalityError if they differ."""
    reg = registry(definitions)
    return float(reg.Quantity(value, unit).to(target).magnitude)

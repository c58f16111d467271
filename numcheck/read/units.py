"""Units through pint: one registry per process, built from rules/units.txt only when needed.

Job: give each measure, duration, percent and money claim its magnitude in a canonical unit
(the registry's base units; for money, the currency itself), so that "10 miles" and
"16 km" compare, and convert between units for the checks.

Limits: the registry is built lazily, the first time a text has a unit that no earlier run has
met, from the definition files the lexicon names (shipped first, then users'); it is then kept
for the process. What pint says of each unit (its factor and offset to its base unit) is kept in
numcheck's cache folder (`numcheck.cachedir`), under a digest of the definition files, so that
later runs convert without loading pint. A conversion goes through the base units, as pint's
own does. Currencies are never converted into one another.
"""

from __future__ import annotations

import functools
import math
import sys
from pathlib import Path
from typing import Any

from numcheck.cachedir import digest, read_json, write_json


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


class UnitsDiffer(ValueError):
    """Two units of different dimensions: no conversion between them."""


@functools.lru_cache(maxsize=4)
def _known(definitions: tuple[Path, ...]) -> tuple[str, dict[str, list[Any]]]:
    """(cache entry name, unit -> [factor, offset, base]) for these definition files: what
    earlier runs worked out with pint, read from the cache folder."""
    try:
        name = f"units-{digest(p.read_bytes() for p in definitions)}.json"
    except OSError:
        return "", {}
    found = read_json(name)
    return name, found if isinstance(found, dict) else {}


def _to_base(unit: str, definitions: tuple[Path, ...]) -> tuple[float, float, str]:
    """(factor, offset, base unit) with base = value * factor + offset: from pint the first time
    a unit is met with these definitions, then from the cache (so that most runs never load pint)."""
    name, known = _known(definitions)
    entry = known.get(unit)
    if isinstance(entry, list) and len(entry) == 3:
        return float(entry[0]), float(entry[1]), str(entry[2])
    reg = registry(definitions)
    zero = reg.Quantity(0.0, unit).to_base_units()
    one = reg.Quantity(1.0, unit).to_base_units()
    found = float(one.magnitude - zero.magnitude), float(zero.magnitude), str(one.units)
    known[unit] = list(found)
    if name:
        write_json(name, known)
    return found


def canonical(value: float, unit: str, definitions: tuple[Path, ...]) -> tuple[float, str]:
    """`value` `unit` in the registry's base units: (magnitude, unit name)."""
    if value is None or not math.isfinite(value):
        return value, unit
    factor, offset, base = _to_base(unit, definitions)
    return value * factor + offset, base


def convert(value: float, unit: str, target: str, definitions: tuple[Path, ...]) -> float:
    """`value` in `unit`, expressed in `target`, through their base units; raises UnitsDiffer if
    they measure different things (and pint's UndefinedUnitError for a unit it does not know)."""
    if unit == target:
        return float(value)
    (factor, offset, base), (factor_to, offset_to, base_to) = (
        _to_base(unit, definitions),
        _to_base(target, definitions),
    )
    if base != base_to:
        raise UnitsDiffer(f"{unit} ({base}) cannot be expressed in {target} ({base_to})")
    return (value * factor + offset - offset_to) / factor_to

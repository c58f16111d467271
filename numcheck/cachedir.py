"""The folder where numcheck keeps what it has worked out once, for the runs after.

Job: name the cache folder (`NUMCHECK_CACHE_DIR`, else `$XDG_CACHE_HOME/numcheck`, else
`~/.cache/numcheck`), and read and write small JSON entries in it. What is kept there is derived
from files numcheck reads anyway (the pint definitions' base units, the rule grammar's parse
tables), under a name that carries a digest of what it derives from, so that a changed file
never meets a stale entry. Nothing of an article is ever written there.

Limits: the cache only saves time. A folder that cannot be made or written (a read-only home, a
full disk), or an entry that cannot be read, is passed over in silence and the run works the
value out again. `NUMCHECK_CACHE_DIR` set to an empty string turns the cache off. Entries from
processes that run at once are written whole (to a temporary file, then renamed), and the last
one written wins.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any


def cache_dir() -> Path | None:
    """The cache folder, made if need be; None when the cache is off or cannot be made."""
    chosen = os.environ.get("NUMCHECK_CACHE_DIR")
    if chosen == "":
        return None
    if chosen is None:
        base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
        chosen = os.path.join(base, "numcheck")
    try:
        folder = Path(chosen)
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    return folder


def digest(parts: Iterable[bytes]) -> str:
    """A short digest of what an entry derives from, for its name."""
    summed = hashlib.sha256()
    for part in parts:
        summed.update(hashlib.sha256(part).digest())
    return summed.hexdigest()[:20]


def read_json(name: str) -> Any:
    """The entry `name`, or None when there is none or it cannot be read."""
    folder = cache_dir()
    if folder is None:
        return None
    try:
        return json.loads((folder / name).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def write_json(name: str, data: Any) -> None:
    """Write the entry `name` whole, or not at all."""
    folder = cache_dir()
    if folder is None:
        return
    try:
        handle, temporary = tempfile.mkstemp(dir=folder, prefix=f".{name}.", suffix=".tmp")
    except OSError:
        return
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            json.dump(data, out)
        os.replace(temporary, folder / name)
    except OSError:
        with contextlib.suppress(OSError):
            os.unlink(temporary)

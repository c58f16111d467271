"""`numcheck serve` started for real, in its own process, on a free localhost port.

Shared by the serve tests (one server per test module) and benchmarks/serve.py. The server's
log (standard error and output) goes to a file the caller names, so a test can read it.
"""

from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class Served:
    url: str  # http://127.0.0.1:PORT
    log: Path  # what the server wrote on standard error and output


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@contextlib.contextmanager
def served(*args: str, log: Path, cwd: Path = ROOT, env: dict[str, str] | None = None) -> Iterator[Served]:
    """A server started with `args` (after `numcheck serve --port N`), ready (its /healthz
    answers 200) when this yields; stopped (SIGTERM, as a service manager stops it) after."""
    port = free_port()
    environment = {**os.environ, **(env or {})}
    environment["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), environment.get("PYTHONPATH")]))
    with log.open("wb") as written:
        process = subprocess.Popen(
            [sys.executable, "-m", "numcheck", "serve", "--port", str(port), *args],
            cwd=cwd,
            env=environment,
            stdin=subprocess.DEVNULL,
            stdout=written,
            stderr=written,
        )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 120
        while True:
            if process.poll() is not None:
                raise RuntimeError(f"numcheck serve ended at start:\n{log.read_text()}")
            with contextlib.suppress(httpx.TransportError):
                if httpx.get(f"{url}/healthz", timeout=5).status_code == 200:
                    break
            if time.monotonic() > deadline:
                raise RuntimeError(f"numcheck serve did not start:\n{log.read_text()}")
            time.sleep(0.2)
        yield Served(url, log)
    finally:
        process.terminate()
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()

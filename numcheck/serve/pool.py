"""Worker processes with a time limit that holds: a job that runs over it is killed, not waited for.

Job: `Pool` keeps `size` worker processes (`lint.workers.Worker`, started from a fork server
that has imported the checking modules once, so a new worker is a fork of a clean process,
never of the server's), each warmed with a first job so that it has loaded the rules and
the lexicon. `await pool.run(task)` hands the task to an idle worker and waits for its
answer without blocking the event loop (the loop watches the worker's pipe). A job waits
at most `limit` seconds for a worker to be free (`Busy`) and at most `limit` seconds for its
answer (`TooSlow`): then its worker is killed, and a new one takes its place in the
background, so no worker is ever left hung on an article. A worker that dies or raises costs
its job alone (`Failed`).

Limits: one event loop (the server's); tasks and answers must pickle. A killed worker's
place is empty until its successor has warmed up (about a second), so a burst of slow
articles can leave fewer workers for a moment, never none for long.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Callable
from typing import Any

from numcheck.lint.workers import Worker

# imported once by the fork server, so that each worker starts with them
PRELOADED = (
    "numcheck.serve.work",
    "numcheck.lint.runner",
    "numcheck.lint.report",
    "numcheck.lint.html_report",
    "numcheck.engine.engine",
    "numcheck.read.claims",
    "numcheck.read.links",
)


class Busy(Exception):
    """No worker was free within the time limit."""


class TooSlow(Exception):
    """The job ran past the time limit; its worker was killed."""


class Failed(Exception):
    """The job's worker died or raised; str() is one line saying which."""


class Pool:
    def __init__(self, work: Callable[..., Any], size: int, limit: float, warm_up: tuple[Any, ...]) -> None:
        import multiprocessing

        if "forkserver" in multiprocessing.get_all_start_methods():
            self._context = multiprocessing.get_context("forkserver")
            self._context.set_forkserver_preload(list(PRELOADED))
        else:  # Windows and macOS without it: each worker imports the modules itself
            self._context = multiprocessing.get_context("spawn")
        self._work, self._size, self._limit, self._warm_up = work, size, limit, warm_up
        self._idle: asyncio.Queue[Worker] = asyncio.Queue()
        self._all: set[Worker] = set()  # started, warm or not
        self._warm: set[Worker] = set()
        self._starting: set[asyncio.Task[None]] = set()

    @property
    def ready(self) -> int:
        """The workers started and warmed up."""
        return len(self._warm)

    async def start(self) -> None:
        """Start the workers and wait until each is warm."""
        await asyncio.gather(*(self._add() for _ in range(self._size)))

    async def _add(self) -> None:
        worker = Worker(self._work, self._context)
        self._all.add(worker)
        try:
            await self._answer(worker, self._warm_up, None)
        except Failed:  # it died warming up: a broken installation, say; its place stays empty
            self._drop(worker)
            return
        self._warm.add(worker)
        self._idle.put_nowait(worker)

    def _replace(self) -> None:
        """Start a worker in the background, in place of one killed or dead."""
        task = asyncio.get_running_loop().create_task(self._add())
        self._starting.add(task)
        task.add_done_callback(self._starting.discard)

    def _drop(self, worker: Worker) -> None:
        self._all.discard(worker)
        self._warm.discard(worker)
        worker.stop()

    async def run(self, task: tuple[Any, ...]) -> Any:
        """The answer of `work(*task)` in a worker; Busy, TooSlow or Failed when there is none."""
        try:
            worker = await asyncio.wait_for(self._idle.get(), self._limit)
        except TimeoutError:
            raise Busy(f"every worker is busy: none was free within {self._limit:g} s") from None
        try:
            value = await self._answer(worker, task, self._limit)
        except (TooSlow, Failed):
            self._drop(worker)
            self._replace()
            raise
        self._idle.put_nowait(worker)
        return value

    async def _answer(self, worker: Worker, task: tuple[Any, ...], limit: float | None) -> Any:
        loop = asyncio.get_running_loop()
        readable: asyncio.Future[None] = loop.create_future()
        descriptor = worker.connection.fileno()
        try:
            worker.give(0, task)
            loop.add_reader(descriptor, lambda: readable.done() or readable.set_result(None))
            try:
                await asyncio.wait_for(readable, limit)
            finally:
                loop.remove_reader(descriptor)
            done, value = worker.connection.recv()
        except TimeoutError:
            raise TooSlow(f"took longer than {limit:g} s") from None
        except (EOFError, OSError):
            raise Failed("its worker process ended (killed, or out of memory?)") from None
        if not done:
            raise Failed(value)
        return value

    def stop(self) -> None:
        for task in self._starting:
            task.cancel()
        for worker in self._all:
            with contextlib.suppress(OSError):
                worker.stop()
        self._all.clear()
        self._warm.clear()

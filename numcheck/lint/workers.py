"""Running one function over many inputs, in worker processes or not, stopped at once by Ctrl-C.

Job: `run(work, tasks, jobs, deliver, failed)` calls `work(*task)` for each task, in this
process when `jobs` is 1, else in `jobs` worker processes that each hold one task at a time
(so nothing is queued where it cannot be taken back), and hands each result to `deliver`
with its task's index, in the order of the tasks: a result that finishes early waits for the
ones before it.

Ctrl-C: the first SIGINT (KeyboardInterrupt here) stops dispatching; the workers are
killed at once, so no queued or running task goes on; every result that finished is still
delivered (in order, past the gaps), and `run` returns True. The workers ignore SIGINT (a
terminal sends it to the whole process group), so this process alone decides, and SIGINT
is held while they are killed; a second Ctrl-C after that raises KeyboardInterrupt at once.

`Worker` is one such process, for a caller that gives out tasks itself (`numcheck serve`).

Limits: `work`, its tasks and its results must pickle. A worker that dies (killed from
outside, out of memory) or whose `work` raises costs its task: `failed(task, reason)` makes
that task's result, and another worker takes its place.
"""

from __future__ import annotations

import contextlib
import signal
from collections.abc import Callable, Iterator, Sequence
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:  # multiprocessing is imported when there are workers to start, not for one job
    from multiprocessing.connection import Connection

Result = TypeVar("Result")
Task = tuple[Any, ...]


@contextlib.contextmanager
def _sigint_held() -> Iterator[None]:
    """SIGINT held back (delivered when the block ends) where the platform can hold it."""
    if not hasattr(signal, "pthread_sigmask"):
        yield
        return
    signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})


def _serve(connection: Connection, work: Callable[..., Any]) -> None:
    """A worker: run each task received, send back its result (or its exception's one line)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if hasattr(signal, "pthread_sigmask"):  # held by the parent while it started this process
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})
    while (task := connection.recv()) is not None:
        try:
            connection.send((True, work(*task)))
        except Exception as exc:  # one line for the parent, never a traceback here
            connection.send((False, f"{type(exc).__name__}: {exc}"))


class Worker:
    """A worker process running `work` on each task it is given, one at a time (started with
    `context`, a multiprocessing context; default: the platform's)."""

    def __init__(self, work: Callable[..., Any], context: Any = None) -> None:
        import multiprocessing

        context = context or multiprocessing
        self.connection, child = context.Pipe()
        self.process = context.Process(target=_serve, args=(child, work), daemon=True)
        with _sigint_held():  # the worker starts with SIGINT held, until it ignores it
            self.process.start()
        child.close()
        self.task: int | None = None  # the index of the task it holds

    def give(self, index: int, task: Task) -> None:
        self.task = index
        self.connection.send(task)

    def stop(self) -> None:
        self.process.kill()
        self.process.join()
        self.connection.close()


def run(
    work: Callable[..., Result],
    tasks: Sequence[Task],
    jobs: int,
    deliver: Callable[[int, Result], None],
    failed: Callable[[Task, str], Result],
) -> bool:
    """Deliver `work(*task)` for each task, in order; True when Ctrl-C stopped the run."""
    if jobs <= 1:
        try:
            for index, task in enumerate(tasks):
                deliver(index, work(*task))
        except KeyboardInterrupt:
            return True
        return False
    from multiprocessing.connection import wait

    finished: dict[int, Result] = {}  # index -> result, until the ones before it are delivered
    following = 0  # the index of the next result to deliver

    def hand_on() -> None:
        nonlocal following
        while following in finished:
            deliver(following, finished.pop(following))
            following += 1

    workers: list[Worker] = []
    pending = iter(enumerate(tasks))

    def dispatch(worker: Worker | None) -> None:
        """Give `worker` (or a new one, in place of one that died) the next task, if any is left."""
        following_task = next(pending, None)
        if following_task is not None:
            if worker is None:
                workers.append(worker := Worker(work))
            worker.give(*following_task)

    interrupted = False
    try:
        for _ in range(jobs):
            dispatch(None)
        while busy := {w.connection: w for w in workers if w.task is not None}:
            for connection in wait(list(busy)):
                worker = busy[connection]  # type: ignore[index]
                index, worker.task = worker.task, None
                try:
                    done, value = worker.connection.recv()
                except (EOFError, OSError):  # the worker died with its task
                    worker.stop()
                    workers.remove(worker)
                    worker, done, value = None, False, "its worker process ended (killed, or out of memory?)"
                finished[index] = value if done else failed(tasks[index], value)  # type: ignore[index]
                dispatch(worker)
            hand_on()
    except KeyboardInterrupt:
        interrupted = True
    finally:
        with _sigint_held():
            for worker in workers:
                worker.stop()
    for index in sorted(finished):  # what finished before the interrupt, past the gaps
        deliver(index, finished[index])
    return interrupted

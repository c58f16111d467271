"""Reading input files into Documents, with one clear line for every input that cannot be read.

Job: the input end of the pipeline. Reads a path (a file, a pipe, a device) or standard input
with a bound: at most `max_bytes` bytes plus one are ever read, so that an input larger than
the limit (even an endless one, such as /dev/zero) is refused as soon as it passes it. Decodes
UTF-8, with or without a BOM, and UTF-16 with a BOM (little- or big-endian); the BOM is dropped,
so that columns count from the first character after it. Refuses, with an `InputError` naming
the file, what is not an article: a missing path, a directory, a link loop, an empty file, a
binary file, a file too large and an invalid encoding (with the line and byte where it goes
wrong). A Word file (.docx, or any input read as `docx`) is read as its paragraphs
(`numcheck.read.word`); one that cannot be read, or has no text, is refused the same way.

A pipe or a terminal is read with a timer that wakes the read every so often: Python notices
a Ctrl-C only between its own steps, and one that comes in the instant before a read of an
empty pipe begins would otherwise leave the run waiting for data that may never come.

Limits: reads a whole file (up to the limit) into memory; decides the format (Markdown,
HTML, Word) by file suffix unless told.
"""

from __future__ import annotations

import codecs
import contextlib
import os
import signal
import stat
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from numcheck.read.document import Document
from numcheck.read.markup import build_document, format_for
from numcheck.read.word import WordFileError, docx_text

_CHUNK = 1 << 16
_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


class InputError(Exception):
    """An input that cannot be checked. str() is one line: 'path: what is wrong'."""


def read_bounded(stream: BinaryIO, max_bytes: int, path: str) -> bytes:
    """The bytes of `stream`, read in chunks; an InputError once more than `max_bytes` came."""
    chunks, size = [], 0
    with _woken(stream):
        while size <= max_bytes:
            chunk = stream.read(min(_CHUNK, max_bytes + 1 - size))
            if not chunk:
                return b"".join(chunks)
            chunks.append(chunk)
            size += len(chunk)
    raise InputError(
        f"{path}: larger than {max_bytes:,} bytes: too large to check (max-bytes in the configuration)"
    )


_WAKE = 0.25  # seconds between the wake-ups of a read of a pipe or a terminal


@contextlib.contextmanager
def _woken(stream: BinaryIO) -> Iterator[None]:
    """While reading `stream`, when it is a pipe, a socket or a terminal and this is the main
    thread, a timer interrupts the read every `_WAKE` seconds (the read goes on where it was),
    so that a Ctrl-C that came just before the read began is acted on (KeyboardInterrupt)."""
    try:
        waits = not stat.S_ISREG(os.fstat(stream.fileno()).st_mode)
    except (OSError, ValueError):  # no file descriptor: bytes in memory
        waits = False
    if (
        not waits
        or threading.current_thread() is not threading.main_thread()
        or not hasattr(signal, "setitimer")
    ):
        yield
        return
    previous = signal.signal(signal.SIGALRM, lambda signum, frame: None)
    signal.setitimer(signal.ITIMER_REAL, _WAKE, _WAKE)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _lines_before(text: str) -> int:
    """The number of the line that `text`, a file's beginning, ends on (LF, CRLF or CR ends)."""
    return text.count("\n") + text.count("\r") - text.count("\r\n") + 1


def decode(data: bytes, path: str) -> str:
    """The text of `data` without its BOM, or an InputError saying why it is not an article."""
    codec = next((codec for bom, codec in _BOMS if data.startswith(bom)), "utf-8")
    binary = InputError(f"{path}: binary file (contains NUL bytes): not a text article")
    if codec != "utf-16" and b"\x00" in data[:8192]:  # UTF-16 has NUL bytes; its text has no NUL
        raise binary
    try:
        text = data.decode(codec)
    except UnicodeDecodeError as exc:
        name = "UTF-16" if codec == "utf-16" else "UTF-8"
        line = _lines_before(data[: exc.start].decode(codec, errors="replace"))
        raise InputError(
            f"{path}:{line}: invalid {name} at byte {exc.start} (0x{data[exc.start]:02x}): "
            "save the file as UTF-8"
        ) from None
    if "\x00" in text[:8192]:
        raise binary
    if not text.strip():
        raise InputError(f"{path}: empty file: nothing to check")
    return text


def read_stream(stream: BinaryIO, path: str, max_bytes: int, fmt: str | None = None) -> Document:
    """The Document of an open stream (standard input, named `path`), read as `fmt` (default:
    by the suffix of `path`)."""
    fmt = format_for(path, fmt)
    data = read_bounded(stream, max_bytes, path)
    if fmt != "docx":
        return build_document(decode(data, path), path, fmt)
    if not data:
        raise InputError(f"{path}: empty file: nothing to check")
    try:
        text = docx_text(data, max_bytes)
    except WordFileError as exc:
        raise InputError(f"{path}: {exc}") from None
    if not text.strip():
        raise InputError(f"{path}: a Word file with no text: nothing to check")
    return build_document(text, path, fmt)


def read_document(path: str, max_bytes: int, fmt: str | None = None) -> Document:
    """The Document at `path`: a file, or anything that can be opened and read, such as a pipe."""
    file = Path(path)
    try:
        if file.is_dir():
            raise InputError(f"{path}: is a directory, not a file")
        with file.open("rb") as stream:
            return read_stream(stream, path, max_bytes, fmt)
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except PermissionError:
        raise InputError(f"{path}: permission denied") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read: {exc.strerror or exc}") from None

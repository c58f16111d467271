"""Reading input files into Documents, with one clear line for every input that cannot be read.

Job: the input end of the pipeline. Reads a path (or standard input) as UTF-8, with or
without a BOM and with any line ends, and refuses, with an `InputError` naming the file,
what is not an article: a missing path, a directory, an empty file, a binary file and
invalid UTF-8 (with the line and byte where it goes wrong).

Limits: reads whole files into memory; decides Markdown by file suffix unless told.
"""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO

from numcheck.read.document import Document
from numcheck.read.markup import build_document, format_for


class InputError(Exception):
    """An input that cannot be checked. str() is one line: 'path: what is wrong'."""


def decode(data: bytes, path: str) -> str:
    """The text of `data`, or an InputError saying why it is not a UTF-8 article."""
    if not data.strip():
        raise InputError(f"{path}: empty file: nothing to check")
    if b"\x00" in data[:8192]:
        raise InputError(f"{path}: binary file (contains NUL bytes): not a text article")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise InputError(
            f"{path}:{line}: invalid UTF-8 at byte {exc.start} (0x{data[exc.start]:02x}): "
            "save the file as UTF-8"
        ) from None


def read_document(path: str, fmt: str | None = None) -> Document:
    """The Document at `path` ('-' is standard input, read by `read_stream`)."""
    file = Path(path)
    try:
        if file.is_dir():
            raise InputError(f"{path}: is a directory, not a file")
        data = file.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except PermissionError:
        raise InputError(f"{path}: permission denied") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read: {exc.strerror or exc}") from None
    return build_document(decode(data, path), path, format_for(path, fmt))


def read_stream(stream: BinaryIO, name: str = "<stdin>", fmt: str | None = None) -> Document:
    return build_document(decode(stream.read(), name), name, format_for(name, fmt))

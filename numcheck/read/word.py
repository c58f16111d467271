"""From a Word file (.docx) to its text: the paragraphs of its body, one a line.

Job: open a .docx's bytes with python-docx and return the text of its body, each paragraph
on a line of its own in document order, every paragraph counted (empty ones too) and those
of a table's cells in place (row by row, cell by cell, nested tables within their cell), so
that a line number is a paragraph number and a column a character offset in the paragraph
plus one. What Word shows as deleted in tracked changes (`w:del`, `w:moveFrom`) is left
out, what it shows as inserted (`w:ins`, `w:moveTo`) is kept. A tab is read as a tab, a
line break inside a paragraph (Shift+Enter) and a page break as a space, a non-breaking
hyphen as "-"; a soft hyphen and a symbol character as nothing.

Limits: pure (bytes in, text out). Not read: comments, footnotes and endnotes (other parts
of the package), headers and footers, text boxes and drawings, equations, field codes (a
field's shown result is read). A package whose parts come to more than `max_bytes`
uncompressed is refused before any part is opened, so a ZIP bomb costs nothing.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterator
from typing import Any

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
# Elements that hold paragraphs: tables, rows, cells, content controls, custom XML, moved or
# inserted blocks.
_BLOCKS = frozenset(
    _W + name for name in ("tbl", "tr", "tc", "sdt", "sdtContent", "customXml", "ins", "moveTo", "smartTag")
)
# What a paragraph holds that is not its text as Word shows it.
_NOT_SHOWN = frozenset(
    [
        *(_W + name for name in ("del", "moveFrom", "pPr", "rPr", "sdtPr", "instrText", "delInstrText")),
        *(_W + name for name in ("drawing", "pict", "object", "txbxContent")),
        _MC + "Fallback",  # the older rendering of content given twice; its Choice is read
        "{http://schemas.openxmlformats.org/officeDocument/2006/math}oMath",
        "{http://schemas.openxmlformats.org/officeDocument/2006/math}oMathPara",
    ]
)
_CHARACTERS = {
    _W + "tab": "\t",
    _W + "ptab": "\t",
    _W + "br": " ",
    _W + "cr": " ",
    _W + "noBreakHyphen": "-",
}
_CONTENT_TYPE = re.compile(r"is not a Word file, content type is '([^']*)'")
_LINE_ENDS = str.maketrans(dict.fromkeys("\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029", " "))


class WordFileError(ValueError):
    """A file that is no readable Word document; str() says why, in a few words."""


def docx_text(data: bytes, max_bytes: int) -> str:
    """The paragraphs of the body of the .docx in `data`, one a line (joined by "\\n")."""
    body = _open(data, max_bytes).element.body
    return "\n".join(_text(paragraph).translate(_LINE_ENDS) for paragraph in _paragraphs(body))


def _open(data: bytes, max_bytes: int) -> Any:
    import docx

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            unpacked = sum(part.file_size for part in package.infolist())
    except (zipfile.BadZipFile, ValueError, EOFError):
        if data.startswith(b"PK"):
            raise WordFileError("not a readable .docx file: its ZIP package is broken or cut short") from None
        raise WordFileError(
            "not a .docx file (no ZIP package: a .doc, or a file with a password, must be saved as .docx)"
        ) from None
    if unpacked > max_bytes:
        raise WordFileError(
            f"larger than {max_bytes:,} bytes unpacked: too large to check (max-bytes in the configuration)"
        )
    try:
        return docx.Document(io.BytesIO(data))
    except Exception as exc:  # python-docx, zipfile and lxml raise many kinds; any is a broken file
        raise WordFileError(f"not a readable .docx file: {_reason(exc)}") from None


def _reason(exc: Exception) -> str:
    """What python-docx or the libraries under it found wrong, in one line."""
    said = str(exc.args[0]) if isinstance(exc, KeyError) and exc.args else str(exc)
    content_type = _CONTENT_TYPE.search(said)
    if content_type:
        return f"its main part is of type '{content_type.group(1)}', not a Word document"
    return said.splitlines()[0] if said.strip() else type(exc).__name__


def _paragraphs(element: Any) -> Iterator[Any]:
    """The paragraphs (`w:p`) under `element`, in document order, those of tables in place."""
    for child in element:
        if child.tag == _W + "p":
            yield child
        elif child.tag in _BLOCKS:
            yield from _paragraphs(child)


def _text(element: Any) -> str:
    """The text of a paragraph (or a part of one) as Word shows it with changes tracked."""
    pieces = []
    for child in element:
        tag = child.tag
        if tag in _NOT_SHOWN or not isinstance(tag, str):  # lxml's comments have a function as tag
            continue
        if tag == _W + "t":
            pieces.append(child.text or "")
        elif tag in _CHARACTERS:
            pieces.append(_CHARACTERS[tag])
        elif len(child):
            pieces.append(_text(child))
    return "".join(pieces)

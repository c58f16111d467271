"""The window of a finding in its article, as ruff and rustc show one: its sentences, line by
line, with `^` under the characters of its figures, cut with '…' to a width.

Job: from the text the claims' offsets index, the spans of the finding's sentences and of
its figures, give each line those sentences cover (the part of it they cover, white space
runs written as one space and control characters as escapes) with its number and a line of
carets under the figures; a line wider than the width keeps the figures and as much around
them as fits, and writes '…' where it was cut. Widths are terminal columns, so a CJK
character takes two and a combining accent none, and the carets stay under their figures.

Limits: pure; a figure wider than the width by itself is shown whole.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise

from numcheck.lint.terminal import ELLIPSIS, char_width, printable

Span = tuple[int, int]  # [start, end) character offsets into the text


@dataclass(frozen=True)
class Line:
    """One line of a window; `number` 0 stands for lines left out between two shown."""

    number: int
    text: str  # printable
    carets: str  # '^' under the figures' characters, '' when the line has none


@dataclass(frozen=True)
class _Cell:
    shown: str
    width: int
    marked: bool


def _pieces(text: str, spans: Sequence[Span], anchor: tuple[int, int]) -> dict[int, Span]:
    """Line number -> the part of that line the spans cover (from the first to the last),
    given the line of one offset (`anchor`: offset, line)."""
    offset, line = anchor
    pieces: dict[int, Span] = {}
    for start, end in sorted(spans):
        if start >= offset:
            number = line + text.count("\n", offset, start)
        else:
            number = line - text.count("\n", start, offset)
        while True:
            newline = text.find("\n", start, end)
            stop = end if newline == -1 else newline
            low, high = pieces.get(number, (start, stop))
            pieces[number] = (min(low, start), max(high, stop))
            if newline == -1:
                break
            start, number = newline + 1, number + 1
    return pieces


def _cells(text: str, piece: Span, marks: Sequence[Span]) -> list[_Cell]:
    """The characters of `piece` as cells, a run of white space as one space, without the
    white space at either end."""
    cells: list[_Cell] = []
    for i in range(*piece):
        char = text[i]
        marked = any(start <= i < end for start, end in marks)
        if char.isspace():
            if cells and cells[-1].shown == " ":
                continue
            cells.append(_Cell(" ", 1, marked))
        elif (shown := printable(char)) != char:
            cells.append(_Cell(shown, len(shown), marked))
        else:
            cells.append(_Cell(char, char_width(char), marked))
    while cells and cells[0].shown == " ":
        cells.pop(0)
    while cells and cells[-1].shown == " ":
        cells.pop()
    return cells


def _kept(cells: Sequence[_Cell], columns: int) -> list[list[int]]:
    """The runs of cells to show ([start, end) indices) in at most `columns` with a '…' for
    each run left out: every marked cell, then one cell more on each side of each run in
    turn while it fits."""
    count = len(cells)
    if sum(c.width for c in cells) <= columns:
        return [[0, count]]
    runs: list[list[int]] = []
    for i, cell in enumerate(cells):
        if cell.marked:
            if runs and runs[-1][1] == i:
                runs[-1][1] = i + 1
            else:
                runs.append([i, i + 1])
    runs = runs or [[0, 0]]
    used = sum(cells[i].width for start, end in runs for i in range(start, end))

    def cost() -> int:
        """The columns the runs take, with a '…' for each part left out."""
        gaps = sum(before[1] < after[0] for before, after in pairwise(runs))
        return used + gaps + (runs[0][0] > 0) + (runs[-1][1] < count)

    grew = True
    while grew:
        grew = False
        for index, run in enumerate(runs):
            floor = runs[index - 1][1] if index else 0
            ceiling = runs[index + 1][0] if index + 1 < len(runs) else count
            if run[0] > floor:
                run[0] -= 1
                if cost() + cells[run[0]].width <= columns:
                    used += cells[run[0]].width
                    grew = True
                else:
                    run[0] += 1
            if run[1] < ceiling:
                run[1] += 1
                if cost() + cells[run[1] - 1].width <= columns:
                    used += cells[run[1] - 1].width
                    grew = True
                else:
                    run[1] -= 1
        merged = [runs[0]]
        for run in runs[1:]:
            if merged[-1][1] >= run[0]:
                merged[-1][1] = run[1]
            else:
                merged.append(run)
        runs = merged
    for run in runs:
        _at_words(cells, run)
    return runs


def _at_words(cells: Sequence[_Cell], run: list[int]) -> None:
    """Move the cuts of `run` to the spaces between words where there is one between a cut and
    the figures ('… Hamas returned', 'women and …'), keeping a combining mark with the
    character before it."""
    marked = [i for i in range(*run) if cells[i].marked]
    first, last = (marked[0], marked[-1]) if marked else (run[1], run[0] - 1)
    if run[0] > 0:
        space = next((i for i in range(run[0], first) if cells[i].shown == " "), None)
        if space is not None:
            run[0] = space
    if run[1] < len(cells):
        space = next((i for i in range(run[1] - 1, last, -1) if cells[i].shown == " "), None)
        if space is not None:
            run[1] = space + 1
    while run[1] < len(cells) and cells[run[1]].width == 0:
        run[1] += 1
    while 0 < run[0] < run[1] and cells[run[0]].width == 0 and not cells[run[0]].marked:
        run[0] += 1


def _line(number: int, cells: Sequence[_Cell], columns: int) -> Line:
    shown: list[str] = []
    carets: list[str] = []
    done = 0
    for start, end in _kept(cells, columns):
        if start > done:
            shown.append(ELLIPSIS)
            carets.append(" ")
        for cell in cells[start:end]:
            shown.append(cell.shown)
            carets.append(("^" if cell.marked else " ") * cell.width)
        done = end
    if done < len(cells):
        shown.append(ELLIPSIS)
    marks = "".join(carets).rstrip()
    return Line(number, "".join(shown), marks)


def window(
    text: str, spans: Sequence[Span], marks: Sequence[Span], anchor: tuple[int, int], columns: int
) -> list[Line]:
    """The lines the sentence `spans` cover, each in at most `columns` (line number, gutter
    and all: `NN | `), with carets under the `marks`; a Line numbered 0 where lines are left
    out. `anchor` is one offset and its line number, to number the others from."""
    pieces = _pieces(text, spans, anchor)
    gutter = len(str(max(pieces, default=1))) + 3
    lines: list[Line] = []
    for number in sorted(pieces):
        cells = _cells(text, pieces[number], marks)
        if not cells:
            continue
        if lines and number > lines[-1].number + 1:
            lines.append(Line(0, "", ""))
        lines.append(_line(number, cells, max(columns - gutter, 10)))
    return lines

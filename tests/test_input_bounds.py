"""Every input is read with a bound, through the real command line (issue 17, hardening):
special files in folders are skipped, link loops are one line each, the size limit is checked
while reading, BOMs and UTF-16 are decoded, and every line-end convention gives the right
line and column."""

from __future__ import annotations

import os
import signal
from pathlib import Path

import pytest

from tests.conftest import claims_of, run_cli

# A line whose parts (3 + 4) fall short of its total: NC115 at the "3", column 17.
WRONG = "Rescuers pulled 3 men and 4 women, 9 people in all, from the river."
RIGHT = "Rescuers pulled 3 men and 4 women, 7 people in all, from the river."


def test_a_named_pipe_in_a_folder_is_skipped_with_a_note_and_the_articles_are_checked(tmp_path: Path):
    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "flood.txt").write_text(WRONG + "\n")
    os.mkfifo(tmp_path / "news" / "wire.txt")  # nothing ever writes to it: reading it would wait forever
    result = run_cli("check", "--format", "concise", "news", cwd=tmp_path)
    assert result.returncode == 1
    assert result.stdout.startswith("news/flood.txt:1:17: error NC115")
    assert result.stderr == "news/wire.txt: skipped: a named pipe, not a regular file\n"


def test_a_pipe_named_on_the_command_line_is_read(tmp_path: Path):
    result = run_cli("check", "--format", "concise", "/dev/stdin", stdin=(WRONG + "\n").encode())
    assert result.returncode == 1
    assert result.stdout.startswith("/dev/stdin:1:17: error NC115")


def test_a_link_loop_is_one_line_per_file_and_the_other_files_are_checked(tmp_path: Path):
    (tmp_path / "flood.txt").write_text(WRONG + "\n")
    (tmp_path / "b.txt").symlink_to("c.txt")
    (tmp_path / "c.txt").symlink_to("b.txt")
    result = run_cli("check", "--format", "concise", ".", cwd=tmp_path)
    assert result.returncode == 2
    assert result.stdout.startswith("flood.txt:1:17: error NC115")
    assert result.stderr.splitlines() == [
        "b.txt: cannot read: Too many levels of symbolic links",
        "c.txt: cannot read: Too many levels of symbolic links",
    ]


def _limited(folder: Path) -> None:
    (folder / "pyproject.toml").write_text("[tool.numcheck]\nmax-bytes = 1000\n")


def _article_of(size: int) -> bytes:
    """An article of exactly `size` bytes ending in the wrong total."""
    text = WRONG + "\n"
    return b"Flood update." + b" " * (size - len(text) - 14) + b"\n" + text.encode()


def test_an_article_of_exactly_max_bytes_is_checked(tmp_path: Path):
    _limited(tmp_path)
    result = run_cli("check", "--format", "concise", "-", stdin=_article_of(1000), cwd=tmp_path)
    assert result.returncode == 1
    assert result.stdout.startswith("<stdin>:2:17: error NC115")


def test_an_article_one_byte_over_max_bytes_is_refused_in_one_line(tmp_path: Path):
    _limited(tmp_path)
    (tmp_path / "long.txt").write_bytes(_article_of(1001))
    (tmp_path / "short.txt").write_bytes(_article_of(1000))
    result = run_cli("check", "--format", "concise", "long.txt", "short.txt", cwd=tmp_path)
    assert result.returncode == 2
    assert result.stdout.startswith("short.txt:2:17: error NC115")
    assert result.stderr == (
        "long.txt: larger than 1,000 bytes: too large to check (max-bytes in the configuration)\n"
    )


def test_an_endless_input_stops_at_the_limit_with_a_clear_error(tmp_path: Path):
    (tmp_path / "zeros.txt").symlink_to("/dev/zero")
    for command in ("check", "table"):
        result = run_cli(command, "/dev/zero", "zeros.txt", cwd=tmp_path)
        assert result.returncode == 2
        assert result.stderr.splitlines() == [
            f"{name}: larger than 10,485,760 bytes: too large to check (max-bytes in the configuration)"
            for name in ("/dev/zero", "zeros.txt")
        ]


@pytest.mark.parametrize(
    ("encoding", "bom"),
    [("utf-8", b"\xef\xbb\xbf"), ("utf-16-le", b"\xff\xfe"), ("utf-16-be", b"\xfe\xff")],
)
def test_a_bom_is_decoded_and_never_counted_as_a_column(tmp_path: Path, encoding: str, bom: bytes):
    (tmp_path / "flood.txt").write_bytes(bom + (WRONG + "\nA second line.\n").encode(encoding))
    result = run_cli("check", "--format", "concise", "flood.txt", cwd=tmp_path)
    assert result.returncode == 1, result.stderr
    assert result.stdout.startswith("flood.txt:1:17: error NC115")


def test_utf_16_that_breaks_off_mid_character_is_named_with_its_line(tmp_path: Path):
    (tmp_path / "flood.txt").write_bytes(b"\xff\xfe" + "Flood update.\nRescuers\n".encode("utf-16-le") + b"A")
    result = run_cli("check", "flood.txt", cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr == "flood.txt:3: invalid UTF-16 at byte 48 (0x41): save the file as UTF-8\n"


@pytest.mark.parametrize("end", ["\n", "\r\n", "\r"], ids=["LF", "CRLF", "CR"])
def test_every_line_end_convention_gives_the_same_line_and_column(tmp_path: Path, end: str):
    (tmp_path / "flood.txt").write_bytes(end.join(["Flood update.", "", RIGHT, WRONG, ""]).encode())
    result = run_cli("check", "--format", "concise", "flood.txt", cwd=tmp_path)
    assert result.stdout.startswith("flood.txt:4:17: error NC115")


@pytest.mark.parametrize("end", ["\n", "\r\n", "\r"], ids=["LF", "CRLF", "CR"])
def test_claims_point_into_the_text_for_every_line_end_convention(end: str):
    text = end.join(["Flood update.", "Rescuers saved 40 people.", "Another 12 were missing."])
    claims = claims_of(text)
    assert [(c.text, c.line, c.column) for c in claims] == [("40", 2, 16), ("12", 3, 9)]
    assert [text[c.start : c.end] for c in claims] == ["40", "12"]


@pytest.mark.parametrize("end", ["\r\n", "\r"], ids=["CRLF", "CR"])
def test_a_suppression_line_works_with_every_line_end_convention(tmp_path: Path, end: str):
    (tmp_path / "flood.txt").write_bytes(end.join(["numcheck: ignore NC115", "", WRONG, ""]).encode())
    result = run_cli("check", "--format", "concise", "flood.txt", cwd=tmp_path)
    assert result.returncode == 0
    assert result.stdout.startswith("0 errors, 0 warnings in 1 file")


def test_reading_a_pipe_wakes_on_a_timer_and_leaves_no_timer_or_handler_behind():
    from numcheck.lint.inputs import read_bounded

    reader, writer = os.pipe()
    os.write(writer, b"Rescuers saved 40 people.")
    os.close(writer)
    handler = signal.getsignal(signal.SIGALRM)
    with os.fdopen(reader, "rb") as stream:
        assert read_bounded(stream, 1000, "feed") == b"Rescuers saved 40 people."
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)
    assert signal.getsignal(signal.SIGALRM) is handler

"""Sentence splitting for news prose.

Job: cut each block of a Document's prose into sentences, with character offsets. A full
stop, question or exclamation mark (or an ellipsis) ends a sentence when what follows opens
a new one: a capital letter, a digit or an opening quote, after white space. It does not end
one after an abbreviation ("Mr.", "Dec. 1", "No. 2"), an initial ("J. K. Rowling"), a
dotted acronym inside a sentence ("the U.S. military"), or inside a decimal ("3.5").

Limits: English only; rule-based (no model). A dotted acronym followed by a capitalized word
is taken to end the sentence only when that word is a common sentence opener ("The", "He").
A stretch of more than MAX_SENTENCE characters without a sentence end is cut into pieces.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from numcheck.read import lazy_regex as re
from numcheck.read.document import Document


@dataclass(frozen=True, slots=True)
class Sentence:
    index: int  # 0-based position of the sentence in its document
    start: int  # character offset into the document's text
    end: int
    block: int  # index of the block (paragraph) the sentence is in


_BOUNDARY = re.compile(
    r"(?:[.!?]+|…|\.\s\.\s\.)[\"'”’)\]]*"  # the terminator and any closing quotes or brackets
    r"(?=\s+[\"'“‘(\[]*(?:\p{Lu}|\d|[\"'“‘—–-]))"  # then space and an opener
)
_OPENERS = frozenset(
    """
    The A An He She It They We I In On At But And Yet So This That These Those There His Her Its
    Their Our One Some Many Most After Before When While Since As If Meanwhile However Still Israel
    Hamas Officials Police
    """.split()
)
_NEXT_WORD = re.compile(r"\s*[\"'“‘(\[]*([\p{L}\d]+)")
_WORD_BEFORE = re.compile(r"(\b[\p{L}][\p{L}.'’-]*)\.?[\"'”’)\]]*$")


def _ends_sentence(prose: str, dot: int, after: int, abbreviations: frozenset[str]) -> bool:
    """Whether the terminator at `dot` (next text at `after`) ends a sentence."""
    if prose[dot] != ".":
        return True
    match = _WORD_BEFORE.search(prose, max(0, dot - 40), dot + 1)
    if not match:
        return True
    word = match.group(1).rstrip(".")
    next_word = _NEXT_WORD.match(prose, after, after + 80)  # bounded: regex scans to endpos
    following = next_word.group(1) if next_word else ""
    if len(word) == 1 and word.isupper():  # an initial: "J. K. Rowling", "Harry S. Truman"
        return following in _OPENERS
    if "." in word:  # a dotted acronym: "U.S.", "a.m."
        return following in _OPENERS
    if word in abbreviations:
        if word in ("Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec"):
            return not following[:1].isdigit()
        if word in ("Inc", "Co", "Corp", "Ltd", "Jr", "Sr", "Bros", "etc", "al"):
            return following in _OPENERS
        return False
    return True


def split_block(prose: str, start: int, end: int, abbreviations: frozenset[str]) -> Iterable[tuple[int, int]]:
    position = start
    for match in _BOUNDARY.finditer(prose, start, end):
        if _ends_sentence(prose, match.start(), match.end(), abbreviations):
            yield from _bounded(prose, position, match.end())
            position = match.end()
    yield from _bounded(prose, position, end)


MAX_SENTENCE = 3000  # characters; no news sentence is longer (a run-on text is cut at spaces)


def _bounded(prose: str, start: int, end: int) -> Iterable[tuple[int, int]]:
    """[start, end) in pieces of at most MAX_SENTENCE characters, cut after a clause break or
    else a space, so that text without full stops (a list, a transcript) is read in linear time."""
    while end - start > MAX_SENTENCE:
        limit = start + MAX_SENTENCE
        cut = max(prose.rfind(mark, start + MAX_SENTENCE // 2, limit) for mark in (";", ",", "\n"))
        if cut < 0:
            cut = prose.rfind(" ", start + 1, limit)
        cut = cut + 1 if cut >= 0 else limit
        yield start, cut
        start = cut
    yield start, end


def split_sentences(document: Document, abbreviations: frozenset[str]) -> list[Sentence]:
    """The sentences of `document`, in order, trimmed of surrounding white space."""
    sentences: list[Sentence] = []
    prose = document.prose
    for block_index, (block_start, block_end) in enumerate(document.blocks):
        for start, end in split_block(prose, block_start, block_end, abbreviations):
            while start < end and prose[start].isspace():
                start += 1
            while end > start and prose[end - 1].isspace():
                end -= 1
            if start < end:
                sentences.append(Sentence(len(sentences), start, end, block_index))
    return sentences

"""What every check reads: one document's claims, as records.

Job: `Context` holds the claims, the rule set, the pint definitions and the article's date,
selects a concept's claims by the claims table's columns and the words around each figure in
its sentence (once per concept), and gives a claim's (strict, typical) intervals.
Limits: one document at a time; selections are cached for the life of the context. No pandas:
a selection reads the Claim records' fields as the table's columns, so that checking needs
neither the DataFrame's memory nor pandas' start-up.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from numcheck.engine.findings import interval
from numcheck.engine.intervals import Interval
from numcheck.engine.rulefiles import Concept, RuleSet
from numcheck.read.claims import Claim

AMOUNT_KINDS = ("count", "money", "measure", "percent", "duration", "age")


class _Numbered(Mapping[int, Claim]):
    """Claims by id, read from their list where claim i has id i + 1, as a reading numbers them:
    no dict of its own (about 45 bytes a claim)."""

    __slots__ = ("_claims",)

    def __init__(self, claims: Sequence[Claim]) -> None:
        self._claims = claims

    def __getitem__(self, key: int) -> Claim:
        if isinstance(key, int) and 0 < key <= len(self._claims):
            return self._claims[key - 1]
        raise KeyError(key)

    def __iter__(self) -> Iterator[int]:
        return (claim.id for claim in self._claims)

    def __len__(self) -> int:
        return len(self._claims)


def by_id(claims: Sequence[Claim]) -> Mapping[int, Claim]:
    """The claims by id: a view of the list when the ids are their places in it, else a dict."""
    if all(claim.id == i for i, claim in enumerate(claims, 1)):
        return _Numbered(claims)
    return {claim.id: claim for claim in claims}


@dataclass(frozen=True, eq=False)
class Context:
    """What every check may read: the claims, in document order and by id."""

    claims: Sequence[Claim]
    by_id: Mapping[int, Claim]  # `by_id(claims)`
    rules: RuleSet
    definitions: tuple[Path, ...]  # pint definition files
    selections: dict[tuple[str, str], list[Claim]] = field(default_factory=dict)  # concept -> its claims
    events: Mapping[str, str] = field(default_factory=dict)  # the lexicon's event words -> events
    reference: dt.date | None = None  # the article's date (`claims.article_date`), if known
    words_around: dict[int, int] = field(default_factory=dict)  # claim id -> where it stands in its sentence
    # sentence index -> its claims, once read
    sentences: dict[object, list[Claim]] = field(default_factory=dict)

    def select(self, concept: Concept) -> list[Claim]:
        """The claims a concept stands for, in document order (computed once per concept)."""
        key = (concept.path, concept.name)
        if key not in self.selections:
            self.selections[key] = self._select(concept)
        return self.selections[key]

    def _select(self, concept: Concept) -> list[Claim]:
        """The claims the concept accepts (`_accepts`), in document order."""
        accepts = _accepts(concept, self, AMOUNT_KINDS)
        return [claim for claim in self.claims if accepts(claim)]

    def around(self, claim: Claim) -> tuple[str, str]:
        """The words of its sentence before and after a claim, as written on one line (of two
        claims written alike in a sentence, the second is found after the first); two empty
        strings when the figure cannot be found for sure."""
        if claim.id not in self.words_around:
            if not self.sentences:
                self.sentences.update(self.grouped(lambda c: c.sentence_index))
            twins = [c.id for c in self.sentences[claim.sentence_index] if c.text == claim.text]
            places = _alone(claim.sentence, claim.text)
            self.words_around[claim.id] = places[twins.index(claim.id)] if len(places) == len(twins) else -1
        at = self.words_around[claim.id]
        return (claim.sentence[:at], claim.sentence[at + len(claim.text) :]) if at >= 0 else ("", "")

    def pair(self, claim: Claim) -> tuple[Interval, Interval]:
        """(strict, typical) intervals of a claim, in canonical units."""
        return interval(claim, False, self.definitions), interval(claim, True, self.definitions)

    def total(self, claims: Sequence[Claim]) -> tuple[Interval, Interval]:
        """(strict, typical) intervals of the sum of the claims."""
        strict = typical = Interval.point(0.0)
        for claim in claims:
            s, t = self.pair(claim)
            strict, typical = strict + s, typical + t
        return strict, typical

    def grouped(self, key: Callable[[Claim], object]) -> dict[object, list[Claim]]:
        """The claims grouped by `key`, each group in document order."""
        groups: dict[object, list[Claim]] = {}
        for claim in self.claims:
            groups.setdefault(key(claim), []).append(claim)
        return groups


def _alone(sentence: str, text: str) -> list[int]:
    """Where `text` stands in `sentence` as a figure of its own, not inside another: "4" is not
    the 4 of "343" or "4,643"."""
    places, at = [], sentence.find(text)
    while at >= 0:
        end = at + len(text)
        before, after = sentence[max(0, at - 2) : at], sentence[end : end + 2]
        inside = (before[-1:].isalnum() or (before[:1].isdigit() and before[-1:] in ".,")) or (
            after[:1].isdigit() or (after[:1] in ".," and after[1:2].isdigit())
        )
        if not inside:
            places.append(at)
        at = sentence.find(text, at + 1)
    return places


def _accepts(concept: Concept, context: Context, kinds: tuple[str, ...]) -> Callable[[Claim], bool]:
    """Whether a claim belongs to the concept: of its kinds (or its alternatives'; else of
    `kinds`: an amount's), every filter accepting it (`_test`), no exclusion refusing it, and, if
    it has alternatives, one of them accepting it (of the concept's kinds, when they name none)."""
    kinds = concept.kinds or kinds
    tests = [_test(name, values, context) for name, values in concept.filters]
    refusals = [_test(name, values, context) for name, values in concept.exclusions]
    options = [_accepts(alternative, context, kinds) for alternative in concept.alternatives]
    return lambda claim: (
        claim.kind in kinds
        and all(test(claim) for test in tests)
        and not any(test(claim) for test in refusals)
        and (not options or any(option(claim) for option in options))
    )


def _test(name: str, values: tuple[str, ...], context: Context) -> Callable[[Claim], bool]:
    """Whether a claim matches one field of a concept: a column equal to one of `values` (in lower
    case); a `scope` or `source` containing one; its `sentence` naming one (as whole words, `*`
    any one word); the words `before` it ending with one (and a colon or bracket: a comma must be
    written in the phrase), or those `after` it beginning with one (after a comma)."""
    if name in ("scope", "source"):
        contains = re.compile("|".join(re.escape(v) for v in values)).search
        return lambda claim: bool(contains(getattr(claim, name).lower()))
    if name == "sentence":
        named = _phrases(values, "")
        said: dict[int, bool] = {}  # sentence index -> whether it names one: read once a sentence

        def names_one(claim: Claim) -> bool:
            if claim.sentence_index not in said:
                said[claim.sentence_index] = bool(named.search(claim.sentence))
            return said[claim.sentence_index]

        return names_one
    if name == "before":
        ends = _phrases(values, r"[\s:(+]*$")
        last_words = {v.split()[-1].lower() for v in values if v.split()}
        words_only = all(_WORD.fullmatch(word) for word in last_words)  # not "*", "-" nor "difference:"

        def ends_with_one(claim: Claim) -> bool:
            before = context.around(claim)[0][-_PHRASE_REACH:]
            word = _LAST_WORD.search(before) if words_only else None
            if words_only and (word is None or word.group(1).lower() not in last_words):
                return False  # no phrase ends with the word right before the figure
            return bool(ends.search(before))

        return ends_with_one
    if name == "after":
        begins = _phrases(values, "")
        # past an aside in brackets right after the figure: "88 (32.5%) were severe"
        return lambda claim: bool(
            begins.match(_ASIDE.sub("", context.around(claim)[1], count=1).lstrip(" \t,"))
        )
    accepted = frozenset(values)
    return lambda claim: getattr(claim, name).lower() in accepted


_ASIDE = re.compile(r"^\s*\([^()]{1,24}\)")  # a share or a conversion in brackets right after a figure
_PHRASE_REACH = 240  # characters before a figure a phrase written before it may take: a few words
_WORD = re.compile(r"[\w'’]+")
_LAST_WORD = re.compile(r"([\w'’]+)[\s:(+]*$")  # the last word before a figure, and what may follow it

# what `*` in a phrase stands for: one word ("villagers", "12%"), not one that joins or begins a
# phrase of its own ("and conceded" is no noun and its verb)
_ANY_WORD = r"(?!(?i:and|or|but|nor|of|to|in|on|at|by|for|from|with|as|than|while)\b)[^\s,;:()]+"


@functools.lru_cache(maxsize=512)
def _phrases(values: tuple[str, ...], tail: str) -> re.Pattern[str]:
    """One pattern for the phrases, matched in any case, as whole words, spaces matching any
    run of spaces, `*` standing for any one word ("* have escaped"), followed by `tail`."""
    parts = []
    for phrase in sorted(values, key=len, reverse=True):
        words = [_ANY_WORD if word == "*" else re.escape(word) for word in phrase.split()]
        body = r"\s+".join(words)
        if re.match(r"[\w*]", phrase):
            body = r"\b" + body
        if re.search(r"[\w*]$", phrase):
            body += r"\b"
        parts.append(body)
    return re.compile(f"(?i:{'|'.join(parts)}){tail}")

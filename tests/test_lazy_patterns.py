"""Patterns compiled on first use, claims read by id from their list, repeated values held once.

What start-up and memory rest on (benchmarks/speed.py measures both): a pattern written as a
module constant behaves as a compiled one but costs nothing until used; the checks find a
claim by id without a table of their own; an article's claims share one copy of what repeats.
"""

from __future__ import annotations

import pickle

import pytest
import regex

from numcheck.engine.context import by_id
from numcheck.read import lazy_regex
from numcheck.read.claims import extract_claims
from numcheck.read.lexicon import load_lexicon
from numcheck.read.markup import build_document

SENTENCE = "Firefighters rescued 14 people from the flooded tunnel on Tuesday."


def test_a_lazy_pattern_finds_what_the_compiled_pattern_finds():
    written = r"(?P<count>\d+)\s+people"
    lazy = lazy_regex.compile(written, lazy_regex.IGNORECASE)
    assert lazy.search(SENTENCE).group("count") == regex.compile(written, regex.IGNORECASE).search(
        SENTENCE
    ).group("count")
    assert lazy.pattern == written


def test_a_pattern_written_for_its_source_text_alone_is_never_compiled():
    lazy = lazy_regex.compile(r"(?i:rescued|saved)")
    wider = lazy_regex.compile(lazy.pattern + r"\s+\d+")
    assert wider.search(SENTENCE).group() == "rescued 14"
    assert "_compiled" not in vars(lazy)


def test_a_malformed_pattern_raises_when_first_used():
    lazy = lazy_regex.compile(r"(?P<open>\d+")
    with pytest.raises(regex.error):
        lazy.search(SENTENCE)


def test_a_lazy_pattern_pickles_as_its_source_and_flags():
    lazy = lazy_regex.compile(r"people", lazy_regex.IGNORECASE)
    copy = pickle.loads(pickle.dumps(lazy))
    assert copy.search("Four PEOPLE were hurt.").group() == "PEOPLE"


def _claims(text: str):
    return extract_claims(build_document(text), load_lexicon())


def test_the_checks_read_an_articles_claims_by_id_from_their_list():
    claims = _claims("The council cut 120 jobs in March and 45 more in June, officials said.")
    claims_by_id = by_id(claims)
    assert [claims_by_id[c.id] for c in claims] == claims
    assert 0 not in claims_by_id and len(claims) + 1 not in claims_by_id
    assert list(claims_by_id) == [c.id for c in claims]


def test_claims_whose_ids_are_not_their_places_are_read_by_id_all_the_same():
    later = _claims("The council cut 120 jobs in March and 45 more in June, officials said.")[1:]
    assert by_id(later)[later[0].id] is later[0]


def test_an_articles_claims_hold_one_copy_of_a_repeated_noun_and_value():
    claims = _claims(
        "Crews evacuated 14 people from the east bank. A second crew evacuated 14 people from the west bank."
    )
    first, second = (c for c in claims if c.kind == "count")
    assert first.entity == second.entity == "person" and first.entity is second.entity
    assert first.value == second.value and first.value is second.value

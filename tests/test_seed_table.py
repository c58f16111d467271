"""The seed article's claims table, row by row (issue: the claims table)."""

from __future__ import annotations

import math

import pytest

from tests.conftest import SEED, claims_of


@pytest.fixture(scope="module")
def rows(seed_text: str) -> dict[str, list]:
    by_text: dict[str, list] = {}
    for c in claims_of(seed_text):
        by_text.setdefault(c.text, []).append(c)
    return by_text


def only(rows: dict[str, list], surface: str):
    assert len(rows[surface]) == 1, rows.get(surface)
    return rows[surface][0]


def test_some_1000_dead_since_the_truce_ended_is_approximate(rows):
    c = only(rows, "some 1,000")
    assert (c.kind, c.value, c.qualifier, c.event) == ("count", 1000, "about", "dead")
    assert c.low < 1000 < c.high
    assert c.scope == "since the truce ended"
    assert c.source == "the Hamas-run health ministry"


def test_more_than_16000_dead_palestinians_is_the_running_total_of_the_1000(rows):
    total = only(rows, "more than 16,000")
    increment = only(rows, "some 1,000")
    assert (total.entity, total.event) == ("palestinian", "dead")
    assert total.low == 16000 and not total.low_inclusive and math.isinf(total.high)
    assert total.typical_high < 18000
    assert total.total_of == increment.id


def test_seven_more_soldiers_killed(rows):
    c = only(rows, "seven")
    assert (c.kind, c.value, c.entity, c.event, c.source) == ("count", 7, "soldier", "dead", "Israel")
    assert c.low == c.high == 7


def test_about_1200_killed(rows):
    c = only(rows, "about 1,200")
    assert (c.value, c.entity, c.event, c.qualifier) == (1200, "person", "dead", "about")
    assert c.low < c.typical_low < 1200 < c.typical_high < c.high


def test_110_returned_part_of_more_than_240_taken(rows):
    returned, taken = only(rows, "110"), only(rows, "more than 240")
    assert (returned.value, returned.event, returned.entity) == (110, "released", "person")
    assert (taken.value, taken.event, taken.entity) == (240, "taken", "person")
    assert returned.part_of == taken.id
    assert taken.low == 240 and not taken.low_inclusive and math.isinf(taken.high)
    assert 248 <= taken.typical_high < 300


def test_about_three_times_as_many_prisoners_released(rows):
    c = only(rows, "about three times")
    assert (c.kind, c.value, c.entity, c.event, c.qualifier) == (
        "multiplier",
        3,
        "prisoner",
        "released",
        "about",
    )
    assert c.times == only(rows, "110").id


def test_138_hostages_held_with_20_women_and_two_children_part_of_them(rows):
    held, women, children = only(rows, "138"), only(rows, "20"), only(rows, "two")
    assert (held.value, held.entity, held.event) == (138, "hostage", "held")
    assert (women.value, women.entity, women.event, women.part_of) == (20, "woman", "held", held.id)
    assert (children.value, children.entity, children.event, children.part_of) == (
        2,
        "child",
        "held",
        held.id,
    )


def test_at_least_15_hostages_dead(rows):
    c = only(rows, "at least 15")
    assert (c.value, c.entity, c.event, c.source, c.qualifier) == (
        15,
        "hostage",
        "dead",
        "Israel",
        "at_least",
    )
    assert c.low == 15 and c.low_inclusive and math.isinf(c.high)
    assert c.scope == "on Oct. 7"


def test_more_than_220_assaults_in_the_west_bank(rows):
    c = only(rows, "more than 220")
    assert (c.value, c.entity, c.source) == (220, "assault", "human-rights groups")
    assert "in the West Bank" in c.scope and "since the war started" in c.scope


def test_seven_day_is_a_duration_in_days(rows):
    for c in rows["seven-day"]:
        assert (c.kind, c.value, c.unit) == ("duration", 7, "day")
        assert c.canonical_unit == "second" and c.canonical_value == 7 * 86400


def test_half_of_the_battalion_commanders_is_a_fraction(rows):
    c = only(rows, "half")
    assert (c.kind, c.value, c.entity, c.event, c.source) == (
        "fraction",
        0.5,
        "commander",
        "dead",
        "Netanyahu",
    )


def test_dates_are_dates_never_counts(rows):
    for surface, iso in (("Oct. 7", "2023-10-07"), ("Dec. 1", "2023-12-01"), ("October 7", "2023-10-07")):
        for c in rows[surface]:
            assert c.kind == "date" and c.date == iso and math.isnan(c.value)
    assert not [
        c for cs in rows.values() for c in cs if c.kind == "count" and c.value in (1, 7) and "Oct" in c.text
    ]


def test_thousands_and_thousands_is_a_vague_count_of_at_least_2000(rows):
    c = only(rows, "thousands and thousands and thousands")
    assert c.kind == "count" and c.low == 2000 and math.isinf(c.high) and math.isnan(c.value)


def test_every_number_in_the_seed_has_a_row_and_positions_point_into_the_file(seed_text):
    claims = claims_of(seed_text)
    assert len(claims) == 34  # 24 numbers, 9 weekdays and "last week"
    lines = SEED.read_text(encoding="utf-8").split("\n")
    for c in claims:
        assert seed_text[c.start : c.end] == c.text
        assert lines[c.line - 1][c.column - 1 :].startswith(c.text.split("\n")[0])


def test_weekdays_are_dates_placed_by_the_dateline(rows):
    assert {c.date for c in rows["Tuesday"]} == {"2023-12-05"}  # the dateline is Wednesday 2023-12-06
    assert all(c.kind == "date" for c in rows["Tuesday"])


def test_last_week_is_the_iso_week_before_the_dateline(rows):
    (week,) = rows["last week"]
    assert (week.kind, week.date) == ("date", "2023-W48")

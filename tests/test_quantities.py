"""Quantities: qualifiers to bounds, units, kinds, ranges, dates and names."""

from __future__ import annotations

import math

import pytest

from tests.conftest import claim, claims_of


@pytest.mark.parametrize(
    ("sentence", "surface", "low", "high", "low_inclusive", "high_inclusive"),
    [
        ("Hamas took more than 240 people.", "more than 240", 240, math.inf, False, False),
        ("Rockets flew over 50 miles.", "over 50 miles", 50, math.inf, False, False),
        ("At least 15 of the hostages have died.", "At least 15", 15, math.inf, True, False),
        ("No fewer than 300 homes were hit.", "No fewer than 300", 300, math.inf, True, False),
        ("Fewer than 500 people remain.", "Fewer than 500", 0, 500, True, False),
        ("Up to 20 people were hurt.", "Up to 20", 0, 20, True, True),
        ("As many as 300 soldiers took part.", "As many as 300", 0, 300, True, True),
        ("About 1,200 people were killed.", "About 1,200", 1080, 1320, True, True),
        ("Nearly 500 people were evacuated.", "Nearly 500", 450, 500, True, False),
        ("Just over 100 homes were lost.", "Just over 100", 100, 110, False, True),
        ("The army holds 138 hostages.", "138", 138, 138, True, True),
        ("200 or more protesters gathered.", "200 or more", 200, math.inf, True, False),
        ("Between 10 and 20 people were arrested.", "Between 10 and 20", 10, 20, True, True),
        ("From 10 to 20 people were arrested.", "From 10 to 20", 10, 20, True, True),
        ("10-20 people were arrested.", "10-20", 10, 20, True, True),
        ("10–20 people were arrested.", "10–20", 10, 20, True, True),
        ("Some 1.2 million people fled.", "Some 1.2 million", 1.08e6, 1.32e6, True, True),
        ("Between 5 and 10 million people watched.", "Between 5 and 10 million", 5e6, 10e6, True, True),
        (
            "The deal is worth between $5 and $10 million.",
            "between $5 and $10 million",
            5e6,
            10e6,
            True,
            True,
        ),
        ("From 500 to 2 million people fled.", "From 500 to 2 million", 500, 2e6, True, True),
    ],
)
def test_qualifiers_set_strict_bounds(sentence, surface, low, high, low_inclusive, high_inclusive):
    c = claim(sentence, surface)
    assert c.low == pytest.approx(low) and c.high == pytest.approx(high)
    assert (c.low_inclusive, c.high_inclusive) == (low_inclusive, high_inclusive)


@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        ("The rebels handed over three soldiers to the Red Cross on Friday.", "three"),
        ("The regulator took over 12 failed lenders last year.", "12"),
        ("Police turned over 40 boxes of evidence to prosecutors.", "40"),
    ],
)
def test_a_verb_particle_before_a_figure_is_no_qualifier(sentence, surface):
    c = claim(sentence, surface)
    assert (c.qualifier, c.low, c.high) == ("", c.value, c.value)


@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        ("It had 300 workers, 25% fewer than 400 in 2020.", "400"),
        ("The plan costs 12 percent less than $10 billion.", "$10 billion"),
        ("Exports were three times higher than 200 tonnes.", "200 tonnes"),
    ],
)
def test_more_or_less_than_after_a_share_compares_and_bounds_nothing(sentence, surface):
    c = claim(sentence, surface)
    assert c.qualifier == "" and c.low <= c.value <= c.high < math.inf and c.low > 0


@pytest.mark.parametrize(
    ("sentence", "surface", "low", "high"),
    [
        ("The quake killed between 500 and 400 people.", "between 500 and 400", 400, 500),
        ("Salaries ranged from $32,000 to $30,000 a year.", "from $32,000 to $30,000", 30000, 32000),
        ("Anywhere between 50 and 40 people were hurt.", "between 50 and 40", 40, 50),
    ],
)
def test_a_range_written_high_end_first_is_the_range_it_must_mean(sentence, surface, low, high):
    (c,) = claims_of(sentence)
    assert (c.text, c.qualifier, c.low, c.high) == (surface, "range_reversed", low, high)


def test_a_range_after_a_verb_of_threshold_is_a_range_not_a_change():
    (c,) = claims_of("Insured losses could reach $30 billion to $50 billion.")
    assert (c.qualifier, c.low, c.high) == ("range", 30e9, 50e9)


def test_a_high_to_low_pair_after_a_plain_from_is_no_range():
    assert [c.text for c in claims_of("The vote went from 9 to 4.")] == ["9", "4"]


def test_a_rounded_figure_stands_for_its_rounding_interval():
    c = claim("The city has 1.2 million residents.", "1.2 million")
    assert (c.low, c.high, c.low_inclusive, c.high_inclusive) == (
        pytest.approx(1.15e6),
        pytest.approx(1.25e6),
        True,
        False,
    )


def test_more_than_is_typically_below_the_next_rounding_step():
    c = claim("The militants took more than 24 people.", "more than 24")
    assert c.typical_high < 30


def test_about_spreads_by_roundness_in_the_typical_reading():
    c = claim("About 1,200 people were killed.", "About 1,200")
    assert (c.typical_low, c.typical_high) == (1150, 1250)


@pytest.mark.parametrize(
    ("sentence", "surface", "low", "high"),
    [
        ("Hamas seized about 253 people.", "about 253", 250.47, 255.53),
        ("About 96 people were hurt.", "About 96", 95, 97),
        ("SoftBank will keep about 90.6% of the shares.", "about 90.6%", 89.6, 91.6),
    ],
)
def test_about_a_figure_written_to_its_last_unit_typically_means_within_a_hundredth(
    sentence, surface, low, high
):
    c = claim(sentence, surface)
    assert (c.typical_low, c.typical_high) == (pytest.approx(low), pytest.approx(high))


def test_about_a_multiple_of_five_typically_means_what_rounds_to_it():
    c = claim("Deaths were about 75% lower than a year earlier.", "about 75%")
    assert (c.typical_low, c.typical_high) == (72.5, 77.5)


def test_about_a_whole_number_of_billions_that_is_a_multiple_of_five_is_rounded_to_five_billion():
    c = claim("Receipts were about $85 billion above last year's.", "about $85 billion")
    assert (c.typical_low, c.typical_high) == (82.5e9, 87.5e9)


def test_about_a_figure_with_decimals_of_its_scale_is_not_rounded_to_five():
    c = claim("About 1.5 million people fled the floods.", "About 1.5 million")
    assert (c.typical_low, c.typical_high) == (1.45e6, 1.55e6)


def test_the_about_tolerance_is_configurable():
    from numcheck.read.claims import extract_claims
    from numcheck.read.lexicon import load_lexicon
    from numcheck.read.markup import build_document

    lexicon = load_lexicon((), (("about_tolerance", 0.2),))
    (c,) = extract_claims(build_document("About 200 people were taken."), lexicon)
    assert (c.low, c.high) == (160, 240)


@pytest.mark.parametrize(
    ("sentence", "surface", "kind", "unit", "value"),
    [
        ("Turnout rose to 40% this year.", "40%", "percent", "percent", 40),
        ("Support fell 12 percent.", "12 percent", "percent", "percent", 12),
        ("Support fell 12 per cent.", "12 per cent", "percent", "percent", 12),
        ("The gap narrowed by 3 percentage points.", "3 percentage points", "percent", "percentage_point", 3),
        ("The city received $5m in aid.", "$5m", "money", "USD", 5e6),
        ("The EU pledged €2 billion.", "€2 billion", "money", "EUR", 2e9),
        ("The club paid £30,000.", "£30,000", "money", "GBP", 30000),
        ("The fine was 500 USD.", "500 USD", "money", "USD", 500),
        ("Israel paid 10,000 shekels.", "10,000 shekels", "money", "ILS", 10000),
        ("The march covered 5 miles.", "5 miles", "measure", "mile", 5),
        ("The wall is 8 km long.", "8 km", "measure", "kilometer", 8),
        ("The truck carried 3 tonnes of aid.", "3 tonnes", "measure", "metric_ton", 3),
        ("Temperatures reached 40C in the heat.", "40C", "measure", "degC", 40),
        ("The talks lasted 48 hours.", "48 hours", "duration", "hour", 48),
        ("It took two weeks to rebuild.", "two weeks", "duration", "week", 2),
        ("A seven-day truce ended.", "seven-day", "duration", "day", 7),
        ("The victim was 29 years old.", "29 years old", "age", "year", 29),
        ("Overnight it fell to -10C in Kyiv.", "-10C", "measure", "degC", -10),
        ("Uptake fell to 84.5% among 5-year-olds.", "5-year-olds", "age", "year", 5),
        ("Some 2.5m people live in the city.", "2.5m", "count", "", 2.5e6),
        ("She won the 400m hurdles.", "400m", "measure", "meter", 400),
        ("A quarter of a million homes lost power.", "A quarter of a million", "count", "", 250000),
        ("The fire has burned 360 km² of forest.", "360 km²", "measure", "kilometer ** 2", 360),
        ("The reservoir lost 4km^3 of water.", "4km^3", "measure", "kilometer ** 3", 4),
        ("The lake holds 2 cubic kilometres of water.", "2 cubic kilometres", "measure", "kilometer ** 3", 2),
        ("The search covered 25 square km of sea.", "25 square km", "measure", "kilometer ** 2", 25),
        ("The minimum wage will rise to 12.21 pounds an hour.", "12.21 pounds", "money", "GBP", 12.21),
        ("The bag of flour weighs 12 pounds and cost 3 pounds.", "12 pounds", "measure", "pound", 12),
        ("The flat is 700 sq. ft.", "700 sq. ft", "measure", "foot ** 2", 700),
        ("It was 5C at dawn.", "5C", "measure", "degC", 5),
        ("Nearly two-thirds of respondents - 64% - agreed.", "64%", "percent", "percent", 64),
        # vague amounts keep the unit written after them, and have bounds but no single value
        ("The dispute lasted several hundred years.", "several hundred years", "duration", "year", None),
        ("She paid a few million dollars for the house.", "a few million dollars", "money", "USD", None),
        ("Thousands of people fled.", "Thousands", "count", "", None),
        (
            "Hundreds of millions of dollars were lost.",
            "Hundreds of millions of dollars",
            "money",
            "USD",
            None,
        ),
        ("Thousands of acres burned.", "Thousands of acres", "measure", "acre", None),
        (
            "Output rose to 10.2 million barrels per day.",
            "10.2 million barrels per day",
            "measure",
            "oil_barrel / day",
            10_200_000,
        ),
        ("The cut is 0.3 mb/d.", "0.3 mb/d", "measure", "megaoil_barrel / day", 0.3),
        ("Bahrain pumps 250 kb/d more.", "250 kb/d", "measure", "kilooil_barrel / day", 250),
        ("The county will spend Sh456,080,148 on roads.", "Sh456,080,148", "money", "KES", 456_080_148),
        ("Police seized cannabis worth RM3,290.", "RM3,290", "money", "MYR", 3_290),
        ("He was fined Rs1,000.", "Rs1,000", "money", "INR", 1_000),
        ("Budgets totalled Sh576.73 billion.", "Sh576.73 billion", "money", "KES", 576.73e9),
        ("Net profit rose to Rs.72.63 crore.", "Rs.72.63 crore", "money", "INR", 726.3e6),
        ("The plan costs Rs48 crore.", "Rs48 crore", "money", "INR", 480e6),
        ("Aid was cut to Tk51,000 crore.", "Tk51,000 crore", "money", "BDT", 510e9),
        ("The bridge will cost Rs5m.", "Rs5m", "money", "INR", 5e6),
        ("Sales grew to 2.38 billion shillings from 2.21 billion.", "2.21 billion", "money", "KES", 2.21e9),
        ("Wind farms generated 992 terawatt hours.", "992 terawatt hours", "measure", "terawatt_hour", 992),
        ("Solar output reached 1,129 TWh.", "1,129 TWh", "measure", "terawatt_hour", 1129),
    ],
)
def test_units_and_kinds(sentence, surface, kind, unit, value):
    c = claim(sentence, surface)
    assert (c.kind, c.unit) == (kind, unit)
    assert math.isnan(c.value) if value is None else c.value == pytest.approx(value)


def test_miles_and_kilometres_share_a_canonical_unit():
    miles = claim("The road runs 10 miles.", "10 miles")
    km = claim("The road runs 16 km.", "16 km")
    assert miles.canonical_unit == km.canonical_unit == "meter"
    assert miles.canonical_value == pytest.approx(16093.44)


@pytest.mark.parametrize(
    ("sentence", "surface", "kind"),
    [
        ("The Boeing 737 landed safely.", "Boeing 737", "identifier"),
        ("Cases of COVID-19 rose.", "COVID-19", "identifier"),
        ("Article 5 was invoked.", "Article 5", "identifier"),
        ("Traffic stopped on Highway 1.", "Highway 1", "identifier"),
        ("Talks began on Oct. 7.", "Oct. 7", "date"),
        ("The war began in 2023.", "2023", "date"),
        ("The war began on 7 October 2023.", "7 October 2023", "date"),
        ("The report was filed 2023-12-06.", "2023-12-06", "date"),
        ("The blast came at 10:30 a.m.", "10:30 a.m.", "time"),
        ("The quake struck at 0745 GMT.", "0745 GMT", "time"),
        ("Polls closed at 9.30pm on Sunday.", "9.30pm", "time"),
        ("The first tremor was recorded at 03:17:22 local time.", "03:17:22", "time"),
        ("The 2020 census counted 5,100 residents.", "2020", "date"),
        ("Police told Fox 29 that two people were hurt.", "Fox 29", "identifier"),
        ("Every one of them was 30 or older.", "30 or older", "age"),
        ("The former senator died at home on Friday. Okafor was 87.", "87", "age"),
        ("Turnout was 45 in the ward.", "45", "count"),
        ("The doors opened at 7:45:00 a.m. sharp.", "7:45:00 a.m.", "time"),
        ("The alarm sounded at 14:02:33, the log shows.", "14:02:33", "time"),
        ("The winner crossed the line in 2:07:41 after a fast start.", "2:07:41", "duration"),
        ("Her winning time of 4:02.15 was a meeting best.", "4:02.15", "duration"),
        ("In the 1990s, crime fell.", "1990s", "date"),
        ("In the mid-1990s, crime fell.", "mid-1990s", "date"),
        ("Voting ran from March 3 to 9 in most districts.", "9", "date"),
        ("The heat killed 40 people between August 2 and 13.", "13", "date"),
        ("The fair runs June 5-7, with 90 stalls.", "7", "date"),
        ("It is the second-largest city.", "second-largest", "ordinal"),
        ("One in five Americans agreed.", "One in five", "fraction"),
        ("Since 9/11 the agency has grown.", "9/11", "identifier"),
        ("The hotline runs 24/7.", "24/7", "identifier"),
        ("Talks resumed on 5/17/2018 in Oslo.", "5/17/2018", "date"),
        ("It was the 1,000th day of the war.", "1,000th", "ordinal"),
        ("Men aged between 18 and 24 were called up.", "between 18 and 24", "age"),
        ("About 3/4 of the staff left.", "About 3/4", "fraction"),
        ("Only one in 40 of the cracks was repaired.", "one in 40", "fraction"),
        ("The crack is about 1/40 of an inch.", "about 1/40 of an inch", "measure"),
        ("Prices saw a fourfold rise.", "fourfold", "multiplier"),
        ("Three times as many people came.", "Three times", "multiplier"),
    ],
)
def test_numbers_that_are_not_counts_get_their_own_kind(sentence, surface, kind):
    assert claim(sentence, surface).kind == kind


@pytest.mark.parametrize(
    ("sentence", "surface", "low", "high"),
    [
        ("The rate was 23 deaths per 100,000 people.", "23 deaths per 100,000", 22.5e-5, 23.5e-5),
        ("Infant mortality was 5.6 per 1,000 live births.", "5.6 per 1,000", 5.55e-3, 5.65e-3),
        ("One in five adults smoke.", "One in five", 0.2, 0.2),
    ],
)
def test_a_rate_per_a_round_base_is_a_share_of_it(sentence, surface, low, high):
    c = claim(sentence, surface)
    assert c.kind == "fraction" and (c.low, c.high) == (pytest.approx(low), pytest.approx(high))


def test_a_share_in_words_has_its_value():
    assert claim("One in five Americans agreed.", "One in five").value == pytest.approx(0.2)


def test_a_date_without_a_year_takes_the_dateline_year():
    claims = claims_of("date 2021-05-01\n\nFighting resumed on May 3.")
    assert [c.date for c in claims if c.kind == "date"] == ["2021-05-01", "2021-05-03"]


@pytest.mark.parametrize(
    ("sentence", "dates"),
    [
        ("She was born on November 7, 1930, and died on January 25, 2025.", ["1930-11-07", "2025-01-25"]),
        ("The talks ran from 30th of September, 2019 to December 12th, 2019.", ["2019-09-30", "2019-12-12"]),
        (
            "The dam opened on September 30, 1936, and closed on February 28, 2011.",
            ["1936-09-30", "2011-02-28"],
        ),
    ],
)
def test_a_date_with_a_long_month_name_keeps_its_year(sentence, dates):
    assert [c.date for c in claims_of(sentence) if c.kind == "date"] == dates


def test_a_year_in_the_lede_after_the_dateline_is_not_the_articles_year():
    text = "Tourism booms\n\nMADRID, Feb 3 (Reuters) - Spain had 94 million tourists, up 10% from 2023."
    claims = claims_of(text)
    assert next(c.date for c in claims if c.kind == "date") == "XXXX-02-03"


def test_ages_given_as_aged():
    assert claim("The victims were aged 3 and 84.", "aged 3").kind == "age"


def test_the_youngest_age_is_an_exact_age():
    c = claim("The children, some as young as eight, were taken.", "as young as eight")
    assert (c.kind, c.low, c.high) == ("age", 8, 8)


@pytest.mark.parametrize(
    ("sentence", "surface", "kind", "unit"),
    [
        ("The plan would raise the retirement age from 62 to 64.", "64", "age", "year"),
        ("Temperatures rose from 30C to 40 by noon.", "40", "measure", "degC"),
        ("The speed limit rises from 62 mph to 70.", "70", "measure", "mile / hour"),
        (
            "The crop is expected at 34 million tonnes, down from 52 million.",
            "52 million",
            "measure",
            "metric_ton",
        ),
        (
            "Wheat output fell to 12.4 million tonnes from 22.4 million.",
            "22.4 million",
            "measure",
            "metric_ton",
        ),
        ("Arrests averaged 1,800, down 70% from the 3,800 a day in May.", "3,800", "count", ""),
        ("The wait for surgery rose to 18 weeks, up from 12.", "12", "duration", "week"),
        ("Sightings rose in ten days, from 3,174 to 8,794.", "3,174", "count", ""),  # the span it took
        ("Rents climbed over the past 12 months from 1,250 to 1,410.", "1,250", "count", ""),
    ],
)
def test_a_bare_figure_after_from_a_figure_of_a_unit_and_to_is_of_that_unit(sentence, surface, kind, unit):
    c = claim(sentence, surface)
    assert (c.kind, c.unit) == (kind, unit)


def test_the_pronoun_one_is_no_count():
    assert claims_of("The one you mentioned was closed.") == []


def test_compound_measure_is_one_claim():
    c = claim("He is 5 ft 2 in tall.", "5 ft 2 in")
    assert (c.unit, c.value) == ("foot", pytest.approx(5 + 2 / 12))


@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        ("The suspect is 5 feet, 10 inches tall.", "5 feet, 10 inches"),
        ("The 5-foot-10 guard scored 20 points.", "5-foot-10"),
    ],
)
def test_a_height_in_feet_and_inches_is_one_measure(sentence, surface):
    c = claim(sentence, surface)
    assert (c.unit, c.value) == ("foot", pytest.approx(5 + 10 / 12))


def test_a_unit_conversion_in_parentheses_links_the_two_measures():
    claims = claims_of("The convoy drove 10 miles (16 km) south.")
    miles, km = claims
    assert km.converts == miles.id


@pytest.mark.parametrize(
    ("sentence", "surface", "value", "unit"),
    [
        ("The plume rose about a mile (1.6 km).", "about a mile", 1, "mile"),
        ("Nearly an inch of rain fell.", "Nearly an inch", 1, "inch"),
        ("Troops pulled back half a mile.", "half a mile", 0.5, "mile"),
        ("The farm lost a third of an acre.", "a third of an acre", 1 / 3, "acre"),
        ("The queue stretched a mile and a half.", "a mile and a half", 1.5, "mile"),
    ],
)
def test_one_of_a_unit_needs_no_figure(sentence, surface, value, unit):
    c = claim(sentence, surface)
    assert (c.kind, c.unit, c.value) == ("measure", unit, pytest.approx(value))


def test_an_article_after_an_amount_means_per_and_is_no_quantity():
    claims = claims_of("Gas averaged $3.50 a gallon, and crude $80 a barrel.")
    assert [c.text for c in claims] == ["$3.50", "$80"]


def test_a_list_of_kinds_after_a_count_of_people_breaks_it_down():
    people, adults, children = claims_of("The blast killed 12 people, eight adults and four children.")
    assert (adults.part_of, children.part_of) == (people.id, people.id)


def test_a_list_that_goes_on_into_a_clause_is_no_breakdown():
    claims = claims_of("Police said 300 people were arrested, 200 men and 150 women were charged.")
    assert [c.part_of for c in claims] == [None, None, None]


def test_percentage_change_links_its_ends():
    claims = claims_of("Sales rose 20% to 120 from 100.")
    change, end, start = claims
    assert (change.change_to, change.change_from, change.direction) == (end.id, start.id, 1)


def test_a_range_after_a_change_verb_is_a_change_not_a_range():
    claims = claims_of("Prices fell from 100 to 80.")
    assert [c.text for c in claims] == ["100", "80"]
    assert claims[1].change_from == claims[0].id and claims[1].direction == -1


def test_vague_amounts():
    c = claim("Tens of thousands of people marched.", "Tens of thousands")
    assert c.low == 20000 and math.isinf(c.high)


def test_scores_is_a_number_only_before_of():
    assert claim("Scores of people were injured.", "Scores").low == 40
    assert [c.text for c in claims_of("Maths scores fell to their lowest level.")] == []


@pytest.mark.parametrize(
    ("sentence", "surface", "low", "high"),
    [
        ("Several hundred people marched on Saturday.", "Several hundred", 200, 1000),
        ("A few thousand fans waited outside.", "A few thousand", 2000, 10000),
        ("Several hundred thousand people fled the city.", "Several hundred thousand", 2e5, 1e6),
        ("A couple of thousand fans waited outside.", "A couple of thousand", 2000, 4000),
    ],
)
def test_several_and_a_few_run_from_two_to_under_ten_of_the_scale(sentence, surface, low, high):
    c = claim(sentence, surface)
    assert (c.low, c.high, c.low_inclusive, c.high_inclusive) == (low, high, True, False)
    assert [x.text for x in claims_of(sentence)] == [surface]  # "hundred" is not also read as 100


def test_the_exponent_of_a_unit_is_no_figure_of_its_own():
    assert [c.text for c in claims_of("The zone covers 4 km^2 of farmland.")] == ["4 km^2"]


@pytest.mark.parametrize(
    ("sentence", "surface", "unit", "low", "high"),
    [
        ("The probe weighs 2,000.45±0.01 pounds.", "2,000.45±0.01 pounds", "pound", 2000.44, 2000.46),
        ("The beam is 12 +/- 0.5 m long.", "12 +/- 0.5 m", "meter", 11.5, 12.5),
        ("Support stood at 45% plus or minus 3 points.", "45% plus or minus 3", "percent", 42, 48),
    ],
)
def test_a_stated_uncertainty_bounds_the_figure(sentence, surface, unit, low, high):
    c = claim(sentence, surface)
    assert (c.unit, c.low, c.high) == (unit, pytest.approx(low), pytest.approx(high))


def test_a_margin_given_as_plus_or_minus_is_positive():
    assert (
        claim("The margin of error is plus or minus 3 percentage points.", "minus 3 percentage points").value
        == 3
    )


def test_a_plus_between_two_figures_is_arithmetic_not_a_bound():
    assert [(c.text, c.high) for c in claims_of("The tally was 3 + 4 seats.")] == [("3", 3), ("4", 4)]


def test_weekdays_and_yesterday_need_the_articles_date():
    assert claims_of("Talks resumed on Tuesday, a day after 40 people died.")[0].text == "40"
    claims = claims_of("date 2024-03-14\n\nTalks resumed on Tuesday; 40 people died yesterday.")
    assert [(c.text, c.date) for c in claims if c.kind == "date"][1:] == [
        ("Tuesday", "2024-03-12"),
        ("yesterday", "2024-03-13"),
    ]


def test_the_date_option_places_weekdays_without_a_dateline():
    import datetime as dt

    from numcheck.read.claims import extract_claims
    from numcheck.read.lexicon import load_lexicon
    from numcheck.read.markup import build_document

    (day,) = extract_claims(build_document("Talks resumed on Friday."), load_lexicon(), dt.date(2025, 8, 19))
    assert (day.kind, day.date) == ("date", "2025-08-15")


@pytest.mark.parametrize(
    ("sentence", "date"),
    [
        ("Talks resumed on Friday.", "2025-08-15"),
        ("Talks will resume on Friday.", "2025-08-22"),
        ("The minister is due to visit on Monday.", "2025-08-25"),
        ("He said on Monday that he will resign.", "2025-08-18"),
    ],
)
def test_a_weekday_is_the_last_such_day_unless_its_clause_looks_ahead(sentence, date):
    import datetime as dt

    from numcheck.read.claims import extract_claims
    from numcheck.read.lexicon import load_lexicon
    from numcheck.read.markup import build_document

    claims = extract_claims(build_document(sentence), load_lexicon(), dt.date(2025, 8, 19))  # a Tuesday
    assert [c.date for c in claims if c.kind == "date"] == [date]


@pytest.mark.parametrize(
    ("sentence", "surface", "value"),
    [
        ("Kingfisher signed a (roughly £15 million) sponsorship deal.", "roughly £15 million", 15e6),
        ("Officials counted (approximately 15 people) at the scene.", "approximately 15", 15),
    ],
)
def test_a_figure_in_parentheses_keeps_its_qualifier_and_unit(sentence, surface, value):
    assert claim(sentence, surface).value == value


def test_the_numbers_of_a_list_in_running_text_are_no_quantities():
    text = "The report 1) explains why costs rose; 2) lists 40 projects; and 3) predicts delays."
    assert [c.text for c in claims_of(text)] == ["40"]


@pytest.mark.parametrize(
    ("sentence", "surface", "value"),
    [
        ("It only cost 3 dollars 50 cents.", "3 dollars 50 cents", 3.5),
        (
            "The fare is thirteen dollars and forty-five cents.",
            "thirteen dollars and forty-five cents",
            13.45,
        ),
    ],
)
def test_dollars_and_cents_are_one_sum(sentence, surface, value):
    c = claim(sentence, surface)
    assert (c.unit, c.value) == ("USD", pytest.approx(value))


def test_a_scaled_sum_and_cents_after_and_are_two_amounts():
    claims = claims_of("The fund paid $5 million and 50 cents a share.")
    assert [(c.text, c.value) for c in claims] == [("$5 million", 5e6), ("50 cents", 50)]


@pytest.mark.parametrize("name", ["S&P 500", "FTSE 100", "Fortune 500", "Russell 2000", "Stage 4", "Game 7"])
def test_the_number_in_the_name_of_an_index_list_or_stage_is_a_name(name):
    (only,) = claims_of(f"Analysts watched the {name} closely.")
    assert (only.text, only.kind) == (name, "identifier")


def test_the_figure_after_dies_at_is_an_age():
    (age,) = claims_of("Rosalynn Carter, mental health advocate, dies at 96")
    assert (age.kind, age.value, age.unit) == ("age", 96, "year")


@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        ("Keir Starmer, 61, will become prime minister.", "61"),
        ("Police said Smith, 45, of Dallas, was arrested on Friday.", "45"),
    ],
)
def test_a_figure_set_off_by_commas_after_a_name_is_an_age(sentence, surface):
    assert (claim(sentence, surface).kind, claim(sentence, surface).unit) == ("age", "year")


def test_a_figure_after_a_place_and_a_comma_is_no_age():
    assert claim("In Texas, 40, and in Ohio, 12, died in the storms.", "40").kind == "count"


@pytest.mark.parametrize(
    ("sentence", "surface"), [("She died Sunday. She was 96.", "96"), ("He was 18 when he enlisted.", "18")]
)
def test_a_figure_said_of_he_or_she_at_the_end_of_a_clause_is_an_age(sentence, surface):
    assert claim(sentence, surface).kind == "age"


def test_a_measure_said_of_he_or_she_is_no_age():
    assert claim("She was 5 feet tall.", "5 feet").kind == "measure"


def test_scores_of_before_a_figure_is_no_vague_count():
    claims = claims_of("Half of this year's applicants had test scores of 1450 or higher.")
    assert [c.text for c in claims if c.kind == "count"] == ["1450 or higher"]


@pytest.mark.parametrize(
    "sentence",
    [
        "That is well above the yearly average since 2004 of 980 homes lost to fires.",
        "Rainfall has fallen short in every year since 1987 of the 40 on record.",
    ],
)
def test_a_year_in_digits_before_of_is_a_year(sentence):
    year = next(c for c in claims_of(sentence) if c.text in ("2004", "1987"))
    assert year.kind == "date"


def test_a_figure_with_thousands_after_the_verb_number_is_a_count():
    text = "Homes damaged in the district number 2,140, of which 1,900 were partly damaged."
    counted = claim(text, "2,140")
    assert counted.kind == "count"


def test_number_in_capitals_before_a_figure_still_names_it():
    assert claim("She lives at Number 10 on the square.", "10").kind == "identifier"

"""What each number counts, what happened to it, who says so, and when or where."""

from __future__ import annotations

import pytest

from tests.conftest import claim, claims_of


@pytest.mark.parametrize(
    ("sentence", "surface", "entity", "event"),
    [
        ("Hamas returned 110 of the more than 240 people taken.", "110", "person", "released"),
        ("Hamas returned 110 of the more than 240 people taken.", "more than 240", "person", "taken"),
        ("Seven more soldiers had been killed in the fighting.", "Seven", "soldier", "dead"),
        ("Gunmen abducted 30 villagers on Sunday.", "30", "villager", "taken"),
        ("At least 15 of the hostages taken on Oct. 7 have died.", "At least 15", "hostage", "dead"),
        ("The militia still holds 40 captives.", "40", "captive", "held"),
        ("Police arrested 12 protesters near the embassy.", "12", "protester", "arrested"),
        ("The storm injured 25 children and destroyed 300 homes.", "25", "child", "injured"),
        ("About 5,000 families were displaced by the floods.", "About 5,000", "family", "displaced"),
        ("The death toll rose to 87 people.", "87", "person", "dead"),
        ("With 19 Republicans joining, the bill passed.", "19", "republican", ""),
        ("A 5.6 quake struck the capital.", "5.6", "quake", ""),
        ("Rescuers searched the debris of two buses swept into the river.", "two", "bus", ""),
        ("Police found 20 stolen cars in the depot.", "20", "car", ""),
        ("Delgado carried 9 of the state's 15 counties.", "9", "county", ""),
        ("Hale won 10 of the 12 rural counties he targeted.", "12", "county", ""),
        ("She won by 190,000 votes out of 3.1 million cast.", "3.1 million", "vote", "voted"),
        ("Turnout was 71%, up from 64% four years ago.", "64%", "", "voted"),
        ("In the poll, 52% backed the plan, 45% opposed it and 3% were undecided.", "45%", "", "opposed"),
        ("Of the 44 workers underground, 29 were rescued and 11 remain trapped.", "11", "worker", "trapped"),
        # an adjective ending in "-ly" before the noun is no adverb that ends the phrase
        ("About 44% of likely voters are for it.", "About 44%", "voter", "supported"),
        # the event's word standing as the noun: people, and no noun of another figure's
        (
            "The dead were 18 men and 12 women. Police put the number of injured at 187.",
            "187",
            "person",
            "injured",
        ),
        ("The 120 passengers aboard were Chinese.", "120", "passenger", "aboard"),
        ("Non-EU nationals made up the bulk, with 968,000 coming to the UK.", "968,000", "", ""),
        ("The Greens won 12 wards, with 4 going to independents.", "4", "ward", ""),
        ("JPMorgan reported a 35% jump in profit.", "35%", "", "increased"),
        ("Of the 50 states, 17 reported high or very high flu activity.", "17", "state", ""),
        ("Of the 10 severe cases, nine were in the placebo group.", "10", "case", "infected"),
        ("On Tuesday, 16 people were killed when two schools were hit in Gaza City.", "two", "school", ""),
        ("Of the 111 hostages still in Gaza, 39 are believed to be dead.", "111", "hostage", ""),
        ("The group holds 20 captives. It still holds 15 women and 10 children.", "10", "child", "held"),
        (
            "More than a million people took to the streets across France.",
            "More than a million",
            "person",
            "",
        ),
        ("The two sides held talks with 40 delegates in Doha.", "40", "delegate", ""),
        (
            "Gunmen free 137 of Kaduna schoolchildren, dozens still missing",
            "dozens",
            "schoolchildren",
            "missing",
        ),
        ("Kidnappers released 137 of the 287 pupils and teachers seized.", "287", "pupil", "taken"),
        ("Hamas has returned 110 and still holds 138 hostages.", "110", "", "released"),
        # taken to hospital, not taken hostage: the state of the hurt
        ("Thirty of the survivors were taken to hospital with hypothermia.", "Thirty", "survivor", "injured"),
        ("Firefighters saved 14 residents from the blaze.", "14", "resident", "released"),
        ("Nine miners were brought to safety on Friday.", "Nine", "miner", "released"),
        # survivors, not the dead of the clause before
        ("The 118 miners who died and 212 who survived were named.", "212", "miner", "released"),
        ("At least 79 people drowned off Greece.", "At least 79", "person", "dead"),
        ("Of the 720 members elected, 619 took part in the vote.", "619", "member", ""),
        (
            "The bill passed with 400 votes in favour, 41 against and 200 abstentions.",
            "200",
            "abstention",
            "abstained",
        ),
        (
            "All 4,000 workers were accounted for, and two of the injured were treated.",
            "All 4,000",
            "worker",
            "",
        ),
        ("Fire at Texas refinery injures 4, forces evacuations", "4", "", "injured"),
        (
            "About 33 million people have been affected by the floods, and 1 million homes were damaged.",
            "About 33 million",
            "person",
            "affected",
        ),
        ("Two soldiers and three civilians were killed.", "Two", "soldier", "dead"),
        ("Gunmen killed 12 Pakistanis and three Iraqis on Sunday.", "three", "iraqi", "dead"),
        ("Twelve of the 30 miners trapped underground were rescued.", "Twelve", "miner", "released"),
        ("Twelve of the 30 miners trapped underground were rescued.", "30", "miner", "trapped"),
        ("About 132 of the 253 people seized in the attack remain in Gaza.", "About 132", "person", "held"),
        ("The storm killed 14 people between March 2 and 5.", "14", "person", "dead"),
        ("Air defences destroyed 15 drones overnight.", "15", "drone", "destroyed"),
        (
            "The dead are 31 miners, 12 guards and 9 cooks, and the injured 14 miners, 3 guards and 2 cooks.",
            "9",
            "cook",
            "dead",
        ),
        ("Officials said 58 lives had been lost in the landslides.", "58", "", "dead"),
        ("The Greens won 41 seats, the Liberals 27 and independents 6.", "27", "seat", ""),
        ("The Greens won 41 seats, the Liberals 27 and independents 6.", "6", "seat", ""),
        ("The partners won 33 seats for the VVD, 29 for the CDA and 19 for D66.", "29", "seat", ""),
        ("Of the 40 pupils, 31 had been vaccinated against mumps.", "31", "pupil", ""),
        ("The motion was backed by 212 MPs, with 180 against.", "180", "mps", "opposed"),
        ("Some 40% of voters are still against the plan.", "Some 40%", "voter", "opposed"),
        ("Casualties reached 1,204, among them 310 people killed.", "310", "person", "dead"),
        ("Saturday was the worst day, with 182 crashes, four deaths and nine injuries.", "182", "crash", ""),
        (
            "Saturday was the worst day, with 182 crashes, four deaths and nine injuries.",
            "four",
            "death",
            "dead",
        ),
        ("Of the 17 bodies found so far, 14 have been brought out.", "14", "body", "dead"),
    ],
)
def test_entity_and_event(sentence, surface, entity, event):
    c = claim(sentence, surface)
    assert (c.entity, c.event) == (entity, event)


def test_a_specific_noun_named_earlier_beats_people():
    c = claim("It brought the number of dead Palestinians to more than 16,000 people.", "more than 16,000")
    assert c.entity == "palestinian"


@pytest.mark.parametrize(
    ("sentence", "surface", "source"),
    [
        ("Israel says at least 15 hostages have died.", "at least 15", "Israel"),
        ("The health ministry said 40 people were killed.", "40", "The health ministry"),
        ("According to the United Nations, 1.7 million people fled.", "1.7 million", "the United Nations"),
        (
            "More than 220 assaults were recorded, according to rights groups.",
            "More than 220",
            "rights groups",
        ),
        ("Powerball is played in 45 states, as well as Washington, D.C.", "45", ""),
        ("IPOs in the United States raised just $7.6 billion this year.", "just $7.6 billion", ""),
        ("An estimated 4,200 people arrived in the port city.", "An estimated 4,200", ""),
    ],
)
def test_source(sentence, surface, source):
    assert claim(sentence, surface).source == source


@pytest.mark.parametrize(
    ("sentence", "surface", "scope"),
    [
        ("The toll has risen to 1,000 since the truce ended.", "1,000", "since the truce ended"),
        ("Settlers carried out 220 attacks in the West Bank.", "220", "in the West Bank"),
        ("Some 300 people were taken on Oct. 7.", "Some 300", "on Oct. 7"),
        ("During the seven-day truce, Hamas freed 110 hostages.", "110", "During the seven-day truce"),
        ("In the week to July 21, 82 new cases were reported.", "82", "In the week"),
        ("Last year, 60 people died in a similar accident.", "60", "Last year"),
        ("Net income was $2.1 billion for the quarter.", "$2.1 billion", "for the quarter"),
        ("The deal has since cost it more than 60% of its market value.", "more than 60%", ""),
        ("Sales since January reached 40,000 cars.", "40,000", "since January"),
        ("Halloween crush in Seoul kills 154", "154", "in Seoul"),
        ("Rivian raised $13.7 billion in November 2021.", "$13.7 billion", "in November 2021"),
    ],
)
def test_scope(sentence, surface, scope):
    assert claim(sentence, surface).scope == scope


def test_parts_named_under_a_total_are_part_of_it():
    held, women, children = claims_of("Hamas still holds 138 hostages including 20 women and two children.")
    assert women.part_of == held.id and children.part_of == held.id
    assert (women.event, children.event) == ("held", "held")


def test_of_whom_links_a_part_to_its_whole():
    whole, part = claims_of("Police detained 45 people, of whom 12 were minors.")
    assert part.part_of == whole.id


def test_x_of_y_makes_a_part():
    part, whole = claims_of("Rescuers found 12 of the 30 missing miners.")
    assert part.part_of == whole.id and part.entity == "miner"


def test_a_running_total_points_at_its_increment():
    increment, total = claims_of("Another 50 people died, bringing the total to 1,250.")
    assert total.total_of == increment.id


def test_a_running_total_points_at_the_increment_with_its_event_not_the_nearest_figure():
    bodies, _buses, toll = claims_of(
        "Rescuers pulled 11 more bodies from two buses swept into the river, raising the death toll to 38."
    )
    assert toll.total_of == bodies.id and toll.entity == "body"


def test_a_leading_of_phrase_makes_the_counts_after_its_comma_parts():
    whole, freed, held = claims_of("Of the 240 hostages, 110 have been released and 138 remain in Gaza.")
    assert freed.part_of == whole.id and held.part_of == whole.id
    assert (freed.entity, held.entity) == ("hostage", "hostage")


def test_after_a_leading_of_phrase_only_parts_in_different_states_add_up():
    whole, civilians, children = claims_of("Of the 1,200 killed, 800 were civilians and 300 were children.")
    assert civilians.part_of == whole.id and children.part_of is None  # children may be civilians


def test_the_rest_is_a_part_that_completes_its_whole():
    whole, charged, rest = claims_of(
        "Of the 30 people arrested, 12 were charged and the remaining 18 were released."
    )
    assert rest.part_of == whole.id and rest.completes and not charged.completes


def test_what_is_left_of_a_whole_after_leaving_is_its_rest():
    whole, settled, rest = claims_of(
        "Bayer aims to resolve about 165,000 claims, and has settled some 113,000 of them, leaving about "
        "52,000 unresolved."
    )
    assert settled.part_of == whole.id and rest.part_of == whole.id and rest.completes


def test_what_a_loss_leaves_in_another_state_is_no_rest():
    *_, homeless = claims_of("Floods destroyed 300 of the 1,200 homes in the village, leaving 800 homeless.")
    assert homeless.part_of is None and not homeless.completes


def test_a_list_far_from_an_including_cue_is_not_what_it_includes():
    _, vessels, helicopters = claims_of(
        "The coast guard said 104 people had been rescued, most of them men from Egypt, Syria and "
        "Pakistan, in an operation involving six vessels, three helicopters and a plane."
    )
    assert vessels.part_of is None and helicopters.part_of is None


def test_the_price_of_one_unit_multiplies_the_count_sold_to_give_the_total():
    total, count, price = claims_of("Arm raised $4.87 billion by selling 95.5 million shares at $51.")
    assert (price.times, price.product) == (count.id, total.id)


def test_a_company_valued_at_a_price_is_no_total_of_the_shares_sold():
    _, price, _ = claims_of("Arm sold 95.5 million shares at $51 each, valuing the company at $54.5 billion.")
    assert price.times is None and price.product is None


def test_a_multiplier_of_a_reference_it_names_has_no_base_in_the_text():
    claims = claims_of(
        "The weakest students lost 14 points. About 1 in 4 missed five days, twice the share in 2020."
    )
    twice = next(c for c in claims if c.kind == "multiplier")
    assert twice.times is None


def test_them_after_a_part_and_its_whole_is_the_part():
    part, _, dead = claims_of("About 132 of the 253 people seized remain, and at least 25 of them have died.")
    assert dead.part_of == part.id


def test_a_count_with_no_noun_takes_the_noun_of_the_last_count_with_its_event():
    *_, strike = claims_of(
        "On Tuesday, 16 people were killed when two schools were hit, and on Thursday a strike killed 18."
    )
    assert (strike.entity, strike.event) == ("person", "dead")


def test_a_scope_ends_before_a_figure_after_from():
    first, _ = claims_of("Unemployment fell to a record low of 6.4% in December from 6.5% in November.")
    assert first.scope == "in December; in November"


def test_a_list_then_its_total_makes_the_items_parts_of_a_sum():
    text = "The U.S. won 40 golds, 44 silvers and 42 bronzes for a total of 126."
    gold, silver, bronze, total = claims_of(text)
    assert {gold.part_of, silver.part_of, bronze.part_of} == {total.id} and total.sums
    assert total.total_of is None


def test_a_total_with_a_scope_of_its_own_is_no_sum_of_the_list():
    *_, total = claims_of("Police arrested 12 people on Monday and 8 on Tuesday, a total of 45 since May.")
    assert not total.sums


def test_the_other_figure_of_another_noun_is_not_the_rest():
    _scored, _points, starters, _combined = claims_of(
        "He scored 20 of the team's 80 points; the other four starters combined for 40."
    )
    assert starters.part_of is None and not starters.completes


def test_a_sentence_that_opens_by_naming_a_group_lists_its_parts():
    killed, injured, children, adults = claims_of(
        "The storm killed 12 people and injured 40. Among the injured were 30 children and eight adults."
    )
    assert children.part_of == injured.id and adults.part_of == injured.id and killed.id != injured.id


def test_a_group_named_by_two_different_figures_has_no_sure_whole():
    *_, dead = claims_of(
        "The quake killed 1,037 people on Monday. By Tuesday the toll had risen to 2,122. "
        "Among the dead were 1,500 women."
    )
    assert dead.part_of is None


def test_a_multiplier_points_at_the_figure_it_multiplies():
    claims = claims_of("The group freed 50 hostages. Israel released three times as many prisoners.")
    freed, times = claims
    assert times.times == freed.id and times.entity == "prisoner"


def test_a_figure_set_before_a_multiplier_is_its_product():
    freed, _hostages, prisoners, times = claims_of(
        "Hamas is to free 50 of the 240 hostages it holds, and Israel 150 prisoners, three times as many."
    )
    assert (times.times, times.product) == (freed.id, prisoners.id)
    raised, times, base = claims_of("Backers raised $4.2 million, nearly three times the $1.5 million.")
    assert (times.times, times.product) == (base.id, raised.id)


def test_a_verb_after_a_figure_that_takes_an_object_leaves_the_figure_without_a_noun():
    _cities, fewer, rest = claims_of(
        "Of the 133 cities, 94 recorded fewer homicides and the remaining 39 recorded more."
    )
    assert (fewer.entity, rest.entity) == ("city", "city")


def test_the_verb_before_by_gives_the_event_of_a_change():
    (share,) = claims_of("Homicides in large cities fell by about 18% last year.")
    assert share.event == "decreased"


def test_a_vote_told_by_votes_to_votes_is_a_tally_not_a_change():
    text = "The measure passed by 214 votes to 198 on Friday."
    ayes, noes = claims_of(text)[:2]
    assert (ayes.change_to, ayes.direction, noes.change_from) == (None, 0, None)

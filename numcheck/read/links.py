"""The relations the grammar states between quantities.

Job: given the quantities of a document in order (each with its sentence), find
- `part_of`: "110 of the more than 240 people", "138 hostages including 20 women and two
  children", "of whom 20 were women", "40% of 200", "Of the 38 bodies, 23 were identified",
  "killed 12 people, eight adults and four children", "voted 68-31, with 22 Republicans joining
  46 Democrats in support" (the ayes of a tally), "4 people were shot, 2 fatally", "11 of the 14
  counts ... the other three" (a rest, which `completes` its whole), "killed 12 people. Among
  the dead were ...", "1,800 jobs, or 8% of its employees" (the employees counted earlier);
- `total_of`: a running total and its increment: "1,000 ... bringing the number ... to more
  than 16,000" (the total points at the increment);
- `converts`: the same amount in another unit: "10 miles (16 km)", "10 miles, or 16 km",
  "two-thirds of voters, or 64%"; and a change's amount restated as a share: "fell 12 cents,
  or 1.5%, to $7.88" (on the share);
- `times`: a multiplier and the figure it multiplies: "110 ... about three times as many
  prisoners" (the referent is the nearest earlier count with the same event, else the
  nearest), "$4.2 million, nearly three times the $1.5 million", "50 hostages ... 150
  prisoners, three times as many"; in the last two the figure before the multiplier is its
  `product`;
- `change`: a change and its ends: "rose 20% to 120 from 100", "doubled to $4 billion from
  $2 billion", "$95 a share, a 45% premium to Friday's close of $65.50", "$20 billion, a 25%
  increase from $16 billion", "fell 2.5%, or 120 points, to 4,680" (`change_from`,
  `change_to`, `direction` +1 for a rise, -1 for a fall); also "$3.58, 31 cents below this
  year's peak of $3.89" and "57 more burglaries, with the total going from 412 to 469";
- averages: "30 goals in 24 games, an average of 1.25 a match" (on the average, `average_of`
  the total, `per_count` the count or span, `per` what it is per: "match"; also from a
  sentence opening "That is an average of"), "138,000, 174,000 and 80,000 jobs, an average of
  130,667" (on each item, `averaged_in` the average);
- `larger`, `smaller`: on a difference between two figures that is no change over time, the
  two figures: "leads 52% to 41%, an 11-point lead", "voted 319 to 238, a majority of 81",
  "964 runs, 14 short of the record of 978", "backed it by 49 points ... by 16, a 33-point
  swing";
- `beats`, `better`: on a new record, the old record it is said to break and which way is better
  (+1 larger, -1 smaller, from the words): "a record 25.8C overnight, beating the previous
  highest of 25.1C", "300 goals in 101 games, the fastest ever, beating the 103 games";
- `since`, `better`: on a figure said to be the highest (or lowest) since a time, the figure of
  that time, which it has not passed: "rose to 9.4%, the highest since 2009, when it reached
  9.8%"; also after "It was the deadliest since 2000, when ...", of the one figure before.

Limits: pure; pattern-based over the text between quantities of one sentence (and, for
`times`, "of them", a tally's votes and an average opening "That is", the sentence before;
for "Of the injured,", "Among the dead were", "The package includes" and "8% of its
employees", the three before, when they give that group one figure only; for "Voting for it
were", the one tally of the article before; for a sentence that breaks down a toll, the one
figure of its event in the sentence before; for lines under a heading, the count above it). Every match is
bounded by its sentence: the `regex` package scans to `endpos` on each call, so an
unbounded match on a long document costs time in proportion to the document.
"""

from __future__ import annotations

import functools
import itertools
import math
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar, cast

from numcheck.read import lazy_regex as re
from numcheck.read.quantities import NAMED_YEAR, TO_JOIN, Quantity, change_verbs
from numcheck.read.rx import rx
from numcheck.read.subjects import CHANGE_EVENTS, ELIDED_NOUN_JOIN

AMOUNTS = ("count", "money", "measure", "duration", "percent", "fraction", "age")
_OF = re.compile(
    r"(?:-of-|\s+(?:of|(?:[\p{L}-]+\s+)?out\s+of)\s+)"  # "110 of", "190,000 votes out of"
    r"(?:the\s+|a\s+total\s+of\s+|all\s+|those\s+|these\s+|its\s+|their\s+)?"
    r"(?:[\p{L}-]+['’]s?\s+|(?:[\p{L}-]+\s+){1,2}of\s+)?"  # "12 of the state's 18", "8% of its staff of 900"
    r"(?:(?:last|first|past|next|previous|remaining|final)\s+)?",  # "12 of their last 14 games"
    re.IGNORECASE,
)
_SHARES = ("percent", "fraction")
_COMMA = re.compile(r"\s*,")
_SHARE_SET_OFF = re.compile(r"\s*,\s*(?i:or\s+)?")  # "412,300, or " 61.2 per cent", of the ..."
# amounts that have parts and that a share or a change may restate: "$10 billion, about 5% of"
WHOLE_KINDS = ("count", "money", "measure")
_SHARE_OF_THE = re.compile(r"\s+(?i:the|its|their|all\s+the)\s+")  # "half the 300 staff"
# a clause that says the figure after it restates the one before: "9% of its workforce, which amounts to"
AMOUNTS_TO = r"(?i:which|that)\s+(?i:amounts|amounted|works\s+out|worked\s+out|comes|came)\s+to"
_APPOSED = re.compile(  # "1,800 jobs, " before "about 8% of"; "2,276 ballots were cast, a turnout of "
    r"(?:\s+[\p{L}-]+){0,6}\s*[,(—–]\s*"
    r"(?i:or\s+|an?\s+turnout\s+of\s+|(?:equal|equivalent|amounting)\s+to\s+|representing\s+"
    r"|" + AMOUNTS_TO + r"\s+)?"
)
_TURNOUT_BEFORE = re.compile(
    r"(?r)\b(?i:turnout)\s+(?i:of|was|at|stood\s+at|reached)\s+$"
)  # "a turnout of " 38%
_RATE_NAMED_BEFORE = re.compile(  # "The pass rate was " 70%, "an acceptance rate of "
    r"(?r)\b(?i:pass|acceptance|admission|success|completion|graduation|participation|response|"
    r"vaccination|approval|occupancy)\s+(?i:rate)\s+(?i:of|was|is|at|stood\s+at|reached)\s+$"
)
_DOING_ENDS = re.compile(r"(?:\s+[\p{L}-]+){0,3}?\s+\p{L}{3,}ing\s*[.;]")  # " candidates passing."
# "of those" before a plural noun of its own is a determiner ("effects of those plans"), and "of which
# there were 12" counts the noun before, no part of a figure ("no leg with three, of which there were 12")
_INCLUDING = re.compile(
    # ("of which" after a comma, not "at the end of which")
    r"\b(?:including|includes|included|include|among\s+them|among\s+whom|of\s+whom|(?<![\p{L}’']\s+)of\s+which(?!\s+there\b)|"
    # not right before the figure it is searched up to: "each one of those " 22 matches names the group
    r"of\s+those(?!\s+\p{L}+s\b(?!,))(?!\s*$)|of\s+them|such\s+as|"
    r"comprising|consisting\s+of|made\s+up\s+of|composed\s+of)\b",
    re.IGNORECASE,
)
_PREDICATE_JOIN = re.compile(  # before a verb of including that the sentence's subject has: " and will "
    r"\b(?i:and|but)\s+(?:(?i:will|would|could|also|now|still|may|might|should|must|does|did|do)\s+){0,2}$"
)
_LAST_ITEM_JOIN = re.compile(r"\b(?i:and|plus)\b[^,;]*$")  # " and " before the last item of a list
_LIST_GOES_ON = re.compile(  # after a list's last figure: more items, or a rest, in its clause
    r"[^.;:]*?(?:,\s*(?i:and|plus)\b|\b(?i:rest|remainder|others|balance|remaining)\b)"
)
# one of something, named with no figure: "a ten-year-old girl", "another woman", "the bus driver";
# not a group ("the children", "a number of people", "several others")
_ONE_ITEM = (
    r"(?i:a|an|another|the)\s+(?:(?!(?i:number|group|few|lot|couple|handful|dozen|score)\b)[\p{L}\d’'-]+\s+){0,3}?"
    r"(?!(?i:men|women|children|people|police|staff|crew|others|family|families|members|youths)\b)"
    r"[\p{L}’'-]*\p{L}(?<![^su]s)\b"  # not a plural: "a boy", "a witness", "the bus", not "the girls"
)
_LAST_ONE = re.compile(  # after a list's last figure: " women and a ten-year-old girl"
    r"(?:\s+[\p{L}’'-]+){0,3}?\s*,?\s+(?i:and|plus)\s+" + _ONE_ITEM + r"(?=\s*(?:[.;:)—–]|,|$))"
)
_SAID_OPENS = re.compile(  # a sentence's attribution before what it reports: "Officials said ", "Police say "
    r"\s*\p{Lu}[\p{L}’'.-]*(?:\s+[\p{L}’'.-]+){0,3}?\s+(?i:said|say|says|added|confirmed|reported)\s+(?i:that\s+)?"
)
_ONE_IN_A_LIST = re.compile(r",\s*" + _ONE_ITEM)
_ONES_BETWEEN = (
    re.compile(  # between two figures of a list, items with no figure: " soldiers, a police officer, "
        r"(?:\s+[\p{L}’'-]+){0,3}?(?P<ones>(?:\s*,\s*" + _ONE_ITEM + r")+)\s*,\s*(?i:and\s+)?"
    )
)
_ONE_ENDS = re.compile(r"\s*(?:[.;:,)!?—–]|-\s|$)")  # after an item named alone at a list's end
_FIRST_ONES = re.compile(r"(?:\s*" + _ONE_ITEM + r"\s*,)+\s*")  # before a list's first figure: "the driver, "
_MADE_UP_OF = re.compile(  # all of its parts follow
    r"(?i:comprising|consisting\s+of|made\s+up\s+of|composed\s+of)"
)
_OWN_VERB = re.compile(r"[^,.;]*?\b(?:were|was|are|is|had|have|has|remain|remained)\b", re.IGNORECASE)
_TOTAL = re.compile(
    r"(?r)(?i:\b(?:bring|brings|bringing|brought|take|takes|taking|took|raise|raises|raising|raised|push|pushes|"
    r"pushing|pushed|lift|lifts|lifting|lifted|put|puts|putting)\b(?!\s+part\b)[^.;]*?\bto\s+$|\b(?:for\s+)?a\s+(?:new\s+)?"
    r"total\s+of\s+$)"
)
_TOTAL_NAMED = re.compile(r"\b(?i:total|tally|toll|count|number|figure|sum|that|it|this)\b")
_CHANGE_TOTAL_VERB = re.compile(
    r"(?i:raise|raises|raising|raised|push|pushes|pushing|pushed|lift|lifts|lifting|lifted)\b"
)
_LEADING_OF = re.compile(
    r"(?:^|[.;:—–(]\s*|,\s*|\b(?:and|but|while)\s+)(?i:of|among)\s+(?:(?i:the|those|these|its|their|all)\s+)?$"
)
_UP_TO_COMMA = re.compile(
    r"(?:[^.;:,]|(?<=\d)[.,](?=\d))*,\s*"
)  # "Of the 38 bodies recovered so far, " before the first part
_TOTAL_REACH = 160  # characters before a total that its "bringing ... to" may take
INCREMENT_WORDS = ("more", "additional", "new", "further", "extra")  # after a figure: "11 more bodies"
_INCREMENT = re.compile(r"\s+(?i:" + "|".join(INCREMENT_WORDS) + r")\b")
_CONVERTS = re.compile(
    r"\s*(?:\(\s*(?:about|approximately|roughly|some|around|or|nearly)?\s*|,?\s+or\s+(?:about\s+|some\s+|roughly\s+)?)$",
    re.IGNORECASE,
)
_PER = re.compile(r"\s+(?i:a|an|per|each|apiece|for\s+each)\b(?!\s+(?:total|whole|combined)\b)")
# "drones over ", "people in more than ", "institutions in the top " 200: a place or group phrase begins
_PREPOSITIONAL = re.compile(
    r"(?:\s+(?!(?i:and|or|but)\b)[\p{L}’'-]+){1,3}\s+(?i:over|in|across|from|at|on|into|among|inside|throughout)\s+"
    r"(?:(?i:the|more|than|about|some|nearly|almost|at|least|top|bottom)\s+)*"
)
_OF_THE_GROUP = re.compile(  # "Of the injured, ", "Most of the dead, " opening a clause, before the figure
    r"(?r)(?:^|(?<=[.;:]\s*))(?i:(?:most|many|some|all|half|nearly\s+all|almost\s+all|about\s+half)\s+)?"
    r"(?i:(?:of|among)\s+(?:the|those|these)\s+)(?:[\p{L}-]+\s+)?(?P<word>\p{L}[\p{L}-]+)\s*,\s*$"
)
# between a count of people in general and the list that breaks it down: "12 people, ", "300 were held: "
_BREAKDOWN_OPENS = re.compile(  # " - ": a wire's dash; a colon may follow the figure itself ("$90 million: ")
    r"(?:(?:\s+[\p{L}’'-]+){1,4}?\s*,|(?:\s+[\p{L}’'-]+){1,7}?\s*(?::|\s[—–-]\s|—)|\s*(?::|\s[—–-]\s|—))\s*"
)
# a sentence that opens with its subject's count: "The " 367 survivors, "All " 23 victims
_SUBJECT_OPENS_WITH = re.compile(r"\s*(?i:the|all|those|these|its|their)\s+")
# between a subject's count and the kinds it is made of: " victims were ", " dead are "
_SUBJECT_WERE = re.compile(r"(?:\s+[\p{L}’'-]+){1,3}?\s+(?i:were|are)\s+")
_PLACE_AFTER = re.compile(  # a place after a figure: " in Mississippi", " in the West Bank", " abroad",
    # " in the city of Leeds", " in the north", " on the coast" (a place in lower case closes its phrase)
    r"\s+(?:(?:in|at|from)\s+(?:the\s+)?(?!(?:January|February|March|April|May|June|July|August|September|"
    r"October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)\p{Lu}"
    r"|(?:abroad|overseas|elsewhere)\b"
    r"|(?:in|at|from)\s+the\s+(?:city|town|province|state|district|county|region|village)\s+of\s+\p{Lu}"
    r"|(?:in|on|at|along|off|near)\s+the\s+\p{Ll}+(?:\s+\p{Ll}+)?(?=\s*(?:[,.;:)—–]|and\b|$)))"
)
_NATIONWIDE = re.compile(  # after a figure: all of a country or the world, "3,100 nationwide"
    r"\s+(?i:nationwide|nationally|countrywide|worldwide|globally|across\s+the\s+(?:country|nation|world)|"
    r"in\s+the\s+(?:whole\s+)?(?:country|world))\b"
)
_PLACE_AFTER_NOUN = re.compile(r"(?:\s+[\p{L}’'-]+){0,2}?" + _PLACE_AFTER.pattern)  # " people in Kyiv"
# a place after a figure's noun, as one of a list of places: " wards of Leeds" (then "7 in York, ...")
_OF_A_PLACE = re.compile(r"(?:\s+[\p{L}’'-]+){1,2}?\s+(?i:of)\s+(?:the\s+)?\p{Lu}")
_BREAKDOWN_ENDS = re.compile(
    r"(?:\s+[\p{L}’'-]+){1,2}?\s*(?:[.;:,)!?—–]|-\s|$)"
)  # "six young children.", "three men and a woman - said"
_PHRASE_AFTER = re.compile(
    r"\s+(?i:for|from|with|over|under|by|at|on|in|of|among)\s+\p{L}"
)  # "210 for burglary"
_PHRASE_BREAKDOWN_ENDS = re.compile(  # "150 for fraud." or "... fraud and the rest for ..."
    r"(?:\s+[\p{L}’'-]+){1,6}?\s*(?:[.;:,)!?—–]|-\s|$|(?=\s+(?i:and|plus)\s+(?i:the\s+(?:rest|remaining|others?)|"
    r"others?)\b))"
)
_PLACE_ENDS = re.compile(  # "in the West Bank.", "abroad.", "on the coast."
    r"\s+(?:\p{Ll}+\s+(?:the\s+)?(?:\p{Lu}[\p{L}’'.-]*\s*){1,4}|(?:abroad|overseas|elsewhere)\s*"
    r"|\p{Ll}+\s+the\s+\p{Ll}+(?:\s+\p{Ll}+)?\s*)(?:[.;:,)!?—–]|-\s|$)"
)
_THE_REFERENCE = re.compile(  # a reference of its own after a multiplier: "twice the share", "its 2005 total"
    r"\s+(?i:the|its|their|his|her|that\s+of)\s+(?:(?:[\p{L}’'-]+|(?:19|20)\d\d)\s+){0,2}"
    r"(?i:share|rate|level|proportion|percentage|pace|average|national\s+average|number|amount|figure|size|"
    r"total|tally|count|sum|value|volume)\b"
)
_AS_MANY_AS = re.compile(r"\s+(?i:as\s+(?:many|much)\s+as)\s+(?![\d$€£]|(?i:the|a|an|about|some)\s+[\d$€£])")
_NAMED_WITH = re.compile(  # after "as many as", before the reference's figure: "France with ", "the U.S. on "
    r"(?:(?i:the)\s+)?(?:\p{Lu}[\p{L}’'.-]*\s+){1,3}(?i:with|on|at|and\s+its)\s+(?i:(?:about|some|nearly|around)\s+)?"
)
_POSSESSIVE = (
    r"(?:[\p{L}\d-]+\s+){0,2}?[\p{L}\d-]+(?:['’]s\b|(?<=s)['’](?!\p{L}))"  # "last year's", "the Royals'"
)
_TIMES_THE = re.compile(  # "three times the $1.5 million", "nearly double its tally of 52", "twice the
    # previous year's total of 22,400", "twice last year's 22,400"
    r"\s+(?:(?i:the|that\s+of|as\s+much\s+as|as\s+many\s+as)|(?i:its|their|his|her|the)(?:\s+[\p{L}-]+){1,2}?\s+(?i:of)"
    rf"|(?i:the\s+)?{_POSSESSIVE}(?:(?:\s+[\p{{L}}-]+)?\s+"
    r"(?i:total|tally|count|figure|number|level|record|mark)\s+(?i:of))?)\s+"
)
# a figure's words, then a comma: "4 people were shot, " before "2 fatally"; "150 Palestinian
# prisoners, " before "three times as many"
_WORDS_THEN_COMMA = re.compile(r"(?:\s+[\p{L}’'-]+){0,4}?\s*,\s*")
_ADVERB_AFTER = re.compile(r"\s+\p{L}+ly\b\s*(?:[,.;:)—–]|(?i:and|but)\b|$)")  # "fatally.", "critically, "
_OTHER_AFTER = re.compile(r"\s+(?i:other|others|more)\b")  # "10 other people": the rest of a breakdown
REST_BEFORE = re.compile(
    r"(?r)\b(?i:the\s+(?:rest|remaining|other))\s*,?\s*$"
)  # "the rest, 18", "the other 18"
_ELSEWHERE_AFTER = re.compile(  # the rest by place: "33,000 were in other countries", "12 elsewhere",
    # "1,081 outside the capital" (of a part in it before: "3,154 of them in Accra")
    r"\s+(?:(?i:were|are|was|is|live|lived|work|worked)\s+)?(?:(?i:in|from|at|across)\s+(?i:other|all\s+other)\s+\p{L}+"
    r"|(?i:elsewhere|abroad)\b|(?i:outside)\s+(?:(?i:it|there)|(?i:the)\s+(?i:capital|city|town))\b)"
)
_LEAVING_BEFORE = re.compile(r"(?r)\b(?i:leaving|leaves|left)\s+(?:(?i:just|only)\s+)?$")  # "leaving 150"
_HAVE_BEFORE = re.compile(r"(?r)\b(?i:have|has|had)\s+(?:(?i:now|also)\s+)?$")  # "have " left 8 dead
_STILL_AFTER = re.compile(  # a state that a rest is in: "leaving 150 still in captivity"
    r"\s+(?i:still|yet\s+to|unresolved|outstanding|unaccounted|pending|remaining|in\s+captivity|unsold|unpaid)\b"
)
_TALLY_JOIN = re.compile(r"\s?[-–]\s?|\s+(?:(?i:votes?)\s+)?to\s+")  # "68-31", "5 to 4", "230 votes to 189"
_BODY_SIZE = re.compile(
    r"[-–](?i:member|seat|strong)\b"
)  # after the size of a body: "the 435-member chamber"
_TALLY_VERBS = r"voted|vote\s+of|votes?|passed|approved|rejected|confirmed|ruled|adopted|defeated|backed"
_TALLY_VERB = re.compile(  # right before a vote's tally: "voted 68-31", "passed the bill 220-207"
    r"(?r)\b(?i:" + _TALLY_VERBS + r")(?:\s+[\p{L}’'-]+){0,4}?\s+(?:(?i:by\s+)?(?i:an?\s+)?)$"
)
# a tally that a later sentence's side of the vote names: also "the bill was carried 281-190"
_SIDED_TALLY_VERB = re.compile(_TALLY_VERB.pattern.replace(_TALLY_VERBS, _TALLY_VERBS + "|carried"))
_SIDE_OPENS = re.compile(  # "Voting for the motion were " 342; "Those voting against included " 12
    r"\s*(?:(?i:those|members|lawmakers|senators|MPs|councillors|councilors)\s+)?(?i:voting|who\s+voted)\s+"
    r"(?P<side>(?i:for|in\s+favou?r|against))\b(?:\s+[\p{L}’'-]+){0,4}?\s+"
    r"(?P<verb>(?i:were|was|included|include))\s+"
)
# a sentence that may speak of another occasion than the total before it
_OTHER_OCCASION = re.compile(
    r"\b(?i:separate|another|other|others|earlier|previous|previously|also|meanwhile|similar|last|ago|again|"
    r"since|so\s+far|to\s+date|this\s+(?:year|month|week|season)|total|in\s+all|altogether)\b"
)
_SUPERSEDED = re.compile(  # a figure that a later one may replace: "An earlier count had put the toll at 7"
    r"\b(?i:initial|initially|originally|earlier|previous|previously|had\s+(?:given|put|said|reported))\b"
)
_LINE_LABEL = re.compile(r"[ \t]*\p{Lu}[^\n:\d]{0,40}:[ \t]*")  # a line's label: "Italy: " 180
_HEADING = re.compile(r"\s*(?P<label>[^\n.:\d]{1,80}:)?\s*")  # "Confirmed nationalities:" above the lines
_PLACE_OPENS = re.compile(  # "In Kenya, ", or a name then the figure with no comma: "In Cebu city " five
    r"\s*(?i:in|across|at|on|near|outside|elsewhere|over)\b[^,]*,"
    r"|\s*(?i:in|across|at|near|outside)\s+(?i:the\s+)?\p{Lu}[\p{L}’'.-]*(?:\s+[\p{L}’'.-]+){0,3}\s+$"
)
_PLACE_COUNT_JOIN = re.compile(  # between two places' counts in parentheses: " deaths), Kabale ("
    r"(?:\s+\p{Ll}+)?\s*\)\s*(?:,\s*(?i:and\s+)?|\s+(?i:and)\s+)(?:\p{Lu}[\p{L}’'.-]*\s*){1,3}\(\s*"
)
_REPORTED_IN = re.compile(  # "Deaths were reported in the districts of " Kasese (5)
    r"\s*(?:\p{L}+\s+){1,2}(?i:were|was|have\s+been|had\s+been)\s+(?i:reported|recorded|confirmed|registered)\s+"
    r"(?i:in)\s+[^.;]*\($"
)
# a sentence that opens by naming a group, then lists its parts: "Among the dead were ", "The
# package includes ", "Those killed included ", "The Israelis, "
_GROUP_INCLUDES = re.compile(
    r"\s*(?:(?:(?i:among\s+(?:the|those)\s+)(?:[\p{L}-]+\s+)?(?P<word>\p{L}[\p{L}-]+)\s+(?i:were|are|was|is)\b"
    r"|(?i:the|this|that|those)\s+(?:[\p{L}-]+\s+)?(?P<word>\p{L}[\p{L}-]+)\s+(?:(?i:also|would|will|now)\s+)?"
    r"(?i:includes|included|include)\b)[^.;]*?"
    r"|(?i:the|those)\s+(?P<word>\p{L}[\p{L}-]+)\s*,\s*$"  # "The Israelis, " before "four children ..."
    # all of the group: "The dead were ", "The budget consists of "
    r"|(?i:the|those)\s+(?:[\p{L}-]+\s+)?(?P<word>\p{L}[\p{L}-]+)\s+(?:(?i:also|now)\s+)?"
    r"(?P<all>(?i:(?:were|are)(?:\s+(?:those\s+)?of)?|consists\s+of|consisted\s+of|comprises|comprised|"
    r"(?:is|was|are|were)\s+made\s+up\s+of))\s+)"
)
_PHRASE_ENDS = re.compile(r"[,;:.()—–]|\b(?i:and|or|but|while|with|as)\b")
_GROUP_WORD_REACH = 40  # characters around a figure in which a word naming its group stands: "killed 12"
_SIZE_BEFORE = re.compile(  # a group's size follows: "employs about ", "had ", "a workforce of "
    r"\b(?i:employs|employed|employing|has|had|have|counts|counted|numbers|numbered|(?:workforce|staff|"
    r"headcount|payroll|population|membership|enrollment|enrolment)\s+of)\s+(?:\p{L}+\s+)?$"
)
_SUBJECT_REACH = 6  # sentences before in which a figure-less subject's figure is looked for
_SIZE_REACH = 4  # sentences after a share in which its group's size may be given: "It employs 4,800"
# after a share: " of its workforce,", " of the population.", " of turnover." (no figure follows)
_OF_A_GROUP = re.compile(
    r"\s+(?i:of)\s+(?:(?P<owner>(?i:its|the|their|his|her|our|all))\s+(?:[\p{L}’'-]+\s+){0,2}?)?"
    r"(?P<word>\p{L}[\p{L}-]+)"
    r"(?:\s+(?i:worldwide|globally|there|overall|nationwide|in\s+total))?(?=\s*(?:[,.;:)]|$))"
)
# a clause ends at a semicolon or colon, or a full stop before a capital ("U.S. adults" has none)
# "including ", "of whom were ", "among them were " (not " housed in the ": a figure in a phrase
# is where the group is, "all of them living in two camps")
_CUE_TO_PART = re.compile(
    r"\s*(?:[\p{L}’'-]+\s+){0,3}(?<!\s(?i:in|at|into|across|inside|within|from|to|on)\s+(?:(?i:the)\s+)?)"
)
_CLAUSE_END = re.compile(r"[;:]|\.(?=\s+[\p{Lu}\d“\"‘']|\s*$)")
_RESTATED_PART = re.compile(
    r"\s*(?:\(\s*|,\s*(?i:or)\s+)"
)  # a share and its count: "35% (182)", "182, or 35%"
_OF_THOSE_OPENS = (
    re.compile(  # "Of those, " 7.3 million; "Of those waiting, "; "Of that (sum), "; "Of the total, "
        r"\s*(?i:of|among)\s+(?:(?i:those|these|them)(?:\s+\p{Ll}+){0,2}"
        r"|(?i:that|this)(?:\s+(?i:sum|total|amount|figure|number|budget|money))?"
        r"|(?i:the)\s+(?i:total|sum|amount))\s*,\s*"  # "Of the total, " Shs17.4 trillion
    )
)
_WERE_NEXT = re.compile(r"(?:\s+[\p{L}-]+){0,3}?\s+(?i:were|are)\s+")  # "Among the 125 dead were " 32
# a sentence that opens with a name: "Meta Platforms said", "Microsoft's" (not "The", "It", "In")
_NAME_OPENS = re.compile(
    r"\s*(?!(?:The|This|That|These|Those|It|Its|Their|They|He|She|We|In|On|At|By|For|Of|A|An|But|And|"
    r"Some|About|More|Most|All|Only|After|Before|Since|Last|Under|With|There|Here|Such|Each|Every|Both|"
    r"Another|Other|Nearly|Almost|Around|Just|Even|Also|So|Now|Then|Yet|Still|Overall|Meanwhile|"
    r"However|Together|Altogether)\b)(?P<name>\p{Lu}[\p{L}&.’'-]+)"
)
_POSSESSOR = re.compile(r"\s+[\p{L}-]+(?:s['’]|['’]s)(?!\p{L})")  # "14 charities' statement": a possessor
# " of the deaths", " of those killed", " of all cases": a group with no figure of its own
_OF_THE_WORD = re.compile(
    r"\s+(?i:of\s+(?:the|those|these|all(?:\s+the)?))\s+"
    r"(?!(?i:were|was|are|is|have|has|had|will|would|could|did|do|came|went)\b)"  # "Ninety of those were"
    r"(?P<word>\p{L}[\p{L}-]+)\b(?!\s*[\d$€£])(?:\s+(?P<next>\p{Ll}+))?"
)
_LATEST = frozenset(("new", "latest", "fresh", "additional", "recent", "newly", "further"))
_RESTRICTED = re.compile(  # after a group's words: a side or a named place that makes it a smaller group
    r"\s+(?i:on|from|in)\s+(?:(?i:the)\s+)?(?:(?:[\p{L}-]+\s+){0,2}(?i:side|sides)\b|\p{Lu}\p{Ll})"
)
_WHO_CLAUSE = re.compile(  # after a group's word, a clause that says which of them: " who sat the papers"
    r"\s+(?i:who|that|which)\s+(?:(?i:had|have|has|were|was|are|is)\s+(?:(?i:been)\s+)?)?(?P<verb>\p{L}+)"
)
_VERB_AFTER_GROUP = re.compile(  # a verb after a group, not its participle: "of the deaths were"
    r"(?i:were|was|are|is|had|have|has|will|would|could|did|do|died|remain|remained)"
)
_ATTACHED = re.compile(  # between a figure and one in a phrase on it: " goals in ", " people over the "
    r"(?:\s+[\p{L}’'-]+){0,3}?\s+(?i:in|over|across|from|during|at|among|on)\s+(?:(?i:the|its|their|his|her)\s+)?"
)
_OF_THOSE_WHO = re.compile(r"\s+(?i:of\s+those\s+(?:who|that))\b")  # " of those who voted"
_OF_THEM = re.compile(  # " of them", " of those" (but " of those killed" names its group: `_OF_THE_WORD`)
    r"\s+of\s+(?:them|whom|which|(?:those|these)\b(?!\s+(?!(?:were|are|was|is|had|have|has|will|would|could|"
    r"did|do|in|on|at|from|with|who|that|and|or)\b)\p{L}))\b",
    re.IGNORECASE,
)


@dataclass(slots=True)
class Links:
    """The links of one quantity, by index into the document's list of quantities."""

    part_of: int | None = None
    total_of: int | None = None
    converts: int | None = None
    times: int | None = None
    product: int | None = None  # on a multiplier: the figure it gives ("150 prisoners, three times as many")
    change_from: int | None = None
    change_to: int | None = None
    direction: int = 0  # +1 a rise, -1 a fall, 0 no change stated
    larger: int | None = None  # on a difference: the higher of the two figures it separates
    smaller: int | None = None  # on a difference: the lower ("an 11-point lead, 52% to 41%")
    beats: int | None = None  # on a new record: the old record it is said to break
    better: int = 0  # on a new record: +1 larger is better ("highest"), -1 smaller ("fastest")
    since: int | None = None  # on "the highest since 2009, when it hit 9.1%": the figure of that time
    ahead_of: int | None = None  # on a figure ranked ahead of another ("with 3,392, ahead of B with 2,836")
    completes: bool = False  # "the rest, 18": this part and the others of its whole make it up
    sums: bool = False  # "40 gold, 44 silver and 42 bronze for a total of 126": its parts add up to it
    unnumbered: int = 0  # on a whole that `sums`: its list's items with no figure ("and a boy"), one each
    average_of: int | None = None  # on an average: the total it divides ("30 goals in 24 games, 1.25 a game")
    per_count: int | None = None  # on an average: the count or span the total is divided by (the 24 games)
    per: str = ""  # on an average: the unit of time or thing it is per, as written ("game", "day")
    averaged_in: int | None = None  # on each item of a list: the average of the list
    inherits: frozenset[str] = frozenset()  # fields to copy from part_of: entity, event (one empty, shared)

    def join(self, whole: int, *inherits: str) -> None:
        """Make this quantity a part of `whole`, copying the `inherits` fields from it, unless it
        is a part of another whole already."""
        if self.part_of is None:
            self.part_of = whole
            self.inherits |= frozenset(inherits)


@dataclass(frozen=True, slots=True)
class Placed:
    """A quantity with what linking needs to know about where it stands."""

    quantity: Quantity
    sentence: int  # index of its sentence
    sentence_span: tuple[int, int]  # offsets of its sentence in the document
    event: str
    entity: str
    generic: bool  # its noun names no kind ("people", "the toll"): a list of kinds may break it down


Complements = Sequence[tuple[frozenset[str], ...]]  # sets of kinds that make all of a group
_Reading = TypeVar("_Reading", bound=Callable[..., None])


def _needs_two(reading: _Reading) -> _Reading:
    """A reading that relates figures within one sentence (its second argument, `amounts`) does
    nothing for a sentence of one figure: it is not called for one."""

    @functools.wraps(reading)
    def within(placed: Sequence[Placed], amounts: list[int], *args: Any) -> None:
        if len(amounts) > 1:
            reading(placed, amounts, *args)

    return cast(_Reading, within)


def link(
    placed: Sequence[Placed],
    text: str,
    group_nouns: Mapping[str, tuple[str, ...]] | None = None,
    said: re.Pattern[str] | None = None,
    events: Mapping[str, str] | None = None,
    complements: Complements = (),
) -> list[Links]:
    """Links for each quantity of a document whose prose is `text`; `group_nouns` are the wholes a
    share may name with no figure of its own ("8% of its workforce"), each with the other words
    that name that group ("employees", "employs"); `said` finds a verb of attribution ("said",
    "according to"), which opens a reported clause with a subject of its own; `events` maps an
    event word to its event ("deaths" -> dead), so "17 of the deaths" names the figure of the dead;
    `complements` are kinds that make all of a group between them ("fully" and "partly"; "gold",
    "silver" and "bronze")."""
    group_nouns = group_nouns or {}
    events = events or {}
    links = [Links() for _ in placed]
    by_sentence: dict[int, list[int]] = {}
    for i, item in enumerate(placed):
        by_sentence.setdefault(item.sentence, []).append(i)
    for sentence, members in by_sentence.items():
        previous = by_sentence.get(sentence - 1, [])
        before = [j for back in range(_SUBJECT_REACH, 0, -1) for j in by_sentence.get(sentence - back, [])]
        amounts = [
            i
            for i in members
            if placed[i].quantity.kind in AMOUNTS or placed[i].quantity.kind == "multiplier"
        ]
        if not amounts:
            continue  # dates, times and names only: nothing of this sentence to link
        _partitives(placed, amounts, text, links)
        _shares_made_up(placed, amounts, text, links)
        _leading_of(placed, amounts, text, links)
        _states_after_a_colon(placed, amounts, text, links)
        _inclusions(placed, amounts, text, links, said)
        _breakdowns(placed, amounts, text, links)
        _places_with(placed, amounts, text, links)
        _parenthesized_breakdown(placed, amounts, text, links)
        _named_items_after_a_colon(placed, amounts, text, links)
        _kinds_in_brackets(placed, amounts, text, links, complements)
        _tallies(placed, amounts, previous, text, links)
        _adverbial_parts(placed, amounts, text, links)
        _places_within_the_whole(placed, amounts, text, links)
        _list_totals(placed, amounts, text, links)
        _totals_of_the_list_before(placed, amounts, previous, text, links)
        _totals(placed, amounts, text, links)
        _conversions(placed, amounts, text, links)
        _changes(placed, amounts, previous, text, placed[members[0]].sentence_span, links)
        _changes_told_by_their_amount(placed, amounts, text, links)
        _changes_as_subjects(placed, amounts, text, links)
        _market_moves(placed, amounts, text, links)
        _shares_of_a_change(placed, amounts, text, links)
        _amounts_of_a_change(placed, amounts, text, links)
        _changes_named_back(placed, amounts, previous, text, links)
        _premiums(placed, amounts, previous, before, text, links)
        _comparisons(placed, amounts, text, links)
        _amounts_more_than_before(placed, amounts, text, links)
        _changes_meant(placed, amounts, text, links)
        _starts_told_when(placed, amounts, text, links)
        _respective_starts(placed, amounts, text, links)
        _starts_named_back(placed, amounts, text, links)
        _ends_of_the_change_before(placed, amounts, before, text, links)
        _amount_of_the_share_before(placed, amounts, before, text, links)
        _starts_after(placed, amounts, previous, text, links)
        _differences(placed, amounts, previous, text, links)
        _nets(placed, amounts, previous, text, links)
        _margins_of_the_split_before(placed, amounts, previous, text, links)
        _splits_of_the_margin_before(placed, amounts, before, text, links)
        _records(placed, amounts, text, links)
        _records_of_the_sentence_before(placed, amounts, previous, text, links)
        _highest_since(placed, amounts, text, links)
        _ranked(placed, amounts, text, links)
        _multipliers(placed, amounts, previous, text, links)
        _unit_prices(placed, amounts, text, links)
        _averages(placed, amounts, text, links)
        _averages_of_the_sentence_before(placed, amounts, previous, text, links)
        _list_averages(placed, amounts, text, links)
        _of_those(placed, amounts, previous, text, links)  # before "of them": "Of those, 80 ..., 13 of them"
        _of_them(placed, amounts, previous, text, links)
        _list_of_the_group_before(placed, amounts, previous, text, links)
        _other_side_of_a_part(placed, amounts, text, links)
        recent = [*by_sentence.get(sentence - 3, []), *by_sentence.get(sentence - 2, []), *previous]
        _of_the_group(placed, amounts, recent, text, links)
        _of_a_named_group(placed, amounts, before, text, events, links)
        _breakdowns_by_event(placed, amounts, previous, text, events, links)
        _group_inclusions(placed, amounts, recent, text, events, links)
        _sides_of_the_tally_before(placed, amounts, text, links)
        _sides_voted(placed, amounts, text, links)
        earlier = by_sentence.get(sentence - 2, [])
        _breakdown_of_the_total_before(placed, amounts, members, previous, earlier, before, text, links)
        _lines_under_a_total(placed, amounts, previous, earlier, before, text, links)
        _total_lines(placed, amounts, text, links)
        _semicolon_breakdown(placed, amounts, text, links)
        _passengers_and_crew(placed, amounts, before, text, links)
        _tolls_by_place(placed, amounts, before, text, links)
        _change_of_the_years_before(placed, amounts, before, text, links)
        _amount_and_share_of_a_change(placed, amounts, text, links)
        _seats_of_the_chamber(placed, amounts, text, links)
        upcoming = [j for ahead in range(1, _SIZE_REACH + 1) for j in by_sentence.get(sentence + ahead, [])]
        _shares_of_a_group(placed, amounts, recent, upcoming, text, group_nouns, links)
        _rates_of_two_counts(placed, amounts, text, links)
        _shares_compared(placed, amounts, text, links)
        _apposed_shares(placed, amounts, text, links)  # after the shares found their wholes
        _shares_of_a_part(placed, amounts, text, links)
        _split_shares(placed, amounts, text, links)
        _remainders(placed, amounts, previous, recent, text, links)
        _complementary_parts(placed, amounts, text, complements, links)
        _all_kinds_named(placed, amounts, complements, links)
    _seats_listed_under_the_chamber(placed, by_sentence, text, links)
    _starts_of_the_end(links)
    _no_changes_of_split_sides(placed, text, links)
    return links


def _no_changes_of_split_sides(placed: Sequence[Placed], text: str, links: list[Links]) -> None:
    """'leading 45-42, up from a 43-43 tie': a side of a split or a score is no end of a change
    (the lead moved, not the 42); such a reading is dropped."""
    for i, rel in enumerate(links):
        ends = [e for e in (rel.change_from, rel.change_to) if e is not None]
        if not ends:
            continue
        told_by_ends = rel.change_to is None  # "42, up from 43": the end carries the link
        if any(_is_split_side(placed, e, text) for e in ends) or (
            told_by_ends and _is_split_side(placed, i, text)
        ):
            rel.change_from = rel.change_to = None
            if told_by_ends:
                rel.direction = 0


def _starts_of_the_end(links: list[Links]) -> None:
    """'jumped 60 percent to 35, up from 28 in 2016': a change by a share or an amount to an end
    that is told 'up from' a start of its own, the same way, runs from that start."""
    for rel in links:
        end = rel.change_to
        if rel.direction and end is not None and rel.change_from is None:
            start = links[end].change_from
            if start is not None and links[end].direction == rel.direction and links[end].change_to is None:
                rel.change_from = start


_WORDS = re.compile(r"\p{L}+")


def _complementary_parts(
    placed: Sequence[Placed],
    amounts: list[int],
    text: str,
    complements: Complements,
    links: list[Links],
) -> None:
    """'Of the 900 homes damaged, 300 were destroyed outright and 560 partially': a part told
    as one of two kinds that make all of a group between them (the lexicon's `complements`), and a
    figure of the same measure after it in its sentence told as the other kind, are the two parts
    of the part's whole, and add up to it (`sums`). Only where the whole has no other part in the
    sentence, and no figure of the measure stands between the two."""
    for position, i in enumerate(amounts):
        whole = links[i].part_of
        if whole is None or placed[i].quantity.kind not in ("count", "money", "measure"):
            continue
        for step, j in enumerate(amounts[position + 1 :], position + 1):
            if not _same_measure(placed, i, j):
                continue
            if links[j].part_of not in (None, whole) or any(
                k not in (i, j) and links[k].part_of == whole for k in amounts
            ):
                break  # another part of the whole in the sentence (read in time linear in the text)
            end = placed[j].sentence_span[1]
            if step + 1 < len(amounts):
                end = min(end, placed[amounts[step + 1]].quantity.start)
                if _LIST_JOIN.fullmatch(text, placed[j].quantity.end, end):
                    break  # "... and 248 girls, plus 264 children": a longer list
            first = {
                w.lower() for w in _WORDS.findall(text, placed[i].quantity.end, placed[j].quantity.start)
            }
            second = {w.lower() for w in _WORDS.findall(text, placed[j].quantity.end, end)}
            for one, other in (kinds for kinds in complements if len(kinds) == 2):
                for a, b in ((one, other), (other, one)):
                    if first & a and second & b and not first & b and not second & a:
                        links[j].join(whole, "entity")
                        links[whole].sums = True
            break


def _names_all_kinds(placed: Sequence[Placed], parts: Sequence[int], complements: Complements) -> bool:
    """Whether the nouns of `parts` are the kinds of one of `complements`, one part of each kind:
    "19 gold, 21 silver and 20 bronze" are all the medals there are."""
    nouns = [placed[p].entity for p in parts]
    return any(
        len(kinds) == len(nouns) and all(sum(noun in kind for noun in nouns) == 1 for kind in kinds)
        for kinds in complements
    )


@_needs_two
def _all_kinds_named(
    placed: Sequence[Placed],
    amounts: list[int],
    complements: Complements,
    links: list[Links],
) -> None:
    """'won 107 medals (28 gold, 38 silver and 41 bronze)': a whole whose parts in its sentence
    name each kind of a group once (the lexicon's `complements`) is their sum."""
    parts: dict[int, list[int]] = {}
    for i in amounts:
        whole = links[i].part_of
        if whole is not None and placed[whole].sentence == placed[i].sentence:
            parts.setdefault(whole, []).append(i)
    for whole, named in parts.items():
        if len(named) > 1 and _names_all_kinds(placed, named, complements):
            links[whole].sums = True


def _measured_as(placed: Sequence[Placed], i: int) -> tuple[str, str]:
    """The kind and unit of quantity `i`: amounts that may be added or compared share both."""
    return placed[i].quantity.kind, placed[i].quantity.unit


_SUBUNITS = {"USD_cent": "USD", "GBX": "GBP"}  # a currency's hundredths: "31 cents below $3.89"


def _same_measure(placed: Sequence[Placed], a: int, b: int) -> bool:
    """Whether two amounts may be added or compared: of one kind and unit, or sums of money in
    one currency, one of them in its hundredths ("$3.58, 31 cents below the peak of $3.89")."""
    (kind_a, unit_a), (kind_b, unit_b) = _measured_as(placed, a), _measured_as(placed, b)
    if kind_a != kind_b:
        return False
    return unit_a == unit_b or (
        kind_a == "money" and _SUBUNITS.get(unit_a, unit_a) == _SUBUNITS.get(unit_b, unit_b)
    )


def _gap(text: str, left: Quantity, right: Quantity) -> str:
    return text[left.end : right.start]


def _one_list(
    placed: Sequence[Placed], items: list[int], text: str, join: re.Pattern[str] | None = None
) -> bool:
    """Whether the figures `items` stand in one list, each joined to the one before by `join`
    (`_LIST_JOIN` unless given: " women and ", " children, ")."""
    pattern = join or _LIST_JOIN
    return all(
        pattern.fullmatch(text, placed[a].quantity.end, placed[b].quantity.start)
        for a, b in itertools.pairwise(items)
    )


@_needs_two
def _partitives(placed: Sequence[Placed], amounts: list[int], text: str, links: list[Links]) -> None:
    for a, b in itertools.pairwise(amounts):
        qa, qb = placed[a].quantity, placed[b].quantity
        if qa.kind == "multiplier" or qb.kind in ("fraction", "percent") or qa.kind not in AMOUNTS:
            continue
        gap = _gap(text, qa, qb)
        if _EACH_AFTER.match(text, qb.end, placed[b].sentence_span[1]):
            continue  # "gave A and B nine of the 24 delegates each": a part for each, not one part
        if _OF.fullmatch(gap) or (qa.kind == "fraction" and _SHARE_OF_THE.fullmatch(gap)):
            links[a].join(b, "entity")
    # "412,300, or 61.2 per cent, of the 673,700 pupils": a share set off between a part
    # and its "of the" whole restates the part as a share of that whole
    for a, share, b in zip(amounts, amounts[1:], amounts[2:], strict=False):
        qa, qs, qb = placed[a].quantity, placed[share].quantity, placed[b].quantity
        if (
            qa.kind not in WHOLE_KINDS
            or qs.unit != "percent"
            or _measured_as(placed, a) != _measured_as(placed, b)
        ):
            continue
        comma = _COMMA.match(text, qs.end, qb.start)
        if (
            comma
            and _SHARE_SET_OFF.fullmatch(text, qa.end, qs.start)
            and _OF.fullmatch(text, comma.end(), qb.start)
        ):
            links[a].join(b, "entity")
            links[share].join(b)


_EACH_AFTER = re.compile(r"(?:\s+[\p{L}’'-]+){0,2}?\s+(?i:each|apiece)\b")  # " delegates each"
_MAKES_UP = re.compile(  # between a part and the share it makes: " makes up ", " accounted for about "
    r"(?:\s+[\p{L}’'-]+){0,3}?\s+(?i:makes?\s+up|made\s+up|accounts?\s+for|accounted\s+for|represents?|"
    r"represented)\s+(?i:(?:about|some|nearly|almost|roughly|around|just\s+over|more\s+than)\s+)?"
)
_SHARE_OF_NAMED = re.compile(  # between the share and its whole: " of its total installed capacity of "
    r"\s+(?i:of)\s+(?i:the|its|their|all)\s+(?:[\p{L}’'-]+\s+){1,4}(?i:of)\s+"
)


@_needs_two
def _shares_made_up(placed: Sequence[Placed], amounts: list[int], text: str, links: list[Links]) -> None:
    """'Hydropower's 46.9 GW makes up 11% of its total installed capacity of 430 GW': the share a
    part makes up of a whole named after it, its noun and figure given ('of its total ... of')."""
    for part, share, whole in zip(amounts, amounts[1:], amounts[2:], strict=False):
        if (
            placed[share].quantity.unit != "percent"
            or placed[part].quantity.kind not in WHOLE_KINDS
            or not _same_measure(placed, part, whole)
            or links[part].part_of is not None
        ):
            continue
        if _MAKES_UP.fullmatch(text, placed[part].quantity.end, placed[share].quantity.start) and (
            _SHARE_OF_NAMED.fullmatch(text, placed[share].quantity.end, placed[whole].quantity.start)
        ):
            links[part].join(whole)
            links[share].join(whole)


# before a figure foreseen, not counted: "had projected at least 213 million", "is forecast to reach"
_PROJECTED = re.compile(r"\b(?i:projected|projects|projection|forecast|forecasts|predicted|predicts)\b")


def _shares_of_a_group(
    placed: Sequence[Placed],
    amounts: list[int],
    recent: list[int],
    upcoming: list[int],
    text: str,
    group_nouns: Mapping[str, tuple[str, ...]],
    links: list[Links],
) -> None:
    """'The U.S. had a population of 331 million ... 62 million people, or 18.7% of the
    population', 'employs 22,000 people ... 1,800 jobs, or 8% of its workforce': a share of a
    group named by one of the `group_nouns`, with no figure of its own, is a share of the figure
    that noun (or another word for its group) names in its sentence or the three before, unless
    its sentence opens with a name those do not give ("Alphabet had 186,779 employees ... Meta
    said it would lay off 11,000 workers, about 13% of its staff"); failing those, of the one
    figure so named, after a verb or noun of size (`_SIZE_BEFORE`), in the `_SIZE_REACH`
    sentences after ("will cut 336 jobs, about 8% of its staff. It had about 4,800 people on its
    payroll"), unless that sentence opens with a name the share's sentence does not give ("...
    about 6% of the group's workforce. Northwind Bank ... had about 9,000 employees"). A figure
    being cut ("shed 4,000 staff") is never the group's size."""
    for i in amounts:
        quantity = placed[i].quantity
        if quantity.kind not in _SHARES or links[i].part_of is not None:
            continue
        group = _OF_A_GROUP.match(text, quantity.end, placed[i].sentence_span[1])
        noun = group.group("word").lower() if group else ""
        if _TURNOUT_BEFORE.search(text, placed[i].sentence_span[0], quantity.start):
            noun = "turnout"  # a share of those who could vote: "a turnout of about 38%"
        if noun not in group_nouns:
            continue
        # "Meta said it would lay off 11,000 workers, about 13% of its staff": its own group; "the
        # landings" need not be the subject's ("Herring made up 9,100 tonnes, or 24% of the landings")
        owned = group is None or (group.group("owner") or "the").lower() not in ("the", "all")
        opening = _NAME_OPENS.match(text, placed[i].sentence_span[0])  # the name its sentence opens with
        subject = opening if owned else None
        # the figure the share restates is no whole of it: "390 employees, or about 8% of its staff"
        restated = [j for j in amounts if _APPOSED.fullmatch(text, placed[j].quantity.end, quantity.start)]
        earlier = [
            j
            for j in [*recent, *amounts]
            if placed[j].quantity.end <= quantity.start
            and j not in restated
            and placed[j].event != "decreased"  # "shed 4,000 staff" is a cut, not the staff's size
            and not _PROJECTED.search(text, placed[j].sentence_span[0], placed[j].quantity.start)
            and (
                placed[j].sentence == placed[i].sentence
                or subject is None
                or subject.group("name") in text[slice(*placed[j].sentence_span)]
            )
        ]
        whole = _group_whole(placed, earlier, (noun, *group_nouns[noun]), text)
        if whole is None:  # a later sentence that gives the group's size: "The plant employs about 1,450"
            sized = [
                j
                for j in upcoming
                if _SIZE_BEFORE.search(
                    text,
                    max(placed[j].sentence_span[0], placed[j].quantity.start - 60),
                    placed[j].quantity.start,
                )
                # "Northwind Bank ... had about 9,000 employees": a sentence on another name's (but
                # "As of March, Norbank had about 6,000 staff" names the share's own, "Norbank")
                and _of_the_same_name(text, opening, placed[j].sentence_span)
            ]
            whole = _group_whole(placed, sized, (noun, *group_nouns[noun]), text)
        if whole is not None:
            links[i].join(whole)


def _of_the_same_name(text: str, opening: re.Match[str] | None, later: tuple[int, int]) -> bool:
    """Whether a later sentence is on the share's name: it opens with no name, or names the one
    the share's sentence opens with (`opening`)."""
    if _NAME_OPENS.match(text, later[0]) is None:
        return True
    return opening is not None and opening.group("name") in text[later[0] : later[1]]


# between the deaths and a share of the cases they name: " deaths, a case fatality rate of "
_FATALITY_RATE = re.compile(
    r"(?:\s+[\p{L}-]+){0,2}?\s*,\s*(?i:a|an|or\s+a|for\s+a|giving\s+a)\s+(?i:case\s+)?"
    r"(?:(?i:fatality|death|mortality)\s+(?i:rate|ratio)(?:\s+\((?i:cfr)\))?|(?i:cfr))\s+(?i:of\s+)?"
    r"(?i:(?:about|around|some|roughly|nearly|almost)\s+)?"
)
# after "X of Y <noun>", before the rate it makes: ", a record-low acceptance rate of ", " pupils who
# sat the test passed, a pass rate of "
_RATE_APPOSED = re.compile(
    r"(?:\s+[\p{L}-]+){0,6}?\s*,\s*(?i:a|an|or\s+an?|for\s+an?|giving\s+an?)\s+(?:[\p{L}-]+\s+){0,3}?"
    r"(?i:rate|share|ratio|proportion)\s+(?i:of\s+)?"
    r"(?i:(?:about|around|some|roughly|nearly|almost|just\s+over|over)\s+)?"
)
# between a count and a rate set off after it: " deaths nationwide, a case fatality rate of "
_RATE_SET_OFF = re.compile(
    r"(?:\s+[\p{L}’'-]+){0,3}?\s*,\s*(?i:a|an)\s+(?:[\p{L}-]+\s+){0,3}?(?i:rate|ratio|share)\s+(?i:of\s+)?"
)
# between the cases and the deaths told by their verbs: " people and killed ", " and has killed "
_VERB_LIST_JOIN = re.compile(r"(?:\s+[\p{L}’'-]+){0,2}?\s*,?\s+(?i:and)\s+(?:(?i:has|have|had)\s+)?\p{L}+\s+")
_WITH_PART = re.compile(r"\s*,\s*(?i:with)\s+(?i:(?:about|some|nearly|almost|roughly|more\s+than|over)\s+)?")
_MEANING = re.compile(  # between a share and the "X of Y" it stands for: "55%, meaning that "
    r"(?:\s+[\p{L}-]+){0,3}?\s*,\s*(?i:meaning|which\s+means|that\s+is|i\.e\.)\s+(?i:that\s+)?"
    r"(?i:(?:about|some|nearly|almost|roughly|more\s+than|over|only|just)\s+)?"
)
_OF_ITS_OWN = re.compile(r"\s+(?i:of)\b")  # after a share: " of all schools", a whole of its own
_CASTING_ENDS = re.compile(  # after the whole of a turnout's count: " registered voters casting ballots."
    r"(?:\s+[\p{L}-]+){0,3}?\s+(?i:casting|cast|voting|voted|turning\s+out|turned\s+out|"
    r"(?:going|went|gone)\s+to\s+the\s+polls)"
    r"(?:\s+(?i:their\s+)?(?i:ballots?|votes?))?\s*[.;]"
)


@_needs_two
def _rates_of_two_counts(placed: Sequence[Placed], amounts: list[int], text: str, links: list[Links]) -> None:
    """A rate named as the share of two counts beside it: '12,400 cases and 186 deaths, a case
    fatality rate of 1.5%', 'has infected 2,400 people and killed 96, a fatality rate of 4%' (the
    deaths and the rate are parts of the cases, or of the infected, also with a detail of the
    cases between: '12,400 cases, 300 of them in children, and 186 deaths'); 'Turnout was 52%,
    with 1,805,960 of 3,465,736 registered voters casting ballots', 'a pass rate of 83%, meaning
    that 160 of 192 candidates passed' (the share is a share of the whole after it)."""
    for position in range(2, len(amounts)):
        b, share = amounts[position - 1], amounts[position]
        a = amounts[position - 2]
        for earlier in reversed(amounts[: position - 2]):  # "12,400 cases, 300 of them in children, and 186"
            if links[a].part_of != earlier:
                break
            a = earlier
        qa, qb, qs = placed[a].quantity, placed[b].quantity, placed[share].quantity
        if qa.kind != "count" or qb.kind != "count" or qs.unit != "percent":
            continue
        if not _FATALITY_RATE.fullmatch(text, qb.end, qs.start):
            continue
        details = amounts[amounts.index(a) + 1 : position - 1]
        start = placed[details[-1]].quantity.end if details else qa.end
        if not (
            _LIST_JOIN.fullmatch(text, start, qb.start) or _VERB_LIST_JOIN.fullmatch(text, start, qb.start)
        ):
            continue
        deaths = [i for i in (a, b) if placed[i].event == "dead"]
        cases = [
            i
            for i in (a, b)
            if (placed[i].entity == "case" or placed[i].event == "infected") and placed[i].event != "dead"
        ]
        if len(deaths) == len(cases) == 1:
            links[deaths[0]].join(cases[0])
            links[share].join(cases[0])
    for first, second, share in zip(amounts, amounts[1:], amounts[2:], strict=False):
        # "admitted 2,138 of 42,167 applicants, an acceptance rate of 5%"; the whole first: "Of 52,400
        # entries, 41,230 earned a pass, a pass rate of 78.7%" (not "..., a share of 4% of all schools")
        whole = second if links[first].part_of == second else first
        if (
            placed[share].quantity.unit == "percent"
            and whole in (links[first].part_of, links[second].part_of)
            and links[share].part_of is None
            and _RATE_APPOSED.fullmatch(text, placed[second].quantity.end, placed[share].quantity.start)
            and not _OF_ITS_OWN.match(text, placed[share].quantity.end)
        ):
            links[share].join(whole)
    for share, part in itertools.pairwise(amounts):
        whole = links[part].part_of
        if (
            placed[share].quantity.unit != "percent"
            or whole is None
            or placed[whole].quantity.start < placed[part].quantity.start
            or links[share].part_of is not None
        ):
            continue
        opening = placed[share].sentence_span[0]
        with_part = _WITH_PART.fullmatch(text, placed[share].quantity.end, placed[part].quantity.start)
        if (
            _MEANING.fullmatch(text, placed[share].quantity.end, placed[part].quantity.start)
            or (
                with_part
                and _TURNOUT_BEFORE.search(text, opening, placed[share].quantity.start)
                and _CASTING_ENDS.match(text, placed[whole].quantity.end, placed[whole].sentence_span[1])
            )
            or (  # "The pass rate was 70%, with 3,150 of the 4,500 candidates passing."
                with_part
                and _RATE_NAMED_BEFORE.search(text, opening, placed[share].quantity.start)
                and _DOING_ENDS.match(text, placed[whole].quantity.end, placed[whole].sentence_span[1])
            )
        ):
            links[share].join(whole)


def _group_whole(
    placed: Sequence[Placed], candidates: list[int], words: Sequence[str], text: str
) -> int | None:
    """The figure among `candidates` that the first of `words` naming one names."""
    for word in words:
        whole = _named_whole(placed, candidates, word, WHOLE_KINDS, text)
        if whole is not None:
            return whole
    return None


@_needs_two
def _apposed_shares(placed: Sequence[Placed], amounts: list[int], text: str, links: list[Links]) -> None:
    """'1,800 jobs, about 8% of its workforce of 22,000', 'half of the 300 staff, or 150 people',
    '5,000 people, 60% of them in Europe, or 3,000 workers', '$10 billion of stock, about 5% of
    its market value of $200 billion': an amount restated as a share of a whole of the same
    kind is a part of that whole too."""
    for position, (a, b) in enumerate(itertools.pairwise(amounts)):
        qa, qb = placed[a].quantity, placed[b].quantity
        part = whole = None
        if qa.kind in WHOLE_KINDS and qb.kind in _SHARES:
            part, whole = a, links[b].part_of  # the count, then the share of the whole
        elif (
            qa.kind in _SHARES
            and qb.kind in WHOLE_KINDS
            and links[a].part_of not in (None, *amounts[position:])
        ):
            part, whole = b, links[a].part_of  # the whole (here or in another sentence), the share, the count
        elif qa.kind in WHOLE_KINDS and qb.kind == qa.kind and position > 0:
            share = amounts[position - 1]  # the share of the whole, then the count
            if placed[share].quantity.kind in _SHARES and links[share].part_of == a:
                part, whole = b, a
        if (
            part is None
            or whole is None
            or part in (whole, links[whole].part_of)
            or links[part].part_of is not None
        ):
            continue  # nor a whole of its own part: "150 of its 1,300 stores, 40% of them in Ohio"
        qp, qw = placed[part].quantity, placed[whole].quantity
        shares = [placed[i].quantity for i in (a, b) if placed[i].quantity.kind in _SHARES]
        if any(q.unit == "percent" and q.value > 100 for q in shares):
            continue  # "290mm, 322% of its 90mm average": a ratio above the whole, no part of it
        if _other_noun_restated(placed, amounts, part, whole):
            continue  # "57 health areas in 12 zones, or 42% of the 135 areas": the areas' share
        if (qp.kind, qp.unit) == (qw.kind, qw.unit) and _APPOSED.fullmatch(_gap(text, qa, qb)):
            links[part].join(whole, "entity")


# between a count and its share set off right after it: " (" 45.4%), ", or " 45.4%, " yes votes ("
_SPLIT_SHARE_SET_OFF = re.compile(r"(?:\s+[\p{L}’'-]+){0,3}?\s*(?:\(\s*|,\s*(?i:or)\s+)")
# after a split's last share, before the whole it is out of: ") said yes, out of "
_OUT_OF_AFTER = re.compile(r"[^\d;.]{0,40}?\b(?i:out\s+of)\s+(?:(?i:the|a|an|all)\s+)?")


@_needs_two
def _split_shares(placed: Sequence[Placed], amounts: list[int], text: str, links: list[Links]) -> None:
    """'875 yes votes (45.4%) and 1,252 no votes (54.6%)', 'won 48,903 votes, or 53.1%, to
    Lenoir's 43,190, or 46.9%': counts of a sentence each with its share set off right after it,
    the shares adding up to 100% within their rounding, split their own sum; each share restates
    its count (`converts`), and NC124 holds it to the count's share of the counts' sum. Only
    when the counts are all of their measure in the sentence, none a part of a whole named or
    bounded, and the shares no changes and of nothing named (those are NC104's)."""
    pairs = [
        (a, b)
        for a, b in itertools.pairwise(amounts)
        if placed[a].quantity.kind == "count"
        and not links[a].direction  # "rose 5,000 (50%)": a change and its share
        and _a_share(placed, b, links)
        and _SPLIT_SHARE_SET_OFF.fullmatch(text, placed[a].quantity.end, placed[b].quantity.start)
    ]
    if len(pairs) < 2:
        return
    counts = [a for a, _ in pairs]
    measure = _measured_as(placed, counts[0])
    others = [i for i in amounts if _measured_as(placed, i) == measure and i not in counts]
    last = placed[pairs[-1][1]].quantity.end
    if (
        len(others) == 1
        and placed[others[0]].quantity.start > last
        and _OUT_OF_AFTER.fullmatch(text, last, placed[others[0]].quantity.start)
        and all(links[i].part_of is None for pair in pairs for i in pair)
    ):
        for pair in pairs:  # "5,120 (58.3%) said no and 3,661 (41.7%) yes, out of 8,781 ballots cast"
            for i in pair:
                links[i].join(others[0])
        return
    if (
        others
        or any(links[a].part_of is not None or placed[a].quantity.qualifier for a in counts)
        or any(
            links[b].part_of is not None or links[b].converts is not None or placed[b].quantity.qualifier
            for _, b in pairs
        )
    ):
        return
    shares = [placed[b].quantity for _, b in pairs]
    # each share within its rounding: half the width of its bounds ("45.41%": 0.005)
    slack = 1e-9 + sum((q.bounds.high - q.bounds.low) / 2 for q in shares)
    if abs(sum(q.value for q in shares) - 100.0) <= slack:
        for a, b in pairs:
            links[b].converts = a


def _other_noun_restated(placed: Sequence[Placed], amounts: list[int], part: int, whole: int) -> bool:
    """Whether `part` counts another noun than `whole`, and an earlier figure of its sentence
    counts the whole's noun: that one, not `part`, is what the whole's share restates."""
    noun = placed[whole].entity
    return (
        bool(noun)
        and placed[part].entity not in ("", noun)
        and any(
            placed[i].entity == noun and placed[i].quantity.start < placed[part].quantity.start
            for i in amounts
            if i != whole
        )
    )


# "more than", "fewer than": what compares a figure with another, and which way
_COMPARATIVE_THAN = r"\s+(?:(?P<up>(?i:more|higher))|(?i:fewer|less|lower))\s+(?i:than)"
_SHARE_COMPARED = re.compile(_COMPARATIVE_THAN + r"\b")


@_needs_two
def _shares_compared(placed: Sequence[Placed], amounts: list[int], text: str, links: list[Links]) -> None:
    """'services attended 231,067 of them, two percent more than in the previous year': a share
    said to be more or less than something is a change by that share (a rise or a fall), never a
    share of a whole beside it."""
    for i in amounts:
        quantity = placed[i].quantity
        compared = _SHARE_COMPARED.match(text, quantity.end) if quantity.unit == "percent" else None
        if compared and not links[i].direction and links[i].part_of is None:
            links[i].direction = 1 if compared.group("up") else -1


@_needs_two
def _shares_of_a_part(placed: Sequence[Placed], amounts: list[int], text: str, links: list[Links]) -> None:
    """'Of these, 3,857,308 cast a ballot, a turnout of 12.1 percent', '..., 120 were nurses, or
    40%': a share set off right after a part of a whole, with no whole of its own, is that
    part's share of the same whole (NC104 then checks the two agree). Not a share of a change
    ('or 40% more than ...')."""
    for a, b in itertools.pairwise(amounts):
        qa, qb = placed[a].quantity, placed[b].quantity
        whole = links[a].part_of
        if (
            whole is None
            or qa.kind != "count"
            or qb.unit != "percent"
            or links[b].part_of is not None
            or links[b].direction
            or qb.value > 100
            or _COMPARED_AFTER.match(text, qb.end)
            or _CHANGE_AFTER_SHARE.match(text, qb.end)
        ):
            continue
        if _APPOSED.fullmatch(_gap(text, qa, qb)) and _SHARE_ENDS.match(
            text, qb.end, placed[b].sentence_span[1]
        ):
            links[b].join(whole)


_SPLIT_SIDE_BEFORE = re.compile(
    r"\d(?:\s?[-–]\s?|:)$"
)  # "39-" before 1, "49:" before 7: a split's second side
_CHANGE_AFTER_SHARE = re.compile(r"\s+(?i:more|less|fewer|higher|lower|up|down|above|below|over|under)\b")
_SHARE_ENDS = re.compile(r"\s*(?:[,.;:)]|$|(?i:of\s+(?:those|them|the\s+(?:total|electorate|whole))))")


@_needs_two
def _leading_of(placed: Sequence[Placed], amounts: list[int], text: str, links: list[Links]) -> None:
    """'Of the 240 hostages, 110 were released and 138 remain held': the whole comes first, in
    a phrase that opens its sentence or clause; the count after its comma is a part, and so is
    each count after that in another state (event) than the parts before it. With no comma,
    the count right after 'were' is a part: 'Among the 125 dead were 32 children'."""
    for position, whole in enumerate(amounts):
        qw = placed[whole].quantity
        opening = text[placed[whole].sentence_span[0] : qw.start]
        following = amounts[position + 1 :]
        if qw.kind not in ("count", "money") or not following or not _LEADING_OF.search(opening):
            continue  # (a sum too: "Of the $95.9 million budget, $23.7 million came from ...")
        if placed[following[0]].quantity.kind == "count" and _WERE_NEXT.fullmatch(
            text, qw.end, placed[following[0]].quantity.start
        ):
            links[following[0]].join(whole, "event")  # "Among the 125 dead were 32 children"
            continue
        comma = _UP_TO_COMMA.match(text, qw.end, placed[whole].sentence_span[1])
        if comma is None:
            continue
        # the parts come after the comma: "Of the 170 cases among more than 43,000 volunteers, 162 ..."
        following = [f for f in following if placed[f].quantity.start >= comma.end()]
        if following and placed[following[0]].quantity.start == comma.end():
            _parts_after_the_opening(placed, whole, following, text, links)


# between a whole and the first part after its colon: " houses were damaged across the region: "
_COLON_THEN = re.compile(r"[^\d:;.]{0,120}?:\s*")
_STATE_VERB = re.compile(r"\s+(?i:were|was|are|is|had|have|has|remain|remained)\b")  # " were destroyed"


@_needs_two
def _states_after_a_colon(
    placed: Sequence[Placed], amounts: list[int], text: str, links: list[Links]
) -> None:
    """'Some 900 homes were damaged: 300 were destroyed outright and 560 partly damaged', 'Police
    held 40 people: 12 were charged and 28 released': a count (or a sum) before a colon, then one
    of its measure right after the colon with a verb of its own, opens the parts of the first as
    'Of the 40 held, ...' does: the count after the colon is a part, and so is each count after it
    in another state than the parts before it."""
    for position, (whole, first) in enumerate(itertools.pairwise(amounts), 1):
        qw, qf = placed[whole].quantity, placed[first].quantity
        if (
            qw.kind in ("count", "money")
            and _same_measure(placed, whole, first)
            and links[first].part_of is None
            and _COLON_THEN.fullmatch(text, qw.end, qf.start)
            and _STATE_VERB.match(text, qf.end)
        ):
            _parts_after_the_opening(placed, whole, amounts[position:], text, links)


def _of_those(
    placed: Sequence[Placed], amounts: list[int], previous: list[int], text: str, links: list[Links]
) -> None:
    """'Fighting has forced more than 10 million people from their homes. Of those, about 7.3
    million have fled within Sudan and more than 2 million have crossed ...': an opening 'Of
    those,' ('Of those waiting,') names the one count of the sentence before (the start of a
    change there is none) as the whole of the parts after it."""
    if not amounts or not _OF_THOSE_OPENS.fullmatch(
        text, placed[amounts[0]].sentence_span[0], placed[amounts[0]].quantity.start
    ):
        return
    starts = {links[i].change_from for i in previous}  # "fell to 7.54 million from 7.61 million"
    bases = {links[i].times for i in previous}  # "more than twice the 51,906 of 2020": a yardstick
    counts = [
        i
        for i in previous
        if placed[i].quantity.kind in ("count", "money")
        and i not in starts
        and i not in bases
        and not _COMPARED_LATER.search(text, placed[i].sentence_span[0], placed[i].quantity.start)
        and not _is_rate(placed, i, text)
    ]  # "520 new cases, compared with 610 a week before": 610 is the reference, not the group
    # "88 people were taken to hospital, four of them children. Of those, ...": the group, not a detail of
    # it (but "91,298 of them sat the papers. Of those who sat, ..." may name the part)
    counts = [
        i
        for i in counts
        if links[i].part_of not in counts or not _DETAIL_OF_THEM.match(text, placed[i].quantity.end)
    ]
    if len(counts) == 1:
        _parts_after_the_opening(placed, counts[0], amounts, text, links)


_DETAIL_OF_THEM = re.compile(r"\s+(?i:of\s+(?:them|whom))\s+\p{Ll}+\s*[.,;]")  # " of them children."
# a sentence that opens by speaking of the group counted before and then lists it: "They were ",
# "These included ", "Police listed them as ", "Officials identified those as "
_THEY_WERE_OPENS = re.compile(
    r"\s*(?:(?:\p{Lu}\p{L}*|(?i:the)\s+\p{L}+)\s+(?i:listed|identified|named|described)\s+(?i:them|those|these)\s+(?i:as)"
    r"|(?i:they|these|those)\s+(?i:were|are|included|include|comprised|comprise)"
    r"|(?P<all>(?i:that|this)\s+(?i:total|group|figure|number|sum|amount)\s+(?:(?i:was|is)\s+)?"
    r"(?i:made\s+up\s+of|comprised|comprises|consisted\s+of|consists\s+of)))\s*:?\s+"
)
# between two items of a list, a change of the first set off: " beef cows, down 1%, and "
_LIST_JOIN_PAST_A_CHANGE = re.compile(
    r"(?:\s+[\p{L}’'-]+){0,3}?\s*,\s*(?i:up|down)\s+[\d.,]+\s?(?:%|(?i:per\s?cent|percent))\s*,\s*(?i:and\s+)?"
)


def _list_of_the_group_before(
    placed: Sequence[Placed], amounts: list[int], previous: list[int], text: str, links: list[Links]
) -> None:
    """'Eleven climbers were unaccounted for. Police listed them as five Britons, four Poles and
    two Austrians.': a sentence that opens by speaking of the group before ('They were', 'These
    included', 'Police listed them as') and then gives one list of counts and nothing else breaks
    down the one count of the sentence before (not counting its parts): the list adds up to no
    more than it."""
    starts = {links[i].change_from for i in previous}  # "40.7 million, 1% fewer than the 41.0 million"
    counts = [
        i for i in _main_figures(previous, links) if placed[i].quantity.kind == "count" and i not in starts
    ]
    # "That group was made up of 31.3 million beef cows, down 1%, and 8.33 million milk cows": the
    # change told of an item is none of the list
    items = [i for i in amounts if not (placed[i].quantity.kind in _SHARES and links[i].direction)]
    opening = (
        _THEY_WERE_OPENS.fullmatch(
            text, placed[amounts[0]].sentence_span[0], placed[amounts[0]].quantity.start
        )
        if amounts
        else None
    )
    if (
        len(items) < 2
        or len(counts) != 1
        or opening is None
        or any(placed[i].quantity.kind != "count" or not _is_free(links, i) for i in items)
        or not all(
            _LIST_JOIN.fullmatch(text, placed[a].quantity.end, placed[b].quantity.start)
            or _LIST_JOIN_PAST_A_CHANGE.fullmatch(text, placed[a].quantity.end, placed[b].quantity.start)
            for a, b in itertools.pairwise(items)
        )
    ):
        return
    for part in items:
        links[part].join(counts[0])
    if opening.group("all"):
        _all_of(links, counts[0], _closed_list(placed, items, text))


# between a part named with "of them" and the other side's: " of them to Lind's ", " of those to the
# opposition's "
_OF_THEM_TO = re.compile(
    r"\s+(?i:of\s+(?:them|those|these))\s+(?i:to)\s+(?:(?i:the|their|its)\s+)?(?:[\p{L}.-]+\s+){0,3}?"
    r"[\p{L}.-]+(?:['’]s|s['’])\s+"
)


@_needs_two
def _other_side_of_a_part(
    placed: Sequence[Placed], amounts: list[int], text: str, links: list[Links]
) -> None:
    """'The deciding set had 240 points, and Okafor won 130 of them to Lind's 110': the other side
    of a split whose first side is a part of a whole ('130 of them') is a part of that whole too."""
    for a, b in itertools.pairwise(amounts):
        whole = links[a].part_of
        if (
            whole is not None
            and placed[b].quantity.kind == placed[a].quantity.kind == "count"
            and _is_free(links, b)
            and placed[b].entity in ("", placed[a].entity)
            and _OF_THEM_TO.fullmatch(text, placed[a].quantity.end, placed[b].quantity.start)
        ):
            links[b].join(whole, "entity")


def _parts_after_the_opening(
    placed: Sequence[Placed], whole: int, following: list[int], text: str, links: list[Links]
) -> None:
    """After an opening that names the whole ("Of the 240 hostages, "), the first count is a
    part, and so is each count after it in another state (event) than the parts before it."""
    parts: list[int] = []
    for part in following:
        qp = placed[part].quantity
        gap = _gap(text, placed[parts[-1]].quantity, qp) if parts else ""
        kinds = (placed[whole].quantity.kind, "percent")  # "Of that sum, Sh205 billion (46 per cent) went"
        if qp.kind not in kinds or _CLAUSE_END.search(gap) or _INCLUDING.search(gap):
            break  # a new clause, or a part of the part ("110 were freed, including 80 women")
        if qp.kind == "percent" and _OF_ITS_OWN.match(text, qp.end) and not _OF_THEM.match(text, qp.end):
            break  # "30 closed, a share of 4% of all schools": a share of a whole of its own
        if parts and _RESTATED_PART.fullmatch(gap) and qp.kind != placed[parts[-1]].quantity.kind:
            links[part].join(whole, "entity")  # "35% (182) were in ...": the same part as a count
            continue
        if (
            parts
            and not _distinct_states(placed, parts, part)
            and not _allotted(placed, whole, parts, part, text)
        ):
            break  # "800 were civilians and 300 children" may overlap: only states are disjoint
        links[part].join(whole, "entity")
        parts.append(part)


def _allotted(placed: Sequence[Placed], whole: int, parts: list[int], part: int, text: str) -> bool:
    """Whether `part` is one more share of a sum of money set out after it, each given to a purpose
    of its own ("Of the total, $17.4 million would go to running costs and $14.5 million to new
    projects"): sums of money allotted are disjoint. The next share is the list's next item (not
    "..., and the levy raises $1.5 million a year": a clause on something else)."""
    return all(placed[i].quantity.kind == "money" for i in (whole, *parts, part)) and bool(
        _LIST_JOIN.fullmatch(text, placed[parts[-1]].quantity.end, placed[part].quantity.start)
        or REST_BEFORE.search(text, placed[parts[-1]].quantity.end, placed[part].quantity.start)
    )


def _distinct_states(placed: Sequence[Placed], parts: list[int], part: int) -> bool:
    """Whether `part` is in a state (event) that none of the earlier `parts` is in, all of them
    having one: "110 were released and 138 remain held" are disjoint; "800 were civilians and
    300 were children" need not be."""
    events = [placed[p].event for p in parts]
    return bool(placed[part].event) and all(events) and placed[part].event not in events


def _inclusions(
    placed: Sequence[Placed], amounts: list[int], text: str, links: list[Links], said: re.Pattern[str] | None
) -> None:
    for position, whole in enumerate(amounts):
        qw = placed[whole].quantity
        if qw.kind not in WHOLE_KINDS:
            continue
        following = amounts[position + 1 :]
        if not following:
            continue
        cue = _INCLUDING.search(text, qw.end, placed[following[0]].quantity.start)
        if not cue or _CLAUSE_END.search(text[qw.end : cue.start()].replace(":", ",")):
            continue
        if qw.kind == "count" and not math.isnan(qw.value) and qw.value != int(qw.value):
            continue  # "averages of 3.8 or better, including 4,000 with a 4.0": a score, no group
        if _SPLIT_SIDE_BEFORE.search(text, max(0, qw.start - 8), qw.start):
            continue  # "a record of 39-1, including 28 straight wins": a side of a split is no whole
        if _POSSESSOR.match(text, qw.end) or (said is not None and said.search(text, qw.end, cue.start())):
            continue  # "The 14 charities' statement said the uprooted included ...": another noun's parts
        if cue.group().lower().startswith("of ") and not text[qw.end : cue.start()].strip():
            continue  # "settled some 113,000 of them": the figure's own whole, not its parts
        if _NET_BEFORE.search(text, placed[whole].sentence_span[0], qw.start):
            continue  # "a net gain of 12 is made up of 15 gains and three losses": a difference, no sum
        if _BASE_BEFORE.search(text, placed[whole].sentence_span[0], qw.start):
            continue  # "3,739 robberies, 9.7% more than the 3,409 a year earlier, made up of": the 3,739's
        if cue.group().lower() == "such as" and text[cue.end() : placed[following[0]].quantity.start].strip():
            continue  # "goods such as phones sank $4 billion": examples named, then a clause of their own
        if cue.group().lower().startswith("include") and _PREDICATE_JOIN.search(text, qw.end, cue.start()):
            continue  # "will lose one councillor and will include two women": the subject's, not its
        listing = not cue.group().lower().startswith(("among", "of ", "consisting", "made"))
        whole = _head_of_phrase(placed, amounts[: position + 1], text)
        if not _same_measure(placed, whole, following[0]):  # "$1.19 billion through 439 grants, comprising
            whole = _last_of_measure(
                placed, amounts[:position], following[0], text, cue.start()
            )  # $731 million"
            if whole is None:
                continue
        # "8,410 cases and 3,120 deaths, including 4,980 confirmed cases": parts that count the noun
        # of the list's item before its last may be that item's, or the last's: no sure whole
        noun = placed[following[0]].entity
        before = amounts[: amounts.index(whole)]
        if (
            noun
            and placed[whole].entity != noun
            and before
            and placed[before[-1]].entity == noun
            and _LIST_JOIN.fullmatch(text, placed[before[-1]].quantity.end, placed[whole].quantity.start)
        ):
            continue
        parts = _included(placed, whole, following, cue.end(), listing, text, links)
        if parts and _MADE_UP_OF.fullmatch(cue.group()):  # "made up of 300 in sales and 200 in IT"
            _all_of(links, whole, _closed_list(placed, parts, text))


def _last_of_measure(
    placed: Sequence[Placed], earlier: list[int], part: int, text: str, cue: int
) -> int | None:
    """The last of the `earlier` figures of `part`'s measure, when no clause ends between it and the
    including cue at `cue` ("will hand out $1.19 billion through 439 grants, comprising $731
    million ..."); None when there is none."""
    alike = [i for i in earlier if _same_measure(placed, i, part)]
    if not alike or _CLAUSE_END.search(text, placed[alike[-1]].quantity.end, cue):
        return None
    return alike[-1]


# right before a figure that another is compared with or changed from: " more than the ", " up from "
_BASE_BEFORE = re.compile(
    r"(?r)\b(?i:than|from|compared\s+(?:with|to)|versus|against)\s+(?:(?i:the|a|its|their)\s+)?$"
)
# between a count and a figure in a phrase of its clause: " people are still missing in " two provinces
_IN_A_PHRASE_OF = re.compile(
    r"(?:\s+(?!(?i:and|or|but)\b)[\p{L}’'-]+){1,5}\s+(?i:in|across|over|throughout|from)\s+(?:(?i:the)\s+)?"
)
_AND_BEFORE = re.compile(r"(?r)\b(?i:and|plus)\s+(?:\p{Ll}+\s+)?$")  # " and " (" and some ") before a figure


def _included(
    placed: Sequence[Placed],
    whole: int,
    following: list[int],
    after: int,
    listing: bool,
    text: str,
    links: list[Links],
) -> list[int]:
    """The list of amounts after an including cue (that ends at `after`) are parts of `whole`,
    while the list goes on; the parts it joins to `whole`."""
    kind, unit = placed[whole].quantity.kind, placed[whole].quantity.unit
    previous = None
    closed = False  # the list's last item came after "and"
    joined: list[int] = []
    for part in following:
        qp = placed[part].quantity
        gap = text[after : qp.start]
        if _CLAUSE_END.search(gap) or rx(r"\bbut\b").search(gap) or (qp.kind, qp.unit) != (kind, unit):
            break  # a new clause, or another kind of amount ("$95 billion, including 12 jets")
        if previous is None and not _CUE_TO_PART.fullmatch(gap):
            break  # "104 rescued, most of them men from Egypt, ..., in an operation involving six vessels"
        if previous is not None and not _LIST_JOIN.fullmatch(text, previous.end, qp.start):
            break  # "eight wickets, including five for 30": a list goes on with "and" or a comma
        if closed:
            break  # "among them five captains and two lieutenants, and 72 were wounded": a new clause
        # closed by "and" right before its figure; not "2,250 nurses and midwives, 650 doctors"
        closed = previous is not None and bool(_AND_BEFORE.search(text, previous.end, qp.start))
        previous = qp
        if listing and _OWN_VERB.match(text, qp.end, placed[part].sentence_span[1]):
            break  # "1,400 injured, including 380 children, and 9,000 homes were damaged"
        links[part].join(whole, *(() if placed[part].event else ("event",)))  # "among them 7,155 killed"
        if links[part].part_of == whole:
            joined.append(part)
    return joined


def _closed_list(placed: Sequence[Placed], parts: list[int], text: str, lead: int = 0) -> int | None:
    """The number of items with no figure in the list of `parts` (`lead` of them before its
    first figure, and one named alone after "and" at its end: "three men, four women and a
    ten-year-old girl") when the list is closed: its last item comes after "and" or "plus", and
    no item without a figure, nor a rest, follows it in its clause ("300 soldiers and 200 police,
    and several hundred volunteers"); None when it is open."""
    last, end = placed[parts[-1]].quantity, placed[parts[-1]].sentence_span[1]
    one = _LAST_ONE.match(text, last.end, end)
    if one is not None:
        return None if _LIST_GOES_ON.match(text, one.end(), end) else lead + 1
    if len(parts) < 2 or _LAST_ITEM_JOIN.search(text, placed[parts[-2]].quantity.end, last.start) is None:
        return None
    return None if _LIST_GOES_ON.match(text, last.end, end) else lead


def _all_of(links: list[Links], whole: int, unnumbered: int | None) -> None:
    """Mark `whole` as all of its closed list (`sums`), which names `unnumbered` items with no
    figure; nothing when the list is open (None)."""
    if unnumbered is not None:
        links[whole].sums, links[whole].unnumbered = True, unnumbered


def _group_inclusions(
    placed: Sequence[Placed],
    amounts: list[int],
    recent: list[int],
    text: str,
    events: Mapping[str, str],
    links: list[Links],
) -> None:
    """'The $95 billion package passed. The package includes $61 billion for Ukraine, ...',
    'The blast killed 12 people. Among the dead were eight soldiers ...': a sentence that opens
    by naming a group ('Among the dead were', 'The victims included', 'Those killed included')
    lists parts of the figure of the recent sentences that the group names (by its event: 'the
    bodies' are the dead); one that opens by naming all of it ('The dead were', 'The bodies are
    of', 'The budget consists of') lists all of it (`sums`)."""
    if not amounts or not recent:
        return
    start, first = placed[amounts[0]].sentence_span[0], placed[amounts[0]].quantity.start
    said = _SAID_OPENS.match(text, start, first)  # "Officials said the dead were ..."
    opening = _GROUP_INCLUDES.match(text, said.end() if said else start, first)
    after, lead = opening.end() if opening else start, 0
    if opening and opening.group("all") and text[after:first].strip():
        ones = _FIRST_ONES.fullmatch(text, after, first)  # "The dead were the driver, three teachers ..."
        if ones is None:
            opening = None  # "The buses were carrying 68 people": a verb of its own, no list of the group
        else:
            after, lead = first, ones.group().count(",")
    word = events.get(opening.group("word").lower(), opening.group("word")) if opening else ""
    whole = _named_whole(placed, recent, word, WHOLE_KINDS, text) if opening else None
    if (
        opening is not None
        and whole is not None
        and opening.group("all")
        and any(
            placed[a].quantity.value > placed[whole].quantity.value
            for a in amounts
            if _same_measure(placed, a, whole)
        )
    ):
        return  # "One teacher was hurt. The teachers were 39 and 53": ages, no parts of the group
    if opening is not None and whole is not None:
        parts = _included(placed, whole, amounts, after, True, text, links)
        if opening.group("all") and parts:  # "The dead were six men and four women."
            _all_of(links, whole, _closed_list(placed, parts, text, lead))


@_needs_two
def _breakdowns(placed: Sequence[Placed], amounts: list[int], text: str, links: list[Links]) -> None:
    """A count, then a comma (or dash, or colon) and a list of two or more counts that break it
    down, none with a verb of its own:
    - by kind, after a count of people in general, or of anything before a dash or a colon:
      "killed 12 people, eight adults and four children", "four children — three sons and a
      daughter" (each part with its own noun);
    - by place: "killed 23 people — 17 in Mississippi, four in Alabama and two in Tennessee"
      (each part with the whole's noun or none, and a named place after it).
    A list of other nouns ("300 members, 200 staff and 40 coaches") is a list, not a breakdown;
    so is one whose items go on into a clause ("... 200 men and 150 women were charged").
    A closed breakdown (see `_closed_list`) is all of its whole (`sums`)."""
    for position, whole in enumerate(amounts):
        qw, following = placed[whole].quantity, amounts[position + 1 :]
        if qw.kind not in ("count", "money") or len(following) < 2:
            continue  # a sum of money breaks down by place or phrase: "$90 million: $50 million for ..."
        if qw.qualifier in ("at_least", "above") and qw.value <= 1:
            continue  # "people who had at least one dose: two in Texas and four ...": a threshold
        if position and links[amounts[position - 1]].part_of == whole:
            continue  # "Nine of the 12 cases were in the north — four in Leeds, ...": the part's breakdown
        if position and _IN_A_PHRASE_OF.fullmatch(
            text, placed[amounts[position - 1]].quantity.end, qw.number_start
        ):
            continue  # "nine missing in two provinces: five in ...": the phrase's figure is no whole
        end = placed[whole].sentence_span[1]
        after = qw.end
        if (  # "274 deaths nationwide, a case fatality rate of 0.4 percent: 36 in January, ..."
            placed[following[0]].quantity.unit == "percent"
            and len(following) > 2
            and _RATE_SET_OFF.fullmatch(text, qw.end, placed[following[0]].quantity.start)
        ):
            after, following = placed[following[0]].quantity.end, following[1:]
        first_start = placed[following[0]].quantity.start
        opens = _BREAKDOWN_OPENS.fullmatch(text, after, first_start) or _SUBJECT_WERE.fullmatch(
            text, after, first_start
        )
        if not opens or (after != qw.end and ":" not in opens.group()):
            continue
        strong = not opens.group().rstrip().endswith(",")  # "four children — three sons and a daughter"
        # "The 367 survivors, 342 men, 22 women and 13 children, were ...", "The 23 victims were 14
        # men, ...": a subject set out in its kinds, in commas or after its verb
        # (or a clause's subject after a semicolon: "..., police said; the five injured were ...")
        clause = (
            text.rfind(";", placed[whole].sentence_span[0], qw.start) + 1 or placed[whole].sentence_span[0]
        )
        subject = after == qw.end and bool(_SUBJECT_OPENS_WITH.fullmatch(text, clause, qw.start))
        apposed = subject and not strong
        if not subject and _SUBJECT_WERE.fullmatch(opens.group()):
            continue
        strong = strong or subject
        if not placed[whole].entity and not strong:
            continue  # "will hire 500 more: 300 engineers and 200 sales staff" needs its colon
        parts: list[int] = []
        middle = 0  # items with no figure between two with one: "two soldiers, a police officer, two ..."
        for part in following:
            qp = placed[part].quantity
            if _measured_as(placed, part) != _measured_as(placed, whole) or not _breaks_down(
                placed, whole, parts, part, text, strong
            ):
                break
            if parts and not _LIST_JOIN.fullmatch(text, placed[parts[-1]].quantity.end, qp.start):
                ones = _ONES_BETWEEN.fullmatch(text, placed[parts[-1]].quantity.end, qp.start)
                if ones is None:
                    break
                middle += len(_ONE_IN_A_LIST.findall(ones.group("ones")))
            parts.append(part)
        if len(parts) < 2:
            continue
        by_phrase = _by_phrase(placed, whole, parts[0], text, strong)
        by_kind = not _place_after(placed, parts[0], text) and not by_phrase
        if not by_kind and (
            _PLACE_AFTER_NOUN.match(text, qw.end, end) or _OF_A_PLACE.match(text, qw.end, end)
        ):
            continue  # "eight in Kyiv, six in Dnipro and four in Odesa": the first place of a list
        if by_kind and not placed[whole].generic and any(placed[p].quantity.value > qw.value for p in parts):
            continue  # "12 teachers — 300 students and 40 staff": a list of other things, not of kinds
        last = placed[parts[-1]].quantity.end
        ends = _PLACE_ENDS if _place_after(placed, parts[-1], text) else _BREAKDOWN_ENDS
        if by_phrase or _by_phrase(placed, whole, parts[-1], text, strong):
            ends = _PHRASE_BREAKDOWN_ENDS
        one = _LAST_ONE.match(text, last, end)  # "three men, four women and a girl."
        closing = _ONE_ENDS.match(text, one.end(), end) if one else ends.match(text, last, end)
        if not closing:
            continue
        # "four survivors — three men and a woman — said": the verb after the aside is the whole's
        aside = (strong and closing.group().rstrip()[-1:] in "—–-)") or (
            apposed and closing.group().rstrip()[-1:] == ","
        )
        if _OWN_VERB.match(text, last, closing.end() if aside else end):
            continue
        for part in parts:
            links[part].join(whole, "entity", "event")
        closed = _closed_list(placed, parts, text)  # "killed 23 people: 14 in the north, ..."
        _all_of(links, whole, None if closed is None else closed + middle)


_WITH_OPENS = re.compile(r"(?:\s+[\p{L}’'-]+){0,4}?\s*,\s*(?i:with)\s+")  # "killed 23 people, with "


@_needs_two
def _places_with(placed: Sequence[Placed], amounts: list[int], text: str, links: list[Links]) -> None:
    """'The storm killed 23 people, with 14 in the north and nine in the capital.': a list of two
    or more figures, each with a named place after it, set off by ', with' after a figure of
    their measure, closing the sentence, is parts of it (all of it or not: no `sums`)."""
    for position, whole in enumerate(amounts):
        following = amounts[position + 1 :]
        qw = placed[whole].quantity
        if qw.kind not in WHOLE_KINDS or len(following) < 2:
            continue
        if not _WITH_OPENS.fullmatch(text, qw.end, placed[following[0]].quantity.start):
            continue
        parts = [following[0]]
        for part in following[1:]:
            if not _LIST_JOIN.fullmatch(text, placed[parts[-1]].quantity.end, placed[part].quantity.start):
                break
            parts.append(part)
        entities = {placed[p].entity for p in parts} - {"", placed[whole].entity}
        if (
            len(parts) < 2
            or parts[-1] != amounts[-1]
            or entities
            or any(_measured_as(placed, p) != _measured_as(placed, whole) for p in parts)
            or not all(_place_after(placed, p, text) for p in parts)
            or not _PLACE_ENDS.match(text, placed[parts[-1]].quantity.end, placed[whole].sentence_span[1])
            or any(links[p].part_of is not None for p in parts)
        ):
            continue
        for part in parts:
            links[part].join(whole, "entity", "event")


_UNPREFIXED = re.compile(r"\b(?:kilo|mega|giga|milli|centi|micro)")  # "kilooil_barrel / day": a measure in
# another size of the same unit
_PARENTHESIS_OPENS = re.compile(r"(?:\s+[\p{L}’'-]+){0,2}?\s*\(\s*")  # " together ("
_PARENTHESIS_ENDS = re.compile(r"[^()]*?\)")


@_needs_two
def _named_items_after_a_colon(
    placed: Sequence[Placed], amounts: list[int], text: str, links: list[Links]
) -> None:
    """'carried 3,480 million trips: heavy rail accounted for 2,428 million, commuter rail for 418
    million and light rail for 334 million', 'spent $900 million: schools got $500 million, roads
    $250 million': after a colon, items that each name what they are of before their figure (the
    first with its verb, the later ones with the verb left out) are parts of the figure before the
    colon, of its measure; they need not make all of it. The figure is the one of its clause: in
    "closed on 61 for 1 from 25 overs: Warner fell for 24, ..." the items are not of the overs."""
    for position, whole in enumerate(amounts[:-2]):
        first = amounts[position + 1]
        if not _NAMED_ITEM_OPENS.fullmatch(text, placed[whole].quantity.end, placed[first].quantity.start):
            continue
        opens = _clause_start(text, placed[whole].sentence_span[0], placed[whole].quantity.start)
        if any(opens <= placed[i].quantity.start for i in amounts[:position]):
            continue
        parts = [first]
        for part in amounts[position + 2 :]:
            if not _NAMED_ITEM_JOIN.fullmatch(
                text, placed[parts[-1]].quantity.end, placed[part].quantity.start
            ):
                break
            parts.append(part)
        if len(parts) < 2 or any(
            not _same_measure(placed, whole, p) or not _is_free(links, p) or _is_split_side(placed, p, text)
            for p in parts
        ):
            continue
        for part in parts:
            links[part].join(whole, "entity")


@_needs_two
def _parenthesized_breakdown(
    placed: Sequence[Placed], amounts: list[int], text: str, links: list[Links]
) -> None:
    """'will trim 0.4 mb/d (150 kb/d for Oman and 250 kb/d for Bahrain)': a list in parentheses
    right after a figure, each item of the figure's measure with a phrase of its own ('for the
    UAE'), breaks the figure down: its items add up to no more than it."""
    for position, whole in enumerate(amounts):
        qw = placed[whole].quantity
        following = amounts[position + 1 :]
        if qw.kind not in WHOLE_KINDS or len(following) < 2:
            continue
        if not _PARENTHESIS_OPENS.fullmatch(text, qw.end, placed[following[0]].quantity.start):
            continue
        parts: list[int] = []
        for part in following:
            qp = placed[part].quantity
            if not (
                _same_measure(placed, part, whole)
                or (
                    qp.kind == qw.kind == "measure"
                    and _UNPREFIXED.sub("", qp.unit) == _UNPREFIXED.sub("", qw.unit)
                )
            ):
                break  # "150 kb/d" within "0.4 mb/d"
            if parts and not _LIST_JOIN.fullmatch(text, placed[parts[-1]].quantity.end, qp.start):
                break
            if not _PHRASE_AFTER.match(text, qp.end):
                break
            parts.append(part)
        closing = _PARENTHESIS_ENDS.match(text, placed[parts[-1]].quantity.end) if parts else None
        if (
            len(parts) < 2
            or closing is None
            or any(placed[j].quantity.start < closing.end() for j in following[len(parts) :])
        ):
            continue
        for part in parts:
            links[part].join(whole, "entity", "event")


@_needs_two
def _kinds_in_brackets(
    placed: Sequence[Placed], amounts: list[int], text: str, links: list[Links], kinds: Complements
) -> None:
    """'carried 31 passengers (18 Greeks, 9 Germans and 4 Italians)', 'killed 24 people (13 adults
    and 11 children)': a closed list in brackets right after a count, each item a count of a
    noun of its own and nothing else in the brackets (no year: "400 staff (300 in 2019 and 350 in
    2020)" is a series), breaks the count down: its items add up to no more than it. A list of
    all the `kinds` of a group ("(19 gold, 21 silver, 20 bronze)") is closed with no "and"."""
    for position, whole in enumerate(amounts):
        qw = placed[whole].quantity
        following = amounts[position + 1 :]
        if qw.kind != "count" or len(following) < 2 or links[whole].part_of is not None:
            continue
        opens = _PARENTHESIS_OPENS.fullmatch(text, qw.end, placed[following[0]].quantity.start)
        closing = _PARENTHESIS_ENDS.match(text, opens.end()) if opens else None
        if closing is None or _YEAR.search(text, opens.end(), closing.end()):
            continue
        parts = [i for i in following if placed[i].quantity.start < closing.end()]
        nouns = [placed[i].entity for i in parts]
        if (
            len(parts) < 2
            or any(placed[i].quantity.kind != "count" or not _is_free(links, i) for i in parts)
            or "" in nouns
            or len(set(nouns)) < len(nouns)
            or placed[whole].entity in nouns
            or not _one_list(placed, parts, text)
            or not (
                _LAST_ITEM_JOIN.search(text, placed[parts[-2]].quantity.end, placed[parts[-1]].quantity.start)
                or _names_all_kinds(placed, parts, kinds)  # "(19 gold, 21 silver, 20 bronze)"
            )
        ):
            continue
        for part in parts:
            links[part].join(whole, "event")


_PLACE_NAME = r"\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+)?"
_PLACES_JOINED = re.compile(  # a figure's places: "in Assam and Bihar", "across Kenya, Uganda and Tanzania"
    rf"\b(?i:in|across)\s+(?:(?i:the)\s+)?(?P<places>{_PLACE_NAME}(?:\s*,\s*{_PLACE_NAME})*\s+(?i:and)\s+{_PLACE_NAME})\b"
)
_PLACE_SPLIT = re.compile(r"\s*,\s*|\s+(?i:and)\s+")


def _tolls_by_place(
    placed: Sequence[Placed], amounts: list[int], before: list[int], text: str, links: list[Links]
) -> None:
    """'The flood toll in Assam and Bihar has risen to 209. In Assam, the toll reached 82. ... in
    Bihar, the toll stayed at 127': a sentence that names one of the places of an earlier figure of
    its event ('in Assam and Bihar'), and gives one figure of that event, gives that place's part
    of it; once every place has its part, the parts make up the figure (`sums`). A sentence that
    may tell of another time or occasion ('earlier', 'last year', a date) is left alone, and so is
    one where the figure of the event told last names no places."""
    counts = [i for i in amounts if placed[i].quantity.kind == "count" and placed[i].event]
    another_occasion: bool | None = None  # looked for once a figure has an earlier one of its event
    for part in counts:
        event = placed[part].event
        if links[part].part_of is not None or [placed[i].event for i in counts].count(event) != 1:
            continue
        told = [
            i
            for i in before
            if placed[i].event == event
            and placed[i].quantity.kind == "count"
            and links[i].part_of is None
            and not math.isnan(placed[i].quantity.value)
        ]
        if not told:
            continue
        if another_occasion is None:
            start, end = placed[part].sentence_span
            another_occasion = bool(
                _OTHER_OCCASION.search(text, start, end) or _YEAR.search(text, start, end)
            )
        if another_occasion:
            return
        joined = _PLACES_JOINED.search(text, *placed[told[-1]].sentence_span)
        # the figure the places are of: the first after them ("the toll in Assam and Bihar rose to 209")
        whole = next(
            (
                i
                for i in told
                if joined
                and placed[i].sentence == placed[told[-1]].sentence
                and placed[i].quantity.start >= joined.end()
            ),
            None,
        )
        if whole is None or joined is None or not _same_group(placed, whole, part):
            continue
        places = _PLACE_SPLIT.split(joined.group("places"))
        if len([p for p in places if _names(text, placed[part].sentence_span, p)]) != 1:
            continue
        links[part].join(whole, "entity")
        parts = [i for i in [*before, *amounts] if links[i].part_of == whole]  # all within reach of the whole
        if len(parts) == len(places) and all(
            any(_names(text, placed[i].sentence_span, p) for i in parts) for p in places
        ):
            links[whole].sums = True


def _names(text: str, span: tuple[int, int], name: str) -> bool:
    """Whether the words of `text` in `span` include `name` as whole words."""
    words = " " + " ".join(_WORD.findall(text, *span)) + " "
    return f" {' '.join(_WORD.findall(name))} " in words


@_needs_two
def _places_within_the_whole(
    placed: Sequence[Placed], amounts: list[int], text: str, links: list[Links]
) -> None:
    """'destroyed 3,410 homes in Kerala and 3,100 nationwide': of two amounts of one measure side by
    side in a list, one in a named place and one across the country (or the world), the first is
    a part of the second, unless each names a noun of its own."""
    for a, b in itertools.pairwise(amounts):
        if _measured_as(placed, a) != _measured_as(placed, b) or not _LIST_JOIN.fullmatch(
            text, placed[a].quantity.end, placed[b].quantity.start
        ):
            continue
        if placed[a].entity and placed[b].entity and placed[a].entity != placed[b].entity:
            continue
        end = placed[b].sentence_span[1]
        for part, whole in ((a, b), (b, a)):
            if _PLACE_AFTER_NOUN.match(text, placed[part].quantity.end, end) and _NATIONWIDE.match(
                text, placed[whole].quantity.end, end
            ):
                links[part].join(whole, "entity", "event")


@_needs_two
def _adverbial_parts(placed: Sequence[Placed], amounts: list[int], text: str, links: list[Links]) -> None:
    """'4 people were shot, 2 fatally', 'wounding 12, three critically': a count after a comma
    with only an adverb after it is a part of the count before."""
    for whole, part in itertools.pairwise(amounts):
        qw, qp = placed[whole].quantity, placed[part].quantity
        if qw.kind != "count" or qp.kind != "count" or links[part].part_of is not None:
            continue
        end = placed[part].sentence_span[1]
        if _WORDS_THEN_COMMA.fullmatch(text, qw.end, qp.start) and _ADVERB_AFTER.match(text, qp.end, end):
            links[part].join(whole, "entity", "event")


def _remainders(
    placed: Sequence[Placed],
    amounts: list[int],
    previous: list[int],
    recent: list[int],
    text: str,
    links: list[Links],
) -> None:
    """'Of the 30 arrested, 12 were charged; the rest, 18, were released', 'released 137 of the
    287 seized, leaving 150 still in captivity': the rest is a part of the whole the part before
    it belongs to, and completes it, unless it counts something else than the whole (after
    'leaving', it names the whole's noun or a state the rest is still in)."""
    for i in amounts:
        qi = placed[i].quantity
        reach = max(placed[i].sentence_span[0], qi.start - 40)
        leaving = _LEAVING_BEFORE.search(text, reach, qi.start)
        if leaving and _HAVE_BEFORE.search(text, reach, leaving.start()):
            leaving = None  # "floods have left at least 8 people dead": a verb, not the rest of a whole
        elsewhere = _ELSEWHERE_AFTER.match(text, qi.end, placed[i].sentence_span[1])
        if qi.kind not in ("count", "money") or not (
            leaving or elsewhere or REST_BEFORE.search(text, reach, qi.start)
        ):
            continue  # (a sum too: "just $23.7 million came from ...; the remaining $72.2 million")
        if elsewhere and links[i].part_of is None:
            continue  # "33,000 were in other countries" completes only a whole it is a part of
        whole, by_kind = links[i].part_of, False
        earlier = [  # counts: "450 were asked to wear a mask for 14 days, while the other 440"
            j
            for j in [*previous, *amounts]
            if placed[j].quantity.end <= qi.start and placed[j].quantity.kind == qi.kind
        ]
        if whole is None and earlier:  # the rest of the whole the count right before it is, or is of
            last = earlier[-1]
            whole = links[last].part_of
            by_kind = bool(_KIND_THEN_REST.fullmatch(text, placed[last].quantity.end, qi.start))
            if whole is not None and _OF_THEM_A_KIND.match(text, placed[last].quantity.end) and not by_kind:
                # (but "15 rescued: six of them Thai and the other nine Burmese" splits them by kind)
                whole = None  # "30 aboard, four of them children, ... the other 19 people": not their rest
            if whole is None and any(links[j].part_of == last for j in earlier):
                whole = last  # "convicted on 9 of the 14 counts and acquitted on the other three"
        if whole is None and earlier and not leaving:
            whole = _whole_of_the_items_before(placed, earlier, i, text, links)
        if whole is None and earlier and not leaving:
            whole = _whole_of_a_split(placed, earlier, i, recent, text, links)
        if whole is None or not (by_kind or _same_group(placed, whole, i)):
            continue  # "20 of the team's 80 points; the other four starters": not the rest of the points
        if leaving and not (placed[i].entity or _STILL_AFTER.match(text, qi.end)):
            continue  # "destroyed 300 of the 1,200 homes, leaving 800 homeless": not the other homes
        links[i].join(whole, "entity")
        links[i].completes = True


# between a part of a kind and the rest of its whole right after: " of them Thai and the other "
_KIND_THEN_REST = re.compile(
    r"\s+(?i:of\s+them)\s+\p{L}+\s+(?i:and|while)\s+(?i:the\s+(?:other|rest|remaining))\s*,?\s*"
)
# after a part that tells what kind some of a group are, with no state: " of them children,"
_OF_THEM_A_KIND = re.compile(
    r"\s+(?i:of\s+(?:them|whom))\s+(?!(?i:were|was|are|is|had|have|has|will|would|could|did|died|remain|"
    r"remained)\b)\p{L}+(?:\s+\p{L}+){0,3}?\s*(?:[,;)]|(?i:and)\b)"
)  # also " of them foreign nationals,", " of them tourists from Spain,"


def _same_group(placed: Sequence[Placed], whole: int, part: int) -> bool:
    """Whether `part` may count some of what `whole` counts: the same noun, or none, or a kind of
    the whole's generic noun in the same event ("23 people have died ... the other 21 victims")."""
    entity, event = placed[part].entity, placed[part].event
    return entity in ("", placed[whole].entity) or (
        placed[whole].generic and bool(event) and event == placed[whole].event
    )


def _whole_of_the_items_before(
    placed: Sequence[Placed], earlier: list[int], rest: int, text: str, links: list[Links]
) -> int | None:
    """'Nine of the 100 plans were fully funded, 49 were half funded and the remaining 42 were
    not', '18 people caught it: 13 were carrying it when admitted and the remaining five caught
    it on the ward': the counts listed between a part (or a whole and its colon) and the rest,
    each opening an item of the rest's sentence after a comma or 'and', are parts of that whole
    too, since the rest says that the list leaves nothing of it out. The whole (its parts
    joined), or None when the walk back from the count before the rest meets anything else."""
    items: list[int] = []
    for position in range(len(earlier) - 1, -1, -1):
        j = earlier[position]
        if placed[j].sentence != placed[rest].sentence:
            return None
        whole = links[j].part_of
        if whole is not None:  # "three of them women, nine ...": a kind, not an item
            return (
                None
                if _OF_THEM_A_KIND.match(text, placed[j].quantity.end)
                else _join_items(placed, whole, items, links)
            )
        before = earlier[position - 1] if position else None
        if before is not None and links[before].part_of == j:
            continue  # "Nine of the 100 plans": the whole of the part before it
        if not _is_free(links, j):
            return None
        start = placed[j].sentence_span[0]
        if _CLAUSE_ITEM_OPENS.search(text, start, placed[j].quantity.start):
            items.append(j)
            continue
        if (
            before is None
            or placed[before].sentence != placed[j].sentence
            or not _COLON_OPENS_ITEMS.fullmatch(text, placed[before].quantity.end, placed[j].quantity.start)
        ):
            return None
        return _join_items(placed, before, [*items, j], links)  # "18 people caught it: 13 were ..."
    return None


def _join_items(placed: Sequence[Placed], whole: int, items: list[int], links: list[Links]) -> int | None:
    """Make `items` parts of `whole` and return it, when there are any and each may count some of
    what it counts; else None."""
    if not items or not all(_same_group(placed, whole, k) for k in items):
        return None
    for k in items:
        links[k].join(whole, "entity")
    return whole


# between a whole and the first item of its list, after a colon: " people have caught it: "
_COLON_OPENS_ITEMS = re.compile(r"(?:\s+[\p{L}’'()-]+){0,8}?\s*:\s*")


# before a count that opens an item of a list of clauses: ", " 49 were; " and " 12; "; " 3
_CLAUSE_ITEM_OPENS = re.compile(r"(?r)(?:[,;]|\b(?i:and))\s+$")


def _whole_of_a_split(
    placed: Sequence[Placed], earlier: list[int], rest: int, recent: list[int], text: str, links: list[Links]
) -> int | None:
    """'While 10 died at home, the other 13 died outdoors': a count and 'the other N' of one sentence
    split a group with no whole of their own; the whole is the one earlier figure of their event
    (as `_named_whole` finds it), which both become parts of. None when the count before the rest
    is not a free count of the same event in the same sentence, or no one whole is named."""
    first = earlier[-1]
    event = placed[rest].event
    if (
        placed[first].sentence != placed[rest].sentence
        or placed[first].quantity.kind != "count"
        or not event
        or placed[first].event != event
        or not _is_free(links, first)
        or _OF_THE_WORD.match(text, placed[first].quantity.end)
        or _OF_THEM.match(text, placed[first].quantity.end)
        or _CHANGE_OF_BEFORE.search(text, placed[first].sentence_span[0], placed[first].quantity.start)
    ):
        # "one of the gunmen was shot, while the other two got inside": a split of the gunmen; "led
        # by California with a reduction of 4,257, while they rose in the remaining 23": a change
        return None
    candidates = [
        j
        for j in recent
        if placed[j].quantity.kind == "count"
        and links[j].part_of is None
        and placed[j].sentence < placed[rest].sentence
    ]
    whole = _named_whole(placed, candidates, event, ("count",), text)
    if whole is None or not _same_group(placed, whole, first):
        return None
    links[first].join(whole, "entity")
    return whole


def _tallies(
    placed: Sequence[Placed], amounts: list[int], previous: list[int], text: str, links: list[Links]
) -> None:
    """'The Senate voted 68-31, with 22 Republicans joining 46 Democrats in support': a vote's
    tally has the ayes first and the noes second; the later counts of its sentence that voted
    for are parts of the ayes, those that voted against parts of the noes. A sentence with no
    tally of its own takes the one tally of the sentence before: "The House voted 66-46. Two
    Democrats joined all 44 Republicans in voting against it."
    """
    found = _tally_positions(placed, amounts, text)
    if found:
        position, ayes, noes = found[0]
        later = amounts[position + 2 :]
    else:
        before = _tally_positions(placed, previous, text)
        if len(before) != 1 or (amounts and _OTHER_OCCASION.search(text, *placed[amounts[0]].sentence_span)):
            return  # "A year ago 25 Labour councillors voted against a similar plan": another vote
        _, ayes, noes = before[0]
        later = amounts
    for part in later:
        side = {"supported": ayes, "opposed": noes}.get(placed[part].event)
        if (
            side is None
            or placed[part].quantity.kind != "count"
            or _BODY_SIZE.match(text, placed[part].quantity.end)
            or _is_split_side(placed, part, text)
            or placed[part].quantity.value == placed[side].quantity.value
            # "Democrats 15 to 0", "opposed it 42 to 3": a party's own tally, its sides not all one way
            or _TALLY_TO_AFTER.match(text, placed[part].quantity.end)
            or _TALLY_TO_BEFORE.search(text, placed[part].sentence_span[0], placed[part].quantity.start)
        ):
            # "in the 435-member chamber" is who voted, no side; "said No by 60-40": a split; "88-10.
            # The 10 senators who opposed it were ...": the side told again, whole of its own list
            continue
        links[part].join(side)


_TALLY_TO_AFTER = re.compile(r"\s+(?i:to)\s+\d")  # "15" " to 0"
_TALLY_TO_BEFORE = re.compile(r"(?r)\d\s+(?i:to)\s+$")  # "15 to " 0


def _is_split_side(placed: Sequence[Placed], i: int, text: str) -> bool:
    """Whether figure `i` is a side of a split or a score written "53-47"."""
    q = placed[i].quantity
    return bool(
        _RECORD_SIDE_AFTER.match(text, q.end) or _SPLIT_SIDE_BEFORE.search(text, max(0, q.start - 4), q.start)
    )


def _sides_of_the_tally_before(
    placed: Sequence[Placed], amounts: list[int], text: str, links: list[Links]
) -> None:
    """'The bill was carried 281-190. ... Voting for it were 260 Labour MPs, 15 Liberal Democrats and
    one independent.': a sentence that opens by naming a side of a vote ('Voting against were',
    'Those voting in favour included') lists parts of that side of the one tally of the article
    before it; after 'were' the list is the whole side and adds up to it (`sums`)."""
    if not amounts:
        return
    start = placed[amounts[0]].sentence_span[0]
    opening = _SIDE_OPENS.fullmatch(text, start, placed[amounts[0]].quantity.start)
    if opening is None or _OTHER_OCCASION.search(text, *placed[amounts[0]].sentence_span):
        return
    tallies = _tally_positions(placed, list(range(amounts[0])), text, _SIDED_TALLY_VERB)
    if len(tallies) != 1:
        return
    _, ayes, noes = tallies[0]
    side = noes if opening.group("side").lower() == "against" else ayes
    items = [amounts[0]]
    for part in amounts[1:]:
        if not _LIST_JOIN.fullmatch(text, placed[items[-1]].quantity.end, placed[part].quantity.start):
            break
        items.append(part)
    if any(placed[i].quantity.kind != "count" or links[i].part_of not in (None, side) for i in items):
        return
    others = [j for j, other in enumerate(links) if other.part_of == side and j not in items]
    for item in items:
        links[item].join(side)
    if len(items) >= 2 and not others and opening.group("verb").lower() in ("were", "was"):
        links[side].sums = True


_TALLY_NOUN = re.compile(r"\s+(?i:vote|votes|tally|decision|ruling)\b")  # after a tally: "The 56-40 vote"
_VOTED_SIDE = re.compile(  # after the last of a list: " Republicans voted for", " MPs voted against"
    r"(?:\s+[\p{L}’'-]+){0,2}?\s+(?i:voted|votes)\s+(?P<side>(?i:for|in\s+favou?r|against))\b"
)


@_needs_two
def _sides_voted(placed: Sequence[Placed], amounts: list[int], text: str, links: list[Links]) -> None:
    """'The bill passed 56-40. ... 32 Democrats and 24 Republicans voted for it, while 22
    Democrats and 18 Republicans voted against': a list of counts followed by 'voted for' (or
    'against') is all of that side of the one tally of the article before it (`sums`)."""
    if not any(_VOTED_SIDE.match(text, placed[i].quantity.end) for i in amounts):
        return  # no side voted here: the tallies before are not looked for (linear time)
    first = placed[amounts[0]].sentence_span[0]
    tallies = [
        (a, b)
        for a, b in itertools.pairwise(range(amounts[0]))
        if placed[a].quantity.kind == placed[b].quantity.kind == "count"
        and _TALLY_JOIN.fullmatch(text, placed[a].quantity.end, placed[b].quantity.start)
        and (
            _TALLY_NOUN.match(text, placed[b].quantity.end)
            or _SIDED_TALLY_VERB.search(text, placed[a].sentence_span[0], placed[a].quantity.start)
        )
    ]
    if len(tallies) != 1 or _OTHER_OCCASION.search(text, first, placed[amounts[-1]].sentence_span[1]):
        return
    ayes, noes = tallies[0]
    items: list[int] = []
    for i in amounts:
        if items and not _LIST_JOIN.fullmatch(text, placed[items[-1]].quantity.end, placed[i].quantity.start):
            items = []
        items.append(i)
        voted = _VOTED_SIDE.match(text, placed[i].quantity.end)
        if voted is None:
            continue
        side = noes if voted.group("side").lower() == "against" else ayes
        if (
            len(items) >= 2
            and all(placed[j].quantity.kind == "count" and _is_free(links, j) for j in items)
            and _LAST_ITEM_JOIN.search(text, placed[items[-2]].quantity.end, placed[items[-1]].quantity.start)
            and not any(links[j].part_of == side for j in range(len(links)))
        ):
            for j in items:
                links[j].join(side)
            links[side].sums = True
        items = []


_AT_THE_SCENE = re.compile(
    r"\b(?i:at\s+the\s+(?:scene|site|spot)|on\s+the\s+spot|on\s+site|instantly|on\s+impact)\b"
)
_LATER_ON = re.compile(  # after the second of two parts: those who died after the first
    r"[^.;]*?\b(?i:in\s+(?:a\s+|the\s+)?hospital|later|afterwards|en\s+route|on\s+the\s+way|of\s+(?:their|his|her)\s+injuries)\b"
)


_BROKEN_DOWN_AFTER = re.compile(r"\s*,\s*(?i:with|including|of\s+whom|among\s+them)\s")


def _breakdown_of_the_total_before(
    placed: Sequence[Placed],
    amounts: list[int],
    members: list[int],
    previous: list[int],
    earlier: list[int],
    before: list[int],
    text: str,
    links: list[Links],
) -> None:
    """'The death count has risen to 9. Crews recovered 8 bodies from the wreck and
    one person died later in hospital.', 'At least 11 people died. Deaths were reported in
    Kasese (5), Kabale (3) and Mbale (2).': a sentence whose figures are all one list of
    counts of one event, right after a sentence that gives one figure of that event, breaks
    that figure down: the list adds up to no more than it, and a list of places said to be
    where the event was reported ('Deaths were reported in') adds up to it (`sums`), and so do
    the dead at the scene and those who died later ('died at the scene and two more died in
    hospital'); the list of places may
    follow the figure's sentence after one with no figures ('Homes were also damaged.'). A sentence
    that may speak of another time or place (a date, 'another', 'last year', an opening 'In
    Kenya,') is left alone; when the figure before is one superseded ('Early reports had put the
    toll at 6'), the list breaks down the one figure of the event told before it."""
    if len(amounts) < 2:
        return
    event = placed[amounts[0]].event
    # "fourteen women and nine men died and around 40 people were hurt": the list of the event,
    # then figures of other events told after it
    listed = list(itertools.takewhile(lambda i: placed[i].event == event, amounts))
    if event and all(placed[i].event not in ("", event) for i in amounts[len(listed) :]):
        members = [i for i in members if i not in amounts[len(listed) :]]
        amounts = listed
    if len(amounts) < 2:
        return
    (start, end), first = placed[amounts[0]].sentence_span, placed[amounts[0]].quantity
    by_place = _one_list(placed, amounts, text, _PLACE_COUNT_JOIN)
    reported = by_place and _REPORTED_IN.match(text, start, first.start)
    if (
        not previous
        and reported
        and earlier
        and placed[earlier[0]].sentence == placed[amounts[0]].sentence - 2
    ):
        previous = earlier
    totals = [i for i in previous if placed[i].event == event and placed[i].quantity.kind in AMOUNTS]
    # "700 homes destroyed and 400 more damaged": each item with a verb of its own (not the one
    # verb after a list: "eleven women and nine men died")
    own_verbs = all(_OWN_PARTICIPLE.match(text, placed[i].quantity.end) for i in amounts[:2])
    if event and not totals and not own_verbs and not _GROUP_NAMED.search(text, start, first.start):
        # "Shelling killed nine people. He gave no names. Four died on Saturday and six on Sunday":
        # the nearest sentence before with figures of the event, when the later items take the
        # first one's verb ("653 more damaged" has one of its own, and may be of another event)
        told = [i for i in before if placed[i].event == event and placed[i].quantity.kind in AMOUNTS]
        totals = [i for i in told if placed[i].sentence == placed[told[-1]].sentence] if told else []
    if not event or len(totals) != 1:
        return
    total = totals[0]
    if _SUPERSEDED.search(text, *placed[total].sentence_span):
        # "The toll has risen to 9. ... Early reports had put the toll at 6.": the figure that
        # superseded it, the one of the event told before it
        told = [
            i
            for i in before
            if placed[i].sentence < placed[total].sentence
            and placed[i].event == event
            and placed[i].quantity.kind == "count"
            and links[i].part_of is None
        ]
        if len({placed[i].quantity.value for i in told}) != 1:
            return
        total = told[-1]
    if (
        placed[total].quantity.kind != "count"
        or len(members) != len(amounts)  # "... in 2019": a date may name another time
        or _OTHER_OCCASION.search(text, start, end)
        or _PLACE_OPENS.match(text, start, first.start)
    ):
        return
    if not (by_place or _one_list(placed, amounts, text)) or _BROKEN_DOWN_AFTER.match(text, first.end):
        return  # "Civilian deaths numbered 20, with three in October, ...": the first figure's own breakdown
    for part in amounts:
        if (
            placed[part].quantity.kind != "count"
            or placed[part].event != event
            or links[part].part_of is not None
            or not (
                placed[total].generic
                or placed[part].generic
                or placed[part].entity in ("", placed[total].entity)
            )
        ):
            return
    for part in amounts:
        links[part].join(total, "entity")
    last = placed[amounts[-1]].quantity
    staged = (
        len(amounts) == 2
        and _AT_THE_SCENE.search(text, first.end, last.start)
        and _LATER_ON.search(text, last.end, end)
    )
    if reported or staged:
        links[total].sums = True


# right before a list of counts that breaks down the figure of an event: "the dead are ", ", and the
# injured ", "The wounded include ", "Those who died there were "
_EVENT_LIST_OPENS = re.compile(
    r"(?r)(?:^\s*|[,;:]\s*(?:(?i:and|while)\s+)?)(?:(?i:the)\s+(?P<word>[\p{L}-]+)"
    r"|(?i:those|the\s+people)\s+(?i:who)\s+(?:(?i:had|have)\s+)?(?P<word>\p{L}+)(?:\s+(?i:there|here))?)"
    r"(?:\s+(?P<verb>(?i:are|were|number|numbered|include|included|includes|comprised|comprise|comprises|"
    r"consisted\s+of|consist\s+of)))?\s*:?\s+$"
)


_MORE_THAN = re.compile(r"(?:\s+[\p{L}-]+)?" + _COMPARATIVE_THAN + r"\b")


def _breakdowns_by_event(
    placed: Sequence[Placed],
    amounts: list[int],
    previous: list[int],
    text: str,
    events: Mapping[str, str],
    links: list[Links],
) -> None:
    """'406 lives have been lost ... and 247 people injured. The dead are 305 men, 55 women and 46
    children, and the injured 179 men, 38 women and 30 children': a list of counts of different
    nouns opened by the words of an event ("the dead are", "the injured") breaks down the one
    figure of that event in the sentence before; one said to be the event's ("are", "were", or
    no verb) adds up to it (`sums`), one it includes ("the wounded include") is part of it."""
    runs: list[list[int]] = []
    for i in amounts:
        last = runs[-1][-1] if runs else None
        if last is not None and _LIST_JOIN.fullmatch(
            text, placed[last].quantity.end, placed[i].quantity.start
        ):
            runs[-1].append(i)
        else:
            runs.append([i])
    if all(len(run) < 2 for run in runs):
        return  # no list
    start, end = placed[amounts[0]].sentence_span
    if _OTHER_OCCASION.search(text, start, end) or _PLACE_OPENS.match(
        text, start, placed[amounts[0]].quantity.start
    ):
        return  # "In Peshawar, the dead are ...", "... last year": of another place or time
    for run in runs:
        first = placed[run[0]].quantity
        opening = _EVENT_LIST_OPENS.search(text[start : first.start])  # at its sentence's start or a stop
        event = events.get(opening.group("word").lower()) if opening else None
        entities = [placed[i].entity for i in run]
        if (
            opening is None
            or event is None
            or len(run) < 2
            or any(placed[i].quantity.kind != "count" or placed[i].event != event for i in run)
            or any(links[i].part_of is not None for i in run)
            or "" in entities
            or len(set(entities)) != len(entities)
        ):
            continue
        totals = [
            j
            for j in previous
            if placed[j].event == event
            and placed[j].quantity.kind == "count"
            and links[j].part_of is None
            and not _MORE_THAN.match(text, placed[j].quantity.end)  # "12 fewer than last year"
            and not any(  # "88 people had died in 80 crashes": a figure in a phrase on another
                k < j
                and placed[k].sentence == placed[j].sentence
                and _ATTACHED.fullmatch(text, placed[k].quantity.end, placed[j].quantity.start)
                for k in previous
            )
        ]
        if len(totals) != 1:
            continue
        for i in run:
            links[i].join(totals[0])
        verb = (opening.group("verb") or "").lower()
        if not verb.startswith("includ") and _closed_list(placed, run, text) == 0:
            links[totals[0]].sums = True  # no item without a figure: "and several children"


def _lines_under_a_total(
    placed: Sequence[Placed],
    amounts: list[int],
    previous: list[int],
    earlier: list[int],
    before: list[int],
    text: str,
    links: list[Links],
) -> None:
    """'The ship was carrying 410 people. Nationalities confirmed so far:' then lines 'Italy: 180',
    'Malaysia: 43', ...: counts each on a line of its own after a label and a colon, under a
    heading line that ends in a colon (or right under the sentence, if it ends in one), are
    parts of the one count of the sentence before, and add up to no more than it. A heading
    with no figure of its own that names a group ('Nationalities of the people on board:') puts
    the lines under the figure that group's noun names in the `before` sentences."""
    parts = [i for i in amounts if _on_a_labelled_line(placed, i, text)]
    if len(parts) < 2:
        return
    above = previous or earlier
    if not above or placed[above[0]].sentence < placed[parts[0]].sentence - 2:
        _lines_under_a_named_group(placed, parts, before, text, links)
        return
    counts = [i for i in above if placed[i].quantity.kind in AMOUNTS]
    heading = _HEADING.fullmatch(text, placed[above[0]].sentence_span[1], placed[parts[0]].sentence_span[0])
    if len(counts) != 1 or placed[counts[0]].quantity.kind != "count" or heading is None:
        return
    if not heading.group("label") and not text[: placed[above[0]].sentence_span[1]].rstrip().endswith(":"):
        return
    if any(
        placed[i].quantity.kind != "count"
        or links[i].part_of is not None
        or placed[i].event not in ("", placed[counts[0]].event)  # "Dead: 12", "Injured: 40"
        for i in parts
    ):
        return
    for part in parts:
        links[part].join(counts[0], "entity")


_GROUP_HEADING = re.compile(  # a heading line naming a group: "Nationalities of the people on board:"
    r"(?:^|\n)[ \t]*\p{Lu}[^\n\d:]{0,80}?\b(?i:of|among|for)\s+(?i:the|those|all|all\s+the)\s+"
    r"(?P<word>\p{L}{3,})\b[^\n\d:]{0,60}:[ \t]*\n\s*$"
)


def _lines_under_a_named_group(
    placed: Sequence[Placed], parts: list[int], before: list[int], text: str, links: list[Links]
) -> None:
    """Lines under a heading with no figure that names their group: parts of the count that
    the group's noun names in the `before` sentences (see `_lines_under_a_total`)."""
    first = placed[parts[0]].quantity.start
    line = text.rfind("\n", 0, first)
    heading = _GROUP_HEADING.search(text, max(0, line - 200), line + 1) if line > 0 else None
    counts = [i for i in before if placed[i].quantity.kind == "count"]
    whole = _named_whole(placed, counts, heading.group("word"), ("count",), text) if heading else None
    if whole is None or any(
        placed[i].quantity.kind != "count" or links[i].part_of is not None or placed[i].event for i in parts
    ):
        return
    for part in parts:
        links[part].join(whole, "entity")


_TOTAL_LABEL = re.compile(  # the label of a line that totals the lines above it: "Total out: ", "Overall: "
    r"[ \t]*(?i:total|grand\s+total|overall|all|combined|in\s+all)\b[^\n:\d]{0,30}:[ \t]*"
)
_NEXT_LINE = re.compile(r"[ \t]*\n[ \t]*")  # between a line's figure and the start of the next line


_PASSENGERS = re.compile(r"\s+(?i:passengers)\b")  # after a count: " passengers"
_CREW = re.compile(r"\s+(?i:crew(?:\s+members)?|crewmen|crew-members)\b")  # after a count: " crew members"
_AND_PLUS_JOIN = re.compile(r"\s*(?i:and|plus)\s+")  # " and " between the two counts of a pair


_CARRYING = re.compile(r"(?r)\b(?i:carrying|carried)\s+$")  # "A plane carrying " 96 people


def _passengers_and_crew(
    placed: Sequence[Placed], amounts: list[int], before: list[int], text: str, links: list[Links]
) -> None:
    """'An airliner with 144 people on board ... The plane carried 136 passengers and 18 crew
    members': the passengers and the crew, a pair with nothing else listed, are all of the one
    figure of the people on board (event `aboard`, or people a vessel is "carrying") in the
    `before` sentences."""
    for position, (a, b) in enumerate(itertools.pairwise(amounts)):
        qa, qb = placed[a].quantity, placed[b].quantity
        if qa.kind != "count" or qb.kind != "count" or not _is_free(links, a) or not _is_free(links, b):
            continue
        first, second = _PASSENGERS.match(text, qa.end), _CREW.match(text, qb.end)
        if first is None or second is None:
            first, second = _CREW.match(text, qa.end), _PASSENGERS.match(text, qb.end)
        if first is None or second is None or not _AND_PLUS_JOIN.fullmatch(text, first.end(), qb.start):
            continue
        if _LIST_GOES_ON.match(text, second.end(), placed[b].sentence_span[1]) or (
            position > 0 and _LIST_JOIN.fullmatch(text, placed[amounts[position - 1]].quantity.end, qa.start)
        ):
            continue  # "30 soldiers, 136 passengers and 18 crew": a longer list
        aboard = [
            j
            for j in before
            if placed[j].quantity.kind == "count"
            and (
                placed[j].event == "aboard"
                or (
                    placed[j].generic
                    and _CARRYING.search(text, placed[j].sentence_span[0], placed[j].quantity.start)
                )
            )
        ]
        if not aboard or len({placed[j].quantity.value for j in aboard}) != 1 or links[aboard[-1]].part_of:
            continue
        for part in (a, b):
            links[part].join(aboard[-1])
        links[aboard[-1]].sums = True


_COLON_AFTER = re.compile(r"(?:\s+[\p{L}’'-]+){0,3}\s*:\s*")  # " counts: " after a whole
_ITEM_OPENS = re.compile(r"\s*(?i:and\s+)?")  # what may stand before an item's figure: "and "


@_needs_two
def _semicolon_breakdown(placed: Sequence[Placed], amounts: list[int], text: str, links: list[Links]) -> None:
    """'was tried on 11 counts: two of genocide; six of crimes against humanity, namely ...; and
    four of violations of the laws of war': after a figure and a colon, items set apart by
    semicolons, each opening with a figure of the whole's measure and holding no other, are
    its parts; all of it (`sums`) when the last opens with "and"."""
    for position, whole in enumerate(amounts):
        qw = placed[whole].quantity
        end = placed[whole].sentence_span[1]
        colon = _COLON_AFTER.match(text, qw.end, end)
        if colon is None or ";" not in text[colon.end() : end] or links[whole].part_of is not None:
            continue
        items = text[colon.end() : end].rstrip(" .").split(";")
        parts, cursor = [], colon.end()
        for item in items:
            inside = [
                i for i in amounts[position + 1 :] if cursor <= placed[i].quantity.start < cursor + len(item)
            ]
            opens = _ITEM_OPENS.match(text, cursor)
            if (
                len(inside) != 1
                or placed[inside[0]].quantity.start != opens.end()
                or not _same_measure(placed, inside[0], whole)
                or not _is_free(links, inside[0])
            ):
                parts = []
                break
            parts.append(inside[0])
            cursor += len(item) + 1
        if len(parts) < 2:
            continue
        for part in parts:
            links[part].join(whole, "entity", "event")
        if opens.group().strip():  # the last item opens with "and": the list is all of the whole
            links[whole].sums = True


_FIGURE_THEN_AMOUNT = re.compile(
    r"[^\d;:.()]{0,80}?,\s*"
)  # " foreigners applied from January through July, "
_SHARE_OF_THE_AMOUNT = re.compile(r"\s*,?\s*(?i:or)\s+|\s*\(\s*")  # "3,198 or " 26.1 percent, "3,198 ("
# after an amount, a comparison with a time and the change named: " fewer per day than in 2017, a fall of "
_AMOUNT_THAN_THEN_SHARE = re.compile(
    r"(?:\s+[\p{L}’'-]+){0,2}?\s+(?:(?P<up>(?i:more|higher|greater|larger))|(?i:fewer|less|lower|smaller))"
    r"(?:\s+(?i:per|a|each)\s+\p{L}+)?\s+(?i:than)\s+[^,;:.()]{1,40}?,\s*(?i:an?)\s+"
    r"(?:(?P<rise>(?i:rise|increase|gain|jump|climb))|(?i:fall|drop|decline|decrease|dip))\s+(?i:of)\s+"
    r"(?i:(?:about|some|nearly|roughly|around|almost|just\s+over|just\s+under)\s+)?"
)
_COMPARATIVE = re.compile(  # after an amount and its share: " more than in the same months last year"
    r"\s*\)?\s*,?\s+(?:(?P<up>(?i:more|higher|greater|larger|bigger|up))|(?i:less|lower|fewer|smaller|down))\b"
)


@_needs_two
def _amount_and_share_of_a_change(
    placed: Sequence[Placed], amounts: list[int], text: str, links: list[Links]
) -> None:
    """'18,946 foreigners applied from January through July, 3,198 or 26.1 percent more than in
    the same months last year': an amount and its share after a figure, said to be more (or
    less) than before, are the change that ended at the figure, from a start they leave unsaid."""
    for figure, delta, share in zip(amounts, amounts[1:], amounts[2:], strict=False):
        qf, qd, qs = placed[figure].quantity, placed[delta].quantity, placed[share].quantity
        if (
            qf.kind not in WHOLE_KINDS
            or qs.unit != "percent"
            or not _same_measure(placed, figure, delta)
            or not all(_is_free(links, i) for i in (delta, share))
            or not _FIGURE_THEN_AMOUNT.fullmatch(text, qf.end, qd.start)
            or not _SHARE_OF_THE_AMOUNT.fullmatch(text, qd.end, qs.start)
        ):
            continue
        compared = _COMPARATIVE.match(text, qs.end)
        if compared is None:
            continue
        _set_unsaid_start(links, figure, delta, share, 1 if compared.group("up") else -1)
    for figure, delta, share in zip(amounts, amounts[1:], amounts[2:], strict=False):
        # "5.44 million people rode the subway, 243,000 fewer per day than in 2017, a fall of 2.6%"
        qf, qd, qs = placed[figure].quantity, placed[delta].quantity, placed[share].quantity
        named = _AMOUNT_THAN_THEN_SHARE.fullmatch(text, qd.end, qs.start)
        direction = 1 if named and named.group("up") else -1
        if (
            qf.kind not in WHOLE_KINDS
            or qs.unit != "percent"
            or named is None
            or bool(named.group("up")) != bool(named.group("rise"))
            or not _same_measure(placed, figure, delta)
            or not all(_is_free(links, i, direction) for i in (delta, share))  # "a fall of": a change
            or not _FIGURE_THEN_AMOUNT.fullmatch(text, qf.end, qd.start)
        ):
            continue
        _set_unsaid_start(links, figure, delta, share, direction)


def _set_unsaid_start(links: list[Links], figure: int, delta: int, share: int, direction: int) -> None:
    """The amount `delta` and its `share` are a change in `direction` that ended at `figure`."""
    for change in (delta, share):
        links[change].change_to, links[change].direction = figure, direction
    links[share].converts = delta  # the share restates the amount, as in "fell 12 cents, or 1.5%"


_SEATS = "seat"  # the noun of a chamber's parts: every party's seats in one contest are seats of its chamber


@_needs_two
def _seats_of_the_chamber(
    placed: Sequence[Placed], amounts: list[int], text: str, links: list[Links]
) -> None:
    """'In Uttarakhand the BJP won 67 of the 70 seats ..., followed by the Congress despite
    winning only 11 seats': in a sentence that names a chamber's seats ('N of the M seats'),
    every other count of seats with no whole of its own is another party's share of the same
    chamber, within it with the first (NC102)."""
    chambers = {
        links[i].part_of
        for i in amounts
        if links[i].part_of in amounts and placed[links[i].part_of].entity == _SEATS
    }
    if len(chambers) != 1:
        return
    chamber = chambers.pop()
    for i in amounts:
        if (
            i != chamber
            and placed[i].entity == _SEATS
            and placed[i].quantity.kind == "count"
            and _is_free(links, i)
            and not any(links[j].part_of == i for j in amounts)
            and placed[i].quantity.value <= placed[chamber].quantity.value
            # "and of the 12 seats voting in May, ...": a whole of its own, named as one
            and not _A_WHOLE_BEFORE.search(text, placed[i].sentence_span[0], placed[i].quantity.start)
            # "1,212 seats in 43 of the 50 state senates and 4,711 of the 5,411 house seats": seats
            # of other chambers, named in a phrase on them
            and not any(
                _ATTACHED.fullmatch(text, placed[i].quantity.end, placed[j].quantity.start)
                for j in amounts
                if j > i
            )
        ):
            links[i].join(chamber)


_A_WHOLE_BEFORE = re.compile(r"(?r)\b(?i:of|out\s+of)\s+(?i:the|its|their)\s+$")  # "of the " 12 seats


# words of a sentence whose seats may be another contest's, a forecast's or a change's
_OTHER_CONTEST = re.compile(
    r"\b(?i:previous|last\s+(?:election|time|vote|poll)|ago|outgoing|before\s+the\s+election|in\s+(?:19|20)\d\d|"
    r"could|might|would|projected|projections?|forecasts?|predicted|exit\s+polls?|polls?|survey|needs?|needed|"
    r"lost|gained|up\s+from|down\s+from|compared|previously|won\s+back|flipped|contest(?:ed|ing|s)?|"
    r"fielded|candidates|state|states|district|districts|region|regions|upper|lower|senate|council)\b"
)


def _seats_listed_under_the_chamber(
    placed: Sequence[Placed], by_sentence: Mapping[int, list[int]], text: str, links: list[Links]
) -> None:
    """'The alliance took 70 of the 150 seats ... The commission said the alliance had won 70
    seats, the Greens 41, the Liberals 22 and independents 12.': where an article
    names one chamber (every 'N of the M seats' and 'M-seat' there gives the same M), a later
    sentence that lists the seats of three or more sides, and nothing else, is a breakdown of
    that chamber: its list adds up to no more than it (NC102). A sentence that may speak of
    another contest, a forecast, a change or a smaller body is left alone."""
    chambers = [
        i
        for i, item in enumerate(placed)
        if item.quantity.kind == "count"
        and (
            _BODY_SIZE.match(text, item.quantity.end)
            or (item.entity == _SEATS and any(links[j].part_of == i for j in by_sentence[item.sentence]))
        )
    ]
    if not chambers or len({placed[i].quantity.value for i in chambers}) != 1:
        return
    chamber = chambers[0]
    for sentence, members in by_sentence.items():
        seats = [i for i in members if placed[i].quantity.kind == "count" and placed[i].entity == _SEATS]
        start, end = placed[members[0]].sentence_span
        if (
            sentence <= placed[chamber].sentence
            or len(seats) < 3
            or not all(_is_free(links, i) for i in seats)
            or any(  # a list's last item with its noun left out far back may stand with them
                placed[i].quantity.kind != "date" and i not in seats and placed[i].entity for i in members
            )
            or _OTHER_CONTEST.search(text, start, end)
            or not _one_list(placed, seats, text, ELIDED_NOUN_JOIN)
        ):
            continue
        for i in seats:
            links[i].join(chamber)


_YEARS_SPAN = re.compile(  # "From 2010 to 2020 ", "Between 2010 and 2020, " opening the sentence of a change
    r"\s*(?i:from|between)\s+(?P<first>(?:19|20)\d\d)\s+(?i:to|and|through)\s+(?P<last>(?:19|20)\d\d)\b"
)


def _change_of_the_years_before(
    placed: Sequence[Placed], amounts: list[int], before: list[int], text: str, links: list[Links]
) -> None:
    """'The 2020 census counted 126.8 million households, 9% more than the 116.7 million counted in
    2010. ... From 2010 to 2020 the number of households rose by 10.1 million': a change with no
    ends of its own, in a sentence opening with the span of two years, is the change between the
    one pair of ends of its measure read in the `before` sentences, where both years are
    written."""
    if not amounts:
        return
    span = _YEARS_SPAN.match(text, placed[amounts[0]].sentence_span[0])
    if span is None:
        return
    deltas = [
        i
        for i in amounts
        if links[i].direction and links[i].change_from is None and links[i].change_to is None
    ]
    if len(deltas) != 1 or placed[deltas[0]].quantity.kind not in WHOLE_KINDS:
        return
    delta = deltas[0]
    pairs = {
        (links[j].change_from, links[j].change_to)
        for j in before
        if links[j].change_from is not None
        and links[j].change_to is not None
        and _same_measure(placed, links[j].change_to, delta)
    }
    if len(pairs) != 1:
        return
    start, end = pairs.pop()
    written = text[placed[start].sentence_span[0] : placed[end].sentence_span[1]]
    if span.group("first") in written and span.group("last") in written:
        links[delta].change_from, links[delta].change_to = start, end


@_needs_two
def _total_lines(placed: Sequence[Placed], amounts: list[int], text: str, links: list[Links]) -> None:
    """'Duke Energy: 624,885' ... 'Tampa Electric: 358,663' then 'Total out: 983,548': the figure
    on a line labelled as a total adds up the figures of the labelled lines right above it, one
    figure to a line, each ending its line, of one measure."""
    for position, total in enumerate(amounts):
        qt = placed[total].quantity
        line = text.rfind("\n", 0, qt.start) + 1
        if position < 2 or not _TOTAL_LABEL.fullmatch(text, line, qt.start):
            continue
        parts: list[int] = []
        for i in reversed(amounts[:position]):
            end_of_line = _NEXT_LINE.match(text, placed[i].quantity.end)
            if (
                end_of_line is None
                or end_of_line.end() != line  # the figure ends the line right above
                or not _on_a_labelled_line(placed, i, text)
                or not _same_measure(placed, i, total)
                or links[i].part_of is not None
            ):
                break
            parts.insert(0, i)
            line = text.rfind("\n", 0, placed[i].quantity.start) + 1
        if len(parts) >= 2:
            for part in parts:
                links[part].join(total, "entity")
            links[total].sums = True


def _on_a_labelled_line(placed: Sequence[Placed], i: int, text: str) -> bool:
    """Whether quantity `i` follows a label at the start of a line of its own: 'Malaysia: 43'."""
    start, figure = placed[i].sentence_span[0], placed[i].quantity.start
    newline = text.rfind("\n", start, figure)
    if newline < 0 and start > 0 and text[start - 1] != "\n":
        return False  # the sentence begins mid-line: "... on board. Malaysia: 43" is no line of its own
    return bool(_LINE_LABEL.fullmatch(text, newline + 1 if newline >= 0 else start, figure))


def _tally_positions(
    placed: Sequence[Placed], amounts: list[int], text: str, verb: re.Pattern[str] = _TALLY_VERB
) -> list[tuple[int, int, int]]:
    """(position, ayes, noes) of each vote's tally among `amounts` after a `verb`: "voted 68-31"."""
    out = []
    for position, (ayes, noes) in enumerate(itertools.pairwise(amounts)):
        qa, qn = placed[ayes].quantity, placed[noes].quantity
        if qa.kind != "count" or qn.kind != "count" or not _TALLY_JOIN.fullmatch(text, qa.end, qn.start):
            continue
        if verb.search(text, placed[ayes].sentence_span[0], qa.start):
            out.append((position, ayes, noes))
    return out


def _breaks_down(
    placed: Sequence[Placed], whole: int, parts: list[int], part: int, text: str, strong: bool
) -> bool:
    """Whether `part` goes on a breakdown of `whole` whose parts so far are `parts`: by kind or
    by place, as the first part did. A list of kinds breaks down a count of people in general,
    or, after a dash or a colon (`strong`), any count."""
    by_place = _place_after(placed, part, text)
    by_phrase = _by_phrase(placed, whole, part, text, strong)
    # "$90 million: $50 million of loans and $40 million in grants": what a sum is for, or in
    money = placed[whole].quantity.kind == "money"
    first = (
        (_place_after(placed, parts[0], text), _by_phrase(placed, whole, parts[0], text, strong))
        if parts
        else None
    )
    # after a colon or dash, a phrase and a place are both where a part stands: "3,195 on the
    # central route to Italy, 441 on the eastern route"
    mixed = strong and (by_place or by_phrase) and first is not None and any(first)
    if first is not None and (by_place, by_phrase or money) != (first[0], first[1] or money) and not mixed:
        return False
    entity = placed[part].entity
    if by_place:
        return entity in ("", placed[whole].entity)
    if by_phrase:
        return True
    kinds = {placed[p].entity for p in parts}
    other = bool(parts) and strong and bool(_OTHER_AFTER.match(text, placed[part].quantity.end))
    return (
        not _NOUN_AND_PARTICIPLE.match(text, placed[part].quantity.end)
        and (placed[whole].generic or strong)
        and bool(entity)
        and (not placed[part].generic or other)  # "..., eight policemen and 10 other people"
        and (entity not in kinds or strong)  # after a colon: "16 firefighters from A, 23 firefighters from B"
    )


# after an item's figure, its noun and a participle of its own: " houses destroyed", " bridges
# washed away": a list of what happened, each item a clause, not kinds of the figure before
_GROUP_NAMED = re.compile(r"\b(?i:of|among)\b")  # "Of the damaged homes, " 556: its own whole
_OWN_PARTICIPLE = re.compile(  # " more damaged", " were taken" (not " women", " men")
    r"(?:\s+[\p{L}-]+)?\s+(?:\p{Ll}{2,}ed|(?i:taken|driven|stolen|fallen|beaten|broken|hidden|given|shaken|frozen|"
    r"chosen|eaten|written|ridden|thrown|blown|shown|sworn|torn|drawn|swept|hit|hurt|shot|lost|left|found|sunk|struck))\b"
)
_NOUN_AND_PARTICIPLE = re.compile(r"\s+[\p{L}-]+\s+(?!(?i:aged|named|called|based)\b)\p{L}{2,}(?:ed|en)\b")


def _by_phrase(placed: Sequence[Placed], whole: int, part: int, text: str, strong: bool) -> bool:
    """Whether `part` breaks down `whole` by a phrase after a colon or dash, with no noun of its
    own: "390 face charges: 210 for burglary, 150 for fraud and the rest for ..."."""
    return (
        strong
        and placed[part].entity in ("", placed[whole].entity)
        and not _place_after(placed, part, text)
        and bool(_PHRASE_AFTER.match(text, placed[part].quantity.end))
    )


def _place_after(placed: Sequence[Placed], i: int, text: str) -> bool:
    """Whether a named place follows quantity `i` in its sentence: '17 in Mississippi', 'five
    more in Faro'."""
    end = placed[i].sentence_span[1]
    more = _INCREMENT.match(text, placed[i].quantity.end, end)
    return bool(_PLACE_AFTER.match(text, more.end() if more else placed[i].quantity.end, end))


def _head_of_phrase(placed: Sequence[Placed], amounts: list[int], text: str) -> int:
    """The last of `amounts`, unless it stands in a phrase after the one before ("47 drones over
    seven regions, including 20 ..."): then that one, as the noun the phrase hangs on."""
    whole = amounts[-1]
    for earlier in reversed(amounts[:-1]):
        qe, qw = placed[earlier].quantity, placed[whole].quantity
        if qe.kind != "count" or not _PREPOSITIONAL.fullmatch(text, qe.end, qw.number_start):
            break
        whole = earlier
    return whole


@_needs_two
def _list_totals(placed: Sequence[Placed], amounts: list[int], text: str, links: list[Links]) -> None:
    """'won 40 gold medals, 44 silver and 42 bronze for a total of 126', '$61 billion for Ukraine
    and $26 billion for Israel, totaling $87 billion', '12 in May and 9 in June — 21 in all': a
    list of two or more amounts, then a figure said to be their total, is that figure's parts,
    and they add up to it (`sums`); after 'out of' ('400 in favour, 41 against and 200
    abstentions, out of 636 present') they are parts that need not make it up. The total ends
    its clause, bar its noun and 'in all': one that goes on into a scope ('for a total of 45
    since the protests began') may count more."""
    for position, total in enumerate(amounts):
        qt, end = placed[total].quantity, placed[total].sentence_span[1]
        if position < 2 or (qt.kind not in WHOLE_KINDS and not _a_share(placed, total, links)):
            continue
        last = amounts[position - 1]
        lead = _LIST_SUM.fullmatch(
            text, placed[last].quantity.end, qt.number_start
        ) or _LIST_TOGETHER.fullmatch(text, placed[last].quantity.end, qt.start)
        out_of = lead is None and _LIST_OUT_OF.fullmatch(text, placed[last].quantity.end, qt.start)
        tail = _SUM_TAIL.match(text, qt.end, end)
        if lead is None and not out_of:
            if not (
                _LIST_SUM_MARK.fullmatch(text, placed[last].quantity.end, qt.start)
                or _LIST_VERB.fullmatch(text, placed[last].quantity.end, qt.start)
            ):
                continue
            # "— 126 medals in all"; "Kent (35) and Sussex (31) reported 71 deaths between them"
            tail = tail if tail and tail.group("all") else None
        if tail is None or (tail.group("who") and _WIDER_SCOPE.search(text, tail.end(), end)):
            continue  # "a total of 45 who have been held since March": more than the list may count
        items = [last]
        for earlier in reversed(amounts[: position - 1]):
            qe, qn = placed[earlier].quantity, placed[items[0]].quantity
            if any(links[i].part_of == earlier for i in items):
                break  # "Of the 44 miners, 29 were rescued and 11 died": the whole opens the list
            if not (
                _LIST_JOIN.fullmatch(text, qe.end, qn.start)
                or _NAMES_JOIN.fullmatch(text, qe.end, qn.start)
                or _AND_A_NAME.fullmatch(text, qe.end, qn.start)
            ):
                break
            items.insert(0, earlier)
        if len(items) < 2 or any(
            _measured_as(placed, i) != (qt.kind, qt.unit)
            or links[i].part_of is not None
            or (qt.kind == "percent" and not _a_share(placed, i, links))
            for i in items
        ):
            continue
        # "Its 46 golds ..., and with 29 silver and 29 bronze they made a total of 104": what the
        # list comes with counts too, so the list is only a part of the total
        added = _WITH_BEFORE.search(text, placed[items[0]].sentence_span[0], placed[items[0]].quantity.start)
        _sum_up(items, total, links, sums=not out_of and added is None)


_WITH_BEFORE = re.compile(  # not a name's: "Brazil with " 31%
    r"(?r)(?<!\p{Lu}[\p{L}’'.-]*\s)\b(?i:with|plus|along\s+with|together\s+with|in\s+addition\s+to)\s+$"
)


def _a_share(placed: Sequence[Placed], i: int, links: list[Links]) -> bool:
    """Whether figure `i` is a share in per cent that is no change: shares of one whole add up
    ("China 31%, the US 18% and India 8%, adding up to 57%"); rates of change compound."""
    q = placed[i].quantity
    return (
        q.kind == "percent"
        and q.unit == "percent"
        and not links[i].direction
        and placed[i].event not in CHANGE_EVENTS
    )


def _sum_up(items: list[int], total: int, links: list[Links], sums: bool = True) -> None:
    """Make `items` the parts of `total`, said to be their sum unless `sums` is False (each takes
    its noun if it has none)."""
    for item in items:
        links[item].join(total, "entity")
    links[total].sums = sums


def _totals_of_the_list_before(
    placed: Sequence[Placed], amounts: list[int], previous: list[int], text: str, links: list[Links]
) -> None:
    """'Storms killed 10 people in Texas and three in Oklahoma. In all, 13 people were killed',
    'The jet carried 175 passengers and six crew. All 181 people on board survived': a sentence
    that opens by giving a total ('In all,', 'Altogether,', 'All 181 people on board') sums the
    one list of counts of the sentence before, of its kind and, where both name one, its event."""
    if not amounts or not previous:
        return
    total = amounts[0]
    qt, (start, end) = placed[total].quantity, placed[total].sentence_span
    on_board = _ALL_OPENS.fullmatch(text, start, qt.number_start) and _ON_BOARD.match(text, qt.end, end)
    if not (_IN_ALL_OPENS.fullmatch(text, start, qt.start) or on_board) or _WIDER_SCOPE.search(
        text, qt.end, end
    ):
        return  # "In all, 45 people have been arrested since the protests began" may count more
    event = placed[total].event
    items = [
        i
        for i in previous
        if _measured_as(placed, i) == _measured_as(placed, total)
        and links[i].part_of is None
        and not any(links[j].part_of == i for j in previous)
        and (not event or placed[i].event in ("", event))
    ]
    if len(items) >= 2 and _one_list(placed, items, text):
        _sum_up(items, total, links)


_RECORD_SIDE_AFTER = re.compile(r"(?:\s?[-–]\s?|:)\d")  # after a record's first side: "-33" in "42-33", ":7"


def _other_thing(placed: Sequence[Placed], a: int, b: int) -> bool:
    """Whether `a` and `b` count different things: two nouns, and not one event between them."""
    nouns = {placed[a].entity, placed[b].entity}
    return (
        "" not in nouns and len(nouns) == 2 and not (placed[a].event and placed[a].event == placed[b].event)
    )


_PRONOUN_ONE = re.compile(r"(?i:one)")


@_needs_two
def _totals(placed: Sequence[Placed], amounts: list[int], text: str, links: list[Links]) -> None:
    """A running total points at its increment: of the earlier figures of its sentence that a
    'bringing ... to' stands after, the nearest one written as an increment ('11 more bodies')
    with the total's event, else with its event, else written as an increment, else the nearest."""
    for position, total in enumerate(amounts):
        qt = placed[total].quantity
        if links[total].sums:
            continue
        verb = _TOTAL.search(text, max(placed[total].sentence_span[0], qt.start - _TOTAL_REACH), qt.start)
        if verb is None or any(
            verb.start() <= placed[a].quantity.start
            and TO_JOIN.fullmatch(text, placed[a].quantity.end, qt.start)
            for a in amounts[:position]
        ):
            continue  # "to raise the retirement age from 62 to 64": the end of a change, not a total
        if _AVERAGE_NOUN.search(text, verb.start(), qt.start):
            continue  # "bringing the three-month average to 180,333": an average, no running total
        if qt.kind == "percent" and _CHANGE_NOUN_WORD.search(text, verb.start(), qt.start):
            continue  # "taking their combined increase to 17%": rates of change do not add up
        if _RECORD_SIDE_AFTER.match(text, qt.end):
            continue  # "took the Storm to 20-9": a win-loss record, no running total
        if _PRONOUN_ONE.fullmatch(text, qt.start, qt.end) and _ONE_ENDS.match(text, qt.end):
            continue  # "have pushed up the count, and 68% are linked to one.": a pronoun, no total
        if _CHANGE_NAMED_BEFORE.search(text, placed[total].sentence_span[0], verb.start()):
            continue  # "while a similar increase took women to 506,700": the increment has no figure
        candidates = [
            earlier
            for earlier in reversed(amounts[:position])
            if placed[earlier].quantity.kind == qt.kind
            and placed[earlier].quantity.unit == qt.unit
            and placed[earlier].quantity.end <= verb.start()
            # "80 medics worked, taking the injured to four hospitals": another noun's
            and not _other_thing(placed, total, earlier)
            # "won 38-19, taking him to 13 touchdowns": a side of a score is no increment
            and not _is_split_side(placed, earlier, text)
        ]
        event = placed[total].event
        ranked = [
            (
                bool(event) and placed[c].event == event,
                bool(_INCREMENT.match(text, placed[c].quantity.end, qt.end)),
                c,
            )
            for c in candidates
        ]
        if _CHANGE_TOTAL_VERB.match(verb.group()) and not _TOTAL_NAMED.search(verb.group()):
            # "raised its winner's prize to $2 million", "was raised to 142,000 from 130,000": a change's
            # end, a running total only with an increment written as one or of its event (or one that
            # names a total: "helping lift the city's total for the month to")
            ranked = [r for r in ranked if r[0] or r[1]]
        if ranked:  # the best rank, and of those the nearest (max keeps the first of equals)
            links[total].total_of = max(ranked, key=lambda r: (r[0], r[1]))[2]


@_needs_two
def _conversions(placed: Sequence[Placed], amounts: list[int], text: str, links: list[Links]) -> None:
    for a, b in itertools.pairwise(amounts):
        qa, qb = placed[a].quantity, placed[b].quantity
        if {qa.kind, qb.kind} == {"fraction", "percent"} and qb.unit != "percentage_point":
            if _SHARE_APPOSITION.fullmatch(text, qa.end, qb.start):
                links[b].converts = a  # "nearly two-thirds of voters, or 64%"
            continue
        if not qa.unit or not qb.unit or qa.unit == qb.unit or qa.kind != qb.kind:
            continue
        # money converts into no other currency, and a sum in cents after one in dollars is a rate
        # ("earned $412 million, or 58 cents", the "a share" left unsaid), never the same sum
        # "45 months (nearly four years)": a span of time converts too
        if qa.kind not in ("measure", "duration") or not _CONVERTS.fullmatch(_gap(text, qa, qb)):
            continue
        if _PER.match(text, qa.end, qb.start) or _PER.match(text, qb.end, placed[b].sentence_span[1]):
            continue  # "200 miles, or 320 km a day": a distance and a rate, not one amount
        if _PHRASE_AFTER.match(text, qb.end) and _LIST_JOIN.search(text, qb.end, placed[b].sentence_span[1]):
            continue  # "0.4 mb/d (150 kb/d for Oman and 250 kb/d for Bahrain)": a breakdown
        links[b].converts = a


# between a change's figure and the "from" or "to" of the next: "to 4,500 incidents from", "12% last
# year to", "to $1.13 billion in the quarter ended Jan. 31, from", "30% in 2020, from", "since FY01
# from" (a day, a year, a fiscal year, quarter or half is no figure)
_WORDS_BEFORE = (
    r"(?:\s+(?!(?i:from|to)\b)(?:[\p{L}’'-]+\.?|"
    r"(?:\d{1,2}|1[89]\d\d|20\d\d(?:[-–/]\d\d\b)?|FY\d{2,4}|Q[1-4]|H[12])\b(?![.,]\d))){0,6}"
)
# what may stand between "from" or "to" and the figure: "from the 3,800 a day", "from last year's
# 1.1 million", "to a revised 4.2%"
_END_DETERMINER = (
    rf"(?i:the\s+|a\s+|an\s+|its\s+|their\s+)?(?:{_POSSESSIVE}\s+|"
    r"(?i:revised|record|previous|prior|downwardly\s+revised|upwardly\s+revised)\s+)?"
    r"(?:(?:(?:(?i:record|all-time|\d+-year)|\p{Lu}\p{Ll}+|(?:19|20)\d\d|\p{Ll}+)\s+){0,2}?(?i:peak|high|low|level|average|"
    r"total|rate|price|figure|tally|count|number|mark|record|target|goal|limit|ceiling|cap|close|reading)\s+"
    r"(?i:(?:so\s+far|to\s+date|yet)\s+)?(?i:of)\s+)?"
)  # also "from a peak of 7.79%", "from a 50-year high of 14.7%", "than last year's rate of 58.15 cents",
# "below the June peak of $4.58", "than the 2010 census total of 2,405,000"
_YEARS_BETWEEN = (
    rf"(?:\s*,?\s+(?i:from|between)\s+{NAMED_YEAR}\s+(?i:to|and)\s+{NAMED_YEAR}\s*,?(?:\s+(?i:going))?)?"
)
# what stands before a change's start: "from", "from 2017 to 2018, going from"
_TAKING_IT = (
    # ", taking it from", ", bringing the total from", ", taking total wages and benefits from"
    r"(?:\s*,\s*(?i:taking|bringing|moving|lifting|pushing|cutting)\s+(?:(?i:it|them)|(?:[\p{L}’'-]+\s+){0,4}?[\p{L}’'-]+))?"
)
# an aside set off between a change's end and its start: ", its highest level since February, " from
_ASIDE_BEFORE_FROM = r"(?:\s*,\s*(?i:its|the|a|their)(?:\s+[\p{L}’'-]+){1,5}\s*(?=,))?"
_FROM = re.compile(
    _YEARS_BETWEEN
    + _WORDS_BEFORE
    + _ASIDE_BEFORE_FROM
    + _TAKING_IT
    + r"\s*,?\s*(?i:from)\s+"
    + _END_DETERMINER
)
_TO_THE_NEXT = re.compile(r"\s+(?i:to\s+(?:the\s+next|another)|after\s+(?:another|the\s+next))\b")
_ON_OVER = re.compile(r"\s+(?i:on|over)\s+" + _END_DETERMINER)  # "a 60% increase on the 5,075 ..."
# after any verb, "on" names a start only before one named as a time's: "up 6.3% on the previous
# year's " 17,728, "on last year's ", "on the same period's "
_ON_A_NAMED = re.compile(r"\s+(?i:on)\s+(?:(?i:the)\s+)?(?:\p{L}+\s+){0,2}\p{L}+['’]s\s+")
# the earlier time a change is measured from, before its end: " from a year earlier", " from the same
# quarter a year earlier", " from last year", " from the previous month"
_FROM_A_TIME = (
    r"(?:\s+(?i:from)\s+(?i:(?:the\s+)?(?:same|year-earlier|year-ago|corresponding|previous|prior)\s+"
    r"(?:quarter|period|month|week|year|season|half)(?:\s+(?:(?:a|one)\s+year\s+(?:earlier|ago|before)|last\s+year))?"
    r"|(?:a|one)\s+year\s+(?:earlier|ago|before)|last\s+(?:year|quarter|month|season)"
    r"|(?:the\s+)?(?:quarter|month|year|season)\s+before))?"
)
# a participle that tells the change again before its end: ", dropping to ", ", climbing to "
_CHANGE_PARTICIPLE = (
    r"(?:(?i:dropping|falling|sliding|slipping|declining|decreasing|sinking|shrinking|tumbling|plunging|"
    r"easing|climbing|rising|growing|increasing|jumping|surging|soaring|advancing|edging\s+(?:up|down))\s+)?"
)
_TO = re.compile(  # before a change's end: " to ", ", reaching ", ", to close at ", right after it ", at "
    r"(?:"
    + _FROM_A_TIME
    + _WORDS_BEFORE
    + r"\s*,?\s*"
    + _CHANGE_PARTICIPLE
    + r"(?i:to|reaching|hitting|"
    + r"(?:taking|bringing|pushing|lifting)\s+(?:it|the\s+(?:total|tally|number|count))\s+to|"
    + r"(?:to\s+)?(?:close|closing|end|ending|finish|finishing|settle|settling)\s+at)|\s*,\s*(?i:at))\s+"
    + _END_DETERMINER
)
_ASIDE_OPENS = re.compile(r"\s*\(")  # before a rate set aside after a figure: " (" 87 cents a share)
_ASIDE_ENDS = re.compile(r"[^()]{1,40}\)")  # the rest of the aside from its figure: "87 cents a share)"
_AGAINST = re.compile(  # after a change's end, before its start: " against ", ", compared with the "
    r"(?:\s+[\p{L}’'-]+){0,2}?\s*,?\s*(?i:against|versus|vs\.?|compared\s+(?:with|to))\s+" + _END_DETERMINER
)
# after the last item of a list, before the figure said to be its total: " bronze for a total of ",
# " for Israel, totaling $", ", a combined "
_LIST_SUM = re.compile(
    r"\)?(?:\s+[\p{L}’'-]+){0,4}?\s*,?\s*(?:(?i:for|with|making|giving|or|and)\s+)?"
    r"(?i:(?:a\s+)?(?:combined\s+|grand\s+)?total(?:\s+\p{Ll}+){0,2}?\s+of|totall?ing|a\s+combined|combined|adding\s+up\s+to)\s+"
    r"(?i:(?:about|some|nearly|almost|roughly|around|more\s+than|over|at\s+least|just\s+(?:over|under))\s+)?"
    r"(?:[^\s\d\p{L}]{1,2}|US\$|[A-Z]{3}\s)?"
)
# between a list's last item and the total it is said to make "between them" or "together": "(31), which
# between them have reported losses of " $8 billion; ", together worth " $4 million; not "together with"
_LIST_TOGETHER = re.compile(
    r"\)?\s*,\s*(?:(?i:which|who|that)\s+)?(?i:between\s+them|together|combined|jointly)\s+(?!(?i:with)\b)"
    r"(?:\p{Ll}[\p{L}’'-]*\s+){0,4}?"
)
_WIDER_SCOPE = re.compile(r"\b(?i:since|so\s+far|to\s+date|this\s+(?:year|month|week|season))\b")
_IN_ALL = r"(?i:in\s+all|in\s+total|altogether|all\s+told|overall)"  # what says a figure is a total
_IN_ALL_OPENS = re.compile(  # "In all, " 13; "Together that makes " 71; "That brings the total to " 71
    r"\s*(?:" + _IN_ALL + r"\s*,\s*"
    r"|(?i:together|combined|between\s+them)\s*,?\s+(?:(?i:that|this|they|these|those)\s+)?"
    r"(?i:makes?|made|comes?\s+to|came\s+to|adds?\s+up\s+to|added\s+up\s+to|gives?|gave|ha(?:ve|s|d)|"
    r"hold|held|won|win|totall?ed|totals?)\s+(?:(?i:a\s+total\s+of)\s+)?"
    r"|(?i:that|this)\s+(?:(?i:makes|made)|(?i:brings|brought)\s+(?i:the\s+total\s+to|it\s+to))\s+)"
)
_ALL_OPENS = re.compile(r"\s*(?i:all)\s+")  # "All " 181 people on board
_ON_BOARD = re.compile(r"(?:\s+[\p{L}’'-]+){0,3}?\s+(?i:on\s+board|aboard|onboard)\b")  # " people on board"
_LIST_OUT_OF = re.compile(
    r"(?:\s+[\p{L}’'-]+){0,3}?\s*,?\s*(?i:out\s+of)\s+"
)  # ", out of " 636: a whole, no sum
# " bronzes — " 126 in all; "$0.9bn, or " about $4.4bn combined; " domestic, for " $702M in all;
# ", making " 431 in all
_LIST_SUM_MARK = re.compile(
    r"\)?(?:\s+[\p{L}’'-]+){0,8}?\s*(?:,|:|—|–|\s-\s)\s*(?:(?i:or|for|making|to\s+make)\s+)?"
)
# between two items of a list, the second named before its figure: "33 points" and Damian Lillard "30"
# or a comma, and what the name has: "31%" ", Chile with " "18%"
_AND_A_NAME = re.compile(
    r"(?:\s+[\p{L}’'-]+){0,2}?(?:\s+(?i:and)|\s*,(?:\s+(?i:and))?)\s+(?:(?i:the)\s+)?(?:\p{Lu}[\p{L}\d’'.-]*\s+){1,3}"
    r"(?:(?i:with|on|at)\s+)?"
)
# between two names' counts in brackets: "Kent (35" ") and Sussex (" 31)
_NAMES_JOIN = re.compile(r"\)\s*,?\s*(?:(?i:and)\s+)?(?:\p{Lu}[\p{L}’'.-]*\s+){1,3}\(")
# "(31)" reported "71 deaths between them" (not "five other nations have 14 between them": their own)
_LIST_VERB = re.compile(r"\)(?:\s+\p{Ll}[\p{L}’'-]*){1,3}\s+")
# after a list's total: its noun, "in all", then the clause ends, or a clause on who or what they
# are opens ("a total of 212 who were taken ashore"); not "since March", "this year"
_SUM_TAIL = re.compile(  # also a share's whole: "57%" " of the world's total."
    r"(?:\s+(?i:of)(?:\s+[\p{L}’'-]+){1,4}?|(?:\s+(?!(?i:since|so|this|last|over|during|until|from|to|by|as|at|on|in|for)\b)"
    r"[\p{L}’'-]+){0,2}?)"
    r"(?P<all>\s+(?:"
    + _IN_ALL
    + r"|(?i:combined|between\s+them|together)))?"
    + r"(?:\s*(?:[.;:,)!?—–]|-\s|$)|(?P<who>\s+(?i:who|whom|whose|which|that|where)\s))"
)
_LIST_JOIN = re.compile(  # between two items of a list: " women and ", " children, ", " in the U.S. and "
    # (an abbreviation in brackets is a word of its item: " in Airport Improvement Program (AIP) grants and ")
    r"(?:\s+(?:[\p{L}’'-]+|(?:\p{Lu}\.){2,}|\(\p{Lu}[\p{Lu}&.-]{1,9}\))){0,8}?\s*(?:,\s*(?i:and\s+|or\s+|with\s+|plus\s+)?|\s+(?i:and|or|plus|as\s+well\s+as)\s+)"
    r"(?i:(?:another|a\s+further|an\s+additional)\s+)?"  # "18,000 damaged, with another 5,000 destroyed"
    r"(?i:(?:about|some|nearly|almost|at\s+least|more\s+than|over)\s+)?"
)
_SHARE_APPOSITION = re.compile(  # between a share in words and the same share in per cent
    # (not of a group named before: "two-thirds of that group (28%)" may give the share of the whole)
    # (nor a clause with a verb of its own: "about half were graduates, less than 10 percent were")
    r"(?:\s+(?!(?i:of)\s+(?i:that|those|these|them|this|whom|which)\b)(?!(?:[\p{L}-]+\s+){0,2}?(?i:were|was|are|is)\b)"
    r"(?:(?i:of)\s+)?(?:(?i:the|all|its|their)\s+)?"
    r"[\p{L}-]+(?:\s+[\p{L}-]+){0,2}?)?\s*"
    r"(?:,\s*(?i:or\s+)?|\(\s*|[—–]\s*|-\s+)"
    r"(?i:(?:about|some|roughly|nearly|almost|around|just\s+over|just\s+under)\s+)?"
)
_UP_NOUNS = frozenset(("increase", "rise", "jump", "gain", "surge", "climb", "leap", "spike"))
_CHANGE_NOUN_WORDS = _UP_NOUNS | {
    "decline",
    "drop",
    "fall",
    "decrease",
    "reduction",
    "cut",
    "plunge",
    "slump",
    "dip",
}
_CHANGE_NOUNS = "(?i:" + "|".join(sorted(_CHANGE_NOUN_WORDS, key=len, reverse=True)) + ")"
# "243 from 327, a 26% decline"; "2.5 million from 2.1 million in May, a rise of 19%"
_NAMED_CHANGE = re.compile(  # "$20 billion, a 25% increase", "8,240 posts, although this is a 12% fall"
    rf"(?:\s+(?:[\p{{L}}’'-]+|(?:19|20)\d\d\b)){{0,12}}?\s*(?:,|\s[-–—])\s*(?i:or\s+)?"
    r"(?i:(?:(?:although|though|while|and)\s+)?(?:this|that|it|which)\s+(?:is|was|represents|represented|marks|marked)\s+)?"
    rf"(?i:an?\s+)(?:{_CHANGE_NOUNS}\s+(?i:of)\s+(?P<about>"
    r"(?i:(?:about|some|roughly|nearly|almost|around|more\s+than|over|just\s+over|just\s+under)\s+)?))?"
)
_CHANGE_NOUN = re.compile(rf"\s+{_CHANGE_NOUNS}\b")
_CHANGE_NOUN_WORD = re.compile(rf"\b{_CHANGE_NOUNS}\b")
_CHANGE_OF_BEFORE = re.compile(rf"(?r)\b{_CHANGE_NOUNS}\s+(?i:of)\s+$")  # "a reduction of " 4,257
# a change named with no figure as the subject of a verb of a running total: "a similar increase "
_CHANGE_NAMED_BEFORE = re.compile(
    rf"(?r)\b(?i:a|an|the|this|that|its|their)\s+(?:[\p{{L}}-]+\s+)?{_CHANGE_NOUNS}\s+$"
)
_CHANGES = ("percent", *WHOLE_KINDS)  # kinds of amount a change may be named in
# "compared with 6,420 a year earlier, 180 more.": a difference set off after the start, closing its clause
_APPOSED_BEFORE = re.compile(
    r"(?:\s+(?:[\p{L}’'-]+|(?:19|20)\d\d\b)){0,8}?\s*(?:,|\s[—–-])\s*(?:(?i:paying|costing|spending|earning)\s+)?"
)  # ", " 180 more; ", paying " £340 more; " — " 2,204 more deaths
# before a difference that names its way first, ending its clause: ", up " £340; ", an extra " 25
_WAY_BEFORE = re.compile(
    r"(?:\s+(?:[\p{L}’'-]+|(?:19|20)\d\d\b)){0,8}?\s*,\s*"
    r"(?:(?P<up>(?i:up|an\s+extra|an\s+additional|a\s+further))|(?i:down))\s+(?:(?i:by)\s+)?"
)
_APPOSED_AFTER = re.compile(
    r"\s+(?:(?P<up>(?i:more|higher|greater|larger|up))|(?i:fewer|less|lower|smaller|down))"
    r"(?:\s+\p{Ll}+)?(?=\s*(?:[,.;:)]|$))"  # " more", " more deaths"
)
_COMPARED_CUE = r"\s*,?\s*(?i:compared\s+(?:with|to)|versus|vs\.?|against)\s+(?:(?i:the|a)\s+)?"
# "$12 billion, compared with ", "$5 billion versus ", "5,738 homicides in 2017, against "
_COMPARED = re.compile(r"(?:\s+(?:[\p{L}’'-]+|(?:19|20)\d\d\b)){0,3}?" + _COMPARED_CUE)
# past a span of time too: "67,000 in the three months, compared with "
_COMPARED_PAST_TIME = re.compile(  # " in 2015-16, compared with ": a fiscal year too
    r"(?:\s+(?:[\p{L}’'-]+|(?:19|20)\d\d[-–/]\d\d(?:\d\d)?\b|\d+\b|(?:19|20)\d\d\b)){0,8}?" + _COMPARED_CUE
)
_FOR_ANOTHER_GROUP = re.compile(  # " for self-help", " among women"; not " for the same period"
    r"\s+(?i:for|among)\s+(?!(?i:the\s+)?(?i:same|previous|prior|last|year|whole|full|first|second|third|"
    r"fourth|quarter|period|month|week|day)\b)\p{L}"
)
_AT_A_PEAK = re.compile(  # after a figure, the peak or low it was: " at their 2010 peak"
    r"\s+(?i:at|in)\s+(?i:its|their|the)\s+(?:[\p{L}\d-]+\s+){0,2}?(?i:peak|high|low|height|record)\b"
)
# after a figure, a place named as its own: " in the North West", " in Wales" (not " in March", " in Q3")
_IN_A_NAMED_PLACE = re.compile(
    r"\s+(?i:in|at)\s+(?:the\s+)?(?!(?:January|February|March|April|May|June|July|August|September|October|"
    r"November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Fiscal)\b)\p{Lu}\p{Ll}"
)
_OWN_BASE_AFTER = re.compile(  # after a change: the time it is from, " rise on 2022", " up from last year"
    r"(?:\s+\p{Ll}+)?\s+(?i:on|over|from|since)\s+(?:(?i:the|a)\s+)?(?:(?:19|20)\d\d\b|(?i:last|previous|prior)\b)"
)
_COMPARED_LATER = re.compile(  # right before a figure compared with: ", compared with ", " against "
    r"(?r)\b(?i:compared\s+(?:with|to)|versus|vs\.?|against|up\s+from|down\s+from)\s+(?:(?i:the|a)\s+)?$"
)
_TIME_AFTER = re.compile(  # "a year earlier", "in 2016" before a comma
    r"(?:\s+(?:[\p{L}’'-]+|(?:19|20)\d\d\b)){1,4}?(?=\s*(?:,|\s[-–—]))"
)
_PREMIUM_BEFORE = re.compile(  # "$95 a share, a ", "$40 a share is a "
    r"(?:\s+(?i:a|an|per)\s+(?i:share))?(?:\s*,\s*|\s+(?i:is|was|represents|marks)\s+)"
    r"(?i:a|an|or\s+a|representing\s+a)\s+"
)
_PREMIUM_TO = (
    r"\s+(?i:to|over|on|from)\s+(?:[\p{L}\d’'-]+\s+){0,5}?(?i:of\s+)?"  # " to its 20-day average of "
)
_PREMIUM_AFTER = re.compile(  # "% premium to Friday's close of ", "% discount to the $80 ..."
    r"\s+(?P<kind>(?i:premium|discount))" + _PREMIUM_TO
)
_PREMIUM_OF_BEFORE = re.compile(  # "$171 a share, a premium of " about 10% to its average price
    _PREMIUM_BEFORE.pattern + r"(?P<kind>(?i:premium|discount))\s+(?i:of)\s+"
)
_PREMIUM_OF_AFTER = re.compile(_PREMIUM_TO)
_PER_BEFORE = re.compile(r"(?r)\b(?i:per|every|for\s+every)\s+$")  # "per " $100: a rate's denominator
# a sentence that opens by speaking of the figure before: "That's ", "It was a ", "That would be "
_THAT_IS_OPENS = (
    r"\s*(?i:that|this|it)(?:['’]s|\s+(?i:is|was|marks|marked|represents|represented|would\s+be|will\s+be|"
    r"would\s+have\s+been|works\s+out\s+(?:to|at)|equates\s+to|amounts\s+to|means|comes\s+to))\s+"
)
_THAT_IS = re.compile(_THAT_IS_OPENS + r"(?:(?i:an?)\s+)?")
_COMPARED_BEFORE = (
    re.compile(  # "$20.9 billion budget, " before "6.4% more than"; "$4.12 a gallon on Monday, ";
        # a list of nouns: "thefts, robberies and burglaries, "
        r"(?:\s+[\p{L}’'-]+){0,8}?(?:(?:,\s+[\p{L}’'-]+){0,4},?\s+(?i:and|or)\s+[\p{L}’'-]+)?"
        # a time after the noun: " over the 12 months", " in 2023", " by sea by 17 October"
        r"(?:\s+(?i:in|over|by|during|at|on|to|as\s+of)(?:\s+(?:[\p{L}’'-]+|\d[\d,.]*)){1,4}?)?"
        r"(?:\s*,\s*(?i:or\s+|(?:which|that)\s+(?:is|was|are|were)\s+)?|\s+(?i:is|was|are|were)\s+)"
        r"(?:(?i:still|now|just|only|also)\s+)?"  # ", still " 51 million litres above the target
    )
)
_COMPARED_AFTER = re.compile(  # "% more than this year's ", "% lower than the ", "% below the "
    r"\s+(?:(?P<up>(?i:(?:more|higher|greater|larger|bigger|above)\s+than|above))|"
    r"(?i:(?:less|lower|fewer|smaller|below|cheaper)\s+than|below|under))\s+" + _END_DETERMINER
)
_OR_SHARE = re.compile(  # "12 cents, or 1.5%", "250 points, or 0.7%", "4.2 million (+10 per cent)",
    # "two per cent, an extra 2,135", "9%, an increase of 3,400"
    r"(?:\s+[\p{L}-]+){0,2}\s*(?:,\s*(?i:or|an?\s+(?:extra|additional)|an?\s+"
    + _CHANGE_NOUNS
    + r"\s+of)\s+|\(\s*\+?)"
)
# a sentence that opens by speaking of the figure before, before the verb of its change: "Compared with
# last spring, the figure was ", "That number is ", "It was "
_REFERS_BACK = re.compile(
    r"\s*(?:(?i:compared\s+(?:with|to)|against|relative\s+to|from)\s+(?:[^\d,;.]|(?:19|20)\d\d){1,40}?\s*,\s*)?"
    r"(?i:(?:the|that|this)\s+(?:figure|number|total|tally|count|toll)|that|this|it)"
    r"(?:['’]s|\s+(?i:is|was|has\s+been|had\s+been|stood|stands|came|comes))?\s*"
)
_THE_OBJECT = re.compile(r"\s+(?i:the|its|their)\s+")  # "trimmed the " 4.1% rate by ...
_OBJECT_THEN_BY = re.compile(r"\s+(?:[\p{L}-]+\s+){1,2}(?=(?i:by)\s)")  # 4.1%" rate " by 25 basis points
# between a change's end and the verb of the next change, that starts where it ended: ", before "
_THEN_BEFORE = re.compile(r"[^\d;.]{0,40}?\b(?i:before|then|and\s+then)\s+")
_SHARE_CLOSES = re.compile(r"\s*\)")  # after a change's share in brackets: "by 6,400 (5.3%) to"
_BY = re.compile(  # "rose 20%", "cut by 10%", "reduced hospitalizations by 90%"
    r"\s*(?:(?:[\p{L}’'-]+\s+){0,3}?by\s+|of\s+)?(?:an?\s+|some\s+)?", re.IGNORECASE
)


def _is_threshold(placed: Sequence[Placed], before: list[int], end: int, text: str) -> bool:
    """Whether `end`, read as the end of a change written after it ("..., down from 14%"), may be
    a bar that its clause's own figure is measured against: a figure with only a lower or only an
    upper bound ("above 40%", "at least 30"), after another of its measure in the same clause
    ("only 12% of pupils scored above 40%"), which may as well be the figure that changed."""
    if placed[end].quantity.qualifier not in ONE_SIDED:
        return False
    return any(
        _same_measure(placed, i, end)
        and not _CLAUSE_BREAK.search(text, placed[i].quantity.end, placed[end].quantity.start)
        for i in before
        if placed[i].quantity.end <= placed[end].quantity.start
    )


# bound types with one side: "more than 4,000", "up to 336"
ONE_SIDED = frozenset({"above", "at_least", "below", "at_most"})
_CLAUSE_BREAK = re.compile(r"[,;:()]|\b(?i:and|but|while|whereas|or)\b")


_COMMA_THEN_CHANGE = re.compile(r",\s*(?:(?i:an?)\s+)?$")  # ", up", ", an increase of": a change set off


def _end_before(
    placed: Sequence[Placed], amounts: list[int], delta: int, verb: re.Match[str], text: str
) -> int | None:
    """'sold 1.80 million cars in 2018, an increase of 205,000, or 12.9%': the figure right before a
    change set off after a comma ("up", "an increase of") and told by its amount and its share, of
    the amount's measure and noun, is its end (so the share is of the end less the amount); None
    when there is none, or it is a bar ("above 40") or the figure another is compared with."""
    before = [i for i in amounts if placed[i].quantity.end <= verb.start()]
    word = verb.group().lower()
    if (
        not before
        or (word not in _CHANGE_NOUN_WORDS and word not in ("up", "down"))
        or not _COMMA_THEN_CHANGE.search(text, placed[before[-1]].quantity.end, verb.start())
        or not _BEFORE_VERB.fullmatch(text, placed[before[-1]].quantity.end, verb.start())
        or _COMPARED_LATER.search(
            text, placed[before[-1]].sentence_span[0], placed[before[-1]].quantity.start
        )
    ):
        return None  # (not "taxes on $212,700 would rise by", nor "compared with $8.9 million, a drop of")
    end = before[-1]
    if (
        not _same_measure(placed, end, delta)
        or not _counts_alike(placed, end, delta, None)
        or placed[end].quantity.qualifier in ONE_SIDED
    ):
        return None
    return end


# between a figure and the change after it: "$7 million, up from", "72 seats, up from",
# "Rs 3,343 crore for the July-September quarter, down 11% from"
# "18% of sales were made online, ", "patients in the week ended Dec. 16, " before "up"
_BEFORE_VERB = re.compile(
    r"(?:\s+[\p{L}’'-]+){0,6}?\s*(?:(?i:for|in|during|over|at|on|as\s+of|by)\s+(?:[^\d,;.()]{1,80}?|(?:19|20)\d\d\b))?"
    r"(?:(?<=\s(?i:ended|ending|through|to|since|on|in|of|by))\s+(?:\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2}\b"
    r"|\d{1,2}\s+\p{Lu}\p{Ll}{2,8}\b))?\s*,?\s*"
    r"(?:(?<=,\s*)(?i:a|an)\s+)?"  # ", a " decline of 9% from: the change named as a noun
)


def _changes(
    placed: Sequence[Placed],
    amounts: list[int],
    previous: list[int],
    text: str,
    span: tuple[int, int],
    links: list[Links],
) -> None:
    """'rose 20% to 120 from 100', 'fell from 100 to 80', '$7 million, up from $5.5 million'; a
    change whose start comes in a clause of its own: 'fell 10% to 685,000 last year, data showed,
    down from a record 764,000'; one whose end is the one figure of its kind in the sentence
    before: 'There were 80,400 deaths in 2024. That's down 27% from 110,000 in 2023.'"""
    pending: tuple[int, int, int] | None = None  # a change with an end and no start: carrier, end, direction
    reached: int | None = None  # the end of the change before, where a change "before rising" starts
    amounts = [i for i in amounts if not _is_span(placed, i, text)]  # "over the 12 months to May"
    if not amounts:
        return
    # a verb changes the amounts after it: those past the last amount's first character change nothing
    verbs = list(change_verbs(text, span[0], placed[amounts[-1]].quantity.start + 1))
    # "climbed 12 places, from 40 to 28. X also moved up, from 33 to 30": ranks, here or just before
    if verbs and _RANKED_PLACES.search(text, max(0, span[0] - _RANK_REACH), span[1]):
        return
    for verb in verbs:
        if (
            verb.group("neutral")
            or _is_passed_split(placed, amounts, verb, text)
            or _falls_short(verb, text, span)
            or _STILL_TO_BEFORE.search(
                text, span[0], verb.start()
            )  # "12 km still to ride on the 20-km climb"
        ):
            continue
        direction = 1 if verb.group("up") else -1
        delta = start = end = share = None
        cursor = verb.end()
        previous_item = None  # the amount read last: "or 1.5%" restates the change only right after it
        for i in [i for i in amounts if placed[i].quantity.start >= verb.end()][:6]:
            quantity = placed[i].quantity
            between = text[cursor : quantity.start]
            aside = _ASIDE_OPENS.fullmatch(text, cursor, quantity.start) and _ASIDE_ENDS.match(
                text, quantity.start
            )
            if aside and _PER.match(text, quantity.end):
                cursor = aside.end()  # "$1.06 billion (87 cents a share), compared with": a rate aside
                continue
            if _TO_THE_NEXT.match(text, quantity.end):
                break  # "a 25% drop from one year to the next": an idiom, no ends
            if (
                delta is start is end is None
                and _THE_OBJECT.fullmatch(between)
                and _OBJECT_THEN_BY.match(text, quantity.end)
            ):
                start = i  # "trimmed the 4.1% rate by 25 basis points to 3.75%": the start, named first
            elif start is None and (
                _FROM.fullmatch(between)
                or (
                    (verb.group().lower() in _CHANGE_NOUN_WORDS or _ON_A_NAMED.fullmatch(between))
                    and _ON_OVER.fullmatch(between)
                )
            ):
                if delta is not None and _other_measure(placed, delta, i):
                    break  # "rose by $2.1 billion (35%), pushing the ratio up from 48%": another figure's
                start = i  # a second "from" opens another change: "cut from 245 to 223 and August's from"
            elif end is not None and start is None and _AGAINST.fullmatch(between):
                if (
                    _FOR_ANOTHER_GROUP.match(text, quantity.end)
                    or _IN_A_NAMED_PLACE.match(text, quantity.end)
                    or _AT_A_PEAK.match(text, quantity.end)  # "against nearly 620,000 at its 2008 peak"
                ):
                    break  # "lost 4.3 kg, against 1.3 kg for the other group": two groups, no change
                start = i  # "jumped 53%, reaching $3.42 billion against $2.24 billion"
            elif end is None and _TO.fullmatch(between):
                end = i
            elif (
                delta is None
                and end is None
                and _BY.fullmatch(between)
                and (start is None or _OBJECT_THEN_BY.match(text, placed[start].quantity.end))
            ):
                delta = i
            elif (
                delta is not None
                and delta == previous_item
                and share is None
                and end is None
                and _OR_SHARE.fullmatch(between)
            ):
                if _is_share_of(placed, delta, i):
                    share = i  # "fell 12 cents, or 1.5%, to $7.88": the same change as a share
                elif _is_share_of(placed, i, delta):
                    share, delta = delta, i  # "fell 2.5%, or 120 points, to 4,680"
                else:
                    break
            else:
                break
            cursor, previous_item = quantity.end, i
            if i == share and (closed := _SHARE_CLOSES.match(text, cursor)):
                cursor = closed.end()  # "rose by 6,400 (5.3%) to 128,100": the share's bracket closes
        if (
            start is None
            and delta is not None
            and end is not None
            and reached is not None
            and _THEN_BEFORE.fullmatch(text, placed[reached].quantity.end, verb.start())
            and _same_measure(placed, reached, end)
        ):
            start = reached  # "fell 12 percent to 5.3 million, before rising 23 percent to 7.5 million"
        reached = end if end is not None else reached
        if delta is None and start is not None and end is not None:
            delta = _change_after(placed, amounts, text, cursor, start, direction)
        if delta is None and end is not None:
            # "a 35% jump in profit to $9.3 billion from $6.9 billion": the change named before its noun
            # (a share, or after an article: "a house valued at $250,000 falls from $1,412" is a subject)
            delta = next(
                (
                    i
                    for i in amounts
                    if placed[i].quantity.end <= verb.start()
                    and not text[placed[i].quantity.end : verb.start()].strip()
                    and (
                        placed[i].quantity.kind in ("percent", "multiplier")
                        or _ARTICLE_BEFORE.search(text, placed[i].sentence_span[0], placed[i].quantity.start)
                    )
                ),
                None,
            )
        if delta is None and start is not None and end is not None:
            delta = next(  # "(more than) doubled to $4 billion from $2 billion": the verb is the change
                (
                    i
                    for i in amounts
                    if placed[i].quantity.kind == "multiplier"
                    and placed[i].quantity.start <= verb.start() < placed[i].quantity.end
                ),
                None,
            )
        if end is None and start is not None:
            # "$7 million, up from $5.5 million"; "revenue of $14.2 billion, up 22% from $11.6 billion"
            before = [i for i in amounts if placed[i].quantity.end <= verb.start()]
            if (
                delta is None
                and len(before) > 1
                and _is_named_change(placed, before[-2], before[-1], verb, text)
            ):
                delta, end = before[-1], before[-2]  # "$20 billion, a 25% increase from $16 billion"
                if len(before) > 2 and _is_rate_beside(placed, before[-3], end, text):
                    end = before[-3]  # "$2.1 billion, or 96 cents a share, a 9% increase from": the sum
            elif not before and _THAT_IS.fullmatch(text, span[0], verb.start()):
                end = _only_like(placed, _main_figures(previous, links), start)
            elif before and _BEFORE_VERB.fullmatch(text, placed[before[-1]].quantity.end, verb.start()):
                # "1,001 cases in 30 states, up from 935"; but "16 golds among 64 medals, up from 33 medals"
                same_noun = placed[start].entity and placed[start].entity == placed[before[-1]].entity
                if placed[before[-1]].quantity.kind == "fraction" and placed[start].quantity.kind == "count":
                    continue  # "a rate of 4.8 per 1,000 births, down from 5.2": the rate's start
                # "rose to 19.7% of capacity and 17.7% of output, up from 18.3% of capacity and ...":
                # the figure of the start's noun, when the one right before counts another
                named = [
                    i
                    for i in before
                    if placed[start].entity
                    and placed[i].entity == placed[start].entity
                    and placed[i].sentence == placed[start].sentence
                    and _measured_as(placed, i) == _measured_as(placed, start)
                ]
                end = (
                    before[-1] if same_noun else named[-1] if named else _head_of_phrase(placed, before, text)
                )
                if _OF_THEM.match(text, placed[end].quantity.end):
                    continue  # "31 patients, one of them in critical care, up from 21": whose start?
                # "$1.27 billion, or $1.97 a share, up from", "71% of 4.4 million voters, up from",
                # "48,400 of the deaths, or 60%, down from 76,300": the end is of the start's kind
                kind = _measured_as(placed, start)
                if len(before) > 1 and (
                    _is_rate_beside(placed, before[-2], end, text)
                    or links[before[-2]].part_of == end
                    or (_measured_as(placed, end) != kind and _measured_as(placed, before[-2]) == kind)
                ):
                    end = before[-2]
                if (
                    _is_threshold(placed, before, end, text)
                    or not _same_measure(placed, start, end)
                    or (
                        not _counts_alike(placed, start, end, None)
                        and not _COMMA_THEN_CHANGE.search(text, placed[end].quantity.end, verb.start())
                    )
                ):
                    continue  # "12% of pupils scored above 40%, down from 14%": the 12%, not the bar;
                    # "at the two airports climbed from 992 flights": a verb's subject of another noun
        if share is not None and delta is not None and start is end is None:
            end = _end_before(placed, amounts, delta, verb, text)  # "1.8 million, up 205,000, or 12.9%"
        if delta is not None and start is end is None:
            # "48 million people had lost their homes. Compared with 2020, the figure was up by 4.2
            # million (+15 per cent)": the end is the one figure of the amount's kind in the sentence before
            end = _referred_back(placed, previous, delta, text, span[0], verb.start())
        if delta is None and start is not None and end is not None and end < start:
            # "1,001 cases, up from 935 a week ago, a rise of 7%", "..., 66 more"
            delta = _change_after(placed, amounts, text, cursor, start, direction)
            if delta is not None and share is None:  # "..., an increase of seven, or 125%"
                share = _share_after(placed, amounts, delta, text)
        if delta is end is None and start is not None and pending is not None and pending[2] == direction:
            carrier, end, _ = pending  # "..., down from a record 764,000": the start of the change before
            links[carrier].change_from = start
            links[carrier].change_to = end if carrier != end else None
            pending = None
            continue
        pending = None
        if share is not None and end is not None:
            links[share].converts, links[share].direction = delta, direction
            links[share].change_from, links[share].change_to = start, end
        carrier = delta if delta is not None else end
        if carrier is None:
            continue
        links[carrier].direction = direction  # also marks "rose to 45" as a figure that changed
        if end is not None and start is None:
            pending = (carrier, end, direction)
        if carrier == end and start is None:
            continue
        if carrier == delta and end is None:
            continue  # "rose 20% from 100": no end, so no ends to link
        # a change links both ends; an end without a stated change ("fell to 80 from 100") links its start
        links[carrier].change_from = start
        links[carrier].change_to = end if carrier != end else None


_ARTICLE_BEFORE = re.compile(r"(?r)\b(?i:a|an|the|its|their)\s+$")  # "a " $2 billion rise


_RANK_REACH = 300  # characters before a change's sentence that may say it is of ranks
_STILL_TO_BEFORE = re.compile(
    r"(?r)\b(?i:still|left|yet|more)\s+to\s+$"
)  # what remains to be done: "still to "
# a sentence on ranks, where up is a smaller number: "climbed 12 places", "rose to No. 9 from No. 15"
_RANKED_PLACES = re.compile(
    r"(?<![\d,.])\b(?i:\d{1,3}\s+(?:places|spots|rungs)|No\.\s?\d|ranking|rankings|world\s+number)\b"
)


def _other_measure(placed: Sequence[Placed], delta: int, i: int) -> bool:
    """Whether amount `delta` (a sum or measure a figure changed by) is of another kind or unit
    than figure `i`, which can then be neither end of its change (a bare count may be in points:
    "fell six points ... to 43%")."""
    return placed[delta].quantity.kind in ("money", "measure") and _measured_as(
        placed, delta
    ) != _measured_as(placed, i)


_SPAN_BEFORE = re.compile(  # before a span of time: "over the ", "in the past ", "during the first "
    r"(?r)\b(?i:over|in|during|for|across|within|throughout)\s+(?i:the\s+)?"
    r"(?i:(?:past|last|previous|first|next|latest|same)\s+)?$"
)


def _is_span(placed: Sequence[Placed], i: int, text: str) -> bool:
    """Whether quantity `i` is the span of time a figure is measured over ("rose 6.1% over the 12
    months to May"), no amount that changed."""
    quantity = placed[i].quantity
    return quantity.kind == "duration" and bool(
        _SPAN_BEFORE.search(text, max(placed[i].sentence_span[0], quantity.start - 40), quantity.start)
    )


def _referred_back(
    placed: Sequence[Placed], previous: list[int], delta: int, text: str, start: int, verb: int
) -> int | None:
    """The figure of the sentence before that a change opening its sentence by speaking of it
    ("the figure was up by 4.2 million", text from `start` to the `verb`) ends at: the one there
    of the amount's kind and unit, counting the same noun if both name one."""
    if placed[delta].quantity.kind not in WHOLE_KINDS or not _REFERS_BACK.fullmatch(text, start, verb):
        return None
    end = _only_like(placed, previous, delta)
    nouns = {placed[end].entity, placed[delta].entity} - {""} if end is not None else set()
    return end if len(nouns) <= 1 else None


# a sentence that opens by naming the earlier time a change was from: "A year earlier, ", "In the same
# quarter last year ", "Last year, ", "In 2021, ", "The year before, "
_EARLIER_OPENS = re.compile(
    r"\s*(?i:(?:a|one)\s+year\s+(?:earlier|before|ago)|(?:the\s+)?(?:year|quarter|month|season)\s+before"
    r"|(?:in|during|for)\s+the\s+(?:same|year-earlier|year-ago|prior-year|previous|prior)\s+"
    r"(?:quarter|period|month|week|year|season)(?:\s+(?:a\s+year\s+(?:earlier|ago|before)|last\s+year))?"
    r"|(?:last|the\s+previous|the\s+prior)\s+(?:year|quarter|month|season)|in\s+(?P<year>(?:19|20)\d\d))\s*,?\s*"
)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
# what may stand between that opening and the start, besides the words of the sentence before that
# the change's figure came after: "it had earned ", "the company posted net income of ", "it was "
_SUBJECT_AGAIN = frozenset(
    "it they he she its their the a an company firm group bank figure number total was were had has been "
    "is are stood came at to of earned made posted reported recorded booked logged netted totaled "
    "totalled sold saw counted".split()
)
_WORD = re.compile(r"[\p{L}’'-]+")


def _starts_after(
    placed: Sequence[Placed], amounts: list[int], previous: list[int], text: str, links: list[Links]
) -> None:
    """'Net income jumped 30% to $376 million in the quarter. A year earlier it had earned $289
    million.': a sentence opening with the earlier time gives the start of the one change of the
    sentence before that has an end and no start, as its one figure of the end's kind and unit,
    said of the same subject (a pronoun or the words of the change's own subject) and no place."""
    opening = _EARLIER_OPENS.match(text, *placed[amounts[0]].sentence_span) if amounts and previous else None
    if opening is None:
        return
    years = [int(y) for y in _YEAR.findall(text, *placed[previous[0]].sentence_span)]
    if opening.group("year") and not any(int(opening.group("year")) < year for year in years):
        return  # "In 2021, ..." is earlier only than a year the change names: "to 1,900 in 2023"
    changes = [
        i
        for i in previous
        if links[i].direction and links[i].change_from is None and links[i].change_to is not None
    ]
    if len(changes) != 1:
        return
    carrier, end = changes[0], links[changes[0]].change_to
    same = [
        i
        for i in amounts
        if _measured_as(placed, i) == _measured_as(placed, end) and not _is_rate(placed, i, text)
    ]
    if len(same) != 1 or links[same[0]].direction or _place_after(placed, same[0], text):
        return
    start = same[0]
    before = [
        placed[i].quantity.end for i in previous if placed[i].quantity.end <= placed[carrier].quantity.start
    ]
    subject = text[max(before, default=placed[end].sentence_span[0]) : placed[carrier].quantity.start]
    words = set(_WORD.findall(text[opening.end() : placed[start].quantity.start].lower()))
    if len({placed[start].entity, placed[end].entity} - {""}) > 1 or not words <= _SUBJECT_AGAIN.union(
        _WORD.findall(subject.lower())
    ):
        return
    links[carrier].change_from = start


_SHORT_OF_AFTER = re.compile(r"(?:\s+[^\s,;]+){1,4}?\s+(?i:short|shy)\s+(?i:of)\b")  # " just 2.1C short of"


def _falls_short(verb: re.Match[str], text: str, span: tuple[int, int]) -> bool:
    """Whether a verb of falling falls short ("falls just 2.1C short of the record"): a gap
    between two figures, no change."""
    return verb.group().lower().startswith(("fall", "fell")) and bool(
        _SHORT_OF_AFTER.match(text, verb.end(), span[1])
    )


_END_BEFORE = re.compile(  # right before a change's end: "rose to ", "stood at ", ", reaching "
    r"(?r)\b(?i:to|at|reaching|reached|hitting|hit)\s+(?:[\p{L}-]+\s+){0,2}$"
)


_PER_SHARE = re.compile(r"\s+(?i:a|per)\s+(?:(?i:diluted|basic)\s+)?(?i:share)\b")


def _per_share(placed: Sequence[Placed], i: int, text: str) -> bool:
    """Whether quantity `i` is a sum per share ("$0.32 per diluted share")."""
    return bool(_PER_SHARE.match(text, placed[i].quantity.end))


@_needs_two
def _comparisons(placed: Sequence[Placed], amounts: list[int], text: str, links: list[Links]) -> None:
    """'Revenue was $12 billion, compared with $10 billion a year earlier, an increase of 20%':
    the figure compared with is the start of the change named after it; after a verb of change
    ('rose to $5 billion, compared with $4 billion'), the start of that change."""
    for position, b in enumerate(amounts):
        qb = placed[b].quantity
        # the figure compared: the nearest before of the same measure, past a span of time
        # ("67,000 burglaries in the three months, compared with 64,200")
        a = next(
            (i for i in reversed(amounts[:position]) if _measured_as(placed, i) == _measured_as(placed, b)),
            None,
        )
        if a is None or _per_share(placed, a, text) != _per_share(placed, b, text):
            continue  # "$9.1 million, or $0.32 per share, against $5.0 million": a rate and a sum
        qa = placed[a].quantity
        if qa.kind not in (*WHOLE_KINDS, "percent") or not _COMPARED_PAST_TIME.fullmatch(
            text, qa.end, qb.start
        ):
            continue
        if _FOR_ANOTHER_GROUP.match(text, qb.end):
            continue  # "lost 4.3 kg at one year, against 1.3 kg for self-help": two groups, no change
        end = placed[b].sentence_span[1]
        time = _TIME_AFTER.match(text, qb.end, end)  # "a year earlier"
        cursor = time.end() if time else qb.end
        delta = _named_change(placed, amounts, text, cursor)
        if delta is not None and _OWN_BASE_AFTER.match(text, placed[delta].quantity.end):
            delta = None  # "164 million in 2019, although that was a 19 per cent rise on 2022": another start
        apposed = _apposed_difference(placed, amounts, text, cursor, b) if delta is None else None
        if apposed is not None and links[apposed[0]].change_from is None:
            delta = apposed[0]  # "compared with 6,420 a year earlier, 180 more"
            links[delta].direction, links[delta].change_from, links[delta].change_to = apposed[1], b, a
        elif delta is not None and links[delta].change_from is None:
            noun = _CHANGE_NOUN_WORD.search(text, qb.end, min(end, placed[delta].quantity.end + 20))
            links[delta].direction = 1 if noun and noun.group().lower() in _UP_NOUNS else -1
            links[delta].change_from, links[delta].change_to = b, a
        elif (
            delta is None
            and links[a].direction
            and links[a].change_from is None
            and links[a].change_to is None
            and _END_BEFORE.search(text, placed[a].sentence_span[0], qa.start)
        ):
            links[a].change_from = b  # but "went up by just 0.5% compared with 4%": two changes


# between a level and the amount it changed by, set off after it: " in 2017, a record, and some "
_LEVEL_TO_AMOUNT = re.compile(
    r"(?:\s+(?:[\p{L}’'-]+|(?:19|20)\d\d\b)|\s*,\s*(?:(?i:a|an|the)\s+)?[\p{L}’'-]+(?=\s*,)){0,8}?\s*,\s*"
    r"(?:(?i:and|or)\s+)?(?i:(?:about|some|nearly|almost|roughly|around|more\s+than|over)\s+)?"
)
# after the amount: " more than a year earlier", " fewer than in the same months of last year"
_MORE_THAN_A_TIME = re.compile(
    _COMPARATIVE_THAN + r"\s+(?i:in\s+|during\s+)?(?i:"
    r"(?:the\s+)?(?:same|corresponding)\s+(?:period|months?|quarter|week|weeks|half|season)\s+(?:of\s+|a\s+)?"
    r"(?:last\s+year|(?:a|one)\s+year\s+(?:earlier|ago|before)|the\s+(?:previous|prior)\s+year)"
    r"|last\s+(?:year|month|quarter|season)|(?:a|one)\s+year\s+(?:earlier|ago|before)"
    r"|the\s+(?:previous|prior)\s+(?:year|month|quarter|week|season)|the\s+(?:year|month|quarter)\s+before)\b"
)


# between a figure's start and the change it means: " at the same point in 2013, meaning the list has
# grown by "
_MEANING_A_CHANGE = re.compile(
    r"(?:[^\d;:.]|\b(?:19|20)\d\d\b){0,60}?,\s*(?i:meaning|which\s+means|so)\b[^\d;:.]{0,60}?\b(?i:by)\s+"
    r"(?i:(?:about|some|nearly|almost|roughly|around|more\s+than|over)\s+)?"
)


# a comparison the change it means confirms may stand past a longer clause: " people were on
# waiting lists in June this year, compared with "
_COMPARED_FAR = re.compile(r"(?:\s+(?:[\p{L}’'-]+|\d+\b|(?:19|20)\d\d\b)){0,12}?" + _COMPARED_CUE)


@_needs_two
def _changes_meant(placed: Sequence[Placed], amounts: list[int], text: str, links: list[Links]) -> None:
    """'3.2 million were waiting in June, compared with 2.7 million at the same point in 2013,
    meaning the list has grown by 300,000': a figure, the one it is compared with, and the change
    they are said to mean are one change by an amount from the second to the first."""
    for end, start, delta in zip(amounts, amounts[1:], amounts[2:], strict=False):
        qe, qs, qd = placed[end].quantity, placed[start].quantity, placed[delta].quantity
        if (
            _COMPARED_FAR.fullmatch(text, qe.end, qs.start)
            and _MEANING_A_CHANGE.fullmatch(text, qs.end, qd.start)
            and _same_measure(placed, end, start)
            and _same_measure(placed, start, delta)
            and links[delta].direction
            and _is_free(links, end)
            and _is_free(links, start)
            and _is_free(links, delta, links[delta].direction)
        ):
            links[delta].change_from, links[delta].change_to = start, end


# after a change, before its start told in a clause of the earlier time: " on the same period last
# year, when ", " on the same months of 2015, when there were almost "
_ON_A_TIME_WHEN = re.compile(
    r"\s+(?i:on|from|over|compared\s+with|against|than)\s+(?:(?:[\p{L}’'-]+|(?:19|20)\d\d)\s+){0,6}?"
    r"(?:[\p{L}’'-]+|(?:19|20)\d\d)\s*,\s*(?i:when)\s+(?:(?i:there\s+(?:were|was|had\s+been))\s+|"
    r"(?i:it|they|he|she)\s+(?i:had|was|were)\s+)?(?:(?i:only|just)\s+)?"
)
# between a figure and the change set off after it: ", up ", ", an increase of ", ", a drop of "
_SET_OFF_CHANGE = re.compile(
    r"(?:\s+[\p{L}’'-]+|\s+\d[\d,.]*){0,16}?\s*,\s*(?:(?i:up|down|an?\s+(?:increase|rise|jump|drop|"
    r"fall|decline|decrease)(?:\s+of)?)\s+)(?:(?i:about|some|nearly|almost|around|roughly|more\s+than)\s+)?"
)


# before two starts told "respectively": ", up from ", ", down from "
_RESPECTIVE_CUE = re.compile(
    r"(?:\s+[\p{L}’'-]+|\s+\d[\d,.]*){0,10}?\s*,?\s*(?:(?P<up>(?i:up))|(?i:down))\s+(?i:from)\s+$"
)
_RESPECTIVELY = re.compile(r"\s+(?i:and)\s+")  # between the two starts
_RESPECTIVELY_AFTER = re.compile(r"\s*,?\s*(?i:respectively)\b")


@_needs_two
def _respective_starts(placed: Sequence[Placed], amounts: list[int], text: str, links: list[Links]) -> None:
    """'389,952 people had waited more than a year and 7,289 more than 18 months, up from 383,083
    and 7,177 respectively': two figures, then two starts told 'respectively', are two changes,
    each figure from its own start (any reading of them before gives way)."""
    for k, (c, d) in enumerate(itertools.pairwise(amounts)):
        qc, qd = placed[c].quantity, placed[d].quantity
        if not (
            _RESPECTIVELY.fullmatch(text, qc.end, qd.start)
            and _RESPECTIVELY_AFTER.match(text, qd.end)
            and _same_measure(placed, c, d)
        ):
            continue
        ends = [i for i in amounts[:k] if _same_measure(placed, i, c)][-2:]
        if len(ends) != 2:
            continue
        cue = _RESPECTIVE_CUE.search(text, placed[ends[1]].quantity.end, qc.start)
        if cue is None or cue.end() != qc.start:
            continue
        direction = 1 if cue.group("up") else -1
        for other in links:  # "up from 383,083" read of the nearer figure alone gives way
            if other.change_from in (c, d):
                other.change_from = None
                other.direction = 0
        for end, start in zip(ends, (c, d), strict=True):
            links[end].change_from, links[end].direction = start, direction


# between a figure and a change of it told of a pronoun: " arrests in 2008, but by last year that
# had dropped by ", " in 2019; since then it has risen "
_NAMED_BACK = re.compile(
    r"(?:\s+(?:[\p{L}’'-]+|(?:19|20)\d\d)){0,8}?\s*[,;]?\s*(?:(?i:but|and|while|yet)\s+)?"
    r"(?:(?i:by|in|since)\s+(?:(?:[\p{L}’'-]+|(?:19|20)\d\d)\s+){0,3}?(?:[\p{L}’'-]+|(?:19|20)\d\d)\s*,?\s+)?"
    r"(?i:that|it|this|the\s+(?:figure|number|total|count|tally))\s+(?:(?i:had|has|have|was|is)\s+)?"
    r"(?:\p{L}+\s+)(?:(?i:by)\s+)?(?:(?i:about|nearly|some|almost|more\s+than|roughly)\s+)?"
)


@_needs_two
def _starts_named_back(placed: Sequence[Placed], amounts: list[int], text: str, links: list[Links]) -> None:
    """'They made 1,273,104 arrests in 2008, but by last year that had dropped by 58 per cent to
    658,113': a change of 'that' (or 'it', 'the figure') to an end of the measure of the figure
    right before it runs from that figure."""
    for start, change in itertools.pairwise(amounts):
        end = links[change].change_to
        if (
            end is None
            or not links[change].direction
            or links[change].change_from is not None
            or not _NAMED_BACK.fullmatch(text, placed[start].quantity.end, placed[change].quantity.start)
            or not _same_measure(placed, start, end)
            or placed[start].quantity.kind not in WHOLE_KINDS
            or not _is_free(links, start)
        ):
            continue
        links[change].change_from = start


@_needs_two
def _starts_told_when(placed: Sequence[Placed], amounts: list[int], text: str, links: list[Links]) -> None:
    """'36,465 people sought asylum, up 14 percent on the same months of 2015, when there were
    almost 26,000 claims': a change set off after a figure, measured on an earlier time whose
    figure a 'when' clause gives, runs from that figure to the one before it."""
    amounts = [i for i in amounts if not _is_span(placed, i, text) and placed[i].quantity.kind != "ordinal"]
    for end, change, start in zip(amounts, amounts[1:], amounts[2:], strict=False):
        qe, qc, qs = placed[end].quantity, placed[change].quantity, placed[start].quantity
        if (
            not links[change].direction
            or links[change].change_from is not None
            or links[change].change_to not in (None, end)
            or not _ON_A_TIME_WHEN.fullmatch(text, qc.end, qs.start)
            or not _SET_OFF_CHANGE.fullmatch(text, qe.end, qc.start)
            or not _same_measure(placed, end, start)
            or qe.kind not in WHOLE_KINDS
            or not (qc.unit == "percent" or _same_measure(placed, change, end))
            or not _is_free(links, end)
            or not _is_free(links, start)
        ):
            continue
        links[change].change_from, links[change].change_to = start, end


@_needs_two
def _amounts_more_than_before(
    placed: Sequence[Placed], amounts: list[int], text: str, links: list[Links]
) -> None:
    """'numbered 1.323 billion in 2017, a record, and some 124 million more than a year earlier':
    an amount set off after a level, more or fewer than at an earlier time named with no figure,
    is the change that brought the level (its end)."""
    for end, delta in itertools.pairwise(amounts):
        qe, qd = placed[end].quantity, placed[delta].quantity
        more = _MORE_THAN_A_TIME.match(text, qd.end, placed[delta].sentence_span[1])
        if (
            more is None
            or not _LEVEL_TO_AMOUNT.fullmatch(text, qe.end, qd.start)
            or not _same_measure(placed, end, delta)
            or qd.kind not in WHOLE_KINDS
            or math.isnan(qd.value)
            or math.isnan(qe.value)
            or qd.value >= qe.value
            or not _is_free(links, delta)
        ):
            continue
        links[delta].direction = 1 if more.group("up") else -1
        links[delta].change_to = end


def _ends_of_the_change_before(
    placed: Sequence[Placed], amounts: list[int], before: list[int], text: str, links: list[Links]
) -> None:
    """'The party saw its number of seats shrink by more than 40 percent. It ended up with 63
    seats, against 101 in 2006', 'Profit fell 8% even though sales rose 10%. ... Sales came to
    $330 million, compared with $300 million': the one pair of a figure and the one it is
    compared with in a sentence are the ends of the one change with none in the sentences
    `before` it that names their noun (or, for figures with no noun, the word their sentence
    opens with) right before it, when they differ the way it went."""
    pairs = [
        (a, b)
        for a, b in itertools.pairwise(amounts)
        if _COMPARED.fullmatch(text, placed[a].quantity.end, placed[b].quantity.start)
        and _same_measure(placed, a, b)
        and placed[a].quantity.kind in WHOLE_KINDS
        and _is_free(links, a)
        and _is_free(links, b)
    ]
    # "1,957 deaths, down from 2,222": a change told by its ends alone, of one noun, with no amount
    # or share of it, gives the ends of a change told as a share alone
    told_by_ends = [
        (end, start)
        for end in amounts
        if (start := links[end].change_from) is not None
        and links[end].change_to is None
        and placed[end].quantity.kind in WHOLE_KINDS
        and placed[start].entity in ("", placed[end].entity)
        and not any(links[i].change_to == end for i in amounts)
    ]
    pairs += told_by_ends
    if len(pairs) != 1:
        return
    (end, start), qe, qs = pairs[0], placed[pairs[0][0]].quantity, placed[pairs[0][1]].quantity
    # a change told by its ends alone is named by its noun or its event, never by the word its
    # sentence opens with ("Population density rose from 109 to 123" is no change of population)
    noun = placed[end].entity if told_by_ends else _noun_of(placed, end, text)
    if not (noun or (told_by_ends and placed[end].event)) or math.isnan(qe.value) or math.isnan(qs.value):
        return
    # "In the capital, 120 people were killed, down from 150": a part of the change before, not all
    elsewhere = _PLACE_OPENS.match(text, placed[end].sentence_span[0], qe.start)
    unlinked = [
        j
        for j in before
        if links[j].direction
        and links[j].change_from is None
        and links[j].change_to is None
        and (placed[j].quantity.kind == "percent" or (_same_measure(placed, j, end) and not told_by_ends))
    ]
    # by the noun; else by the event ("Deaths fell 8%" of "1,210 people were killed")
    changes = [j for j in unlinked if noun and _named_before(text, placed[j], noun)] or [
        j for j in unlinked if placed[j].event and placed[j].event == placed[end].event and not elsewhere
    ]
    if len(changes) != 1 or (qe.value - qs.value) * links[changes[0]].direction <= 0:
        return
    told = placed[changes[0]].sentence
    if any(  # "5,200 car thefts ... Counting vans, 7,900": the nearer one's
        told < placed[k].sentence and _same_measure(placed, k, end) and _noun_of(placed, k, text) == noun
        for k in before
    ):
        return
    links[changes[0]].change_from, links[changes[0]].change_to = start, end


def _amount_of_the_share_before(
    placed: Sequence[Placed], amounts: list[int], before: list[int], text: str, links: list[Links]
) -> None:
    """'Tourist numbers rose 6.4 percent in the first half. ... Tourist numbers jumped to about
    598 million, roughly 46 million more than a year earlier': a change by an amount to its end,
    told with no share, is the one change told as a share with no figures in the sentences
    `before` that names the end's noun (or, for a figure with no noun, the word its sentence
    opens with) right before it, when it went the same way."""
    for delta in amounts:
        end = links[delta].change_to
        if (
            end is None
            or links[delta].change_from is not None
            or placed[delta].quantity.kind not in WHOLE_KINDS
            or any(links[i].converts == delta for i in amounts)
        ):
            continue
        noun = _noun_of(placed, end, text)
        if not noun:
            continue
        shares = [
            j
            for j in before
            if placed[j].quantity.unit == "percent"
            and links[j].direction == links[delta].direction
            and links[j].change_from is None
            and links[j].change_to is None
            and links[j].converts is None
            and _named_before(text, placed[j], noun)
        ]
        if len(shares) == 1:
            links[shares[0]].converts, links[shares[0]].change_to = delta, end


_SUBJECT_WORDS = re.compile(r"(?:[\p{L}’'-]+\s+){1,4}$")  # the words right before a change's figure
_OPENING_WORD = re.compile(r"\s*(?P<word>\p{Lu}\p{Ll}{3,})\s+(?!(?:[\p{L}-]+\s+){0,3}?(?i:said|says)\b)")


def _words_before(text: str, item: Placed) -> str:
    """The last words of a change's clause before its figure, lower case: "sales rose ", "its
    number of seats shrink by more than " (a clause's own words, after a comma or a conjunction)."""
    clause = text[item.sentence_span[0] : item.quantity.start]
    clause = clause[max(clause.rfind(","), clause.rfind(";")) + 1 :]
    words = _SUBJECT_WORDS.search(clause)
    return words.group().lower() if words else ""


def _named_before(text: str, item: Placed, noun: str) -> bool:
    """Whether `noun` stands among the last words of a change's clause before its figure."""
    return bool(rx(rf"\b{re.escape(noun)}").search(_words_before(text, item)))


def _noun_of(placed: Sequence[Placed], i: int, text: str) -> str:
    """The noun quantity `i` counts, or, when it has none, the word its sentence opens with."""
    return placed[i].entity or _opening_word(text, placed[i].sentence_span[0], placed[i].quantity.start)


def _opening_word(text: str, start: int, end: int) -> str:
    """The word a sentence opens with before its first figure, lower case, when it is no name's
    and no attribution's: "Sales" in "Sales came to $330 million"; "" otherwise."""
    opening = _OPENING_WORD.match(text, start, end)
    return opening.group("word").lower() if opening else ""


def _spoken_of(
    placed: Sequence[Placed],
    previous: list[int],
    reference: list[int],
    text: str,
    start: int,
    links: list[Links],
) -> int | None:
    """The figure of the sentence before that a sentence opening 'That is', 'It was' (before
    `start`) speaks of: the one there of the reference's kind and unit, not counting its parts."""
    if not reference or not _THAT_IS.fullmatch(text, placed[reference[0]].sentence_span[0], start):
        return None
    return _only_like(placed, _main_figures(previous, links), reference[0])


def _main_figures(sentence: list[int], links: list[Links]) -> list[int]:
    """The figures of a sentence that are no part of another there: what 'That is' speaks of
    after "4,469 people were in hospital, 211 of them in critical care"."""
    return [i for i in sentence if links[i].part_of not in sentence]


# a sentence that opens with a figure-less subject, before its gap: "The current average is ",
# "Its new total stands at " (not "It is", "The rest are")
_SUBJECT_OPENS = re.compile(r"\s*(?i:the|its|their)\s+")  # a sentence opening "The median ..."
_FIRST_WORDS = re.compile(r"\s*(?:[\p{L}’'-]+\s+){1,4}")  # up to four words
_NAMED_SUBJECT = re.compile(
    r"\s*(?i:the|its|their|this\s+year['’]s)\s+(?:(?i:current|latest|new|national|overall|present|"
    r"average|total)\s+)?(?P<word>\p{Ll}{4,})\s+(?:(?i:now)\s+)?"
    r"(?i:is|was|stands|stood|remains|remained|sits|sat)\s+"
    r"(?:(?i:at|now)\s+)?"
)


_RATE_SUBJECT = re.compile(r"\b(?i:average|rate|price|cost|fare|wage|salary|yield|pay)\b")


def _named_subject(
    placed: Sequence[Placed], before: list[int], reference: list[int], text: str, start: int
) -> int | None:
    """The earlier figure that a sentence opening with a subject and no figure of its own ("The
    current average is ", before `start`) names: the one of the reference's kind and unit among
    those its noun names in the `before` sentences ("$3.58 on average"), when they agree."""
    if not reference:
        return None
    opening = _NAMED_SUBJECT.fullmatch(text, placed[reference[0]].sentence_span[0], start)
    if opening is None:
        return None
    like = [i for i in before if _measured_as(placed, i) == _measured_as(placed, reference[0])]
    # "The current average is" names a rate; "The profit is" names no rate
    rates = _RATE_SUBJECT.search(opening.group()) is not None
    named = _named_whole(placed, like, opening.group("word"), WHOLE_KINDS, text, rates=rates)
    return named if named is not None else _subject_of_its_sentence(placed, like, opening.group("word"), text)


def _subject_of_its_sentence(placed: Sequence[Placed], like: list[int], word: str, text: str) -> int | None:
    """The one figure among `like` whose sentence opens with `word` as its subject (in its first
    words, after "The", "Its" or "Their") and holds no other figure of its kind: 'The median price
    of a house dropped 14% to $169,000. ... The latest median sits 30% below ...'."""
    named = rx(rf"\b{re.escape(word)}\b")
    found = []
    for i in like:
        start = placed[i].sentence_span[0]
        opening = _FIRST_WORDS.match(text, start, placed[i].quantity.start)
        if (
            opening is not None
            and _SUBJECT_OPENS.match(text, start, opening.end())
            and named.search(text, start, opening.end())
            and sum(placed[j].sentence == placed[i].sentence for j in like) == 1
        ):
            found.append(i)
    return found[0] if len(found) == 1 else None


def _only_like(placed: Sequence[Placed], candidates: list[int], like: int) -> int | None:
    """The one figure among `candidates` of the kind and unit of quantity `like`, or None when
    there are none or several ("There were 80,400 deaths. That's down 27% from 110,000")."""
    same = [i for i in candidates if _measured_as(placed, i) == _measured_as(placed, like)]
    return same[0] if len(same) == 1 else None


_POINT_UNITS = frozenset(("percentage_point", "basis_point"))  # a difference between two rates in per cent


def _premiums(
    placed: Sequence[Placed],
    amounts: list[int],
    previous: list[int],
    before: list[int],
    text: str,
    links: list[Links],
) -> None:
    """'$95 a share, a 45% premium to Friday's close of $65.50', 'a $20.9 billion budget, 6.4% more
    than this year's $19.6 billion', '300 workers, 25% fewer than the 400 in 2020', '$886
    billion, $28 billion more than last year's $858 billion': the figure is the reference
    changed by the share or the amount (a discount or 'less than' lowers it), read as a change
    from the reference. A sentence may give its figure as 'That is' (the one of the sentence
    before) or as a subject with no figure ('The current average is 31 cents below the peak of
    $3.89': the average given in the `before` sentences)."""
    amounts = [i for i in amounts if not _is_span(placed, i, text)]  # "over the 12 months, 3.5% fewer"
    for position, share in enumerate(amounts):
        qs = placed[share].quantity
        if links[share].direction:
            continue
        # "2.5 million tonnes, or 6%, more than": the difference restated as a share, set off
        restated = _restated_share(placed, amounts[position + 1 : position + 2], share, text)
        later = amounts[position + 1 + (restated is not None) :][:1]
        series = _earlier_comparison(placed, amounts[:position], text, qs.start, links)
        if series is not None:  # "1% more than the 261,006 in June and 10% more than the 219,739"
            figure, beside = series, None
        elif position > 0:
            figure = beside = amounts[position - 1]
            if position > 1 and _PER_BEFORE.search(
                text, placed[figure].sentence_span[0], placed[figure].quantity.start
            ):
                figure = amounts[position - 2]  # "61.40 cents per $100, 3.25 cents higher than": not the $100
        else:  # "12,750 people have crossed. That is 27% more than the 10,040 who ...": the one before
            figure = _spoken_of(placed, previous, later, text, qs.start, links)
            if figure is None:  # "The current average is 21 cents below ...": the average given before
                figure = _named_subject(placed, before, later, text, qs.start)
            if figure is None:
                continue
            beside = None
        if beside is not None and position > 1 and links[amounts[position - 2]].part_of == figure:
            figure = amounts[position - 2]  # "holds 53 of the 59 seats, 13 more than": the 53
        elif (
            beside is not None
            and position > 1
            and _item_by_place(placed, amounts[position - 2], figure, text)
        ):
            continue  # "40 in York and 12 in Hull, 9 more than": the list's sum may be what is compared
        qf = placed[figure].quantity
        # "$886 billion, $28 billion more than $858 billion": a change by an amount, not a share
        by_amount = _same_measure(placed, share, figure)
        # "4.1% in October, 0.3 percentage points less than the 4.6% in September": a rate moved by points
        in_points = qs.unit in _POINT_UNITS and qf.unit == "percent"
        if qs.unit != "percent" and not by_amount and not in_points:
            continue
        # the reference: the next amount of the figure's kind ("to its 20-day average price of $155")
        reference = next(
            (i for i in amounts[position + 1 :] if _measured_as(placed, i) == (qf.kind, qf.unit)), None
        )
        if (qf.kind not in WHOLE_KINDS and not in_points) or reference is None:
            continue
        nouns = (placed[figure].entity, placed[reference].entity)
        one_event = placed[figure].event and placed[figure].event == placed[reference].event
        if by_amount and all(nouns) and nouns[0] != nouns[1] and not one_event:
            # "25 goals, 13 more than the seven players sharing second": other things counted; but
            # "36,096 deaths ... 793 fewer than the 36,835 fatalities": one event, named twice
            continue
        qr = placed[reference].quantity
        premium = None  # what names a premium or a discount: "a 45% premium to", "a premium of 10% to"
        if qf.kind == "money" and not by_amount:
            if _PREMIUM_BEFORE.fullmatch(text, qf.end, qs.start):
                premium = _PREMIUM_AFTER.fullmatch(text, qs.end, qr.start)
            elif _PREMIUM_OF_AFTER.fullmatch(text, qs.end, qr.start):
                premium = _PREMIUM_OF_BEFORE.fullmatch(text, qf.end, qs.start)
        after = placed[restated].quantity.end + 1 if restated is not None else qs.end
        compared = _COMPARED_AFTER.fullmatch(text, after, qr.start)
        if premium:
            links[share].direction = -1 if premium.group("kind").lower() == "discount" else 1
        elif compared and (
            beside is None or _COMPARED_BEFORE.fullmatch(text, placed[beside].quantity.end, qs.start)
        ):
            links[share].direction = 1 if compared.group("up") else -1
        else:
            continue
        links[share].change_from, links[share].change_to = reference, figure
        if restated is not None and compared:
            links[restated].converts, links[restated].direction = share, links[share].direction
            links[restated].change_from, links[restated].change_to = reference, figure


def _item_by_place(placed: Sequence[Placed], earlier: int, item: int, text: str) -> bool:
    """Whether `item` is the last of a list of its measure by place ("53.0 million people in
    England and 3.1 million in Wales"), whose sum a comparison after it may be of."""
    return (
        _same_measure(placed, earlier, item)
        and _place_after(placed, item, text)
        and bool(_LIST_JOIN.fullmatch(text, placed[earlier].quantity.end, placed[item].quantity.start))
    )


_NEXT_IN_SERIES = re.compile(r"(?:\s+(?:[\p{L}’'-]+|\d[\d,.]*)){0,4}?\s*,?\s+(?i:and)\s+")  # " in June and "


def _earlier_comparison(
    placed: Sequence[Placed], earlier: list[int], text: str, at: int, links: list[Links]
) -> int | None:
    """The figure a comparison next in a series is of: that of the comparison whose reference
    stands right before it, joined by 'and' ("263,696 in July, 1% more than the 261,006 in June
    and 10% more than the 219,739 in July 2022")."""
    if not earlier:
        return None
    reference = earlier[-1]
    if not _NEXT_IN_SERIES.fullmatch(text, placed[reference].quantity.end, at):
        return None
    compared = [j for j in earlier if links[j].change_from == reference and links[j].change_to is not None]
    return links[compared[0]].change_to if len(compared) == 1 else None


_SET_OFF_ENDS = re.compile(r"\s*,")  # after a share set off in commas: "2.5 million tonnes, or 6%," more


def _restated_share(placed: Sequence[Placed], following: list[int], amount: int, text: str) -> int | None:
    """The share set off in commas right after `amount` that restates it ("2.5 million tonnes,
    or 6%, more than"), or None."""
    if not following or not _is_share_of(placed, amount, following[0]):
        return None
    share = placed[following[0]].quantity
    set_off = _OR_SHARE.fullmatch(text, placed[amount].quantity.end, share.start) and _SET_OFF_ENDS.match(
        text, share.end
    )
    return following[0] if set_off and "(" not in text[placed[amount].quantity.end : share.start] else None


def _is_rate(placed: Sequence[Placed], i: int, text: str) -> bool:
    """Whether quantity `i` is a rate ("a little under two a match", "160 km a day"): no group's whole."""
    return bool(_PER.match(text, placed[i].quantity.end, placed[i].sentence_span[1]))


def _is_share_of(placed: Sequence[Placed], amount: int, share: int) -> bool:
    """Whether `share` may restate the change `amount` as a share: '12 cents, or 1.5%'."""
    return placed[share].quantity.unit == "percent" and placed[amount].quantity.kind in WHOLE_KINDS


def _is_rate_beside(placed: Sequence[Placed], total: int, rate: int, text: str) -> bool:
    """Whether `rate` restates the amount `total` just before it per unit: '$19.3 billion, or 78
    cents a share'."""
    qt, qr = placed[total].quantity, placed[rate].quantity
    return bool(
        _CONVERTS.fullmatch(_gap(text, qt, qr)) and _PER.match(text, qr.end, placed[rate].sentence_span[1])
    )


def _is_passed_split(placed: Sequence[Placed], amounts: list[int], verb: re.Match[str], text: str) -> bool:
    """Whether "passed" is a vote's and the figures after it its split: "The measure passed 62%
    to 38%", "passed by 230 votes to 189" (a change from the first to the second is no reading
    of it); but "passed 1 million" is a change."""
    if verb.group().lower() not in ("passed", "passes"):
        return False
    after = [i for i in amounts if placed[i].quantity.start >= verb.end()][:2]
    if len(after) < 2:
        return False
    first, second = (placed[i].quantity for i in after)
    return (
        (first.unit == second.unit == "percent" or first.kind == second.kind == "count")
        and first.value > second.value
        and bool(rx(r"\s+(?:(?i:votes?)\s+)?(?i:to)\s+").fullmatch(text, first.end, second.start))
    )  # also "passed by 230 votes to 189"


def _is_named_change(placed: Sequence[Placed], end: int, delta: int, verb: re.Match[str], text: str) -> bool:
    """Whether a share and the change noun after it name the change to the figure before them:
    "$20 billion, a 25% increase from"."""
    return (
        placed[delta].quantity.kind == "percent"
        and verb.group().lower() in _CHANGE_NOUN_WORDS
        and text[placed[delta].quantity.end : verb.start()].isspace()
        and _NAMED_CHANGE.fullmatch(text, placed[end].quantity.end, placed[delta].quantity.start) is not None
    )


# after a change named as a subject, up to the figure it takes something to: " increase will lift
# the starting salary for teachers to ", " cut would bring the fare to "
_CHANGE_TAKES_TO = re.compile(
    rf"\s+(?:(?i:pay|price|fare|rate|tax|wage|salary|fee|rent)\s+)?(?P<noun>{_CHANGE_NOUNS}|(?i:raise|hike))\s+"
    r"(?:(?i:will|would|should|could|is\s+set\s+to|is\s+expected\s+to)\s+)?"
    r"(?i:lift|lifts|lifted|raise|raises|raised|bring|brings|brought|take|takes|took|push|pushes|pushed|"
    r"put|puts|boost|boosts|boosted|cut|cuts|reduce|reduces|reduced|lower|lowers|lowered)\s+"
    r"(?:[^\d,;.()]{1,80}?\s)?(?i:to)\s+" + _END_DETERMINER
)


# A move of a market or an index told in its own order: the move, its share and where it ended
# ("ended 274.09 points, or 3.7 per cent, lower at 7,156.83"), or where it ended and then the
# move ("closed at 16,804.71, down 238.19 points or 1.4%", "ended at 1,946.16, off 36.13 points").
_MOVE_SHARE = re.compile(r"(?:\s+(?i:points?))?(?:\s*,?\s+(?i:or)\s+|\s*\(\s*)")  # " points, or ", " ("
_MOVED_AT = re.compile(  # after a move (and its share): " points lower at ", ", higher at "
    r"(?:\s+(?i:points?))?\s*,?\s+(?:(?P<down>(?i:lower|down))|(?P<up>(?i:higher|up)))\s+(?i:at)\s+"
)
_ENDED_AT = re.compile(  # before where a market ended: "closed at ", "finished the day at "
    r"(?r)\b(?i:closed|closes|closing|ended|ends|ending|finished|finishes|settled|settles)\s+"
    r"(?:(?i:the\s+(?:day|session|week))\s+|(?:(?i:on)\s+)?\p{Lu}\p{Ll}+day\s+)?(?i:at)\s+$"
)
# after where it ended, before the move: ", down ", " a barrel, a loss of ", " - off "
_THEN_MOVED = re.compile(
    r"(?:\s+(?i:a|an|per)\s+\p{L}+)?\s*(?:,|\s[-–—])\s*(?:(?P<down>(?i:down|off|a\s+(?:loss|fall|drop|decline)\s+of))|"
    r"(?P<up>(?i:up|a\s+(?:gain|rise|jump)\s+of)))\s+"
)


@_needs_two
def _market_moves(placed: Sequence[Placed], amounts: list[int], text: str, links: list[Links]) -> None:
    """'ended 274.09 points, or 3.7 per cent, lower at 7,156.83', 'closed at 16,804.71, down
    238.19 points or 1.4%': a move with the way it went after it, and where it ended before or
    after it, is a change to that end, and a share after the move is the same change as a share
    of its start (as in "fell 12 cents, or 1.5%, to $7.88")."""
    for position, first in enumerate(amounts):
        later = amounts[position + 1 : position + 4]
        ended = _ENDED_AT.search(text, placed[first].sentence_span[0], placed[first].quantity.start)
        if (
            ended
            and later
            and (moved := _THEN_MOVED.fullmatch(text, placed[first].quantity.end, _start(placed, later[0])))
        ):
            end, delta, rest = first, later[0], later[1:]
        elif later:
            end, delta, rest, moved = None, first, later, None
        else:
            continue
        share = None
        if rest and _MOVE_SHARE.fullmatch(text, placed[delta].quantity.end, _start(placed, rest[0])):
            share, rest = rest[0], rest[1:]
        if end is None:
            after = share if share is not None else delta
            moved = (
                _MOVED_AT.fullmatch(text, placed[after].quantity.end, _start(placed, rest[0]))
                if rest
                else None
            )
            end = rest[0] if moved else None
        if (
            moved is None
            or end is None
            or not _same_measure(placed, delta, end)
            or placed[delta].quantity.kind not in WHOLE_KINDS
            or (share is not None and not _is_share_of(placed, delta, share))
            or links[delta].change_to is not None
            or links[delta].change_from is not None
        ):
            continue
        direction = 1 if moved.group("up") else -1
        links[delta].direction, links[delta].change_to = direction, end
        if share is not None and links[share].converts is None:
            links[share].converts, links[share].direction, links[share].change_to = delta, direction, end


# between a change's end and its share set off after the clause: " in the year to March, a " 10% increase
_SHARE_SET_OFF_BEFORE = re.compile(r"(?:\s+(?:[\p{L}’'-]+|(?:19|20)\d\d\b)){0,8}?\s*,\s*(?i:a|an)\s+")
_SHARE_SET_OFF_AFTER = re.compile(rf"\s+(?P<noun>{_CHANGE_NOUNS})\b")  # after it: " increase"
# between a change's end and a share or an amount set off after the clause, named first: " last
# year, an increase of " 3.8 percent
_NAMED_SET_OFF = re.compile(
    _SHARE_SET_OFF_BEFORE.pattern
    + rf"(?P<noun>{_CHANGE_NOUNS})\s+(?i:of)\s+(?i:(?:about|some|nearly|almost|roughly|around)\s+)?"
)
# between a share of a change told first and its amount: " higher than a year earlier, an increase of "
_SHARE_TOLD_FIRST = re.compile(
    r"\s+(?:(?P<up>(?i:higher|more|up|above))|(?i:lower|less|fewer|down|below))\b(?:[^\d;:]|\b(?:19|20)\d\d\b){0,60}?,\s*(?i:an?)\s+"
    rf"(?P<noun>{_CHANGE_NOUNS})\s+(?i:of)\s+"
)


@_needs_two
def _shares_of_a_change(placed: Sequence[Placed], amounts: list[int], text: str, links: list[Links]) -> None:
    """'went up by 120 to 1,320 in the year to March, a 10% increase', 'was 4% higher than in June,
    an increase of $40 to $1,040': a share set off after a change by an amount to its
    end, or told before it, is the same change as a share of its start (as 'rose 12 cents, or
    1.5%, to $7.88'), in the same direction."""
    for position, delta in enumerate(amounts):
        end = links[delta].change_to
        if end is None or placed[delta].quantity.kind not in WHOLE_KINDS or not links[delta].direction:
            continue
        share = direction = None
        after = amounts[position + 1 :]
        if after and after[0] == end and len(after) > 1:
            qs = placed[after[1]].quantity
            noun = _SHARE_SET_OFF_AFTER.match(text, qs.end)
            if noun is None or not _SHARE_SET_OFF_BEFORE.fullmatch(text, placed[end].quantity.end, qs.start):
                noun = _NAMED_SET_OFF.fullmatch(text, placed[end].quantity.end, qs.start)
            if noun:
                share, direction = after[1], 1 if noun.group("noun").lower() in _UP_NOUNS else -1
        if share is None and position > 0:
            qs = placed[amounts[position - 1]].quantity
            told = _SHARE_TOLD_FIRST.fullmatch(text, qs.end, placed[delta].quantity.start)
            if told and (told.group("up") is not None) == (told.group("noun").lower() in _UP_NOUNS):
                share, direction = amounts[position - 1], 1 if told.group("up") else -1
        if (
            share is None
            or direction != links[delta].direction
            or placed[share].quantity.unit != "percent"
            or links[share].converts is not None
            or not _is_free(links, share, direction)
        ):
            continue
        links[share].converts, links[share].direction = delta, direction
        links[share].change_from, links[share].change_to = links[delta].change_from, end


@_needs_two
def _amounts_of_a_change(placed: Sequence[Placed], amounts: list[int], text: str, links: list[Links]) -> None:
    """'rose 5.2 percent to $1,420, an increase of $120 from a year earlier': an amount of the
    end's measure set off after a change by a share to its end, and named as a change the same
    way, is the same change as an amount (the share converts it)."""
    for position, share in enumerate(amounts):
        end = links[share].change_to
        after = amounts[position + 1 :]
        if (
            end is None
            or placed[share].quantity.unit != "percent"
            or links[share].converts is not None
            or not links[share].direction
            or len(after) < 2
            or after[0] != end
        ):
            continue
        delta = after[1]
        named = _NAMED_SET_OFF.fullmatch(text, placed[end].quantity.end, placed[delta].quantity.start)
        if (
            named is None
            or (1 if named.group("noun").lower() in _UP_NOUNS else -1) != links[share].direction
            or not _same_measure(placed, delta, end)
            or not _is_free(links, delta, links[share].direction)
        ):
            continue
        links[share].converts = delta
        links[delta].direction = links[share].direction
        links[delta].change_from, links[delta].change_to = links[share].change_from, end


def _start(placed: Sequence[Placed], i: int) -> int:
    return placed[i].quantity.start


@_needs_two
def _changes_as_subjects(placed: Sequence[Placed], amounts: list[int], text: str, links: list[Links]) -> None:
    """'The 3% increase will lift the starting salary to $62,500, up from $59,600': a change
    named as the subject of a verb that takes a figure to its end is the change from that end's
    start (read by `_changes`) to the end."""
    for delta, end in itertools.pairwise(amounts):
        qd = placed[delta].quantity
        start = links[end].change_from
        taken = _CHANGE_TAKES_TO.fullmatch(text, qd.end, placed[end].quantity.start)
        if taken is None or start is None or not _is_free(links, delta) or qd.kind not in _CHANGES:
            continue
        if qd.kind != "percent" and not _same_measure(placed, delta, end):
            continue
        up = taken.group("noun").lower() in (*_UP_NOUNS, "raise", "hike")
        links[delta].direction = 1 if up else -1
        links[delta].change_from, links[delta].change_to = start, end


_CHANGE_NAMED_BACK = re.compile(  # opening a sentence, before the change it names: "That jump of some "
    rf"\s*(?i:that|this|the)\s+(?:[\p{{L}}-]+\s+)?(?P<noun>{_CHANGE_NOUNS})\s+(?i:of)\s+"
    r"(?i:(?:about|some|nearly|almost|roughly|around|more\s+than|over|just\s+over|less\s+than)\s+)?"
)


def _changes_named_back(
    placed: Sequence[Placed], amounts: list[int], previous: list[int], text: str, links: list[Links]
) -> None:
    """'Cases rose to 187,604 from 152,711. That jump of some 35,000 ...': a sentence that opens
    by naming a change ('That jump of', 'The fall of') speaks of the one change of the sentence
    before whose start and end it gives, in the same direction."""
    if not amounts:
        return
    delta = amounts[0]
    qd = placed[delta].quantity
    named = _CHANGE_NAMED_BACK.fullmatch(text, placed[delta].sentence_span[0], qd.start)
    if named is None or qd.kind not in _CHANGES:
        return
    direction = 1 if named.group("noun").lower() in _UP_NOUNS else -1
    if not _is_free(links, delta, direction):  # "That jump of": a change of no ends yet
        return
    ends = [
        j
        for j in previous
        if links[j].change_from is not None
        and links[j].direction == direction
        and placed[links[j].change_from].quantity.kind == placed[j].quantity.kind
    ]
    if len(ends) != 1 or (qd.kind != "percent" and not _same_measure(placed, delta, ends[0])):
        return
    end = ends[0]
    links[delta].direction = direction
    links[delta].change_from, links[delta].change_to = links[end].change_from, end


def _named_change(placed: Sequence[Placed], amounts: list[int], text: str, cursor: int) -> int | None:
    """The change named right after a change's ends: 'dropped to 243 from 327, a 26% decline',
    'to 9.61 million from 8.92 million, an increase of about 690,000'."""
    following = [i for i in amounts if placed[i].quantity.start >= cursor][:2]
    if not following:
        return None
    before = [i for i in amounts if placed[i].quantity.end <= cursor]
    if len(following) > 1 and before and _is_rate_beside(placed, before[-1], following[0], text):
        # "up from $1.31 billion, or $2.88 a share, an increase of 78%": past the start's rate
        cursor, following = placed[following[0]].quantity.end, following[1:]
    quantity = placed[following[0]].quantity
    named = _NAMED_CHANGE.fullmatch(text, cursor, quantity.start) if quantity.kind in _CHANGES else None
    if named is None:
        return None
    if named.group("about") is not None:  # "an increase of 19%", "an increase of about 690,000"
        return following[0]
    if quantity.kind == "percent" and _CHANGE_NOUN.match(
        text, quantity.end, placed[following[0]].sentence_span[1]
    ):
        return following[0]  # "a 26% decline"
    return None


_NEUTRAL_FROM = re.compile(  # a verb of change that names no way, then the start: "would go from "
    r"\b(?i:go|goes|gone|going|went|move|moves|moved|moving)\s+(?i:from)\s+$"
)
_NEUTRAL_TO = re.compile(r"\s+(?i:to)\s+")  # between the two ends: " to "


@_needs_two
def _changes_told_by_their_amount(
    placed: Sequence[Placed], amounts: list[int], text: str, links: list[Links]
) -> None:
    """'a season ticket would go from £5,200 to £5,610, paying £410 more', 'went from 12 to 15, an
    increase of three': a change whose verb names no way takes it from the amount named or set
    off right after its ends."""
    for a, b in itertools.pairwise(amounts):
        qa, qb = placed[a].quantity, placed[b].quantity
        if (
            not _same_measure(placed, a, b)
            or links[b].change_from is not None
            or not _NEUTRAL_TO.fullmatch(text, qa.end, qb.start)
            or not _NEUTRAL_FROM.search(text, max(placed[a].sentence_span[0], qa.start - 20), qa.start)
        ):
            continue
        named = _named_change(placed, amounts, text, qb.end)
        if named is not None and links[named].change_from is None:
            noun = _CHANGE_NOUN_WORD.search(text, qb.end, placed[named].quantity.start)
            if noun is None:
                continue
            direction = 1 if noun.group().lower() in _UP_NOUNS else -1
            delta = named
        else:
            apposed = _apposed_difference(placed, amounts, text, qb.end, a)
            if apposed is None or links[apposed[0]].change_from is not None:
                continue
            delta, direction = apposed
        links[delta].direction, links[delta].change_from, links[delta].change_to = direction, a, b


def _share_after(placed: Sequence[Placed], amounts: list[int], delta: int, text: str) -> int | None:
    """The share right after a change's amount that restates it: 'an increase of seven, or 125%'."""
    following = next((i for i in amounts if placed[i].quantity.start >= placed[delta].quantity.end), None)
    if following is None or not _is_share_of(placed, delta, following):
        return None
    between = _OR_SHARE.fullmatch(text, placed[delta].quantity.end, placed[following].quantity.start)
    return following if between else None


def _change_after(
    placed: Sequence[Placed], amounts: list[int], text: str, cursor: int, start: int, direction: int
) -> int | None:
    """The change named right after a change's start (`_named_change`), else the difference set
    off after it that goes the change's way (`_apposed_difference`)."""
    named = _named_change(placed, amounts, text, cursor)
    if named is not None:
        return named
    apposed = _apposed_difference(placed, amounts, text, cursor, start)
    return apposed[0] if apposed is not None and apposed[1] == direction else None


def _apposed_difference(
    placed: Sequence[Placed], amounts: list[int], text: str, cursor: int, start: int
) -> tuple[int, int] | None:
    """The difference set off right after a change's start, ending its clause, and the way it
    goes: 'compared with 6,420 a year earlier, 180 more' (+1), 'down from $4.1 million, $300,000
    less' (-1), 'from £2,400 to £2,640, up £240' (+1), ', paying £240 more'. It is an amount of
    the start's own measure."""
    # past a span of time the start is told over: "24,796 in the first nine months of 2014 — 2,204 more"
    following = next(
        (i for i in amounts if placed[i].quantity.start >= cursor and not _is_span(placed, i, text)), None
    )
    if following is None or not _same_measure(placed, following, start):
        return None
    quantity = placed[following].quantity
    end = placed[following].sentence_span[1]
    lead = _WAY_BEFORE.fullmatch(text, cursor, quantity.start)
    if lead is not None and _CLAUSE_ENDS.match(text, quantity.end, end):
        return following, 1 if lead.group("up") else -1  # "from £2,400 to £2,640, up £240"
    if not _APPOSED_BEFORE.fullmatch(text, cursor, quantity.start):
        return None
    way = _APPOSED_AFTER.match(text, quantity.end, end)
    if way is None:
        return None
    return following, 1 if way.group("up") else -1


_TO_A_BRACKET = re.compile(r"[^.;()\d]{0,100}?\(\s*")  # " as many children ... last year (" 52 vs 27)
_VERSUS = re.compile(r"\s*(?i:vs\.?|versus|v\.?|against|compared\s+with)\s+")


def _multipliers(
    placed: Sequence[Placed], amounts: list[int], previous: list[int], text: str, links: list[Links]
) -> None:
    """'110 ... about three times as many prisoners': a multiplier times the nearest earlier
    count with its event (else the nearest); 'X, three times the Y': times the Y after it."""
    for position, m in enumerate(amounts):
        multiplier = placed[m]
        if multiplier.quantity.kind != "multiplier":
            continue
        after = amounts[position + 1 : position + 2]
        if after and _TIMES_THE.fullmatch(text, multiplier.quantity.end, placed[after[0]].quantity.start):
            links[m].times = after[0]  # "$4.2 million, nearly three times the $1.5 million raised by ..."
            links[m].product = _apposed_product(placed, amounts[:position], m, after[0], text)
            continue
        pair = amounts[position + 1 : position + 3]
        if (
            len(pair) == 2
            and _TO_A_BRACKET.fullmatch(text, multiplier.quantity.end, placed[pair[0]].quantity.start)
            and _VERSUS.fullmatch(text, placed[pair[0]].quantity.end, placed[pair[1]].quantity.start)
            and _same_measure(placed, pair[0], pair[1])
        ):
            links[m].product, links[m].times = pair  # "almost twice as many children as last year (52 vs 27)"
            continue
        if _THE_REFERENCE.match(text, multiplier.quantity.end):
            continue  # "twice the share in 2020": a figure the text does not give
        named = _AS_MANY_AS.match(text, multiplier.quantity.end)
        if (
            named
            and after
            and position
            and _NAMED_WITH.fullmatch(text, named.end(), placed[after[0]].quantity.start)
        ):
            before = amounts[position - 1]  # "received 334,000, twice as many as France with 167,000"
            if _WORDS_THEN_COMMA.fullmatch(text, placed[before].quantity.end, multiplier.quantity.start) and (
                _same_measure(placed, before, after[0])
            ):
                links[m].times, links[m].product = after[0], before
            continue
        if named:
            continue  # "twice as many as Leiria's Derlei": a reference named, not given
        candidates = [
            i
            for i in [*previous, *amounts]
            if placed[i].quantity.kind == "count" and placed[i].quantity.start < multiplier.quantity.start
        ]
        if candidates and _WORDS_THEN_COMMA.fullmatch(
            text, placed[candidates[-1]].quantity.end, multiplier.quantity.start
        ):
            # "to free 50 of the 240 hostages, and Israel 150 prisoners, three times as many": 150
            # is the product; the base is the figure before it that is no whole of others, in its
            # sentence ("0.21, more than twice the legal limit" is of no figure told before)
            product = candidates.pop()
            wholes = {links[i].part_of for i in candidates}
            own = [i for i in candidates if i not in wholes and placed[i].sentence == multiplier.sentence]
            if own:
                links[m].times, links[m].product = own[-1], product
            continue
        same = [i for i in candidates if placed[i].event and placed[i].event == multiplier.event]
        pool = same or candidates
        if pool:
            links[m].times = pool[-1]


# a clause of its own between two figures; the "and" of a range of time ("between January and
# May") joins no clause
_CLAUSE_JOIN = re.compile(
    r"[;:]|\b(?i:between\s+[^,;:]{1,30}?\s+and)\b(*SKIP)(*FAIL)|\b(?i:and|but|while|when|whereas|where)\b"
)


def _apposed_product(
    placed: Sequence[Placed], earlier: list[int], multiplier: int, reference: int, text: str
) -> int | None:
    """The figure a multiplier gives, in 'X, three times the Y': the last earlier figure of the
    Y's kind and unit, with nothing between it and the multiplier but rates beside it ("$718,000,
    or 7 cents a share, more than five times the $131,000") and no clause of its own (none in
    "2,950, when 140 patients were ..., and more than three times the 870")."""
    kind = _measured_as(placed, reference)
    start = placed[multiplier].quantity.start
    for i in reversed(earlier):
        q = placed[i].quantity
        if _CLAUSE_JOIN.search(text, q.end, start):
            return None
        if _PER.match(text, q.end, start) or q.kind == "ordinal" or _is_span(placed, i, text):
            continue  # a rate beside the figure; "in the first eight weeks": the time it is counted over
        return i if _measured_as(placed, i) == kind else None
    return None


_AT_PRICE = re.compile(  # between a count and its price: "95.5 million American depositary shares at "
    r"(?:\s+[\p{L}’'-]+){0,4}?\s+(?i:at|for|priced\s+at)\s+(?:(?i:an?\s+(?:average\s+)?price\s+of)\s+)?"
)
_PER_UNIT = re.compile(  # after a price: " each", " apiece", " a share", " per ticket"
    r"\s+(?i:each|apiece|a\s+piece|(?:a|an|per)\s+(?:share|ticket|unit|head|seat|vehicle|car|home|tonne|ton|barrel))\b"
)
_PRICE_TOTAL_AFTER = re.compile(  # between a price and the total after it: ", raising "
    r"\s*,?\s*(?:(?i:and)\s+)?(?:(?i:a|the|in\s+a)\s+(?i:deal|sale|stake|offering|purchase|transaction)\s+)?"
    r"(?i:raising|to\s+raise|for\s+a\s+total\s+of|for|worth|valued\s+at|totaling|totalling|"
    r"bringing\s+in|generating|grossing|netting|fetching)\s+(?:(?i:a\s+total\s+of|about|some|nearly|roughly)\s+)?"
)
_TOTAL_BEFORE_SALE = re.compile(  # between the total and the count sold: "raised $4.87 billion by selling "
    r"(?:\s+[\p{L}’'-]+){0,3}?\s+(?i:by|after|from|in)\s+(?:(?i:selling|offering|issuing|the\s+sale\s+of|"
    r"the\s+sale\s+of\s+about|a\s+sale\s+of)\s+)"
)


@_needs_two
def _unit_prices(placed: Sequence[Placed], amounts: list[int], text: str, links: list[Links]) -> None:
    """'sold 95.5 million shares at $51 each, raising $4.87 billion', 'raised $4.87 billion by
    selling 95.5 million shares at $51': a price of one unit times the count sold is the total
    of the sale. The price needs a word of one unit after it (" each", " a share") or a count
    of shares; the total, its own cue ("raising", "worth", "for a total of"; not "valuing the
    company at", which prices every share, sold or not)."""
    for n, p in itertools.pairwise(amounts):
        count, price = placed[n].quantity, placed[p].quantity
        if (
            count.kind != "count"
            or price.kind != "money"
            or not _AT_PRICE.fullmatch(text, count.end, price.start)
        ):
            continue
        per_unit = _PER_UNIT.match(text, price.end)
        if not per_unit and placed[n].entity != "share":
            continue
        after = per_unit.end() if per_unit else price.end
        totals = [
            t
            for t in amounts
            if placed[t].quantity.unit == price.unit
            and t != p
            and (
                _PRICE_TOTAL_AFTER.fullmatch(text, after, placed[t].quantity.start)
                or _TOTAL_BEFORE_SALE.fullmatch(text, placed[t].quantity.end, count.start)
            )
        ]
        if len(totals) == 1:
            links[p].times, links[p].product = n, totals[0]


# a word after a figure that is no part of its noun: "30 goals and", "24 games he"
_NOT_A_NOUN = (
    r"(?!(?i:and|or|but|while|whereas|though|although|when|as|he|she|it|they|we|his|her|its|their)\b)"
)
_AVERAGE_SPAN = (
    re.compile(  # between a total and the count it came in: " goals in ", " arrivals in the first "
        rf"(?P<words>(?:\s+{_NOT_A_NOUN}[\p{{L}}’'-]+){{0,6}}?)\s+"
        r"(?i:in|over|across|during|within|from|through|for|among)\s+"
        r"(?:(?i:the|its|his|her|their|just|only)\s+)?(?:(?i:first|last|past|previous|opening|final)\s+)?"
    )
)
_RATE_WORD = re.compile(r"\b(?i:a|an|per|each|every)\b")  # "30 goals a season in ...": the total is a rate
_PER_WORDS = {  # a word that says what an average is per: "a daily average", "600 daily"
    "daily": "day",
    "weekly": "week",
    "monthly": "month",
    "yearly": "year",
    "annual": "year",
    "annually": "year",
}
# between the figure an average is of (a count, or a list's last item) and the average: " games, an
# average of ", " months, or about ", " appearances, averaging ", " games for a per-game average of "
_AVERAGE_LEAD = re.compile(
    rf"(?:\s+{_NOT_A_NOUN}\p{{Ll}}[\p{{L}}’'-]*){{0,4}}?"
    r"(?:\s+(?i:in|for|of)\s+\p{Lu}[\p{L}.]*)?"  # " in September", " days of July"
    r"(?:\s*(?P<mark>,|\s[—–-]|—)\s*|\s+)"
    r"(?:(?i:or|and|for|at|with|good\s+for|which\s+works\s+out\s+(?:to|at))\s+)?"
    r"(?:(?i:(?:at\s+)?an?\s+(?:rate|pace)\s+of)\s+)?"
    r"(?P<cue>(?i:averaging|averaged|averages|average)\s+"
    r"|(?i:an?|the)\s+(?:(?P<adjective>(?i:daily|weekly|monthly|yearly|annual|per-\p{L}+))\s+)?(?i:average)"
    r"(?:\s+(?P<after>(?i:daily|weekly|monthly|yearly|annual)))?(?:\s+(?i:gain|increase|rise|fall|decline|"
    r"drop|loss|total|tally|haul|number|figure|count))?\s+(?:(?i:of|at|was|is|stood\s+at)\s+)?)?"
)
# a list's last item, then a span that names the average ("three-month") and the average: ", bringing
# the " three-month " average to "
_SPAN_AVERAGE_OPENS = re.compile(
    r"(?:\s+[\p{L}’'-]+){0,3}?\s*(?:,|\s[—–-]|—)\s*(?:(?i:for|with|bringing|putting|taking|lifting|leaving|"
    r"pushing|pulling)\s+)?(?i:an?|the)\s+"
)
_SPAN_AVERAGE = re.compile(r"\s+(?i:average)\s+(?:(?i:of|at|to|was|is|stood\s+at)\s+)?")
AVERAGE_WORD = re.compile(r"(?i:an\s+average\s+of)\s")  # the qualifier that says a figure is an average
_AVERAGE_NOUN = re.compile(r"\b(?i:average|mean|median)\b")  # "bringing the average to": no running total
_SO_FAR = re.compile(  # a total of a time still going: "so far", "to date", "By Thursday,"
    r"\b(?i:so\s+far|to\s+date|year[-\s]to[-\s]date|thus\s+far|as\s+of|by\s+(?:monday|tuesday|wednesday|"
    r"thursday|friday|saturday|sunday|mid-\p{L}+|the\s+end\s+of\s+\p{L}+|\p{Lu}\p{Ll}+\s+\d{1,2}\b))"
)
_TIME_UNITS = frozenset(("minute", "hour", "day", "week", "fortnight", "month", "year"))
_AVERAGE_TAIL = re.compile(  # after an average: its noun, what it is per, then the clause ends
    r"(?P<noun>(?:\s+\p{Ll}[\p{L}’'-]*){1,2}?)??"
    r"(?:\s+(?:(?i:a|an|per|each|every)\s+(?P<per>\p{Ll}[\p{L}-]*)|(?P<adverb>(?i:daily|weekly|monthly|yearly|"
    r"annually|each|apiece))\b))?(?P<said>\s+(?i:on\s+average))?"
    r"(?=\s*(?:[,.;:)!?]|$|\s[—–-]\s|—|(?i:and|but|while|as|compared|against)\b))"
)
# nouns that count the same things an average may be per: "in 24 games, 1.25 a match"
_SAME_ITEMS = (
    frozenset(("game", "match", "outing", "appearance", "fixture", "start", "contest")),
    frozenset(("session", "day", "trading day")),
)
_ITEM_JOIN = re.compile(  # between two items of a list an average is of: ", ", " and ", " in April, May "
    r"(?:\s+\p{Ll}[\p{L}-]*){0,2}?(?:\s+(?i:in|for)\s+\p{Lu}[\p{L}.]*)?"
    r"(?P<sep>\s*,\s*(?:(?i:and)\s+)?|\s+(?i:and)\s+)(?:\p{Lu}[\p{L}.]*\s+)?\+?"  # "February +33,000"
)


@_needs_two
def _averages(placed: Sequence[Placed], amounts: list[int], text: str, links: list[Links]) -> None:
    """'scored 30 goals in 24 games, an average of 1.25 a match', '9,150 arrivals in the first five
    months, or about 60 a day', '1,200 points in 10 sessions, about 120 points a day': an average
    right after the total and the count (or span) it is of, in one clause, is the total divided
    by the count (`_link_average` says when). The span may open the sentence: 'Over the past 12
    months, payrolls have grown by 1.3 million, an average of 126,000 jobs a month'."""
    opening = _opening_span(placed, amounts, text)
    for total, average in itertools.pairwise(amounts[1:] if opening is not None else []):
        lead = _AVERAGE_LEAD.fullmatch(text, placed[total].quantity.end, placed[average].quantity.start)
        if lead is not None and lead.group("mark"):
            figures = (total, opening, average)
            said = bool(lead.group("cue"))
            _link_average(placed, amounts, figures, text, links, True, said, lead.group("adjective") or "")
    for total, average in itertools.pairwise(amounts):
        # "301,091 spills in 2022, an average of 824 a day": the year the total came in is the span
        # (not a year still going: "By Thursday, officers had shot 957 people in 2016")
        year = next((i for i in range(total + 1, average) if _is_year(placed[i].quantity)), None)
        if year is not None and _SO_FAR.search(text, *placed[total].sentence_span):
            year = None
        lead = (
            _AVERAGE_LEAD.fullmatch(text, placed[year].quantity.end, placed[average].quantity.start)
            if year is not None
            else None
        )
        if lead is not None and (lead.group("mark") or lead.group("cue")):
            said = lead.group("cue") is not None
            adjective = lead.group("adjective") or lead.group("after") or ""
            figures = (total, year, average)
            _link_average(placed, amounts, figures, text, links, bool(lead.group("mark")), said, adjective)
    for total, count, average in zip(amounts, amounts[1:], amounts[2:], strict=False):
        lead = _AVERAGE_LEAD.fullmatch(text, placed[count].quantity.end, placed[average].quantity.start)
        if lead is not None:
            said = lead.group("cue") is not None
            adjective = lead.group("adjective") or lead.group("after") or ""
            _link_average(
                placed,
                amounts,
                (total, count, average),
                text,
                links,
                bool(lead.group("mark")),
                said,
                adjective,
            )


def _averages_of_the_sentence_before(
    placed: Sequence[Placed], amounts: list[int], previous: list[int], text: str, links: list[Links]
) -> None:
    """'Police recorded 9,150 arrivals in the first five months. That is an average of about 60 a
    day.': a sentence that opens by giving an average of the sentence before ('That is', 'That
    works out to', 'It is a daily average of') divides the total by the count that ends it."""
    before = [i for i in previous if placed[i].quantity.kind in AMOUNTS]
    if not amounts or len(before) < 2:
        return
    average, (total, count) = amounts[0], before[-2:]
    sentence_start = placed[average].sentence_span[0]
    opening = _THAT_IS_AN_AVERAGE.fullmatch(text, sentence_start, placed[average].quantity.start)
    if opening is not None and _ENDS_THE_SENTENCE.fullmatch(
        text, placed[count].quantity.end, placed[count].sentence_span[1]
    ):
        said = opening.group("cue") is not None
        adjective = opening.group("adjective") or ""
        _link_average(
            placed, [*before, *amounts], (total, count, average), text, links, True, said, adjective
        )


# a sentence that opens by giving the one before as an average: "That is an average of ", "That works out to"
_THAT_IS_AN_AVERAGE = re.compile(
    _THAT_IS_OPENS
    + r"(?P<cue>(?i:an?)\s+(?:(?P<adjective>(?i:daily|weekly|monthly|yearly|annual|per-\p{L}+))\s+)?"
    r"(?i:average)\s+(?i:of)\s+)?"
)
_ENDS_THE_SENTENCE = re.compile(r"(?:\s+\p{Ll}[\p{L}’'-]*){0,3}\s*[.!?][\"”’)]*\s*")  # " games this season."


def _link_average(
    placed: Sequence[Placed],
    amounts: list[int],
    figures: tuple[int, int, int],
    text: str,
    links: list[Links],
    marked: bool,
    said: bool,
    adjective: str,
) -> None:
    """Make the last of `figures` (total, count, average; of `amounts`) the average of the total
    per the count, if it may be: the total came in the count ('in', 'over', 'from'), is an amount
    no rate, list or link ('20 goals and 10 assists in 24 games', '30 of the team's 60 goals')
    makes another's; the average counts what the total counts and ends its clause, and is set
    apart (`marked`: ', or about 60 a day') or `said` to be one ('averaging', 'a daily average of',
    'an average of 1.5'; `adjective` names what it is per: 'daily'), and is per one of the count
    ('a match' for '24 games') or per a unit of time of the span ('a day' for 'five months')."""
    total, count, average = figures
    qt, qn, qa = (placed[i].quantity for i in figures)
    span = _AVERAGE_SPAN.fullmatch(text, qt.end, qn.start) if count > total else _NO_WORDS.match("")
    tail = _AVERAGE_TAIL.match(text, qa.end, placed[average].sentence_span[1])
    if (
        span is None
        or tail is None
        or _RATE_WORD.search(span.group("words"))
        or qt.kind not in WHOLE_KINDS
        or _measured_as(placed, average) != _measured_as(placed, total)
        or not (qn.kind == "duration" or (qn.kind == "count" and placed[count].entity) or _is_year(qn))
        or not _counts_the_same(placed, (total, average), tail)
        or any("range" in placed[i].quantity.qualifier for i in figures)
        or _listed_before(placed, amounts, total, text)
        or _linked_already(links, amounts, figures)
        # a batter's "N runs in M innings at an average of A" is per dismissal, not per innings
        or (
            placed[count].entity == "inning" and _AT_BEFORE.search(text, placed[count].quantity.end, qa.start)
        )
    ):
        return
    said = said or bool(tail.group("said") or AVERAGE_WORD.match(text, qa.start, qa.number_start))
    per = _per_word(adjective, tail)
    if (marked or said) and _per_fits(placed[count], per, said):
        links[average].average_of, links[average].per_count, links[average].per = total, count, per


_AT_BEFORE = re.compile(r"\s(?i:at)\s+$")  # " at " an average of 90.83
_SPAN_OPENING = re.compile(  # a sentence's opening span: "Over the past " 12 months", "
    r"\s*(?i:over|in|during|across|within)\s+(?:(?i:the)\s+)?(?:(?i:past|last|previous|first|latest)\s+)?"
)
_NO_WORDS = re.compile(r"(?P<words>)")
_NOUN_THEN_COMMA = re.compile(r"(?:\s+[\p{L}’'-]+)?\s*,")  # three" seasons,"


def _opening_span(placed: Sequence[Placed], amounts: list[int], text: str) -> int | None:
    """The span of time (or count of seasons, games) that opens a sentence and ends its opening
    phrase ('Over the past 12 months, ', 'In the last three seasons, '), or None."""
    if not amounts:
        return None
    span = placed[amounts[0]]
    if not (span.quantity.kind == "duration" or (span.quantity.kind == "count" and span.entity)):
        return None  # "Over the past 12 months, ", "In the last three seasons, "
    if not _SPAN_OPENING.fullmatch(text, span.sentence_span[0], span.quantity.start):
        return None
    return amounts[0] if _NOUN_THEN_COMMA.match(text, span.quantity.end) else None


def _counts_the_same(placed: Sequence[Placed], figures: Sequence[int], tail: re.Match[str]) -> bool:
    """Whether the figures an average relates (it last) count one noun, or none ('138,000 jobs ...
    an average of 130,667'), and any words after the average are that noun ('1.25 goals a game';
    not 'averaging 25 this season')."""
    nouns = {placed[i].entity for i in figures} - {"", "average"}  # "196,000 average 180,333": a verb
    return len(nouns) <= 1 and not (tail.group("noun") and not placed[figures[-1]].entity)


def _per_word(adjective: str, tail: re.Match[str]) -> str:
    """What an average is per, from the `adjective` before it or the words after it: 'daily' ->
    'day', 'per-game' -> 'game'; 'a match' -> 'match', 'daily' -> 'day'; '' for 'each', 'apiece'
    or none."""
    adjective = adjective.lower()
    if adjective:
        return _PER_WORDS.get(adjective, adjective.removeprefix("per-"))
    adverb = (tail.group("adverb") or "").lower()
    return _PER_WORDS.get(adverb, "") if adverb else (tail.group("per") or "").lower()


IN_A_YEAR = ("day", "week", "month")  # what an average over a year named by its number may be per


def _is_year(quantity: Quantity) -> bool:
    """Whether a figure is a year named by its number alone ("in 2022"): a span of time."""
    return quantity.kind == "date" and len(quantity.date) == 4 and quantity.date.isdigit()


def _per_fits(count: Placed, per: str, said: bool) -> bool:
    """Whether an average per `per` ('' for none or 'each') may be per one of the count or span
    before it: a span in any unit of time it is per ('five months', 'a day'); a count per its
    own noun or another word for its items ('24 games', 'a match'; '10 sessions', 'a day'), or
    per nothing named when the text says it is an average ('an average of 1.5')."""
    if count.quantity.kind == "duration":
        return per in _TIME_UNITS
    if _is_year(count.quantity):
        return per in IN_A_YEAR
    if not per:
        return said
    return per == count.entity or any(per in same and count.entity in same for same in _SAME_ITEMS)


def _listed_before(placed: Sequence[Placed], amounts: list[int], total: int, text: str) -> bool:
    """Whether the amount before `total` in its sentence is listed with it ('20 goals and 10
    assists in 24 games', '20 goals, 10 assists'), so the span after counts both; not one kept
    apart by a verb ('Haaland, 23, has scored 30 goals')."""
    position = amounts.index(total)
    if position == 0:
        return False
    return bool(
        _LISTED.search(text, placed[amounts[position - 1]].quantity.end, placed[total].quantity.start)
    )


# between two figures listed together: " goals and ", " goals, " (not ", 23, has scored ")
_LISTED = re.compile(r"\b(?i:and|or|plus|with)\b|(?:[,(—–]|\s-)(?:\s*(?i:another|a\s+further))?\s*$")
_LINKS = ("part_of", "total_of", "converts", "times", "product", "change_from", "change_to")


def _linked_already(links: list[Links], amounts: list[int], items: Sequence[int]) -> bool:
    """Whether any of `items` is linked to a figure, or a figure of `amounts` (their sentence's) to it."""
    return any(getattr(links[i], name) is not None for i in items for name in _LINKS) or any(
        getattr(links[j], name) in items for j in amounts for name in _LINKS
    )


@_needs_two
def _list_averages(placed: Sequence[Placed], amounts: list[int], text: str, links: list[Links]) -> None:
    """'The three months brought 138,000, 174,000 and 80,000 new jobs, an average of 130,667 a
    month', '312,000 in January, 33,000 in February and 196,000 in March, bringing the
    three-month average to 180,333': a list of two or more amounts ending in 'and', right
    before a figure said to be an average ('an average of', 'averaging', 'a monthly average
    of'), that ends its clause, is what the average is of. A span that names the average
    ('three-month') or a figure before the list that counts what it is per ('The three months')
    must count the items."""
    for position, average in enumerate(amounts[2:], start=2):
        qa = placed[average].quantity
        tail = _AVERAGE_TAIL.match(text, qa.end, placed[average].sentence_span[1])
        last, spans = amounts[position - 1], []
        lead = _AVERAGE_LEAD.fullmatch(text, placed[last].quantity.end, qa.start)
        said = lead is not None and bool(
            lead.group("cue") or AVERAGE_WORD.match(text, qa.start, qa.number_start)
        )
        per = _per_word(lead.group("adjective") or lead.group("after") or "", tail) if lead and tail else ""
        named = placed[last].quantity
        if not said and named.kind == "duration" and "-" in text[named.start : named.end]:
            last, spans, per = amounts[position - 2], [named.value], named.unit  # "the three-month average"
            said = bool(
                _SPAN_AVERAGE_OPENS.fullmatch(text, placed[last].quantity.end, named.start)
                and _SPAN_AVERAGE.fullmatch(text, named.end, qa.start)
            )
        if not said or tail is None or amounts.index(last) < 1:
            continue
        items, joins = [last], []
        for earlier in reversed(amounts[: amounts.index(last)]):
            join = _ITEM_JOIN.fullmatch(text, placed[earlier].quantity.end, placed[items[0]].quantity.start)
            if join is None:
                break
            items.insert(0, earlier)
            joins.insert(0, join.group("sep"))
        counted = [
            placed[i].quantity.value
            for i in amounts[: amounts.index(items[0])]
            if per and (placed[i].entity == per or placed[i].quantity.unit == per)
        ]
        if (
            len(items) < 2
            or "and" not in joins[-1].lower()
            or any(_measured_as(placed, i) != _measured_as(placed, average) for i in items)
            or not _counts_the_same(placed, (*items, average), tail)
            or any("range" in placed[i].quantity.qualifier for i in (*items, average))
            or _linked_already(links, amounts, (*items, average))
            or any(value != len(items) for value in (*counted, *spans))
        ):
            continue
        for item in items:
            links[item].averaged_in = average
        links[average].per = per


# between two clauses of a list by place: " were found in the valley, where the river broke its
# banks, and " (a clause may tell more of its place)
_PLACES_CLAUSE_JOIN = re.compile(
    r"[^\d.;:()]{0,120}?(?:,\s*(?i:and\s+)?|\s+(?i:and)\s+)"
    r"(?i:(?:about|some|nearly|almost|at\s+least|more\s+than|over)\s+)?"
)


def _of_the_group(
    placed: Sequence[Placed], amounts: list[int], previous: list[int], text: str, links: list[Links]
) -> None:
    """'47 injured ... Of the injured, 12 were in serious condition': a count after an opening
    'Of the <group>,' is a part of the earlier count that the group names."""
    for i in amounts:
        quantity = placed[i].quantity
        group = _OF_THE_GROUP.search(text, placed[i].sentence_span[0], quantity.start)
        if links[i].part_of is not None or group is None:
            continue
        earlier = [j for j in [*previous, *amounts] if j != i and placed[j].quantity.end <= group.start()]
        whole = _named_whole(placed, earlier, group.group("word"), ("count",), text)
        if whole is not None:  # and its event, unless it has one ("Of those aboard, 106 were rescued")
            links[i].join(whole, "entity")
            # "Of the dead, 25 were found in the valley and 19 in the port city"
            if _PLACE_AFTER.search(text, quantity.end, placed[i].sentence_span[1]):
                after = amounts[amounts.index(i) + 1 :]
                _places_going_on(
                    placed, after, quantity.end, whole, ("entity",), text, links, _PLACES_CLAUSE_JOIN
                )


def _of_a_named_group(
    placed: Sequence[Placed],
    amounts: list[int],
    recent: list[int],
    text: str,
    events: Mapping[str, str],
    links: list[Links],
) -> None:
    """'some 31 people have died ... Nineteen of the deaths were in the capital, four in Aveiro and
    five more in Faro': a count 'of the <group>', the group given no figure of its own, is
    a part of the one earlier figure the group names (by its event: 'deaths' are the dead), and
    so is each count of a list by place that goes on from it."""
    for position, i in enumerate(amounts):
        quantity = placed[i].quantity
        # "44% (5,456) of all cases", "1,050 (42%) of all deaths": a pair in brackets names its group
        closing = _SHARE_CLOSES.match(text, quantity.end) if position else None
        pair = amounts[position - 1] if closing else None
        if pair is not None and not _ASIDE_OPENS.fullmatch(text, placed[pair].quantity.end, quantity.start):
            closing = pair = None
        group = _OF_THE_WORD.match(
            text, closing.end() if closing else quantity.end, placed[i].sentence_span[1]
        )
        if quantity.kind not in ("count", "percent") or links[i].part_of is not None or group is None:
            continue
        if quantity.kind == "percent" and (
            pair is None or quantity.unit != "percent" or quantity.value > 100
        ):
            continue  # a share alone ("9% of all claims") may be of another time's group
        participle = group.group("next") and not _VERB_AFTER_GROUP.fullmatch(group.group("next"))
        if any(_RESTRICTED.match(text, group.end(g)) for g in ("word", "next") if g == "word" or participle):
            continue  # "2,900 of those killed on the other side": a part of the group, not all of it
        word = group.group("word").lower()
        if word in _LATEST:
            continue  # "six of the new deaths": of the latest increment, not of the toll it brought up
        # "15 of the hostages taken on Oct. 7": the group is in the state its participle names
        word = events.get((group.group("next") or "").lower()) or events.get(word, word)
        clause = _WHO_CLAUSE.match(text, group.end("word"))
        if clause:  # "of the candidates who sat the papers": the group its clause's verb names, if any
            named = events.get(clause.group("verb").lower())
            if named is None:
                continue
            word = named
        earlier = [  # a group's whole is no part of another ("Of the displaced, 1,200 ...")
            j
            for j in [*recent, *amounts[:position]]
            if placed[j].quantity.kind == "count" and links[j].part_of is None and j != pair
        ]
        whole = _named_whole(placed, earlier, word, ("count",), text)
        if whole is None:
            continue
        inherits = ("entity",) if placed[i].event else ("entity", "event")  # its own verb: "15 ... have died"
        for member in (i, pair):
            if member is not None and placed[member].quantity.kind in ("count", "percent"):
                links[member].join(whole, *(inherits if placed[member].quantity.kind == "count" else ()))
        _places_going_on(placed, amounts[position + 1 :], group.end(), whole, inherits, text, links)


def _places_going_on(
    placed: Sequence[Placed],
    following: list[int],
    last: int,
    whole: int,
    inherits: tuple[str, ...],
    text: str,
    links: list[Links],
    join: re.Pattern[str] = _LIST_JOIN,
) -> None:
    """'... and 19 in the port city': each count after `last` that goes on a list by place, an
    item joined to the one before (by `join`), is a part of the same whole."""
    for j in following:
        qj = placed[j].quantity
        joined = join.fullmatch(text, last, qj.start)
        if qj.kind != "count" or not (joined and _place_after(placed, j, text)):
            break
        links[j].join(whole, *inherits)
        last = qj.end


def _named_whole(
    placed: Sequence[Placed],
    earlier: list[int],
    word: str,
    kinds: tuple[str, ...],
    text: str,
    rates: bool = False,
) -> int | None:
    """The figure among `earlier` (in order) that a group `word` names: written with the word
    right before it ("killed 12" for "those killed") or among the words after it ("$95 billion aid
    package" for "the package"), or counting it (entity) or in it (event: "the dead"). None
    unless the figures so named agree: a toll updated from 1,037 to 2,122 dead leaves "Most of
    the dead, 1,293" with no sure whole. A rate ("$4.12 a gallon") is no group's whole, and is
    among the figures only with `rates`; nor is a count of one ("one patient")."""
    word = word.lower()
    stem = word[:-1] if word.endswith("s") and len(word) > 3 else word
    named = []
    for position, j in enumerate(earlier):
        qj = placed[j].quantity
        if qj.kind not in kinds or math.isnan(qj.value) or (not rates and _is_rate(placed, j, text)):
            continue  # "hundreds of rescuers": no figure to hold parts to
        if qj.kind == "count" and qj.value <= 1:
            continue  # "lists one patient as migrated": one is no group
        if _INCREMENT.match(text, qj.end) or _INCREMENT_BEFORE.search(text, max(0, qj.start - 20), qj.start):
            continue  # "Another 10 bodies were recovered": an increment is no group's whole
        start, end = placed[j].sentence_span
        if position:
            start = max(start, placed[earlier[position - 1]].quantity.end)
        if position + 1 < len(earlier):
            end = min(end, placed[earlier[position + 1]].quantity.start)
        after, before = min(end, qj.end + _GROUP_WORD_REACH), max(start, qj.start - _GROUP_WORD_REACH)
        phrase_end = _PHRASE_ENDS.search(text, qj.end, after)  # "killed 12 people and injured 40"
        after = phrase_end.start() if phrase_end else after
        last_words = text[before : qj.start].lower().split()[-2:]
        if (
            stem in text[qj.end : after].lower()
            or last_words[-1:] == [word]
            or last_words in ([word, "of"], [word, "to"], [word, "at"])  # "a population of 331 million",
            # "its total to", "set the budget at $12.6 million"
            or word == placed[j].event
            or stem == placed[j].entity
            or _subject_of(word).fullmatch(text, _clause_start(text, start, qj.start), qj.start)
        ):
            named.append(j)
    return named[-1] if named and len({placed[j].quantity.value for j in named}) == 1 else None


# a figure that a clause's subject is said to be, or to have come to: "Turnover for the year was ",
# "The club's revenue rose to ", "Its workforce stood at "
_SUBJECT_IS = (
    r"(?:\s+(?i:for|in|over)\s+(?:(?i:the|its|their)\s+)?(?:\p{Ll}+\s+)?(?i:year|quarter|half|period|season|"
    r"months?)(?:\s+(?i:to|ended|ending|through)\s+[^,;:()—–]{1,20}?)?)?"  # "for the year to 31 May 2013"
    r"\s+(?i:was|were|is|are|stood\s+at|came\s+(?:in\s+)?at|totall?ed|reached|"
    r"(?:rose|grew|climbed|jumped|increased|fell|dropped|declined|decreased|slipped)\s+to)\s+$"
)
_CLAUSE_OPENS = re.compile(r"(?r)[,;:.()—–]")


@functools.lru_cache(maxsize=256)
def _subject_of(word: str) -> re.Pattern[str]:
    """What stands between the start of a clause whose subject is the group `word` and the figure
    the clause says it is: "The club's turnover for the year was " for "turnover"."""
    return re.compile(
        r"\s*(?:(?i:the|its|their|his|her|our)\s+|\p{Lu}[\p{L}’'.&-]*(?:['’]s)?\s+){0,3}"
        rf"(?:\p{{Ll}}[\p{{L}}-]*(?:['’]s)?\s+){{0,2}}(?i:{re.escape(word)})\b" + _SUBJECT_IS
    )


def _clause_start(text: str, start: int, end: int) -> int:
    """Where the clause that ends at `end` opens, no earlier than `start`."""
    mark = _CLAUSE_OPENS.search(text, start, end)
    return mark.end() if mark else start


_KIND_OF_THEM = re.compile(
    r"\s+(?i:of\s+(?:them|those|these|whom))\s+\p{Ll}+\s*(?:,|\s(?i:and)\s)"
)  # " of them women and "
_ELIDED_ITEM = re.compile(  # its verb left out: " of them and the Kursk region for ", ", Italy with ",
    # " of these, Congress ", " and Independents " (a name right before its figure)
    r"(?:\s+(?i:of\s+(?:them|those|these)))?\s*(?:,\s*(?i:and\s+)?|\s+(?i:and)\s+)(?:(?i:the|a)\s+)?"
    r"(?:(?:[\p{L}’'.-]+\s+){1,4}(?i:for|with|on|at)\s+|(?:\p{Lu}[\p{L}’'.-]*\s+){1,3})"
)


def _list_goes_on(
    placed: Sequence[Placed], amounts: list[int], first: int, text: str, links: list[Links]
) -> None:
    """'Nine of them fell over the sea and four over Rostov': the counts listed after a part
    named 'of them', each joined to the one before, are parts of the same whole."""
    whole, last = links[first].part_of, first
    if whole is None:
        return
    closed = False  # the list's last item came after "and"
    kinds = _KIND_OF_THEM.match(text, placed[first].quantity.end)  # " of them women": later items are kinds
    for j in amounts[amounts.index(first) + 1 :]:
        end = placed[j].sentence_span[1]
        if (
            placed[j].quantity.kind != "count"
            or not _is_free(links, j)
            or not (
                placed[j].entity in ("", placed[first].entity)
                or (
                    kinds
                    and placed[j].event in ("", placed[first].event)
                    and not _OWN_VERB.match(text, placed[j].quantity.end, end)
                )
            )
            or not (
                _LIST_JOIN.fullmatch(text, placed[last].quantity.end, placed[j].quantity.start)
                or _ELIDED_ITEM.fullmatch(text, placed[last].quantity.end, placed[j].quantity.start)
            )
            or closed  # "21 of them in Kerala and 5 in West Bengal, and 244 were injured": it ended
        ):
            break
        closed = bool(_AND_BEFORE.search(text, placed[last].quantity.end, placed[j].quantity.start))
        links[j].join(whole, "entity")
        last = j


def _two_groups(placed: Sequence[Placed], a: int, b: int, text: str, links: list[Links]) -> bool:
    """Whether counts `a` and `b` of one sentence count two groups that 'of them' after them may
    name either of: not a list, and neither a part of the other."""
    return (
        placed[a].sentence == placed[b].sentence
        and a != links[b].part_of
        and b != links[a].part_of
        and not _LIST_JOIN.fullmatch(text, placed[a].quantity.end, placed[b].quantity.start)
    )


_NOT_COUNTED = frozenset(("duration", "money", "measure"))  # kinds of figure "N of them" may be of


def _of_them(
    placed: Sequence[Placed], amounts: list[int], previous: list[int], text: str, links: list[Links]
) -> None:
    for i in amounts:
        quantity = placed[i].quantity
        if quantity.unit == "percent" and _OF_THOSE_WHO.match(text, quantity.end):
            continue  # "91.56 percent of those who took part": of all who did, not of the figure before
        if links[i].part_of is None and _OF_THEM.match(text, quantity.end, placed[i].sentence_span[1]):
            if _OF_THE_GROUP.search(text, placed[i].sentence_span[0], quantity.start):
                continue  # "Most of the burglaries, 35 of them, ...": the group named is the whole
            nearest = next((j for j in reversed(amounts) if placed[j].quantity.end <= quantity.start), None)
            if nearest is not None and placed[nearest].quantity.kind in _NOT_COUNTED:
                continue  # "sentenced him to 64 years, suspended 10 of them": them is the years
            counts = [
                j
                for j in [*previous, *amounts]
                if placed[j].quantity.kind == "count" and placed[j].quantity.end <= quantity.start and j != i
            ]
            # "19 goals in three matches, five of them": them is never a figure of a phrase on another
            counts = [
                j
                for k, j in zip([None, *counts], counts, strict=False)
                if k is None
                or placed[k].sentence != placed[j].sentence
                or not _ATTACHED.fullmatch(text, placed[k].quantity.end, placed[j].quantity.start)
            ]
            if len(counts) > 1 and _two_groups(placed, counts[-2], counts[-1], text, links):
                continue  # "In 35 of them at least two justices dissented. Twenty-four of those": unsure
            # "them": a counted noun, or a part of one ("Of those, 80 were still in hospital, 13 of them")
            earlier = [  # (or a rest: "the other 16, though 15 of them")
                j
                for j in counts
                if placed[j].entity
                or placed[j].event
                or links[j].part_of is not None
                or REST_BEFORE.search(text, placed[j].sentence_span[0], placed[j].quantity.start)
            ]
            if (
                len(earlier) > 1
                and links[earlier[-1]].part_of != earlier[-2]  # "Of the 88, 80 were ..., 13 of them": no list
                and _LIST_JOIN.fullmatch(
                    text, placed[earlier[-2]].quantity.end, placed[earlier[-1]].quantity.start
                )
            ):
                # "The victims were six women, two men and a girl. Four of them ...": them is the
                # list's whole, if it names one, never its last item; in the list's own sentence
                # ("307 people, 291 passengers and 16 crew, and 182 of them ..."), another cut of
                # the whole that the sentence's parts would be added to: no link
                whole = links[earlier[-1]].part_of
                later = placed[i].sentence != placed[earlier[-1]].sentence
                if whole is not None and links[earlier[-2]].part_of == whole and later:
                    links[i].join(whole, "entity")
            elif earlier:
                # "132 of the 253 people seized remain, and at least 25 of them have died": them is
                # the part, not the whole it was just named of
                parts = [
                    j
                    for j in [*previous, *amounts]
                    if j != i and links[j].part_of == earlier[-1] and placed[j].quantity.kind == "count"
                ]
                them = parts[-1] if parts else earlier[-1]
                if not quantity.value > 2 * placed[them].quantity.value:  # "231,067 of them" is no part of 71
                    links[i].join(them, "entity")
            _list_goes_on(placed, amounts, i, text, links)


# Differences between two figures, as news states them: a lead or margin beside a split, a
# shortfall from a record, an increment beside the ends of its total, a swing between two leads.
_GAP_UNIT = r"(?i:(?:percentage[-\s]+)?points?|votes?|seats?)"  # what a lead or a margin counts
_MARGIN_NOUN = r"(?i:lead|margin|majority|edge|advantage|cushion|gap|win|victory|defeat)"
_MARGIN_ADJECTIVE = (
    r"(?i:narrow|slim|slender|comfortable|commanding|healthy|clear|solid|wide|big|winning|overall"
    r"|decisive|resounding|convincing|crushing|emphatic|comprehensive|close|surprising)"
)
_NOT_ERROR = r"(?!\s+(?i:of\s+error))"  # "a 3-point margin of error" is no margin between figures
_SPLIT_OPENS = r"\s*(?:,|\(|[—–]|\s-)\s*"  # between a difference and the split after it
_GROUP_PHRASE = r"(?:\s+(?i:among|in|with|over)\s+[^\d,;.()]{1,40}?)?"  # "a 14-point lead among Hispanics"
# after a split, what it is of: "41% among likely voters", "287 for the bill", "7 at halftime"
_SPLIT_PHRASE = r"(?:\s+(?i:among|in|with|over|for|against|on|to|at)\s+[^\d,;.()]{1,40}?)?"
_SPLIT_JOIN = re.compile(  # "319 to 238", "319 votes to 238", "52% to Jones's 41%", "55-45", "59% against"
    r"(?:\s+\p{Ll}+)?\s+(?i:to|against)\s+(?:(?i:the)\s+)?"
    r"(?:(?:\p{Lu}[\p{L}’'.-]*\s+){0,3}?(?:\p{Lu}[\p{L}.-]*['’]s?\s+)?"
    r"|(?:[\p{L}.-]+\s+){1,4}?\p{Lu}[\p{L}.-]*['’]s?\s+)"  # "to state senator Ann Lee's "
    r"|\s?[-–]\s?"
)
_SPLIT_AFTER = re.compile(r"\s+(?i:among|of)\b")  # "among women, 52% to 41% among men": two groups
_GROUP_BEFORE = re.compile(r"\b(?i:among|of)\s")  # a group named before the split's first side
_RANGE_BEFORE = re.compile(r"(?r)\b(?i:from|between)\s+$")  # "from 41% to 52%": a change or a range
# between a split and the difference after it: ", an " 11-point lead; ", a majority of " 81
_DIFFERENCE_AFTER_SPLIT = re.compile(  # also after a group phrase: "41% among likely voters, a "
    _SPLIT_PHRASE + r"\s*(?:,|\(|[—–]|\s-)\s*(?:(?i:for|with|giving\s+(?:\p{Ll}+\s+)?|or)\s+)?(?i:an?)\s+"
    rf"(?:{_MARGIN_ADJECTIVE}\s+)?(?:(?P<noun>{_MARGIN_NOUN})\s+(?i:of)\s+)?"
)
_NOUN_AFTER_DIFFERENCE = re.compile(  # "-point lead", " percentage point margin", "-vote majority"
    rf"(?P<unit>(?:\s?-\s?|\s+){_GAP_UNIT})?\s+(?:{_MARGIN_ADJECTIVE}\s+)?(?P<noun>{_MARGIN_NOUN})\b{_NOT_ERROR}"
)
_UNIT_THEN_END = re.compile(  # " votes.", " points that may"
    rf"(?P<unit>\s+{_GAP_UNIT})?(?:\s*[,.;:)—–]|\s+-\s|\s*$|\s+(?i:that|which)\s)"
)
_BY_BEFORE = re.compile(r"(?r)\b(?i:by)\s+$")  # "leads Pearce by " 20 points, 57% to 37%
# before a difference that a margin names: "a lead of " 11 points; "cut the lead to " 3 points
_MARGIN_OF_BEFORE = re.compile(rf"(?r)\b(?P<noun>{_MARGIN_NOUN})\s+(?i:of|to)\s+$")
_UNIT_BEFORE_SPLIT = re.compile(rf"(?P<unit>\s+{_GAP_UNIT})?{_GROUP_PHRASE}{_SPLIT_OPENS}")  # " points, "
_NOUN_BEFORE_SPLIT = re.compile(  # "-point lead among Hispanics, "
    rf"(?P<unit>(?:\s?-\s?|\s+){_GAP_UNIT})?\s+(?:{_MARGIN_ADJECTIVE}\s+)?(?P<noun>{_MARGIN_NOUN})\b{_NOT_ERROR}"
    rf"{_GROUP_PHRASE}{_SPLIT_OPENS}"
)
# after a gap, before the figure it is measured from: " runs short of the record of ", "C behind ",
# " short of the highest temperature ever measured, " (the figure then ends its clause)
_GAP_TO_REFERENCE = re.compile(
    r"(?P<noun>\s+[\p{L}’'-]+)?\s+"
    r"(?:(?P<short>(?i:short|shy))\s+(?i:of)|(?i:behind|ahead\s+of|clear\s+of|above|below))\s+"
    r"(?:(?P<apposed>(?:(?i:the|a|an|its|their|his|her)\s+)?(?:[\p{L}’'-]+\s+){0,7}?[\p{L}’'-]+\s*,\s*"
    r"(?:(?i:who|which)\s+(?i:are|is|was|were|stands?|stood|sits?|sat)\s+)?(?:(?i:on|at|with)\s+)?)"
    # "the revised 2013 average of ": a year may name the reference
    # (no "and": "27,400 below yearend 2011 and 42,600 below ...", a second gap, not the reference)
    r"|(?:(?i:the|a|an|its|their|his|her)\s+)?(?:(?!(?i:and|or|but)\b)(?:[\p{L}’'-]+|(?:19|20)\d\d)\s+){0,4}?"
    r"(?:(?i:of)\s+)?)"
)
# a gap stands apart from the figure before it: ", " 14 short; "that falls " 2.1C short
_BEFORE_GAP = re.compile(
    r"(?r)(?:[,(—–]|\s-|\b(?i:is|was|are|were|be|been|falls?|fell|finished|finishes|came|comes|stood|stands|"
    r"sits?|sat|ended|ends|remains?|remained|leaves|leaving|left))\s*$"
)  # not "beat the Knicks 118-112 behind Tatum's 37 points"
_CLAUSE_BETWEEN = re.compile(
    r"[;:]|\b(?i:and|but|while|whereas|although|though|because|if|when|after|before|compared|against)\b"
)
# words at most between a figure and the gap after it: "53.2C on Sunday, a record that falls"
_WORDS_TO_GAP = 12
_CLAUSE_ENDS = re.compile(r"\s*(?:[,.;:)—–]|\s-\s|$)")
# a gap that opens its sentence with a pronoun: "That puts them " three points clear; "It leaves Labour "
_GAP_OPENS_ON_A_PRONOUN = re.compile(r"\s*(?i:that|this|which|it|they|he|she)\s+(?:[\p{L}’'-]+\s+){0,4}?$")
# between the reference of a gap and the next gap of a series: "Arsenal on 55" ", and " 12 ahead
_SERIES_OF_GAPS = re.compile(r"\s*(?:,\s*(?i:and\s+)?|\s+(?i:and)\s+)")
# after an increment, before the start of the total it changed: "90 more homicides, with the total
# going from " 412; "an extra 1,200 jobs, taking the number from "
_AFTER_INCREMENT = re.compile(
    r"(?:\s+[\p{L}’'-]+){0,3}?\s*,?\s*(?i:after|as|when|with)\s+"
)  # " after " 7 more
_INCREMENT_TO_ENDS = re.compile(
    r"(?:\s+(?P<more>(?i:more|additional|new|further|extra))|\s+(?P<fewer>(?i:fewer|less)))?\b"
    r"[^;]{0,160}?,\s*(?i:with|taking|bringing|pushing|raising|lifting|lowering|cutting)\s+(?i:the|its|their)\s+"
    r"(?:[\p{L}-]+\s+)?(?i:total|number|tally|count|toll|figure|level)s?\s+(?:(?i:of)\s+[\p{L}-]+\s+)?"
    r"(?:(?i:going|moving|rising|climbing|jumping|increasing|growing|falling|dropping|declining|sliding)\s+)?"
    r"(?i:from)\s+(?:(?i:the|a)\s+)?"
)
# before an increment: "another " 90, "an extra " 1,200
_INCREMENT_BEFORE = re.compile(r"(?r)\b(?i:another|an\s+(?:extra|additional)|a\s+further)\s+$")
_SWING = r"(?i:swing|turnaround|shift)"
# after a swing: "-point swing", " points swing"
_SWING_AFTER = re.compile(rf"(?:(?:\s?-\s?|\s+)(?i:(?:percentage[-\s]+)?points?))?\s+{_SWING}\b")
# between the second lead and its swing: " today, a " 33-point swing; ", a swing of " 33 points
_LEAD_TO_SWING = re.compile(
    r"(?:\s+(?i:(?:percentage\s+)?points?))?(?:\s+[\p{L}’'/-]+){0,3}?\s*(?:,|[—–]|\s-)\s*(?i:an?)\s+"
    rf"(?:(?P<of>{_SWING}\s+(?i:of))\s+)?"
)
_LEAD_BY = re.compile(  # before a lead: "backed the measure by ", "ahead by ", "favour it by "
    r"(?r)\b(?i:led|leads?|leading|ahead|backed|backs?|backing|favou?red|favou?rs?|favou?ring|supported|"
    r"supports?|won|wins?|winning|up)\b(?:\s+[\p{L}’'-]+){0,3}?\s+(?i:by)\s+$"
)
_LEAD_AFTER = re.compile(  # after a lead: "-point lead", " points ahead"
    r"(?:\s?-\s?|\s+)(?i:(?:percentage[-\s]+)?points?)\s+(?:(?i:lead|margin|advantage|edge|cushion)\b|(?i:ahead)\b)"
)
_LEAD_MOVED = re.compile(  # before a lead that moved: "a 49-point lead that fell to " 16
    r"(?r)\b(?i:fell|dropped|narrowed|shrank|shrunk|slipped|slid|grew|widened|rose|climbed)\s+(?i:to)\s+$"
)
# a side behind: a swing across the line between the sides is no difference of two leads
_LOSING = re.compile(
    r"\b(?i:los(?:ing|es|t)|trail(?:s|ed|ing)?|behind|deficit|down|lagg?(?:s|ed|ing)?|oppos(?:e|ed|es|ing)|against)\b"
)


def _differences(
    placed: Sequence[Placed], amounts: list[int], previous: list[int], text: str, links: list[Links]
) -> None:
    """Differences between two figures of a sentence: 'leads 52% to 41%, an 11-point lead',
    '964 runs, 14 short of the record of 978', 'a 49-point lead that fell to 16 points, a
    33-point swing' (a gap: `larger` and `smaller`), and '90 more homicides, with the total
    going from 412 to 469' (a change: `change_from`, `change_to`, `direction`)."""
    _margins(placed, amounts, text, links)
    _gaps_after_a_pair(placed, amounts, text, links)
    _shortfalls(placed, amounts, previous, text, links)
    _increments_with_ends(placed, amounts, text, links)
    _swings(placed, amounts, text, links)


def _is_free(links: list[Links], i: int, direction: int = 0) -> bool:
    """Whether quantity `i` is read as nothing else yet: no change, gap, part or total (but a
    change with no ends in `direction`, when one is given)."""
    rel = links[i]
    return not (
        (rel.direction and rel.direction != direction)
        or rel.change_from is not None
        or rel.change_to is not None
        or rel.larger is not None
        or rel.part_of is not None
        or rel.total_of is not None
    )


# right before a net change's figure: ", a net loss of ", "That left them with a net gain of "
_NET_BEFORE = re.compile(
    r"(?r)\b(?i:net)\s+(?i:gain|gains|loss|losses|increase|decrease|rise|fall|addition|reduction|migration|"
    r"immigration|emigration|inflow|outflow)\s+(?i:of)\s+$"
)
# right after what came or went: "174,300 people moving to Austria", "119,600 leaving"
_CAME_AFTER = re.compile(
    r"(?:\s+\p{L}+){0,2}?\s+(?i:moving\s+(?:to|in)|moved\s+(?:to|in)|arriving|arrived|came\s+(?:to|in)|"
    r"coming\s+(?:to|in)|immigrated|immigrating)\b"
)
_WENT_AFTER = re.compile(
    r"(?:\s+\p{L}+){0,2}?\s+(?i:leaving|left|departing|departed|emigrated|emigrating|moving\s+(?:out|away|abroad)|"
    r"moved\s+(?:out|away|abroad))\b"
)
_GAINED_BEFORE = re.compile(  # right before what was gained: "captured ", "while picking up "
    r"(?r)\b(?i:gained|gaining|gains|captured|capturing|picked\s+up|picking\s+up|added|adding|won|winning|"
    r"took|taking|hired|hiring|opened|opening)\s+$"
)
_LOST_BEFORE = re.compile(  # right before what was lost: "lost ", "gave up ", "shedding "
    r"(?r)\b(?i:lost|losing|loses|gave\s+up|giving\s+up|shed|shedding|cut|cutting|closed|closing|"
    r"dropped|dropping)\s+$"
)
_THAT_LEFT = re.compile(r"\s*(?i:that|this|it)\s+(?i:left|gave|meant|means|leaves|gives)\b")


def _nets(
    placed: Sequence[Placed], amounts: list[int], previous: list[int], text: str, links: list[Links]
) -> None:
    """'The party lost 36 seats, 30 of them to the nationalists, while picking up 15, a net loss of 21', '...
    hired 120. That left it with a net gain of 75': a net change is the difference of the one
    figure gained and the one lost in its sentence (or, opening 'That left', the sentence before),
    none of them a part of another."""
    for net in amounts:
        qn = placed[net].quantity
        start = placed[net].sentence_span[0]
        free = _is_free(links, net, links[net].direction)  # "a net gain of 75": a change with no ends yet
        if qn.kind != "count" or not free or not _NET_BEFORE.search(text, start, qn.start):
            continue
        pool = [i for i in amounts if i != net]
        if _THAT_LEFT.match(text, start, qn.start):
            pool = [*previous, *pool]
        gained, lost = (
            _counts_by_cue(placed, pool, cue, text, links, False)
            + _counts_by_cue(placed, pool, came, text, links, True)
            for cue, came in ((_GAINED_BEFORE, _CAME_AFTER), (_LOST_BEFORE, _WENT_AFTER))
        )
        if len(gained) == len(lost) == 1 and _same_measure(placed, gained[0], lost[0]):
            _set_gap(placed, links, net, gained[0], lost[0])


def _counts_by_cue(
    placed: Sequence[Placed],
    pool: list[int],
    cue: re.Pattern[str],
    text: str,
    links: list[Links],
    after: bool,
) -> list[int]:
    """The counts of `pool` right after a verb `cue` finds ("lost 36"), or with `after` right
    before one ("119,600 leaving"), none of them a part of another."""
    return [
        i
        for i in pool
        if placed[i].quantity.kind == "count"
        and links[i].part_of is None
        and (
            cue.match(text, placed[i].quantity.end, placed[i].sentence_span[1])
            if after
            else cue.search(text, placed[i].sentence_span[0], placed[i].quantity.start)
        )
    ]


def _set_gap(placed: Sequence[Placed], links: list[Links], gap: int, a: int, b: int) -> None:
    """Make `gap` the difference of `a` and `b`, the higher of them `larger`."""
    high, low = (a, b) if placed[a].quantity.value >= placed[b].quantity.value else (b, a)
    links[gap].larger, links[gap].smaller = high, low


def _split_sides(placed: Sequence[Placed], amounts: list[int], text: str) -> list[tuple[int, int, int]]:
    """(position, first, second) of each split of a contest or a tally among `amounts`: '52% to
    41%', '319 to 238', '55-45' (counts, shares in per cent or sums of money, of one measure),
    not a change or a range ('from 41% to 52%'), a split of three ('40% to 37% to 25%') nor a
    split of two groups ('among women, 52% to 41% among men')."""

    def joined(x: int, y: int) -> re.Match[str] | None:
        return _SPLIT_JOIN.fullmatch(text, placed[x].quantity.end, placed[y].quantity.start)

    out = []
    for position, (a, b) in enumerate(itertools.pairwise(amounts)):
        qa, qb = placed[a].quantity, placed[b].quantity
        join = joined(a, b)
        if (
            join is None
            or (position > 0 and joined(amounts[position - 1], a))
            or (position + 2 < len(amounts) and joined(b, amounts[position + 2]))
            or not _same_measure(placed, a, b)
            or qa.kind not in ("count", "percent", "money")
            or (qa.kind == "percent" and qa.unit != "percent")
            or (join.group().strip() in "-–" and qa.kind != "count")
            or _RANGE_BEFORE.search(text, placed[a].sentence_span[0], qa.start)
            or (
                _SPLIT_AFTER.match(text, qb.end, placed[b].sentence_span[1])
                and _GROUP_BEFORE.search(text, placed[a].sentence_span[0], qa.start)
            )
            or math.isnan(qa.value)
            or math.isnan(qb.value)
        ):
            continue
        out.append((position, a, b))
    return out


def _gap_fits(placed: Sequence[Placed], gap: int, side: int, unit: str | None) -> bool:
    """Whether `gap`, with the unit word after it (`unit`: " points", "-vote"), may be the
    difference of two figures measured as `side`: in points between two shares in per cent
    ("an 11-point lead, 52% to 41%"), else in the sides' own measure."""
    q = placed[gap].quantity
    word = (unit or "").strip(" -").lower()
    if placed[side].quantity.unit == "percent":
        return q.unit == "percentage_point" or (
            q.kind == "count" and word.startswith(("point", "percentage"))
        )
    return _same_measure(placed, gap, side) and (q.kind == "count" or not word)


def _margins(placed: Sequence[Placed], amounts: list[int], text: str, links: list[Links]) -> None:
    """A lead or a margin beside the split it separates: 'leads Jones 52% to 41%, an 11-point
    lead', 'passed 55-45, a margin of 10 votes', 'leads Pearce by 20 points, 57% to 37%', 'a
    14-point lead among Hispanics, 59% to 35%'. A majority is the margin of a vote's tally only
    ('voted 319 to 238, a majority of 81'): a party's majority of seats is over all the others."""
    for position, a, b in _split_sides(placed, amounts, text):
        qa = placed[a].quantity
        tally = qa.kind == "count" and bool(_TALLY_VERB.search(text, placed[a].sentence_span[0], qa.start))
        beside = [(gap, _margin_after(placed, gap, b, text)) for gap in amounts[position + 2 : position + 3]]
        beside += [
            (gap, _margin_before(placed, gap, a, text)) for gap in amounts[max(0, position - 1) : position]
        ]
        for gap, read in beside:
            if read is None or not _is_free(links, gap):
                continue
            noun, unit = read
            if (noun.lower() != "majority" or tally) and _gap_fits(placed, gap, a, unit):
                _set_gap(placed, links, gap, a, b)


# between two figures set side by side: "42% oppose the law and " 36%; "Smith had 4,210 votes, Jones " 3,980;
# "at 91%, and Nevada the lowest, at " 58%
_PAIR_JOIN = re.compile(
    r"(?:\s+[\p{L}’'-]+){0,5}?\s*(?:,\s*(?i:and|while|with|against|versus)?|\s+(?i:and|while|with|against|versus))"
    r"\s+(?:(?:[\p{L}’'-]+\s+){0,3}?|(?:[\p{L}’'-]+\s+){0,3}[\p{L}’'-]+\s*,?\s+(?i:at|on)\s+)"
)
_PAIR_GAP_NOUN = r"(?i:gap|difference|margin|lead|spread)"
# between the second of a pair and the gap after it: " support it, a gap of " 4 points; ", a " 6-point gap
_GAP_AFTER_PAIR = re.compile(
    rf"(?:\s+[\p{{L}}’'-]+){{0,6}}?\s*(?:,|[—–]|\s-)\s*(?i:an?)\s+(?:{_MARGIN_ADJECTIVE}\s+)?"
    rf"(?:(?P<noun>{_PAIR_GAP_NOUN})\s+(?i:of)\s+)?"
)
_PAIR_GAP_AFTER = re.compile(  # "-point gap", " points difference"
    rf"(?P<unit>(?:\s?-\s?|\s+){_GAP_UNIT})?\s+(?:{_MARGIN_ADJECTIVE}\s+)?(?P<noun>{_PAIR_GAP_NOUN})\b{_NOT_ERROR}"
)


def _in_a_longer_pair(text: str, placed: Sequence[Placed], amounts: list[int], position: int) -> bool:
    """Whether the figure at ``position`` is joined to the one before it, as the second of a pair."""
    if position == 0:
        return False
    before = placed[amounts[position - 1]].quantity
    return _PAIR_JOIN.fullmatch(text, before.end, placed[amounts[position]].quantity.start) is not None


def _gaps_after_a_pair(placed: Sequence[Placed], amounts: list[int], text: str, links: list[Links]) -> None:
    """'42% oppose the law and 36% support it, a gap of 6 points': the gap, lead or difference
    set after two figures of one measure side by side, neither of them in a longer list nor a
    range, is their difference."""
    for position in range(len(amounts) - 2):
        a, b, gap = amounts[position : position + 3]
        qa, qb, qg = placed[a].quantity, placed[b].quantity, placed[gap].quantity
        if (
            qa.kind not in ("count", "percent", "money")
            or not _same_measure(placed, a, b)
            or not _PAIR_JOIN.fullmatch(text, qa.end, qb.start)
            or not _is_free(links, gap)
            or not _is_free(links, a)
            or not _is_free(links, b)
            or _in_a_longer_pair(text, placed, amounts, position)
            or _RANGE_BEFORE.search(text, placed[a].sentence_span[0], qa.start)
            or math.isnan(qa.value)
            or math.isnan(qb.value)
        ):
            continue
        opens = _GAP_AFTER_PAIR.fullmatch(text, qb.end, qg.start)
        if opens is None:
            continue
        end = placed[gap].sentence_span[1]
        closes = (_UNIT_THEN_END if opens.group("noun") else _PAIR_GAP_AFTER).match(text, qg.end, end)
        if closes is not None and _gap_fits(placed, gap, a, closes.group("unit")):
            _set_gap(placed, links, gap, a, b)


_THE_MARGIN_OPENS = re.compile(  # "The " 15-point victory, "That " 3-vote margin, opening a sentence
    rf"\s*(?i:the|that|this|his|her|its|their)\s+(?:{_MARGIN_ADJECTIVE}\s+)?"
)


def _margins_of_the_split_before(
    placed: Sequence[Placed], amounts: list[int], previous: list[int], text: str, links: list[Links]
) -> None:
    """'Menino took 59% against Flaherty's 42%. The 17-point victory ...': a margin that opens a
    sentence with its noun, and names no split of its own, is the difference of the one split
    of the sentence before."""
    if not amounts or not previous:
        return
    gap = amounts[0]
    qg = placed[gap].quantity
    if not _THE_MARGIN_OPENS.fullmatch(text, placed[gap].sentence_span[0], qg.start):
        return
    named = _NOUN_AFTER_DIFFERENCE.match(text, qg.end, placed[gap].sentence_span[1])
    splits = _split_sides(placed, previous, text)
    if named is None or len(splits) != 1 or _split_sides(placed, amounts, text) or not _is_free(links, gap):
        return
    _, a, b = splits[0]
    if named.group("noun").lower() != "majority" and _gap_fits(placed, gap, a, named.group("unit")):
        _set_gap(placed, links, gap, a, b)


_OVER_A_NAME = re.compile(r"\s+(?i:over|ahead\s+of)\s+(?:(?i:the)\s+)?(?P<name>\p{Lu}[\p{L}’'-]+)")


def _splits_of_the_margin_before(
    placed: Sequence[Placed], amounts: list[int], previous: list[int], text: str, links: list[Links]
) -> None:
    """'... opening a four-point lead over Arsenal. ... City have 84 points to Arsenal's 78': the
    one split of a sentence that names the side the one margin of the sentences `before` (up to
    six) was over is what that margin separates."""
    splits = _split_sides(placed, amounts, text) if previous else []
    if len(splits) != 1:
        return
    _, a, b = splits[0]
    margins = []
    for gap in previous:
        qg = placed[gap].quantity
        named = _NOUN_AFTER_DIFFERENCE.match(text, qg.end, placed[gap].sentence_span[1])
        over = _OVER_A_NAME.match(text, named.end()) if named else None
        if named is not None and over is not None and named.group("noun").lower() != "majority":
            margins.append((gap, named.group("unit"), over.group("name")))
    if len(margins) != 1:
        return
    gap, unit, name = margins[0]
    start, end = placed[a].sentence_span
    word = (unit or "").strip(" -").lower().removesuffix("s")  # "a four-point lead", "84 points to 78"
    fits = _gap_fits(placed, gap, a, unit) or (bool(word) and word == placed[a].entity)
    if name in text[start:end] and _is_free(links, gap) and fits:
        _set_gap(placed, links, gap, a, b)


def _margin_after(
    placed: Sequence[Placed], gap: int, second: int, text: str
) -> tuple[str, str | None] | None:
    """The noun and unit word of a difference written after a split ('41%, an 11-point lead',
    '238, a majority of 81'), or None if `gap` is not one."""
    qs, qg = placed[second].quantity, placed[gap].quantity
    end = placed[gap].sentence_span[1]
    opens = _DIFFERENCE_AFTER_SPLIT.fullmatch(text, qs.end, qg.start)
    if opens is None:
        return None
    if opens.group("noun"):
        closes = _UNIT_THEN_END.match(text, qg.end, end)
        return (opens.group("noun"), closes.group("unit")) if closes else None
    closes = _NOUN_AFTER_DIFFERENCE.match(text, qg.end, end)
    return (closes.group("noun"), closes.group("unit")) if closes else None


def _margin_before(
    placed: Sequence[Placed], gap: int, first: int, text: str
) -> tuple[str, str | None] | None:
    """The noun and unit word of a difference written before a split ('by 20 points, 57% to',
    'a 14-point lead among Hispanics, 59% to', 'a lead of 11 points, 52% to'), or None."""
    qg, qf = placed[gap].quantity, placed[first].quantity
    start = placed[gap].sentence_span[0]
    named = _MARGIN_OF_BEFORE.search(text, start, qg.start)
    if named or _BY_BEFORE.search(text, start, qg.start):
        closes = _UNIT_BEFORE_SPLIT.fullmatch(text, qg.end, qf.start)
        if closes is None or (closes.group("unit") is None and qg.unit != "percentage_point"):
            return None  # "approved by 60 senators, 60 to 40": no gap without its unit
        return (named.group("noun") if named else "", closes.group("unit"))
    closes = _NOUN_BEFORE_SPLIT.fullmatch(text, qg.end, qf.start)
    return (closes.group("noun"), closes.group("unit")) if closes else None


def _shortfalls(
    placed: Sequence[Placed], amounts: list[int], previous: list[int], text: str, links: list[Links]
) -> None:
    """'finished with 964 runs, 14 short of the record of 978', '53.2C, 1.2C short of the 54.4C
    record', '45 points, three ahead of Jones's 42': the gap between a figure and the one it
    falls short of (the larger), or is ahead of or behind (either may be the larger: a golfer
    behind has more strokes and fewer under par). The figure is the nearest before the gap of
    the reference's measure that is no whole of a part ("won 295 of 465 seats, 15 short of"),
    standing apart from the gap (", 14 short"), in its clause and at most a dozen words before
    it. A gap in points is measured between shares ("40%, 12 points ahead of the Greens on 28%").
    Gaps in a series are all of the first figure ("65 points, 10 clear of Arsenal on 55 and 12
    ahead of City on 53"). A gap that opens its sentence with a pronoun ("That puts them three
    points clear of ...") is of the one figure of the reference's measure in the sentence before."""
    for position, (gap, reference) in enumerate(itertools.pairwise(amounts)):
        qg, qr = placed[gap].quantity, placed[reference].quantity
        end = placed[gap].sentence_span[1]
        cue = _GAP_TO_REFERENCE.fullmatch(text, qg.end, qr.start)
        if (
            cue is None
            or not _is_free(links, gap)
            or not _gap_fits(placed, gap, reference, cue.group("noun"))
            or (cue.group("apposed") and not _CLAUSE_ENDS.match(text, qr.end, end))
            or math.isnan(qr.value)
        ):
            continue
        wholes = {links[i].part_of for i in amounts}  # "won 295 of 465 seats, 15 short of": not the 465
        earlier = [
            i
            for k, i in enumerate(amounts[:position])
            if _same_measure(placed, i, reference)
            and i not in wholes
            # "12 points from five games, one behind City on 13": the games are what the points came in
            and not (
                k
                and _FROM_GAMES.fullmatch(text, placed[amounts[k - 1]].quantity.end, placed[i].quantity.start)
            )
        ]
        figure = earlier[-1] if earlier else None
        if figure is not None and _in_a_gap(links, amounts, figure):
            figure = _first_of_the_series(placed, amounts, figure, gap, text, links)
        elif figure is not None:
            if _last_of_a_list(placed, amounts, figure, text):
                # "136 seats, Congress 89, ... and the RJP 1, two short of": the list's or its total's?
                continue
            between = text[placed[figure].quantity.end : qg.start]
            if (
                _CLAUSE_BETWEEN.search(between)
                or len(between.split()) > _WORDS_TO_GAP
                or not _BEFORE_GAP.search(between)
            ):
                continue
        else:
            figure = _the_one_before(placed, previous, gap, reference, text, links)
        if figure is None or math.isnan(placed[figure].quantity.value):
            continue
        if qr.kind == "count" and not _counts_alike(placed, figure, reference, cue.group("noun")):
            continue
        if cue.group("short"):
            links[gap].larger, links[gap].smaller = reference, figure
        else:
            _set_gap(placed, links, gap, figure, reference)


_FROM_GAMES = re.compile(r"(?:\s+[\p{L}’'-]+){1,2}\s+(?i:from|in|over)\s+")  # "12 points" from "five games"
# after a whole and at most its noun (not a threshold: "36 for a majority"), a colon, then the first
# item's name and its verb: ": heavy rail accounted for ", ": schools got "; the later items name
# theirs alone, the verb left out (`_NAMED_ITEM_JOIN`): ", commuter rail for ", ", roads "
_NAMED_ITEM_OPENS = re.compile(
    r"(?:\s+(?!(?i:for|to|needed|needs|required)\b)[\p{L}’'-]+){0,3}?\s*:\s*(?:(?i:the)\s+)?(?:[\p{L}’'&-]+\s+){1,3}"
    r"(?i:accounted\s+for|made\s+up|got|received|took|won|had|drew|for)\s+"
)
_NAMED_ITEM_JOIN = re.compile(  # between two items named before their figures: ", Labour ", " and the RJP "
    r"\s*(?:,\s*(?i:and\s+)?|\s+(?i:and)\s+)(?:[\p{L}’'.-]+\s+){1,4}(?:(?i:on|with|for)\s+)?"
)


def _the_one_before(
    placed: Sequence[Placed], previous: list[int], gap: int, reference: int, text: str, links: list[Links]
) -> int | None:
    """The figure a gap opening its sentence with a pronoun is measured from: the one figure of
    the reference's measure in the sentence before, if it is no gap's or part's already."""
    if not _GAP_OPENS_ON_A_PRONOUN.fullmatch(text, placed[gap].sentence_span[0], placed[gap].quantity.start):
        return None
    alike = [i for i in previous if _same_measure(placed, i, reference)]
    if len(alike) != 1 or not _is_free(links, alike[0]) or _in_a_gap(links, previous, alike[0]):
        return None
    return alike[0]


def _first_of_the_series(
    placed: Sequence[Placed], amounts: list[int], figure: int, gap: int, text: str, links: list[Links]
) -> int | None:
    """'10 clear of Arsenal on 55, and 12 ahead of City on 53': the figure the gap before was
    measured from, when `figure` is that gap's reference and the two gaps stand in a series."""
    if not _SERIES_OF_GAPS.fullmatch(text, placed[figure].quantity.end, placed[gap].quantity.start):
        return None
    before = [j for j in amounts if links[j].smaller == figure or links[j].larger == figure]
    if len(before) != 1:
        return None
    sides = {links[before[0]].larger, links[before[0]].smaller}
    return next((i for i in sides if i != figure), None)


def _last_of_a_list(placed: Sequence[Placed], amounts: list[int], i: int, text: str) -> bool:
    """Whether quantity `i` ends a list that goes on from the figure before it: "15 women and 10
    children", "Congress 89, the Maoists 32 and the RJP 1"."""
    position = amounts.index(i)
    if not position:
        return False
    start, end = placed[amounts[position - 1]].quantity.end, placed[i].quantity.start
    return bool(_LIST_JOIN.fullmatch(text, start, end) or _NAMED_ITEM_JOIN.fullmatch(text, start, end))


def _in_a_gap(links: list[Links], amounts: list[int], i: int) -> bool:
    """Whether quantity `i` is a difference already, or one of the figures of one."""
    return links[i].larger is not None or any(i in (links[j].larger, links[j].smaller) for j in amounts)


def _counts_alike(placed: Sequence[Placed], figure: int, reference: int, noun: str | None) -> bool:
    """Whether two counts and the gap between them, with its `noun` ("14 runs short"), count
    one thing: the counts' nouns agree where both name one, and the gap's names it if given."""
    nouns = {placed[i].entity for i in (figure, reference)} - {""}
    if len(nouns) > 1:
        return False
    word = (noun or "").strip().lower()
    stem = word[:-1] if word.endswith("s") and len(word) > 3 else word
    return not word or not nouns or stem in nouns or word in ("point", "points")


def _increments_with_ends(
    placed: Sequence[Placed], amounts: list[int], text: str, links: list[Links]
) -> None:
    """'police recorded 57 more burglaries, with the total going from 412 in 2022 to 469', 'another
    1,200 jobs, taking the number from 3,400 to 4,600': an increment ('more', 'another'; 'fewer'
    for a fall) changes the total whose start and end its sentence gives after it."""
    for position, delta in enumerate(amounts):
        qd = placed[delta].quantity
        later = amounts[position + 1 : position + 3]
        if len(later) < 2 or not _is_free(links, delta):
            continue
        start, finish = later
        qs, qf = placed[start].quantity, placed[finish].quantity
        cue = _INCREMENT_TO_ENDS.fullmatch(text, qd.end, qs.start)
        before = _INCREMENT_BEFORE.search(text, placed[delta].sentence_span[0], qd.start)
        if cue is None or not (before or cue.group("more") or cue.group("fewer")):
            continue
        direction = -1 if cue.group("fewer") else 1
        if (
            not _same_measure(placed, delta, start)
            or not _same_measure(placed, start, finish)
            or not _TO.fullmatch(text, qs.end, qf.start)
            or links[finish].direction not in (0, direction)
            or any(links[i].change_to == finish for i in amounts if i != finish)
        ):
            continue
        links[delta].change_from, links[delta].change_to, links[delta].direction = start, finish, direction
        if links[finish].change_from == start:  # "the total rising from 412 to 469": one change, not two
            links[finish].change_from = None
    for start, finish, delta in zip(amounts, amounts[1:], amounts[2:], strict=False):
        # "the toll climbed from 12 to 17 after seven more of the wounded died": the ends, then the
        # increment that made the change
        cue = _AFTER_INCREMENT.fullmatch(text, placed[finish].quantity.end, placed[delta].quantity.start)
        more = _INCREMENT.match(text, placed[delta].quantity.end)
        if (
            cue is None
            or more is None
            or links[finish].change_from != start
            or links[finish].direction != 1
            or not _is_free(links, delta)
            or not _same_measure(placed, delta, finish)
        ):
            continue
        links[delta].change_from, links[delta].change_to, links[delta].direction = start, finish, 1
        links[finish].change_from = None


def _swings(placed: Sequence[Placed], amounts: list[int], text: str, links: list[Links]) -> None:
    """'Men backed it by 49 points in May; today they back it by 16, a 33-point swing', 'a
    49-point lead that fell to 16 points, a 33-point swing': a swing between two leads of one
    side, the only figures of its kind before it in its sentence. A sentence with a side
    behind ('is now losing by 6') is left alone: the swing there is a sum, not a difference."""
    for position, swing in enumerate(amounts):
        qs = placed[swing].quantity
        start, end = placed[swing].sentence_span
        if qs.kind != "count" or not _is_free(links, swing) or _LOSING.search(text, start, end):
            continue
        leads = [i for i in amounts[:position] if placed[i].quantity.kind == "count"]
        if len(leads) != 2:
            continue
        first, second = leads
        to_swing = _LEAD_TO_SWING.fullmatch(text, placed[second].quantity.end, qs.start)
        if to_swing is None or not (to_swing.group("of") or _SWING_AFTER.match(text, qs.end, end)):
            continue
        if _is_lead(placed, first, text) and (
            _is_lead(placed, second, text)
            or _LEAD_MOVED.search(text, placed[first].quantity.end, placed[second].quantity.start)
        ):
            _set_gap(placed, links, swing, first, second)


def _is_lead(placed: Sequence[Placed], i: int, text: str) -> bool:
    """Whether quantity `i` is a lead: 'backed it by 49 points', 'a 49-point lead', '15 points ahead'."""
    q, (start, end) = placed[i].quantity, placed[i].sentence_span
    return bool(
        _LEAD_BY.search(text, max(start, q.start - 60), q.start) or _LEAD_AFTER.match(text, q.end, end)
    )


# A new record and the old one it broke: words that say which way is better, the cue before the
# old record, and words that leave the reading unsure.
_NEW_CLAUSE = re.compile(r";|,\s+(?i:and|but|while|whereas)\s")  # after an old record: another clause
_MORE_IS_A_RECORD = ("money", "measure")  # amounts whose record, with no word of its way, is the most
# (and so are counts of things: "a record 6.2 million passengers")
_TEMPERATURES = ("degC", "degF", "kelvin")  # a record of these may be of cold
_LEVELS = frozenset(("point", "degree", "level"))  # counts of a level that may set a record high or low
_SMALLER_IS_BETTER = re.compile(  # "the previous low of 91": the old record is a low
    r"\b(?i:fastest|quickest|lowest|fewest|shortest|smallest|least|(?:previous|old|former)\s+low)\b"
)
_SPEED = re.compile(r"/ (?:hour|minute|second)$|^knot$")  # a unit of speed: "kilometer / hour"
_FAST = re.compile(r"\b(?i:fastest|quickest)\b")
_RECORD_LOW = re.compile(
    r"\b(?i:record[-\s]+lows?|all[-\s]+time\s+lows?)\b"
)  # of an amount, not a temperature
_LARGER_IS_BETTER = re.compile(
    r"\b(?i:highest|hottest|warmest|most|largest|longest|biggest|greatest|heaviest|furthest|farthest)\b"
)
_RECORD_UNSURE = re.compile(
    r"(?i:near[-\s]+record|record[-\s]+(?:equall?ing|tying|matching)|(?:equall?|tie|match)(?:ed|ing|s)?\s+the\b|"
    r"\b(?:second|third|fourth|fifth|\d+(?:st|nd|rd|th))[-\s]+\p{L}+est\b|\bone\s+of\s+the\b|"
    r"\bamong\s+the\b|\bnot\b|\bfailed\b|\bmissed\b|\bshort\s+of\b)"
)
_BEAT_VERB = (
    r"(?i:break(?:ing|s)?|broke|beat(?:ing|s)?|surpass(?:ing|ed|es)?|"
    r"eclips(?:ing|ed|es)?|better(?:ing|ed|s)?|top(?:ping|ped|s)|exceed(?:ing|ed|s)?|outstrip(?:ping|ped|s)?|"
    r"inside)"  # "3:31.20, inside the old meet best of"
)
_OLD_RECORD_NOUN = r"(?i:record|best|mark|highest|lowest|fastest|quickest|high|low|peak|total|tally)"
# between a new record and the old one it broke: ", breaking the course record of ", " broke the
# US record of ", ", beating the previous highest of ", ", beating the "; "; the previous highest was "
_TO_OLD_RECORD = re.compile(
    r"(?P<lead>[^;:()\d]{0,80}?)(?:"
    rf"\b{_BEAT_VERB}\s+(?:(?i:the|a|an|its|his|her|their)|(?:[\p{{L}}\d]+\s+)?[\p{{L}}\d]+['’]s)\s+"
    r"(?:(?i:previous|old|former|existing|standing)\s+)?"
    rf"(?:(?:[\p{{L}}\d’'.-]+\s+){{0,3}}?{_OLD_RECORD_NOUN}\s+(?i:of|at)\s+(?:(?i:just|only)\s+)?)?"
    rf"|\b(?i:the)\s+(?i:previous|old|former)\s+{_OLD_RECORD_NOUN}\s+(?i:was|had\s+been|stood\s+at|of)\s+"
    r")"
)
# a sentence that opens with the old record of the sentence before: "The previous highest was "
_OPENS_WITH_OLD_RECORD = re.compile(  # also "The mark it replaced, "
    r"\s*(?i:the|its|their|his|her)\s+(?:"
    r"(?i:previous|old|former)\s+(?:[\p{L}’'-]+\s+){0,2}?"
    rf"{_OLD_RECORD_NOUN}\s+(?i:was|had\s+been|stood\s+at|of)\s+"
    rf"|(?:(?i:previous|old|former)\s+)?{_OLD_RECORD_NOUN}\s+(?i:that\s+|which\s+)?(?i:it|they|he|she)\s+"
    r"(?i:replaced|replaces|broke|breaks|beat|beats|surpassed|eclipsed|bettered)\s*,\s*"
    r")(?:(?i:just|only)\s+)?"
)
_OTHER_CLAUSE = re.compile(r"\b(?i:while|whereas|but|although|though|when|after|before|than)\b")
_RECORD_WORD = re.compile(r"\b(?i:record)\b")
_SPANS_HELD = frozenset({"day", "week", "month", "year"})  # "402 days in orbit broke the record of 388 days"


_IN_THE_BEFORE = re.compile(
    r"(?r)\b(?i:in|at|on|across|from|between)\s+(?i:the|its|their)\s+$"
)  # "in the " two terminals


@_needs_two
def _records(placed: Sequence[Placed], amounts: list[int], text: str, links: list[Links]) -> None:
    """'won in 2 hours 5 minutes, breaking the course record', 'a record 25.8C overnight, beating
    the previous highest of 25.1C', '300 goals in 101 games, the fastest ever, beating the 103
    games', 'her 402 days in orbit broke the national record of 388 days': a new record and the old
    one it is said to beat, the only two figures of their measure (and noun) in the sentence,
    with which way is better from the words ("fastest", "highest"; a span of days or more held
    is longest). A sentence with words of both ways, or of a record tied, missed or ranked
    ("second-highest", "one of the fastest", "near-record") is left alone."""
    for position, first in enumerate(amounts):
        # the old record: the next figure of the new one's measure ("95.5 mm broke a ten-year
        # record of 99.2 mm": past the span of time)
        second = next((i for i in amounts[position + 1 :] if _same_measure(placed, i, first)), None)
        if second is None:
            continue
        qn, qo = placed[first].quantity, placed[second].quantity
        start, end = placed[first].sentence_span
        cue = _TO_OLD_RECORD.fullmatch(text, qn.end, qo.start)
        if (
            cue is None
            or _OTHER_CLAUSE.search(cue.group("lead"))
            or not _same_measure(placed, first, second)
            or math.isnan(qn.value)
            or math.isnan(qo.value)
            or _RECORD_UNSURE.search(text, start, end)
            or links[second].beats is not None
            # "24 per cent above 2009's RM91.16 billion and beat the earlier record": what was beaten
            # is compared with, not the new record
            or _REFERENCE_BEFORE.search(text, start, qn.start)
            # "88 ships in the two terminals, beating the previous high of 81": a phrase's figure
            or _IN_THE_BEFORE.search(text, start, qn.start)
        ):
            continue
        margin = _record_margin(placed, amounts, second, text)
        # the figures of the record's measure, up to a clause of its own after the old record
        # ("..., and Amravati also set a record with 184.2 mm")
        later = _NEW_CLAUSE.search(text, qo.end, end)
        alike = [
            i
            for i in amounts
            if i != margin
            and _same_measure(placed, i, first)
            and _counts_alike(placed, i, first, None)
            and (later is None or placed[i].quantity.start < later.start())
        ]
        if alike != [first, second]:
            continue
        _set_record(placed, links, first, second, text, (start, end))
        if margin is not None and links[margin].larger is None:
            _set_gap(placed, links, margin, first, second)


_BY_MARGIN = re.compile(r"\s+(?i:by)\s+")  # between an old record and the margin it was beaten by
_REFERENCE_BEFORE = re.compile(  # before a figure compared with: "above ", "than 2009's "
    r"(?r)\b(?i:above|below|than|against|versus|compared\s+(?:with|to))\s+(?:[\p{L}\d’'-]+\s+)?$"
)


def _record_margin(placed: Sequence[Placed], amounts: list[int], old: int, text: str) -> int | None:
    """The margin an old record was beaten by, right after it ("the record of 2:15:25 by 81
    seconds", "the old mark of 6.22 metres by two centimetres"): the next amount, after "by" alone,
    of the record's measure (any unit of time for a time, any prefix of its unit for a measure)."""
    later = [i for i in amounts if placed[i].quantity.start > placed[old].quantity.end]
    if not later or not _BY_MARGIN.fullmatch(text, placed[old].quantity.end, placed[later[0]].quantity.start):
        return None
    qo, qm = placed[old].quantity, placed[later[0]].quantity
    alike = qo.kind == qm.kind and (
        qo.kind == "duration" or _UNPREFIXED.sub("", qo.unit) == _UNPREFIXED.sub("", qm.unit)
    )
    return later[0] if alike and not math.isnan(qm.value) else None


def _records_of_the_sentence_before(
    placed: Sequence[Placed], amounts: list[int], previous: list[int], text: str, links: list[Links]
) -> None:
    """'The country had its warmest night on record, when the temperature stayed at 25.8C. The
    previous highest was 25.1C': a sentence opening with the old record beats it by the one figure
    of its measure in the sentence before, when neither sentence has another."""
    if not amounts or not previous:
        return
    old = amounts[0]
    qo = placed[old].quantity
    start, end = placed[previous[0]].sentence_span[0], placed[old].sentence_span[1]
    if (
        not _OPENS_WITH_OLD_RECORD.fullmatch(text, placed[old].sentence_span[0], qo.start)
        or math.isnan(qo.value)
        or any(_same_measure(placed, i, old) for i in amounts[1:])
        or _RECORD_UNSURE.search(text, start, end)
    ):
        return
    before = [i for i in previous if placed[i].quantity.kind in AMOUNTS and _same_measure(placed, i, old)]
    if len(before) != 1 or math.isnan(placed[before[0]].quantity.value) or links[before[0]].beats is not None:
        return
    if _counts_alike(placed, before[0], old, None):
        _set_record(placed, links, before[0], old, text, (start, end))


def _set_record(
    placed: Sequence[Placed], links: list[Links], new: int, old: int, text: str, span: tuple[int, int]
) -> None:
    """Make `new` the record that beats `old`, larger or smaller as the words of `span` say
    ("fastest": smaller; "highest": larger; a span of days or more held as a record: longer);
    nothing where they say both ways or neither."""
    start, end = span
    q = placed[new].quantity
    smaller = bool(_SMALLER_IS_BETTER.search(text, start, end)) or (
        q.unit not in _TEMPERATURES and bool(_RECORD_LOW.search(text, start, end))
    )
    larger = bool(_LARGER_IS_BETTER.search(text, start, end))
    if smaller and _SPEED.search(q.unit) and _FAST.search(text, start, end):
        smaller, larger = False, True  # "an average of 45.2 km/h, the fastest ever": the most
    if not larger and not smaller and q.kind == "duration" and q.unit in _SPANS_HELD:
        larger = bool(_RECORD_WORD.search(text, start, end))
    if not larger and not smaller and q.kind == "duration" and ":" in text[q.start : q.end]:
        smaller = True  # a time written like a clock ("2:05:06", "1:43.37") is a race's
    if not larger and not smaller and q.kind in _MORE_IS_A_RECORD and q.unit not in _TEMPERATURES:
        larger = True  # "95.5 mm broke a record of 99.2 mm", "$5.2 million beat the record of $4.8 million"
    if not larger and not smaller and q.kind == "count" and not q.unit and placed[new].entity not in _LEVELS:
        larger = True  # "98 goals, a league record. The previous record was 95": the most of them
    if larger != smaller:
        links[new].beats, links[new].better = old, 1 if larger else -1


# "the highest since 2009, when" (and "the deadliest fire in China since 2000, when"): the word that
# says which way the figure has not been passed since; never a ranked one ("second-highest")
_SINCE_LARGER = (
    "highest|most|largest|biggest|greatest|hottest|warmest|wettest|deadliest|busiest|longest|heaviest|"
    "costliest|sharpest|steepest"
)
_SINCE_SMALLER = "lowest|fewest|smallest|coldest|driest|shortest|cheapest|slowest"
_SINCE_WHEN = re.compile(
    r"(?<![-\w])(?:(?P<larger>(?i:" + _SINCE_LARGER + r"))|(?i:" + _SINCE_SMALLER + r"))\b"
    r"(?:\s+[\p{L}’'-]+){0,5}?\s+(?i:since)\s+[^,;:()]{1,40}?,?\s+(?i:when)\s"
)
_SINCE_OPENS = re.compile(  # before the superlative, after the figure: ", the ", ", its "
    r"(?:\s+[\p{L}’'-]+){0,6}?\s*,\s*(?i:the|its|their)\s+(?:[\p{L}-]+\s+){0,2}?$"
)
# a sentence that opens by speaking of a figure before: "It is the ", "That is the ", "Prices are now
# at their "
_IT_WAS_THE = re.compile(
    r"\s*(?:(?i:it|this|that)(?:['’]s|\s+(?i:is|was|marks|marked))\s+(?i:the)"
    r"|(?:[\p{L}’'-]+\s+){1,4}?(?i:is|are|was|were|stands|stand|stood|remains?|remained)\s+"
    r"(?:(?i:now|still)\s+)?(?:(?i:at)\s+)?(?i:the|its|their))\s+(?:[\p{L}-]+\s+){0,2}?$"
)


def _highest_since(placed: Sequence[Placed], amounts: list[int], text: str, links: list[Links]) -> None:
    """'Unemployment rose to 9.4% in May, the highest since 2009, when it reached 9.8%': a figure
    said to be the highest (or lowest) since a time has not passed the figure that time had, the
    one in the rest of the clause after 'when' (never a count with a fraction: "a magnitude 5.8
    quake"); the
    figure is the nearest one before of that measure, or, after an opening that speaks of a
    figure before ('It was the deadliest since 2000, when ... killed 109', 'That is the', 'Prices
    are now at their'), the article's first figure of that measure and event, when it is no start
    nor amount of a change."""
    if not amounts:
        return
    start, end = placed[amounts[0]].sentence_span
    if "since" not in text[start:end].lower():
        return  # _SINCE_WHEN needs it: most sentences are never scanned
    for match in _SINCE_WHEN.finditer(text, start, end):
        stop = _CLAUSE_END.search(text, match.end(), end)
        after = [
            i
            for i in amounts
            if match.end() <= placed[i].quantity.start < (stop.start() if stop else end)
            and placed[i].quantity.kind in _CHANGES  # not "a six-year decline"
            and not (placed[i].quantity.kind == "count" and placed[i].quantity.value % 1)
        ]
        if len(after) != 1:
            continue  # "when two quakes in Kumamoto killed 276 people": which is that time's figure?
        then = after[0]
        kin = [
            i for i in amounts if placed[i].quantity.end <= match.start() and _same_measure(placed, i, then)
        ]
        figure = None
        if kin and _SINCE_OPENS.fullmatch(text, placed[kin[-1]].quantity.end, match.start()):
            figure = kin[-1]  # "rose to 9.4% in May, the highest since"
        elif not kin and _IT_WAS_THE.fullmatch(text, start, match.start()):
            figure = _first_told(placed, then, text, links)  # "119 were killed. ... It is the deadliest"
        if figure is None or links[figure].since is not None or math.isnan(placed[figure].quantity.value):
            continue
        links[figure].since, links[figure].better = then, 1 if match.group("larger") else -1


# between a ranked figure and the next one down: ", ahead of ", " and was followed by "
_RANK_CUE = re.compile(
    r"(?:,|\s[—–-])\s*(?:(?i:and|just|well|narrowly|comfortably|far|only|still)\s+)*"
    r"(?P<cue>(?i:ahead\s+of|followed\s+by|(?P<behind>behind)(?:\s+only)?))\s+"
)
# what says a list after "followed by" is ranked from the top: "the largest", "led", "first place"
_TOP_WORD = re.compile(
    r"\b(?i:most|largest|biggest|highest|greatest|top|first|led|leads|leading|hardest[- ]hit|worst[- ]hit|"
    r"busiest|deadliest|main|chief)\b"
)
# what says a ranking runs from the bottom, or by time: smaller is ahead
_BOTTOM_WORD = re.compile(
    r"\b(?i:lowest|fewest|least|smallest|cheapest|fastest|quickest|shortest|slowest|bottom|last|worst)\b"
)
# between two ranked figures: a name, a bracket, a comma or "and", and no clause of a change
_RANK_ITEM_JOIN = re.compile(
    r"(?!.*\b(?i:after|before|when|since|than|compared|against|from|rise|fall|increase|decrease|gain|drop|up|down|"
    r"expected|forecast|estimated?)\b)[^\d;:]{0,60}?(?:,|\b(?i:and)\b|\()[^\d;:]{0,40}?"
)
# after a figure that is a forecast, not a rank: " expected", " analysts forecast"
_FORECAST_AFTER = re.compile(
    r"(?:\s+[\p{L}’'-]+){0,4}?\s+(?i:expected|forecast|forecasts|predicted|estimated|estimates|consensus)\b"
)
_RANK_BREAK = re.compile(r"[;:]|\b(?i:while|but|whereas|although|though)\b")
_RELATIVE_OPENS = re.compile(r",\s*(?i:which|who|whose|where)\b")  # ", which " lifted ...
_LATER_IN_BRACKET = re.compile(r"(?r)\([^()]*\d[^()]*$")  # before a bracket's later figure: "(32.7%, +"


@_needs_two
def _ranked(placed: Sequence[Placed], amounts: list[int], text: str, links: list[Links]) -> None:
    """'Pembroke hosted the most students, with 3,392, ahead of Birkirkara with 2,836 and Hamrun
    with 2,480', 'Japan was the largest source with 83,700, followed by the United States with
    72,800, ...': a figure placed ahead of the next of its measure, in a list ranked from the
    top, is no smaller than it; each figure of the list is linked to the next (`ahead_of`). After
    "followed by" the sentence must say the list runs from the top ("the largest", "led"); a
    ranking from the bottom or by time ("the lowest", "the fastest") and spans of time are left
    alone, as is a list broken by another clause. A figure set ", behind" the next one
    ("narrowly behind the 419 it won in 1997") is no larger than it."""
    if not amounts:
        return
    start, end = placed[amounts[0]].sentence_span
    low = text[start:end].lower()
    if "ahead" not in low and "followed" not in low and "behind" not in low:
        return
    for cue in _RANK_CUE.finditer(text, start, end):
        head = text[start : cue.start("cue")]
        if _BOTTOM_WORD.search(head) or (
            cue.group("cue").lower().startswith("followed") and not _TOP_WORD.search(head)
        ):
            continue
        after = [i for i in amounts if placed[i].quantity.start >= cue.end()]
        before = [i for i in amounts if placed[i].quantity.end <= cue.start("cue")]
        if not after or not before:
            continue
        first = after[0]
        if _RELATIVE_OPENS.search(text, cue.end(), placed[first].quantity.start):
            continue  # "behind only the Masters, which raised its prize to $2 million": another one
        # of the first's noun, when the figures before name several: "12 golds, 13 silvers and six
        # bronzes, ahead of Russia with 10 golds": the golds are ranked
        # (not one after another figure in its bracket: "612 votes (41.0%, +8.2), ahead of")
        alike = [
            i
            for i in reversed(before)
            if _same_measure(placed, i, first)
            and not _LATER_IN_BRACKET.search(text, placed[i].sentence_span[0], placed[i].quantity.start)
        ]
        # of several figures with no noun in common, none is sure to be the one ranked ("1,421
        # child cases and 678 adult cases, followed by York with 1,217 ...")
        leader = next(
            (i for i in alike if _counts_alike(placed, i, first, None)), alike[0] if len(alike) == 1 else None
        )
        if (
            leader is None
            or _is_split_side(placed, leader, text)  # "lead on 49:7 points, ahead of Magdeburg on 48:6"
            or _is_split_side(placed, first, text)
            or _FORECAST_AFTER.match(text, placed[first].quantity.end)  # "ahead of the 10,000 expected"
            or any(links[j].change_from == leader for j in amounts)  # "to 62 cents from 45 cents, ahead of"
            or placed[first].quantity.kind not in ("count", "money", "percent", "measure")
            or _RANK_BREAK.search(text, placed[leader].quantity.end, cue.start("cue"))
        ):
            continue
        chain = [leader, first]
        for i in after[1:]:
            if _RANK_BREAK.search(text, placed[chain[-1]].quantity.end, placed[i].quantity.start):
                break
            if _same_measure(placed, i, first) and _counts_alike(placed, i, first, None):
                if not _RANK_ITEM_JOIN.fullmatch(
                    text, placed[chain[-1]].quantity.end, placed[i].quantity.start
                ):
                    break
                chain.append(i)
        if cue.group("behind"):
            chain = [first, leader]  # "34 matches, the second-highest total, behind only Rooney (36)"
        if any(math.isnan(placed[i].quantity.value) or links[i].ahead_of is not None for i in chain):
            continue
        for higher, lower in itertools.pairwise(chain):
            links[higher].ahead_of, links[higher].better = lower, 1


def _first_told(placed: Sequence[Placed], like: int, text: str, links: list[Links]) -> int | None:
    """The article's first figure of `like`'s measure and event, before `like`'s sentence, unless
    it is the start or the amount of a change ("to 26.2 per cent from 25.8 per cent": 26.2, not
    25.8; "£8,669 more than in 2009" is none)."""
    event = placed[like].event
    told = [
        i
        for i in range(len(placed))
        if placed[i].sentence < placed[like].sentence
        and _same_measure(placed, i, like)
        and (placed[i].event == event or not event)
        and not math.isnan(placed[i].quantity.value)  # "Dozens dead in ...": no figure to hold
    ]
    if not told:
        return None
    first = told[0]
    starts = {links[i].change_from for i in told}
    if (
        first in starts
        or links[first].change_to is not None
        or links[first].part_of is not None
        or _MORE_THAN.match(text, placed[first].quantity.end)
    ):
        return None
    return first

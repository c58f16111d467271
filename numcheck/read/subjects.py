"""What a number is about: the noun it counts, the event, the attribution and the scope.

Job: for each quantity of one sentence, read from the words around it
- `entity`: the counted noun, singular and lower case ("seven more soldiers" -> soldier;
  "half of Hamas's battalion commanders" -> commander; "110 of the ... people" -> person);
  a specific noun named with "the number of dead Palestinians" beats a generic "people";
- `event`: the event or state, normalized through the concept lexicon (taken, released,
  held, dead...). The main verb of the number's clause wins ("15 of the hostages taken on
  Oct. 7 have died" -> dead), then a verb right before the number ("returned 110"), then the
  nearest event word in its clause; words of change ("rose") only when nothing else is said;
- `source`: who says so ("Israel says", "according to human-rights groups");
- `scope`: the time or place the figure is limited to ("since the truce ended",
  "on Oct. 7", "in the West Bank"); a scope that opens the sentence covers all its numbers.

Limits: pure, rule-based, one sentence at a time, English. Heuristics over word patterns,
not a parser: an unusual word order can leave a field empty, never raise.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re as stdlib_re
from collections.abc import Sequence
from dataclasses import dataclass

from numcheck.read import lazy_regex as re
from numcheck.read.lexicon import Lexicon, phrase_pattern
from numcheck.read.numbers import SCALES, TENS, UNITS
from numcheck.read.quantities import Quantity
from numcheck.read.rx import rx

COUNTABLE_KINDS = ("count", "fraction", "multiplier", "percent", "money", "measure")
_NEXT_WORD = re.compile(r"[\s\-]*((?:\p{Lu}\.){2,}|[\p{L}][\p{L}’'\-]*)")  # a word, or "U.S."
_LOWER_WORDS = stdlib_re.compile(r"[a-z][a-z'’-]*")
_WORDS = stdlib_re.compile(r"[A-Za-z][A-Za-z'’-]*")
_WORD = re.compile(r"[\p{L}][\p{L}’'\-]*")
_STOP_WORDS = frozenset(
    """
    of in on at for to from with by and or plus minus versus but that which who whom whose were was had
    have has is
    are been be will would could should may might since including as than while when after before
    during into onto over under across amid among against about per if because so then there this out off
    abroad overseas elsewhere nationwide worldwide underground aboard onboard ashore offshore nearby
    ahead away apart online offline
    upstairs downstairs indoors outdoors
    these those it its their his her our your my not also still each every all both either neither
    what where how according said says near outside inside along around behind beyond within without
    toward towards through throughout via like following the a an
    between until till upon despite unlike overnight yesterday today tonight
    says say supports support agree agrees want wants think thinks believe believes oppose opposes favor
    favour favors favours back backs face faces plan plans expect expects live lives work works find finds
    found show shows use uses need needs get gets go goes come comes make makes seek seeks call calls
    struck hit hits told left came went made gave saw got ran won began became kept brought sent
    remain remains stay stays stayed can cannot did do does must
    next last
    """.split()
)
_NUMBER_WORDS = frozenset([*UNITS, *TENS, *SCALES, "hundred", "dozen"])  # "64% four years ago" ends at "four"
_PRONOUNS = frozenset("them us you it him her those these ago he she we they i".split())
_DETERMINERS = frozenset(
    """
    the a an his her their its our your my these those this that some
    """.split()
)
_AUXILIARIES = (
    r"(?:have|has|had|were|was|are|is|been|be|being|will|would|could|may|might|"
    r"reportedly|later|since|all|also|now)"
)
# an opening that names a group whose parts follow its comma: "Of the " 240 hostages, "Of those,"
GROUP_OPENS = re.compile(r"\s*(?i:of|among)\s+(?i:the|those|these|them|all\s+the)\b\s*")
_JOINED = re.compile(  # between two figures that share a verb: " and ", ", ", " joining ", " along with "
    r"\s*(?:,\s*(?i:and\s+)?|\s+(?i:and|or|plus|joining|joined\s+by|along\s+with|together\s+with|as\s+well\s+as)\s+)"
)
_OWN_VERB = re.compile(rf"\s+(?i:{_AUXILIARIES})\b")  # after a figure and its noun: "two schools were"
_CLAUSE_BREAK = re.compile(r"[,;:()“”\"]|\s[—–-]\s|—")
_NUMBER_OF_REACH = 240  # characters before a figure in which "the number of <noun>" may stand
_PEOPLE = "person"  # the noun of "the number of injured", "the number of dead"
_NUMBER_OF = re.compile(r"(?i:\b(?:number|total|toll|count|tally|figure)\s+of\s+(?:the\s+)?)")
_PARTITIVE = re.compile(  # "110 of the", "9 of the state's", "12 of their last"
    r"(?:-of-|\s+of\s+)(?:the\s+|all\s+the\s+|those\s+|these\s+|its\s+|their\s+)?(?:[\p{L}]+(?:’s|'s)\s+)?"
    r"(?:(?:last|first|past|next|previous|remaining|final)\s+)?"
)
_LAST_WORD = re.compile(r"(?r)[\w,.]+$")
_ADVERB_SINCE = re.compile(r"(?i:since)\b")
_AUXILIARY_BEFORE = re.compile(r"(?r)\b(?i:has|have|had|having)\s+(?:\p{L}+ly\s+)?$")
_SCOPE_STOP = frozenset(
    """
    to and but that which who when where as because according while said says of since during until
    must will would can could should may might has have had is are was were be been after before in
    on at from
    """.split()
)
_WEEKDAYS = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_CUE_THEN_DAY = re.compile(
    r"\p{L}+\s+(?:"
    + _WEEKDAYS
    + r"|(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan\.|Feb\.|Mar\.|Apr\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)(?:\s+\d{1,2}\b)?(?:,?\s+\d{4}\b)?)"
)
_SOURCE_NOUNS = frozenset(
    """
    ministry officials official police spokesman spokeswoman spokesperson military army government
    authorities authority groups group report agency organization organisation office data figures
    survey statement census researchers analysts experts observers monitors count estimates
    """.split()
)


@dataclass(frozen=True, slots=True)
class Subject:
    entity: str  # singular, lower case; "" when the sentence names none
    event: str  # normalized event name from the concept lexicon; ""
    source: str  # attribution as written ("the Hamas-run health ministry"); ""
    scope: str  # time or place phrases, joined with "; "; ""


_NO_SUBJECT = Subject("", "", "", "")  # of a figure that the sentence says nothing about (one, shared)


@dataclass(frozen=True)
class _Patterns:
    sources: re.Pattern[str]
    according: re.Pattern[str]
    scope_time: re.Pattern[str]
    scope_place: re.Pattern[str]


@functools.lru_cache(maxsize=8)
def _patterns(lexicon: Lexicon) -> _Patterns:
    verbs = [v for v in lexicon.source_verbs if v != "according to"]
    time_cues = [c for c in lexicon.scope_time if c not in ("on", "by", "this", "last", "in", "from", "next")]
    return _Patterns(
        sources=re.compile(rf"(?:\s+{_AUXILIARIES})?\s+(?P<verb>{phrase_pattern(verbs).pattern})\b"),
        according=re.compile(r"(?i:\baccording\s+to\s+)(?P<who>[^,;.:()“”\"]+)"),
        scope_time=re.compile(
            rf"(?i:\b(?:{phrase_pattern(time_cues, flags='').pattern}))(?:\s+|(?=\p{{P}}|$))|"
            rf"\b(?i:on|by|from|until|last|this|next)\s+(?={_WEEKDAYS}|(?i:the\s+day|week|month|year|weekend))|"
            rf"\b(?:on|in)\s+(?=(?:January|February|March|April|May|June|July|August|September|October|"
            rf"November|December|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)\s*\d|\d{{4}}\b)"
        ),
        scope_place=re.compile(
            r"\b(?i:in|across|throughout|inside|outside|near)\s+(?=(?:the\s+)?\p{Lu}\p{Ll}|(?i:the\s+(?:north|south|"
            r"east|west|northeast|northwest|southeast|southwest|capital|city|region|province|state|county|country|"
            r"district|village|town|camp|area|border|centre|center|suburbs|countryside)\b))"
        ),
    )


def singular(word: str, lexicon: Lexicon) -> str:
    """The singular, lower-case form of a counted noun."""
    if word in lexicon.plurals:
        return lexicon.plurals[word].lower()
    low = word.lower().replace("’", "'")
    if low in lexicon.plurals:
        return lexicon.plurals[low].lower()
    if low.endswith("ies") and len(low) > 4:
        return low[:-3] + "y"
    if rx(r"(?:ss|x|ch|sh|zz)es$").search(low):
        return low[:-2]
    if low.endswith("s") and not low.endswith(("ss", "us", "is")) and len(low) > 3:
        return low[:-1]
    if word[:1].isupper() and low.endswith("is") and len(low) > 4:
        return low[:-1]  # a people, not a Latin "-is": "Pakistanis", "Iraqis", "Somalis"
    return low


def _clause_breaks(text: str) -> tuple[list[int], list[int]]:
    """Starts and ends of the clause breaks of `text` (found once per sentence)."""
    spans = [m.span() for m in _CLAUSE_BREAK.finditer(text)]
    return [a for a, _ in spans], [b for _, b in spans]


def _clause_span(breaks: tuple[list[int], list[int]], length: int, start: int, end: int) -> tuple[int, int]:
    """The clause around [start, end): from the previous clause break to the next."""
    starts, ends = breaks
    before = bisect.bisect_right(ends, start)
    after = bisect.bisect_left(starts, end)
    return ends[before - 1] if before else 0, starts[after] if after < len(starts) else length


_DETERMINER_NEXT = re.compile(r"\s+(?i:the|a|an|fewer|more|less|no|their|its|his|her|our|some|any|all)\b")


# right after a figure, the time it is of, no noun: "1,488 the previous year", "64,200 a year earlier"
_TIME_NEXT = re.compile(
    r"\s+(?i:the|a|one)\s+(?:(?i:previous|prior|preceding|same)\s+(?i:year|month|week|day|quarter|season|period)"
    r"|(?i:year|month|week|day|quarter|season)\s+(?i:earlier|before|ago))\b"
)


def _noun_after(text: str, position: int, lexicon: Lexicon, limit: int = 5) -> tuple[str, int]:
    """The head noun of the words from `position` (skipping fillers); its end offset."""
    if _TIME_NEXT.match(text, position):
        return "", position
    head, head_end, taken, previous = "", position, 0, ""
    cursor = position
    while taken < limit:
        match = _NEXT_WORD.match(text, cursor)
        if not match:
            break
        word = match.group(1).rstrip("-")  # "12-of-20 shooting"
        low = word.lower()
        participle = (low.endswith("ed") and len(low) > 3) or low in lexicon.participles
        if not head and participle and _DETERMINER_NEXT.match(text, match.end()):
            break  # "94 recorded fewer homicides", "49 recorded the same number": a verb and its object
        if low in _event_index(lexicon) and _not_event(lexicon).match(text, match.start(1)):
            break  # "619 took part in the vote": a verb phrase
        if not head and (
            low in lexicon.noun_skip or participle or low.endswith(("’s", "'s")) or word.endswith(".")
        ):
            cursor = match.end()  # "seven more soldiers", "20,000 registered voters", "9 of Ohio's", "U.S."
            taken += 1
            continue
        if low in _STOP_WORDS or low in _NUMBER_WORDS or (low.endswith(("’s", "'s")) and head):
            break
        event = low in lexicon.events or low in _event_index(lexicon)
        gerund = low.endswith("ing") and len(low) > 4  # "968,000 coming to the UK", "18 going to": a verb
        if not head and not low.endswith("s") and (event or gerund):
            following = _NEXT_WORD.match(text, match.end())
            if (
                not following
                or following.start() > match.end() + 1
                or following.group(1).lower() in _STOP_WORDS
            ):
                break  # "65% disapproving.", "4 dead, 12 hurt": a verb; but "30 missing miners"
        after_adjective = previous in lexicon.adjectives and event and low.endswith("s")  # "10 severe cases"
        if (
            head
            and not after_adjective
            and (event or f"{previous} {low}" in lexicon.events or participle or low.endswith("ing"))
        ):
            break  # "240 people taken", "9,800 ballots cast", "19 Republicans joining"
        if (low.endswith("ly") and len(low) > 4 and low not in lexicon.adjectives) or low in _PRONOUNS:
            break  # "one of them seriously", "half of them"; but "of likely voters"
        head, head_end, previous = word, match.end(), low
        cursor = match.end()
        taken += 1
        if text[cursor : cursor + 1] in ',.;:!?)("“”':
            break
    if head.lower() in lexicon.adjectives:
        return "", position  # "17 reported high or very high flu activity": no noun
    return head, head_end


def _entity(text: str, quantity: Quantity, offset: int, lexicon: Lexicon) -> tuple[str, int]:
    end = quantity.end - offset
    after = text[end:]
    if quantity.kind == "multiplier":
        skip = rx(r"\s+(?:as\s+(?:many|much)|more|the\s+number\s+of|that\s+of)\b").match(after)
        if not skip:
            return "", end
        end += skip.end()
    partitive = _PARTITIVE.match(text, end)
    if partitive and not rx(r"\s*\d|\s*(?:more|fewer|less|about|some|nearly|over|at)\b").match(
        text[partitive.end() :]
    ):
        end = partitive.end()
    head, head_end = _noun_after(text, end, lexicon)
    if head and (head[0].isdigit() or head.lower() in _DETERMINERS):
        head = ""
    if partitive and _time_of(head, lexicon):
        head = ""  # "688 of the year before", "a third of the month's rain": a time, not what is counted
    noun = singular(head, lexicon) if head else ""
    if not noun or noun in lexicon.generic_nouns:
        specific = _number_of_noun(text, quantity.start - offset, lexicon)
        noun = specific or noun
    return noun, head_end


def _time_of(word: str, lexicon: Lexicon) -> bool:
    """Whether `word` is one span of time ("year", "month"): a unit of duration, in the singular."""
    form = lexicon.unit_forms.get(word.lower())
    return form is not None and form.kind == "duration" and singular(word, lexicon) == word.lower()


def _number_of_noun(text: str, before: int, lexicon: Lexicon) -> str:
    """'the number of dead Palestinians ... to more than 16,000': the specific noun; 'put the
    number of injured at 187': people, the event's word standing as their noun (so that the
    figure takes no noun of another's)."""
    best = ""
    for match in _NUMBER_OF.finditer(text, max(0, before - _NUMBER_OF_REACH), before):
        head, _ = _noun_after(text, match.end(), lexicon, limit=3)
        if head:
            candidate = singular(head, lexicon)
            if candidate not in lexicon.generic_nouns:
                best = candidate
        elif (word := _NEXT_WORD.match(text, match.end())) and word.group(1).lower() in lexicon.events:
            best = best or _PEOPLE
    return best


@functools.lru_cache(maxsize=8)
def _not_event(lexicon: Lexicon) -> re.Pattern[str]:
    return phrase_pattern(lexicon.not_events)


@functools.lru_cache(maxsize=8)
def _event_index(lexicon: Lexicon) -> dict[str, list[tuple[str, ...]]]:
    """First word of each event phrase, and of each phrase that names no event ("took part"), ->
    the phrases (as word tuples), longest first."""
    index: dict[str, list[tuple[str, ...]]] = {}
    for phrase in [*lexicon.events, *lexicon.not_events]:
        words = tuple(phrase.split())
        index.setdefault(words[0], []).append(words)
    for phrases in index.values():
        phrases.sort(key=len, reverse=True)
    return index


def _events(text: str, vocabulary: frozenset[str], lexicon: Lexicon) -> list[tuple[int, int, str]]:
    """(start, end, event) of each event word or phrase, longest match first (word look-ups, fast);
    a phrase that names no event ("took to the streets", "were accounted for") is a verb with
    the event "", so it hides the event word it begins with and is a figure's own verb.
    `vocabulary` is the sentence's set of lower-case words."""
    index = _event_index(lexicon)
    if index.keys().isdisjoint(vocabulary):
        return []
    words = [(m.start(), m.end(), m.group().lower()) for m in _WORDS.finditer(text)]
    found = []
    i = 0
    while i < len(words):
        size = 1
        for phrase in index.get(words[i][2], ()):
            if tuple(w[2] for w in words[i : i + len(phrase)]) == phrase:
                size = len(phrase)
                event = lexicon.events.get(" ".join(phrase), "")
                found.append((words[i][0], words[i + size - 1][1], event))
                break
        i += size
    prepositions = lexicon.event_prepositions
    found = [
        e for e in found if text[e[0] : e[1]].lower() not in prepositions or _right_after_figure(text, e[0])
    ]
    return _joined_events(text, found)


# before an event word that is a preposition elsewhere: a figure, then at most its noun or an
# adverb ("55 ", "40 votes ", "55% still "), or a verb of being ("are ", "remain firmly ")
_FIGURE_JUST_BEFORE = re.compile(
    r"(?r)(?:(?:\d%?|\b(?i:per\s*cent|percent))(?:\s+[\p{L}-]+)?|"
    r"\b(?i:are|were|is|was|remain|remains|remained|stand|stands|stood)(?:\s+(?i:still|now|firmly|also|all))?)\s+$"
)


def _right_after_figure(text: str, start: int) -> bool:
    """Whether an event word at `start` names its event: right after a figure or its noun ("55
    against"), or after a verb of being ("40% of voters are against")."""
    return bool(_FIGURE_JUST_BEFORE.search(text, max(0, start - 40), start))


_EVENT_JOIN = re.compile(r"\s+(?i:or|and|and/or)\s+")  # "dead or missing", "killed and injured"


def _joined_events(text: str, found: list[_Event]) -> list[_Event]:
    """Two event words of different events joined by 'or' or 'and' with nothing between are one
    event of both: '21 people dead or missing' counts the dead and the missing together, so it
    is neither the figure of the dead nor that of the missing (its event reads 'dead|missing')."""
    joined: list[_Event] = []
    for event in found:
        last = joined[-1] if joined else None
        if (
            last
            and last[2]
            and event[2]
            and last[2] != event[2]
            and "|" not in last[2]
            and _EVENT_JOIN.fullmatch(text, last[1], event[0])
        ):
            joined[-1] = (last[0], event[1], f"{last[2]}|{event[2]}")
        else:
            joined.append(event)
    return joined


CHANGE_EVENTS = ("increased", "decreased")  # the events of a change, no state
_FIGURE_IN_BRACKETS = re.compile(r"\s*\(\s*\d[^()]{0,24}\)")  # after a figure: " (44 per cent)"
_ADVERB_BETWEEN = re.compile(
    r"(?:\s+(?i:and|or)\s+(?P<noun>\p{Ll}+))?\s*(?:(?i:who|that)\s+)?"  # "212 who survived"
    r"(?:(?i:still|now|also|all|both|later|reportedly|more)\s+)?"
)


_Event = tuple[int, int, str]  # start, end and normalized name of an event word in the sentence


def _verb_right_after(text: str, end: int, limit: int, events: Sequence[_Event]) -> _Event | None:
    """The event word right after a figure or its noun that ends at `end`, before `limit`, with
    at most an adverb or a second noun between: "55% opposed", "dozens still missing", "287
    pupils and teachers seized"."""
    for e in events:
        between = _ADVERB_BETWEEN.fullmatch(text, end, e[0]) if end <= e[0] < limit else None
        if between and (between.group("noun") or "").lower() not in _STOP_WORDS:
            return e
    return None


def _event(
    text: str,
    span: tuple[int, int],
    clause: tuple[int, int],
    events: Sequence[_Event],
    limit: int,  # where the next figure starts
    claimed: frozenset[_Event] = frozenset(),  # other figures' own verbs this one may not take
) -> tuple[_Event | None, bool]:
    """The event word of the figure at `span`, and whether it is the figure's own verb (steps 1
    to 3) rather than the nearest one (step 4, which takes none of the `claimed` verbs of other
    figures; "20 Republicans joining 219 Democrats voting for it" share theirs)."""
    start, end = span
    in_clause = [e for e in events if clause[0] <= e[0] and e[1] <= clause[1]]
    left, right = text.rfind(";", 0, start) + 1, text.find(";", end) % (len(text) + 1)
    in_part = [e for e in events if left <= e[0] and e[1] <= right]  # never across a semicolon
    if GROUP_OPENS.fullmatch(text, clause[0], start):
        in_part = []  # "Of the 111 hostages still in Gaza, 39 are ... dead": the parts' verbs are theirs
    for pool in (in_clause, in_part):
        plain = [e for e in pool if e[2] not in CHANGE_EVENTS] or list(pool)
        if not plain:
            continue
        # 1. the main verb after the figure, before the next one: "had been killed", "have died"
        for e in plain:
            if end <= e[0] < limit and rx(rf"(?r)\b{_AUXILIARIES}\s+(?:\w+\s+)?$").search(
                text[max(end, e[0] - 30) : e[0]]
            ):
                return e, True
        # 2. a verb right after the figure or its noun: "55% opposed it", "620 said yes", "dozens
        # still missing", "287 pupils and teachers seized"
        verb = _verb_right_after(text, end, limit, plain)
        if verb:
            return verb, True
        # 3. a verb just before the figure: "returned 110", "still holds 138", "fell by about 18%"
        for e in plain:
            if e[1] <= start and rx(r"\s*(?:by\s+)?(?:still\s+|only\s+|nearly\s+|at\s+least\s+)?").fullmatch(
                text[e[1] : start]
            ):
                return e, True
        # 4. the nearest event word; words of change only where they stand right before the figure
        plain = [e for e in plain if e[2] not in CHANGE_EVENTS]
        free = [e for e in plain if e not in claimed]
        if free:
            return min(free, key=lambda e: max(start - e[1], e[0] - end, 0)), False
        if plain:
            return None, False  # the clause's event words are other figures' verbs
    return None, False


def _sources(
    text: str, vocabulary: frozenset[str], pats: _Patterns, lexicon: Lexicon
) -> list[tuple[int, str]]:
    """(offset, who) for each attribution in the sentence."""
    if _source_words(lexicon).isdisjoint(vocabulary):
        return []
    found = []
    for match in pats.according.finditer(text):
        found.append((match.start(), match.group("who").strip()))
    for match in pats.sources.finditer(text):
        before = _LAST_WORD.search(text, max(0, match.start() - 20), match.start())
        if before and (before.group()[-1].isdigit() or before.group().lower() in _NUMBER_WORDS):
            continue  # "played in 45 states", "165,000 claims": a noun
        if match.group("verb")[0].isupper() and match.start() > 0:
            continue  # "the United States", "Reuters Reports": a name
        who = _speaker_before(text, match.start())
        if who:
            found.append((match.start(), who))
    return found


def _speaker_before(text: str, position: int) -> str:
    words = list(_WORD.finditer(text, max(0, position - 80), position))
    chosen: list[re.Match[str]] = []
    for match in reversed(words):
        gap = text[match.end() : chosen[0].start() if chosen else position]
        if rx(r"[,;:“”\"()—.]").search(gap):
            break
        low = match.group().lower()
        if low in (
            "that",
            "and",
            "but",
            "which",
            "who",
            "while",
            "as",
            "he",
            "she",
            "it",
            "they",
            "we",
            "i",
            "when",
            "because",
            "also",
            "then",
            "earlier",
            "later",
        ):
            break
        chosen.insert(0, match)
        if len(chosen) >= 6:
            break
    if not chosen:
        return ""
    while chosen and chosen[0].group().lower() not in _DETERMINERS and not chosen[0].group()[0].isupper():
        chosen.pop(0)
    if not chosen:
        return ""
    phrase = text[chosen[0].start() : chosen[-1].end()]
    opens_with_preposition = chosen[0].group().lower() in _STOP_WORDS - _DETERMINERS
    if opens_with_preposition or any(ch.isdigit() or ch == "%" for ch in phrase):
        return ""  # "With 98% of the vote counted": no speaker
    words_low = {w.group().lower() for w in chosen}
    if words_low <= _DETERMINERS:
        return ""  # "An estimated 4,200": the article of an adjective, no speaker
    if any(w.group()[0].isupper() for w in chosen) or words_low & _SOURCE_NOUNS:
        return phrase
    return ""


def _source(sources: Sequence[tuple[int, str]], position: int) -> str:
    if not sources:
        return ""
    before = [s for s in sources if s[0] <= position]
    return (before[-1] if before else sources[0])[1]


def _scope_phrase(text: str, start: int, lexicon: Lexicon) -> str:
    """The scope phrase from its cue at `start` to the end of its clause, a verb or a new cue."""
    short = rx(
        rf"(?i:(?:last|this|next|on|by)\s+(?:{_WEEKDAYS}|week|month|year|weekend|the\s+day)|so\s+far|to\s+date)"
    ).match(text[start:])
    if short:
        return short.group()
    day = _CUE_THEN_DAY.match(text, start)
    if day:
        return day.group()  # "since January", "until Friday", "since Oct. 7, 2023": a day ends it
    words: list[re.Match[str]] = []
    for match in _WORD.finditer(text, start):
        gap = text[words[-1].end() if words else start : match.start()]
        if words and (rx(r"[,;:()“”\"—]|\.\s").search(gap) or match.group().lower() in _SCOPE_STOP):
            break
        if words and words[-1].group()[0].isupper() and match.group().lower() in lexicon.events:
            break  # "crush in Seoul kills 154": the verb after a name
        words.append(match)
        if len(words) > lexicon.scope_max_words:
            break
    if not words:
        return ""
    end = words[-1].end()
    digits = rx(r"[\s.]*\d+(?:,\s*\d{4})?(?![.,]?\d)").match(text[end:])  # "on Oct. 7", "in 2023"; not "6.5%"
    if digits:
        end += digits.end()
    return text[start:end].strip()


@functools.lru_cache(maxsize=8)
def _source_words(lexicon: Lexicon) -> frozenset[str]:
    return frozenset(word for verb in lexicon.source_verbs for word in verb.lower().split()[:1])


@functools.lru_cache(maxsize=8)
def _time_cue_words(lexicon: Lexicon) -> frozenset[str]:
    cues = [c.split()[0].lower() for c in lexicon.scope_time]
    return frozenset([*cues, "on", "by", "from", "until", "last", "this", "next", "in"])


def _scopes(
    text: str,
    vocabulary: frozenset[str],
    pats: _Patterns,
    lexicon: Lexicon,
    figures: Sequence[tuple[int, int]],
) -> list[tuple[int, int, str]]:
    """(start, end, phrase) of each time or place scope of the sentence, none running into one
    of the `figures` (spans of its amounts) or naming one: "a deal that has since cost it more
    than 60% of its value" has no scope."""
    found = []
    time = () if _time_cue_words(lexicon).isdisjoint(vocabulary) else (pats.scope_time,)
    for regex_ in (*time, pats.scope_place):
        for match in regex_.finditer(text):
            if _ADVERB_SINCE.match(text, match.start()) and _AUXILIARY_BEFORE.search(text, 0, match.start()):
                continue  # "has since risen": an adverb
            phrase = _scope_phrase(text, match.start(), lexicon)
            end = match.start() + len(phrase)
            cut = min((a for a, _ in figures if match.start() < a < end), default=end)
            phrase = text[match.start() : cut].rstrip(" ,")
            if phrase and len(phrase.split()) >= 2:
                found.append((match.start(), match.start() + len(phrase), phrase))
    return sorted(set(found))  # "in November 2021" is a time and a place cue


def _partitive_verbs(
    text: str,
    quantities: Sequence[Quantity],
    offset: int,
    placed: Sequence[tuple[str, tuple[int, int], tuple[int, int]] | None],
    events: Sequence[_Event],
    starts: Sequence[int],
    found: list[tuple[_Event | None, bool]],
) -> None:
    """'Twelve of the 30 miners trapped underground were rescued', 'About 132 of the 253 people
    seized in the attack remain in Gaza': the event word right after the whole's noun is the
    whole's; the verb after that, before the next figure, is the part's (unless the part has a
    verb of its own: "Hamas returned 110 of the 240 people taken"). Updates `found`."""
    for i, j in itertools.pairwise(range(len(quantities))):
        part, whole = placed[i], placed[j]
        if part is None or whole is None or found[i][1]:
            continue
        if not _PARTITIVE.fullmatch(text, quantities[i].end - offset, quantities[j].start - offset):
            continue
        noun_end, clause_end = whole[1][1], whole[2][1]
        limit = min(starts[bisect.bisect_right(starts, whole[1][0])], clause_end)
        right = _verb_right_after(text, noun_end, limit, events)
        main = next((e for e in events if right and right[1] < e[0] < limit), None)
        if right and main:
            found[j], found[i] = (right, True), (main, True)


def describe(text: str, quantities: Sequence[Quantity], offset: int, lexicon: Lexicon) -> list[Subject]:
    """A Subject for each quantity of the sentence `text` (which starts at `offset`)."""
    if not any(q.kind in COUNTABLE_KINDS or q.kind in ("duration", "age") for q in quantities):
        return [_NO_SUBJECT for _ in quantities]  # dates and names only: nothing to describe
    pats = _patterns(lexicon)
    vocabulary = frozenset(_LOWER_WORDS.findall(text.lower()))
    events = _events(text, vocabulary, lexicon)
    sources = _sources(text, vocabulary, pats, lexicon)
    figures = [(q.start - offset, q.end - offset) for q in quantities if q.kind in COUNTABLE_KINDS]
    scopes = _scopes(text, vocabulary, pats, lexicon, figures)
    breaks = _clause_breaks(text)
    opening_end = breaks[0][0] if breaks[0] else 0
    sentence_scope = "; ".join(s[2] for s in scopes if s[0] < 3 and s[1] <= opening_end + 1)
    starts = [q.start - offset for q in quantities if q.kind in COUNTABLE_KINDS] + [len(text)]
    placed = []  # (entity, span, clause) of each figure that has a subject, else None
    for quantity in quantities:
        if quantity.kind not in COUNTABLE_KINDS and quantity.kind not in ("duration", "age"):
            placed.append(None)
            continue
        start = quantity.start - offset
        entity, noun_end = _entity(text, quantity, offset, lexicon)
        span = (start, max(noun_end, quantity.end - offset))
        aside = _FIGURE_IN_BRACKETS.match(text, span[1])  # "37 (44%) were wearing one": its verb is after
        span = (start, aside.end()) if aside else span
        placed.append((entity, span, _clause_span(breaks, len(text), start, span[1])))

    # an event word that is a figure's noun ("182 accidents, four deaths") is not the event of a
    # figure with a noun of its own (but "Of the 17 bodies, 14 were brought out" shares it)
    nouns = {
        e: i
        for e in events
        for i, item in enumerate(placed)
        if item and item[1][0] <= e[0] and e[1] <= item[1][1]
    }

    def event_of(i: int, claimed: frozenset[_Event] = frozenset()) -> tuple[_Event | None, bool]:
        item = placed[i]
        if item is None or quantities[i].kind not in COUNTABLE_KINDS:
            return None, False
        entity, span, clause = item
        others = claimed | {e for e, owner in nouns.items() if owner != i} if entity else claimed
        return _event(text, span, clause, events, starts[bisect.bisect_left(starts, span[1])], others)

    found = [event_of(i) for i in range(len(quantities))]
    _partitive_verbs(text, quantities, offset, placed, events, starts, found)
    # each event word that is a figure's own verb -> (that figure's noun, where it starts)
    claimed = {
        e: (item[0], item[1][0]) for (e, own), item in zip(found, placed, strict=True) if own and e and item
    }
    subjects = []
    for i, item in enumerate(placed):
        if item is None:
            subjects.append(_NO_SUBJECT)
            continue
        entity, span, clause = item
        event, own = found[i]
        if event in claimed and not own and claimed[event][0] != entity:
            owner = claimed[event][1]
            if span[1] < owner < event[0] and not _JOINED.fullmatch(text, span[1], owner):
                # the nearest event word is the verb of a figure of another noun that stands between,
                # not beside this one ("33 million people have been affected, and 1 million homes
                # damaged"; but "Two soldiers and three civilians were killed", "20 Republicans
                # joining 219 Democrats voting for it")
                event = None
            elif span[1] <= event[0] and event[1] <= owner:
                # the nearest event word is written right before a later figure of another noun, as
                # its own: "the dead were 30 men and 12 children, and the injured 41 men"
                event, _ = event_of(i, frozenset(e for e in claimed if e[1] <= span[0] or e == event))
            elif _OWN_VERB.match(text, span[1]):
                # the nearest event word is the verb of a figure of another noun, and this one has a
                # verb of its own ("16 people were killed when two schools were hit"); otherwise it
                # shares it ("killed five people in Texas and three in Oklahoma", "holds 15 women
                # and 10 children")
                event, _ = event_of(i, frozenset(e for e in claimed if e[1] <= span[0]))
        earlier = placed[i - 1] if i else None
        if not own and earlier and found[i - 1][1] and _JOINED.fullmatch(text, earlier[1][1], span[0]):
            event = found[i - 1][
                0
            ]  # "killing two students and two teachers and wounding nine": the first's verb
        start = span[0]
        own_scopes = [s for s in scopes if clause[0] <= s[0] < clause[1] and not (start <= s[0] < span[1])]
        after = [s[2] for s in own_scopes if s[0] >= span[1]]
        before = [s[2] for s in own_scopes if s[0] < start]
        scope = "; ".join(after) or (before[-1] if before else "") or sentence_scope
        subjects.append(Subject(entity, event[2] if event else "", _source(sources, start), scope))
    return _elided_nouns(text, quantities, offset, subjects)


# between two items of a list of one noun, the second's noun left out: " seats for the VVD, ",
# ", the BSP ", ", independents ": at most the first's noun and whom it is for, then a comma or
# "and", then at most the name the second is of, with at most an apposition on it (" and the Farmers'
# Party, once the largest in the chamber, "); never ", or ", which sets off the same figure again
# ("66 points from 26 matches, or 2.54 a game")
ELIDED_NOUN_JOIN = re.compile(
    r"(?:\s+\p{Ll}+){0,2}(?:\s+(?:for|to|with)\s+(?:the\s+)?(?:\p{Lu}[\p{L}\d’'.&-]*\s*){1,4})?"
    r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?(?:(?:\p{Lu}[\p{L}\d’'.&-]*\s+){0,3}(?:(?!or\s)\p{Ll}+\s+)?"
    r"|(?:\p{Lu}[\p{L}\d’'.&-]*\s+){0,2}\p{Lu}[\p{L}\d’'.&-]*,\s+\p{Ll}[^,\d;.()]{0,60},\s+)"
)


def _elided_nouns(
    text: str, quantities: Sequence[Quantity], offset: int, subjects: list[Subject]
) -> list[Subject]:
    """'The BJP won 312 seats, the SP 47, the BSP 19', 'won 33 seats for the VVD, 29 for the CDA':
    a count with no noun and no event right after a count of a noun in a list of names takes
    that noun."""
    out = list(subjects)
    for i in range(1, len(quantities)):
        first, second = quantities[i - 1], quantities[i]
        if (
            first.kind == second.kind == "count"
            and out[i - 1].entity
            and not out[i].entity
            and not out[i].event
            and second.start == second.number_start  # a bare figure, not "an average of 1.8"
            and ELIDED_NOUN_JOIN.fullmatch(text, first.end - offset, second.start - offset)
        ):
            out[i] = Subject(out[i - 1].entity, out[i].event, out[i].source, out[i].scope)
    return out

"""The claims table: one row per number in the text, with everything said about it.

Job: run the pure pipeline over a Document (sentences -> quantities -> subjects -> links)
and return `Claim` records, then lay them out as the pandas table that rules and reports
read (`COLUMNS`, `to_frame`). Canonical magnitudes come from pint (`units`); dates without a
year, weekdays and "yesterday" are placed by the article's date (`article_date`: the one given,
else the one its markup declares, else its dateline's).
Everything is read in the Document's prose; a claim's offsets, line, column, text and
sentence are the file's (`Document.in_file`), so they point at the reference as written
where the prose decoded one ("&pound;5m").

Limits: pure apart from building the pint registry on first use. Claim ids are 1-based and
unique within one document; links refer to them. The reading modules are imported by a reading,
not with the `Claim` record. A claim costs about 0.7 KB: slots; its link fields apart, in a
`ClaimLinks` record that claims linking to nothing share (`NO_LINKS`); one copy of each
sentence's line shared by its claims; one copy of each noun, attribution, scope, text, column
and value repeated in the document (`_Held`). A reading holds each figure's intermediate
records in plain lists, frees the links records of figures that link nothing once linking is
done, and frees each figure's records as its claim is made.
"""

from __future__ import annotations

import datetime as dt
import functools
import math
import operator
from collections.abc import Iterable
from dataclasses import dataclass, field, fields, replace
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from numcheck.read import lazy_regex as re
from numcheck.read.bounds import Bounds
from numcheck.read.document import Document
from numcheck.read.lexicon import Lexicon, phrase_pattern
from numcheck.read.units import canonical

if TYPE_CHECKING:  # the reading modules compile their patterns when imported: only a reading needs them
    import pandas as pd

    from numcheck.read.links import Links
    from numcheck.read.quantities import Quantity
    from numcheck.read.sentences import Sentence
    from numcheck.read.subjects import Subject


_T = TypeVar("_T")


@dataclass(frozen=True, slots=True)
class ClaimLinks:
    """A claim's links to other claims, by claim id. Most claims link to nothing and share one
    empty record: the link fields, held apart, cost a claim one slot."""

    part_of: int | None = None  # id of the whole this figure is part of
    total_of: int | None = None  # id of the increment this running total includes
    converts: int | None = None  # id of the same amount in another unit
    times: int | None = None  # id of the figure a multiplier multiplies
    # id of the figure a multiplier gives ("150 prisoners, three times as many")
    product: int | None = None
    change_from: int | None = None  # id of the starting figure of a change
    change_to: int | None = None  # id of the resulting figure of a change
    direction: int = 0  # +1 rise, -1 fall, 0 none stated
    # on a difference ("an 11-point lead, 52% to 41%"): id of the higher figure
    larger: int | None = None
    # on a difference: id of the lower figure ("14 short of the record of 978": 964)
    smaller: int | None = None
    # on a new record: id of the old record it broke ("breaking the record of 2:05:43")
    beats: int | None = None
    # on a new record: +1 larger is better ("highest"), -1 smaller ("fastest"), 0 none; on a
    # figure said to be the highest or lowest since a time, which of the two
    better: int = 0
    # on "the highest since 2009, when it hit 9.8%": id of the figure of that time
    since: int | None = None
    # on a figure ranked ahead of another ("with 3,392, ahead of Birkirkara with 2,836"): its id
    ahead_of: int | None = None
    # "the rest, 18", "the other three": with its whole's other parts, it makes the whole
    completes: bool = False
    # "for a total of 126", "126 in all", "made up of 90 and 30": its listed parts add up to it
    sums: bool = False
    # on a total that sums: items of its list with no figure, one each ("and a boy")
    unnumbered: int = 0
    # on an average, id of the total it divides ("30 goals in 24 games, 1.25 a game")
    average_of: int | None = None
    per_count: int | None = None  # on an average, id of the count or span the total is divided by
    # on an average, the unit of time or thing it is per ("game", "day"), "" if none is named
    per: str = ""
    averaged_in: int | None = None  # on each item of a list, id of the average of the list


NO_LINKS = ClaimLinks()


class _Link(Generic[_T]):
    """A link field read through a claim as its own (`claim.part_of`), held in its `links`."""

    name = ""

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    def __get__(self, claim: Claim, owner: type | None = None) -> _T:
        value: _T = getattr(claim.links, self.name)
        return value


@dataclass(frozen=True, slots=True)
class Claim:
    id: int  # 1-based, unique within the document; links hold these ids
    path: str
    line: int  # 1-based line of the first character of `text`
    column: int  # 1-based column, in characters
    end_line: int
    end_column: int  # column one past the last character
    start: int  # character offset into the original file
    end: int
    text: str  # the surface as written, qualifier and unit included
    value: float  # as written, in `unit`; NaN for a range or a vague amount
    low: float  # strict bounds: what the words guarantee
    high: float
    low_inclusive: bool
    high_inclusive: bool
    typical_low: float  # typical bounds: what a reader takes the words to mean
    typical_high: float
    qualifier: str  # bound type of the qualifier ("above", "about", "range"...), "" if none
    unit: str  # pint unit name; "" for plain counts
    canonical_value: float  # value in canonical_unit (pint base units; money stays in its currency)
    canonical_unit: str
    kind: str  # count percent money measure duration age date time ordinal identifier fraction multiplier
    date: str  # ISO 8601 date for kind "date"
    entity: str  # counted noun, singular lower case
    event: str  # normalized event (taken, released, held, dead...)
    source: str  # attribution as written
    scope: str  # time or place the figure is limited to
    links: ClaimLinks  # what the figure is linked to: one shared empty record for most figures
    sentence_index: int  # 0-based index of the sentence in the document
    paragraph: int  # 0-based index of the paragraph (block) the sentence is in
    sentence: str  # the sentence, as written, on one line

    part_of = _Link[int | None]()
    total_of = _Link[int | None]()
    converts = _Link[int | None]()
    times = _Link[int | None]()
    product = _Link[int | None]()
    change_from = _Link[int | None]()
    change_to = _Link[int | None]()
    direction = _Link[int]()
    larger = _Link[int | None]()
    smaller = _Link[int | None]()
    beats = _Link[int | None]()
    better = _Link[int]()
    since = _Link[int | None]()
    ahead_of = _Link[int | None]()
    completes = _Link[bool]()
    sums = _Link[bool]()
    unnumbered = _Link[int]()
    average_of = _Link[int | None]()
    per_count = _Link[int | None]()
    per = _Link[str]()
    averaged_in = _Link[int | None]()


_STORED = tuple(f.name for f in fields(Claim) if f.name != "links")
_LINKED = tuple(f.name for f in fields(ClaimLinks))
COLUMNS = (*_STORED[: _STORED.index("sentence_index")], *_LINKED, *_STORED[_STORED.index("sentence_index") :])
LINK_COLUMNS = (
    "part_of",
    "total_of",
    "converts",
    "times",
    "product",
    "change_from",
    "change_to",
    "average_of",
    "per_count",
    "averaged_in",
    "larger",
    "smaller",
    "beats",
    "since",
    "ahead_of",
)
_LINK_NAMES = frozenset(_LINKED)
_IS_ID = tuple(name in LINK_COLUMNS for name in _LINKED)  # the link fields that hold a claim's id
_DATELINE = re.compile(r"\b(?:19|20)\d\d\b")
_DATELINE_END = re.compile(r"\s[-—–]\s|—")  # "LONDON, July 5 (Reuters) - ", "WINDER, Ga. (AP) — "


def dateline(document: Document) -> tuple[str, dt.date | None]:
    """The year and, if it gives one, the full date of the article's dateline: the first date
    in its first lines; a year alone only from before the dash that ends the dateline ("MADRID,
    Feb 3 (Reuters) - ... up 10% from 2023" gives none)."""
    from numcheck.read.quantities import first_full_date

    head = document.prose[:400]
    written = first_full_date(head)
    if written is not None:
        return str(written.year), written
    end = _DATELINE_END.search(head)
    match = _DATELINE.search(head, 0, end.start() if end else len(head))
    return (match.group()[:4], None) if match else ("", None)


def article_date(document: Document, given: dt.date | None = None) -> tuple[str, dt.date | None]:
    """The article's year and date, in this order: `given` (--date), the date its markup
    declares (Markdown front matter, HTML meta or time), its dateline's."""
    date = given or document.date
    return (str(date.year), date) if date is not None else dateline(document)


@functools.lru_cache(maxsize=8)
def said_pattern(lexicon: Lexicon) -> re.Pattern[str]:
    """A verb of attribution ("said", "according to"; not "put", which also counts and moves)."""
    return phrase_pattern([v for v in lexicon.source_verbs if v.lower() not in ("put", "puts")])


def extract_claims(document: Document, lexicon: Lexicon, reference: dt.date | None = None) -> list[Claim]:
    """Every claim of `document`, in document order. `reference` is the article's date (by
    default the one its markup declares, else its dateline's): it places dates without a year,
    weekdays, 'yesterday'."""
    from numcheck.read.links import Links, Placed, link
    from numcheck.read.quantities import find_quantities, find_relative_days
    from numcheck.read.sentences import split_sentences
    from numcheck.read.subjects import describe

    sentences = split_sentences(document, lexicon.abbreviations)
    year, reference = article_date(document, reference)
    held = _Held()
    placed: list[Placed] = []  # each figure, in order, with its sentence and subject in `of`, `subjects`
    of: list[Sentence] = []
    subjects: list[Subject] = []
    for sentence in sentences:
        text = document.prose[sentence.start : sentence.end]
        quantities = find_quantities(text, lexicon, sentence.start)
        if reference is not None:
            quantities = sorted(
                [*quantities, *find_relative_days(text, quantities, reference, sentence.start)],
                key=lambda q: (q.start, q.end),
            )
        if not quantities:
            continue
        span = (sentence.start, sentence.end)  # one per sentence, shared by its figures
        for quantity, subject in zip(
            quantities, describe(text, quantities, sentence.start, lexicon), strict=True
        ):
            subject = held.subject(subject)
            generic = subject.entity in lexicon.generic_nouns
            placed.append(Placed(quantity, sentence.index, span, subject.event, subject.entity, generic))
            of.append(sentence)
            subjects.append(subject)
    del sentences  # those with no figure are freed
    said = said_pattern(lexicon)
    relations = link(placed, document.prose, lexicon.group_nouns, said, lexicon.events, lexicon.complements)
    figures = [p.quantity for p in placed]
    del placed  # read by the links alone
    # most figures link to nothing: they share one record; the others are copied, so that the
    # records made while linking are freed together, whole blocks of memory at once
    unlinked = Links()
    relations = [unlinked if rel == unlinked else replace(rel) for rel in relations]
    figures = _units_of_changes(figures, subjects, relations)
    subjects = _inherit(subjects, relations, lexicon.generic_nouns, of, figures)
    line, line_of = "", -1  # the sentence on one line, shared by its claims (they come together)
    claims = []
    while figures:  # from the last figure back, each one's reading freed as its claim is made
        sentence, quantity = of.pop(), figures.pop()
        if sentence.index != line_of:
            start, end = document.in_file(sentence.start, sentence.end)
            line, line_of = " ".join(document.text[start:end].split()), sentence.index
        claims.append(
            _claim(
                len(figures),
                document,
                sentence,
                quantity,
                subjects.pop(),
                relations.pop(),
                year,
                lexicon,
                line,
                held,
            )
        )
    claims.reverse()
    return claims


_POINTS = ("point", "pt")  # the noun of a change in points


def _units_of_changes(
    quantities: list[Quantity], subjects: list[Subject], relations: list[Links]
) -> list[Quantity]:
    """'fell six points to 43%, from 47%': a count of points that changes one rate into another is
    in percentage points (not the points of an index, a game or a scale); so is the count that
    separates two rates ('an 11-point lead, 52% to 41%'). A bare count that changes one measure
    into another of its unit is of that unit ('12,400 tonnes, compared with 11,200, an increase of
    1,200')."""
    out = list(quantities)
    for i, rel in enumerate(relations):
        quantity = quantities[i]
        if quantity.kind != "count":
            continue
        difference = rel.larger is not None and rel.smaller is not None
        if not difference and rel.change_from is None:
            continue
        pair = (rel.larger, rel.smaller) if difference else (rel.change_from, rel.change_to)
        ends = [quantities[j] for j in pair if j is not None]
        if len(ends) != 2:
            continue
        points = difference or subjects[i].entity in _POINTS
        if points and all(q.unit == "percent" for q in ends):
            out[i] = _in_points(quantity)
        elif (
            not subjects[i].entity
            and ends[0].kind == ends[1].kind == "measure"
            and ends[0].unit == ends[1].unit
        ):
            out[i] = replace(quantity, kind="measure", unit=ends[0].unit)
    return out


def _in_points(quantity: Quantity) -> Quantity:
    """A count of points between two rates, in percentage points: a whole number of them, like
    the rates it separates, is rounded ("an 11-point lead" is 10.5-11.5)."""
    b, value = quantity.bounds, quantity.value
    if not quantity.qualifier and b.low == b.high == value:
        b = Bounds(value - 0.5, value + 0.5, True, False, value - 0.5, value + 0.5)
    return replace(quantity, kind="percent", unit="percentage_point", bounds=b)


def _inherit(
    subjects: list[Subject],
    relations: list[Links],
    generic: frozenset[str],
    sentences: list[Sentence],
    quantities: list[Quantity],
) -> list[Subject]:
    """A part takes the whole's noun ('110 of the 240 people') and, if it has none, its event;
    a running total without a noun takes its increment's ('11 more bodies, raising the toll to
    38'); any other bare count with an event takes the noun of the count before it in its
    paragraph ('Hamas took 240 people. It has returned 110'), or of the last one with its event
    ('16 people were killed when two schools were hit ... another strike killed 18')."""
    from numcheck.read.subjects import Subject

    out = list(subjects)
    last_noun: dict[tuple[int, str], str] = {}  # (paragraph, event or "") -> the last noun counted
    for i, (sentence, quantity, subject) in enumerate(zip(sentences, quantities, subjects, strict=True)):
        if subject.entity and quantity.kind in ("count", "multiplier", "fraction"):
            last_noun[sentence.block, ""] = last_noun[sentence.block, subject.event] = subject.entity
        elif (
            quantity.kind == "count"
            and subject.event
            and relations[i].part_of is None
            and relations[i].total_of is None
            and (sentence.block, "") in last_noun
        ):
            noun = last_noun.get((sentence.block, subject.event)) or last_noun[sentence.block, ""]
            out[i] = Subject(noun, subject.event, subject.source, subject.scope)
    for i, rel in enumerate(relations):
        increment = out[rel.total_of] if rel.total_of is not None else None
        if increment is not None and not out[i].entity:  # "11 more bodies ... the toll to 38"
            out[i] = Subject(increment.entity, out[i].event or increment.event, out[i].source, out[i].scope)
    for i, rel in enumerate(relations):
        if rel.part_of is None:
            continue
        whole, mine = out[rel.part_of], out[i]
        entity = mine.entity
        if "entity" in rel.inherits and (not entity or entity in generic) and whole.entity:
            entity = whole.entity
        event = whole.event if "event" in rel.inherits and whole.event else mine.event or whole.event
        out[i] = Subject(entity, event, mine.source or whole.source, mine.scope or whole.scope)
    return out


_SUBJECT_WORDS = ("entity", "event", "source", "scope")


@dataclass(frozen=True, slots=True)
class _Held:
    """The one object held for each distinct noun, event, date, attribution, scope, column and
    value of a document's claims (they repeat: 'people', 'killed', 'police said', column 12, 2.0).
    Zero, NaN and ints among the values are kept as they come (-0.0 equals 0.0, NaN nothing, and
    2 equals 2.0)."""

    words: dict[str, str] = field(default_factory=dict)
    numbers: dict[int, int] = field(default_factory=dict)
    values: dict[float, float] = field(default_factory=dict)

    def word(self, text: str) -> str:
        return self.words.setdefault(text, text)

    def subject(self, subject: Subject) -> Subject:
        """`subject` with the held copies of its words."""
        words = [self.word(w) for w in (subject.entity, subject.event, subject.source, subject.scope)]
        if all(w is getattr(subject, name) for w, name in zip(words, _SUBJECT_WORDS, strict=True)):
            return subject
        return replace(subject, **dict(zip(_SUBJECT_WORDS, words, strict=True)))

    def number(self, value: int) -> int:
        return self.numbers.setdefault(value, value)

    def value(self, value: float) -> float:
        if type(value) is not float or not value or value != value:  # 2 stays an int, apart from 2.0
            return value
        return self.values.setdefault(value, value)


def _claim(
    index: int,
    document: Document,
    sentence: Sentence,
    quantity: Quantity,
    subject: Subject,
    rel: Links,
    year: str,
    lexicon: Lexicon,
    line_of_sentence: str,
    held: _Held,
) -> Claim:
    start, end = document.in_file(quantity.start, quantity.end)
    line, column = document.position(start)
    end_line, end_column = document.position(end)
    end_line = line if end_line == line else end_line  # one int for both
    b = quantity.bounds
    value_for_units = quantity.value if not math.isnan(quantity.value) else b.low
    if quantity.unit and quantity.kind in ("measure", "money", "duration", "age", "percent"):
        canonical_value, canonical_unit = canonical(value_for_units, quantity.unit, lexicon.definitions)
    else:
        canonical_value, canonical_unit = quantity.value, quantity.unit

    date = quantity.date.replace("XXXX", year) if year else quantity.date

    return Claim(
        id=index + 1,
        path=document.path,
        line=line,
        column=held.number(column),
        end_line=end_line,
        end_column=held.number(end_column),
        start=start,
        end=end,
        text=held.word(document.text[start:end]),
        value=held.value(quantity.value),
        low=held.value(b.low),
        high=held.value(b.high),
        low_inclusive=b.low_inclusive,
        high_inclusive=b.high_inclusive,
        typical_low=held.value(b.typical_low),
        typical_high=held.value(b.typical_high),
        qualifier=quantity.qualifier,
        unit=quantity.unit,
        canonical_value=held.value(canonical_value),
        canonical_unit=canonical_unit,
        kind=quantity.kind,
        date=held.word(date),
        entity=held.word(subject.entity),  # a subject inherited from another figure's is held too
        event=held.word(subject.event),
        source=held.word(subject.source),
        scope=held.word(subject.scope),
        links=_links(rel),
        sentence_index=sentence.index,
        paragraph=sentence.block,
        sentence=line_of_sentence,
    )


_LINK_VALUES = operator.attrgetter(*_LINKED)  # a record's link fields, in ClaimLinks' order
_NO_LINK_VALUES = _LINK_VALUES(NO_LINKS)


def _links(rel: Links) -> ClaimLinks:
    """A figure's links (indexes of the document's figures) as its claim holds them (claim ids)."""
    values = _LINK_VALUES(rel)
    if values == _NO_LINK_VALUES:
        return NO_LINKS
    return ClaimLinks(
        *(
            value + 1 if is_id and value is not None else value
            for value, is_id in zip(values, _IS_ID, strict=True)
        )
    )


def claim_rows(claims: Iterable[Claim]) -> list[dict[str, Any]]:
    return [{name: getattr(claim, name) for name in COLUMNS} for claim in claims]


_TYPES = {f.name: f.type for f in (*fields(Claim), *fields(ClaimLinks))}
_FLOAT_COLUMNS = frozenset(name for name, type_ in _TYPES.items() if type_ == "float")
_INT_COLUMNS = frozenset(name for name, type_ in _TYPES.items() if type_ == "int")
_BOOL_COLUMNS = frozenset(name for name, type_ in _TYPES.items() if type_ == "bool")


def to_frame(claims: list[Claim]) -> pd.DataFrame:
    """The claims table: one row per claim, columns `COLUMNS`, link columns as nullable ints."""
    import numpy as np
    import pandas as pd

    data: dict[str, Any] = {}
    links = [claim.links for claim in claims]
    for name in COLUMNS:
        held = links if name in _LINK_NAMES else claims
        values = [getattr(record, name) for record in held]
        if name in LINK_COLUMNS:  # nullable ints, built from values and mask (pd.array infers: slow)
            mask = np.array([v is None for v in values], dtype=bool)
            ids = np.array([-1 if v is None else v for v in values], dtype=np.int64)
            data[name] = pd.arrays.IntegerArray(ids, mask)
        elif name in _FLOAT_COLUMNS:
            data[name] = np.array(values, dtype=float)
        elif name in _INT_COLUMNS:
            data[name] = np.array(values, dtype=np.int64)
        elif name in _BOOL_COLUMNS:
            data[name] = np.array(values, dtype=bool)
        else:
            data[name] = np.array(values, dtype=object)
    return pd.DataFrame(data, copy=False)

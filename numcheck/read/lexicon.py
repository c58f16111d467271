"""Loading the lexicon files: qualifiers, units and concepts, from `rules/` and user folders.

Job: read `qualifiers.yaml`, `units.yaml`, `concepts.yaml` (and the pint definitions file
`units.txt`) from the shipped rules folder and from any folder a user adds, check them, and
return one frozen `Lexicon` with the phrase tables the pure extraction modules match against.
A user's files extend the shipped ones: their phrases and words are added, their settings
override.

Limits: this is an I/O end of the pipeline. Errors name the file and line (`LexiconError`);
nothing here extracts anything.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from numcheck.read import lazy_regex as re
from numcheck.yamlfile import YamlFile, YamlFileError, load_yaml

BOUND_TYPES = ("above", "at_least", "below", "at_most", "about", "nearly", "just_over", "exactly")
DEFAULT_SETTINGS = {
    "about_tolerance": 0.10,
    "over_tolerance": 0.10,
    "at_least_tolerance": 0.25,
    "under_tolerance": 0.20,
    "near_tolerance": 0.10,
    "near_multiplier_tolerance": 0.20,
    "multiplier_tolerance": 0.10,
}
LEXICON_FILES = ("qualifiers.yaml", "units.yaml", "concepts.yaml")


class LexiconError(YamlFileError):
    """A lexicon file that cannot be used; str() names the file and line."""


@dataclass(frozen=True)
class UnitForm:
    unit: str  # pint unit name, defined in units.txt
    kind: str  # measure | duration | percent | money


@dataclass(frozen=True, eq=False)
class Lexicon:
    """All lexicon tables; hashed by identity so derived patterns can be cached per lexicon."""

    settings: Mapping[str, float]  # qualifier tolerances, shares of the number (0.1 = 10%)
    qualifiers_before: Mapping[str, str]  # lower-case phrase -> bound type
    qualifiers_after: Mapping[str, str]
    particles: frozenset[str]  # verb phrases ending in a qualifier word that is their particle: "handed over"
    unit_forms: Mapping[str, UnitForm]  # lower-case form -> unit
    unit_exact_forms: Mapping[str, UnitForm]  # case-sensitive symbol -> unit
    article_forms: frozenset[str]  # lower-case unit forms that mean one unit after "a": "a mile"
    currency_symbols: Mapping[str, str]  # symbol or code written before a number -> currency unit
    currency_words: Mapping[str, str]  # lower-case word written after a number -> currency unit
    # a unit read as another in a sentence with one of some words: ounce -> (troy_ounce, (gold, ...))
    readings: Mapping[str, tuple[str, tuple[str, ...]]]
    age_after: tuple[str, ...]
    age_before: tuple[str, ...]
    elapsed_before: tuple[str, ...]  # words before a time written like a clock that is a time taken: "won in"
    events: Mapping[str, str]  # lower-case word or phrase -> normalized event
    not_events: frozenset[str]  # lower-case phrases with an event word that name no event: "took part"
    event_prepositions: frozenset[str]  # event words that name one only right after a figure: "55 against"
    plurals: Mapping[str, str]
    generic_nouns: frozenset[str]
    # wholes a share may name without a figure ("8% of its workforce") -> other words for them
    group_nouns: Mapping[str, tuple[str, ...]]
    # kinds that make all of a group between them: "fully" and "partly" (damaged); gold, silver, bronze
    complements: tuple[tuple[frozenset[str], ...], ...]
    noun_skip: frozenset[str]
    participles: frozenset[str]  # irregular past participles ("swept"): they end a noun phrase
    adjectives: frozenset[str]  # words that end a noun phrase with no counted noun ("17 reported high")
    source_verbs: tuple[str, ...]
    scope_time: tuple[str, ...]
    scope_place: tuple[str, ...]
    scope_max_words: int
    identifier_words: frozenset[str]
    numbered_nouns: frozenset[str]  # lower-case nouns that number their instances: "in week 23", "on day 40"
    abbreviations: frozenset[str]
    definitions: tuple[Path, ...]  # pint definition files, shipped first
    sources: tuple[Path, ...] = field(default=())  # the files this lexicon was read from


def shipped_rules_dir() -> Path:
    """The rules folder that ships with numcheck (inside the wheel, or beside the package)."""
    package = Path(__file__).parent.parent
    inside = package / "_rules"
    return inside if inside.is_dir() else package.parent / "rules"


_WORD_CHAR = re.compile(r"\w")


def phrase_pattern(
    phrases: Iterable[str], flags: str = "i", word_start: bool = True, hyphens: bool = False
) -> re.Pattern[str]:
    """One alternation of `phrases`, longest first, spaces matching any run of spaces (and, with
    `hyphens`, a hyphen: "a 16-percentage-point lead").

    Phrases that begin or end with a letter or digit match only as whole words; with
    `word_start` False they may follow a digit directly ("40C", "200lbs").
    """
    parts = []
    join = r"(?:\s+|\s?[-‐]\s?)" if hyphens else r"\s+"
    for phrase in sorted(set(phrases), key=len, reverse=True):
        escaped = join.join(re.escape(word) for word in phrase.split()) or re.escape(phrase)
        if _WORD_CHAR.fullmatch(phrase[:1]) and word_start:
            escaped = r"\b" + escaped
        if _WORD_CHAR.fullmatch(phrase[-1:]):  # not "²": "km²" ends a word already
            escaped += r"\b"
        parts.append(escaped)
    body = "|".join(parts) or r"(?!x)x"
    return re.compile(f"(?{flags}:{body})" if flags else f"(?:{body})")


def _strings(doc: YamlFile, value: Any, where: tuple[Any, ...]) -> list[str]:
    if not isinstance(value, list):
        raise doc.error(where, "must be a list of words or phrases")
    for i, item in enumerate(value):
        if isinstance(item, bool) or item is None:
            raise doc.error((*where, i), f"YAML reads this item as {item!r}: put the word in quotes")
        if not isinstance(item, str | int | float):
            raise doc.error((*where, i), "must be a word or phrase")
    return [str(v) for v in value]


def _check_keys(
    doc: YamlFile, data: Mapping[str, Any], where: tuple[Any, ...], allowed: Iterable[str]
) -> None:
    allowed = set(allowed)
    for key in data:
        if key not in allowed:
            raise doc.error(
                (*where, key), f"unknown field '{key}' (expected one of: {', '.join(sorted(allowed))})"
            )


@dataclass
class _Builder:
    settings: dict[str, float] = field(default_factory=lambda: dict(DEFAULT_SETTINGS))
    before: dict[str, str] = field(default_factory=dict)
    after: dict[str, str] = field(default_factory=dict)
    unit_forms: dict[str, UnitForm] = field(default_factory=dict)
    exact_forms: dict[str, UnitForm] = field(default_factory=dict)
    article_forms: set[str] = field(default_factory=set)
    currency_symbols: dict[str, str] = field(default_factory=dict)
    currency_words: dict[str, str] = field(default_factory=dict)
    readings: dict[str, tuple[str, tuple[str, ...]]] = field(default_factory=dict)
    age_after: list[str] = field(default_factory=list)
    age_before: list[str] = field(default_factory=list)
    elapsed_before: list[str] = field(default_factory=list)
    events: dict[str, str] = field(default_factory=dict)
    not_events: set[str] = field(default_factory=set)
    event_prepositions: set[str] = field(default_factory=set)
    particles: set[str] = field(default_factory=set)
    plurals: dict[str, str] = field(default_factory=dict)
    generic: set[str] = field(default_factory=set)
    group: dict[str, tuple[str, ...]] = field(default_factory=dict)
    complements: list[tuple[frozenset[str], ...]] = field(default_factory=list)
    skip: set[str] = field(default_factory=set)
    participles: set[str] = field(default_factory=set)
    adjectives: set[str] = field(default_factory=set)
    source_verbs: list[str] = field(default_factory=list)
    scope_time: list[str] = field(default_factory=list)
    scope_place: list[str] = field(default_factory=list)
    scope_max_words: int = 6
    identifiers: set[str] = field(default_factory=set)
    numbered: set[str] = field(default_factory=set)
    abbreviations: set[str] = field(default_factory=set)
    definitions: list[Path] = field(default_factory=list)
    sources: list[Path] = field(default_factory=list)

    def qualifiers(self, doc: YamlFile) -> None:
        data = doc.data
        _check_keys(doc, data, (), ("name", "description", "settings", "qualifiers", "particles", "examples"))
        self.particles |= {
            " ".join(w.lower().split()) for w in _strings(doc, data.get("particles", []), ("particles",))
        }
        settings = data.get("settings") or {}
        if not isinstance(settings, dict):
            raise doc.error(("settings",), "must be a mapping of names to numbers")
        for key, value in settings.items():
            if key not in DEFAULT_SETTINGS:
                raise doc.error(("settings", key), f"unknown setting '{key}'")
            if not isinstance(value, int | float) or not 0 <= value < 1 or math.isnan(value):
                raise doc.error(("settings", key), "must be a number from 0 to 1 (a share of the figure)")
            self.settings[key] = float(value)
        for i, entry in enumerate(data.get("qualifiers") or []):
            where = ("qualifiers", i)
            if not isinstance(entry, dict):
                raise doc.error(where, "each qualifier must be a mapping")
            _check_keys(doc, entry, where, ("bound", "position", "phrases", "examples"))
            bound = entry.get("bound")
            if bound not in BOUND_TYPES:
                raise doc.error((*where, "bound"), f"bound must be one of {', '.join(BOUND_TYPES)}")
            position = entry.get("position", "before")
            if position not in ("before", "after"):
                raise doc.error((*where, "position"), "position must be 'before' or 'after'")
            table = self.before if position == "before" else self.after
            for phrase in _strings(doc, entry.get("phrases"), (*where, "phrases")):
                table[" ".join(phrase.lower().split()) if phrase.strip() else phrase] = bound

    def units(self, doc: YamlFile) -> None:
        data = doc.data
        keys = ("name", "description", "units", "readings", "age", "elapsed", "currencies", "examples")
        _check_keys(doc, data, (), keys)
        for i, entry in enumerate(data.get("units") or []):
            where = ("units", i)
            if not isinstance(entry, dict) or "unit" not in entry:
                raise doc.error(where, "each unit needs a 'unit' (a pint unit name)")
            _check_keys(doc, entry, where, ("unit", "kind", "forms", "exact_forms", "after_article"))
            kind = entry.get("kind", "measure")
            if kind not in ("measure", "duration", "percent"):
                raise doc.error((*where, "kind"), "kind must be measure, duration or percent")
            form = UnitForm(str(entry["unit"]), kind)
            for text in _strings(doc, entry.get("forms", []), (*where, "forms")):
                self.unit_forms[" ".join(text.lower().split())] = form
            for text in _strings(doc, entry.get("exact_forms", []), (*where, "exact_forms")):
                self.exact_forms[text] = form
            for text in _strings(doc, entry.get("after_article", []), (*where, "after_article")):
                text = " ".join(text.lower().split())
                if self.unit_forms.get(text) != form:
                    raise doc.error(
                        (*where, "after_article"), f"'{text}' must also be one of this unit's forms"
                    )
                self.article_forms.add(text)
        for i, entry in enumerate(data.get("readings") or []):
            where = ("readings", i)
            if not isinstance(entry, dict) or not {"unit", "instead_of", "near"} <= set(entry):
                raise doc.error(
                    where, "each reading needs a 'unit', what it is read 'instead_of' and words 'near'"
                )
            _check_keys(doc, entry, where, ("unit", "instead_of", "near"))
            near = tuple(" ".join(w.lower().split()) for w in _strings(doc, entry["near"], (*where, "near")))
            self.readings[str(entry["instead_of"])] = (str(entry["unit"]), near)
        age = data.get("age") or {}
        if age:
            _check_keys(doc, age, ("age",), ("unit", "after", "before"))
            self.age_after += [a.lower() for a in _strings(doc, age.get("after", []), ("age", "after"))]
            self.age_before += [a.lower() for a in _strings(doc, age.get("before", []), ("age", "before"))]
        elapsed = data.get("elapsed") or {}
        if elapsed:
            _check_keys(doc, elapsed, ("elapsed",), ("before",))
            words = _strings(doc, elapsed.get("before", []), ("elapsed", "before"))
            self.elapsed_before += [" ".join(a.lower().split()) for a in words]
        for i, entry in enumerate(data.get("currencies") or []):
            where = ("currencies", i)
            if not isinstance(entry, dict) or "unit" not in entry:
                raise doc.error(where, "each currency needs a 'unit' (defined in units.txt)")
            _check_keys(doc, entry, where, ("unit", "symbols", "words"))
            for text in _strings(doc, entry.get("symbols", []), (*where, "symbols")):
                self.currency_symbols[text] = str(entry["unit"])
            for text in _strings(doc, entry.get("words", []), (*where, "words")):
                self.currency_words[" ".join(text.lower().split())] = str(entry["unit"])

    def concepts(self, doc: YamlFile) -> None:
        data = doc.data
        keys = (
            "name",
            "description",
            "events",
            "not_events",
            "event_prepositions",
            "plurals",
            "generic_nouns",
            "group_nouns",
            "complements",
            "noun_skip",
            "participles",
            "adjectives",
            "source_verbs",
            "scope_cues",
            "scope_max_words",
            "identifier_words",
            "numbered_nouns",
            "abbreviations",
            "examples",
        )
        _check_keys(doc, data, (), keys)
        events = data.get("events") or {}
        if not isinstance(events, dict):
            raise doc.error(("events",), "must map an event name to its words")
        for event, words in events.items():
            for word in _strings(doc, words, ("events", event)):
                self.events[" ".join(word.lower().split())] = str(event)
        self.not_events |= {
            " ".join(w.lower().split()) for w in _strings(doc, data.get("not_events", []), ("not_events",))
        }
        prepositions = _strings(doc, data.get("event_prepositions", []), ("event_prepositions",))
        for word in prepositions:
            if " ".join(word.lower().split()) not in self.events:
                raise doc.error(("event_prepositions",), f"'{word}' must also be one of the events' words")
        self.event_prepositions |= {" ".join(w.lower().split()) for w in prepositions}
        plurals = data.get("plurals") or {}
        if not isinstance(plurals, dict):
            raise doc.error(("plurals",), "must map a plural to its singular")
        self.plurals.update({str(k): str(v) for k, v in plurals.items()})
        self.generic |= set(_strings(doc, data.get("generic_nouns", []), ("generic_nouns",)))
        groups = data.get("group_nouns") or {}
        if not isinstance(groups, dict):
            raise doc.error(("group_nouns",), "must map a noun to the other words for its group")
        for noun, words in groups.items():
            others = _strings(doc, words or [], ("group_nouns", noun))
            self.group[str(noun).lower()] = tuple(w.lower() for w in others)
        for position, kinds in enumerate(data.get("complements") or []):
            if not isinstance(kinds, list) or len(kinds) < 2:
                raise doc.error(
                    ("complements", position), "must be two or more lists of words, one for each kind"
                )
            self.complements.append(
                tuple(
                    frozenset(w.lower() for w in _strings(doc, words, ("complements", position, side)))
                    for side, words in enumerate(kinds)
                )
            )
        self.skip |= set(_strings(doc, data.get("noun_skip", []), ("noun_skip",)))
        self.participles |= {w.lower() for w in _strings(doc, data.get("participles", []), ("participles",))}
        self.adjectives |= {w.lower() for w in _strings(doc, data.get("adjectives", []), ("adjectives",))}
        self.source_verbs += _strings(doc, data.get("source_verbs", []), ("source_verbs",))
        cues = data.get("scope_cues") or {}
        if cues:
            _check_keys(doc, cues, ("scope_cues",), ("time", "place"))
            self.scope_time += _strings(doc, cues.get("time", []), ("scope_cues", "time"))
            self.scope_place += _strings(doc, cues.get("place", []), ("scope_cues", "place"))
        if "scope_max_words" in data:
            value = data["scope_max_words"]
            if not isinstance(value, int) or value < 1:
                raise doc.error(("scope_max_words",), "must be a positive whole number")
            self.scope_max_words = value
        self.identifiers |= set(_strings(doc, data.get("identifier_words", []), ("identifier_words",)))
        self.numbered |= {
            w.lower() for w in _strings(doc, data.get("numbered_nouns", []), ("numbered_nouns",))
        }
        self.abbreviations |= set(_strings(doc, data.get("abbreviations", []), ("abbreviations",)))

    def build(self) -> Lexicon:
        return Lexicon(
            settings=dict(self.settings),
            qualifiers_before=dict(self.before),
            qualifiers_after=dict(self.after),
            particles=frozenset(self.particles),
            unit_forms=dict(self.unit_forms),
            unit_exact_forms=dict(self.exact_forms),
            article_forms=frozenset(self.article_forms),
            currency_symbols=dict(self.currency_symbols),
            currency_words=dict(self.currency_words),
            readings=dict(self.readings),
            age_after=tuple(self.age_after),
            age_before=tuple(self.age_before),
            elapsed_before=tuple(self.elapsed_before),
            events=dict(self.events),
            not_events=frozenset(self.not_events),
            event_prepositions=frozenset(self.event_prepositions),
            plurals=dict(self.plurals),
            generic_nouns=frozenset(self.generic),
            group_nouns=dict(self.group),
            complements=tuple(self.complements),
            noun_skip=frozenset(self.skip),
            participles=frozenset(self.participles),
            adjectives=frozenset(self.adjectives),
            source_verbs=tuple(self.source_verbs),
            scope_time=tuple(self.scope_time),
            scope_place=tuple(self.scope_place),
            scope_max_words=self.scope_max_words,
            identifier_words=frozenset(self.identifiers),
            numbered_nouns=frozenset(self.numbered),
            abbreviations=frozenset(self.abbreviations),
            definitions=tuple(self.definitions),
            sources=tuple(self.sources),
        )


def _read_folder(builder: _Builder, folder: Path, required: bool) -> None:
    readers = {
        "qualifiers.yaml": builder.qualifiers,
        "units.yaml": builder.units,
        "concepts.yaml": builder.concepts,
    }
    for name, read in readers.items():
        path = folder / name
        if not path.is_file():
            if required:
                raise LexiconError(f"{path}: missing lexicon file")
            continue
        doc = load_yaml(path, LexiconError)
        if not isinstance(doc.data, dict):
            raise doc.error((), "must be a mapping at the top level")
        read(doc)
        builder.sources.append(path)
    definitions = folder / "units.txt"
    if definitions.is_file():
        builder.definitions.append(definitions)


@functools.lru_cache(maxsize=16)
def load_lexicon(extra: tuple[Path, ...] = (), settings: tuple[tuple[str, float], ...] = ()) -> Lexicon:
    """The shipped lexicon, extended by the lexicon files in each `extra` folder, in order."""
    builder = _Builder()
    _read_folder(builder, shipped_rules_dir(), required=True)
    for folder in extra:
        _read_folder(builder, folder if folder.is_dir() else folder.parent, required=False)
    for key, value in settings:
        if key not in DEFAULT_SETTINGS:
            raise LexiconError(f"unknown qualifier setting '{key}'")
        builder.settings[key] = float(value)
    return builder.build()

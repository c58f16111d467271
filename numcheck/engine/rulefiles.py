"""Loading rule files: concepts, rules and the built-in checks' metadata, into one registry.

Job: read every rule file (YAML) from the shipped `rules/` folder and from each path given
with --rules, check each field, parse each relation, and return a `RuleSet`. Concepts say
which claims of the claims table a name stands for; rules relate concepts; `builtin.yaml`
gives the built-in checks the same metadata. A registry refuses a duplicate code or name,
a rule naming an unknown concept, a message placeholder that names no concept of its
relation (or no role of its built-in check) or no field of a claim, and any unknown field,
with one line naming the file, the line and the field (`RuleFileError`). Each rule keeps the
plain words for the names its message uses (`Rule.roles`: a concept's description, or the
role words of builtin.yaml), so that its docs never show an internal name.

Limits: an I/O end. In a folder, every `*.yaml` / `*.yml` file except the lexicon files
(qualifiers.yaml, units.yaml, concepts.yaml) is a rule file.
"""

from __future__ import annotations

import difflib
import functools
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from numcheck.engine.expressions import (
    AMOUNT,
    POINT,
    ExpressionError,
    Relation,
    check_dimensions,
    names,
    parse,
)
from numcheck.read import lazy_regex as re
from numcheck.read.lexicon import LEXICON_FILES, shipped_rules_dir
from numcheck.yamlfile import YamlFile, YamlFileError, load_yaml

SEVERITIES = ("error", "warning")
SCOPES = ("sentence", "paragraph", "document")
# A concept's fields: claims-table columns, and the words around a figure in its sentence.
CONCEPT_FIELDS = (
    "entity",
    "event",
    "kind",
    "unit",
    "source",
    "scope",
    "qualifier",
    "before",
    "after",
    "sentence",
)
_WORD_FIELDS = ("before", "after", "sentence")  # fields that read the words around a figure
NEGATED = "not_"  # not_before: [new] -- a claim matching none of the words
_POINT_KINDS = frozenset(("date", "time"))  # kinds of a concept that stands for a point in time
PAIRINGS = ("all", "nearest", "previous")
ALIKE_FIELDS = ("entity", "event", "unit", "source", "scope")  # what the claims of one combination may share
_CODE = re.compile(r"NC\d{3,4}")
_NAME = re.compile(r"[a-z][a-z0-9]*(?:-[a-z0-9]+)*")
_CONCEPT_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_RULE_FIELDS = (
    "code",
    "name",
    "severity",
    "message",
    "description",
    "relation",
    "scope",
    "valid",
    "invalid",
    "check",
    "options",
    "preview",
    "roles",
    "tolerance",
    "pairing",
    "alike",
    "in_order",
    "domain",
    "defers_to",
)
# A message's placeholders: {concept.field} (or {role.field} in a built-in check's message) and
# {arithmetic}. Each field, with the words `numcheck explain` names it in ({} is the concept).
PLACEHOLDER = re.compile(r"\{(\w+)(?:\.(\w+))?\}")
FIELDS = {
    "text": "{}",
    "value": "the value of {}",
    "entity": "what {} counts",
    "event": "what happened to {}",
    "source": "who gives {}",
    "scope": "the time or place of {}",
    "unit": "the unit of {}",
    "line": "the line of {}",
    "sentence": "the sentence of {}",
}
_BRACES = re.compile(r"\{[^{}]*\}?|\}")


class RuleFileError(YamlFileError):
    """A rule file that cannot be used; str() is 'path:line: field: what is wrong'."""


@dataclass(frozen=True)
class Concept:
    name: str
    filters: tuple[tuple[str, tuple[str, ...]], ...]  # (field, accepted values), all must hold
    description: str
    path: str
    line: int
    exclusions: tuple[tuple[str, tuple[str, ...]], ...] = ()  # (field, refused values), none may match
    alternatives: tuple[Concept, ...] = ()  # `any:` the claims matching one of these (and the filters)

    @property
    def plain(self) -> bool:
        """Whether it picks claims by what they count alone (its noun, event, kind, unit, source,
        scope, qualifier), not by the words around them: then all its claims state one figure."""
        return not self.alternatives and all(
            field_name not in _WORD_FIELDS for field_name, _ in (*self.filters, *self.exclusions)
        )

    @property
    def kinds(self) -> tuple[str, ...]:
        """The kinds its `kind` filter names, or those of its alternatives; () for none named."""
        own = dict(self.filters).get("kind", ())
        return own or tuple(k for alternative in self.alternatives for k in alternative.kinds)

    @property
    def dimension(self) -> str:
        """POINT for a concept of dates or clock times only, else AMOUNT."""
        return POINT if self.kinds and set(self.kinds) <= _POINT_KINDS else AMOUNT


@dataclass(frozen=True)
class Rule:
    code: str  # NCnnn
    name: str  # kebab-case, unique
    severity: str  # error | warning: the level of a violation under the strict bounds
    message: str  # template: {concept.field} (text, value, entity, event, source, scope) and {arithmetic}
    description: str  # what it checks and why it matters
    relation: Relation | None  # for rules written in rule files
    check: str  # for built-in checks: the name of the check
    scope: str  # sentence | paragraph | document: claims of one combination share it
    valid: tuple[str, ...]  # example texts that must raise nothing
    invalid: tuple[str, ...]  # example texts that must raise this rule
    options: Mapping[str, float]
    path: str
    line: int
    preview: bool = False  # not yet right on real copy: runs only when preview is asked for
    domain: Concept | None = None  # the file's domain: the rule runs only where a claim matches it
    roles: Mapping[str, str] = field(default_factory=dict)  # each name its message uses -> plain words
    pack: str = ""  # the rule file's `name` (its file name without the suffix if it has none)
    tolerance: Tolerance | None = None  # how far the two sides of its relation may be apart
    pairing: str = "all"  # all: every combination; nearest (or previous): each first concept's claim with
    # the nearest claim (before it) of each other concept
    alike: tuple[str, ...] = ()  # fields the claims of one combination share, where both have one
    in_order: bool = False  # the claims of one combination stand in the text in the relation's order
    own_domain: Concept | None = None  # the rule's own domain, narrower than its file's
    concepts: Mapping[str, Concept] = field(default_factory=dict)  # each name of its relation -> concept
    defers_to: tuple[str, ...] | None = None  # its own `defers_to`, over its pack's (None: its pack's)

    @property
    def builtin(self) -> bool:
        return self.relation is None

    def in_pack(self, pack: str) -> bool:
        """Whether `pack` (in any case) names this rule's pack: its name, its file's name or path."""
        return pack.lower() in (self.pack.lower(), Path(self.path).name.lower(), self.path.lower())


@dataclass(frozen=True)
class Tolerance:
    """How far apart the two sides of a relation may be and still agree: a share of the right
    side ("5%") or an amount in its units (2, or 1.5 days)."""

    amount: float
    share: bool  # True: `amount` is a share of the right side (0.05 for "5%")

    def __str__(self) -> str:
        return f"{self.amount * 100:g}%" if self.share else f"{self.amount:g}"


def selects(selector: str, code: str, name: str, pack: str = "") -> bool:
    """Whether `selector` (a code, a code prefix, a rule name or the name of a pack of rules, in
    any case; or ALL) picks the rule `code` / `name` of `pack`."""
    wanted = selector.upper()
    return bool(wanted) and (
        wanted == "ALL" or code.upper().startswith(wanted) or wanted in (name.upper(), pack.upper())
    )


@dataclass(frozen=True, eq=False)
class RuleSet:
    rules: tuple[Rule, ...]
    concepts: Mapping[tuple[str, str], Concept]  # (the file that defines it, its name) -> concept
    sources: tuple[Path, ...] = field(default=())
    packs: tuple[Pack, ...] = field(default=())  # in the order their files were read

    @functools.cached_property
    def shipped(self) -> frozenset[str]:
        """The codes of the rules that ship with numcheck (in its rules folder)."""
        folder = shipped_rules_dir()
        return frozenset(r.code for r in self.rules if Path(r.path).parent == folder)

    @functools.cached_property
    def deferred(self) -> Mapping[str, frozenset[str]]:
        """Each rule's code -> the codes of the rules it defers to: its own `defers_to`, else its
        pack's."""
        packs = {p.name: frozenset(p.defers_to) for p in self.packs}
        return {
            r.code: frozenset(r.defers_to) if r.defers_to is not None else packs.get(r.pack, frozenset())
            for r in self.rules
        }

    def find(self, code_or_name: str) -> Rule | None:
        """The rule of this code or name, in any case."""
        wanted = code_or_name.upper()
        return next((r for r in self.rules if wanted in (r.code.upper(), r.name.upper())), None)

    def find_pack(self, name: str) -> Pack | None:
        """The pack this name (its own, or its file's name or path, in any case) names."""
        return next((p for p in self.packs if any(r.in_pack(name) for r in self.rules_of(p))), None)

    def rules_of(self, pack: Pack) -> list[Rule]:
        """The rules of a pack, by code."""
        return sorted((r for r in self.rules if r.pack == pack.name), key=lambda r: r.code)


@dataclass(frozen=True)
class Pack:
    """A pack of rules: the rules of the rule files of one `name` (the built-in checks are
    `builtin`), and what its first file says of it."""

    name: str
    description: str
    path: str  # its first file
    domain: Concept | None  # its first file's domain: where its rules run
    # codes of rules elsewhere (built-in checks) that state some of the beat's relations: where
    # one of them and this pack find the same contradiction, theirs is the finding kept
    defers_to: tuple[str, ...] = ()


def _text(
    doc: YamlFile, data: Mapping[str, Any], where: tuple[Any, ...], key: str, required: bool = True
) -> str:
    value = data.get(key)
    if value is None:
        if required:
            raise doc.error((*where, key) if key in data else where, f"missing '{key}'")
        return ""
    if not isinstance(value, str | int | float) or isinstance(value, bool):
        raise doc.error((*where, key), f"'{key}' must be text")
    return str(value)


def _close(value: str, known: Iterable[str]) -> str:
    close = difflib.get_close_matches(value, list(known), n=1)
    return f" (did you mean {close[0]}?)" if close else ""


def _placeholders(
    doc: YamlFile, where: tuple[Any, ...], message: str, known: Mapping[str, str], kind: str
) -> dict[str, str]:
    """The names `message` fills in, each with its plain words from `known` (a concept's
    description or a role's words); a placeholder that is malformed, names no field of a claim,
    or a name not in `known`, is an error of the message's line."""
    used: dict[str, str] = {}
    at = (*where, "message")
    for match in _BRACES.finditer(message):
        written = match.group()
        placeholder = PLACEHOLDER.fullmatch(written)
        if placeholder is None:
            raise doc.error(at, f"'{written}' is no placeholder: write {{{kind}.field}} or {{arithmetic}}")
        name, field_name = placeholder.groups()
        if field_name is None:
            if name != "arithmetic":
                raise doc.error(at, f"'{written}' names no field: write {{{name}.text}}")
            continue
        if field_name not in FIELDS:
            raise doc.error(
                at,
                f"unknown field '{field_name}' in '{written}'{_close(field_name, FIELDS)} "
                f"(fields: {', '.join(FIELDS)})",
            )
        if name not in known:
            raise doc.error(
                at,
                f"unknown {kind} '{name}' in '{written}'{_close(name, known)} "
                f"({'its relation names' if kind == 'concept' else 'roles'}: {', '.join(known) or 'none'})",
            )
        used[name] = known[name]
    return used


def _roles(doc: YamlFile, data: Mapping[str, Any], where: tuple[Any, ...]) -> dict[str, str]:
    """A built-in check's roles: the name of each claim its findings name -> plain words."""
    value = data.get("roles", {})
    if not isinstance(value, dict) or not all(isinstance(v, str) for v in value.values()):
        raise doc.error((*where, "roles"), "roles map each role's name to the words that name it")
    return {str(k): v for k, v in value.items()}


def _examples(doc: YamlFile, data: Mapping[str, Any], where: tuple[Any, ...], key: str) -> tuple[str, ...]:
    value = data.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise doc.error((*where, key), f"'{key}' must be a list of example texts")
    return tuple(value)


def _word(value: Any) -> bool:
    return isinstance(value, str) and not isinstance(value, bool) and bool(value.strip())


def _concept(doc: YamlFile, name: str, spec: Any, where: tuple[Any, ...]) -> Concept:
    """A concept (or a domain) from its mapping of fields to values; a field written `not_<field>`
    refuses its values; `any` lists mappings of which a claim must match one."""
    if not isinstance(spec, dict):
        raise doc.error(where, "a concept is a mapping of claims-table fields to values")
    filters, exclusions = [], []
    for key, value in spec.items():
        if key in ("description", "any"):
            continue
        negated = str(key).startswith(NEGATED)
        column = str(key)[len(NEGATED) :] if negated else str(key)
        if column not in CONCEPT_FIELDS:
            known = (*CONCEPT_FIELDS, *(NEGATED + f for f in CONCEPT_FIELDS), "any", "description")
            fields = ", ".join((*CONCEPT_FIELDS, "any", "description"))
            raise doc.error(
                (*where, key),
                f"unknown field '{key}'{_close(str(key), known)} (expected one of: {fields}, "
                "or not_ before a field)",
            )
        values = value if isinstance(value, list) else [value]
        if not values or not all(_word(v) for v in values):
            raise doc.error((*where, key), "must be a word or a list of words (quote yes/no/on/off)")
        words = tuple(" ".join(str(v).lower().split()) for v in values)
        (exclusions if negated else filters).append((column, words))
    alternatives: tuple[Concept, ...] = ()
    if "any" in spec:
        if not isinstance(spec["any"], list) or not spec["any"]:
            raise doc.error((*where, "any"), "any lists mappings of fields, of which a claim must match one")
        alternatives = tuple(
            _concept(doc, f"{name} ({i + 1})", option, (*where, "any", i))
            for i, option in enumerate(spec["any"])
        )
        if len({a.dimension for a in alternatives}) > 1:
            raise doc.error((*where, "any"), "the choices of a concept are all dates, or all amounts")
    if not filters and not alternatives:
        raise doc.error(where, "a concept needs at least one of: " + ", ".join((*CONCEPT_FIELDS, "any")))
    return Concept(
        name,
        tuple(filters),
        str(spec.get("description", "")),
        str(doc.path),
        doc.line_of(where),
        tuple(exclusions),
        alternatives,
    )


def _flag(doc: YamlFile, data: Mapping[str, Any], where: tuple[Any, ...], key: str) -> bool:
    """A rule's field that is true or false (false when left out)."""
    value = data.get(key, False)
    if not isinstance(value, bool):
        raise doc.error((*where, key), f"{key} must be true or false")
    return value


def _alike(doc: YamlFile, data: Mapping[str, Any], where: tuple[Any, ...]) -> tuple[str, ...]:
    """A rule's `alike`: the fields the claims of one combination share (`entity`: one noun)."""
    value = data.get("alike", [])
    values = value if isinstance(value, list) else [value]
    for i, name in enumerate(values):
        if name not in ALIKE_FIELDS:
            at = (*where, "alike", i) if isinstance(value, list) else (*where, "alike")
            raise doc.error(at, f"alike names fields of a claim: {', '.join(ALIKE_FIELDS)}")
    return tuple(values)


def _relation_error(
    doc: YamlFile, where: tuple[Any, ...], code: str, name: str, text: str, exc: ExpressionError
) -> YamlFileError:
    """'path:line: rules.0.relation: NC301 name: column 20: unexpected '*' in 'the relation''."""
    shown = text if len(text) <= 80 else f"{text[:60]}…"
    return doc.error((*where, "relation"), f"{code} {name}: column {exc.column}: {exc} in '{shown}'")


def _tolerance(doc: YamlFile, data: Mapping[str, Any], where: tuple[Any, ...]) -> Tolerance | None:
    """A rule's `tolerance`: '5%' (a share of the right side) or a number (in its units)."""
    if "tolerance" not in data:
        return None
    value, at = data["tolerance"], (*where, "tolerance")
    problem = "tolerance is a share such as '5%' or an amount such as 2, not less than 0"
    if isinstance(value, str) and value.strip().endswith("%"):
        try:
            share = float(value.strip()[:-1])
        except ValueError:
            raise doc.error(at, problem) from None
        if not 0 <= share < 100:
            raise doc.error(at, problem)
        return Tolerance(share / 100, True)
    if isinstance(value, bool) or not isinstance(value, int | float) or not 0 <= value < float("inf"):
        raise doc.error(at, problem)
    return Tolerance(float(value), False)


@dataclass
class _Registry:
    rules: list[Rule] = field(default_factory=list)
    concepts: dict[tuple[str, str], Concept] = field(default_factory=dict)  # (file, name) -> concept
    pending: list[tuple[Rule, YamlFile, tuple[Any, ...]]] = field(default_factory=list)
    sources: list[Path] = field(default_factory=list)
    packs: list[Pack] = field(default_factory=list)
    # each `defers_to` with where it stands, checked once every file is read
    defers_to: list[tuple[YamlFile, tuple[Any, ...], tuple[str, ...]]] = field(default_factory=list)

    def add_concepts(self, doc: YamlFile, data: Any) -> None:
        if not isinstance(data, dict):
            raise doc.error(("concepts",), "must map concept names to their filters")
        for name, spec in data.items():
            where = ("concepts", name)
            if not _CONCEPT_NAME.fullmatch(str(name)):
                raise doc.error(where, f"concept name '{name}' must be letters, digits and underscores")
            self.concepts[str(doc.path), str(name)] = _concept(doc, str(name), spec, where)

    def add_rule(
        self,
        doc: YamlFile,
        data: Any,
        where: tuple[Any, ...],
        builtin: bool,
        domain: Concept | None,
        pack: str,
    ) -> None:
        if not isinstance(data, dict):
            raise doc.error(where, "a rule is a mapping")
        for key in data:
            if key not in _RULE_FIELDS:
                raise doc.error(
                    (*where, key), f"unknown field '{key}' (expected one of: {', '.join(_RULE_FIELDS)})"
                )
        code = _text(doc, data, where, "code")
        if not _CODE.fullmatch(code):
            raise doc.error(
                (*where, "code"), f"code '{code}' must be NC and three or four digits, such as NC201"
            )
        name = _text(doc, data, where, "name")
        if not _NAME.fullmatch(name):
            raise doc.error((*where, "name"), f"name '{name}' must be lower-case words joined by hyphens")
        severity = _text(doc, data, where, "severity", required=False) or "error"
        if severity not in SEVERITIES:
            raise doc.error((*where, "severity"), f"severity must be one of {', '.join(SEVERITIES)}")
        scope = _text(doc, data, where, "scope", required=False) or "document"
        if scope not in SCOPES:
            raise doc.error((*where, "scope"), f"scope must be one of {', '.join(SCOPES)}")
        relation = None
        if builtin:
            check = _text(doc, data, where, "check")
        else:
            check = ""
            text = _text(doc, data, where, "relation")
            try:
                relation = parse(text)
            except ExpressionError as exc:
                raise _relation_error(doc, where, code, name, text, exc) from None
        preview = _flag(doc, data, where, "preview")
        options = data.get("options", {})
        if not isinstance(options, dict) or not all(isinstance(v, int | float) for v in options.values()):
            raise doc.error((*where, "options"), "options map names to numbers")
        for other in self.rules:
            if code == other.code or name == other.name:
                clash = "code" if code == other.code else "name"
                raise doc.error(
                    (*where, clash),
                    f"duplicate {clash} '{code if clash == 'code' else name}' "
                    f"(already used at {other.path}:{other.line})",
                )
        message = _text(doc, data, where, "message")
        rule = Rule(
            code,
            name,
            severity,
            message,
            _text(doc, data, where, "description", required=False),
            relation,
            check,
            scope,
            _examples(doc, data, where, "valid"),
            _examples(doc, data, where, "invalid"),
            {str(k): float(v) for k, v in options.items()},
            str(doc.path),
            doc.line_of(where),
            preview,
            domain,
            _placeholders(doc, where, message, _roles(doc, data, where), "role") if builtin else {},
            pack,
            _tolerance(doc, data, where),
            self.pairing(doc, data, where),
            _alike(doc, data, where),
            _flag(doc, data, where, "in_order"),
            _concept(doc, f"{name} domain", data["domain"], (*where, "domain")) if "domain" in data else None,
            defers_to=self.defers(doc, data, where) if "defers_to" in data else None,
        )
        for key in (
            ("roles",)
            if not builtin
            else ("tolerance", "pairing", "alike", "in_order", "domain", "defers_to")
        ):
            if key in data:
                owner = "a built-in check" if key == "roles" else "a rule file's rule"
                raise doc.error((*where, key), f"only {owner} has '{key}'")
        self.rules.append(rule)
        if relation is not None:
            self.pending.append((rule, doc, where))

    def defers(self, doc: YamlFile, data: Mapping[str, Any], where: tuple[Any, ...]) -> tuple[str, ...]:
        """A file's or a rule's `defers_to`: codes of rules, each checked once every file is read."""
        value = data.get("defers_to", [])
        if not isinstance(value, list) or not all(isinstance(code, str) for code in value):
            raise doc.error((*where, "defers_to"), "defers_to lists the codes of the rules deferred to")
        self.defers_to.append((doc, (*where, "defers_to"), tuple(value)))
        return tuple(value)

    @staticmethod
    def pairing(doc: YamlFile, data: Mapping[str, Any], where: tuple[Any, ...]) -> str:
        value = data.get("pairing", "all")
        if value not in PAIRINGS:
            raise doc.error((*where, "pairing"), f"pairing must be one of {', '.join(PAIRINGS)}")
        return str(value)

    def read(self, path: Path, builtin: bool = False) -> None:
        doc = load_yaml(path, RuleFileError)
        data = doc.data
        if not isinstance(data, dict):
            raise doc.error((), "a rule file is a mapping with 'concepts' and 'rules'")
        allowed = ("name", "description", "domain", "concepts", "rules", "builtins", "defers_to")
        for key in data:
            if key not in allowed:
                raise doc.error((key,), f"unknown field '{key}' (expected one of: {', '.join(allowed)})")
        if "concepts" in data:
            self.add_concepts(doc, data["concepts"])
        section = "builtins" if builtin else "rules"
        rules = data.get(section, [])
        if not isinstance(rules, list):
            raise doc.error((section,), f"'{section}' must be a list")
        domain = (
            _concept(doc, f"{path.stem} domain", data["domain"], ("domain",)) if "domain" in data else None
        )
        pack = data.get("name", path.stem)
        if not isinstance(pack, str) or not pack.strip():
            raise doc.error(("name",), "the name of a rule file is text: the name of its pack of rules")
        for i, rule in enumerate(rules):
            self.add_rule(doc, rule, (section, i), builtin, domain, pack)
        defers_to = self.defers(doc, data, ())
        if all(known.name != pack for known in self.packs):
            description = _text(doc, data, (), "description", required=False)
            self.packs.append(Pack(pack, " ".join(description.split()), str(path), domain, defers_to))
        self.sources.append(path)

    def check_names(self) -> None:
        """Every concept a relation names is defined, and every placeholder of its message names
        one of them; each rule then keeps its concepts' descriptions for its message's names.
        Every code a file's `defers_to` names is a rule's."""
        codes = {r.code for r in self.rules}
        for doc, where, defers_to in self.defers_to:
            for i, code in enumerate(defers_to):
                if code not in codes:
                    raise doc.error((*where, i), f"no rule '{code}'{_close(code, codes)}")
        for rule, doc, where in self.pending:
            related = names(rule.relation)  # type: ignore[arg-type]
            concepts = {}
            for name in related:
                concept = self.concept(rule.path, name)
                if concept is None:
                    known = sorted({n for _, n in self.concepts})
                    hint = _close(name, known) or f" (defined: {', '.join(known) or 'none'})"
                    raise doc.error(
                        (*where, "relation"), f"{rule.code} {rule.name}: unknown concept '{name}'{hint}"
                    )
                concepts[name] = concept
            relation: Relation = rule.relation  # type: ignore[assignment]
            try:
                check_dimensions(relation, {n: c.dimension for n, c in concepts.items()}.__getitem__)
            except ExpressionError as exc:
                raise _relation_error(doc, where, rule.code, rule.name, relation.text, exc) from None
            words = {n: concepts[n].description or n.replace("_", " ") for n in sorted(related)}
            roles = _placeholders(doc, where, rule.message, words, "concept")
            self.rules[self.rules.index(rule)] = replace(rule, roles=roles, concepts=concepts)

    def concept(self, path: str, name: str) -> Concept | None:
        """The concept a rule of the file `path` means by `name`: its own file's, else the first
        file's that defines it."""
        own = self.concepts.get((path, name))
        return own or next((c for (_, n), c in self.concepts.items() if n == name), None)


def rule_files(path: Path) -> list[Path]:
    """The rule files at `path`: the file itself, or a folder's YAML files but the lexicon's."""
    if path.is_file():
        return [path]
    if not path.is_dir():
        raise RuleFileError(f"{path}: no such rule file or folder")
    return sorted(p for p in path.iterdir() if p.suffix in (".yaml", ".yml") and p.name not in LEXICON_FILES)


@functools.lru_cache(maxsize=16)
def read_rules(extra: tuple[Path, ...], checks: frozenset[str]) -> RuleSet:
    """The built-in checks, the shipped rule files, then each extra file or folder, in order;
    a built-in rule must name one of `checks` (the engine passes its registry)."""
    registry = _Registry()
    shipped = shipped_rules_dir()
    registry.read(shipped / "builtin.yaml", builtin=True)
    for path in rule_files(shipped):
        if path.name != "builtin.yaml":
            registry.read(path)
    for path in _unique(extra):
        for file in rule_files(path):
            registry.read(file)
    registry.check_names()
    for rule in registry.rules:
        if rule.builtin and rule.check not in checks:
            raise RuleFileError(f"{rule.path}:{rule.line}: check: no built-in check '{rule.check}'")
    return RuleSet(
        tuple(registry.rules), dict(registry.concepts), tuple(registry.sources), tuple(registry.packs)
    )


def _unique(paths: Iterable[Path]) -> list[Path]:
    seen, out = set(), []
    for path in paths:
        key = path.resolve()
        if key not in seen and key != shipped_rules_dir().resolve():
            seen.add(key)
            out.append(path)
    return out

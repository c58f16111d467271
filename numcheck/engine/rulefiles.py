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

from numcheck.engine.expressions import ExpressionError, Relation, names, parse
from numcheck.read import lazy_regex as re
from numcheck.read.lexicon import LEXICON_FILES, shipped_rules_dir
from numcheck.yamlfile import YamlFile, YamlFileError, load_yaml

SEVERITIES = ("error", "warning")
SCOPES = ("sentence", "paragraph", "document")
CONCEPT_FIELDS = ("entity", "event", "kind", "unit", "source", "scope", "qualifier")
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
    filters: tuple[tuple[str, tuple[str, ...]], ...]  # (claims-table column, accepted values), all must hold
    description: str
    path: str
    line: int


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

    @property
    def builtin(self) -> bool:
        return self.relation is None


def selects(selector: str, code: str, name: str) -> bool:
    """Whether `selector` (a code, a code prefix or a rule name, in any case; or ALL) picks the
    rule `code` / `name`."""
    wanted = selector.upper()
    return bool(wanted) and (wanted == "ALL" or code.upper().startswith(wanted) or wanted == name.upper())


@dataclass(frozen=True, eq=False)
class RuleSet:
    rules: tuple[Rule, ...]
    concepts: Mapping[str, Concept]
    sources: tuple[Path, ...] = field(default=())

    def find(self, code_or_name: str) -> Rule | None:
        """The rule of this code or name, in any case."""
        wanted = code_or_name.upper()
        return next((r for r in self.rules if wanted in (r.code.upper(), r.name.upper())), None)


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


def _concept(doc: YamlFile, name: str, spec: Any, where: tuple[Any, ...]) -> Concept:
    """A concept (or a file's domain) from its mapping of claims-table fields to values."""
    if not isinstance(spec, dict):
        raise doc.error(where, "a concept is a mapping of claims-table fields to values")
    filters = []
    for key, value in spec.items():
        if key == "description":
            continue
        if key not in CONCEPT_FIELDS:
            raise doc.error(
                (*where, key),
                f"unknown field '{key}' (expected one of: {', '.join((*CONCEPT_FIELDS, 'description'))})",
            )
        values = value if isinstance(value, list) else [value]
        if not values or not all(isinstance(v, str) and not isinstance(v, bool) for v in values):
            raise doc.error((*where, key), "must be a word or a list of words (quote yes/no/on/off)")
        filters.append((key, tuple(str(v).lower() for v in values)))
    if not filters:
        raise doc.error(where, "a concept needs at least one of: " + ", ".join(CONCEPT_FIELDS))
    return Concept(name, tuple(filters), str(spec.get("description", "")), str(doc.path), doc.line_of(where))


@dataclass
class _Registry:
    rules: list[Rule] = field(default_factory=list)
    concepts: dict[str, Concept] = field(default_factory=dict)
    pending: list[tuple[Rule, YamlFile, tuple[Any, ...]]] = field(default_factory=list)
    sources: list[Path] = field(default_factory=list)

    def add_concepts(self, doc: YamlFile, data: Any) -> None:
        if not isinstance(data, dict):
            raise doc.error(("concepts",), "must map concept names to their filters")
        for name, spec in data.items():
            where = ("concepts", name)
            if not _CONCEPT_NAME.fullmatch(str(name)):
                raise doc.error(where, f"concept name '{name}' must be letters, digits and underscores")
            if name in self.concepts and self.concepts[name].path != str(doc.path):
                first = self.concepts[name]
                raise doc.error(where, f"concept '{name}' is already defined at {first.path}:{first.line}")
            self.concepts[str(name)] = _concept(doc, str(name), spec, where)

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
                shown = text if len(text) <= 80 else f"{text[:60]}…"
                raise doc.error(
                    (*where, "relation"), f"{code} {name}: column {exc.column}: {exc} in '{shown}'"
                ) from None
        preview = data.get("preview", False)
        if not isinstance(preview, bool):
            raise doc.error((*where, "preview"), "preview must be true or false")
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
        )
        if not builtin and "roles" in data:
            raise doc.error(
                (*where, "roles"), "only a built-in check has roles: a rule's message names its concepts"
            )
        self.rules.append(rule)
        if relation is not None:
            self.pending.append((rule, doc, where))

    def read(self, path: Path, builtin: bool = False) -> None:
        doc = load_yaml(path, RuleFileError)
        data = doc.data
        if not isinstance(data, dict):
            raise doc.error((), "a rule file is a mapping with 'concepts' and 'rules'")
        allowed = ("name", "description", "domain", "concepts", "rules", "builtins")
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
        self.sources.append(path)

    def check_names(self) -> None:
        """Every concept a relation names is defined, and every placeholder of its message names
        one of them; each rule then keeps its concepts' descriptions for its message's names."""
        for rule, doc, where in self.pending:
            related = names(rule.relation)  # type: ignore[arg-type]
            for name in related:
                if name not in self.concepts:
                    known = ", ".join(sorted(self.concepts)) or "none"
                    raise doc.error(
                        (*where, "relation"),
                        f"{rule.code} {rule.name}: unknown concept '{name}' (defined: {known})",
                    )
            words = {n: self.concepts[n].description or n.replace("_", " ") for n in sorted(related)}
            roles = _placeholders(doc, where, rule.message, words, "concept")
            self.rules[self.rules.index(rule)] = replace(rule, roles=roles)


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
    return RuleSet(tuple(registry.rules), dict(registry.concepts), tuple(registry.sources))


def _unique(paths: Iterable[Path]) -> list[Path]:
    seen, out = set(), []
    for path in paths:
        key = path.resolve()
        if key not in seen and key != shipped_rules_dir().resolve():
            seen.add(key)
            out.append(path)
    return out

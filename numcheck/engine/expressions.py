"""The relation language of rule files: parse `taken >= released + held` into a tree, evaluate it.

Job: parse a relation (grammar in docs/rules.md) with a real parser (Lark, LALR) into frozen
nodes, list the concept names it uses, check that it compares like with like (a date with a
date, never with a count), evaluate it over intervals, and write it out with the figures in
place ("110 + 138 = 248"). User text is never passed to `eval`.

    relation   := sum COMPARATOR sum          COMPARATOR: <= < >= > == !=
    sum        := product (("+" | "-") product)*
    product    := unary (("*" | "/") unary)*
    unary      := "-" unary | atom
    atom       := NUMBER | NAME | NAME "(" arguments ")" | "(" sum ")"

Functions (`FUNCTIONS`): `sum(concept)` adds every claim of a concept (instead of taking one at
a time); `approx(expression, share)` widens an expression by a share of itself (0.05 = 5%);
`percent(part, whole)` is 100 * part / whole; `floor(x)`, `ceil(x)` and `abs(x)`; `min(a, b,
...)` and `max(a, b, ...)`; `years(x)` is a number of days in years (365.2425 days each).

Time is counted in days: a date is its day number, a duration or an age its length in days,
so `ended - started` is a duration and `ended >= started` compares two dates. A date is a
point in time: it may be compared with a date, or moved by a duration (`started + length`),
and two dates may be subtracted; anything else done to a date (adding two, multiplying one,
comparing one with a count) is refused when the rule file loads (`check_dimensions`).

Limits: pure; numbers are plain decimals (no units: a relation compares figures in their
canonical units, time in days). A relation is at most MAX_LENGTH characters long and
MAX_DEPTH operations deep (operators, signs, brackets and calls nested in one another), so
that building, evaluating and writing out its tree, which recurse, stay far from Python's
recursion limit.
"""

from __future__ import annotations

import functools
import operator
import sys
from collections.abc import Callable
from dataclasses import dataclass, field

from numcheck.cachedir import cache_dir, digest
from numcheck.engine.intervals import Interval, describe

GRAMMAR = r"""
?start: relation
relation: sum COMPARATOR sum
?sum: product | sum ADD_OP product -> binary
?product: unary | product MUL_OP unary -> binary
?unary: "-" unary -> negate | atom
?atom: NUMBER -> number
     | NAME "(" [sum ("," sum)*] ")" -> call
     | NAME -> name
     | "(" sum ")"
COMPARATOR: "<=" | ">=" | "==" | "!=" | "<" | ">"
ADD_OP: "+" | "-"
MUL_OP: "*" | "/"
NAME: /[A-Za-z_][A-Za-z0-9_]*/
NUMBER: /\d+(\.\d+)?/
%ignore /[ \t]+/
"""
# each function: (the least and the most arguments it takes (None: any number), what it does)
FUNCTIONS: dict[str, tuple[int, int | None, str]] = {
    "sum": (1, 1, "the sum of every claim of a concept"),
    "approx": (2, 2, "an expression widened by a share of itself"),
    "percent": (2, 2, "100 * part / whole"),
    "floor": (1, 1, "the whole number at or below"),
    "ceil": (1, 1, "the whole number at or above"),
    "abs": (1, 1, "the size of a difference, whichever way it goes"),
    "min": (2, None, "the least of its arguments"),
    "max": (2, None, "the most of its arguments"),
    "years": (1, 1, "a number of days in years"),
}
DAYS_A_YEAR = 365.2425
MAX_LENGTH = 1000  # characters
MAX_DEPTH = 100  # operations nested in one another
_OPERATORS: dict[str, Callable[[Interval, Interval], Interval]] = {
    "+": operator.add,
    "-": operator.sub,
    "*": operator.mul,
    "/": operator.truediv,
}


class ExpressionError(ValueError):
    """A relation that does not parse; `column` is 1-based."""

    def __init__(self, message: str, column: int):
        super().__init__(message)
        self.column = column


# Each node keeps the column it was written at (1-based), for the rule author's errors; two nodes
# that differ only there are equal.
@dataclass(frozen=True)
class Number:
    value: float
    column: int = field(default=0, compare=False)


@dataclass(frozen=True)
class Name:
    name: str
    column: int = field(default=0, compare=False)


@dataclass(frozen=True)
class Negate:
    operand: Node
    column: int = field(default=0, compare=False)


@dataclass(frozen=True)
class Binary:
    operator: str
    left: Node
    right: Node
    column: int = field(default=0, compare=False)


@dataclass(frozen=True)
class Call:
    function: str
    arguments: tuple[Node, ...]
    column: int = field(default=0, compare=False)


@dataclass(frozen=True)
class Relation:
    left: Node
    comparator: str
    right: Node
    text: str  # the relation as written
    column: int = field(default=0, compare=False)  # of the comparator


Node = Number | Name | Negate | Binary | Call


@functools.lru_cache(maxsize=1)
def _parser():  # type: ignore[no-untyped-def]
    """The grammar's LALR parser; its tables are kept in numcheck's cache folder, where Lark
    checks them against a digest of the grammar, so that later runs skip their analysis."""
    import lark

    folder = cache_dir()
    cache: bool | str = False
    if folder is not None:
        version = f"{lark.__version__}-py{sys.version_info[0]}{sys.version_info[1]}"
        cache = str(folder / f"relations-lark-{version}-{digest([GRAMMAR.encode()])}.pickle")
    return lark.Lark(GRAMMAR, parser="lalr", maybe_placeholders=False, propagate_positions=True, cache=cache)


def _build(tree) -> Node:  # type: ignore[no-untyped-def]
    from lark import Token

    if isinstance(tree, Token):
        raise ExpressionError(f"unexpected {tree!s}", tree.column or 1)
    kind = tree.data
    column = getattr(tree.meta, "column", 1) or 1
    if kind == "number":
        return Number(float(tree.children[0]), column)
    if kind == "name":
        return Name(str(tree.children[0]), column)
    if kind == "negate":
        return Negate(_build(tree.children[0]), column)
    if kind == "binary":
        left, operator, right = tree.children
        built = Binary(str(operator), _build(left), _build(right), operator.column or column)
        if built.operator == "/" and isinstance(built.right, Number) and built.right.value == 0:
            raise ExpressionError("division by zero", built.column)
        return built
    if kind == "call":
        return _call(
            tree.children[0], tuple(_build(child) for child in tree.children[1:] if child is not None)
        )
    raise ExpressionError(f"unexpected {kind}", 1)


def _call(function, arguments: tuple[Node, ...]) -> Call:  # type: ignore[no-untyped-def]
    """A call of a known function with the arguments it takes; ExpressionError otherwise."""
    name, column = str(function), function.column or 1
    if name not in FUNCTIONS:
        raise ExpressionError(f"unknown function '{name}' (known: {', '.join(FUNCTIONS)})", column)
    least, most, _ = FUNCTIONS[name]
    if len(arguments) < least or (most is not None and len(arguments) > most):
        wanted = f"{least}" if least == most else f"{least} or more"
        raise ExpressionError(f"{name}() takes {wanted} argument(s), not {len(arguments)}", column)
    if name == "sum" and not isinstance(arguments[0], Name):
        raise ExpressionError("sum() takes a concept name", column)
    if name == "approx" and not isinstance(arguments[1], Number):
        raise ExpressionError("approx()'s second argument is a share such as 0.05", column)
    return Call(name, arguments, column)


def _depth(tree) -> int:  # type: ignore[no-untyped-def]
    """How deep the parse tree nests, counted without recursion."""
    from lark import Tree

    deepest, stack = 0, [(tree, 1)]
    while stack:
        node, depth = stack.pop()
        deepest = max(deepest, depth)
        stack.extend((child, depth + 1) for child in node.children if isinstance(child, Tree))
    return deepest


def parse(text: str) -> Relation:
    """The Relation written in `text`; ExpressionError (with a column) if it is not one."""
    from lark.exceptions import UnexpectedCharacters, UnexpectedEOF, UnexpectedInput, UnexpectedToken

    if len(text) > MAX_LENGTH:
        raise ExpressionError(
            f"the relation is {len(text):,} characters long, more than the {MAX_LENGTH:,} allowed: "
            "split it into smaller rules",
            MAX_LENGTH + 1,
        )
    try:
        tree = _parser().parse(text)
    except UnexpectedEOF:
        raise ExpressionError("the relation ends too soon", len(text) + 1) from None
    except UnexpectedToken as exc:
        found = "the end" if exc.token.type == "$END" else repr(str(exc.token))
        raise ExpressionError(
            f"unexpected {found}", exc.column if exc.column and exc.column > 0 else len(text) + 1
        ) from None
    except UnexpectedCharacters as exc:
        raise ExpressionError(f"unexpected character {text[exc.pos_in_stream]!r}", exc.column) from None
    except UnexpectedInput as exc:
        raise ExpressionError("not a relation", getattr(exc, "column", 1) or 1) from None
    depth = _depth(tree)
    if depth > MAX_DEPTH:
        raise ExpressionError(
            f"the relation nests {depth} operations deep, more than the {MAX_DEPTH} allowed: "
            "split it into smaller rules",
            1,
        )
    left, comparator, right = tree.children
    return Relation(_build(left), str(comparator), _build(right), text, comparator.column or 1)


def names(node: Node | Relation) -> list[str]:
    """Concept names used, in order of first use."""
    found: list[str] = []

    def walk(n: Node | Relation) -> None:
        if isinstance(n, Relation):
            walk(n.left)
            walk(n.right)
        elif isinstance(n, Name) and n.name not in found:
            found.append(n.name)
        elif isinstance(n, Negate):
            walk(n.operand)
        elif isinstance(n, Binary):
            walk(n.left)
            walk(n.right)
        elif isinstance(n, Call):
            for argument in n.arguments:
                walk(argument)

    walk(node)
    return found


def summed(node: Node | Relation) -> set[str]:
    """Concept names used inside sum(...)."""
    if isinstance(node, Relation):
        return summed(node.left) | summed(node.right)
    if isinstance(node, Call) and node.function == "sum":
        return {node.arguments[0].name}  # type: ignore[union-attr]
    if isinstance(node, Binary):
        return summed(node.left) | summed(node.right)
    if isinstance(node, Negate):
        return summed(node.operand)
    if isinstance(node, Call):
        return set().union(*(summed(a) for a in node.arguments))
    return set()


def _terms(node: Node) -> list[Node]:
    """The operands of a chain of "+" ("a + b + c" is three)."""
    if isinstance(node, Binary) and node.operator == "+":
        return _terms(node.left) + _terms(node.right)
    return [node]


def addends(node: Node | Relation) -> list[set[str]]:
    """The concept names added together in each sum the relation writes out ("released + held"
    is one group): figures that are counted apart, so none of them is a part of another."""
    if isinstance(node, Relation):
        return addends(node.left) + addends(node.right)
    if isinstance(node, Binary) and node.operator == "+":
        terms = _terms(node)
        group = {t.name for t in terms if isinstance(t, Name)}
        inner = [g for t in terms if not isinstance(t, Name) for g in addends(t)]
        return [group, *inner] if len(group) > 1 else inner
    if isinstance(node, Binary):
        return addends(node.left) + addends(node.right)
    if isinstance(node, Negate):
        return addends(node.operand)
    if isinstance(node, Call):
        return [g for a in node.arguments for g in addends(a)]
    return []


Lookup = Callable[[str], Interval]
_CALLS: dict[str, Callable[[list[Interval]], Interval]] = {
    "percent": lambda a: Interval.point(100.0) * a[0] / a[1],
    "floor": lambda a: a[0].floor(),
    "ceil": lambda a: a[0].ceil(),
    "abs": lambda a: abs(a[0]),
    "min": lambda a: functools.reduce(Interval.least, a),
    "max": lambda a: functools.reduce(Interval.most, a),
    "years": lambda a: a[0] / Interval.point(DAYS_A_YEAR),
}


def evaluate(node: Node, one: Lookup, total: Lookup) -> Interval:
    """The interval of `node`: `one(name)` for a concept, `total(name)` for sum(name)."""
    if isinstance(node, Number):
        return Interval.point(node.value)
    if isinstance(node, Name):
        return one(node.name)
    if isinstance(node, Negate):
        return -evaluate(node.operand, one, total)
    if isinstance(node, Binary):
        return _OPERATORS[node.operator](evaluate(node.left, one, total), evaluate(node.right, one, total))
    if node.function == "sum":
        return total(node.arguments[0].name)  # type: ignore[union-attr]
    if node.function == "approx":
        return evaluate(node.arguments[0], one, total).widen(node.arguments[1].value)  # type: ignore[union-attr]
    return _CALLS[node.function]([evaluate(a, one, total) for a in node.arguments])


def render(node: Node, word: Callable[[str], str], added: Callable[[str], str] | None = None) -> str:
    """`node` written out with `word(name)` for each concept ('110 + 138') and, given `added`,
    `added(name)` for each sum(name) ('(16 + 31)'), else 'sum(word)'."""
    if isinstance(node, Number):
        return describe(Interval.point(node.value))
    if isinstance(node, Name):
        return word(node.name)
    if isinstance(node, Negate):
        return f"-{render(node.operand, word, added)}"
    if isinstance(node, Binary):
        left, right = render(node.left, word, added), render(node.right, word, added)
        if node.operator in "*/" and isinstance(node.left, Binary) and node.left.operator in "+-":
            left = f"({left})"
        if node.operator in "*/-" and isinstance(node.right, Binary) and node.right.operator in "+-":
            right = f"({right})"
        if node.operator == "/" and isinstance(node.right, Binary) and node.right.operator in "*/":
            right = f"({right})"
        return f"{left} {node.operator} {right}"
    if node.function == "sum" and added is not None:
        return added(node.arguments[0].name)  # type: ignore[union-attr]
    if node.function == "approx":
        return f"approx({render(node.arguments[0], word, added)}, {node.arguments[1].value:g})"  # type: ignore[union-attr]
    return f"{node.function}({', '.join(render(a, word, added) for a in node.arguments)})"


# What a node stands for: a point in time (a date or a clock time) or an amount (a count, a
# sum of money, a share, a duration in days, a plain number).
POINT, AMOUNT = "a date", "an amount"


def dimension_of(node: Node, dimension: Callable[[str], str]) -> str:
    """POINT or AMOUNT: what `node` stands for, `dimension(name)` giving each concept's. An
    expression that does with a date what cannot be done with one (adds two dates, multiplies
    or divides one, takes a function of one but min and max of dates, sums a concept of dates)
    raises ExpressionError naming the column of the operation."""
    if isinstance(node, Number):
        return AMOUNT
    if isinstance(node, Name):
        return dimension(node.name)
    if isinstance(node, Negate):
        if dimension_of(node.operand, dimension) == POINT:
            raise ExpressionError("a date cannot be negated", node.column)
        return AMOUNT
    if isinstance(node, Binary):
        left, right = dimension_of(node.left, dimension), dimension_of(node.right, dimension)
        if POINT not in (left, right):
            return AMOUNT
        if node.operator == "-" and left == right == POINT:
            return AMOUNT  # the days between two dates
        if node.operator in "+-" and left == POINT and right == AMOUNT:
            return POINT  # a date moved by a number of days
        if node.operator == "+" and left == AMOUNT and right == POINT:
            return POINT
        doing = {"+": "add", "-": "subtract", "*": "multiply", "/": "divide"}[node.operator]
        what = "two dates" if left == right else "a date and an amount"
        hint = " (subtract them for the days between)" if node.operator == "+" and left == right else ""
        raise ExpressionError(f"cannot {doing} {what}{hint}", node.column)
    kinds = [dimension_of(a, dimension) for a in node.arguments]
    if node.function in ("min", "max") and len(set(kinds)) == 1:
        return kinds[0]
    if node.function == "sum" and kinds[0] == POINT:
        raise ExpressionError("sum() adds amounts, not dates", node.column)
    if POINT in kinds:
        raise ExpressionError(f"{node.function}() takes amounts, not dates", node.column)
    return AMOUNT


def check_dimensions(relation: Relation, dimension: Callable[[str], str]) -> None:
    """Refuse a relation that does with a date what cannot be done with one (`dimension_of`), or
    compares a date with an amount; ExpressionError names the column."""
    left, right = dimension_of(relation.left, dimension), dimension_of(relation.right, dimension)
    if left != right:
        raise ExpressionError(f"cannot compare {left} with {right}", relation.column or 1)

"""The relation language of rule files: parse `taken >= released + held` into a tree, evaluate it.

Job: parse a relation (grammar in docs/rules.md) with a real parser (Lark, LALR) into frozen
nodes, list the concept names it uses, evaluate it over intervals, and write it out with
the figures in place ("110 + 138 = 248"). User text is never passed to `eval`.

    relation   := sum COMPARATOR sum          COMPARATOR: <= < >= > == !=
    sum        := product (("+" | "-") product)*
    product    := unary (("*" | "/") unary)*
    unary      := "-" unary | atom
    atom       := NUMBER | NAME | NAME "(" arguments ")" | "(" sum ")"

Functions: `sum(concept)` adds every claim of a concept (instead of taking one at a time);
`approx(expression, share)` widens an expression by a share of itself (0.05 = 5%).

Limits: pure; numbers are plain decimals (no units: a relation compares figures in their
canonical units). A relation is at most MAX_LENGTH characters long and MAX_DEPTH operations
deep (operators, signs, brackets and calls nested in one another), so that building,
evaluating and writing out its tree, which recurse, stay far from Python's recursion limit.
"""

from __future__ import annotations

import functools
import operator
from collections.abc import Callable
from dataclasses import dataclass

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
FUNCTIONS = {"sum": 1, "approx": 2}
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


@dataclass(frozen=True)
class Number:
    value: float


@dataclass(frozen=True)
class Name:
    name: str


@dataclass(frozen=True)
class Negate:
    operand: Node


@dataclass(frozen=True)
class Binary:
    operator: str
    left: Node
    right: Node


@dataclass(frozen=True)
class Call:
    function: str
    arguments: tuple[Node, ...]


@dataclass(frozen=True)
class Relation:
    left: Node
    comparator: str
    right: Node
    text: str  # the relation as written


Node = Number | Name | Negate | Binary | Call


@functools.lru_cache(maxsize=1)
def _parser():  # type: ignore[no-untyped-def]
    from lark import Lark

    return Lark(GRAMMAR, parser="lalr", maybe_placeholders=False)


def _build(tree) -> Node:  # type: ignore[no-untyped-def]
    from lark import Token

    if isinstance(tree, Token):
        raise ExpressionError(f"unexpected {tree!s}", tree.column or 1)
    kind = tree.data
    if kind == "number":
        return Number(float(tree.children[0]))
    if kind == "name":
        return Name(str(tree.children[0]))
    if kind == "negate":
        return Negate(_build(tree.children[0]))
    if kind == "binary":
        left, operator, right = tree.children
        return Binary(str(operator), _build(left), _build(right))
    if kind == "call":
        function = tree.children[0]
        arguments = tuple(_build(child) for child in tree.children[1:] if child is not None)
        if str(function) not in FUNCTIONS:
            raise ExpressionError(
                f"unknown function '{function}' (known: {', '.join(FUNCTIONS)})", function.column or 1
            )
        if len(arguments) != FUNCTIONS[str(function)]:
            raise ExpressionError(
                f"{function}() takes {FUNCTIONS[str(function)]} argument(s)", function.column or 1
            )
        if function == "sum" and not isinstance(arguments[0], Name):
            raise ExpressionError("sum() takes a concept name", function.column or 1)
        if function == "approx" and not isinstance(arguments[1], Number):
            raise ExpressionError("approx()'s second argument is a share such as 0.05", function.column or 1)
        return Call(str(function), arguments)
    raise ExpressionError(f"unexpected {kind}", 1)


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
    return Relation(_build(left), str(comparator), _build(right), text)


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


Lookup = Callable[[str], Interval]


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
    return evaluate(node.arguments[0], one, total).widen(node.arguments[1].value)  # type: ignore[union-attr]


def render(node: Node, word: Callable[[str], str]) -> str:
    """`node` written out with `word(name)` for each concept ('110 + 138')."""
    if isinstance(node, Number):
        return describe(Interval.point(node.value))
    if isinstance(node, Name):
        return word(node.name)
    if isinstance(node, Negate):
        return f"-{render(node.operand, word)}"
    if isinstance(node, Binary):
        left, right = render(node.left, word), render(node.right, word)
        if node.operator in "*/" and isinstance(node.left, Binary) and node.left.operator in "+-":
            left = f"({left})"
        if node.operator in "*/-" and isinstance(node.right, Binary) and node.right.operator in "+-":
            right = f"({right})"
        return f"{left} {node.operator} {right}"
    if node.function == "sum":
        return f"sum({word(node.arguments[0].name)})"  # type: ignore[union-attr]
    return f"approx({render(node.arguments[0], word)}, {node.arguments[1].value:g})"  # type: ignore[union-attr]

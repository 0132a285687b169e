"""Mutants of one Python module: one small change of one AST node each.

Each mutant is a text splice of the original source (the node's span replaced
by the mutated node, parenthesised), so the rest of the file keeps its bytes,
comments and line numbers. Docstrings, annotations, ``__all__``, ``if
TYPE_CHECKING:`` blocks and lines marked ``# pragma: no mutate`` are left
alone, and so is an ``if __name__ == "__main__":`` block: changing them changes
nothing a test of the library could observe.
"""

from __future__ import annotations

import ast
import copy
from collections.abc import Iterator
from dataclasses import dataclass

__all__ = ["Mutant", "mutants"]

NO_MUTATE = "pragma: no mutate"

_COMPARE_SWAPS: dict[type[ast.cmpop], type[ast.cmpop]] = {
    ast.Lt: ast.LtE,
    ast.LtE: ast.Lt,
    ast.Gt: ast.GtE,
    ast.GtE: ast.Gt,
    ast.Eq: ast.NotEq,
    ast.NotEq: ast.Eq,
    ast.Is: ast.IsNot,
    ast.IsNot: ast.Is,
    ast.In: ast.NotIn,
    ast.NotIn: ast.In,
}
_BINOP_SWAPS: dict[type[ast.operator], type[ast.operator]] = {
    ast.Add: ast.Sub,
    ast.Sub: ast.Add,
    ast.Mult: ast.Div,
    ast.Div: ast.Mult,
    ast.FloorDiv: ast.Div,
    ast.Mod: ast.FloorDiv,
    ast.Pow: ast.Mult,
    ast.BitAnd: ast.BitOr,
    ast.BitOr: ast.BitAnd,
    ast.LShift: ast.RShift,
    ast.RShift: ast.LShift,
}
_SYMBOLS: dict[type[ast.AST], str] = {
    ast.Lt: "<",
    ast.LtE: "<=",
    ast.Gt: ">",
    ast.GtE: ">=",
    ast.Eq: "==",
    ast.NotEq: "!=",
    ast.Is: "is",
    ast.IsNot: "is not",
    ast.In: "in",
    ast.NotIn: "not in",
    ast.Add: "+",
    ast.Sub: "-",
    ast.Mult: "*",
    ast.Div: "/",
    ast.FloorDiv: "//",
    ast.Mod: "%",
    ast.Pow: "**",
    ast.BitAnd: "&",
    ast.BitOr: "|",
    ast.LShift: "<<",
    ast.RShift: ">>",
    ast.And: "and",
    ast.Or: "or",
}
_NAME_SWAPS = {"any": "all", "all": "any", "min": "max", "max": "min"}


@dataclass(frozen=True)
class Mutant:
    """One change: the span ``[start, end)`` (1-based line, byte column) and its new text."""

    line: int
    col: int
    end_line: int
    end_col: int
    replacement: str
    #: What changed, as the report and the equivalent-mutants file name it.
    description: str

    def apply(self, source: str) -> str:
        """The module's source with this mutant in place."""
        lines = source.encode("utf-8").splitlines(keepends=True)
        starts = [0]
        for text in lines:
            starts.append(starts[-1] + len(text))
        data = source.encode("utf-8")
        begin = starts[self.line - 1] + self.col
        end = starts[self.end_line - 1] + self.end_col
        return (data[:begin] + self.replacement.encode("utf-8") + data[end:]).decode("utf-8")

    @property
    def key(self) -> str:
        """Identifies the mutant within its module (stable while the module is unchanged)."""
        return f"{self.line}:{self.col}:{self.end_line}:{self.end_col}:{self.description}"


def _short(node: ast.AST, limit: int = 40) -> str:
    text = ast.unparse(node).replace("\n", " ")
    return text if len(text) <= limit else text[: limit - 3] + "..."


class _Skipped(ast.NodeVisitor):
    """Collects the ids of nodes that must not be mutated."""

    def __init__(self) -> None:
        self.ids: set[int] = set()

    def skip(self, node: ast.AST | None) -> None:
        if node is not None:
            self.ids.update(id(n) for n in ast.walk(node))

    def _docstring(self, body: list[ast.stmt]) -> None:
        first = body[0] if body else None
        if (
            isinstance(first, ast.Expr)
            and isinstance(first.value, ast.Constant)
            and isinstance(first.value.value, str)
        ):
            self.skip(first)

    def visit_Module(self, node: ast.Module) -> None:
        self._docstring(node.body)
        self.generic_visit(node)

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self._docstring(node.body)
        for decorator in node.decorator_list:
            self.skip(decorator)
        self.generic_visit(node)

    def visit_FunctionDef(self, node: ast.FunctionDef) -> None:
        self._function(node)

    def visit_AsyncFunctionDef(self, node: ast.AsyncFunctionDef) -> None:
        self._function(node)

    def _function(self, node: ast.FunctionDef | ast.AsyncFunctionDef) -> None:
        self._docstring(node.body)
        self.skip(node.returns)
        arguments = node.args
        every = (*arguments.posonlyargs, *arguments.args, *arguments.kwonlyargs)
        for arg in (*every, arguments.vararg, arguments.kwarg):
            if arg is not None:
                self.skip(arg.annotation)
        for decorator in node.decorator_list:
            # Only a decorator's strings (a rule's messages) are worth mutating.
            self.ids.update(
                id(n)
                for n in ast.walk(decorator)
                if not (isinstance(n, ast.Constant) and isinstance(n.value, str))
            )
        self.generic_visit(node)

    def visit_AnnAssign(self, node: ast.AnnAssign) -> None:
        self.skip(node.annotation)
        self.generic_visit(node)

    def visit_Assign(self, node: ast.Assign) -> None:
        if any(isinstance(t, ast.Name) and t.id == "__all__" for t in node.targets):
            self.skip(node)
        self.generic_visit(node)

    def visit_If(self, node: ast.If) -> None:
        test = ast.unparse(node.test)
        if "TYPE_CHECKING" in test or test == "__name__ == '__main__'":
            self.skip(node)
        self.generic_visit(node)

    def visit_JoinedStr(self, node: ast.JoinedStr) -> None:
        # Positions inside an f-string are unreliable before Python 3.12.
        self.ids.update(id(n) for n in ast.walk(node) if n is not node)

    def visit_ImportFrom(self, node: ast.ImportFrom) -> None:
        self.skip(node)

    def visit_Import(self, node: ast.Import) -> None:
        self.skip(node)


def _numbers(value: int | float) -> list[int | float]:
    candidates: list[int | float] = [value + 1, value - 1, 0]
    found: list[int | float] = []
    for candidate in candidates:
        if candidate != value and candidate not in found:
            found.append(candidate)
    return found


def _node_mutations(node: ast.AST) -> Iterator[tuple[ast.AST, str]]:
    """(mutated copy of ``node``, description) for every classic operator that applies."""
    if isinstance(node, ast.Compare):
        for index, op in enumerate(node.ops):
            swap = _COMPARE_SWAPS.get(type(op))
            if swap is not None:
                mutated = copy.deepcopy(node)
                mutated.ops[index] = swap()
                yield mutated, f"{_SYMBOLS[type(op)]} -> {_SYMBOLS[swap]}"
    elif isinstance(node, ast.BoolOp):
        other = ast.Or() if isinstance(node.op, ast.And) else ast.And()
        boolop = copy.deepcopy(node)
        boolop.op = other
        yield boolop, f"{_SYMBOLS[type(node.op)]} -> {_SYMBOLS[type(other)]}"
    elif isinstance(node, ast.BinOp):
        binop = _BINOP_SWAPS.get(type(node.op))
        if binop is not None:
            arithmetic = copy.deepcopy(node)
            arithmetic.op = binop()
            yield arithmetic, f"{_SYMBOLS[type(node.op)]} -> {_SYMBOLS[binop]}"
    elif isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.Not):
        yield copy.deepcopy(node.operand), "remove not"
    elif isinstance(node, ast.Constant):
        value = node.value
        if isinstance(value, bool):
            yield ast.Constant(not value), f"{value} -> {not value}"
        elif isinstance(value, int | float):
            for number in _numbers(value):
                yield ast.Constant(number), f"{value!r} -> {number!r}"
        elif isinstance(value, str):
            new = f"XX{value}XX" if value else "XX"
            yield ast.Constant(new), f"string {_short(node, 30)} -> {new[:30]!r}"
        elif isinstance(value, bytes):
            yield ast.Constant(b"XX" + value + b"XX"), f"bytes {_short(node, 30)} changed"
    elif isinstance(node, ast.JoinedStr):
        joined = ast.BinOp(left=ast.Constant("XX"), op=ast.Add(), right=copy.deepcopy(node))
        yield joined, f"f-string {_short(node, 30)} -> 'XX' + ..."
    elif isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
        name = _NAME_SWAPS.get(node.func.id)
        if name is not None:
            call = copy.deepcopy(node)
            call.func = ast.Name(id=name, ctx=ast.Load())
            yield call, f"{node.func.id}() -> {name}()"


def mutants(source: str) -> list[Mutant]:
    """Every mutant of ``source``, in source order."""
    tree = ast.parse(source)
    skipped = _Skipped()
    skipped.visit(tree)
    quiet = {i + 1 for i, text in enumerate(source.splitlines()) if NO_MUTATE in text}
    found: list[Mutant] = []

    def add(node: ast.expr | ast.stmt, replacement: str, description: str) -> None:
        line, col = node.lineno, node.col_offset
        end_line, end_col = node.end_lineno, node.end_col_offset
        if line in quiet or end_line is None or end_col is None:
            return
        found.append(Mutant(line, col, end_line, end_col, replacement, description))

    def expression(node: ast.expr, mutated: ast.AST, description: str) -> None:
        add(node, f"({ast.unparse(mutated)})", description)

    def negate(test: ast.expr, what: str) -> None:
        if id(test) not in skipped.ids:
            expression(test, ast.UnaryOp(op=ast.Not(), operand=test), f"negate {what} condition")

    for node in ast.walk(tree):
        if id(node) in skipped.ids:
            continue
        if isinstance(node, ast.expr):
            for mutated, description in _node_mutations(node):
                expression(node, mutated, description)
        if isinstance(node, ast.If | ast.While):
            negate(node.test, "if" if isinstance(node, ast.If) else "while")
        elif isinstance(node, ast.IfExp):
            negate(node.test, "conditional expression")
        elif isinstance(node, ast.comprehension):
            for test in node.ifs:
                negate(test, "comprehension")
        elif isinstance(node, ast.Return) and node.value is not None:
            value = node.value
            if not (isinstance(value, ast.Constant) and value.value is None):
                add(node, "return None", f"return {_short(value, 30)} -> return None")
        elif isinstance(node, ast.Expr) and isinstance(
            node.value, ast.Call | ast.Yield | ast.YieldFrom | ast.Await
        ):
            add(node, "pass", f"remove statement {_short(node.value, 40)}")
        elif isinstance(node, ast.Break):
            add(node, "continue", "break -> continue")
        elif isinstance(node, ast.Continue):
            add(node, "break", "continue -> break")
        elif isinstance(node, ast.AugAssign):
            binop = _BINOP_SWAPS.get(type(node.op))
            if binop is not None:
                mutated = copy.deepcopy(node)
                mutated.op = binop()
                description = f"{_SYMBOLS[type(node.op)]}= -> {_SYMBOLS[binop]}="
                add(node, ast.unparse(mutated), description)
    found.sort(key=lambda m: (m.line, m.col, m.description))
    return found

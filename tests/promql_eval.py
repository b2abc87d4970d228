"""A small instant-query PromQL evaluator over a fixed set of series, for testing what an alert
expression does (not only that it parses). It covers the subset the platform's rules use:
selectors with = and =~ matchers, max/min/sum without grouping, comparisons (filtering),
arithmetic, `and`/`or`/`unless` with optional on(...), vector(), time(), absent() (without the
labels it copies from the selector) and parentheses.
Anything else raises, so a rule outside the subset cannot pass by accident."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

import promql_parser as pp

Labels = frozenset[tuple[str, str]]
Series = tuple[str, Mapping[str, str], float]  # name, labels, value
Vector = dict[Labels, float]

_COMPARE = {">": float.__gt__, "<": float.__lt__, ">=": float.__ge__, "<=": float.__le__, "==": float.__eq__, "!=": float.__ne__}
_ARITH = {"+": float.__add__, "-": float.__sub__, "*": float.__mul__, "/": float.__truediv__}


def evaluate(expr: str, series: Sequence[Series], now: float) -> Vector:
    """The instant vector `expr` yields at `now` over `series` (a scalar as one label-less sample)."""
    return _eval(pp.parse(expr), series, now)


def _key(labels: Labels, on: Sequence[str] | None) -> Labels:
    return labels if on is None else frozenset((k, v) for k, v in labels if k in on)


def _eval(node: object, series: Sequence[Series], now: float) -> Vector:
    if isinstance(node, pp.ParenExpr):
        return _eval(node.expr, series, now)
    if isinstance(node, pp.NumberLiteral):
        return {frozenset(): float(node.val)}
    if isinstance(node, pp.VectorSelector):
        tests = {
            "MatchOp.Equal": lambda got, want: got == want,
            "MatchOp.NotEqual": lambda got, want: got != want,
            "MatchOp.Re": lambda got, want: re.fullmatch(want, got) is not None,
            "MatchOp.NotRe": lambda got, want: re.fullmatch(want, got) is None,
        }
        matchers = [(m.name, tests[str(m.op)], m.value) for m in node.matchers.matchers]
        return {
            frozenset(labels.items()): float(value)
            for name, labels, value in series
            if name == node.name and all(test(labels.get(k, ""), v) for k, test, v in matchers)
        }
    if isinstance(node, pp.Call):
        name = node.func.name
        if name == "vector":
            (arg,) = node.args
            return {frozenset(): _eval(arg, series, now)[frozenset()]}
        if name == "time":
            return {frozenset(): float(now)}
        if name == "absent":
            (arg,) = node.args
            return {} if _eval(arg, series, now) else {frozenset(): 1.0}
        raise NotImplementedError(f"function {name}")
    if isinstance(node, pp.AggregateExpr):
        op = str(node.op)
        if node.modifier is not None:
            raise NotImplementedError(f"grouping in {node}")
        values = list(_eval(node.expr, series, now).values())
        if not values:
            return {}
        return {frozenset(): {"max": max, "min": min, "sum": sum}[op](values)}
    if isinstance(node, pp.BinaryExpr):
        return _binary(node, series, now)
    raise NotImplementedError(f"{type(node).__name__}: {node}")


def _binary(node: pp.BinaryExpr, series: Sequence[Series], now: float) -> Vector:
    op = str(node.op)
    lhs, rhs = _eval(node.lhs, series, now), _eval(node.rhs, series, now)
    on = list(node.modifier.matching.labels) if node.modifier is not None and node.modifier.matching is not None else None
    if op in ("and", "or", "unless"):
        rkeys = {_key(k, on) for k in rhs}
        if op == "and":
            return {k: v for k, v in lhs.items() if _key(k, on) in rkeys}
        if op == "unless":
            return {k: v for k, v in lhs.items() if _key(k, on) not in rkeys}
        lkeys = {_key(k, on) for k in lhs}
        return {**lhs, **{k: v for k, v in rhs.items() if _key(k, on) not in lkeys}}
    scalar_r, scalar_l = _is_scalar(node.rhs), _is_scalar(node.lhs)
    if scalar_r and scalar_l:
        (a,), (b,) = lhs.values(), rhs.values()
        return {frozenset(): float(_COMPARE[op](a, b)) if op in _COMPARE else _ARITH[op](a, b)}
    if scalar_r or scalar_l:
        (number,) = (rhs if scalar_r else lhs).values()
        vector = lhs if scalar_r else rhs
        out: Vector = {}
        for k, v in vector.items():
            a, b = (v, number) if scalar_r else (number, v)
            if op in _COMPARE:
                if _COMPARE[op](a, b):
                    out[k] = v
            else:
                out[k] = _ARITH[op](a, b)
        return out
    out = {}
    for k, v in lhs.items():
        match = [rv for rk, rv in rhs.items() if _key(rk, on) == _key(k, on)]
        if not match:
            continue
        (w,) = match
        if op in _COMPARE:
            if _COMPARE[op](v, w):
                out[k] = v
        else:
            out[k] = _ARITH[op](v, w)
    return out


def _is_scalar(node: object) -> bool:
    while isinstance(node, pp.ParenExpr):
        node = node.expr
    if isinstance(node, pp.NumberLiteral):
        return True
    if isinstance(node, pp.Call):
        return node.func.name == "time"
    if isinstance(node, pp.BinaryExpr):
        return _is_scalar(node.lhs) and _is_scalar(node.rhs)
    return False

"""Synthesis crosses into jsii only where cdk8s needs it: one create per construct and object
(so cdk8s's escape hatches and its own synthesis work on every object), and a few look-ups per
chart. Per-object or per-flow look-ups of the App (`node.root`) or of paths cost about half a
millisecond each and once made up two thirds of all round trips; this keeps them out."""

from __future__ import annotations

import collections
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from conftest import rendered
from jsii._kernel.providers import process

from dirtbike_site import cli


@contextmanager
def counted_requests() -> Iterator[collections.Counter[str]]:
    counts: collections.Counter[str] = collections.Counter()
    original = process._NodeProcess.send

    def send(self, request, response_type):  # noqa: ANN001 - jsii's own signature
        counts[type(request).__name__] += 1
        return original(self, request, response_type)

    process._NodeProcess.send = send
    try:
        yield counts
    finally:
        process._NodeProcess.send = original


@pytest.mark.parametrize("env", ["dev", "prod"])
def test_round_trips_are_creates_and_a_few_per_chart(env):
    rendered(env)  # a first render in this process has loaded the assemblies
    with counted_requests() as counts:
        tree = cli.render(env)
    objects = sum(1 for path in tree if path.endswith(".yaml"))
    creates = counts.pop("CreateRequest")
    others = sum(counts.values())
    assert objects <= creates <= 2 * objects  # the objects, their constructs, the charts, the App
    charts = counts["InvokeRequest"]  # one find_all per chart at synthesis
    assert others <= 12 * charts, dict(counts)  # today about 10: path, root, labels, namespace, find_all

"""One vocabulary for the endpoints of network flows, so FLOWS.md (drawn from the declared flows)
and the review (drawn from the rendered NetworkPolicies) call the same thing by the same name.

Both sides only agree on what the rendered objects carry, so a name comes from there:
- a group of pods is named by the first of `NAME_LABELS` its pods (or the selector picking them)
  carry, else by its workload's (or its declaration's) name. A blue-green pair is one endpoint,
  `wordpress`; CloudNativePG's operator is `cloudnative-pg`, the name its pods carry;
- an address range is named by `NETWORK_NAMES` when it is one of the ranges with a common name
  (the library's `INTERNET` is `internet`), else by its ranges as written."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from ..endpoint import EndpointInfo
from ..peer import PRIVATE_RANGES

#: The labels that name a group of pods, most specific first: CloudNativePG's own names of a
#: pooler and a cluster (an instance's `app.kubernetes.io/name` is the image's, `postgresql`),
#: then the recommended Kubernetes label and the older conventions.
NAME_LABELS = ("cnpg.io/poolerName", "cnpg.io/cluster", "app.kubernetes.io/name", "k8s-app", "app")

#: Address ranges with a common name: (cidrs, except_cidrs) -> name.
NETWORK_NAMES: Mapping[tuple[tuple[str, ...], tuple[str, ...]], str] = {
    (("0.0.0.0/0",), PRIVATE_RANGES): "internet",
    (PRIVATE_RANGES, ()): "private addresses",
    (("0.0.0.0/0",), ()): "any address",
}


@dataclass(frozen=True, order=True)
class FlowEndpoint:
    """An endpoint as the pictures and tables show it: pods of a namespace, or addresses
    (namespace '')."""

    namespace: str
    name: str

    def __str__(self) -> str:
        return f"{self.namespace}/{self.name}" if self.namespace else self.name

    @property
    def is_network(self) -> bool:
        return not self.namespace


def pod_name(labels: Mapping[str, str], fallback: str) -> str:
    """The name of the pods carrying `labels` (a pod template's, or a selector's): the first of
    NAME_LABELS they carry, else `fallback` (the workload's or the declaration's name)."""
    for key in NAME_LABELS:
        if labels.get(key):
            return labels[key]
    return fallback


def network_name(cidrs: Sequence[str], except_cidrs: Sequence[str] = ()) -> str:
    """The name of an address range: its common name, else the ranges as written."""
    key = (tuple(cidrs), tuple(except_cidrs))
    if key in NETWORK_NAMES:
        return NETWORK_NAMES[key]
    return ", ".join(cidrs) + (f" except {', '.join(except_cidrs)}" if except_cidrs else "")


def declared_endpoint(info: EndpointInfo) -> FlowEndpoint:
    """The name of a declared endpoint (FLOWS.md): pods by their selector, a range by its
    addresses, a peer whose addresses are not set yet by its declared name."""
    if info.is_network:
        return FlowEndpoint("", network_name(info.cidrs, info.except_cidrs))
    if info.namespace is None:  # pending: nothing rendered names it yet
        return FlowEndpoint("", info.name)
    return FlowEndpoint(info.namespace, pod_name(info.selector, info.name))

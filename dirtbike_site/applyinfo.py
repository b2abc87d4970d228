"""What scripts/apply.sh asks the code, so the order, the context and the owner labels have
one definition each. TARGET is an environment (`stage`) or a cluster's tree (`clusters/nonprod`).

    python -m dirtbike_site.applyinfo context TARGET    the kube context TARGET is applied to
    python -m dirtbike_site.applyinfo selector TARGET   the owner label selector (prune)
    python -m dirtbike_site.applyinfo types [TARGET]    kubectl types the project creates there, in apply order
    python -m dirtbike_site.applyinfo resources TARGET  the same kinds as group/resource, what an access
                                                        review names (the patch right apply.sh checks)
    python -m dirtbike_site.applyinfo first TARGET      the tree applied before TARGET (its cluster's), or '-'
    python -m dirtbike_site.applyinfo confirm TARGET    the word to type before applying, or '-' (no question)
    python -m dirtbike_site.applyinfo not-blocking TARGET  MISSING-INPUTS.md section title endings that
                                                        do not stop the apply, separated by '|'
    python -m dirtbike_site.applyinfo starts-pods TARGET  the kinds, as file names spell them, whose
                                                        groups are applied in a call of their own
                                                        (kinds.STARTS_PODS), separated by '|'
    python -m dirtbike_site.applyinfo all TARGET        the eight above, one per line (one start-up)
"""

from __future__ import annotations

import sys

from dirtbike_constructs import ConfigError
from dirtbike_constructs.kinds import APPLY_ORDER, STARTS_PODS, api_resource, kubectl_type

from . import environments
from .apply_facts import CLUSTER_KINDS, CLUSTER_ONLY_KINDS, CLUSTERS_TREE, NOT_BLOCKING, cluster_owner_labels, owner_labels

#: Environments whose apply asks for their name to be typed (and so does their cluster's).
PROTECTED = ("prod",)


def _cluster_of(target: str) -> str | None:
    """The cluster name when TARGET is `clusters/<name>` (validated), else None."""
    prefix = f"{CLUSTERS_TREE}/"
    if not target.startswith(prefix):
        return None
    return environments.get_cluster(target[len(prefix) :]).name


def answer(question: str, target: str | None) -> str:
    cluster = _cluster_of(target) if target else None
    if question in ("types", "resources"):
        kinds = [k for group in APPLY_ORDER for k in group]
        if cluster is not None:
            kinds = [k for k in kinds if k in CLUSTER_KINDS]
        elif target is not None:
            kinds = [k for k in kinds if k not in CLUSTER_ONLY_KINDS]
        name = kubectl_type if question == "types" else api_resource
        return ",".join(name(kind) for kind in kinds)
    assert target is not None
    if question == "not-blocking":
        return "|".join(NOT_BLOCKING)
    if question == "starts-pods":
        return "|".join(sorted(kind.lower() for kind in STARTS_PODS))
    if cluster is not None:
        hosted = [e.name for e in environments.on_cluster(cluster)]
        return {
            "context": environments.get_cluster(cluster).kube_context,
            "selector": ",".join(f"{k}={v}" for k, v in cluster_owner_labels(cluster).items()),
            "first": "-",
            "confirm": next((name for name in PROTECTED if name in hosted), "-"),
        }[question]
    env = environments.get(target)
    return {
        "context": env.kube_context,
        "selector": ",".join(f"{k}={v}" for k, v in owner_labels(env.name).items()),
        "first": f"{CLUSTERS_TREE}/{env.cluster}",
        "confirm": env.name if env.name in PROTECTED else "-",
    }[question]


def main(argv: list[str]) -> int:
    questions = ("context", "selector", "types", "first", "confirm", "not-blocking", "resources", "starts-pods")
    try:
        if argv[:1] == ["all"] and len(argv) == 2:
            for question in questions:
                print(answer(question, argv[1]))
        elif argv[:1] == ["types"] and len(argv) in (1, 2):
            print(answer("types", argv[1] if len(argv) == 2 else None))
        elif argv[:1] and argv[0] in questions and len(argv) == 2:
            print(answer(argv[0], argv[1]))
        else:
            print(__doc__, file=sys.stderr)
            return 2
    except ConfigError as error:
        print(error, file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

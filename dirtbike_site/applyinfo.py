"""What scripts/apply.sh asks the code, so the order, the context and the owner labels have
one definition each.

    python -m dirtbike_site.applyinfo context ENV    the kube context ENV is applied to
    python -m dirtbike_site.applyinfo selector ENV   the owner label selector (prune)
    python -m dirtbike_site.applyinfo types          kubectl types the project creates, in apply order
    python -m dirtbike_site.applyinfo all ENV        the three above, one per line (one start-up)
"""

from __future__ import annotations

import sys

from dirtbike_constructs import ConfigError
from dirtbike_constructs.synth import APPLY_ORDER, kubectl_type

from . import environments
from .cli import owner_labels


def main(argv: list[str]) -> int:
    try:
        if argv[:1] == ["all"] and len(argv) == 2:
            for question in (["context", argv[1]], ["selector", argv[1]], ["types"]):
                if main(question):
                    return 2
        elif argv[:1] == ["types"] and len(argv) == 1:
            print(",".join(kubectl_type(kind) for group in APPLY_ORDER for kind in group))
        elif argv[:1] == ["context"] and len(argv) == 2:
            print(environments.get(argv[1]).kube_context)
        elif argv[:1] == ["selector"] and len(argv) == 2:
            environments.get(argv[1])
            print(",".join(f"{k}={v}" for k, v in owner_labels(argv[1]).items()))
        else:
            print(__doc__, file=sys.stderr)
            return 2
    except ConfigError as error:
        print(error, file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

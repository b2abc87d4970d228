"""Synthesize the platform: every environment into dist/<env>/ (see dirtbike_site/cli.py)."""

import os

# jsii prints a large end-of-life banner for Node 20 on every run; the project supports Node 20.
os.environ.setdefault("JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION", "20")

from dirtbike_site.cli import main  # noqa: E402

if __name__ == "__main__":
    raise SystemExit(main())

"""The dirtbike community site, composed from dirtbike_constructs: environments -> charts -> dist/."""

import os

# jsii prints a large end-of-life banner for Node 20 on every start; the project supports Node 20.
os.environ.setdefault("JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION", "20")

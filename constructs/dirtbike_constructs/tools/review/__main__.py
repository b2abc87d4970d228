"""`python -m dirtbike_constructs.tools.review`: the same as `dirtbike-review`."""

from . import main

raise SystemExit(main())

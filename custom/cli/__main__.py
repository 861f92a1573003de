"""`python -m dixa_async.cli`: the same as the `dixa-async` console script."""

import sys

from . import main

sys.exit(main())

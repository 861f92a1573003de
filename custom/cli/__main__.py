"""`python -m dixa_async.custom.cli`: the same as the `dixa-async` console script."""

import sys

from . import main

sys.exit(main())

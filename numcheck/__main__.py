"""`python -m numcheck`: the command line, as the `numcheck` script runs it.

Limits: none of its own; `numcheck.lint.cli` does the work.
"""

import sys

from numcheck.lint.cli import main

sys.exit(main())

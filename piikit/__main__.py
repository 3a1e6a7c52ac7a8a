"""`python -m piikit`: the `piikit` command, for when its script is not on PATH."""

import sys

from piikit.cli import main

if __name__ == "__main__":
    sys.exit(main())

"""Entry point for ``python -m archiver``."""

import sys

from archiver.launch import main

if __name__ == "__main__":  # worker processes (spawn) import this module too
    sys.exit(main())

#!/usr/bin/env python3
"""The Flatpak's `archiver` command: the CLI, or the desktop app when no command is given."""

import sys

from archiver.launch import main

if __name__ == "__main__":
    sys.exit(main())

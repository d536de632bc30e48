"""Bundle entry point: the CLI, which opens the desktop app when no command is given."""

import multiprocessing
import sys

from archiver.launch import main

if __name__ == "__main__":
    multiprocessing.freeze_support()  # worker processes of a frozen app start through here
    sys.exit(main())

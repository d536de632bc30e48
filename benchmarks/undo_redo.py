"""Undo and redo of an archive's latest import by the CLI, each in a process of its own: wall
time, CPU of the process tree and the summed peak memory of all its processes (issue #14).

    python benchmarks/undo_redo.py --archive DIR [--rounds N]

The archive is changed (undone, then redone: as it was, but for the index's segments); build
one with ``scale_corpus.py --documents 20000 --keep DIR`` or an ``archiver import`` of a large
folder, and copy it first to keep it. ``PYTHONPATH`` chooses the code measured.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from scale_corpus import archiver_command, timed_run


def main() -> None:
    """Undo, then redo, ``--rounds`` times; one JSON line per run."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--archive", type=Path, required=True)
    parser.add_argument("--rounds", type=int, default=1)
    args = parser.parse_args()
    env = dict(os.environ)
    for _ in range(args.rounds):
        for command in ("undo", "redo"):
            run = timed_run(archiver_command(args.archive, command), env=env)
            said = bytes(run.pop("stdout")).decode().strip().splitlines()  # type: ignore[call-overload]
            print(json.dumps({"command": command, **run, "said": said[:1]}), flush=True)


if __name__ == "__main__":
    main()

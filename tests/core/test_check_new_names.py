"""check beside an open writer that added participants: their names, which the stemmer keeps
whole, are taken into the index at the next open for writing; until then that is no damage
(real processes: the writer holds the archive while `archiver check` reads it)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from archiver.cli import main
from archiver.core.archive import Archive

# Opens the archive named first for writing, adds a person called by the second argument,
# writes the marker file and holds the archive until the stop file appears.
WRITER = """
import sys, time
from pathlib import Path
from archiver.core.archive import Archive

root, name, marker, stop = sys.argv[1:]
with Archive.open(root, role="app") as archive:
    archive.annotations.participants.add(name, "person")
    Path(marker).write_text("added")
    while not Path(stop).exists():
        time.sleep(0.05)
"""


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    """Exit code, stdout and stderr of ``archiver ARGS``."""
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def root(tmp_path: Path) -> Path:
    """A closed archive of one Arabic article naming a minister."""
    source = tmp_path / "src" / "minister.txt"
    source.parent.mkdir()
    source.write_text("وزير يتعهد\n\nقال وزير الخارجية يوسف رجي إن لبنان سيتلقى الدعم.\n",
                      encoding="utf-8")  # fmt: skip
    with Archive.open(tmp_path / "a") as archive:
        archive.import_paths([source])
    return tmp_path / "a"


def start_writer(root: Path, name: str, tmp_path: Path) -> tuple[subprocess.Popen[bytes], Path]:
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(sys.path))
    marker, stop = tmp_path / "marker", tmp_path / "stop"
    args = [sys.executable, "-c", WRITER, str(root), name, str(marker), str(stop)]
    proc = subprocess.Popen(args, env=env)
    deadline = time.monotonic() + 60
    while not marker.exists():
        assert proc.poll() is None, "the writer ended early"
        assert time.monotonic() < deadline, "the writer did not add the participant"
        time.sleep(0.05)
    return proc, stop


def test_names_the_open_writer_added_are_not_damage(root: Path, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    proc, stop = start_writer(root, "يوسف رجي", tmp_path)
    try:
        code, out, err = run(capsys, "--archive", str(root), "check", "--json")
        shown = json.loads(out)
        assert code == 0, (shown, err)
        assert shown["consistent"] is True and shown["problems"] == []
        assert shown["index_awaits_names"] is True and shown["import_in_progress"] is None
        code, out, _err = run(capsys, "--archive", str(root), "check")
        assert code == 0 and "consistent" in out and "problem" not in out
        assert f"(pid {proc.pid}) added participants' names" in out and "not damage" in out
    finally:
        stop.write_text("stop")
        proc.wait(30)
    code, out, _err = run(capsys, "--archive", str(root), "check", "--json")  # opens for writing
    shown = json.loads(out)
    assert code == 0 and shown["consistent"] is True
    assert shown["index_awaits_names"] is False  # re-analysed when it opened
    code, out, _err = run(capsys, "--archive", str(root), "search", "رجي")
    assert code == 0 and "#1" in out


def test_an_index_from_another_program_version_is_still_stale(
    root: Path, tmp_path: Path, capsys
) -> None:  # type: ignore[no-untyped-def]
    stamp = root / "index" / "archiver-index.json"
    written = json.loads(stamp.read_text(encoding="utf-8"))
    stamp.write_text(json.dumps({**written, "base": "s1.a1.0000000000"}), encoding="utf-8")
    proc, stop = start_writer(root, "يوسف رجي", tmp_path)  # the writer leaves the stamp as is
    try:
        code, out, _err = run(capsys, "--archive", str(root), "check")
        assert code == 1 and "problem: search index missing, stale or damaged" in out
        assert "added participants' names" not in out
    finally:
        stop.write_text("stop")
        proc.wait(30)

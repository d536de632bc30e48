"""A write refused by another writer says who holds the archive and what to do, and what it
suggests works: reading commands run beside the app's window or another archiver command."""

from __future__ import annotations

import json
import os
from pathlib import Path

from archiver.cli import parse
from archiver.cli.common import open_for_writing
from archiver.services.operations import ArchiveSession
from archiver.services.tasks import Lanes

TEXT = "اجتماع في باريس\n\nقالت فرنسا إنها مستعدة للمساعدة في مراقبة وقف إطلاق النار."
READS = (("search", "فرنسا", "--json"), ("show", "{doc}"), ("export", "documents"),
         ("history",), ("tags", "list"))  # fmt: skip


def reads_work(run, doc: int) -> None:  # type: ignore[no-untyped-def]
    """Every reading command the advice names runs (exit 0) while the archive is held."""
    for command in READS:
        code, _, err = run(*(a.format(doc=doc) for a in command))
        assert code == 0, (command, err)


def test_beside_the_app_a_write_says_close_the_window_or_make_the_change_there(
    qapp, run, doc: int, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """The desktop app's session holds the archive: the refusal names its window."""
    lanes = Lanes()
    session = ArchiveSession(tmp_path / "archive", lanes, import_workers=1)
    try:
        code, _, err = run("delete", str(doc))
        assert code == 3
        assert err.strip() == (
            f"archiver: the archive is open for writing by pid {os.getpid()} (the Archiver "
            "window): close the Archiver window or make the change there; commands that only "
            "read still work (search, show, export, history, … list)"
        )
        reads_work(run, doc)
    finally:
        session.close()
        lanes.drain()
    assert run("delete", str(doc))[0] == 0  # the window closed: the write goes through


def test_beside_another_command_a_write_says_which_and_to_try_again(
    run, doc: int, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """An `archiver import` holds the archive: the refusal names the command."""
    args = parse(["--archive", str(tmp_path / "archive"), "import", str(tmp_path)])
    with open_for_writing(args):
        code, _, err = run("tags", "add", str(doc), "press")
        assert code == 3
        assert f"by pid {os.getpid()} (archiver import): try again when `archiver import` " \
               "has finished; commands that only read still work" in err  # fmt: skip
        reads_work(run, doc)
    code, out, _ = run("tags", "list", "--json")
    assert code == 0 and "press" not in json.dumps(json.loads(out))

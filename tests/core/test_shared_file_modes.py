"""A bundle or a REFI-QDA project is written whole through a temporary file, yet ends with the
mode any new file of the user gets (0666 less the umask), like a CSV export: a colleague it is
handed to can read it."""

from __future__ import annotations

import os
import stat

from archiver.core.bundle.transfer import export as export_bundle
from archiver.core.exchange.qdpx.export import export_qdpx


def test_bundles_and_projects_get_a_new_file_s_mode(archive, write, tmp_path) -> None:
    archive.import_paths([write("talks.txt", "محادثات في لندن\n\nاجتمع الوزراء في لندن.")])
    old = os.umask(0o022)
    try:
        export_bundle(archive, tmp_path / "work.zip")
        export_qdpx(archive, tmp_path / "work.qdpx")
        (tmp_path / "plain.csv").write_bytes(b"a,b\n")  # what a saved export gets
    finally:
        os.umask(old)
    modes = {p: stat.S_IMODE((tmp_path / p).stat().st_mode)
             for p in ("work.zip", "work.qdpx", "plain.csv")}  # fmt: skip
    assert modes == {"work.zip": 0o644, "work.qdpx": 0o644, "plain.csv": 0o644}

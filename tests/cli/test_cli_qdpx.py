"""``archiver export qdpx -o FILE`` and ``archiver import FILE.qdpx``."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

from cli_runner import run

QUALCODER = Path(__file__).resolve().parents[1] / "fixtures" / "qdpx" / "qualcoder-export.qdpx"


def test_import_a_project_then_export_it(capsys, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    archive = str(tmp_path / "a")
    code, out, err = run(capsys, "--archive", archive, "import", str(QUALCODER), "--json")
    assert code == 0, err
    report = json.loads(out)
    assert len(report["documents_added"]) == 2 and report["counts"]["coded quotes"] == 6
    assert report["counts"]["memos"] == 2
    target = tmp_path / "out.qdpx"
    code, out, err = run(capsys, "--archive", archive, "export", "qdpx", "-o", str(target))
    assert code == 0, err
    assert "2 documents, 6 coded selections" in out and zipfile.is_zipfile(target)
    code, out, _ = run(capsys, "--archive", str(tmp_path / "b"), "import", str(target))
    assert code == 0 and "2 documents added" in out and "coded quotes: 6" in out


def test_refusals_are_clear(capsys, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    archive = str(tmp_path / "a")
    bad = tmp_path / "bad.qdpx"
    bad.write_bytes(b"junk")
    code, _out, err = run(capsys, "--archive", archive, "import", str(bad))
    assert code != 0 and "project refused" in err and "nothing was stored" in err
    assert "Traceback" not in err
    code, _out, err = run(capsys, "--archive", archive, "import", str(QUALCODER), str(bad) + ".txt")
    assert code != 0 and "alone" in err
    code, _out, err = run(capsys, "--archive", archive, "export", "qdpx")
    assert code != 0 and "-o FILE.qdpx" in err
    code, _out, err = run(capsys, "--archive", archive, "export", "qdpx", "--collection", "x",
                          "-o", str(tmp_path / "x.qdpx"))  # fmt: skip
    assert code != 0 and "collection" in err and not (tmp_path / "x.qdpx").exists()


def test_export_one_collection(capsys, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    archive = str(tmp_path / "a")
    code, out, err = run(capsys, "--archive", archive, "import", str(QUALCODER), "--json")
    first = json.loads(out)["documents_added"][0]
    assert run(capsys, "--archive", archive, "collections", "add", "Ukraine/aid")[0] == 0
    assert run(capsys, "--archive", archive, "collections", "put", "aid", str(first))[0] == 0
    target = tmp_path / "aid.qdpx"
    code, out, err = run(capsys, "--archive", archive, "export", "qdpx", "--collection",
                         "Ukraine", "-o", str(target), "--json")  # fmt: skip
    assert code == 0, err
    assert json.loads(out)["counts"]["documents"] == 1
    assert json.loads(out)["counts"]["selections"] == 3

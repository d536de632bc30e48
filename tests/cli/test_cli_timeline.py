"""``archiver export timeline``: SVG and PNG, the filters, and what other exports refuse."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

TEXT = (
    "تعهدت فرنسا بإرسال صواريخ إلى أوكرانيا قبل نهاية العام.\n"
    "وأعلنت السويد أنها تدرس المشاركة في مراقبة وقف إطلاق النار.\n"
)


@pytest.fixture
def coded(run, doc: int) -> int:
    """The article with two commitments: France pledged (with a target date), Sweden offered."""
    for actor, status, words, extra in (
        ("France", "pledged", "بإرسال صواريخ", ("--target-date", "2025-12-31")),
        ("Sweden", "offered", "المشاركة في مراقبة", ("--date", "2025-08-01")),
    ):
        code, _, err = run("commitments", "add", str(doc), "--actor", actor, "--recipient",
                           "Ukraine", "--status", status, "--category", "military", "--what",
                           words, "--quote-text", words, *extra)  # fmt: skip
        assert code == 0, err
    return doc


def marks_of(path: Path) -> list[str]:
    root = ET.fromstring(path.read_text("utf-8"))
    return sorted(g.get("id", "") for g in root.iter("{http://www.w3.org/2000/svg}g"))


def test_svg_of_every_source_actor_and_of_one(run, coded: int, tmp_path: Path):
    out = tmp_path / "t.svg"
    assert run("export", "timeline", "-o", str(out))[0] == 0
    assert marks_of(out) == ["c1-r0", "c2-r1"]  # France, Sweden; Ukraine is no source
    assert "2025-12" in out.read_text("utf-8")
    code, _, err = run("export", "timeline", "--actor", "السويد", "-o", str(out))
    assert code == 0, err
    assert marks_of(out) == ["c2-r0"] and "Commitments over time — Sweden" in out.read_text("utf-8")
    assert run("export", "timeline", "--status", "pledged", "-o", str(out))[0] == 0
    assert marks_of(out) == ["c1-r0"]
    code, svg_out, _ = run("export", "timeline")  # to standard output
    assert code == 0 and svg_out.startswith("<svg")


def test_png(run, coded: int, tmp_path: Path, qapp):  # qapp: the renderer needs a Qt application
    from PySide6.QtGui import QImage

    out = tmp_path / "t.png"
    code, _, err = run("export", "timeline", "--format", "png", "--width", "800", "-o", str(out))
    assert code == 0, err
    image = QImage(str(out))
    assert image.width() == 1600 and image.height() > 200  # drawn at twice its size
    assert not (tmp_path / "t.png.part").exists()


def test_wrong_options_are_refused_with_the_reason(run, coded: int, tmp_path: Path):
    out = str(tmp_path / "x")
    for argv, words in (
        (("export", "timeline", "--format", "csv", "-o", out), "svg or png, not csv"),
        (("export", "commitments", "--format", "png", "-o", out), "csv or json, not png"),
        (("export", "commitments", "--actor", "France", "-o", out), "--actor: options of the timeline"),
        (("export", "documents", "--all", "-o", out), "--all is an option of the participants"),
        (("export", "timeline", "--actor", "Atlantis", "-o", out), "Atlantis"),
        (("export", "timeline", "--from", "2025-13", "-o", out), "from date"),
        (("export", "timeline", "--width", "10", "-o", out), "--width"),
    ):  # fmt: skip
        code, _, err = run(*argv)
        assert code == 1 and words in err and "Traceback" not in err, (argv, err)
    assert not Path(out).exists()

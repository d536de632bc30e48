"""The bundle and conflicts commands, and the two-laptop scenario through real bundle files."""

from __future__ import annotations

import hashlib
import json
import zipfile
from pathlib import Path
from typing import Any

import pytest

from archiver.cli import main
from archiver.core.archive import Archive

TEXTS = {
    "talks.txt": "أعلنت فرنسا وأستراليا والدنمارك والسويد استعدادها للمساعدة في مراقبة وقف "
    "إطلاق النار في لندن يوم الخميس.",
    "defence.txt": "Ministers from thirty countries met in London. France and Sweden offered to "
    "help monitor a ceasefire, while the United States paused deliveries of missiles.",
    "summit.txt": "قمة جديدة لتحالف الداعمين تبحث ضمانات أمن أوكرانيا، ووعدت بريطانيا بإرسال "
    "مدربين عسكريين إلى كييف خلال الشهر المقبل.",
    "report.txt": "The report was prepared for the Kyiv Security Forum; Poland and Finland "
    "expressed interest in a peacekeeping force without a formal commitment.",
}


class Laptop:
    """One copy of the archive, used through the command line by one person."""

    def __init__(self, root: Path, user: str, capsys: Any, monkeypatch: Any) -> None:
        self.root, self.user = root, user
        self.capsys, self.monkeypatch = capsys, monkeypatch

    def run(self, *argv: str) -> tuple[int, str, str]:
        """``archiver --archive ROOT ARGV`` as this user: exit code, stdout, stderr."""
        self.monkeypatch.setenv("ARCHIVER_USER", self.user)
        code = main(["--archive", str(self.root), *argv])
        out, err = self.capsys.readouterr()
        return code, out, err

    def json(self, *argv: str) -> Any:
        """The JSON a command prints (it must succeed)."""
        code, out, err = self.run(*argv, "--json")
        assert code == 0, err
        return json.loads(out)

    def import_texts(self, folder: Path, *names: str) -> list[int]:
        """Import these TEXTS; their ids."""
        paths = []
        for name in names:
            (folder / name).write_text(TEXTS[name], encoding="utf-8")
            paths.append(str(folder / name))
        return [d["id"] for d in self.json("import", *paths)["imported"]]

    def commit(self, doc: int, actor: str, quote: str, what: str) -> None:
        """Record a commitment quoting ``quote``."""
        self.json("commitments", "add", str(doc), "--actor", actor, "--status", "offered",
                  "--category", "monitoring", "--what", what, "--quote-text", quote)  # fmt: skip

    def snapshot(self) -> dict[str, str]:
        """SHA-256 of the database and of every file under originals/ (what must not change)."""
        files = [self.root / "archive.sqlite3", *sorted((self.root / "originals").rglob("*"))]
        return {str(p.relative_to(self.root)): hashlib.sha256(p.read_bytes()).hexdigest()
                for p in files if p.is_file()}  # fmt: skip


@pytest.fixture
def laptops(tmp_path: Path, capsys: Any, monkeypatch: Any) -> tuple[Laptop, Laptop]:
    """Two copies: A (Amal's laptop) and B (Bashir's), B empty."""
    (tmp_path / "in").mkdir()
    return (Laptop(tmp_path / "A", "amal", capsys, monkeypatch),
            Laptop(tmp_path / "B", "bashir", capsys, monkeypatch))  # fmt: skip


def _participants(laptop: Laptop) -> dict[str, Any]:
    return {p["name"]: p for p in laptop.json("participants", "list")}


def _titles(laptop: Laptop) -> list[str]:
    code, out, err = laptop.run("export", "documents", "--format", "json")
    assert code == 0, err
    data = json.loads(out)
    return sorted(d["title"] for d in (data if isinstance(data, list) else data["documents"]))


def _commitments(laptop: Laptop) -> list[str]:
    rows = laptop.json("commitments", "list")
    return sorted(r["what"] for r in (rows if isinstance(rows, list) else rows["commitments"]))


def test_two_laptops_code_apart_and_merge_through_bundles(
    laptops: tuple[Laptop, Laptop], tmp_path: Path
) -> None:
    a, b = laptops
    folder = tmp_path / "in"
    talks, defence = a.import_texts(folder, "talks.txt", "defence.txt")
    a.json("participants", "add", "Coalition of the Willing", "--kind", "coalition")
    a.commit(
        talks, "France", "استعدادها للمساعدة في مراقبة وقف إطلاق النار", "monitor the ceasefire"
    )
    first = a.json("bundle", "export", str(tmp_path / "a1.zip"))
    assert first["counts"]["documents"] == 2
    report = b.json("bundle", "import", str(tmp_path / "a1.zip"))
    assert len(report["documents_added"]) == 2 and report["conflicts"] == []
    assert _commitments(b) == ["monitor the ceasefire"]

    # Apart: A codes more and adds a participant; B imports more documents and codes them;
    # both rename the coalition, differently.
    a.commit(defence, "Sweden", "France and Sweden offered to help monitor a ceasefire",
             "help monitor")  # fmt: skip
    a.json("participants", "add", "Kyiv Security Forum", "--kind", "organisation")
    a.json("participants", "rename", "Coalition of the Willing", "Coalition of the willing (UK)")
    _summit, report_doc = b.import_texts(folder, "summit.txt", "report.txt")
    b.commit(report_doc, "Poland", "Poland and Finland expressed interest in a peacekeeping force",
             "peacekeeping interest")  # fmt: skip
    b.json("participants", "rename", "Coalition of the Willing", "Willing coalition")

    b.json("bundle", "export", str(tmp_path / "b.zip"))
    merged = a.json("bundle", "import", str(tmp_path / "b.zip"))
    assert len(merged["documents_added"]) == 2
    renames = [c for c in merged["conflicts"] if c["table"] == "participant"]
    assert len(renames) == 1, merged["conflicts"]
    assert {renames[0]["local"], renames[0]["remote"]} == {"Coalition of the willing (UK)",
                                                           "Willing coalition"}  # fmt: skip
    assert renames[0]["remote_author"] == "bashir"
    assert len(_titles(a)) == len(set(_titles(a))) == 4  # every document once
    assert _commitments(a) == sorted(["monitor the ceasefire", "help monitor",
                                      "peacekeeping interest"])  # fmt: skip
    listed = a.json("conflicts", "list")
    assert [c["id"] for c in listed] == [renames[0]["id"]]
    check = a.json("check")
    assert check["consistent"], check

    before = a.snapshot()
    again = a.json("bundle", "import", str(tmp_path / "b.zip"))
    assert again["changes_applied"] == 0 and again["conflicts"] == []
    assert again["documents_added"] == []
    assert a.snapshot() == before
    assert a.json("conflicts", "list") == listed
    assert _commitments(a) == sorted(["monitor the ceasefire", "help monitor",
                                      "peacekeeping interest"])  # fmt: skip

    # A's bundle back to B: the participant made on A arrives there, every document once.
    a.json("bundle", "export", str(tmp_path / "a2.zip"))
    back = b.json("bundle", "import", str(tmp_path / "a2.zip"))
    assert "Kyiv Security Forum" in _participants(b)
    assert len(back["documents_added"]) == 0 and len(back["documents_matched"]) == 4
    assert _commitments(b) == _commitments(a)
    assert b.json("check")["consistent"]
    assert _titles(b) == _titles(a)


def _hostile_bundles(tmp_path: Path, good: Path) -> dict[str, Path]:
    """A traversal bundle and a zip bomb, each otherwise a real bundle."""
    with zipfile.ZipFile(good) as zf:
        entries = {i.filename: zf.read(i) for i in zf.infolist()}
    traversal = tmp_path / "traversal.zip"
    with zipfile.ZipFile(traversal, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in entries.items():
            zf.writestr(name, data)
        zf.writestr("../../outside.txt", b"escaped")
    zeros = bytes(16 << 20)  # deflates to about 16 KB
    manifest = json.loads(entries["manifest.json"])
    name = "originals/" + hashlib.sha256(zeros).hexdigest()
    manifest["entries"][name] = {"sha256": name.removeprefix("originals/"), "size": len(zeros)}
    bomb = tmp_path / "bomb.zip"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as zf:
        for entry, data in entries.items():
            zf.writestr(entry, json.dumps(manifest) if entry == "manifest.json" else data)
        zf.writestr(name, zeros)
    return {"traversal": traversal, "bomb": bomb}


def test_hostile_bundles_are_refused_and_write_nothing(
    laptops: tuple[Laptop, Laptop], tmp_path: Path
) -> None:
    a, b = laptops
    a.import_texts(tmp_path / "in", "talks.txt")
    a.json("bundle", "export", str(tmp_path / "good.zip"))
    b.import_texts(tmp_path / "in", "report.txt")
    for kind, path in _hostile_bundles(tmp_path, tmp_path / "good.zip").items():
        before = b.snapshot()
        listing = sorted(str(p) for p in b.root.rglob("*"))
        code, out, err = b.run("bundle", "import", str(path), "--json")
        assert code == 1, (kind, out, err)
        assert "bundle refused" in err and "nothing was written" in err
        assert ("climbs out" in err) if kind == "traversal" else ("zip bomb" in err)
        assert b.snapshot() == before, kind
        assert sorted(str(p) for p in b.root.rglob("*")) == listing, kind
        assert not (tmp_path / "outside.txt").exists()
        code, _out, err = b.run("bundle", "inspect", str(path))
        assert code == 1 and "bundle refused" in err
    assert b.json("check")["consistent"]


def test_the_same_bundle_twice_changes_nothing(
    laptops: tuple[Laptop, Laptop], tmp_path: Path
) -> None:
    a, b = laptops
    talks, _ = a.import_texts(tmp_path / "in", "talks.txt", "defence.txt")
    a.commit(talks, "France", "استعدادها للمساعدة في مراقبة وقف إطلاق النار", "monitor")
    a.json("bundle", "export", str(tmp_path / "a.zip"))
    b.json("bundle", "import", str(tmp_path / "a.zip"))
    before = b.snapshot()
    history = b.json("history")
    again = b.json("bundle", "import", str(tmp_path / "a.zip"))
    assert again["changes_applied"] == 0 and again["documents_added"] == []
    assert b.json("history") == history
    assert b.snapshot() == before


def test_inspect_describes_without_opening_an_archive(
    laptops: tuple[Laptop, Laptop], tmp_path: Path
) -> None:
    a, b = laptops
    a.import_texts(tmp_path / "in", "talks.txt")
    a.json("bundle", "export", str(tmp_path / "a.zip"))
    info = b.json("bundle", "inspect", str(tmp_path / "a.zip"))
    assert info["counts"]["documents"] == 1 and info["author"] == "amal"
    assert not b.root.exists()
    code, out, _ = b.run("bundle", "inspect", str(tmp_path / "a.zip"))
    assert code == 0 and "1 document," in out and "every entry checked" in out


def test_export_by_tag_and_since(laptops: tuple[Laptop, Laptop], tmp_path: Path) -> None:
    a, _b = laptops
    talks, _ = a.import_texts(tmp_path / "in", "talks.txt", "defence.txt")
    with Archive.open(a.root) as archive:
        archive.annotations.tags.add(talks, "ukraine")
    info = a.json("bundle", "export", str(tmp_path / "u.zip"), "--tag", "ukraine")
    assert info["counts"]["documents"] == 1 and info["filters"]["tags"] == ["ukraine"]
    code, _out, err = a.run("bundle", "export", str(tmp_path / "t.zip"), "--tag", "nothing")
    assert code == 1 and "no tag named 'nothing'" in err
    assert not (tmp_path / "t.zip").exists()
    info = a.json("bundle", "export", str(tmp_path / "s.zip"), "--since", "2999-01-01")
    assert info["counts"]["documents"] == 0 and info["filters"]["since"] == "2999-01-01"
    code, _out, err = a.run("bundle", "export", str(tmp_path / "c.zip"), "--collection", "x")
    assert code == 1 and "no collection named 'x'" in err and not (tmp_path / "c.zip").exists()
    with pytest.raises(SystemExit) as usage:
        a.run("bundle", "export", str(tmp_path / "x.zip"), "--since", "soon")
    assert usage.value.code == 2 and "not a date" in a.capsys.readouterr().err


def test_conflicts_resolve_is_undoable(laptops: tuple[Laptop, Laptop], tmp_path: Path) -> None:
    a, b = laptops
    a.import_texts(tmp_path / "in", "talks.txt")
    a.json("participants", "add", "Coalition of the Willing", "--kind", "coalition")
    a.json("bundle", "export", str(tmp_path / "a.zip"))
    b.json("bundle", "import", str(tmp_path / "a.zip"))
    a.json("participants", "rename", "Coalition of the Willing", "The willing")
    b.json("participants", "rename", "Coalition of the Willing", "Willing coalition")
    b.json("bundle", "export", str(tmp_path / "b.zip"))
    conflict = a.json("bundle", "import", str(tmp_path / "b.zip"))["conflicts"][0]
    code, out, _ = a.run("conflicts", "list")
    assert code == 0 and f"#{conflict['id']}" in out and "Willing coalition" in out
    resolved = a.json("conflicts", "resolve", str(conflict["id"]), "--remote")
    assert resolved["picked"] == "remote"
    assert "Willing coalition" in _participants(a)
    assert a.json("conflicts", "list") == []
    code, _out, err = a.run("conflicts", "resolve", str(conflict["id"]), "--local")
    assert code == 1 and "resolved already" in err
    a.json("undo")
    assert "The willing" in _participants(a)
    assert [c["id"] for c in a.json("conflicts", "list")] == [conflict["id"]]
    code, _out, err = a.run("conflicts", "resolve", "999", "--local")
    assert code == 1 and "no conflict 999" in err


def _write(folder: Path, name: str, text: str) -> str:
    (folder / name).write_text(text, encoding="utf-8")
    return str(folder / name)


MACRON_AR = "قال الرئيس الفرنسي إيمانويل ماكرون إن تحالف الراغبين سيجتمع في باريس."
MACRON_EN = (
    "French President Emmanuel Macron said the coalition of the willing would meet in Paris."
)


def test_one_person_tagged_in_two_scripts_is_one_after_the_bundle(
    laptops: tuple[Laptop, Laptop], tmp_path: Path
) -> None:
    a, b = laptops
    a.json("import", _write(tmp_path / "in", "ar.txt", MACRON_AR))
    a.json("tag", "1", "إيمانويل ماكرون")
    a.json("participants", "alias", "إيمانويل ماكرون", "Emmanuel Macron")
    b.json("import", _write(tmp_path / "in", "en.txt", MACRON_EN))
    b.json("tag", "1", "Emmanuel Macron")
    a.json("bundle", "export", str(tmp_path / "a.zip"))
    code, out, err = b.run("bundle", "import", str(tmp_path / "a.zip"))
    assert code == 0, err
    assert "1 participant matched" in out and "not matched" not in out
    macrons = [n for n in _participants(b) if "Macron" in n or "ماكرون" in n]
    assert macrons == ["Emmanuel Macron"]
    code, out, err = b.run("tag", "2", "Macron")
    assert code == 0, err
    assert b.json("search", "participant:Macron")["total"] == 2


def test_the_report_says_who_was_not_matched_and_which_quotes_are_coded_twice(
    laptops: tuple[Laptop, Laptop], tmp_path: Path
) -> None:
    a, b = laptops
    for laptop in (a, b):
        doc = laptop.json("import", _write(tmp_path / "in", "en.txt", MACRON_EN))["imported"]
        laptop.commit(doc[0]["id"], "France", "the coalition of the willing would meet", "meet")
    a.json("participants", "add", "Macron", "--kind", "person")
    for name in ("Emmanuel Macron", "Brigitte Macron"):
        b.json("participants", "add", name, "--kind", "person", "--alias", "Macron")
    a.json("bundle", "export", str(tmp_path / "a.zip"))
    code, out, err = b.run("bundle", "import", str(tmp_path / "a.zip"))
    assert code == 0, err
    [line] = [x for x in out.splitlines() if x.startswith("not matched:")]
    assert "'Macron'" in line and "'Emmanuel Macron'" in line and "'Brigitte Macron'" in line
    assert "review: 2 commitments share their quote with another" in out
    report = json.loads(b.run("bundle", "import", str(tmp_path / "a.zip"), "--json")[1])
    assert report["same_quote_commitments"] == 2


def test_the_report_names_a_document_that_is_likely_a_copy_of_one_held(
    laptops: tuple[Laptop, Laptop], tmp_path: Path
) -> None:
    a, b = laptops
    (held,) = b.import_texts(tmp_path / "in", "summit.txt")
    (tmp_path / "in" / "A").mkdir()
    edited = TEXTS["summit.txt"].replace("خلال الشهر المقبل", "الشهر المقبل")
    a.json("import", _write(tmp_path / "in" / "A", "summit-copy.txt", edited))
    a.json("bundle", "export", str(tmp_path / "a.zip"))
    code, out, err = b.run("bundle", "import", str(tmp_path / "a.zip"))
    assert code == 0, err
    [line] = [x for x in out.splitlines() if "likely a copy" in x]
    assert line.startswith(f"review: #{held + 1} is likely a copy of #{held} (similarity ")
    assert f"archiver delete {held + 1}" in line
    assert b.json("show", str(held + 1))["id"] == held + 1  # kept: the bundle's work may need it

"""Two copies of an archive and the way payloads travel between them (through JSON text, as a
bundle carries them; the originals read from the sending copy's folder)."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from archiver.core import originals
from archiver.core.archive import Archive
from archiver.core.sync.collect import collect
from archiver.core.sync.merge import MergeReport, merge
from archiver.core.sync.payload import Payload

TEXTS = {
    "talks.txt": "أعلنت فرنسا وأستراليا والدنمارك والسويد استعدادها للمساعدة في مراقبة وقف "
    "إطلاق النار في لندن يوم الخميس.",
    "defence.txt": "Ministers from thirty countries met in London. France and Sweden offered to "
    "help monitor a ceasefire, while the United States paused deliveries of missiles.",
    "summit.txt": "قمة جديدة لتحالف الداعمين تبحث ضمانات أمن أوكرانيا، ووعدت بريطانيا بإرسال "
    "مدربين عسكريين إلى كييف خلال الشهر المقبل.",
    "cinema.txt": "افتتح مهرجان السينما في تونس دورته الجديدة بعرض فيلم كوميدي، وحضر الحفل عدد "
    "كبير من الفنانين والنقاد.",
    "report.txt": "The report was prepared for the Kyiv Security Forum; Poland and Finland "
    "expressed interest in a peacekeeping force without a formal commitment.",
}


def originals_of(archive: Archive) -> Callable[[str], Path]:
    """original(sha256) -> a file of the sending copy's original bytes (those regenerated
    from its store written out, as a bundle carries them)."""

    def _one(sha: str) -> Path:
        path = archive.root.parent / f"{archive.root.name}-sent" / sha
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(originals.read_by_sha(archive.root, archive.db, sha))
        return path

    return _one


def payload_of(archive: Archive, **selection) -> Payload:
    """The archive's payload after a trip through JSON text."""
    return Payload.from_json(json.loads(json.dumps(collect(archive, **selection).to_json())))


def send(source: Archive, target: Archive, **selection) -> MergeReport:
    """Merge the source's payload into the target."""
    return merge(target, payload_of(source, **selection), originals_of(source))


@pytest.fixture
def texts(tmp_path: Path) -> Callable[..., list[Path]]:
    """texts(*names) -> the files of these TEXTS, written once under tmp_path/in."""

    def _write(*names: str) -> list[Path]:
        paths = []
        for name in names:
            path = tmp_path / "in" / name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(TEXTS[name], encoding="utf-8")
            paths.append(path)
        return paths

    return _write


@pytest.fixture
def two(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[Archive, Archive]]:
    """Two empty archives, A (by "amal") and B (by "bashir")."""
    monkeypatch.delenv("ARCHIVER_USER", raising=False)
    with Archive.open(tmp_path / "A", author="amal") as a, \
            Archive.open(tmp_path / "B", author="bashir") as b:  # fmt: skip
        yield a, b


def imported(archive: Archive, paths: list[Path]) -> list[int]:
    """Import these files; their ids in order."""
    return [f.id for f in archive.import_paths(paths).imported]


def state(archive: Archive) -> dict[str, object]:
    """Everything a merge could change, for comparing before and after."""
    db = archive.db
    tables = ("document", "participant", "participant_alias", "span", "mention", "commitment",
              "commitment_actor", "tag", "document_tag", "change_log", "sync_conflict",
              "uuid_alias", "annotation_log", "memo")  # fmt: skip
    return {t: [tuple(r) for r in db.execute(f"SELECT * FROM {t} ORDER BY 1, 2")] for t in tables}

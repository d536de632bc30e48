"""Fixtures of the backup tests: one annotated archive built per session, a copy per test."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from backup_samples import ANNOTATED, DOCS, annotate, write_files

from archiver.core.archive import Archive


@pytest.fixture(scope="session")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Built once: an archive of DOCS documents, ANNOTATED annotated (tests get a copy)."""
    base = tmp_path_factory.mktemp("template")
    root = base / "archive"
    with Archive.open(root) as archive:
        report = archive.import_paths(
            write_files(base / "in", DOCS), workers_count=1, keep_duplicates=True
        )
        assert len(report.imported) == DOCS
    annotate(root, ANNOTATED)
    return root


@pytest.fixture
def filled(template: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    """A closed copy of the template archive, in this test's folder."""
    root = tmp_path / "archive"
    shutil.copytree(template, root)
    (tmp_path / "in").mkdir()
    capsys.readouterr()
    return root

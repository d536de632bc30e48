"""Encrypted PDFs dropped on the window: the password is asked once and tried on every locked
file of the batch; the files it does not open are asked for again; giving up reports them."""

from __future__ import annotations

import pdf_fixtures as fx
from samples import ARTICLE_AR, ARTICLE_EN, UNRELATED_AR


def _locked(tmp_path, texts_and_passwords):  # type: ignore[no-untyped-def]
    paths = []
    for i, (text, password) in enumerate(texts_and_passwords):
        plain = fx.make_pdf(tmp_path / f"plain-{i}.pdf", text.split("\n\n"))
        paths.append(fx.encrypt_pdf(plain, tmp_path / f"locked-{i}.pdf", password))
    return paths


def _run(qtbot, window, paths):  # type: ignore[no-untyped-def]
    reports: list = []
    window.show_report = reports.append
    window.import_paths([str(p) for p in paths])
    with qtbot.waitSignal(window.import_finished, timeout=60000):
        pass
    return reports[0]


def test_one_password_opens_every_pdf_of_the_batch_it_fits(qtbot, window, tmp_path) -> None:
    paths = _locked(tmp_path, [(ARTICLE_AR, "s3cret"), (ARTICLE_EN, "s3cret"),
                               (UNRELATED_AR, "other")])  # fmt: skip
    plain = tmp_path / "note.txt"
    plain.write_text("A plain note about the harbour works.", encoding="utf-8")
    asked: list[tuple[list[str], bool]] = []
    answers = iter(["s3cret", "other"])
    window.imports.ask_password = lambda files, wrong: asked.append((files, wrong)) or next(answers)
    report = _run(qtbot, window, [*paths, plain])
    assert [(len(files), wrong) for files, wrong in asked] == [(3, False), (1, True)]
    assert asked[1][0] == [str(paths[2])]
    assert len(report.imported) == 4 and not report.failed
    assert window.session.count() == 4


def test_giving_up_reports_the_locked_files(qtbot, window, tmp_path) -> None:
    [path] = _locked(tmp_path, [(ARTICLE_AR, "s3cret")])
    window.imports.ask_password = lambda files, wrong: None
    report = _run(qtbot, window, [path])
    assert not report.imported
    [failed] = report.failed
    assert failed.needs_password and failed.reason == "encrypted; password needed"

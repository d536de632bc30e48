"""Shared test setup: Qt runs without a display, in English with its plural forms."""

import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("ARCHIVER_LANGUAGE", None)  # the developer's own choice never reaches a test


@pytest.fixture(scope="session")
def translations_dir(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    """The .qm files compiled from this checkout's .ts files (once per test process)."""
    from translations_build import compiled

    return compiled(tmp_path_factory.mktemp("translations"))


@pytest.fixture(scope="session")
def qapp(qapp, translations_dir):  # type: ignore[no-untyped-def]
    """pytest-qt's QApplication with the English interface installed (numbers as 1,234)."""
    from archiver.gui import language

    language.install(qapp, "en", translations_dir)
    return qapp


@pytest.fixture
def arabic(qapp, translations_dir):  # type: ignore[no-untyped-def]
    """The interface in Arabic (ar_EG digits) for one test, then English again."""
    from PySide6.QtCore import QLocale

    from archiver.gui import language

    before = QLocale.system().name()
    language.install(qapp, "ar", translations_dir)
    yield qapp
    language.install(qapp, "en", translations_dir)
    assert QLocale.system().name() == before

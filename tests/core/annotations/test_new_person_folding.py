"""A suggested new person, accepted: one person, the aliases folded with the name kept whole
(رجي, not رج), the suggestion gone, in this process and in any other that opens the archive;
undo and redo keep the names the analysis protects in step with the store."""

from __future__ import annotations

from archiver.core import store
from archiver.core.annotations.setup import own_names, protect_own_names
from archiver.core.archive import DB_NAME, Archive
from archiver.core.store import participants as rows
from archiver.core.text import arabic

# Our own sentence, shaped like a news report's first line.
REPORT = "قال وزير الخارجية يوسف رجي يوم الجمعة إن لبنان سيتلقى دعما من دول الخليج.\n"
NAME = "يوسف رجي"


def _new_people(archive: Archive, doc: int) -> list[str]:
    return [s.name for s in archive.annotations.mentions.suggestions(doc)
            if s.participant_id is None]  # fmt: skip


def _folded(archive: Archive, pid: int) -> dict[str, str]:
    return {r[2]: r[3] for r in rows.matcher_rows(archive.db, pid)}


def test_an_accepted_person_is_folded_with_his_name_kept_whole(archive, write) -> None:
    doc = archive.import_paths([write("r.txt", REPORT)]).imported[0].id
    assert _new_people(archive, doc) == [NAME]
    pid = archive.annotations.mentions.confirm_suggestion(doc, NAME).participants[0]
    assert _folded(archive, pid)["رجي"] == "رجي"  # the stemmer cut the ي before
    assert "رجي" in arabic.protected_words()
    assert _new_people(archive, doc) == []
    # another archive object of this process (the app's read pool) sees the same
    with Archive.open(archive.root, readonly=True) as reader:
        assert _new_people(reader, doc) == []
        assert _new_people(archive, doc) == []
        assert reader.search("participant:رجي").total == 1


def test_undo_and_redo_of_the_accept_keep_names_and_folds_in_step(archive, write) -> None:
    doc = archive.import_paths([write("r.txt", REPORT)]).imported[0].id
    archive.annotations.mentions.confirm_suggestion(doc, NAME)
    archive.annotations.journal.undo_last()
    assert "رجي" not in arabic.protected_words()
    assert _new_people(archive, doc) == [NAME]
    archive.annotations.journal.redo_last()
    pid = archive.annotations.participants.resolve(NAME).id
    assert _folded(archive, pid)["يوسف رجي"] == "يوسف رجي"
    assert _new_people(archive, doc) == []
    assert len([p for p in archive.annotations.participants.all("person") if p.name == NAME]) == 1


def test_an_archive_with_misfolded_aliases_is_refolded_at_open(tmp_path, write) -> None:
    with Archive.open(tmp_path / "a") as archive:
        doc = archive.import_paths([write("r.txt", REPORT)]).imported[0].id
        pid = archive.annotations.mentions.confirm_suggestion(doc, NAME).participants[0]
        # as an older version left it: folded before the name was protected
        archive.db.execute("UPDATE participant_alias SET folded = 'رج' WHERE alias = 'رجي'")
        archive.db.execute("UPDATE meta SET value = 'older' WHERE key = 'alias_analysis'")
        archive.db.commit()
    with Archive.open(tmp_path / "a") as archive:
        assert _new_people(archive, doc) == []
        assert _folded(archive, pid)["رجي"] == "رجي"


def test_an_office_without_a_state_finds_its_holder_in_the_other_script(archive, write) -> None:
    arabic_doc = archive.import_paths([write("r.txt", REPORT)]).imported[0].id
    pid = archive.annotations.mentions.confirm_suggestion(arabic_doc, NAME).participants[0]
    english = "Foreign Minister Youssef Rajji said on Friday that aid would come soon.\n"
    doc = archive.import_paths([write("e.txt", english)]).imported[0].id
    found = {s.name: s.participant_id for s in archive.annotations.mentions.suggestions(doc)}
    assert found.get(NAME) == pid, found  # not a second, English-named minister


def test_a_reader_that_read_before_the_writer_commit_leaves_the_new_name_protected(
    archive, write
) -> None:
    # The app's read pool opens an archive of its own per thread: one that read the store
    # just before the writer committed a new person must not take his name's protection away
    # from the whole process (the suggestion came back as a new person, رجي read as رج).
    doc = archive.import_paths([write("r.txt", REPORT)]).imported[0].id
    late = store.connect(archive.root / DB_NAME, readonly=True, writer=True)
    with store.snapshot(late):
        own_names(late)  # its reads began before the commit
        archive.annotations.mentions.confirm_suggestion(doc, NAME)
        assert "رجي" in arabic.protected_words()
        assert not protect_own_names(late, writer=False)  # what it read is older
    assert "رجي" in arabic.protected_words()
    assert arabic.analysis_of("رجي") == ("رجي", "رجي", ())
    assert _new_people(archive, doc) == []
    late.close()


def test_once_the_writer_closes_a_reader_sets_the_names_again(tmp_path, write) -> None:
    with Archive.open(tmp_path / "a") as archive:
        doc = archive.import_paths([write("r.txt", REPORT)]).imported[0].id
        archive.annotations.mentions.confirm_suggestion(doc, NAME)
    arabic.set_archive_names([])  # as another archive of this process would
    with Archive.open(tmp_path / "a", readonly=True) as reader:
        assert "رجي" in arabic.protected_words()
        assert _new_people(reader, doc) == []

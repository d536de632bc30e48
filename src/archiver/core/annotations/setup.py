"""First use of an archive's annotations: the starter gazetteer, and aliases re-analysed.

Neither is a user's change, so neither is journaled.
"""

from __future__ import annotations

import sqlite3

from archiver.core import store
from archiver.core.annotations.gazetteer import (
    alias_terms,
    is_case_sensitive,
    language_of,
    load_gazetteer,
)
from archiver.core.store import participants as rows
from archiver.core.text import arabic


class Setup:
    """Seeds the gazetteer once and refreshes alias forms after an analysis change."""

    def __init__(self, db: sqlite3.Connection, *, readonly: bool) -> None:
        self.db = db
        self.readonly = readonly
        self._ready = False

    def ensure_ready(self) -> None:
        """Seed the starter gazetteer once and refresh alias forms after an analysis change."""
        if self._ready:
            return
        if not self.readonly:
            if store.get_meta(self.db, "gazetteer_seeded") is None:
                self._seed()
            elif store.get_meta(self.db, "alias_analysis") != analysis_stamp():
                self._refold()
        self._ready = True

    def _seed(self) -> None:
        at = store.now()
        with store.transaction(self.db):
            for p in load_gazetteer()["participants"]:
                values = {"name": p["name"], "name_ar": p.get("name_ar") or "", "kind": p["kind"],
                          "name_en": p.get("name_en") or p["name"],
                          "iso": p.get("iso"), "gazetteer_key": p["key"], "created_at": at}  # fmt: skip
                aliases = [
                    alias_row(0, a["alias"], a.get("kind", "name"), a.get("lang"),
                              a.get("case_sensitive"))
                    for a in p.get("aliases", [])
                ]  # fmt: skip
                rows.seed(self.db, values, aliases)
            store.set_meta(self.db, "gazetteer_seeded", store.now())
            store.set_meta(self.db, "alias_analysis", analysis_stamp())
            rows.bump_alias_generation(self.db)

    def _refold(self) -> None:
        with store.transaction(self.db):
            self._refold_rows()

    def _refold_rows(self) -> None:
        """Fold every alias again with the analysis of now (inside a transaction)."""
        forms = rows.alias_texts(self.db)
        rows.set_folded(self.db, [(" ".join(alias_terms(a)), i) for i, a in forms])
        store.set_meta(self.db, "alias_analysis", analysis_stamp())
        rows.bump_alias_generation(self.db)

    def protect_names(self, *, refold: bool = True) -> bool:
        """Within a step that changed aliases, protect the archive's names as they are now and,
        when that changed the analysis, fold every alias again (a new person's own name kept
        whole: رجي, not رج); True if it changed. Without ``refold`` only the protection is
        brought back to the store (after a rollback)."""
        if not protect_own_names(self.db, writer=not self.readonly):
            return False
        if refold and not self.readonly:
            self._refold_rows()
        return True


def protect_own_names(db: sqlite3.Connection, *, writer: bool) -> bool:
    """Give the analysis the names of the archive ``db`` holds; True if they changed."""
    return arabic.set_archive_names(own_names(db), database=database_file(db), writer=writer)


def database_file(db: sqlite3.Connection) -> str:
    """The file ``db`` reads (the same for its writer and its readers)."""
    return str(db.execute("PRAGMA database_list").fetchone()[2])


def own_names(db: sqlite3.Connection) -> list[str]:
    """Arabic names among the participants' aliases, which the stemmer must keep whole."""
    try:
        found_rows = rows.own_name_rows(db)
    except sqlite3.DatabaseError:  # older than the participants tables, or damaged (check says)
        return []
    names = []
    for alias, kind in found_rows:
        found = [w for w, _, _ in arabic.words(alias) if arabic.is_arabic(w)]
        if kind == "person" or len(found) == 1:
            names.extend(found)
    return names


def alias_row(
    pid: int, alias: str, kind: str, lang: str | None = None, case_sensitive: bool | None = None
) -> rows.AliasRow:
    """An alias as stored: participant, alias, folded form, language, kind, case flag."""
    sensitive = is_case_sensitive(alias) if case_sensitive is None else case_sensitive
    return (pid, alias, " ".join(alias_terms(alias)), lang or language_of(alias), kind,
            int(sensitive))  # fmt: skip


def analysis_stamp() -> str:
    """The analysis version alias forms were folded with (the index format)."""
    from archiver.core.search.index.schema import index_format

    return index_format()

"""Participants, their aliases, mentions in documents, suggestions, free tags and undo.

``Annotations`` (``archive.annotations``) is the API the CLI and the GUI call. Every change
runs in one transaction, is journaled in ``annotation_log`` with its inverse (so
``undo_last`` can take it back, also after a restart), and re-indexes the documents it touched.
The index stores participants by id ("p12"): renaming a participant or adding an alias needs
no re-indexing, and ``resolve`` maps any alias, in any script, to the ids.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING, Any

from archiver.core import store
from archiver.core.annotations.gazetteer import (
    AliasEntry,
    Matcher,
    alias_terms,
    is_case_sensitive,
    language_of,
    load_gazetteer,
)
from archiver.core.errors import (
    Ambiguous,
    BadSpan,
    InUse,
    Invalid,
    UnknownDocument,
    UnknownParticipant,
)
from archiver.core.text import arabic

if TYPE_CHECKING:
    from archiver.core.archive import Archive

KINDS = ("state", "person", "organisation", "coalition", "other")
ALIAS_KINDS = ("name", "demonym", "capital", "title", "abbreviation")
CONTEXT_CHARS = 30  # prefix/suffix kept with a span so it can be re-anchored
LOG_KEEP = 500  # undo entries kept
_TABLES = frozenset(
    {"participant_alias", "span", "mention", "commitment", "commitment_actor", "tag",
     "document_tag"}
)  # fmt: skip
_ID_RE = re.compile(r"^[pP]?(\d+)$")


class AmbiguousParticipant(Ambiguous):
    """A name that several participants answer to."""

    def __init__(self, text: str, candidates: list[Participant]) -> None:
        names = ", ".join(f"p{p.id} {p.name}" for p in candidates)
        super().__init__(f"{text!r} is ambiguous: {names}", candidates)


class ParticipantInUse(InUse):
    """A participant still named as actor of commitments."""

    def __init__(self, participant: Participant, commitment_ids: list[int]) -> None:
        ids = ", ".join(f"#{c}" for c in commitment_ids)
        super().__init__(
            f"{participant.name} is an actor of {len(commitment_ids)} commitment(s): {ids}; "
            "delete or detach them first (cascade)"
        )
        self.participant = participant
        self.commitment_ids = commitment_ids


@dataclass
class Participant:
    """A state, person, organisation or coalition that takes part in events."""

    id: int
    name: str
    kind: str
    name_ar: str = ""
    iso: str | None = None
    parent_id: int | None = None
    color: str = ""
    notes: str = ""
    gazetteer_key: str | None = None

    @property
    def ref(self) -> str:
        """The id as stored in the index ("p12")."""
        return f"p{self.id}"

    def to_json(self) -> dict[str, Any]:
        """Plain JSON shape."""
        return asdict(self)


@dataclass
class Alias:
    """One way a participant is written."""

    id: int
    participant_id: int
    alias: str
    lang: str
    kind: str
    case_sensitive: bool

    def to_json(self) -> dict[str, Any]:
        """Plain JSON shape."""
        return asdict(self)


@dataclass
class Span:
    """A stretch of a document's canonical text, with context for re-anchoring."""

    id: int
    document_id: int
    start: int
    end: int
    quote: str
    prefix: str = ""
    suffix: str = ""


@dataclass
class DocParticipant:
    """A participant recorded for a document (confirmed or tagged by hand)."""

    participant_id: int
    name: str
    name_ar: str
    kind: str
    method: str  # 'confirmed' or 'manual' (manual wins when both)
    spans: list[tuple[int, int]] = field(default_factory=list)
    mention_ids: list[int] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        """Plain JSON shape."""
        return {**asdict(self), "spans": [list(s) for s in self.spans]}


@dataclass
class Suggestion:
    """A participant whose aliases occur in a document, not yet confirmed or rejected."""

    participant_id: int
    name: str
    name_ar: str
    kind: str
    spans: list[tuple[int, int]]
    aliases: list[str]  # the aliases that matched, first one first
    state: str = "suggested"  # or 'confirmed' / 'rejected' with include_decided=True

    @property
    def count(self) -> int:
        """Number of places it occurs."""
        return len(self.spans)

    def to_json(self) -> dict[str, Any]:
        """Plain JSON shape (``archiver suggest --json``)."""
        return {
            "participant_id": self.participant_id,
            "ref": f"p{self.participant_id}",
            "name": self.name,
            "name_ar": self.name_ar,
            "kind": self.kind,
            "count": self.count,
            "aliases": self.aliases,
            "spans": [list(s) for s in self.spans],
            "state": self.state,
        }


@dataclass
class TagCount:
    """A free tag and how many documents carry it."""

    name: str
    documents: int


class Journal:
    """The changes of one annotation step, recorded with their inverse for undo."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db
        self.ops: list[list[Any]] = []
        self.documents: set[int] = set()

    def insert(self, table: str, values: dict[str, Any], key: Sequence[str] = ("id",)) -> int:
        """Insert a row; its inverse deletes it."""
        cols = ", ".join(f'"{c}"' for c in values)
        cursor = self.db.execute(
            f"INSERT INTO {table} ({cols}) VALUES ({','.join('?' * len(values))})",
            list(values.values()),
        )
        row_id = int(cursor.lastrowid or 0)
        where = {"id": row_id} if tuple(key) == ("id",) else {k: values[k] for k in key}
        self.ops.append(["delete", table, where])
        return row_id

    def delete(self, table: str, where: dict[str, Any]) -> int:
        """Delete rows (their cascaded children must be deleted first, by the caller)."""
        cond, args = _where(where)
        rows = [dict(r) for r in self.db.execute(f"SELECT * FROM {table} WHERE {cond}", args)]
        for row in rows:
            self.ops.append(["insert", table, row])
        self.db.execute(f"DELETE FROM {table} WHERE {cond}", args)
        return len(rows)

    def update(self, table: str, row_id: int, changes: dict[str, Any]) -> None:
        """Change columns of one row; its inverse restores them."""
        if not changes:
            return
        cols = ", ".join(f'"{c}"' for c in changes)
        old = self.db.execute(f"SELECT {cols} FROM {table} WHERE id = ?", (row_id,)).fetchone()
        self.ops.append(["update", table, {"id": row_id}, dict(old)])
        sets = ", ".join(f'"{c}" = ?' for c in changes)
        self.db.execute(f"UPDATE {table} SET {sets} WHERE id = ?", [*changes.values(), row_id])


def _where(where: dict[str, Any]) -> tuple[str, list[Any]]:
    return " AND ".join(f'"{k}" = ?' for k in where), list(where.values())


def _apply_inverse(db: sqlite3.Connection, ops: list[list[Any]]) -> None:
    for op in reversed(ops):
        kind, table = op[0], op[1]
        if table not in _TABLES:
            raise Invalid(f"cannot undo a change to {table}")
        if kind == "delete":
            cond, args = _where(op[2])
            db.execute(f"DELETE FROM {table} WHERE {cond}", args)
        elif kind == "insert":
            row = op[2]
            cols = ", ".join(f'"{c}"' for c in row)
            db.execute(
                f"INSERT INTO {table} ({cols}) VALUES ({','.join('?' * len(row))})",
                list(row.values()),
            )
        else:
            cond, args = _where(op[2])
            sets = ", ".join(f'"{c}" = ?' for c in op[3])
            db.execute(f"UPDATE {table} SET {sets} WHERE {cond}", [*op[3].values(), *args])


def _participant(row: sqlite3.Row) -> Participant:
    return Participant(
        row["id"], row["name"], row["kind"], row["name_ar"], row["iso"], row["parent_id"],
        row["color"], row["notes"], row["gazetteer_key"],
    )  # fmt: skip


_P_COLS = "id, name, kind, name_ar, iso, parent_id, color, notes, gazetteer_key"


class Annotations:
    """Participants, aliases, mentions, suggestions, tags and undo of one archive."""

    def __init__(self, archive: Archive) -> None:
        self.archive = archive
        self._ready = False
        self._matcher: Matcher | None = None
        self._matcher_stamp: str | None = None

    @property
    def db(self) -> sqlite3.Connection:
        """The archive's connection."""
        return self.archive.db

    # -- setup -----------------------------------------------------------------------------

    def ensure_ready(self) -> None:
        """Seed the starter gazetteer once and refresh alias forms after an analysis change."""
        if self._ready:
            return
        if not self.archive.readonly:
            if store.get_meta(self.db, "gazetteer_seeded") is None:
                self._seed()
            elif store.get_meta(self.db, "alias_analysis") != _analysis_stamp():
                self._refold()
        self._ready = True

    def _seed(self) -> None:
        now = store.now()
        with self._tx():
            for p in load_gazetteer()["participants"]:
                cursor = self.db.execute(
                    "INSERT OR IGNORE INTO participant(name, name_ar, kind, iso, gazetteer_key,"
                    " created_at) VALUES (?,?,?,?,?,?)",
                    (p["name"], p.get("name_ar") or "", p["kind"], p.get("iso"), p["key"], now),
                )
                if not cursor.rowcount:
                    continue
                pid = int(cursor.lastrowid or 0)
                self.db.executemany(
                    "INSERT OR IGNORE INTO participant_alias(participant_id, alias, folded, lang,"
                    " kind, case_sensitive) VALUES (?,?,?,?,?,?)",
                    [_alias_row(pid, a["alias"], a.get("kind", "name"), a.get("lang"),
                                a.get("case_sensitive")) for a in p.get("aliases", [])],
                )  # fmt: skip
            store.set_meta(self.db, "gazetteer_seeded", store.now())
            store.set_meta(self.db, "alias_analysis", _analysis_stamp())
            self._bump_aliases()

    def _refold(self) -> None:
        with self._tx():
            rows = self.db.execute("SELECT id, alias FROM participant_alias").fetchall()
            self.db.executemany(
                "UPDATE participant_alias SET folded = ? WHERE id = ?",
                [(" ".join(alias_terms(r["alias"])), r["id"]) for r in rows],
            )
            store.set_meta(self.db, "alias_analysis", _analysis_stamp())
            self._bump_aliases()

    def _bump_aliases(self) -> None:
        stamp = int(store.get_meta(self.db, "alias_generation", "0") or 0) + 1
        store.set_meta(self.db, "alias_generation", str(stamp))

    @contextmanager
    def _tx(self) -> Iterator[None]:
        self.archive.require_writable()
        self.db.execute("BEGIN IMMEDIATE")
        try:
            yield
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise

    @contextmanager
    def change(self, label: str) -> Iterator[Journal]:
        """One journaled annotation step: a transaction, an undo entry, then re-indexing."""
        self.ensure_ready()
        journal = Journal(self.db)
        with self._tx():
            yield journal
            if journal.ops:
                self.db.execute(
                    "INSERT INTO annotation_log(at, label, documents, inverse) VALUES (?,?,?,?)",
                    (store.now(), label, json.dumps(sorted(journal.documents)),
                     json.dumps(journal.ops, ensure_ascii=False)),
                )  # fmt: skip
                self.db.execute(
                    "DELETE FROM annotation_log WHERE id <= (SELECT MAX(id) FROM annotation_log) - ?",
                    (LOG_KEEP,),
                )
        if journal.documents:
            self.archive.reindex_documents(sorted(journal.documents))

    # -- participants ----------------------------------------------------------------------

    def participants(self, kind: str | None = None) -> list[Participant]:
        """All participants (of one kind), by name."""
        self.ensure_ready()
        sql = f"SELECT {_P_COLS} FROM participant"
        args: list[Any] = []
        if kind:
            sql, args = sql + " WHERE kind = ?", [kind]
        return [
            _participant(r) for r in self.db.execute(sql + " ORDER BY name COLLATE NOCASE", args)
        ]

    def participant(self, pid: int) -> Participant:
        """One participant; UnknownParticipant when there is none."""
        self.ensure_ready()
        row = self.db.execute(f"SELECT {_P_COLS} FROM participant WHERE id = ?", (pid,)).fetchone()
        if row is None:
            raise UnknownParticipant(f"no participant p{pid}")
        return _participant(row)

    def aliases(self, pid: int | None = None) -> list[Alias]:
        """Aliases of one participant (or of all), Arabic first."""
        self.ensure_ready()
        sql = "SELECT id, participant_id, alias, lang, kind, case_sensitive FROM participant_alias"
        args: list[Any] = []
        if pid is not None:
            sql, args = sql + " WHERE participant_id = ?", [pid]
        rows = self.db.execute(sql + " ORDER BY participant_id, lang, id", args)
        return [Alias(r[0], r[1], r[2], r[3], r[4], bool(r[5])) for r in rows]

    def add_participant(
        self,
        name: str,
        kind: str = "other",
        *,
        name_ar: str = "",
        iso: str | None = None,
        parent: int | None = None,
        aliases: Iterable[str] = (),
        notes: str = "",
        color: str = "",
    ) -> Participant:
        """Create a participant; its names become aliases too."""
        name = name.strip()
        if not name:
            raise Invalid("a participant needs a name")
        if kind not in KINDS:
            raise Invalid(f"unknown kind {kind!r}; one of: {', '.join(KINDS)}")
        self.ensure_ready()
        if parent is not None:
            self.participant(parent)
        with self._tx():
            cursor = self.db.execute(
                "INSERT INTO participant(name, name_ar, kind, iso, parent_id, color, notes,"
                " created_at) VALUES (?,?,?,?,?,?,?,?)",
                (name, name_ar.strip(), kind, iso, parent, color, notes, store.now()),
            )
            pid = int(cursor.lastrowid or 0)
            for text in dict.fromkeys(a.strip() for a in (name, name_ar, *aliases)):
                if text:
                    self.db.execute(_ALIAS_INSERT, _alias_row(pid, text, "name"))
            self._bump_aliases()
        return self.participant(pid)

    def update_participant(self, pid: int, **changes: Any) -> Participant:
        """Change name, name_ar, kind, iso, parent_id, color or notes."""
        allowed = {"name", "name_ar", "kind", "iso", "parent_id", "color", "notes"}
        unknown = set(changes) - allowed
        if unknown:
            raise Invalid(f"not editable: {', '.join(sorted(unknown))}")
        if "kind" in changes and changes["kind"] not in KINDS:
            raise Invalid(f"unknown kind {changes['kind']!r}")
        if changes.get("parent_id") == pid:
            raise Invalid("a participant cannot be its own parent")
        self.participant(pid)
        if changes:
            with self._tx():
                sets = ", ".join(f"{c} = ?" for c in changes)
                self.db.execute(
                    f"UPDATE participant SET {sets} WHERE id = ?", [*changes.values(), pid]
                )
        return self.participant(pid)

    def add_alias(
        self,
        pid: int,
        alias: str,
        *,
        kind: str = "name",
        lang: str | None = None,
        case_sensitive: bool | None = None,
    ) -> Alias:
        """Add a way of writing a participant (analysed like search when matched)."""
        self.participant(pid)
        alias = alias.strip()
        if not alias:
            raise Invalid("an alias cannot be empty")
        if kind not in ALIAS_KINDS:
            raise Invalid(f"unknown alias kind {kind!r}; one of: {', '.join(ALIAS_KINDS)}")
        row = _alias_row(pid, alias, kind, lang, case_sensitive)
        if not row[2] and not row[5]:
            raise Invalid(f"{alias!r} has only stop words; it cannot be matched")
        with self.change(f"alias {alias}") as journal:
            self._insert_alias(journal, row)
        return next(a for a in self.aliases(pid) if a.alias == alias)

    def _insert_alias(self, journal: Journal, row: tuple[Any, ...]) -> None:
        exists = self.db.execute(
            "SELECT 1 FROM participant_alias WHERE participant_id = ? AND alias = ?", row[:2]
        ).fetchone()
        if exists:
            return
        cols = ("participant_id", "alias", "folded", "lang", "kind", "case_sensitive")
        journal.insert("participant_alias", dict(zip(cols, row, strict=True)))
        self._bump_aliases()

    def remove_alias(self, alias_id: int) -> None:
        """Drop one alias."""
        with self.change("remove alias") as journal:
            journal.delete("participant_alias", {"id": alias_id})
            self._bump_aliases()

    def remove_participant(self, pid: int, cascade: bool | str = False) -> list[int]:
        """Delete a participant, its aliases and mentions; returns the documents touched.

        A participant named in commitments is refused (ParticipantInUse, listing them) unless
        ``cascade`` is 'delete' (or True: those commitments go too) or 'detach' (the
        participant is taken off them; a commitment left with no actor is deleted).
        Not undoable: the GUI asks first.
        """
        person = self.participant(pid)
        used = [r[0] for r in self.db.execute(
            "SELECT DISTINCT commitment_id FROM commitment_actor WHERE participant_id = ?"
            " ORDER BY commitment_id", (pid,))]  # fmt: skip
        if used and not cascade:
            raise ParticipantInUse(person, used)
        mode = "delete" if cascade is True else cascade
        if used and mode not in ("delete", "detach"):
            raise Invalid(f"cascade must be 'delete' or 'detach', not {cascade!r}")
        docs = {r[0] for r in self.db.execute(
            "SELECT document_id FROM mention WHERE participant_id = ? UNION SELECT c.document_id"
            " FROM commitment c JOIN commitment_actor a ON a.commitment_id = c.id"
            " WHERE a.participant_id = ?", (pid, pid))}  # fmt: skip
        with self._tx():
            self.db.execute("DELETE FROM commitment_actor WHERE participant_id = ?", (pid,))
            doomed = used if mode == "delete" else [c for c in used if not self._has_actor(c)]
            for cid in doomed:
                span = self.db.execute("SELECT span_id FROM commitment WHERE id = ?", (cid,))
                span_id = span.fetchone()[0]
                self.db.execute("DELETE FROM commitment WHERE id = ?", (cid,))
                self.db.execute("DELETE FROM span WHERE id = ?", (span_id,))
            self.db.execute(
                "DELETE FROM span WHERE id IN (SELECT span_id FROM mention WHERE participant_id = ?)",
                (pid,),
            )
            self.db.execute("DELETE FROM participant WHERE id = ?", (pid,))
            self._bump_aliases()
        if docs:
            self.archive.reindex_documents(sorted(docs))
        return sorted(docs)

    def _has_actor(self, cid: int) -> bool:
        row = self.db.execute("SELECT 1 FROM commitment_actor WHERE commitment_id = ?", (cid,))
        return row.fetchone() is not None

    def find_participants(self, text: str) -> list[Participant]:
        """Participants a user may mean by ``text``: id, then exact name, alias, analysed alias."""
        self.ensure_ready()
        text = text.strip()
        match = _ID_RE.match(text)
        if match:
            row = self.db.execute(
                f"SELECT {_P_COLS} FROM participant WHERE id = ?", (int(match.group(1)),)
            ).fetchone()
            if row is not None:
                return [_participant(row)]
        for sql, arg in self._lookups(text):
            rows = self.db.execute(sql, arg).fetchall()
            if rows:
                return [_participant(r) for r in rows]
        return []

    def _lookups(self, text: str) -> Iterator[tuple[str, Sequence[str]]]:
        by_alias = (f"SELECT {_P_COLS} FROM participant WHERE id IN (SELECT participant_id"
                    " FROM participant_alias WHERE {}) ORDER BY id")  # fmt: skip
        yield (
            f"SELECT {_P_COLS} FROM participant WHERE name = ?1 COLLATE NOCASE OR name_ar = ?1"
            " ORDER BY id",
            (text,),
        )
        yield by_alias.format("alias = ? COLLATE NOCASE"), (text,)
        tokens = arabic.analyze(text)
        readings = [" ".join(t.term for t in tokens)]
        if len(tokens) == 1:
            readings += list(tokens[0].alts)
        if readings[0]:
            marks = ",".join("?" * len(readings))
            yield by_alias.format(f"folded IN ({marks})"), readings

    def resolve_participant(self, text: str) -> Participant:
        """The one participant ``text`` names; UnknownParticipant or AmbiguousParticipant."""
        found = self.find_participants(text)
        if not found:
            raise UnknownParticipant(f"no participant called {text!r}")
        if len(found) > 1:
            raise AmbiguousParticipant(text, found)
        return found[0]

    # -- documents -------------------------------------------------------------------------

    def _text(self, doc_id: int) -> str:
        row = self.db.execute("SELECT text FROM document WHERE id = ?", (doc_id,)).fetchone()
        if row is None:
            raise UnknownDocument(doc_id)
        return str(row[0])

    def make_span(self, journal: Journal, doc_id: int, start: int, end: int) -> int:
        """Store a span of a document (checked against its text) and return its id."""
        text = self._text(doc_id)
        if not (0 <= start < end <= len(text)):
            raise BadSpan(f"span {start}:{end} is outside document #{doc_id} (0:{len(text)})")
        journal.documents.add(doc_id)
        return journal.insert("span", {
            "document_id": doc_id, "start": start, "end": end, "quote": text[start:end],
            "prefix": text[max(0, start - CONTEXT_CHARS):start],
            "suffix": text[end:end + CONTEXT_CHARS], "created_at": store.now(),
        })  # fmt: skip

    def span(self, span_id: int) -> Span:
        """One stored span."""
        row = self.db.execute(
            'SELECT id, document_id, start, "end", quote, prefix, suffix FROM span WHERE id = ?',
            (span_id,),
        ).fetchone()
        if row is None:
            raise BadSpan(f"no span {span_id}")
        return Span(*row)

    # -- suggestions and mentions ----------------------------------------------------------

    def matcher(self) -> Matcher:
        """The alias matcher, rebuilt when any alias changed (also in another process)."""
        self.ensure_ready()
        stamp = store.get_meta(self.db, "alias_generation", "0")
        if self._matcher is None or stamp != self._matcher_stamp:
            rows = self.db.execute(
                "SELECT id, participant_id, alias, folded, kind, case_sensitive FROM participant_alias"
            )
            self._matcher = Matcher(
                AliasEntry(r[0], r[1], r[2], tuple(r[3].split()), r[4], bool(r[5])) for r in rows
            )
            self._matcher_stamp = stamp
        return self._matcher

    def find_in_text(self, text: str) -> dict[int, list[tuple[int, int]]]:
        """Participant id -> spans where its aliases occur in ``text``."""
        matcher = self.matcher()
        return {pid: f.spans for pid, f in matcher.group(matcher.find(text)).items()}

    def suggestions(self, doc_id: int, *, include_decided: bool = False) -> list[Suggestion]:
        """Participants whose aliases occur in the document, in order of first occurrence.

        Computed on the fly, never stored; confirmed and rejected participants are left out
        unless ``include_decided``.
        """
        matcher = self.matcher()
        found = matcher.group(matcher.find(self._text(doc_id)))
        decided = self._decisions(doc_id)
        wanted = [pid for pid in found if include_decided or pid not in decided]
        people = self._by_ids(wanted)
        return [
            Suggestion(pid, people[pid].name, people[pid].name_ar, people[pid].kind,
                       found[pid].spans, found[pid].aliases, decided.get(pid, "suggested"))
            for pid in wanted
        ]  # fmt: skip

    def _decisions(self, doc_id: int) -> dict[int, str]:
        out: dict[int, str] = {}
        for pid, method in self.db.execute(
            "SELECT participant_id, method FROM mention WHERE document_id = ?", (doc_id,)
        ):
            if method != "suggested" and out.get(pid) != "confirmed":
                out[pid] = "confirmed" if method in ("manual", "confirmed") else "rejected"
        return out

    def _by_ids(self, ids: Iterable[int]) -> dict[int, Participant]:
        wanted = list(ids)
        if not wanted:
            return {}
        marks = ",".join("?" * len(wanted))
        rows = self.db.execute(f"SELECT {_P_COLS} FROM participant WHERE id IN ({marks})", wanted)
        return {r["id"]: _participant(r) for r in rows}

    def document_participants(self, doc_id: int) -> list[DocParticipant]:
        """Participants confirmed or tagged in a document, with their spans."""
        rows = self.db.execute(
            'SELECT m.id, m.participant_id, m.method, s.start, s."end", p.name, p.name_ar, p.kind'
            " FROM mention m JOIN participant p ON p.id = m.participant_id"
            " LEFT JOIN span s ON s.id = m.span_id"
            " WHERE m.document_id = ? AND m.method IN ('manual', 'confirmed')"
            " ORDER BY s.start IS NULL, s.start",
            (doc_id,),
        )
        out: dict[int, DocParticipant] = {}
        for mid, pid, method, start, end, name, name_ar, kind in rows:
            item = out.setdefault(pid, DocParticipant(pid, name, name_ar, kind, method))
            if method == "manual":
                item.method = "manual"
            item.mention_ids.append(mid)
            if start is not None:
                item.spans.append((start, end))
        return list(out.values())

    def confirm(self, doc_id: int, pid: int) -> int:
        """Record a suggested participant's spans as confirmed mentions; returns how many.

        With no occurrence in the text, the participant is recorded for the whole document.
        """
        self.participant(pid)
        spans = self.find_in_text(self._text(doc_id)).get(pid, [])
        with self.change(f"confirm p{pid} in #{doc_id}") as journal:
            return self._confirm(journal, doc_id, pid, spans)

    def confirm_all(self, doc_id: int) -> int:
        """Confirm every pending suggestion of a document (one undo step); returns mentions added."""
        pending = self.suggestions(doc_id)
        added = 0
        with self.change(f"confirm {len(pending)} in #{doc_id}") as journal:
            for s in pending:
                added += self._confirm(journal, doc_id, s.participant_id, s.spans)
        return added

    def confirm_in_change(self, journal: Journal, doc_id: int, pids: Iterable[int]) -> int:
        """Within an open change, confirm these participants of a document unless they already
        are (a commitment's actors take part in its document); returns mentions added."""
        missing = [pid for pid in dict.fromkeys(pids) if not self._has_mention(doc_id, pid)]
        if not missing:
            return 0
        found = self.find_in_text(self._text(doc_id))
        return sum(self._confirm(journal, doc_id, pid, found.get(pid, [])) for pid in missing)

    def _confirm(
        self, journal: Journal, doc_id: int, pid: int, spans: list[tuple[int, int]]
    ) -> int:
        journal.documents.add(doc_id)
        journal.delete("mention", {"document_id": doc_id, "participant_id": pid,
                                   "method": "rejected"})  # fmt: skip
        have = {(r[0], r[1]) for r in self.db.execute(
            'SELECT s.start, s."end" FROM mention m JOIN span s ON s.id = m.span_id'
            " WHERE m.document_id = ? AND m.participant_id = ?", (doc_id, pid))}  # fmt: skip
        added = 0
        for start, end in spans:
            if (start, end) not in have:
                self._mention(journal, doc_id, pid, self.make_span(journal, doc_id, start, end),
                              "confirmed")  # fmt: skip
                added += 1
        if not spans and not self._has_mention(doc_id, pid):
            self._mention(journal, doc_id, pid, None, "manual")
            added += 1
        return added

    def _has_mention(self, doc_id: int, pid: int) -> bool:
        row = self.db.execute(
            "SELECT 1 FROM mention WHERE document_id = ? AND participant_id = ?"
            " AND method IN ('manual', 'confirmed')",
            (doc_id, pid),
        ).fetchone()
        return row is not None

    def _mention(
        self, journal: Journal, doc_id: int, pid: int, span_id: int | None, method: str
    ) -> int:
        journal.documents.add(doc_id)
        return journal.insert("mention", {
            "document_id": doc_id, "participant_id": pid, "span_id": span_id, "method": method,
            "created_at": store.now(),
        })  # fmt: skip

    def reject(self, doc_id: int, pid: int) -> None:
        """Not this participant in this document: drop its mentions, stop suggesting it here."""
        self.participant(pid)
        self._text(doc_id)
        with self.change(f"reject p{pid} in #{doc_id}") as journal:
            self._drop_mentions(journal, doc_id, pid)
            self._mention(journal, doc_id, pid, None, "rejected")

    def untag(self, doc_id: int, pid: int) -> None:
        """Forget every decision about a participant in a document (it may be suggested again)."""
        with self.change(f"untag p{pid} in #{doc_id}") as journal:
            journal.documents.add(doc_id)
            self._drop_mentions(journal, doc_id, pid)

    def remove_mention(self, mention_id: int) -> None:
        """Remove one mention (and its span)."""
        row = self.db.execute(
            "SELECT document_id, span_id FROM mention WHERE id = ?", (mention_id,)
        ).fetchone()
        if row is None:
            raise Invalid(f"no mention {mention_id}")
        with self.change("remove mention") as journal:
            journal.documents.add(row[0])
            journal.delete("mention", {"id": mention_id})
            if row[1] is not None:
                journal.delete("span", {"id": row[1]})

    def _drop_mentions(self, journal: Journal, doc_id: int, pid: int) -> None:
        spans = [r[0] for r in self.db.execute(
            "SELECT span_id FROM mention WHERE document_id = ? AND participant_id = ?"
            " AND span_id IS NOT NULL", (doc_id, pid))]  # fmt: skip
        journal.delete("mention", {"document_id": doc_id, "participant_id": pid})
        for span_id in spans:
            journal.delete("span", {"id": span_id})

    def tag_span(
        self, doc_id: int, start: int, end: int, pid: int, *, add_alias: bool = True
    ) -> int:
        """Tag a selection as a participant (a manual mention); returns the mention id.

        With ``add_alias`` the selected words become an alias of the participant, unless
        its aliases already match them.
        """
        self.participant(pid)
        text = self._text(doc_id)
        if not (0 <= start < end <= len(text)):
            raise BadSpan(f"span {start}:{end} is outside document #{doc_id} (0:{len(text)})")
        selected = text[start:end].strip(" \t\n.,;:!?،؛؟\"'()«»“”")
        with self.change(f"tag p{pid} in #{doc_id}") as journal:
            journal.delete("mention", {"document_id": doc_id, "participant_id": pid,
                                       "method": "rejected"})  # fmt: skip
            span_id = self.make_span(journal, doc_id, start, end)
            mention = self._mention(journal, doc_id, pid, span_id, "manual")
            if add_alias and selected and pid not in self.find_in_text(selected):
                row = _alias_row(pid, selected, "name")
                if row[2] or row[5]:
                    self._insert_alias(journal, row)
        return mention

    # -- free tags -------------------------------------------------------------------------

    def tags(self, doc_id: int) -> list[str]:
        """Free tags of a document, by name."""
        return [r[0] for r in self.db.execute(
            "SELECT t.name FROM document_tag d JOIN tag t ON t.id = d.tag_id"
            " WHERE d.document_id = ? ORDER BY t.name COLLATE NOCASE", (doc_id,))]  # fmt: skip

    def all_tags(self) -> list[TagCount]:
        """Every tag with its document count."""
        return [TagCount(r[0], r[1]) for r in self.db.execute(
            "SELECT t.name, COUNT(d.document_id) FROM tag t LEFT JOIN document_tag d"
            " ON d.tag_id = t.id GROUP BY t.id ORDER BY t.name COLLATE NOCASE")]  # fmt: skip

    def add_tag(self, doc_id: int, name: str) -> None:
        """Put a free tag on a document (created on first use)."""
        name = " ".join(name.replace(",", " ").split())
        if not name:
            raise Invalid("a tag cannot be empty")
        self._text(doc_id)
        with self.change(f"tag #{doc_id} {name}") as journal:
            journal.documents.add(doc_id)
            row = self.db.execute("SELECT id FROM tag WHERE name = ?", (name,)).fetchone()
            tag_id = (
                row[0] if row else journal.insert("tag", {"name": name, "created_at": store.now()})
            )
            exists = self.db.execute(
                "SELECT 1 FROM document_tag WHERE document_id = ? AND tag_id = ?", (doc_id, tag_id)
            ).fetchone()
            if not exists:
                journal.insert("document_tag", {"document_id": doc_id, "tag_id": tag_id},
                               key=("document_id", "tag_id"))  # fmt: skip

    def remove_tag(self, doc_id: int, name: str) -> None:
        """Take a free tag off a document."""
        row = self.db.execute("SELECT id FROM tag WHERE name = ?", (name.strip(),)).fetchone()
        if row is None:
            return
        with self.change(f"untag #{doc_id} {name}") as journal:
            journal.documents.add(doc_id)
            journal.delete("document_tag", {"document_id": doc_id, "tag_id": row[0]})

    # -- index -----------------------------------------------------------------------------

    def keywords_for(self, doc_id: int) -> dict[str, list[str]]:
        """Keyword fields of one document: participant ids ("p12"), tags, statuses, categories."""
        participants = [f"p{r[0]}" for r in self.db.execute(
            "SELECT participant_id FROM mention WHERE document_id = ?1"
            " AND method IN ('manual', 'confirmed') UNION SELECT a.participant_id"
            " FROM commitment c JOIN commitment_actor a ON a.commitment_id = c.id"
            " WHERE c.document_id = ?1", (doc_id,))]  # fmt: skip
        statuses: set[str] = set()
        categories: set[str] = set()
        for status, category in self.db.execute(
            "SELECT DISTINCT status, category FROM commitment WHERE document_id = ?", (doc_id,)
        ):
            statuses.add(status)
            categories.add(category)
        return {
            "participant": participants,
            "tag": [t.lower() for t in self.tags(doc_id)],
            "status": sorted(statuses),
            "category": sorted(categories),
        }

    def resolve(self, field_name: str, value: str) -> list[str]:
        """Index values a query filter stands for: participant by id, name or any alias."""
        if field_name != "participant":
            return [" ".join(value.lower().replace(",", " ").split())]
        return [
            f"p{pid}" for pid in self._with_members(p.id for p in self.find_participants(value))
        ]

    def _with_members(self, pids: Iterable[int]) -> list[int]:
        """These participants and every participant under them (Macron under France)."""
        wanted = list(pids)
        if not wanted:
            return []
        marks = ",".join("?" * len(wanted))
        rows = self.db.execute(
            f"WITH RECURSIVE tree(id) AS (SELECT id FROM participant WHERE id IN ({marks})"
            " UNION SELECT p.id FROM participant p JOIN tree ON p.parent_id = tree.id)"
            " SELECT id FROM tree",
            wanted,
        )
        return [r[0] for r in rows]

    # -- undo ------------------------------------------------------------------------------

    def last_change(self) -> str | None:
        """The label of the change ``undo_last`` would take back (None: nothing to undo)."""
        row = self.db.execute("SELECT label FROM annotation_log ORDER BY id DESC LIMIT 1")
        found = row.fetchone()
        return found[0] if found else None

    def undo_last(self) -> str | None:
        """Take back the last annotation change; returns its label, None when there is none."""
        row = self.db.execute(
            "SELECT id, label, documents, inverse FROM annotation_log ORDER BY id DESC LIMIT 1"
        ).fetchone()
        if row is None:
            return None
        try:
            with self._tx():
                _apply_inverse(self.db, json.loads(row["inverse"]))
                self.db.execute("DELETE FROM annotation_log WHERE id = ?", (row["id"],))
                self._bump_aliases()
        except sqlite3.IntegrityError as exc:
            with self._tx():
                self.db.execute("DELETE FROM annotation_log WHERE id = ?", (row["id"],))
            raise Invalid(f"cannot undo {row['label']!r}: {exc}") from exc
        docs = json.loads(row["documents"])
        if docs:
            self.archive.reindex_documents(docs)
        return str(row["label"])


_ALIAS_INSERT = (
    "INSERT OR IGNORE INTO participant_alias(participant_id, alias, folded, lang, kind,"
    " case_sensitive) VALUES (?,?,?,?,?,?)"
)


def _alias_row(
    pid: int, alias: str, kind: str, lang: str | None = None, case_sensitive: bool | None = None
) -> tuple[int, str, str, str, str, int]:
    sensitive = is_case_sensitive(alias) if case_sensitive is None else case_sensitive
    return (pid, alias, " ".join(alias_terms(alias)), lang or language_of(alias), kind,
            int(sensitive))  # fmt: skip


def _analysis_stamp() -> str:
    from archiver.core.search.index import index_format

    return index_format()

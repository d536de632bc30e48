"""The history commands: delete (to the trash), trash, history, undo and redo."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from archiver.cli.common import Handler, Subparsers, positive, print_json, reading, writing
from archiver.core.change_words import describe
from archiver.core.changes import Change
from archiver.core.errors import Invalid

if TYPE_CHECKING:
    from archiver.core.archive import Archive


def register(sub: Subparsers) -> dict[str, Handler]:
    """Add the delete, trash, history, undo and redo commands."""
    p = sub.add_parser("delete", help="move documents to the trash (undo or trash restore)")
    p.add_argument("ids", nargs="+", type=int, metavar="ID")
    p.add_argument("--json", action="store_true")
    p = sub.add_parser("trash", help="the deleted documents: list, restore, or empty for good")
    p.add_argument("action", nargs="?", choices=("list", "restore", "empty"), default="list")
    p.add_argument("ids", nargs="*", type=int, metavar="ID",
                   help="restore: the documents to bring back; empty: only these")  # fmt: skip
    p.add_argument("--json", action="store_true")
    p = sub.add_parser("history", help="every change, newest first: who, when, what, documents")
    p.add_argument("--limit", type=positive, default=50)
    p.add_argument("--json", action="store_true")
    p = sub.add_parser("undo", help="take back the newest change not undone (or change ID)")
    p.add_argument("entry", nargs="?", type=int, metavar="ID", help="a change of the history")
    p.add_argument("--force", action="store_true",
                   help="with ID: undo it even though later changes depend on it")  # fmt: skip
    p.add_argument("--json", action="store_true")
    p = sub.add_parser("redo", help="re-apply the change undone last")
    p.add_argument("--json", action="store_true")
    return {"delete": writing(_delete), "trash": _trash, "history": reading(_history),
            "undo": writing(_undo), "redo": writing(_redo)}  # fmt: skip


def _names(archive: Archive) -> dict[int, str]:
    return {p.id: p.name for p in archive.annotations.participants.all()}


def change_json(change: Change, names: dict[int, str]) -> dict[str, Any]:
    """A change as the history commands print it: id, what (in words), documents, the rest."""
    return {"id": change.id, "what": describe(change, names), "documents": list(change.documents),
            "change": change.to_json()}  # fmt: skip


def _delete(archive: Archive, args: argparse.Namespace) -> int:
    change = archive.trash.delete(args.ids)
    if args.json:
        print_json({"deleted": list(change.documents), "change": change_json(change, {})})
    else:
        print(f"moved to the trash: {_which(change)} (archiver undo takes it back)")
    return 0


def _which(change: Change) -> str:
    """The documents a trash change moved: "#12 «title»", or "3 documents: #4, #5, #9"."""
    if len(change.documents) == 1:
        title = f" «{change.names[0]}»" if change.names and change.names[0] else ""
        return f"#{change.documents[0]}{title}"
    ids = ", ".join(f"#{d}" for d in change.documents[:10])
    more = f" (+{len(change.documents) - 10})" if len(change.documents) > 10 else ""
    return f"{len(change.documents)} documents: {ids}{more}"


def _trash(args: argparse.Namespace) -> int:
    if args.action == "list":
        if args.ids:
            raise Invalid("trash list takes no ids (trash restore ID… or trash empty ID…)")
        return reading(_trash_list)(args)
    return writing(_trash_restore if args.action == "restore" else _trash_empty)(args)


def _trash_list(archive: Archive, args: argparse.Namespace) -> int:
    items = archive.trash.items()
    size = archive.trash.size()
    if args.json:
        print_json({"total": size.documents, "bytes": size.bytes, "documents": [
            {"id": t.id, "title": t.title, "file_name": t.file_name, "bytes": t.file_size,
             "trashed_at": t.trashed_at} for t in items]})  # fmt: skip
    else:
        for t in items:
            print(f"#{t.id:<6} {t.trashed_at}  {t.title}  ({t.file_name}, {t.file_size} bytes)")
        print(f"{size.documents} document(s) in the trash, {size.bytes} bytes of original files")
    return 0


def _trash_restore(archive: Archive, args: argparse.Namespace) -> int:
    if not args.ids:
        raise Invalid("trash restore needs the ids of the documents to bring back")
    change = archive.trash.restore(args.ids)
    if args.json:
        print_json({"restored": list(change.documents), "change": change_json(change, {})})
    else:
        print(f"restored: {_which(change)}")
    return 0


def _trash_empty(archive: Archive, args: argparse.Namespace) -> int:
    freed = archive.trash.empty(args.ids or None)
    if args.json:
        print_json({"emptied": freed.to_json()})
    else:
        files = f"{freed.bytes} bytes of original files"
        print(f"deleted for good: {freed.documents} document(s), {files}")
    return 0


def _history(archive: Archive, args: argparse.Namespace) -> int:
    names = _names(archive)
    entries = archive.annotations.journal.history(args.limit)
    if args.json:
        print_json([
            {"id": e.change.id, "time": e.change.at, "author": e.author, "kind": e.change.kind.value,
             "what": describe(e.change, names), "documents": list(e.change.documents),
             "undone": e.undone, "redoable": e.redoable, "uuid": e.uuid,
             "merged_from": e.merged_from or None}
            for e in entries
        ])  # fmt: skip
        return 0
    for e in entries:
        state = " [undone]" if e.undone else ""
        if e.merged_from:  # another copy's change, brought in by the merge listed above it
            state = f" [merged from copy {e.merged_from[:8]}]"
        docs = ", ".join(f"#{d}" for d in e.change.documents[:5])
        more = f" (+{len(e.change.documents) - 5})" if len(e.change.documents) > 5 else ""
        number = str(e.change.id) if e.change.id else "·"
        print(f"{number:>6}  {e.change.at}  {e.author:12} {describe(e.change, names)}"
              f"{state}{'  ' + docs + more if docs else ''}")  # fmt: skip
    return 0


def _undo(archive: Archive, args: argparse.Namespace) -> int:
    names = _names(archive)
    journal = archive.annotations.journal
    if args.entry is not None:
        change: Change | None = journal.undo(args.entry, force=args.force)
    else:
        change = journal.undo_last()
    if args.json:
        print_json({"undone": change_json(change, names) if change else None})
    else:
        print(f"undone: {describe(change, names)}" if change else "nothing to undo")
    return 0


def _redo(archive: Archive, args: argparse.Namespace) -> int:
    names = _names(archive)
    change = archive.annotations.journal.redo_last()
    if args.json:
        print_json({"redone": change_json(change, names) if change else None})
    else:
        print(f"redone: {describe(change, names)}" if change else "nothing to redo")
    return 0

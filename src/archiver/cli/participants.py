"""The participant commands: participants (list, add, alias, unalias, rename, edit, merge,
remove, show), tag, reject, rejections and suggest (undo is in ``history``).

Participants are named by id ("p12" or 12), exact name, or any alias (analysed like search,
Arabic or English); in ``tag`` and ``reject``, a person the document names after a title who
is not in the archive yet is named by their name or surname as ``suggest`` shows it.
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, Any

from archiver.cli.common import Handler, Subparsers, print_json, reading, span, writing
from archiver.core.annotations.model import ALIAS_KINDS, KINDS, Participant, Suggestion
from archiver.core.errors import Invalid, UnknownParticipant

if TYPE_CHECKING:
    from archiver.core.archive import Archive


def register(sub: Subparsers) -> dict[str, Handler]:
    """Add the participants, tag, reject and suggest commands."""
    _add_participants_parser(sub)
    p = sub.add_parser("tag", help="confirm a participant in a document (or tag a span)")
    p.add_argument("id", type=int)
    p.add_argument("participant")
    p.add_argument("--at", type=span, metavar="START:END", help="tag this span by hand")
    p.add_argument("--add-alias", action="store_true",
                   help="with --at: the span becomes an alias (not a title or words that are no "
                        "name: see --alias-anyway)")  # fmt: skip
    p.add_argument(
        "--alias-anyway",
        action="store_true",
        help="with --add-alias: even a title or words that do not read as a name",
    )
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("reject", help="reject a suggested participant for a document")
    p.add_argument("id", type=int)
    p.add_argument("participant")
    p.add_argument(
        "--everywhere",
        action="store_true",
        help="never suggest it again in any document, from the words that matched here",
    )
    p.add_argument("--alias", metavar="A", help="with --everywhere: from this alias only")
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("rejections", help="suggestions rejected everywhere (or for a person)")
    acts = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    a = acts.add_parser("list", help="every rejection kept")
    a.add_argument("--json", action="store_true")
    a = acts.add_parser("remove", help="suggest it again (the rejection's number from list)")
    a.add_argument("number", type=int)
    a.add_argument("--json", action="store_true")

    p = sub.add_parser("suggest", help="participants whose aliases occur in a document")
    p.add_argument("id", type=int)
    p.add_argument("--all", action="store_true", help="include confirmed and rejected ones")
    p.add_argument("--json", action="store_true")
    return {"participants": _participants, "tag": writing(_tag), "reject": writing(_reject),
            "suggest": reading(_suggest), "rejections": _rejections}  # fmt: skip


def _add_participants_parser(sub: Subparsers) -> None:
    p = sub.add_parser("participants", help="list, add, alias or remove participants")
    acts = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    a = acts.add_parser("list", help="all participants with their aliases")
    a.add_argument("--kind", choices=KINDS)
    a.add_argument("--json", action="store_true")
    a = acts.add_parser("add", help="add a participant (its name becomes an alias)")
    a.add_argument("name")
    a.add_argument("--kind", choices=KINDS, default="other")
    a.add_argument("--alias", action="append", default=[], metavar="A")
    a.add_argument("--name-ar", default="")
    a.add_argument("--name-en", default="")
    a.add_argument("--iso")
    a.add_argument("--parent", metavar="P", help="e.g. the state of a minister")
    a.add_argument("--json", action="store_true")
    a = acts.add_parser("alias", help="add an alias to a participant")
    a.add_argument("name")
    a.add_argument("alias")
    a.add_argument("--kind", choices=ALIAS_KINDS, default="name")
    a.add_argument("--json", action="store_true")
    a = acts.add_parser("rename", help="give a participant a new name (the old one stays an alias)")
    a.add_argument("name")
    a.add_argument("new_name")
    a.add_argument("--json", action="store_true")
    _add_editing_parsers(acts)
    a = acts.add_parser(
        "remove", help="delete a participant (asks for --force if it has commitments)"
    )
    a.add_argument("name")
    mode = a.add_mutually_exclusive_group()
    mode.add_argument("--force", action="store_true", help="also delete its commitments")
    mode.add_argument("--detach", action="store_true", help="take it off its commitments")
    a.add_argument("--json", action="store_true")
    a = acts.add_parser("show", help="aliases, documents and commitments of a participant")
    a.add_argument("name")
    a.add_argument("--json", action="store_true")


def _add_editing_parsers(acts: Subparsers) -> None:
    a = acts.add_parser("unalias", help="remove an alias of a participant")
    a.add_argument("name")
    a.add_argument("alias")
    a.add_argument("--json", action="store_true")
    a = acts.add_parser("edit", help="change a participant's kind, parent, Arabic or English name")
    a.add_argument("name")
    a.add_argument("--kind", choices=KINDS)
    parent = a.add_mutually_exclusive_group()
    parent.add_argument("--parent", metavar="P", help="e.g. the state of a minister")
    parent.add_argument("--no-parent", action="store_true", help="under no other participant")
    a.add_argument("--name-ar", metavar="NAME", help="the Arabic name (the old one stays an alias)")
    a.add_argument(
        "--name-en", metavar="NAME", help="the English name (the old one stays an alias)"
    )
    a.add_argument("--json", action="store_true")
    a = acts.add_parser("merge", help="merge OTHER into KEEP: its mentions, roles, aliases and "
                        "members move; its names become aliases (one undoable change)")  # fmt: skip
    a.add_argument("keep", metavar="KEEP")
    a.add_argument("other", metavar="OTHER")
    a.add_argument("--json", action="store_true")


def _participants(args: argparse.Namespace) -> int:
    actions: dict[str, Handler] = {
        "list": reading(_list),
        "show": reading(_show),
        "add": writing(_add),
        "alias": writing(_alias),
        "rename": writing(_rename),
        "unalias": writing(_unalias),
        "edit": writing(_edit),
        "merge": writing(_merge),
        "remove": writing(_remove),
    }
    return actions[args.action](args)


def _with_aliases(archive: Archive, p: Participant) -> dict[str, Any]:
    return {
        **p.to_json(),
        "ref": p.ref,
        "aliases": [a.to_json() for a in archive.annotations.participants.aliases(p.id)],
    }


def _list(archive: Archive, args: argparse.Namespace) -> int:
    ann = archive.annotations
    people = ann.participants.all(args.kind)
    aliases: dict[int, list[str]] = {}
    for alias in ann.participants.aliases():
        aliases.setdefault(alias.participant_id, []).append(alias.alias)
    if args.json:
        print_json([{**p.to_json(), "ref": p.ref, "aliases": aliases.get(p.id, [])}
                    for p in people])  # fmt: skip
    else:
        for p in people:
            names = "، ".join(a for a in aliases.get(p.id, []) if a != p.name)
            print(f"{p.ref:6} {p.kind:12} {p.name}  {names}")
    return 0


def _add(archive: Archive, args: argparse.Namespace) -> int:
    ann = archive.annotations
    parent = ann.participants.resolve(args.parent).id if args.parent else None
    person = ann.participants.add(args.name, args.kind, name_ar=args.name_ar, iso=args.iso,
                                 name_en=args.name_en, parent=parent, aliases=args.alias)  # fmt: skip
    return _show_participant(archive, person, args.json, "added")


def _alias(archive: Archive, args: argparse.Namespace) -> int:
    person = archive.annotations.participants.resolve(args.name)
    archive.annotations.participants.add_alias(person.id, args.alias, kind=args.kind)
    return _show_participant(archive, person, args.json, "alias added to")


def _rename(archive: Archive, args: argparse.Namespace) -> int:
    person = archive.annotations.participants.resolve(args.name)
    renamed = archive.annotations.participants.rename(person.id, args.new_name)
    return _show_participant(archive, renamed, args.json, f"renamed {person.name} to")


def _unalias(archive: Archive, args: argparse.Namespace) -> int:
    person = archive.annotations.participants.resolve(args.name)
    archive.annotations.participants.unalias(person.id, args.alias)
    return _show_participant(archive, person, args.json, f"alias {args.alias.strip()} removed from")


def _edit(archive: Archive, args: argparse.Namespace) -> int:
    people = archive.annotations.participants
    person = people.resolve(args.name)
    changes: dict[str, Any] = {}
    if args.kind is not None:
        changes["kind"] = args.kind
    if args.no_parent:
        changes["parent_id"] = None
    elif args.parent is not None:
        changes["parent_id"] = people.resolve(args.parent).id
    if args.name_ar is not None:
        changes["name_ar"] = args.name_ar
    if args.name_en is not None:
        changes["name_en"] = args.name_en
    if not changes:
        raise Invalid(
            "nothing to change: give --kind, --parent, --no-parent, --name-ar or --name-en"
        )
    return _show_participant(archive, people.update(person.id, **changes), args.json, "edited")


def _merge(archive: Archive, args: argparse.Namespace) -> int:
    people = archive.annotations.participants
    keep, other = people.resolve(args.keep), people.resolve(args.other)
    change = people.merge(keep.id, other.id)
    kept = people.get(keep.id)
    if args.json:
        print_json({**_with_aliases(archive, kept), "merged": other.to_json(),
                    "moved": {k: change.extra[k] for k in ("aliases", "mentions", "roles", "members")},
                    "folded": change.extra["folded"], "documents": list(change.documents),
                    "commitments": list(change.commitments), "change": change.id})  # fmt: skip
    else:
        moved = change.extra
        print(f"merged {other.ref} {other.name} into {kept.ref} {kept.name}: {moved['mentions']}"
              f" mention(s), {moved['roles']} commitment role(s), {moved['aliases']} alias(es),"
              f" {moved['members']} member(s) moved; {moved['folded']} folded"
              f" (undo: archiver undo {change.id})")  # fmt: skip
    return 0


def _show(archive: Archive, args: argparse.Namespace) -> int:
    person = archive.annotations.participants.resolve(args.name)
    page = archive.commitments.participant_page(person.id)
    if args.json:
        print_json({
            **_with_aliases(archive, person),
            "parent": page.parent.to_json() if page.parent else None,
            "members": [m.to_json() for m in page.members],
            "document_count": page.document_count,
            "documents": [d.__dict__ for d in page.documents],
            "commitments": [c.to_json() for c in page.commitments],
        })  # fmt: skip
    else:
        print(f"{person.ref} {person.name} ({person.kind}): {page.document_count} document(s),"
              f" {len(page.commitments)} commitment(s)")  # fmt: skip
        for c in page.commitments:
            print(f"  #{c.id} {c.statement_date or '':10} {c.status:10} {c.category:12} {c.what}")
    return 0


def _remove(archive: Archive, args: argparse.Namespace) -> int:
    ann = archive.annotations
    person = ann.participants.resolve(args.name)
    cascade: bool | str = "delete" if args.force else "detach" if args.detach else False
    deleted = [c.id for c in archive.commitments.list_commitments(actor=person.id, role=None)]
    change = ann.participants.remove(person.id, cascade=cascade)
    if args.json:
        print_json({"removed": person.to_json(), "documents": list(change.documents),
                    "commitments": deleted, "cascade": cascade or None})  # fmt: skip
    else:
        print(f"removed {person.ref} {person.name}" + (f"; {cascade}: {len(deleted)} commitment(s)"
              if deleted else ""))  # fmt: skip
    return 0


def _show_participant(archive: Archive, person: Participant, as_json: bool, verb: str) -> int:
    if as_json:
        print_json(_with_aliases(archive, person))
    else:
        aliases = ", ".join(a.alias for a in archive.annotations.participants.aliases(person.id))
        print(f"{verb} {person.ref} {person.name} ({person.kind}): {aliases}")
    return 0


def _key(archive: Archive, doc_id: int, text: str) -> str:
    """The suggestion a name stands for: a participant ("p12"), else a person the document
    names after a title who is not in the archive yet (their name)."""
    try:
        return archive.annotations.participants.resolve(text).ref
    except UnknownParticipant:
        return archive.annotations.mentions.reading(doc_id).person(text).name


_REFUSALS = {
    "office": "it is a title, which names whoever holds the office (--alias-anyway adds it)",
    "not_a_name": "it does not read as a name (--alias-anyway adds it)",
    "known": "an alias of this participant matches it already",
}


def _refused_alias(refusal: str | None) -> str:
    """Why the span did not become an alias ('' when it did, or was not asked to)."""
    why = _REFUSALS.get(refusal or "")
    if why:
        print(f"not added as an alias: {why}", file=sys.stderr)
    return why or ""


def _tag(archive: Archive, args: argparse.Namespace) -> int:
    ann = archive.annotations
    key = _key(archive, args.id, args.participant) if not args.at else ""
    if key and not key.startswith("p"):
        change = ann.mentions.confirm_suggestion(args.id, key)
        args.participant = f"p{change.participants[0]}"
    person = ann.participants.resolve(args.participant)
    more: dict[str, Any] = {}
    if args.at:
        start, end = args.at
        tagged = ann.mentions.tag_span(args.id, start, end, person.id, add_alias=args.add_alias,
                                       alias_anyway=args.alias_anyway)  # fmt: skip
        already = bool(tagged.extra.get("already_tagged"))
        added = 0 if already else 1
        more = {"already_tagged": already, "alias": tagged.extra.get("alias"),
                "alias_refused": tagged.extra.get("alias_refused"),
                "alias_refused_why": _refused_alias(tagged.extra.get("alias_refused")),
                "change": tagged.to_json()}  # fmt: skip
    elif key.startswith("p"):
        added = ann.mentions.confirm(args.id, person.id).count
    else:
        added = change.count
    spans = next((d.spans for d in ann.mentions.participants_in(args.id)
                  if d.participant_id == person.id), [])  # fmt: skip
    if args.json:
        print_json({"document": args.id, "participant": {**person.to_json(), "ref": person.ref},
                    "added": added, "spans": [list(s) for s in spans], **more})  # fmt: skip
    elif more.get("already_tagged"):
        where = f"#{args.id} {args.at[0]}:{args.at[1]} is tagged as {person.name} already"
        if more.get("alias"):
            print(f"{where} (no new mention); alias {more['alias']} added")
        else:
            print(f"nothing to change: {where}")
    else:
        alias = f", alias {more['alias']} added" if more.get("alias") else ""
        print(f"#{args.id}: {person.name} confirmed ({added} new mention(s), "
              f"{len(spans)} span(s){alias})")  # fmt: skip
    return 0


def _reject(archive: Archive, args: argparse.Namespace) -> int:
    key = _key(archive, args.id, args.participant)
    change = archive.annotations.blocks.reject(args.id, key, everywhere=args.everywhere,
                                               alias=args.alias)  # fmt: skip
    name = change.names[0] if change.names else args.participant
    where = "everywhere" if args.everywhere else f"in #{args.id}"
    if args.json:
        print_json({"document": args.id, "rejected": name, "everywhere": args.everywhere,
                    "aliases": list(change.names[1:]), "change": change.to_json()})  # fmt: skip
    else:
        words = f" (from {', '.join(change.names[1:])})" if change.names[1:] else ""
        print(f"#{args.id}: {name} rejected {where}{words}")
    return 0


def _rejections(args: argparse.Namespace) -> int:
    actions: dict[str, Handler] = {"list": reading(_list_rejections),
                                   "remove": writing(_remove_rejection)}  # fmt: skip
    return actions[args.action](args)


def _list_rejections(archive: Archive, args: argparse.Namespace) -> int:
    blocks = archive.annotations.blocks.all()
    if args.json:
        print_json([b.to_json() for b in blocks])
        return 0
    for b in blocks:
        who = b.participant or b.words
        where = "everywhere" if b.document_id is None else f"in #{b.document_id}"
        alias = f" from {b.alias}" if b.alias else ""
        print(f"{b.id:<5} {who}{alias} {where}")
    return 0


def _remove_rejection(archive: Archive, args: argparse.Namespace) -> int:
    change = archive.annotations.blocks.lift(args.number)
    if args.json:
        print_json({"lifted": args.number, "change": change.to_json()})
    else:
        print(f"rejection {args.number} lifted: {change.names[0] if change.names else ''}")
    return 0


def _suggest(archive: Archive, args: argparse.Namespace) -> int:
    found = archive.annotations.mentions.suggestions(args.id, include_decided=args.all)
    if args.json:
        print_json({"document": args.id, "suggestions": [s.to_json() for s in found]})
        return 0
    text = archive.document(args.id).text
    for s in found:
        where = ", ".join(f"{a}:{b} {text[a:b]}" for a, b in s.spans[:5])
        more = f" (+{s.count - 5})" if s.count > 5 else ""
        state = "" if s.state == "suggested" else f" [{s.state}]"
        ref = "new" if s.participant_id is None else f"p{s.participant_id}"
        print(f"{ref:<6} {s.name}{state}{_about(s)}  x{s.count}  {where}{more}")
    return 0


def _about(s: Suggestion) -> str:
    """ " (person: President, France)": what a suggestion of a person knows of them."""
    parts = [p for p in (s.role, s.parent) if p]
    if s.kind == "person":
        return f" (person: {', '.join(parts)})" if parts else " (person)"
    return f" (offices: {', '.join(s.offices)})" if s.offices else ""

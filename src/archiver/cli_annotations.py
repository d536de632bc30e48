"""CLI commands for participants, mentions, suggestions and commitments (issue 5).

Registered through ``archiver.cli.EXTENSIONS``. Exit codes: 0 success, 1 a domain error
(unknown or ambiguous participant, bad span, participant with commitments removed without
--force), 2 a usage error (argparse). Participants are named by id ("p12" or 12), exact
name, or any alias (analysed like search, Arabic or English).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from typing import Any

from archiver import cli
from archiver.core.annotations.commitments import ACTIONS, CATEGORIES, STATUSES
from archiver.core.annotations.participants import ALIAS_KINDS, KINDS, Participant
from archiver.core.errors import ArchiverError

Handler = Callable[[argparse.Namespace], int]


def _span(text: str) -> tuple[int, int]:
    """START:END as two integers (argparse type)."""
    try:
        start, end = (int(part) for part in text.split(":"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected START:END, got {text!r}") from None
    return start, end


def extend(sub: argparse._SubParsersAction, handlers: dict[str, Handler]) -> None:
    """Add the participants, tag, suggest, reject, undo and commitments commands."""
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
    a.add_argument("--iso")
    a.add_argument("--parent", metavar="P", help="e.g. the state of a minister")
    a.add_argument("--json", action="store_true")
    a = acts.add_parser("alias", help="add an alias to a participant")
    a.add_argument("name")
    a.add_argument("alias")
    a.add_argument("--kind", choices=ALIAS_KINDS, default="name")
    a.add_argument("--json", action="store_true")
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

    p = sub.add_parser("tag", help="confirm a participant in a document (or tag a span)")
    p.add_argument("id", type=int)
    p.add_argument("participant")
    p.add_argument("--at", type=_span, metavar="START:END", help="tag this span by hand")
    p.add_argument("--add-alias", action="store_true", help="with --at: the span becomes an alias")
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("reject", help="reject a suggested participant for a document")
    p.add_argument("id", type=int)
    p.add_argument("participant")

    p = sub.add_parser("suggest", help="participants whose aliases occur in a document")
    p.add_argument("id", type=int)
    p.add_argument("--all", action="store_true", help="include confirmed and rejected ones")
    p.add_argument("--json", action="store_true")

    sub.add_parser("undo", help="take back the last annotation change")

    p = sub.add_parser("commitments", help="list or add commitments")
    acts = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    a = acts.add_parser("list", help="the commitments table")
    a.add_argument("--actor", action="append", default=[], metavar="P")
    a.add_argument("--status", action="append", choices=STATUSES)
    a.add_argument("--category", action="append", choices=CATEGORIES)
    a.add_argument("--from", dest="date_from", metavar="DATE")
    a.add_argument("--to", dest="date_to", metavar="DATE")
    a.add_argument("--text")
    a.add_argument("--document", type=int, metavar="ID")
    a.add_argument("--json", action="store_true")
    a = acts.add_parser("add", help="record a commitment quoted from a document")
    a.add_argument("id", type=int)
    a.add_argument("--actor", action="append", required=True, metavar="P", help="source actor")
    a.add_argument("--recipient", action="append", default=[], metavar="P")
    a.add_argument("--status", required=True, choices=STATUSES)
    a.add_argument("--category", required=True, choices=CATEGORIES)
    a.add_argument("--what", required=True, metavar="TEXT")
    a.add_argument("--quote", required=True, type=_span, metavar="START:END")
    a.add_argument("--action", dest="verb", choices=ACTIONS)
    a.add_argument("--condition", default="")
    for flag in ("future", "hypothetical", "negated"):
        a.add_argument(f"--{flag}", action="store_true")
    a.add_argument("--quantity", type=float)
    a.add_argument("--unit", default="")
    a.add_argument("--date", metavar="DATE", help="statement date (default: published)")
    a.add_argument("--target-date", metavar="DATE")
    a.add_argument("--updates", type=int, metavar="ID")
    a.add_argument("--notes", default="")
    a.add_argument("--json", action="store_true")

    for name, func in (("participants", _participants), ("tag", _tag), ("reject", _reject),
                       ("suggest", _suggest), ("undo", _undo), ("commitments", _commitments)):  # fmt: skip
        handlers[name] = _guarded(func)


def _reads_only(args: argparse.Namespace) -> bool:
    """Commands that change nothing may run beside the app (read-only while it writes)."""
    action = getattr(args, "action", None)
    return args.command == "suggest" or action in ("list", "show")


def _guarded(func: Callable[[Any, argparse.Namespace], int]) -> Handler:
    """Open the archive, run, and turn domain errors into exit code 1."""

    def run(args: argparse.Namespace) -> int:
        opener = cli.open_for_reading if _reads_only(args) else cli._open
        try:
            with opener(args) as archive:
                return func(archive, args)
        except ArchiverError as exc:
            print(f"archiver: {exc}", file=sys.stderr)
            return 1

    return run


def _with_aliases(archive: Any, p: Participant) -> dict[str, Any]:
    return {
        **p.to_json(),
        "ref": p.ref,
        "aliases": [a.to_json() for a in archive.annotations.aliases(p.id)],
    }


def _participants(archive: Any, args: argparse.Namespace) -> int:
    ann = archive.annotations
    if args.action == "list":
        people = ann.participants(args.kind)
        aliases: dict[int, list[str]] = {}
        for alias in ann.aliases():
            aliases.setdefault(alias.participant_id, []).append(alias.alias)
        if args.json:
            cli._print_json([{**p.to_json(), "ref": p.ref, "aliases": aliases.get(p.id, [])}
                             for p in people])  # fmt: skip
        else:
            for p in people:
                names = "، ".join(a for a in aliases.get(p.id, []) if a != p.name)
                print(f"{p.ref:6} {p.kind:12} {p.name}  {names}")
        return 0
    if args.action == "add":
        parent = ann.resolve_participant(args.parent).id if args.parent else None
        person = ann.add_participant(args.name, args.kind, name_ar=args.name_ar, iso=args.iso,
                                     parent=parent, aliases=args.alias)  # fmt: skip
        return _show_participant(archive, person, args.json, "added")
    person = ann.resolve_participant(args.name)
    if args.action == "alias":
        ann.add_alias(person.id, args.alias, kind=args.kind)
        return _show_participant(archive, person, args.json, "alias added to")
    if args.action == "show":
        page = archive.commitments.participant_page(person.id)
        if args.json:
            cli._print_json({
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
                print(
                    f"  #{c.id} {c.statement_date or '':10} {c.status:10} {c.category:12} {c.what}"
                )
        return 0
    cascade: bool | str = "delete" if args.force else "detach" if args.detach else False
    deleted = [c.id for c in archive.commitments.list_commitments(actor=person.id, role=None)]
    docs = ann.remove_participant(person.id, cascade=cascade)
    if args.json:
        cli._print_json({"removed": person.to_json(), "documents": docs,
                         "commitments": deleted, "cascade": cascade or None})  # fmt: skip
    else:
        print(f"removed {person.ref} {person.name}" + (f"; {cascade}: {len(deleted)} commitment(s)"
              if deleted else ""))  # fmt: skip
    return 0


def _show_participant(archive: Any, person: Participant, as_json: bool, verb: str) -> int:
    if as_json:
        cli._print_json(_with_aliases(archive, person))
    else:
        aliases = ", ".join(a.alias for a in archive.annotations.aliases(person.id))
        print(f"{verb} {person.ref} {person.name} ({person.kind}): {aliases}")
    return 0


def _tag(archive: Any, args: argparse.Namespace) -> int:
    ann = archive.annotations
    person = ann.resolve_participant(args.participant)
    if args.at:
        ann.tag_span(args.id, *args.at, person.id, add_alias=args.add_alias)
        added = 1
    else:
        added = ann.confirm(args.id, person.id)
    spans = next((d.spans for d in ann.document_participants(args.id)
                  if d.participant_id == person.id), [])  # fmt: skip
    if args.json:
        cli._print_json({"document": args.id, "participant": {**person.to_json(), "ref": person.ref},
                         "added": added, "spans": [list(s) for s in spans]})  # fmt: skip
    else:
        print(f"#{args.id}: {person.name} confirmed ({added} new mention(s), {len(spans)} span(s))")
    return 0


def _reject(archive: Any, args: argparse.Namespace) -> int:
    person = archive.annotations.resolve_participant(args.participant)
    archive.annotations.reject(args.id, person.id)
    print(f"#{args.id}: {person.name} rejected")
    return 0


def _suggest(archive: Any, args: argparse.Namespace) -> int:
    found = archive.annotations.suggestions(args.id, include_decided=args.all)
    if args.json:
        cli._print_json({"document": args.id, "suggestions": [s.to_json() for s in found]})
        return 0
    text = archive.document(args.id).text
    for s in found:
        where = ", ".join(f"{a}:{b} {text[a:b]}" for a, b in s.spans[:5])
        more = f" (+{s.count - 5})" if s.count > 5 else ""
        state = "" if s.state == "suggested" else f" [{s.state}]"
        print(f"p{s.participant_id:<5} {s.name}{state}  x{s.count}  {where}{more}")
    return 0


def _undo(archive: Any, args: argparse.Namespace) -> int:
    label = archive.annotations.undo_last()
    print(f"undone: {label}" if label else "nothing to undo")
    return 0


def _commitments(archive: Any, args: argparse.Namespace) -> int:
    ann, com = archive.annotations, archive.commitments
    if args.action == "list":
        actors = [ann.resolve_participant(a).id for a in args.actor]
        items = com.list_commitments(actor=actors or None, status=args.status,
                                     category=args.category, date_from=args.date_from,
                                     date_to=args.date_to, text=args.text,
                                     document_id=args.document)  # fmt: skip
        if args.json:
            cli._print_json({"total": len(items), "commitments": [c.to_json() for c in items]})
        else:
            for c in items:
                print(f"#{c.id:<5} {c.statement_date or '':10} {c.actor_names():30} {c.status:10}"
                      f" {c.category:12} {c.what}  [doc #{c.document_id} {c.start}:{c.end}]")  # fmt: skip
            print(f"{len(items)} commitment(s)")
        return 0
    actors: list[int | tuple[int, str]] = [ann.resolve_participant(a).id for a in args.actor]
    actors += [(ann.resolve_participant(r).id, "recipient") for r in args.recipient]
    item = com.add(
        args.id, actors, category=args.category, status=args.status, what=args.what,
        action=args.verb, quote=args.quote, condition=args.condition, future=args.future,
        hypothetical=args.hypothetical, negated=args.negated, quantity=args.quantity,
        unit=args.unit, statement_date=args.date, target_date=args.target_date,
        updates=args.updates, notes=args.notes,
    )  # fmt: skip
    if args.json:
        cli._print_json(item.to_json())
    else:
        print(f"added commitment #{item.id}: {item.actor_names()} {item.status} {item.category}"
              f" — {item.quote}")  # fmt: skip
    return 0


cli.EXTENSIONS.append(extend)

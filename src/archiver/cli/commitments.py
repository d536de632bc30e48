"""The commitments command: list the commitments table, or record one quoted from a document."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from archiver.cli.common import Handler, Subparsers, print_json, reading, span, writing
from archiver.core.annotations.model import ACTIONS, CATEGORIES, STATUSES

if TYPE_CHECKING:
    from archiver.core.archive import Archive


def register(sub: Subparsers) -> dict[str, Handler]:
    """Add the commitments command with its list and add actions."""
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
    where = a.add_mutually_exclusive_group(required=True)
    where.add_argument("--quote", type=span, metavar="START:END",
                       help="the quoted passage by position (whole words)")  # fmt: skip
    where.add_argument("--quote-text", metavar="TEXT",
                       help="the quoted passage by its words (found in the document)")  # fmt: skip
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
    return {"commitments": _commitments}


def _commitments(args: argparse.Namespace) -> int:
    handler = reading(_list) if args.action == "list" else writing(_add)
    return handler(args)


def _list(archive: Archive, args: argparse.Namespace) -> int:
    actors = [archive.annotations.participants.resolve(a).id for a in args.actor]
    items = archive.commitments.list_commitments(
        actor=actors or None, status=args.status, category=args.category,
        date_from=args.date_from, date_to=args.date_to, text=args.text,
        document_id=args.document,
    )  # fmt: skip
    if args.json:
        print_json({"total": len(items), "commitments": [c.to_json() for c in items]})
    else:
        for c in items:
            print(f"#{c.id:<5} {c.statement_date or '':10} {c.actor_names():30} {c.status:10}"
                  f" {c.category:12} {c.what}  [doc #{c.document_id} {c.start}:{c.end}]")  # fmt: skip
        print(f"{len(items)} commitment(s)")
    return 0


def _add(archive: Archive, args: argparse.Namespace) -> int:
    ann = archive.annotations
    actors: list[int | tuple[int, str]] = [ann.participants.resolve(a).id for a in args.actor]
    actors += [(ann.participants.resolve(r).id, "recipient") for r in args.recipient]
    item = archive.commitments.add(
        args.id, actors, category=args.category, status=args.status, what=args.what,
        action=args.verb, quote=_quote(archive, args), condition=args.condition, future=args.future,
        hypothetical=args.hypothetical, negated=args.negated, quantity=args.quantity,
        unit=args.unit, statement_date=args.date, target_date=args.target_date,
        updates=args.updates, notes=args.notes,
    )  # fmt: skip
    if args.json:
        print_json(item.to_json())
    else:
        print(f"added commitment #{item.id}: {item.actor_names()} {item.status} {item.category}"
              f" — {item.quote}")  # fmt: skip
    return 0


def _quote(archive: Archive, args: argparse.Namespace) -> tuple[int, int]:
    """The span of --quote-text (found in the document) or --quote (checked to keep words whole)."""
    from archiver.core.text.quotes import check_whole_words, find_quote

    text = archive.document(args.id).text
    where = f"document #{args.id}"
    if args.quote_text is not None:
        return find_quote(text, args.quote_text, where)
    start, end = args.quote
    check_whole_words(text, start, end, where)
    return start, end

"""The commitments command: list the commitments table, or record one quoted from a document."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from archiver.cli.common import Handler, Subparsers, print_json, reading, span, writing
from archiver.core.annotations.model import ACTIONS, CATEGORIES, STATUSES, Commitment
from archiver.core.annotations.quantities import read_quantity
from archiver.core.errors import Invalid

if TYPE_CHECKING:
    from archiver.core.archive import Archive


def register(sub: Subparsers) -> dict[str, Handler]:
    """Add the commitments command with its list, add and edit actions."""
    p = sub.add_parser("commitments", help="list, add or edit commitments")
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
    _amount_arguments(a, default="")
    a.add_argument("--date", metavar="DATE", help="statement date (default: published)")
    a.add_argument("--target-date", metavar="DATE")
    a.add_argument("--notes", default="")
    a.add_argument("--json", action="store_true")
    _edit_parser(acts)
    return {"commitments": _commitments}


def _amount_arguments(a: argparse.ArgumentParser, default: str | None) -> None:
    a.add_argument("--quantity", metavar="N",
                   help="a number: 1500, 2.5, 2e8, 1.5 billion, ٢ مليون; needs --unit")  # fmt: skip
    a.add_argument("--unit", default=default, help="its unit or currency: EUR, USD, troops…")
    a.add_argument("--updates", type=int, metavar="ID", help="the commitment this one updates")
    a.add_argument("--fulfils", type=int, metavar="ID",
                   help="for a delivery: the pledge it fulfils")  # fmt: skip


def _edit_parser(acts: argparse._SubParsersAction) -> None:
    a = acts.add_parser("edit", help="change fields of a commitment (the others stay)")
    a.add_argument("commitment", type=int, metavar="CID")
    a.add_argument("--status", choices=STATUSES)
    a.add_argument("--category", choices=CATEGORIES)
    a.add_argument("--action", dest="verb", choices=ACTIONS)
    a.add_argument("--what", metavar="TEXT")
    a.add_argument("--condition")
    _amount_arguments(a, default=None)
    a.add_argument("--no-quantity", action="store_true", help="clear quantity and unit")
    a.add_argument("--no-fulfils", action="store_true", help="fulfils no pledge any more")
    a.add_argument("--date", metavar="DATE", help="statement date")
    a.add_argument("--target-date", metavar="DATE")
    a.add_argument("--notes")
    a.add_argument("--json", action="store_true")


def _commitments(args: argparse.Namespace) -> int:
    actions = {"list": reading(_list), "add": writing(_add), "edit": writing(_edit)}
    if getattr(args, "quantity", None) is not None:  # read before the archive is opened
        args.quantity = read_quantity(args.quantity)
    return actions[args.action](args)


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
            print(_line(c))
        print(f"{len(items)} commitment(s)")
    return 0


def _line(c: Commitment) -> str:
    """One commitment on one line: date, actors, status, category, what, amount, links, quote."""
    extra = [c.amount,
             f"updates #{c.updates_id}" if c.updates_id else "",
             f"fulfils #{c.fulfils_id}" if c.fulfils_id else ""]  # fmt: skip
    said = "".join(f"  ({e})" for e in extra if e)
    return (f"#{c.id:<5} {c.statement_date or '':10} {c.actor_names():30} {c.status:16}"
            f" {c.category:12} {c.what}{said}  [doc #{c.document_id} {c.start}:{c.end}]")  # fmt: skip


def _edit(archive: Archive, args: argparse.Namespace) -> int:
    given = {"status": args.status, "category": args.category, "action": args.verb,
             "what": args.what, "condition": args.condition, "quantity": args.quantity,
             "unit": args.unit, "updates_id": args.updates, "fulfils_id": args.fulfils,
             "statement_date": args.date, "target_date": args.target_date,
             "notes": args.notes}  # fmt: skip
    changes = {k: v for k, v in given.items() if v is not None}
    if args.no_quantity:
        changes.update(quantity=None, unit="")
    if args.no_fulfils:
        changes["fulfils_id"] = None
    if not changes:
        raise Invalid("commitments edit: nothing to change (give --status, --quantity, …)")
    item = archive.commitments.update(args.commitment, **changes)
    if args.json:
        print_json(item.to_json())
    else:
        print(f"edited commitment #{item.id}: {', '.join(sorted(changes))}")
        print(_line(item))
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
        updates=args.updates, fulfils=args.fulfils, notes=args.notes,
    )  # fmt: skip
    if args.json:
        print_json(item.to_json())
    else:
        amount = f" ({item.amount})" if item.amount else ""
        print(f"added commitment #{item.id}: {item.actor_names()} {item.status} {item.category}"
              f"{amount} — {item.quote}")  # fmt: skip
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

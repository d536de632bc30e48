"""The memos command: notes on a quote, a document, a participant or a commitment."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from archiver.cli.common import Handler, Subparsers, print_json, reading, span, writing
from archiver.core.annotations.model import MEMO_TARGETS, Memo, MemoTarget
from archiver.core.change_words import describe
from archiver.core.errors import Invalid

if TYPE_CHECKING:
    from archiver.core.archive import Archive

_TEXT_HELP = "the memo's text ('-' reads it from stdin, several lines allowed)"


def register(sub: Subparsers) -> dict[str, Handler]:
    """Add the memos command with its add, edit, remove and list actions."""
    p = sub.add_parser("memos", help="notes on quotes, documents, participants, commitments")
    acts = p.add_subparsers(dest="memo_action", metavar="ACTION", required=True)
    a = acts.add_parser("add", help="write a memo on a quote, a document, a participant or a"
                        " commitment")  # fmt: skip
    a.add_argument("text", help=_TEXT_HELP)
    on = a.add_mutually_exclusive_group(required=True)
    on.add_argument("--document", type=int, metavar="ID", help="on this document (or a quote)")
    on.add_argument("--participant", metavar="P", help="on this participant (name or id)")
    on.add_argument("--commitment", type=int, metavar="ID", help="on this commitment")
    quote = a.add_mutually_exclusive_group()
    quote.add_argument("--quote", type=span, metavar="START:END",
                       help="with --document: on these characters of its text, exactly")  # fmt: skip
    quote.add_argument("--quote-text", metavar="TEXT",
                       help="with --document: on this passage (found in its text)")  # fmt: skip
    a.add_argument("--author", help="who wrote it (default: the archive's user)")
    a.add_argument("--json", action="store_true")
    a = acts.add_parser("edit", help="change a memo's text")
    a.add_argument("id", type=int)
    a.add_argument("text", help=_TEXT_HELP)
    a.add_argument("--json", action="store_true")
    a = acts.add_parser("remove", help="delete a memo (archiver undo takes it back)")
    a.add_argument("id", type=int)
    a.add_argument("--json", action="store_true")
    a = acts.add_parser("list", help="the memos, by document and place")
    a.add_argument("--document", type=int, metavar="ID",
                   help="its memos and those of its quotes and commitments")  # fmt: skip
    a.add_argument("--participant", metavar="P")
    a.add_argument("--commitment", type=int, metavar="ID")
    a.add_argument("--kind", choices=MEMO_TARGETS, help="only memos on this kind of target")
    a.add_argument("--author")
    a.add_argument("--text", help="memos (or their quotes) containing this, folded")
    a.add_argument("--json", action="store_true")
    return {"memos": _memos}


def _memos(args: argparse.Namespace) -> int:
    actions = {"add": writing(_add), "edit": writing(_edit), "remove": writing(_remove),
               "list": reading(_list)}  # fmt: skip
    return actions[args.memo_action](args)


def _text(value: str) -> str:
    return sys.stdin.read() if value == "-" else value


def _target(archive: Archive, args: argparse.Namespace) -> MemoTarget:
    quoted = args.quote is not None or args.quote_text is not None
    if args.document is None:
        if quoted:
            raise Invalid("--quote and --quote-text go with --document")
        if args.commitment is not None:
            return MemoTarget.on_commitment(args.commitment)
        return MemoTarget.on_participant(
            archive.annotations.participants.resolve(args.participant).id
        )
    if not quoted:
        return MemoTarget.on_document(args.document)
    if args.quote_text is not None:
        from archiver.core.text.quotes import find_quote

        text = archive.document(args.document).text
        start, end = find_quote(text, args.quote_text, f"document #{args.document}")
    else:
        start, end = args.quote
    return MemoTarget.on_quote(args.document, start, end)


def _add(archive: Archive, args: argparse.Namespace) -> int:
    memo = archive.memos.add(_target(archive, args), _text(args.text), author=args.author)
    if args.json:
        print_json(memo.to_json())
    else:
        print(f"added memo #{memo.id} on {_place(memo, _names(archive, [memo]))}")
    return 0


def _edit(archive: Archive, args: argparse.Namespace) -> int:
    memo = archive.memos.edit(args.id, _text(args.text))
    if args.json:
        print_json(memo.to_json())
    else:
        print(f"memo #{memo.id} on {_place(memo, _names(archive, [memo]))} changed")
    return 0


def _remove(archive: Archive, args: argparse.Namespace) -> int:
    change = archive.memos.remove(args.id)
    if args.json:
        print_json({"removed": args.id, "change": {"id": change.id, "what": describe(change, {}),
                                                   "documents": list(change.documents),
                                                   "change": change.to_json()}})  # fmt: skip
    else:
        print(f"removed memo #{args.id} (archiver undo takes it back)")
    return 0


def _list(archive: Archive, args: argparse.Namespace) -> int:
    participant = None
    if args.participant is not None:
        participant = archive.annotations.participants.resolve(args.participant).id
    memos = archive.memos.all(kind=args.kind, document=args.document, participant=participant,
                              commitment=args.commitment, author=args.author,
                              text=args.text)  # fmt: skip
    if args.json:
        print_json({"total": len(memos), "memos": [m.to_json() for m in memos]})
        return 0
    names = _names(archive, memos)
    for m in memos:
        first, *rest = m.text.split("\n")
        more = f"  (+{len(rest)} line{'s' if len(rest) > 1 else ''})" if rest else ""
        print(f"#{m.id:<5} {m.modified_at[:10]} {m.author:12} {_place(m, names):28} {first}{more}")
    print(f"{len(memos)} memo(s)")
    return 0


def _names(archive: Archive, memos: list[Memo]) -> dict[int, str]:
    """The names of the participants these memos are on."""
    pids = {m.participant_id for m in memos if m.participant_id is not None}
    return {pid: archive.annotations.participants.get(pid).name for pid in pids}


def _place(m: Memo, names: dict[int, str] | None = None) -> str:
    """Where a memo is, in a few words: «doc #3 12:20», «participant France», …"""
    if m.kind == "quote":
        return f"doc #{m.document_id} {m.start}:{m.end}"
    if m.kind == "document":
        return f"doc #{m.document_id}"
    if m.kind == "commitment":
        return f"commitment #{m.commitment_id}"
    name = (names or {}).get(m.participant_id or 0, f"#{m.participant_id}")
    return f"participant {name}"

"""``archiver export timeline``: the commitments over time as SVG, or PNG (drawn by Qt)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from archiver.cli.common import open_for_reading
from archiver.core.annotations.filters import CommitmentFilter
from archiver.core.annotations.model import CATEGORIES, STATUSES
from archiver.core.errors import Invalid

FORMATS = ("svg", "png")
_FILTERS = ("actor", "status", "category", "date_from", "date_to", "text", "width")


def add_filters(p: argparse.ArgumentParser) -> None:
    """The timeline's options on the export command (the commitments table's filters)."""
    group = p.add_argument_group("timeline", "what `export timeline` draws (filters as in "
                                 "`commitments list`)")  # fmt: skip
    group.add_argument("--actor", action="append", metavar="P",
                       help="a participant's row (repeat for more; default: every source actor)")  # fmt: skip
    group.add_argument("--status", action="append", choices=STATUSES)
    group.add_argument("--category", action="append", choices=CATEGORIES)
    group.add_argument("--from", dest="date_from", metavar="DATE")
    group.add_argument("--to", dest="date_to", metavar="DATE")
    group.add_argument("--text", help="words in what, condition, notes or the quote")
    group.add_argument("--width", type=int, metavar="PX", help="page width (default 1100)")


def refuse_filters(args: argparse.Namespace) -> None:
    """Invalid when a timeline option is given to another export."""
    given = [name for name in _FILTERS if getattr(args, name, None)]
    if given:
        options = ", ".join("--" + n.replace("date_", "") for n in given)
        raise Invalid(f"{options}: options of the timeline export, not of {args.what}")


def export(args: argparse.Namespace) -> int:
    """Write the timeline as SVG or PNG to the file (or standard output)."""
    from archiver.core.export.timeline import WIDTH, layout, timeline, title_of
    from archiver.core.export.timeline_svg import svg

    fmt = args.format or "svg"
    if fmt not in FORMATS:
        raise Invalid(f"the timeline is written as svg or png, not {fmt}")
    if args.all:
        raise Invalid("--all is an option of the participants export")
    if args.width is not None and not 400 <= args.width <= 8000:
        raise Invalid(f"--width must be from 400 to 8000 pixels, not {args.width}")
    if fmt == "png" and not args.output and sys.stdout.isatty():
        raise Invalid("a PNG goes to a file (-o FILE) or a pipe, not to the terminal")
    with open_for_reading(args) as archive:
        people = [archive.annotations.participants.resolve(a) for a in args.actor or []]
        chosen = CommitmentFilter(
            actors=tuple(p.id for p in people), statuses=tuple(args.status or ()),
            categories=tuple(args.category or ()), date_from=args.date_from,
            date_to=args.date_to, text=args.text or "",
        )  # fmt: skip
        drawn = timeline(archive.commitments, chosen)
    page = svg(layout(drawn, args.width or WIDTH), title_of(chosen, [p.name for p in people]))
    data = page.encode("utf-8")
    if fmt == "png":
        from archiver.render.png import svg_to_png  # Qt is loaded for a PNG only

        data = svg_to_png(data)
    _write(data, args.output)
    return 0


def _write(data: bytes, output: str | None) -> None:
    if not output:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
        return
    target = Path(output)
    part = target.with_name(target.name + ".part")
    part.write_bytes(data)
    part.replace(target)  # never a half-written file under the name asked for

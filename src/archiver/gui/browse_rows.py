"""The browse list brought up to date in place: which rows leave and which come, not a reset.

A view keeps its selection, its current row and its place when a model removes and inserts
rows; a reset loses all three. So when new ids arrive for the list shown (an import stored
more, a document went to the trash), the rows shown become the first rows of the new list
by removals and insertions only.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass, field

from PySide6.QtCore import QAbstractItemModel, QModelIndex


@dataclass
class RowChanges:
    """The removals (row runs, bottom first) then insertions (row and ids, top first)."""

    removed: list[tuple[int, int]] = field(default_factory=list)
    inserted: list[tuple[int, list[int]]] = field(default_factory=list)
    shown: list[int] = field(default_factory=list)  # the rows after both


def row_changes(
    shown: list[int], ids: list[int], live: Mapping[int, int], at_least: int
) -> RowChanges | None:
    """How the rows ``shown`` become the first rows of ``ids`` (``live``: each id's row in
    ``ids``): as many as reach the last row shown that is still there, and ``at_least``; None
    when the rows kept are not in the order of ``ids`` (sorted anew, or a row moved)."""
    kept = [doc_id for doc_id in shown if doc_id in live]
    places = [live[doc_id] for doc_id in kept]
    if places != sorted(places):
        return None  # found without walking the new list
    changes = RowChanges(removed=_removed_runs(shown, live))
    end = max(min(len(ids), at_least), places[-1] + 1 if places else 0)
    changes.shown = ids[:end]
    position, run_start, run = 0, 0, list[int]()  # position: rows kept so far
    for row, doc_id in enumerate(changes.shown):
        if position < len(kept) and doc_id == kept[position]:
            position += 1
            if run:
                changes.inserted.append((run_start, run))
                run = []
        else:
            if not run:
                run_start = row
            run.append(doc_id)
    if run:
        changes.inserted.append((run_start, run))
    return changes if position == len(kept) else None


def _removed_runs(shown: list[int], live: Collection[int]) -> list[tuple[int, int]]:
    """Runs of rows whose document left, as (first, last) rows, the bottom run first."""
    runs: list[tuple[int, int]] = []
    for row, doc_id in enumerate(shown):
        if doc_id in live:
            continue
        if runs and runs[-1][1] == row - 1:
            runs[-1] = (runs[-1][0], row)
        else:
            runs.append((row, row))
    return runs[::-1]


def apply_row_changes(
    model: QAbstractItemModel,
    rows: list[int],
    changes: RowChanges,
    dropped: Callable[[int], object],
) -> None:
    """Make the changes on ``rows`` (the model's ids, in place), each announced to its views;
    ``dropped`` hears of every id removed."""
    for first, last in changes.removed:
        model.beginRemoveRows(QModelIndex(), first, last)
        for doc_id in rows[first : last + 1]:
            dropped(doc_id)
        del rows[first : last + 1]
        model.endRemoveRows()
    for row, ids in changes.inserted:
        model.beginInsertRows(QModelIndex(), row, row + len(ids) - 1)
        rows[row:row] = ids
        model.endInsertRows()


def relayout(
    model: QAbstractItemModel,
    rows: list[int],
    order: list[int],
    at_least: int,
    place: Mapping[int, int] | None = None,
) -> None:
    """Show the first ids of ``order`` (the same list in another order, some ids gone; ``place``:
    each id's row in it): as many rows as were shown, ``at_least``, and enough to keep every
    row a view holds on to (the selection, the current row), moved with their documents in
    one layout change."""
    place = place if place is not None else {doc_id: row for row, doc_id in enumerate(order)}
    changes = RowChanges(removed=_removed_runs(rows, place))
    apply_row_changes(model, rows, changes, lambda _doc_id: None)
    held = {index.row() for index in model.persistentIndexList()}
    reach = max((place[rows[r]] + 1 for r in held if 0 <= r < len(rows)), default=0)
    end = max(len(rows), min(len(order), max(at_least, reach)))
    if end > len(rows):  # the rows first, so that the layout change moves rows that exist
        model.beginInsertRows(QModelIndex(), len(rows), end - 1)
        rows.extend(order[len(rows) : end])
        model.endInsertRows()
    model.layoutAboutToBeChanged.emit()
    old = list(rows)
    rows[:] = order[:end]
    for index in model.persistentIndexList():  # each follows its document to its new row
        row = place.get(old[index.row()], end) if 0 <= index.row() < len(old) else end
        target = model.index(row, index.column()) if row < end else QModelIndex()
        model.changePersistentIndex(index, target)
    model.layoutChanged.emit()

"""Commitments: who committed to what, tied to the quote in a source; add, update, delete.

One record may have several source actors ("France, Australia, Denmark and Sweden are ready
to help monitor a ceasefire" is one commitment, not four). ``Commitments``
(``archive.commitments``) is the API for the CLI and the GUI: the views of ``views.py`` and
the changes here, each one journaled step.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from archiver.core.annotations.checks import check, check_date, check_quantity
from archiver.core.annotations.memos import drop_memos_on
from archiver.core.annotations.model import (
    ACTIONS,
    CATEGORIES,
    DEFAULT_ACTION,
    DELIVERIES,
    FLAGS,
    ROLES,
    STATUSES,
    Commitment,
)
from archiver.core.annotations.views import CommitmentViews
from archiver.core.changes import Change, ChangeKind
from archiver.core.errors import Duplicate, Invalid
from archiver.core.store import commitments as rows
from archiver.core.store import documents as document_rows
from archiver.core.store import mentions as mention_rows

if TYPE_CHECKING:
    from archiver.core.annotations.journal import Step


ActorSpec = int | tuple[int, str]
_EDITABLE = {
    "action", "category", "status", "what", "condition", "future", "hypothetical", "negated",
    "quantity", "unit", "statement_date", "target_date", "updates_id", "fulfils_id", "notes",
}  # fmt: skip


_FIELD_DEFAULTS: dict[str, Any] = {
    "what": "", "action": None, "condition": "", "future": False, "hypothetical": False,
    "negated": False, "quantity": None, "unit": "", "statement_date": None,
    "target_date": None, "updates": None, "fulfils": None, "notes": "",
}  # fmt: skip
"""``Commitments.add``'s keyword defaults, for the row it checks (``_values``)."""


class Commitments(CommitmentViews):
    """Commitments of one archive: the views, and the changes (add, update, delete)."""

    def add(
        self,
        doc_id: int,
        actors: Sequence[ActorSpec],
        *,
        category: str,
        status: str,
        what: str = "",
        action: str | None = None,
        quote: tuple[int, int] | None = None,
        condition: str = "",
        future: bool = False,
        hypothetical: bool = False,
        negated: bool = False,
        quantity: float | None = None,
        unit: str = "",
        statement_date: str | None = None,
        target_date: str | None = None,
        updates: int | None = None,
        fulfils: int | None = None,
        notes: str = "",
        new_people: Sequence[tuple[str, str]] = (),
    ) -> Commitment:
        """Record a commitment; ``actors`` are ids (sources) or (id, role) pairs, and
        ``new_people`` (name, role) pairs of persons the document names after a title who are
        not in the archive yet: they are created in the same step (one undo takes back all).

        Without a ``statement_date`` of its own, its date is its document's published date,
        read as the document has it (dating the document dates it); ``action`` defaults to
        the one that goes with ``status`` (offered -> offer...). ``updates``: the commitment this is
        a later word on; ``fulfils``: for a delivery, its pledge. A quantity needs its unit.
        One that repeats a commitment of the same passage is refused (Duplicate, see
        ``same_as``).
        """
        # the keyword arguments, as given (the first statement: nothing else is local yet)
        fields = {
            k: v for k, v in locals().items()
            if k not in ("self", "doc_id", "actors", "quote", "new_people")
        }  # fmt: skip
        values = self._values(doc_id, **fields)
        new = [(name, check(role, ROLES, "actor role")) for name, role in new_people]
        pairs = self._actors(actors, new_source=any(role == "source" for _, role in new))
        if not new:  # with a new person it can repeat none
            _refuse(self._same(values, pairs, quote, besides=None))
        with self.ann.journal.change(ChangeKind.ADD_COMMITMENT, documents=[doc_id],
                                     participants=[pid for pid, _ in pairs]) as step:  # fmt: skip
            pairs += [(self.ann.mentions.create_person(step, doc_id, name), role)
                      for name, role in new]  # fmt: skip
            if quote is not None:
                values["span_id"] = self.ann.mentions.make_span(step, doc_id, *quote)
            cid = rows.add(step.log, values)
            step.name(commitment=cid)
            rows.add_actors(step.log, cid, pairs)
            self.ann.mentions.confirm_in(step, doc_id, [pid for pid, _ in pairs])
        return self.get(cid)

    def same_as(
        self,
        doc_id: int,
        actors: Sequence[ActorSpec],
        *,
        quote: tuple[int, int] | None = None,
        **fields: Any,
    ) -> Commitment | None:
        """The commitment that ``add`` with these arguments would repeat, or None.

        The same is: the same document and quote span, the same actors in the same roles,
        action, category and status, what and condition (as written, case and spacing
        aside), flags, quantity and unit, dates, and the commitment it updates or fulfils;
        the notes are no part of it.
        """
        return self._same(self._values(doc_id, **fields), self._actors(actors), quote, None)

    def _values(self, doc_id: int, **fields: Any) -> dict[str, Any]:
        """The row a new commitment would be, checked (its span and actors apart)."""
        f = {**_FIELD_DEFAULTS, **fields}  # add's keywords (category and status have no default)
        document_rows.published_of(self.db, doc_id)  # UnknownDocument when there is none
        status = check(f["status"], STATUSES, "status")
        values: dict[str, Any] = {
            "document_id": doc_id,
            "action": check(f["action"] or DEFAULT_ACTION[status], ACTIONS, "action"),
            "category": check(f["category"], CATEGORIES, "category"),
            "status": status,
            "what": f["what"].strip(),
            "condition": f["condition"].strip(),
            "future": int(bool(f["future"])),
            "hypothetical": int(bool(f["hypothetical"])),
            "negated": int(bool(f["negated"])),
            "quantity": check_quantity(f["quantity"]),
            "unit": f["unit"].strip(),
            "statement_date": check_date(f["statement_date"], "statement date"),
            "target_date": check_date(f["target_date"], "target date"),
            "updates_id": self._check_updates(f["updates"], None),
            "fulfils_id": self._check_fulfils(f["fulfils"], None, status),
            "notes": f["notes"],
        }
        _check_unit(values["quantity"], f["unit"])
        return values

    def _same(
        self,
        values: dict[str, Any],
        pairs: list[tuple[int, str]],
        quote: tuple[int, int] | None,
        besides: int | None,
    ) -> Commitment | None:
        """The commitment of the same passage that these values repeat (not ``besides``)."""
        doc_id = int(values["document_id"])
        wanted = _sameness(self._stated(values), pairs)
        for other in self.on_passage(doc_id, quote):
            if other.id != besides and _sameness(_fields(other), _pairs(other)) == wanted:
                return other
        return None

    def update(self, cid: int, **changes: Any) -> Commitment:
        """Change fields; ``actors=[...]`` replaces the actors, ``quote=(start, end)`` the span."""
        old = self.get(cid)
        actors = changes.pop("actors", None)
        quote = changes.pop("quote", "keep")
        changes = self._checked(cid, changes)
        if "quantity" in changes or "unit" in changes:  # an older unit-less number may stay
            _check_unit(changes.get("quantity", old.quantity), changes.get("unit", old.unit))
        fulfils = changes.get("fulfils_id", old.fulfils_id)
        if fulfils is not None and changes.get("status", old.status) not in DELIVERIES:
            raise Invalid(f"commitment #{cid} fulfils #{fulfils}: only a delivery "
                          f"({', '.join(DELIVERIES)}) fulfils a pledge")  # fmt: skip
        pairs = self._actors(actors) if actors is not None else None
        _refuse(self._same_after(old, changes, pairs, quote))
        with self.ann.journal.change(ChangeKind.UPDATE_COMMITMENT, commitments=[cid],
                                     documents=[old.document_id]) as step:  # fmt: skip
            step.extra = {"fields": sorted(changes) + (["quote"] if quote != "keep" else [])
                          + (["actors"] if pairs is not None else [])}  # fmt: skip
            if quote != "keep":
                span_id = rows.span_of(self.db, cid)
                new_span = (
                    self.ann.mentions.make_span(step, old.document_id, *quote) if quote else None
                )
                rows.set_span(step.log, cid, new_span)
                if span_id is not None:
                    mention_rows.delete_span(step.log, span_id)
            if pairs is not None:
                rows.delete_actors(step.log, cid)
                rows.add_actors(step.log, cid, pairs)
                self.ann.mentions.confirm_in(step, old.document_id, [pid for pid, _ in pairs])
            rows.update(step.log, cid, changes)
        return self.get(cid)

    def same_after(self, cid: int, **changes: Any) -> Commitment | None:
        """The other commitment that ``update(cid, **changes)`` would make this one repeat
        (refused as Duplicate), or None."""
        old = self.get(cid)
        actors = changes.pop("actors", None)
        quote = changes.pop("quote", "keep")
        pairs = self._actors(actors) if actors is not None else None
        return self._same_after(old, self._checked(cid, changes), pairs, quote)

    def _same_after(
        self,
        old: Commitment,
        changes: dict[str, Any],
        pairs: list[tuple[int, str]] | None,
        quote: Any,
    ) -> Commitment | None:
        """The other commitment an edit makes ``old`` repeat; None also when the edit leaves
        what makes it the same as it was (notes, a repeat merged from another copy)."""
        values, after = {**_fields(old), **changes}, _pairs(old) if pairs is None else pairs
        values = self._stated(values)
        span = old.span if quote == "keep" else tuple(quote) if quote else None
        if span == old.span and _sameness(values, after) == _sameness(_fields(old), _pairs(old)):
            return None
        return self._same(values, after, span, old.id)

    def _stated(self, values: dict[str, Any]) -> dict[str, Any]:
        """``values`` with the statement date a commitment shows: its own, else its document's."""
        if values.get("statement_date"):
            return values
        published = document_rows.published_of(self.db, int(values["document_id"]))
        return {**values, "statement_date": str(published)[:10] if published else None}

    def delete(self, cid: int) -> Change:
        """Delete a commitment, its actors and its quote span (undoable)."""
        old = self.get(cid)
        with self.ann.journal.change(ChangeKind.DELETE_COMMITMENT, commitments=[cid],
                                     documents=[old.document_id],
                                     participants=[a.participant_id for a in old.actors],
                                     ) as step:  # fmt: skip
            drop_commitment(step, cid)
        return step.result

    def _checked(self, cid: int, changes: dict[str, Any]) -> dict[str, Any]:
        unknown = set(changes) - _EDITABLE
        if unknown:
            raise Invalid(f"not editable: {', '.join(sorted(unknown))}")
        for name, allowed in (("action", ACTIONS), ("category", CATEGORIES), ("status", STATUSES)):
            if name in changes:
                changes[name] = check(changes[name], allowed, name)
        for name in ("statement_date", "target_date"):
            if name in changes:
                changes[name] = check_date(changes[name], name.replace("_", " "))
        for name in FLAGS:
            if name in changes:
                changes[name] = int(bool(changes[name]))
        if "updates_id" in changes:
            changes["updates_id"] = self._check_updates(changes["updates_id"], cid)
        if "fulfils_id" in changes:
            changes["fulfils_id"] = self._check_fulfils(changes["fulfils_id"], cid, None)
        if "unit" in changes:
            changes["unit"] = str(changes["unit"] or "").strip()
        if "quantity" in changes:
            changes["quantity"] = check_quantity(changes["quantity"])
        return changes

    def _check_updates(self, updates: int | None, cid: int | None) -> int | None:
        if updates is None:
            return None
        if updates == cid:
            raise Invalid("a commitment cannot update itself")
        if not rows.exists(self.db, updates):
            raise Invalid(f"no commitment #{updates} to update")
        return int(updates)

    def _check_fulfils(self, pledge: int | None, cid: int | None, status: str | None) -> int | None:
        """The pledge a delivery fulfils: another commitment that is not itself a delivery."""
        if pledge is None:
            return None
        if pledge == cid:
            raise Invalid("a commitment cannot fulfil itself")
        if status is not None and status not in DELIVERIES:
            raise Invalid(f"only a delivery ({', '.join(DELIVERIES)}) fulfils a pledge, "
                          f"not a commitment with status {status}")  # fmt: skip
        pledged = rows.status_of(self.db, pledge)
        if pledged is None:
            raise Invalid(f"no commitment #{pledge} to fulfil")
        if pledged in DELIVERIES:
            raise Invalid(f"commitment #{pledge} is a delivery itself, not a pledge to fulfil")
        return int(pledge)

    def _actors(
        self, actors: Sequence[ActorSpec], *, new_source: bool = False
    ) -> list[tuple[int, str]]:
        pairs: list[tuple[int, str]] = []
        for spec in actors:
            pid, role = (spec, "source") if isinstance(spec, int) else spec
            pair = (self.ann.participants.get(int(pid)).id, check(role, ROLES, "role"))
            if pair not in pairs:
                pairs.append(pair)
        if not new_source and not any(role == "source" for _, role in pairs):
            raise Invalid("a commitment needs at least one source actor")
        return pairs


_SAME = ("action", "category", "status", "future", "hypothetical", "negated", "quantity",
         "statement_date", "target_date", "updates_id", "fulfils_id")  # fmt: skip
"""The fields two commitments of one passage must share to be the same (with the actors,
what, condition and unit, compared as written less case and spacing)."""


def _sameness(values: dict[str, Any], pairs: Sequence[tuple[int, str]]) -> tuple[Any, ...]:
    """What makes a commitment the one it is, for telling a repeat (notes aside)."""
    words = tuple(" ".join(rows.fold_text(values.get(k)).split()) for k in ("what", "condition"))
    unit = str(values.get("unit") or "").strip().casefold()
    fields = tuple(bool(values[k]) if k in FLAGS else values.get(k) for k in _SAME)
    return frozenset(pairs), words, unit, fields


def _fields(c: Commitment) -> dict[str, Any]:
    """A stored commitment's fields as ``_values`` makes them."""
    return {"document_id": c.document_id, "what": c.what, "condition": c.condition,
            "unit": c.unit, **{k: getattr(c, k) for k in _SAME}}  # fmt: skip


def _pairs(c: Commitment) -> list[tuple[int, str]]:
    return [(a.participant_id, a.role) for a in c.actors]


def _refuse(same: Commitment | None) -> None:
    """Refuse a commitment that repeats ``same`` (Duplicate, naming it)."""
    if same is not None:
        said = same.what or same.category
        raise Duplicate(f"commitment #{same.id} already records this "
                        f"({same.actor_names(None, ', ')}: {same.status}, {said}); "
                        "nothing was stored", same.id)  # fmt: skip


def _check_unit(quantity: float | None, unit: str) -> None:
    """A number alone says nothing: 30 what? (countries, troops, EUR, USD…)."""
    if quantity is not None and not unit.strip():
        raise Invalid(f"quantity {quantity:g} needs its unit or currency (EUR, USD, troops…)")


def drop_commitment(step: Step, cid: int) -> None:
    """Within a step, delete a commitment with its actors, memos and quote span; later
    commitments that update it no longer do."""
    span_id = rows.span_of(step.db, cid)
    for later in rows.updated_by(step.db, cid):
        rows.forget_update(step.log, later)
    for delivery in rows.fulfilled_by(step.db, cid):
        rows.forget_fulfils(step.log, delivery)
    rows.delete_actors(step.log, cid)
    drop_memos_on(step, commitment=cid)
    rows.delete(step.log, cid)
    if span_id is not None:
        mention_rows.delete_span(step.log, span_id)

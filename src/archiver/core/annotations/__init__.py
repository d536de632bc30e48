"""Annotations: participants, mentions, tags, collections, saved searches, memos and commitments, and the journal that undoes them.

``archive.annotations`` is an ``Annotations`` (facade.py), a composition whose parts are
attributes, each with one job:

    journal        journal.py       each change one step: a transaction, an undo entry with
                                    the inverse of its rows, a typed ``Change``; undo_last
    participants   participants.py  participants and aliases: add, update, rename, remove,
                                    find and resolve by any name
    mentions       mentions.py      suggestions (aliases, and people from their titles:
                                    titles.py, people.py, places.py), confirm, reject,
                                    untag, tag a span, spans
    blocks         blocks.py        suggestions turned down in a document or everywhere
    tags           tags.py          free tags on documents, hierarchical by name (region/levant)
    collections    collections.py   collections (hierarchical), documents put in and taken out
    saved          saved_searches.py  saved searches: a query under a name, run live
    memos          memos.py         memos on a quote, a document, a participant, a commitment
    keywords       keywords.py      the index's view: a document's keyword fields, and the
                                    participant ids (with members) a query filter stands for
    setup          setup.py         the starter gazetteer and alias re-analysis (not journaled)

``archive.commitments`` is a ``Commitments`` (commitments.py): the views of ``views.py``
(commitments table, counts, participant page, matrix) plus add, update and delete.
The records they return are in ``model.py``, the field checks in ``checks.py`` (a typed
quantity, 1.5 billion or ٢ ألف, is read by ``quantities.py``), the alias
matcher and gazetteer data in ``gazetteer.py``. No module here issues SQL: each table's
statements are in its own ``core/store`` module.

Every change returns a typed result: the record it created or changed, or the
``core.changes.Change`` it journaled (kind, ids, documents). Words for a change are built
where they are shown.
"""

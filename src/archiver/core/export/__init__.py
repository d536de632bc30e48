"""Exports: the format writers (writers.py) and one row shaper per export.

Importing the package registers every export in ``writers.EXPORTERS``, so
``writers.export(archive, what, fmt)`` knows them all: documents (writers.py), participants
(participants.py), commitments and commitments-long (commitments.py), memos (memos.py).
"""

from archiver.core.export.commitments import export_commitments, export_long
from archiver.core.export.memos import export_memos
from archiver.core.export.participants import export_participants
from archiver.core.export.writers import EXPORTERS

EXPORTERS.update(
    {
        "participants": export_participants,
        "commitments": export_commitments,
        "commitments-long": export_long,
        "memos": export_memos,
    }
)

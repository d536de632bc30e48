"""REFI-QDA projects (``.qdpx``: ``project.qde`` and ``sources/``): export the archive or a
collection for QualCoder, MAXQDA, ATLAS.ti or NVivo, and import a project one of them made.
See docs/qdpx.md for what maps to what."""

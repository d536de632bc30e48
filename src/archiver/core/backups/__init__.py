"""Backups of an archive: making one beside a running app, checking and restoring it, rotation.

A backup is a folder: ``backup.json`` (the manifest), ``archive.sqlite3`` (a consistent copy
made with SQLite's backup API from a read connection), ``originals/`` (hard links when on the
same file system, copies otherwise) and, on request, ``index/``.
"""

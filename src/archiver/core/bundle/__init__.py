"""Bundles: one zip file that carries documents, their records and change log to another copy.

``manifest`` says what a bundle file is, ``zipcheck`` and ``reader`` check one entry by entry
before anything is used, ``writer`` writes one whole or not at all.
"""

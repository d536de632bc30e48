"""Bundles: one zip file that carries documents, their records and change log to another copy.

``manifest`` says what a bundle file is, ``zipcheck`` and ``reader`` check one entry by entry
before anything is used, ``writer`` writes one whole or not at all.
"""

from archiver.core.bundle.manifest import Limits
from archiver.core.bundle.reader import BundleInfo
from archiver.core.bundle.transfer import export, import_bundle, inspect

__all__ = ["BundleInfo", "Limits", "export", "import_bundle", "inspect"]

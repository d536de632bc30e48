"""Archiver: a desktop archive manager for Arabic and English source documents."""

__version__ = "0.1.0"

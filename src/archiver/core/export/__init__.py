"""Exports: format writers and the rows of each export."""

"""Participants and commitments in the window: side panel, dialogs, archive-wide views."""

from archiver.gui.annotations.install import install

__all__ = ["install"]

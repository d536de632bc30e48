"""Participants and commitments in the window: side panel, dialogs, archive-wide views."""

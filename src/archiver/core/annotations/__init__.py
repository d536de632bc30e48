"""Participants, mentions, tags, commitments and their journal."""

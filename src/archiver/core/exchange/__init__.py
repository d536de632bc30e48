"""Exchange with other programs' project formats (REFI-QDA: ``qdpx``)."""

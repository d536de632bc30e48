"""The query language, highlighting, indexing and the Whoosh index."""

"""Prefix clauses matched as one sorted list of document numbers, each hit scoring the boost.

Whoosh's Prefix ORs a Term per indexed word that starts with the prefix: on a segment of up
to 5,000 documents through a matcher that walks every document number of the segment in
Python, scoring 1 a hit; on a larger one through a tree of union matchers that sums each
word's BM25 score. The first costs the segment's size, the second a Python call per
posting per tree level, and the two rank the same document differently by the size of the
segment it is in. Here the postings of the words are read whole (the codec reads each
block's ids at once) into a sorted list: the clause matches the same documents, and every
hit scores the clause's boost, whatever the segment.
"""

from __future__ import annotations

from whoosh import matching
from whoosh import query as wq
from whoosh.searching import Searcher


class ListedPrefix(wq.Prefix):
    """A Prefix whose matcher is the sorted union of its words' document numbers."""

    def matcher(self, searcher: Searcher, context: object = None) -> matching.Matcher:
        """The documents of every word starting with the prefix, each scoring the boost."""
        reader = searcher.reader()
        found: set[int] = set()
        for word in reader.expand_prefix(self.fieldname, self.text):
            found.update(reader.postings(self.fieldname, word).all_ids())
        if not found:
            return matching.NullMatcher()
        return matching.ListMatcher(sorted(found), all_weights=self.boost)

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
from whoosh.reading import IndexReader
from whoosh.searching import Searcher

from archiver.core.errors import QueryRefused, RefusalCode


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


def words_of_prefixes(
    leaves: list[IndexReader], query: wq.Query, most: int | None = None
) -> dict[tuple[str, str], list[list[bytes]]]:
    """Each prefix's words in ``query``, segment by segment (in the order of ``leaves``).

    QueryRefused when the prefixes together stand for more than ``most`` words (when given): a
    two-letter prefix in a large archive is thousands of words, each a postings list to read.
    """
    found: dict[tuple[str, str], list[list[bytes]]] = {}
    left = most if most is not None else float("inf")
    for prefix in query.leaves():
        key = (prefix.fieldname, prefix.text) if isinstance(prefix, wq.Prefix) else None
        if key is None or key in found:
            continue
        found[key] = [list(leaf.expand_prefix(*key)) for leaf in leaves]
        left -= len(set().union(*found[key])) if len(leaves) > 1 else sum(map(len, found[key]))
        if left < 0:
            raise QueryRefused(
                RefusalCode.PREFIX_TOO_BROAD,
                f"the prefix «{prefix.text}*» matches too many words (more than "
                f"{most} words for the prefixes of one query): type more letters",
                prefix=f"{prefix.text}*",
                limit=int(most or 0),
            )
    return found

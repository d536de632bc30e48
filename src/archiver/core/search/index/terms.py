"""Reading a segment's term table, compact inline entries (``inline``) included."""

from __future__ import annotations

from typing import Any

from whoosh.codec.whoosh3 import W3FieldCursor, W3TermInfo, W3TermsReader
from whoosh.reading import TermNotFound

from archiver.core.search.index import inline


class TermInfo(W3TermInfo):
    """Whoosh's term info, read from either form of entry."""

    @classmethod
    def from_bytes(cls, s: bytes) -> W3TermInfo:
        if s[0] == inline.FLAG:
            return inline.fill(cls(), s)
        return W3TermInfo.from_bytes(s)


class _FieldCursor(W3FieldCursor):
    def term_info(self) -> W3TermInfo | None:
        if self._pos is None:
            return None
        return TermInfo.from_bytes(self._tindex.dbfile.get(self._datapos, self._datalen))


class TermsReader(W3TermsReader):
    """Whoosh's W3 terms reader, each entry decoded by ``TermInfo``."""

    def cursor(self, fieldname: str, fieldobj: Any) -> W3FieldCursor:
        return _FieldCursor(self._tindex, fieldname, self._keycoder, self._keydecoder, fieldobj)

    def items(self) -> Any:
        decode = self._keydecoder
        return ((decode(k), TermInfo.from_bytes(v)) for k, v in self._tindex.items())

    def items_from(self, fieldname: str, prefix: bytes) -> Any:
        decode = self._keydecoder
        start = self._keycoder(fieldname, prefix)
        return ((decode(k), TermInfo.from_bytes(v)) for k, v in self._tindex.items_from(start))

    def term_info(self, fieldname: str, tbytes: bytes) -> W3TermInfo:
        try:
            return TermInfo.from_bytes(self._tindex[self._keycoder(fieldname, tbytes)])
        except KeyError:
            raise TermNotFound(f"No term {fieldname}:{tbytes!r}") from None

    def _entry(self, fieldname: str, tbytes: bytes) -> tuple[int, bytes | None]:
        """Where a term's entry is, and its bytes when it is compact (else None)."""
        datapos, datalen = self._range_for_key(fieldname, tbytes)
        if self._dbfile.get_byte(datapos) != inline.FLAG:
            return datapos, None
        return datapos, self._dbfile.get(datapos, datalen)

    def frequency(self, fieldname: str, tbytes: bytes) -> float:
        datapos, compact = self._entry(fieldname, tbytes)
        if compact is None:
            return W3TermInfo.read_weight(self._dbfile, datapos)
        _, weights, _, _, _ = inline.decode(compact)
        return inline.statistics(weights)[0]

    def doc_frequency(self, fieldname: str, tbytes: bytes) -> int:
        datapos, compact = self._entry(fieldname, tbytes)
        if compact is None:
            return W3TermInfo.read_doc_freq(self._dbfile, datapos)
        return inline.count_of(compact)

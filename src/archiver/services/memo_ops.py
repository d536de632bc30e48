"""Memos for the GUI: reads on the session's read-only connection, changes on the serial lane
(through ``AnnotationOps.write``, so the panel and the views hear of them as of any change)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from archiver.core.annotations.memos import Memos
from archiver.core.annotations.model import Memo, MemoTarget
from archiver.services.annotation_ops import AnnotationOps
from archiver.services.operation import Operation

Done = Callable[[Any], None] | None


class MemoOps:
    """The memo half of an archive session, over its annotation half."""

    def __init__(self, ops: AnnotationOps) -> None:
        self.ops = ops

    @property
    def _memos(self) -> Memos:
        return self.ops.session.reader.memos

    @property
    def readonly(self) -> bool:
        """True when changes are off (another process writes)."""
        return self.ops.readonly

    # -- reads (GUI thread) ----------------------------------------------------------------

    def memo(self, memo_id: int) -> Memo:
        """One memo (NotFound when it was deleted meanwhile)."""
        return self._memos.get(memo_id)

    def memos(self, **filters: Any) -> list[Memo]:
        """Memos matching the filters of ``Memos.all``."""
        return self._memos.all(**filters)

    def authors(self) -> list[str]:
        """Everyone who wrote a memo."""
        return self._memos.authors()

    def document_title(self, doc_id: int) -> str:
        """A document's title ('' when it is gone)."""
        found = self.ops.session.reader.summaries([doc_id]).get(doc_id)
        return str(found["title"]) if found else ""

    # -- writes (serial lane) --------------------------------------------------------------

    def add(self, target: MemoTarget, text: str, *, on_done: Done = None,
            on_error: Callable[[BaseException], None] | None = None) -> bool:  # fmt: skip
        """Write a memo on ``target``."""
        return self.ops.write(Operation.ADD_MEMO, lambda a: a.memos.add(target, text),
                              on_done=on_done, on_error=on_error)  # fmt: skip

    def edit(self, memo_id: int, text: str, *, on_done: Done = None,
             on_error: Callable[[BaseException], None] | None = None) -> bool:  # fmt: skip
        """Change a memo's text."""
        return self.ops.write(Operation.EDIT_MEMO, lambda a: a.memos.edit(memo_id, text),
                              on_done=on_done, on_error=on_error)  # fmt: skip

    def remove(self, memo_id: int, *, on_done: Done = None) -> bool:
        """Delete a memo (undoable)."""
        return self.ops.write(Operation.DELETE_MEMO, lambda a: a.memos.remove(memo_id),
                              on_done=on_done)  # fmt: skip

"""The GUI's one place that words errors and the operations they happened in."""

from archiver.core.errors import Locked, UnknownDocument
from archiver.gui.errors import failure_text, operation_words
from archiver.services.operation import Operation


def test_every_operation_has_words(qapp) -> None:
    for operation in Operation:
        assert operation_words(operation).strip(), operation


def test_a_failure_names_the_operation_and_the_reason(qapp) -> None:
    text = failure_text(Operation.DELETE, UnknownDocument(7))
    assert text == "Could not move the document to the trash: no document #7"
    assert "locked by another process" in failure_text(Operation.IMPORT, Locked("pid 12"))

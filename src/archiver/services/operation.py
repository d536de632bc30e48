"""The operations the services run for the GUI, named as data; the GUI words them."""

from __future__ import annotations

from enum import StrEnum


class Operation(StrEnum):
    """What a write on the serial lane (or an export on the reads lane) was doing."""

    INDEX = "index"
    EDIT = "edit"
    DELETE = "delete"
    IMPORT = "import"
    CHECK = "check"
    PREPARE_ANNOTATIONS = "prepare annotations"
    CONFIRM = "confirm"
    CONFIRM_ALL = "confirm all"
    REJECT = "reject"
    UNTAG = "untag"
    TAG = "tag"
    RECORD_COMMITMENT = "record commitment"
    EDIT_COMMITMENT = "edit commitment"
    DELETE_COMMITMENT = "delete commitment"
    DELETE_PARTICIPANT = "delete participant"
    EXPORT = "export"
    UNDO = "undo"
    REDO = "redo"
    RESTORE = "restore"
    EMPTY_TRASH = "empty the trash"
    EXPORT_BUNDLE = "export a bundle"
    IMPORT_BUNDLE = "import a bundle"
    RESOLVE_CONFLICT = "resolve a conflict"
    EXPORT_PROJECT = "export a REFI-QDA project"
    IMPORT_PROJECT = "import a REFI-QDA project"

"""Web pages saved as one file (.mhtml, .mht): a MIME message whose HTML part is the page,
read through the web-page reader; the saved address stands in for a missing canonical link."""

from __future__ import annotations

import email
import email.policy
from email.message import EmailMessage
from pathlib import Path

from archiver.core.errors import FailureCode, ImportFailure
from archiver.core.imports.base import Extracted, damaged
from archiver.core.imports.webpage import page_text


def extract_mhtml(path: Path, data: bytes) -> Extracted:
    """The article of a page saved as MHTML (the first text/html part)."""
    message = email.message_from_bytes(data, policy=email.policy.default)
    assert isinstance(message, EmailMessage)
    part = next((p for p in message.walk() if p.get_content_type() == "text/html"), None)
    if part is None:
        raise ImportFailure(
            FailureCode.NOT_A_WEB_PAGE, "not a saved web page (no HTML part in the MHTML file)"
        )
    try:
        html = part.get_content()
    except (LookupError, ValueError) as exc:  # an unknown charset, a broken encoding
        raise damaged("MHTML file", str(exc)) from exc
    saved_from = str(
        message.get("Snapshot-Content-Location") or part.get("Content-Location") or ""
    ).strip()
    extracted = page_text(str(html), kind="mhtml")
    if not extracted.url:
        extracted.url = saved_from
    return extracted

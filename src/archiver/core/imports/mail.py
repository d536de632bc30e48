"""E-mail messages (.eml) with the standard library: the subject as title, the sender's name
as author (the address as the document's URL, ``mailto:``), the Date header as the publication date, the body in its declared charset (plain text
preferred, else the HTML part through the web-page reader), and the attachments of kinds the
archive reads, which the importer makes documents of their own."""

from __future__ import annotations

import binascii
import email
import email.policy
import email.utils
from email.message import EmailMessage
from pathlib import Path

from archiver.core.errors import FailureCode, ImportFailure
from archiver.core.imports.base import Attachment, Extracted
from archiver.core.imports.kinds import SUPPORTED
from archiver.core.imports.paragraphs import tidy
from archiver.core.imports.text import canonical, decode

_CONTROLS = str.maketrans("", "", "".join(map(chr, [*range(0, 9), 11, 12, *range(14, 32), 127])))
ATTACHED_MESSAGE = "attached message.eml"  # the name of a forwarded message without one


def extract_eml(path: Path, data: bytes) -> Extracted:
    """The text and headers of an e-mail, with its attachments' bytes."""
    message = email.message_from_bytes(data, policy=email.policy.default)
    assert isinstance(message, EmailMessage)
    if not any(message.get(name) for name in ("From", "Subject", "Date", "Message-ID")):
        raise ImportFailure(
            FailureCode.NOT_AN_EMAIL, "not an e-mail message (no From, Subject or Date header)"
        )
    subject = tidy(_header(message, "Subject"))
    text, method, warnings = _body(message)
    attachments, skipped = _attachments(message)
    warnings += [f"attachment '{name}' not imported ({why})" for name, why in skipped]
    if not text.strip():
        if not subject:
            raise ImportFailure(FailureCode.EMPTY_EMAIL, "e-mail with no text and no subject")
        text = subject
    author, address = _sender(message)
    return Extracted(
        kind="email",
        text=text,
        raw_text=text,
        title=subject or None,
        date=_date(message),
        method=method,
        warnings=warnings,
        author=author,
        url=f"mailto:{address}" if address else "",
        attachments=attachments,
    )


def _header(message: EmailMessage, name: str) -> str:
    try:
        return str(message.get(name) or "")
    except (ValueError, IndexError, TypeError):  # a header the parser cannot decode
        return ""


def _sender(message: EmailMessage) -> tuple[str, str]:
    """The sender's display name (the address when it has none) and address ("" if none)."""
    try:
        header = message.get("From")
        addresses = list(getattr(header, "addresses", ()))
    except (ValueError, IndexError, TypeError):  # a header the parser cannot decode
        addresses = []
    if not addresses:
        return tidy(_header(message, "From")), ""
    first = addresses[0]
    address = first.addr_spec if "@" in first.addr_spec else ""
    return tidy(first.display_name) or address or tidy(_header(message, "From")), address


def _date(message: EmailMessage) -> str | None:
    """The day the message was sent, in the sender's time zone (ISO), or None."""
    try:
        sent = email.utils.parsedate_to_datetime(_header(message, "Date"))
    except (ValueError, TypeError, IndexError):
        return None
    return sent.date().isoformat() if 1900 < sent.year < 2200 else None


def _body(message: EmailMessage) -> tuple[str, str, list[str]]:
    """The body's canonical text, how it was read, and warnings."""
    part = message.get_body(preferencelist=("plain", "html"))
    if part is None:
        return "", "email", []
    assert isinstance(part, EmailMessage)
    raw, charset, warnings = _decoded(part)
    if part.get_content_subtype() == "html":
        return _html_body(raw), f"email/html/{charset}", warnings
    return canonical(raw.translate(_CONTROLS)), f"email/{charset}", warnings


def _html_body(html: str) -> str:
    """An HTML body's article (a newsletter's boxes left out), else all of its text: a
    short message is no article to trafilatura."""
    from archiver.core.imports import xhtml
    from archiver.core.imports.paragraphs import document_text
    from archiver.core.imports.webpage import page_text

    try:
        return page_text(html, kind="email").text
    except ImportFailure:
        pass
    try:
        return document_text(xhtml.paragraphs(xhtml.parse(html, "e-mail")))
    except ImportFailure:
        return ""


def _decoded(part: EmailMessage) -> tuple[str, str, list[str]]:
    """A text part's characters in its declared charset; guessed when the charset is unknown."""
    charset = part.get_content_charset() or "us-ascii"
    try:
        return str(part.get_content()), charset, []
    except (LookupError, UnicodeError, ValueError):
        payload = part.get_payload(decode=True)
        text, guessed = decode(payload if isinstance(payload, bytes) else b"")
        return text, guessed, [f"unknown charset '{charset}': read as {guessed}"]


def _attachments(message: EmailMessage) -> tuple[list[Attachment], list[tuple[str, str]]]:
    """Attachments the archive can read, and (name, reason) for those it cannot."""
    kept: list[Attachment] = []
    skipped: list[tuple[str, str]] = []
    for part in message.iter_attachments():
        assert isinstance(part, EmailMessage)
        nested = part.get_content_type() == "message/rfc822"
        name = Path(part.get_filename() or (ATTACHED_MESSAGE if nested else "")).name
        if not name:
            continue  # an unnamed inline part (a signature image): not a document
        if Path(name).suffix.lower() not in SUPPORTED:
            skipped.append((name, "not a kind of file the archive reads"))
            continue
        data = _payload(part, nested)
        if data:
            kept.append(Attachment(name, data))
        else:
            skipped.append((name, "empty or undecodable"))
    return kept, skipped


def _payload(part: EmailMessage, nested: bool) -> bytes:
    if nested:
        inner = part.get_payload(0)
        data = inner.as_bytes() if isinstance(inner, EmailMessage) else b""
        if str(part.get("Content-Transfer-Encoding", "")).strip().lower() == "base64":
            # Against RFC 2046, some clients encode an attached message: parsed, it has no
            # headers and its body is the base64 text.
            try:
                data = binascii.a2b_base64(data.strip())
            except binascii.Error:
                data = b""
        return data
    decoded = part.get_payload(decode=True)
    return decoded if isinstance(decoded, bytes) else b""

"""The kinds of file the archive imports: extensions, the module and function that read each
kind, and its MIME type. ``imports.extract`` dispatches through this table, ``sources``
walks folders for these extensions, and the GUI's file dialog lists them."""

from __future__ import annotations

from typing import NamedTuple


class Kind(NamedTuple):
    """One kind of file: how it is named, read and typed."""

    name: str  # stored in document.kind
    extensions: tuple[str, ...]
    reader: str  # "module:function", imported when a file of this kind is read
    mime: str
    label: str  # for file dialogs and messages


KINDS = (
    Kind("text", (".txt", ".md", ".text", ".markdown"), "text:extract_text", "text/plain",
         "Text"),
    Kind("pdf", (".pdf",), "pdf:extract_pdf", "application/pdf", "PDF"),
    Kind("image", (".png", ".jpg", ".tif", ".jpeg", ".tiff"), "image:extract_image", "image/*",
         "Images (OCR)"),
    Kind("html", (".html", ".htm", ".xhtml"), "webpage:extract_html", "text/html",
         "Web pages"),
    Kind("mhtml", (".mhtml", ".mht"), "mhtml:extract_mhtml", "multipart/related",
         "Web pages"),
    Kind("docx", (".docx",), "word:extract_docx",
         "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "Word"),
    Kind("odt", (".odt",), "opendocument:extract_odt",
         "application/vnd.oasis.opendocument.text", "OpenDocument"),
    Kind("epub", (".epub",), "epub:extract_epub", "application/epub+zip", "EPUB"),
    Kind("rtf", (".rtf",), "rtf:extract_rtf", "application/rtf", "RTF"),
    Kind("email", (".eml",), "mail:extract_eml", "message/rfc822", "E-mail"),
)  # fmt: skip

BY_EXTENSION = {ext: kind for kind in KINDS for ext in kind.extensions}
SUPPORTED = frozenset(BY_EXTENSION)
MIME = {kind.name: kind.mime for kind in KINDS}


def mime_of(kind: str, extension: str) -> str:
    """The stored MIME type of a file of this kind and extension."""
    if kind == "image":
        from archiver.core.imports.image import IMAGE_MIME

        return IMAGE_MIME[extension]
    return MIME[kind]


def listed() -> str:
    """The accepted extensions for a message: ".txt, .md, .pdf, .docx, …"."""
    return ", ".join(
        ext for kind in KINDS for ext in kind.extensions[: 3 if kind.name == "image" else 2]
    )


def dialog_filter() -> str:
    """A file dialog's pattern of every accepted extension ("*.txt *.pdf …")."""
    return " ".join(f"*{ext}" for ext in BY_EXTENSION)


DESKTOP_ALIASES = {"text/plain": ("text/markdown",), "image/*": ("image/png", "image/jpeg",
                   "image/tiff"), "multipart/related": ("application/x-mimearchive",),
                   "application/rtf": ("text/rtf",), "text/html": ("application/xhtml+xml",)}  # fmt: skip
"""The shared-mime-info names desktops give the same kinds (an image is each of its types)."""


def desktop_mime_types() -> list[str]:
    """The MIME types "Open with Archiver" is offered for: every kind the import reads."""
    found: list[str] = []
    for kind in KINDS:
        aliases = DESKTOP_ALIASES.get(kind.mime, ())
        found += [t for t in ((kind.mime,) if "*" not in kind.mime else ()) + aliases]
    return list(dict.fromkeys(found))

"""The glyphs of a PDF page with their positions, read through pypdf's layout-mode text state.

pypdf's public ``visitor_text`` callback reports a run's start but not its width, and joins a
TJ array's pieces; its layout mode knows every text-show operation's font, start and end.  That
machinery is private (tested with pypdf 7.1, the version in the lock files), so it is reached
only here, and ``GlyphsUnavailable`` tells the caller to fall back to plain extraction.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from archiver.core.errors import ArchiverError


class GlyphsUnavailable(ArchiverError):
    """This pypdf cannot report glyph positions (its private layout API changed)."""


@dataclass(frozen=True, slots=True)
class Glyph:
    """One glyph as drawn: its text (NFKC), left and right edge, baseline and font height.

    ``y`` grows down the page whatever the PDF's own orientation, so sorting by it reads
    from the top; ``order`` is the glyph's place in the content stream.
    """

    text: str
    x0: float
    x1: float
    y: float
    size: float
    order: int
    bold: bool = False


def _layout_api() -> tuple[Any, Any, Any, Any]:
    """pypdf's layout-mode helpers, or GlyphsUnavailable when this pypdf has none."""
    try:
        from pypdf._text_extraction._layout_mode._fixed_width_page import (
            recurse_to_target_op,
            set_font_operation,
        )
        from pypdf._text_extraction._layout_mode._text_state_manager import TextStateManager
        from pypdf.generic import ContentStream
    except ImportError as exc:  # pragma: no cover - depends on the installed pypdf
        raise GlyphsUnavailable(str(exc)) from exc
    return recurse_to_target_op, set_font_operation, TextStateManager, ContentStream


def _text_operations(page: Any) -> tuple[list[Any], list[str | None]]:
    """Every text-show operation of the page (pypdf TextStateParams), in stream order, and
    the /ActualText of the marked-content span each one is drawn in (None outside spans)."""
    recurse, set_font, manager_type, content_stream = _layout_api()
    contents = page.get("/Contents")
    if contents is None:
        return [], []
    try:
        fonts = page._layout_mode_fonts()
        spans = _ActualText(page.pdf, fonts)
        resources = page.get("/Resources")
        operations = content_stream(contents.get_object(), page.pdf, "bytes").operations
        ops = spans.watch(operations, resources.get_object() if resources else {}, "")
        state = manager_type()
        found: list[Any] = []
        for operands, op in ops:
            if op in (b"BT", b"q"):
                found.extend(recurse(ops, state, b"ET" if op == b"BT" else b"Q", fonts, True)[1])
            elif op == b"cm":  # a page-wide scale or flip outside q/Q, as Chromium writes
                state.add_cm(*operands)
            elif op == b"Tf":
                set_font(state, fonts, operands)
            else:
                state.set_state_param(op, operands)
    except (AttributeError, TypeError) as exc:
        raise GlyphsUnavailable(str(exc)) from exc
    if len(spans.of_text) != len(found):  # counted differently: do without ActualText
        return found, [None] * len(found)
    return found, spans.of_text


class _ActualText:
    """Follows marked content (BDC/BMC ... EMC) and notes, per string shown, the /ActualText
    that replaces it: LibreOffice draws some Arabic letters as unmapped glyphs and gives
    their text only there.  Form XObjects are drawn in place (q, their matrix, their
    content, Q), their fonts registered under names of their own."""

    def __init__(self, pdf: Any, fonts: dict[str, Any]) -> None:
        self.pdf = pdf
        self.fonts = fonts
        self.stack: list[str | None] = []
        self.of_text: list[str | None] = []
        self.serial = 0
        self.forms = 0
        self.open_forms: set[int] = set()

    def watch(
        self, operations: list[Any], resources: Any, prefix: str
    ) -> Iterator[tuple[Any, bytes]]:
        """Pass the operations through, recording spans and the strings shown inside them."""
        for operands, op in operations:
            if op in (b"BDC", b"BMC"):
                self.stack.append(self._open(operands))
            elif op == b"EMC" and self.stack:
                self.stack.pop()
            elif op in (b"Tj", b"TJ", b"'", b'"'):
                self.of_text.extend([self.current()] * _shown(operands, op))
            elif op == b"Tf" and prefix and operands:
                operands = [f"{prefix}{operands[0]}", *operands[1:]]
            elif op == b"Do" and operands:
                yield from self._form(resources, operands[0])
                continue
            yield operands, op

    def _form(self, resources: Any, name: Any) -> Iterator[tuple[Any, bytes]]:
        """The operations of a Form XObject, wrapped so they draw where the form is placed."""
        from pypdf.generic import ContentStream, DictionaryObject

        xobjects = resources.get("/XObject") if isinstance(resources, dict) else None
        form = xobjects.get_object().get(name) if xobjects is not None else None
        form = form.get_object() if form is not None else None
        if not isinstance(form, DictionaryObject) or form.get("/Subtype") != "/Form":
            return
        if id(form) in self.open_forms or len(self.open_forms) >= 8:
            return
        self.forms += 1
        prefix = f"/form{self.forms}:"
        inner = form.get("/Resources")
        inner = inner.get_object() if inner is not None else resources
        self._register_fonts(inner, prefix)
        matrix = [float(v) for v in form.get("/Matrix", [1, 0, 0, 1, 0, 0])]
        self.open_forms.add(id(form))
        yield [], b"q"
        yield matrix, b"cm"
        yield from self.watch(ContentStream(form, self.pdf, "bytes").operations, inner, prefix)
        yield [], b"Q"
        self.open_forms.discard(id(form))

    def _register_fonts(self, resources: Any, prefix: str) -> None:
        from pypdf.generic import DictionaryObject
        from pypdf.generic._font import Font

        fonts = resources.get("/Font") if isinstance(resources, dict) else None
        fonts = fonts.get_object() if fonts is not None else {}
        for font_name, ref in fonts.items():
            font = ref.get_object()
            if isinstance(font, DictionaryObject):
                self.fonts[f"{prefix}{font_name}"] = Font.from_font_resource(font)

    def _open(self, operands: list[Any]) -> str | None:
        props = operands[1] if len(operands) > 1 else None
        text = props.get("/ActualText") if isinstance(props, dict) else None
        if text is None:
            return None
        self.serial += 1
        return f"{self.serial}\x00{_decode(text)}"

    def current(self) -> str | None:
        """The innermost open span with an /ActualText, tagged with its serial number."""
        return next((tag for tag in reversed(self.stack) if tag is not None), None)


def _shown(operands: list[Any], op: bytes) -> int:
    """How many strings (pypdf text-show operations) one operator shows."""
    if op == b"TJ":
        items = operands[0] if operands and isinstance(operands[0], list) else []
        return sum(isinstance(item, bytes) for item in items)
    index = 2 if op == b'"' else 0
    return int(len(operands) > index and isinstance(operands[index], (bytes, str)))


def _decode(text: Any) -> str:
    if isinstance(text, bytes):
        if text[:2] in (b"\xfe\xff", b"\xff\xfe"):
            return text.decode("utf-16")
        return text.decode("latin-1")
    return str(text)


def _char_text(font: Any, raw: str) -> str:
    """The Unicode text of one character code, as pypdf maps it (encoding, then ToUnicode)."""
    code = raw if isinstance(font.encoding, str) else font.encoding.get(ord(raw), raw)
    text = font.character_map.get(code, code)
    return text if isinstance(text, str) else str(text)


def _fold(text: str) -> str:
    """NFKC (presentation forms, ligatures); an isolated haraka form loses its added space.

    Control and format characters go: a glyph with no Unicode mapping (LibreOffice's
    justifying kashida) comes out as its raw code, a C0 control.
    """
    folded = unicodedata.normalize("NFKC", text)
    if any(unicodedata.category(ch) in ("Cc", "Cf") for ch in folded):
        folded = "".join(
            ch for ch in folded if ch in "\t\n" or unicodedata.category(ch) not in ("Cc", "Cf")
        )
    if len(folded) > 1 and folded[0] == " " and unicodedata.category(folded[1]) == "Mn":
        return folded[1:]
    return folded


def _glyphs_of(tj: Any, start: int) -> Iterator[Glyph]:
    """Split one text-show operation into glyphs placed by the font's widths."""
    if tj.rotated or not tj.font.interpretable or tj.font_height <= 0:
        return
    raw = tj._raw_chars or (tj.text if isinstance(tj.value, str) else "")
    pieces = [_char_text(tj.font, ch) for ch in raw]
    if "".join(pieces) != tj.text:  # a mapping we do not reproduce: keep the run whole
        raw, pieces = tj.text, [tj.text]
    scale = tj.transform[0]
    flipped = tj.transform[3] < 0
    y = tj.ty if flipped else -tj.ty
    bold = "bold" in str(getattr(tj.font, "name", "")).lower()
    advance = 0.0
    for number, (ch, piece) in enumerate(zip(raw, pieces, strict=True)):
        width = tj.word_tx(ch) if len(pieces) > 1 else tj.displaced_tx - tj.tx
        left = tj.tx + advance * (scale if len(pieces) > 1 else 1)
        right = left + width * (scale if len(pieces) > 1 else 1)
        advance += width
        text = _fold(piece)
        if text:
            yield Glyph(
                text, min(left, right), max(left, right), y, tj.font_height, start + number, bold
            )


def page_glyphs(page: Any) -> list[Glyph]:
    """All glyphs of one page, in content-stream order; an /ActualText span is one glyph."""
    operations, actual = _text_operations(page)
    glyphs: list[Glyph] = []
    span: list[Glyph] = []
    for number, tj in enumerate(operations):
        drawn = list(_glyphs_of(tj, number << 16))
        tag = actual[number]
        if span and (tag is None or tag != actual[number - 1]):
            glyphs.append(_replaced(span, actual[number - 1]))
            span = []
        if tag is None:
            glyphs.extend(drawn)
        else:
            span.extend(drawn)
    if span:
        glyphs.append(_replaced(span, actual[-1]))
    return _without_overprints([g for g in glyphs if g.text])


def _same_place(a: Glyph, b: Glyph, near: float) -> bool:
    return abs(a.x0 - b.x0) < near and abs(a.x1 - b.x1) < near and abs(a.y - b.y) < near


def _without_overprints(glyphs: list[Glyph]) -> list[Glyph]:
    """Drop a glyph drawn again over itself (fake bold, a shadow): same text, same place."""
    seen: dict[tuple[str, int], list[Glyph]] = {}
    out = []
    for glyph in glyphs:
        near = 0.05 * glyph.size  # less than any letter is wide, even a narrow medial form
        row = int(glyph.y // max(near, 0.01))
        twins = [g for r in (row - 1, row, row + 1) for g in seen.get((glyph.text, r), [])]
        if any(_same_place(g, glyph, near) for g in twins):
            continue
        seen.setdefault((glyph.text, row), []).append(glyph)
        out.append(glyph)
    return out


def _replaced(span: list[Glyph], tag: str | None) -> Glyph:
    """The glyphs of one /ActualText span as a single glyph carrying that text."""
    text = _fold((tag or "").partition("\x00")[2])
    first = span[0]
    base = max(span, key=lambda g: g.x1 - g.x0)  # a letter, not the mark raised above it
    return Glyph(
        text,
        min(g.x0 for g in span),
        max(g.x1 for g in span),
        base.y,
        base.size,
        first.order,
        first.bold,
    )

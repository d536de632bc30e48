"""SVG to PNG with Qt: the picture's size, and Arabic shaped (letters joined) and right to left."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QImage

from archiver.core.errors import Invalid
from archiver.core.export.timeline_svg import run
from archiver.render.png import MAX_PIXELS, svg_to_png

# a QApplication first: the renderer would otherwise make a QGuiApplication, which widget tests
# in the same process could not use
pytestmark = pytest.mark.usefixtures("qapp")


def page(text: str) -> bytes:
    return (
        '<svg xmlns="http://www.w3.org/2000/svg" width="200" height="60">'
        '<rect width="200" height="60" fill="#fff"/>'
        f'<text x="20" y="40" font-size="28" font-family="DejaVu Sans">{run(text)}</text></svg>'
    ).encode()


def blobs(png: bytes) -> list[tuple[int, int]]:
    """The dark connected shapes of a picture, as (left, right) pixel columns, left to right."""
    image = QImage.fromData(png)
    w, h = image.width(), image.height()
    dark = {(x, y) for y in range(h) for x in range(w) if image.pixelColor(x, y).lightness() < 110}
    found = []
    while dark:
        todo, xs = [dark.pop()], []
        while todo:
            x, y = todo.pop()
            xs.append(x)
            for step in ((x + 1, y), (x - 1, y), (x, y + 1), (x, y - 1)):
                if step in dark:
                    dark.remove(step)
                    todo.append(step)
        if len(xs) > 4:  # antialiasing crumbs aside
            found.append((min(xs), max(xs)))
    return sorted(found)


def test_arabic_letters_are_joined_and_the_first_one_is_on_the_right():
    joined = blobs(svg_to_png(page("سلم"), scale=1))  # three joining letters, no dots
    apart = blobs(svg_to_png(page("س ل م"), scale=1))
    assert len(joined) == 1 and len(apart) == 3
    # alef does not join the next word: with the words right to left it is the right blob
    left, right = blobs(svg_to_png(page("ا سلم"), scale=1))
    assert right[1] - right[0] < (left[1] - left[0]) / 3


def test_the_png_is_the_svg_scaled_and_bad_input_is_refused():
    image = QImage.fromData(svg_to_png(page("x"), scale=2))
    assert (image.width(), image.height()) == (400, 120)
    with pytest.raises(Invalid):
        svg_to_png(b"<not svg")
    with pytest.raises(Invalid, match="too large"):
        svg_to_png(b'<svg xmlns="http://www.w3.org/2000/svg" width="90000" height="90000"/>')
    tall = QImage.fromData(
        svg_to_png(b'<svg xmlns="http://www.w3.org/2000/svg" width="1000" height="30000"/>')
    )  # twice its size would pass the limit: drawn smaller, never refused or out of memory
    assert tall.width() * tall.height() <= MAX_PIXELS and tall.width() >= 1000

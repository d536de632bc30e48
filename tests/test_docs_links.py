"""Every relative link and image of the README and docs/ names a file (and heading) that exists."""

from __future__ import annotations

import functools
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PAGES = [ROOT / "README.md", *sorted((ROOT / "docs").rglob("*.md"))]
LINK = re.compile(r"!?\[[^\]]*\]\(([^()\s]+)\)|<img [^>]*src=\"([^\"]+)\"")
FENCE = re.compile(r"^(```|~~~).*?^\1", re.MULTILINE | re.DOTALL)
INLINE_CODE = re.compile(r"`[^`\n]*`")
HEADING = re.compile(r"^#{1,6}\s+(.+?)\s*#*\s*$", re.MULTILINE)


def prose(text: str) -> str:
    """The page without code blocks and inline code (a link written there is an example)."""
    return INLINE_CODE.sub("", FENCE.sub("", text))


def slug(heading: str) -> str:
    """The anchor GitHub gives a heading: lower case, punctuation dropped, spaces to hyphens."""
    text = re.sub(r"`|\*\*|\*|_(?=\W)|<[^>]+>", "", heading).strip().lower()
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text)
    return re.sub(r"[^\w\- ]", "", text).replace(" ", "-")


@functools.cache
def anchors(page: Path) -> set[str]:
    """Every heading anchor of a Markdown page."""
    return {slug(h) for h in HEADING.findall(FENCE.sub("", page.read_text(encoding="utf-8")))}


def targets(page: Path) -> list[str]:
    """The relative link and image targets of one page."""
    found = [a or b for a, b in LINK.findall(prose(page.read_text(encoding="utf-8")))]
    return [t for t in found if not re.match(r"[a-z][a-z+.-]*:", t)]


def broken(page: Path) -> list[str]:
    """The page's links whose file, or heading in that file, does not exist."""
    problems = []
    for target in targets(page):
        path, _, fragment = target.partition("#")
        file = (page.parent / path).resolve() if path else page
        if not file.exists():
            problems.append(f"{target}: no such file")
        elif fragment and file.suffix == ".md" and fragment not in anchors(file):
            problems.append(f"{target}: no heading #{fragment} in {file.name}")
    return problems


@pytest.mark.parametrize("page", PAGES, ids=lambda p: str(p.relative_to(ROOT)))
def test_links_resolve(page: Path) -> None:
    assert broken(page) == []


def test_the_checker_finds_a_broken_link_and_anchor(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text("# Top part\n\n## Second: `x --y`\n", encoding="utf-8")
    page = tmp_path / "b.md"
    page.write_text(
        "[ok](a.md#top-part) [ok2](a.md#second-x---y) ![img](gone.png) [bad](a.md#nowhere)\n"
        "`[code](missing.md)` [web](https://example.org/x) [here](#local)\n\n## Local\n",
        encoding="utf-8",
    )
    assert broken(page) == ["gone.png: no such file", "a.md#nowhere: no heading #nowhere in a.md"]


def test_the_guide_has_both_languages_and_their_screenshots() -> None:
    guide = ROOT / "docs" / "guide"
    names = {lang: sorted(p.name for p in (guide / lang).glob("*.md")) for lang in ("en", "ar")}
    assert names["en"] == names["ar"] and len(names["en"]) >= 10  # one page per topic in each
    for language in ("en", "ar"):
        pages = sorted((guide / language).glob("*.md"))
        images = [t for p in pages for t in targets(p) if t.endswith(".png")]
        assert images and all(f"screenshots/{language}/" in t for t in images), language

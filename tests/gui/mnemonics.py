"""Alt letters (mnemonics): which a label or button has, and which two of one window share."""

from __future__ import annotations

from collections import defaultdict

from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QMenu, QMenuBar, QWidget


def mnemonic(text: str) -> str:
    """The Alt letter of a label ('' when it has none)."""
    plain = text.replace("&&", "")
    at = plain.find("&")
    return plain[at + 1].lower() if 0 <= at < len(plain) - 1 else ""


def _clashes(texts: list[str]) -> dict[str, list[str]]:
    by_letter: dict[str, list[str]] = defaultdict(list)
    for text in texts:
        if letter := mnemonic(text):
            by_letter[letter].append(text)
    return {letter: found for letter, found in by_letter.items() if len(found) > 1}


def window_clashes(window: QWidget) -> dict[str, list[str]]:
    """Letters two labels, buttons or group boxes of one window share (hidden ones aside)."""
    texts = [w.text() for kind in (QLabel, QAbstractButton) for w in window.findChildren(kind)
             if w.window() is window and w.isVisibleTo(window)]  # fmt: skip
    texts += [g.title() for g in window.findChildren(QGroupBox) if g.isVisibleTo(window)]
    for bar in window.findChildren(QMenuBar):
        texts += [a.text() for a in bar.actions() if a.isVisible()]
    return _clashes(texts)


def menu_clashes(menu: QMenu) -> dict[str, list[str]]:
    """Letters two visible entries of one menu share."""
    return _clashes([a.text() for a in menu.actions() if a.isVisible() and not a.isSeparator()])

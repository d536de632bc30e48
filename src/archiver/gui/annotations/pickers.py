"""Finding participants as the user types: every name and alias, Arabic and English."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QStringListModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QCompleter,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from archiver.core.annotations.model import Alias, Participant
from archiver.core.annotations.names import first_name, in_order
from archiver.core.annotations.names import label as name_label
from archiver.core.text import arabic, scripts
from archiver.core.text.skeleton import skeletons
from archiver.gui import language
from archiver.gui.widget_names import named


def fold(text: str) -> str:
    """Case-, hamza- and harakat-insensitive form for matching what the user typed."""
    return arabic.fold(text.strip().lower())


@dataclass(frozen=True)
class Entry:
    """One line the user can pick: a participant's name or one of its aliases."""

    label: str
    pid: int
    key: str  # folded text matched against the typing
    primary: bool  # the participant's own name (ranked before aliases)


class ParticipantIndex:
    """Names and aliases of all participants, filtered by folded substring."""

    def __init__(self, participants: list[Participant], aliases: list[Alias]) -> None:
        self.by_id = {p.id: p for p in participants}
        self.names: dict[int, list[str]] = {p.id: [p.name, p.name_ar] for p in participants}
        for alias in aliases:
            self.names.get(alias.participant_id, []).append(alias.alias)
        self.entries: list[Entry] = []
        arrow = QCoreApplication.translate(
            "ParticipantIndex", "{0} → {1}", "alias → its participant"
        )
        script = language.name_script()
        for p in participants:  # a person's office matches too: "Foreign" finds the minister
            self.entries.append(Entry(display_name(p), p.id,
                                      fold(f"{p.name} {p.name_ar} {p.name_en} {p.role}"), True))  # fmt: skip
        self.first: list[int] = []  # shown first on an empty filter: the document's
        for alias in aliases:
            owner = self.by_id.get(alias.participant_id)
            if owner is not None and alias.alias not in (owner.name, owner.name_ar, owner.name_en):
                shown = first_name(script, owner.name, owner.name_ar, owner.name_en)
                self.entries.append(
                    Entry(arrow.format(alias.alias, shown), owner.id, fold(alias.alias), False)
                )
        self.by_label = {e.label: e.pid for e in self.entries}

    def filter(self, text: str, limit: int = 60) -> list[Entry]:
        """Entries containing ``text``: prefix matches first, names before aliases, then the
        persons named so in the other script ("Youssef Rajji" finds يوسف رجي). Nothing typed:
        every participant, the document's first (``first``), then the archive's own people
        (not the gazetteer's)."""
        needle = fold(text)
        if not needle:
            return self._everyone()
        found = [e for e in self.entries if needle in e.key]
        found += self._other_script(text, {e.pid for e in found})
        found.sort(key=lambda e: (not e.key.startswith(needle) and f" {needle}" not in e.key,
                                  not e.primary, len(e.key)))  # fmt: skip
        seen: set[int] = set()
        out = []
        for entry in found:  # one line per participant: its best-ranked match
            if entry.pid not in seen:
                seen.add(entry.pid)
                out.append(entry)
        return out[:limit]

    def _everyone(self) -> list[Entry]:
        """Every participant's own line: the document's, the archive's own, the rest."""
        place = {pid: i for i, pid in enumerate(self.first)}

        def rank(e: Entry) -> tuple[int, int]:
            if e.pid in place:
                return 0, place[e.pid]
            return (1 if self.by_id[e.pid].gazetteer_key is None else 2), 0

        return sorted((e for e in self.entries if e.primary), key=rank)

    def _other_script(self, text: str, have: set[int]) -> list[Entry]:
        """The persons' lines whose name is ``text`` written in the other script."""
        typed_arabic = scripts.has_letter(text)
        if len(text.split()) < 2 and len(text.strip()) < 4:
            return []
        wanted = skeletons(text)
        out = []
        for e in self.entries:
            p = self.by_id[e.pid]
            if not e.primary or e.pid in have or p.kind != "person":
                continue
            names = [n for n in (p.name, p.name_ar, p.name_en)
                     if n and scripts.has_letter(n) != typed_arabic]  # fmt: skip
            if any(wanted & skeletons(n) for n in names):
                out.append(e)
        return out

    def only_match(self, text: str) -> list[int]:
        """The one participant ``text`` names (as a substring, or else as the start of a
        name or a word of one: "Ukr" is Ukraine, not Yamoussoukro); [] when not one."""
        found = self.filter(text, limit=60)
        if len(found) == 1:
            return [found[0].pid]
        needle = fold(text)
        starts = {e.pid for e in found if e.key.startswith(needle) or f" {needle}" in e.key}
        return list(starts) if len(starts) == 1 else []

    def labels(self) -> list[str]:
        """Every label (for a QCompleter)."""
        return [e.label for e in self.entries]


def name_forms(*names: str) -> tuple[str, str]:
    """A name's form in the interface's script, then its form in the other script ("" when it
    has none): the order of core.annotations.names, for a row with a column for each."""
    return in_order(language.name_script(), *names)


def shown_name(p: Participant) -> str:
    """The one name to show in a sentence: the form in the interface's script, if it has one."""
    return first_name(language.name_script(), p.name, p.name_ar, p.name_en)


def display_name(p: Participant) -> str:
    """ "France — فرنسا" in English, "فرنسا — France" in Arabic (or the one name it has)."""
    return name_label(language.name_script(), p.name, p.name_ar, p.name_en)


KEY_ROLE = Qt.ItemDataRole.UserRole + 2  # every name and alias of a line's participant


class NameCompleter(QCompleter):
    """Completes a participant's name: one line per participant, its name in the interface's
    script, found by any of its names and aliases (in either script, hamza and case aside)."""

    def __init__(self, index: ParticipantIndex, parent: QObject, leave_out: int | None = None):
        model = QStandardItemModel(parent)
        self.pids: dict[str, int] = {}  # line -> participant
        for p in sorted(index.by_id.values(), key=lambda p: fold(shown_name(p))):
            if p.id == leave_out:
                continue
            label = next(t for t in (shown_name(p), display_name(p), f"{display_name(p)} (p{p.id})")
                         if t not in self.pids)  # fmt: skip
            self.pids[label] = p.id
            written = [n for n in (*index.names.get(p.id, []), p.name_en) if n]
            item = QStandardItem(label)
            item.setData("\n".join(dict.fromkeys([*written, *map(fold, written)])), KEY_ROLE)
            model.appendRow(item)
        super().__init__(model, parent)
        self.setCompletionRole(KEY_ROLE)
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterMode(Qt.MatchFlag.MatchContains)
        self.setMaxVisibleItems(12)

    def pathFromIndex(self, index: QModelIndex | QPersistentModelIndex) -> str:
        """The line's name, not the names it is found by."""
        return str(index.data(Qt.ItemDataRole.DisplayRole))


class ActorPicker(QWidget):
    """A line with completion (Enter adds the participant) and the chosen ones as chips."""

    changed = Signal()
    unresolved = Signal(str)  # the text matched no single participant

    def __init__(
        self,
        index: ParticipantIndex,
        resolve: Callable[[str], list[Participant]],
        name: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.index = index
        self.resolve = resolve  # text -> list[Participant] (the core's find_participants)
        self.new_labels: dict[str, str] = {}  # "label" -> name of a person not created yet
        self.new_aliases: dict[str, str] = {}  # folded alias -> the same name
        self.edit = named(QLineEdit(), f"{name}Edit")
        self.edit.setPlaceholderText(self.tr("Type a name or alias, Enter adds it"))
        self.completer = QCompleter(QStringListModel(index.labels(), self), self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.completer.setMaxVisibleItems(12)
        self.edit.setCompleter(self.completer)
        self.completer.activated.connect(self._add_text)
        self.edit.returnPressed.connect(lambda: self._add_text(self.edit.text()))
        self.edit.installEventFilter(self)
        self.chips = named(_Chips(self), f"{name}Chips")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        row = QHBoxLayout()
        row.addWidget(self.edit)
        layout.addLayout(row)
        layout.addWidget(self.chips)
        self.setFocusProxy(self.edit)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter with a name typed adds it and goes no further; on an empty line it reaches
        the dialog, which saves."""
        if (watched is self.edit and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent)
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and self.edit.text().strip()):  # fmt: skip
            self._add_text(self.edit.text())
            return True
        return super().eventFilter(watched, event)

    def commit_typed(self) -> bool:
        """Add the name still typed in the line, if any; False when it names no one."""
        if self.edit.text().strip():
            self._add_text(self.edit.text())
        return not self.edit.text().strip()

    def ids(self) -> list[int]:
        """The chosen participants, in order."""
        return [d for d in self._chosen() if isinstance(d, int)]

    def new_names(self) -> list[str]:
        """The chosen persons that saving creates (suggested, not in the archive yet)."""
        return [d for d in self._chosen() if isinstance(d, str)]

    def _chosen(self) -> list[int | str]:
        return [self.chips.item(i).data(Qt.ItemDataRole.UserRole)
                for i in range(self.chips.count())]  # fmt: skip

    def offer_new(self, name: str, label: str, aliases: Sequence[str] = ()) -> None:
        """Offer a person the quote names who is not in the archive yet, under ``label``
        ("يوسف رجي — new: Foreign Minister"), also when typed as one of ``aliases``: picked,
        saving creates them."""
        self.new_labels[label] = name
        self.new_aliases.update({fold(a): name for a in (name, *aliases)})
        model = self.completer.model()
        if isinstance(model, QStringListModel):
            model.setStringList([*model.stringList(), label])

    def add_new(self, name: str) -> None:
        """Add a person saving creates (once), shown by the label ``offer_new`` gave."""
        if name in self.new_names():
            return
        label = next((k for k, v in self.new_labels.items() if v == name), name)
        item = QListWidgetItem(label)
        item.setData(Qt.ItemDataRole.UserRole, name)
        self.chips.addItem(item)
        self.changed.emit()

    def add(self, pid: int) -> None:
        """Add a participant (once)."""
        if pid in self.ids() or pid not in self.index.by_id:
            return
        item = QListWidgetItem(display_name(self.index.by_id[pid]))
        item.setData(Qt.ItemDataRole.UserRole, pid)
        self.chips.addItem(item)
        self.changed.emit()

    def _add_text(self, text: str) -> None:
        text = text.strip()
        if not text:
            return
        pid = self.index.by_label.get(text)
        new = self.new_labels.get(text) or self.new_aliases.get(fold(text))
        if pid is None and new is not None and not self.resolve(text):
            self.add_new(new)
            self.edit.clear()
            return
        if pid is None:
            found = self.resolve(text)
            if len(found) != 1:
                found = [self.index.by_id[pid] for pid in self.index.only_match(text)]
            if not found:
                self.unresolved.emit(text)
                return
            pid = found[0].id
        self.add(pid)
        popup = self.completer.popup()
        if popup is not None:
            popup.hide()
        self.edit.clear()


class _Chips(QListWidget):
    """The chosen actors; Delete or Backspace removes one."""

    def __init__(self, picker: ActorPicker) -> None:
        super().__init__()
        self.picker = picker
        self.setFlow(QListWidget.Flow.LeftToRight)
        self.setWrapping(True)
        self.setSpacing(2)
        self.setMaximumHeight(self.fontMetrics().height() * 3 + 8)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self.currentItem():
            self.takeItem(self.currentRow())
            self.picker.changed.emit()
            return
        super().keyPressEvent(event)

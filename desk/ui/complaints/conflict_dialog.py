"""Someone else saved the complaint in between: show what they changed, let the clerk choose.

Field by field: what the clerk saw when starting, what is stored now, and what the
clerk wanted to do. Nothing is written here: "Reload" (accept) hands the stored
values back so the clerk can apply the change again to them; "Discard" (reject)
drops the change. Nothing is ever overwritten silently.
"""

import datetime

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from desk.ui.complaints.field_labels import field_label
from desk.ui.labels import action_label, label
from desk.ui.widgets.when import minute

translate = QCoreApplication.translate

# Bookkeeping, not something the clerk changed.
_IGNORED = ("version", "updated_at", "search_tokens")
_CODED = ("kind", "status", "channel", "category")


def _text(name: str, value, names: dict) -> str:
    if value is None or value == "":
        return "—"
    if name in _CODED:
        return label(value)
    if (name, value) in names:
        return names[(name, value)]
    if isinstance(value, datetime.datetime):
        return minute(value)
    if isinstance(value, bool):
        return translate("ConflictDialog", "Yes") if value else translate("ConflictDialog", "No")
    return str(value)


def changed_fields(seen: dict, current: dict) -> list[str]:
    """The fields another desk changed since the clerk looked."""
    return [name for name in current
            if name not in _IGNORED and seen.get(name) != current.get(name)]


class ConflictDialog(QDialog):
    def __init__(self, seen: dict, current: dict, action: str, wanted: list[tuple[str, str]],
                 parent=None, names: dict | None = None):
        """`wanted`: (field title, value text) pairs of what the clerk tried to save."""
        super().__init__(parent)

        self.seen = seen
        self.current = current
        names = names or {}
        self.setWindowTitle(self.tr("Someone else saved this complaint"))
        self.setMinimumWidth(620)
        intro = QLabel(self.tr(
            "While you were working, another desk saved complaint {number}. Nothing of "
            "yours has been saved yet, and nothing of theirs is overwritten.").format(
                number=current.get("number") or seen.get("number") or ""))
        intro.setWordWrap(True)
        self.fields = changed_fields(seen, current)
        self.table = QTableWidget(len(self.fields), 3)
        self.table.setObjectName("conflict_table")
        self.table.setHorizontalHeaderLabels([self.tr("Field"), self.tr("When you opened it"),
                                              self.tr("Saved now by the other desk")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        for row, name in enumerate(self.fields):
            for col, text in enumerate((field_label(name), _text(name, seen.get(name), names),
                                        _text(name, current.get(name), names))):
                self.table.setItem(row, col, QTableWidgetItem(text))
        self.table.resizeRowsToContents()
        rows_height = sum(self.table.rowHeight(r) for r in range(len(self.fields)))
        self.table.setMaximumHeight(rows_height + header.sizeHint().height() + 6)
        wanted_lines = "".join(f"\n  {title}: {value}" for title, value in wanted)
        self.wanted_label = QLabel(self.tr("What you wanted: {action}{inputs}").format(
            action=action_label(action), inputs=wanted_lines))
        self.wanted_label.setObjectName("conflict_wanted")
        self.wanted_label.setWordWrap(True)
        question = QLabel(self.tr(
            "Reload what is saved now and apply your change again (your entry is kept, you "
            "confirm it once more), or discard your change?"))
        question.setWordWrap(True)
        self.buttons = QDialogButtonBox()
        self.reload_button = self.buttons.addButton(self.tr("&Reload and re-apply"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.discard_button = self.buttons.addButton(self.tr("&Discard my change"),
                                                     QDialogButtonBox.ButtonRole.RejectRole)
        self.reload_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table)
        layout.addWidget(self.wanted_label)
        layout.addWidget(question)
        layout.addWidget(self.buttons)

    def rows(self) -> list[tuple[str, str, str]]:
        return [tuple(self.table.item(r, c).text() for c in range(3))
                for r in range(self.table.rowCount())]

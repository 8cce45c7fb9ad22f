"""The customer's earlier complaints, shown beside the registration form.

As soon as the phone number is typed the clerk sees what this customer came with
before: number, date, category, status and the first words of each. Double-clicking
one links the new complaint to it as a repeat.
"""

import datetime
from dataclasses import dataclass

from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel, QListView, QVBoxLayout, QWidget

from desk.ui import labels

FIRST_WORDS = 28  # characters of the account shown in the list; the tooltip has it all


@dataclass(frozen=True)
class EarlierRow:
    id: int
    number: str
    kind: str
    received_at: datetime.datetime
    category: str
    status: str
    account: str
    escalation_level: int

    @classmethod
    def of(cls, complaint) -> "EarlierRow":
        return cls(
            id=complaint.id, number=complaint.number, kind=complaint.kind,
            received_at=complaint.received_at, category=complaint.category,
            status=complaint.status, account=complaint.account or "",
            escalation_level=complaint.escalation_level,
        )

    def first_words(self) -> str:
        text = " ".join(self.account.split())
        return text if len(text) <= FIRST_WORDS else text[:FIRST_WORDS] + "…"


class EarlierComplaintsModel(QAbstractListModel):
    """One item per earlier contact, newest first; two lines of text each."""

    IdRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[EarlierRow] = []

    def set_rows(self, rows: list[EarlierRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[EarlierRow]:
        return list(self._rows)

    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            head = self.tr("{number}  {date}  {category} · {status}").format(
                number=row.number, date=row.received_at.strftime("%Y-%m-%d"),
                category=labels.label(row.category), status=labels.label(row.status))
            if row.kind != "complaint":
                head = self.tr("{head} ({kind})").format(head=head, kind=labels.label(row.kind))
            return f"{head}\n{row.first_words()}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.account
        if role == Qt.ItemDataRole.ForegroundRole and row.escalation_level >= 3:
            return QColor("#b71c1c")
        if role == self.IdRole:
            return row.id
        return None


class EarlierComplaintsPanel(QWidget):
    """Title + list; `chosen(id)` when the clerk double-clicks an earlier complaint."""

    chosen = Signal(int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.model = EarlierComplaintsModel(self)
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.view = QListView()
        self.view.setModel(self.model)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)  # two lines per item; longer lines end in …
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setUniformItemSizes(True)
        self.view.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.view.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # not a stop when tabbing the form
        self.view.doubleClicked.connect(
            lambda index: self.chosen.emit(index.data(EarlierComplaintsModel.IdRole)))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.view, 1)
        self.show_waiting()

    def show_waiting(self) -> None:
        self.model.set_rows([])
        self.title.setText(self.tr("Type the phone number to see the customer's earlier complaints."))

    def show_unavailable(self) -> None:
        self.model.set_rows([])
        self.title.setText(self.tr("Earlier complaints cannot be read now (database unavailable)."))

    def show_rows(self, rows: list[EarlierRow]) -> None:
        self.model.set_rows(rows)
        if rows:
            self.title.setText(self.tr("Earlier contacts of this customer: %n", "", len(rows)))
        else:
            self.title.setText(self.tr("No earlier complaints from this phone number."))

    def count(self) -> int:
        return self.model.rowCount()

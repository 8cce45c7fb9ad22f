"""The classification table as a Qt item model: one row per group, the total last.

Each count reads "12 (9)": this period's figure, the previous period's in brackets.
DRILL_ROLE gives (figure, group key, is_total) so a double-click can ask
desk.statistics.figures.drill for exactly the complaints behind the cell.
"""

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from desk.statistics import words
from desk.statistics.figures import FIGURES
from desk.ui.labels import label

COLUMNS = ("group", *FIGURES, "median_hours", "money")
DRILL_ROLE = Qt.ItemDataRole.UserRole + 1
VALUE_ROLE = Qt.ItemDataRole.UserRole + 2  # this period's figure as a number
UP, DOWN = QColor("#a40000"), QColor("#1b6e20")
# More of these is bad news (shown red when they rise); for the others, more is neutral.
WORSE_WHEN_MORE = {"overdue", "reopened", "reassigned", "still_open", "awaiting_reply"}


class ClassificationModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.table = None
        self._previous: dict = {}
        self._previous_total = None
        self._lines: list = []  # (ClassRow, is_total)

    def set_tables(self, table, previous_table) -> None:
        self.beginResetModel()
        self.table = table
        self._previous = {r.key: r for r in previous_table.rows} if previous_table else {}
        self._previous_total = previous_table.total if previous_table else None
        self._lines = [(r, False) for r in table.rows] + [(table.total, True)]
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        column = COLUMNS[section]
        if column == "group":
            return words.grouping(self.table.group_by) if self.table else ""
        return words.figure(column)

    def previous_of(self, row, is_total: bool):
        return self._previous_total if is_total else self._previous.get(row.key)

    def group_name(self, row, is_total: bool) -> str:
        if is_total:
            return words.other("total")
        return words.group_label(self.table.group_by, row, label)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row, is_total = self._lines[index.row()]
        column = COLUMNS[index.column()]
        before = self.previous_of(row, is_total)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, is_total, column, before)
        if role == VALUE_ROLE and column in FIGURES:
            return getattr(row, column)
        if role == DRILL_ROLE and column in FIGURES:
            return (column, None if is_total else row.key, is_total)
        if role == Qt.ItemDataRole.TextAlignmentRole and column != "group":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and is_total:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and column in WORSE_WHEN_MORE and before:
            now, then = getattr(row, column), getattr(before, column)
            if now > then:
                return QBrush(UP)
            if now < then:
                return QBrush(DOWN)
        if role == Qt.ItemDataRole.ToolTipRole and column in FIGURES:
            then = getattr(before, column) if before is not None else 0
            return self.tr("{figure}: {now} in this period, {then} in the previous one. "
                           "Double-click for the complaints.").format(
                figure=words.figure(column), now=getattr(row, column), then=then)
        return None

    def _display(self, row, is_total: bool, column: str, before) -> str:
        if column == "group":
            return self.group_name(row, is_total)
        if column == "median_hours":
            now = "—" if row.median_hours is None else f"{row.median_hours:.1f}"
            then = "—" if before is None or before.median_hours is None \
                else f"{before.median_hours:.1f}"
            return f"{now} ({then})"
        if column == "money":
            then = f"{before.money:,.2f}" if before is not None else "0.00"
            return f"{row.money:,.2f} ({then})"
        then = getattr(before, column) if before is not None else 0
        return f"{getattr(row, column)} ({then})"

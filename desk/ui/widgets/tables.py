"""The read-only row lists of the panels and dialogs, set up one way."""

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget


def list_table(headers: list[str]) -> QTableWidget:
    """Rows to look at and pick one of: no editing, whole rows, columns fitted, last stretched."""
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().hide()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    return table

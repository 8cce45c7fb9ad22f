"""A handover on screen: its sections as tables, read-only or with a note per item.

SectionTables is shared by the composer (notes editable) and the read-only view
(history, acknowledgement). The columns and words are the printed sheet's own
(desk.printing.handover_sheet), so the screen and the binder read alike.
"""

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desk import settings
from desk.handover import handovers as handover
from desk.printing import handover_sheet
from desk.ui import labels
from desk.ui.widgets.pdf_preview import save_pdf_as
from desk.ui.widgets.tables import list_table
from desk.ui.widgets.when import minute

KEY_ROLE = Qt.ItemDataRole.UserRole


class SectionTables(QTabWidget):
    """One tab per section, "Title (count)"; the last column is the item's note."""

    open_complaint = Signal(int)

    def __init__(self, editable_notes: bool, parent=None):
        super().__init__(parent)
        self.editable_notes = editable_notes
        self.tables: dict[str, object] = {}
        self.draft: handover.HandoverDraft | None = None

    def show_draft(self, draft: handover.HandoverDraft) -> None:
        self.draft = draft
        self.clear()
        self.tables.clear()
        for section in handover_sheet.sections_of(draft):
            columns = handover_sheet.item_columns(section)
            table = list_table([handover_sheet.column_title(c, section) for c in columns]
                               + [self.tr("Note")])
            table.setObjectName(f"section_{section}")
            items = draft.sections.get(section, [])
            table.setRowCount(len(items))
            for row, item in enumerate(items):
                for col, column in enumerate(columns):
                    cell = QTableWidgetItem(handover_sheet.cell_text(item, column, section,
                                                                     labels, masked=True))
                    cell.setData(KEY_ROLE, item.complaint_id)
                    cell.setFlags(cell.flags() & ~Qt.ItemFlag.ItemIsEditable)
                    if item.overdue and column == "due":
                        cell.setForeground(Qt.GlobalColor.red)
                    table.setItem(row, col, cell)
                note = QTableWidgetItem(item.note)
                note.setData(KEY_ROLE, item.key)
                if self.editable_notes:
                    note.setFlags(note.flags() | Qt.ItemFlag.ItemIsEditable)
                    note.setToolTip(self.tr("Double-click to add a note for the next clerk."))
                table.setItem(row, len(columns), note)
            if self.editable_notes:
                table.setEditTriggers(table.EditTrigger.DoubleClicked
                                      | table.EditTrigger.EditKeyPressed
                                      | table.EditTrigger.AnyKeyPressed)
            table.cellDoubleClicked.connect(
                lambda row, col, t=table, n=len(columns): self._double_clicked(t, row, col, n))
            total = draft.totals.get(section, len(items))
            title = self.tr("{title} ({count})").format(title=self.tab_word(section), count=total)
            if total > len(items):
                title = self.tr("{title} ({shown} of {count})").format(
                    title=self.tab_word(section), shown=len(items), count=total)
            self.tables[section] = table
            index = self.addTab(table, title)
            self.setTabToolTip(index, handover_sheet.section_title(section))

    def tab_word(self, section: str) -> str:
        """Short tab titles, so every section fits; the tooltip has the sheet's title."""
        return handover_sheet.short_title(section)

    def _double_clicked(self, table, row: int, col: int, note_col: int) -> None:
        if col == note_col and self.editable_notes:
            return
        complaint_id = table.item(row, 0).data(KEY_ROLE)
        if complaint_id:
            self.open_complaint.emit(int(complaint_id))

    def item_notes(self) -> dict[str, str]:
        """{item key: note} of every item that has a note."""
        notes = {}
        for table in self.tables.values():
            note_col = table.columnCount() - 1
            for row in range(table.rowCount()):
                cell = table.item(row, note_col)
                if cell is not None and cell.text().strip():
                    notes[cell.data(KEY_ROLE)] = cell.text().strip()
        return notes

    def set_note(self, key: str, text: str) -> bool:
        """For tests and keyboard users: the note of one item."""
        for table in self.tables.values():
            note_col = table.columnCount() - 1
            for row in range(table.rowCount()):
                cell = table.item(row, note_col)
                if cell.data(KEY_ROLE) == key:
                    cell.setText(text)
                    return True
        return False


def header_text(draft: handover.HandoverDraft) -> str:
    return handover_sheet.shift_text(draft)


class HandoverView(QWidget):
    """A kept handover, read-only: who, when, the counts, the sections, the notes."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.record: handover.HandoverRecord | None = None
        self.shift = QLabel()
        self.people = QLabel()
        self.open_count = QLabel()
        self.open_count.setObjectName("open_count")
        self.state = QLabel()
        self.state.setObjectName("handover_state")
        self.state.setWordWrap(True)
        self.sections = SectionTables(editable_notes=False)
        self.notes = QPlainTextEdit()
        self.notes.setReadOnly(True)
        self.notes.setMaximumHeight(90)
        form = QFormLayout()
        form.addRow(self.tr("Shift:"), self.shift)
        form.addRow(self.tr("Handed over:"), self.people)
        form.addRow(self.tr("Open items:"), self.open_count)
        form.addRow(self.tr("State:"), self.state)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(self.sections, 1)
        layout.addWidget(QLabel(self.tr("Notes:")))
        layout.addWidget(self.notes)

    def show_record(self, record: handover.HandoverRecord) -> None:
        self.record = record
        draft = record.draft
        self.shift.setText(header_text(draft))
        self.people.setText(self.tr("{from_name} → {to_name} at {time}").format(
            from_name=draft.from_staff_name, to_name=record.to_staff_name,
            time=minute(record.created_at)))
        self.open_count.setText(f"<b>{draft.open_count}</b>")
        if record.read_only:
            self.state.setText(self.tr("Confirmed by {name} at {time}; read-only.").format(
                name=record.acknowledged_by_name, time=minute(record.acknowledged_at)))
        else:
            self.state.setText(self.tr("Waiting for {name} to confirm with their PIN.").format(
                name=record.to_staff_name))
        self.sections.show_draft(draft)
        self.notes.setPlainText(record.notes)


def save_sheet(parent, record: handover.HandoverRecord) -> Path | None:
    """The 交班记录 as a PDF file the clerk chooses."""
    name = f"{parent.tr('handover')}-{record.draft.shift_start:%Y%m%d-%H%M}.pdf"
    return save_pdf_as(parent, name, lambda: handover_sheet.build(
        settings.get("store_name") or "", record, labels))


class HandoverViewDialog(QDialog):
    """A kept handover to read again, print, or (while pending) have confirmed."""

    confirm_requested = Signal(int)
    open_complaint = Signal(int)

    def __init__(self, record: handover.HandoverRecord, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Shift handover"))
        self.view = HandoverView()
        self.view.show_record(record)
        self.view.sections.open_complaint.connect(self.open_complaint)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.print_button = QPushButton(self.tr("Save sheet as &PDF…"))
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.confirm_button = QPushButton(self.tr("&Confirm takeover…"))
        buttons.addButton(self.confirm_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.confirm_button.setVisible(not record.read_only)
        self.print_button.clicked.connect(lambda: save_sheet(self, self.view.record))
        self.confirm_button.clicked.connect(lambda: self.confirm_requested.emit(record.id))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        self.resize(980, 640)

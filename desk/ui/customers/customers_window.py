"""The customer list (客户资料): search by name, phone, its last four digits or member
no. (a scanner's Enter searches at once), "my customers" with their first contacts,
pages loaded as the list scrolls; a supervisor merges two records from here."""

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
)

from desk.customers import merge, records, search
from desk.errors import DeskError
from desk.models import now
from desk.staff import permissions
from desk.ui import labels
from desk.ui.customers.record_dialog import CustomerRecordDialog
from desk.ui.messages import error_text
from desk.ui.widgets.tables import list_table
from desk.ui.widgets.when import minute


class CustomersWindow(QDialog):
    open_complaint = Signal(int)
    customer_changed = Signal(int)  # a record edited, a contact recorded, two merged

    def __init__(self, staff, desk: str, parent=None, mine: bool = False):
        super().__init__(parent)
        self.staff, self.desk = staff, desk
        self.setWindowTitle(self.tr("Customers"))
        self.resize(900, 600)
        self.search_box = QLineEdit()
        self.search_box.setPlaceholderText(self.tr("Name, phone, last 4 digits or member no."))
        self.search_box.setClearButtonEnabled(True)
        self.search_box.returnPressed.connect(self.reload)
        self.typing = QTimer(self, singleShot=True, interval=250)
        self.typing.timeout.connect(self.reload)
        self.search_box.textEdited.connect(lambda _t: self.typing.start())
        self.mine = QCheckBox(self.tr("&My customers"))
        self.mine.setChecked(mine)
        self.mine.toggled.connect(self.reload)
        self.table = list_table([self.tr("Name"), self.tr("Phone"), self.tr("Member no."),
                                 self.tr("Card"), self.tr("Tags"), self.tr("Held by"),
                                 self.tr("First contact")])
        self.table.setSelectionMode(self.table.SelectionMode.ExtendedSelection)
        self.table.cellActivated.connect(lambda row, _c: self.open_record(row))
        self.table.cellDoubleClicked.connect(lambda row, _c: self.open_record(row))
        self.table.verticalScrollBar().valueChanged.connect(self._maybe_more)
        self.count = QLabel()
        self.merge_button = QPushButton(self.tr("Mer&ge the two selected…"))
        self.merge_button.setVisible(permissions.allows(staff, "merge_customers"))
        self.merge_button.clicked.connect(self.merge_selected)
        top = QHBoxLayout()
        top.addWidget(self.search_box, 1)
        top.addWidget(self.mine)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count, 1)
        bottom.addWidget(self.merge_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        self.rows: list[search.CustomerRow] = []
        self.exhausted = False
        self.reload()
        self.search_box.setFocus()

    def reload(self) -> None:
        self.rows, self.exhausted = [], False
        self.table.setRowCount(0)
        self.load_more()

    def load_more(self) -> None:
        if self.exhausted:
            return
        page = search.search(self.search_box.text(), len(self.rows), search.PAGE,
                             holder_id=self.staff.id if self.mine.isChecked() else None)
        self.exhausted = len(page) < search.PAGE
        at = now()
        start = len(self.rows)
        self.rows += page
        self.table.setRowCount(len(self.rows))
        for i, r in enumerate(page, start):
            if r.first_contact_at:
                first = self.tr("done {at}").format(at=minute(r.first_contact_at))
            elif r.first_contact_due:
                first = (self.tr("OVERDUE since {due}") if r.first_contact_due < at
                         else self.tr("due by {due}")).format(due=minute(r.first_contact_due))
            else:
                first = ""
            cells = [r.name, r.phone, r.member_no, labels.label(r.card_level) if r.card_level
                     else "", "、".join(labels.label(t) for t in r.tags), r.holder_name, first]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, r.id)
                if col == 6 and r.first_contact_due and not r.first_contact_at \
                        and r.first_contact_due < at:
                    item.setForeground(Qt.GlobalColor.red)
                self.table.setItem(i, col, item)
        more = "" if self.exhausted else "+"
        self.count.setText(self.tr("{n}{more} customers shown").format(n=len(self.rows),
                                                                       more=more))

    def _maybe_more(self, value: int) -> None:
        bar = self.table.verticalScrollBar()
        if value >= bar.maximum() - 5:
            self.load_more()

    def open_record(self, row: int):
        dialog = CustomerRecordDialog(self.rows[row].id, self.staff, self.desk, self)
        dialog.changed.connect(lambda _id: self.reload())
        dialog.changed.connect(self.customer_changed)
        dialog.open_complaint.connect(self.open_complaint)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def selected(self) -> list[int]:
        return sorted({i.row() for i in self.table.selectedIndexes()})

    def merge_selected(self, confirm: bool = True) -> bool:
        rows = self.selected()
        if len(rows) != 2:
            self.count.setText(self.tr("Select exactly two records to merge."))
            return False
        keep, other = (records.get(self.rows[r].id) for r in rows)
        if confirm and QMessageBox.question(
                self, self.tr("Merge two records"),
                self.tr("Merge {other} ({other_phones}) into {keep} ({keep_phones})? The "
                        "complaints, callbacks and contacts of both are kept under one "
                        "record.").format(other=other.name, other_phones=", ".join(other.phones),
                                          keep=keep.name, keep_phones=", ".join(keep.phones))
        ) != QMessageBox.StandardButton.Yes:
            return False
        try:
            merge.merge(keep.id, keep.version, other.id, other.version, self.staff, self.desk)
        except DeskError as e:
            self.count.setText(error_text(e))
            return False
        self.reload()
        return True

"""The weekly hot-spot view (热点通报): the week's hot spots with the complaints behind
them; from here the supervisor prints the report and schedules care callbacks for the
customers concerned (desk.callbacks.calls.schedule_care). Reads and writes run on a worker.
"""

import datetime

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

from desk.callbacks import calls as callbacks
from desk.complaints import sheet_data as documents
from desk.complaints import worklist
from desk.complaints.masking import mask_phone
from desk.errors import DeskError, ValidationError
from desk.models import now as clock
from desk.printing import hotspot_report
from desk.statistics import hotspots, periods, words
from desk.ui.labels import label
from desk.ui.messages import error_text, field_messages
from desk.ui.widgets.field_error import error_label
from desk.ui.widgets.pdf_preview import show_pdf
from desk.ui.widgets.when import minute
from desk.ui.widgets.workers import TaskRunner

MINUTE = "%Y-%m-%d %H:%M"


def read_week(week: periods.Period):
    """The week's hot spots, the rows of their complaints, and the rule (count, days)."""
    spots = hotspots.in_period(week)
    ids = sorted({i for s in spots for i in s.complaint_ids})
    rows = {r.id: r for r in worklist.rows_by_id(ids)}
    return spots, rows, hotspots.rules()


def report_pdf(week, spots, rows, rule, staff_name: str, at: datetime.datetime) -> bytes:
    count, days = rule
    return hotspot_report.build(documents.store_header().name, week, spots, rows, label,
                                count=count, days=days, printed_at=at, printed_by=staff_name)


class HotspotView(QDialog):
    open_complaint = Signal(int)
    loaded = Signal()
    scheduled = Signal(int)  # how many care callbacks were created

    def __init__(self, staff, desk: str, parent=None, clock_fn=clock):
        super().__init__(parent)
        self.staff, self.desk, self.clock = staff, desk, clock_fn
        self.spots: list = []
        self.rows: dict = {}
        self.rule = (3, 7)
        self._runner = TaskRunner(self)
        self._write_runner = TaskRunner(self)
        self.setWindowTitle(self.tr("Hot spots of the week"))
        today = self.clock().date()
        self.day = QDateEdit(QDate(today.year, today.month, today.day))
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.day.dateChanged.connect(self.reload)
        self.week_text = QLabel()
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("Hot spot / complaint"), self.tr("Received"),
                                   self.tr("Customer"), self.tr("Phone"), self.tr("Status"),
                                   self.tr("Department")])
        self.tree.setAlternatingRowColors(True)
        self.tree.itemDoubleClicked.connect(self._double_clicked)
        self.tree.currentItemChanged.connect(self._selection_changed)
        self.care_button = QPushButton(self.tr("Schedule &care callbacks…"))
        self.care_button.clicked.connect(self.ask_care)
        self.print_button = QPushButton(self.tr("&Print the report…"))
        self.print_button.clicked.connect(self.print_report)
        self.message = error_label("hotspot_message")
        self.done_text = QLabel()
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Week of")))
        top.addWidget(self.day)
        top.addWidget(self.week_text, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.care_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.done_text)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.resize(980, 520)
        self._selection_changed()
        self.tree.setFocus()
        self.reload()

    def week(self) -> periods.Period:
        d = self.day.date()
        moment = datetime.datetime(d.year(), d.month(), d.day(), 12)
        return periods.this_week(moment)

    def is_loading(self) -> bool:
        return self._runner.busy()

    def reload(self, *_args) -> None:
        week = self.week()
        self.week_text.setText(self.tr("{start} to {end}").format(
            start=week.start.date(), end=week.last_day))
        self._runner.new_generation()
        self._runner.run(read_week, week, on_done=self._show, on_error=self._failed)

    def _show(self, result) -> None:
        self.spots, self.rows, self.rule = result
        self.tree.clear()
        for spot in self.spots:
            kind = words.other("hotspot_product" if spot.kind == "product"
                               else "hotspot_cause_department")
            title = self.tr("{what} ({kind}): %n complaint(s)", "", spot.count).format(
                what=words.hotspot_title(spot, label), kind=kind)
            top = QTreeWidgetItem([f"{title}    {spot.first_at.strftime(MINUTE)} — "
                                   f"{spot.last_at.strftime(MINUTE)}"])
            top.setData(0, Qt.ItemDataRole.UserRole, None)
            font = top.font(0)
            font.setBold(True)
            top.setFont(0, font)
            for cid in spot.complaint_ids:
                r = self.rows.get(cid)
                if r is None:
                    continue
                child = QTreeWidgetItem([r.number, minute(r.received_at), r.complainant_name,
                                         mask_phone(r.phone), label(r.status), r.department_name])
                child.setData(0, Qt.ItemDataRole.UserRole, cid)
                top.addChild(child)
            self.tree.addTopLevelItem(top)
            top.setFirstColumnSpanned(True)  # the hot spot's line runs across the columns
            top.setExpanded(True)
        for column in range(self.tree.columnCount()):
            self.tree.resizeColumnToContents(column)
        if not self.spots:
            self.done_text.setText(self.tr("No hot spot this week."))
        else:
            self.done_text.setText(self.tr("%n hot spot(s) this week.", "", len(self.spots)))
        self._selection_changed()
        self.loaded.emit()

    def _failed(self, error: BaseException) -> None:
        self.message.setText(error_text(error) if isinstance(error, DeskError) else str(error))
        self.message.show()

    def selected_spot(self):
        item = self.tree.currentItem()
        if item is None:
            return None
        top = item.parent() or item
        index = self.tree.indexOfTopLevelItem(top)
        return self.spots[index] if 0 <= index < len(self.spots) else None

    def _selection_changed(self, *_args) -> None:
        self.care_button.setEnabled(self.staff.role == "supervisor"
                                    and self.selected_spot() is not None)
        self.print_button.setEnabled(True)

    def _double_clicked(self, item: QTreeWidgetItem, _column: int) -> None:
        cid = item.data(0, Qt.ItemDataRole.UserRole)
        if cid is not None:
            self.open_complaint.emit(cid)

    # -- care callbacks, paper ----------------------------------------------------------------

    def care_topic(self, spot) -> str:
        return self.tr("Hot-spot care: {what}").format(what=words.hotspot_title(spot, label))

    def ask_care(self) -> None:
        spot = self.selected_spot()
        if spot is None:
            return
        customers = sorted(set(spot.customer_ids))
        topic, ok = QInputDialog.getText(
            self, self.tr("Care callbacks"),
            self.tr("A care callback for each of the %n customer(s) of this hot spot, at the "
                    "first allowed time. Topic:", "", len(customers)),
            QLineEdit.EchoMode.Normal, self.care_topic(spot))
        if ok:
            self.schedule_care(spot, topic)

    def schedule_care(self, spot, topic: str) -> None:
        self.message.hide()
        self.care_button.setEnabled(False)
        self._write_runner.run(callbacks.schedule_care, sorted(set(spot.customer_ids)), topic,
                               self.staff, self.desk, on_done=self._care_done,
                               on_error=self._care_failed)

    def _care_done(self, created: list) -> None:
        self._selection_changed()
        self.done_text.setText(self.tr("%n care callback(s) scheduled.", "", len(created)))
        self.scheduled.emit(len(created))

    def _care_failed(self, error: BaseException) -> None:
        self._selection_changed()
        if isinstance(error, ValidationError):
            text = " ".join(field_messages(error).values())
        else:
            text = error_text(error) if isinstance(error, DeskError) else str(error)
        self.message.setText(text)
        self.message.show()

    def print_report(self) -> None:

        self._write_runner.run(report_pdf, self.week(), self.spots, self.rows, self.rule,
                               self.staff.name, self.clock(),
                               on_done=lambda pdf: show_pdf(pdf, self), on_error=self._failed)

"""The callback queue (回访队列): the calls to make, overdue first, then today, then later.

A dock beside the worklist (View → Callback queue, F7). The rows come from
`callbacks.queue` on a worker, already in due order, so the three sections follow
each other; overdue rows are red, today's amber. Enter (or a double-click) opens the
record of the selected call; Ctrl+P prints the day's list to work through by phone.
The item model (CallbackQueueModel) is kept apart from the view that shows it.
"""

import datetime

from PySide6.QtCore import QAbstractTableModel, QEvent, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QKeySequence, QPageLayout
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDockWidget,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desk.callbacks import calls as callbacks
from desk.complaints import sheet_data as documents
from desk.errors import DeskError
from desk.models import now
from desk.printing import callback_day_list
from desk.resolution import remedies as resolution
from desk.ui import labels
from desk.ui.callbacks.callback_record_dialog import CallbackRecordDialog, load_context
from desk.ui.labels import label
from desk.ui.messages import error_text
from desk.ui.widgets.field_error import error_label
from desk.ui.widgets.when import minute
from desk.ui.widgets.workers import TaskRunner

HORIZON_DAYS = 7
REFRESH_DELAY_MS = 300  # several changes in a row read the queue once
COLUMNS = ("section", "due", "customer", "phone", "member", "complaint", "purpose",
           "attempt", "outbound", "assigned")
SECTION_COLOURS = {"overdue": QColor("#fde0e0"), "today": QColor("#fff1c7")}
SECTION_TEXT = {"overdue": QColor("#a40000"), "today": QColor("#7a5200")}


def purpose_text(info: callbacks.CallbackInfo) -> str:
    """The purpose in words, with a care call's topic."""
    if info.topic:
        return f"{label(info.purpose)} · {info.topic}"
    return label(info.purpose)


class CallbackQueueModel(QAbstractTableModel):
    """Open callbacks as table rows, each knowing its section at the time it was read."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[callbacks.CallbackInfo] = []
        self.sections: list[str] = []
        self.at: datetime.datetime = now()

    def headers(self) -> list[str]:
        return [self.tr("Section"), self.tr("Due"), self.tr("Customer"), self.tr("Phone"),
                self.tr("Member no."), self.tr("Complaint"), self.tr("Purpose / topic"),
                self.tr("Attempt"), self.tr("Outbound"), self.tr("Assigned to")]

    def set_rows(self, rows: list, at: datetime.datetime) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.at = at
        self.sections = [callbacks.section(info, at) for info in self.rows]
        self.endResetModel()

    def info(self, row: int) -> callbacks.CallbackInfo | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def row_of(self, callback_id: int) -> int:
        return next((r for r, i in enumerate(self.rows) if i.id == callback_id), -1)

    def counts(self) -> dict[str, int]:
        return {name: self.sections.count(name) for name in ("overdue", "today", "upcoming")}

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(COLUMNS)

    def text(self, row: int, column: str) -> str:
        i = self.rows[row]
        if column == "section":
            return label(self.sections[row])
        if column == "due":
            return minute(i.due_at)
        if column == "customer":
            return i.customer_name
        if column == "phone":
            return i.phone  # the clerk dials it: not masked here
        if column == "member":
            return i.member_no or ""
        if column == "complaint":
            return i.complaint_number or ""
        if column == "purpose":
            return purpose_text(i)
        if column == "attempt":
            if i.attempt > callbacks.MAX_TRIES:  # tries beyond the plan: the outbound list's
                return str(i.attempt)
            return self.tr("{attempt}/{max}").format(attempt=i.attempt, max=callbacks.MAX_TRIES)
        if column == "outbound":
            return self.tr("Outbound") if i.outbound else ""
        if column == "assigned":
            return i.assigned_to_name or ""
        return ""

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row, column = index.row(), COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(row, column)
        section = self.sections[row]
        if role == Qt.ItemDataRole.BackgroundRole and section in SECTION_COLOURS:
            return QBrush(SECTION_COLOURS[section])
        if role == Qt.ItemDataRole.ForegroundRole and section in SECTION_TEXT:
            return QBrush(SECTION_TEXT[section])
        if role == Qt.ItemDataRole.ToolTipRole and column == "outbound" and self.rows[row].outbound:
            return self.tr("Not reached after {tries} tries: on the outbound list of the "
                           "handover.").format(tries=callbacks.MAX_TRIES)
        if role == Qt.ItemDataRole.UserRole:
            return self.rows[row].id
        return None

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return None


class QueueView(QTableView):
    """The table; Enter opens the selected call (the view would only move the cursor),
    Ctrl+P prints the day's list (here it wins over the window's Ctrl+P)."""

    open_requested = Signal()
    print_requested = Signal()

    def event(self, event):
        if (event.type() == QEvent.Type.ShortcutOverride
                and event.matches(QKeySequence.StandardKey.Print)):
            event.accept()  # deliver Ctrl+P to keyPressEvent, not to the window's action
            return True
        return super().event(event)

    def keyPressEvent(self, event):
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.open_requested.emit()
            return
        if event.matches(QKeySequence.StandardKey.Print):
            self.print_requested.emit()
            return
        super().keyPressEvent(event)


def _load(at: datetime.datetime, staff_id: int | None):
    return at, callbacks.queue(at, staff_id=staff_id, horizon_days=HORIZON_DAYS)


def day_list_pdf(day: datetime.date, staff_id: int | None) -> bytes:
    """The day's open callbacks (and the overdue ones) as the A4 sheet to call through."""
    start = datetime.datetime.combine(day, datetime.time())
    end = start + datetime.timedelta(days=1)
    rows = [i for i in callbacks.queue(start, staff_id=staff_id, horizon_days=1)
            if i.due_at < end]
    remedies = resolution.remedies_of({i.complaint_id for i in rows if i.complaint_id})
    return callback_day_list.build(documents.store_header(), day, rows, labels, remedies)


class CallbackQueue(QWidget):
    """The queue panel. `changed(complaint_id)` after a record that touched a complaint;
    `open_complaint(id)` asks the window to show a complaint; `said(text)` what happened."""

    changed = Signal(int)
    open_complaint = Signal(int)
    said = Signal(str)
    loaded = Signal()

    def __init__(self, staff, desk: str, parent=None, clock=now):
        super().__init__(parent)
        self.staff, self.desk = staff, desk
        self._clock = clock
        self._runner = TaskRunner(self)
        self._write_runner = TaskRunner(self)  # opening a record, printing
        self.dialog: CallbackRecordDialog | None = None
        self.preview = None
        self.model = CallbackQueueModel(self)
        self.view = QueueView()
        self.view.setObjectName("callback_queue_view")
        self.view.setModel(self.model)
        self.view.verticalHeader().hide()
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.view.open_requested.connect(self.record_selected)
        self.view.doubleClicked.connect(lambda _index: self.record_selected())

        self.scope = QComboBox()
        self.scope.addItem(self.tr("Mine"), "mine")
        self.scope.addItem(self.tr("Everyone's"), "all")
        self.scope.currentIndexChanged.connect(self.refresh)
        self.summary = QLabel()
        self.summary.setObjectName("callback_summary")
        self.record_button = QPushButton(self.tr("&Record… (Enter)"))
        self.record_button.clicked.connect(self.record_selected)
        self.open_button = QPushButton(self.tr("Show &complaint"))
        self.open_button.clicked.connect(self._show_complaint)
        self.print_button = QPushButton(self.tr("&Print day list (Ctrl+P)"))
        self.print_button.clicked.connect(self.print_day_list)
        self.reload_button = QPushButton(self.tr("Re&load"))
        self.reload_button.clicked.connect(self.refresh)
        self.view.print_requested.connect(self.print_day_list)
        self.info = QLabel()
        self.info.setObjectName("callback_info")
        self.info.setWordWrap(True)
        self.info.setStyleSheet("color:#0b3d91;")
        self.message = error_label("callback_queue_message")

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Show")))
        top.addWidget(self.scope)
        top.addWidget(self.summary, 1)
        top.addWidget(self.reload_button)
        buttons = QHBoxLayout()
        buttons.addWidget(self.record_button)
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        buttons.addWidget(self.print_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.info)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self._later = QTimer(self)
        self._later.setSingleShot(True)
        self._later.setInterval(REFRESH_DELAY_MS)
        self._later.timeout.connect(self.refresh)
        self.view.selectionModel().selectionChanged.connect(self._enable)
        self._enable()

    # -- reading -----------------------------------------------------------------------

    def set_staff(self, staff) -> None:
        self.staff = staff
        self.refresh()

    def set_clock(self, clock) -> None:
        self._clock = clock

    def staff_filter(self) -> int | None:
        return self.staff.id if self.scope.currentData() == "mine" else None

    def refresh(self) -> None:
        self._runner.new_generation()
        self._runner.run(_load, self._clock(), self.staff_filter(), on_done=self._show,
                         on_error=self._say_error)

    def refresh_soon(self, *_args) -> None:
        """Something changed elsewhere: read again shortly (and once for a burst)."""
        if self.isVisible():
            self._later.start()

    def is_loading(self) -> bool:
        return self._runner.busy()

    def _show(self, answer) -> None:
        at, rows = answer
        selected = self.selected()
        self.model.set_rows(rows, at)
        counts = self.model.counts()
        self.summary.setText(self.tr("Overdue {overdue} · Today {today} · Upcoming {upcoming}")
                             .format(**counts))
        row = self.model.row_of(selected.id) if selected else -1
        if row < 0 and rows:
            row = 0
        if row >= 0:
            self.view.selectRow(row)
        self.message.hide()
        self._enable()
        self.loaded.emit()

    def selected(self) -> callbacks.CallbackInfo | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.info(rows[0].row()) if rows else None

    def _enable(self, *_args) -> None:
        info = self.selected()
        self.record_button.setEnabled(info is not None)
        self.open_button.setEnabled(info is not None and info.complaint_id is not None)

    # -- recording ---------------------------------------------------------------------

    def record_selected(self) -> None:
        info = self.selected()
        if info is None:
            return
        self.record_button.setEnabled(False)
        self._write_runner.run(load_context, info, self._clock(), on_done=self._open_record,
                               on_error=self._say_error)

    def _open_record(self, context) -> None:
        self._enable()
        self.dialog = CallbackRecordDialog(context, self.staff, self.desk, self)
        self.dialog.recorded.connect(self._recorded)
        self.dialog.open()

    def _recorded(self, result, text: str) -> None:
        self.info.setText(text)
        self.said.emit(text)
        if result.callback.complaint_id:
            self.changed.emit(result.callback.complaint_id)
        self.refresh()

    def _show_complaint(self) -> None:
        info = self.selected()
        if info is not None and info.complaint_id:
            self.open_complaint.emit(info.complaint_id)

    # -- printing ----------------------------------------------------------------------

    def print_day_list(self) -> None:
        self._write_runner.run(day_list_pdf, self._clock().date(), self.staff_filter(),
                               on_done=self._preview, on_error=self._say_error)

    def _preview(self, pdf: bytes) -> None:
        from desk.ui.widgets.pdf_preview import preview_dialog

        self.last_pdf = pdf
        self.preview = preview_dialog(pdf, "A4", self)
        # The sheet is landscape: the boxes for the outcome need the width.
        self.preview._printer.setPageOrientation(QPageLayout.Orientation.Landscape)
        self.preview.open()

    def _say_error(self, error: BaseException) -> None:
        self._enable()
        self.message.setText(error_text(error) if isinstance(error, DeskError) else str(error))
        self.message.show()


class CallbackQueueDock(QDockWidget):
    """The queue as a dock of the main window; it reads the queue whenever it is shown."""

    def __init__(self, staff, desk: str, parent=None):
        super().__init__(parent)
        self.setObjectName("callback_queue_dock")
        self.setWindowTitle(self.tr("Callback queue"))
        self.queue = CallbackQueue(staff, desk, self)
        self.setWidget(self.queue)
        self.visibilityChanged.connect(self._visibility_changed)

    def _visibility_changed(self, visible: bool) -> None:
        if visible:
            self.queue.refresh()
            self.queue.view.setFocus()

"""The Callbacks tab of the detail pane: every callback of the complaint, and two buttons.

Each row is one planned call (retries and reschedules are rows of their own, so the
history is kept): when it was due, its purpose and try, and once made, how it went.
"Schedule callback…" plans another call; "Record…" records the selected open one.
"""

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
)

from desk.callbacks import calls as callbacks
from desk.errors import DeskError, ValidationError
from desk.ui.callbacks.callback_record_dialog import CallbackRecordDialog, load_context
from desk.ui.callbacks.schedule_callback_dialog import ScheduleCallbackDialog, load_choices
from desk.ui.complaints.complaint_tab import ComplaintTab
from desk.ui.labels import label
from desk.ui.messages import error_text, field_messages
from desk.ui.widgets.field_error import error_label
from desk.ui.widgets.when import minute


def attempt_text(info) -> str:
    """1/3, 2/3, 3/3; tries beyond the plan (the outbound list's) just count on."""
    if info.attempt > callbacks.MAX_TRIES:
        return str(info.attempt)
    return f"{info.attempt}/{callbacks.MAX_TRIES}"


class CallbacksTab(ComplaintTab):
    changed = Signal(int)  # a callback of this complaint was scheduled or recorded

    def __init__(self, parent=None):
        super().__init__(parent)
        from desk.ui.widgets.tables import list_table

        self.rows: list = []
        self.dialog = None
        self.table = list_table([self.tr("When"), self.tr("Purpose"), self.tr("Try"),
                                 self.tr("State"), self.tr("Outcome"), self.tr("Score"),
                                 self.tr("By"), self.tr("Notes")])
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(7, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._enable)
        self.table.cellDoubleClicked.connect(lambda *_: self.record_selected())
        self.schedule_button = QPushButton(self.tr("&Schedule callback…"))
        self.schedule_button.clicked.connect(self.schedule)
        self.record_button = QPushButton(self.tr("Re&cord…"))
        self.record_button.clicked.connect(self.record_selected)
        self.cancel_button = QPushButton(self.tr("Cancel ca&llback…"))
        self.cancel_button.clicked.connect(self.cancel_selected)
        self.info = QLabel()
        self.info.setWordWrap(True)
        self.info.setStyleSheet("color:#0b3d91;")
        self.message = error_label("callbacks_tab_message")
        buttons = QHBoxLayout()
        buttons.addWidget(self.schedule_button)
        buttons.addWidget(self.record_button)
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.info)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self._enable()

    def set_complaint(self, complaint_id: int | None) -> None:
        self._runner.new_generation()
        self.complaint_id = complaint_id
        self.info.clear()
        self.message.hide()
        self._show([])
        self.schedule_button.setEnabled(complaint_id is not None)
        if complaint_id is not None:
            self._runner.run(callbacks.callbacks_of, complaint_id, on_done=self._show,
                             on_error=self._say_error)

    def _show(self, rows: list) -> None:
        self.rows = rows
        self.table.setRowCount(len(rows))
        for row, i in enumerate(rows):
            outcome = label(i.outcome) if i.outcome else ""
            if i.outbound and i.state == "open":
                outcome = self.tr("On the outbound list")
            texts = (minute(i.done_at or i.due_at) if i.state == "done" else minute(i.due_at),
                     label(i.purpose), attempt_text(i), self.state_text(i),
                     outcome, str(i.score) if i.score else "", i.done_by_name or "", i.notes)
            for col, text in enumerate(texts):
                self.table.setItem(row, col, QTableWidgetItem(text))
        self.table.resizeRowsToContents()
        self._enable()

    def state_text(self, info) -> str:
        if info.state == "open":
            return self.tr("To call")
        if info.state == "done":
            return self.tr("Made")
        return label(info.state)  # cancelled

    def selected(self):
        rows = self.table.selectionModel().selectedRows()
        return self.rows[rows[0].row()] if rows else None

    def _enable(self) -> None:
        info = self.selected()
        self.record_button.setEnabled(info is not None and info.state == "open")
        self.cancel_button.setEnabled(info is not None and info.state == "open")

    def schedule(self) -> None:
        if self.complaint_id is None:
            return
        self._write_runner.run(load_choices, self.complaint_id, on_done=self._open_schedule,
                               on_error=self._say_error)

    def _open_schedule(self, choices) -> None:
        self.dialog = ScheduleCallbackDialog(choices, self.staff, self.desk, self)
        self.dialog.scheduled.connect(self._scheduled)
        self.dialog.open()

    def _scheduled(self, info) -> None:
        self.info.setText(self.tr("Callback scheduled for {time}.").format(
            time=minute(info.due_at)))
        self._after_change()

    def record_selected(self) -> None:
        info = self.selected()
        if info is None or info.state != "open":
            return
        self._write_runner.run(load_context, info, on_done=self._open_record,
                               on_error=self._say_error)

    def cancel_selected(self, reason: str | None = None) -> None:
        """Call off the selected callback (the customer asked not to be called, a duplicate):
        the reason is kept on it and in the complaint's history."""
        info = self.selected()
        if info is None or info.state != "open":
            return
        if reason is None:
            reason, ok = QInputDialog.getText(
                self, self.tr("Cancel callback"),
                self.tr("Why is the callback to {customer} called off?").format(
                    customer=info.customer_name))
            if not ok:
                return
        self._write_runner.run(callbacks.cancel, info.id, info.version, self.staff, self.desk,
                               reason, on_done=self._cancelled, on_error=self._say_error)

    def _cancelled(self, _info) -> None:
        self.info.setText(self.tr("Callback cancelled."))
        self._after_change()

    def _open_record(self, context) -> None:
        self.dialog = CallbackRecordDialog(context, self.staff, self.desk, self)
        self.dialog.recorded.connect(self._recorded)
        self.dialog.open()

    def _recorded(self, _result, text: str) -> None:
        self.info.setText(text)
        self._after_change()

    def _after_change(self) -> None:
        complaint_id = self.complaint_id
        if complaint_id is not None:
            self._runner.new_generation()
            self._runner.run(callbacks.callbacks_of, complaint_id, on_done=self._show,
                             on_error=self._say_error)
            self.changed.emit(complaint_id)

    def _say_error(self, error: BaseException) -> None:
        if isinstance(error, ValidationError):  # the cancel reason: the only field here
            text = " ".join(field_messages(error).values())
        else:
            text = error_text(error) if isinstance(error, DeskError) else str(error)
        self.message.setText(text)
        self.message.show()

"""Reports → Callback summary…: choose a period, then preview the 《回访总结报告》.

The figures are summed by the database (callbacks.summary) and the PDF is built on
a worker; the preview prints it (desk/ui/widgets/pdf_preview.py).
"""

import datetime

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QVBoxLayout

from desk.callbacks import calls as callbacks
from desk.complaints import sheet_data as documents
from desk.errors import DeskError
from desk.printing import callback_summary_report
from desk.ui import labels
from desk.ui.messages import error_text
from desk.ui.widgets.field_error import error_label
from desk.ui.widgets.when import month_so_far, period
from desk.ui.widgets.workers import TaskRunner


def summary_pdf(start: datetime.datetime, end: datetime.datetime) -> bytes:
    return callback_summary_report.build(documents.store_header(), start, end,
                                         callbacks.summary(start, end), labels)


class CallbackSummaryDialog(QDialog):
    def __init__(self, parent=None, today: datetime.date | None = None):
        super().__init__(parent)
        self._runner = TaskRunner(self)
        self.preview = None
        self.pdf: bytes | None = None
        self.setWindowTitle(self.tr("Callback summary"))
        self.since, self.until = month_so_far(today)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("From")))
        row.addWidget(self.since)
        row.addWidget(QLabel(self.tr("to")))
        row.addWidget(self.until)
        row.addStretch(1)
        self.message = error_label("summary_message")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Close)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Preview"))
        self.buttons.accepted.connect(self.make)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

    def make(self) -> None:
        self.message.hide()
        start, end = period(self.since, self.until)
        if end <= start:
            self.message.setText(self.tr("The period ends before it starts."))
            self.message.show()
            return
        self.ok_button.setEnabled(False)
        self._runner.run(summary_pdf, start, end, on_done=self._made, on_error=self._failed)

    def is_busy(self) -> bool:
        return self._runner.busy()

    def _made(self, pdf: bytes) -> None:
        from desk.ui.widgets.pdf_preview import preview_dialog

        self.ok_button.setEnabled(True)
        self.pdf = pdf
        self.preview = preview_dialog(pdf, "A4", self)
        self.preview.open()

    def _failed(self, error: BaseException) -> None:
        self.ok_button.setEnabled(True)
        self.message.setText(error_text(error) if isinstance(error, DeskError) else str(error))
        self.message.show()

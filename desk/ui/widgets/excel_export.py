"""Export to Excel from any screen: choose the file, write it off the GUI thread with a
progress dialog and a Cancel button, say where it went.

The sheets are built from plain rows by desk.printing.xlsx; this module only gives it the
translated words (headers, sheet names, code labels) and runs it.
"""

import threading
from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWidget

from desk.complaints import worklist
from desk.complaints.masking import mask_phone
from desk.errors import Cancelled
from desk.printing import xlsx as export_xlsx
from desk.statistics import words
from desk.ui.labels import label
from desk.ui.widgets.workers import TaskRunner

EXPORT_PAGE = 2000  # worklist rows read per query while exporting the whole list


class ExcelWords(QObject):
    """The translated headers (a QObject so lupdate sees the context)."""

    def complaint_headers(self) -> dict[str, str]:
        return {"number": self.tr("Number"), "status": self.tr("Status"),
                "kind": self.tr("Kind"), "customer": self.tr("Customer"),
                "phone": self.tr("Phone"), "category": self.tr("Category"),
                "received": self.tr("Received"), "assigned": self.tr("Assigned to"),
                "department": self.tr("Department"), "deadline": self.tr("Promised by")}

    def rate_headers(self) -> dict[str, str]:
        return {"rate": self.tr("Rate"), "numerator": self.tr("Counted"),
                "denominator": self.tr("Out of"), "value": self.tr("Value")}

    def names(self) -> dict[str, str]:
        return {"complaints": self.tr("Complaints"), "rates": self.tr("Rates"),
                "files": self.tr("Excel workbooks (*.xlsx)"),
                "save": self.tr("Export to Excel"), "writing": self.tr("Writing the workbook…"),
                "cancel": self.tr("Cancel"), "saved": self.tr("Saved {path}"),
                "failed": self.tr("The workbook could not be written: {error}")}


def complaint_sheet(rows, name: str | None = None, title: str = "") -> export_xlsx.Sheet:
    w = ExcelWords()
    return export_xlsx.complaint_sheet(rows, name or w.names()["complaints"],
                                       w.complaint_headers(), label, mask_phone, title=title)


def classification_sheets(data) -> list[export_xlsx.Sheet]:
    """The classification table and the rates of desk.statistics.types.StatisticsData."""
    table = data.table
    start, end = data.period.start.date().isoformat(), data.period.last_day.isoformat()
    title = f"{start} — {end}"
    headers = {"group": words.grouping(table.group_by), "total": words.other("total"),
               **{f: words.figure(f) for f in words.FIGURE_NAMES}}
    sheet = export_xlsx.classification_sheet(
        table, f"{words.grouping(table.group_by)} {start}", headers,
        lambda row: words.group_label(table.group_by, row, label), title=title)
    w = ExcelWords()
    rates = export_xlsx.rates_sheet(data.rates, w.names()["rates"], w.rate_headers(),
                                    {k: words.rate(k) for k in words.RATE_NAMES}, title=title)
    return [sheet, rates]


def all_worklist_rows(flt: worklist.WorklistFilter, progress=None, cancelled=None) -> list:
    """Every row of the list as filtered, newest first, read page by page (keyset)."""
    rows: list = []
    before = None
    while True:
        if cancelled is not None and cancelled():
            raise Cancelled()
        page = worklist.page(flt, before, EXPORT_PAGE)
        rows.extend(page)
        if progress is not None:
            progress(len(rows), 0)
        if len(page) < EXPORT_PAGE:
            return rows
        before = page[-1].id


class _Progress(QObject):
    """Emitted from the worker thread; delivered (queued) on the GUI thread."""

    changed = Signal(int, int)


def ask_path(parent: QWidget, suggested: str) -> Path | None:
    names = ExcelWords().names()
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    start = Path(folder or Path.home()) / suggested
    path, _ = QFileDialog.getSaveFileName(parent, names["save"], str(start), names["files"])
    if not path:
        return None
    return Path(path if path.lower().endswith(".xlsx") else path + ".xlsx")


class Export(QObject):
    """One export on a worker: make_sheets(progress, cancelled) -> sheets, then saved.
    `finished(path or None)` at the end (None: cancelled or failed)."""

    finished = Signal(object)

    def __init__(self, parent: QWidget, path: Path, make_sheets):
        super().__init__(parent)
        self.parent_widget, self.path, self.make_sheets = parent, path, make_sheets
        self._stop = threading.Event()
        self._progress = _Progress()
        names = ExcelWords().names()
        self.names = names
        self.dialog = QProgressDialog(names["writing"], names["cancel"], 0, 0, parent)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(400)
        self.dialog.canceled.connect(self._stop.set)
        self._progress.changed.connect(self._show_progress)
        self._runner = TaskRunner(self)

    def start(self) -> None:
        self._runner.run(self._work, on_done=self._done, on_error=self._failed)

    def _work(self) -> Path:
        def progress(done, total):
            self._progress.changed.emit(done, total)

        sheets = self.make_sheets(progress, self._stop.is_set)
        return export_xlsx.save(self.path, sheets, progress=progress, cancelled=self._stop.is_set)

    def _show_progress(self, done: int, total: int) -> None:
        self.dialog.setMaximum(total)
        self.dialog.setValue(min(done, total) if total else 0)

    def _done(self, path: Path) -> None:
        self.dialog.reset()
        window = self.parent_widget.window()
        if hasattr(window, "statusBar"):
            window.statusBar().showMessage(self.names["saved"].format(path=path), 8000)
        self.finished.emit(path)

    def _failed(self, error: BaseException) -> None:
        self.dialog.reset()
        if not isinstance(error, Cancelled):
            QMessageBox.warning(self.parent_widget, self.names["save"],
                                self.names["failed"].format(error=error))
        self.finished.emit(None)


def export(parent: QWidget, suggested_name: str, make_sheets, path: Path | None = None):
    """Ask for a file (unless `path` is given) and export to it; returns the Export job or
    None when the user chose no file."""
    path = path or ask_path(parent, suggested_name)
    if path is None:
        return None
    job = Export(parent, path, make_sheets)
    job.start()
    return job

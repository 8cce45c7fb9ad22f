"""The last line of defence: an unexpected exception is logged and shown, never fatal.

sys.excepthook catches what escapes a slot or event handler on the GUI thread,
threading.excepthook what escapes a Python thread. Both write the traceback to
<data folder>/logs/desk.log and show one plain dialog on the GUI thread.
"""

import logging
import sys
import threading
import traceback
from logging.handlers import RotatingFileHandler
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QApplication, QMessageBox

from desk.config import data_dir

LOGGER_NAME = "desk"
_LOG_BYTES = 1_000_000
_LOG_BACKUPS = 5


def log_path() -> Path:
    return data_dir() / "logs" / "desk.log"


def setup_logging() -> logging.Logger:
    """The desk logger writes to a rotating file in the data folder (set up once per path)."""
    path = log_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    logger = logging.getLogger(LOGGER_NAME)
    logger.setLevel(logging.INFO)
    for handler in logger.handlers:
        if isinstance(handler, RotatingFileHandler) and Path(handler.baseFilename) == path:
            return logger
    handler = RotatingFileHandler(path, maxBytes=_LOG_BYTES, backupCount=_LOG_BACKUPS,
                                  encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s %(threadName)s: "
                                           "%(message)s"))
    logger.addHandler(handler)
    return logger


class CrashReporter(QObject):
    """Logs unexpected exceptions and tells the user, from whichever thread they come."""

    _report = Signal(str)  # queued to the GUI thread

    def __init__(self, parent=None):
        super().__init__(parent)
        self.logger = setup_logging()
        self.dialog: QMessageBox | None = None
        self.reported = 0
        self._report.connect(self._show, Qt.ConnectionType.QueuedConnection)

    def handle(self, exc_type, exc, tb) -> None:
        """sys.excepthook."""
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        text = "".join(traceback.format_exception(exc_type, exc, tb))
        self.logger.error("unexpected error\n%s", text)
        self._report.emit(text)

    def handle_thread(self, args: threading.ExceptHookArgs) -> None:
        """threading.excepthook."""
        if args.exc_type is SystemExit:
            return
        self.handle(args.exc_type, args.exc_value, args.exc_traceback)

    @Slot(str)
    def _show(self, details: str) -> None:
        self.reported += 1
        if self.dialog is not None and self.dialog.isVisible():
            return  # one dialog at a time; the log has every report
        box = QMessageBox(QApplication.activeWindow())
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Something went wrong"))
        box.setText(self.tr("Something went wrong. Nothing you typed is lost. "
                            "Details were written to {path}.").format(path=log_path()))
        box.setDetailedText(details)
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        self.dialog = box
        box.open()  # not exec(): no nested event loop inside an exception hook


_reporter: CrashReporter | None = None


def install() -> CrashReporter:
    """Install the hooks (once); returns the reporter."""
    global _reporter
    if _reporter is None:
        _reporter = CrashReporter()
    sys.excepthook = _reporter.handle
    threading.excepthook = _reporter.handle_thread
    return _reporter


def uninstall() -> None:
    global _reporter
    sys.excepthook = sys.__excepthook__
    threading.excepthook = threading.__excepthook__
    if _reporter is not None:
        _reporter.deleteLater()
    _reporter = None

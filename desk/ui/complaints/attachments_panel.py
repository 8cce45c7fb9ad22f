"""Files kept with a complaint: add a file or a pasted image, list with size and hash,
view an image, save a copy.

The bytes live in the database (desk.complaints.attachments); the hash shown is the SHA-256
taken when the file was added, checked again whenever the file is opened.
"""

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt, Signal
from PySide6.QtGui import QGuiApplication, QImage, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QGridLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableWidgetItem,
    QVBoxLayout,
)

from desk.complaints import attachments
from desk.errors import DeskError, ValidationError
from desk.ui.complaints.complaint_tab import ComplaintTab
from desk.ui.messages import error_text, field_messages
from desk.ui.widgets.field_error import error_label
from desk.ui.widgets.tables import list_table
from desk.ui.widgets.when import minute
from desk.ui.widgets.workers import TaskRunner


def size_text(size: int) -> str:
    if size < 1024:
        return f"{size} B"
    if size < 1024 * 1024:
        return f"{size / 1024:.1f} KB"
    return f"{size / (1024 * 1024):.1f} MB"


def image_png(image: QImage) -> bytes:
    """A pasted image as PNG bytes (what is kept)."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(buffer.data())


def _add_bytes(complaint_id, data, filename, staff, desk):
    attachments.add_bytes(complaint_id, data, filename, staff, desk)
    return complaint_id


def _add_file(complaint_id, path, staff, desk):
    attachments.add_file(complaint_id, path, staff, desk)
    return complaint_id


class ImageViewer(QDialog):
    def __init__(self, data: bytes, title: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle(title)
        pixmap = QPixmap()
        pixmap.loadFromData(QByteArray(data))
        self.image = QLabel()
        self.image.setPixmap(pixmap)
        self.image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        scroll = QScrollArea()
        scroll.setWidget(self.image)
        scroll.setWidgetResizable(True)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll)
        self.resize(min(pixmap.width() + 40, 1000), min(pixmap.height() + 40, 760))


class AttachmentsPanel(ComplaintTab):
    added = Signal(int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._open_runner = TaskRunner(self)
        self.items: list[attachments.AttachmentInfo] = []
        self.viewer: ImageViewer | None = None
        self.table = list_table([self.tr("File"), self.tr("Size"), self.tr("SHA-256"),
                                 self.tr("Added")])
        self.table.doubleClicked.connect(lambda *_: self.view_selected())
        self.add_button = QPushButton(self.tr("Add &file…"))
        self.paste_button = QPushButton(self.tr("&Paste image"))
        self.view_button = QPushButton(self.tr("&View"))
        self.save_button = QPushButton(self.tr("Save a &copy…"))
        self.add_button.clicked.connect(self.choose_file)
        self.paste_button.clicked.connect(self.paste_image)
        self.view_button.clicked.connect(self.view_selected)
        self.save_button.clicked.connect(self.save_selected)
        self.message = error_label()
        buttons = QGridLayout()  # two by two: the pane beside the list is narrow
        for i, button in enumerate((self.add_button, self.paste_button, self.view_button,
                                    self.save_button)):
            buttons.addWidget(button, i // 2, i % 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)

    def set_complaint(self, complaint_id: int | None) -> None:
        self._runner.new_generation()
        self.complaint_id = complaint_id
        self._show([])
        for button in (self.add_button, self.paste_button):
            button.setEnabled(complaint_id is not None)
        if complaint_id is not None:
            self._runner.run(attachments.attachments_of, complaint_id, on_done=self._show)

    def _show(self, items) -> None:
        self.items = list(items)
        self.table.setRowCount(len(self.items))
        for row, a in enumerate(self.items):
            for col, text in enumerate((a.filename, size_text(a.size), a.sha256,
                                        minute(a.added_at))):
                item = QTableWidgetItem(text)
                if col == 2:
                    item.setText(a.sha256[:16] + "…")
                    item.setToolTip(a.sha256)
                self.table.setItem(row, col, item)

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    # -- adding ---------------------------------------------------------------------

    def add_bytes(self, data: bytes, filename: str | None) -> None:
        if self.complaint_id is None:
            return
        self._say("")
        self._write_runner.run(_add_bytes, self.complaint_id, data, filename, self.staff,
                               self.desk, on_done=self._added, on_error=self._failed)

    def add_path(self, path) -> None:
        if self.complaint_id is None:
            return
        self._say("")
        self._write_runner.run(_add_file, self.complaint_id, str(path), self.staff, self.desk,
                               on_done=self._added, on_error=self._failed)

    def choose_file(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("Add files to the complaint"))
        for path in paths:
            self.add_path(path)

    def paste_image(self) -> bool:
        """Keep the image on the clipboard (a screenshot, a photo copied from chat)."""
        image = QGuiApplication.clipboard().image()
        if image.isNull():
            self._say(self.tr("The clipboard holds no image."))
            return False
        self.add_bytes(image_png(image), None)
        return True

    def _added(self, complaint_id: int) -> None:
        self.set_complaint(complaint_id)
        self.added.emit(complaint_id)

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, ValidationError):
            self._say(" ".join(field_messages(error).values()))
        else:
            self._say(error_text(error) if isinstance(error, DeskError) else str(error))

    # -- looking at one -------------------------------------------------------------

    def selected(self) -> attachments.AttachmentInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.items[rows[0].row()] if rows else None

    def view_selected(self) -> None:
        info = self.selected()
        if info is None:
            return
        if not info.mime.startswith("image/"):
            self.save_selected()
            return
        self._open_runner.run(attachments.open_attachment, info.id,
                              on_done=lambda data: self._view(data, info.filename),
                              on_error=self._failed)

    def _view(self, data: bytes, filename: str) -> None:
        self.viewer = ImageViewer(data, filename, self)
        self.viewer.open()

    def save_selected(self, path: str | None = None) -> None:
        info = self.selected()
        if info is None:
            return
        if path is None:
            start = str(Path.home() / info.filename)
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Save a copy"), start)
            if not path:
                return
        self._open_runner.run(attachments.open_attachment, info.id,
                              on_done=lambda data: Path(path).write_bytes(data),
                              on_error=self._failed)

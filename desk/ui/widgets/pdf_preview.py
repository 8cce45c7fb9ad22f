"""Print a finished PDF (made by reportlab) through Qt: preview, printer dialog, painting.

QtPdf renders each page to an image; the image is transparent where the page is
blank, so it is painted on white. Pages are rendered at the printer's resolution
(at most PRINT_DPI) so that the QR code and the barcode stay sharp on paper.
"""

import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, QStandardPaths, Qt
from PySide6.QtGui import QColor, QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QDialog, QFileDialog

PRINT_DPI = 300
PAGE_SIZES = {"A4": QPageSize.PageSizeId.A4, "A5": QPageSize.PageSizeId.A5}


class PdfPages:
    """A PDF loaded for rendering; QtPdf reads it from a file, so it is kept in one
    temporary file until close()."""

    def __init__(self, pdf: bytes):
        self._tmp = tempfile.NamedTemporaryFile(suffix=".pdf", delete=False)
        self._tmp.write(pdf)
        self._tmp.close()
        self.document = QPdfDocument()
        error = self.document.load(self._tmp.name)
        if error != QPdfDocument.Error.None_:
            self.close()
            raise ValueError(f"the PDF could not be read: {error}")

    @property
    def page_count(self) -> int:
        return self.document.pageCount()

    def page_image(self, index: int, dpi: float) -> QImage:
        """One page as an opaque image (white paper) at `dpi`."""
        points = self.document.pagePointSize(index)
        size = QSize(max(1, round(points.width() * dpi / 72)),
                     max(1, round(points.height() * dpi / 72)))
        rendered = self.document.render(index, size)
        page = QImage(size, QImage.Format.Format_RGB32)
        page.fill(QColor("white"))
        painter = QPainter(page)
        painter.drawImage(QPointF(0, 0), rendered)
        painter.end()
        return page

    def close(self) -> None:
        self.document.close()
        Path(self._tmp.name).unlink(missing_ok=True)


def prepare_printer(printer: QPrinter, page_size: str) -> None:
    printer.setPageSize(QPageSize(PAGE_SIZES.get(page_size, QPageSize.PageSizeId.A4)))
    printer.setPageOrientation(QPageLayout.Orientation.Portrait)
    # The PDF has its own margins: print the page as it is, edge to edge.
    printer.setFullPage(True)


def paint_pdf(pdf: bytes, printer: QPrinter) -> int:
    """Paint every page of `pdf` onto `printer`; returns the number of pages painted."""
    pages = PdfPages(pdf)
    try:
        painter = QPainter()
        if not painter.begin(printer):
            raise OSError("the printer could not be started")
        try:
            dpi = min(printer.resolution(), PRINT_DPI)
            for index in range(pages.page_count):
                if index:
                    printer.newPage()
                image = pages.page_image(index, dpi)
                target = QRectF(painter.viewport())
                # Keep the page's proportions inside the paper.
                scale = min(target.width() / image.width(), target.height() / image.height())
                w, h = image.width() * scale, image.height() * scale
                painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
                painter.drawImage(QRectF(target.x() + (target.width() - w) / 2, target.y(),
                                         w, h), image)
        finally:
            painter.end()
        return pages.page_count
    finally:
        pages.close()


def preview_dialog(pdf: bytes, page_size: str, parent=None) -> QPrintPreviewDialog:
    """A print preview of `pdf`; its Print button prints and accepts the dialog."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    prepare_printer(printer, page_size)
    dialog = QPrintPreviewDialog(printer, parent)
    dialog._printer = printer  # the dialog does not own it: keep it alive as long as it lives
    dialog.paintRequested.connect(lambda p: paint_pdf(pdf, p))
    dialog.setWindowState(dialog.windowState() | Qt.WindowState.WindowMaximized)
    return dialog


def print_with_dialog(pdf: bytes, page_size: str, parent=None) -> bool:
    """Ask for the printer, then print; False when the clerk cancelled."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    prepare_printer(printer, page_size)
    dialog = QPrintDialog(printer, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    paint_pdf(pdf, printer)
    return True


def show_pdf(pdf: bytes, parent, landscape: bool = False):
    """Open the print preview of a finished PDF (turned for a landscape page), non-modal."""
    dialog = preview_dialog(pdf, "A4", parent)
    if landscape:
        dialog._printer.setPageOrientation(QPageLayout.Orientation.Landscape)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def save_pdf_as(parent, name: str, pdf) -> Path | None:
    """Save a PDF where the clerk chooses (starting in Documents as `name`).

    `pdf` is the bytes, or a function making them once a place was chosen. Returns the
    path, or None when the clerk cancelled.
    """
    start = Path(QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.DocumentsLocation) or Path.home()) / name
    path, _ = QFileDialog.getSaveFileName(
        parent, QCoreApplication.translate("PdfPreview", "Save as PDF"), str(start),
        QCoreApplication.translate("PdfPreview", "PDF documents (*.pdf)"))
    if not path:
        return None
    Path(path).write_bytes(pdf() if callable(pdf) else pdf)
    return Path(path)

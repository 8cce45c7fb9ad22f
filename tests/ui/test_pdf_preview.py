"""Printing a reportlab PDF through Qt: the preview paints every page onto a printer."""

from PySide6.QtGui import QPageSize
from PySide6.QtPrintSupport import QPrinter

from desk.printing import resolution_slip as rs
from desk.ui.widgets import pdf_preview
from tests.pdf_tools import pdf_text
from tests.resolution.test_resolution_slip import SIX, STORE, ChineseWords, slip


def pdf_printer(path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def test_the_preview_paints_the_slip_into_a_pdf_printer(qtbot, tmp_path):
    pdf = rs.build(STORE, slip(SIX[:2]), ChineseWords(), "A5")
    dialog = pdf_preview.preview_dialog(pdf, "A5")
    qtbot.addWidget(dialog)
    printer = pdf_printer(tmp_path / "printed.pdf")
    pdf_preview.prepare_printer(printer, "A5")
    assert printer.pageLayout().pageSize().id() == QPageSize.PageSizeId.A5
    dialog.paintRequested.emit(printer)  # what the preview and its Print button do
    printed = (tmp_path / "printed.pdf").read_bytes()
    assert printed.startswith(b"%PDF")
    assert pdf_text(printed).count("\f") == 2  # pages > 0: one per copy on A5


def test_paint_counts_every_page(qtbot, tmp_path):
    pdf = rs.build(STORE, slip(SIX[:1]), ChineseWords(), "A5")
    printer = pdf_printer(tmp_path / "out.pdf")
    pdf_preview.prepare_printer(printer, "A5")
    assert pdf_preview.paint_pdf(pdf, printer) == 2  # A5: one page per copy
    pages = pdf_preview.PdfPages(pdf)
    try:
        image = pages.page_image(0, 50)
        assert image.pixelColor(2, 2).name() == "#ffffff"  # painted on white
    finally:
        pages.close()
    # the printed file is an image of the page: no text, but a real PDF with two pages
    assert pdf_text((tmp_path / "out.pdf").read_bytes()).count("\f") == 2

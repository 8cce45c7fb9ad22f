"""The slip dialog: issue, save as PDF (counted, copies marked), sign on screen or on paper,
refusal, preview; read back from the database and from the PDFs."""

import hashlib

from PySide6.QtCore import Qt

from desk.complaints import attachments, lifecycle, worklist
from desk.resolution import slips
from desk.ui.resolution.slip_dialog import SlipDialog
from tests.pdf_tools import pdf_text
from tests.resolution.test_resolution_slip import pdf_images
from tests.resolution.test_slips import agreed
from tests.ui.test_signature_pad import draw


def flat(text: str) -> str:
    return "".join(text.split())


def open_dialog(qtbot, store):
    c = agreed(store)
    dialog = SlipDialog(c.id, store.clerk, store.desk)
    qtbot.addWidget(dialog)
    dialog.show()
    return c, dialog


def test_saving_issues_counts_and_marks_the_copy(ui_store, qtbot, chinese, tmp_path):
    c, dialog = open_dialog(qtbot, ui_store)
    slip = dialog.slip
    assert slip is not None and slips.slips_of(c.id)[0].id == slip.id
    assert slip.number in dialog.heading.text()

    first = dialog.save_pdf(tmp_path / "first.pdf")
    pdf = first.read_bytes()
    text = flat(pdf_text(pdf))
    assert slip.number in text and c.number in text and "补打" not in text
    info = slips.slip(slip.id)
    assert (info.prints, info.pdf_sha256) == (1, hashlib.sha256(pdf).hexdigest())

    dialog.set_page_size("A5")
    second = dialog.save_pdf(tmp_path / "second.pdf").read_bytes()
    assert "补打第1次" in flat(pdf_text(second))
    info = slips.slip(slip.id)
    assert (info.prints, info.pdf_sha256) == (2, hashlib.sha256(second).hexdigest())
    assert "2" in dialog.state.text()


def test_signing_on_screen_embeds_the_drawing(ui_store, qtbot, tmp_path):
    c, dialog = open_dialog(qtbot, ui_store)
    assert not dialog.sign_screen_button.isEnabled()
    draw(qtbot, dialog.pad, [(30, 80), (70, 30), (110, 90), (160, 40)])
    assert dialog.sign_screen_button.isEnabled()
    pdf = dialog.sign_on_screen()
    assert pdf is not None
    assert pdf_images(pdf, tmp_path)  # the drawing is in the slip
    info = slips.slip(dialog.slip.id)
    assert info.signed_at is not None and info.signed_by_id == ui_store.clerk.id
    assert info.pdf_sha256 == hashlib.sha256(pdf).hexdigest() and info.prints == 1
    assert attachments.open_attachment(info.scan_attachment_id) == pdf
    assert not dialog.pad.isEnabled() and not dialog.refuse_button.isEnabled()


def test_signed_on_paper_attaches_the_scan(ui_store, qtbot, tmp_path):
    c, dialog = open_dialog(qtbot, ui_store)
    dialog.save_pdf(tmp_path / "slip.pdf")
    scan = tmp_path / "scan.png"
    draw(qtbot, dialog.pad, [(20, 20), (120, 80)])
    scan.write_bytes(dialog.pad.png_bytes())  # any picture stands in for the scanner's
    assert dialog.sign_on_paper(scan)
    info = slips.slip(dialog.slip.id)
    assert info.signed_at is not None and info.scan_attachment_id is not None
    assert attachments.open_attachment(info.scan_attachment_id) == scan.read_bytes()
    assert not dialog.sign_paper_button.isEnabled()
    # a reprint after signing says that the signed original is on file
    assert dialog.save_pdf(tmp_path / "again.pdf") is not None
    assert slips.slip(dialog.slip.id).prints == 2


def test_refusal_sends_the_complaint_back(ui_store, qtbot):
    c, dialog = open_dialog(qtbot, ui_store)
    assert not dialog.refuse_button.isEnabled()
    dialog.reason.setText("顾客不同意赔偿金额")
    assert dialog.refuse_button.isEnabled()
    qtbot.mouseClick(dialog.refuse_button, Qt.MouseButton.LeftButton)
    assert worklist.complaint(c.id).status == "resolution_proposed"
    info = slips.slip(dialog.slip.id)
    assert info.refusal_reason == "顾客不同意赔偿金额"
    assert not dialog.save_button.isEnabled() and not dialog.pad.isEnabled()


def test_a_complaint_not_agreed_gets_no_slip(ui_store, qtbot, register):
    c = register()
    dialog = SlipDialog(c.id, ui_store.clerk, ui_store.desk)
    qtbot.addWidget(dialog)
    assert dialog.slip is None and dialog.trouble.text()
    assert not dialog.save_button.isEnabled()
    assert lifecycle.case_of(c.id) is not None


def test_the_slip_dialog_in_chinese(ui_store, qtbot, chinese, tmp_path):
    _c, dialog = open_dialog(qtbot, ui_store)
    dialog.resize(940, 500)
    draw(qtbot, dialog.pad, [(40, 90), (80, 40), (120, 100), (170, 45), (220, 95), (260, 60)])
    qtbot.wait(50)
    assert dialog.sign_screen_button.text().startswith("顾客")
    assert dialog.windowTitle() == "处理结果确认单"
    shot = tmp_path / "slip_dialog_zh_CN.png"
    assert dialog.grab().save(str(shot)) and shot.stat().st_size > 10_000


def test_printing_from_the_preview_counts_a_print(ui_store, qtbot, monkeypatch, tmp_path):
    from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
    from PySide6.QtWidgets import QDialog

    printed = tmp_path / "printer.pdf"

    def print_and_accept(preview):  # what the preview's Print button does, without a window
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(printed))
        preview.paintRequested.emit(printer)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintPreviewDialog, "exec", print_and_accept)
    _c, dialog = open_dialog(qtbot, ui_store)
    dialog.set_page_size("A5")
    assert dialog.print_preview()
    assert pdf_text(printed.read_bytes()).count("\f") == 2  # A5: two pages painted
    assert slips.slip(dialog.slip.id).prints == 1

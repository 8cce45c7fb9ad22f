"""Attachments tab: a file, bytes or a pasted image appear with size and hash; view, save."""

import hashlib

from PySide6.QtGui import QColor, QGuiApplication, QImage

from desk.complaints import attachments
from desk.ui.complaints.attachments_panel import image_png
from tests.ui.complaint_steps import WAIT, select


def _panel(window, register, qtbot):
    c = register()
    select(window, qtbot, c.id)
    return c, window.detail.attachments


def test_bytes_and_a_file_appear_with_their_hash(window, register, qtbot, tmp_path):
    c, panel = _panel(window, register, qtbot)
    panel.add_bytes(b"%PDF-1.4 receipt", "小票.pdf")
    qtbot.waitUntil(lambda: len(panel.items) == 1, timeout=WAIT)
    digest = hashlib.sha256(b"%PDF-1.4 receipt").hexdigest()
    assert panel.table.item(0, 0).text() == "小票.pdf"
    assert panel.table.item(0, 1).text() == "16 B"
    assert panel.table.item(0, 2).toolTip() == digest
    letter = tmp_path / "letter.txt"
    letter.write_text("顾客来信", encoding="utf-8")
    panel.add_path(letter)
    qtbot.waitUntil(lambda: len(panel.items) == 2, timeout=WAIT)
    assert [a.filename for a in attachments.attachments_of(c.id)] == ["小票.pdf", "letter.txt"]
    panel.table.selectRow(1)
    copy = tmp_path / "copy.txt"
    panel.save_selected(str(copy))
    qtbot.waitUntil(copy.exists, timeout=WAIT)
    assert copy.read_text(encoding="utf-8") == "顾客来信"


def test_a_pasted_image_is_kept_as_png_and_can_be_viewed(window, register, qtbot):
    c, panel = _panel(window, register, qtbot)
    image = QImage(40, 30, QImage.Format.Format_RGB32)
    image.fill(QColor("#d04040"))
    QGuiApplication.clipboard().setImage(image)
    assert panel.paste_image()
    qtbot.waitUntil(lambda: len(panel.items) == 1, timeout=WAIT)
    info = panel.items[0]
    assert info.mime == "image/png" and info.filename.startswith("pasted-")
    assert info.sha256 == hashlib.sha256(attachments.open_attachment(info.id)).hexdigest()
    assert QImage.fromData(attachments.open_attachment(info.id)).size() == image.size()
    panel.table.selectRow(0)
    panel.view_selected()
    qtbot.waitUntil(lambda: panel.viewer is not None and panel.viewer.isVisible(), timeout=WAIT)
    assert panel.viewer.image.pixmap().width() == 40
    panel.viewer.close()


def test_an_empty_clipboard_says_so(window, register, qtbot):
    _c, panel = _panel(window, register, qtbot)
    QGuiApplication.clipboard().clear()
    assert not panel.paste_image()
    assert panel.message.text() == "The clipboard holds no image."
    assert image_png(QImage(2, 2, QImage.Format.Format_RGB32)).startswith(b"\x89PNG")

"""The signature pad: strokes drawn with the mouse become a transparent PNG."""

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QImage

from desk.ui.resolution.signature_pad import SignaturePad


def draw(qtbot, pad, points) -> None:
    qtbot.mousePress(pad, Qt.MouseButton.LeftButton, pos=QPoint(*points[0]))
    for x, y in points[1:]:
        qtbot.mouseMove(pad, QPoint(x, y))
    qtbot.mouseRelease(pad, Qt.MouseButton.LeftButton, pos=QPoint(*points[-1]))


def test_a_drawn_stroke_becomes_a_transparent_png(qtbot):
    pad = SignaturePad()
    qtbot.addWidget(pad)
    pad.resize(400, 150)
    pad.show()
    assert pad.is_empty() and pad.png_bytes() == b""
    with qtbot.waitSignal(pad.changed):
        draw(qtbot, pad, [(30, 90), (60, 40), (90, 100), (130, 50), (170, 95)])
    assert not pad.is_empty()
    png = pad.png_bytes()
    assert png.startswith(b"\x89PNG\r\n\x1a\n")
    image = QImage.fromData(png)
    assert image.width() > 100 and image.height() > 50
    assert image.hasAlphaChannel()
    assert image.pixelColor(0, 0).alpha() == 0  # the corner is paper, not ink
    inked = sum(image.pixelColor(x, y).alpha() > 0
                for x in range(0, image.width(), 2) for y in range(0, image.height(), 2))
    assert inked > 20


def test_clear_empties_the_pad(qtbot):
    pad = SignaturePad()
    qtbot.addWidget(pad)
    pad.resize(400, 150)
    pad.show()
    draw(qtbot, pad, [(20, 20), (120, 80)])
    assert not pad.is_empty()
    pad.clear()
    assert pad.is_empty() and pad.png_bytes() == b""

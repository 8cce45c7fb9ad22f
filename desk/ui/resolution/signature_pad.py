"""A pad the customer signs on with a mouse, a pen or a finger (顾客签字).

The strokes are kept as lists of points in widget coordinates; `png_bytes()` draws them
on a transparent image (the slip prints it over its own white box), cropped to the ink
with a small margin so that the signature fills the box on paper.
"""

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QImage, QPainter, QPainterPath, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

INK = QColor("#102a6b")  # blue-black, like a ballpoint
PEN_WIDTH = 2.6
MARGIN = 6  # pixels of transparent border around the ink in the PNG
PNG_SCALE = 2  # the PNG has twice the widget's resolution: it prints at 300 dpi or so


class SignaturePad(QWidget):
    """Draw with the left button, a tablet pen or touch (touch arrives as mouse events)."""

    changed = Signal()  # a stroke was drawn or the pad cleared

    def __init__(self, parent=None):
        super().__init__(parent)
        self._strokes: list[list[QPointF]] = []
        self._drawing = False
        self.setAttribute(Qt.WidgetAttribute.WA_StaticContents)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setAutoFillBackground(True)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, QColor("white"))
        self.setPalette(palette)
        self.setToolTip(self.tr("The customer signs here with the mouse, a pen or a finger."))

    def sizeHint(self) -> QSize:
        return QSize(420, 150)

    def minimumSizeHint(self) -> QSize:
        return QSize(240, 100)

    # -- what callers use ---------------------------------------------------------------------

    def is_empty(self) -> bool:
        return not any(len(s) > 0 for s in self._strokes)

    def clear(self) -> None:
        self._strokes.clear()
        self._drawing = False
        self.update()
        self.changed.emit()

    def png_bytes(self) -> bytes:
        """The drawing as a PNG with a transparent background; b"" when nothing was drawn."""
        if self.is_empty():
            return b""
        ink = self._path().boundingRect().adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN)
        size = QSize(max(1, int(ink.width() * PNG_SCALE)), max(1, int(ink.height() * PNG_SCALE)))
        image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.scale(PNG_SCALE, PNG_SCALE)
        painter.translate(-ink.topLeft())
        self._draw(painter)
        painter.end()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")
        buffer.close()
        return bytes(data.data())

    # -- drawing --------------------------------------------------------------------------------

    def _path(self) -> QPainterPath:
        path = QPainterPath()
        for stroke in self._strokes:
            if not stroke:
                continue
            path.moveTo(stroke[0])
            if len(stroke) == 1:  # a dot: a tiny line so that it shows
                path.lineTo(stroke[0] + QPointF(0.5, 0.5))
            for point in stroke[1:]:
                path.lineTo(point)
        return path

    def _draw(self, painter: QPainter) -> None:
        pen = QPen(INK, PEN_WIDTH, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                   Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(self._path())

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        # The line the customer signs on, and a hint while the pad is empty.
        baseline = self.height() - 28
        painter.setPen(QPen(QColor("#b0b7c3"), 1, Qt.PenStyle.DashLine))
        painter.drawLine(16, baseline, self.width() - 16, baseline)
        if self.is_empty():
            painter.setPen(QColor("#8a93a3"))
            painter.drawText(QRectF(16, baseline + 4, self.width() - 32, 22),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                             self.tr("Customer signs here"))
        painter.setPen(QPen(QColor("#c9ced6"), 1))
        painter.drawRect(self.rect().adjusted(0, 0, -1, -1))
        self._draw(painter)
        painter.end()

    def _start(self, point: QPointF) -> None:
        self._drawing = True
        self._strokes.append([point])
        self.update()

    def _extend(self, point: QPointF) -> None:
        if self._drawing and self._strokes:
            self._strokes[-1].append(point)
            self.update()

    def _finish(self) -> None:
        if self._drawing:
            self._drawing = False
            self.changed.emit()

    def mousePressEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._start(event.position())
            event.accept()
        else:
            super().mousePressEvent(event)

    def mouseMoveEvent(self, event) -> None:
        if event.buttons() & Qt.MouseButton.LeftButton:
            self._extend(event.position())
            event.accept()
        else:
            super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._extend(event.position())
            self._finish()
            event.accept()
        else:
            super().mouseReleaseEvent(event)

    def tabletEvent(self, event) -> None:
        """A pen: accepted here, so Qt does not also send the synthesized mouse events."""
        kind = event.type()
        point = event.position()
        if kind == event.Type.TabletPress:
            self._start(point)
        elif kind == event.Type.TabletMove:
            self._extend(point)
        elif kind == event.Type.TabletRelease:
            self._extend(point)
            self._finish()
        event.accept()

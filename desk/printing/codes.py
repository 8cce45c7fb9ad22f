"""Machine-readable marks on paper: the complaint number as a QR code or a Code128 barcode
that the desk's search box can scan back."""

from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.barcode.widgets import BarcodeCode128
from reportlab.graphics.shapes import Drawing
from reportlab.lib.units import mm


def qr_drawing(text: str, size: float = 22 * mm) -> Drawing:
    widget = QrCodeWidget(text, barLevel="M")
    x0, y0, x1, y1 = widget.getBounds()
    drawing = Drawing(size, size, transform=[size / (x1 - x0), 0, 0, size / (y1 - y0), 0, 0])
    drawing.add(widget)
    return drawing


def barcode_drawing(text: str, bar_width: float = 0.3 * mm, height: float = 9 * mm) -> Drawing:
    """The complaint number as a Code128 barcode, for the counter's hand scanner.

    No human-readable line under the bars (it would be drawn in Helvetica): the
    document prints the number itself in its own font. Quiet zones of fifteen modules
    each side (the symbology asks for ten) keep neighbouring text out of a scan."""
    barcode = BarcodeCode128(value=text, barWidth=bar_width, barHeight=height, humanReadable=False,
                             quiet=True, lquiet=15 * bar_width, rquiet=15 * bar_width)
    x0, y0, x1, y1 = barcode.getBounds()
    drawing = Drawing(x1 - x0, y1 - y0, transform=[1, 0, 0, 1, -x0, -y0])
    drawing.add(barcode)
    return drawing

"""One stylesheet for every printed form, with the bundled Chinese font embedded.

The font is registered as a TrueType font (subset and embedded in each PDF), never as
a reportlab CID font, which is not embedded and prints as boxes elsewhere.
"""

from functools import cache

from reportlab.graphics.shapes import STATE_DEFAULTS
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from desk.config import font_files

FONT = "NotoSansSC"
FONT_BOLD = "NotoSansSC-Bold"
MARGIN = 12 * mm
LINE = colors.HexColor("#444444")
SHADE = colors.HexColor("#EEF1F5")


@cache
def register_fonts() -> None:
    files = font_files()
    pdfmetrics.registerFont(TTFont(FONT, str(files["regular"])))
    pdfmetrics.registerFont(TTFont(FONT_BOLD, str(files["bold"])))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT,
                                  boldItalic=FONT_BOLD)
    # Drawings (QR codes, charts) start from this font: keep Helvetica out of every PDF.
    STATE_DEFAULTS["fontName"] = FONT


@cache
def stylesheet(scale: float = 1.0) -> dict[str, ParagraphStyle]:
    """Paragraph styles; scale < 1 for the smaller A5 page."""
    register_fonts()

    def style(name, size, leading=None, **kw):
        return ParagraphStyle(name, fontName=kw.pop("fontName", FONT), fontSize=size * scale,
                              leading=(leading or size * 1.35) * scale, wordWrap="CJK", **kw)

    return {
        "title": style("title", 16, fontName=FONT_BOLD, alignment=TA_CENTER, spaceAfter=2 * mm),
        "subtitle": style("subtitle", 9, alignment=TA_CENTER, textColor=LINE),
        "label": style("label", 8.5, fontName=FONT_BOLD),
        "body": style("body", 9),
        "small": style("small", 7.5, textColor=LINE),
        "cell": style("cell", 8.5),
    }


def grid_style(extra=()) -> list:
    """The table look shared by every form: thin grid, shaded label cells."""
    return [
        ("FONTNAME", (0, 0), (-1, -1), FONT),  # plain-string cells too: no Helvetica
        ("GRID", (0, 0), (-1, -1), 0.5, LINE),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        *extra,
    ]

"""The page frame of the statistics reports: margins, a footer line and "Page n of N"."""

from reportlab.lib.units import mm
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

from desk.printing.styles import FONT, LINE
from desk.translate import QT_TRANSLATE_NOOP, translate

MARGIN = 12 * mm
PAGE_TEXT = QT_TRANSLATE_NOOP("ReportPages", "Page {n} of {total}")


class NumberedDoc(BaseDocTemplate):
    """A document whose every footer names it and counts its pages (built twice: the first
    pass counts them). left_margin: wider for a binder's holes."""

    def __init__(self, buffer, title: str, footer_left: str, pagesize,
                 left_margin: float = MARGIN, **kw):
        super().__init__(buffer, pagesize=pagesize, leftMargin=left_margin, rightMargin=MARGIN,
                         topMargin=MARGIN, bottomMargin=MARGIN + 4 * mm, title=title,
                         initialFontName=FONT, **kw)
        frame = Frame(self.leftMargin, self.bottomMargin, self.width, self.height, id="body")
        self.addPageTemplates([PageTemplate("page", [frame], onPage=self._footer)])
        self.footer_left = footer_left
        self.page_total = 0
        self.pages_seen = 0

    def _footer(self, canvas, doc) -> None:
        self.pages_seen = max(self.pages_seen, doc.page)
        canvas.saveState()
        canvas.setFont(FONT, 7.5)
        canvas.setFillColor(LINE)
        canvas.drawString(self.leftMargin, MARGIN, self.footer_left)
        text = translate("ReportPages", PAGE_TEXT).format(n=doc.page,
                                                         total=self.page_total or doc.page)
        canvas.drawRightString(self.pagesize[0] - MARGIN, MARGIN, text)
        canvas.restoreState()

    def build_twice(self, story_maker) -> None:
        """story_maker() gives a fresh story each time (flowables are used up by a build)."""
        self.build(story_maker())
        self.page_total = self.pages_seen
        if hasattr(self.filename, "truncate"):  # a buffer: the first pass is thrown away
            self.filename.seek(0)
            self.filename.truncate()
        self.build(story_maker())

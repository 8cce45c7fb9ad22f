"""The handover sheet (交班记录) for the binder: A4, one page when the day allows.

The kept handover's snapshot, with every phone number masked, the count of open items
(遗留件数) and each section's count, the lists (long ones cut at PRINT_ROWS with the
rest counted), the notes, and signature lines for both clerks; once acknowledged, who
confirmed it with their PIN and when. The section titles and the words for what is left
to do live here too: the screens (desk/ui/handover_*.py) read the same words.
Words for the domain's codes come from the caller (`words.label(code)`), so no Qt here.
"""

import datetime
import io
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table

from desk.complaints.masking import mask_phone
from desk.handover import handovers as handover
from desk.printing.styles import FONT, FONT_BOLD, MARGIN, SHADE, grid_style, stylesheet
from desk.translate import QT_TRANSLATE_NOOP, translate

CTX = "Handover"
PRINT_ROWS = {handover.OPEN: 30}  # rows printed per section before "… and N more"
DEFAULT_PRINT_ROWS = 12

SECTION_TITLES = {
    handover.OPEN: QT_TRANSLATE_NOOP("Handover", "Unfinished complaints"),
    handover.CALLBACKS: QT_TRANSLATE_NOOP("Handover", "Callbacks due by the end of the next shift"),
    handover.APPOINTMENTS: QT_TRANSLATE_NOOP("Handover", "Tomorrow's appointments"),
    handover.OUTBOUND: QT_TRANSLATE_NOOP("Handover", "Outbound list: unreachable after 3 tries"),
    handover.DISSATISFIED: QT_TRANSLATE_NOOP("Handover", "Customers dissatisfied this shift"),
    handover.UNSIGNED: QT_TRANSLATE_NOOP("Handover", "Slips printed but not signed"),
    handover.APPROVALS: QT_TRANSLATE_NOOP("Handover", "Waiting for a supervisor's approval"),
    handover.AWAITING_REPLY: QT_TRANSLATE_NOOP("Handover", "Written replies due"),
    handover.FIRST_CONTACTS: QT_TRANSLATE_NOOP("Handover", "First contacts due (new customers)"),
    handover.SUDDEN: QT_TRANSLATE_NOOP("Handover", "Sudden events"),
}

# Short words for the tabs and the sheet's count table, so every section fits one row.
SHORT_TITLES = {
    handover.OPEN: QT_TRANSLATE_NOOP("Handover", "Unfinished"),
    handover.CALLBACKS: QT_TRANSLATE_NOOP("Handover", "Callbacks due"),
    handover.APPOINTMENTS: QT_TRANSLATE_NOOP("Handover", "Tomorrow's appointments"),
    handover.OUTBOUND: QT_TRANSLATE_NOOP("Handover", "Outbound"),
    handover.DISSATISFIED: QT_TRANSLATE_NOOP("Handover", "Dissatisfied"),
    handover.UNSIGNED: QT_TRANSLATE_NOOP("Handover", "Unsigned slips"),
    handover.APPROVALS: QT_TRANSLATE_NOOP("Handover", "Approvals"),
    handover.AWAITING_REPLY: QT_TRANSLATE_NOOP("Handover", "Replies due"),
    handover.FIRST_CONTACTS: QT_TRANSLATE_NOOP("Handover", "First contacts"),
    handover.SUDDEN: QT_TRANSLATE_NOOP("Handover", "Sudden events"),
}

TODO_WORDS = {
    "judge": QT_TRANSLATE_NOOP("Handover", "Judge the complaint"),
    "answer": QT_TRANSLATE_NOOP("Handover", "Answer the customer"),
    "close": QT_TRANSLATE_NOOP("Handover", "Close"),
    "investigate": QT_TRANSLATE_NOOP("Handover", "Investigate"),
    "propose_resolution": QT_TRANSLATE_NOOP("Handover", "Propose a resolution"),
    "customer_agreement": QT_TRANSLATE_NOOP("Handover", "Get the customer's agreement"),
    "supervisor_approval": QT_TRANSLATE_NOOP("Handover", "Supervisor approval"),
    "carry_out": QT_TRANSLATE_NOOP("Handover", "Carry out the remedy"),
    "callback": QT_TRANSLATE_NOOP("Handover", "Call the customer back"),
    "outbound_call": QT_TRANSLATE_NOOP("Handover", "Try again or visit"),
    "follow_up": QT_TRANSLATE_NOOP("Handover", "Follow up (reopened)"),
    "wait_customer": QT_TRANSLATE_NOOP("Handover", "Waiting for the customer"),
    "wait_parts": QT_TRANSLATE_NOOP("Handover", "Waiting for parts"),
    "wait_other": QT_TRANSLATE_NOOP("Handover", "Waiting (other)"),
    "model": QT_TRANSLATE_NOOP("Handover", "One product model"),
    "cause": QT_TRANSLATE_NOOP("Handover", "One cause"),
    "written_reply": QT_TRANSLATE_NOOP("Handover", "Issue the reply letter"),
    "first_contact": QT_TRANSLATE_NOOP("Handover", "Make the first contact"),
    "confirm_appointment": QT_TRANSLATE_NOOP("Handover", "To confirm"),
    "appointment_confirmed": QT_TRANSLATE_NOOP("Handover", "Confirmed"),
}

TEXTS = {
    "title": QT_TRANSLATE_NOOP("Handover", "Shift Handover Record"),
    "shift": QT_TRANSLATE_NOOP("Handover", "Shift"),
    "from": QT_TRANSLATE_NOOP("Handover", "Clerk on duty"),
    "to": QT_TRANSLATE_NOOP("Handover", "Receiving clerk"),
    "made": QT_TRANSLATE_NOOP("Handover", "Handed over at"),
    "open_count": QT_TRANSLATE_NOOP("Handover", "Open items"),
    "next": QT_TRANSLATE_NOOP("Handover", "Next shift"),
    "number": QT_TRANSLATE_NOOP("Handover", "Number"),
    "customer": QT_TRANSLATE_NOOP("Handover", "Customer"),
    "phone": QT_TRANSLATE_NOOP("Handover", "Phone"),
    "state": QT_TRANSLATE_NOOP("Handover", "State"),
    "due": QT_TRANSLATE_NOOP("Handover", "Deadline / due"),
    "todo": QT_TRANSLATE_NOOP("Handover", "To do"),
    "detail": QT_TRANSLATE_NOOP("Handover", "Detail"),
    "note": QT_TRANSLATE_NOOP("Handover", "Note"),
    "what": QT_TRANSLATE_NOOP("Handover", "About"),
    "channel": QT_TRANSLATE_NOOP("Handover", "Came in by"),
    "holder": QT_TRANSLATE_NOOP("Handover", "Held by"),
    "count": QT_TRANSLATE_NOOP("Handover", "Complaints"),
    "none": QT_TRANSLATE_NOOP("Handover", "None."),
    "empty": QT_TRANSLATE_NOOP("Handover", "Nothing to hand over: {sections}."),
    "list_separator": QT_TRANSLATE_NOOP("Handover", "; "),
    "more": QT_TRANSLATE_NOOP("Handover", "… and {more} more not printed ({total} in all)."),
    "notes": QT_TRANSLATE_NOOP("Handover", "Notes"),
    "sign_from": QT_TRANSLATE_NOOP("Handover", "Signature of the clerk on duty"),
    "sign_to": QT_TRANSLATE_NOOP("Handover", "Signature of the receiving clerk"),
    "acknowledged": QT_TRANSLATE_NOOP("Handover", "Confirmed with PIN by {name} at {time}"),
    "pending": QT_TRANSLATE_NOOP("Handover", "Not yet confirmed by the receiving clerk"),
    "summary": QT_TRANSLATE_NOOP("Handover", "Counts"),
    "overdue": QT_TRANSLATE_NOOP("Handover", "overdue"),
    "slot": QT_TRANSLATE_NOOP("Handover", "Appointment"),
}


def t(key: str) -> str:
    return translate(CTX, TEXTS[key])


def section_title(section: str) -> str:
    return translate(CTX, SECTION_TITLES[section])


def short_title(section: str) -> str:
    return translate(CTX, SHORT_TITLES[section])


def todo_word(code: str) -> str:
    source = TODO_WORDS.get(code)
    return translate(CTX, source) if source else code


def _minute(value: datetime.datetime | None) -> str:
    return value.strftime("%Y-%m-%d %H:%M") if value else ""


def shift_text(draft: handover.HandoverDraft) -> str:
    return "{day} {name} {start}–{end}".format(
        day=draft.shift_start.strftime("%Y-%m-%d"), name=draft.shift_name,
        start=draft.shift_start.strftime("%H:%M"), end=draft.shift_end.strftime("%H:%M"))


def sections_of(draft: handover.HandoverDraft) -> list[str]:
    """The sections a handover holds: one kept before a section existed shows without it."""
    return [s for s in handover.SECTIONS if s in draft.sections]


def item_columns(section: str) -> list[str]:
    """Which Item fields a section shows, in order (the composer shows the same)."""
    if section == handover.SUDDEN:
        return ["todo", "detail", "count"]  # todo: "model" or "cause"
    if section in (handover.UNSIGNED, handover.APPROVALS):
        return ["number", "detail", "due"]
    if section == handover.OPEN:
        return ["number", "customer", "phone", "status", "due", "todo"]
    if section == handover.FIRST_CONTACTS:
        return ["customer", "phone", "due", "detail"]  # detail: the clerk who holds them
    if section == handover.AWAITING_REPLY:
        return ["number", "customer", "detail", "status", "due"]  # detail: the channel
    if section == handover.APPOINTMENTS:
        return ["number", "customer", "phone", "due", "todo", "detail"]
    return ["number", "customer", "phone", "status", "due", "detail"]


COLUMN_TEXT = {"number": "number", "customer": "customer", "phone": "phone", "status": "state",
               "due": "due", "todo": "todo", "detail": "detail", "count": "count"}


def column_title(column: str, section: str) -> str:
    if section == handover.SUDDEN and column == "todo":
        return t("what")
    if section == handover.FIRST_CONTACTS and column == "detail":
        return t("holder")
    if section == handover.AWAITING_REPLY and column == "detail":
        return t("channel")
    if section == handover.APPOINTMENTS and column == "due":
        return t("slot")
    return t(COLUMN_TEXT[column])


def cell_text(item: handover.Item, column: str, section: str, words, masked: bool = True) -> str:
    """One cell as the sheet and the composer show it."""
    value = getattr(item, column)
    if column == "phone":
        return mask_phone(value) if masked else value
    if column == "status":
        return words.label(value) if value else ""
    if column == "todo":
        return todo_word(value) if value else ""
    if column == "due" and item.overdue:
        return f"{value} ({t('overdue')})"
    if column == "detail" and ((section == handover.SUDDEN and item.status == "cause")
                               or section == handover.AWAITING_REPLY):
        return words.label(value)
    return str(value)


def build(store_name: str, record: handover.HandoverRecord, words) -> bytes:
    """The sheet as PDF bytes."""
    styles = stylesheet()
    body, label, small, cell = styles["body"], styles["label"], styles["small"], styles["cell"]
    draft = record.draft
    width = A4[0] - 2 * MARGIN

    def p(text, style=cell):
        return Paragraph(escape(text or ""), style)

    head = [
        [p(t("shift"), label), p(shift_text(draft)), p(t("made"), label),
         p(_minute(record.created_at))],
        [p(t("from"), label), p(draft.from_staff_name), p(t("to"), label),
         p(record.to_staff_name)],
        [p(t("open_count"), label), Paragraph(f"<b>{draft.open_count}</b>", body),
         p(t("next"), label), p(" ".join(x for x in (draft.next_name, _minute(draft.next_start))
                                   if x))],
    ]
    story = [Paragraph(escape(t("title")), styles["title"]),
             Paragraph(escape(store_name), styles["subtitle"]), Spacer(1, 3 * mm),
             Table(head, colWidths=[30 * mm, width / 2 - 30 * mm] * 2,
                   style=grid_style([("BACKGROUND", (0, 0), (0, -1), SHADE),
                                     ("BACKGROUND", (2, 0), (2, -1), SHADE),
                                     ("TOPPADDING", (0, 0), (-1, -1), 2),
                                     ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))]
    kept = sections_of(draft)
    # The counts in one shaded line (a table of nine columns would cost the signatures
    # their place on the first page).
    counts = "　·　".join(f"{escape(short_title(s))} <b>{draft.totals.get(s, 0)}</b>"
                         for s in kept)
    story += [Spacer(1, 2 * mm),
              Table([[Paragraph(counts, body)]], colWidths=[width],
                    style=grid_style([("BACKGROUND", (0, 0), (-1, -1), SHADE)]))]
    empty = [s for s in kept if not draft.sections.get(s)]
    for section in kept:
        if section not in empty:
            story += _section(section, draft, words, width, styles)
    if empty:  # one line for all of them keeps the sheet on one page
        story += [Spacer(1, 1.5 * mm), Paragraph(escape(t("empty").format(
            sections=t("list_separator").join(section_title(s) for s in empty))), styles["small"])]
    # The notes heading and its text on one line: every section still leaves the
    # signatures on the first page.
    story += [Spacer(1, 2 * mm),
              Paragraph(f"<b>{escape(t('notes'))}</b>　"
                        + escape(record.notes or t("none")).replace("\n", "<br/>"), body)]
    confirmed = (t("acknowledged").format(name=record.acknowledged_by_name,
                                          time=_minute(record.acknowledged_at))
                 if record.acknowledged_at else t("pending"))
    signatures = Table(
        [[p(t("sign_from"), label), p(""), p(t("sign_to"), label), p("")],
         [p(draft.from_staff_name), "", p(record.to_staff_name), p(confirmed, small)]],
        colWidths=[52 * mm, width / 2 - 52 * mm] * 2, rowHeights=[8 * mm, None],
        style=[("FONTNAME", (0, 0), (-1, -1), FONT_BOLD), ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
               ("LINEBELOW", (1, 0), (1, 0), 0.6, "#000000"),
               ("LINEBELOW", (3, 0), (3, 0), 0.6, "#000000")])
    story.append(KeepTogether([signatures]))
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN,
                            topMargin=MARGIN, bottomMargin=MARGIN, title=t("title"),
                            author=store_name, initialFontName=FONT)
    doc.build(story, onFirstPage=_page_number, onLaterPages=_page_number)
    return buffer.getvalue()


def _section(section: str, draft: handover.HandoverDraft, words, width, styles) -> list:
    items = draft.sections.get(section, [])
    total = draft.totals.get(section, len(items))
    cell, label = _tight(styles["cell"]), _tight(styles["label"])
    title = Paragraph(f"<b>{escape(section_title(section))}</b>（{total}）", styles["body"])
    columns = item_columns(section)
    shown = items[:PRINT_ROWS.get(section, DEFAULT_PRINT_ROWS)]
    rows = [[Paragraph(escape(column_title(c, section)), label) for c in columns]
            + [Paragraph(escape(t("note")), label)]]
    for item in shown:
        rows.append([Paragraph(escape(cell_text(item, c, section, words)), cell) for c in columns]
                    + [Paragraph(escape(item.note), cell)])
    widths = _widths(columns, width, section)
    flow = [Spacer(1, 1.5 * mm), title, Spacer(1, 0.5 * mm),
            Table(rows, colWidths=widths, repeatRows=1,
                  style=grid_style([("BACKGROUND", (0, 0), (-1, 0), SHADE),
                                    ("TOPPADDING", (0, 0), (-1, -1), 1),
                                    ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5)]))]
    if total > len(shown):
        flow.append(Paragraph(escape(t("more").format(more=total - len(shown), total=total)),
                              styles["small"]))
    return flow


_WIDTH_MM = {"number": 31, "customer": 17, "phone": 21, "status": 24, "due": 27, "todo": 30,
             "detail": 40, "count": 22}


def _tight(style):
    """A list cell: small type, so a shift's lists fit the one page of the binder."""
    return ParagraphStyle(f"{style.name}-tight", parent=style, fontSize=7.5, leading=9)


# Widths that keep each section's usual words on one line: a wrapped row costs the
# signatures their place on the first page. An appointment's slot ("12-08 09:00–12:00")
# needs more room than a deadline; an overdue first contact says so beside its time.
_SECTION_WIDTH_MM = {
    handover.OPEN: {"status": 30, "todo": 34},
    handover.APPOINTMENTS: {"customer": 18, "due": 28, "todo": 20, "detail": 44},
    handover.CALLBACKS: {"status": 32, "detail": 32},
    handover.UNSIGNED: {"detail": 52},
    handover.FIRST_CONTACTS: {"due": 40, "detail": 30},
}


def _widths(columns: list[str], width: float, section: str = "") -> list[float]:
    sizes = {**_WIDTH_MM, **_SECTION_WIDTH_MM.get(section, {})}
    fixed = [sizes[c] * mm for c in columns]
    note = max(width - sum(fixed), 24 * mm)
    scale = (width - note) / sum(fixed)
    return [w * scale for w in fixed] + [note]


def _page_number(canvas, doc) -> None:
    canvas.saveState()
    canvas.setFont(FONT, 7)
    canvas.drawRightString(A4[0] - MARGIN, MARGIN / 2, str(doc.page))
    canvas.restoreState()

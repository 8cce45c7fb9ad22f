"""Tables to a real Excel workbook (.xlsx): typed cells, formats, frozen header, widths.

No Qt here: the caller passes the sheet names and column headers already translated,
and a `label(code) -> word` function for the domain's codes (desk.ui.labels.label).
Dates stay dates and amounts stay numbers, so the supervisor can sum and sort them.
"""

import datetime
import io
import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from desk.errors import Cancelled

TEXT, INTEGER, DECIMAL, MONEY, PERCENT, DATE, DATETIME = (
    "text", "integer", "decimal", "money", "percent", "date", "datetime")
FORMATS = {
    TEXT: "@",
    INTEGER: "0",
    DECIMAL: "0.0",
    MONEY: "#,##0.00",
    PERCENT: "0.0%",
    DATE: "yyyy-mm-dd",
    DATETIME: "yyyy-mm-dd hh:mm",
}
MIN_WIDTH, MAX_WIDTH = 6, 60
_HEADER_FILL = PatternFill("solid", fgColor="EEF1F5")
_THIN = Side(style="thin", color="999999")
_BAD_NAME = re.compile(r"[\[\]:*?/\\]")


@dataclass
class Column:
    header: str
    kind: str = TEXT
    width: float | None = None  # in characters; None: fitted to the longest value


@dataclass
class Sheet:
    name: str
    columns: list[Column]
    rows: list[Sequence] = field(default_factory=list)
    total: Sequence | None = None  # a bold last row under the others
    title: str = ""  # a line above the header (the period, say)


def sheet_name(name: str) -> str:
    """Excel refuses names over 31 characters or with []:*?/\\ in them."""
    return _BAD_NAME.sub("-", name).strip("'")[:31] or "Sheet"


def text_width(value) -> int:
    """Columns wide enough for Chinese too: a wide character takes two places."""
    text = _shown(value)
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _shown(value) -> str:
    if isinstance(value, datetime.datetime):
        return "2026-01-01 00:00"
    if isinstance(value, datetime.date):
        return "2026-01-01"
    if isinstance(value, float):
        return f"{value:,.2f}"
    if isinstance(value, Decimal):
        return f"{value:,.2f}"
    return "" if value is None else str(value)


def _cell_value(value, kind: str):
    """What openpyxl stores: Decimals as numbers rounded to the cent, naive datetimes."""
    if value is None:
        return None
    if kind == MONEY:
        return float(Decimal(value).quantize(Decimal("0.01")))
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, datetime.datetime) and value.tzinfo is not None:
        return value.replace(tzinfo=None)  # Excel has no time zones
    return value


def _fill_sheet(ws, sheet: Sheet, progress, cancelled, done_before: int, total_rows: int) -> int:
    ws.title = sheet_name(sheet.name)
    row_no = 1
    if sheet.title:
        ws.cell(row=1, column=1, value=sheet.title).font = Font(bold=True, size=12)
        row_no = 2
    header_row = row_no
    for col, column in enumerate(sheet.columns, start=1):
        cell = ws.cell(row=header_row, column=col, value=column.header)
        cell.font = Font(bold=True)
        cell.fill = _HEADER_FILL
        cell.border = Border(bottom=_THIN)
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    widths = [text_width(c.header) for c in sheet.columns]
    done = done_before
    lines: list[tuple[Sequence, bool]] = [(r, False) for r in sheet.rows]
    if sheet.total is not None:
        lines.append((sheet.total, True))
    for values, is_total in lines:
        row_no += 1
        for col, (column, value) in enumerate(zip(sheet.columns, values, strict=False), start=1):
            cell = ws.cell(row=row_no, column=col, value=_cell_value(value, column.kind))
            if value is not None and column.kind != TEXT:
                cell.number_format = FORMATS[column.kind]
            if is_total:
                cell.font = Font(bold=True)
                cell.border = Border(top=_THIN)
            widths[col - 1] = max(widths[col - 1], text_width(value))
        if not is_total:
            done += 1
            if done % 500 == 0:
                if cancelled is not None and cancelled():
                    raise Cancelled()
                if progress is not None:
                    progress(done, total_rows)
    for col, column in enumerate(sheet.columns, start=1):
        width = column.width or min(MAX_WIDTH, max(MIN_WIDTH, widths[col - 1] + 2))
        ws.column_dimensions[get_column_letter(col)].width = width
    # The header stays in sight while the rows scroll (and the first column, a label).
    ws.freeze_panes = ws.cell(row=header_row + 1, column=1)
    ws.print_title_rows = f"{header_row}:{header_row}"
    return done


def workbook(sheets: Iterable[Sheet], *, progress: Callable[[int, int], None] | None = None,
             cancelled: Callable[[], bool] | None = None) -> Workbook:
    sheets = list(sheets)
    total_rows = sum(len(s.rows) for s in sheets)
    book = Workbook()
    done = 0
    for index, sheet in enumerate(sheets):
        ws = book.active if index == 0 else book.create_sheet()
        done = _fill_sheet(ws, sheet, progress, cancelled, done, total_rows)
    if progress is not None:
        progress(total_rows, total_rows)
    return book


def save(path: str | Path, sheets: Iterable[Sheet], **kw) -> Path:
    """Write the workbook to `path` (progress(done, total) / cancelled() as in workbook())."""
    path = Path(path)
    book = workbook(sheets, **kw)
    if kw.get("cancelled") is not None and kw["cancelled"]():
        raise Cancelled()
    book.save(path)
    return path


def to_bytes(sheets: Iterable[Sheet]) -> bytes:
    buffer = io.BytesIO()
    workbook(sheets).save(buffer)
    return buffer.getvalue()


# -- the tables the desk exports ----------------------------------------------------------

CLASSIFICATION_FIGURES = ("received", "complaints", "inquiries", "founded", "not_founded",
                          "refused", "closed", "still_open", "on_time", "overdue", "reopened",
                          "reassigned", "awaiting_reply")


def classification_sheet(table, name: str, headers: dict[str, str],
                         label: Callable[[object], str], title: str = "") -> Sheet:
    """The classification table (desk.statistics.types.ClassificationTable): one row per group,
    the total last. headers: "group", each figure, "median_hours", "money"."""
    columns = [Column(headers["group"])]
    columns += [Column(headers[f], INTEGER) for f in CLASSIFICATION_FIGURES]
    columns += [Column(headers["median_hours"], DECIMAL), Column(headers["money"], MONEY)]

    def line(row, group: str) -> list:
        return [group, *(getattr(row, f) for f in CLASSIFICATION_FIGURES), row.median_hours,
                row.money]

    rows = [line(r, label(r)) for r in table.rows]
    return Sheet(name, columns, rows, total=line(table.total, headers["total"]), title=title)


def rates_sheet(rates, name: str, headers: dict[str, str], rate_names: dict[str, str],
                title: str = "") -> Sheet:
    """The rates: name, numerator, denominator, value as a percentage (empty when 0/0)."""
    columns = [Column(headers["rate"]), Column(headers["numerator"], INTEGER),
               Column(headers["denominator"], INTEGER), Column(headers["value"], PERCENT)]
    rows = [[rate_names.get(key, key), r.numerator, r.denominator, r.value]
            for key, r in rates.rates.items()]
    return Sheet(name, columns, rows, title=title)


COMPLAINT_COLUMNS = ("number", "status", "kind", "customer", "phone", "category", "received",
                     "assigned", "department", "deadline")


def complaint_sheet(rows, name: str, headers: dict[str, str], label: Callable[[str], str],
                    mask_phone: Callable[[str], str] = lambda p: p, title: str = "") -> Sheet:
    """A list of complaints (desk.complaints.worklist.WorklistRow: the worklist, a drill-down)."""
    kinds = {"received": DATETIME, "deadline": DATETIME}
    columns = [Column(headers[c], kinds.get(c, TEXT)) for c in COMPLAINT_COLUMNS]
    lines = [[r.number, label(r.status), label(r.kind), r.complainant_name, mask_phone(r.phone),
              label(r.category), r.received_at, r.assigned_name, r.department_name, r.deadline]
             for r in rows]
    return Sheet(name, columns, lines, title=title)

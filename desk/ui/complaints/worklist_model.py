"""The worklist as a Qt table model that loads a page at a time, in the background.

Two modes: the list (desk.complaints.worklist pages under a WorklistFilter) and a search
(desk.complaints.search ids, then desk.complaints.worklist.rows_by_id). Either way only the rows the
clerk scrolls to are read: canFetchMore/fetchMore ask for the next keyset page.
refresh_ids() and prepend_new() update rows in place for live updates between
desks; rows are inserted, never reset, so selection and scrolling stay put.

Time left is worked out here from each row's deadline and "now" (no query per row);
tick() moves "now" on and repaints the time columns without reading anything.
"""

import datetime
from dataclasses import dataclass

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QApplication, QStyle

from desk.complaints import deadlines, search, worklist
from desk.complaints.masking import mask_phone
from desk.complaints.worklist import WorklistFilter, WorklistRow
from desk.ui.labels import label, level_label
from desk.ui.widgets.when import minute
from desk.ui.widgets.workers import TaskRunner

SEARCH_PAGE_SIZE = 50
MAX_NEW_ROWS = 1000  # prepend_new reads at most this many newer rows at once
URGENT_LEVEL = 3

# New columns go at the end (positions are API); the panel shows them where they belong.
COLUMNS = ("number", "status", "kind", "customer", "phone", "category", "received", "age",
           "assigned", "department", "left", "deadline")
TIME_COLUMNS = ("left", "deadline", "age")  # what tick() repaints

# Deadline colours: (text, background) for each deadline state.
DEADLINE_COLOURS = {
    worklist.OVERDUE: ("#a40000", "#fde0e0"),
    worklist.DUE_SOON: ("#6b4e00", "#ffe9a8"),
    worklist.PAUSED: ("#606060", "#e8e8e8"),
}


@dataclass
class Page:
    rows: list[WorklistRow]
    more: bool
    cursor: int | None  # pass as before_id for the next page
    how: str = "list"  # for a search: "number", "phone", "phone_tail" or "text"
    due_soon: float | None = None  # the store's "due soon" hours, read with the page


# -- reads, run on a worker thread ---------------------------------------------------

def read_list_page(flt: WorklistFilter, before_id: int | None, limit: int,
                   at: datetime.datetime | None = None) -> Page:
    rows = worklist.page(flt, before_id=before_id, limit=limit, at=at)
    return Page(rows, len(rows) == limit, rows[-1].id if rows else before_id,
                due_soon=deadlines.due_soon_hours())


def read_search_page(query: str, before_id: int | None, limit: int) -> Page:
    found = search.search(query, before_id, limit)
    cursor = found.ids[-1] if found.ids else before_id
    return Page(worklist.rows_by_id(found.ids), found.more, cursor, found.how,
                due_soon=deadlines.due_soon_hours())


def read_newer(flt: WorklistFilter | None, query: str, top_id: int, extra_ids: tuple,
               at: datetime.datetime | None = None) -> list:
    """Rows newer than top_id under the filter (or search), newest first, plus extra_ids."""
    newer: list[WorklistRow] = []
    before = None
    while len(newer) < MAX_NEW_ROWS:
        if flt is not None:
            page = read_list_page(flt, before, worklist.PAGE_SIZE, at)
        else:
            page = read_search_page(query, before, SEARCH_PAGE_SIZE)
        fresh = [r for r in page.rows if r.id > top_id]
        newer.extend(fresh)
        if len(fresh) < len(page.rows) or not page.more:
            break
        before = page.cursor
    have = {r.id for r in newer}
    missing = [i for i in extra_ids if i not in have]
    newer.extend(worklist.rows_by_id(missing))
    newer.sort(key=lambda r: r.id, reverse=True)
    return newer


# -- how a row reads ----------------------------------------------------------------

def age_parts(received_at: datetime.datetime, now: datetime.datetime) -> tuple[str, int]:
    """How old a complaint is, as ("min" | "h" | "d", count)."""
    minutes = max(0, int((now - received_at).total_seconds())) // 60
    if minutes < 60:
        return "min", minutes
    hours = minutes // 60
    if hours < 48:
        return "h", hours
    return "d", hours // 24


def left_parts(left: datetime.timedelta) -> tuple[str, int, int]:
    """A span as ("min", minutes, 0), ("h", hours, minutes) or ("d", days, hours)."""
    minutes = int(abs(left).total_seconds()) // 60
    if minutes < 60:
        return "min", minutes, 0
    if minutes < 48 * 60:
        return "h", minutes // 60, minutes % 60
    return "d", minutes // (24 * 60), minutes // 60 % 24


class WorklistModel(QAbstractTableModel):
    """Complaints newest first, read lazily; see the module docstring."""

    loaded = Signal()  # a page arrived (also the first one after a filter or search)
    prepended = Signal(list)  # ids inserted at the top by prepend_new()
    refreshed = Signal(list)  # ids re-read by refresh_ids()
    count_ready = Signal(int, bool)  # search hits (up to the cap), whether there are more
    failed = Signal(object)  # an exception from a background read
    idle = Signal()  # nothing is loading any more

    def __init__(self, parent=None, runner: TaskRunner | None = None,
                 page_size: int = worklist.PAGE_SIZE, clock=datetime.datetime.now):
        super().__init__(parent)
        self._runner = runner or TaskRunner(self)
        self._runner.idle.connect(self.idle)
        self._page_size = page_size
        self._clock = clock
        self._filter = WorklistFilter()
        self._query = ""
        self._rows: list[WorklistRow] = []
        self._row_of: dict[int, int] = {}
        self._cursor: int | None = None
        self._more = False
        self._loading = False
        self._how = "list"
        self._now = clock()
        self._due_soon = float(deadlines.DUE_SOON_HOURS)
        self._headers = {
            "number": self.tr("Number"), "status": self.tr("Status"),
            "left": self.tr("Time left"), "deadline": self.tr("Promised by"),
            "kind": self.tr("Kind"),
            "customer": self.tr("Customer"), "phone": self.tr("Phone"),
            "category": self.tr("Category"), "received": self.tr("Received"),
            "age": self.tr("Age"), "assigned": self.tr("Assigned to"),
            "department": self.tr("Department"),
        }

    # -- what the view asks ----------------------------------------------------------

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[COLUMNS[section]]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        if column in ("left", "deadline"):
            shown = self._deadline_data(row, column, role)
            if shown is not None:
                return shown
        urgent = row.escalation_level >= URGENT_LEVEL
        if role == Qt.ItemDataRole.ForegroundRole and urgent:
            return QBrush(QColor("#a40000"))
        if role == Qt.ItemDataRole.BackgroundRole and urgent:
            return QBrush(QColor("#fde8e8"))
        if role == Qt.ItemDataRole.DecorationRole and urgent and column == "number":
            return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        if role == Qt.ItemDataRole.ToolTipRole and urgent:
            return level_label(row.escalation_level)
        return None

    def _display(self, row: WorklistRow, column: str) -> str:
        if column == "number":
            return row.number
        if column == "status":
            return label(row.status)
        if column == "kind":
            return label(row.kind)
        if column == "customer":
            return row.complainant_name
        if column == "phone":
            return mask_phone(row.phone)
        if column == "category":
            return label(row.category)
        if column == "received":
            return minute(row.received_at)
        if column == "age":
            return self.age_text(row.received_at)
        if column == "left":
            return self.left_text(row)
        if column == "deadline":
            return minute(row.deadline)
        if column == "assigned":
            return row.assigned_name
        return row.department_name

    def age_text(self, received_at: datetime.datetime) -> str:
        unit, count = age_parts(received_at, self._now)
        # One tr() per line with a literal: pyside6-lupdate then sees the plural forms.
        if unit == "min":
            return self.tr("%n min", "", count)
        if unit == "h":
            return self.tr("%n h", "", count)
        return self.tr("%n d", "", count)

    # -- deadlines ---------------------------------------------------------------------

    @property
    def now(self) -> datetime.datetime:
        """The time the rows are shown at (tests set the clock instead of sleeping)."""
        return self._now

    @property
    def due_soon_hours(self) -> float:
        return self._due_soon

    def deadline_state(self, row: int) -> str | None:
        return self._rows[row].deadline_state(self._now, self._due_soon)

    def left_text(self, row: WorklistRow) -> str:
        state = row.deadline_state(self._now, self._due_soon)
        if state is None:
            return ""
        if state == worklist.PAUSED:
            return self.tr("paused")
        left = row.time_left(self._now)
        unit, big, small = left_parts(left)
        if state == worklist.OVERDUE:
            if unit == "min":
                return self.tr("overdue {m} min").format(m=max(big, 1))
            if unit == "h":
                return self.tr("overdue {h} h {m} min").format(h=big, m=small)
            return self.tr("overdue {d} d {h} h").format(d=big, h=small)
        if unit == "min":
            return self.tr("{m} min left").format(m=big)
        if unit == "h":
            return self.tr("{h} h {m} min left").format(h=big, m=small)
        return self.tr("{d} d {h} h left").format(d=big, h=small)

    def _deadline_data(self, row: WorklistRow, column: str, role):
        state = row.deadline_state(self._now, self._due_soon)
        colours = DEADLINE_COLOURS.get(state)
        if role == Qt.ItemDataRole.ForegroundRole and colours:
            return QBrush(QColor(colours[0]))
        if role == Qt.ItemDataRole.BackgroundRole and colours:
            return QBrush(QColor(colours[1]))
        if role == Qt.ItemDataRole.FontRole and state == worklist.OVERDUE and column == "left":
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and state == worklist.PAUSED:
            left = row.time_left(self._now)
            return self.tr("The clock is paused; {left} left when it resumes.").format(
                left=self._span_text(left))
        return None

    def _span_text(self, span: datetime.timedelta) -> str:
        unit, big, small = left_parts(span)
        if unit == "min":
            return self.tr("{m} min").format(m=big)
        if unit == "h":
            return self.tr("{h} h {m} min").format(h=big, m=small)
        return self.tr("{d} d {h} h").format(d=big, h=small)

    def tick(self) -> None:
        """Move "now" on and repaint time left, colours and ages; nothing is read."""
        self._now = self._clock()
        if self._rows:
            last = len(self._rows) - 1
            for name in TIME_COLUMNS:
                column = COLUMNS.index(name)
                self.dataChanged.emit(self.index(0, column), self.index(last, column))

    def set_clock(self, clock) -> None:
        """Another source of "now" (tests); the rows are shown at its time at once."""
        self._clock = clock
        self.tick()

    def canFetchMore(self, parent=QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._more and not self._loading

    def fetchMore(self, parent=QModelIndex()) -> None:  # noqa: B008
        if self.canFetchMore(parent):
            self._load_next()

    # -- what the panel asks ---------------------------------------------------------

    @property
    def filter(self) -> WorklistFilter:
        return self._filter

    @property
    def query(self) -> str:
        return self._query

    @property
    def how(self) -> str:
        """"list", or how the current search was understood (desk.complaints.search.classify)."""
        return self._how

    def is_loading(self) -> bool:
        return self._loading or self._runner.busy()

    def set_filter(self, flt: WorklistFilter) -> None:
        """Show the worklist under this filter (and leave any search)."""
        self._filter = flt
        self._query = ""
        self._restart()

    def set_search(self, query: str) -> None:
        """Show the search hits for query; an empty query goes back to the list."""
        self._query = (query or "").strip()
        self._restart()
        if self._query:
            self._runner.run(search.count, self._query,
                             on_done=lambda c: self.count_ready.emit(*c),
                             on_error=self.failed.emit)

    def reload(self) -> None:
        self._restart()

    def row_id(self, row: int) -> int:
        return self._rows[row].id

    def row_at(self, row: int) -> WorklistRow:
        return self._rows[row]

    def row_of(self, complaint_id: int) -> int | None:
        return self._row_of.get(complaint_id)

    def refresh_ids(self, ids) -> None:
        """Re-read these complaints and update the rows that show them, in place."""
        wanted = [i for i in ids if i in self._row_of]
        if wanted:
            self._runner.run(worklist.rows_by_id, wanted, on_done=self._apply_refresh,
                             on_error=self.failed.emit)

    def prepend_new(self, include_ids=()) -> None:
        """Insert rows newer than the top one (and include_ids, even if filtered out)."""
        if self._loading and not self._rows:
            return  # the first page is on its way and will hold them
        top_id = self._rows[0].id if self._rows else 0
        flt = None if self._query else self._filter
        self._runner.run(read_newer, flt, self._query, top_id, tuple(include_ids),
                         self._clock(), on_done=self._apply_prepend, on_error=self.failed.emit)

    # -- loading ---------------------------------------------------------------------

    def _restart(self) -> None:
        self._runner.new_generation()
        self.beginResetModel()
        self._rows, self._row_of = [], {}
        self._cursor, self._more, self._loading = None, False, False
        self._how = "list"
        self.endResetModel()
        self._load_next()

    def _load_next(self) -> None:
        self._loading = True
        if self._query:
            self._runner.run(read_search_page, self._query, self._cursor, SEARCH_PAGE_SIZE,
                             on_done=self._apply_page, on_error=self._page_failed)
        else:
            self._runner.run(read_list_page, self._filter, self._cursor, self._page_size,
                             self._clock(), on_done=self._apply_page, on_error=self._page_failed)

    def _apply_page(self, page: Page) -> None:
        self._loading = False
        self._now = self._clock()
        if page.due_soon is not None:
            self._due_soon = page.due_soon
        self._cursor, self._more, self._how = page.cursor, page.more, page.how
        rows = [r for r in page.rows if r.id not in self._row_of]
        if rows:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
            for offset, row in enumerate(rows):
                self._row_of[row.id] = first + offset
            self._rows.extend(rows)
            self.endInsertRows()
        self.loaded.emit()

    def _page_failed(self, error: BaseException) -> None:
        self._loading = False
        self._more = False  # no retry loop against a broken database: reload() retries
        self.failed.emit(error)

    def _apply_prepend(self, rows: list[WorklistRow]) -> None:
        rows = [r for r in rows if r.id not in self._row_of]
        if not rows:
            self.prepended.emit([])
            return
        self.beginInsertRows(QModelIndex(), 0, len(rows) - 1)
        self._rows[:0] = rows
        self._row_of = {r.id: i for i, r in enumerate(self._rows)}
        self.endInsertRows()
        self.prepended.emit([r.id for r in rows])

    def _apply_refresh(self, rows: list[WorklistRow]) -> None:
        self._now = self._clock()
        done = []
        for row in rows:
            position = self._row_of.get(row.id)
            if position is None:
                continue
            self._rows[position] = row
            done.append(row.id)
            self.dataChanged.emit(self.index(position, 0),
                                  self.index(position, len(COLUMNS) - 1))
        self.refreshed.emit(done)

"""The worklist panel: filter bar, search box and the table of complaints.

The search box is made for people and for barcode scanners alike: Enter searches
at once (a scanner types the complaint number and Enter), a pause in typing
searches after SEARCH_DELAY_MS, Esc clears. One exact hit for a number is
selected and opened. The "deadline" filter shows what is overdue or due soon; a
minute timer repaints time left and colours (nothing is re-read).
"""

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desk import vocab
from desk.complaints import search, worklist
from desk.complaints.worklist import WorklistFilter
from desk.ui.complaints.worklist_model import COLUMNS, WorklistModel
from desk.ui.labels import label

SEARCH_DELAY_MS = 300
TICK_MS = 60_000  # time left is shown to the minute

_COLUMN_WIDTHS = {"number": 165, "status": 80, "left": 120, "kind": 95, "customer": 70,
                  "phone": 100, "category": 100, "received": 125, "age": 60, "deadline": 125,
                  "assigned": 70}
_MAX_FITTED_WIDTH = 200


class SearchBox(QLineEdit):
    """A line edit that hands the Down key to the list below it."""

    down_pressed = Signal()

    def keyPressEvent(self, event):
        if event.key() == Qt.Key.Key_Down:
            self.down_pressed.emit()
            return
        super().keyPressEvent(event)


class WorklistPanel(QWidget):
    current_changed = Signal(object)  # the selected complaint's id, or None
    open_requested = Signal(int)  # Enter / double-click on a row, or one scanned hit

    def __init__(self, parent=None, staff_id: int | None = None,
                 model: WorklistModel | None = None):
        super().__init__(parent)
        self._staff_id = staff_id
        self._pending_select: int | None = None
        self._open_single_hit = False
        self.model = model or WorklistModel(self)

        self.scope = QComboBox()
        # Strings, not bools, as item data: PySide 6.12 miscounts references to a bool here.
        self.scope.addItem(self.tr("Open"), "open")
        self.scope.addItem(self.tr("All"), "all")
        self.mine = QCheckBox(self.tr("&Mine"))
        self.status = QComboBox()
        self.status.addItem(self.tr("Any status"), None)
        for code in vocab.STATUSES:
            self.status.addItem(label(code), code)
        self.kind = QComboBox()
        self.kind.addItem(self.tr("Any kind"), None)
        for code in vocab.KINDS:
            self.kind.addItem(label(code), code)
        self.due = QComboBox()
        self.due.addItem(self.tr("Any deadline"), None)
        self.due.addItem(self.tr("Due soon"), worklist.DUE_SOON)
        self.due.addItem(self.tr("Overdue"), worklist.OVERDUE)
        for combo in (self.scope, self.status, self.kind, self.due):
            combo.setMinimumWidth(64)  # a narrow window squeezes the filters, not refuses
        self.search_box = SearchBox()
        self.search_box.setClearButtonEnabled(True)
        self.search_box.setPlaceholderText(
            self.tr("Search: number, phone or its last 4 digits, name, words (Ctrl+F)"))
        self.search_box.setMinimumWidth(200)
        self.hits = QLabel()
        self.hits.setObjectName("hits")

        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.view.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for name, width in _COLUMN_WIDTHS.items():
            self.view.setColumnWidth(COLUMNS.index(name), width)
        # Time left beside the status, the promised time beside the received time.
        header.moveSection(header.visualIndex(COLUMNS.index("left")), 2)
        header.moveSection(header.visualIndex(COLUMNS.index("deadline")),
                           header.visualIndex(COLUMNS.index("age")) + 1)

        bar = QHBoxLayout()
        bar.addWidget(self.search_box, 3)
        bar.addWidget(self.hits)
        bar.addSpacing(12)
        bar.addWidget(self.scope)
        bar.addWidget(self.mine)
        bar.addWidget(self.status)
        bar.addWidget(self.kind)
        bar.addWidget(self.due)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.view)
        for first, second in ((self.search_box, self.scope), (self.scope, self.mine),
                              (self.mine, self.status), (self.status, self.kind),
                              (self.kind, self.due), (self.due, self.view)):
            QWidget.setTabOrder(first, second)

        self._delay = QTimer(self)
        self._delay.setSingleShot(True)
        self._delay.setInterval(SEARCH_DELAY_MS)
        self._delay.timeout.connect(self.search_now)
        self.search_box.textEdited.connect(lambda _text: self._delay.start())
        self.search_box.returnPressed.connect(self._enter_in_search)
        self.search_box.down_pressed.connect(self._into_list)
        clear = QAction(self.search_box)
        clear.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        clear.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        clear.triggered.connect(self.clear_search)
        self.search_box.addAction(clear)
        self.search_box.textChanged.connect(self._cleared_by_button)

        for combo in (self.scope, self.status, self.kind, self.due):
            combo.currentIndexChanged.connect(self._filter_changed)
        self.mine.toggled.connect(self._filter_changed)
        self.view.activated.connect(self._row_activated)
        self.view.selectionModel().currentRowChanged.connect(self._current_row_changed)
        self.model.loaded.connect(self._page_loaded)
        self.model.prepended.connect(self._rows_prepended)
        self.model.count_ready.connect(self._show_count)
        self.model.rowsAboutToBeInserted.connect(self._remember_scroll)
        self.model.rowsInserted.connect(self._keep_scroll)
        self._scroll_before: int | None = None
        self._columns_fitted = False
        self.ticker = QTimer(self)
        self.ticker.setInterval(TICK_MS)
        self.ticker.timeout.connect(self.model.tick)
        self.ticker.start()
        self.model.set_filter(self.current_filter())

    # -- filter and search ----------------------------------------------------------

    def set_staff_id(self, staff_id: int | None) -> None:
        """The clerk on duty changed: "mine" means someone else now."""
        self._staff_id = staff_id
        if self.mine.isChecked():
            self._filter_changed()

    def current_filter(self) -> WorklistFilter:
        return WorklistFilter(
            open_only=self.scope.currentData() == "open",
            mine_id=self._staff_id if self.mine.isChecked() else None,
            status=self.status.currentData(),
            kind=self.kind.currentData(),
            due=self.due.currentData(),
        )

    def show_due(self, due: str | None) -> None:
        """Show the overdue (or due-soon) complaints, or every deadline again (None)."""
        self.due.setCurrentIndex(0 if due is None else max(0, self.due.findData(due)))

    def _show_filters_apply(self, apply: bool) -> None:
        """A search looks through every complaint: the filters stand aside meanwhile."""
        for widget in (self.scope, self.mine, self.status, self.kind, self.due):
            widget.setEnabled(apply)
            widget.setToolTip("" if apply else self.tr("A search looks through all complaints; "
                                                       "Esc ends the search."))

    def _filter_changed(self, *_args) -> None:
        """A filter applies to the list; it ends any search."""
        self._delay.stop()
        if self.search_box.text():
            self.search_box.blockSignals(True)
            self.search_box.clear()
            self.search_box.blockSignals(False)
        self.hits.clear()
        self._show_filters_apply(True)
        self.model.set_filter(self.current_filter())

    def focus_search(self) -> None:
        self.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_box.selectAll()

    def search_now(self) -> None:
        self._delay.stop()
        query = self.search_box.text().strip()
        if query == self.model.query and not self._open_single_hit:
            return  # a pause after Enter: the search is already there
        self.hits.setText(self.tr("searching…") if query else "")
        self._show_filters_apply(not query)
        if query:
            self.model.set_search(query)
        else:
            self.model.set_filter(self.current_filter())

    def _enter_in_search(self) -> None:
        query = self.search_box.text().strip()
        self._open_single_hit = search.classify(query) == "number"
        self.search_now()

    def clear_search(self) -> None:
        self._delay.stop()
        self.search_box.clear()

    def _cleared_by_button(self, text: str) -> None:
        if not text and self.model.query:
            self._delay.stop()
            self.hits.clear()
            self._show_filters_apply(True)
            self.model.set_filter(self.current_filter())

    def _show_count(self, count: int, more: bool) -> None:
        if more:
            self.hits.setText(self.tr("{count}+ found").format(count=count))
        else:
            self.hits.setText(self.tr("%n found", "", count))

    # -- selection --------------------------------------------------------------------

    def current_id(self) -> int | None:
        index = self.view.currentIndex()
        return self.model.row_id(index.row()) if index.isValid() else None

    def select_id(self, complaint_id: int) -> bool:
        row = self.model.row_of(complaint_id)
        if row is None:
            return False
        index = self.model.index(row, 0)
        self.view.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)
        self.view.scrollTo(index)
        return True

    def reveal(self, complaint_id: int) -> None:
        """Show this complaint at the top and select it (a new registration)."""
        if not self.select_id(complaint_id):
            self._pending_select = complaint_id
            self.model.prepend_new(include_ids=(complaint_id,))

    def _rows_prepended(self, ids: list) -> None:
        if self._pending_select is not None and self.select_id(self._pending_select):
            self._pending_select = None

    def _fit_columns_once(self) -> None:
        """Fit the columns to the first rows (in the user's language), then leave them be."""
        if self._columns_fitted or self.model.rowCount() == 0:
            return
        self._columns_fitted = True
        self.view.resizeColumnsToContents()
        for column in range(self.model.columnCount() - 1):
            width = self.view.columnWidth(column)
            self.view.setColumnWidth(column, min(width + 8, _MAX_FITTED_WIDTH))

    def _page_loaded(self) -> None:
        self._fit_columns_once()
        if self._pending_select is not None and self.select_id(self._pending_select):
            self._pending_select = None
        if self._open_single_hit and self.model.query:
            self._open_single_hit = False
            if self.model.how == "number" and self.model.rowCount() == 1:
                self.select_id(self.model.row_id(0))
                self.open_requested.emit(self.model.row_id(0))

    def _into_list(self) -> None:
        if self.model.rowCount() == 0:
            return
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)
        if not self.view.currentIndex().isValid():
            self.select_id(self.model.row_id(0))

    def _row_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_requested.emit(self.model.row_id(index.row()))

    def _current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.current_changed.emit(self.model.row_id(current.row()) if current.isValid() else None)

    # -- rows arriving above what the clerk is looking at -------------------------------

    def _remember_scroll(self, parent: QModelIndex, first: int, _last: int) -> None:
        self._scroll_before = self.view.verticalScrollBar().value() if first == 0 else None

    def _keep_scroll(self, parent: QModelIndex, first: int, last: int) -> None:
        """Rows inserted on top push the list down; scroll along unless at the very top."""
        before, self._scroll_before = self._scroll_before, None
        if first != 0 or not before:
            return
        bar = self.view.verticalScrollBar()
        if self.view.verticalScrollMode() == QAbstractItemView.ScrollMode.ScrollPerItem:
            shift = last - first + 1
        else:
            shift = (last - first + 1) * self.view.verticalHeader().defaultSectionSize()
        QTimer.singleShot(0, lambda: bar.setValue(before + shift))

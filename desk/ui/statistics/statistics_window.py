"""Reports → Statistics…: the classification table, the rates, the money, the charts and
the hot spots of a period, each figure beside the previous period's.

Supervisors see the whole store; a clerk only their own complaints. Everything is
computed on a worker (desk.statistics.figures.compute) with a progress bar and a Cancel button;
double-clicking a number lists the complaints behind it (desk.statistics.figures.drill).
"""

import datetime
import threading

from PySide6.QtCore import QCoreApplication, QDate, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QTableView,
    QTableWidgetItem,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desk.complaints import investigation, worklist
from desk.complaints import sheet_data as documents
from desk.errors import Cancelled, DeskError
from desk.models import now as clock
from desk.printing import classification_report, incident_log_report
from desk.statistics import figures as statistics
from desk.statistics import periods, words
from desk.translate import translate
from desk.ui.labels import label
from desk.ui.messages import error_text
from desk.ui.statistics import statistics_charts
from desk.ui.statistics.drilldown_dialog import DrilldownDialog
from desk.ui.statistics.statistics_model import DRILL_ROLE, ClassificationModel
from desk.ui.widgets import excel_export
from desk.ui.widgets.field_error import error_label
from desk.ui.widgets.pdf_preview import show_pdf
from desk.ui.widgets.tables import list_table
from desk.ui.widgets.workers import TaskRunner

RED = "#a40000"
RATE_COLUMNS = ("name", "value", "previous", "num", "den", "info", "definition")


class _Progress(QObject):
    changed = Signal(int, int)  # emitted on the worker, delivered on the GUI thread


def classification_pdf(data, staff_name: str, scope_name: str, at: datetime.datetime) -> bytes:
    """The printed table (on a worker: it reads the missed members' numbers)."""
    missed = [r.number for r in worklist.rows_by_id(data.rates.members_missed)]
    return classification_report.build(documents.store_header().name, data, label,
                                       printed_at=at, printed_by=staff_name,
                                       scope_name=scope_name, missed_numbers=missed)


def incident_log_pdf(period, staff_name: str, at: datetime.datetime) -> bytes:
    rows = investigation.incident_log(period.start, period.end)
    return incident_log_report.build(documents.store_header().name, period.start, period.end,
                                     rows, printed_at=at, printed_by=staff_name)


class StatisticsWindow(QDialog):
    open_complaint = Signal(int)
    computed = Signal()  # the figures on screen are new
    drill_opened = Signal(object)  # the DrilldownDialog just opened (tests, the main window)

    def __init__(self, staff, desk: str, parent=None, clock_fn=clock):
        super().__init__(parent)
        self.staff, self.desk, self.clock = staff, desk, clock_fn
        self.staff_id = None if staff.role == "supervisor" else staff.id
        self.data: statistics.StatisticsData | None = None
        self.computed_at: datetime.datetime | None = None
        self._runner = TaskRunner(self)
        self._side_runner = TaskRunner(self)
        self._stop = threading.Event()
        self._progress = _Progress()
        self._progress.changed.connect(self._show_progress)
        self.setWindowTitle(self.tr("Statistics"))
        self.resize(1200, 720)

        self.period_choice = QComboBox()
        for key in periods.LABEL_KEYS:
            self.period_choice.addItem(words.period_name(key), key)
        self.period_choice.setCurrentIndex(periods.LABEL_KEYS.index("this_month"))
        today = self.clock().date()
        self.since = self._date_edit(today.replace(day=1))
        self.until = self._date_edit(today)
        self.grouping = QComboBox()
        for key in statistics.GROUPINGS:
            self.grouping.addItem(words.grouping(key), key)
        self.compute_button = QPushButton(self.tr("&Compute"))
        self.compute_button.clicked.connect(self.compute)
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(220)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.cancel)
        self.scope = QLabel()
        self.period_text = QLabel()
        self.period_text.setObjectName("period_text")
        self.message = error_label()

        self.period_choice.currentIndexChanged.connect(self._period_kind_changed)
        self.grouping.currentIndexChanged.connect(self.compute)
        self.since.dateChanged.connect(self._custom_changed)
        self.until.dateChanged.connect(self._custom_changed)

        choose = QHBoxLayout()
        choose.addWidget(QLabel(self.tr("Period")))
        choose.addWidget(self.period_choice)
        choose.addWidget(self.since)
        choose.addWidget(QLabel(self.tr("to")))
        choose.addWidget(self.until)
        choose.addSpacing(12)
        choose.addWidget(QLabel(self.tr("Rows by")))
        choose.addWidget(self.grouping)
        choose.addWidget(self.compute_button)
        choose.addStretch(1)
        choose.addWidget(self.progress)
        choose.addWidget(self.cancel_button)

        self.tabs = QTabWidget()
        self.tabs.addTab(self._table_tab(), self.tr("Classification"))
        self.tabs.addTab(self._rates_tab(), self.tr("Rates"))
        self.tabs.addTab(self._money_tab(), self.tr("Money"))
        self.tabs.addTab(self._charts_tab(), self.tr("Charts"))
        self.hotspots_page = self._hotspots_tab()
        self.tabs.addTab(self.hotspots_page, self.tr("Hot spots"))

        self.print_button = QToolButton()
        self.print_button.setText(self.tr("&Print"))
        self.print_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.print_button)
        self.print_table_action = menu.addAction(self.tr("Classification table…"),
                                                 self.print_table)
        self.print_incidents_action = menu.addAction(self.tr("Internal incident log…"),
                                                     self.print_incident_log)
        self.print_button.setMenu(menu)
        self.export_button = QPushButton(self.tr("Export to &Excel…"))
        self.export_button.clicked.connect(self.export)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.scope)
        bottom.addStretch(1)
        bottom.addWidget(self.print_button)
        bottom.addWidget(self.export_button)
        bottom.addWidget(close)

        layout = QVBoxLayout(self)
        layout.addLayout(choose)
        layout.addWidget(self.period_text)
        layout.addWidget(self.message)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(bottom)
        if self.staff_id is not None:
            self.scope.setText(self.tr("Only your own complaints: {name}").format(
                name=staff.name))
        self._period_kind_changed()  # computes the period shown first

    def _date_edit(self, day: datetime.date) -> QDateEdit:
        edit = QDateEdit(QDate(day.year, day.month, day.day))
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        return edit

    # -- the tabs -------------------------------------------------------------------------

    def _table_tab(self) -> QWidget:
        self.model = ClassificationModel(self)
        self.table_view = QTableView()
        self.table_view.setModel(self.model)
        self.table_view.verticalHeader().hide()
        self.table_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table_view.setAlternatingRowColors(True)
        self.table_view.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.table_view.doubleClicked.connect(self._cell_double_clicked)
        hint = QLabel(self.tr("Figures in brackets: the previous period. Double-click a number "
                              "for the complaints behind it."))
        hint.setWordWrap(True)
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.addWidget(self.table_view, 1)
        layout.addWidget(hint)
        return box

    def _rates_tab(self) -> QWidget:
        self.rates_table = list_table([self.tr("Rate"), self.tr("This period"),
                                       self.tr("Previous period"), self.tr("Counted"),
                                       self.tr("Out of"), "", self.tr("Definition")])
        self.rates_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.rates_table.horizontalHeader().setSectionResizeMode(
            RATE_COLUMNS.index("definition"), QHeaderView.ResizeMode.Stretch)
        self.rates_table.setWordWrap(True)
        self.rates_table.cellDoubleClicked.connect(self._rate_double_clicked)
        self.mean_score = QLabel()
        self.missed_button = QPushButton()
        self.missed_button.setStyleSheet(f"color:{RED}; text-align:left")
        self.missed_button.setFlat(True)
        self.missed_button.clicked.connect(self.show_missed_members)
        self.missed_button.hide()
        hint = QLabel(self.tr("Double-click a count for the complaints (or callbacks) behind it; "
                              "ⓘ says how a rate is worked out."))
        hint.setWordWrap(True)
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.addWidget(self.rates_table, 1)
        layout.addWidget(self.mean_score)
        layout.addWidget(self.missed_button)
        layout.addWidget(hint)
        return box

    def _money_tab(self) -> QWidget:
        self.by_remedy = list_table([self.tr("Remedy"), self.tr("Amount (yuan)")])
        self.by_clerk = list_table([self.tr("Clerk"), self.tr("Amount (yuan)")])
        self.own_grants = list_table([self.tr("Complaint"), self.tr("Clerk"),
                                      self.tr("Amount (yuan)"), self.tr("Reviewed")])
        self.own_grants.cellDoubleClicked.connect(self._own_grant_double_clicked)
        self.money_total = QLabel()
        self.review_button = QPushButton(self.tr("Open the &review of clerks' grants…"))
        self.review_button.clicked.connect(self.open_review)
        self.review_button.setEnabled(self.staff.role == "supervisor")
        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("By remedy")), 0, 0)
        grid.addWidget(QLabel(self.tr("By clerk")), 0, 1)
        grid.addWidget(self.by_remedy, 1, 0)
        grid.addWidget(self.by_clerk, 1, 1)
        own = QHBoxLayout()
        own.addWidget(QLabel(self.tr("Granted by clerks on their own authority")))
        own.addStretch(1)
        own.addWidget(self.review_button)
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.addLayout(grid, 1)
        layout.addWidget(self.money_total)
        layout.addLayout(own)
        layout.addWidget(self.own_grants, 1)
        return box

    def _charts_tab(self) -> QWidget:
        self.charts_box = QWidget()
        self.charts_layout = QGridLayout(self.charts_box)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.charts_box)
        self.chart_views: list = []
        return scroll

    def _hotspots_tab(self) -> QWidget:
        self.hotspot_table = list_table([self.tr("Hot spot"), self.tr("Kind"),
                                         self.tr("Complaints"), self.tr("First"),
                                         self.tr("Last"), self.tr("Customers")])
        self.hotspot_table.cellDoubleClicked.connect(self._hotspot_double_clicked)
        self.hotspot_view_button = QPushButton(self.tr("Weekly &hot-spot view…"))
        self.hotspot_view_button.clicked.connect(self.open_hotspot_view)
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.addWidget(self.hotspot_table, 1)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Double-click a hot spot for its complaints.")))
        row.addStretch(1)
        row.addWidget(self.hotspot_view_button)
        layout.addLayout(row)
        return box

    # -- the period --------------------------------------------------------------------------

    def period(self) -> periods.Period:
        key = self.period_choice.currentData()
        if key == "custom":
            s, u = self.since.date(), self.until.date()
            return periods.custom(datetime.date(s.year(), s.month(), s.day()),
                                  datetime.date(u.year(), u.month(), u.day()))
        return periods.by_key(key, self.clock())

    def _period_kind_changed(self, *_args) -> None:
        custom = self.period_choice.currentData() == "custom"
        self.since.setEnabled(custom)
        self.until.setEnabled(custom)
        if not custom:
            shown = self.period()
            for edit, day in ((self.since, shown.start.date()), (self.until, shown.last_day)):
                edit.blockSignals(True)
                edit.setDate(QDate(day.year, day.month, day.day))
                edit.blockSignals(False)
        self.compute()

    def _custom_changed(self, *_args) -> None:
        if self.period_choice.currentData() == "custom":
            self.compute()

    # -- computing ----------------------------------------------------------------------------

    def _busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)
        self.cancel_button.setEnabled(busy)
        self.print_button.setEnabled(not busy and self.data is not None)
        self.export_button.setEnabled(not busy and self.data is not None)

    def is_computing(self) -> bool:
        return self._runner.busy()

    def compute(self, *_args) -> None:
        """Start computing the chosen period (what was being computed is dropped)."""
        self._stop.set()
        self._stop = threading.Event()
        self._runner.new_generation()
        period, group_by = self.period(), self.grouping.currentData()
        at = self.clock()
        self.message.hide()
        self.progress.setRange(0, 0)
        self._busy(True)
        stop, emit = self._stop, self._progress.changed.emit
        self._runner.run(self._compute_job, period, group_by, self.staff_id, at, stop, emit,
                         on_done=lambda data: self._show(data, at), on_error=self._failed)

    @staticmethod
    def _compute_job(period, group_by, staff_id, at, stop, emit):
        return statistics.compute(period, group_by, staff_id, progress=emit,
                                  cancelled=stop.is_set, now=at)

    def cancel(self) -> None:
        self._stop.set()
        self.cancel_button.setEnabled(False)

    def _show_progress(self, done: int, total: int) -> None:
        if self.progress.isVisible():
            self.progress.setRange(0, total)
            self.progress.setValue(done)

    def _failed(self, error: BaseException) -> None:
        self._busy(False)
        if isinstance(error, Cancelled):
            self.message.setText(self.tr("Cancelled: the figures shown are those computed "
                                         "before."))
        else:
            self.message.setText(self.tr("The statistics could not be computed: {error}").format(
                error=error_text(error) if isinstance(error, DeskError) else str(error)))
        self.message.show()

    def _show(self, data, at: datetime.datetime) -> None:
        self.data, self.computed_at = data, at
        self._busy(False)
        start, end = data.period.start.date(), data.period.last_day
        before_start, before_end = data.previous_period.start.date(), data.previous_period.last_day
        self.period_text.setText(self.tr(
            "{start} to {end}; in brackets the previous period, {before_start} to {before_end}. "
            "Computed at {at}.").format(start=start, end=end, before_start=before_start,
                                        before_end=before_end, at=at.strftime("%H:%M")))
        self.model.set_tables(data.table, data.previous_table)
        self._show_rates(data)
        self._show_money(data.money)
        self._show_charts(data)
        self._show_hotspots(data.hotspots)
        self.computed.emit()

    def _show_rates(self, data) -> None:
        rates, before = data.rates, data.previous_rates
        self.rates_table.setRowCount(len(rates.rates))
        self.rate_keys = list(rates.rates)
        for row, key in enumerate(self.rate_keys):
            rate = rates.rates[key]
            old = before.rates.get(key)
            definition = translate("Statistics", statistics.RATE_DEFINITIONS.get(key, ""))
            short = key == "member_coverage" and rate.denominator and \
                rate.numerator < rate.denominator
            values = (words.rate(key), words.rate_value(rate.value),
                      words.rate_value(old.value if old else None), str(rate.numerator),
                      str(rate.denominator))
            for col, text in enumerate(values):
                item = QTableWidgetItem(text)
                item.setToolTip(definition)
                if col:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if short:
                    item.setForeground(Qt.GlobalColor.red)
                self.rates_table.setItem(row, col, item)
            info = QToolButton()
            info.setText("ⓘ")
            info.setAutoRaise(True)
            info.setToolTip(self.tr("What does this mean?"))
            info.clicked.connect(lambda _=False, k=key: self.explain(k))
            self.rates_table.setCellWidget(row, 5, info)
            text = QTableWidgetItem(definition)
            text.setToolTip(definition)
            self.rates_table.setItem(row, 6, text)
        self.rates_table.resizeRowsToContents()
        score = rates.mean_score
        self.mean_score.setText(self.tr("Mean callback score: {score}").format(
            score="—" if score is None else f"{score:.1f}"))
        missed = rates.members_missed
        self.missed_button.setVisible(bool(missed))
        # %n texts in this window's own context: PySide's tr() in a subclass (the head
        # office's window) stops at the subclass, where a plural "translates" to its source.
        # (lupdate reads a translate() call only when it stands on one line.)
        n = len(missed)
        text = QCoreApplication.translate("StatisticsWindow", "%n member complaint(s) without a callback: the handbook demands 100%. Show them…", "", n)  # noqa: E501
        self.missed_button.setText(text)

    def explain(self, key: str) -> QMessageBox:
        """The rate's definition, one click from its figure."""
        box = QMessageBox(QMessageBox.Icon.Information, words.rate(key),
                          translate("Statistics", statistics.RATE_DEFINITIONS.get(key, "")),
                          QMessageBox.StandardButton.Ok, self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        return box

    def _show_money(self, money) -> None:
        def fill(table, rows):
            table.setRowCount(len(rows))
            for r, values in enumerate(rows):
                for c, text in enumerate(values):
                    item = QTableWidgetItem(text)
                    if c == len(values) - 1 or (table is self.own_grants and c == 2):
                        item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                              | Qt.AlignmentFlag.AlignVCenter)
                    table.setItem(r, c, item)

        fill(self.by_remedy, [(label(k), f"{v:,.2f}") for k, v in money.by_remedy.items()])
        fill(self.by_clerk, [(name, f"{v:,.2f}") for _id, name, v in money.by_clerk])
        self.own_grant_ids = [g[0] for g in money.own_grants]
        yes, no = self.tr("Reviewed"), self.tr("Not yet reviewed")
        fill(self.own_grants, [(number, name, f"{total:,.2f}", yes if reviewed else no)
                               for _cid, number, name, total, reviewed in money.own_grants])
        for r, grant in enumerate(money.own_grants):
            if not grant[4]:
                self.own_grants.item(r, 3).setForeground(Qt.GlobalColor.red)
        self.money_total.setText(self.tr("Total granted: {amount} yuan").format(
            amount=f"{money.total:,.2f}"))

    def _show_charts(self, data) -> None:
        for view in self.chart_views:
            self.charts_layout.removeWidget(view)
            view.deleteLater()
        self.chart_views = [statistics_charts.received_closed(data.series),
                            statistics_charts.breakdown(data.table),
                            statistics_charts.on_time_rate(data.series)]
        self.charts_layout.addWidget(self.chart_views[0], 0, 0, 1, 2)
        self.charts_layout.addWidget(self.chart_views[1], 1, 0)
        self.charts_layout.addWidget(self.chart_views[2], 1, 1)

    def _show_hotspots(self, spots) -> None:
        self.spots = list(spots)
        self.hotspot_table.setRowCount(len(self.spots))
        for r, spot in enumerate(self.spots):
            kind = words.other("hotspot_product" if spot.kind == "product"
                               else "hotspot_cause_department")
            values = (words.hotspot_title(spot, label), kind, str(spot.count),
                      spot.first_at.strftime("%Y-%m-%d %H:%M"),
                      spot.last_at.strftime("%Y-%m-%d %H:%M"), str(len(set(spot.customer_ids))))
            for c, text in enumerate(values):
                self.hotspot_table.setItem(r, c, QTableWidgetItem(text))
        n = len(self.spots)
        title = QCoreApplication.translate("StatisticsWindow", "Hot spots (%n)", "", n)
        self.tabs.setTabText(self.tabs.indexOf(self.hotspots_page), title)

    # -- drilling down ------------------------------------------------------------------------

    def drill(self, figure: str, title: str, *, group_by=None, key=None) -> None:
        """Ask for the ids behind a figure (on a worker), then list them."""
        if self.data is None:
            return
        kind = statistics.drill_kind(figure)
        self._side_runner.run(self._drill_job, self.data.period, figure, group_by, key,
                              self.staff_id, self.computed_at,
                              on_done=lambda ids: self.show_list(title, ids, kind),
                              on_error=self._failed)

    @staticmethod
    def _drill_job(period, figure, group_by, key, staff_id, at):
        return statistics.drill(period, figure, group_by=group_by, key=key, staff_id=staff_id,
                                now=at)

    def show_list(self, title: str, ids: list[int], kind: str = "complaint") -> DrilldownDialog:
        dialog = DrilldownDialog(title, ids, self, kind)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open_complaint.connect(self.open_complaint)
        dialog.show()
        self.drill_opened.emit(dialog)
        return dialog

    def _cell_double_clicked(self, index) -> None:
        drill = self.model.data(index, DRILL_ROLE)
        if drill is None:
            return
        figure, key, is_total = drill
        group = self.model.data(self.model.index(index.row(), 0))
        title = self.tr("{figure} — {group}").format(figure=words.figure(figure), group=group)
        self.drill(figure, title, group_by=None if is_total else self.data.table.group_by,
                   key=key)

    def _rate_double_clicked(self, row: int, column: int) -> None:
        if self.data is None or RATE_COLUMNS[column] not in ("value", "num", "den"):
            return
        key = self.rate_keys[row]
        part = "den" if RATE_COLUMNS[column] == "den" else "num"
        word = self.tr("out of") if part == "den" else self.tr("counted")
        self.drill(f"rate:{key}:{part}", f"{words.rate(key)} — {word}")

    def show_missed_members(self) -> DrilldownDialog | None:
        if self.data is None:
            return None
        return self.show_list(self.tr("Members' complaints without a callback"),
                              self.data.rates.members_missed)

    def _own_grant_double_clicked(self, row: int, _column: int) -> None:
        self.open_complaint.emit(self.own_grant_ids[row])

    def _hotspot_double_clicked(self, row: int, _column: int) -> None:
        spot = self.spots[row]
        self.show_list(words.hotspot_title(spot, label), spot.complaint_ids)

    # -- other screens, paper, Excel ------------------------------------------------------------

    def open_review(self):
        from desk.ui.resolution.review_list import ReviewList

        view = ReviewList(self.staff, self.desk, self)
        view.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if self.data is not None:
            start, last = self.data.period.start.date(), self.data.period.last_day
            view.since.setDate(QDate(start.year, start.month, start.day))
            view.until.setDate(QDate(last.year, last.month, last.day))
        view.open_complaint.connect(self.open_complaint)
        view.show()
        view.refresh()
        return view

    def open_hotspot_view(self):
        from desk.ui.statistics.hotspot_view import HotspotView

        view = HotspotView(self.staff, self.desk, self, clock_fn=self.clock)
        view.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        view.open_complaint.connect(self.open_complaint)
        view.show()
        return view

    def _scope_name(self) -> str:
        return self.staff.name if self.staff_id is not None else ""

    def print_table(self) -> None:
        if self.data is None:
            return
        self._side_runner.run(classification_pdf, self.data, self.staff.name,
                              self._scope_name(), self.clock(),
                              on_done=lambda pdf: show_pdf(pdf, self, landscape=True),
                              on_error=self._failed)

    def print_incident_log(self) -> None:
        self._side_runner.run(incident_log_pdf, self.period(), self.staff.name, self.clock(),
                              on_done=lambda pdf: show_pdf(pdf, self, landscape=True),
                              on_error=self._failed)

    def export(self, path=None):
        if self.data is None:
            return None
        data = self.data
        name = self.tr("statistics-{start}").format(start=data.period.start.date()) + ".xlsx"
        return excel_export.export(
            self, name, lambda _p, _c: excel_export.classification_sheets(data), path=path)

    def closeEvent(self, event) -> None:
        self._stop.set()
        super().closeEvent(event)

    def reject(self) -> None:
        self._stop.set()
        super().reject()

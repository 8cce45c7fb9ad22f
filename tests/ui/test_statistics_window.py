"""The statistics window: computed off the GUI thread, each number drills down to exactly
its complaints, cancel works, a clerk sees only their own; the hot-spot flag and view."""

import threading

import openpyxl
import pytest
from PySide6.QtCore import Qt

from desk.complaints import registration
from desk.statistics import figures as statistics
from desk.statistics.words import figure
from desk.ui.statistics.hotspot_flag import HotspotFlag
from desk.ui.statistics.hotspot_view import HotspotView
from desk.ui.statistics.statistics_model import COLUMNS
from desk.ui.statistics.statistics_window import StatisticsWindow
from tests.ui.conftest import complaint_input

TIMEOUT = 20_000


def open_window(qtbot, staff, desk="前台1"):
    w = StatisticsWindow(staff, desk)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitUntil(lambda: w.data is not None and not w.is_computing(), timeout=TIMEOUT)
    return w


def total_cell(w, name):
    return w.model.index(w.model.rowCount() - 1, COLUMNS.index(name))


def drill_cell(qtbot, w, index):
    """Double-click a cell; the list that opens, loaded."""
    with qtbot.waitSignal(w.drill_opened, timeout=TIMEOUT) as opened:
        w._cell_double_clicked(index)
    dialog = opened.args[0]
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == len(dialog.ids) and dialog.rows is not None
                    and len(dialog.rows) == len(dialog.ids), timeout=TIMEOUT)
    return dialog


def test_supervisor_sees_the_store_and_a_number_lists_its_complaints(ui_store, register, qtbot):
    made = [register(), register(category="delivery"), register(kind="inquiry")]
    w = open_window(qtbot, ui_store.supervisor)
    received = total_cell(w, "received")
    assert w.model.data(received) == "3 (0)"  # this month, the month before in brackets
    assert w.model.data(total_cell(w, "inquiries")) == "1 (0)"
    dialog = drill_cell(qtbot, w, received)
    assert dialog.table.rowCount() == 3
    assert sorted(r.id for r in dialog.rows) == sorted(c.id for c in made)
    with qtbot.waitSignal(w.open_complaint, timeout=TIMEOUT) as chosen:
        dialog.table.cellDoubleClicked.emit(0, 0)
    assert chosen.args[0] in {c.id for c in made}
    # a group's cell: the delivery row holds one complaint
    row = next(r for r in range(w.model.rowCount() - 1)
               if w.model.data(w.model.index(r, 0)) == "Delivery")
    dialog = drill_cell(qtbot, w, w.model.index(row, COLUMNS.index("received")))
    assert [r.category for r in dialog.rows] == ["delivery"]


def test_a_clerk_sees_only_their_own_figures(ui_store, register, qtbot):
    register()
    register()
    registration.register(complaint_input(), ui_store.supervisor, ui_store.desk)
    mine = open_window(qtbot, ui_store.clerk)
    assert mine.model.data(total_cell(mine, "received")) == "2 (0)"
    assert ui_store.clerk.name in mine.scope.text()
    dialog = drill_cell(qtbot, mine, total_cell(mine, "received"))
    assert len(dialog.rows) == 2
    everyone = open_window(qtbot, ui_store.supervisor)
    assert everyone.model.data(total_cell(everyone, "received")) == "3 (0)"


def test_computing_can_be_cancelled(ui_store, register, qtbot, monkeypatch):
    register()
    started = threading.Event()

    def slow(period, group_by, staff_id, at, stop, emit):
        started.set()
        stop.wait(10)  # a long computation, until the user cancels
        return statistics.compute(period, group_by, staff_id, progress=emit,
                                  cancelled=stop.is_set, now=at)

    monkeypatch.setattr(StatisticsWindow, "_compute_job", staticmethod(slow))
    w = StatisticsWindow(ui_store.supervisor, "前台1")
    qtbot.addWidget(w)
    w.show()
    assert started.wait(5) and w.is_computing()
    assert w.cancel_button.isVisible() and w.progress.isVisible()
    w.cancel_button.click()
    qtbot.waitUntil(lambda: not w.is_computing(), timeout=TIMEOUT)
    assert w.data is None and "Cancelled" in w.message.text()
    assert not w.cancel_button.isVisible()


def test_rates_explain_themselves_and_drill_down(ui_store, register, qtbot):
    register()
    w = open_window(qtbot, ui_store.supervisor)
    keys = w.rate_keys
    row = keys.index("reassignment")
    assert w.rates_table.item(row, 0).text() == "Reassignment rate"
    definition = w.rates_table.item(row, 1).toolTip()
    assert "transferred" in definition
    box = w.explain("reassignment")
    qtbot.addWidget(box)
    assert box.text() == definition
    den = int(w.rates_table.item(row, 4).text())
    with qtbot.waitSignal(w.drill_opened, timeout=TIMEOUT) as opened:
        w._rate_double_clicked(row, 4)
    dialog = opened.args[0]
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: len(dialog.rows) == den and dialog.count.text() != "Reading…",
                    timeout=TIMEOUT)
    assert dialog.table.rowCount() == den == 1


def test_statistics_export_to_excel(ui_store, register, qtbot, tmp_path):
    register()
    register(category="delivery")
    w = open_window(qtbot, ui_store.supervisor)
    job = w.export(path=tmp_path / "s.xlsx")
    with qtbot.waitSignal(job.finished, timeout=TIMEOUT) as done:
        pass
    book = openpyxl.load_workbook(done.args[0])
    table = book.worksheets[0]
    assert table.title.startswith("Category")
    assert table["B2"].value == figure("received")
    total = [c.value for c in table[table.max_row]]
    assert total[0] == "Total" and total[1] == 2
    assert book.worksheets[1]["A3"].value == "On-time rate"  # under the period and the header


def test_hot_spot_flag_and_weekly_view(ui_store, register, qtbot):
    flag = HotspotFlag()
    qtbot.addWidget(flag)
    register(phone="13900000001")
    register(phone="13900000002")
    with qtbot.waitSignal(flag.refreshed, timeout=TIMEOUT) as seen:
        flag.refresh()
    assert seen.args[0] == 0 and flag.isHidden()
    register(phone="13900000003")  # the third of one model within 7 days
    with qtbot.waitSignal(flag.refreshed, timeout=TIMEOUT) as seen:
        flag.refresh()
    assert seen.args[0] == 1 and flag.text() == "Hot spots: 1"
    assert "格力 KFR-35GW" in flag.toolTip()
    view = HotspotView(ui_store.supervisor, "前台1")
    qtbot.addWidget(view)
    qtbot.waitUntil(lambda: not view.is_loading() and bool(view.spots), timeout=TIMEOUT)
    top = view.tree.topLevelItem(0)
    assert top.childCount() == 3
    view.tree.setCurrentItem(top.child(0))
    assert view.care_button.isEnabled()
    with qtbot.waitSignal(view.scheduled, timeout=TIMEOUT) as made:
        view.schedule_care(view.selected_spot(), view.care_topic(view.selected_spot()))
    assert made.args[0] == 3  # one care callback per customer


@pytest.mark.usefixtures("chinese")
def test_the_window_reads_in_chinese(ui_store, register, qtbot, tmp_path):
    register()
    w = open_window(qtbot, ui_store.supervisor)
    assert w.windowTitle() == "统计"
    assert w.model.headerData(1, Qt.Orientation.Horizontal) == "受理数"
    w.resize(1280, 720)
    w.grab().save(str(tmp_path / "statistics.png"))


def test_main_window_reaches_statistics_and_exports_the_list(window, register, qtbot, tmp_path):
    register()
    assert window.statistics.statistics_action.shortcut().toString() == "Ctrl+Shift+T"
    view = window.statistics.show_statistics()
    qtbot.waitUntil(lambda: view.data is not None, timeout=TIMEOUT)
    view.close()
    job = window.statistics.export_worklist(path=tmp_path / "list.xlsx")
    with qtbot.waitSignal(job.finished, timeout=TIMEOUT) as done:
        pass
    ws = openpyxl.load_workbook(done.args[0]).active
    assert ws.max_row == 2 and ws["G2"].is_date

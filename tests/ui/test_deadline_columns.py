"""The worklist shows time left in colour at a fixed "now", repaints as time passes,
and has "overdue" and "due soon" views."""

import datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from desk.complaints import lifecycle, worklist
from desk.ui.complaints.worklist_model import COLUMNS, DEADLINE_COLOURS, WorklistModel
from desk.ui.complaints.worklist_panel import WorklistPanel
from tests.complaints.test_deadlines import Clock
from tests.complaints.test_lifecycle import Desk

T = datetime.datetime
H = datetime.timedelta(hours=1)
M = datetime.timedelta(minutes=1)
T0 = T(2024, 5, 31, 22, 0)
LEFT, DEADLINE = COLUMNS.index("left"), COLUMNS.index("deadline")


@pytest.fixture
def cases(ui_store, monkeypatch):
    """Four promises made at T0, one of them paused, and one complaint not judged yet."""
    clock = Clock(T0)
    monkeypatch.setattr(lifecycle, "now", clock)
    desk = Desk(ui_store)
    made = {
        "far": desk.do(desk.register(), "judge_founded", deadline=T0 + 30 * H),
        "soon": desk.do(desk.register(), "judge_founded", deadline=T0 + 3 * H + 15 * M),
        "near": desk.do(desk.register(), "judge_founded", deadline=T0 + 50 * M),
        "paused": desk.do(desk.register(), "judge_founded", deadline=T0 + 20 * M),
    }
    made["paused"] = desk.do(made["paused"], "pause")
    made["new"] = desk.register()
    return made


@pytest.fixture
def panel(cases, qtbot):
    model = WorklistModel(clock=Clock(T0 + H))
    panel = WorklistPanel(model=model)
    qtbot.addWidget(panel)
    panel.resize(1300, 500)
    panel.show()
    wait(qtbot, panel)
    return panel


def wait(qtbot, panel):
    qtbot.waitUntil(lambda: not panel.model.is_loading(), timeout=15_000)


def cell(panel, complaint, column, role=Qt.ItemDataRole.DisplayRole):
    return panel.model.index(panel.model.row_of(complaint.id), column).data(role)


def background(panel, complaint):
    brush = cell(panel, complaint, LEFT, Qt.ItemDataRole.BackgroundRole)
    return brush.color().name() if brush is not None else None


def test_time_left_and_colours_at_a_fixed_time(panel, cases):
    # 23:00 on 31 May.
    assert cell(panel, cases["far"], LEFT) == "29 h 0 min left"
    assert cell(panel, cases["soon"], LEFT) == "2 h 15 min left"
    assert cell(panel, cases["near"], LEFT) == "overdue 10 min"
    assert cell(panel, cases["paused"], LEFT) == "paused"
    assert "20 min" in cell(panel, cases["paused"], LEFT, Qt.ItemDataRole.ToolTipRole)
    assert cell(panel, cases["new"], LEFT) == ""
    assert cell(panel, cases["soon"], DEADLINE) == "2024-06-01 01:15"
    assert background(panel, cases["far"]) is None
    assert background(panel, cases["soon"]) is None  # 2 h 15 min: not yet due soon (2 h)
    assert background(panel, cases["near"]) == QColor(DEADLINE_COLOURS["overdue"][1]).name()
    assert background(panel, cases["paused"]) == QColor(DEADLINE_COLOURS["paused"][1]).name()
    assert background(panel, cases["new"]) is None


def test_rows_are_recoloured_as_time_passes_without_reading(panel, cases, qtbot):
    rows_before = [panel.model.row_at(r) for r in range(panel.model.rowCount())]
    changed = []
    panel.model.dataChanged.connect(lambda first, last, *_: changed.append(first.column()))
    panel.model.set_clock(Clock(T0 + 2 * H))  # midnight: a new day and a new month
    assert not panel.model.is_loading()  # repainted, nothing read
    assert [panel.model.row_at(r) for r in range(panel.model.rowCount())] == rows_before
    assert LEFT in changed
    assert cell(panel, cases["soon"], LEFT) == "1 h 15 min left"
    assert background(panel, cases["soon"]) == QColor(DEADLINE_COLOURS["due_soon"][1]).name()
    assert cell(panel, cases["near"], LEFT) == "overdue 1 h 10 min"
    assert cell(panel, cases["paused"], LEFT) == "paused"  # a paused clock stands still
    panel.model.set_clock(Clock(T0 + 3 * 24 * H))
    assert cell(panel, cases["near"], LEFT) == "overdue 2 d 23 h"
    assert cell(panel, cases["far"], LEFT) == "overdue 42 h 0 min"


def test_the_minute_timer_repaints(panel):
    assert panel.ticker.isActive() and panel.ticker.interval() == 60_000


def test_overdue_and_due_soon_views(panel, cases, qtbot):
    panel.model.set_clock(Clock(T0 + 2 * H))
    panel.show_due(worklist.OVERDUE)
    wait(qtbot, panel)
    shown = [panel.model.row_id(r) for r in range(panel.model.rowCount())]
    assert shown == [cases["near"].id]
    panel.show_due(worklist.DUE_SOON)
    wait(qtbot, panel)
    shown = [panel.model.row_id(r) for r in range(panel.model.rowCount())]
    assert shown == [cases["soon"].id]
    panel.show_due(None)
    wait(qtbot, panel)
    assert panel.model.rowCount() == 5 and panel.due.currentIndex() == 0

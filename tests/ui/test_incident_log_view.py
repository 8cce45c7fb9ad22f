"""The incident log view lists late department answers, by period and department."""

import datetime

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QMenu

from desk.complaints import investigation
from desk.models import now
from desk.ui.statistics.incident_log_view import IncidentLogView
from tests.complaints.test_lifecycle import Desk

H = datetime.timedelta(hours=1)


def qdate(day: datetime.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def shown(view) -> list[list[str]]:
    return [[view.table.item(r, c).text() for c in range(view.table.columnCount())]
            for r in range(view.table.rowCount())]


def reloaded(qtbot, view, change) -> None:
    with qtbot.waitSignal(view.loaded, timeout=15_000):
        change()


def test_a_late_answer_shows_in_the_incident_log(ui_store, qtbot):
    desk = Desk(ui_store)
    c = desk.reach("complaint", "investigating")
    asked_at = now() - 40 * H
    request = investigation.ask(c.id, desk.sales.id, "导购当时怎么说的？", desk.staff,
                                ui_store.desk, at=asked_at)
    answered_at = asked_at + 29 * H + 15 * datetime.timedelta(minutes=1)  # 24 h allowed
    investigation.record_answer(request.id, "导购承认未说明", desk.staff, ui_store.desk,
                                at=answered_at)
    on_time = investigation.ask(c.id, desk.delivery.id, "几号送货？", desk.staff,
                                ui_store.desk, at=asked_at)
    investigation.record_answer(on_time.id, "明天上午", desk.staff, ui_store.desk,
                                at=asked_at + 2 * H)

    view = IncidentLogView()
    qtbot.addWidget(view)
    reloaded(qtbot, view, lambda: view.since.setDate(qdate(answered_at.date())))
    fmt = "%Y-%m-%d %H:%M"
    assert shown(view) == [["销售部", c.number, asked_at.strftime(fmt),
                            (asked_at + 24 * H).strftime(fmt), answered_at.strftime(fmt),
                            "5 h 15 min"]]
    assert view.count.text() == "Entries: 1"
    assert [view.department.itemText(i) for i in range(view.department.count())] == [
        "All departments", "销售部", "送货部"]

    reloaded(qtbot, view, lambda: view.department.setCurrentIndex(2))  # 送货部: in time
    assert shown(view) == []
    reloaded(qtbot, view, lambda: view.department.setCurrentIndex(1))
    assert len(shown(view)) == 1
    after = answered_at.date() + datetime.timedelta(days=1)
    reloaded(qtbot, view, lambda: view.since.setDate(qdate(after)))
    assert shown(view) == [] or after > datetime.date.today()

    opened = []
    reloaded(qtbot, view, lambda: view.since.setDate(qdate(answered_at.date())))
    view.open_complaint.connect(opened.append)
    view.table.cellDoubleClicked.emit(0, 1)
    assert opened == [c.id]


def test_the_window_opens_the_incident_log_from_the_view_menu(window, qtbot):
    [view_menu] = [m for m in window.menuBar().findChildren(QMenu) if m.title() == "&View"]
    assert window.incident_log_action in view_menu.actions()
    view = window.show_incident_log()
    qtbot.waitUntil(lambda: not view.is_loading(), timeout=15_000)
    assert view.isVisible() and view.table.rowCount() == 0
    view.close()

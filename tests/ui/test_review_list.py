"""The after-the-fact review: what a clerk granted on their own, marked reviewed by a supervisor."""

import datetime

from PySide6.QtCore import Qt

from desk.complaints import lifecycle
from desk.models import GrantReview
from desk.resolution import approval
from desk.resolution.remedies import RemedyInput
from desk.ui.resolution.review_list import ReviewList
from tests.resolution.test_resolution import proposed

WAIT = 15_000


def test_a_clerks_own_agreement_is_listed_and_marked_reviewed_with_a_note(ui_store, qtbot):
    c = proposed(ui_store, [RemedyInput("refund", "退还货款150元", "150")])
    lifecycle.perform(c.id, c.version, "agree", ui_store.clerk, ui_store.desk)
    view = ReviewList(ui_store.supervisor, "主管台")
    qtbot.addWidget(view)
    view.show()
    with qtbot.waitSignal(view.loaded, timeout=WAIT):
        view.refresh()
    assert [i.complaint_id for i in view.items] == [c.id]
    cells = [view.table.item(0, col).text() for col in range(view.table.columnCount())]
    assert cells[0] == c.number and cells[1] == "李小红" and "150.00" in cells[3]
    assert cells[4] == "" and view.count.text().startswith("1")
    assert not view.mark_button.isEnabled()  # nothing chosen yet
    view.table.selectRow(0)
    qtbot.keyClicks(view.note, "ok, receipt checked")
    with qtbot.waitSignal(view.loaded, timeout=WAIT):
        qtbot.mouseClick(view.mark_button, Qt.MouseButton.LeftButton)
    row = GrantReview.get(GrantReview.complaint == c.id)
    assert row.reviewed_by_id == ui_store.supervisor.id and row.note == "ok, receipt checked"
    assert view.table.item(0, 4).text() == "王主管"
    view.table.selectRow(0)
    assert not view.mark_button.isEnabled()  # reviewed once only


def test_the_period_chooses_the_rows(ui_store, qtbot):
    c = proposed(ui_store, [RemedyInput("gift", "赠品", "50")])
    lifecycle.perform(c.id, c.version, "agree", ui_store.clerk, ui_store.desk)
    view = ReviewList(ui_store.supervisor, "主管台",
                      today=datetime.date.today() - datetime.timedelta(days=3))
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.loaded, timeout=WAIT):
        view.refresh()
    assert view.items == []  # the agreement came after the period
    with qtbot.waitSignal(view.loaded, timeout=WAIT):
        view.until.setDate(view.until.date().addDays(3))
    assert [i.complaint_id for i in view.items] == [c.id]
    assert approval.review_list(*view.period())[0].complaint_id == c.id

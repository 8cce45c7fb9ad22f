"""The reminder announces what falls due within the hour for the clerk on duty, once each."""

import datetime

import pytest

from desk.complaints import lifecycle
from desk.ui.complaints.deadline_reminder import DeadlineReminder
from tests.complaints.test_deadlines import Clock
from tests.complaints.test_lifecycle import Desk

T = datetime.datetime
H = datetime.timedelta(hours=1)
M = datetime.timedelta(minutes=1)
T0 = T(2024, 12, 31, 23, 10)  # the hour ahead crosses midnight and the year end


@pytest.fixture
def due(ui_store, monkeypatch):
    clock = Clock(T0)
    monkeypatch.setattr(lifecycle, "now", clock)
    desk = Desk(ui_store)

    def promise(after, **inputs):
        return desk.do(desk.register(), "judge_founded", deadline=T0 + after, **inputs)

    made = {
        "half_hour": promise(30 * M),
        "fifty_min": promise(50 * M),
        "two_hours": promise(2 * H),
        "boss": promise(20 * M, assigned_to_id=ui_store.supervisor.id, reason="主管亲自处理"),
        "paused": desk.do(promise(10 * M), "pause"),
    }
    assert made["half_hour"].assigned_to_id == ui_store.clerk.id
    return made


def checked(qtbot, reminder):
    reminder.check()
    qtbot.waitUntil(lambda: not reminder.is_checking(), timeout=15_000)


def test_announces_each_complaint_due_within_the_hour_once(due, ui_store, qtbot):
    reminder = DeadlineReminder(ui_store.clerk.id, clock=Clock(T0))
    texts, notices = [], []
    reminder.announced.connect(texts.append)
    reminder.newly_due.connect(lambda items: notices.append([i.id for i in items]))
    checked(qtbot, reminder)
    assert [i.id for i in reminder.items] == [due["half_hour"].id, due["fifty_min"].id]
    assert notices == [[due["half_hour"].id, due["fifty_min"].id]]
    assert texts[-1] == "2 complaint(s) fall due within the hour: {}, {}".format(
        due["half_hour"].number, due["fifty_min"].number)
    checked(qtbot, reminder)  # a minute later: the same two, no second notice
    assert notices == [[due["half_hour"].id, due["fifty_min"].id]] and len(texts) == 2

    reminder.set_clock(Clock(T0 + 61 * M))  # the first two are overdue now
    checked(qtbot, reminder)
    assert [i.id for i in reminder.items] == [due["two_hours"].id]
    assert notices[1:] == [[due["two_hours"].id]]
    reminder.set_clock(Clock(T0 + 2 * H + M))
    checked(qtbot, reminder)
    assert reminder.items == [] and texts[-1] == ""
    assert len(notices) == 2


def test_another_clerk_on_duty_gets_their_own_reminders(due, ui_store, qtbot):
    reminder = DeadlineReminder(ui_store.clerk.id, clock=Clock(T0))
    notices = []
    reminder.newly_due.connect(lambda items: notices.append([i.id for i in items]))
    reminder.set_staff_id(ui_store.supervisor.id)
    qtbot.waitUntil(lambda: not reminder.is_checking(), timeout=15_000)
    assert notices == [[due["boss"].id]]
    assert reminder.notice_text(reminder.items[0]) == (
        f"Complaint {due['boss'].number} (张伟) falls due at 23:30.")


def test_the_window_shows_the_reminder_in_the_status_bar_and_a_notice(due, ui_store, qtbot,
                                                                       window):
    window.reminder.set_clock(Clock(T0 + 15 * M))
    checked(qtbot, window.reminder)
    message = window.statusBar().currentMessage()
    assert due["half_hour"].number in message and due["fifty_min"].number in message
    shown = window.due_notices.shown
    assert len(shown) == 2 and due["half_hour"].number in shown[0]
    assert window.banner.isVisible() or window.due_notices.tray is not None
    checked(qtbot, window.reminder)
    assert len(window.due_notices.shown) == 2
    assert window.reminder.timer.isActive() and window.reminder.timer.interval() == 60_000


def test_a_notice_never_hides_a_lost_connection(due, ui_store, qtbot, window):
    window.show_banner("数据库连接中断", "error")
    window.reminder.set_clock(Clock(T0))
    checked(qtbot, window.reminder)
    assert len(window.due_notices.shown) == 2
    assert window.banner.kind == "error" and window.banner.label.text() == "数据库连接中断"
    assert due["half_hour"].number in window.statusBar().currentMessage()

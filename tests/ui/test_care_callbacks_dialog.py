"""Care callbacks for a group: counted before anything is created, created off the GUI
thread, each customer once, in the same queue as every other callback."""

import datetime

from desk.callbacks import calls as callbacks
from desk.complaints import registration
from desk.models import Callback
from desk.ui.callbacks.care_callbacks_dialog import CareCallbacksDialog
from tests.ui.conftest import complaint_input

WAIT = 15_000


def customers(store):
    """Two members (one complained), one customer who is not a member."""
    made = {}
    for key, phone, member in (("member_a", "13900000001", "M0001"),
                               ("member_b", "13900000002", "M0002"),
                               ("plain", "13900000003", None)):
        c = registration.register(complaint_input(phone=phone, member_no=member,
                                                  complainant_name=key[:6]),
                                  store.clerk, store.desk)
        made[key] = c.customer_id
    return made


def counted(dialog, qtbot) -> None:
    dialog.count()
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=WAIT)


def test_all_members_are_counted_first_then_each_gets_one_care_call(ui_store, qtbot):
    ids = customers(ui_store)
    dialog = CareCallbacksDialog(ui_store.supervisor, ui_store.desk)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.ok_button.isEnabled()  # nothing is created before the count
    counted(dialog, qtbot)
    assert sorted(dialog.customer_ids) == sorted([ids["member_a"], ids["member_b"]])
    assert dialog.count_label.text() == "2 customer(s) will get a care callback."
    assert dialog.ok_button.isEnabled()
    dialog.topic.setCurrentText("店庆")
    with qtbot.waitSignal(dialog.created, timeout=WAIT) as blocker:
        dialog.ok_button.click()
    rows = blocker.args[0]
    assert sorted(r.customer_id for r in rows) == sorted(dialog.customer_ids)
    assert {(r.purpose, r.topic, r.complaint_id) for r in rows} == {("care", "店庆", None)}
    queue_ids = {i.id for i in callbacks.queue(datetime.datetime.now(), horizon_days=7)}
    assert {r.id for r in rows} <= queue_ids


def test_a_changed_group_must_be_counted_again_and_the_period_picks_who_complained(
        ui_store, qtbot):
    ids = customers(ui_store)
    dialog = CareCallbacksDialog(ui_store.supervisor, ui_store.desk)
    qtbot.addWidget(dialog)
    counted(dialog, qtbot)
    dialog.complained.setChecked(True)
    assert not dialog.ok_button.isEnabled() and dialog.customer_ids is None
    tomorrow = datetime.date.today() + datetime.timedelta(days=1)
    dialog.since.setDate(tomorrow)
    dialog.until.setDate(tomorrow)
    counted(dialog, qtbot)
    assert dialog.customer_ids == [] and not dialog.ok_button.isEnabled()
    dialog.since.setDate(datetime.date.today() - datetime.timedelta(days=1))
    counted(dialog, qtbot)
    assert sorted(dialog.customer_ids) == sorted([ids["member_a"], ids["member_b"]])
    assert Callback.select().count() == 0


def test_a_clerk_is_refused_care_campaigns(ui_store, qtbot):
    customers(ui_store)
    dialog = CareCallbacksDialog(ui_store.clerk, ui_store.desk)
    qtbot.addWidget(dialog)
    counted(dialog, qtbot)
    dialog.submit()
    qtbot.waitUntil(lambda: not dialog.is_busy() and dialog.message.isVisibleTo(dialog),
                    timeout=WAIT)
    assert dialog.message.text() and Callback.select().count() == 0

"""The callback record (《回访记录表》): fields that follow the outcome, messages under the
fields, what happened said after saving, and a call recorded elsewhere meanwhile."""

import datetime

from PySide6.QtCore import QDateTime, Qt

from desk.callbacks import calls as callbacks
from desk.callbacks import slots as callback_slots
from desk.models import Complaint, now
from desk.ui.callbacks.callback_record_dialog import CallbackRecordDialog, load_context
from tests.complaints.test_lifecycle import Desk

WAIT = 15_000


def open_call(store):
    complaint = Desk(store).reach("complaint", "carried_out")
    (info,) = [i for i in callbacks.callbacks_of(complaint.id) if i.state == "open"]
    return complaint, info


def dialog_for(info, store, qtbot, at=None) -> CallbackRecordDialog:
    dialog = CallbackRecordDialog(load_context(info, at), store.clerk, store.desk)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def choose(dialog, outcome: str) -> None:
    dialog.outcome.setCurrentIndex(dialog.outcome.findData(outcome))


def save(dialog, qtbot) -> None:
    dialog.submit()
    qtbot.waitUntil(lambda: not dialog._runner.busy(), timeout=WAIT)


def test_score_only_when_reached_next_time_only_when_rescheduled(ui_store, qtbot):
    _, info = open_call(ui_store)
    at = now()
    dialog = dialog_for(info, ui_store, qtbot, at)
    assert dialog.method.currentData() == "phone"  # the default method
    assert dialog.outcome.currentIndex() == -1  # nothing assumed
    for outcome, score, next_at in (("satisfied", True, False), ("basically_satisfied", True, False),
                                    ("dissatisfied", True, False), ("unreachable", False, False),
                                    ("rescheduled", False, True)):
        choose(dialog, outcome)
        assert (dialog.score.isEnabled(), dialog.next_at.isEnabled()) == (score, next_at), outcome
    expected = callback_slots.first_slot(at + datetime.timedelta(minutes=1),
                                         callback_slots.rules())
    assert dialog.next_at.dateTime().toPython() == expected  # the next allowed slot


def test_no_outcome_and_a_dissatisfied_customer_without_reason_are_refused_under_the_fields(
        ui_store, qtbot):
    complaint, info = open_call(ui_store)
    dialog = dialog_for(info, ui_store, qtbot)
    dialog.submit()
    assert dialog.errors.text("outcome") == "Please choose how the call went."
    choose(dialog, "dissatisfied")
    save(dialog, qtbot)
    assert dialog.errors.text("notes") == "Please fill this in."
    assert dialog.errors.label("notes").isVisible() and dialog.result is None
    assert callbacks.get(info.id).state == "open"

    dialog.score.setValue(2)
    dialog.notes.setText("噪音还是很大")
    texts = []
    dialog.recorded.connect(lambda _r, text: texts.append(text))
    save(dialog, qtbot)
    assert dialog.result.complaint_action == "reopen"
    assert texts == [f"Complaint {complaint.number} is reopened."]
    assert Complaint.get_by_id(complaint.id).status != "closed"
    assert callbacks.get(info.id).score == 2


def test_rescheduled_moves_the_call_to_the_time_the_customer_named(ui_store, qtbot):
    _, info = open_call(ui_store)
    dialog = dialog_for(info, ui_store, qtbot)
    choose(dialog, "rescheduled")
    wanted = datetime.datetime.combine(now().date() + datetime.timedelta(days=2),
                                       datetime.time(19, 30))
    dialog.next_at.setDateTime(QDateTime(wanted))
    texts = []
    dialog.recorded.connect(lambda _r, text: texts.append(text))
    dialog.notes.setFocus()
    qtbot.keyClick(dialog.notes, Qt.Key.Key_Return)  # Enter saves
    qtbot.waitUntil(lambda: dialog.result is not None, timeout=WAIT)
    nxt = dialog.result.next_callback
    assert nxt.due_at == wanted and nxt.customer_time and nxt.previous_id == info.id
    assert texts == [f"Callback moved to {wanted:%Y-%m-%d %H:%M}."]
    assert not dialog.isVisible()


def test_a_call_recorded_at_another_desk_meanwhile_is_not_overwritten(ui_store, qtbot):
    _, info = open_call(ui_store)
    dialog = dialog_for(info, ui_store, qtbot)
    callbacks.record(info.id, info.version, ui_store.supervisor, "二楼服务台", method="phone",
                     outcome="satisfied", score=5, notes="很满意")
    choose(dialog, "unreachable")
    save(dialog, qtbot)
    assert dialog.result is None and not dialog.save_button.isEnabled()
    assert dialog.message.text() == (f"{ui_store.supervisor.name} has already recorded this "
                                     "callback: Satisfied. Nothing of yours was saved.")
    stored = callbacks.get(info.id)
    assert (stored.outcome, stored.done_by_name) == ("satisfied", ui_store.supervisor.name)

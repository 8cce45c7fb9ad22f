"""The detail pane's steps and tabs: what is offered, and department requests asked/answered."""

import datetime

from PySide6.QtCore import Qt

from desk.complaints import investigation, lifecycle
from desk.models import IncidentLogEntry, now
from desk.ui.complaints.complaint_actions import MNEMONICS, SHORTCUTS, TAKEN_LETTERS, action_text
from desk.ui.labels import action_label
from tests.ui.complaint_steps import WAIT, add_departments, select
from tests.ui.conftest import type_text


def test_nothing_is_offered_without_a_selected_complaint(window):
    bar = window.detail.actions_bar
    window.detail.show_complaint(None)
    assert bar.legal == [] and not any(a.isVisible() for a in bar.qactions.values())
    assert not window.detail.tabs.isTabVisible(1)


def test_every_step_has_words_a_mnemonic_and_common_ones_a_shortcut(qapp):
    for action, key in MNEMONICS.items():
        assert action_text(action) == f"{action_label(action)} (&{key})"
        assert key not in TAKEN_LETTERS  # the menu bar and the tabs keep theirs
    states = {s for t in lifecycle.TRANSITIONS.values() for s in t.sources}
    for kind in ("complaint", "inquiry"):
        for state in states:
            keys = [MNEMONICS[t.action] for t in lifecycle.TRANSITIONS.values()
                    if state in t.sources and kind in t.kinds]
            assert len(keys) == len(set(keys)), (kind, state)
    assert set(SHORTCUTS) <= set(MNEMONICS)


def test_a_department_is_asked_and_its_late_answer_is_an_incident(window, register, ui_store,
                                                                  qtbot):
    depts = add_departments(ui_store)
    c = register()
    earlier = investigation.ask(c.id, depts["维修部"].id, "空调何时上门？", ui_store.clerk,
                                ui_store.desk, at=now() - datetime.timedelta(hours=30))
    select(window, qtbot, c.id)
    requests = window.detail.requests
    window.detail.tabs.setCurrentWidget(requests)
    qtbot.waitUntil(lambda: len(requests.lines) == 1 and requests.department.count() == 2,
                    timeout=WAIT)
    requests.department.setCurrentIndex(requests.department.findData(depts["送货部"].id))
    type_text(qtbot, requests.question, "送货时是否损坏？")
    with qtbot.waitSignal(window.detail.changed, timeout=WAIT):
        qtbot.mouseClick(requests.ask_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(requests.lines) == 2, timeout=WAIT)
    assert requests.lines[1].department == "送货部"

    requests.table.selectRow(0)  # the 维修部 request asked 30 hours ago (24 h to answer)
    type_text(qtbot, requests.answer, "明天上门")
    with qtbot.waitSignal(window.detail.changed, timeout=WAIT):
        qtbot.mouseClick(requests.answer_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(requests.lines) and requests.lines[0].answer == "明天上门",
                    timeout=WAIT)
    assert requests.lines[0].late
    (incident,) = IncidentLogEntry.select()
    assert incident.request_id == earlier.id and incident.delay_minutes >= 6 * 60 - 1
    qtbot.waitUntil(lambda: action_label("incident_logged") in window.detail.text(),
                    timeout=WAIT)


def test_answering_without_a_selected_request_says_what_to_do(window, register, qtbot):
    c = register()
    select(window, qtbot, c.id)
    requests = window.detail.requests
    window.detail.tabs.setCurrentWidget(requests)
    qtbot.mouseClick(requests.answer_button, Qt.MouseButton.LeftButton)
    assert requests.message.text() == "Select the request that was answered."
    qtbot.mouseClick(requests.ask_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: requests.errors.label("question").isVisible(), timeout=WAIT)
    assert requests.errors.text("question") == "Please fill this in."

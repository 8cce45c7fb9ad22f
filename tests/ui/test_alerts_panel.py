"""Escalation alerts: every desk sees them; a supervisor acknowledges, a clerk cannot."""

import pytest

from desk.complaints import escalation
from desk.errors import PermissionDenied
from desk.ui.complaints.alerts_panel import AlertsPanel
from desk.ui.main_window import MainWindow


def refreshed(qtbot, panel) -> None:
    with qtbot.waitSignal(panel.changed, timeout=15_000):
        panel.refresh()


def make_panel(qtbot, staff, desk):
    panel = AlertsPanel(staff, desk)
    qtbot.addWidget(panel)
    panel.show()
    return panel


def test_a_supervisor_acknowledges_and_the_alert_leaves_every_desk(ui_store, register, qtbot):
    urgent = register(escalation_level=3)
    register()  # level 1: no alert
    media = register(channel="media", phone="13800001111")
    here = make_panel(qtbot, ui_store.supervisor, "测试台1")
    there = make_panel(qtbot, ui_store.supervisor, "测试台2")
    for panel in (here, there):
        refreshed(qtbot, panel)
        assert [a.complaint_id for a in panel.alerts] == [urgent.id, media.id]
        assert panel.table.rowCount() == 2 and panel.table.item(0, 0).text() == urgent.number
    assert here.acknowledge_button.isEnabled() and here.why_not.text() == ""

    here.table.selectRow(0)
    with qtbot.waitSignal(here.changed, timeout=15_000) as blocker:
        here.acknowledge_button.click()
    assert blocker.args == [1]
    assert [a.complaint_id for a in here.alerts] == [media.id]
    assert here.status.text() == f"Acknowledged: {urgent.number}."
    assert [a.complaint_id for a in there.alerts] == [urgent.id, media.id]  # not yet refreshed
    refreshed(qtbot, there)
    assert [a.complaint_id for a in there.alerts] == [media.id]

    # The other desk's supervisor was a moment late on the same alert: told, not broken.
    stale = escalation.PendingAlert(**{**there.alerts[0].__dict__})
    escalation.acknowledge(stale.id, ui_store.supervisor, "测试台1")
    there.table.selectRow(0)
    with qtbot.waitSignal(there.changed, timeout=15_000) as blocker:
        there.acknowledge_button.click()
    assert blocker.args == [0]
    assert there.status.text() == "Another supervisor has already acknowledged this alert."
    assert there.empty.isVisible() and not there.table.isVisible()


def test_a_clerk_sees_alerts_but_cannot_acknowledge(ui_store, register, qtbot):
    urgent = register(escalation_level=3)
    panel = make_panel(qtbot, ui_store.clerk, "测试台1")
    refreshed(qtbot, panel)
    assert [a.complaint_id for a in panel.alerts] == [urgent.id]
    assert panel.selected_alert() is not None
    assert not panel.acknowledge_button.isEnabled()
    assert panel.why_not.text() == "Only a supervisor can acknowledge an escalation."
    with pytest.raises(PermissionDenied):
        escalation.acknowledge(panel.alerts[0].id, ui_store.clerk, "测试台1")
    assert [a.complaint_id for a in escalation.pending_alerts()] == [urgent.id]
    panel.set_staff(ui_store.supervisor)  # a supervisor signs in at this desk
    assert panel.acknowledge_button.isEnabled()


def test_the_window_bar_counts_alerts_and_opens_the_panel(ui_store, register, qtbot):
    register(escalation_level=3)
    window = MainWindow(ui_store.clerk, ui_store.desk, "测试商场")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.alerts_bar.isVisible(), timeout=15_000)
    assert window.alerts_bar.count == 1
    assert "1 escalated complaint(s)" in window.alerts_bar.label.text()
    other = MainWindow(ui_store.supervisor, "测试台2", "测试商场")
    qtbot.addWidget(other)
    other.show()
    dialog = other.show_alerts()
    qtbot.waitUntil(lambda: other.alerts.table.rowCount() == 1, timeout=15_000)
    assert dialog.isVisible()
    qtbot.waitUntil(lambda: not other.alerts.is_busy(), timeout=15_000)
    other.alerts.acknowledge_button.click()
    qtbot.waitUntil(lambda: not other.alerts_bar.isVisible(), timeout=15_000)
    assert escalation.pending_alerts() == []
    window._alert("alert", 1)  # what LiveWatcher.alert delivers on the first desk
    qtbot.waitUntil(lambda: not window.alerts_bar.isVisible(), timeout=15_000)
    window.alerts_bar.clicked.emit()
    assert window.alerts_dialog.isVisible()
    assert not window.alerts.acknowledge_button.isEnabled()
    assert window.alerts.why_not.text()
    window.set_staff(ui_store.supervisor)  # the supervisor signs in at the clerk's desk
    assert window.alerts.why_not.text() == ""

"""Level 3 or media: every desk hears at once; it stays until a supervisor acknowledges."""

import pytest

from desk.complaints import editing, escalation, registration
from desk.errors import DeskError, PermissionDenied
from desk.models import ChangeLog, EscalationAlert
from desk.storage import history
from tests.complaints.test_registration import make_input


def alert_changes() -> list[int]:
    return [c.row_id for c in ChangeLog.select().where(ChangeLog.table == "alert")
            .order_by(ChangeLog.id)]


def test_registering_level_3_or_media_raises_an_alert(store):
    calm = registration.register(make_input(), store.clerk, store.desk)
    assoc = registration.register(make_input(channel="consumer_assoc", phone="13800000001"),
                                  store.clerk, store.desk)
    media = registration.register(make_input(media_involved=True, phone="13800000002"),
                                  store.clerk, store.desk)
    pending = escalation.pending_alerts()
    assert [(a.complaint_id, a.reason) for a in pending] == [(assoc.id, "level_3"),
                                                            (media.id, "media")]
    assert pending[0].number == assoc.number and pending[0].escalation_level == 3
    assert alert_changes() == [a.id for a in pending]
    assert escalation.alerts_of(calm.id) == []
    assert [e.action for e in history.events_of(media.id)] == ["registered", "escalation_alert"]


def test_raising_a_complaint_to_level_3_raises_an_alert(store):
    c = registration.register(make_input(escalation_level=2), store.clerk, store.desk)
    c = editing.update_complaint(c.id, c.version, {"escalation_level": 3}, store.clerk,
                                 store.desk)
    assert [a.reason for a in escalation.pending_alerts()] == ["level_3"]
    c = editing.update_complaint(c.id, c.version, {"media_involved": True}, store.clerk,
                                 store.desk)
    assert [a.reason for a in escalation.pending_alerts()] == ["level_3", "media"]
    # Lowering and other edits raise nothing new.
    editing.update_complaint(c.id, c.version, {"escalation_level": 2, "category": "delivery"},
                             store.clerk, store.desk)
    assert len(escalation.alerts_of(c.id)) == 2


def test_only_a_supervisor_acknowledges_and_only_once(store):
    c = registration.register(make_input(channel="media"), store.clerk, store.desk)
    [alert] = escalation.pending_alerts()
    with pytest.raises(PermissionDenied) as err:
        escalation.acknowledge(alert.id, store.clerk, store.desk)
    assert err.value.code == "supervisor_only"
    assert len(escalation.pending_alerts()) == 1
    done = escalation.acknowledge(alert.id, store.supervisor, "主管台")
    assert done.acknowledged_by_id == store.supervisor.id and done.acknowledged_at is not None
    assert escalation.pending_alerts() == []
    assert alert_changes() == [alert.id, alert.id]  # raised, then acknowledged
    assert history.events_of(c.id)[-1].action == "escalation_acknowledged"
    with pytest.raises(DeskError) as err:
        escalation.acknowledge(alert.id, store.supervisor, store.desk)
    assert err.value.code == "already_acknowledged"
    with pytest.raises(DeskError) as err:
        escalation.acknowledge(alert.id + 1, store.supervisor, store.desk)
    assert err.value.code == "not_found"
    assert EscalationAlert.select().count() == 1

"""Level 3 or media involvement must reach a supervisor at once (DOMAIN step 1).

Registering such a complaint, or raising a complaint to level 3 or media, creates an
EscalationAlert in the same transaction. Its ChangeLog row (table "alert") lets every
desk hear about it; it stays pending until a supervisor acknowledges it.
"""

from dataclasses import dataclass

from desk.errors import DeskError
from desk.models import Complaint, EscalationAlert, now
from desk.staff import permissions
from desk.storage import db, history

REASONS = ("level_3", "media")


def reason_for(level: int, media_involved: bool) -> str | None:
    """Why this complaint must reach a supervisor now, or None."""
    if media_involved:
        return "media"
    if level >= 3:
        return "level_3"
    return None


def raise_alert(complaint_id: int, reason: str, staff, desk: str) -> EscalationAlert:
    """Create an alert; call inside the write transaction of the change that caused it."""
    alert = EscalationAlert.create(complaint=complaint_id, reason=reason, raised_at=now(),
                                   raised_by=getattr(staff, "id", None), desk=desk)
    history.record(complaint_id, getattr(staff, "id", None), desk, "escalation_alert",
                   new=reason)
    history.mark_changed("alert", alert.id, desk)
    return alert


def on_registered(complaint: Complaint, staff, desk: str) -> EscalationAlert | None:
    """Hook for desk.complaints.registration.register, inside its transaction."""
    reason = reason_for(complaint.escalation_level, complaint.media_involved)
    return raise_alert(complaint.id, reason, staff, desk) if reason else None


def on_changed(complaint_id: int, old_level: int, old_media: bool, new_level: int,
               new_media: bool, staff, desk: str) -> EscalationAlert | None:
    """Hook for edits: alert when the complaint newly became level 3 or media-involved."""
    became_media = new_media and not old_media
    became_level_3 = new_level >= 3 > old_level
    if not (became_media or became_level_3):
        return None
    return raise_alert(complaint_id, "media" if became_media else "level_3", staff, desk)


@dataclass(frozen=True)
class PendingAlert:
    id: int
    complaint_id: int
    number: str
    complainant_name: str
    reason: str
    escalation_level: int
    raised_at: object
    desk: str


def pending_alerts() -> list[PendingAlert]:
    """Alerts no supervisor has acknowledged yet, oldest first."""
    query = (
        EscalationAlert.select(EscalationAlert, Complaint.id, Complaint.number,
                               Complaint.complainant_name, Complaint.escalation_level)
        .join(Complaint)
        .where(EscalationAlert.acknowledged_at.is_null())
        .order_by(EscalationAlert.id)
    )
    return [
        PendingAlert(id=a.id, complaint_id=a.complaint_id, number=a.complaint.number,
                     complainant_name=a.complaint.complainant_name, reason=a.reason,
                     escalation_level=a.complaint.escalation_level, raised_at=a.raised_at,
                     desk=a.desk)
        for a in query
    ]


def alerts_of(complaint_id: int) -> list[EscalationAlert]:
    return list(EscalationAlert.select().where(EscalationAlert.complaint == complaint_id)
                .order_by(EscalationAlert.id))


def acknowledge(alert_id: int, staff, desk: str) -> EscalationAlert:
    """A supervisor has seen the alert; it stops showing on every desk."""
    permissions.require(staff, "acknowledge_escalation")
    with db.write_transaction():
        alert = EscalationAlert.get_or_none(EscalationAlert.id == alert_id)
        if alert is None:
            raise DeskError("not_found")
        at = now()
        # Conditional: two supervisors acknowledging at once, one of them wins.
        updated = (EscalationAlert.update(acknowledged_by=staff.id, acknowledged_at=at)
                   .where((EscalationAlert.id == alert_id)
                          & EscalationAlert.acknowledged_at.is_null())
                   .execute())
        if updated != 1:
            raise DeskError("already_acknowledged")
        history.record(alert.complaint_id, staff.id, desk, "escalation_acknowledged",
                       new=alert.reason)
        history.mark_changed("alert", alert_id, desk)
    return EscalationAlert.get_by_id(alert_id)

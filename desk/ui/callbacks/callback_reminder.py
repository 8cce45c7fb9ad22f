"""Announces the callbacks falling due within the next 15 minutes, once each.

desk/ui/widgets/due_reminder.py's machinery: every minute, on a worker thread,
`callbacks.due_between(now, now + 15 min)`, keeping the clerk's own calls and the
ones nobody was given. The status bar shows what falls due; each call is announced
once more on its own, as a tray message where the desktop has a tray, otherwise in
the window's banner (never over a lost connection).
"""

import datetime

from desk.callbacks import calls as callbacks
from desk.ui.widgets.due_reminder import CHECK_MS, DueReminder, Notices

__all__ = ["CHECK_MS", "CallbackReminder", "CallbackNotices"]
WITHIN = datetime.timedelta(minutes=15)
SHOWN_NAMES = 3


def _due(at: datetime.datetime, staff_id: int | None) -> list:
    rows = callbacks.due_between(at, at + WITHIN)
    return [i for i in rows if staff_id is None or i.assigned_to_id in (staff_id, None)]


class CallbackReminder(DueReminder):
    @staticmethod
    def fetch(at: datetime.datetime, staff_id: int | None) -> list:
        return _due(at, staff_id)

    def status_text(self, items: list) -> str:
        if not items:
            return ""
        names = ", ".join(i.customer_name for i in items[:SHOWN_NAMES])
        if len(items) > SHOWN_NAMES:
            names = self.tr("{names} …").format(names=names)
        return self.tr("%n callback(s) due within 15 minutes: {names} (F7: callback queue)",
                       "", len(items)).format(names=names)

    def notice_text(self, info) -> str:
        return self.tr("Call {customer} back at {time} ({phone}).").format(
            customer=info.customer_name, time=info.due_at.strftime("%H:%M"), phone=info.phone)


class CallbackNotices(Notices):
    """Each call falling due, once; the tray is the deadline notices' (one icon)."""

    urgency = "info"

    def title(self) -> str:
        return self.tr("Callbacks falling due")

"""The day before: tomorrow's appointments nobody has confirmed with the department yet.

desk/ui/widgets/due_reminder.py's machinery: every minute, on a worker thread,
`appointments.unconfirmed_for(tomorrow)`. The status bar says how many are left to
confirm; each slot is announced once more on its own (tray or banner), with the
department to call and the inquiry's number. Confirming it (appointment dialog)
takes it off the list.
"""

import datetime

from desk.complaints import appointments as appt
from desk.ui.widgets.due_reminder import DueReminder, Notices

SHOWN_NAMES = 3


class AppointmentReminder(DueReminder):
    @staticmethod
    def fetch(at: datetime.datetime, staff_id: int | None) -> list:
        return appt.unconfirmed_for(at.date() + datetime.timedelta(days=1))

    def status_text(self, items: list) -> str:
        if not items:
            return ""
        names = ", ".join(f"{i.department_name} {i.window_start}" for i in items[:SHOWN_NAMES])
        if len(items) > SHOWN_NAMES:
            names = self.tr("{names} …").format(names=names)
        return self.tr("%n appointment(s) tomorrow not yet confirmed with the department: "
                       "{names} (Ctrl+Shift+Y: tomorrow's appointments)", "",
                       len(items)).format(names=names)

    def notice_text(self, info) -> str:
        return self.tr("Confirm with {department}: {customer}, tomorrow {start}–{end} "
                       "({number}).").format(department=info.department_name,
                                             customer=info.customer_name,
                                             start=info.window_start, end=info.window_end,
                                             number=info.complaint_number)


class AppointmentNotices(Notices):
    urgency = "info"

    def title(self) -> str:
        return self.tr("Appointments to confirm")

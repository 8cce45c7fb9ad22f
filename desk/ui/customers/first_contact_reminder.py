"""A week after assignment: the new customers the clerk on duty has not contacted yet.

desk/ui/widgets/due_reminder.py's machinery: every minute, on a worker thread,
`assignment.first_contacts_due` for the clerk on duty, overdue ones and those due within
the day. The status bar says how many (and how many are late); each customer is
announced once more on its own. Recording the contact (the customer's record) takes
them off the list.
"""

import datetime

from desk.customers import assignment
from desk.ui.widgets.due_reminder import DueReminder, Notices
from desk.ui.widgets.when import minute

AHEAD = datetime.timedelta(days=1)  # announced a day before the week is up
LIMIT = 50
SHOWN_NAMES = 3


class FirstContactReminder(DueReminder):
    @staticmethod
    def fetch(at: datetime.datetime, staff_id: int | None) -> list:
        if staff_id is None:
            return []
        return assignment.first_contacts_due(at + AHEAD, LIMIT, staff_id)[1]

    def status_text(self, items: list) -> str:
        if not items:
            return ""
        at = self._clock()
        late = sum(1 for c in items if c.state(at) == "overdue")
        names = ", ".join(c.name for c in items[:SHOWN_NAMES])
        if len(items) > SHOWN_NAMES:
            names = self.tr("{names} …").format(names=names)
        text = self.tr("%n new customer(s) to contact for the first time: {names}", "",
                       len(items)).format(names=names)
        if late:
            text = self.tr("{text}; %n overdue", "", late).format(text=text)
        return self.tr("{text} (Ctrl+Shift+M: my customers)").format(text=text)

    def notice_text(self, customer) -> str:
        if customer.state(self._clock()) == "overdue":
            return self.tr("First contact overdue since {due}: {name} ({phone}).").format(
                due=minute(customer.first_contact_due), name=customer.name,
                phone=customer.phone)
        return self.tr("First contact due by {due}: {name} ({phone}).").format(
            due=minute(customer.first_contact_due), name=customer.name, phone=customer.phone)


class FirstContactNotices(Notices):
    urgency = "info"

    def title(self) -> str:
        return self.tr("First contacts with new customers")

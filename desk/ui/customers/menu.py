"""The customers' part of the main window: Desk → Customers… (Ctrl+Shift+U), My
customers… (Ctrl+Shift+M), the supervisor's Assign customers…, and the reminder of
the first contacts the clerk on duty owes their new customers."""

from desk.staff import permissions
from desk.ui.customers.first_contact_reminder import FirstContactNotices, FirstContactReminder
from desk.ui.window_feature import WindowFeature


class CustomersMenu(WindowFeature):
    def __init__(self, window):
        super().__init__(window)
        self.customers_action = self.action(self.tr("C&ustomers…"), "Ctrl+Shift+U",
                                            self.show_customers)
        self.mine_action = self.action(self.tr("&My customers…"), "Ctrl+Shift+M",
                                       lambda: self.show_customers(mine=True))
        self.assign_action = self.action(self.tr("&Assign customers…"), None, self.assign)
        menu = window.menuBar().addMenu(self.tr("Cus&tomers"))
        menu.setObjectName("customers_menu")
        for action in (self.customers_action, self.mine_action, self.assign_action):
            menu.addAction(action)
        self.reminder = FirstContactReminder(window.staff.id, window)
        self.notices = FirstContactNotices(window, self.reminder,
                                           getattr(window.due_notices, "tray", None))
        self.reminder.start()

    def follow(self, staff) -> None:
        self.assign_action.setVisible(permissions.allows(staff, "assign_customers"))
        self.reminder.set_staff_id(staff.id)

    def stop(self) -> None:
        self.reminder.stop()

    def show_customers(self, mine: bool = False):
        from desk.ui.customers.customers_window import CustomersWindow

        view = CustomersWindow(self.window.staff, self.window.desk_name, self.window, mine=mine)
        view.open_complaint.connect(self.window.open_complaint)
        view.customer_changed.connect(lambda _id: self.reminder.check())
        return self.open(view, show=True)

    def assign(self):
        from desk.ui.customers.assignment_dialog import AssignmentDialog

        dialog = AssignmentDialog(self.window.staff, self.window.desk_name, self.window)
        dialog.applied.connect(lambda _moved: self.reminder.check())
        return self.open(dialog, show=True)

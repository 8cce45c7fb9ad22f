"""The customers' part of the main window: Desk → Customers… (Ctrl+Shift+U), My
customers… (Ctrl+Shift+M), and the supervisor's Assign customers…."""

from desk.staff import permissions
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

    def follow(self, staff) -> None:
        self.assign_action.setVisible(permissions.allows(staff, "assign_customers"))

    def show_customers(self, mine: bool = False):
        from desk.ui.customers.customers_window import CustomersWindow

        view = CustomersWindow(self.window.staff, self.window.desk_name, self.window, mine=mine)
        view.open_complaint.connect(self.window.open_complaint)
        return self.open(view, show=True)

    def assign(self):
        from desk.ui.customers.assignment_dialog import AssignmentDialog

        return self.open(AssignmentDialog(self.window.staff, self.window.desk_name,
                                          self.window), show=True)

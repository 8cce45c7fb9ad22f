"""The appointments' part of the main window: the selected inquiry's appointments
(Ctrl+Shift+A), tomorrow's list (Ctrl+Shift+Y) and the day-before reminder."""

from desk.ui.appointments.appointment_reminder import AppointmentNotices, AppointmentReminder
from desk.ui.window_feature import WindowFeature


class AppointmentsMenu(WindowFeature):
    def __init__(self, window):
        super().__init__(window)
        self.dialog = None
        self.appointments_action = self.action(self.tr("A&ppointments of this inquiry…"),
                                               "Ctrl+Shift+A", self.open_selected)
        self.tomorrow_action = self.action(self.tr("&Tomorrow's appointments…"),
                                           "Ctrl+Shift+Y", self.show_tomorrow)
        # The Complaint menu holds only the steps of the lifecycle: these go under View.
        window.view_menu.addSeparator()
        window.view_menu.addAction(self.appointments_action)
        window.view_menu.addAction(self.tomorrow_action)
        self.reminder = AppointmentReminder(window.staff.id, window)
        self.notices = AppointmentNotices(window, self.reminder,
                                          getattr(window.due_notices, "tray", None))
        window.detail.changed.connect(lambda _id: self.reminder.check())
        self.reminder.start()

    def follow(self, staff) -> None:
        self.reminder.set_staff_id(staff.id)

    def attach_live(self, watcher) -> None:
        watcher.alert.connect(
            lambda table, _id: table == "appointment" and self.reminder.check())

    def stop(self) -> None:
        self.reminder.stop()

    def open_selected(self):
        complaint_id = self.window.detail.complaint_id
        if complaint_id is None:
            self.window.statusBar().showMessage(
                self.tr("Select an inquiry in the list first."), 8000)
            return None
        return self.open_for(complaint_id)

    def open_for(self, complaint_id: int):
        from desk.ui.appointments.appointment_dialog import AppointmentDialog

        dialog = AppointmentDialog(complaint_id, self.window.staff, self.window.desk_name,
                                   self.window)
        dialog.changed.connect(self._changed)
        dialog.complaint_made.connect(self.window.open_complaint)
        self.dialog = self.open(dialog)
        return dialog

    def _changed(self, complaint_id: int) -> None:
        self.window.refresh_complaint(complaint_id)
        if self.window.detail.complaint_id == complaint_id:
            self.window.detail.reload()
        self.reminder.check()

    def show_tomorrow(self):
        from desk.ui.appointments.tomorrow_dialog import TomorrowDialog

        dialog = TomorrowDialog(self.window)
        dialog.open_appointments.connect(self.open_for)
        return self.open(dialog)

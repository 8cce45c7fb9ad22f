"""The callbacks' part of the main window: the queue dock (F7) and its reminder, care
callbacks, Settings → Store rules and Reports → Callback summary."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from desk.ui.callbacks.callback_queue import CallbackQueueDock
from desk.ui.callbacks.callback_reminder import CallbackNotices, CallbackReminder
from desk.ui.window_feature import WindowFeature


class CallbacksMenu(WindowFeature):
    def __init__(self, window):
        super().__init__(window)
        self.dock = CallbackQueueDock(window.staff, window.desk_name, window)
        self.queue = self.dock.queue
        window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.dock)
        self.dock.hide()
        self.queue.changed.connect(window.refresh_complaint)
        self.queue.changed.connect(
            lambda cid: window.detail.complaint_id == cid and window.detail.reload())
        self.queue.open_complaint.connect(window.open_complaint)
        self.queue.said.connect(lambda text: window.statusBar().showMessage(text, 10000))
        window.detail.changed.connect(self.queue.refresh_soon)
        self.queue_action = self.dock.toggleViewAction()
        self.queue_action.setText(self.tr("&Callback queue"))
        self.queue_action.setShortcut(QKeySequence("F7"))
        window.addAction(self.queue_action)
        self.care_action = self.action(self.tr("Ca&re callbacks…"), None,
                                       self.show_care_callbacks)
        self.store_rules_action = self.action(self.tr("Store &rules…"), None,
                                              self.edit_store_rules)
        self.summary_action = self.action(self.tr("Callback &summary…"), None,
                                          self.show_summary)
        window.view_menu.addSeparator()
        window.view_menu.addAction(self.queue_action)
        window.view_menu.addAction(self.care_action)
        window.settings_menu.addAction(self.store_rules_action)
        window.reports_menu().addAction(self.summary_action)
        self.reminder = CallbackReminder(window.staff.id, window)
        self.notices = CallbackNotices(window, self.reminder,
                                       getattr(window.due_notices, "tray", None))
        self.follow(window.staff)
        self.reminder.start()

    def follow(self, staff) -> None:
        supervisor = staff.role == "supervisor"
        self.care_action.setEnabled(supervisor)
        self.store_rules_action.setEnabled(supervisor)
        self.queue.set_staff(staff)
        self.reminder.set_staff_id(staff.id)

    def attach_live(self, watcher) -> None:
        watcher.complaints_changed.connect(self.queue.refresh_soon)
        watcher.alert.connect(lambda table, _id: table == "callback" and self.queue.refresh_soon())

    def stop(self) -> None:
        self.reminder.stop()

    def show_queue(self):
        self.dock.show()
        self.dock.raise_()
        return self.queue

    def show_care_callbacks(self):
        from desk.ui.callbacks.care_callbacks_dialog import CareCallbacksDialog

        dialog = CareCallbacksDialog(self.window.staff, self.window.desk_name, self.window)
        dialog.created.connect(lambda rows: self.window.statusBar().showMessage(
            self.tr("%n care callback(s) created.", "", len(rows)), 10000))
        dialog.created.connect(self.queue.refresh_soon)
        return self.open(dialog)

    def edit_store_rules(self):
        from desk.ui.store_settings_dialog import StoreSettingsDialog

        return self.open(StoreSettingsDialog(self.window.staff, self.window.desk_name,
                                             self.window))

    def show_summary(self):
        from desk.ui.callbacks.callback_summary_dialog import CallbackSummaryDialog

        return self.open(CallbackSummaryDialog(self.window))

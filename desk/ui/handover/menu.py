"""The handover's part of the main window: the Shift menu, the strip that shows a
handover waiting for this desk, and the prompt near the end of the shift."""

from desk.ui.handover.handover_banner import HandoverBar
from desk.ui.handover.shift_end_prompt import ShiftEndPrompt
from desk.ui.window_feature import WindowFeature


class HandoverMenu(WindowFeature):
    def __init__(self, window):
        super().__init__(window)
        self.bar = HandoverBar()
        window.centralWidget().layout().insertWidget(1, self.bar)
        self.bar.confirm_requested.connect(self.confirm)
        self.bar.compose_requested.connect(self.compose)
        self.compose_action = self.action(self.tr("&End of shift handover…"), "Ctrl+Shift+H",
                                          self.compose)
        self.takeover_action = self.action(self.tr("&Confirm takeover…"), None,
                                           self.confirm_waiting)
        self.history_action = self.action(self.tr("Handover &history…"), None,
                                          self.show_history)
        shift_menu = window.menuBar().addMenu(self.tr("S&hift"))
        shift_menu.setObjectName("shift_menu")
        for action in (self.compose_action, self.takeover_action, self.history_action):
            shift_menu.addAction(action)
        self.prompt = ShiftEndPrompt(window)
        self.prompt.due.connect(self._shift_ends)
        self.bar.refresh()
        self.prompt.start()

    def attach_live(self, watcher) -> None:
        watcher.alert.connect(lambda table, _id: table == "handover" and self.bar.refresh())

    def _shift_ends(self, text: str) -> None:
        self.window.statusBar().showMessage(text, 15 * 60_000)
        self.bar.show_prompt(text)

    def compose(self):
        from desk.ui.handover.handover_composer import HandoverComposer

        dialog = HandoverComposer(self.window.staff, self.window.desk_name, self.window)
        dialog.open_complaint.connect(self.window.open_complaint)
        dialog.submitted.connect(lambda _id: self.bar.show_prompt(""))
        dialog.submitted.connect(lambda _id: self.bar.refresh())
        dialog.submitted.connect(lambda _id: self.window.statusBar().showMessage(
            self.tr("Handover submitted: it waits for the receiving clerk's PIN."), 10000))
        return self.open(dialog)

    def confirm_waiting(self):
        """Shift → Confirm takeover: the oldest handover waiting for this desk."""
        return self.confirm(self.bar.waiting[0].id) if self.bar.waiting else None

    def confirm(self, handover_id: int):
        from desk.ui.handover.handover_ack_dialog import HandoverAckDialog

        dialog = HandoverAckDialog(handover_id, self.window.desk_name, self.window)
        dialog.acknowledged.connect(lambda _id: self.bar.refresh())
        return self.open(dialog)

    def show_history(self):
        from desk.ui.handover.handover_history import HandoverHistory

        dialog = HandoverHistory(self.window)
        dialog.confirm_requested.connect(self.confirm)
        dialog.open_complaint.connect(self.window.open_complaint)
        return self.open(dialog, show=True)

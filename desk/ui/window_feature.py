"""A feature's part of the main window: its actions in the menus, its docks and reminders.

The window owns the worklist, the detail pane and the core menus (Desk, Complaint,
View, Settings); each feature package adds its own through a `menu.py` holding a
WindowFeature, made once with the window. The window then tells every feature who is
on duty (`follow`), hands it the watcher of other desks' changes (`attach_live`) and
stops it when it closes (`stop`), without knowing what the feature does.
"""

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence


class WindowFeature(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.window = window

    def action(self, text: str, shortcut=None, slot=None) -> QAction:
        """An action of the window's (its shortcut works wherever the window has focus)."""
        action = QAction(text, self.window)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if slot is not None:
            action.triggered.connect(slot)
        self.window.addAction(action)
        return action

    def open(self, dialog, show: bool = False):
        """Open a dialog of the feature's, gone from memory once closed."""
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if show:
            dialog.show()
        else:
            dialog.open()
        return dialog

    def follow(self, staff) -> None:
        """Another clerk is on duty: enable what their role allows."""

    def attach_live(self, watcher) -> None:
        """Other desks' changes, for the feature's own lists (desk.ui.live_watcher)."""

    def stop(self) -> None:
        """The window closes: stop the feature's timers."""

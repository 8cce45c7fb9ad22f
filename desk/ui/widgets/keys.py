"""Keys shared by the forms: Ctrl+Enter in a multi-line field saves."""

from PySide6.QtCore import QEvent, QObject, Qt


class CtrlEnterSaves(QObject):
    """Ctrl+Enter in a multi-line field saves; plain Enter still starts a new line."""

    def __init__(self, save, parent):
        super().__init__(parent)
        self._save = save

    def eventFilter(self, obj, event):
        if (event.type() == QEvent.Type.KeyPress
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and event.modifiers() & Qt.KeyboardModifier.ControlModifier):
            self._save()
            return True
        return False

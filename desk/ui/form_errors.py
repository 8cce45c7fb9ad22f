"""A form of labelled fields, each with room for its own message just below it.

Messages come from desk/ui/messages.py (the domain's codes in the user's language)
and stand next to the field they are about, not in a dialog box.
"""

from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from desk.ui.field_error import error_label


class FieldForm(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setColumnStretch(1, 1)
        self._grid.setVerticalSpacing(2)
        self._fields: dict[str, QWidget] = {}
        self._errors: dict[str, QLabel] = {}

    def add_field(self, name: str, label_text: str, widget: QWidget) -> QWidget:
        row = self._grid.rowCount()
        caption = QLabel(label_text)
        caption.setBuddy(widget)
        error = error_label(f"error_{name}")
        self._grid.addWidget(caption, row, 0)
        self._grid.addWidget(widget, row, 1)
        self._grid.addWidget(error, row + 1, 1)
        self._fields[name] = widget
        self._errors[name] = error
        return widget

    def field(self, name: str) -> QWidget:
        return self._fields[name]

    def error_text(self, name: str) -> str:
        label = self._errors[name]
        return label.text() if not label.isHidden() else ""

    def clear_errors(self) -> None:
        for label in self._errors.values():
            label.clear()
            label.hide()

    def show_errors(self, messages: dict[str, str]) -> None:
        """Show each message under its field and put the cursor in the first bad field."""
        self.clear_errors()
        first = None
        for name in self._fields:
            if name in messages:
                self._errors[name].setText(messages[name])
                self._errors[name].show()
                first = first or self._fields[name]
        if first is not None:
            first.setFocus()

"""A form field with its error message in red right under it.

Forms wrap each field once (`FieldErrors.wrap`) under the domain's field name, then
show what a ValidationError says (`show`), keyed by the same names. The field keeps
whatever was typed; only the message appears and goes. `FieldForm` is the same thing
as a ready-made widget, for the small dialogs that are nothing but a form.
Messages come from desk/ui/messages.py: the domain's codes in the user's language.
"""

from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

ERROR_STYLE = "color: #c62828;"


def error_label(object_name: str = "") -> QLabel:
    """A red, word-wrapped message line, hidden until there is something to say."""
    label = QLabel()
    if object_name:
        label.setObjectName(object_name)
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.hide()
    return label


def stacked(*widgets: QWidget) -> QWidget:
    """Widgets one under the other, tight, as one field of a form."""
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    for widget in widgets:
        layout.addWidget(widget)
    return box


class FieldErrors:
    """The error labels of one form, keyed by the domain's field names."""

    def __init__(self):
        self._fields: dict[str, tuple[QWidget, QLabel]] = {}

    def wrap(self, name: str, field: QWidget, focus: QWidget | None = None) -> QWidget:
        """A widget holding `field` and its (hidden) error label; put it in the layout.

        `focus` is the widget to focus when the field is wrong (defaults to `field`).
        """
        label = error_label(f"error_{name}")
        self._fields[name] = (focus or field, label)
        return stacked(field, label)

    def add_row(self, form: QFormLayout, name: str, title: str, field: QWidget) -> None:
        """A captioned row of `form` (the caption's &-letter focuses the field), wrapped."""
        caption = QLabel(title)
        caption.setBuddy(field)
        form.addRow(caption, self.wrap(name, field))

    def names(self) -> list[str]:
        return list(self._fields)

    def set(self, name: str, text: str | None) -> bool:
        """Show (or with None/"" clear) one field's message; False if the name is unknown."""
        if name not in self._fields:
            return False
        widget, label = self._fields[name]
        label.setText(text or "")
        label.setVisible(bool(text))
        widget.setAccessibleDescription(text or "")
        return True

    def text(self, name: str) -> str:
        return self._fields[name][1].text() if name in self._fields else ""

    def label(self, name: str) -> QLabel:
        return self._fields[name][1]

    def show(self, messages: dict[str, str], order: list[str] | None = None) -> list[str]:
        """Show every message, focus the first bad field (in `order`, e.g. the tab order).

        Returns the names that have no field here, for the form to show elsewhere.
        """
        self.clear()
        unplaced = [name for name, text in messages.items() if not self.set(name, text)]
        for name in order or list(self._fields):
            if name in messages and name in self._fields:
                self._fields[name][0].setFocus()
                break
        return unplaced

    def clear(self) -> None:
        for name in self._fields:
            self.set(name, None)


class FieldForm(QWidget):
    """Captioned fields one under the other, each with its message right below it."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._layout = QFormLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setVerticalSpacing(2)
        self.errors = FieldErrors()
        self._fields: dict[str, QWidget] = {}

    def add_field(self, name: str, label_text: str, widget: QWidget) -> QWidget:
        self.errors.add_row(self._layout, name, label_text, widget)
        self._fields[name] = widget
        return widget

    def field(self, name: str) -> QWidget:
        return self._fields[name]

    def error_text(self, name: str) -> str:
        return self.errors.text(name)

    def clear_errors(self) -> None:
        self.errors.clear()

    def show_errors(self, messages: dict[str, str]) -> None:
        """Show each message under its field and put the cursor in the first bad field."""
        self.errors.show(messages)

"""One tab of Settings → Store rules…: what every feature's page of rules shares.

A page builds its fields in `__init__`, adding each to `self.errors` under the name the
domain uses for it, and places `self.message` (the line for what belongs to no field).
It then says `title()`, reads the stored values in `load()` and hands the typed ones to
its domain module in `store()`. `save()` does the rest the same way on every page: the
domain's messages under their fields, the others on the message line.
"""

from PySide6.QtWidgets import QFormLayout, QLabel, QWidget

from desk.errors import DeskError, ValidationError
from desk.ui.messages import error_text, field_messages
from desk.ui.widgets.field_error import FieldErrors, error_label

NOTE_STYLE = "color:#555;"


class StoreRulesPage(QWidget):
    def __init__(self, staff, desk: str, parent=None):
        super().__init__(parent)
        self.staff, self.desk = staff, desk
        self.errors = FieldErrors()
        self.message = error_label()

    def title(self) -> str:
        raise NotImplementedError

    def load(self) -> None:
        raise NotImplementedError

    def store(self) -> None:
        """Validate and store the page's values through the domain (raises its errors)."""
        raise NotImplementedError

    def unplaced_text(self, name: str, text: str) -> str:
        """How a message for a name with no field here reads on the message line."""
        return text

    def save(self) -> dict[str, str]:
        """Store the rules; {field: message} of what needs attention (empty: saved)."""
        self.errors.clear()
        self.message.hide()
        try:
            self.store()
        except ValidationError as error:
            messages = field_messages(error)
            unplaced = self.errors.show(messages)
            if unplaced:
                self._say("\n".join(self.unplaced_text(n, messages[n]) for n in unplaced))
            return messages
        except DeskError as error:
            self._say(error_text(error))
            return {"": error_text(error)}
        return {}

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()


def add_note(form: QFormLayout, text: str) -> QLabel:
    """A grey explanatory line under a page's fields."""
    note = QLabel(text)
    note.setWordWrap(True)
    note.setStyleSheet(NOTE_STYLE)
    form.addRow(note)
    return note

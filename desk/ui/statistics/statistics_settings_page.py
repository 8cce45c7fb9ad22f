"""The Statistics page of Settings → Store rules: hot spots (N complaints within D days
about one product model, or one cause at one department) and the repeat-complaint window."""

from PySide6.QtWidgets import QFormLayout, QLabel, QSpinBox, QWidget

from desk.errors import DeskError, ValidationError
from desk.statistics import hotspot_rules as statistics_settings
from desk.ui.messages import error_text, field_messages
from desk.ui.widgets.field_error import FieldErrors, error_label


class StatisticsSettingsPage(QWidget):
    def __init__(self, staff, desk: str, parent=None):
        super().__init__(parent)
        self.staff, self.desk = staff, desk
        self.boxes: dict[str, QSpinBox] = {}
        self.errors = FieldErrors()
        form = QFormLayout(self)
        for key, title, suffix in (
                ("hotspot_count", self.tr("A &hot spot is"), self.tr(" complaints")),
                ("hotspot_days", self.tr("&within"), self.tr(" days")),
                ("repeat_days", self.tr("A &repeat complaint follows one within"),
                 self.tr(" days"))):
            box = QSpinBox()
            box.setRange(*statistics_settings.LIMITS[key])
            box.setSuffix(suffix)
            self.boxes[key] = box
            self.errors.add_row(form, key, title, box)
        note = QLabel(self.tr("Hot spots: complaints about the same product model, or with "
                              "the same cause at one department. Repeat complaints: the same "
                              "customer, the same category or product model."))
        note.setWordWrap(True)
        note.setStyleSheet("color:#555;")
        form.addRow(note)
        self.message = error_label()
        form.addRow(self.message)

    def title(self) -> str:
        return self.tr("Statistics")

    def load(self) -> None:
        for key, value in statistics_settings.current().items():
            self.boxes[key].setValue(value)

    def save(self) -> dict[str, str]:
        """Store the rules; {field: message} of what needs attention (empty: saved)."""
        self.errors.clear()
        self.message.hide()
        try:
            statistics_settings.save(self.staff, self.desk,
                                     **{k: box.value() for k, box in self.boxes.items()})
        except ValidationError as error:
            messages = field_messages(error)
            self.errors.show(messages, list(self.boxes))
            return messages
        except DeskError as error:
            self.message.setText(error_text(error))
            self.message.show()
            return {"": error_text(error)}
        return {}

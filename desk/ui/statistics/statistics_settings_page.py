"""The Statistics page of Settings → Store rules: hot spots (N complaints within D days
about one product model, or one cause at one department) and the repeat-complaint window."""

from PySide6.QtWidgets import QFormLayout, QSpinBox

from desk.statistics import hotspot_rules as statistics_settings
from desk.ui.widgets.store_rules_page import StoreRulesPage, add_note


class StatisticsSettingsPage(StoreRulesPage):
    def __init__(self, staff, desk: str, parent=None):
        super().__init__(staff, desk, parent)
        self.boxes: dict[str, QSpinBox] = {}
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
        add_note(form, self.tr("Hot spots: complaints about the same product model, or with "
                               "the same cause at one department. Repeat complaints: the same "
                               "customer, the same category or product model."))
        form.addRow(self.message)

    def title(self) -> str:
        return self.tr("Statistics")

    def load(self) -> None:
        for key, value in statistics_settings.current().items():
            self.boxes[key].setValue(value)

    def store(self) -> None:
        statistics_settings.save(self.staff, self.desk,
                                 **{k: box.value() for k, box in self.boxes.items()})

"""Settings → Store rules…: the store-wide rules, one tab per feature (supervisors only).

The tabs come from `PAGES`, a list of QWidget classes; a feature adds its own by
appending its page class here. A page is made as `Page(staff, desk)` and has `title()` (the tab's words), `load()`
(read the stored values into the fields) and `save()` (validate and store them;
returns {field: message} — empty when saved — and shows the messages itself).
Save stores every page; the first page with a problem comes to the front.
"""

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTabWidget, QVBoxLayout

from desk.ui.callbacks.callback_settings_page import CallbackSettingsPage
from desk.ui.handover.shift_settings_page import ShiftSettingsPage
from desk.ui.statistics.statistics_settings_page import StatisticsSettingsPage

PAGES: list[type] = [
    CallbackSettingsPage,
    ShiftSettingsPage,
    StatisticsSettingsPage,
]


class StoreSettingsDialog(QDialog):
    def __init__(self, staff, desk: str, parent=None):
        super().__init__(parent)
        self.staff, self.desk = staff, desk
        self.setWindowTitle(self.tr("Store rules"))
        self.setMinimumWidth(560)
        self.tabs = QTabWidget()
        self.pages = []
        for page_class in PAGES:
            page = page_class(staff, desk)
            self.pages.append(page)
            self.tabs.addTab(page, page.title())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        for page in self.pages:
            page.load()

    def save(self) -> bool:
        """Store every page; stay open on the first page that needs attention."""
        for index, page in enumerate(self.pages):
            if page.save():
                self.tabs.setCurrentIndex(index)
                return False
        self.accept()
        return True

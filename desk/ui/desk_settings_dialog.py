"""This PC's own settings: its desk name, the database it uses, backups kept, language.

Store-wide settings live in the database; these live in settings.json in the data
folder. A changed database or language applies at the next start.
"""

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
)

from desk import config
from desk.errors import ValidationError
from desk.ui.messages import field_messages
from desk.ui.widgets.field_error import FieldErrors


class DeskSettingsDialog(QDialog):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("This desk"))
        current = config.LocalSettings.load()
        self.errors = FieldErrors()
        self.desk_name = QLineEdit(current.desk_name)
        self.db_url = QLineEdit(current.db_url)
        self.db_url.setPlaceholderText(self.tr("empty: the embedded database on this PC"))
        self.db_url.setMinimumWidth(380)
        self.backups_kept = QSpinBox()
        self.backups_kept.setRange(0, 999)
        self.backups_kept.setValue(current.backups_kept)
        self.language = QComboBox()
        for code, name in (("", self.tr("As the system")), ("zh_CN", "中文（简体）"),
                           ("en", "English")):
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(current.language)))
        form = QFormLayout()
        form.addRow(self.tr("Desk name"), self.errors.wrap("desk_name", self.desk_name))
        form.addRow(self.tr("Database"), self.errors.wrap("db_url", self.db_url))
        form.addRow("", QLabel(self.tr(
            "e.g. postgresql://desk@server:5432/desk for a store with several desks. "
            "The password is never stored here.")))
        form.addRow(self.tr("Backups kept"), self.errors.wrap("backups_kept", self.backups_kept))
        form.addRow(self.tr("Language"), self.errors.wrap("language", self.language))
        buttons = QDialogButtonBox(QDialogButtonBox.Save | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("A new database or language applies at the next start.")))
        layout.addWidget(buttons)

    def save(self) -> None:
        try:
            settings = config.checked_local_settings(
                self.desk_name.text(), self.db_url.text(), self.backups_kept.value(),
                self.language.currentData())
        except ValidationError as err:
            self.errors.show(field_messages(err))
            return
        settings.save()
        self.accept()

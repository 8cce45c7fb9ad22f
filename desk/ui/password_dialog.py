"""The database server asks for a password: a field, and whether to keep it in this
PC's credential store (Windows Credential Manager, a Secret Service on Linux).

Never in the settings file: desk.storage.secrets keeps it in the keyring, or nowhere.
"""

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
)

from desk.storage import secrets


class PasswordDialog(QDialog):
    def __init__(self, who: str, again: bool, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Database password"))
        text = (self.tr("Wrong password. Password for {who}:") if again
                else self.tr("Password for {who}:")).format(who=who)
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.remember_check = QCheckBox(self.tr("Remember on this PC (credential store)"))
        # Without the keyring package there is nowhere safe to keep it: do not offer.
        self.remember_check.setVisible(secrets.keyring_available())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(text))
        layout.addWidget(self.password_edit)
        layout.addWidget(self.remember_check)
        layout.addWidget(buttons)

    def answer(self) -> tuple[str, bool]:
        return self.password_edit.text(), self.remember_check.isChecked()


def ask_password(who: str, again: bool) -> tuple[str, bool] | None:
    """secrets.Ask for the application: (password, keep it) or None when given up."""
    dialog = PasswordDialog(who, again)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.answer()

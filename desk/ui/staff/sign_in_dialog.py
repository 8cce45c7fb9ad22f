"""Sign-in: staff code and PIN. Also used to switch the clerk on duty."""

from PySide6.QtCore import QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout

from desk.errors import AuthError
from desk.models import Staff
from desk.staff import auth
from desk.ui.messages import error_text, message
from desk.ui.widgets.field_error import FieldForm

# Which field an authentication error is about.
_FIELD_OF_ERROR = {"locked": "code", "wrong_code_or_pin": "pin"}


class SignInDialog(QDialog):
    """Enter signs in; a wrong PIN is said under the PIN field. `staff` after accept()."""

    def __init__(self, parent=None, store_name: str = "", desk_name: str = "",
                 switching: bool = False, hint: str = ""):
        super().__init__(parent)
        self.staff: Staff | None = None
        title = self.tr("Switch clerk") if switching else self.tr("Sign in")
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("{store} · desk {desk}").format(store=store_name, desk=desk_name)
                         if store_name else self.tr("Desk {desk}").format(desk=desk_name))
        heading.setStyleSheet("font-weight: bold; font-size: 12pt;")
        layout.addWidget(heading)
        if hint:
            hint_label = QLabel(hint)
            hint_label.setWordWrap(True)
            hint_label.setObjectName("hint")
            layout.addWidget(hint_label)
        self.form = FieldForm()
        self.code_edit = QLineEdit()
        self.code_edit.setMaxLength(16)
        self.code_edit.setPlaceholderText(self.tr("type or scan your staff code"))
        self.pin_edit = QLineEdit()
        self.pin_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin_edit.setMaxLength(8)
        self.pin_edit.setValidator(QRegularExpressionValidator(QRegularExpression(r"\d{0,8}")))
        self.form.add_field("code", self.tr("&Staff code"), self.code_edit)
        self.form.add_field("pin", self.tr("&PIN"), self.pin_edit)
        layout.addWidget(self.form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.sign_in_button = buttons.addButton(title, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.try_sign_in)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.sign_in_button.setDefault(True)  # once inside the dialog, or Cancel wins Enter
        self.setMinimumWidth(380)
        self.code_edit.setFocus()

    def try_sign_in(self) -> bool:
        code = self.code_edit.text().strip()
        if not code:
            self.form.show_errors({"code": message("required")})
            return False
        if not self.pin_edit.text():
            # A scanner sends the code and Enter: that means "now the PIN", not an error.
            if self.focusWidget() is self.code_edit:
                self.form.clear_errors()
                self.pin_edit.setFocus()
            else:
                self.form.show_errors({"pin": message("required")})
            return False
        try:
            self.staff = auth.sign_in(code, self.pin_edit.text())
        except AuthError as error:
            self.form.show_errors({_FIELD_OF_ERROR.get(error.code, "code"): error_text(error)})
            self.pin_edit.clear()
            return False
        self.form.clear_errors()
        self.accept()
        return True

"""First start: name the store and create its first supervisor."""

import importlib.util

from PySide6.QtCore import QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout

from desk.errors import AuthError, ValidationError
from desk.models import Staff
from desk.staff import auth
from desk.ui.messages import error_text, field_messages
from desk.ui.widgets.field_error import FieldForm

# desk.staff.auth.set_up_store names the supervisor's fields like add_staff does.
_FORM_FIELD = {"code": "supervisor_code", "name": "supervisor_name", "pin": "pin"}


def demo_available() -> bool:
    return importlib.util.find_spec("desk.demo.populate") is not None


class FirstRunDialog(QDialog):
    """accept(): the store is set up, `supervisor` signed in. done(DEMO): demo data wanted.
    done(JOIN): this PC is a further desk of a store on a shared server, not a new store."""

    DEMO = 2
    JOIN = 3

    def __init__(self, parent=None, offer_demo: bool | None = None):
        super().__init__(parent)
        self.supervisor: Staff | None = None
        self.setWindowTitle(self.tr("Set up this store"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("This database is new. Name the store and create the first "
                               "supervisor, who can then add the desk clerks."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.form = FieldForm()
        self.store_name = self._line(40)
        self.store_code = self._line(8, r"[A-Za-z0-9]{0,8}")
        self.store_code.setPlaceholderText(self.tr("e.g. S01"))
        self.store_code.textEdited.connect(self._upper_store_code)
        self.store_address = self._line(120)
        self.supervisor_code = self._line(16, r"[A-Za-z0-9]{0,16}")
        self.supervisor_name = self._line(40)
        self.pin = self._pin_line()
        self.pin_again = self._pin_line()
        add = self.form.add_field
        add("store_name", self.tr("Store &name"), self.store_name)
        add("store_code", self.tr("Store &code"), self.store_code)
        add("store_address", self.tr("&Address"), self.store_address)
        add("supervisor_code", self.tr("Supervisor's staff c&ode"), self.supervisor_code)
        add("supervisor_name", self.tr("Supervisor's na&me"), self.supervisor_name)
        add("pin", self.tr("&PIN (4 to 8 digits)"), self.pin)
        add("pin_again", self.tr("PIN &again"), self.pin_again)
        layout.addWidget(self.form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        save = buttons.addButton(self.tr("Set up the store"),
                                 QDialogButtonBox.ButtonRole.AcceptRole)
        if demo_available() if offer_demo is None else offer_demo:
            demo = buttons.addButton(self.tr("Try with demo data"),
                                     QDialogButtonBox.ButtonRole.ActionRole)
            demo.setAutoDefault(False)
            demo.clicked.connect(lambda: self.done(self.DEMO))
        # A new desk PC of a store that already runs on a server must not start a store
        # of its own by mistake: the way to the shared one is right here.
        join = buttons.addButton(self.tr("Join the store's server…"),
                                 QDialogButtonBox.ButtonRole.ActionRole)
        join.setAutoDefault(False)
        join.clicked.connect(lambda: self.done(self.JOIN))
        self.join_button = join
        buttons.accepted.connect(self.try_set_up)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        save.setDefault(True)  # once inside the dialog, or Cancel wins Enter
        self.setMinimumWidth(480)
        self.store_name.setFocus()

    def _line(self, max_length: int, pattern: str | None = None) -> QLineEdit:
        edit = QLineEdit()
        edit.setMaxLength(max_length)
        if pattern:
            edit.setValidator(QRegularExpressionValidator(QRegularExpression(pattern)))
        return edit

    def _pin_line(self) -> QLineEdit:
        edit = self._line(8, r"\d{0,8}")
        edit.setEchoMode(QLineEdit.EchoMode.Password)
        return edit

    def _upper_store_code(self, text: str) -> None:
        if text != text.upper():
            position = self.store_code.cursorPosition()
            self.store_code.setText(text.upper())
            self.store_code.setCursorPosition(position)

    def try_set_up(self) -> bool:
        if self.pin.text() != self.pin_again.text():
            self.form.show_errors({"pin_again": self.tr("The two PINs are not the same.")})
            return False
        try:
            self.supervisor = auth.set_up_store(
                self.store_name.text(), self.store_code.text().strip().upper(),
                self.supervisor_code.text().strip(), self.supervisor_name.text(),
                self.pin.text(), store_address=self.store_address.text(),
            )
        except ValidationError as error:
            self.form.show_errors({_FORM_FIELD.get(name, name): text
                                   for name, text in field_messages(error).items()})
            return False
        except AuthError as error:  # another desk set the store up meanwhile
            self.form.show_errors({"store_name": error_text(error)})
            return False
        self.form.clear_errors()
        self.accept()
        return True

"""The password dialog at start-up, and what a desk says when the shared schema is behind
its program (desk server upgrade, run by the store's IT person)."""

import keyring
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog

from desk import app
from desk.storage import db, secrets
from desk.ui.password_dialog import PasswordDialog, ask_password
from tests.storage.test_passwords import MemoryKeyring


def test_the_password_can_be_kept_in_the_credential_store(qtbot):
    answers = []

    def fill_and_accept():  # what the clerk does once the dialog shows
        dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, PasswordDialog))
        dialog.password_edit.setText("秘密 1")
        dialog.remember_check.setChecked(True)
        dialog.accept()

    QTimer.singleShot(0, fill_and_accept)
    answers.append(ask_password("desk_app@server/desk", False))
    assert answers == [("秘密 1", True)]

    dialog = PasswordDialog("desk_app@server/desk", True)
    qtbot.addWidget(dialog)
    assert dialog.password_edit.echoMode() == dialog.password_edit.EchoMode.Password
    assert not dialog.remember_check.isChecked()  # kept only when asked for
    assert dialog.remember_check.isVisibleTo(dialog) == secrets.keyring_available()
    QTimer.singleShot(0, dialog.reject)
    assert dialog.exec() == QDialog.DialogCode.Rejected


def test_a_kept_password_goes_to_the_keyring_only():
    before = keyring.get_keyring()
    ring = MemoryKeyring()
    keyring.set_keyring(ring)
    try:
        assert secrets.remember("postgresql://desk_app@server/desk", "秘密 1")
        assert ring.items == {("desk", "desk_app@server/desk"): "秘密 1"}
    finally:
        keyring.set_keyring(before)


def test_a_schema_behind_the_program_is_said_with_what_to_do(qapp, chinese):
    url = "postgresql://desk_app:secret@server:5432/desk"
    text = app.database_problem_text(url, db.SchemaBehind(["0016_next"]))
    assert "desk server upgrade" in text and "IT" in text and "secret" not in text
    assert "无权升级" in text

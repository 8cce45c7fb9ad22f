"""This PC's settings: desk name, database, backups kept, language."""

import json

from PySide6.QtWidgets import QDialog

from desk import config
from desk.ui.desk_settings_dialog import DeskSettingsDialog


def test_settings_are_saved_without_the_password(qtbot):
    dialog = DeskSettingsDialog()
    qtbot.addWidget(dialog)
    dialog.desk_name.setText("二楼服务台")
    dialog.db_url.setText("postgresql://desk:secret@server:5432/desk?sslmode=require")
    dialog.backups_kept.setValue(14)
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    dialog.save()
    assert dialog.result() == QDialog.Accepted
    stored = json.loads(config.LocalSettings.path().read_text(encoding="utf-8"))
    assert stored["desk_name"] == "二楼服务台" and stored["backups_kept"] == 14
    assert stored["db_url"] == "postgresql://desk@server:5432/desk?sslmode=require"
    assert "secret" not in config.LocalSettings.path().read_text(encoding="utf-8")
    assert stored["language"] == "en"


def test_bad_values_are_said_next_to_their_fields(qtbot):
    before = config.LocalSettings.load()
    dialog = DeskSettingsDialog()
    qtbot.addWidget(dialog)
    dialog.desk_name.setText("  ")
    dialog.db_url.setText("mysql://x@y/z")
    dialog.backups_kept.setValue(0)
    dialog.save()
    assert dialog.result() != QDialog.Accepted
    assert all(dialog.errors.text(f) for f in ("desk_name", "db_url", "backups_kept"))
    assert config.LocalSettings.load() == before

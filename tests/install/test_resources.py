"""The shipped files are found through importlib.resources, inside the package: the
same lookup the wheel and the bundle use (tests/install/test_wheel.py, test_bundle.py)."""

import importlib.resources

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from desk import config
from desk.storage import db


def test_the_shipped_files_are_inside_the_desk_package():
    package = config.resources_dir()
    assert package == importlib.resources.files("desk._resources")
    assert package.parent == importlib.resources.files("desk")
    for path in config.font_files().values():
        assert path.is_file() and path.is_relative_to(package)
    assert (package / "fonts" / "OFL.txt").is_file()
    assert {p.name for p in (package / "i18n").glob("*.qm")} == {"desk_en.qm", "desk_zh_CN.qm"}
    assert {p.name for p in (package / "icons").iterdir()} >= {"desk.png", "desk.ico"}
    assert db.MIGRATIONS_DIR == importlib.resources.files("desk.models.migrations")
    assert (db.MIGRATIONS_DIR / "0001_initial.py").is_file()


def test_the_application_wears_the_shipped_icon(qapp, monkeypatch):
    from desk.ui import application as desk_app

    # Only the icon is under test: no crash hook or translators for the rest of the session.
    monkeypatch.setattr(desk_app.crash, "install", lambda: None)
    monkeypatch.setattr(desk_app.i18n, "install_translators", lambda language: True)
    app = desk_app.make_application("en")
    try:
        assert app is QApplication.instance()
        assert app.windowIcon().availableSizes(), "the icon file did not load"
    finally:
        app.setWindowIcon(QIcon())

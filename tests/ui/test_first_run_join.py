"""A new desk PC of a store that runs on a shared server: the first-run screen offers
to join it rather than start a store of its own."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QMessageBox

from desk import app, config, settings
from desk.staff import auth
from desk.storage import db
from desk.ui.first_run_dialog import FirstRunDialog


@pytest.fixture
def new_pc(tmp_path, monkeypatch, qapp):
    """This PC: an empty local SQLite database, no settings yet."""
    monkeypatch.setenv("DESK_HOME", str(tmp_path / "home"))
    local = f"sqlite:///{tmp_path / 'local.sqlite3'}"
    db.connect(local)
    yield local
    db.close()


@pytest.fixture
def shared(pg_db_url, new_pc):
    """The store's server, set up by the first desk."""
    db.connect(pg_db_url)
    auth.set_up_store("测试商场", "S01", "boss", "王主管", "2468")
    db.connect(new_pc)
    return pg_db_url


def answer(monkeypatch, text):
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: (text, True))


def test_the_first_run_screen_has_the_way_to_the_shared_store(new_pc, qtbot):
    dialog = FirstRunDialog(offer_demo=False)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.join_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == FirstRunDialog.JOIN


def test_joining_opens_the_shared_store_and_keeps_its_url(shared, monkeypatch):
    answer(monkeypatch, "  " + shared + " ")
    monkeypatch.setattr(FirstRunDialog, "exec", lambda self: FirstRunDialog.JOIN)
    assert app.set_up_store(type("Args", (), {})(), quiet=False) == "joined"
    assert db.current().url == shared and settings.get("store_name") == "测试商场"
    assert config.LocalSettings.load().db_url == config.strip_password(shared)


def test_a_server_that_does_not_answer_leaves_this_pc_as_it_was(new_pc, monkeypatch):
    said = []
    monkeypatch.setattr(QMessageBox, "exec", lambda self: said.append(self.text()) or 0)
    answer(monkeypatch, "postgresql://desk_app@127.0.0.1:1/desk")
    assert not app.join_server()
    assert said and "127.0.0.1" in said[0]
    assert db.current().url == new_pc and not config.LocalSettings.load().db_url

    monkeypatch.setattr(QMessageBox, "warning", lambda *a: said.append(a[2]))
    answer(monkeypatch, r"C:\desk.sqlite3")  # not a server
    assert not app.join_server() and "postgresql://" in said[-1]
    assert db.current().url == new_pc

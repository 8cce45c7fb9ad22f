"""The data folder on a path with Chinese characters, spaces and a `#` (a Windows user
named 张 三, a folder 客服台 #1): the SQLite file, the drafts and a backup all live there,
and a real registration is saved and its draft restored."""

import sqlite3
from decimal import Decimal

import pytest
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QApplication

from desk import config
from desk.complaints import search
from desk.models import Complaint
from desk.staff import auth
from desk.storage import backup, db, drafts
from desk.ui.complaints.registration_form import RegistrationForm


@pytest.fixture
def odd_home(tmp_path, monkeypatch):
    home = tmp_path / "用户 张 三" / "客服台 #1 数据"
    monkeypatch.setenv("DESK_HOME", str(home))
    monkeypatch.delenv(config.ENV_DB, raising=False)
    yield home
    QThreadPool.globalInstance().waitForDone(15_000)
    db.close()


def test_url_of_an_odd_path_reads_back_the_same_file(odd_home):
    path = odd_home / "desk.sqlite3"
    url = config.to_url(str(path))
    assert url == "sqlite:///" + path.as_posix()
    assert config.sqlite_path(url) == path.as_posix()  # not cut at the `#`
    assert config.database_url() == url  # the default database is in the data folder


def test_store_and_drafts_on_a_chinese_path_with_spaces(odd_home, qtbot):
    db.connect(config.database_url())
    clerk = auth.set_up_store("测试商场", "S01", "boss", "王主管", "2468")
    file = odd_home / "desk.sqlite3"
    assert file.exists() and db.backend().file_path() == file

    form = RegistrationForm(clerk, "一号台")
    qtbot.addWidget(form)
    form.show()
    form.phone_edit.setText("13800001111")
    form.complainant_name_edit.setText("刘芳")
    form.account_edit.setPlainText("洗衣机漏水，地板泡坏了")
    form.reject()  # Esc: the draft is written on the way out
    draft_file = drafts.path_of(form.draft_name)
    assert draft_file.parent == odd_home / "drafts" and draft_file.exists()

    again = RegistrationForm(clerk, "一号台")
    qtbot.addWidget(again)
    again.show()
    assert again.phone_edit.text() == "13800001111"
    assert again.account_edit.toPlainText() == "洗衣机漏水，地板泡坏了"
    again.product_name_edit.setText("洗衣机")
    again.category_combo.setCurrentIndex(again.category_combo.findData("product_quality"))
    again.demand_checks["compensation"].setChecked(True)
    again.purchase_amount_edit.setText("1299.00")
    with qtbot.waitSignal(again.registered, timeout=10_000) as signal:
        again.save()
    qtbot.waitUntil(lambda: not again.saving(), timeout=10_000)
    QApplication.processEvents()
    assert drafts.load(again.draft_name) is None  # saved: the draft is gone

    # A second start on the same data folder finds the complaint in the same file.
    db.close()
    db.connect(config.database_url())
    saved = Complaint.get_by_id(signal.args[0])
    assert (saved.complainant_name, saved.phone) == ("刘芳", "13800001111")
    assert saved.purchase_amount == Decimal("1299.00")
    assert search.search("漏水").ids == [saved.id]

    copy = backup.make_backup()
    assert copy.parent == odd_home / "backups" and copy.exists()
    with sqlite3.connect(copy) as check:
        assert check.execute("SELECT count(*) FROM complaint").fetchone()[0] == 1

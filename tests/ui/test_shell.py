"""The application shell: font, language, sign-in, first run, main window, start-up."""

import os
import subprocess
import sys

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontInfo
from PySide6.QtWidgets import QDialog, QLabel, QMessageBox

from desk import app, config, settings
from desk.config import FONT_FAMILY
from desk.staff import auth
from desk.ui import fonts, i18n
from desk.ui.first_run_dialog import FirstRunDialog
from desk.ui.main_window import MainWindow
from desk.ui.messages import message
from desk.ui.staff.sign_in_dialog import SignInDialog


def test_bundled_font_is_the_one_in_use(qapp, qtbot):
    fonts.apply_app_font(qapp)
    label = QLabel("顾客投诉登记表 空调 ￥1299.00")
    qtbot.addWidget(label)
    assert QFontInfo(label.font()).family() == FONT_FAMILY
    assert QFontInfo(qapp.font()).family() == FONT_FAMILY


def test_language_comes_from_flag_then_setting_then_system():
    assert i18n.choose_language("en", "zh_CN", "zh_CN") == "en"
    assert i18n.choose_language(None, "en", "zh_CN") == "en"
    assert i18n.choose_language(None, "", "zh_TW") == "zh_CN"
    assert i18n.choose_language(None, "", "de_DE") == "en"
    assert i18n.choose_language(None, "fr", "C") == "en"


def test_chinese_translation_loads_and_the_menu_reads_chinese(window, chinese):
    fresh = MainWindow(window.staff, window.desk_name, window.store_name)
    try:
        titles = [a.text() for a in fresh.menuBar().actions()]
        assert titles[0] == "客服台(&D)"
        assert fresh.new_action.text() == "新建登记(&N)"
        assert fresh.windowTitle() == "测试商场 — 客服台"
        assert "当班：李小红（客服专员）" in fresh.clerk_label.text()
        assert fresh.worklist.model.headerData(0, Qt.Orientation.Horizontal) == "编号"
    finally:
        fresh.close()
        fresh.deleteLater()


def test_sign_in_succeeds_with_the_right_pin(ui_store, qtbot):
    dialog = SignInDialog(store_name="测试商场", desk_name=ui_store.desk)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.code_edit, "c1")
    qtbot.keyClick(dialog.code_edit, Qt.Key.Key_Return)  # a scanner's Enter: on to the PIN
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.form.error_text("code") == "" and dialog.form.error_text("pin") == ""
    qtbot.keyClicks(dialog.pin_edit, "1357")
    qtbot.keyClick(dialog.pin_edit, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.staff.id == ui_store.clerk.id


def test_wrong_pin_is_said_next_to_the_pin_field(ui_store, qtbot):
    dialog = SignInDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.code_edit, "c1")
    qtbot.keyClicks(dialog.pin_edit, "0000")
    qtbot.keyClick(dialog.pin_edit, Qt.Key.Key_Return)
    assert dialog.result() != QDialog.DialogCode.Accepted and dialog.staff is None
    assert dialog.form.error_text("pin") == message("wrong_code_or_pin")
    assert dialog.form.error_text("code") == ""
    assert dialog.pin_edit.text() == ""


def test_empty_code_and_locked_account_are_said_next_to_the_code_field(ui_store, qtbot):
    dialog = SignInDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClick(dialog.pin_edit, Qt.Key.Key_Return)
    assert dialog.form.error_text("code") == message("required")
    dialog.code_edit.setText("c1")
    for _ in range(auth.MAX_FAILED_SIGN_INS):
        dialog.pin_edit.setText("0000")
        dialog.try_sign_in()
    dialog.pin_edit.setText("1357")
    assert not dialog.try_sign_in()
    assert dialog.form.error_text("code") == message("locked", {"max": auth.MAX_FAILED_SIGN_INS})


def test_first_run_dialog_creates_the_store(conn, qapp, qtbot):
    dialog = FirstRunDialog(offer_demo=False)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.store_name.setText("示例商场")  # QTest types ASCII only; an IME commits Chinese
    qtbot.keyClicks(dialog.store_code, "s01")
    assert dialog.store_code.text() == "S01"
    dialog.store_address.setText("人民路1号")
    qtbot.keyClicks(dialog.supervisor_code, "boss")
    dialog.supervisor_name.setText("王主管")
    qtbot.keyClicks(dialog.pin, "2468")
    qtbot.keyClicks(dialog.pin_again, "2469")
    qtbot.keyClick(dialog.pin_again, Qt.Key.Key_Return)
    assert dialog.form.error_text("pin_again") != "" and not settings.is_set_up()
    dialog.pin_again.setText("2468")
    qtbot.keyClick(dialog.pin_again, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert settings.is_set_up()
    assert (settings.get("store_name"), settings.get("store_code"),
            settings.get("store_address")) == ("示例商场", "S01", "人民路1号")
    assert auth.sign_in("boss", "2468").role == "supervisor"


def test_first_run_dialog_shows_domain_errors_at_their_fields(conn, qapp, qtbot):
    dialog = FirstRunDialog(offer_demo=False)
    qtbot.addWidget(dialog)
    dialog.supervisor_code.setText("boss")
    dialog.pin.setText("12")
    dialog.pin_again.setText("12")
    assert not dialog.try_set_up()
    assert dialog.form.error_text("store_name") == message("required")
    assert dialog.form.error_text("store_code") == message("store_code_invalid")
    assert dialog.form.error_text("supervisor_name") == message("required")
    assert dialog.form.error_text("pin") == message("pin_invalid")
    assert not settings.is_set_up()


def test_main_window_shows_who_is_on_duty_and_switches_clerk(window, ui_store, qtbot,
                                                             monkeypatch):
    assert "测试商场" in window.windowTitle()
    status = window.clerk_label.text()
    for part in ("李小红", "Desk clerk", ui_store.desk, "测试商场"):
        assert part in status

    def sign_in_as_boss(dialog):
        dialog.code_edit.setText("boss")
        dialog.pin_edit.setText("2468")
        dialog.try_sign_in()
        return dialog.result()

    monkeypatch.setattr(SignInDialog, "exec", sign_in_as_boss)
    with qtbot.waitSignal(window.clerk_changed):
        assert window.switch_clerk()
    assert window.staff.id == ui_store.supervisor.id
    assert "王主管" in window.clerk_label.text() and "Supervisor" in window.clerk_label.text()
    assert window.isVisible()


def test_menus_show_shortcuts_and_focus_starts_in_search(window, qtbot):
    assert window.new_action.shortcut().toString() == "Ctrl+N"
    assert window.find_action.shortcut().toString() == "Ctrl+F"
    assert window.new_action in window.toolbar.actions()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.waitUntil(lambda: window.worklist.search_box.hasFocus())
    window.worklist.view.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.worklist.search_box.hasFocus()


def test_banner_shows_and_hides(window):
    assert not window.banner.isVisible()
    window.show_banner("数据库连接中断，正在重试……", "error")
    assert window.banner.isVisible() and window.banner.label.text().startswith("数据库")
    assert window.banner.kind == "error"
    window.hide_banner()
    assert not window.banner.isVisible()


def test_window_remembers_its_geometry(ui_store, qtbot):
    first = MainWindow(ui_store.clerk, ui_store.desk, "测试商场")
    qtbot.addWidget(first)
    first.show()
    first.resize(720, 520)  # inside the offscreen screen
    qtbot.waitUntil(lambda: first.width() == 720)
    first.close()
    second = MainWindow(ui_store.clerk, ui_store.desk, "测试商场")
    qtbot.addWidget(second)
    assert (second.width(), second.height()) == (720, 520)


def test_new_complaint_opens_the_form_and_the_saved_one_is_selected(window, register, qtbot):
    older = register()
    form = window.new_complaint()
    assert form is not None and form.isVisible()
    new = register(phone="13800001234")
    form.registered.emit(new.id)
    qtbot.waitUntil(lambda: window.worklist.current_id() == new.id, timeout=15_000)
    assert window.worklist.model.row_id(0) == new.id
    assert window.worklist.model.row_of(older.id) is not None
    qtbot.waitUntil(lambda: window.detail.record is not None and window.detail.record.id == new.id)
    form.close()


def test_start_up_measures_and_quits(db_url, ui_store):
    """`desk --quit-after-start` signs in from the environment and reports the start-up."""
    env = dict(os.environ, DESK_SIGN_IN_CODE="c1", DESK_SIGN_IN_PIN="1357",
               QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-m", "desk", "--db", db_url, "--lang", "en",
                           "--quit-after-start"], env=env, capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr
    lines = dict(line.split("=", 1) for line in done.stdout.split() if "=" in line)
    assert 0 < float(lines["startup_ms"]) < 60_000
    assert float(lines["first_page_ms"]) >= float(lines["startup_ms"])


def test_unusable_database_path_gives_a_clear_message(qapp, tmp_path, monkeypatch):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where a folder should be")
    url = config.to_url(str(blocker / "desk.sqlite3"))
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    assert not app.open_database(url, explicit=True, may_create=True, quiet=False)
    assert len(shown) == 1
    assert str(blocker / "desk.sqlite3") in shown[0]
    assert "missing" in shown[0] and "--db" in shown[0]
    assert "Traceback" not in shown[0]


def test_a_typo_in_the_database_path_does_not_make_a_new_store(qapp, tmp_path, monkeypatch):
    url = config.to_url(str(tmp_path / "typo.sqlite3"))
    asked = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a: asked.append(a[2]) or QMessageBox.StandardButton.No)
    assert not app.open_database(url, explicit=True, may_create=False, quiet=False)
    assert asked and "typo.sqlite3" in asked[0]
    assert not (tmp_path / "typo.sqlite3").exists()


def test_database_trouble_is_said_in_words_and_chinese(qapp, chinese):
    url = "postgresql://desk:secret@db.example:5432/desk"
    unreachable = app.database_problem_text(url, Exception("Connection refused"))
    assert "无法连接数据库服务器" in unreachable and "secret" not in unreachable
    locked = app.database_problem_text("sqlite:////data/desk.sqlite3",
                                       Exception("database is locked"))
    assert "/data/desk.sqlite3" in locked and "锁定" in locked
    read_only = app.database_problem_text("sqlite:////data/desk.sqlite3",
                                          Exception("attempt to write a readonly database"))
    assert "写权限" in read_only


def test_unusable_database_from_the_command_line_exits_with_the_message(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-m", "desk", "--db", str(blocker / "d.sqlite3"),
                           "--lang", "en", "--quit-after-start"], env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == app.EXIT_DATABASE_PROBLEM
    assert "cannot be opened" in done.stderr and "Traceback" not in done.stderr


def test_demo_data_fills_an_empty_database_behind_a_progress_dialog(conn, qapp, monkeypatch):
    from desk.complaints import worklist

    monkeypatch.setattr(app, "DEMO_COMPLAINTS", 300)
    assert app.fill_demo(quiet=False)
    assert settings.is_set_up() and settings.get("store_code") == "S01"
    assert auth.sign_in("c01", "1234").role == "clerk"
    assert len(worklist.page(worklist.WorklistFilter(open_only=False), limit=500)) == 300


def test_language_choice_is_saved_for_the_next_start(window, qtbot, monkeypatch):
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a: told.append(a[2]))
    window.language_actions["zh_CN"].trigger()
    assert config.LocalSettings.load().language == "zh_CN"
    qtbot.waitUntil(lambda: bool(told))
    assert "next time" in told[0]
    window.language_actions["en"].trigger()
    assert config.LocalSettings.load().language == "en"
    assert i18n.choose_language(None, config.LocalSettings.load().language) == "en"

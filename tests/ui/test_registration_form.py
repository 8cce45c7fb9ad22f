"""The complaint registration form, driven like a clerk drives it: type, Tab, Enter."""

import datetime
import os
import threading
from decimal import Decimal
from pathlib import Path

import peewee
import pytest
from PySide6.QtCore import QDate, QDateTime, Qt, QThreadPool, QTime
from PySide6.QtGui import QFont, QFontDatabase, QFontInfo
from PySide6.QtWidgets import QApplication

from desk import config, settings, vocab
from desk.complaints import registration, search, worklist
from desk.complaints.registration import ComplaintInput
from desk.models import Complaint, now
from desk.storage import db, drafts, numbering
from desk.ui import i18n, labels
from desk.ui.complaints.registration_form import RegistrationForm
from desk.ui.messages import message
from tests.storage.read_only import read_only_database
from tests.ui.conftest import type_text

SHOTS = os.environ.get("DESK_SCREENSHOTS")  # a folder: the screenshot test saves PNGs there


@pytest.fixture(autouse=True)
def drafts_home(tmp_path, monkeypatch):
    """Each test its own data folder, so no draft leaks from one test into the next."""
    monkeypatch.setenv("DESK_HOME", str(tmp_path / "home"))


@pytest.fixture
def app_font(qapp):
    for path in config.font_files().values():
        assert QFontDatabase.addApplicationFont(str(path)) >= 0
    font = QFont(config.FONT_FAMILY, 10)
    font.setFamilies([config.FONT_FAMILY])
    qapp.setFont(font)


@pytest.fixture
def open_form(store, qtbot, app_font):
    def make() -> RegistrationForm:
        form = RegistrationForm(store.clerk, store.desk)
        qtbot.addWidget(form)
        form.show()
        form.activateWindow()
        qtbot.waitUntil(form.isActiveWindow)
        return form

    yield make
    QThreadPool.globalInstance().waitForDone(15_000)  # lookups end before the database goes


def focused():
    return QApplication.focusWidget()


def type_and_tab(qtbot, widget, text: str | None = None, key=None):
    """The focus is on `widget`; type into it (or press `key`), then Tab to the next field."""
    assert focused() is widget, f"focus on {focused().objectName()!r}, not {widget.objectName()!r}"
    if text:
        type_text(qtbot, widget, text)
    if key is not None:
        qtbot.keyClick(widget, key)
    qtbot.keyClick(widget, Qt.Key.Key_Tab)


def save_and_wait(qtbot, form) -> None:
    """Save and wait until the answer came back (the save runs off the GUI thread)."""
    form.save()
    assert form.saving() or not form.isVisible()
    qtbot.waitUntil(lambda: not form.saving(), timeout=10_000)


def earlier(store, **overrides) -> Complaint:
    values = dict(kind="complaint", channel="counter", category="product_quality",
                  complainant_name="张伟", phone="13912345678", member_no="M0001",
                  account="空调不制冷，外机噪音很大。", product_name="空调", product_model="KFR-35GW",
                  demands=["repair"])
    values.update(overrides)
    return registration.register(ComplaintInput(**values), store.supervisor, store.desk)


def test_clerk_types_tabs_through_and_saves_with_enter(open_form, qtbot, store):
    form = open_form()
    bought = datetime.date.today() - datetime.timedelta(days=20)
    type_and_tab(qtbot, form.phone_edit, "139 1234 5678")
    type_and_tab(qtbot, form.complainant_name_edit, "张伟")
    type_and_tab(qtbot, form.member_no_edit, "M20240001")
    type_and_tab(qtbot, form.kind_combo)  # a complaint, the default
    type_and_tab(qtbot, form.channel_combo, key=Qt.Key.Key_Down)  # counter -> phone
    type_and_tab(qtbot, form.received_edit)  # now, the default
    type_and_tab(qtbot, form.product_name_edit, "空调")
    type_and_tab(qtbot, form.product_brand_edit, "格力")
    type_and_tab(qtbot, form.product_model_edit, "KFR-35GW")
    type_and_tab(qtbot, form.order_no_edit)  # no receipt
    type_and_tab(qtbot, form.purchase_known_check, key=Qt.Key.Key_Space)
    type_and_tab(qtbot, form.purchase_date_edit, bought.strftime("%Y%m%d"))
    type_and_tab(qtbot, form.purchase_amount_edit, "3999.5")
    assert form.purchase_amount_edit.text() == "3999.50"  # tidied when the field is left
    type_and_tab(qtbot, form.category_combo, key=Qt.Key.Key_Down)  # the first category
    type_and_tab(qtbot, form.account_edit, "新买的空调制冷效果差，屏幕闪烁。")
    for code in ("refund", "exchange", "repair", "compensation", "apology", "explanation"):
        wanted = code in ("repair", "apology")
        type_and_tab(qtbot, form.demand_checks[code], key=Qt.Key.Key_Space if wanted else None)
    assert focused() is form.demand_detail_edit
    type_text(qtbot, form.demand_detail_edit, "上门维修")
    with qtbot.waitSignal(form.registered, timeout=5000) as signal:
        qtbot.keyClick(form.demand_detail_edit, Qt.Key.Key_Return)

    new_id = signal.args[0]
    assert not form.isVisible() and form.result() == form.DialogCode.Accepted
    c = Complaint.get_by_id(new_id)
    assert form.complaint_number == c.number and c.number in form.registered_message()
    assert (c.kind, c.channel, c.category) == ("complaint", "phone", "product_quality")
    assert (c.complainant_name, c.phone, c.member_no) == ("张伟", "13912345678", "M20240001")
    assert (c.product_name, c.product_brand, c.product_model) == ("空调", "格力", "KFR-35GW")
    assert c.order_no is None and c.purchase_date == bought
    assert c.purchase_amount == Decimal("3999.50")
    assert c.account == "新买的空调制冷效果差，屏幕闪烁。"
    assert c.demand_codes == ["repair", "apology"] and c.demand_detail == "上门维修"
    assert (c.escalation_level, c.media_involved, c.repeat_of_id) == (1, False, None)
    assert abs(c.received_at - now()) < datetime.timedelta(minutes=2)
    assert c.registered_by_id == store.clerk.id and c.desk == store.desk
    assert [r.id for r in worklist.page(worklist.WorklistFilter())] == [new_id]
    assert search.search("空调").ids == [new_id]
    assert search.search("闪").ids == [new_id]
    assert drafts.load(form.draft_name) is None  # saved: the draft is gone


def test_bad_fields_get_messages_beside_them_and_nothing_is_stored(open_form, qtbot):
    form = open_form()
    qtbot.keyClicks(form.phone_edit, "12345")
    qtbot.keyClick(form.phone_edit, Qt.Key.Key_Tab)  # leaving the field checks it at once
    assert form.errors.text("phone") == message("phone_invalid")
    assert form.errors.label("phone").isVisible()
    form.purchase_amount_edit.setFocus()
    qtbot.keyClicks(form.purchase_amount_edit, "12.345")
    tomorrow = datetime.datetime.now() + datetime.timedelta(days=1)
    form.received_edit.setDateTime(QDateTime(QDate(tomorrow.year, tomorrow.month, tomorrow.day),
                                             QTime(10, 0)))
    type_text(qtbot, form.product_name_edit, "电视机")
    form.phone_edit.setFocus()
    qtbot.keyClick(form.phone_edit, Qt.Key.Key_Return)  # Enter saves: and is refused
    qtbot.waitUntil(lambda: not form.saving(), timeout=10_000)

    assert Complaint.select().count() == 0
    assert form.isVisible()
    for name in ("phone", "purchase_amount", "received_at", "complainant_name", "category",
                 "account"):
        assert form.errors.label(name).isVisible(), name
        assert form.errors.text(name), name
    assert form.errors.text("purchase_amount") != form.errors.text("phone")
    assert not form.errors.label("product_name").isVisible()
    assert focused() is form.phone_edit  # the first bad field in tab order
    assert form.phone_edit.text() == "12345"  # nothing typed is lost
    assert form.purchase_amount_edit.text() == "12.345"
    assert form.product_name_edit.text() == "电视机"

    qtbot.keyClicks(form.phone_edit, "678901")  # typing in a field clears its message
    assert not form.errors.label("phone").isVisible()


def test_purchase_in_the_future_is_refused_next_to_the_date(open_form, qtbot):
    form = open_form()
    form.phone_edit.setText("13912345678")
    form.complainant_name_edit.setText("张伟")
    form.account_edit.setPlainText("冰箱不制冷")
    form.category_combo.setCurrentIndex(0)
    form.purchase_known_check.setChecked(True)
    form.purchase_date_edit.setDate(QDate.currentDate().addDays(3))
    save_and_wait(qtbot, form)
    assert Complaint.select().count() == 0
    assert form.errors.label("purchase_date").isVisible()
    assert focused() is form.purchase_known_check
    form.purchase_date_edit.setDate(QDate.currentDate().addDays(-3))
    with qtbot.waitSignal(form.registered):
        form.save()
    assert Complaint.get().purchase_date == datetime.date.today() - datetime.timedelta(days=3)


def test_known_phone_shows_earlier_complaints_and_proposes_the_repeat(open_form, qtbot, store):
    old = earlier(store)
    inquiry = earlier(store, kind="inquiry", category="delivery", account="送货时间？")
    form = open_form()
    qtbot.keyClicks(form.phone_edit, "13912345678")
    qtbot.waitUntil(lambda: form.earlier_panel.count() == 2, timeout=5000)
    rows = form.earlier_panel.model.rows()
    assert [r.id for r in rows] == [inquiry.id, old.id]  # newest first
    first = form.earlier_panel.model.index(1).data()
    assert old.number in first and "空调不制冷" in first
    assert form.complainant_name_edit.text() == "张伟"  # from the customer record
    assert form.member_no_edit.text() == "M0001"
    assert form.repeat_combo.currentData() is None  # no category yet: nothing proposed

    form.category_combo.setCurrentIndex(form.category_combo.findData("product_quality"))
    assert form.repeat_combo.currentData() == old.id  # same matter within 30 days
    assert form.repeat_hint.isVisibleTo(form)

    form.repeat_combo.setCurrentIndex(0)  # the clerk says: not a repeat
    form.product_model_edit.setText("KFR-35GW")
    assert form.repeat_combo.currentData() is None  # the clerk's choice stands
    form.repeat_combo.setCurrentIndex(form.repeat_combo.findData(old.id))

    form.account_edit.setPlainText("修过一次还是不制冷")
    with qtbot.waitSignal(form.registered) as signal:
        form.save()
    assert Complaint.get_by_id(signal.args[0]).repeat_of_id == old.id


def test_unknown_phone_leaves_name_empty_and_panel_says_so(open_form, qtbot, store):
    earlier(store)
    form = open_form()
    qtbot.keyClicks(form.phone_edit, "010-62345678")
    qtbot.waitUntil(lambda: not form.lookup_busy(), timeout=5000)
    assert form.earlier_panel.count() == 0
    assert form.complainant_name_edit.text() == ""
    assert not form.repeat_combo.isEnabled()
    qtbot.keyClick(form.phone_edit, Qt.Key.Key_Backspace)  # no longer a valid number
    qtbot.waitUntil(lambda: not form.lookup_busy(), timeout=5000)
    assert form.earlier_panel.count() == 0


def test_draft_survives_closing_and_is_restored_with_a_note(open_form, qtbot):
    form = open_form()
    qtbot.keyClicks(form.phone_edit, "13800001111")
    type_text(qtbot, form.complainant_name_edit, "刘芳")
    form.account_edit.setFocus()
    type_text(qtbot, form.account_edit, "洗衣机漏水")
    form.demand_checks["exchange"].setChecked(True)
    form.purchase_amount_edit.setText("1299.00")
    qtbot.keyClick(form.account_edit, Qt.Key.Key_Escape)  # Esc closes at once...
    assert not form.isVisible()
    saved = drafts.load(form.draft_name)  # ...and the draft is written on the way out
    assert saved["phone"] == "13800001111" and saved["account"] == "洗衣机漏水"

    again = open_form()
    assert again.phone_edit.text() == "13800001111"
    assert again.complainant_name_edit.text() == "刘芳"
    assert again.account_edit.toPlainText() == "洗衣机漏水"
    assert again.demand_checks["exchange"].isChecked()
    assert again.purchase_amount_edit.text() == "1299.00"
    assert again.draft_note.isVisibleTo(again)

    qtbot.mouseClick(again.discard_draft_button, Qt.MouseButton.LeftButton)
    assert again.phone_edit.text() == "" and again.account_edit.toPlainText() == ""
    assert not again.demand_checks["exchange"].isChecked()
    assert not again.draft_note.isVisibleTo(again)
    assert drafts.load(again.draft_name) is None


def test_draft_is_on_disk_soon_after_a_change_even_if_the_program_dies(open_form, qtbot, store):
    form = open_form()
    qtbot.keyClicks(form.phone_edit, "13800002222")
    form.level_combo.setCurrentIndex(1)
    path = drafts.path_of(form.draft_name)
    qtbot.waitUntil(path.exists, timeout=3000)  # no close, no save: only the change
    assert drafts.load(form.draft_name)["escalation_level"] == 2
    # The "crash": no close, no reject; a new form (the restarted program) finds the draft.
    restored = RegistrationForm(store.clerk, store.desk)
    qtbot.addWidget(restored)
    assert restored.phone_edit.text() == "13800002222"
    assert restored.level_combo.currentData() == 2


def test_an_untouched_form_leaves_no_draft(open_form, qtbot):
    form = open_form()
    form.reject()
    assert drafts.load(form.draft_name) is None
    assert not open_form().draft_note.isVisibleTo(form)


def test_level_three_or_media_warns_to_tell_a_supervisor(open_form, qtbot):
    form = open_form()
    warning = form.supervisor_warning
    assert not warning.isVisibleTo(form)
    form.level_combo.setCurrentIndex(form.level_combo.findData(3))
    assert warning.isVisibleTo(form)
    form.level_combo.setCurrentIndex(form.level_combo.findData(1))
    assert not warning.isVisibleTo(form)

    form.channel_combo.setCurrentIndex(form.channel_combo.findData("consumer_assoc"))
    assert form.level_combo.currentData() == 3 and not form.level_combo.isEnabled()
    assert form.level_note.isVisibleTo(form) and warning.isVisibleTo(form)
    form.channel_combo.setCurrentIndex(form.channel_combo.findData("counter"))
    assert form.level_combo.currentData() == 1 and form.level_combo.isEnabled()
    assert not warning.isVisibleTo(form)

    form.media_check.setChecked(True)
    assert warning.isVisibleTo(form) and form.effective_level() == 3
    form.phone_edit.setText("13912345678")
    form.complainant_name_edit.setText("赵敏")
    form.account_edit.setPlainText("记者要来采访")
    form.category_combo.setCurrentIndex(form.category_combo.findData("service_attitude"))
    with qtbot.waitSignal(form.registered) as signal:
        form.save()
    c = Complaint.get_by_id(signal.args[0])
    assert (c.escalation_level, c.media_involved) == (3, True)


def test_a_failing_database_keeps_the_form_and_the_draft(open_form, qtbot, monkeypatch):
    form = open_form()
    form.phone_edit.setText("13912345678")
    form.complainant_name_edit.setText("张伟")
    form.account_edit.setPlainText("空调漏水")
    form.category_combo.setCurrentIndex(0)

    def locked(*args, **kwargs):
        raise peewee.OperationalError("database is locked")

    # Fails inside the write transaction: the real rollback path runs.
    monkeypatch.setattr(numbering, "next_number", locked)
    with qtbot.assertNotEmitted(form.registered):
        save_and_wait(qtbot, form)
    assert form.isVisible() and form.banner.isVisibleTo(form) and form.banner.text()
    assert Complaint.select().count() == 0
    assert form.account_edit.toPlainText() == "空调漏水"
    assert drafts.load(form.draft_name)["account"] == "空调漏水"

    monkeypatch.undo()  # the database is back: the same form saves
    monkeypatch.setenv("DESK_HOME", os.environ["DESK_HOME"])
    with qtbot.waitSignal(form.registered):
        form.save()
    assert Complaint.select().count() == 1


def test_lost_connection_while_saving_keeps_the_form(open_form, qtbot, monkeypatch):
    form = open_form()
    form.phone_edit.setText("13912345678")
    form.complainant_name_edit.setText("张伟")
    form.account_edit.setPlainText("空调漏水")
    form.category_combo.setCurrentIndex(0)

    def lost(*args, **kwargs):
        raise peewee.InterfaceError("connection already closed")

    monkeypatch.setattr(registration, "register", lost)
    save_and_wait(qtbot, form)
    assert form.isVisible() and form.banner.text() and form.phone_edit.text() == "13912345678"


def test_a_save_the_database_refused_is_tried_again_by_itself(open_form, qtbot, monkeypatch):
    form = open_form()
    form.phone_edit.setText("13912345678")
    form.complainant_name_edit.setText("张伟")
    form.account_edit.setPlainText("空调漏水")
    form.category_combo.setCurrentIndex(0)
    real_register = registration.register
    calls = []

    def lost_once(*args, **kwargs):
        calls.append(1)
        if len(calls) == 1:
            raise peewee.InterfaceError("connection already closed")
        return real_register(*args, **kwargs)

    monkeypatch.setattr(registration, "register", lost_once)
    form._retry_timer.setInterval(100)
    with qtbot.waitSignal(form.registered, timeout=10_000) as signal:
        form.save()
    assert len(calls) == 2 and Complaint.get_by_id(signal.args[0]).account == "空调漏水"
    assert drafts.load(form.draft_name) is None


def test_a_save_whose_answer_was_lost_is_retried_without_registering_twice(
        open_form, qtbot, monkeypatch):
    """The commit went through but the connection died before the answer: the retry
    finds the complaint by the form's entry token instead of adding a second one."""
    form = open_form()
    form.phone_edit.setText("13912345678")
    form.complainant_name_edit.setText("张伟")
    form.account_edit.setPlainText("空调漏水")
    form.category_combo.setCurrentIndex(0)
    real_register = registration.register
    calls = []

    def answer_lost_once(*args, **kwargs):
        complaint = real_register(*args, **kwargs)
        calls.append(complaint.id)
        if len(calls) == 1:
            raise peewee.InterfaceError("connection already closed")
        return complaint

    monkeypatch.setattr(registration, "register", answer_lost_once)
    form._retry_timer.setInterval(100)
    with qtbot.waitSignal(form.registered, timeout=10_000) as signal:
        form.save()
    assert calls == [signal.args[0]] * 2 and Complaint.select().count() == 1


def test_a_restored_draft_of_a_saved_entry_does_not_register_it_again(open_form, qtbot):
    """A crash between the commit and removing the draft: the draft comes back, and
    saving it gives the complaint already registered."""
    form = open_form()
    form.phone_edit.setText("13912345678")
    form.complainant_name_edit.setText("张伟")
    form.account_edit.setPlainText("空调漏水")
    form.category_combo.setCurrentIndex(0)
    state = form.form_state()
    with qtbot.waitSignal(form.registered) as first:
        form.save()
    drafts.save(form.draft_name, state)  # as if the crash came before the draft was removed
    again = open_form()
    assert again.form_state()["entry_token"] == state["entry_token"]
    with qtbot.waitSignal(again.registered) as second:
        again.save()
    assert second.args == first.args and Complaint.select().count() == 1
    again.discard_draft()
    assert again.form_state()["entry_token"] != state["entry_token"]


def test_while_saving_the_form_refuses_writes_and_cannot_be_closed(open_form, qtbot, monkeypatch):
    form = open_form()
    form.phone_edit.setText("13912345678")
    form.complainant_name_edit.setText("张伟")
    form.account_edit.setPlainText("空调漏水")
    form.category_combo.setCurrentIndex(0)
    go_on = threading.Event()
    real_register = registration.register

    def slow(*args):  # a database that makes the save wait (another desk holds the lock)
        assert go_on.wait(10)
        return real_register(*args)

    monkeypatch.setattr(registration, "register", slow)
    form.save()
    assert form.saving() and not form.scroll.widget().isEnabled()
    assert not form.save_button.isEnabled()
    qtbot.keyClick(form, Qt.Key.Key_Escape)  # ignored: the save decides
    form.save()  # a second Enter does not register twice
    assert form.isVisible()
    with qtbot.waitSignal(form.registered, timeout=10_000):
        go_on.set()
    assert Complaint.select().count() == 1 and not form.isVisible()


def test_channel_and_categories_come_from_the_store_settings(open_form):
    with db.write_transaction():
        settings.put("default_channel", "phone")
        settings.put("categories", ["product_quality", "会员积分"])
    form = open_form()
    assert form.channel_combo.currentData() == "phone"
    assert [form.category_combo.itemText(i) for i in range(form.category_combo.count())] == [
        labels.label("product_quality"), "会员积分"]  # a store's own category shows as typed
    assert form.category_combo.currentIndex() == -1  # the clerk must choose one


def test_form_opens_while_the_database_is_away(open_form, monkeypatch):
    def away(key):
        raise peewee.OperationalError("unable to open database file")

    monkeypatch.setattr(settings, "get", away)
    form = open_form()
    assert form.channel_combo.currentData() == vocab.DEFAULT_CHANNEL
    assert form.category_combo.count() == len(vocab.CATEGORIES)


def test_ctrl_enter_in_the_account_saves_plain_enter_breaks_the_line(open_form, qtbot):
    form = open_form()
    form.phone_edit.setText("13912345678")
    form.complainant_name_edit.setText("张伟")
    form.category_combo.setCurrentIndex(0)
    form.account_edit.setFocus()
    type_text(qtbot, form.account_edit, "第一点")
    qtbot.keyClick(form.account_edit, Qt.Key.Key_Return)
    type_text(qtbot, form.account_edit, "第二点")
    assert form.isVisible()
    with qtbot.waitSignal(form.registered) as signal:
        qtbot.keyClick(form.account_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert Complaint.get_by_id(signal.args[0]).account == "第一点\n第二点"


def test_repeat_back_sentence_has_name_product_problem_and_demand(open_form):
    form = open_form()
    form.complainant_name_edit.setText("张伟")
    form.product_brand_edit.setText("格力")
    form.product_name_edit.setText("空调")
    form.account_edit.setPlainText("制冷效果差")
    form.demand_checks["repair"].setChecked(True)
    sentence = form.read_back_label.text()
    for part in ("张伟", "格力", "空调", "制冷效果差", "Repair"):
        assert part in sentence, part


def fill_sample(form: RegistrationForm) -> None:
    """A realistic complaint, as a clerk would have it on screen before saving."""
    form.phone_edit.setText("139 1234 5678")
    form.complainant_name_edit.setText("张伟")
    form.member_no_edit.setText("M20240001")
    form.product_name_edit.setText("变频空调")
    form.product_brand_edit.setText("格力")
    form.product_model_edit.setText("KFR-35GW/NhGc1B")
    form.order_no_edit.setText("POS-20261101-0388")
    form.purchase_known_check.setChecked(True)
    form.purchase_date_edit.setDate(QDate.currentDate().addDays(-21))
    form.purchase_amount_edit.setText("3999.00")
    form.category_combo.setCurrentIndex(form.category_combo.findData("product_quality"))
    form.account_edit.setPlainText(
        "1. 11月1日购买，安装后第三天开始制冷效果差，室内温度降不下来；\n"
        "2. 室外机噪音很大，晚上影响休息；\n"
        "3. 已经打过两次电话，维修师傅一直没有上门。")
    for code in ("exchange", "apology"):
        form.demand_checks[code].setChecked(True)
    form.demand_detail_edit.setText("要求换一台同型号新机，并对维修延误道歉")
    form.level_combo.setCurrentIndex(form.level_combo.findData(2))


@pytest.fixture
def language(request, qapp):
    """The interface language for one test; English again afterwards."""
    i18n.install_translators(request.param)
    yield request.param
    i18n.install_translators("en")


@pytest.mark.parametrize("language", ["en", "zh_CN"], indirect=True)
def test_form_fits_a_1366x768_screen_and_renders_chinese(language, open_form, qtbot, store):
    earlier(store, received_at=now() - datetime.timedelta(days=10))
    earlier(store, category="delivery", account="送货比约定晚了两天，包装破损。",
            received_at=now() - datetime.timedelta(days=200))
    form = open_form()
    fill_sample(form)
    qtbot.waitUntil(lambda: form.earlier_panel.count() == 2, timeout=5000)
    form.help_panel.toggle.setChecked(True)
    form.resize(1366, 740)  # the desk PCs' screen, less the task bar
    qtbot.wait(50)
    assert QFontInfo(form.account_edit.font()).family() == config.FONT_FAMILY
    if language == "zh_CN":
        assert form.windowTitle() == "顾客投诉登记表"
        assert form.read_back_label.text().startswith("张伟，我跟您确认一下：您的格力变频空调")
    # everything visible without scrolling, with the help open
    assert not form.scroll.verticalScrollBar().isVisible()
    assert not form.scroll.horizontalScrollBar().isVisible()
    if SHOTS:
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        form.grab().save(str(Path(SHOTS) / f"registration-filled-{language}.png"))
        form.purchase_amount_edit.setText("-5")
        form.phone_edit.setText("1391234")
        form.channel_combo.setCurrentIndex(form.channel_combo.findData("consumer_assoc"))
        save_and_wait(qtbot, form)
        form.grab().save(str(Path(SHOTS) / f"registration-errors-{language}.png"))


def test_a_database_turned_read_only_is_said_so_with_what_to_do_and_no_retry(
        open_form, qtbot, monkeypatch):
    form = open_form()
    form.phone_edit.setText("13912345678")
    form.complainant_name_edit.setText("张伟")
    form.account_edit.setPlainText("空调漏水")
    form.category_combo.setCurrentIndex(0)
    real_register = registration.register

    def on_read_only_database(*args, **kwargs):  # the worker thread's own connection
        with read_only_database():
            return real_register(*args, **kwargs)

    monkeypatch.setattr(registration, "register", on_read_only_database)
    with qtbot.assertNotEmitted(form.registered):
        save_and_wait(qtbot, form)
    text = form.banner.text()
    assert form.banner.isVisibleTo(form)
    assert "will not help" in text and "busy" not in text and "again every" not in text
    assert db.current().backend.location() in text
    assert not form._retry_timer.isActive()
    assert Complaint.select().count() == 0
    assert form.account_edit.toPlainText() == "空调漏水"
    assert drafts.load(form.draft_name)["account"] == "空调漏水"

    monkeypatch.undo()  # made writable again: the clerk presses Register once more
    monkeypatch.setenv("DESK_HOME", os.environ["DESK_HOME"])
    with qtbot.waitSignal(form.registered):
        form.save()
    assert Complaint.select().count() == 1

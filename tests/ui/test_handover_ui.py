"""End of shift on screen: the prompt, the composer, the pending strip, the takeover."""

import datetime
import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from desk import settings
from desk.handover import handovers as handover
from desk.handover import shifts
from desk.models import now
from desk.storage import db
from desk.ui.handover.handover_ack_dialog import HandoverAckDialog
from desk.ui.handover.handover_composer import HandoverComposer
from desk.ui.handover.handover_history import HandoverHistory
from desk.ui.handover.shift_settings_page import ShiftSettingsPage
from tests.handover.test_handover import prepared, shifts_around  # noqa: F401 - a fixture
from tests.ui.conftest import type_text

WAIT = 15_000


@pytest.fixture
def shift_now(ui_store):
    with db.write_transaction():
        settings.put(shifts.KEY, shifts_around(now()))
    return shifts.current_shift(now())


def shown(window, kind):
    """The open dialog of this kind (an earlier one may still wait for its deletion)."""
    found = [w for w in window.findChildren(kind) if w.isVisible()]
    assert len(found) == 1
    return found[0]


def open_composer(window, qtbot) -> HandoverComposer:
    window.handover.compose_action.trigger()
    composer = shown(window, HandoverComposer)
    qtbot.waitUntil(lambda: composer.draft is not None, timeout=WAIT)
    return composer


def submit(window, qtbot, ui_store, note_text="收银台打印机卡纸，已报修") -> HandoverComposer:
    composer = open_composer(window, qtbot)
    assert composer.choose_receiver(ui_store.supervisor.id)
    first = composer.draft.sections["open"][0].key
    assert composer.sections.set_note(first, "顾客下午三点来店")
    type_text(qtbot, composer.notes, note_text)
    qtbot.mouseClick(composer.submit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: composer.record is not None, timeout=WAIT)
    return composer


def test_end_of_shift_prompt_then_handover_then_takeover(shift_now, window, qtbot, ui_store,
                                                         register):
    register(product_model="BCD-520")
    register(product_model="BCD-520", phone="13800001111")
    # near the end: the prompt shows once in the banner and the status bar
    window.handover.prompt.set_clock(lambda: shift_now.end - datetime.timedelta(minutes=5))
    window.handover.prompt.check()
    bar = window.handover.bar
    qtbot.waitUntil(lambda: bar.isVisible() and bar.write_button.isVisible(), timeout=WAIT)
    assert "Ctrl+Shift+H" in bar.label.text()
    assert shift_now.end.strftime("%H:%M") in bar.label.text()
    assert not window.banner.isVisible()  # kept free for connection trouble
    qtbot.mouseClick(bar.write_button, Qt.MouseButton.LeftButton)
    shown(window, HandoverComposer).reject()
    # the composer: filled from the data; no receiver chosen is refused under the field
    composer = open_composer(window, qtbot)
    assert composer.open_count.text() == "<b>2</b>"
    assert composer.sections.tables["open"].rowCount() == 2
    assert composer.sections.tables["open"].item(0, 2).text().startswith("139****")
    qtbot.mouseClick(composer.submit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: composer.errors.text("to_staff") != "", timeout=WAIT)
    composer.reject()
    composer = submit(window, qtbot, ui_store)
    kept = handover.get(composer.record.id)
    assert kept.notes == "收银台打印机卡纸，已报修"
    assert [i.note for i in kept.draft.sections["open"]][0] == "顾客下午三点来店"
    # every desk shows it as pending until the receiving clerk confirms
    qtbot.waitUntil(lambda: bar.confirm_button.isVisible(), timeout=WAIT)
    assert "王主管" in bar.label.text() and not bar.write_button.isVisible()
    qtbot.mouseClick(window.handover.bar.confirm_button, Qt.MouseButton.LeftButton)
    ack = shown(window, HandoverAckDialog)
    qtbot.waitUntil(lambda: ack.confirm_button.isEnabled(), timeout=WAIT)
    # the clerk who handed over cannot confirm it for the supervisor
    type_text(qtbot, ack.code, "c1")
    type_text(qtbot, ack.pin, "1357")
    qtbot.mouseClick(ack.confirm_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: ack.message.isVisible(), timeout=WAIT)
    assert "receiving clerk" in ack.message.text()
    ack.code.clear()
    type_text(qtbot, ack.code, "boss")
    type_text(qtbot, ack.pin, "2468")
    qtbot.mouseClick(ack.confirm_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: ack.record is not None and ack.record.read_only, timeout=WAIT)
    qtbot.waitUntil(lambda: not window.handover.bar.isVisible(), timeout=WAIT)
    assert handover.get(kept.id).acknowledged_by_name == "王主管"
    # history: found by text, reopened read-only
    window.handover.history_action.trigger()
    history = shown(window, HandoverHistory)
    qtbot.waitUntil(lambda: len(history.rows) == 1, timeout=WAIT)
    type_text(qtbot, history.search, "打印机")
    qtbot.keyClick(history.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not history.is_loading(), timeout=WAIT)
    assert [h.id for h in history.rows] == [kept.id]
    view = history.open_row(0)
    assert not view.confirm_button.isVisible()
    assert "read-only" in view.view.state.text()


def test_the_shift_settings_page_saves_and_shows_problems(ui_store, qtbot):
    page = ShiftSettingsPage(ui_store.supervisor, ui_store.desk)
    qtbot.addWidget(page)
    page.load()
    assert [r["name"] for r in page.rows()] == ["早班", "晚班"]
    page.add_row("", "20:00", "08:00")
    messages = page.save()
    assert "2.name" in messages and page.message.isVisibleTo(page)
    page.table.cellWidget(2, 0).setText("夜班")
    page.table.cellWidget(2, 1).setTime(page.table.cellWidget(2, 1).time().fromString(
        "22:00", "HH:mm"))
    assert page.save() == {}
    assert [s.name for s in shifts.shifts()] == ["早班", "晚班", "夜班"]
    assert shifts.current_shift(datetime.datetime(2026, 3, 2, 3, 0)).shift.name == "夜班"


def test_handover_screens_in_chinese(chinese, prepared, window, qtbot, ui_store, register,  # noqa: F811
                                     tmp_path):
    """Every section filled (tests/handover/test_handover.py's prepared store), looked at in zh_CN."""
    folder = Path(os.environ.get("DESK_SCREENS_DIR") or tmp_path)
    register(product_model="BCD-520", phone="010-62345678")
    composer = open_composer(window, qtbot)
    assert all(composer.sections.tables[s].rowCount() for s in handover.SECTIONS)
    composer.choose_receiver(ui_store.supervisor.id)
    composer.show()
    assert composer.grab().save(str(folder / "handover_composer.png"))
    composer.reject()
    submit(window, qtbot, ui_store)
    qtbot.waitUntil(lambda: window.handover.bar.confirm_button.isVisible(), timeout=WAIT)
    assert window.grab().save(str(folder / "handover_banner.png"))
    qtbot.mouseClick(window.handover.bar.confirm_button, Qt.MouseButton.LeftButton)
    ack = shown(window, HandoverAckDialog)
    qtbot.waitUntil(lambda: ack.confirm_button.isEnabled(), timeout=WAIT)
    assert ack.grab().save(str(folder / "handover_ack.png"))
    ack.reject()
    history = window.handover.show_history()
    qtbot.waitUntil(lambda: len(history.rows) == 1, timeout=WAIT)
    assert history.grab().save(str(folder / "handover_history.png"))
    page = window.callbacks.edit_store_rules()
    page.tabs.setCurrentIndex(page.tabs.count() - 1)
    assert page.grab().save(str(folder / "shift_settings.png"))
    assert "交班" in window.handover.compose_action.text()


def test_the_sheet_reads_in_chinese(chinese, ui_store, register, shift_now, tmp_path):
    from desk.printing import handover_sheet
    from desk.ui import labels
    from tests.pdf_tools import pdf_pages_png, pdf_text

    register(product_model="BCD-520")
    draft = handover.compose(now(), ui_store.clerk)
    record = handover.submit(draft, ui_store.supervisor.id, "收银台打印机卡纸，已报修", {},
                             ui_store.clerk, ui_store.desk)
    record = handover.acknowledge(record.id, "boss", "2468", "台2")
    pdf = handover_sheet.build("测试商场", record, labels)
    text = pdf_text(pdf)
    for words in ("交班记录", "当班人", "接班人", "遗留件数", "突发事件", "未办结投诉（1）",
                  "139****5678", "王主管 已于"):
        assert words in text, words
    folder = Path(os.environ.get("DESK_SCREENS_DIR") or tmp_path)
    assert len(pdf_pages_png(pdf, folder)) == 1


def test_the_prompt_comes_once_per_shift_and_only_near_its_end(ui_store, qtbot, shift_now):
    from desk.ui.handover.shift_end_prompt import ShiftEndPrompt

    clock = [shift_now.end - datetime.timedelta(minutes=30)]
    prompt = ShiftEndPrompt(clock=lambda: clock[0])
    said = []
    prompt.due.connect(said.append)
    prompt.check()
    qtbot.waitUntil(lambda: not prompt.is_checking(), timeout=WAIT)
    assert said == []  # half an hour before the end: not yet
    clock[0] = shift_now.end - datetime.timedelta(minutes=14)
    for _ in range(2):
        prompt.check()
        qtbot.waitUntil(lambda: not prompt.is_checking(), timeout=WAIT)
    assert len(said) == 1 and shift_now.shift.name in said[0]

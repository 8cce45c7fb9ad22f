"""The contact log tab: entries listed oldest first, a new one added, bad input refused."""

from PySide6.QtCore import Qt

from desk.complaints import contacts
from tests.ui.complaint_steps import WAIT, select
from tests.ui.conftest import type_text


def test_logging_a_contact_lists_it_and_writes_the_history(window, register, ui_store, qtbot):
    c = register()
    contacts.add(c.id, "sms", "info", "已短信告知处理进度", ui_store.clerk, ui_store.desk)
    select(window, qtbot, c.id)
    log = window.detail.contacts
    window.detail.tabs.setCurrentWidget(log)
    qtbot.waitUntil(lambda: len(log.lines) == 1, timeout=WAIT)
    assert log.table.item(0, 1).text() == "SMS" and log.table.item(0, 4).text() == "李小红"
    log.method.setCurrentIndex(log.method.findData("visit"))
    type_text(qtbot, log.text, "上门查看空调")
    with qtbot.waitSignal(window.detail.changed, timeout=WAIT):
        qtbot.mouseClick(log.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(log.lines) == 2, timeout=WAIT)
    assert [e.text for e in contacts.entries_of(c.id)] == ["已短信告知处理进度", "上门查看空调"]
    assert log.text.toPlainText() == ""
    qtbot.waitUntil(lambda: "上门查看空调" in window.detail.text(), timeout=WAIT)


def test_an_empty_contact_shows_its_message_under_the_text(window, register, qtbot):
    c = register()
    select(window, qtbot, c.id)
    log = window.detail.contacts
    window.detail.tabs.setCurrentWidget(log)
    qtbot.mouseClick(log.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: log.errors.label("text").isVisible(), timeout=WAIT)
    assert log.errors.text("text") == "Please fill this in."
    assert contacts.entries_of(c.id) == []

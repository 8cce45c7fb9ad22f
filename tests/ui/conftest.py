"""Fixtures for the Qt tests: the bundled font, a store, and no job left running."""

import itertools

import pytest
from PySide6.QtCore import QCoreApplication, QThreadPool
from PySide6.QtGui import QInputMethodEvent

from desk.complaints import registration
from desk.complaints.registration import ComplaintInput
from desk.ui import fonts, i18n
from desk.ui.main_window import MainWindow
from tests.complaints.test_registration import make_input


def _drain() -> None:
    """Let every background read end and its result arrive, before the database goes."""
    for _ in range(3):
        QThreadPool.globalInstance().waitForDone(15_000)
        QCoreApplication.processEvents()


@pytest.fixture
def ui_store(store, qapp):
    """A set-up store, with the application font loaded; waits for workers at the end."""
    fonts.apply_app_font(qapp)
    yield store
    _drain()


def complaint_input(**overrides) -> ComplaintInput:
    """tests/complaints/test_registration.make_input with a shorter account of its own."""
    return make_input(**{"account": "新买的空调制冷效果差。", **overrides})


@pytest.fixture
def register(ui_store):
    """register(**fields) -> the new complaint, registered by the store's clerk."""

    def make(**overrides):
        return registration.register(complaint_input(**overrides), ui_store.clerk, ui_store.desk)

    return make


def type_text(qtbot, widget, text: str) -> None:
    """Type like a clerk: keys for ASCII, Chinese committed by the input method."""
    for is_ascii, chars in itertools.groupby(text, key=str.isascii):
        chunk = "".join(chars)
        if is_ascii:
            qtbot.keyClicks(widget, chunk)
        else:
            event = QInputMethodEvent("", [])
            event.setCommitString(chunk)
            QCoreApplication.sendEvent(widget, event)


@pytest.fixture
def chinese(qapp):
    """The zh_CN translators for one test, English (the source texts) again afterwards."""
    assert i18n.install_translators("zh_CN")
    yield
    i18n.install_translators("en")


@pytest.fixture
def window(ui_store, qtbot):
    """The main window of the store's clerk, shown, with its first page loaded."""
    w = MainWindow(ui_store.clerk, ui_store.desk, "测试商场")
    qtbot.addWidget(w)
    w.show()
    qtbot.waitUntil(lambda: not w.worklist.model.is_loading(), timeout=15_000)
    return w

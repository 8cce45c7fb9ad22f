"""A clerk's morning, through the real main window: register, find, print; another desk saves."""

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from desk.complaints import registration
from desk.models import Complaint
from desk.ui.complaints.registration_form import RegistrationForm
from desk.ui.live_watcher import LiveWatcher
from tests.pdf_tools import pdf_fonts, pdf_text
from tests.ui.conftest import complaint_input, type_text


def fill_and_save(qtbot, form):
    type_text(qtbot, form.phone_edit, "13912345678")
    type_text(qtbot, form.complainant_name_edit, "张伟")
    type_text(qtbot, form.product_name_edit, "空调")
    type_text(qtbot, form.account_edit, "空调外机噪音大，晚上睡不着。")
    form.category_combo.setCurrentIndex(form.category_combo.findData("product_quality"))
    with qtbot.waitSignal(form.registered, timeout=10_000) as signal:
        qtbot.keyClick(form.phone_edit, Qt.Key.Key_Return)
    return signal.args[0]


def test_register_see_it_on_top_search_it_and_print_its_form(window, qtbot, monkeypatch,
                                                             tmp_path):
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    forms = window.findChildren(RegistrationForm)
    assert len(forms) == 1 and forms[0].isVisible()
    new_id = fill_and_save(qtbot, forms[0])

    # The new complaint is on top of the worklist, selected, and shown in the detail pane.
    qtbot.waitUntil(lambda: window.worklist.current_id() == new_id, timeout=10_000)
    assert window.worklist.model.row_id(0) == new_id
    number = Complaint.get_by_id(new_id).number
    qtbot.waitUntil(lambda: number in window.detail.browser.toPlainText(), timeout=10_000)

    # The scanner types the number and Enter into the search box.
    window.worklist.clear_search()
    window.find_action.trigger()
    qtbot.keyClicks(window.worklist.search_box, number)
    qtbot.keyClick(window.worklist.search_box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.worklist.model.query == number
                    and not window.worklist.model.is_loading(), timeout=10_000)
    assert window.worklist.model.rowCount() == 1 and window.worklist.model.row_id(0) == new_id

    # Its registration form on paper, saved where the clerk says.
    target = tmp_path / "form.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    assert window.save_registration_form() == target
    text = pdf_text(target.read_bytes())
    assert number in text and "空调外机噪音大" in text and "张伟" in text
    assert all(f["emb"] == "yes" for f in pdf_fonts(target.read_bytes()))


def test_a_complaint_saved_on_another_desk_appears_within_two_seconds(window, qtbot, ui_store):
    """The watcher listens on a connection of its own, so this save is news to it as another
    desk's would be (tests/storage/test_live.py does the same across processes)."""
    window.attach_live(LiveWatcher(parent=window, poll_ms=200))
    window.live.start()
    first = window.worklist.model.rowCount()
    c = registration.register(complaint_input(phone="13800002222"), ui_store.supervisor,
                              "二楼服务台")
    qtbot.waitUntil(lambda: window.worklist.model.rowCount() == first + 1, timeout=2_000)
    assert window.worklist.model.row_id(0) == c.id
    window.live.stop()


def test_blank_form_is_one_page_with_nothing_ticked(window, monkeypatch, tmp_path):
    target = tmp_path / "blank.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    assert window.save_blank_form() == Path(target)
    assert "■" not in pdf_text(target.read_bytes())

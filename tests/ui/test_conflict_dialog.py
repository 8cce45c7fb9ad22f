"""Two desks, one record: a save in between opens the conflict dialog, nothing is overwritten."""

from PySide6.QtCore import Qt

from desk.models import ChangeLog, Complaint, Transfer
from desk.storage import db
from tests.ui.complaint_steps import WAIT, add_departments, confirm, open_dialog, select
from tests.ui.conftest import type_text


def _other_desk_saves(db_url: str, complaint_id: int) -> None:
    """Another desk (its own connection) changes the category and bumps the version."""
    other = db.open_database(db_url)
    other.connect()
    try:
        other.execute_sql(f"UPDATE complaint SET category = 'delivery', version = version + 1 "
                          f"WHERE id = {other.param}", (complaint_id,))
    finally:
        other.close()


def _conflict(window, qtbot, db_url, c, depts):
    select(window, qtbot, c.id)
    dialog = open_dialog(window, qtbot, "judge_founded")
    combo = dialog.widgets["department_id"]
    combo.setCurrentIndex(combo.findData(depts["维修部"].id))
    _other_desk_saves(db_url, c.id)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.conflict_dialog is not None
                    and dialog.conflict_dialog.isVisible(), timeout=WAIT)
    return dialog, dialog.conflict_dialog


def test_a_save_in_between_shows_what_changed_and_discarding_writes_nothing(
        window, register, ui_store, qtbot, db_url):
    depts = add_departments(ui_store)
    c = register()
    changes_before = ChangeLog.select().count()
    dialog, conflict = _conflict(window, qtbot, db_url, c, depts)
    assert conflict.rows() == [("Category", "Product quality", "Delivery")]
    assert "Judge: founded" in conflict.wanted_label.text()
    assert "维修部" in conflict.wanted_label.text()
    qtbot.mouseClick(conflict.discard_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT)
    stored = Complaint.get_by_id(c.id)
    assert (stored.status, stored.category, stored.department_id) == ("registered", "delivery",
                                                                      None)
    assert ChangeLog.select().count() == changes_before
    assert Transfer.select().count() == 0


def test_reload_keeps_the_entry_and_applies_it_to_what_is_saved_now(
        window, register, ui_store, qtbot, db_url):
    depts = add_departments(ui_store)
    c = register()
    dialog, conflict = _conflict(window, qtbot, db_url, c, depts)
    qtbot.mouseClick(conflict.reload_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not conflict.isVisible(), timeout=WAIT)
    assert dialog.isVisible() and dialog.version == c.version + 1
    assert dialog.widgets["department_id"].currentData() == depts["维修部"].id  # entry kept
    assert dialog.message.isVisible()
    confirm(window, qtbot, dialog)
    stored = Complaint.get_by_id(c.id)
    assert (stored.status, stored.category, stored.department_id) == (
        "judged", "delivery", depts["维修部"].id)  # theirs kept, mine applied on top


def test_a_transfer_reason_is_asked_when_a_department_is_set(window, register, ui_store, qtbot):
    depts = add_departments(ui_store)
    c = register()
    select(window, qtbot, c.id)
    dialog = open_dialog(window, qtbot, "judge_founded")
    dialog.widgets["department_id"].setCurrentIndex(
        dialog.widgets["department_id"].findData(depts["维修部"].id))
    confirm(window, qtbot, dialog)
    dialog = open_dialog(window, qtbot, "route")
    dialog.widgets["department_id"].setCurrentIndex(
        dialog.widgets["department_id"].findData(depts["送货部"].id))
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.errors.label("reason").isVisible(), timeout=WAIT)
    type_text(qtbot, dialog.widgets["reason"], "送货损坏")
    confirm(window, qtbot, dialog)
    assert Transfer.select().count() == 1
    qtbot.waitUntil(lambda: "送货损坏" in window.detail.text(), timeout=WAIT)
    assert "维修部 → 送货部" in window.detail.text()

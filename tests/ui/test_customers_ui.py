"""The customer screens driven as a clerk and a supervisor would: search, the record
edited and saved with Enter, a bad phone said next to it, the history, a contact,
the merge, and the assignment proposal shown before it is applied."""

import datetime
import os
from pathlib import Path

from PySide6.QtCore import Qt

from desk.customers import assignment, records
from desk.models import Customer
from desk.staff import auth
from desk.storage import db
from desk.ui.customers.assignment_dialog import AssignmentDialog
from desk.ui.customers.customers_window import CustomersWindow
from tests.ui.complaint_steps import WAIT
from tests.ui.conftest import type_text


def shots(tmp_path) -> Path:
    return Path(os.environ.get("DESK_SCREENS_DIR") or tmp_path)


def test_search_open_edit_and_save_a_record(register, ui_store, qtbot, chinese, tmp_path):
    register(phone="13912345678", complainant_name="张伟")
    register(phone="13800001111", complainant_name="李娜")
    window = CustomersWindow(ui_store.clerk, ui_store.desk)
    qtbot.addWidget(window)
    window.show()
    assert window.table.rowCount() == 2
    type_text(qtbot, window.search_box, "5678")
    qtbot.keyClick(window.search_box, Qt.Key.Key_Return)  # a scanner ends with Enter
    assert [r.name for r in window.rows] == ["张伟"]
    window.grab().save(str(shots(tmp_path) / "customers_list_zh_CN.png"))
    dialog = window.open_record(0)
    qtbot.addWidget(dialog)
    dialog.phones.setPlainText("13912345678\nabc")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "abc" in dialog.errors.text("phones")
    dialog.phones.setPlainText("13912345678\n010-62345678")
    dialog.tag_boxes["vip"].setChecked(True)
    dialog.address.setFocus()
    type_text(qtbot, dialog.address, "杭州市解放路1号")
    qtbot.keyClick(dialog.address, Qt.Key.Key_Return)  # Enter saves
    saved = records.get(window.rows[0].id)
    assert saved.phones == ["13912345678", "01062345678"] and saved.tags == ["vip"]
    assert saved.address == "杭州市解放路1号"
    dialog.tabs.setCurrentIndex(1)
    type_text(qtbot, dialog.contact_note, "电话问候")
    qtbot.mouseClick(dialog.contact_button, Qt.MouseButton.LeftButton)
    kinds = [dialog.lines.item(r, 1).text() for r in range(dialog.lines.rowCount())]
    assert "联系" in kinds and "投诉" in kinds
    dialog.grab().save(str(shots(tmp_path) / "customer_record_history_zh_CN.png"))
    dialog.tabs.setCurrentIndex(0)
    dialog.grab().save(str(shots(tmp_path) / "customer_record_zh_CN.png"))


def test_a_conflict_keeps_what_was_typed(register, ui_store, qtbot):
    c = register(phone="13912345678")
    window = CustomersWindow(ui_store.clerk, ui_store.desk)
    qtbot.addWidget(window)
    dialog = window.open_record(0)
    qtbot.addWidget(dialog)
    seen = records.get(c.customer_id)
    records.update(seen.id, seen.version, records.CustomerChanges(
        name=seen.name, phones=seen.phones, address="别的台写的"), ui_store.clerk, "台2")
    dialog.address.setText("我写的")
    assert not dialog.save()
    assert "Another desk" in dialog.message.text() and dialog.address.text() == "我写的"
    assert dialog.save() and records.get(seen.id).address == "我写的"


def test_a_supervisor_merges_two_selected_records(register, ui_store, qtbot):
    register(phone="13900000001", complainant_name="张伟")
    register(phone="13900000002", complainant_name="张 伟")
    window = CustomersWindow(ui_store.supervisor, ui_store.desk)
    qtbot.addWidget(window)
    assert not window.merge_button.isHidden()
    window.table.selectAll()
    assert window.merge_selected(confirm=False)
    assert window.table.rowCount() == 1
    assert set(records.get(window.rows[0].id).phones) == {"13900000001", "13900000002"}
    clerk_view = CustomersWindow(ui_store.clerk, ui_store.desk)
    qtbot.addWidget(clerk_view)
    assert clerk_view.merge_button.isHidden()


def test_the_proposal_is_shown_then_applied(register, ui_store, qtbot, chinese, tmp_path):
    other = auth.add_staff("c2", "王芳", "1357", by=ui_store.supervisor)
    auth.update_staff(other.id, ui_store.supervisor, ability_level=3)
    for i in range(8):
        register(phone=f"1390000{i:04d}")
    dialog = AssignmentDialog(ui_store.supervisor, ui_store.desk)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.propose_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.apply_button.isEnabled(), timeout=WAIT)
    gets = {dialog.table.item(r, 0).text(): dialog.table.item(r, 4).text()
            for r in range(dialog.table.rowCount())}
    assert gets == {"王芳": "5", "李小红": "3"}  # levels 3 and 2
    assert Customer.select().where(Customer.assigned_to.is_null(False)).count() == 0
    dialog.grab().save(str(shots(tmp_path) / "assign_customers_zh_CN.png"))
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "8" in dialog.summary.text(), timeout=WAIT)
    assert assignment.count_held(other.id) == 5
    mine = CustomersWindow(ui_store.clerk, ui_store.desk, mine=True)
    qtbot.addWidget(mine)
    assert mine.table.rowCount() == 3
    assert mine.table.item(0, 6).text().startswith("应于")


def test_the_clerk_is_reminded_of_first_contacts_owed(register, ui_store, window, qtbot):
    late = Customer.get_by_id(register(phone="13900000001", complainant_name="张伟").customer_id)
    later = Customer.get_by_id(register(phone="13900000002", complainant_name="李娜").customer_id)
    at = datetime.datetime.now()
    with db.write_transaction():  # assigned eight days ago, and one yesterday
        Customer.update(assigned_to=ui_store.clerk.id, assigned_at=at - datetime.timedelta(8),
                        first_contact_due=at - datetime.timedelta(1)).where(
            Customer.id == late.id).execute()
        Customer.update(assigned_to=ui_store.clerk.id, assigned_at=at - datetime.timedelta(1),
                        first_contact_due=at + datetime.timedelta(6)).where(
            Customer.id == later.id).execute()
    reminder = window.customers.reminder
    reminder.check()
    qtbot.waitUntil(lambda: bool(reminder.items) and not reminder.is_checking(), timeout=WAIT)
    assert [c.id for c in reminder.items] == [late.id]  # the other is due in six days
    assert "1 new customer(s) to contact for the first time: 张伟; 1 overdue" in reminder.text
    assert any("First contact overdue since" in line and "张伟" in line
               for line in window.customers.notices.shown)
    view = window.customers.show_customers(mine=True)
    qtbot.addWidget(view)
    assert [r.id for r in view.rows] == [late.id, later.id]  # owed first, earliest due first
    record = view.open_record(0)
    qtbot.addWidget(record)
    record.tabs.setCurrentIndex(1)
    type_text(qtbot, record.contact_note, "电话问候，已加微信")
    qtbot.mouseClick(record.contact_button, Qt.MouseButton.LeftButton)  # the holder's contact
    qtbot.waitUntil(lambda: not reminder.items and not reminder.is_checking(), timeout=WAIT)
    assert reminder.text == ""

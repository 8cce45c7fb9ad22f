"""The worklist panel and detail pane, driven from the keyboard like a clerk does."""

import pytest
from PySide6.QtCore import Qt

from desk.complaints import editing
from desk.models import Complaint
from desk.storage import db
from desk.ui.complaints.worklist_panel import WorklistPanel
from desk.ui.main_window import MainWindow
from tests.ui.conftest import type_text


def idle(qtbot, panel):
    qtbot.waitUntil(lambda: not panel.model.is_loading(), timeout=15_000)


@pytest.fixture
def panel(ui_store, qtbot):
    p = WorklistPanel(staff_id=ui_store.clerk.id)
    qtbot.addWidget(p)
    p.resize(1000, 600)
    p.show()
    idle(qtbot, p)
    return p


def shown_ids(panel):
    return [panel.model.row_id(r) for r in range(panel.model.rowCount())]


def search(qtbot, panel, text, enter=True):
    panel.search_box.clear()
    type_text(qtbot, panel.search_box, text)
    if enter:
        qtbot.keyClick(panel.search_box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: panel.model.query == text.strip(), timeout=5_000)
    idle(qtbot, panel)
    qtbot.waitUntil(lambda: "found" in panel.hits.text(), timeout=15_000)


def test_filters_open_mine_status_and_kind(ui_store, register, panel, qtbot):
    complaint = register()
    inquiry = register(kind="inquiry", phone="13800000001")
    closed = register(phone="13800000002")
    for_boss = register(phone="13800000003")
    with db.write_transaction():
        Complaint.update(status="closed").where(Complaint.id == closed.id).execute()
    editing.update_complaint(for_boss.id, 1, {"assigned_to": ui_store.supervisor.id},
                             ui_store.supervisor, ui_store.desk)
    panel.model.reload()
    idle(qtbot, panel)
    assert set(shown_ids(panel)) == {complaint.id, inquiry.id, for_boss.id}
    panel.scope.setCurrentIndex(panel.scope.findData("all"))  # all, closed too
    idle(qtbot, panel)
    assert set(shown_ids(panel)) == {complaint.id, inquiry.id, closed.id, for_boss.id}
    panel.mine.setChecked(True)
    idle(qtbot, panel)
    assert set(shown_ids(panel)) == {complaint.id, inquiry.id, closed.id}
    panel.set_staff_id(ui_store.supervisor.id)
    idle(qtbot, panel)
    assert shown_ids(panel) == [for_boss.id]
    panel.mine.setChecked(False)
    panel.kind.setCurrentIndex(panel.kind.findData("inquiry"))
    idle(qtbot, panel)
    assert shown_ids(panel) == [inquiry.id]
    panel.kind.setCurrentIndex(0)
    panel.status.setCurrentIndex(panel.status.findData("closed"))
    idle(qtbot, panel)
    assert shown_ids(panel) == [closed.id]


def test_list_shows_words_masked_phone_age_and_marks_level_3(register, panel, qtbot):
    urgent = register(channel="media", phone="13912345678")
    calm = register(phone="13800001111")
    panel.model.reload()
    idle(qtbot, panel)
    model = panel.model
    row = model.row_of(urgent.id)
    texts = [model.index(row, c).data() for c in range(model.columnCount())]
    assert texts[0] == urgent.number
    assert texts[1:4] == ["Registered", "Complaint", "张伟"]
    assert texts[4] == "139****5678"
    assert texts[5] == "Product quality"
    assert texts[7] == "0 min"
    assert texts[8] == "李小红"
    assert model.index(row, 0).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert model.index(row, 0).data(Qt.ItemDataRole.DecorationRole) is not None
    assert model.index(model.row_of(calm.id), 0).data(Qt.ItemDataRole.BackgroundRole) is None


def test_search_box_finds_by_number_phone_tail_and_chinese_words(register, panel, qtbot):
    aircon = register(account="空调不制冷，屏幕闪烁。", phone="13912345678")
    fridge = register(account="冰箱门关不严。", product_name="冰箱", phone="13800005678")
    other = register(account="送货晚了两天。", product_name="床垫", phone="13700001111")
    search(qtbot, panel, "空调")
    assert shown_ids(panel) == [aircon.id]
    assert panel.hits.text() == "1 found"
    search(qtbot, panel, "闪")
    assert shown_ids(panel) == [aircon.id]
    search(qtbot, panel, "5678")
    assert shown_ids(panel) == [fridge.id, aircon.id]
    assert panel.hits.text() == "2 found"
    search(qtbot, panel, "13700001111")
    assert shown_ids(panel) == [other.id]
    search(qtbot, panel, fridge.number)
    assert shown_ids(panel) == [fridge.id]
    assert not panel.status.isEnabled()  # a search looks through everything
    qtbot.keyClick(panel.search_box, Qt.Key.Key_Escape)
    assert panel.search_box.text() == ""
    assert panel.status.isEnabled() and panel.scope.isEnabled()
    idle(qtbot, panel)
    assert set(shown_ids(panel)) == {aircon.id, fridge.id, other.id}
    assert panel.hits.text() == ""


def test_typing_pauses_then_searches_without_enter(register, panel, qtbot):
    aircon = register(account="空调不制冷。")
    register(account="冰箱门关不严。", product_name="冰箱", phone="13800005678")
    panel.search_box.setText("")
    prefix = aircon.number[:8]  # "S01-2026": the start of every number of the year
    qtbot.keyClicks(panel.search_box, prefix)
    qtbot.waitUntil(lambda: panel.model.query == prefix, timeout=3_000)
    idle(qtbot, panel)
    assert len(shown_ids(panel)) == 2


def test_a_scanned_number_selects_and_opens_the_complaint(ui_store, register, qtbot):
    wanted = register(phone="13800001234")
    register(phone="13800004321")
    window = MainWindow(ui_store.clerk, ui_store.desk, "测试商场")
    qtbot.addWidget(window)
    window.show()
    panel = window.worklist
    idle(qtbot, panel)
    with qtbot.waitSignal(panel.open_requested, timeout=15_000) as opened:
        qtbot.keyClicks(panel.search_box, wanted.number)
        qtbot.keyClick(panel.search_box, Qt.Key.Key_Return)
    assert opened.args == [wanted.id]
    assert panel.current_id() == wanted.id
    qtbot.waitUntil(lambda: window.detail.record is not None, timeout=15_000)
    assert window.detail.record.id == wanted.id
    assert wanted.number in window.detail.text()


def test_enter_on_a_row_opens_its_detail_with_history(ui_store, register, qtbot):
    first = register(phone="13800001234")
    repeat = register(phone="13800001234", repeat_of_id=first.id, account="又坏了。",
                      purchase_amount="1299.50")
    window = MainWindow(ui_store.clerk, ui_store.desk, "测试商场")
    qtbot.addWidget(window)
    window.show()
    panel = window.worklist
    idle(qtbot, panel)
    qtbot.keyClick(panel.search_box, Qt.Key.Key_Down)  # from the search box into the list
    assert panel.view.hasFocus() or panel.view.currentIndex().row() == 0
    assert panel.current_id() == repeat.id
    with qtbot.waitSignal(window.detail.shown, timeout=15_000):
        qtbot.keyClick(panel.view, Qt.Key.Key_Return)
    text = window.detail.text()
    for expected in (repeat.number, "又坏了。", "¥1,299.50", "Repeat of", first.number,
                     "Earlier contacts", "Registered as", "Linked as a repeat of", "李小红",
                     ui_store.desk):
        assert expected in text, expected
    with qtbot.waitSignal(window.detail.shown, timeout=15_000):
        window.detail.open_complaint.emit(first.id)  # what clicking the repeat link does
    assert window.worklist.current_id() == first.id
    assert window.detail.record.id == first.id


def test_worklist_pages_through_the_view_lazily(register, panel, qtbot):
    for i in range(120):
        register(phone=f"138{i:08d}")
    panel.model.reload()
    idle(qtbot, panel)
    assert panel.model.rowCount() == 100
    panel.view.scrollToBottom()
    qtbot.waitUntil(lambda: panel.model.rowCount() == 120, timeout=15_000)


def test_refresh_keeps_the_selected_row_selected(ui_store, register, panel, qtbot):
    made = [register(phone=f"1380000{i:04d}") for i in range(12)]
    panel.model.reload()
    idle(qtbot, panel)
    chosen = made[5]
    assert panel.select_id(chosen.id)
    editing.update_complaint(chosen.id, 1, {"category": "delivery"}, ui_store.clerk,
                             ui_store.desk)
    with qtbot.waitSignal(panel.model.refreshed, timeout=15_000) as done:
        panel.model.refresh_ids([chosen.id, made[0].id])
    assert sorted(done.args[0]) == sorted([chosen.id, made[0].id])
    assert panel.current_id() == chosen.id
    row = panel.model.row_of(chosen.id)
    assert panel.model.index(row, 5).data() == "Delivery"
    assert panel.view.selectionModel().isRowSelected(row)


def test_new_rows_arrive_on_top_without_moving_the_selection_or_the_view(register, panel,
                                                                        qtbot):
    made = [register(phone=f"1380000{i:04d}") for i in range(60)]
    panel.model.reload()
    idle(qtbot, panel)
    chosen = made[20]
    panel.select_id(chosen.id)
    bar = panel.view.verticalScrollBar()
    bar.setValue(15)
    qtbot.waitUntil(lambda: bar.value() == 15)
    top_row_before = panel.view.rowAt(0)
    top_id_before = panel.model.row_id(top_row_before)
    newer = [register(phone=f"1390000{i:04d}") for i in range(3)]
    with qtbot.waitSignal(panel.model.prepended, timeout=15_000) as arrived:
        panel.model.prepend_new()
    assert sorted(arrived.args[0]) == sorted(c.id for c in newer)
    assert [panel.model.row_id(r) for r in range(3)] == [c.id for c in reversed(newer)]
    assert panel.model.rowCount() == 63
    assert panel.current_id() == chosen.id
    assert panel.view.selectionModel().isRowSelected(panel.model.row_of(chosen.id))
    qtbot.waitUntil(lambda: panel.model.row_id(panel.view.rowAt(0)) == top_id_before)


def test_reveal_shows_a_filtered_out_new_complaint_on_top(register, panel, qtbot):
    register()
    panel.kind.setCurrentIndex(panel.kind.findData("complaint"))
    idle(qtbot, panel)
    inquiry = register(kind="inquiry", phone="13800009999")
    panel.reveal(inquiry.id)
    qtbot.waitUntil(lambda: panel.current_id() == inquiry.id, timeout=15_000)
    assert panel.model.row_id(0) == inquiry.id

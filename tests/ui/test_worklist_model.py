"""The worklist model: lazy keyset pages, filters, search, live refresh."""

from desk.complaints.masking import mask_phone
from desk.complaints.worklist import WorklistFilter
from desk.ui.complaints.worklist_model import WorklistModel


def wait_idle(qtbot, model):
    qtbot.waitUntil(lambda: not model.is_loading(), timeout=15_000)


def test_worklist_loads_a_page_at_a_time(qtbot, register):
    for i in range(250):
        register(phone=f"139{i:08d}")
    model = WorklistModel()
    model.set_filter(WorklistFilter())
    wait_idle(qtbot, model)
    assert model.rowCount() == 100
    assert model.canFetchMore()
    model.fetchMore()
    wait_idle(qtbot, model)
    assert model.rowCount() == 200
    model.fetchMore()
    wait_idle(qtbot, model)
    assert model.rowCount() == 250
    assert not model.canFetchMore()
    ids = [model.row_id(r) for r in range(250)]
    assert ids == sorted(ids, reverse=True) and len(set(ids)) == 250


def test_phone_is_masked_in_the_list():
    assert mask_phone("13912345678") == "139****5678"
    assert mask_phone("01062345678") == "010****5678"

"""The head office's statistics window on two real store databases: every store side by
side, the store box switching without computing again, a chain cell drilling into the
store the user picks, in Chinese."""

import os
from pathlib import Path

from PySide6.QtWidgets import QInputDialog

from desk.statistics.types import FIGURES
from desk.ui import fonts
from desk.ui.head_office.head_office_window import HeadOfficeWindow
from desk.ui.statistics.statistics_model import COLUMNS
from tests.chain.test_chain_figures import chain  # noqa: F401 - the two stores' fixture

TIMEOUT = 30_000


def shots(tmp_path) -> Path:
    return Path(os.environ.get("DESK_SCREENS_DIR") or tmp_path)


def test_the_head_office_sees_every_store_and_drills_into_one(chain, qtbot, qapp,  # noqa: F811
                                                             chinese, monkeypatch, tmp_path):
    fonts.apply_app_font(qapp)
    w = HeadOfficeWindow(chain)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitUntil(lambda: w.result is not None and not w.is_computing(), timeout=TIMEOUT)
    w.period_choice.setCurrentIndex(w.period_choice.findData("custom"))
    year_ago = w.until.date().addDays(-365)
    w.since.setDate(year_ago)  # the last twelve months
    qtbot.waitUntil(lambda: not w.is_computing() and w.data.period.start.date()
                    == year_ago.toPython(), timeout=TIMEOUT)
    assert w.windowTitle() == "总部统计：2 家门店"
    assert w.stores_table.rowCount() == 3  # two stores and the chain
    names = [w.stores_table.item(r, 0).text() for r in range(3)]
    assert names == ["A01 东店", "B02 西店", "全连锁"]
    received = [int(w.stores_table.item(r, 1).text()) for r in range(3)]
    assert received[2] == received[0] + received[1] > 0
    assert w.data is w.result.chain
    w.resize(1280, 720)
    w.grab().save(str(shots(tmp_path) / "head_office_zh_CN.png"))

    w.store_box.setCurrentIndex(2)  # B02: shown at once, nothing computed again
    assert not w.is_computing() and w.data is w.result.by_store["B02"]
    for figure in FIGURES:
        assert w.data.table.total.figure(figure) == w.result.by_store["B02"].table.total.figure(
            figure)
    w.store_box.setCurrentIndex(0)

    # A chain cell: the complaints of the store picked, exactly as many as that store has.
    monkeypatch.setattr(QInputDialog, "getItem",
                        staticmethod(lambda *args, **kw: (args[3][1], True)))
    total = w.model.index(w.model.rowCount() - 1, COLUMNS.index("received"))
    with qtbot.waitSignal(w.drill_opened, timeout=TIMEOUT) as opened:
        w._cell_double_clicked(total)
    dialog = opened.args[0]
    qtbot.addWidget(dialog)
    assert dialog.windowTitle().startswith("B02 西店")
    qtbot.waitUntil(lambda: dialog.count.text() != "读取中…" and bool(dialog.rows),
                    timeout=TIMEOUT)
    assert len(dialog.rows) == len(dialog.ids) == received[1]

"""The head office's statistics window: the chain's figures, or one store's, and every
store side by side (desk.chain.figures).

The store statistics window, read-only: the stores are computed together on a worker
(progress per store), the store box switches between them without computing again,
and a double-click lists the complaints behind a figure in the store they belong to
(asking which store when a chain figure spans several). What a store's desks do with
their own figures (the grants review, the incident log, the weekly hot-spot view) stays
at the store.
"""

from types import SimpleNamespace

from PySide6.QtWidgets import QComboBox, QInputDialog, QLabel, QTableWidgetItem

from desk.chain import figures as chain_figures
from desk.statistics import figures, words
from desk.ui.statistics.statistics_window import StatisticsWindow
from desk.ui.widgets.tables import list_table

CHAIN = ""  # the store box's entry for the whole chain


class HeadOfficeWindow(StatisticsWindow):
    def __init__(self, stores, parent=None, **kwargs):
        self.stores = list(stores)
        self.result: chain_figures.ChainStatistics | None = None
        head = SimpleNamespace(id=None, role="supervisor", name="")
        self.store_box = QComboBox()
        super().__init__(head, "", parent, **kwargs)
        head.name = self.tr("Head office")
        self.setWindowTitle(self.tr("Head office statistics: {n} stores").format(
            n=len(self.stores)))
        self.store_box.addItem(self.tr("Whole chain"), CHAIN)
        for store in self.stores:
            self.store_box.addItem(f"{store.code} {store.name}", store.code)
        self.store_box.currentIndexChanged.connect(self._store_chosen)
        choose = self.layout().itemAt(0).layout()
        choose.insertWidget(0, self.store_box)
        choose.insertWidget(0, QLabel(self.tr("&Store")))
        choose.itemAt(0).widget().setBuddy(self.store_box)
        self.tabs.insertTab(0, self._stores_tab(), self.tr("Stores"))
        self.tabs.setCurrentIndex(0)
        for hidden in (self.review_button, self.hotspot_view_button):
            hidden.hide()
        self.print_incidents_action.setVisible(False)

    def _stores_tab(self):
        self.stores_table = list_table([
            self.tr("Store"), words.figure("received"), words.figure("closed"),
            words.figure("still_open"), words.rate("on_time"), words.rate("satisfaction"),
            words.figure("median_hours"), words.figure("money"), self.tr("Hot spots")])
        self.stores_table.cellDoubleClicked.connect(self._stores_row_chosen)
        return self.stores_table

    # -- computing: every store at once, on the worker ---------------------------------------

    def _compute_job(self, period, group_by, staff_id, at, stop, emit):
        return chain_figures.compute(self.stores, period, group_by, progress=emit,
                                     cancelled=stop.is_set, now=at)

    def _show(self, result, at) -> None:
        self.result = result
        self._fill_stores_table(result)
        self._show_chosen(at)

    def _store_chosen(self, *_args) -> None:
        if self.result is not None:
            self._show_chosen(self.computed_at)

    def _show_chosen(self, at) -> None:
        code = self.store_box.currentData()
        super()._show(self.result.chain if code == CHAIN else self.result.by_store[code], at)
        # A chain's own grants are several stores' complaints: opened from a store only.
        self.own_grants.setEnabled(code != CHAIN)

    def _fill_stores_table(self, result) -> None:
        rows = [(f"{s.code} {s.name}", result.by_store[s.code]) for s in result.stores]
        rows.append((self.tr("Whole chain"), result.chain))
        self.stores_table.setRowCount(len(rows))
        for r, (name, data) in enumerate(rows):
            total, rates = data.table.total, data.rates.rates
            values = (name, str(total.received), str(total.closed), str(total.still_open),
                      _percent(rates["on_time"].value), _percent(rates["satisfaction"].value),
                      "" if total.median_hours is None else f"{total.median_hours:.2f}",
                      f"{total.money:,.2f}", str(len(data.hotspots)))
            for c, text in enumerate(values):
                self.stores_table.setItem(r, c, QTableWidgetItem(text))

    def _stores_row_chosen(self, row: int, _column: int) -> None:
        """A store's row chooses that store; the chain's, last, the whole chain."""
        self.store_box.setCurrentIndex(0 if row == len(self.stores) else row + 1)

    def _scope_name(self) -> str:
        return self.store_box.currentText()

    # -- drilling down into a store's complaints -----------------------------------------------

    def drill(self, figure: str, title: str, *, group_by=None, key=None) -> None:
        if self.result is None:
            return
        code, result = self.store_box.currentData(), self.result
        kind = figures.drill_kind(figure)
        store = next((s for s in self.stores if s.code == code), None)

        def job():
            if store is None:
                return chain_figures.drill(result, figure, group_by=group_by, key=key)
            chain_figures.use(store)
            return {code: figures.drill(result.chain.period, figure, group_by=group_by,
                                        key=key, now=result.chain.now)}

        self._side_runner.run(job, on_done=lambda found: self._list_in_store(title, found, kind),
                              on_error=self._failed)

    def _list_in_store(self, title: str, found: dict, kind: str):
        """The complaints of one store: the only one, or the one the user picks."""
        if not found:
            return self.show_list(title, [], kind)
        codes = list(found)
        if len(codes) > 1:
            names = {s.code: s.name for s in self.stores}
            items = [self.tr("{code} {name}: {n}").format(code=c, name=names[c],
                                                          n=len(found[c])) for c in codes]
            item, ok = QInputDialog.getItem(self, title, self.tr("Which store's complaints?"),
                                            items, 0, False)
            if not ok:
                return None
            codes = [codes[items.index(item)]]
        store = next(s for s in self.stores if s.code == codes[0])
        chain_figures.use(store)
        return self.show_list(f"{store.code} {store.name} — {title}", found[store.code], kind)

    def show_missed_members(self):
        if self.store_box.currentData() == CHAIN:
            self.message.setText(self.tr("Choose a store: each store lists its own members."))
            self.message.show()
            return None
        return super().show_missed_members()

    def _hotspot_double_clicked(self, row: int, _column: int) -> None:
        spot = self.spots[row]
        store = next((s for s in self.stores if s.code == spot.store), None)
        if store is None:  # hot across stores: each store's complaints are its own
            self.message.setText(self.tr("Hot across {stores}: choose a store to list its "
                                         "complaints.").format(stores=spot.store))
            self.message.show()
            return
        chain_figures.use(store)
        self.show_list(f"{store.code} — {words.hotspot_title(spot, None)}", spot.complaint_ids)


def _percent(value) -> str:
    return "" if value is None else f"{value:.1%}"


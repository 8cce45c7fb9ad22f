"""The head office's figures: each store's as its desks see them, the chain's the stores'
added up, a chain median the median of every store's complaints, drill-downs into each
store's complaints."""

import datetime
import statistics as stats_lib

import pytest

from desk import settings
from desk.chain import admin, figures, stores
from desk.demo import populate
from desk.statistics import figures as store_figures
from desk.statistics import periods
from desk.statistics.types import FIGURES
from desk.storage import db

STORES = {"A01": ("东店", 260, 3), "B02": ("西店", 180, 4)}


@pytest.fixture(scope="module")
def chain(pg_admin_url):
    made = []
    for code, (name, complaints, seed) in STORES.items():
        url = stores.ensure_database(pg_admin_url, code)
        db.connect(url, migrate=False)
        populate.populate(complaints, seed=seed)
        with db.write_transaction():
            settings.put("store_code", code)
            settings.put("store_name", name)
        db.close()
        made.append(stores.Store(code, name, stores.database_name(code), url))
    yield made
    db.close()
    with admin.autocommit(pg_admin_url) as cursor:
        for store in made:
            cursor.execute(f'DROP DATABASE IF EXISTS "{store.database}" WITH (FORCE)')


def whole_span() -> periods.Period:
    now = datetime.datetime.now()
    return periods.Period(now - datetime.timedelta(days=4 * 365), now + datetime.timedelta(1))


def closed_minutes(store, period) -> list[int]:
    """Independently of the statistics' code: every closed complaint's handling minutes."""
    figures.use(store)
    rows = db.current().db.execute_sql(
        "SELECT received_at, closed_at FROM complaint WHERE status = 'closed'"
        " AND received_at >= %s AND received_at < %s", (period.start, period.end)).fetchall()
    return [int((closed.replace(second=0, microsecond=0)
                 - received.replace(second=0, microsecond=0)).total_seconds() // 60)
            for received, closed in rows]


def test_the_chain_adds_up_its_stores(chain, pg_admin_url):
    period = whole_span()
    assert [s.code for s in stores.stores(pg_admin_url)] == ["A01", "B02"]
    result = figures.compute(chain, period)
    for store in chain:  # each store's figures are what its own desks compute
        figures.use(store)
        own = store_figures.compute(period, now=result.chain.now)
        assert result.by_store[store.code].table == own.table
        assert result.by_store[store.code].rates == own.rates
    a, b = (result.by_store[code] for code in STORES)
    for figure in FIGURES:
        assert result.chain.table.total.figure(figure) == (
            a.table.total.figure(figure) + b.table.total.figure(figure)), figure
    assert result.chain.table.total.received == 260 + 180
    assert result.chain.table.total.money == a.table.total.money + b.table.total.money
    for key, rate in result.chain.rates.rates.items():
        assert rate.numerator == a.rates.rates[key].numerator + b.rates.rates[key].numerator
        assert rate.denominator == (a.rates.rates[key].denominator
                                    + b.rates.rates[key].denominator)
    both = closed_minutes(chain[0], period) + closed_minutes(chain[1], period)
    assert len(both) > 20
    assert result.chain.table.total.median_hours == round(stats_lib.median(both) / 60, 2)
    assert result.chain.money.total == a.money.total + b.money.total
    assert sum(p.received for p in result.chain.series) == 440
    assert {s.store for s in result.chain.hotspots} <= {"A01", "B02", "A01,B02"}


def test_departments_join_by_name_and_cells_drill_into_each_store(chain):
    period = whole_span()
    result = figures.compute(chain, period, "department")
    rows = {r.label: r for r in result.chain.table.rows}
    per_store = [{r.label: r.received for r in result.by_store[c].table.rows} for c in STORES]
    for label, row in rows.items():
        assert row.received == sum(s.get(label, 0) for s in per_store), label
    busiest = result.chain.table.rows[0]
    found = figures.drill(result, "received", group_by="department", key=busiest.key)
    assert sum(len(ids) for ids in found.values()) == busiest.received
    assert set(found) <= set(STORES)
    clerks = figures.compute(chain, period, "clerk").chain.table.rows
    assert all(r.label.split(" ")[0] in STORES for r in clerks if r.key is not None)

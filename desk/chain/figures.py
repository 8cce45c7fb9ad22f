"""The head office's statistics: every store's figures and the chain's, side by side.

Each store's figures come from its own database, computed exactly as its desks compute
them. The chain's are the stores' parts added up (desk.statistics' part/finish: counts,
money, histograms of handling minutes, the rates' numerators and denominators) and then
finished once: a chain median is the median of every store's complaints, not a median
of medians. Grouping by department or clerk joins the stores by name (ids are each
store's own; a clerk is named with the store's code). Hot spots are each store's own,
and the product models hot only when the stores are counted together.
"""

import datetime
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, replace
from decimal import Decimal

from desk.chain.stores import Store
from desk.errors import Cancelled
from desk.models import now as clock
from desk.statistics import combined, periods
from desk.statistics import figures as store_figures
from desk.statistics import hotspots as hotspot_detection
from desk.statistics import money as money_part
from desk.statistics import rates as rates_part
from desk.statistics import table as table_part
from desk.statistics.periods import Period
from desk.statistics.types import MoneyBreakdown, StatisticsData
from desk.storage import db

BY_NAME = ("department", "clerk")  # groupings whose keys are each store's own ids


@dataclass
class ChainStatistics:
    stores: list[Store]
    by_store: dict[str, StatisticsData]  # store code -> that store's figures
    chain: StatisticsData
    # chain row key -> {store code: that store's key}: a chain cell drills into each store
    keys: dict


def use(store: Store) -> None:
    """Make the store's database the current one (read-only: nothing migrates)."""
    try:
        if db.current().url == store.url:
            return
    except db.DatabaseUnavailable:  # not connected yet
        pass
    db.connect(store.url, migrate=False)


@dataclass
class _TablePart:
    """A store's classification parts: the figures, the hours of the handling minutes
    (for the medians), and where its minutes come from (aggregated months, open edges)."""
    group_by: str
    grouped: dict
    months: list
    edge_minutes: dict
    hours: dict

    def minutes_in(self, buckets: set[int]) -> list[tuple]:
        """(key, minute, n) in these hours: the months' from the aggregates, the edges'."""
        found = combined.minutes_in_hours(self.group_by, self.months, buckets)
        for key, counts in self.edge_minutes.items():
            found += [(key, m, n) for m, n in counts.items() if m // 60 in buckets]
        return found


@dataclass
class _Parts:
    table: _TablePart
    previous_table: _TablePart
    rates: tuple
    previous_rates: tuple
    days: dict
    models: dict  # (brand, model) -> complaints in the hot-spot window, for the chain
    hotspots: list  # the store's own


def _table_part(period: Period, group_by: str, now, aggregated: bool) -> _TablePart:
    if aggregated:
        grouped, months, edge_minutes = combined.table_part(period, group_by, now)
    else:
        (grouped, edge_minutes), months = table_part.part(period, group_by, None, now), []
    return _TablePart(group_by, grouped, months, edge_minutes,
                      combined.hour_counts(group_by, months, edge_minutes))


def _parts(period: Period, group_by: str, now: datetime.datetime) -> _Parts:
    """A store's parts: from its aggregates where it can make them right (a role that
    only reads cannot rebuild a month: then from its complaints, as its desks would)."""
    previous = periods.previous(period)
    aggregated = store_figures._aggregated([period, previous], None, now, True)
    end = min(now, period.end - datetime.timedelta(seconds=1))
    spots, models = hotspot_detection.detect_with_counts(end)
    if aggregated:
        rates_now, rates_before = combined.rates_part(period, now), combined.rates_part(
            previous, now)
        days_part = combined.days_part(period, now)
    else:
        rates_now, rates_before = rates_part.part(period, None, now), rates_part.part(
            previous, None, now)
        days_part = money_part.days(period, None, now)
    return _Parts(table=_table_part(period, group_by, now, aggregated),
                  previous_table=_table_part(previous, group_by, now, aggregated),
                  rates=rates_now, previous_rates=rates_before, days=days_part, models=models,
                  hotspots=spots)


def _medians(parts: list[tuple]) -> tuple[dict, float | None]:
    """Exact medians over several stores' parts, (store, part, key -> chain key map or
    None to keep the keys) each (store None: the one connected): their hours added up
    say which hours hold the middle values, then each store's minutes in those hours."""
    hours: dict = {}
    for _store, part, rekey in parts:
        for key, counts in part.hours.items():
            hours.setdefault(_rekeyed(key, rekey), Counter()).update(counts)
    middle = combined.MiddleHours(hours)
    buckets = middle.buckets()
    for store, part, rekey in parts:
        if store is not None:
            use(store)
        for key, minute, n in part.minutes_in(buckets):
            middle.add(_rekeyed(key, rekey), minute, n)
    return middle.result()


def _rekeyed(key, rekey: dict | None):
    if rekey is None or key is None:
        return key
    return rekey.get(key, str(key))


def _finish_table(period: Period, group_by: str, grouped: dict, medians: tuple,
                  labels_from_db: bool = True):
    if labels_from_db:
        return table_part.finish(period, group_by, grouped, *medians)
    # Chain keys are already names: finish as a grouping that looks no names up.
    return replace(table_part.finish(period, "channel", grouped, *medians), group_by=group_by)


def _store_table(period: Period, part: _TablePart):
    return _finish_table(period, part.group_by, part.grouped, _medians([(None, part, None)]))


def _store_data(period, group_by, now, parts: _Parts) -> StatisticsData:
    step = "day" if period.days <= 62 else "week"
    return StatisticsData(
        period=period, previous_period=periods.previous(period), now=now,
        table=_store_table(period, parts.table),
        previous_table=_store_table(periods.previous(period), parts.previous_table),
        rates=rates_part.finish(*parts.rates),
        previous_rates=rates_part.finish(*parts.previous_rates),
        money=store_figures.money(period, now=now),
        series=money_part.finish_series(period, step, parts.days), hotspots=parts.hotspots)


def _add_tables(store_parts: list[tuple[Store, _TablePart, dict | None]]):
    """The stores' figures added up by chain key (names where the keys are ids), their
    exact medians, and chain key -> {store code: the store's key}."""
    grouped: dict = {}
    keys: dict = {}
    for store, part, rekey in store_parts:
        for key, values in part.grouped.items():
            chain_key = _rekeyed(key, rekey)
            keys.setdefault(chain_key, {})[store.code] = key
            into = grouped.setdefault(chain_key, [0] * (len(values) - 1) + [Decimal("0.00")])
            for i, value in enumerate(values):
                into[i] += value
    return grouped, _medians(store_parts), keys


def _add_rates(parts: list[tuple]) -> tuple:
    counts: Counter = Counter()
    for store_counts, _missed in parts:
        counts.update(store_counts)
    return dict(counts), []  # the members missed are each store's: listed per store


def _add_money(stores: list[Store], moneys: list[MoneyBreakdown]) -> MoneyBreakdown:
    by_remedy: dict[str, Decimal] = {}
    by_clerk, own = [], []
    for store, money in zip(stores, moneys, strict=True):
        for kind, amount in money.by_remedy.items():
            by_remedy[kind] = by_remedy.get(kind, Decimal("0.00")) + amount
        by_clerk += [(clerk_id, f"{store.code} {name}", amount)
                     for clerk_id, name, amount in money.by_clerk]
        own += money.own_grants
    return MoneyBreakdown(by_remedy=dict(sorted(by_remedy.items())),
                          by_clerk=sorted(by_clerk, key=lambda r: (-r[2], r[1])),
                          own_grants=own, total=sum(by_remedy.values(), Decimal("0.00")))


def _chain_hotspots(stores, datas, models_per_store, end) -> list:
    count, _days = hotspot_detection.rules()
    spots = []
    for store, data in zip(stores, datas, strict=True):
        spots += [replace(s, store=store.code) for s in data.hotspots]
    hot_alone = {s.key for s in spots if s.kind == "product"}
    totals: Counter = Counter()
    where: dict = {}
    for store, models in zip(stores, models_per_store, strict=True):
        for key, n in models.items():
            totals[key] += n
            where.setdefault(key, []).append(store.code)
    for key, n in totals.items():
        if n >= count and key not in hot_alone and len(where[key]) > 1:
            spots.append(hotspot_detection.HotSpot(
                kind="product", key=key, label=" ".join(p for p in key if p), count=n,
                first_at=end, last_at=end, complaint_ids=[], customer_ids=[],
                store=",".join(where[key])))
    return sorted(spots, key=lambda s: (-s.count, s.store, s.label))


def compute(stores: list[Store], period: Period, group_by: str = "category", *,
            progress: Callable[[int, int], None] | None = None,
            cancelled: Callable[[], bool] | None = None,
            now: datetime.datetime | None = None) -> ChainStatistics:
    """Every store's figures, then the chain's; progress(done, total) after each store."""
    now = now or clock()
    end = min(now, period.end - datetime.timedelta(seconds=1))
    by_name = group_by in BY_NAME
    collected = []
    for done, store in enumerate(stores):
        if cancelled is not None and cancelled():
            raise Cancelled()
        use(store)
        parts = _parts(period, group_by, now)
        data = _store_data(period, group_by, now, parts)
        names = None
        if by_name:  # the names the store's table gave its rows
            names = {r.key: (f"{store.code} {r.label}" if group_by == "clerk" else r.label)
                     for r in data.table.rows + data.previous_table.rows}
        collected.append((store, parts, data, names))
        if progress is not None:
            progress(done + 1, len(stores))
    previous = periods.previous(period)
    # The medians read each store's minutes in the middle hours: one more visit per store.
    table, medians, keys = _add_tables([(s, p.table, n) for s, p, _d, n in collected])
    previous_table, previous_medians, _ = _add_tables(
        [(s, p.previous_table, n) for s, p, _d, n in collected])
    days: dict = {}
    for _s, parts, _d, _n in collected:
        for day, values in parts.days.items():
            into = days.setdefault(day, [0] * len(values))
            for i, value in enumerate(values):
                into[i] += value
    step = "day" if period.days <= 62 else "week"
    datas = [d for _s, _p, d, _n in collected]
    chain = StatisticsData(
        period=period, previous_period=previous, now=now,
        table=_finish_table(period, group_by, table, medians, labels_from_db=not by_name),
        previous_table=_finish_table(previous, group_by, previous_table, previous_medians,
                                     labels_from_db=not by_name),
        rates=rates_part.finish(*_add_rates([p.rates for _s, p, _d, _n in collected])),
        previous_rates=rates_part.finish(
            *_add_rates([p.previous_rates for _s, p, _d, _n in collected])),
        money=_add_money(stores, [d.money for d in datas]),
        series=money_part.finish_series(period, step, days),
        hotspots=_chain_hotspots(stores, datas, [p.models for _s, p, _d, _n in collected],
                                 end))
    return ChainStatistics(stores=list(stores), by_store={s.code: d for s, _p, d, _n in
                                                          collected},
                           chain=chain, keys=keys)


def drill(chain: ChainStatistics, figure: str, *, group_by: str | None = None,
          key=None) -> dict[str, list[int]]:
    """store code -> the complaint (or callback) ids behind a chain figure in that store."""
    from desk.statistics import figures

    found = {}
    for store in chain.stores:
        store_key = key
        if group_by is not None:
            mapped = chain.keys.get(key, {})
            if store.code not in mapped:
                continue
            store_key = mapped[store.code]
        use(store)
        ids = figures.drill(chain.chain.period, figure, group_by=group_by, key=store_key,
                            now=chain.chain.now)
        if ids:
            found[store.code] = ids
    return found

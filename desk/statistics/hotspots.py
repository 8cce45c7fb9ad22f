"""Hot spots (热点通报): the same product model, or the same cause at one department,
complained about `hotspot_count` times within `hotspot_days` days (store settings).

"Within D days" means D consecutive calendar days: a window of the day in question and
the D-1 days before it. Only complaints count (not inquiries). The database counts per
key (and per day for the weekly report); Python only slides the window over those counts.
"""

import datetime
from dataclasses import dataclass

from desk import settings
from desk.models import Department
from desk.statistics.periods import Period
from desk.storage import db

KINDS = ("product", "cause_department")

# kind -> (key columns, the condition a complaint needs to have such a key)
_KEYS = {
    "product": (("c.product_brand", "c.product_model"), "c.product_model <> ''"),
    "cause_department": (("cc.cause", "c.department_id"),
                         "cc.cause IS NOT NULL AND c.department_id IS NOT NULL"),
}
_FROM = "FROM complaint c LEFT JOIN complaint_case cc ON cc.complaint_id = c.id"


@dataclass
class HotSpot:
    kind: str  # "product" | "cause_department"
    key: tuple  # (brand, model) | (cause code, department id)
    label: str  # "brand model" | the department's name (the UI adds the translated cause)
    count: int
    first_at: datetime.datetime
    last_at: datetime.datetime
    complaint_ids: list[int]
    customer_ids: list[int]
    # At a chain's head office (desk.chain.figures): the store's code, or the codes of
    # the stores a model is hot across (complaint_ids then empty: each store lists its own).
    store: str = ""


def rules(count: int | None = None, days: int | None = None) -> tuple[int, int]:
    return (int(count or settings.get("hotspot_count") or 3),
            int(days or settings.get("hotspot_days") or 7))


def window_start(day: datetime.date, days: int) -> datetime.datetime:
    """00:00 of the first day of the D-day window ending on `day`."""
    return datetime.datetime.combine(day - datetime.timedelta(days=days - 1), datetime.time())


def detect(now: datetime.datetime, *, count: int | None = None,
           days: int | None = None) -> list[HotSpot]:
    """Hot spots standing now: keys with at least `count` complaints received from 00:00 of
    the day `days`-1 days ago up to now."""
    count, days = rules(count, days)
    found: list[HotSpot] = []
    for kind in KINDS:
        found += _spots(kind, window_start(now.date(), days), now, count, inclusive_end=True)
    return _ordered(found)


def detect_with_counts(now: datetime.datetime, *, count: int | None = None,
                       days: int | None = None) -> tuple[list[HotSpot], dict]:
    """detect(), and how many complaints every product model had in the same window (a
    chain adds them up across its stores, desk.chain.figures): one query per kind."""
    count, days = rules(count, days)
    start = window_start(now.date(), days)
    products = _spots("product", start, now, 1, inclusive_end=True)
    found = [s for s in products if s.count >= count]
    found += _spots("cause_department", start, now, count, inclusive_end=True)
    return _ordered(found), {s.key: s.count for s in products}


def in_period(period: Period, *, count: int | None = None,
              days: int | None = None) -> list[HotSpot]:
    """For the weekly report: every key whose D-day window ending on a day of the period
    held at least `count` complaints; one HotSpot per run of such overlapping windows,
    listing the complaints of that run."""
    count, days = rules(count, days)
    first = window_start(period.start.date(), days)
    found: list[HotSpot] = []
    for kind in KINDS:
        columns, has_key = _KEYS[kind]
        day = db.backend().day_of("c.received_at")
        p = db.backend().db.param
        per_day: dict[tuple, dict[datetime.date, int]] = {}
        for *key, day_text, n in _rows(
                f"SELECT {', '.join(columns)}, {day}, COUNT(*) {_FROM}"
                f" WHERE c.kind = 'complaint' AND {has_key}"
                f" AND c.received_at >= {p} AND c.received_at < {p}"
                f" GROUP BY {', '.join(columns)}, {day}", (first, period.end)):
            per_day.setdefault(tuple(key), {})[datetime.date.fromisoformat(str(day_text))] = n
        for key, counts in per_day.items():
            for start, end in _runs(counts, period, days, count):
                found += _spots(kind, start, end, count, key=key)
    return _ordered(found)


def _runs(counts: dict, period: Period, days: int, count: int):
    """[start, end) spans covered by the qualifying windows ending inside the period."""
    runs: list[list[datetime.datetime]] = []
    day = period.start.date()
    while day <= period.last_day:
        window = sum(counts.get(day - datetime.timedelta(days=i), 0) for i in range(days))
        if window >= count:
            start = window_start(day, days)
            end = datetime.datetime.combine(day + datetime.timedelta(days=1), datetime.time())
            if runs and start <= runs[-1][1]:
                runs[-1][1] = end
            else:
                runs.append([start, end])
        day += datetime.timedelta(days=1)
    return [(start, min(end, period.end)) for start, end in runs]


def _spots(kind: str, start: datetime.datetime, end: datetime.datetime, count: int, *,
           key: tuple | None = None, inclusive_end: bool = False) -> list[HotSpot]:
    """The keys (or the one key) with >= count complaints in the span, with their complaints:
    one query, the window function counts each key's complaints."""
    columns, has_key = _KEYS[kind]
    p = db.backend().db.param
    where = (f"c.kind = 'complaint' AND {has_key} AND c.received_at >= {p}"
             f" AND c.received_at {'<=' if inclusive_end else '<'} {p}")
    params: tuple = (start, end)
    if key is not None:
        where += "".join(f" AND {column} = {p}" for column in columns)
        params += tuple(key)
    partition = ", ".join(columns)
    rows = _rows(f"SELECT k1, k2, id, customer_id, received_at FROM (SELECT {columns[0]} AS k1,"
                 f" {columns[1]} AS k2, c.id, c.customer_id, c.received_at,"
                 f" COUNT(*) OVER (PARTITION BY {partition}) AS n {_FROM} WHERE {where}) w"
                 f" WHERE n >= {int(count)} ORDER BY k1, k2, received_at, id", params)
    spots: dict[tuple, HotSpot] = {}
    for k1, k2, cid, customer_id, received in rows:
        received = _as_datetime(received)
        spot = spots.get((k1, k2))
        if spot is None:
            spot = spots[(k1, k2)] = HotSpot(kind=kind, key=(k1, k2), label="", count=0,
                                             first_at=received, last_at=received,
                                             complaint_ids=[], customer_ids=[])
        spot.count += 1
        spot.last_at = received
        spot.complaint_ids.append(cid)
        if customer_id not in spot.customer_ids:
            spot.customer_ids.append(customer_id)
    _label(kind, list(spots.values()))
    return list(spots.values())


def _label(kind: str, spots: list[HotSpot]) -> None:
    if kind == "product":
        for spot in spots:
            spot.label = " ".join(part for part in spot.key if part)
        return
    names = {d.id: d.name for d in Department.select(Department.id, Department.name)
             .where(Department.id.in_([s.key[1] for s in spots]))} if spots else {}
    for spot in spots:
        spot.label = names.get(spot.key[1], "")


def _ordered(spots: list[HotSpot]) -> list[HotSpot]:
    return sorted(spots, key=lambda s: (-s.count, s.first_at, s.kind, s.label))


def _as_datetime(value) -> datetime.datetime:
    """SQLite hands back raw SQL text, PostgreSQL a datetime."""
    if isinstance(value, datetime.datetime):
        return value
    return datetime.datetime.fromisoformat(str(value))


def _rows(sql: str, params: tuple) -> list[tuple]:
    return list(db.backend().db.execute_sql(sql, params).fetchall())

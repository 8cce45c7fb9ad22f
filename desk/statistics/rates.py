"""The rates the supervisor is judged on (及时率, 延时率, 重派率, 重复投诉率, 满意度, ...).

Each rate is a numerator and a denominator, both counted by the database; _parts says, for
each, the rows behind it (complaint or callback ids) so that drill() lists exactly them.
"""

import datetime

from desk import settings, vocab
from desk.statistics import query
from desk.statistics.periods import Period
from desk.statistics.types import RATE_KEYS, Rate, Rates
from desk.storage import db

REACHED = vocab.CALLBACK_REACHED  # desk.callbacks' outcome sets
SATISFIED = vocab.CALLBACK_SATISFIED

# Rates counted on callbacks (their drill-down lists callback ids), the rest on complaints.
CALLBACK_RATES = ("satisfaction", "callback_in_window")

# Counted in one pass over the complaints received; the repeat rate shares the
# reassignment rate's denominator (the complaints) and counts its numerator on its own.
COHORT_RATES = ("on_time", "overdue", "reassignment")

CALLBACKS_FROM = "FROM callback cb LEFT JOIN complaint c ON c.id = cb.complaint_id"


def _complaint_parts(period: Period, staff_id, now) -> dict[str, tuple[query.Where, str, str]]:
    """rate -> (rows of the period, denominator condition, numerator condition) on complaints."""
    f = query.figure_conditions(now)
    cohort = query.cohort(period.start, period.end, staff_id)
    complaint = "c.kind = 'complaint'"
    decided = f"({f['on_time']}) OR ({f['overdue']})"
    p = query.param()
    closed = query.scoped(query.Where(
        f"c.closed_at >= {p} AND c.closed_at < {p}", (period.start, period.end)), staff_id)
    return {
        "on_time": (cohort, decided, f["on_time"]),
        "overdue": (cohort, decided, f["overdue"]),
        "reassignment": (cohort, complaint, f"{complaint} AND {f['reassigned']}"),
        "repeat": (cohort, complaint, f"{complaint} AND {_repeat_condition()}"),
        "member_coverage": (closed, MEMBER, f"{MEMBER} AND {REACHED_BY_CALLBACK}"),
    }


# Member callback coverage: the members' founded complaints, and a callback that reached them.
# `c.kind || ''`: the same test, which no index on kind can serve, so that SQLite reads the
# month's closed complaints through closed_at (ix_complaint_stats_closed: 0.02 s instead of
# 0.7 s through the kind index on a million complaints).
MEMBER = ("c.kind || '' = 'complaint' AND cc.judgment = 'founded'"
          " AND c.member_no IS NOT NULL AND c.member_no <> ''")
REACHED_BY_CALLBACK = (f"EXISTS (SELECT 1 FROM callback cb WHERE cb.complaint_id = c.id"
                       f" AND cb.state = 'done' AND cb.outcome IN ({query.in_list(REACHED)}))")


def _repeat_condition() -> str:
    """The same customer complained, within repeat_days before, about the same category or
    the same product model."""
    days = int(settings.get("repeat_days") or 30)
    since = db.backend().days_before("c.received_at", days)
    return ("EXISTS (SELECT 1 FROM complaint e WHERE e.customer_id = c.customer_id"
            " AND e.kind = 'complaint' AND e.received_at < c.received_at"
            f" AND e.received_at >= {since} AND (e.category = c.category"
            " OR (c.product_model <> '' AND e.product_model = c.product_model)))")


def _callback_parts(period: Period, staff_id) -> dict[str, tuple[query.Where, str, str]]:
    p = query.param()
    made = query.Where(f"cb.state = 'done' AND cb.done_at >= {p} AND cb.done_at < {p}",
                       (period.start, period.end))
    if staff_id is not None:
        made = made.and_(f"c.registered_by_id = {p} OR c.assigned_to_id = {p}"
                         f" OR (cb.complaint_id IS NULL AND cb.done_by_id = {p})",
                         staff_id, staff_id, staff_id)
    reached = f"cb.outcome IN ({query.in_list(REACHED)})"
    windowed = "cb.window_end IS NOT NULL"
    return {
        "satisfaction": (made, reached, f"cb.outcome IN ({query.in_list(SATISFIED)})"),
        "callback_in_window": (made, windowed, f"{windowed} AND cb.done_at <= cb.window_end"),
    }


def _parts(period, staff_id, now):
    return {**_complaint_parts(period, staff_id, now), **_callback_parts(period, staff_id)}


def rates(period: Period, staff_id: int | None, now: datetime.datetime) -> Rates:
    """From the complaints and callbacks themselves (desk.statistics.combined adds closed
    months' aggregates to the same parts)."""
    return finish(*part(period, staff_id, now))


def part(period: Period, staff_id: int | None,
         now: datetime.datetime) -> tuple[dict[str, int], list[int]]:
    """({"<rate>:num"/"<rate>:den", "score_sum", "score_n" -> count}, members missed):
    what adds up across periods."""
    result: dict[str, Rate] = {}
    complaint_parts = _complaint_parts(period, staff_id, now)
    # One pass over the complaints received for the plain conditions; the conditions that
    # look at other rows go into WHERE, where the databases plan them as (anti-)joins
    # instead of one lookup per complaint.
    _count(query.FROM, {k: complaint_parts[k] for k in COHORT_RATES}, result)
    cohort, _, repeated = complaint_parts["repeat"]
    (repeats,), = query.rows(f"SELECT COUNT(*) {query.FROM} WHERE {cohort.sql} AND {repeated}",
                             cohort.params)
    result["repeat"] = Rate(key="repeat", numerator=repeats,
                            denominator=result["reassignment"].denominator)
    closed = complaint_parts["member_coverage"][0]
    (members,), = query.rows(f"SELECT COUNT(*) {query.FROM} WHERE {closed.sql} AND {MEMBER}",
                             closed.params)
    missed = query.ids(f"SELECT c.id {query.FROM} WHERE {closed.sql} AND {MEMBER}"
                       f" AND NOT {REACHED_BY_CALLBACK} ORDER BY c.id", closed.params)
    result["member_coverage"] = Rate(key="member_coverage", numerator=members - len(missed),
                                     denominator=members)
    callback_parts = _callback_parts(period, staff_id)
    _count(CALLBACKS_FROM, callback_parts, result)
    made, reached_call, _ = callback_parts["satisfaction"]
    (score_sum, score_n), = query.rows(
        f"SELECT SUM(cb.score), COUNT(cb.score) {CALLBACKS_FROM} WHERE {made.sql}"
        f" AND {reached_call} AND cb.score IS NOT NULL", made.params)
    counts = {"score_sum": int(score_sum or 0), "score_n": int(score_n or 0)}
    for key, rate in result.items():
        counts[f"{key}:num"], counts[f"{key}:den"] = rate.numerator, rate.denominator
    return counts, missed


def finish(counts: dict[str, int], missed: list[int]) -> Rates:
    # The mean of integer scores as their sum over their number: what AVG computes.
    n = counts.get("score_n", 0)
    return Rates(rates={k: Rate(key=k, numerator=counts.get(f"{k}:num", 0),
                                denominator=counts.get(f"{k}:den", 0)) for k in RATE_KEYS},
                 mean_score=round(counts["score_sum"] / n, 2) if n else None,
                 members_missed=sorted(missed))


def _count(rows_from: str, parts: dict, into: dict) -> None:
    """All the given rates' numerators and denominators over the same rows in one query."""
    where = next(iter(parts.values()))[0]
    sums = ", ".join(f"SUM(CASE WHEN {den} THEN 1 ELSE 0 END), "
                     f"SUM(CASE WHEN {num} THEN 1 ELSE 0 END)" for _, den, num in parts.values())
    (values,) = query.rows(f"SELECT {sums} {rows_from} WHERE {where.sql}", where.params)
    for i, key in enumerate(parts):
        into[key] = Rate(key=key, numerator=int(values[2 * i + 1] or 0),
                         denominator=int(values[2 * i] or 0))


def drill_rate(period: Period, key: str, part: str, staff_id: int | None,
               now: datetime.datetime) -> list[int]:
    """The ids behind a rate's numerator ("num") or denominator ("den"): callback ids for
    CALLBACK_RATES, complaint ids for the others."""
    if key not in RATE_KEYS or part not in ("num", "den"):
        raise ValueError(f"unknown rate part: {key}:{part}")
    where, den, num = _parts(period, staff_id, now)[key]
    condition = num if part == "num" else den
    if key in CALLBACK_RATES:
        sql = f"SELECT cb.id {CALLBACKS_FROM} WHERE {where.sql} AND {condition} ORDER BY cb.id"
    else:
        sql = f"SELECT c.id {query.FROM} WHERE {where.sql} AND {condition} ORDER BY c.id"
    return query.ids(sql, where.params)

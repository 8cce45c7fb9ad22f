"""The SQL every statistic is made of: which complaints a period holds, the condition behind
each figure, the key of each grouping. Figures (GROUP BY with SUM(CASE ...)) and drill-downs
(SELECT id ... WHERE) are built from the same fragments, so they cannot disagree.

Values in the SQL: the period and the clerk go as parameters; `now` is written into the
text as a timestamp literal because it sits inside CASE expressions (it is our own
datetime, never user text).
"""

import datetime
from dataclasses import dataclass
from decimal import Decimal

from desk.complaints.lifecycle import GRANTED_STATES
from desk.storage import db
from desk.vocab import WRITTEN_CHANNELS

# A complaint's facts: the registration row and its case facts (no case row yet: NULLs).
FROM = "FROM complaint c LEFT JOIN complaint_case cc ON cc.complaint_id = c.id"

ZERO = Decimal("0.00")



def literal(moment: datetime.datetime) -> str:
    return f"'{moment:%Y-%m-%d %H:%M:%S}'"


def in_list(values) -> str:
    return ", ".join(f"'{v}'" for v in values)


def figure_conditions(now: datetime.datetime) -> dict[str, str]:
    """figure -> SQL condition on one complaint (aliases c, cc)."""
    founded_due = "cc.judgment = 'founded' AND c.deadline IS NOT NULL"
    return {
        "received": "1 = 1",
        "complaints": "c.kind = 'complaint'",
        "inquiries": "c.kind = 'inquiry'",
        "founded": "cc.judgment = 'founded'",
        "not_founded": "cc.judgment = 'not_founded'",
        "refused": "cc.judgment = 'unreasonable'",
        "closed": "c.status = 'closed'",
        "still_open": "c.status <> 'closed'",
        "on_time": f"{founded_due} AND cc.answered_at IS NOT NULL"
                   " AND cc.answered_at <= c.deadline",
        "overdue": f"{founded_due} AND (cc.answered_at > c.deadline"
                   f" OR (cc.answered_at IS NULL AND c.deadline < {literal(now)}))",
        "reopened": "cc.reopen_count > 0",
        "reassigned": "cc.transfer_count > 0",  # kept on the case row (desk.complaints.case_totals)
        # desk.resolution.replies: a written complaint owes a reply of its current round
        "awaiting_reply": f"c.status <> 'closed' AND c.channel IN ({in_list(WRITTEN_CHANNELS)})"
                          " AND NOT EXISTS (SELECT 1 FROM written_reply wr"
                          " WHERE wr.complaint_id = c.id"
                          " AND wr.round = COALESCE(cc.reopen_count, 0))",
    }


# The money a complaint's customer was granted: its remedies once the customer agreed.
MONEY = (f"CASE WHEN cc.judgment = 'founded' AND c.status IN ({in_list(GRANTED_STATES)})"
         " THEN cc.remedy_total END")

# grouping -> the key expression; the handling clerk is the one assigned, else who registered.
GROUP_KEYS = {
    "category": "c.category",
    "channel": "c.channel",
    "department": "c.department_id",
    "cause": "cc.cause",
    "product": "c.product_name",
    "brand": "c.product_brand",
    "clerk": "COALESCE(c.assigned_to_id, c.registered_by_id)",
}


@dataclass(frozen=True)
class Where:
    """A WHERE clause and its parameters."""

    sql: str
    params: tuple

    def and_(self, sql: str, *params) -> "Where":
        return Where(f"{self.sql} AND ({sql})", self.params + params)


def cohort(start: datetime.datetime, end: datetime.datetime, staff_id: int | None) -> Where:
    """The complaints received in [start, end): every table figure is about them."""
    p = param()
    where = Where(f"c.received_at >= {p} AND c.received_at < {p}", (start, end))
    return scoped(where, staff_id)


def scoped(where: Where, staff_id: int | None) -> Where:
    """A clerk sees the complaints they registered or are assigned to."""
    if staff_id is None:
        return where
    p = param()
    return where.and_(f"c.registered_by_id = {p} OR c.assigned_to_id = {p}", staff_id, staff_id)


def key_condition(group_by: str, key) -> tuple[str, tuple]:
    expr = GROUP_KEYS[group_by]
    if key is None:
        return f"{expr} IS NULL", ()
    return f"{expr} = {param()}", (key,)


def decimal(value) -> Decimal:
    """A sum of money as the driver returns it (Decimal, or a float on SQLite) in yuan."""
    if value is None:
        return ZERO
    return Decimal(str(round(value, 2)) if isinstance(value, float) else value).quantize(ZERO)


def param() -> str:
    return db.backend().db.param


def rows(sql: str, params: tuple = ()) -> list[tuple]:
    return list(db.backend().db.execute_sql(sql, params).fetchall())


def ids(sql: str, params: tuple = ()) -> list[int]:
    return [row[0] for row in rows(sql, params)]

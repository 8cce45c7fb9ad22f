"""Hot spots (热点通报): the same product model, or the same cause at one department,
complained about `hotspot_count` times within `hotspot_days` days (store settings)."""

import datetime
from dataclasses import dataclass

from desk.periods import Period

KINDS = ("product", "cause_department")


@dataclass
class HotSpot:
    kind: str  # "product" | "cause_department"
    key: tuple  # (brand, model) | (cause, department_id)
    label: str  # "brand model" | the cause code (the UI translates it) and the department
    count: int
    first_at: datetime.datetime
    last_at: datetime.datetime
    complaint_ids: list[int]
    customer_ids: list[int]


def detect(now: datetime.datetime, *, count: int | None = None,
           days: int | None = None) -> list[HotSpot]:
    """Hot spots among the complaints received in the last `days` days up to now."""
    raise NotImplementedError


def in_period(period: Period) -> list[HotSpot]:
    """For the weekly report: every hot spot whose N-in-D window ends inside the period."""
    raise NotImplementedError

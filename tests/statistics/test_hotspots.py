"""Hot spots: N complaints about one model (or one cause at one department) within D
calendar days, just below and at the boundary, live and for the weekly report."""

import datetime

import pytest

from desk import settings
from desk.complaints import departments, lifecycle, registration
from desk.statistics import hotspots, periods
from tests.complaints.test_registration import make_input

D = datetime.datetime


@pytest.fixture
def reg(store):
    phones = iter(range(10_000))

    def register(at, **fields):
        return registration.register(
            make_input(phone=f"1370000{next(phones):04d}", received_at=at, **fields),
            store.clerk, store.desk)
    return register


def test_three_in_seven_days_is_a_hot_spot_two_is_not(reg):
    a = reg(D(2026, 10, 1, 9), product_brand="格力", product_model="KFR-35GW")
    b = reg(D(2026, 10, 4, 9), product_brand="格力", product_model="KFR-35GW")
    reg(D(2026, 10, 4, 9), product_brand="美的", product_model="KFR-35GW")  # another brand
    reg(D(2026, 10, 5, 9), kind="inquiry", product_brand="格力", product_model="KFR-35GW",
        demands=[])  # an inquiry is not a complaint
    assert hotspots.detect(D(2026, 10, 7, 20)) == []  # two: just below
    c = reg(D(2026, 10, 7, 18), product_brand="格力", product_model="KFR-35GW")
    (spot,) = hotspots.detect(D(2026, 10, 7, 20))  # day 1 .. day 7: at the boundary
    assert (spot.kind, spot.key, spot.label, spot.count) == (
        "product", ("格力", "KFR-35GW"), "格力 KFR-35GW", 3)
    assert spot.complaint_ids == [a.id, b.id, c.id]
    assert spot.customer_ids == [a.customer_id, b.customer_id, c.customer_id]
    assert (spot.first_at, spot.last_at) == (a.received_at, c.received_at)
    # On day 8 the first one has left the window.
    assert hotspots.detect(D(2026, 10, 8, 9)) == []
    assert len(hotspots.detect(D(2026, 10, 8, 9), days=8)) == 1
    assert hotspots.detect(D(2026, 10, 7, 20), count=4) == []


def test_the_settings_decide_n_and_d(reg, store):
    for day in (1, 2):
        reg(D(2026, 10, day, 9), product_model="X1")
    assert hotspots.detect(D(2026, 10, 2, 20)) == []
    settings.put("hotspot_count", 2)
    assert [s.count for s in hotspots.detect(D(2026, 10, 2, 20))] == [2]
    settings.put("hotspot_days", 1)
    assert hotspots.detect(D(2026, 10, 2, 20)) == []


def test_same_cause_at_one_department(reg, store):
    sales = departments.add("销售部", 24, store.supervisor, store.desk)
    boss = store.supervisor
    made = []
    for day in (3, 4, 5):
        c = reg(D(2026, 10, day, 9), product_model=f"M{day}")  # different models
        c = lifecycle.perform(c.id, c.version, "judge_founded", boss, store.desk,
                              department_id=sales.id)
        c = lifecycle.perform(c.id, c.version, "start_investigation", boss, store.desk)
        lifecycle.perform(c.id, c.version, "record_cause", boss, store.desk, cause="service")
        made.append(c.id)
    (spot,) = hotspots.detect(D(2026, 10, 5, 20))
    assert (spot.kind, spot.key, spot.label, spot.complaint_ids) == (
        "cause_department", ("service", sales.id), "销售部", made)


def test_weekly_report_lists_windows_ending_in_the_week(reg):
    week = periods.Period(D(2026, 10, 12), D(2026, 10, 19), "this_week")  # Monday to Sunday
    early = [reg(D(2026, 10, d, 9), product_model="W1") for d in (6, 8, 12)]  # ends on 12th
    reg(D(2026, 10, 1, 9), product_model="W1")  # too early for any window of the week
    reg(D(2026, 10, 13, 9), product_model="V2")
    reg(D(2026, 10, 19, 9), product_model="V2")  # after the week
    reg(D(2026, 10, 19, 10), product_model="V2")
    (spot,) = hotspots.in_period(week)
    assert spot.key[1] == "W1" and spot.complaint_ids == [c.id for c in early]
    assert hotspots.in_period(week, count=4) == []
    # the week after: V2 has three from the 13th to the 19th
    after = periods.previous(periods.Period(D(2026, 10, 26), D(2026, 11, 2)))
    assert after == periods.Period(D(2026, 10, 19), D(2026, 10, 26))
    assert [s.key[1] for s in hotspots.in_period(after)] == ["V2"]



def test_detect_with_counts_is_detect_and_counts_every_model(reg):
    """The chain's one pass: the store's hot spots exactly, and every model's count."""
    for day in (1, 3, 5):
        reg(D(2026, 10, day, 9), product_brand="格力", product_model="KFR-35GW")
    reg(D(2026, 10, 4, 9), product_brand="美的", product_model="M1")
    reg(D(2026, 9, 1, 9), product_brand="美的", product_model="M1")  # outside the window
    at = D(2026, 10, 6, 20)
    spots, models = hotspots.detect_with_counts(at)
    assert spots == hotspots.detect(at) and len(spots) == 1
    assert models == {("格力", "KFR-35GW"): 3, ("美的", "M1"): 1}

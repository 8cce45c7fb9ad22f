"""Closed months read from their aggregates give exactly the figures computed from the
complaints: random histories, then random changes after the months were built (late
callbacks, reopenings across months, transfers, corrections of every kind, plain SQL as
well as the domain), compared as whole StatisticsData after each round, both databases."""

import datetime
import random
from decimal import Decimal

import pytest

from desk import settings
from desk.complaints import departments, lifecycle, registration
from desk.demo import populate as demo
from desk.models import (
    Callback,
    Complaint,
    ComplaintCase,
    Remedy,
    WrittenReply,
    now,
)
from desk.statistics import aggregates, periods
from desk.statistics import figures as statistics
from desk.statistics.types import GROUPINGS
from desk.storage import db
from tests.complaints.test_registration import make_input

D = datetime.datetime


def _periods(at: D) -> list[periods.Period]:
    """Whole months, a year, five years, spans cut inside months, the open month."""
    last = periods.last_month(at)
    found = [last, periods.previous(last), periods.this_month(at), periods.year(at.year - 1),
             periods.year(at.year), periods.this_week(at), periods.today(at),
             periods.custom(at.date().replace(day=1) - datetime.timedelta(days=400),
                            at.date() - datetime.timedelta(days=3)),
             periods.Period(D(at.year - 5, 1, 1), periods.this_month(at).start)]
    first = last.start
    for _ in range(4):
        first = periods.previous(periods.month(first.year, first.month)).start
        found.append(periods.month(first.year, first.month))
    # Two weeks across a month edge, and a range from the 15th to the 14th
    edge = last.start.date()
    found += [periods.custom(edge - datetime.timedelta(days=7), edge + datetime.timedelta(days=6)),
              periods.custom(edge.replace(day=15) - datetime.timedelta(days=31),
                             edge.replace(day=14))]
    return found


def _same(at: D, group_bys=GROUPINGS, chosen=None) -> None:
    for period in chosen or _periods(at):
        for group_by in group_bys:
            raw = statistics.compute(period, group_by, now=at, use_aggregates=False)
            read = statistics.compute(period, group_by, now=at)
            assert read == raw, (period, group_by)


def _sample(rng, model, n):
    ids = [r.id if hasattr(r, "id") else r.complaint_id for r in model.select().limit(5000)]
    return rng.sample(ids, min(n, len(ids)))


def _change_things(rng: random.Random, at: D) -> None:
    """Corrections as any write path makes them: plain SQL on closed months' rows."""
    closed = [c for c in Complaint.select().where(Complaint.status == "closed")
              .where(Complaint.received_at < periods.this_month(at).start)]
    staff_ids = sorted({c.registered_by_id for c in closed})
    for c in rng.sample(closed, min(12, len(closed))):
        what = rng.choice(["reopen", "recategorise", "move", "department", "customer",
                           "member", "deadline", "unanswered", "clerk", "closed_late"])
        if what == "reopen":  # reopened in a later month: leaves its closed month
            Complaint.update(status="investigating", closed_at=None).where(
                Complaint.id == c.id).execute()
            ComplaintCase.update(reopen_count=ComplaintCase.reopen_count + 1).where(
                ComplaintCase.complaint == c.id).execute()
        elif what == "recategorise":
            Complaint.update(category=rng.choice(["service_attitude", "price", "delivery",
                                                  "product_quality"]),
                             product_model=rng.choice(["", "X-1", c.product_model])).where(
                Complaint.id == c.id).execute()
        elif what == "move":  # a wrong received time corrected: to another month
            Complaint.update(received_at=c.received_at - datetime.timedelta(
                days=rng.randrange(20, 70), minutes=rng.randrange(0, 600))).where(
                Complaint.id == c.id).execute()
        elif what == "department":
            ComplaintCase.update(transfer_count=ComplaintCase.transfer_count + 1,
                                 cause=rng.choice([None, "service", "product_quality"])).where(
                ComplaintCase.complaint == c.id).execute()
        elif what == "customer":  # a merge of two customer records
            other = rng.choice(closed)
            Complaint.update(customer=other.customer_id).where(Complaint.id == c.id).execute()
        elif what == "member":
            Complaint.update(member_no=rng.choice([None, "M0001"])).where(
                Complaint.id == c.id).execute()
        elif what == "deadline":  # unanswered, its deadline after `now`: not overdue yet
            Complaint.update(deadline=at + datetime.timedelta(hours=rng.randrange(1, 30))).where(
                Complaint.id == c.id).execute()
            ComplaintCase.update(answered_at=None, judgment="founded").where(
                ComplaintCase.complaint == c.id).execute()
        elif what == "unanswered":
            ComplaintCase.update(answered_at=None).where(
                ComplaintCase.complaint == c.id).execute()
        elif what == "clerk":
            Complaint.update(assigned_to=rng.choice(staff_ids)).where(
                Complaint.id == c.id).execute()
        else:  # closed again, in the month after
            Complaint.update(closed_at=c.closed_at + datetime.timedelta(days=31)).where(
                Complaint.id == c.id).execute()
    for cid in _sample(rng, Callback, 6):  # late callbacks, changed outcomes
        Callback.update(done_at=now() - datetime.timedelta(days=rng.randrange(1, 90)),
                        state="done", outcome=rng.choice(["satisfied", "dissatisfied",
                                                          "unreachable"]),
                        score=rng.choice([None, 1, 3, 5])).where(Callback.id == cid).execute()
    for rid in _sample(rng, Remedy, 5):
        Remedy.update(amount=Decimal(rng.randrange(0, 50000)) / 100).where(
            Remedy.id == rid).execute()
    for rid in _sample(rng, ComplaintCase, 5):
        ComplaintCase.update(remedy_total=Decimal(rng.randrange(0, 90000)) / 100).where(
            ComplaintCase.complaint == rid).execute()
    WrittenReply.delete().where(WrittenReply.id.in_(_sample(rng, WrittenReply, 3))).execute()


@pytest.mark.parametrize("seed", [11, 12])
def test_random_histories_read_from_aggregates_equal_the_raw_figures(store, seed):
    rng = random.Random(seed)
    demo.populate(1500, seed=seed)
    at = now()
    _same(at)  # the first read builds the months
    built = [r[0] for r in db.backend().db.execute_sql("SELECT month FROM stats_month")]
    assert len(built) >= 18
    for round_no in range(3):
        _change_things(rng, at)
        if round_no == 1:
            settings.put("repeat_days", 45)  # another repeat window: every month again
        later = at + datetime.timedelta(hours=7 * round_no + 1)  # past some deadlines
        _same(later, group_bys=("category", "department", "clerk", "cause"))
    # A month read again unchanged is not rebuilt.
    before = list(db.backend().db.execute_sql("SELECT month, built_now FROM stats_month"))
    _same(later, group_bys=("product",), chosen=[periods.last_month(at)])
    assert sorted(before) == sorted(db.backend().db.execute_sql(
        "SELECT month, built_now FROM stats_month"))


def _at_midnight(day: datetime.date, second: int = 0) -> D:
    return D.combine(day, datetime.time()) + datetime.timedelta(seconds=second)


def test_month_edges_domain_steps_and_late_changes(store):
    """Complaints at the last second of a month and the first of the next, through the
    domain: judged, reopened in the next month, transferred, with callbacks late."""
    boss, desk = store.supervisor, store.desk
    sales = departments.add("销售部", 24, boss, desk)
    delivery = departments.add("送货部", 48, boss, desk)
    at = now()
    first = periods.last_month(at).start.date()
    phones = iter(range(1000))

    def register(when: D, **fields) -> Complaint:
        fields.setdefault("phone", f"1390000{next(phones):04d}")
        return registration.register(make_input(received_at=when, **fields), store.clerk, desk)

    def do(c, action, **inputs):
        return lifecycle.perform(c.id, c.version, action, boss, desk, **inputs)

    made = []
    for day, second in ((first, -1), (first, 0), (first, 1), (first.replace(day=15), 3600)):
        c = do(register(_at_midnight(day, second), member_no="M9"), "judge_not_founded",
               explanation="非本店售出")
        c = do(c, "close")
        Complaint.update(closed_at=_at_midnight(day, second + 600)).where(
            Complaint.id == c.id).execute()
        made.append(c)
    routed = do(register(_at_midnight(first, -30), channel="letter"), "judge_founded",
                department_id=sales.id)
    # A repeat in last month of a complaint of the month before, by the same customer.
    earlier = register(_at_midnight(first, -3 * 86400), phone="13955550000", category="service_attitude")
    register(_at_midnight(first, 86400), phone="13955550000", category="service_attitude")
    pending = do(register(_at_midnight(first, 2 * 86400)), "judge_founded",
                 department_id=sales.id)
    Complaint.update(deadline=at + datetime.timedelta(hours=2)).where(
        Complaint.id == pending.id).execute()
    _same(at, group_bys=("category", "channel", "department"))
    # Three hours later the pending one is overdue: the month is built again.
    _same(at + datetime.timedelta(hours=3), group_bys=("category",),
          chosen=[periods.last_month(at)])
    # Only the earlier month is touched; last month's repeat is gone all the same.
    Complaint.update(category="price", product_model="OTHER").where(
        Complaint.id == earlier.id).execute()
    _same(at + datetime.timedelta(hours=3), group_bys=("category",),
          chosen=[periods.last_month(at)])
    # After the months were built: reopened now, transferred, a callback done last month.
    c = Complaint.get_by_id(made[1].id)
    do(c, "reopen", reason="顾客再次来电")
    routed = Complaint.get_by_id(routed.id)
    do(routed, "route", department_id=delivery.id, reason="送货问题")
    Callback.create(complaint=made[2].id, customer=made[2].customer_id, purpose="manual",
                    due_at=_at_midnight(first, 7200), created_by=boss.id, state="done",
                    done_at=_at_midnight(first, 9000), outcome="satisfied", score=4,
                    window_end=_at_midnight(first, 8000))
    _same(at, group_bys=("category", "channel", "department"))


def test_whole_months_split_a_period_into_months_and_edges():
    at = D(2026, 12, 7, 10)
    months, edges = aggregates.whole_months(periods.custom(datetime.date(2026, 9, 15),
                                                           datetime.date(2026, 12, 6)), at)
    assert months == ["2026-10", "2026-11"]
    assert edges == [periods.Period(D(2026, 9, 15), D(2026, 10, 1)),
                     periods.Period(D(2026, 12, 1), D(2026, 12, 7))]
    assert aggregates.whole_months(periods.this_month(at), at) == (
        [], [periods.this_month(at)])
    assert aggregates.whole_months(periods.month(2026, 11), D(2026, 12, 1)) == (["2026-11"], [])

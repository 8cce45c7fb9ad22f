"""The supervisor's statistics on a hand-made database whose right answers are worked out
here: every rate, the period boundaries, drill-down lengths, clerk scoping."""

import datetime
from decimal import Decimal

import pytest

from desk.complaints import departments, lifecycle, registration
from desk.models import Callback, Complaint, ComplaintCase, Transfer
from desk.resolution import remedies as resolution
from desk.staff import auth
from desk.statistics import figures as statistics
from desk.statistics import periods
from tests.complaints.test_registration import make_input

D = datetime.datetime
OCTOBER = periods.month(2026, 10)
NOW = D(2026, 11, 20, 12, 0)  # "now" for the overdue rule: after October, fixed


class Shop:
    """A store with two departments; complaints registered in October through the domain."""

    def __init__(self, store):
        self.store = store
        self.boss = store.supervisor
        self.sales = departments.add("销售部", 24, self.boss, store.desk)
        self.delivery = departments.add("送货部", 48, self.boss, store.desk)
        self.phones = iter(range(10_000))

    def register(self, at: D, clerk=None, phone=None, **fields) -> Complaint:
        phone = phone or f"1390000{next(self.phones):04d}"
        return registration.register(make_input(phone=phone, received_at=at, **fields),
                                     clerk or self.store.clerk, self.store.desk)

    def do(self, complaint, action, **inputs) -> Complaint:
        return lifecycle.perform(complaint.id, complaint.version, action, self.boss,
                                 self.store.desk, **inputs)

    def founded(self, at: D, **fields) -> Complaint:
        return self.do(self.register(at, **fields), "judge_founded", department_id=self.sales.id)

    def agreed(self, at: D, remedies=(), **fields) -> Complaint:
        c = self.do(self.founded(at, **fields), "start_investigation")
        if remedies:
            c = resolution.set_remedies(c.id, c.version, list(remedies), self.boss,
                                        self.store.desk)
        c = self.do(c, "propose_resolution")
        return self.do(c, "agree")

    @staticmethod
    def set_clock(complaint, deadline=None, answered_at=None) -> None:
        # The lifecycle stamps the real clock; the rates need an October deadline and answer.
        Complaint.update(deadline=deadline).where(Complaint.id == complaint.id).execute()
        ComplaintCase.update(answered_at=answered_at).where(
            ComplaintCase.complaint == complaint.id).execute()

    @staticmethod
    def close_at(complaint, at: D) -> None:
        # Closing a founded complaint needs its callback first (desk.callbacks); the member
        # coverage rate is about complaints closed in October, so set the end state directly.
        Complaint.update(status="closed", closed_at=at).where(
            Complaint.id == complaint.id).execute()


@pytest.fixture
def shop(store):
    return Shop(store)


def test_on_time_and_overdue_at_the_deadline_and_after(shop):
    on_time = shop.agreed(D(2026, 10, 10, 9))
    shop.set_clock(on_time, D(2026, 10, 11, 9), D(2026, 10, 11, 9))  # exactly at the deadline
    late = shop.agreed(D(2026, 10, 10, 9))
    shop.set_clock(late, D(2026, 10, 11, 9), D(2026, 10, 11, 9, 0, 1))
    unanswered = shop.founded(D(2026, 10, 12, 9))
    shop.set_clock(unanswered, D(2026, 10, 20, 9))  # not answered, deadline passed
    pending = shop.founded(D(2026, 10, 13, 9))
    shop.set_clock(pending, NOW + datetime.timedelta(days=1))  # still has time: neither
    shop.do(shop.register(D(2026, 10, 14, 9)), "judge_not_founded", explanation="非本店售出")

    rates = statistics.rates(OCTOBER, now=NOW).rates
    assert (rates["on_time"].numerator, rates["on_time"].denominator) == (1, 3)
    assert (rates["overdue"].numerator, rates["overdue"].denominator) == (2, 3)
    assert rates["on_time"].value == pytest.approx(1 / 3)
    table = statistics.classification(OCTOBER, now=NOW)
    t = table.total
    assert (t.received, t.founded, t.not_founded, t.on_time, t.overdue) == (5, 4, 1, 1, 2)
    assert statistics.drill(OCTOBER, "overdue", now=NOW) == sorted([late.id, unanswered.id])
    assert statistics.drill(OCTOBER, "rate:on_time:den", now=NOW) == sorted(
        [on_time.id, late.id, unanswered.id])
    # A day later the pending one is overdue too: the same `now` gives the same lists.
    later = NOW + datetime.timedelta(days=2)
    assert statistics.rates(OCTOBER, now=later).rates["overdue"].numerator == 3


def test_reopened_twice_counts_once_and_transfer_and_back_counts_once(shop):
    c = shop.do(shop.register(D(2026, 10, 5, 10)), "judge_not_founded", explanation="说明")
    c = shop.do(c, "close")
    c = shop.do(c, "reopen", reason="顾客再次来电")
    c = shop.do(c, "judge_not_founded", explanation="再次说明")
    c = shop.do(shop.do(c, "close"), "reopen", reason="第三次")
    assert ComplaintCase.get_by_id(c.id).reopen_count == 2
    moved = shop.founded(D(2026, 10, 6, 10))
    moved = shop.do(moved, "route", department_id=shop.delivery.id, reason="送货问题")
    moved = shop.do(moved, "route", department_id=shop.sales.id, reason="转回销售")
    assert Transfer.select().where(Transfer.complaint == moved.id).count() == 2
    shop.founded(D(2026, 10, 7, 10))

    t = statistics.classification(OCTOBER, now=NOW).total
    assert (t.received, t.reopened, t.reassigned, t.still_open, t.closed) == (3, 1, 1, 3, 0)
    rate = statistics.rates(OCTOBER, now=NOW).rates["reassignment"]
    assert (rate.numerator, rate.denominator) == (1, 3)
    assert statistics.drill(OCTOBER, "reopened", now=NOW) == [c.id]
    assert statistics.drill(OCTOBER, "rate:reassignment:num", now=NOW) == [moved.id]


def test_written_complaints_awaiting_their_reply_are_counted_by_channel(shop):
    from desk.printing import reply_letter
    from desk.resolution import replies

    waiting = shop.do(shop.register(D(2026, 10, 5, 10), channel="letter"),
                      "judge_not_founded", explanation="说明")
    answered = shop.do(shop.register(D(2026, 10, 6, 10), channel="hotline_12315"),
                       "judge_not_founded", explanation="说明")
    replies.issue_letter(answered.id, answered.version, "答复如下。", shop.boss,
                         shop.store.desk, render=reply_letter.build)
    answered = shop.do(Complaint.get_by_id(answered.id), "close")
    reopened = shop.do(answered, "reopen", reason="不认可答复")  # owes a reply again
    shop.register(D(2026, 10, 7, 10), channel="phone")  # not written

    table = statistics.classification(OCTOBER, group_by="channel", now=NOW)
    assert table.total.awaiting_reply == 2
    by_channel = {r.key: r.awaiting_reply for r in table.rows}
    assert by_channel == {"letter": 1, "hotline_12315": 1, "phone": 0}
    assert statistics.drill(OCTOBER, "awaiting_reply", now=NOW) == [waiting.id, reopened.id]
    assert statistics.drill(OCTOBER, "awaiting_reply", group_by="channel", key="letter",
                            now=NOW) == [waiting.id]


def test_period_boundaries_at_midnight_and_month_end(shop):
    inside = [shop.register(D(2026, 10, 1, 0, 0, 0)), shop.register(D(2026, 10, 31, 23, 59, 59))]
    shop.register(D(2026, 9, 30, 23, 59, 59))
    shop.register(D(2026, 11, 1, 0, 0, 0))
    assert statistics.drill(OCTOBER, "received", now=NOW) == [c.id for c in inside]
    assert statistics.classification(OCTOBER, now=NOW).total.received == 2
    assert statistics.classification(periods.previous(OCTOBER), now=NOW).total.received == 1
    points = statistics.series(OCTOBER, now=NOW)
    assert len(points) == 31 and points[0].day == datetime.date(2026, 10, 1)
    assert (points[0].received, points[-1].received) == (1, 1)
    assert sum(p.received for p in points) == 2
    weeks = statistics.series(OCTOBER, "week", now=NOW)
    assert weeks[0].day == datetime.date(2026, 9, 28) and sum(w.received for w in weeks) == 2


def test_repeat_complaints_same_customer_category_or_model_within_the_days(shop):
    phone = "13811112222"
    shop.register(D(2026, 9, 1, 9), phone=phone, category="delivery", product_model="A1")
    same_category = shop.register(D(2026, 10, 1, 9), phone=phone, category="delivery",
                                  product_model="B2")  # exactly 30 days after: a repeat
    same_model = shop.register(D(2026, 10, 20, 9), phone=phone, category="repair",
                               product_model="B2")
    shop.register(D(2026, 10, 21, 9), phone=phone, category="promotion", product_model="Z9")
    other = "13833334444"
    shop.register(D(2026, 9, 1, 8, 59, 59), phone=other, category="delivery")
    shop.register(D(2026, 10, 1, 9), phone=other, category="delivery")  # 30 days + 1 s: not
    shop.register(D(2026, 10, 2, 9), category="delivery", product_model="B2")  # other customer
    shop.register(D(2026, 10, 3, 9), phone=phone, kind="inquiry", category="delivery",
                  product_model="", demands=[])  # inquiries are not complaints

    rate = statistics.rates(OCTOBER, now=NOW).rates["repeat"]
    assert (rate.numerator, rate.denominator) == (2, 5)
    assert statistics.drill(OCTOBER, "rate:repeat:num", now=NOW) == [same_category.id,
                                                                     same_model.id]
    assert len(statistics.drill(OCTOBER, "rate:repeat:den", now=NOW)) == 5


def _callback(complaint, customer_id, outcome, done_at, *, window_end=None, score=None,
              staff=None):
    # Made directly: the calls were done in October, and desk.callbacks stamps the clock.
    return Callback.create(
        complaint=complaint.id if complaint else None, customer=customer_id,
        purpose="resolution" if complaint else "care", due_at=done_at, window_end=window_end,
        created_by=staff.id, state="done", done_at=done_at, done_by=staff.id, method="phone",
        outcome=outcome, score=score)


def test_callback_rates_and_member_coverage(shop):
    staff = shop.store.clerk
    k = shop.agreed(D(2026, 10, 2, 10), member_no="88000001")
    shop.close_at(k, D(2026, 10, 6, 12))
    window = D(2026, 10, 7, 21)
    _callback(k, k.customer_id, "unreachable", D(2026, 10, 5, 10), window_end=window,
              staff=staff)
    first = Callback.select().order_by(Callback.id.desc()).get()
    satisfied = _callback(k, k.customer_id, "satisfied", D(2026, 10, 6, 10), window_end=window,
                          score=5, staff=staff)
    missed = shop.agreed(D(2026, 10, 3, 10), member_no="88000002")
    shop.close_at(missed, D(2026, 10, 8, 12))  # a member without a callback
    m = shop.agreed(D(2026, 10, 4, 10))
    late = _callback(m, m.customer_id, "dissatisfied", D(2026, 10, 8, 10), window_end=window,
                     score=2, staff=staff)
    care = _callback(None, k.customer_id, "basically_satisfied", D(2026, 10, 9, 10), staff=staff)
    _callback(m, m.customer_id, "satisfied", D(2026, 11, 1, 0, 0), window_end=window, score=4,
              staff=staff)  # November: not in October's figures

    result = statistics.rates(OCTOBER, now=NOW)
    r = result.rates
    assert (r["satisfaction"].numerator, r["satisfaction"].denominator) == (2, 3)
    assert result.mean_score == pytest.approx(3.5)
    assert (r["callback_in_window"].numerator, r["callback_in_window"].denominator) == (2, 3)
    assert (r["member_coverage"].numerator, r["member_coverage"].denominator) == (1, 2)
    assert result.members_missed == [missed.id]
    assert statistics.drill(OCTOBER, "rate:satisfaction:num", now=NOW) == [satisfied.id,
                                                                           care.id]
    assert statistics.drill(OCTOBER, "rate:callback_in_window:den", now=NOW) == [
        first.id, satisfied.id, late.id]
    assert statistics.drill_kind("rate:satisfaction:num") == "callback"
    assert statistics.drill_kind("rate:member_coverage:den") == "complaint"
    assert statistics.drill(OCTOBER, "rate:member_coverage:num", now=NOW) == [k.id]


def test_money_granted_by_remedy_and_clerk(shop):
    refund = resolution.RemedyInput("refund", "退款", "100.00")
    gift = resolution.RemedyInput("gift", "赠品", "50.50")
    a = shop.agreed(D(2026, 10, 2, 10), remedies=[refund, gift])
    proposed = shop.do(shop.founded(D(2026, 10, 3, 10)), "start_investigation")
    resolution.set_remedies(proposed.id, proposed.version, [refund], shop.boss, shop.store.desk)

    money = statistics.money(OCTOBER)
    assert money.total == Decimal("150.50")  # the proposed one is not granted yet
    assert money.by_remedy == {"gift": Decimal("50.50"), "refund": Decimal("100.00")}
    assert money.by_clerk == [(shop.store.clerk.id, shop.store.clerk.name, Decimal("150.50"))]
    table = statistics.classification(OCTOBER, now=NOW)
    assert table.total.money == Decimal("150.50")
    assert [r.money for r in table.rows if r.key == "product_quality"] == [Decimal("150.50")]
    assert a.id in statistics.drill(OCTOBER, "founded", now=NOW)


def _mixed_month(shop):
    shop.agreed(D(2026, 10, 2, 10), category="delivery", channel="phone")
    shop.do(shop.register(D(2026, 10, 3, 10), category="repair"), "judge_not_founded",
            explanation="说明")
    shop.register(D(2026, 10, 4, 10), kind="inquiry", category="delivery", demands=[])
    shop.founded(D(2026, 10, 5, 10), product_brand="美的", product_model="M1")
    c = shop.founded(D(2026, 10, 6, 10))
    shop.do(shop.do(c, "start_investigation"), "record_cause", cause="service")
    shop.do(shop.founded(D(2026, 10, 7, 10)), "route", department_id=shop.delivery.id,
            reason="送货")
    closed = shop.do(shop.register(D(2026, 10, 8, 10)), "judge_not_founded", explanation="说明")
    shop.do(closed, "close")


def test_every_cell_drills_down_to_exactly_its_count(shop):
    _mixed_month(shop)
    for group_by in statistics.GROUPINGS:
        table = statistics.classification(OCTOBER, group_by, now=NOW)
        assert sum(r.received for r in table.rows) == table.total.received == 7
        for row in [*table.rows, table.total]:
            for figure in statistics.FIGURES:
                ids = statistics.drill(OCTOBER, figure, group_by=None if row is table.total
                                       else group_by, key=row.key, now=NOW)
                assert len(ids) == row.figure(figure), (group_by, row.key, figure)
    by_department = statistics.classification(OCTOBER, "department", now=NOW)
    assert {r.label for r in by_department.rows} == {"销售部", "送货部", ""}
    rates = statistics.rates(OCTOBER, now=NOW)
    for key, rate in rates.rates.items():
        assert len(statistics.drill(OCTOBER, f"rate:{key}:num", now=NOW)) == rate.numerator
        assert len(statistics.drill(OCTOBER, f"rate:{key}:den", now=NOW)) == rate.denominator


def test_median_handling_hours_of_the_closed(shop):
    for hours in (2, 4, 9, 30):
        c = shop.do(shop.register(D(2026, 10, 2, 10)), "judge_not_founded", explanation="说明")
        shop.close_at(c, D(2026, 10, 2, 10) + datetime.timedelta(hours=hours))
    shop.register(D(2026, 10, 2, 10))  # open: no handling time yet
    table = statistics.classification(OCTOBER, now=NOW)
    assert table.total.median_hours == pytest.approx(6.5)  # (4 + 9) / 2
    c = shop.do(shop.register(D(2026, 10, 3, 10), category="delivery"), "judge_not_founded",
                explanation="说明")
    shop.close_at(c, D(2026, 10, 3, 13))
    rows = {r.key: r for r in statistics.classification(OCTOBER, now=NOW).rows}
    assert rows["product_quality"].median_hours == pytest.approx(6.5)
    assert rows["delivery"].median_hours == pytest.approx(3.0)
    assert statistics.classification(OCTOBER, now=NOW).total.median_hours == pytest.approx(4.0)


def test_a_clerk_sees_only_the_complaints_they_registered_or_handle(shop):
    other = auth.add_staff("c2", "赵小明", "2580", role="clerk", by=shop.boss)
    mine = shop.register(D(2026, 10, 2, 10))
    theirs = shop.register(D(2026, 10, 3, 10), clerk=other)
    handed = shop.register(D(2026, 10, 4, 10), clerk=other)
    shop.do(handed, "route", assigned_to_id=shop.store.clerk.id, reason="交给李小红")
    clerk_id = shop.store.clerk.id
    table = statistics.classification(OCTOBER, "clerk", staff_id=clerk_id, now=NOW)
    assert table.total.received == 2
    assert statistics.drill(OCTOBER, "received", staff_id=clerk_id, now=NOW) == [mine.id,
                                                                                 handed.id]
    assert statistics.drill(OCTOBER, "received", staff_id=other.id, now=NOW) == [theirs.id,
                                                                                 handed.id]
    everyone = statistics.classification(OCTOBER, "clerk", now=NOW)
    assert {(r.key, r.label, r.received) for r in everyone.rows} == {
        (clerk_id, "李小红", 2), (other.id, "赵小明", 1)}


def test_compute_gives_both_periods_reports_progress_and_can_be_cancelled(shop):
    _mixed_month(shop)
    seen = []
    data = statistics.compute(OCTOBER, "channel", progress=lambda d, t: seen.append((d, t)),
                              now=NOW)
    assert data.previous_period == periods.month(2026, 9)
    assert data.table.total.received == 7 and data.previous_table.total.received == 0
    assert data.now == NOW and seen[-1][0] == seen[-1][1] and len(seen) == seen[-1][1]
    assert len(data.series) == 31
    from desk.errors import Cancelled

    with pytest.raises(Cancelled):
        statistics.compute(OCTOBER, cancelled=lambda: True, now=NOW)

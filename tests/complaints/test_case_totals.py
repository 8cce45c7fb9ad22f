"""The transfer count and remedy total kept on the case row (desk.complaints.case_totals) always
agree with the transfer and remedy rows, and an existing database gets them filled in."""

from decimal import Decimal

from desk.complaints import departments, lifecycle, registration
from desk.models import Complaint, ComplaintCase, Remedy, Transfer
from desk.resolution import remedies as resolution
from desk.resolution.remedies import RemedyInput
from desk.storage import db
from tests.complaints.test_registration import make_input
from tests.resolution.test_resolution import proposed
from tests.storage.test_migrations import empty_url  # noqa: F401  (a database with no tables)


def case(complaint_id: int) -> ComplaintCase:
    return ComplaintCase.get(ComplaintCase.complaint == complaint_id)


def test_every_transfer_is_counted_even_before_the_judgment(store):
    sales = departments.add("销售部", 24, store.supervisor, store.desk)
    delivery = departments.add("送货部", 24, store.supervisor, store.desk)
    c = registration.register(make_input(), store.clerk, store.desk)
    c = lifecycle.perform(c.id, c.version, "route", store.clerk, store.desk,
                          department_id=sales.id)  # the first routing is not a transfer
    c = lifecycle.perform(c.id, c.version, "route", store.clerk, store.desk,
                          department_id=delivery.id, reason="送货问题")
    assert case(c.id).transfer_count == 1 and case(c.id).judgment is None
    c = lifecycle.perform(c.id, c.version, "judge_founded", store.clerk, store.desk,
                          department_id=sales.id, reason="还是销售问题")
    assert case(c.id).transfer_count == 2 == Transfer.select().where(
        Transfer.complaint == c.id).count()
    assert case(c.id).judgment == "founded"


def test_the_remedy_total_follows_every_change_of_the_remedies(store):
    c = proposed(store, [RemedyInput("refund", "退款", "150"), RemedyInput("apology", "致歉")],
                 state="investigating")
    assert case(c.id).remedy_total == Decimal("150.00")
    c = resolution.add_remedy(c.id, c.version, RemedyInput("gift", "赠品", "30.5"),
                              store.clerk, store.desk)
    assert case(c.id).remedy_total == Decimal("180.50")
    c = resolution.set_remedies(c.id, c.version, [RemedyInput("apology", "致歉")],
                                store.clerk, store.desk)
    assert case(c.id).remedy_total is None  # no amounts at all


def test_the_migration_fills_in_the_totals_of_existing_rows(empty_url):  # noqa: F811
    import random

    from tests.storage.test_migrations import _fill_first_version

    # Rows as the first version wrote them (today's code writes today's schema only).
    db.connect(empty_url, target="0010_statistics_covering")
    _fill_first_version(random.Random(3))
    boss = type("Boss", (), {"id": 1})
    judged, unjudged = (Complaint.get_by_id(i) for i in (1, 2))
    raw = db.current().db.execute_sql
    p = db.current().db.param
    raw("INSERT INTO complaint_case (complaint_id, judgment, explanation, refusal_reason,"
        f" evidence, cause_detail, responsible_person, reopen_count)"
        f" VALUES ({p}, 'founded', '', '', '', '', '', 0)", (judged.id,))
    raw("INSERT INTO department (name, answer_hours, active, sort_order)"
        " VALUES ('销售部', 24, TRUE, 0)")
    for cid in (judged.id, judged.id, unjudged.id):
        raw("INSERT INTO transfer (complaint_id, reason, by_id, at)"
            f" VALUES ({p}, '转派', {p}, {p})", (cid, boss.id, judged.received_at))
    for position, amount in enumerate(("100.00", "50.50", None)):
        raw("INSERT INTO remedy (complaint_id, position, kind, amount, text)"
            f" VALUES ({p}, {p}, 'refund', {p}, '')", (judged.id, position, amount))
    db.close()
    db.connect(empty_url)
    assert (case(judged.id).transfer_count, case(judged.id).remedy_total) == (
        2, Decimal("150.50"))
    assert (case(unjudged.id).transfer_count, case(unjudged.id).remedy_total) == (1, None)
    assert Remedy.select().count() == 3

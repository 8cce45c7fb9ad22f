"""Demo data: every state, a sound history chain, numbers that later registrations continue."""

import datetime
from collections import Counter

from peewee import fn

from desk import settings, vocab
from desk.complaints import registration
from desk.demo import populate as demo
from desk.models import Complaint, ComplaintEvent, ComplaintSequence, Customer, Department, Staff
from desk.staff import auth
from desk.storage import history
from desk.validation import check_phone
from tests.helpers import all_search_ids


def test_demo_on_an_empty_database_sets_up_the_demo_store(conn):
    calls = []
    demo.populate(300, seed=3, progress=lambda done, total: calls.append((done, total)), batch=120)
    assert calls == [(120, 300), (240, 300), (300, 300)]
    assert settings.get("store_name") == "示例商场" and settings.get("store_code") == "S01"
    assert auth.sign_in("admin", "1234").role == "supervisor"
    clerks = Staff.select().where(Staff.role == "clerk")
    assert sorted(s.code for s in clerks) == [f"c0{i}" for i in range(1, 7)]
    assert auth.sign_in("c03", "1234").name
    assert Department.select().count() == 6
    members = Customer.select().where(Customer.member_no.is_null(False)).count()
    assert 0.15 < members / Customer.select().count() < 0.45
    assert all(check_phone(c.phone) == (c.phone, None) for c in Customer.select())


def test_demo_gives_every_state_both_kinds_and_sound_links(store):
    demo.populate(300, seed=1)
    complaints = list(Complaint.select().order_by(Complaint.id))
    assert len(complaints) == 300
    assert set(Counter(c.status for c in complaints)) == set(vocab.STATUSES)
    kinds = Counter(c.kind for c in complaints)
    assert 0.65 < kinds["complaint"] / 300 < 0.92 and kinds["inquiry"] > 0
    assert {c.channel for c in complaints} <= set(vocab.CHANNELS)
    assert {c.category for c in complaints} <= set(vocab.CATEGORIES)
    assert all(set(c.demand_codes) <= set(vocab.DEMANDS) for c in complaints)
    assert Counter(c.escalation_level for c in complaints).most_common(1)[0][0] == 1
    # Oldest first by id, newest received today, spread over years.
    received = [c.received_at for c in complaints]
    assert received == sorted(received)
    assert received[-1].date() == datetime.date.today()
    assert (received[-1] - received[0]).days > 700
    old = [c for c in complaints if (received[-1] - c.received_at).days > 90]
    assert sum(c.status == "closed" for c in old) / len(old) > 0.9
    by_id = {c.id: c for c in complaints}
    repeats = [c for c in complaints if c.repeat_of_id]
    for c in repeats:
        earlier = by_id[c.repeat_of_id]
        assert earlier.id < c.id and earlier.phone == c.phone
    for c in complaints:
        assert c.phone_tail == c.phone[-4:] and c.customer.phone == c.phone
        assert (c.closed_at is not None) == (c.status == "closed")
        assert c.purchase_date is None or c.purchase_date <= c.received_at.date()


def test_demo_history_chain_numbers_and_sequence_continue(store):
    first = registration.register(
        registration.ComplaintInput(category="delivery", complainant_name="张伟",
                                    phone="13912345678", account="送货延误。"),
        store.clerk, store.desk,
    )
    demo.populate(300, seed=2)
    checked, broken = history.verify_chain()
    assert broken is None and checked == ComplaintEvent.select().count() >= 301
    registered = ComplaintEvent.select().where(ComplaintEvent.action == "registered").count()
    assert registered == 301
    numbers = [n for (n,) in Complaint.select(Complaint.number).tuples()]
    assert len(set(numbers)) == 301
    # Each day's sequence row holds the largest number used that day.
    used = Counter()
    for n in numbers:
        _, day, seq = n.split("-")
        used[day] = max(used[day], int(seq))
    stored = {s.day: s.last for s in ComplaintSequence.select()}
    assert stored == dict(used)
    today = datetime.date.today().strftime("%Y%m%d")
    later = registration.register(
        registration.ComplaintInput(category="delivery", complainant_name="李娜",
                                    phone="13800001111", account="安装师傅态度差。"),
        store.clerk, store.desk,
    )
    assert later.number == f"S01-{today}-{used[today] + 1:04d}"
    assert first.number == f"S01-{today}-0001"
    assert history.verify_chain()[1] is None


def test_demo_complaints_are_found_by_search(store):
    demo.populate(300, seed=4)
    sample = Complaint.select().order_by(fn.Random()).limit(5)
    for c in sample:
        for query in (c.number, c.phone, c.product_name or c.account[:2]):
            assert c.id in all_search_ids(query), query
    mentioning = {c.id for c in Complaint.select() if "空调" in c.account}
    assert mentioning and all_search_ids("空调") >= mentioning


def test_demo_adds_to_an_existing_demo_store(conn):
    demo.populate(50, seed=1)
    demo.populate(60, seed=2)
    assert Complaint.select().count() == 110
    assert Staff.select().count() == 7 and Department.select().count() == 6
    assert history.verify_chain()[1] is None
    numbers = [n for (n,) in Complaint.select(Complaint.number).tuples()]
    assert len(set(numbers)) == 110


def test_demo_command_takes_db_before_or_after_its_name(db_url, capsys):
    from desk.__main__ import main
    from desk.storage import db

    assert main(["--db", db_url, "demo", "--complaints", "20", "--seed", "5"]) == 0
    assert main(["demo", "--complaints", "15", "--db", db_url]) == 0
    out = capsys.readouterr().out
    assert "20 / 20 complaints" in out and "15 / 15 complaints" in out
    assert "the database now holds 35 complaints" in out
    db.connect(db_url)
    assert Complaint.select().count() == 35 and history.verify_chain()[1] is None
    db.close()


def test_demo_states_come_with_the_lifecycle_facts_they_imply(store):
    from desk.callbacks import calls as callbacks
    from desk.models import Callback, ComplaintCase, Remedy, Transfer

    demo.populate(600, seed=2)
    cases = {c.complaint_id: c for c in ComplaintCase.select()}
    for c in Complaint.select():
        case = cases.get(c.id)
        if c.status == "registered":
            assert case is None
            continue
        if c.kind == "complaint" and c.status in ("explained", "refused"):
            assert case.judgment == {"explained": "not_founded", "refused": "unreasonable"}[
                c.status] and case.answered_at is not None
        if c.status == "closed":
            assert case.answered_at is not None and case.answered_at <= c.closed_at
        if c.status in ("carried_out", "callback_pending"):
            assert [cb.state for cb in callbacks.callbacks_of(c.id)] == ["open"]
            assert Remedy.select().where(Remedy.complaint == c.id).exists()
    # Every retry points at the try before it, of the same complaint.
    for cb in Callback.select().where(Callback.previous.is_null(False)):
        before = Callback.get_by_id(cb.previous_id)
        assert before.complaint_id == cb.complaint_id and before.attempt == cb.attempt - 1
    done = Callback.select().where(Callback.state == "done")
    assert done.count() > 100 and {cb.outcome for cb in done} >= {"satisfied", "unreachable"}
    assert Transfer.select().count() > 0
    assert all(cb.score is None or 1 <= cb.score <= 5 for cb in done)

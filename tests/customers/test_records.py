"""The customer's own record: edited as a whole, more than one phone, its whole history,
two records of one person merged by a supervisor with nothing lost."""

from decimal import Decimal

import pytest

from desk.complaints import registration
from desk.customers import history, merge, records
from desk.customers.records import CustomerChanges
from desk.errors import ConflictError, PermissionDenied, ValidationError
from desk.models import Complaint, Customer, CustomerEvent
from tests.complaints.test_lifecycle import Desk
from tests.complaints.test_registration import make_input


def register(store, phone="13912345678", name="张伟", **fields):
    return registration.register(make_input(phone=phone, complainant_name=name, **fields),
                                 store.clerk, store.desk)


def changes(record, **values) -> CustomerChanges:
    base = dict(name=record.name, phones=record.phones, member_no=record.member_no,
                card_level=record.card_level, address=record.address,
                contact_time=record.contact_time, contact_method=record.contact_method,
                declines_callbacks=record.declines_callbacks, tags=record.tags,
                notes=record.notes)
    base.update(values)
    return CustomerChanges(**base)


def test_a_record_is_edited_whole_and_its_history_says_what_changed(store):
    c = register(store)
    before = records.get(c.customer_id)
    after = records.update(before.id, before.version, changes(
        before, phones=["139 1234 5678", "010-62345678"], member_no="M0001", card_level="gold",
        address="杭州市解放路1号", contact_time="工作日晚上", contact_method="wechat",
        tags=["vip", "elderly"], notes="耳背，说话大声些"), store.clerk, store.desk)
    assert after.phones == ["13912345678", "01062345678"]
    assert (after.card_level, after.contact_method, after.tags) == ("gold", "wechat",
                                                                    ["vip", "elderly"])
    assert after.version == before.version + 1
    event = CustomerEvent.get(CustomerEvent.customer == before.id)
    assert event.action == "edited" and "01062345678" in event.detail and "gold" in event.detail


def test_registration_finds_the_customer_by_any_of_their_phones(store):
    c = register(store)
    r = records.get(c.customer_id)
    records.update(r.id, r.version, changes(r, phones=r.phones + ["13800000001"]), store.clerk,
                   store.desk)
    again = register(store, phone="13800000001")
    assert again.customer_id == c.customer_id
    assert [x.id for x in registration.earlier_complaints("13800000001")] == [again.id, c.id]


def test_bad_input_is_named_per_field_and_nothing_is_written(store):
    c = register(store)
    register(store, phone="13800000002", name="王芳")
    r = records.get(c.customer_id)
    for bad, field_name, code in (
            (dict(phones=["abcdefg"]), "phones", "phone_invalid_named"),
            (dict(phones=[]), "phones", "required"),
            (dict(phones=["13800000002"]), "phones", "phone_taken"),
            (dict(name=" "), "name", "required"),
            (dict(card_level="diamond"), "card_level", "choice_invalid"),
            (dict(tags=["rich"]), "tags", "choice_invalid"),
            (dict(notes="很" * 2001), "notes", "too_long")):
        with pytest.raises(ValidationError) as refused:
            records.update(r.id, r.version, changes(r, **bad), store.clerk, store.desk)
        assert refused.value.fields[field_name][0] == code, bad
    assert records.get(r.id) == r


def test_two_desks_editing_one_record_get_a_conflict(store):
    c = register(store)
    seen = records.get(c.customer_id)
    records.update(seen.id, seen.version, changes(seen, address="第一台写的"), store.clerk, "台1")
    with pytest.raises(ConflictError) as conflict:
        records.update(seen.id, seen.version, changes(seen, address="第二台写的"),
                       store.clerk, "台2")
    assert conflict.value.current.address == "第一台写的"
    assert records.get(seen.id).address == "第一台写的"


def test_registration_under_a_new_name_moves_the_records_version(store):
    c = register(store)
    seen = records.get(c.customer_id)
    register(store, name="张伟伟")
    with pytest.raises(ConflictError):
        records.update(seen.id, seen.version, changes(seen, notes="x"), store.clerk, store.desk)


def test_the_whole_history_on_one_screen_with_the_remedies_total(store):
    from desk.complaints import lifecycle
    from desk.customers import assignment
    from tests.resolution.test_resolution import REFUND_150, proposed

    d = Desk(store)
    agreed = proposed(store, [REFUND_150])
    agreed = lifecycle.perform(agreed.id, agreed.version, "agree", store.clerk, store.desk)
    inquiry = d.reach("inquiry", "registered", phone=agreed.phone)
    assignment.record_contact(agreed.customer_id, store.clerk, "phone", "问候新会员", store.desk)
    h = history.of(agreed.customer_id)
    kinds = {line.kind for line in h.lines}
    assert {"complaint", "inquiry", "remedy", "contact"} <= kinds
    assert (h.complaints, h.inquiries, h.contacts) == (1, 1, 1)
    assert h.remedies_total == Decimal("150.00")
    assert inquiry.customer_id == agreed.customer_id
    assert [line.at for line in h.lines] == sorted((line.at for line in h.lines), reverse=True)


def test_a_supervisor_merges_two_records_and_nothing_is_lost(store):
    first = register(store, phone="13900000001", name="张伟")
    second = register(store, phone="13900000002", name="张 伟", member_no="M0009")
    a, b = records.get(first.customer_id), records.get(second.customer_id)
    records.update(b.id, b.version, changes(b, tags=["sensitive"], notes="曾投诉媒体"),
                   store.clerk, store.desk)
    b = records.get(b.id)
    with pytest.raises(PermissionDenied):
        merge.merge(a.id, a.version, b.id, b.version, store.clerk, store.desk)
    kept = merge.merge(a.id, a.version, b.id, b.version, store.supervisor, store.desk)
    assert kept.phones == ["13900000001", "13900000002"]
    assert (kept.member_no, kept.tags, kept.notes) == ("M0009", ["sensitive"], "曾投诉媒体")
    assert {c.customer_id for c in Complaint.select()} == {a.id}
    assert Customer.get_by_id(b.id).merged_into_id == a.id
    assert records.get(b.id).id == a.id  # the old id reads as the kept record
    assert registration.customer_for("13900000002").id == a.id
    assert history.of(a.id).complaints == 2
    actions = [e.action for e in CustomerEvent.select().order_by(CustomerEvent.id)]
    assert "merged_in" in actions and "merged_into" in actions
    with pytest.raises(ValidationError):  # merged already: nothing to merge twice
        merge.merge(a.id, kept.version, b.id, b.version + 1, store.supervisor, store.desk)


def test_a_merge_over_a_record_changed_meanwhile_is_a_conflict(store):
    first = register(store, phone="13900000001")
    second = register(store, phone="13900000002")
    a, b = records.get(first.customer_id), records.get(second.customer_id)
    records.update(b.id, b.version, changes(b, address="刚改的"), store.clerk, store.desk)
    with pytest.raises(ConflictError):
        merge.merge(a.id, a.version, b.id, b.version, store.supervisor, store.desk)
    assert Customer.get_by_id(b.id).merged_into_id is None
    assert records.get(a.id).phones == ["13900000001"]


@pytest.mark.parametrize("typed, expected", [
    ("张", ["张伟", "张小明"]), ("张小", ["张小明"]), ("Андр", ["Андрей"]), ("5678", ["张伟", "张小明"]),  # 张小明 by the further phone
    ("139 1234 5678", ["张伟"]), ("1111", ["Андрей"]), ("M0042", ["张小明"]),
    ("01062345678", ["张小明"]), ("李", [])])
def test_the_customer_list_finds_by_name_phone_tail_and_member_no(store, typed, expected):
    from desk.customers import search

    register(store, phone="13912345678", name="张伟")
    other = register(store, phone="13800000000", name="张小明", member_no="M0042")
    register(store, phone="13700001111", name="Андрей")
    r = records.get(other.customer_id)
    records.update(r.id, r.version, changes(r, phones=r.phones + ["010-62345678"]),
                   store.clerk, store.desk)
    assert sorted(row.name for row in search.search(typed)) == sorted(expected)


def test_the_customer_list_pages_and_leaves_merged_records_out(store):
    from desk.customers import search

    made = [register(store, phone=f"1390000{i:04d}", name=f"王{i}") for i in range(5)]
    a, b = records.get(made[0].customer_id), records.get(made[1].customer_id)
    merge.merge(a.id, a.version, b.id, b.version, store.supervisor, store.desk)
    first, second = search.search("", 0, 2), search.search("", 2, 2)
    assert len(first) == len(second) == 2
    assert {r.id for r in first + second} == {m.customer_id for m in made} - {b.id}
    assert search.search("王1") == []  # merged into 王0

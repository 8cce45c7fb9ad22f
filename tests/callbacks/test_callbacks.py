"""Callbacks: the resolution's callback is scheduled when it is carried out, and the
outcome of each call drives the complaint (close, reopen, retry, outbound list)."""

import datetime

import pytest

from desk.callbacks import calls as callbacks
from desk.callbacks import slots as callback_slots
from desk.complaints import contacts, lifecycle
from desk.errors import ConflictError, DeskError, PermissionDenied, ValidationError
from desk.models import Callback, Complaint, Customer, now
from desk.storage import history
from tests.complaints.test_lifecycle import Desk


@pytest.fixture
def desk(store):
    return Desk(store)


def carried_out(desk, **overrides) -> Complaint:
    return desk.reach("complaint", "carried_out", **overrides)


def the_callback(complaint) -> callbacks.CallbackInfo:
    (info,) = [c for c in callbacks.callbacks_of(complaint.id) if c.state == "open"]
    return info


def record(info, staff, desk_name, **values) -> callbacks.RecordResult:
    values.setdefault("method", "phone")
    return callbacks.record(info.id, info.version, staff, desk_name, **values)


def tomorrow_at(hour: int, minute: int = 0) -> datetime.datetime:
    return datetime.datetime.combine(now().date() + datetime.timedelta(days=1),
                                     datetime.time(hour, minute))


def test_carrying_out_schedules_the_callback_by_the_slot_rule(desk, store):
    c = carried_out(desk)
    info = the_callback(c)
    row = Callback.get_by_id(info.id)
    slot = callback_slots.resolution_slot(row.created_at, callback_slots.rules())
    assert (info.due_at, info.window_end, info.purpose) == (slot.due_at, slot.window_end,
                                                          "resolution")
    assert info.attempt == 1 and not info.outbound and info.state == "open"
    assert info.assigned_to_id == c.assigned_to_id and info.complaint_number == c.number
    assert "callback_scheduled" in [e.action for e in history.events_of(c.id)]


def test_members_always_get_a_callback_others_unless_they_declined(desk, store):
    member = desk.register(member_no="M0001")
    Customer.update(declines_callbacks=True).where(Customer.id == member.customer_id).execute()
    plain = desk.register()
    Customer.update(declines_callbacks=True).where(Customer.id == plain.customer_id).execute()
    for complaint in (member, plain):
        for action in ("judge_founded", "start_investigation", "propose_resolution", "agree",
                       "carry_out"):
            complaint = desk.do(complaint, action)
    assert len(callbacks.callbacks_of(member.id)) == 1
    assert callbacks.callbacks_of(plain.id) == []
    # The one who declined may be closed once answered; the member only after the call.
    contacts.add(plain.id, "phone", "reply", "已换新机", store.clerk, store.desk)
    assert "close" in lifecycle.available_actions(Complaint.get_by_id(plain.id), store.clerk)
    contacts.add(member.id, "phone", "reply", "已换新机", store.clerk, store.desk)
    assert "close" not in lifecycle.available_actions(Complaint.get_by_id(member.id),
                                                      store.clerk)


@pytest.mark.parametrize("outcome", ["satisfied", "basically_satisfied"])
def test_a_satisfied_customer_closes_the_complaint(desk, store, outcome):
    c = carried_out(desk)
    result = record(the_callback(c), store.clerk, store.desk, outcome=outcome, score=4,
                    notes="顾客说新机器很好")
    assert result.complaint_action == "close" and result.next_callback is None
    assert Complaint.get_by_id(c.id).status == "closed"
    assert result.callback.state == "done" and result.callback.score == 4
    assert result.callback.done_by_name == store.clerk.name
    assert [e.kind for e in contacts.entries_of(c.id)] == ["reply"]
    assert history.verify_chain()[1] is None


def test_a_dissatisfied_customer_reopens_the_complaint_and_says_why(desk, store):
    c = carried_out(desk)
    with pytest.raises(ValidationError) as err:
        record(the_callback(c), store.clerk, store.desk, outcome="dissatisfied")
    assert err.value.fields == {"notes": ("required", {})}
    result = record(the_callback(c), store.clerk, store.desk, outcome="dissatisfied", score=1,
                    notes="换的新机还是有噪音")
    assert result.complaint_action == "reopen"
    fresh = Complaint.get_by_id(c.id)
    assert fresh.status == "registered" and lifecycle.reopen_count(c.id) == 1
    assert [e.note for e in history.events_of(c.id) if e.action == "reopen" and e.note] == [
        "换的新机还是有噪音"]


def test_a_dissatisfied_manual_callback_on_a_closed_complaint_reopens_it(desk, store):
    c = desk.reach("complaint", "closed")
    info = callbacks.schedule(c.customer_id, store.clerk, store.desk, complaint_id=c.id)
    record(info, store.clerk, store.desk, outcome="dissatisfied", notes="解释不能接受")
    assert Complaint.get_by_id(c.id).status == "registered"


def test_unreachable_three_times_puts_the_customer_on_the_outbound_list(desk, store):
    c = carried_out(desk)
    info = the_callback(c)
    rules = callback_slots.rules()
    for attempt in (1, 2, 3):
        assert info.attempt == attempt and not info.outbound
        result = record(info, store.clerk, store.desk, outcome="unreachable")
        assert result.complaint_action is None
        info = result.next_callback
        assert info.previous_id == result.callback.id and info.state == "open"
        assert callback_slots.is_allowed(info.due_at, rules)
        assert info.due_at >= result.callback.done_at
        assert result.went_outbound == (attempt == 3)
    assert info.attempt == 4 and info.outbound
    assert [o.id for o in callbacks.outbound_list()] == [info.id]
    assert Complaint.get_by_id(c.id).status == "carried_out"
    # The fourth try reaches the customer, who is satisfied: closed, off the list.
    record(info, store.clerk, store.desk, outcome="satisfied", score=5)
    assert Complaint.get_by_id(c.id).status == "closed"
    assert callbacks.outbound_list() == []
    chain = callbacks.callbacks_of(c.id)
    assert [x.outcome for x in chain] == ["unreachable"] * 3 + ["satisfied"]


def test_rescheduling_keeps_the_history_and_the_customers_time_wins(desk, store):
    c = carried_out(desk)
    info = the_callback(c)
    with pytest.raises(ValidationError) as err:
        record(info, store.clerk, store.desk, outcome="rescheduled")
    assert err.value.fields == {"next_at": ("required", {})}
    lunch = tomorrow_at(12, 30)  # the customer asked for the lunch break
    result = record(info, store.clerk, store.desk, outcome="rescheduled", next_at=lunch,
                    notes="顾客在开会，约明天中午")
    nxt = result.next_callback
    assert (nxt.due_at, nxt.customer_time, nxt.attempt) == (lunch, True, 1)
    assert result.callback.outcome == "rescheduled" and result.callback.notes
    assert [x.state for x in callbacks.callbacks_of(c.id)] == ["done", "open"]


def test_the_record_is_checked_field_by_field(desk, store):
    c = carried_out(desk)
    info = the_callback(c)
    with pytest.raises(ValidationError) as err:
        callbacks.record(info.id, info.version, store.clerk, store.desk, method="fax",
                         outcome="unreachable", score=3)
    assert err.value.fields == {"method": ("choice_invalid", {}),
                                "score": ("score_needs_answer", {})}
    with pytest.raises(ValidationError) as err:
        record(info, store.clerk, store.desk, outcome="satisfied", score=6)
    assert err.value.fields == {"score": ("out_of_range", {"low": 1, "high": 5})}
    with pytest.raises(ValidationError) as err:
        record(info, store.clerk, store.desk, outcome="unreachable",
               next_at=tomorrow_at(22, 0))  # the clerk's own choice must respect rest time
    assert err.value.fields == {"next_at": ("callback_rest_time", {})}
    assert the_callback(c).state == "open"  # nothing written


def test_two_desks_recording_the_same_call_get_a_conflict(desk, store):
    c = carried_out(desk)
    info = the_callback(c)
    record(info, store.clerk, store.desk, outcome="unreachable")
    with pytest.raises(ConflictError):
        record(info, store.supervisor, "测试台2", outcome="satisfied")
    done = callbacks.get(info.id)
    with pytest.raises(DeskError) as err:
        record(done, store.supervisor, "测试台2", outcome="satisfied")
    assert err.value.code == "callback_not_open"


def test_manual_callbacks_respect_rest_time_unless_the_customer_asked(desk, store):
    c = desk.register()
    with pytest.raises(ValidationError) as err:
        callbacks.schedule(c.customer_id, store.clerk, store.desk, complaint_id=c.id,
                           due_at=tomorrow_at(12, 30))
    assert err.value.fields == {"due_at": ("callback_rest_time", {})}
    with pytest.raises(ValidationError) as err:
        callbacks.schedule(c.customer_id, store.clerk, store.desk,
                           due_at=now() - datetime.timedelta(hours=1))
    assert err.value.fields == {"due_at": ("must_be_future", {})}
    info = callbacks.schedule(c.customer_id, store.clerk, store.desk, complaint_id=c.id,
                              due_at=tomorrow_at(12, 30), customer_time=True)
    assert info.due_at == tomorrow_at(12, 30) and info.customer_time
    assert info.assigned_to_id == store.clerk.id and info.purpose == "manual"
    default = callbacks.schedule(c.customer_id, store.clerk, store.desk)
    assert callback_slots.is_allowed(default.due_at, callback_slots.rules())
    assert default.complaint_id is None


def test_the_queue_sorts_by_due_time_splits_sections_and_filters_mine(desk, store):
    c = desk.register()
    moment = now()
    mine = callbacks.schedule(c.customer_id, store.clerk, store.desk, due_at=tomorrow_at(10),
                              customer_time=True)
    theirs = callbacks.schedule(c.customer_id, store.supervisor, store.desk,
                                due_at=tomorrow_at(9, 30), customer_time=True)
    overdue = callbacks.schedule(c.customer_id, store.clerk, store.desk,
                                 due_at=moment + datetime.timedelta(minutes=1),
                                 customer_time=True)
    Callback.update(due_at=moment - datetime.timedelta(hours=3)).where(
        Callback.id == overdue.id).execute()  # a call nobody made: only time makes that
    everyone = callbacks.queue(moment)
    assert [i.id for i in everyone] == [overdue.id, theirs.id, mine.id]
    assert [callbacks.section(i, moment) for i in everyone] == ["overdue", "upcoming",
                                                                "upcoming"]
    assert [i.id for i in callbacks.queue(moment, staff_id=store.clerk.id)] == [overdue.id,
                                                                                mine.id]
    assert [i.id for i in callbacks.due_between(tomorrow_at(9), tomorrow_at(9, 45))] == [
        theirs.id]


def test_care_callbacks_for_members_once_per_topic(desk, store):
    a = desk.register(member_no="M1")
    b = desk.register(member_no="M2")
    desk.register()  # not a member
    members = callbacks.member_customer_ids()
    assert members == sorted({a.customer_id, b.customer_id})
    with pytest.raises(PermissionDenied):
        callbacks.schedule_care(members, "春节问候", store.clerk, store.desk)
    with pytest.raises(ValidationError):
        callbacks.schedule_care(members, " ", store.supervisor, store.desk)
    made = callbacks.schedule_care(members, "春节问候", store.supervisor, store.desk)
    assert sorted(m.customer_id for m in made) == members
    assert {(m.purpose, m.topic, m.complaint_id) for m in made} == {("care", "春节问候", None)}
    assert callbacks.schedule_care(members, "春节问候", store.supervisor, store.desk) == []


def test_the_summary_counts_outcomes_satisfaction_and_reopened(desk, store):
    start = now() - datetime.timedelta(minutes=1)
    one, two, three = carried_out(desk), carried_out(desk), carried_out(desk)
    record(the_callback(one), store.clerk, store.desk, outcome="satisfied", score=5)
    record(the_callback(two), store.clerk, store.desk, outcome="dissatisfied", score=2,
           notes="还是坏的")
    unreachable = record(the_callback(three), store.clerk, store.desk, outcome="unreachable")
    record(unreachable.next_callback, store.clerk, store.desk, method="sms",
           outcome="basically_satisfied")
    s = callbacks.summary(start, now() + datetime.timedelta(minutes=1))
    assert s.made == 4 and s.reached == 3
    assert s.by_outcome == {"satisfied": 1, "dissatisfied": 1, "unreachable": 1,
                            "basically_satisfied": 1}
    assert s.by_method == {"phone": 3, "sms": 1}
    assert s.satisfaction == pytest.approx(2 / 3) and s.mean_score == pytest.approx(3.5)
    assert s.reopened_complaint_ids == [two.id] and s.within_window == 4
    assert len(s.records) == 4
    assert callbacks.summary(start - datetime.timedelta(days=2), start).made == 0

"""Investigation: cause and responsible person, requests to departments, the incident log."""

import datetime

import pytest

from desk.complaints import departments, investigation, lifecycle
from desk.errors import DeskError, ValidationError
from desk.models import ChangeLog, IncidentLogEntry, now
from desk.storage import history
from tests.complaints.test_lifecycle import Desk

H = datetime.timedelta(hours=1)


@pytest.fixture
def desk(store):
    return Desk(store)


def test_cause_and_responsible_person_are_recorded_with_history(desk):
    c = desk.reach("complaint", "investigating")
    with pytest.raises(ValidationError) as err:
        lifecycle.perform(c.id, c.version, "record_cause", desk.staff, desk.store.desk,
                          cause="bad_luck")
    assert err.value.fields == {"cause": ("choice_invalid", {})}
    c = lifecycle.perform(c.id, c.version, "record_cause", desk.staff, desk.store.desk,
                          cause="third_party", responsible_person="有线电视台",
                          detail="信号问题，不是电视机故障")
    facts = lifecycle.case_of(c.id)
    assert (facts.cause, facts.responsible_person, facts.cause_detail) == (
        "third_party", "有线电视台", "信号问题，不是电视机故障")
    c = lifecycle.perform(c.id, c.version, "record_cause", desk.staff, desk.store.desk,
                          cause="communication")
    changed = [(e.field, e.old_value, e.new_value) for e in history.events_of(c.id)
               if e.action == "record_cause" and e.field]
    assert ("cause", "third_party", "communication") in changed
    assert ("cause", "", "third_party") in changed
    assert lifecycle.case_of(c.id).responsible_person == ""


def test_an_answer_in_time_writes_no_incident(desk):
    c = desk.reach("complaint", "investigating")
    asked_at = now() - 50 * H
    request = investigation.ask(c.id, desk.delivery.id, "何时送的货？", desk.staff,
                                desk.store.desk, at=asked_at)
    assert request.due_at == asked_at + 48 * H
    answered = investigation.record_answer(request.id, "1月3日上午送达", desk.store.clerk,
                                           desk.store.desk, at=asked_at + 48 * H)  # just in time
    assert answered.answered_at == asked_at + 48 * H and answered.answer == "1月3日上午送达"
    assert IncidentLogEntry.select().count() == 0
    actions = [e.action for e in history.events_of(c.id)]
    assert actions[-2:] == ["department_asked", "department_answered"]


def test_a_late_answer_is_written_into_the_incident_log(desk):
    c = desk.reach("complaint", "investigating")
    asked_at = now() - 40 * H
    request = investigation.ask(c.id, desk.sales.id, "导购当时怎么说的？", desk.staff,
                                desk.store.desk, at=asked_at)
    assert [r.id for r in investigation.overdue_requests()] == [request.id]
    investigation.record_answer(request.id, "导购承认未说明", desk.staff, desk.store.desk,
                                at=asked_at + 25 * H + 30 * datetime.timedelta(minutes=1))
    assert investigation.overdue_requests() == []
    [row] = investigation.incident_log()
    assert (row.department_name, row.complaint_number) == ("销售部", c.number)
    assert (row.asked_at, row.due_at) == (asked_at, asked_at + 24 * H)
    assert row.answered_at == asked_at + 25.5 * H and row.delay_minutes == 90
    assert history.events_of(c.id)[-1].action == "incident_logged"
    assert ChangeLog.select().where(ChangeLog.table == "incident").count() == 1
    with pytest.raises(DeskError) as err:
        investigation.record_answer(request.id, "again", desk.staff, desk.store.desk)
    assert err.value.code == "already_answered"
    assert IncidentLogEntry.select().count() == 1


def test_answers_are_checked(desk):
    c = desk.reach("complaint", "investigating")
    asked_at = now() - 2 * H
    request = investigation.ask(c.id, desk.sales.id, "问题", desk.staff, desk.store.desk,
                                at=asked_at)
    for answer, at, field, code in (("", None, "answer", "required"),
                                    ("早", asked_at - H, "answered_at", "before_asked"),
                                    ("晚", now() + 2 * H, "answered_at", "in_future")):
        with pytest.raises(ValidationError) as err:
            investigation.record_answer(request.id, answer, desk.staff, desk.store.desk, at=at)
        assert err.value.fields[field][0] == code
    with pytest.raises(ValidationError) as err:
        investigation.ask(c.id, 9999, "", desk.staff, desk.store.desk)
    assert set(err.value.fields) == {"department_id", "question"}
    with pytest.raises(DeskError) as err:
        investigation.record_answer(9999, "x", desk.staff, desk.store.desk)
    assert err.value.code == "not_found"


def test_a_closed_complaint_takes_no_new_requests(desk):
    c = desk.reach("complaint", "closed")
    with pytest.raises(DeskError) as err:
        investigation.ask(c.id, desk.sales.id, "问题", desk.staff, desk.store.desk)
    assert err.value.code == "complaint_closed"


def test_the_incident_log_filters_by_period_and_department(desk, store):
    c = desk.reach("complaint", "investigating")
    quick = departments.add("收银台", 1, store.supervisor, store.desk)
    base = now() - 10 * 24 * H
    late = []
    for days, dept in ((0, desk.sales), (3, quick), (6, quick)):
        asked = base + days * 24 * H
        r = investigation.ask(c.id, dept.id, f"第{days}天的问题", desk.staff, desk.store.desk,
                              at=asked)
        investigation.record_answer(r.id, "答复", desk.staff, desk.store.desk,
                                    at=asked + 30 * H)
        late.append(r)
    on_time = investigation.ask(c.id, quick.id, "及时", desk.staff, desk.store.desk,
                                at=base + 7 * 24 * H)
    investigation.record_answer(on_time.id, "好", desk.staff, desk.store.desk,
                                at=base + 7 * 24 * H + 30 * datetime.timedelta(minutes=1))
    assert len(investigation.incident_log()) == 3
    window = investigation.incident_log(since=base + 4 * 24 * H, until=base + 5 * 24 * H)
    assert [r.delay_minutes for r in window] == [29 * 60]  # the 3rd-day request, answered day 4
    assert [r.department_name for r in investigation.incident_log(department_id=quick.id)] == [
        "收银台", "收银台"]
    assert investigation.incident_log(since=now()) == []
    assert len(investigation.requests_of(c.id)) == 4

"""Callbacks (回访): scheduling, the queue, and recording what the customer said.

A Callback row is one planned call. Recording it fills in the 《回访记录表》 and lets
the outcome drive the complaint: satisfied closes it, dissatisfied reopens it (the
notes say why), unreachable plans the next try at the next allowed slot and, after
MAX_TRIES failed tries, puts the customer on the handover's outbound list. A retry
or a reschedule is a new row pointing at the previous one, so nothing is overwritten.

Carrying out a resolution schedules its callback (see `_on_carry_out`, a lifecycle
guard installed at import): members always get one, others unless they declined.
"""

import datetime
from dataclasses import dataclass, field

from peewee import JOIN, fn

from desk import vocab
from desk.callbacks import slots as callback_slots
from desk.complaints import contacts, lifecycle, routing
from desk.errors import ConflictError, DeskError, ValidationError
from desk.models import Callback, Complaint, Customer, Staff, now
from desk.staff import permissions
from desk.storage import db, history
from desk.validation import check_text

PURPOSES = vocab.CALLBACK_PURPOSES
METHODS = vocab.CALLBACK_METHODS
OUTCOMES = vocab.CALLBACK_OUTCOMES
REACHED = vocab.CALLBACK_REACHED  # the customer answered
SATISFIED = vocab.CALLBACK_SATISFIED

MAX_TRIES = 3  # failed tries before the customer goes on the outbound list
NOTES_MAX = 1000
TOPIC_MAX = 60
QUEUE_LIMIT = 2000  # the queue is a day's work, not the archive

OPEN, DONE, CANCELLED = "open", "done", "cancelled"
# Complaint states a satisfied callback closes, and a dissatisfied one reopens.
_CLOSABLE = ("carried_out", "callback_pending")
_REOPENABLE = ("carried_out", "callback_pending", "closed")


@dataclass(frozen=True)
class CallbackInfo:
    id: int
    complaint_id: int | None
    complaint_number: str
    customer_id: int
    customer_name: str
    phone: str
    member_no: str | None
    purpose: str
    topic: str
    due_at: datetime.datetime
    window_end: datetime.datetime | None
    customer_time: bool
    attempt: int
    outbound: bool
    assigned_to_id: int | None
    assigned_to_name: str
    state: str
    done_at: datetime.datetime | None
    done_by_name: str
    method: str | None
    outcome: str | None
    score: int | None
    notes: str
    version: int
    previous_id: int | None
    category: str = ""
    product: str = ""
    complaint_status: str = ""

    @property
    def is_member(self) -> bool:
        return bool(self.member_no)

    @property
    def late(self) -> bool:
        """Made (or still open) after the callback window closed."""
        if self.window_end is None:
            return False
        return (self.done_at or now()) > self.window_end


@dataclass(frozen=True)
class RecordResult:
    callback: CallbackInfo
    next_callback: CallbackInfo | None = None
    complaint_action: str | None = None  # "close" / "reopen": what the outcome did
    went_outbound: bool = False


@dataclass
class CallbackSummary:
    """《回访总结报告》: what the callbacks recorded in a period came to."""

    start: datetime.datetime
    end: datetime.datetime
    made: int = 0  # recorded, whatever the outcome
    by_outcome: dict[str, int] = field(default_factory=dict)
    by_method: dict[str, int] = field(default_factory=dict)
    reached: int = 0
    satisfied: int = 0
    basically: int = 0
    dissatisfied: int = 0
    mean_score: float | None = None
    within_window: int = 0
    reopened_complaint_ids: list[int] = field(default_factory=list)
    records: list[CallbackInfo] = field(default_factory=list)

    @property
    def satisfaction(self) -> float | None:
        """Satisfied + basically satisfied over the customers reached."""
        return (self.satisfied + self.basically) / self.reached if self.reached else None


# -- reading ----------------------------------------------------------------------------

_Assigned = Staff.alias()
_DoneBy = Staff.alias()


def _select():
    return (Callback
            # the joined ids too: peewee sets callback.customer_id from the joined row
            .select(Callback, Customer.id, Customer.name, Customer.phone, Customer.member_no,
                    Complaint.id, Complaint.number, Complaint.category, Complaint.product_name,
                    Complaint.product_model, Complaint.status, Complaint.member_no,
                    _Assigned.id, _Assigned.name, _DoneBy.id, _DoneBy.name)
            .join(Customer, on=(Callback.customer == Customer.id))
            .switch(Callback)
            .join(Complaint, JOIN.LEFT_OUTER, on=(Callback.complaint == Complaint.id))
            .switch(Callback)
            .join(_Assigned, JOIN.LEFT_OUTER, on=(Callback.assigned_to == _Assigned.id))
            .switch(Callback)
            .join(_DoneBy, JOIN.LEFT_OUTER, on=(Callback.done_by == _DoneBy.id)))


def _info(row: Callback) -> CallbackInfo:
    customer = row.customer
    complaint = getattr(row, "complaint", None) if row.complaint_id else None
    product = ""
    if complaint is not None:
        product = " ".join(p for p in (complaint.product_name, complaint.product_model) if p)
    assigned = getattr(row, "assigned_to", None) if row.assigned_to_id else None
    done_by = getattr(row, "done_by", None) if row.done_by_id else None
    return CallbackInfo(
        id=row.id, complaint_id=row.complaint_id,
        complaint_number=complaint.number if complaint else "",
        customer_id=row.customer_id, customer_name=customer.name, phone=customer.phone,
        member_no=customer.member_no or (complaint.member_no if complaint else None),
        purpose=row.purpose, topic=row.topic, due_at=row.due_at, window_end=row.window_end,
        customer_time=row.customer_time, attempt=row.attempt, outbound=row.outbound,
        assigned_to_id=row.assigned_to_id, assigned_to_name=assigned.name if assigned else "",
        state=row.state, done_at=row.done_at, done_by_name=done_by.name if done_by else "",
        method=row.method, outcome=row.outcome, score=row.score, notes=row.notes,
        version=row.version, previous_id=row.previous_id,
        category=complaint.category if complaint else "", product=product,
        complaint_status=complaint.status if complaint else "",
    )


def get(callback_id: int) -> CallbackInfo:
    row = _select().where(Callback.id == callback_id).first()
    if row is None:
        raise DeskError("not_found")
    return _info(row)


def queue(moment: datetime.datetime, *, staff_id: int | None = None, horizon_days: int = 7,
          limit: int = QUEUE_LIMIT) -> list[CallbackInfo]:
    """Open callbacks due before the end of the horizon, soonest (most overdue) first."""
    end = datetime.datetime.combine(moment.date() + datetime.timedelta(days=horizon_days + 1),
                                    datetime.time())
    query = _select().where((Callback.state == OPEN) & (Callback.due_at < end))
    if staff_id is not None:
        query = query.where(Callback.assigned_to == staff_id)
    return [_info(r) for r in query.order_by(Callback.due_at, Callback.id).limit(limit)]


def section(info: CallbackInfo, moment: datetime.datetime) -> str:
    """Where the queue shows an open callback: overdue, today or upcoming."""
    if info.due_at < moment:
        return "overdue"
    return "today" if info.due_at.date() == moment.date() else "upcoming"


def due_between(start: datetime.datetime, end: datetime.datetime) -> list[CallbackInfo]:
    """Open callbacks falling due in [start, end) (reminders, the next shift's work)."""
    query = _select().where((Callback.state == OPEN) & (Callback.due_at >= start)
                            & (Callback.due_at < end))
    return [_info(r) for r in query.order_by(Callback.due_at, Callback.id)]


def outbound_list() -> list[CallbackInfo]:
    """Customers the desk could not reach in MAX_TRIES tries: still open, to try again."""
    query = _select().where((Callback.state == OPEN) & (Callback.outbound == True))  # noqa: E712
    return [_info(r) for r in query.order_by(Callback.due_at, Callback.id)]


def dissatisfied_between(start: datetime.datetime, end: datetime.datetime) -> list[CallbackInfo]:
    query = _select().where((Callback.state == DONE) & (Callback.outcome == "dissatisfied")
                            & (Callback.done_at >= start) & (Callback.done_at < end))
    return [_info(r) for r in query.order_by(Callback.done_at, Callback.id)]


def callbacks_of(complaint_id: int) -> list[CallbackInfo]:
    query = _select().where(Callback.complaint == complaint_id)
    return [_info(r) for r in query.order_by(Callback.id)]


def summary(start: datetime.datetime, end: datetime.datetime,
            record_limit: int = 5000) -> CallbackSummary:
    """Counts of the callbacks recorded in [start, end), computed by the database."""
    done = (Callback.state == DONE) & (Callback.done_at >= start) & (Callback.done_at < end)
    result = CallbackSummary(start, end)
    for outcome, count in (Callback.select(Callback.outcome, fn.COUNT(Callback.id))
                           .where(done).group_by(Callback.outcome).tuples()):
        result.by_outcome[outcome] = count
    for method, count in (Callback.select(Callback.method, fn.COUNT(Callback.id))
                          .where(done).group_by(Callback.method).tuples()):
        result.by_method[method] = count
    result.made = sum(result.by_outcome.values())
    result.satisfied = result.by_outcome.get("satisfied", 0)
    result.basically = result.by_outcome.get("basically_satisfied", 0)
    result.dissatisfied = result.by_outcome.get("dissatisfied", 0)
    result.reached = result.satisfied + result.basically + result.dissatisfied
    mean = (Callback.select(fn.AVG(Callback.score))
            .where(done & Callback.outcome.in_(REACHED) & Callback.score.is_null(False))
            .scalar())
    result.mean_score = float(mean) if mean is not None else None
    result.within_window = (Callback.select().where(
        done & (Callback.window_end.is_null() | (Callback.done_at <= Callback.window_end)))
        .count())
    result.reopened_complaint_ids = [cid for (cid,) in (
        Callback.select(Callback.complaint).distinct()
        .where(done & (Callback.outcome == "dissatisfied") & Callback.complaint.is_null(False))
        .order_by(Callback.complaint).tuples())]
    result.records = [_info(r) for r in _select().where(done)
                      .order_by(Callback.done_at, Callback.id).limit(record_limit)]
    return result


def satisfied_since(complaint_id: int, since: datetime.datetime | None) -> bool:
    """Was a satisfied callback recorded for the complaint (in its current round)?"""
    query = Callback.select().where((Callback.complaint == complaint_id)
                                    & (Callback.state == DONE)
                                    & Callback.outcome.in_(SATISFIED))
    if since is not None:
        query = query.where(Callback.done_at >= since)
    return query.exists()


# -- scheduling -------------------------------------------------------------------------

def _check_due(due_at, customer_time: bool, moment: datetime.datetime,
               rules: callback_slots.Rules) -> tuple[datetime.datetime | None, tuple | None]:
    """A due time typed by the clerk: in the future, and inside the rules unless the
    customer asked for it."""
    if not isinstance(due_at, datetime.datetime):
        return None, ("datetime_invalid", {})
    due_at = due_at.replace(second=0, microsecond=0)
    if due_at < moment.replace(second=0, microsecond=0):
        return None, ("must_be_future", {})
    if not customer_time and not callback_slots.is_allowed(due_at, rules):
        return None, ("callback_rest_time", {})
    return due_at, None


def schedule(customer_id: int, staff, desk: str, *, complaint_id: int | None = None,
             purpose: str = "manual", due_at: datetime.datetime | None = None,
             customer_time: bool = False, topic: str = "",
             assigned_to_id: int | None = None) -> CallbackInfo:
    """Plan one callback; without due_at, at the first allowed slot from now."""
    permissions.require(staff, "schedule_callback")
    moment = now()
    rules = callback_slots.rules()
    errors: dict[str, tuple[str, dict]] = {}
    if purpose not in PURPOSES:
        errors["purpose"] = ("choice_invalid", {})
    topic, error = check_text(topic, TOPIC_MAX, required=(purpose == "care"))
    if error:
        errors["topic"] = error
    if due_at is None:
        due_at = callback_slots.first_slot(moment, rules) or moment
    else:
        due_at, error = _check_due(due_at, customer_time, moment, rules)
        if error:
            errors["due_at"] = error
    if assigned_to_id is not None:
        assigned_to_id, error = routing.active_staff(assigned_to_id)
        if error:
            errors["assigned_to_id"] = error
    if errors:
        raise ValidationError(errors)
    with db.write_transaction():
        if not Customer.select().where(Customer.id == customer_id).exists():
            raise DeskError("not_found")
        if complaint_id is not None and not Complaint.select().where(
                (Complaint.id == complaint_id) & (Complaint.customer == customer_id)).exists():
            raise DeskError("not_found")
        row = _create(customer_id, complaint_id, purpose, topic, due_at, None, customer_time,
                      assigned_to_id or staff.id, staff, desk, moment)
    return get(row.id)


def _create(customer_id, complaint_id, purpose, topic, due_at, window_end, customer_time,
            assigned_to_id, staff, desk, moment, attempt=1, previous_id=None,
            outbound=False) -> Callback:
    """Write one planned callback and say so in the complaint's history."""
    row = Callback.create(customer=customer_id, complaint=complaint_id, purpose=purpose,
                          topic=topic, due_at=due_at, window_end=window_end,
                          customer_time=customer_time, attempt=attempt, previous=previous_id,
                          outbound=outbound, assigned_to=assigned_to_id, created_by=staff.id,
                          created_at=moment, desk=desk)
    if complaint_id is not None:
        history.record(complaint_id, staff.id, desk, "callback_scheduled", field="due_at",
                       new=due_at, note=topic)
        history.mark_changed("complaint", complaint_id, desk)
    history.mark_changed("callback", row.id, desk)
    return row


def schedule_care(customer_ids, topic: str, staff, desk: str, *,
                  start: datetime.datetime | None = None) -> list[CallbackInfo]:
    """Care callbacks (holiday, anniversary, renewal) for a group, one per customer, at the
    first allowed slot from `start`; a customer with an open care call on the same topic
    is not called twice."""
    permissions.require(staff, "schedule_care_callbacks")
    topic, error = check_text(topic, TOPIC_MAX, required=True)
    if error:
        raise ValidationError({"topic": error})
    moment = now()
    rules = callback_slots.rules()
    due_at = callback_slots.first_slot(max(start or moment, moment), rules) or moment
    ids = sorted(set(customer_ids))
    created = []
    with db.write_transaction():
        already = {cid for (cid,) in Callback.select(Callback.customer).where(
            (Callback.purpose == "care") & (Callback.topic == topic)
            & (Callback.state == OPEN)).tuples()}
        known = {cid for chunk in _chunks(ids) for (cid,) in
                 Customer.select(Customer.id).where(Customer.id.in_(chunk)).tuples()}
        for customer_id in ids:
            if customer_id in already or customer_id not in known:
                continue
            created.append(_create(customer_id, None, "care", topic, due_at, None, False,
                                   None, staff, desk, moment).id)
    return [_info(row) for chunk in _chunks(created)
            for row in _select().where(Callback.id.in_(chunk)).order_by(Callback.id)]


def _chunks(ids: list[int], size: int = 500):
    """Id lists in pieces a query's parameters can hold (a care campaign may reach every
    member of the store)."""
    for start in range(0, len(ids), size):
        yield ids[start:start + size]


def member_customer_ids() -> list[int]:
    return [cid for (cid,) in Customer.select(Customer.id)
            .where(Customer.member_no.is_null(False) & (Customer.member_no != ""))
            .order_by(Customer.id).tuples()]


def customers_who_complained(start: datetime.datetime, end: datetime.datetime,
                             members_only: bool = False) -> list[int]:
    query = (Complaint.select(Complaint.customer).distinct()
             .where((Complaint.received_at >= start) & (Complaint.received_at < end)))
    if members_only:
        query = query.where(Complaint.member_no.is_null(False) & (Complaint.member_no != ""))
    return sorted(cid for (cid,) in query.tuples())


def cancel(callback_id: int, expected_version: int, staff, desk: str, reason: str) -> CallbackInfo:
    permissions.require(staff, "schedule_callback")
    reason, error = check_text(reason, NOTES_MAX, required=True)
    if error:
        raise ValidationError({"reason": error})
    with db.write_transaction():
        row = _open_row(callback_id, expected_version)
        Callback.update(state=CANCELLED, notes=reason, done_at=now(), done_by=staff.id,
                        desk=desk, version=row.version + 1).where(Callback.id == row.id).execute()
        if row.complaint_id is not None:
            history.record(row.complaint_id, staff.id, desk, "callback_cancelled", note=reason)
            history.mark_changed("complaint", row.complaint_id, desk)
        history.mark_changed("callback", row.id, desk)
    return get(callback_id)


def _open_row(callback_id: int, expected_version: int) -> Callback:
    row = Callback.get_or_none(Callback.id == callback_id)
    if row is None:
        raise DeskError("not_found")
    if row.version != expected_version:
        raise ConflictError(current=get(callback_id), expected=expected_version,
                            stored=row.version)
    if row.state != OPEN:
        raise DeskError("callback_not_open")
    return row


# -- recording --------------------------------------------------------------------------

def _check_record(method, outcome, score, notes, next_at, moment, rules):
    errors: dict[str, tuple[str, dict]] = {}
    if method not in METHODS:
        errors["method"] = ("choice_invalid", {}) if method else ("required", {})
    if outcome not in OUTCOMES:
        errors["outcome"] = ("choice_invalid", {}) if outcome else ("required", {})
    if score is not None:
        if outcome not in REACHED:
            errors["score"] = ("score_needs_answer", {})
        elif not isinstance(score, int) or not 1 <= score <= 5:
            errors["score"] = ("out_of_range", {"low": 1, "high": 5})
    # A dissatisfied customer reopens the complaint: the notes are the reason.
    notes, error = check_text(notes, NOTES_MAX, required=(outcome == "dissatisfied"))
    if error:
        errors["notes"] = error
    if outcome == "rescheduled" and next_at is None:
        errors["next_at"] = ("required", {})
    elif next_at is not None:
        # Rescheduled: the customer named the time; unreachable: the clerk's choice.
        next_at, error = _check_due(next_at, outcome == "rescheduled", moment, rules)
        if error:
            errors["next_at"] = error
    if errors:
        raise ValidationError(errors)
    return notes, next_at


def record(callback_id: int, expected_version: int, staff, desk: str, *, method: str,
           outcome: str, score: int | None = None, notes: str = "",
           next_at: datetime.datetime | None = None) -> RecordResult:
    """Record one callback (《回访记录表》) and let its outcome drive the complaint.

    One transaction: the record, the complaint's close or reopen, the next try.
    Raises ValidationError, ConflictError (another desk recorded it), DeskError.
    """
    permissions.require(staff, "record_callback")
    moment = now()
    rules = callback_slots.rules()
    notes, next_at = _check_record(method, outcome, score, notes, next_at, moment, rules)
    with db.write_transaction():
        row = _open_row(callback_id, expected_version)
        Callback.update(state=DONE, done_at=moment, done_by=staff.id, method=method,
                        outcome=outcome, score=score if outcome in REACHED else None,
                        notes=notes, desk=desk, version=row.version + 1,
                        ).where(Callback.id == row.id).execute()
        history.mark_changed("callback", row.id, desk)
        action = None
        if row.complaint_id is not None:
            history.record(row.complaint_id, staff.id, desk, "callback_recorded",
                           field="outcome", new=outcome, note=notes)
            if outcome in REACHED:
                kind = "reply" if outcome in SATISFIED else "info"
                contacts.write(row.complaint_id, moment, method, kind, notes, staff, desk)
            action = _drive_complaint(row.complaint_id, outcome, notes, staff, desk)
        next_row, went_outbound = _follow_up(row, outcome, next_at, staff, desk, moment, rules)
    return RecordResult(get(callback_id), get(next_row.id) if next_row else None, action,
                        went_outbound)


def _drive_complaint(complaint_id: int, outcome: str, notes: str, staff, desk: str) -> str | None:
    complaint = Complaint.get_by_id(complaint_id)
    # A satisfied customer closes the complaint unless another rule still holds it open
    # (a written complaint waits for its reply letter): the clerk closes it then.
    if (outcome in SATISFIED and complaint.status in _CLOSABLE
            and "close" in lifecycle.available_actions(complaint, staff)):
        lifecycle.perform(complaint.id, complaint.version, "close", staff, desk)
        return "close"
    if outcome == "dissatisfied" and complaint.status in _REOPENABLE:
        lifecycle.perform(complaint.id, complaint.version, "reopen", staff, desk, reason=notes)
        return "reopen"
    return None


def _follow_up(row: Callback, outcome: str, next_at, staff, desk, moment, rules):
    """The next row of the chain: another try, or the time the customer asked for."""
    if outcome == "rescheduled":
        return _create(row.customer_id, row.complaint_id, row.purpose, row.topic, next_at,
                       row.window_end, True, row.assigned_to_id, staff, desk, moment,
                       attempt=row.attempt, previous_id=row.id, outbound=row.outbound), False
    if outcome != "unreachable":
        return None, False
    outbound = row.outbound or row.attempt >= MAX_TRIES
    due_at = next_at or callback_slots.retry_slot(moment, rules)
    went_outbound = outbound and not row.outbound
    return _create(row.customer_id, row.complaint_id, row.purpose, row.topic, due_at,
                   row.window_end, False, row.assigned_to_id, staff, desk, moment,
                   attempt=row.attempt + 1, previous_id=row.id, outbound=outbound), went_outbound


# -- the resolution's callback, scheduled when it is carried out ------------------------

def needs_callback(customer: Customer | None, member_no: str | None) -> bool:
    """Members always get a callback (DOMAIN: 100%); others unless they declined."""
    if member_no or (customer is not None and customer.member_no):
        return True
    return not (customer is not None and customer.declines_callbacks)


def _on_carry_out(step) -> None:
    """Schedules the resolution's callback when the carry-out is written. It refuses
    nothing, so it reads nothing until then: available_actions runs it for every button."""
    def write(fresh):
        customer = Customer.get_or_none(Customer.id == fresh.customer_id)
        if not needs_callback(customer, fresh.member_no):
            return
        slot = callback_slots.resolution_slot(step.at, callback_slots.rules())
        _create(fresh.customer_id, fresh.id, "resolution", "", slot.due_at, slot.window_end,
                slot.customer_time, fresh.assigned_to_id or step.staff.id, step.staff,
                step.desk, step.at)
    step.after.append(write)


def _callback_not_needed(step) -> bool:
    """A carried-out complaint closes once a callback found the customer satisfied, or
    without one if the customer declined callbacks (members never skip theirs)."""
    if step.complaint.status != "carried_out":
        return True
    if satisfied_since(step.complaint.id, step.case.reopened_at):
        return True
    customer = Customer.get_or_none(Customer.id == step.complaint.customer_id)
    return not needs_callback(customer, step.complaint.member_no)


lifecycle.add_guard("carry_out", _on_carry_out)
lifecycle.add_condition("close", _callback_not_needed, "callback_required")

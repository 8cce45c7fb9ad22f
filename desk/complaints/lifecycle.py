"""The complaint's life as a state machine (DOMAIN steps 2-7), defined as data.

TRANSITIONS says, for every action, from which states it may start, where it leads,
for which kind of contact, and which inputs it needs; desk.staff.permissions says which
role it needs. `available_actions` reads the same table for the UI's buttons and
`perform` enforces it, so the buttons and the rules cannot disagree.

    inquiry:   registered -answer-> answered -close-> closed
    complaint: registered -judge_founded-> judged -start_investigation-> investigating
               -propose_resolution-> resolution_proposed [-request_approval->
               awaiting_approval -approve->] -agree-> agreed -carry_out-> carried_out
               -await_callback-> callback_pending -close-> closed
               registered -judge_not_founded-> explained -close-> closed
               registered -refuse-> refused -close-> closed          (supervisor)
    the customer refusing the resolution goes back to resolution_proposed;
    reopen (二次投诉): closed -> registered, counted, reason required.

Actions with target None keep the state (pause, resume, route, record_cause).
Every action is written through desk.complaints.editing.update_complaint: one transaction
holds the version check, the per-field history, the change note and the rows the
action adds (transfer, pause, contact entry, case facts).
"""

import datetime
from collections.abc import Callable
from dataclasses import dataclass, field

from desk.complaints import contacts, deadlines, editing, investigation, routing
from desk.errors import DeskError, ValidationError
from desk.models import Attachment, ClockPause, Complaint, ComplaintCase, now
from desk.staff import permissions
from desk.storage import db, history
from desk.validation import check_text

COMPLAINT, INQUIRY = "complaint", "inquiry"
BOTH = (COMPLAINT, INQUIRY)
CLOSED = "closed"
OPEN_STATES = ("registered", "answered", "judged", "explained", "refused", "investigating",
               "resolution_proposed", "awaiting_approval", "agreed", "carried_out",
               "callback_pending")
# States in which the customer has had an answer: the first one reached sets answered_at.
ANSWER_STATES = ("answered", "explained", "refused", "agreed")
# After the customer has agreed, while the remedy is being carried out or followed up.
FOLLOW_UP_STATES = ("agreed", "carried_out", "callback_pending")
# The customer agreed to the resolution: its remedies count as granted.
GRANTED_STATES = (*FOLLOW_UP_STATES, "closed")


@dataclass(frozen=True)
class Transition:
    action: str
    sources: tuple[str, ...]
    target: str | None  # None: the status stays what it is
    kinds: tuple[str, ...] = (COMPLAINT,)
    required: tuple[str, ...] = ()
    optional: tuple[str, ...] = ()

    @property
    def role(self) -> str:
        return permissions.required_role(self.action)

    def target_from(self, status: str) -> str:
        return self.target or status


TRANSITIONS: dict[str, Transition] = {t.action: t for t in (
    Transition("answer", ("registered",), "answered", (INQUIRY,),
               required=("text", "method")),
    Transition("judge_founded", ("registered",), "judged",
               required=("department_id",),
               optional=("deadline", "assigned_to_id", "reason")),
    Transition("judge_not_founded", ("registered",), "explained", required=("explanation",)),
    Transition("refuse", ("registered",), "refused", required=("reason", "evidence_ids")),
    Transition("start_investigation", ("judged",), "investigating", optional=("note",)),
    Transition("record_cause", ("investigating", "resolution_proposed", "awaiting_approval",
                                *FOLLOW_UP_STATES), None,
               required=("cause",), optional=("responsible_person", "detail")),
    Transition("propose_resolution", ("investigating",), "resolution_proposed",
               optional=("note",)),
    Transition("request_approval", ("resolution_proposed",), "awaiting_approval",
               optional=("note",)),
    Transition("approve", ("awaiting_approval",), "agreed", optional=("note",)),
    Transition("decline_approval", ("awaiting_approval",), "resolution_proposed",
               required=("reason",)),
    Transition("agree", ("resolution_proposed",), "agreed", optional=("note",)),
    Transition("customer_refuses", ("resolution_proposed", "awaiting_approval", "agreed"),
               "resolution_proposed", required=("reason",)),
    Transition("carry_out", ("agreed",), "carried_out", optional=("note",)),
    Transition("await_callback", ("carried_out",), "callback_pending", optional=("note",)),
    Transition("close", ("answered", "explained", "refused", "carried_out", "callback_pending"),
               CLOSED, BOTH, optional=("note",)),
    # A closed complaint the customer brings back, or a dissatisfied callback (回访不满意).
    Transition("reopen", (CLOSED, "carried_out", "callback_pending"), "registered", BOTH,
               required=("reason",)),
    Transition("pause", deadlines.OWING_STATES, None,
               required=("waiting_for", "reason")),
    Transition("resume", deadlines.OWING_STATES, None, optional=("note",)),
    Transition("route", OPEN_STATES, None, BOTH,
               optional=("department_id", "assigned_to_id", "reason")),
)}

# The fields an action may write on the complaint row (status is not a generic edit).
_ALLOWED_FIELDS = editing.EDITABLE_FIELDS | {"status", "closed_at"}


# -- facts beyond the status --------------------------------------------------------

@dataclass(frozen=True)
class CaseFacts:
    """What the lifecycle knows about a complaint beyond its registration row."""

    judgment: str | None = None
    judged_at: datetime.datetime | None = None
    explanation: str = ""
    refusal_reason: str = ""
    evidence_ids: tuple[int, ...] = ()
    cause: str | None = None
    cause_detail: str = ""
    responsible_person: str = ""
    answered_at: datetime.datetime | None = None
    reopen_count: int = 0
    reopened_at: datetime.datetime | None = None
    paused_since: datetime.datetime | None = None
    waiting_for: str = ""
    pause_reason: str = ""


def case_of(complaint_id: int) -> CaseFacts:
    row = ComplaintCase.get_or_none(ComplaintCase.complaint == complaint_id)
    pause = deadlines.open_pause(complaint_id)
    values = {}
    if row is not None:
        values = dict(
            judgment=row.judgment, judged_at=row.judged_at, explanation=row.explanation,
            refusal_reason=row.refusal_reason,
            evidence_ids=tuple(int(i) for i in row.evidence.split(",") if i),
            cause=row.cause, cause_detail=row.cause_detail,
            responsible_person=row.responsible_person, answered_at=row.answered_at,
            reopen_count=row.reopen_count, reopened_at=row.reopened_at,
        )
    if pause is not None:
        values.update(paused_since=pause.paused_at, waiting_for=pause.waiting_for,
                      pause_reason=pause.reason)
    return CaseFacts(**values)


def reopen_count(complaint_id: int) -> int:
    return case_of(complaint_id).reopen_count


# -- one action being planned, then written -----------------------------------------

@dataclass
class Step:
    complaint: Complaint
    case: CaseFacts
    staff: object
    desk: str
    at: datetime.datetime
    transition: Transition
    inputs: dict = field(default_factory=dict)
    changes: dict = field(default_factory=dict)  # fields of the complaint row
    case_changes: dict = field(default_factory=dict)  # fields of its ComplaintCase row
    note: str = ""  # written with the action's history entry
    after: list[Callable[[Complaint], None]] = field(default_factory=list)  # extra rows


# -- inputs: one cleaner per input name, (value, step) -> (clean, error) -------------

def _text(limit: int, required: bool = False):
    return lambda value, step: check_text(value, limit, required)


def _choice(choices):
    def clean(value, step):
        return (value, None) if value in choices else (None, ("choice_invalid", {}))
    return clean


def _future_datetime(value, step):
    if not isinstance(value, datetime.datetime):
        return None, ("datetime_invalid", {})
    value = value.replace(microsecond=0)
    return (value, None) if value > step.at else (None, ("must_be_future", {}))


def _evidence(value, step):
    try:
        ids = sorted({int(i) for i in value})
    except (TypeError, ValueError):
        return None, ("evidence_invalid", {})
    if not ids:
        return None, ("required", {})
    found = (Attachment.select().where(Attachment.id.in_(ids)
                                       & (Attachment.complaint == step.complaint.id)).count())
    return (ids, None) if found == len(ids) else (None, ("evidence_invalid", {}))


def _department(value, step):
    return routing.active_department(value)


def _staff(value, step):
    return routing.active_staff(value)


INPUTS: dict[str, Callable] = {
    "text": _text(contacts.TEXT_MAX, True),
    "method": _choice(contacts.METHODS),
    "explanation": _text(2000, True),
    "reason": _text(routing.REASON_MAX, True),
    "note": _text(500),
    "deadline": _future_datetime,
    "department_id": _department,
    "assigned_to_id": _staff,
    "evidence_ids": _evidence,
    "waiting_for": _choice(deadlines.WAITING_FOR),
    "cause": _choice(investigation.CAUSES),
    "responsible_person": _text(investigation.RESPONSIBLE_MAX),
    "detail": _text(investigation.CAUSE_DETAIL_MAX),
}


def _clean_inputs(step: Step, raw: dict) -> dict:
    t = step.transition
    errors: dict[str, tuple[str, dict]] = {}
    clean: dict = {}
    for name in t.required + t.optional:
        value = raw.get(name)
        if value is None or value == "":
            if name in t.required:
                errors[name] = ("required", {})
            continue
        # A transfer reason is optional until routing finds a transfer: checked there.
        value, error = INPUTS[name](value, step)
        if error:
            errors[name] = error
        else:
            clean[name] = value
    if errors:
        raise ValidationError(errors)
    return clean


# -- conditions beyond the status: (predicate on the step, error code) ---------------

def _paused(step: Step) -> bool:
    return step.case.paused_since is not None


CONDITIONS: dict[str, list[tuple[Callable[[Step], bool], str]]] = {
    "pause": [(lambda step: not _paused(step), "clock_already_paused")],
    "resume": [(_paused, "clock_not_paused")],
}


def add_condition(action: str, predicate: Callable[[Step], bool], code: str) -> None:
    """Another feature's precondition on an action (e.g. closing waits for a satisfied
    callback): checked before anything else of the step; refused with DeskError(code)."""
    if action not in TRANSITIONS:
        raise DeskError("unknown_action", action=action)
    conditions = CONDITIONS.setdefault(action, [])
    if (predicate, code) not in conditions:
        conditions.append((predicate, code))


def _unmet_condition(step: Step) -> str | None:
    """The code of the first condition on the step's action that does not hold."""
    for predicate, code in CONDITIONS.get(step.transition.action, ()):
        if not predicate(step):
            return code
    return None


# Extra checks other modules add (e.g. a resolution's authority limit on "agree"):
# each is called with the Step before anything is written and raises a DeskError.
_GUARDS: dict[str, list[Callable[[Step], None]]] = {}

# Set by desk.process once every feature has installed its conditions and guards: the state
# machine imports no feature, so it refuses to run without them rather than skip a rule.
_complete = False


def declare_complete() -> None:
    global _complete
    _complete = True


def _require_complete() -> None:
    if not _complete:
        raise RuntimeError("the complaint process is incomplete: import desk.process, which "
                           "installs every feature's rules on the state machine")


def add_guard(action: str, guard: Callable[[Step], None]) -> None:
    """Another module's rule on an action: it raises DeskError to refuse and puts any
    rows it writes in step.after. available_actions runs it too (and drops step.after),
    so the buttons offered and perform() agree; a guard must not write by itself."""
    if action not in TRANSITIONS:
        raise DeskError("unknown_action", action=action)
    if guard not in _GUARDS.setdefault(action, []):
        _GUARDS[action].append(guard)


def remove_guard(action: str, guard: Callable[[Step], None]) -> None:
    if guard in _GUARDS.get(action, []):
        _GUARDS[action].remove(guard)


# -- what each action does beyond changing the status -------------------------------

def _route(step: Step, require_change: bool) -> None:
    plan = routing.plan(step.complaint, step.inputs.get("department_id"),
                        step.inputs.get("assigned_to_id"), step.inputs.get("reason", ""),
                        require_change=require_change)
    step.changes.update(plan.changes)
    if plan.transfer:
        step.note = plan.transfer["reason"]
        step.after.append(lambda fresh: routing.write_transfer(fresh.id, plan.transfer,
                                                               step.staff, step.at))


def _answer(step: Step) -> None:
    i = step.inputs
    step.after.append(lambda fresh: contacts.write(fresh.id, step.at, i["method"], "reply",
                                                   i["text"], step.staff, step.desk))


def _judge_founded(step: Step) -> None:
    _route(step, require_change=False)
    step.changes["deadline"] = step.inputs.get("deadline") or deadlines.default_deadline(
        step.complaint.category, step.at)
    step.case_changes.update(judgment="founded", judged_at=step.at, judged_by=step.staff.id)


def _judge_not_founded(step: Step) -> None:
    step.note = step.inputs["explanation"]
    step.case_changes.update(judgment="not_founded", judged_at=step.at, judged_by=step.staff.id,
                             explanation=step.inputs["explanation"])


def _refuse(step: Step) -> None:
    step.note = step.inputs["reason"]
    step.case_changes.update(
        judgment="unreasonable", judged_at=step.at, judged_by=step.staff.id,
        refusal_reason=step.inputs["reason"],
        evidence=",".join(str(i) for i in step.inputs["evidence_ids"]),
    )


def _record_cause(step: Step) -> None:
    """Cause, responsible person and detail are recorded together, as the form shows them."""
    i = step.inputs
    step.case_changes.update(cause=i["cause"], responsible_person=i.get("responsible_person", ""),
                             cause_detail=i.get("detail", ""))


def _close(step: Step) -> None:
    status, case = step.complaint.status, step.case
    if status == "explained":
        replied = bool(case.explanation)
    elif status == "refused":
        replied = bool(case.refusal_reason)
    else:
        replied = contacts.reply_recorded(step.complaint.id)
    if not replied:
        raise DeskError("reply_required")
    step.changes["closed_at"] = step.at


def _reopen(step: Step) -> None:
    step.note = step.inputs["reason"]
    step.changes.update(closed_at=None, deadline=None)
    step.case_changes.update(reopen_count=step.case.reopen_count + 1, reopened_at=step.at,
                             answered_at=None)


def _pause(step: Step) -> None:
    i = step.inputs
    step.note = i["reason"]
    step.after.append(lambda fresh: ClockPause.create(
        complaint=fresh.id, waiting_for=i["waiting_for"], reason=i["reason"],
        paused_at=step.at, paused_by=step.staff.id))


def _end_pause(step: Step) -> None:
    """Resume the clock: the deadline moves on by the time spent waiting."""
    paused_since = step.case.paused_since
    if step.complaint.deadline is not None:
        step.changes["deadline"] = deadlines.resumed_deadline(step.complaint.deadline,
                                                              paused_since, step.at)
    step.after.append(lambda fresh: (
        ClockPause.update(resumed_at=step.at, resumed_by=step.staff.id)
        .where((ClockPause.complaint == fresh.id) & ClockPause.resumed_at.is_null())
        .execute()))


def _note_only(step: Step) -> None:
    step.note = step.inputs.get("note") or step.inputs.get("reason", "")


HANDLERS: dict[str, Callable[[Step], None]] = {
    "answer": _answer,
    "judge_founded": _judge_founded,
    "judge_not_founded": _judge_not_founded,
    "refuse": _refuse,
    "record_cause": _record_cause,
    "close": _close,
    "reopen": _reopen,
    "pause": _pause,
    "resume": _end_pause,
    "route": lambda step: _route(step, require_change=True),
}


def _apply_target(step: Step) -> None:
    """What entering the target state means, whatever action led there."""
    status = step.complaint.status
    target = step.transition.target_from(status)
    if target != status:
        step.changes["status"] = target
    if target in ANSWER_STATES and step.case.answered_at is None and "answered_at" not in (
            step.case_changes):
        step.case_changes["answered_at"] = step.at
    leaves_clock = (deadlines.clock_runs(status) and not deadlines.clock_runs(target))
    if leaves_clock and _paused(step) and step.transition.action != "resume":
        _end_pause(step)  # the answer is given: the wait is over


# -- the public interface -----------------------------------------------------------

def _legal(t: Transition, complaint: Complaint) -> bool:
    return complaint.status in t.sources and complaint.kind in t.kinds


def available_actions(complaint: Complaint, staff) -> list[str]:
    """The actions this staff member may take on the complaint now, in table order."""
    _require_complete()
    candidates = [t for t in TRANSITIONS.values()
                  if _legal(t, complaint) and permissions.allows(staff, t.action)]
    if not candidates:
        return []
    step = Step(complaint=complaint, case=case_of(complaint.id), staff=staff, desk="",
                at=now(), transition=candidates[0])
    offered = []
    for t in candidates:
        step.transition = t
        if _unmet_condition(step) is None and _guards_allow(step):
            offered.append(t.action)
    return offered


def _guards_allow(step: Step) -> bool:
    """Whether every guard of the step's action lets it through (nothing is written)."""
    try:
        for guard in _GUARDS.get(step.transition.action, ()):
            guard(step)
    except DeskError:
        return False
    finally:
        step.after.clear()
    return True


def perform(complaint_id: int, expected_version: int, action: str, staff, desk: str,
            **inputs) -> Complaint:
    """Take one action on the complaint if it is legal now; returns the complaint re-read.

    Raises DeskError ("unknown_action", "not_found", "illegal_transition",
    "unexpected_input", or the action's own code), PermissionDenied, ValidationError
    (fields -> codes) or ConflictError (someone saved in between). Nothing is written
    unless everything succeeds.
    """
    _require_complete()
    t = TRANSITIONS.get(action)
    if t is None:
        raise DeskError("unknown_action", action=action)
    unexpected = set(inputs) - set(t.required) - set(t.optional)
    if unexpected:
        raise DeskError("unexpected_input", action=action, names=", ".join(sorted(unexpected)))
    with db.write_transaction():
        complaint = editing.stored_complaint(complaint_id, expected_version)
        if not _legal(t, complaint):
            raise DeskError("illegal_transition", action=action, from_status=complaint.status,
                            to_status=t.target_from(complaint.status))
        permissions.require(staff, action)
        step = Step(complaint=complaint, case=case_of(complaint_id), staff=staff, desk=desk,
                    at=now(), transition=t)
        unmet = _unmet_condition(step)
        if unmet is not None:
            raise DeskError(unmet, action=action)
        step.inputs = _clean_inputs(step, inputs)
        HANDLERS.get(action, _note_only)(step)
        for guard in _GUARDS.get(action, ()):
            guard(step)
        _apply_target(step)
        fresh = editing.update_complaint(
            complaint_id, expected_version, step.changes, staff, desk, action=action,
            allowed=_ALLOWED_FIELDS, extra_events=[(action, step.note)],
        )
        _write_case(step)
        for write in step.after:
            write(fresh)
    return fresh


def _write_case(step: Step) -> None:
    """Upsert the complaint's case facts, one history entry per changed fact.

    Safe against a second desk: update_complaint has already locked the complaint row.
    """
    if not step.case_changes:
        return
    cid = step.complaint.id
    row = ComplaintCase.get_or_none(ComplaintCase.complaint == cid)
    for name, new in step.case_changes.items():
        if name in ("judged_at", "judged_by"):
            continue  # the judgment's own history entry already says who and when
        old = getattr(row, name) if row else None
        if old != new:
            history.record(cid, step.staff.id, step.desk, step.transition.action, field=name,
                           old=old, new=new)
    if row is None:
        ComplaintCase.create(complaint=cid, **step.case_changes)
    else:
        ComplaintCase.update(**step.case_changes).where(ComplaintCase.complaint == cid).execute()

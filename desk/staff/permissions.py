"""Which action needs which role: one table, checked by the domain functions themselves.

Buttons are hidden with `allows()`, but hiding is a courtesy: every domain function
that changes something calls `require()`, so a clerk is refused even when the
function is called directly.

Decisions (DOMAIN.md: the supervisor assigns work, approves above a clerk's
authority, reads the statistics):
- supervisor only: approving or declining a resolution above a clerk's authority,
  refusing an unreasonable demand (敲诈勒索: it labels the customer, so a supervisor
  decides), acknowledging a level-3/media escalation, managing departments.
- every staff member: the rest of the complaint's life, including reopening (二次投诉):
  a clerk whose callback finds the customer dissatisfied must be able to reopen, and
  every reopening is counted and needs a reason, so nothing hides.
"""

from desk.errors import DeskError, PermissionDenied

CLERK = "clerk"
SUPERVISOR = "supervisor"

# A supervisor may do everything a clerk may.
_RANK = {CLERK: 1, SUPERVISOR: 2}

REQUIRED_ROLE = {
    # the complaint's life (desk.complaints.lifecycle.TRANSITIONS)
    "answer": CLERK,
    "judge_founded": CLERK,
    "judge_not_founded": CLERK,
    "refuse": SUPERVISOR,
    "start_investigation": CLERK,
    "record_cause": CLERK,
    "propose_resolution": CLERK,
    "request_approval": CLERK,
    "approve": SUPERVISOR,
    "decline_approval": SUPERVISOR,
    "agree": CLERK,
    "customer_refuses": CLERK,
    "carry_out": CLERK,
    "await_callback": CLERK,
    "close": CLERK,
    "reopen": CLERK,
    "pause": CLERK,
    "resume": CLERK,
    "route": CLERK,
    # around a complaint
    "add_contact": CLERK,
    "add_attachment": CLERK,
    "ask_department": CLERK,
    "record_department_answer": CLERK,
    # resolutions and slips (desk.resolution, desk.resolution.approval, desk.resolution.slips)
    "edit_resolution": CLERK,
    "review_grant": SUPERVISOR,
    "issue_slip": CLERK,
    "print_slip": CLERK,
    "sign_slip": CLERK,
    # written replies (desk.resolution.replies): only a supervisor decides none is sent
    "issue_reply": CLERK,
    "waive_reply": SUPERVISOR,
    # callbacks (desk.callbacks): a care campaign for a group is the supervisor's call
    "schedule_callback": CLERK,
    "record_callback": CLERK,
    "schedule_care_callbacks": SUPERVISOR,
    # the store
    "acknowledge_escalation": SUPERVISOR,
    "manage_departments": SUPERVISOR,
    "edit_store_rules": SUPERVISOR,  # Settings → Store rules (callback hours, ...)
    # customer records (desk.customers): every clerk keeps records up to date and records
    # contacts; merging two records and assigning customers to clerks is the supervisor's
    "edit_customer": CLERK,
    "record_customer_contact": CLERK,
    "merge_customers": SUPERVISOR,
    "assign_customers": SUPERVISOR,
    # the end-of-shift handover (desk.handover): the clerk on duty and the receiving clerk
    "hand_over": CLERK,
    "take_over": CLERK,
    # appointments of inquiries (desk.complaints.appointments): the counter's own work
    "book_appointment": CLERK,
    "change_appointment": CLERK,
    "appointment_to_complaint": CLERK,
}


def required_role(action: str) -> str:
    try:
        return REQUIRED_ROLE[action]
    except KeyError:
        # An action nobody listed is a programming error: fail closed, loudly.
        raise DeskError("unknown_action", action=action) from None


def allows(staff, action: str) -> bool:
    """May this staff member do this action? (For showing or hiding a button.)"""
    if staff is None or not getattr(staff, "active", False):
        return False
    return _RANK.get(staff.role, 0) >= _RANK[required_role(action)]


def require(staff, action: str) -> None:
    """Raise PermissionDenied unless the staff member may do the action."""
    needed = required_role(action)
    if staff is None or not getattr(staff, "active", False):
        raise PermissionDenied("staff_inactive", action=action)
    if _RANK.get(staff.role, 0) < _RANK[needed]:
        raise PermissionDenied("supervisor_only" if needed == SUPERVISOR else "role_required",
                               action=action, role=needed)

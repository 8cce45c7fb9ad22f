"""Words for the domain's codes, in the user's language.

The domain stores codes (desk.vocab); every list, form and printed page that shows
one asks here. QT_TRANSLATE_NOOP marks the words for lupdate; label() translates
them at the moment of display, so a language switch applies everywhere.
"""

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

_CONTEXT = "Vocabulary"

_WORDS = {
    # kinds
    "complaint": QT_TRANSLATE_NOOP("Vocabulary", "Complaint"),
    "inquiry": QT_TRANSLATE_NOOP("Vocabulary", "Inquiry / appointment"),
    # channels
    "counter": QT_TRANSLATE_NOOP("Vocabulary", "At the counter"),
    "phone": QT_TRANSLATE_NOOP("Vocabulary", "Phone"),
    "letter": QT_TRANSLATE_NOOP("Vocabulary", "Letter"),
    "email": QT_TRANSLATE_NOOP("Vocabulary", "E-mail"),
    "web": QT_TRANSLATE_NOOP("Vocabulary", "Web / app"),
    "consumer_assoc": QT_TRANSLATE_NOOP("Vocabulary", "Consumer association referral"),
    "hotline_12315": QT_TRANSLATE_NOOP("Vocabulary", "12315 hotline"),
    "media": QT_TRANSLATE_NOOP("Vocabulary", "Media"),
    # categories
    "product_quality": QT_TRANSLATE_NOOP("Vocabulary", "Product quality"),
    "service_attitude": QT_TRANSLATE_NOOP("Vocabulary", "Service attitude"),
    "delivery": QT_TRANSLATE_NOOP("Vocabulary", "Delivery"),
    "installation": QT_TRANSLATE_NOOP("Vocabulary", "Installation"),
    "repair": QT_TRANSLATE_NOOP("Vocabulary", "Repair / after-sales"),
    "price_billing": QT_TRANSLATE_NOOP("Vocabulary", "Price / billing"),
    "promotion": QT_TRANSLATE_NOOP("Vocabulary", "Promotion / gifts"),
    "environment": QT_TRANSLATE_NOOP("Vocabulary", "Store environment"),
    "other": QT_TRANSLATE_NOOP("Vocabulary", "Other"),
    # demands
    "refund": QT_TRANSLATE_NOOP("Vocabulary", "Refund"),
    "exchange": QT_TRANSLATE_NOOP("Vocabulary", "Exchange"),
    "compensation": QT_TRANSLATE_NOOP("Vocabulary", "Compensation"),
    "apology": QT_TRANSLATE_NOOP("Vocabulary", "Apology"),
    "explanation": QT_TRANSLATE_NOOP("Vocabulary", "Explanation"),
    # statuses
    "registered": QT_TRANSLATE_NOOP("Vocabulary", "Registered"),
    "answered": QT_TRANSLATE_NOOP("Vocabulary", "Answered"),
    "judged": QT_TRANSLATE_NOOP("Vocabulary", "Judged"),
    "explained": QT_TRANSLATE_NOOP("Vocabulary", "Explained"),
    "refused": QT_TRANSLATE_NOOP("Vocabulary", "Refused"),
    "investigating": QT_TRANSLATE_NOOP("Vocabulary", "Investigating"),
    "resolution_proposed": QT_TRANSLATE_NOOP("Vocabulary", "Resolution proposed"),
    "awaiting_approval": QT_TRANSLATE_NOOP("Vocabulary", "Awaiting approval"),
    "agreed": QT_TRANSLATE_NOOP("Vocabulary", "Agreed with customer"),
    "carried_out": QT_TRANSLATE_NOOP("Vocabulary", "Carried out"),
    "callback_pending": QT_TRANSLATE_NOOP("Vocabulary", "Callback pending"),
    "closed": QT_TRANSLATE_NOOP("Vocabulary", "Closed"),
    # roles
    "clerk": QT_TRANSLATE_NOOP("Vocabulary", "Desk clerk"),
    "supervisor": QT_TRANSLATE_NOOP("Vocabulary", "Supervisor"),
    # judgments (desk.complaints.lifecycle)
    "founded": QT_TRANSLATE_NOOP("Vocabulary", "Founded"),
    "not_founded": QT_TRANSLATE_NOOP("Vocabulary", "Not founded"),
    "unreasonable": QT_TRANSLATE_NOOP("Vocabulary", "Unreasonable demand"),
    # causes (desk.complaints.investigation.CAUSES; product_quality and other above)
    "service": QT_TRANSLATE_NOOP("Vocabulary", "Service"),
    "communication": QT_TRANSLATE_NOOP("Vocabulary", "Communication"),
    "delivery_installation": QT_TRANSLATE_NOOP("Vocabulary", "Delivery / installation"),
    "third_party": QT_TRANSLATE_NOOP("Vocabulary", "Third party"),
    "customer_misunderstanding": QT_TRANSLATE_NOOP("Vocabulary", "Customer misunderstanding"),
    # contact methods and kinds (desk.complaints.contacts; phone, email, counter above)
    "sms": QT_TRANSLATE_NOOP("Vocabulary", "SMS"),
    "visit": QT_TRANSLATE_NOOP("Vocabulary", "Visit"),
    "info": QT_TRANSLATE_NOOP("Vocabulary", "Information"),
    "reply": QT_TRANSLATE_NOOP("Vocabulary", "Reply"),
    # what a paused clock waits for (desk.complaints.deadlines.WAITING_FOR; other above)
    "customer": QT_TRANSLATE_NOOP("Vocabulary", "Waiting for the customer"),
    "parts": QT_TRANSLATE_NOOP("Vocabulary", "Waiting for parts"),
    # deadline states (desk.complaints.deadlines.state)
    "ok": QT_TRANSLATE_NOOP("Vocabulary", "In time"),
    "due_soon": QT_TRANSLATE_NOOP("Vocabulary", "Due soon"),
    "overdue": QT_TRANSLATE_NOOP("Vocabulary", "Overdue"),
    # escalation alert reasons (desk.complaints.escalation; media above)
    "level_3": QT_TRANSLATE_NOOP("Vocabulary", "Level 3 complaint"),
    # remedies of a resolution (desk.resolution.remedies.REMEDY_KINDS; refund, exchange, apology,
    # explanation above, repair in _REMEDY_WORDS)
    "on_site_check": QT_TRANSLATE_NOOP("Vocabulary", "On-site check"),
    "discount": QT_TRANSLATE_NOOP("Vocabulary", "Discount"),
    "gift": QT_TRANSLATE_NOOP("Vocabulary", "Gift"),
    "cash_compensation": QT_TRANSLATE_NOOP("Vocabulary", "Cash compensation"),
    # approvals (desk.resolution.approval: ResolutionApproval.status)
    "pending": QT_TRANSLATE_NOOP("Vocabulary", "Waiting for approval"),
    "approved": QT_TRANSLATE_NOOP("Vocabulary", "Approved"),
    "declined": QT_TRANSLATE_NOOP("Vocabulary", "Declined"),
    "cancelled": QT_TRANSLATE_NOOP("Vocabulary", "Cancelled"),
    "voided": QT_TRANSLATE_NOOP("Vocabulary", "Voided by a change"),
    # callbacks (desk.callbacks: purposes, outcomes, states; methods above)
    "resolution": QT_TRANSLATE_NOOP("Vocabulary", "Resolution follow-up"),
    "manual": QT_TRANSLATE_NOOP("Vocabulary", "Arranged by the desk"),
    "care": QT_TRANSLATE_NOOP("Vocabulary", "Care call"),
    "satisfied": QT_TRANSLATE_NOOP("Vocabulary", "Satisfied"),
    "basically_satisfied": QT_TRANSLATE_NOOP("Vocabulary", "Basically satisfied"),
    "dissatisfied": QT_TRANSLATE_NOOP("Vocabulary", "Dissatisfied"),
    "unreachable": QT_TRANSLATE_NOOP("Vocabulary", "Unreachable"),
    "rescheduled": QT_TRANSLATE_NOOP("Vocabulary", "Rescheduled"),
    "open": QT_TRANSLATE_NOOP("Vocabulary", "Open"),
    "done": QT_TRANSLATE_NOOP("Vocabulary", "Done"),
    "upcoming": QT_TRANSLATE_NOOP("Vocabulary", "Upcoming"),
    "today": QT_TRANSLATE_NOOP("Vocabulary", "Today"),
    # customer records (desk.vocab.CUSTOMER_TAGS, CARD_LEVELS, CONTACT_METHODS)
    "vip": QT_TRANSLATE_NOOP("Vocabulary", "VIP"),
    "sensitive": QT_TRANSLATE_NOOP("Vocabulary", "Sensitive"),
    "elderly": QT_TRANSLATE_NOOP("Vocabulary", "Elderly"),
    "disabled": QT_TRANSLATE_NOOP("Vocabulary", "Disabled"),
    "media_contact": QT_TRANSLATE_NOOP("Vocabulary", "Has gone to the media"),
    "repeat": QT_TRANSLATE_NOOP("Vocabulary", "Complains often"),
    "ordinary": QT_TRANSLATE_NOOP("Vocabulary", "Ordinary card"),
    "silver": QT_TRANSLATE_NOOP("Vocabulary", "Silver card"),
    "gold": QT_TRANSLATE_NOOP("Vocabulary", "Gold card"),
    "platinum": QT_TRANSLATE_NOOP("Vocabulary", "Platinum card"),
    "wechat": QT_TRANSLATE_NOOP("Vocabulary", "WeChat"),
    # appointments of inquiries (desk.complaints.appointments.STATUSES; "done" is above)
    "booked": QT_TRANSLATE_NOOP("Vocabulary", "Booked"),
    "confirmed": QT_TRANSLATE_NOOP("Vocabulary", "Confirmed with the department"),
    "moved": QT_TRANSLATE_NOOP("Vocabulary", "Moved"),
    "missed": QT_TRANSLATE_NOOP("Vocabulary", "Missed"),
}

# Actions on a complaint (desk.complaints.lifecycle.TRANSITIONS) and the history's other entries.
_ACTION_WORDS = {
    "answer": QT_TRANSLATE_NOOP("Vocabulary", "Answer the inquiry"),
    "judge_founded": QT_TRANSLATE_NOOP("Vocabulary", "Judge: founded"),
    "judge_not_founded": QT_TRANSLATE_NOOP("Vocabulary", "Judge: not founded (explain)"),
    "refuse": QT_TRANSLATE_NOOP("Vocabulary", "Refuse unreasonable demand"),
    "start_investigation": QT_TRANSLATE_NOOP("Vocabulary", "Start investigation"),
    "record_cause": QT_TRANSLATE_NOOP("Vocabulary", "Record cause"),
    "propose_resolution": QT_TRANSLATE_NOOP("Vocabulary", "Propose resolution"),
    "request_approval": QT_TRANSLATE_NOOP("Vocabulary", "Ask supervisor's approval"),
    "approve": QT_TRANSLATE_NOOP("Vocabulary", "Approve"),
    "decline_approval": QT_TRANSLATE_NOOP("Vocabulary", "Decline approval"),
    "agree": QT_TRANSLATE_NOOP("Vocabulary", "Customer agrees"),
    "customer_refuses": QT_TRANSLATE_NOOP("Vocabulary", "Customer refuses the resolution"),
    "carry_out": QT_TRANSLATE_NOOP("Vocabulary", "Mark carried out"),
    "await_callback": QT_TRANSLATE_NOOP("Vocabulary", "Hand over to callback"),
    "close": QT_TRANSLATE_NOOP("Vocabulary", "Close"),
    "reopen": QT_TRANSLATE_NOOP("Vocabulary", "Reopen (repeat complaint)"),
    "pause": QT_TRANSLATE_NOOP("Vocabulary", "Pause the clock"),
    "resume": QT_TRANSLATE_NOOP("Vocabulary", "Resume the clock"),
    "route": QT_TRANSLATE_NOOP("Vocabulary", "Assign / transfer"),
    "changed": QT_TRANSLATE_NOOP("Vocabulary", "Changed"),
    "linked_repeat": QT_TRANSLATE_NOOP("Vocabulary", "Linked as repeat complaint"),
    "contact_info": QT_TRANSLATE_NOOP("Vocabulary", "Customer informed"),
    "contact_reply": QT_TRANSLATE_NOOP("Vocabulary", "Reply given to the customer"),
    "attachment_added": QT_TRANSLATE_NOOP("Vocabulary", "Attachment added"),
    "escalation_alert": QT_TRANSLATE_NOOP("Vocabulary", "Supervisor alerted"),
    "escalation_acknowledged": QT_TRANSLATE_NOOP("Vocabulary", "Alert acknowledged"),
    "department_asked": QT_TRANSLATE_NOOP("Vocabulary", "Department asked"),
    "department_answered": QT_TRANSLATE_NOOP("Vocabulary", "Department answered"),
    "incident_logged": QT_TRANSLATE_NOOP("Vocabulary", "Late answer logged as incident"),
    # resolutions, approvals, slips (desk.resolution, desk.resolution.approval, desk.resolution.slips)
    "resolution_changed": QT_TRANSLATE_NOOP("Vocabulary", "Resolution changed"),
    "remedy_added": QT_TRANSLATE_NOOP("Vocabulary", "Remedy added"),
    "remedy_changed": QT_TRANSLATE_NOOP("Vocabulary", "Remedy changed"),
    "remedy_removed": QT_TRANSLATE_NOOP("Vocabulary", "Remedy removed"),
    "approval_voided": QT_TRANSLATE_NOOP("Vocabulary", "Approval voided by the change"),
    "resolution_approved": QT_TRANSLATE_NOOP("Vocabulary", "Approved by supervisor (PIN)"),
    "grant_reviewed": QT_TRANSLATE_NOOP("Vocabulary", "Reviewed by supervisor"),
    "slip_issued": QT_TRANSLATE_NOOP("Vocabulary", "Slip issued"),
    "slip_printed": QT_TRANSLATE_NOOP("Vocabulary", "Slip printed"),
    "slip_reprinted": QT_TRANSLATE_NOOP("Vocabulary", "Slip reprinted"),
    "slip_signed": QT_TRANSLATE_NOOP("Vocabulary", "Slip signed by the customer"),
    "slip_refused": QT_TRANSLATE_NOOP("Vocabulary", "Customer refused to sign"),
    "reply_issued": QT_TRANSLATE_NOOP("Vocabulary", "Reply letter issued"),
    "reply_waived": QT_TRANSLATE_NOOP("Vocabulary", "No reply letter (supervisor's note)"),
    # callbacks (desk.callbacks)
    "callback_scheduled": QT_TRANSLATE_NOOP("Vocabulary", "Callback scheduled"),
    "callback_recorded": QT_TRANSLATE_NOOP("Vocabulary", "Callback recorded"),
    "callback_cancelled": QT_TRANSLATE_NOOP("Vocabulary", "Callback cancelled"),
    # appointments of inquiries (desk.complaints.appointments)
    "appointment_booked": QT_TRANSLATE_NOOP("Vocabulary", "Appointment booked"),
    "appointment_confirmed": QT_TRANSLATE_NOOP(
        "Vocabulary", "Appointment confirmed with the department"),
    "appointment_moved": QT_TRANSLATE_NOOP("Vocabulary", "Appointment moved"),
    "appointment_done": QT_TRANSLATE_NOOP("Vocabulary", "Appointment kept"),
    "appointment_missed": QT_TRANSLATE_NOOP("Vocabulary", "Appointment missed"),
    "appointment_cancelled": QT_TRANSLATE_NOOP("Vocabulary", "Appointment cancelled"),
    "appointment_to_complaint": QT_TRANSLATE_NOOP(
        "Vocabulary", "Missed appointment made a complaint"),
    "from_appointment": QT_TRANSLATE_NOOP("Vocabulary", "Registered from a missed appointment"),
}

# "repair" is both a category and a demand; the demand reads differently.
_DEMAND_WORDS = {"repair": QT_TRANSLATE_NOOP("Vocabulary", "Repair")}

_LEVELS = {
    1: QT_TRANSLATE_NOOP("Vocabulary", "Level 1: told to our staff"),
    2: QT_TRANSLATE_NOOP("Vocabulary", "Level 2: told to others"),
    3: QT_TRANSLATE_NOOP("Vocabulary", "Level 3: third party (media, consumer association, authorities)"),
}


def label(code: str) -> str:
    """The word for a code; a store's own category (no built-in word) shows as typed."""
    source = _WORDS.get(code)
    return QCoreApplication.translate(_CONTEXT, source) if source else code


def demand_label(code: str) -> str:
    source = _DEMAND_WORDS.get(code) or _WORDS.get(code)
    return QCoreApplication.translate(_CONTEXT, source) if source else code


def remedy_label(code: str) -> str:
    """A remedy's kind: "repair" is the remedy, not the category."""
    return demand_label(code)


def level_label(level: int) -> str:
    source = _LEVELS.get(level)
    return QCoreApplication.translate(_CONTEXT, source) if source else str(level)


def action_label(code: str) -> str:
    """The words for an action button or a history entry (falls back to the vocabulary)."""
    source = _ACTION_WORDS.get(code) or _WORDS.get(code)
    return QCoreApplication.translate(_CONTEXT, source) if source else code

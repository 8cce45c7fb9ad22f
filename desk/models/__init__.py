"""The database schema as peewee models, bound at start-up to one database.

`database` is a proxy: desk.storage.db.connect() points it at SQLite or PostgreSQL.
The tables themselves are created by the numbered migrations in ./migrations,
never by create_tables() on these classes, so that old databases upgrade cleanly.
"""

import datetime
from decimal import Decimal

from peewee import (
    AutoField,
    BlobField,
    BooleanField,
    CharField,
    DatabaseProxy,
    DateField,
    DateTimeField,
    DecimalField,
    ForeignKeyField,
    IntegerField,
    Model,
    SmallIntegerField,
    TextField,
)

database = DatabaseProxy()


def now() -> datetime.datetime:
    """Store-local time to the second: what the clerk sees on the wall clock."""
    return datetime.datetime.now().replace(microsecond=0)


class MoneyField(DecimalField):
    """Yuan with two decimals; SQLite hands back 500 for 500.00, so quantize on the way out."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("max_digits", 12)
        kwargs.setdefault("decimal_places", 2)
        super().__init__(*args, **kwargs)

    def python_value(self, value):
        value = super().python_value(value)
        return value.quantize(Decimal("0.01")) if value is not None else None


class BaseModel(Model):
    class Meta:
        database = database
        legacy_table_names = False


class Setting(BaseModel):
    """Store-wide settings as JSON values (store name, code, categories, ...)."""

    key = CharField(primary_key=True, max_length=64)
    value = TextField()


class Staff(BaseModel):
    id = AutoField()
    code = CharField(max_length=16, unique=True)  # what the clerk types or scans to sign in
    name = CharField(max_length=40)
    role = CharField(max_length=16, default="clerk")
    pin_hash = CharField(max_length=200)
    active = BooleanField(default=True)
    authority_limit = MoneyField(default=0)
    failed_sign_ins = SmallIntegerField(default=0)
    created_at = DateTimeField(default=now)
    # Customer records (migration 0014): balanced assignment weighs the level (1-3) and
    # never gives a clerk more customers than their capacity (None: no limit).
    ability_level = SmallIntegerField(default=2)
    capacity = IntegerField(null=True)


class Department(BaseModel):
    id = AutoField()
    name = CharField(max_length=40, unique=True)
    answer_hours = IntegerField(default=24)  # how long it has to answer a request
    active = BooleanField(default=True)
    sort_order = IntegerField(default=0)


class Customer(BaseModel):
    id = AutoField()
    name = CharField(max_length=40)
    phone = CharField(max_length=20, unique=True)
    phone_tail = CharField(max_length=4, index=True)
    member_no = CharField(max_length=32, null=True)
    declines_callbacks = BooleanField(default=False)
    created_at = DateTimeField(default=now)
    # The customer's own record (客户资料, migration 0014).
    address = TextField(default="")
    card_level = CharField(max_length=16, default="")
    contact_time = CharField(max_length=40, default="")  # preferred time, as said
    contact_method = CharField(max_length=16, default="")  # vocab.CONTACT_METHODS
    tags = CharField(max_length=200, default="")  # comma-separated vocab.CUSTOMER_TAGS
    notes = TextField(default="")
    version = IntegerField(default=1)  # optimistic lock, as complaints
    merged_into = ForeignKeyField("self", null=True, backref="merged", index=False)
    assigned_to = ForeignKeyField(Staff, null=True, backref="customers", index=False)
    assigned_at = DateTimeField(null=True)
    first_contact_due = DateTimeField(null=True)  # a week after assignment
    first_contact_at = DateTimeField(null=True)

    @property
    def tag_codes(self) -> list[str]:
        return [t for t in self.tags.split(",") if t]


class Complaint(BaseModel):
    """One contact at the desk: a complaint or an inquiry/appointment."""

    id = AutoField()
    number = CharField(max_length=32, unique=True)
    kind = CharField(max_length=16)
    status = CharField(max_length=24)
    channel = CharField(max_length=16)
    category = CharField(max_length=32)
    customer = ForeignKeyField(Customer, backref="complaints")
    complainant_name = CharField(max_length=40)
    phone = CharField(max_length=20, index=True)
    phone_tail = CharField(max_length=4)
    member_no = CharField(max_length=32, null=True)
    received_at = DateTimeField()
    product_name = CharField(max_length=60, default="")
    product_brand = CharField(max_length=40, default="")
    product_model = CharField(max_length=60, default="")
    order_no = CharField(max_length=40, null=True)
    purchase_date = DateField(null=True)
    purchase_amount = MoneyField(null=True)
    account = TextField()  # the customer's own account, in key points
    demands = CharField(max_length=120, default="")  # comma-separated vocab.DEMANDS codes
    demand_detail = TextField(default="")
    escalation_level = SmallIntegerField(default=1)
    media_involved = BooleanField(default=False)
    repeat_of = ForeignKeyField("self", null=True, backref="repeats")
    registered_by = ForeignKeyField(Staff, backref="registered")
    assigned_to = ForeignKeyField(Staff, null=True, backref="assigned")
    department = ForeignKeyField(Department, null=True, backref="complaints")
    deadline = DateTimeField(null=True)
    desk = CharField(max_length=40)
    created_at = DateTimeField(default=now)
    updated_at = DateTimeField(default=now)
    closed_at = DateTimeField(null=True)
    version = IntegerField(default=1)  # optimistic lock: every save checks it
    # The form's one-time token (migration 0009): a retried save finds its complaint.
    entry_token = CharField(max_length=36, null=True)

    @property
    def demand_codes(self) -> list[str]:
        return [d for d in self.demands.split(",") if d]


class ComplaintEvent(BaseModel):
    """Append-only history of a complaint; each row's hash covers the previous row's."""

    id = AutoField()
    complaint = ForeignKeyField(Complaint, backref="events")
    at = DateTimeField(default=now)
    staff = ForeignKeyField(Staff, null=True)
    desk = CharField(max_length=40)
    action = CharField(max_length=32)
    field = CharField(max_length=40, default="")
    old_value = TextField(default="")
    new_value = TextField(default="")
    note = TextField(default="")
    prev_hash = CharField(max_length=64)
    hash = CharField(max_length=64)


class Attachment(BaseModel):
    id = AutoField()
    complaint = ForeignKeyField(Complaint, backref="attachments")
    filename = CharField(max_length=200)
    mime = CharField(max_length=80, default="application/octet-stream")
    size = IntegerField()
    sha256 = CharField(max_length=64)
    data = BlobField()
    added_by = ForeignKeyField(Staff)
    added_at = DateTimeField(default=now)


class DaySequence(BaseModel):
    """The last number handed out per store and day, shared by every desk.

    One shape for every numbered paper (desk.storage.numbering bumps it); each paper
    counts in a table of its own, so a slip never takes a complaint's number."""

    store_code = CharField(max_length=8)
    day = CharField(max_length=8)
    last = IntegerField(default=0)

    class Meta:
        indexes = ((("store_code", "day"), True),)
        primary_key = False


class ComplaintSequence(DaySequence):
    """Complaint numbers: S01-20261122-0007."""


class ChangeLog(BaseModel):
    """One row per committed change, so other desks can refresh exactly what moved."""

    id = AutoField()
    table = CharField(max_length=32)
    row_id = IntegerField()
    desk = CharField(max_length=40)
    at = DateTimeField(default=now)


ALL_MODELS = [
    Setting,
    Staff,
    Department,
    Customer,
    Complaint,
    ComplaintEvent,
    Attachment,
    ComplaintSequence,
    ChangeLog,
]


# -- The complaint's life (issue 3): judgment, clock, routing, investigation ---------------
# New tables only: the registration-era classes above stay as they are.


class ComplaintCase(BaseModel):
    """The lifecycle facts of one complaint that its registration row does not hold."""

    complaint = ForeignKeyField(Complaint, primary_key=True, backref="case")
    judgment = CharField(max_length=16, null=True)  # founded / not_founded / unreasonable
    judged_at = DateTimeField(null=True)
    judged_by = ForeignKeyField(Staff, null=True, backref="+")
    explanation = TextField(default="")  # not founded: what the customer was told
    refusal_reason = TextField(default="")  # unreasonable demand: why it was refused
    evidence = CharField(max_length=200, default="")  # comma-separated attachment ids
    cause = CharField(max_length=32, null=True)
    cause_detail = TextField(default="")
    responsible_person = CharField(max_length=60, default="")
    answered_at = DateTimeField(null=True)  # first answer since (re)opening: the on-time rate
    reopen_count = IntegerField(default=0)
    reopened_at = DateTimeField(null=True)  # replies before this belong to the earlier round
    # Kept for the statistics by desk.complaints.case_totals (migration 0011).
    transfer_count = IntegerField(default=0)
    remedy_total = MoneyField(null=True)


class ClockPause(BaseModel):
    """A stretch of time the promised answer time stood still (waiting for customer/parts)."""

    id = AutoField()
    complaint = ForeignKeyField(Complaint, backref="pauses")
    waiting_for = CharField(max_length=16)
    reason = CharField(max_length=200)
    paused_at = DateTimeField()
    paused_by = ForeignKeyField(Staff, backref="+")
    resumed_at = DateTimeField(null=True)
    resumed_by = ForeignKeyField(Staff, null=True, backref="+")


class Transfer(BaseModel):
    """One reassignment (重派) to another department or person, with its reason."""

    id = AutoField()
    complaint = ForeignKeyField(Complaint, backref="transfers")
    from_department = ForeignKeyField(Department, null=True, backref="+")
    to_department = ForeignKeyField(Department, null=True, backref="+")
    from_staff = ForeignKeyField(Staff, null=True, backref="+")
    to_staff = ForeignKeyField(Staff, null=True, backref="+")
    reason = CharField(max_length=200)
    by = ForeignKeyField(Staff, backref="+")
    at = DateTimeField(default=now)


class DepartmentRequest(BaseModel):
    """A question put to a responsible department, and when and what it answered."""

    id = AutoField()
    complaint = ForeignKeyField(Complaint, backref="department_requests")
    department = ForeignKeyField(Department, backref="+")
    question = TextField()
    asked_at = DateTimeField()
    asked_by = ForeignKeyField(Staff, backref="+")
    due_at = DateTimeField()
    answered_at = DateTimeField(null=True)
    answer = TextField(default="")
    answer_recorded_by = ForeignKeyField(Staff, null=True, backref="+")


class IncidentLogEntry(BaseModel):
    """《内部违规事件情况登记表》: a department that answered later than it had to."""

    id = AutoField()
    request = ForeignKeyField(DepartmentRequest, unique=True, backref="+")
    complaint = ForeignKeyField(Complaint, backref="+")
    department = ForeignKeyField(Department, backref="+")
    asked_at = DateTimeField()
    due_at = DateTimeField()
    answered_at = DateTimeField()
    delay_minutes = IntegerField()  # answered_at - due_at
    recorded_by = ForeignKeyField(Staff, backref="+")
    recorded_at = DateTimeField(default=now)


class ContactEntry(BaseModel):
    """One contact with the customer: when, how, what was said (info or the reply)."""

    id = AutoField()
    complaint = ForeignKeyField(Complaint, backref="contacts")
    at = DateTimeField()
    method = CharField(max_length=16)
    kind = CharField(max_length=8)
    text = TextField()
    staff = ForeignKeyField(Staff, backref="+")
    desk = CharField(max_length=40)


class EscalationAlert(BaseModel):
    """Level 3 or media: stays pending on every desk until a supervisor acknowledges it."""

    id = AutoField()
    complaint = ForeignKeyField(Complaint, backref="alerts")
    reason = CharField(max_length=16)  # level_3 / media
    raised_at = DateTimeField(default=now)
    raised_by = ForeignKeyField(Staff, null=True, backref="+")
    desk = CharField(max_length=40)
    acknowledged_by = ForeignKeyField(Staff, null=True, backref="+")
    acknowledged_at = DateTimeField(null=True)


ALL_MODELS += [
    ComplaintCase,
    ClockPause,
    Transfer,
    DepartmentRequest,
    IncidentLogEntry,
    ContactEntry,
    EscalationAlert,
]


# -- Resolutions, approvals and the signed slip (issue 4) ---------------------------------
# New tables only: the classes above stay as they are.


class Remedy(BaseModel):
    """One remedy of a complaint's resolution, in the order the customer reads them."""

    id = AutoField()
    complaint = ForeignKeyField(Complaint, backref="remedies")
    position = IntegerField()
    kind = CharField(max_length=24)  # desk.resolution.remedies.REMEDY_KINDS
    amount = MoneyField(null=True)
    text = TextField(default="")  # what the customer reads on the slip

    class Meta:
        indexes = ((("complaint", "position"), True),)


class ResolutionApproval(BaseModel):
    """A supervisor's approval of one exact resolution (its content hash), or a request for it."""

    id = AutoField()
    complaint = ForeignKeyField(Complaint, backref="approvals")
    status = CharField(max_length=16)  # pending / approved / declined / cancelled / voided
    content_hash = CharField(max_length=64)
    total = MoneyField()
    requested_by = ForeignKeyField(Staff, null=True, backref="+")
    requested_at = DateTimeField(null=True)
    decided_by = ForeignKeyField(Staff, null=True, backref="+")
    decided_at = DateTimeField(null=True)
    via = CharField(max_length=8, default="")  # pin (same desk) / queue (any desk)
    reason = TextField(default="")  # why declined, or the approver's note
    desk = CharField(max_length=40, default="")


class GrantReview(BaseModel):
    """A resolution a clerk granted within their own limit, for the after-the-fact review."""

    id = AutoField()
    complaint = ForeignKeyField(Complaint, backref="+")
    granted_by = ForeignKeyField(Staff, backref="+")
    granted_at = DateTimeField()
    total = MoneyField()
    content_hash = CharField(max_length=64)
    reviewed_by = ForeignKeyField(Staff, null=True, backref="+")
    reviewed_at = DateTimeField(null=True)
    note = TextField(default="")


class SlipSequence(DaySequence):
    """Resolution slip numbers: S01-R-20261122-0003."""


class ResolutionSlip(BaseModel):
    """处理结果确认单: the record of one slip; the PDF itself is made by desk.printing."""

    id = AutoField()
    complaint = ForeignKeyField(Complaint, backref="slips")
    number = CharField(max_length=40, unique=True)
    content_hash = CharField(max_length=64)
    remedies = TextField()  # JSON snapshot of the agreed remedies: the slip never changes
    total = MoneyField()
    issued_by = ForeignKeyField(Staff, backref="+")
    issued_at = DateTimeField()
    desk = CharField(max_length=40)
    approved_by = ForeignKeyField(Staff, null=True, backref="+")
    prints = IntegerField(default=0)
    last_printed_at = DateTimeField(null=True)
    pdf_sha256 = CharField(max_length=64, default="")  # of the last print
    signed_by = ForeignKeyField(Staff, null=True, backref="+")  # the clerk who saw it signed
    signed_at = DateTimeField(null=True)
    scan = ForeignKeyField(Attachment, null=True, backref="+")
    refused_at = DateTimeField(null=True)
    refused_by = ForeignKeyField(Staff, null=True, backref="+")
    refusal_reason = TextField(default="")


class SlipPrint(BaseModel):
    """Every print of a slip: 1 is the original, later ones are copies (第N次补打)."""

    id = AutoField()
    slip = ForeignKeyField(ResolutionSlip, backref="print_log")
    copy_no = IntegerField()
    pdf_sha256 = CharField(max_length=64)
    printed_by = ForeignKeyField(Staff, backref="+")
    printed_at = DateTimeField()
    desk = CharField(max_length=40)

    class Meta:
        indexes = ((("slip", "copy_no"), True),)


ALL_MODELS += [
    Remedy,
    ResolutionApproval,
    GrantReview,
    SlipSequence,
    ResolutionSlip,
    SlipPrint,
]


# -- Callbacks (issue 5) ------------------------------------------------------------------
# One row per planned call. Recording it fills in the outcome; a retry or a reschedule is
# a new row pointing at the one before, so the whole chain of tries stays in the history.


class Callback(BaseModel):
    """《回访记录表》: one planned callback and, once made, what came of it."""

    id = AutoField()
    complaint = ForeignKeyField(Complaint, null=True, backref="callbacks")  # None: care call
    customer = ForeignKeyField(Customer, backref="callbacks")
    purpose = CharField(max_length=16)  # desk.callbacks.calls.PURPOSES: resolution / manual / care
    topic = CharField(max_length=60, default="")  # a care call's occasion (春节, 店庆, ...)
    due_at = DateTimeField()
    window_end = DateTimeField(null=True)  # the latest the rule allows (3 days after)
    customer_time = BooleanField(default=False)  # the customer asked for due_at
    attempt = SmallIntegerField(default=1)  # 1, 2, 3: tries of one chain
    previous = ForeignKeyField("self", null=True, backref="+")
    outbound = BooleanField(default=False)  # 3 tries failed: on the handover's outbound list
    assigned_to = ForeignKeyField(Staff, null=True, backref="+")
    created_by = ForeignKeyField(Staff, backref="+")
    created_at = DateTimeField(default=now)
    state = CharField(max_length=12, default="open")  # open / done / cancelled
    # the record, once the call is made (or tried)
    done_at = DateTimeField(null=True)
    done_by = ForeignKeyField(Staff, null=True, backref="+")
    method = CharField(max_length=8, null=True)  # phone / sms / email / visit
    outcome = CharField(max_length=24, null=True)  # desk.callbacks.calls.OUTCOMES
    score = SmallIntegerField(null=True)  # 1-5
    notes = TextField(default="")
    desk = CharField(max_length=40, default="")
    version = IntegerField(default=1)  # optimistic lock: two desks recording the same call


ALL_MODELS += [Callback]


# -- Handover (issue 6) -------------------------------------------------------------------
# One row per end-of-shift handover. Its content is a JSON snapshot taken when it was
# submitted, so a kept handover reads the same years later whatever happened since.


class Handover(BaseModel):
    """交班记录: what the clerk on duty handed over, and who took it over when."""

    id = AutoField()
    shift_date = DateField()  # the day the shift began
    shift_code = CharField(max_length=16)
    shift_name = CharField(max_length=40)
    shift_start = DateTimeField()
    shift_end = DateTimeField()
    from_staff = ForeignKeyField(Staff, backref="+")  # 当班人
    to_staff = ForeignKeyField(Staff, backref="+")  # 接班人
    created_at = DateTimeField(default=now)
    desk = CharField(max_length=40, default="")
    state = CharField(max_length=16, default="pending")  # pending / acknowledged
    acknowledged_at = DateTimeField(null=True)
    acknowledged_by = ForeignKeyField(Staff, null=True, backref="+")
    acknowledged_desk = CharField(max_length=40, default="")
    notes = TextField(default="")
    open_count = IntegerField(default=0)  # 遗留件数
    content = TextField()  # JSON snapshot: sections, items, item notes (desk.handover)
    version = IntegerField(default=1)


ALL_MODELS += [Handover]


# -- Written replies (issue 15) -----------------------------------------------------------
# A complaint that came in writing is answered in writing (正确答复书面投诉): one row per
# reply letter issued (its PDF and SHA-256 kept), or a supervisor's note of why none is sent.


class ReplySequence(DaySequence):
    """Reply letter numbers: S01-H-20261122-0001 (函)."""


class WrittenReply(BaseModel):
    """答复函: a reply letter issued for a written complaint, or a supervisor's waiver."""

    id = AutoField()
    complaint = ForeignKeyField(Complaint, backref="written_replies")
    kind = CharField(max_length=8)  # letter / waived
    round = IntegerField(default=0)  # the case's reopen count: a reopened case is answered again
    number = CharField(max_length=32, null=True, unique=True)  # letters only
    language = CharField(max_length=8, default="zh_CN")
    body = TextField(default="")  # the text as the clerk issued it
    pdf = BlobField(null=True)
    pdf_sha256 = CharField(max_length=64, default="")
    note = TextField(default="")  # a waiver: why no letter is sent
    by = ForeignKeyField(Staff, backref="+")
    approved_by = ForeignKeyField(Staff, null=True, backref="+")
    at = DateTimeField(default=now)
    desk = CharField(max_length=40, default="")


ALL_MODELS += [ReplySequence, WrittenReply]


# -- Customer records (issue 15) ----------------------------------------------------------
# 客户资料管理: more phones per customer, the record's history, the clerk's contacts.


class PhoneNumber(BaseModel):
    """A customer's further phones; the first stays in Customer.phone."""

    id = AutoField()
    customer = ForeignKeyField(Customer, backref="phones")
    phone = CharField(max_length=20, unique=True)
    phone_tail = CharField(max_length=4, index=True)
    label = CharField(max_length=16, default="")


class CustomerEvent(BaseModel):
    """The record's own history: edited, assigned, merged (detail: JSON)."""

    id = AutoField()
    customer = ForeignKeyField(Customer, backref="events")
    at = DateTimeField(default=now)
    staff = ForeignKeyField(Staff, null=True, backref="+")
    desk = CharField(max_length=40, default="")
    action = CharField(max_length=24)
    detail = TextField(default="")


class CustomerContact(BaseModel):
    """A clerk's contact with a customer they hold (the first one is due within a week)."""

    id = AutoField()
    customer = ForeignKeyField(Customer, backref="contacts")
    staff = ForeignKeyField(Staff, backref="+")
    at = DateTimeField(default=now)
    method = CharField(max_length=16)
    note = TextField(default="")
    desk = CharField(max_length=40, default="")


ALL_MODELS += [PhoneNumber, CustomerEvent, CustomerContact]


# -- Appointments of inquiries (咨询预约类, migration 0015) ----------------------------------
# An inquiry about delivery, installation or repair books a slot with a department. A move
# keeps the old row (state "moved") and books a new one pointing back at it, so every
# slot the customer was given stays in the record.


class Appointment(BaseModel):
    """预约: one slot booked with a department for an inquiry, and what became of it."""

    id = AutoField()
    complaint = ForeignKeyField(Complaint, backref="appointments")  # the inquiry
    department = ForeignKeyField(Department, backref="+")
    day = DateField()
    window_start = CharField(max_length=5)  # "HH:MM", store-local
    window_end = CharField(max_length=5)
    address = CharField(max_length=200, default="")
    bring = CharField(max_length=200, default="")  # what the customer has ready (receipt, ...)
    note = TextField(default="")
    # booked / confirmed / done / moved / missed / cancelled (desk.complaints.appointments)
    status = CharField(max_length=12, default="booked")
    moved_from = ForeignKeyField("self", null=True, backref="+")
    outcome_note = TextField(default="")  # why moved, missed or cancelled; what was done
    confirmed_with = CharField(max_length=60, default="")  # who at the department confirmed
    confirmed_at = DateTimeField(null=True)
    confirmed_by = ForeignKeyField(Staff, null=True, backref="+")
    complaint_made = ForeignKeyField(Complaint, null=True, backref="+")  # missed → complaint
    created_by = ForeignKeyField(Staff, backref="+")
    created_at = DateTimeField(default=now)
    updated_at = DateTimeField(default=now)
    desk = CharField(max_length=40, default="")
    version = IntegerField(default=1)  # optimistic lock: two desks changing one slot


ALL_MODELS += [Appointment]


# -- Statistics aggregates of closed months (issue 20, step 0016) ---------------------------
# Derived data, no models: desk.statistics.aggregates writes and reads them with SQL and
# rebuilds any month from the complaints, so a db copy leaves them out (built again there).
# stats_touch holds the months the triggers marked as changed.
AGGREGATE_TABLES = ("stats_touch", "stats_month", "stats_count", "stats_cell", "stats_minutes",
                    "stats_hours", "stats_day", "stats_money", "stats_missed")

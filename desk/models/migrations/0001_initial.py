"""The first schema: staff, departments, customers, complaints, history, attachments.

A frozen copy of the models as they were at this step: later changes to
desk/models must come as new numbered steps, never as edits here.
"""

import datetime

from peewee import (
    AutoField,
    BlobField,
    BooleanField,
    CharField,
    DateField,
    DateTimeField,
    DecimalField,
    ForeignKeyField,
    IntegerField,
    Model,
    SmallIntegerField,
    TextField,
)


def up(migrator, db):
    def now():
        return datetime.datetime.now().replace(microsecond=0)

    class Base(Model):
        class Meta:
            database = db
            legacy_table_names = False

    class Setting(Base):
        key = CharField(primary_key=True, max_length=64)
        value = TextField()

    class Staff(Base):
        id = AutoField()
        code = CharField(max_length=16, unique=True)
        name = CharField(max_length=40)
        role = CharField(max_length=16, default="clerk")
        pin_hash = CharField(max_length=200)
        active = BooleanField(default=True)
        authority_limit = DecimalField(max_digits=12, decimal_places=2, default=0)
        failed_sign_ins = SmallIntegerField(default=0)
        created_at = DateTimeField(default=now)

    class Department(Base):
        id = AutoField()
        name = CharField(max_length=40, unique=True)
        answer_hours = IntegerField(default=24)
        active = BooleanField(default=True)
        sort_order = IntegerField(default=0)

    class Customer(Base):
        id = AutoField()
        name = CharField(max_length=40)
        phone = CharField(max_length=20, unique=True)
        phone_tail = CharField(max_length=4, index=True)
        member_no = CharField(max_length=32, null=True)
        declines_callbacks = BooleanField(default=False)
        created_at = DateTimeField(default=now)

    class Complaint(Base):
        id = AutoField()
        number = CharField(max_length=32, unique=True)
        kind = CharField(max_length=16)
        status = CharField(max_length=24)
        channel = CharField(max_length=16)
        category = CharField(max_length=32)
        customer = ForeignKeyField(Customer)
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
        purchase_amount = DecimalField(max_digits=12, decimal_places=2, null=True)
        account = TextField()
        demands = CharField(max_length=120, default="")
        demand_detail = TextField(default="")
        escalation_level = SmallIntegerField(default=1)
        media_involved = BooleanField(default=False)
        repeat_of = ForeignKeyField("self", null=True)
        registered_by = ForeignKeyField(Staff)
        assigned_to = ForeignKeyField(Staff, null=True)
        department = ForeignKeyField(Department, null=True)
        deadline = DateTimeField(null=True)
        desk = CharField(max_length=40)
        created_at = DateTimeField(default=now)
        updated_at = DateTimeField(default=now)
        closed_at = DateTimeField(null=True)
        version = IntegerField(default=1)

    class ComplaintEvent(Base):
        id = AutoField()
        complaint = ForeignKeyField(Complaint)
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

    class Attachment(Base):
        id = AutoField()
        complaint = ForeignKeyField(Complaint)
        filename = CharField(max_length=200)
        mime = CharField(max_length=80, default="application/octet-stream")
        size = IntegerField()
        sha256 = CharField(max_length=64)
        data = BlobField()
        added_by = ForeignKeyField(Staff)
        added_at = DateTimeField(default=now)

    class ComplaintSequence(Base):
        store_code = CharField(max_length=8)
        day = CharField(max_length=8)
        last = IntegerField(default=0)

        class Meta:
            indexes = ((("store_code", "day"), True),)
            primary_key = False

    class ChangeLog(Base):
        id = AutoField()
        table = CharField(max_length=32)
        row_id = IntegerField()
        desk = CharField(max_length=40)
        at = DateTimeField(default=now)

    db.create_tables(
        [Setting, Staff, Department, Customer, Complaint, ComplaintEvent, Attachment,
         ComplaintSequence, ChangeLog]
    )
    # The worklist pages by id within a filter (keyset paging): one index per filter.
    for statement in (
        "CREATE INDEX ix_complaint_open ON complaint (id) WHERE status <> 'closed'",
        "CREATE INDEX ix_complaint_status ON complaint (status, id)",
        "CREATE INDEX ix_complaint_kind ON complaint (kind, id)",
        "CREATE INDEX ix_complaint_assigned ON complaint (assigned_to_id, id)",
        "CREATE INDEX ix_complaint_tail ON complaint (phone_tail, id)",
        "CREATE INDEX ix_complaint_customer ON complaint (customer_id, id)",
        "CREATE INDEX ix_complaint_received ON complaint (received_at)",
    ):
        db.execute_sql(statement)

"""Callbacks (回访): one row per planned call and its record.

A frozen copy of the new table as it was at this step; existing tables are referenced
through id-only stubs. Adds a table and indexes and changes nothing else.
"""

from peewee import (
    AutoField,
    BooleanField,
    CharField,
    DateTimeField,
    ForeignKeyField,
    IntegerField,
    Model,
    SmallIntegerField,
    TextField,
)


def up(migrator, db):
    class Base(Model):
        class Meta:
            database = db
            legacy_table_names = False

    class Staff(Base):
        id = AutoField()

    class Complaint(Base):
        id = AutoField()

    class Customer(Base):
        id = AutoField()

    class Callback(Base):
        id = AutoField()
        complaint = ForeignKeyField(Complaint, null=True, backref="+")
        customer = ForeignKeyField(Customer, backref="+")
        purpose = CharField(max_length=16)
        topic = CharField(max_length=60, default="")
        due_at = DateTimeField()
        window_end = DateTimeField(null=True)
        customer_time = BooleanField(default=False)
        attempt = SmallIntegerField(default=1)
        previous = ForeignKeyField("self", null=True, backref="+")
        outbound = BooleanField(default=False)
        assigned_to = ForeignKeyField(Staff, null=True, backref="+")
        created_by = ForeignKeyField(Staff, backref="+")
        created_at = DateTimeField()
        state = CharField(max_length=12, default="open")
        done_at = DateTimeField(null=True)
        done_by = ForeignKeyField(Staff, null=True, backref="+")
        method = CharField(max_length=8, null=True)
        outcome = CharField(max_length=24, null=True)
        score = SmallIntegerField(null=True)
        notes = TextField(default="")
        desk = CharField(max_length=40, default="")
        version = IntegerField(default=1)

    db.create_tables([Callback])
    for statement in (
        # The queue: open calls by due time, everyone's or one clerk's.
        "CREATE INDEX ix_callback_open_due ON callback (due_at) WHERE state = 'open'",
        "CREATE INDEX ix_callback_open_assigned ON callback (assigned_to_id, due_at)"
        " WHERE state = 'open'",
        # Reports and statistics: what was recorded in a period.
        "CREATE INDEX ix_callback_done_at ON callback (done_at) WHERE state = 'done'",
    ):
        db.execute_sql(statement)

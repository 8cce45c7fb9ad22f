"""Appointments of inquiries (咨询预约类): the slots booked with a department.

A frozen copy of the new table as it was at this step; existing tables are referenced
through id-only stubs. Adds one table and its indexes and changes nothing else. The
number 0014 is left to another step: the runner applies every step not yet applied, in
numeric order, so either may reach a database first.
"""

from peewee import (
    AutoField,
    CharField,
    DateField,
    DateTimeField,
    ForeignKeyField,
    IntegerField,
    Model,
    TextField,
)


def up(migrator, db):
    class Base(Model):
        class Meta:
            database = db
            legacy_table_names = False

    class Staff(Base):
        id = AutoField()

    class Department(Base):
        id = AutoField()

    class Complaint(Base):
        id = AutoField()

    class Appointment(Base):
        id = AutoField()
        complaint = ForeignKeyField(Complaint, backref="+")
        department = ForeignKeyField(Department, backref="+")
        day = DateField()
        window_start = CharField(max_length=5)
        window_end = CharField(max_length=5)
        address = CharField(max_length=200, default="")
        bring = CharField(max_length=200, default="")
        note = TextField(default="")
        status = CharField(max_length=12, default="booked")
        moved_from = ForeignKeyField("self", null=True, backref="+")
        outcome_note = TextField(default="")
        confirmed_with = CharField(max_length=60, default="")
        confirmed_at = DateTimeField(null=True)
        confirmed_by = ForeignKeyField(Staff, null=True, backref="+")
        complaint_made = ForeignKeyField(Complaint, null=True, backref="+")
        created_by = ForeignKeyField(Staff, backref="+")
        created_at = DateTimeField()
        updated_at = DateTimeField()
        desk = CharField(max_length=40, default="")
        version = IntegerField(default=1)

    db.create_tables([Appointment])
    # The reminder and the handover: the slots of one day, by state.
    db.execute_sql("CREATE INDEX ix_appointment_day ON appointment (day, status)")

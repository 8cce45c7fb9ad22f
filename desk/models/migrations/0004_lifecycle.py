"""The complaint's life: judgment facts, the paused clock, transfers, requests to
departments, the internal incident log, the contact log and escalation alerts.

A frozen copy of the new tables as they were at this step. The existing tables are
referenced through id-only stubs; this step adds tables and indexes and changes none.
"""

import datetime

from peewee import (
    AutoField,
    CharField,
    DateTimeField,
    ForeignKeyField,
    IntegerField,
    Model,
    TextField,
)


def up(migrator, db):
    def now():
        return datetime.datetime.now().replace(microsecond=0)

    class Base(Model):
        class Meta:
            database = db
            legacy_table_names = False

    # Stubs for the tables made by 0001: only their key is needed here.
    class Staff(Base):
        id = AutoField()

    class Department(Base):
        id = AutoField()

    class Complaint(Base):
        id = AutoField()

    class ComplaintCase(Base):
        complaint = ForeignKeyField(Complaint, primary_key=True, backref="+")
        judgment = CharField(max_length=16, null=True)
        judged_at = DateTimeField(null=True)
        judged_by = ForeignKeyField(Staff, null=True, backref="+")
        explanation = TextField(default="")
        refusal_reason = TextField(default="")
        evidence = CharField(max_length=200, default="")
        cause = CharField(max_length=32, null=True)
        cause_detail = TextField(default="")
        responsible_person = CharField(max_length=60, default="")
        answered_at = DateTimeField(null=True)
        reopen_count = IntegerField(default=0)
        reopened_at = DateTimeField(null=True)

    class ClockPause(Base):
        id = AutoField()
        complaint = ForeignKeyField(Complaint, backref="+")
        waiting_for = CharField(max_length=16)
        reason = CharField(max_length=200)
        paused_at = DateTimeField()
        paused_by = ForeignKeyField(Staff, backref="+")
        resumed_at = DateTimeField(null=True)
        resumed_by = ForeignKeyField(Staff, null=True, backref="+")

    class Transfer(Base):
        id = AutoField()
        complaint = ForeignKeyField(Complaint, backref="+")
        from_department = ForeignKeyField(Department, null=True, backref="+")
        to_department = ForeignKeyField(Department, null=True, backref="+")
        from_staff = ForeignKeyField(Staff, null=True, backref="+")
        to_staff = ForeignKeyField(Staff, null=True, backref="+")
        reason = CharField(max_length=200)
        by = ForeignKeyField(Staff, backref="+")
        at = DateTimeField(default=now)

    class DepartmentRequest(Base):
        id = AutoField()
        complaint = ForeignKeyField(Complaint, backref="+")
        department = ForeignKeyField(Department, backref="+")
        question = TextField()
        asked_at = DateTimeField()
        asked_by = ForeignKeyField(Staff, backref="+")
        due_at = DateTimeField()
        answered_at = DateTimeField(null=True)
        answer = TextField(default="")
        answer_recorded_by = ForeignKeyField(Staff, null=True, backref="+")

    class IncidentLogEntry(Base):
        id = AutoField()
        request = ForeignKeyField(DepartmentRequest, unique=True, backref="+")
        complaint = ForeignKeyField(Complaint, backref="+")
        department = ForeignKeyField(Department, backref="+")
        asked_at = DateTimeField()
        due_at = DateTimeField()
        answered_at = DateTimeField()
        delay_minutes = IntegerField()
        recorded_by = ForeignKeyField(Staff, backref="+")
        recorded_at = DateTimeField(default=now)

    class ContactEntry(Base):
        id = AutoField()
        complaint = ForeignKeyField(Complaint, backref="+")
        at = DateTimeField()
        method = CharField(max_length=16)
        kind = CharField(max_length=8)
        text = TextField()
        staff = ForeignKeyField(Staff, backref="+")
        desk = CharField(max_length=40)

    class EscalationAlert(Base):
        id = AutoField()
        complaint = ForeignKeyField(Complaint, backref="+")
        reason = CharField(max_length=16)
        raised_at = DateTimeField(default=now)
        raised_by = ForeignKeyField(Staff, null=True, backref="+")
        desk = CharField(max_length=40)
        acknowledged_by = ForeignKeyField(Staff, null=True, backref="+")
        acknowledged_at = DateTimeField(null=True)

    db.create_tables(
        [ComplaintCase, ClockPause, Transfer, DepartmentRequest, IncidentLogEntry,
         ContactEntry, EscalationAlert]
    )
    for statement in (
        # "What falls due in the next hour" and the overdue view: a range of deadlines
        # within each open state, so years of closed complaints are never read.
        "CREATE INDEX ix_complaint_status_deadline ON complaint (status, deadline)",
        # At most one running pause per complaint; finding it is an index lookup.
        "CREATE UNIQUE INDEX ux_clock_pause_open ON clock_pause (complaint_id)"
        " WHERE resumed_at IS NULL",
        "CREATE INDEX ix_transfer_at ON transfer (at)",
        "CREATE INDEX ix_department_request_open ON department_request (due_at)"
        " WHERE answered_at IS NULL",
        "CREATE INDEX ix_incident_answered ON incident_log_entry (answered_at)",
        "CREATE INDEX ix_escalation_pending ON escalation_alert (id)"
        " WHERE acknowledged_at IS NULL",
    ):
        db.execute_sql(statement)

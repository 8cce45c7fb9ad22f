"""Resolutions and their approval: remedies, approvals, the after-the-fact review, slips.

A frozen copy of the new tables as they were at this step. The existing tables are
referenced through id-only stubs; this step adds tables and indexes and changes none.
"""

from peewee import (
    AutoField,
    CharField,
    DateTimeField,
    DecimalField,
    ForeignKeyField,
    IntegerField,
    Model,
    TextField,
)


def up(migrator, db):
    def money(**kwargs):
        return DecimalField(max_digits=12, decimal_places=2, **kwargs)

    class Base(Model):
        class Meta:
            database = db
            legacy_table_names = False

    class Staff(Base):
        id = AutoField()

    class Complaint(Base):
        id = AutoField()

    class Attachment(Base):
        id = AutoField()

    class Remedy(Base):
        id = AutoField()
        complaint = ForeignKeyField(Complaint, backref="+")
        position = IntegerField()
        kind = CharField(max_length=24)
        amount = money(null=True)
        text = TextField(default="")

        class Meta:
            indexes = ((("complaint", "position"), True),)

    class ResolutionApproval(Base):
        id = AutoField()
        complaint = ForeignKeyField(Complaint, backref="+")
        status = CharField(max_length=16)
        content_hash = CharField(max_length=64)
        total = money()
        requested_by = ForeignKeyField(Staff, null=True, backref="+")
        requested_at = DateTimeField(null=True)
        decided_by = ForeignKeyField(Staff, null=True, backref="+")
        decided_at = DateTimeField(null=True)
        via = CharField(max_length=8, default="")
        reason = TextField(default="")
        desk = CharField(max_length=40, default="")

    class GrantReview(Base):
        id = AutoField()
        complaint = ForeignKeyField(Complaint, backref="+")
        granted_by = ForeignKeyField(Staff, backref="+")
        granted_at = DateTimeField()
        total = money()
        content_hash = CharField(max_length=64)
        reviewed_by = ForeignKeyField(Staff, null=True, backref="+")
        reviewed_at = DateTimeField(null=True)
        note = TextField(default="")

    class SlipSequence(Base):
        store_code = CharField(max_length=8)
        day = CharField(max_length=8)
        last = IntegerField(default=0)

        class Meta:
            indexes = ((("store_code", "day"), True),)
            primary_key = False

    class ResolutionSlip(Base):
        id = AutoField()
        complaint = ForeignKeyField(Complaint, backref="+")
        number = CharField(max_length=40, unique=True)
        content_hash = CharField(max_length=64)
        remedies = TextField()
        total = money()
        issued_by = ForeignKeyField(Staff, backref="+")
        issued_at = DateTimeField()
        desk = CharField(max_length=40)
        approved_by = ForeignKeyField(Staff, null=True, backref="+")
        prints = IntegerField(default=0)
        last_printed_at = DateTimeField(null=True)
        pdf_sha256 = CharField(max_length=64, default="")
        signed_by = ForeignKeyField(Staff, null=True, backref="+")
        signed_at = DateTimeField(null=True)
        scan = ForeignKeyField(Attachment, null=True, backref="+")
        refused_at = DateTimeField(null=True)
        refused_by = ForeignKeyField(Staff, null=True, backref="+")
        refusal_reason = TextField(default="")

    class SlipPrint(Base):
        id = AutoField()
        slip = ForeignKeyField(ResolutionSlip, backref="+")
        copy_no = IntegerField()
        pdf_sha256 = CharField(max_length=64)
        printed_by = ForeignKeyField(Staff, backref="+")
        printed_at = DateTimeField()
        desk = CharField(max_length=40)

        class Meta:
            indexes = ((("slip", "copy_no"), True),)

    db.create_tables([Remedy, ResolutionApproval, GrantReview, SlipSequence, ResolutionSlip,
                      SlipPrint])
    for statement in (
        # The approvals queue: pending requests only, whatever the years of history.
        "CREATE INDEX ix_approval_pending ON resolution_approval (requested_at)"
        " WHERE status = 'pending'",
        "CREATE INDEX ix_grant_review_at ON grant_review (granted_at)",
        # The handover's "printed, not signed": a small partial index.
        "CREATE INDEX ix_slip_unsigned ON resolution_slip (id)"
        " WHERE prints > 0 AND signed_at IS NULL AND refused_at IS NULL",
    ):
        db.execute_sql(statement)

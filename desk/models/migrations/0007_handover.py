"""End-of-shift handover (交班记录): one row per handover, its content kept as a snapshot.

A frozen copy of the new table as it was at this step; existing tables are referenced
through id-only stubs. Adds a table and indexes and changes nothing else.
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

    class Handover(Base):
        id = AutoField()
        shift_date = DateField()
        shift_code = CharField(max_length=16)
        shift_name = CharField(max_length=40)
        shift_start = DateTimeField()
        shift_end = DateTimeField()
        from_staff = ForeignKeyField(Staff, backref="+")
        to_staff = ForeignKeyField(Staff, backref="+")
        created_at = DateTimeField()
        desk = CharField(max_length=40, default="")
        state = CharField(max_length=16, default="pending")
        acknowledged_at = DateTimeField(null=True)
        acknowledged_by = ForeignKeyField(Staff, null=True, backref="+")
        acknowledged_desk = CharField(max_length=40, default="")
        notes = TextField(default="")
        open_count = IntegerField(default=0)
        content = TextField()
        version = IntegerField(default=1)

    db.create_tables([Handover])
    for statement in (
        # The banner on every desk: handovers nobody has acknowledged yet.
        "CREATE INDEX ix_handover_pending ON handover (id) WHERE state = 'pending'",
        # History: by date, by the clerk who handed over or took over.
        "CREATE INDEX ix_handover_date ON handover (shift_date, id)",
        "CREATE INDEX ix_handover_from ON handover (from_staff_id, shift_date)",
        "CREATE INDEX ix_handover_to ON handover (to_staff_id, shift_date)",
    ):
        db.execute_sql(statement)

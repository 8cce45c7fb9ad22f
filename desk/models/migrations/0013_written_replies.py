"""Written replies (答复函, issue 15): the letters issued for written complaints.

A frozen copy of the new tables as they were at this step; existing tables are referenced
through id-only stubs. Adds two tables and an index and changes nothing else.
"""

from peewee import (
    AutoField,
    BlobField,
    CharField,
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

    class Complaint(Base):
        id = AutoField()

    class ReplySequence(Base):
        store_code = CharField(max_length=8)
        day = CharField(max_length=8)
        last = IntegerField(default=0)

        class Meta:
            indexes = ((("store_code", "day"), True),)
            primary_key = False

    class WrittenReply(Base):
        id = AutoField()
        complaint = ForeignKeyField(Complaint, backref="+")
        kind = CharField(max_length=8)
        round = IntegerField(default=0)
        number = CharField(max_length=32, null=True, unique=True)
        language = CharField(max_length=8, default="zh_CN")
        body = TextField(default="")
        pdf = BlobField(null=True)
        pdf_sha256 = CharField(max_length=64, default="")
        note = TextField(default="")
        by = ForeignKeyField(Staff, backref="+")
        approved_by = ForeignKeyField(Staff, null=True, backref="+")
        at = DateTimeField()
        desk = CharField(max_length=40, default="")

    db.create_tables([ReplySequence, WrittenReply])
    # The close rule and the awaiting list: this complaint's reply of this round.
    db.execute_sql("CREATE INDEX ix_written_reply_round ON written_reply (complaint_id, round)")

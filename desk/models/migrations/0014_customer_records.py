"""Customer records (客户资料管理, issue 15): the customer's own record, more phones, the
clerk who holds the customer and the first contact due a week after assignment.

Adds nullable or defaulted columns to customer and staff, three tables and the indexes
the customer list searches with; existing rows keep their values. A frozen copy of the
new tables as they were at this step; existing tables are id-only stubs.
"""

from peewee import (
    AutoField,
    CharField,
    DateTimeField,
    ForeignKeyField,
    Model,
    PostgresqlDatabase,
    TextField,
)

CUSTOMER_COLUMNS = (
    "address TEXT NOT NULL DEFAULT ''",
    "card_level VARCHAR(16) NOT NULL DEFAULT ''",
    "contact_time VARCHAR(40) NOT NULL DEFAULT ''",
    "contact_method VARCHAR(16) NOT NULL DEFAULT ''",
    "tags VARCHAR(200) NOT NULL DEFAULT ''",
    "notes TEXT NOT NULL DEFAULT ''",
    "version INTEGER NOT NULL DEFAULT 1",
    "merged_into_id INTEGER REFERENCES customer (id)",
    "assigned_to_id INTEGER REFERENCES staff (id)",
    "assigned_at TIMESTAMP",
    "first_contact_due TIMESTAMP",
    "first_contact_at TIMESTAMP",
)


def up(migrator, db):
    class Base(Model):
        class Meta:
            database = db
            legacy_table_names = False

    class Staff(Base):
        id = AutoField()

    class Customer(Base):
        id = AutoField()

    class PhoneNumber(Base):
        id = AutoField()
        customer = ForeignKeyField(Customer, backref="+")
        phone = CharField(max_length=20, unique=True)
        phone_tail = CharField(max_length=4)
        label = CharField(max_length=16, default="")

    class CustomerEvent(Base):
        id = AutoField()
        customer = ForeignKeyField(Customer, backref="+")
        at = DateTimeField()
        staff = ForeignKeyField(Staff, null=True, backref="+")
        desk = CharField(max_length=40, default="")
        action = CharField(max_length=24)
        detail = TextField(default="")

    class CustomerContact(Base):
        id = AutoField()
        customer = ForeignKeyField(Customer, backref="+")
        staff = ForeignKeyField(Staff, backref="+")
        at = DateTimeField()
        method = CharField(max_length=16)
        note = TextField(default="")
        desk = CharField(max_length=40, default="")

    for column in CUSTOMER_COLUMNS:
        db.execute_sql(f"ALTER TABLE customer ADD COLUMN {column}")
    db.execute_sql("ALTER TABLE staff ADD COLUMN ability_level SMALLINT NOT NULL DEFAULT 2")
    db.execute_sql("ALTER TABLE staff ADD COLUMN capacity INTEGER")
    db.create_tables([PhoneNumber, CustomerEvent, CustomerContact])
    # Name prefixes are searched by code point order on both databases (COLLATE "C" on
    # PostgreSQL, SQLite's BINARY default), so one range condition serves any script.
    binary = ' COLLATE "C"' if isinstance(db, PostgresqlDatabase) else ""
    for statement in (
        f"CREATE INDEX ix_customer_name ON customer (name{binary})",
        "CREATE INDEX ix_customer_member_no ON customer (member_no)",
        "CREATE INDEX ix_customer_assigned ON customer (assigned_to_id, first_contact_due)",
        "CREATE INDEX ix_customer_merged_into ON customer (merged_into_id)",
        # first contacts still owed, for the reminder and the handover
        "CREATE INDEX ix_customer_first_contact ON customer (first_contact_due)"
        " WHERE first_contact_at IS NULL",
        "CREATE INDEX ix_phone_number_tail ON phone_number (phone_tail)",
        "CREATE INDEX ix_customer_event_customer ON customer_event (customer_id, at)",
        "CREATE INDEX ix_customer_contact_customer ON customer_contact (customer_id, at)",
    ):
        db.execute_sql(statement)

"""The registration form's entry token: a save retried after its answer was lost (the
commit went through, the connection did not) finds the complaint instead of adding it twice.

Adds a nullable column and a unique index; rows registered before stay NULL.
"""


def up(migrator, db):
    db.execute_sql("ALTER TABLE complaint ADD COLUMN entry_token VARCHAR(36)")
    db.execute_sql("CREATE UNIQUE INDEX ix_complaint_entry_token ON complaint (entry_token)")

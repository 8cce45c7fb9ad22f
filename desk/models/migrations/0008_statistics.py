"""Statistics and hot spots (issue 9): indexes for the GROUP BY queries; no new tables.

The statistics read complaints by received_at (ix_complaint_received, from 0001) and these:
"""


def up(migrator, db):
    for statement in (
        # Member callback coverage and the "closed per day" series: complaints closed in a period.
        "CREATE INDEX ix_complaint_closed_at ON complaint (closed_at)",
        # Repeat-complaint rate: the same customer's complaints in the days before one.
        "CREATE INDEX ix_complaint_customer_received ON complaint (customer_id, received_at)",
        # Hot spots: the complaints (not inquiries) of the last days, without reading the
        # inquiries' rows, and so that the planner does not pick ix_complaint_kind alone.
        "CREATE INDEX ix_complaint_kind_received ON complaint (kind, received_at)",
    ):
        db.execute_sql(statement)

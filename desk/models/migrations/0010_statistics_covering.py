"""Covering indexes for the statistics (issue 9): a year's figures are read from the
indexes alone, in received_at or closed_at order, without visiting the complaint rows
(which are wide: the customer's account is in them).

They replace 0008's narrower closed_at and (customer_id, received_at) indexes.
"""


def up(migrator, db):
    for statement in (
        # The classification table and the rates of the complaints received in a period.
        "CREATE INDEX ix_complaint_stats_received ON complaint (received_at, kind, status,"
        " deadline, closed_at, category, channel, department_id, assigned_to_id,"
        " registered_by_id, customer_id, member_no, product_model, product_brand,"
        " product_name)",
        # Repeat complaints: the same customer's earlier complaints.
        "CREATE INDEX ix_complaint_stats_customer ON complaint (customer_id, received_at, kind,"
        " category, product_model)",
        # Member callback coverage and the closed-per-day series: complaints closed in a period.
        "CREATE INDEX ix_complaint_stats_closed ON complaint (closed_at, kind, member_no,"
        " registered_by_id, assigned_to_id)",
        "DROP INDEX ix_complaint_closed_at",
        "DROP INDEX ix_complaint_customer_received",
    ):
        db.execute_sql(statement)

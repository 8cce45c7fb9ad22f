"""Each complaint's transfer count and remedy total on its case row (issue 9).

The statistics count reassigned complaints and sum the money granted for a year of
complaints at a time; reading them from the case row they already join, instead of a
lookup into transfer and remedy per complaint, halves the time of the classification
table. desk.complaints.case_totals keeps them up to date where transfers and remedies are written;
this step fills them in for the rows already there.
"""

_CASE_ROW = ("INSERT INTO complaint_case (complaint_id, explanation, refusal_reason, evidence,"
             " cause_detail, responsible_person, reopen_count)"
             " SELECT DISTINCT x.complaint_id, '', '', '', '', '', 0 FROM {table} x"
             " WHERE NOT EXISTS (SELECT 1 FROM complaint_case cc"
             " WHERE cc.complaint_id = x.complaint_id)")


def up(migrator, db):
    for statement in (
        "ALTER TABLE complaint_case ADD COLUMN transfer_count INTEGER NOT NULL DEFAULT 0",
        "ALTER TABLE complaint_case ADD COLUMN remedy_total DECIMAL(12, 2)",
        # A complaint transferred before it was judged has no case row yet.
        _CASE_ROW.format(table="transfer"),
        _CASE_ROW.format(table="remedy"),
        "UPDATE complaint_case SET transfer_count = (SELECT COUNT(*) FROM transfer t"
        " WHERE t.complaint_id = complaint_case.complaint_id)"
        " WHERE complaint_id IN (SELECT complaint_id FROM transfer)",
        "UPDATE complaint_case SET remedy_total = (SELECT SUM(r.amount) FROM remedy r"
        " WHERE r.complaint_id = complaint_case.complaint_id)"
        " WHERE complaint_id IN (SELECT complaint_id FROM remedy)",
    ):
        db.execute_sql(statement)

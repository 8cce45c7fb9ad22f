"""The Chinese-aware search index over complaint text, filled from existing complaints.

Filled with the tokens of its time (_tokens_v1), so that step 0012 knows exactly what
it holds.
"""

from peewee import Table

from desk.models.migrations._tokens_v1 import v1_tokens
from desk.storage.backends import backend_for
from desk.storage.search_text import SEARCHABLE_FIELDS


def up(migrator, db):
    backend = backend_for(db)
    backend.create_search_index()
    complaint = Table("complaint", ("id", *SEARCHABLE_FIELDS)).bind(db)
    last_id = 0
    while True:
        rows = list(
            complaint.select(complaint.id, *(getattr(complaint, f) for f in SEARCHABLE_FIELDS))
            .where(complaint.id > last_id)
            .order_by(complaint.id)
            .limit(5000)
            .tuples()
        )
        if not rows:
            break
        backend.index_many([(row[0], v1_tokens(*row[1:])) for row in rows])
        last_id = rows[-1][0]

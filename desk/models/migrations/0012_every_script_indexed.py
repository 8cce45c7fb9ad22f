"""The search index learns every script: Arabic, Cyrillic, Korean, Japanese kana, ...

Until this step only Chinese characters and the letters a-z and digits were indexed, so
a name or an account in another script was stored intact but could not be found, and
accented letters split words. This step re-indexes just the complaints whose text holds
such letters (the others' tokens are unchanged); the index itself stays as it is.

It writes today's tokens (desk.storage.tokens) on purpose: the index must hold what
today's search asks for. A later change to the tokens brings its own step.
"""

import re
import unicodedata

from peewee import Table

from desk.models.migrations._tokens_v1 import HAN, v1_tokens
from desk.storage.backends import backend_for
from desk.storage.search_text import SEARCHABLE_FIELDS, complaint_tokens

# A letter the first tokens passed over: a word character that is neither a-z, a digit
# nor Chinese (accented Latin, Cyrillic, Arabic, kana, hangul, ...).
_NEWLY_INDEXED = re.compile(rf"[^\W_0-9a-z{HAN}]")
BATCH = 5000


def up(migrator, db):
    backend = backend_for(db)
    complaint = Table("complaint", ("id", *SEARCHABLE_FIELDS)).bind(db)
    last_id = 0
    while True:
        rows = list(
            complaint.select(complaint.id, *(getattr(complaint, f) for f in SEARCHABLE_FIELDS))
            .where(complaint.id > last_id)
            .order_by(complaint.id)
            .limit(BATCH)
            .tuples()
        )
        if not rows:
            break
        for complaint_id, *texts in rows:
            joined = unicodedata.normalize("NFKC", " ".join(t or "" for t in texts)).lower()
            if _NEWLY_INDEXED.search(joined):
                backend.index_complaint(complaint_id, complaint_tokens(*texts),
                                        old_tokens=v1_tokens(*texts))
        last_id = rows[-1][0]

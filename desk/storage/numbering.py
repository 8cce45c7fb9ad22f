"""The numbers on the desk's papers: store code + date + the day's sequence.

A complaint is S01-20261122-0007, its resolution slip S01-R-20261122-0003, its reply
letter S01-H-20261122-0001. Each paper
keeps one counter row per store and day (a DaySequence table), bumped with an upsert
inside the transaction that uses the number, so desks sharing a database never hand
out a number twice.
"""

import datetime
import re

from desk.models import ComplaintSequence, ReplySequence, SlipSequence

NUMBER_PATTERN = re.compile(r"^[A-Z0-9]{1,8}-\d{8}-\d{4,}$")

# paper -> (its counter table, the letters between the store code and the date)
PAPERS = {
    "complaint": (ComplaintSequence, ""),
    "slip": (SlipSequence, "R-"),
    "reply": (ReplySequence, "H-"),  # 答复函
}


def next_number(store_code: str, day: datetime.date, paper: str = "complaint") -> str:
    """Reserve the next number of `paper` (call inside the write transaction that uses it)."""
    sequence, infix = PAPERS[paper]
    day_text = day.strftime("%Y%m%d")
    query = (
        sequence.insert(store_code=store_code, day=day_text, last=1)
        .on_conflict(
            conflict_target=[sequence.store_code, sequence.day],
            update={sequence.last: sequence.last + 1},
        )
        .returning(sequence.last)
        .tuples()
    )
    (seq,) = next(iter(query.execute()))
    return f"{store_code}-{infix}{day_text}-{seq:04d}"


def looks_like_number(text: str) -> bool:
    """A whole or partial complaint number (what a scanner or a clerk types)."""
    return bool(re.match(r"^[A-Z0-9]{1,8}-\d{1,8}(-\d*)?$", text))

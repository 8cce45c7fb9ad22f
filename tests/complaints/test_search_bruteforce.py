"""The search box against a brute-force scan: the same complaints, newest first.

Random data from a seeded generator (demo complaints, plus complaints of a tiny
Chinese alphabet whose character pairs occur everywhere but rarely in a row, plus
edits that re-index), many random queries; every page is followed to the end.
"""

import datetime
import random
import re
import unicodedata

import pytest

from desk.complaints import editing, registration, search
from desk.demo import populate as demo
from desk.models import Complaint, now
from desk.storage.search_text import SEARCHABLE_FIELDS
from desk.validation import normalize_phone

TINY_ALPHABET = "空调漏水闪屏修坏"
CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
LATIN = re.compile(r"[0-9a-z]+")


def norm(text: str) -> str:
    return unicodedata.normalize("NFKC", text or "").lower()


def plain_text(c: Complaint) -> str:
    # Fields apart: a word never runs from one field into the next.
    return "\n".join(norm(str(getattr(c, f) or "")) for f in SEARCHABLE_FIELDS)


def expected_ids(query: str, complaints: list[Complaint]) -> list[int]:
    """What a clerk expects: every Chinese run of the query occurs as typed, every latin
    or digit word occurs as a whole word; numbers and phones by their own rules."""
    q = search.clean_query(query)
    how = search.classify(q)
    if how == "empty":
        return []
    if how == "number":
        # A number prefix lists the newest number first (see desk.complaints.search._by_number).
        full = re.fullmatch(r"[A-Z0-9]{1,8}-\d{8}-\d{4,}", q)
        hits = [c for c in complaints if (c.number == q if full else c.number.startswith(q))]
        return [c.id for c in sorted(hits, key=lambda c: c.number, reverse=True)]
    elif how == "phone":
        hits = [c for c in complaints if c.phone == normalize_phone(q)]
    elif how == "phone_tail":
        hits = [c for c in complaints if c.phone.endswith(q)]
    else:
        runs, words = CJK.findall(norm(q)), LATIN.findall(norm(q))
        if not runs and not words:
            return []

        def matches(text):
            return all(r in text for r in runs) and all(
                re.search(rf"(?<![0-9a-z]){w}(?![0-9a-z])", text) for w in words)

        hits = [c for c in complaints if matches(plain_text(c))]
    return sorted((c.id for c in hits), reverse=True)


def all_pages(query: str, limit: int) -> list[int]:
    ids, before = [], None
    while True:
        page = search.search(query, before_id=before, limit=limit)
        ids.extend(page.ids)
        if not page.more:
            return ids
        before = page.ids[-1]


def tiny_text(rng: random.Random) -> str:
    return "".join(rng.choice(TINY_ALPHABET) for _ in range(rng.randint(4, 24)))


@pytest.fixture
def data(store):
    rng = random.Random(20261124)
    demo.populate(220, seed=7)
    for i in range(60):
        registration.register(
            registration.ComplaintInput(
                category=rng.choice(("product_quality", "repair", "delivery")),
                complainant_name=rng.choice(("张伟", "王芳", "李娜", "赵敏")) + rng.choice("大小"),
                phone=f"13{rng.randint(0, 9)}{rng.randrange(10**8):08d}",
                account=tiny_text(rng) + "，" + tiny_text(rng),
                product_model=rng.choice(("KFR-35GW/N1", "65E3F", "Mate 60 Pro", "ＫＦＲ-26GW", "")),
                order_no=f"DD{i:03d}{rng.randrange(1000)}",
                demand_detail=rng.choice(("", tiny_text(rng), "要求换新机")),
                # Some typed in later for an earlier day: number order is not id order.
                received_at=now() - datetime.timedelta(days=rng.randrange(1, 900))
                if i % 4 == 0 else None,
            ),
            store.clerk, store.desk,
        )
    # Edits re-index: the old words must stop matching, the new ones start.
    for c in Complaint.select().order_by(Complaint.id).limit(25):
        editing.update_complaint(c.id, c.version, {"account": tiny_text(rng) + "空调闪烁"},
                                 store.clerk, store.desk)
    return rng, list(Complaint.select())


def random_queries(rng: random.Random, complaints: list[Complaint]) -> list[str]:
    queries = []
    texts = [plain_text(c) for c in complaints]
    runs = [r for t in texts for r in CJK.findall(t)]
    for length in (1, 2, 3, 4, 5):
        for _ in range(14):
            run = rng.choice([r for r in runs if len(r) >= length])
            start = rng.randrange(len(run) - length + 1)
            queries.append(run[start:start + length])
    # Words of the tiny alphabet: their pairs are everywhere, the words themselves rarely.
    queries += ["".join(rng.choice(TINY_ALPHABET) for _ in range(rng.randint(3, 6)))
                for _ in range(25)]
    queries += ["蓝牙耳机", "鑫", "量子", "空调 漏水", "格力KFR", "kfr", "35GW", "KFR-35GW/N1",
                "mate 60", "ｋｆｒ", "65e3f", "n1", "xyz", "DD0071", "2", "S01-", "S01-2"]
    sample = rng.sample(complaints, 12)
    queries += [c.phone[-4:] for c in sample] + [c.phone for c in sample]
    queries += [c.phone[:3] + " " + c.phone[3:7] + "-" + c.phone[7:] for c in sample[:3]]
    queries += [c.number for c in sample] + [c.number.lower() + "\n" for c in sample[:2]]
    backdated = [c for c in complaints if c.received_at.date() < c.created_at.date()]
    sample += rng.sample(backdated, 4)
    queries += [c.number[:8] for c in sample] + [c.number[:12] for c in sample]
    queries += [c.number[:-1] for c in sample[:4]]
    queries += [(c.order_no or "x") for c in sample]
    queries += [c.complainant_name for c in sample]
    return queries


def test_search_finds_exactly_what_a_scan_finds_newest_first(data):
    rng, complaints = data
    checked = 0
    for query in random_queries(rng, complaints):
        expected = expected_ids(query, complaints)
        found = all_pages(query, limit=rng.choice((7, 50)))
        assert found == expected, query
        n, more = search.count(query)
        assert (n, more) == (len(expected), False), query
        checked += bool(expected)
    assert checked > 100  # most queries do find something


def test_count_caps_and_says_there_is_more(data):
    _, complaints = data
    word = "顾客"
    expected = expected_ids(word, complaints)
    assert len(expected) > 10
    assert search.count(word, cap=10) == (10, True)
    assert search.count(word, cap=len(expected)) == (len(expected), False)

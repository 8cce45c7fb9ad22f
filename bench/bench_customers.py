"""Customer records at scale: 300,000 customers and 20 clerks.

    python bench/bench_customers.py [--db URL] [--customers 300000] [--repeat 20]

Loads the customers straight into a fresh database (bulk insert), then times, warm:
the balanced-assignment proposal for every unassigned customer (target < 2 s), applying
it in one transaction, and the customer list's searches (name prefix, phone, phone tail,
member no., the first page of everyone), as medians. See bench/README.md.
"""

import argparse
import random
import statistics as stats_lib
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from desk.customers import assignment, search  # noqa: E402
from desk.models import Customer, now  # noqa: E402
from desk.staff import auth  # noqa: E402
from desk.storage import db  # noqa: E402

SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华"
TAGS = ("", "", "", "", "", "", "vip", "elderly", "sensitive", "vip,elderly")


def load(customers: int, rng: random.Random) -> None:
    boss = auth.set_up_store("基准商场", "S01", "boss", "王主管", "2468")
    for i in range(20):
        clerk = auth.add_staff(f"c{i:02d}", f"店员{i:02d}", "1357", by=boss)
        auth.update_staff(clerk.id, boss, ability_level=1 + i % 3)
    at = now()
    rows = []
    for i in range(customers):
        phone = f"13{i:09d}"
        name = rng.choice(SURNAMES) + rng.choice(GIVEN) + (rng.choice(GIVEN) if i % 2 else "")
        rows.append((name, phone, phone[-4:], f"M{i:07d}" if i % 3 == 0 else None, False, at,
                     rng.choice(TAGS)))
    with db.write_transaction():
        for start in range(0, len(rows), 20_000):
            db.backend().bulk_insert("customer", ("name", "phone", "phone_tail", "member_no",
                                                  "declines_callbacks", "created_at", "tags"),
                                     rows[start:start + 20_000])
    db.backend().after_bulk_load()


def median_ms(fn, repeat: int) -> float:
    fn()
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return round(stats_lib.median(times) * 1000, 1)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", help="an empty database's URL (default: a new SQLite file)")
    parser.add_argument("--customers", type=int, default=300_000)
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args(argv)
    url = args.db or f"sqlite:///{tempfile.mkdtemp()}/customers.sqlite3"
    db.connect(url)
    rng = random.Random(1)
    started = time.perf_counter()
    load(args.customers, rng)
    print(f"loaded {Customer.select().count():,} customers in "
          f"{time.perf_counter() - started:.1f} s ({db.backend().name})")
    boss = auth.sign_in("boss", "2468")
    times = []
    for _ in range(3):
        start = time.perf_counter()
        proposal = assignment.propose(assignment.UNASSIGNED, boss)
        times.append(time.perf_counter() - start)
    print(f"proposal for {proposal.moved:,} customers: median {stats_lib.median(times):.2f} s "
          f"(target < 2 s) {'ok' if stats_lib.median(times) < 2 else 'MISSED'}")
    start = time.perf_counter()
    assignment.apply(proposal, boss, "基准台")
    print(f"applied in one transaction: {time.perf_counter() - start:.1f} s")
    print("shares:", ", ".join(f"L{s.level}:{s.after}" for s in proposal.shares[:6]), "...")
    cases = {"everyone, first page": "", "name prefix 王伟": "王伟", "surname 李": "李",
             "whole phone": "13000123456", "phone tail": "3456", "member no.": "M0000300"}
    for label, text in cases.items():
        ms = median_ms(lambda t=text: search.search(t), args.repeat)
        print(f"search {label:<22} {ms:7.1f} ms (first page of {search.PAGE})")
    ms = median_ms(lambda: assignment.my_customers(proposal.shares[0].staff_id), args.repeat)
    print(f"my customers, first page  {ms:7.1f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""The head office's statistics over a chain of stores (issue 17, part 2).

    python bench/bench_chain.py --head postgresql://desk@127.0.0.1:5432/postgres \
        --stores 10 --complaints 1000000 [--repeat 3]

Builds the first store's database at the head office (`desk_store_c01`, demo data with
their lifecycle rows, like bench/bench.py) and the others as copies of it (CREATE
DATABASE ... TEMPLATE: the same data under other store codes, so the chain holds
stores × complaints), then times desk.chain.figures.compute() for the last full month
and the last full year, warm, and prints the median with the target (year < 3 s).
"""

import argparse
import datetime
import statistics as stats_lib
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench import build  # noqa: E402 - bench/bench.py, beside this script
from desk import settings  # noqa: E402
from desk.chain import admin, stores  # noqa: E402
from desk.chain import figures as chain_figures  # noqa: E402
from desk.statistics import periods  # noqa: E402
from desk.storage import db  # noqa: E402

TARGETS = {"year": 3.0}  # issue 17: the chain's year; the month is shown beside it


def make_chain(head: str, count: int, complaints: int) -> list[stores.Store]:
    first = stores.ensure_database(head, "C01")
    build(first, complaints, 1)
    with db.write_transaction():
        settings.put("store_code", "C01")
    db.close()
    for n in range(2, count + 1):
        code = f"C{n:02d}"
        name = stores.database_name(code)
        with admin.autocommit(head) as cursor:
            cursor.execute("SELECT 1 FROM pg_database WHERE datname = %s", (name,))
            if cursor.fetchone() is None:
                started = time.monotonic()
                cursor.execute(f'CREATE DATABASE "{name}" TEMPLATE "desk_store_c01"')
                print(f"  {name}: copied in {time.monotonic() - started:.0f} s", flush=True)
        db.connect(admin.with_database(head, name), migrate=False)
        with db.write_transaction():
            settings.put("store_code", code)
            settings.put("store_name", f"门店{n}")
        db.close()
    return [s for s in stores.stores(head) if s.code in {f"C{n:02d}" for n in
                                                         range(1, count + 1)}]


def timed(chain: list[stores.Store], period: periods.Period, repeat: int) -> dict:
    chain_figures.compute(chain, period)  # warm-up
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        chain_figures.compute(chain, period)
        times.append(time.perf_counter() - started)
    return {"median_s": stats_lib.median(times), "max_s": max(times)}


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--head", required=True, help="the head office's server (superuser)")
    parser.add_argument("--stores", type=int, default=10)
    parser.add_argument("--complaints", type=int, default=1_000_000, help="per store")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    chain = make_chain(args.head, args.stores, args.complaints)
    now = datetime.datetime.now()
    print(f"chain of {len(chain)} stores x {args.complaints:,} complaints", flush=True)
    for name, period in {"month": periods.last_month(now),
                         "year": periods.year(now.year - 1)}.items():
        result = timed(chain, period, args.repeat)
        target = TARGETS.get(name)
        verdict = "" if target is None else (
            f" (target < {target:.0f} s: {'ok' if result['median_s'] < target else 'SLOW'})")
        print(f"  {name:<5} {period.start:%Y-%m-%d}..{period.last_day:%Y-%m-%d}:"
              f" median {result['median_s']:.2f} s, max {result['max_s']:.2f} s,"
              f" {result['median_s'] / len(chain):.3f} s per store{verdict}", flush=True)
    db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""The statistics window's compute() on a database of a million complaints.

    python bench/bench_statistics.py --db URL --complaints 1000000 [--repeat 3]

Builds the demo database like bench/bench.py (with the lifecycle rows the statistics read:
case facts, transfers, remedies, callbacks; desk.demo.lifecycle). Then times compute() for the
last full month, the last full year and the last five years (each with the period before
it), warm, from the closed months' aggregates and from the complaints alone
(use_aggregates=False) in the same run, checks that both give the same figures, and prints
the medians, their ratio and the targets. The first compute() with aggregates builds the
months not built yet (a fresh or upgraded database): that time is printed apart. See
bench/README.md.
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
from desk import config  # noqa: E402
from desk.models import Complaint  # noqa: E402
from desk.statistics import figures as statistics  # noqa: E402
from desk.statistics import periods  # noqa: E402
from desk.storage import db  # noqa: E402

# Targets with aggregates (issue 20); the raw computation's were 1 s and 3 s (issue 9).
TARGETS = {"month": 0.3, "year": 0.5, "five years": 1.0}


def timed_compute(period: periods.Period, repeat: int, now, aggregated: bool) -> dict:
    started = time.perf_counter()
    first = statistics.compute(period, now=now, use_aggregates=aggregated)  # warm-up
    first_s = time.perf_counter() - started
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        result = statistics.compute(period, now=now, use_aggregates=aggregated)
        times.append(time.perf_counter() - started)
    return {"median_s": stats_lib.median(times), "max_s": max(times), "first_s": first_s,
            "result": result if result == first else None}


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", help="SQLite path or postgresql:// URL (default: desk's own)")
    parser.add_argument("--complaints", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    url = config.database_url(args.db)
    build(url, args.complaints, args.seed)  # the demo data come with their lifecycle rows
    total = Complaint.select().count()
    now = datetime.datetime.now()
    this_year = periods.year(now.year)
    cases = {"month": periods.last_month(now), "year": periods.year(now.year - 1),
             "five years": periods.Period(periods.year(now.year - 5).start, this_year.start)}
    print(f"{db.backend().name}: {total:,} complaints; compute() = table, previous table, rates,"
          " previous rates, money, series, hot spots", flush=True)
    for name, period in cases.items():
        received = statistics.classification(period, now=now,
                                             use_aggregates=False).total.received
        aggregated = timed_compute(period, args.repeat, now, True)
        raw = timed_compute(period, args.repeat, now, False)
        same = aggregated["result"] is not None and aggregated["result"] == raw["result"]
        ok = "ok" if aggregated["median_s"] <= TARGETS[name] else "SLOW"
        print(f"  {name:<10} {period.start:%Y-%m-%d}..{period.last_day:%Y-%m-%d}"
              f" ({received:,} received): aggregates median {aggregated['median_s']:.3f} s,"
              f" max {aggregated['max_s']:.3f} s (target <= {TARGETS[name]} s: {ok});"
              f" raw median {raw['median_s']:.2f} s, max {raw['max_s']:.2f} s;"
              f" ratio {raw['median_s'] / aggregated['median_s']:.1f}x;"
              f" same figures: {'yes' if same else 'NO'};"
              f" first call with aggregates (building months) {aggregated['first_s']:.1f} s",
              flush=True)
    db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())

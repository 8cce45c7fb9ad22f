"""The statistics window's compute() on a database of a million complaints.

    python bench/bench_statistics.py --db URL --complaints 1000000 [--repeat 3]

Builds the demo database like bench/bench.py (with the lifecycle rows the statistics read:
case facts, transfers, remedies, callbacks; desk.demo.lifecycle). Then times compute() for the
last full month and the last full year (each with the period before it), warm, and prints
the median with the targets (< 1 s and < 3 s). See bench/README.md.
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

TARGETS = {"month": 1.0, "year": 3.0}

def timed_compute(period: periods.Period, repeat: int) -> dict:
    statistics.compute(period)  # warm-up
    times, steps = [], []
    for _ in range(repeat):
        marks = [time.perf_counter()]
        statistics.compute(period, progress=lambda done, total, m=marks: m.append(
            time.perf_counter()))
        times.append(marks[-1] - marks[0])
        steps.append([b - a for a, b in zip(marks, marks[1:], strict=False)])
    return {"median_s": stats_lib.median(times), "max_s": max(times),
            "steps_s": [round(stats_lib.median(s), 3) for s in zip(*steps, strict=True)]}


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
    cases = {"month": periods.last_month(now), "year": periods.year(now.year - 1)}
    print(f"{db.backend().name}: {total:,} complaints; compute() = table, previous table, rates,"
          " previous rates, money, series, hot spots", flush=True)
    for name, period in cases.items():
        received = statistics.classification(period).total.received
        result = timed_compute(period, args.repeat)
        ok = "ok" if result["median_s"] < TARGETS[name] else "SLOW"
        print(f"  {name:<5} {period.start:%Y-%m-%d}..{period.last_day:%Y-%m-%d}"
              f" ({received:,} received): median {result['median_s']:.2f} s,"
              f" max {result['max_s']:.2f} s (target < {TARGETS[name]:.0f} s: {ok});"
              f" steps {result['steps_s']}", flush=True)
    db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())

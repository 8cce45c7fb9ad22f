"""The statistics window's compute() on a database of a million complaints.

    python bench/bench_statistics.py --db URL --complaints 1000000 [--repeat 3]

Builds the demo database like bench/bench.py, then adds what the demo leaves out and the
statistics read (case facts, transfers, remedies, callbacks) with INSERT ... SELECT over
the complaints, derived from each complaint's id and status. Then times compute() for the
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
from desk import config, db, periods, statistics  # noqa: E402
from desk.models import Complaint, ComplaintCase  # noqa: E402

TARGETS = {"month": 1.0, "year": 3.0}

# The demo's complaints past judgment, with their case facts derived from the id: ~1 in 6
# answered when closed (often after the deadline), 1 in 50 reopened, a cause for each.
COMPANIONS = [
    ("complaint_case",
     "INSERT INTO complaint_case (complaint_id, judgment, explanation, refusal_reason, evidence,"
     " cause, cause_detail, responsible_person, answered_at, reopen_count)"
     " SELECT id, CASE WHEN status = 'explained' THEN 'not_founded'"
     " WHEN status = 'refused' THEN 'unreasonable' ELSE 'founded' END, '', '', '',"
     " CASE id % 7 WHEN 0 THEN 'product_quality' WHEN 1 THEN 'service'"
     " WHEN 2 THEN 'communication' WHEN 3 THEN 'delivery_installation'"
     " WHEN 4 THEN 'third_party' WHEN 5 THEN 'customer_misunderstanding' ELSE 'other' END,"
     " '', '',"
     " CASE WHEN status IN ('agreed', 'carried_out', 'callback_pending', 'closed')"
     " THEN CASE WHEN id % 6 = 0 THEN COALESCE(closed_at, updated_at) ELSE received_at END END,"
     " CASE WHEN id % 50 = 0 THEN 1 ELSE 0 END"
     " FROM complaint WHERE kind = 'complaint' AND status <> 'registered'"),
    ("transfer",
     "INSERT INTO transfer (complaint_id, from_department_id, to_department_id, reason, by_id,"
     " at) SELECT id, department_id, department_id, 'bench', registered_by_id, received_at"
     " FROM complaint WHERE department_id IS NOT NULL AND id % 20 = 0"),
    ("remedy",
     "INSERT INTO remedy (complaint_id, position, kind, amount, text)"
     " SELECT id, 1, CASE id % 4 WHEN 0 THEN 'refund' WHEN 1 THEN 'gift'"
     " WHEN 2 THEN 'discount' ELSE 'cash_compensation' END, (id % 30) * 10 + 10, ''"
     " FROM complaint WHERE kind = 'complaint'"
     " AND status IN ('agreed', 'carried_out', 'callback_pending', 'closed')"),
    ("callback",
     "INSERT INTO callback (complaint_id, customer_id, purpose, topic, due_at, window_end,"
     " customer_time, attempt, outbound, created_by_id, created_at, state, done_at, done_by_id,"
     " method, outcome, score, notes, desk, version)"
     " SELECT id, customer_id, 'resolution', '', closed_at,"
     " CASE WHEN id % 8 = 0 THEN received_at ELSE closed_at END, false, 1, false,"
     " registered_by_id, closed_at, 'done', closed_at, registered_by_id, 'phone',"
     " CASE id % 10 WHEN 0 THEN 'unreachable' WHEN 1 THEN 'dissatisfied'"
     " WHEN 2 THEN 'basically_satisfied' ELSE 'satisfied' END,"
     " CASE WHEN id % 10 = 0 THEN NULL ELSE 1 + id % 5 END, '', 'bench', 1"
     " FROM complaint WHERE kind = 'complaint' AND status = 'closed' AND closed_at IS NOT NULL"
     " AND id % 3 <> 0"),
]


def add_companions() -> None:
    if ComplaintCase.select().limit(1).count():
        return
    started = time.monotonic()
    with db.write_transaction():
        for table, sql in COMPANIONS:
            db.backend().db.execute_sql(sql)
            print(f"  {table}: {time.monotonic() - started:.0f} s", flush=True)
    db.backend().after_bulk_load()


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
    build(url, args.complaints, args.seed)
    add_companions()
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

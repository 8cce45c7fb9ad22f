"""Search, worklist and start-up latencies on a database of a million complaints.

    python bench/bench.py --db URL --complaints 1000000 [--repeat 50]

Builds the database first if it holds fewer complaints (desk.demo.populate; a
PostgreSQL database named in the URL is created if missing), then times each kind
of query warm, with a different query word each run where that makes sense, and
prints medians and p95 beside the same searches done as a LIKE '%...%' scan.
Results also go to bench/out/<backend>-<time>.json. See bench/README.md.
"""

import argparse
import datetime
import json
import os
import random
import re
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from desk import config  # noqa: E402
from desk.complaints import search, worklist  # noqa: E402
from desk.demo import populate as demo  # noqa: E402
from desk.models import Complaint, Staff  # noqa: E402
from desk.storage import db  # noqa: E402
from desk.storage.search_text import SEARCHABLE_FIELDS  # noqa: E402

TARGET_SEARCH_P95_MS = 50
TARGET_RATIO = 20
TARGET_PAGE_MS = 100
TARGET_STARTUP_MS = 2000

# Words of the demo texts (desk/demo/text.py), common and rare, rotated run by run.
WORDS_2 = ["空调", "冰箱", "漏水", "闪烁", "送货", "安装", "发票", "赠品", "态度", "噪音",
           "黑屏", "积分", "主板", "延保", "停车", "烤箱"]
WORDS_1 = ["闪", "漏", "噪", "冷", "修", "退", "坏", "烫", "裂", "慢", "锅"]
PHRASES = ["屏幕闪烁", "送货延误", "安装师傅态度差", "不制冷", "赠品未兑现", "发票开错",
           "外机噪音大", "滤芯提示错误", "冷藏室结冰", "扫地机器人", "蓝牙耳机没声音"]


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def timed(fn, queries: list, repeat: int, per_query: dict | None = None):
    """ms per call over `repeat` calls, cycling through queries; one warm-up pass first.

    per_query, if given, collects each query's own times (the JSON shows them)."""
    for q in queries:
        fn(q)
    times, result = [], None
    for i in range(repeat):
        q = queries[i % len(queries)]
        start = time.perf_counter()
        result = fn(q)
        times.append((time.perf_counter() - start) * 1000)
        if per_query is not None:
            per_query.setdefault(str(q), []).append(times[-1])
    return times, result


def summary(times: list[float]) -> dict:
    return {"median_ms": round(statistics.median(times), 3), "p95_ms": round(pct(times, 0.95), 3),
            "max_ms": round(max(times), 3), "runs": len(times)}


# -- the database --------------------------------------------------------------------

def ensure_postgres_database(url: str) -> None:
    import psycopg2

    try:
        psycopg2.connect(url).close()
        return
    except psycopg2.OperationalError as exc:
        if "does not exist" not in str(exc):
            raise
    name = url.rsplit("/", 1)[1].split("?")[0]
    admin = psycopg2.connect(url.rsplit("/", 1)[0] + "/postgres")
    admin.autocommit = True
    with admin.cursor() as cur:
        cur.execute(f'CREATE DATABASE "{name}" TEMPLATE template0 ENCODING \'UTF8\'')
    admin.close()


def build(url: str, complaints: int, seed: int) -> dict:
    if url.startswith("postgres"):
        ensure_postgres_database(url)
    db.connect(url)
    have = Complaint.select().count()
    info = {"had": have, "added": 0, "build_s": 0.0}
    if have < complaints:
        print(f"building: {have:,} complaints present, adding {complaints - have:,} ...",
              flush=True)
        started = time.monotonic()
        last = [0.0]

        def progress(done, total):
            if time.monotonic() - last[0] > 10 or done == total:
                last[0] = time.monotonic()
                print(f"  {done:,}/{total:,}  {time.monotonic() - started:.0f} s", flush=True)

        demo.populate(complaints - have, seed=seed + have, progress=progress)
        info.update(added=complaints - have, build_s=round(time.monotonic() - started, 1))
    return info


# -- LIKE scans: the same searches without the index -----------------------------------

def like_scan(columns: list[str], pattern_of):
    conn = db.current()
    where = " OR ".join(f'"{c}" LIKE {conn.db.param}' for c in columns)
    sql = f'SELECT id FROM complaint WHERE {where} ORDER BY id DESC LIMIT 50'

    def run(q):
        pattern = pattern_of(q)
        return [r[0] for r in conn.db.execute_sql(sql, [pattern] * len(columns))]

    return run


def text_like(q: str) -> str:
    return "%" + q + "%"


# -- the measurements ------------------------------------------------------------------

def sample_values(rng: random.Random, n: int) -> dict:
    top = Complaint.select(Complaint.id).order_by(Complaint.id.desc()).first().id
    ids = [rng.randrange(1, top + 1) for _ in range(n)]
    rows = list(Complaint.select(Complaint.number, Complaint.phone).where(Complaint.id.in_(ids)))
    days = sorted({r.number.split("-")[1] for r in rows})
    return {
        "numbers": [r.number for r in rows],
        "phones": [r.phone for r in rows],
        "tails": [r.phone[-4:] for r in rows],
        "prefixes": [f"S01-{d[:6]}" for d in days[::2]] + [f"S01-{d}" for d in days[1::2]],
    }


def search_cases(values: dict) -> list[tuple]:
    """(name, queries, how the LIKE scan reads them)."""
    text = (list(SEARCHABLE_FIELDS), text_like)
    return [
        ("2-character word", WORDS_2, text),
        ("1-character word", WORDS_1, text),
        ("3+ character phrase", PHRASES, text),
        ("phone, last 4 digits", values["tails"], (["phone"], lambda q: "%" + q)),
        ("phone, full", values["phones"], (["phone"], text_like)),
        ("complaint number", values["numbers"], (["number"], text_like)),
        ("number prefix", values["prefixes"], (["number"], text_like)),
    ]


def bench_search(values: dict, repeat: int, like_repeat: int) -> list[dict]:
    rows = []
    for name, queries, (columns, pattern_of) in search_cases(values):
        by_query: dict = {}
        indexed, _ = timed(lambda q: search.search(q).ids, queries, repeat, by_query)
        scan = like_scan(columns, pattern_of)
        like_by_query: dict = {}
        scanned, _ = timed(scan, queries, like_repeat, like_by_query)
        for q in queries[:3]:  # the index and the scan agree on the first page
            if set(search.search(q).ids) != set(scan(q)):
                print(f"  note: {name} {q!r}: index and LIKE scan differ", flush=True)
        counts, hits = timed(lambda q: search.count(q), queries, max(5, repeat // 5))
        row = {"case": name, "queries": queries[:6], "search": summary(indexed),
               "like": summary(scanned), "count": summary(counts),
               "per_query_median_ms": {
                   q: [round(statistics.median(t), 3),
                       round(statistics.median(like_by_query[q]), 3) if q in like_by_query
                       else None]
                   for q, t in by_query.items()}}
        row["ratio_median"] = round(row["like"]["median_ms"] / row["search"]["median_ms"], 1)
        row["ratio_p95"] = round(row["like"]["p95_ms"] / row["search"]["p95_ms"], 1)
        row["last_hits"] = f"{hits[0]}{'+' if hits[1] else ''}"
        rows.append(row)
        print(f"  {name}: search p95 {row['search']['p95_ms']} ms, like p95 "
              f"{row['like']['p95_ms']} ms", flush=True)
    return rows


def bench_worklist(repeat: int) -> list[dict]:
    clerk = Staff.get_or_none(Staff.code == "c01") or Staff.select().first()
    filters = [
        ("open", worklist.WorklistFilter(open_only=True)),
        ("mine (c01, open)", worklist.WorklistFilter(open_only=True, mine_id=clerk.id)),
        ("all", worklist.WorklistFilter(open_only=False)),
    ]
    rows = []
    for name, flt in filters:
        first, _ = timed(lambda f: worklist.page(f), [flt], repeat)
        # Walk to page 100 the way the list does (keyset), then time that page.
        before, pages = None, 1
        while pages < 100:
            got = worklist.page(flt, before_id=before)
            if len(got) < worklist.PAGE_SIZE:
                break
            before, pages = got[-1].id, pages + 1
        deep, got = timed(lambda b, f=flt: worklist.page(f, before_id=b), [before], repeat)
        rows.append({"filter": name, "page_1": summary(first), "page_n": summary(deep),
                     "page_n_number": pages, "page_n_rows": len(got)})
    return rows


def bench_startup(url: str, runs: int) -> dict:
    env = dict(os.environ, DESK_SIGN_IN_CODE="admin", DESK_SIGN_IN_PIN="1234",
               QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    times, wall, problem = [], [], None
    for _ in range(runs):
        started = time.perf_counter()
        proc = subprocess.run([sys.executable, "-m", "desk", "--db", url, "--quit-after-start"],
                              cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
        wall.append((time.perf_counter() - started) * 1000)
        found = re.search(r"startup_ms=([\d.]+)", proc.stdout)
        if not found:
            tail = (proc.stderr or proc.stdout).strip().splitlines()[-1:] or [""]
            problem = f"no startup_ms in the output (exit {proc.returncode}): {tail[0][:160]}"
            break
        times.append(float(found.group(1)))
    if problem:
        return {"pending": problem}
    return {"startup": summary(times), "process_wall": summary(wall)}


# -- output --------------------------------------------------------------------------

def mark(ok: bool) -> str:
    return "ok" if ok else "MISSED"


def print_report(result: dict) -> None:
    print()
    print(f"== {result['backend']}: {result['complaints']:,} complaints, "
          f"{result['repeat']} runs per case (LIKE: {result['like_repeat']}) ==")
    head = (f"{'search (first page of 50)':<24}{'median':>9}{'p95':>9}{'LIKE med':>10}"
            f"{'LIKE p95':>10}{'x med':>8}{'x p95':>8}{'count p95':>11}  targets")
    print(head)
    print("-" * len(head))
    for r in result["search"]:
        ok = r["search"]["p95_ms"] < TARGET_SEARCH_P95_MS and r["ratio_p95"] >= TARGET_RATIO
        print(f"{r['case']:<24}{r['search']['median_ms']:>9.2f}{r['search']['p95_ms']:>9.2f}"
              f"{r['like']['median_ms']:>10.1f}{r['like']['p95_ms']:>10.1f}"
              f"{r['ratio_median']:>8.0f}{r['ratio_p95']:>8.0f}{r['count']['p95_ms']:>11.2f}"
              f"  {mark(ok)}")
    print()
    print(f"{'worklist (100 rows)':<24}{'p1 med':>9}{'p1 p95':>9}{'deep med':>10}{'deep p95':>10}"
          f"{'page':>8}")
    for r in result["worklist"]:
        ok = max(r["page_1"]["p95_ms"], r["page_n"]["p95_ms"]) < TARGET_PAGE_MS
        print(f"{r['filter']:<24}{r['page_1']['median_ms']:>9.2f}{r['page_1']['p95_ms']:>9.2f}"
              f"{r['page_n']['median_ms']:>10.2f}{r['page_n']['p95_ms']:>10.2f}"
              f"{r['page_n_number']:>8}  {mark(ok)}")
    print()
    s = result["startup"]
    if "pending" in s:
        print(f"start-up: PENDING - {s['pending']}")
    else:
        ok = s["startup"]["p95_ms"] < TARGET_STARTUP_MS
        print(f"start-up to main window: median {s['startup']['median_ms']:.0f} ms, p95 "
              f"{s['startup']['p95_ms']:.0f} ms (process wall median "
              f"{s['process_wall']['median_ms']:.0f} ms)  {mark(ok)}")
    print(f"targets: search p95 < {TARGET_SEARCH_P95_MS} ms and >= {TARGET_RATIO}x the LIKE scan "
          f"(x p95 = LIKE p95 / search p95); worklist < {TARGET_PAGE_MS} ms; "
          f"start-up < {TARGET_STARTUP_MS} ms")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", help="SQLite path or postgresql:// URL (default: desk's own)")
    parser.add_argument("--complaints", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=50)
    parser.add_argument("--like-repeat", type=int, default=None,
                        help="runs of each LIKE scan (default: --repeat)")
    parser.add_argument("--startup-runs", type=int, default=5)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--out", default=str(ROOT / "bench" / "out"))
    args = parser.parse_args(argv)
    url = config.database_url(args.db)
    like_repeat = args.like_repeat or args.repeat
    build_info = build(url, args.complaints, args.seed)
    conn = db.current()
    total = Complaint.select().count()
    print(f"database: {config.strip_password(url)} ({conn.backend.name}), {total:,} complaints",
          flush=True)
    values = sample_values(random.Random(args.seed), 200)
    result = {
        "backend": conn.backend.name, "url": config.strip_password(url), "complaints": total,
        "repeat": args.repeat, "like_repeat": like_repeat, "build": build_info,
        "when": datetime.datetime.now().isoformat(timespec="seconds"),
        "search": bench_search(values, args.repeat, like_repeat),
        "worklist": bench_worklist(args.repeat),
    }
    db.close()
    result["startup"] = bench_startup(url, args.startup_runs)
    print_report(result)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    path = out / f"{result['backend']}-{total}-{time.strftime('%Y%m%d-%H%M%S')}.json"
    path.write_text(json.dumps(result, ensure_ascii=False, indent=2), encoding="utf-8")
    print(f"written: {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

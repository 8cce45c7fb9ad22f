"""Start-up of desk from the source (the checkout's .venv) beside the PyInstaller bundle,
and the size of what is shipped.

    .venv/bin/python bench/bench_startup.py [--runs 7] [--build]

--build first makes the wheel (python -m build, into bench/out/) and the bundle
(tools/build-bundle, into dist/desk/) and times both builds. Then both programs start
`--runs` times, after one warm-up run each, on the same demo database (made once with
`desk demo`), signed in from the environment, with `--quit-after-start`: it reports
startup_ms, the time from the process's start until the main window shows. The wall
time of the whole process (start to exit) is measured here as well. Medians are printed
and everything is written to bench/out/startup-<time>.json.
"""

import argparse
import json
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BUNDLE = ROOT / "dist" / "desk"
OUT = ROOT / "bench" / "out"


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def timed_build(command: list, **kwargs) -> float:
    started = time.perf_counter()
    subprocess.run([str(c) for c in command], cwd=ROOT, check=True, capture_output=True,
                   **kwargs)
    return time.perf_counter() - started


def start_times(program: list, database: Path, env: dict, runs: int) -> dict:
    """startup_ms as the program reports it and the process's wall time, warm."""
    reported, wall = [], []
    for i in range(runs + 1):
        started = time.perf_counter()
        done = subprocess.run([*map(str, program), "--db", str(database), "--quit-after-start"],
                              env=env, capture_output=True, text=True, timeout=120)
        elapsed = (time.perf_counter() - started) * 1000
        found = re.search(r"startup_ms=([\d.]+)", done.stdout)
        if done.returncode != 0 or not found:
            raise SystemExit(f"{program[0]} failed ({done.returncode}): {done.stderr[-600:]}")
        if i:  # the first run warms the disk cache
            reported.append(float(found.group(1)))
            wall.append(elapsed)
    return {"startup_ms_median": statistics.median(reported), "startup_ms": reported,
            "wall_ms_median": statistics.median(wall), "wall_ms": wall}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--complaints", type=int, default=2000)
    parser.add_argument("--build", action="store_true", help="build the wheel and bundle first")
    args = parser.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    result: dict = {"runs": args.runs, "complaints": args.complaints}
    if args.build:
        wheels = OUT / "wheel"
        result["wheel_build_s"] = timed_build([sys.executable, "-m", "build", "--wheel",
                                               "--outdir", wheels, "."])
        result["bundle_build_s"] = timed_build(["bash", "tools/build-bundle", "--clean"])
        result["wheel_bytes"] = max(wheels.glob("desk-*.whl"), key=lambda p: p.stat().st_mtime
                                    ).stat().st_size
    if not (BUNDLE / "desk").exists():
        raise SystemExit("no bundle in dist/desk: run bash tools/build-bundle (or --build)")
    result["bundle_bytes"] = folder_size(BUNDLE)
    home = Path(tempfile.mkdtemp(prefix="desk-bench-startup-"))
    env = {"PATH": "/usr/bin:/bin", "HOME": str(home), "DESK_HOME": str(home / "data"),
           "LANG": "C.UTF-8", "QT_QPA_PLATFORM": "offscreen",
           "DESK_SIGN_IN_CODE": "c01", "DESK_SIGN_IN_PIN": "1234"}
    database = home / "bench.sqlite3"
    source = [ROOT / ".venv" / "bin" / "desk"]
    subprocess.run([*map(str, source), "--db", str(database), "demo", "--complaints",
                    str(args.complaints)], env=env, check=True, capture_output=True)
    result["source"] = start_times(source, database, env, args.runs)
    result["bundle"] = start_times([BUNDLE / "desk"], database, env, args.runs)
    print(f"bundle dist/desk: {result['bundle_bytes'] / 2**20:.0f} MiB"
          + (f", wheel {result['wheel_bytes'] / 2**20:.1f} MiB, builds: wheel "
             f"{result['wheel_build_s']:.0f} s, bundle {result['bundle_build_s']:.0f} s"
             if args.build else ""))
    print(f"{'start-up (median of ' + str(args.runs) + ')':<26} {'main window':>12} {'process':>9}")
    for name in ("source", "bundle"):
        r = result[name]
        print(f"{name:<26} {r['startup_ms_median']:>9.0f} ms {r['wall_ms_median']:>6.0f} ms")
    path = OUT / f"startup-{time.strftime('%Y%m%d-%H%M%S')}.json"
    path.write_text(json.dumps(result, indent=2), encoding="utf-8")
    print(f"written to {path.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""`desk verify-history`: walk the complaint history's hash chain and say where it breaks."""

import sys

from desk.storage import backup, db, history


def add_arguments(parser) -> None:
    parser.add_argument("--batch", type=int, default=5000,
                        help="history entries read per query (default 5000)")


def run(args) -> int:
    try:
        backup.open_for_command(getattr(args, "db", None))
    except (backup.NoStore, db.DatabaseUnavailable) as exc:
        print(exc, file=sys.stderr)
        return 1
    try:
        checked, broken = history.verify_chain(batch=args.batch)
    finally:
        db.close()
    if broken is None:
        print(f"history chain intact: {checked} entries")
        return 0
    what = {"hash_mismatch": "an entry was changed",
            "link_broken": "an entry was removed or reordered"}.get(broken.reason, broken.reason)
    print(f"history chain BROKEN at entry {broken.event_id} ({what}); "
          f"{checked} entries before it are intact", file=sys.stderr)
    return 1

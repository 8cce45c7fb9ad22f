"""`desk chain ...`: feeding a chain's head office and reading it.

    desk chain publish --db STORE_URL [--feed-password P]     on a store's PostgreSQL
    desk chain subscribe --head URL --store CODE --from URL   at the head office
    desk chain append --from SQLITE_URL --head URL            nightly, a store on SQLite
    desk chain reader --head URL --role NAME [--password P]   the read-only role
    desk chain list --head URL                                 the stores held
    desk chain refresh --head URL                              nightly: the statistics'
                                                               months of every store
"""

import sys

from desk.chain import feed, replication, stores


def add_arguments(parser) -> None:
    sub = parser.add_subparsers(dest="chain_command", required=True)
    publish = sub.add_parser("publish", help="publish a store's tables (its PostgreSQL)")
    publish.add_argument("--db", dest="store", required=True, metavar="URL")
    publish.add_argument("--feed-password", help="password of the role the head office uses")
    subscribe = sub.add_parser("subscribe", help="at the head office: follow a store")
    subscribe.add_argument("--head", required=True, metavar="URL",
                           help="the head office's server (a superuser)")
    subscribe.add_argument("--store", required=True, metavar="CODE")
    subscribe.add_argument("--from", dest="publisher", required=True, metavar="URL",
                           help="the store's database as the head office reaches it")
    append = sub.add_parser("append", help="mirror a store on SQLite into the head office")
    append.add_argument("--from", dest="source", required=True, metavar="URL")
    append.add_argument("--head", required=True, metavar="URL")
    reader = sub.add_parser("reader", help="a role that reads every store and writes none")
    reader.add_argument("--head", required=True, metavar="URL")
    reader.add_argument("--role", default="desk_head")
    reader.add_argument("--password")
    listing = sub.add_parser("list", help="the stores the head office holds")
    listing.add_argument("--head", required=True, metavar="URL")
    refresh = sub.add_parser("refresh", help="build every store's statistics months that "
                             "moved (a role that may write; nightly, after the feeds)")
    refresh.add_argument("--head", required=True, metavar="URL")


def run(args) -> int:
    from desk.config import to_url
    from desk.storage import dbcopy

    try:
        if args.chain_command == "publish":
            tables = replication.publish(args.store, feed_password=args.feed_password)
            print(f"published {len(tables)} tables as '{replication.PUBLICATION}'")
        elif args.chain_command == "subscribe":
            url = replication.subscribe(args.head, args.store, args.publisher)
            print(f"store {args.store} follows its publication into {url}")
        elif args.chain_command == "append":
            report = feed.append(to_url(args.source), args.head,
                                 progress=lambda text: print(text, flush=True))
            print(dbcopy.format_report(report))
            return 0 if report.ok else 1
        elif args.chain_command == "refresh":
            for store in stores.stores(args.head):
                print(f"{store.code}: {stores.refresh(store)} months up to date", flush=True)
        elif args.chain_command == "reader":
            stores.grant_reader(args.head, args.role, args.password)
            print(f"role {args.role} reads every store database")
        else:
            for store in stores.stores(args.head):
                print(f"{store.code}\t{store.name}\t{store.database}")
    except (stores.ChainError, dbcopy.CopyRefused) as exc:
        print(f"desk chain: {exc}", file=sys.stderr)
        return 1
    return 0

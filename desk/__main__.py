"""The `desk` command: start the application, or run one of its commands.

    desk [--db URL|PATH] [--demo]      start the desk application
    desk demo --complaints N           fill a database with realistic demo data
    desk backup / desk restore FILE    back up or restore the database
    desk db copy --from URL --to URL   copy a whole store between databases
    desk verify-history                check the history's hash chain
    desk server init --admin URL       set up the store's shared PostgreSQL (IT, once)
    desk server upgrade --db URL       bring its schema up to date (as its owner)
    desk join URL                      point this desk PC at it
    desk chain publish|subscribe|append|reader|list   a chain's head office
    desk head-office --head URL        the head office's statistics, every store
    desk selftest [--pdf OUT]          check this installation end to end (demo database)

Each command lives in its own module with add_arguments(parser) and run(args).
"""

import argparse
import importlib
import sys

COMMANDS = {
    # name: (module, help)
    "demo": ("desk.demo.populate", "fill a database with realistic demo data"),
    "backup": ("desk.storage.backup", "back up the database now"),
    "restore": ("desk.storage.restore", "restore the database from a backup file"),
    "db": ("desk.storage.dbcopy", "database tools: copy a store between SQLite and PostgreSQL"),
    "verify-history": ("desk.storage.history_check", "check the complaint history's hash chain"),
    "server": ("desk.storage.server", "the store's shared PostgreSQL: set it up, upgrade it"),
    "join": ("desk.storage.join", "point this desk PC at the store's shared PostgreSQL"),
    "chain": ("desk.chain.commands", "a chain's head office: feed it from the stores, read it"),
    "head-office": ("desk.ui.head_office.command", "the head office's statistics window"),
    "selftest": ("desk.ui.selftest", "check this installation: demo data, sign-in, a slip PDF"),
}


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="desk", description="The store service desk.")
    parser.add_argument("--db", help="database: a SQLite file path or a postgresql:// URL "
                        "(default: $DESK_DB, the settings, or the embedded SQLite file)")
    parser.add_argument("--demo", action="store_true",
                        help="fill an empty database with demo data before starting")
    parser.add_argument("--lang", choices=["zh_CN", "en"], help="language of the interface")
    parser.add_argument("--quit-after-start", action="store_true",
                        help="print the start-up time once the main window shows, then quit")
    sub = parser.add_subparsers(dest="command")
    for name, (module_name, help_text) in COMMANDS.items():
        command = sub.add_parser(name, help=help_text)
        command.set_defaults(module=module_name)
        try:
            importlib.import_module(module_name).add_arguments(command)
        except ModuleNotFoundError:
            pass  # a command not built yet shows in --help but does nothing
    return parser


def _never_fail_on_printing() -> None:
    """A Windows console or a redirected output may not encode every character (the
    ANSI code page): print a replacement rather than stop a command halfway."""
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="backslashreplace")


def main(argv: list[str] | None = None) -> int:
    _never_fail_on_printing()
    args = build_parser().parse_args(argv)
    if args.command:
        module = importlib.import_module(args.module)
        return module.run(args) or 0
    from desk.app import run_app

    return run_app(args)


if __name__ == "__main__":
    sys.exit(main())

"""`desk join URL`: a new desk PC joins the store's shared PostgreSQL in one command.

It connects once (the password typed here is checked by the server), keeps the
password in this PC's keyring when it has one, and writes the URL, never the
password, into this PC's settings, so that a plain `desk` opens the shared store.
"""

import os
import sys
from pathlib import Path
from urllib.parse import unquote, urlsplit

from desk import config
from desk.storage import db, secrets


def pgpass_path() -> Path:
    """Where libpq looks for saved passwords on this PC ($PGPASSFILE first)."""
    if os.environ.get("PGPASSFILE"):
        return Path(os.environ["PGPASSFILE"])
    if os.name == "nt":
        return Path(os.environ.get("APPDATA", Path.home())) / "postgresql" / "pgpass.conf"
    return Path.home() / ".pgpass"


def join(url: str, desk_name: str | None = None, ask: secrets.Ask | None = None,
         remember: bool = True) -> tuple[config.LocalSettings, str]:
    """Connect to url, keep its password and point this PC's settings at it.

    Returns the saved settings and where the password is kept: "keyring", "libpq"
    (PGPASSWORD or pgpass gave it) or "nowhere" (typed or in the URL, no keyring took it).
    """
    if not url.startswith(("postgresql://", "postgres://")):
        raise db.DatabaseUnavailable("give the store's postgresql:// URL (desk server init "
                                     "printed it)")
    typed: list[str] = []

    def asking(who: str, again: bool):
        answer = ask(who, again) if ask else None
        if answer:
            typed[:] = [answer[0]]
        return answer and (answer[0], False)  # kept below, once the server took it

    try:
        secrets.connect(url, ask=asking)
    finally:
        db.close()
    given = unquote(urlsplit(url).password) if urlsplit(url).password else None
    password = given or (typed[0] if typed else None)
    kept = "libpq" if password is None else "nowhere"
    if password and remember and secrets.remember(url, password):
        kept = "keyring"
    settings = config.LocalSettings.load()
    settings.db_url = config.strip_password(url)
    if desk_name:
        settings.desk_name = desk_name
    checked = config.checked_local_settings(settings.desk_name, settings.db_url,
                                            settings.backups_kept, settings.language)
    checked.save()
    return checked, kept


def add_arguments(parser) -> None:
    parser.add_argument("url", help="the store's connection, e.g. "
                        "postgresql://desk_app@server:5432/desk (no password in it)")
    parser.add_argument("--name", dest="desk_name",
                        help="this desk's name in the history (default: the PC's name)")
    parser.add_argument("--no-remember", action="store_true",
                        help="do not keep the password in this PC's keyring")


def run(args) -> int:
    from desk.errors import ValidationError

    try:
        settings, kept = join(args.url, args.desk_name, ask=secrets.ask_on_terminal,
                              remember=not args.no_remember)
    except db.DatabaseUnavailable as exc:
        print(f"not joined: {exc}", file=sys.stderr)
        return 1
    except ValidationError as exc:
        print(f"not joined: {exc}", file=sys.stderr)
        return 1
    print(f"This PC ({settings.desk_name}) now opens {settings.db_url}.")
    if kept == "keyring":
        print("The password is kept in this PC's credential store (keyring).")
    elif kept == "nowhere":
        print("This PC has no usable keyring: desk will ask for the password at each start, "
              f"or put it in {pgpass_path()} (a line host:port:database:user:password).")
    print(f"Settings: {config.LocalSettings.path()}. Start desk with: desk")
    return 0

"""Where a PostgreSQL password comes from. Never from the settings file.

In this order:
1. the URL itself (postgresql://user:secret@host/db): then nothing else is tried;
2. the operating system's keyring (Windows Credential Manager, a Secret Service on
   Linux), where `desk join` or a ticked "remember" put it; a PC without a usable
   keyring simply has nothing stored there;
3. libpq's own habits: PGPASSWORD, ~/.pgpass (%APPDATA%\\postgresql\\pgpass.conf on
   Windows) — the driver reads them when it is given no password;
4. asking the user: a callback (a dialog in the application, getpass on the command line).

The password then lives only in the open database object's memory, so that it can
reconnect after a server restart.
"""

import getpass
from collections.abc import Callable
from typing import TypeVar
from urllib.parse import urlsplit

from desk.storage import db

SERVICE = "desk"
T = TypeVar("T")

# (account, asked before) -> (password, remember it) or None when the user gives up
Ask = Callable[[str, bool], "tuple[str, bool] | None"]

_PASSWORD_NEEDED = ("no password supplied", "password authentication failed")


def account(url: str) -> str:
    """user@host:port/database: what the password is for, as the prompt and keyring name it."""
    parts = urlsplit(url)
    port = f":{parts.port}" if parts.port else ""
    return f"{parts.username or ''}@{parts.hostname or ''}{port}{parts.path}"


def needs_password(exc: BaseException) -> bool:
    text = str(exc).lower()
    return any(fragment in text for fragment in _PASSWORD_NEEDED)


def _keyring():
    try:
        import keyring
    except ImportError:
        return None
    return keyring


def keyring_available() -> bool:
    return _keyring() is not None


def stored_password(url: str) -> str | None:
    keyring = _keyring()
    if keyring is None:
        return None
    try:
        return keyring.get_password(SERVICE, account(url))
    except Exception:  # no usable keyring backend on this PC: as if nothing were stored
        return None


def remember(url: str, password: str) -> bool:
    keyring = _keyring()
    if keyring is None:
        return False
    try:
        keyring.set_password(SERVICE, account(url), password)
    except Exception:
        return False
    return True


def forget(url: str) -> None:
    keyring = _keyring()
    if keyring is not None:
        try:
            keyring.delete_password(SERVICE, account(url))
        except Exception:
            pass


def ask_on_terminal(who: str, again: bool) -> tuple[str, bool] | None:
    prompt = f"{'Wrong password. ' if again else ''}Password for {who}: "
    try:
        return getpass.getpass(prompt), False
    except (EOFError, KeyboardInterrupt):
        return None


def with_password(url: str, attempt: Callable[[str | None], T], ask: Ask | None = None,
                  tries: int = 3) -> T:
    """attempt(password) with the URL's own password, else the keyring's, else none of
    ours (libpq's PGPASSWORD or ~/.pgpass), then what the user types. attempt raises
    db.DatabaseUnavailable when it cannot connect."""
    if urlsplit(url).password is not None:
        return attempt(None)  # the driver has it from the URL: said on purpose, used alone
    refused: db.DatabaseUnavailable | None = None
    stored = stored_password(url)
    for candidate in ([stored] if stored else []) + [None]:
        try:
            return attempt(candidate)
        except db.DatabaseUnavailable as exc:
            if not needs_password(exc):
                raise
            refused = exc  # a stored one changed on the server since: go on
    for asked_before in range(tries if ask else 0):
        answer = ask(account(url), asked_before > 0)
        if answer is None:
            break
        password, keep = answer
        try:
            result = attempt(password)
        except db.DatabaseUnavailable as exc:
            if not needs_password(exc):
                raise
            refused = exc
            continue
        if keep:
            remember(url, password)
        return result
    raise refused


def connect(url: str, ask: Ask | None = None, migrate: bool = True,
            tries: int = 3) -> db.Connection:
    """db.connect(url), finding the password the server asks for."""
    return with_password(url, lambda password: db.connect(url, migrate, password=password),
                         ask, tries)

"""Where a PostgreSQL password comes from, against a server that really checks it:
the URL's own, then the keyring's, then libpq's (PGPASSWORD, the .pgpass file), then
the user. The keyring is keyring's real API with an in-memory backend; a PC with no
usable keyring (keyring's `fail` backend, or no keyring package) falls back cleanly."""

import sys
import uuid

import keyring
import keyring.backend
import keyring.errors
import pytest
from keyring.backends import fail

from desk.storage import db, secrets
from tests.conftest import as_user

RIGHT = "正确 pass#1"  # spaces, Chinese and # go through the URL's quoting too


class MemoryKeyring(keyring.backend.KeyringBackend):
    """A keyring backend that keeps its passwords in a dict (and counts its reads)."""

    priority = 1

    def __init__(self):
        super().__init__()
        self.items: dict[tuple[str, str], str] = {}
        self.reads = 0

    def get_password(self, service, username):
        self.reads += 1
        return self.items.get((service, username))

    def set_password(self, service, username, password):
        self.items[(service, username)] = password

    def delete_password(self, service, username):
        if self.items.pop((service, username), None) is None:
            raise keyring.errors.PasswordDeleteError(username)


@pytest.fixture
def ring():
    before = keyring.get_keyring()
    memory = MemoryKeyring()
    keyring.set_keyring(memory)
    yield memory
    keyring.set_keyring(before)


@pytest.fixture
def role_url(pg_admin_url, pg_password_group, templates, monkeypatch):
    """A role whose password is RIGHT, on a fresh migrated database; its URL has none."""
    import psycopg2

    role = f"desk_pw_{uuid.uuid4().hex[:8]}"
    name = f"desk_t_{uuid.uuid4().hex[:10]}"
    admin = psycopg2.connect(pg_admin_url)
    admin.autocommit = True
    with admin.cursor() as cur:
        cur.execute(f"CREATE ROLE {role} LOGIN PASSWORD %s IN ROLE {pg_password_group}", (RIGHT,))
        cur.execute(f'CREATE DATABASE "{name}" TEMPLATE "{templates("postgresql")}" OWNER {role}')
    monkeypatch.delenv("PGPASSWORD", raising=False)
    monkeypatch.setenv("PGPASSFILE", "/nonexistent/pgpass")  # not the real ~/.pgpass
    yield as_user(pg_admin_url, role, dbname=name)
    db.close()
    with admin.cursor() as cur:
        cur.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        cur.execute(f"DROP ROLE IF EXISTS {role}")
    admin.close()


def pgpass(tmp_path, monkeypatch, url: str, password: str) -> None:
    """A .pgpass file for url's server and role, as libpq reads it."""
    from urllib.parse import urlsplit

    parts = urlsplit(url)
    path = tmp_path / "pgpass.conf"
    escaped = password.replace("\\", "\\\\").replace(":", "\\:")
    path.write_text(f"{parts.hostname}:{parts.port}:*:{parts.username}:{escaped}\n",
                    encoding="utf-8")
    path.chmod(0o600)
    monkeypatch.setenv("PGPASSFILE", str(path))


def refuse_to_ask(who, again):
    raise AssertionError("the user was asked although a password was at hand")


def test_nothing_anywhere_is_refused_by_the_server(role_url, ring):
    with pytest.raises(db.DatabaseUnavailable) as refused:
        secrets.connect(role_url, migrate=False)
    assert secrets.needs_password(refused.value)


def test_the_urls_own_password_is_used_alone(role_url, ring, tmp_path, monkeypatch):
    from urllib.parse import quote

    ring.set_password(secrets.SERVICE, secrets.account(role_url), "wrong")
    pgpass(tmp_path, monkeypatch, role_url, "wrong")
    # percent-encoded in the URL, as libpq's own URLs have it
    url = role_url.replace("@", ":" + quote(RIGHT, safe="") + "@", 1)
    secrets.connect(url, ask=refuse_to_ask, migrate=False)
    assert ring.reads == 0  # the keyring was not even read
    db.close()
    wrong = role_url.replace("@", ":wrong@", 1)
    ring.set_password(secrets.SERVICE, secrets.account(role_url), RIGHT)
    with pytest.raises(db.DatabaseUnavailable):  # said on purpose: nothing else is tried
        secrets.connect(wrong, ask=refuse_to_ask, migrate=False)


def test_the_keyring_comes_before_pgpass(role_url, ring, tmp_path, monkeypatch):
    ring.set_password(secrets.SERVICE, secrets.account(role_url), RIGHT)
    pgpass(tmp_path, monkeypatch, role_url, "wrong")  # would fail if it were tried first
    connection = secrets.connect(role_url, ask=refuse_to_ask, migrate=False)
    assert connection.db.connect_params["password"] == RIGHT
    assert connection.db.execute_sql("SELECT current_user").fetchone()[0].startswith("desk_pw_")


def test_pgpass_when_the_keyring_has_none_or_an_old_one(role_url, ring, tmp_path, monkeypatch):
    pgpass(tmp_path, monkeypatch, role_url, RIGHT)
    connection = secrets.connect(role_url, ask=refuse_to_ask, migrate=False)
    assert "password" not in connection.db.connect_params  # libpq found it itself
    db.close()

    ring.set_password(secrets.SERVICE, secrets.account(role_url), "changed since")
    connection = secrets.connect(role_url, ask=refuse_to_ask, migrate=False)
    assert "password" not in connection.db.connect_params


def test_asked_last_and_remembered_in_the_keyring_when_wished(role_url, ring):
    asked = []

    def ask(who, again):
        asked.append((who, again))
        return ("wrong", True) if not again else (RIGHT, True)

    secrets.connect(role_url, ask=ask, migrate=False)
    assert [again for _, again in asked] == [False, True]
    assert asked[0][0] == secrets.account(role_url) and RIGHT not in asked[0][0]
    assert ring.items == {(secrets.SERVICE, secrets.account(role_url)): RIGHT}
    db.close()
    secrets.connect(role_url, ask=refuse_to_ask, migrate=False)  # next time: no question


def test_no_usable_keyring_falls_back_without_a_traceback(role_url, tmp_path, monkeypatch,
                                                          capsys, caplog):
    before = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())  # what Linux without a Secret Service gets
    try:
        with pytest.raises(keyring.errors.NoKeyringError):
            keyring.get_password(secrets.SERVICE, "x")  # the backend really refuses
        assert secrets.stored_password(role_url) is None
        assert secrets.remember(role_url, RIGHT) is False
        secrets.forget(role_url)
        pgpass(tmp_path, monkeypatch, role_url, RIGHT)
        secrets.connect(role_url, ask=refuse_to_ask, migrate=False)
    finally:
        keyring.set_keyring(before)
    said = capsys.readouterr()
    assert "Traceback" not in said.err + said.out and "Traceback" not in caplog.text


def test_without_the_keyring_package(role_url, tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "keyring", None)  # import keyring -> ImportError
    assert not secrets.keyring_available()
    assert secrets.stored_password(role_url) is None and not secrets.remember(role_url, "x")
    pgpass(tmp_path, monkeypatch, role_url, RIGHT)
    secrets.connect(role_url, ask=refuse_to_ask, migrate=False)

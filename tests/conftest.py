"""Fixtures: a real database (SQLite file and PostgreSQL server) and a set-up store.

Every test that asks for `conn` runs once on SQLite and once on PostgreSQL. The
PostgreSQL server is DESK_TEST_PG_URL if given, else a throwaway one started here.
When CI is set, a PostgreSQL that cannot be had is a failure, never a skip.
"""

import os
import shutil
import tempfile
import uuid
from decimal import Decimal
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["DESK_HOME"] = tempfile.mkdtemp(prefix="desk-home-")

import pytest  # noqa: E402

import desk.process  # noqa: E402, F401 - every feature's rules on the state machine
from desk.staff import auth  # noqa: E402
from desk.storage import db  # noqa: E402
from tests.helpers import cannot_run  # noqa: E402

BACKENDS = ["sqlite", "postgresql"]


def pytest_addoption(parser):
    parser.addoption("--backend", action="append", choices=BACKENDS,
                     help="run database tests only on this backend (repeatable)")


def pytest_generate_tests(metafunc):
    if "backend_name" in metafunc.fixturenames:
        chosen = metafunc.config.getoption("backend") or BACKENDS
        metafunc.parametrize("backend_name", chosen)


# -- PostgreSQL server --------------------------------------------------------------

@pytest.fixture(scope="session")
def pg_admin_url():
    """URL of a PostgreSQL database where test databases can be created."""
    url = os.environ.get("DESK_TEST_PG_URL")
    if url:
        yield url
        return
    from tests.pg_server import PgServer

    server = PgServer()
    try:
        server.start()
        server.wait_ready()
    except Exception as exc:
        shutil.rmtree(server.dir, ignore_errors=True)
        cannot_run(f"no PostgreSQL server for the tests: {exc}")
    os.environ["DESK_TEST_PG_URL_STARTED"] = server.url
    _STARTED_SERVER.append(server)
    yield server.url
    server.stop()


_STARTED_SERVER: list = []  # the PgServer started above, if any


class _ExternalServerOutage:
    """For a server given by DESK_TEST_PG_URL, which the tests may not stop: an
    outage of the test databases instead (connections cut, new ones refused)."""

    def __init__(self, admin_url: str):
        self.url = admin_url

    def _test_databases(self) -> list[str]:
        import psycopg2

        conn = psycopg2.connect(self.url)
        try:
            with conn.cursor() as cur:
                cur.execute("SELECT datname FROM pg_database WHERE datname LIKE 'desk\\_t\\_%'")
                return [row[0] for row in cur.fetchall()]
        finally:
            conn.close()

    def pause(self):
        for name in self._test_databases():
            _pg_execute(self.url, f'ALTER DATABASE "{name}" ALLOW_CONNECTIONS false')
            _pg_execute(self.url, "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                                  f" WHERE datname = '{name}'")

    def resume(self):
        for name in self._test_databases():
            _pg_execute(self.url, f'ALTER DATABASE "{name}" ALLOW_CONNECTIONS true')


@pytest.fixture(scope="session")
def pg_server(pg_admin_url):
    """The throwaway server object itself, for tests that restart it: pause() shuts it
    down keeping its data, resume() starts it again. With DESK_TEST_PG_URL, an object
    with the same two methods that cuts the test databases off instead."""
    if _STARTED_SERVER:
        return _STARTED_SERVER[0]
    return _ExternalServerOutage(pg_admin_url)


def _pg_execute(admin_url: str, sql: str):
    import psycopg2

    conn = psycopg2.connect(admin_url)
    conn.autocommit = True
    try:
        with conn.cursor() as cur:
            cur.execute(sql)
    finally:
        conn.close()


def _with_dbname(url: str, name: str) -> str:
    return url.rsplit("/", 1)[0] + "/" + name


@pytest.fixture(scope="session")
def templates(tmp_path_factory, request):
    """Migrated empty databases to copy per test: a SQLite file, a PostgreSQL template."""
    made: dict[str, str] = {}

    def get(backend_name: str) -> str:
        if backend_name in made:
            return made[backend_name]
        if backend_name == "sqlite":
            path = tmp_path_factory.mktemp("template") / "template.sqlite3"
            db.connect(f"sqlite:///{path}")
            db.close()
            made[backend_name] = str(path)
        else:
            admin = request.getfixturevalue("pg_admin_url")
            name = f"desk_tpl_{uuid.uuid4().hex[:8]}"
            _pg_execute(admin, f'CREATE DATABASE "{name}" TEMPLATE template0 ENCODING \'UTF8\'')
            db.connect(_with_dbname(admin, name))
            db.close()
            made[backend_name] = name
        return made[backend_name]

    return get


def _fresh_pg_database(request, template: str):
    """Yield the URL of a new PostgreSQL database copied from template; drop it afterwards."""
    admin = request.getfixturevalue("pg_admin_url")
    name = f"desk_t_{uuid.uuid4().hex[:10]}"
    _pg_execute(admin, f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
    yield _with_dbname(admin, name)
    db.close()
    _pg_execute(admin, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def db_url(backend_name, templates, tmp_path, request):
    """URL of a fresh, migrated, empty database of the backend under test."""
    template = templates(backend_name)
    if backend_name == "sqlite":
        path = tmp_path / "desk.sqlite3"
        shutil.copyfile(template, path)
        yield f"sqlite:///{path}"
        return
    yield from _fresh_pg_database(request, template)


@pytest.fixture
def pg_db_url(templates, request):
    """A fresh migrated PostgreSQL database whatever --backend says, for tests about
    PostgreSQL itself (server restarts, LISTEN/NOTIFY)."""
    yield from _fresh_pg_database(request, templates("postgresql"))


@pytest.fixture
def conn(db_url):
    """The current database connection, on a fresh database."""
    connection = db.connect(db_url)
    yield connection
    db.close()


@pytest.fixture
def store(conn):
    """A set-up store with a supervisor and a clerk."""
    supervisor = auth.set_up_store("测试商场", "S01", "boss", "王主管", "2468")
    clerk = auth.add_staff("c1", "李小红", "1357", role="clerk",
                           authority_limit=Decimal("200.00"), by=supervisor)
    return type("Store", (), {"supervisor": supervisor, "clerk": clerk, "desk": "测试台1"})


@pytest.fixture(scope="session")
def repo_root() -> Path:
    return Path(__file__).resolve().parent.parent


# -- passwords that are really checked --------------------------------------------

PASSWORD_GROUP = "desk_pw_checked"


@pytest.fixture(scope="session")
def pg_password_group(pg_admin_url):
    """A group role whose members must give their password over TCP (scram-sha-256):
    the test server trusts everyone else. Added to the top of the server's pg_hba.conf
    once (the tests run as root or as the server's owner), then the server reloads."""
    import psycopg2

    conn = psycopg2.connect(pg_admin_url)
    conn.autocommit = True
    try:
        with conn.cursor() as cur:
            cur.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (PASSWORD_GROUP,))
            if cur.fetchone() is None:
                cur.execute(f"CREATE ROLE {PASSWORD_GROUP} NOLOGIN")
            cur.execute("SHOW hba_file")
            hba = Path(cur.fetchone()[0])
            line = f"host all +{PASSWORD_GROUP} 0.0.0.0/0 scram-sha-256\n"
            text = hba.read_text(encoding="utf-8")
            if line not in text:
                try:
                    hba.write_text(line + text, encoding="utf-8")
                except PermissionError as exc:  # e.g. a Windows service's data folder
                    cannot_run(f"cannot make the server check passwords: {exc}")
            cur.execute("SET password_encryption = 'scram-sha-256'")
            cur.execute("SELECT pg_reload_conf()")
            cur.execute("DROP ROLE IF EXISTS desk_pw_probe")
            cur.execute(f"CREATE ROLE desk_pw_probe LOGIN PASSWORD 'probe' IN ROLE {PASSWORD_GROUP}")
        _wait_until_password_checked(pg_admin_url)
    finally:
        conn.close()
    return PASSWORD_GROUP


def _wait_until_password_checked(admin_url: str) -> None:
    """The reload is a signal: wait until a member is really asked for its password."""
    import time

    import psycopg2

    from desk.storage import secrets

    probe = as_user(admin_url, "desk_pw_probe")
    deadline = time.monotonic() + 10
    while True:
        try:
            psycopg2.connect(probe, passfile="/nonexistent").close()
        except psycopg2.OperationalError as exc:
            if secrets.needs_password(exc):
                return
            raise
        if time.monotonic() > deadline:
            raise RuntimeError("the server did not start checking passwords")
        time.sleep(0.1)


def as_user(url: str, user: str, password: str | None = None, dbname: str | None = None) -> str:
    """The same server's URL for another role (and database)."""
    from urllib.parse import quote, urlsplit, urlunsplit

    parts = urlsplit(url)
    login = quote(user) + (":" + quote(password, safe="") if password is not None else "")
    netloc = f"{login}@{parts.hostname}" + (f":{parts.port}" if parts.port else "")
    path = "/" + dbname if dbname else parts.path
    return urlunsplit((parts.scheme, netloc, path, parts.query, ""))

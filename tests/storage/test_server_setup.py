"""`desk server init` on the real throwaway PostgreSQL: the database, its owner and the
desks' least-privilege role; a desk on that role registers complaints but cannot touch
the schema, and refuses to start on a schema behind its program."""

import uuid
from decimal import Decimal

import psycopg2
import psycopg2.errors
import pytest

from desk import __main__ as cli
from desk.complaints import registration, search
from desk.complaints.registration import ComplaintInput
from desk.models import Complaint
from desk.staff import auth
from desk.storage import db, secrets, server
from tests.conftest import as_user
from tests.helpers import cannot_run

OWNER_PW, APP_PW = "业主 pass#1", "前台 pass:2"


@pytest.fixture
def names(pg_admin_url, monkeypatch):
    tag = uuid.uuid4().hex[:8]
    names = server.Names(f"desk_t_{tag}", f"desk_own_{tag}", f"desk_app_{tag}")
    monkeypatch.delenv("PGPASSWORD", raising=False)
    yield names
    db.close()
    admin = psycopg2.connect(pg_admin_url)
    admin.autocommit = True
    with admin.cursor() as cur:
        cur.execute(f'DROP DATABASE IF EXISTS "{names.database}" WITH (FORCE)')
        for role in (names.app, names.owner):
            cur.execute(f"DROP ROLE IF EXISTS {role}")
    admin.close()


@pytest.fixture
def set_up(pg_admin_url, names, pg_password_group):
    report = server.init(pg_admin_url, names, {"owner": OWNER_PW, "app": APP_PW},
                         desk_host="127.0.0.1")
    admin = psycopg2.connect(pg_admin_url)
    admin.autocommit = True
    with admin.cursor() as cur:  # from now on the server checks these roles' passwords
        cur.execute(f"GRANT {pg_password_group} TO {names.owner}, {names.app}")
    admin.close()
    return report


def desk_conn(pg_admin_url, names, role=None, password=APP_PW):
    return psycopg2.connect(as_user(pg_admin_url, role or names.app, password, names.database))


def test_init_creates_roles_database_and_schema_and_can_run_again(pg_admin_url, names, set_up):
    assert set_up.created == [f"role {names.owner}", f"role {names.app}",
                              f"database {names.database}"]
    assert set_up.migrated and set_up.migrated == sorted(set_up.migrated)
    port = as_user(pg_admin_url, "x").split(":")[-1].split("/")[0]
    assert set_up.desk_url == f"postgresql://{names.app}@127.0.0.1:{port}/{names.database}"

    again = server.init(pg_admin_url, names)  # no passwords: the roles keep theirs
    assert (again.created, again.migrated) == ([], [])

    conn = desk_conn(pg_admin_url, names)  # the password set by init is the right one
    try:
        with conn.cursor() as cur:
            cur.execute("SELECT DISTINCT tableowner FROM pg_tables WHERE schemaname = 'public'")
            assert cur.fetchall() == [(names.owner,)]
            cur.execute("SELECT rolsuper, rolcreatedb, rolcreaterole FROM pg_roles"
                        " WHERE rolname = %s", (names.app,))
            assert cur.fetchone() == (False, False, False)
            cur.execute("SELECT has_database_privilege('public', %s, 'CONNECT')",
                        (names.database,))
            assert cur.fetchone() == (False,)  # only the two roles may connect
    finally:
        conn.close()


DDL = ["CREATE TABLE intruder (id int)", "DROP TABLE complaint", "TRUNCATE complaint",
       "ALTER TABLE complaint ADD COLUMN x int", "CREATE INDEX intruder ON complaint (id)",
       "INSERT INTO schema_migration (name, applied) VALUES ('9999_x', now())"]


@pytest.mark.parametrize("statement", DDL)
def test_the_desks_role_cannot_change_the_schema(pg_admin_url, names, set_up, statement):
    conn = desk_conn(pg_admin_url, names)
    try:
        with conn.cursor() as cur, pytest.raises(psycopg2.errors.InsufficientPrivilege):
            cur.execute(statement)
    finally:
        conn.close()


def test_a_desk_on_that_role_registers_and_finds_complaints(pg_admin_url, names, set_up,
                                                           monkeypatch):
    monkeypatch.setenv("PGPASSWORD", APP_PW)  # as libpq would read it from .pgpass
    desk_registers(set_up.desk_url, names.app)


def desk_registers(url: str, role: str) -> None:
    """A desk on url does its first day's work through desk's own code."""
    connection = secrets.connect(url)  # migrate=True, as the application does
    assert connection.db.execute_sql("SELECT current_user").fetchone()[0] == role
    assert not connection.backend.may_change_schema()
    boss = auth.set_up_store("测试商场", "S01", "boss", "王主管", "2468")  # the first-run screen
    clerk = auth.add_staff("c1", "李小红", "1357", role="clerk",
                           authority_limit=Decimal("200.00"), by=boss)
    complaint = registration.register(ComplaintInput(
        kind="complaint", channel="counter", category="product_quality",
        complainant_name="张伟", phone="13912345678", account="空调不制冷，外机噪音很大。",
        product_name="空调", demands=["repair"]), clerk, "一号台")
    assert Complaint.get_by_id(complaint.id).complainant_name == "张伟"
    assert search.search("空调").ids == [complaint.id]
    Complaint.update(product_model="KFR-35GW").where(Complaint.id == complaint.id).execute()
    Complaint.delete().where(Complaint.id == -1).execute()
    db.close()


def test_a_desk_refuses_a_schema_behind_its_program(pg_admin_url, names, set_up, monkeypatch):
    last = set_up.migrated[-1]
    admin = psycopg2.connect(with_db(pg_admin_url, names.database))
    admin.autocommit = True
    with admin.cursor() as cur:  # as if this desk's program were one step newer
        cur.execute("DELETE FROM schema_migration WHERE name = %s RETURNING applied", (last,))
        applied = cur.fetchone()[0]
    try:
        monkeypatch.setenv("PGPASSWORD", APP_PW)
        with pytest.raises(db.SchemaBehind) as behind:
            secrets.connect(set_up.desk_url)
        assert behind.value.pending == [last] and "desk server upgrade" in str(behind.value)
        with pytest.raises(db.DatabaseUnavailable):
            db.current()  # nothing half-open is left behind
    finally:
        with admin.cursor() as cur:
            cur.execute("INSERT INTO schema_migration (name, applied) VALUES (%s, %s)",
                        (last, applied))
        admin.close()


def with_db(url: str, name: str) -> str:
    return server.with_database(url, name)


def test_the_commands_print_no_password(pg_admin_url, names, pg_password_group, monkeypatch,
                                        capsys, caplog):
    monkeypatch.setenv("DESK_OWNER_PASSWORD", OWNER_PW)
    monkeypatch.setenv("DESK_APP_PASSWORD", APP_PW)
    args = ["--database", names.database, "--owner", names.owner, "--role", names.app]
    assert cli.main(["server", "init", "--admin", pg_admin_url, *args]) == 0
    assert cli.main(["server", "init", "--admin", pg_admin_url, *args]) == 0  # idempotent
    admin = psycopg2.connect(pg_admin_url)
    admin.autocommit = True
    with admin.cursor() as cur:
        cur.execute(f"GRANT {pg_password_group} TO {names.owner}")
        cur.execute("SELECT rolpassword FROM pg_authid WHERE rolname = %s", (names.app,))
        assert cur.fetchone()[0].startswith("SCRAM-SHA-256$")  # a verifier was sent
    admin.close()
    monkeypatch.setenv("PGPASSWORD", OWNER_PW)
    owner_url = as_user(pg_admin_url, names.owner, dbname=names.database)
    assert cli.main(["server", "upgrade", "--db", owner_url, *args]) == 0
    said = capsys.readouterr()
    everything = said.out + said.err + caplog.text
    assert f"desk join postgresql://{names.app}@" in said.out
    assert OWNER_PW not in everything and APP_PW not in everything


def test_names_are_checked_before_anything_is_done(pg_admin_url):
    with pytest.raises(server.SetupRefused):
        server.init(pg_admin_url, server.Names("desk; DROP", "o", "a"))
    with pytest.raises(server.SetupRefused):
        server.init(pg_admin_url, server.Names("desk_x", "same", "same"))


# -- a new desk PC joins ---------------------------------------------------------------

@pytest.fixture
def new_pc(tmp_path, monkeypatch):
    """An empty data folder and an in-memory keyring: a PC desk never ran on."""
    import keyring

    from tests.storage.test_passwords import MemoryKeyring

    monkeypatch.setenv("DESK_HOME", str(tmp_path / "新电脑 home"))
    monkeypatch.delenv("DESK_DB", raising=False)
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "none"))
    before = keyring.get_keyring()
    ring = MemoryKeyring()
    keyring.set_keyring(ring)
    yield ring
    keyring.set_keyring(before)


def test_a_new_desk_pc_joins_with_one_command(set_up, new_pc, monkeypatch, capsys):
    from desk import config
    from desk.storage import join

    monkeypatch.setattr(secrets, "ask_on_terminal", lambda who, again: (APP_PW, False))
    assert cli.main(["join", set_up.desk_url, "--name", "二号台"]) == 0
    out = capsys.readouterr().out
    assert "keyring" in out and APP_PW not in out

    saved = config.LocalSettings.load()
    assert (saved.db_url, saved.desk_name) == (set_up.desk_url, "二号台")
    assert APP_PW not in config.LocalSettings.path().read_text(encoding="utf-8")
    assert new_pc.items == {(secrets.SERVICE, secrets.account(set_up.desk_url)): APP_PW}

    def no_question(who, again):
        raise AssertionError("asked again")

    # The next start: plain `desk` finds the URL in the settings, the password in the keyring.
    connection = secrets.connect(config.database_url(), ask=no_question)
    assert connection.db.execute_sql("SELECT current_user").fetchone()[0] == set_up.desk_url.split(
        "//")[1].split("@")[0]
    db.close()
    assert join.pgpass_path().name == "none"  # $PGPASSFILE wins, as for libpq


def test_joining_with_a_wrong_password_changes_nothing(set_up, new_pc, monkeypatch, capsys):
    from desk import config

    monkeypatch.setattr(secrets, "ask_on_terminal", lambda who, again: ("wrong", False))
    assert cli.main(["join", set_up.desk_url]) == 1
    assert "not joined" in capsys.readouterr().err
    assert not config.LocalSettings.path().exists() and not new_pc.items


# -- the same with psql -------------------------------------------------------------------

def test_the_sql_script_then_upgrade_gives_the_same_set_up(pg_admin_url, names, repo_root,
                                                          capsys):
    import subprocess
    from urllib.parse import urlsplit

    from tests.pg_server import _pg_bin

    psql = _pg_bin("psql")
    if psql is None:
        cannot_run("psql is not installed (tools/setup --tests installs postgresql-client)")
    parts = urlsplit(pg_admin_url)
    command = [psql, "-X", "-q", "-h", parts.hostname, "-p", str(parts.port), "-U", parts.username,
               "-d", parts.path.lstrip("/"), "-v", f"db={names.database}",
               "-v", f"owner={names.owner}", "-v", f"app={names.app}",
               "-f", str(repo_root / "docs" / "server-setup.sql")]
    for _ in range(2):  # safe to run again
        done = subprocess.run(command, capture_output=True, encoding="utf-8")
        assert done.returncode == 0, done.stderr
    owner_url = as_user(pg_admin_url, names.owner, dbname=names.database)
    args = ["--owner", names.owner, "--role", names.app, "--database", names.database]
    assert cli.main(["server", "upgrade", "--db", owner_url, *args]) == 0
    capsys.readouterr()

    desk_registers(server.desk_url(pg_admin_url, names), names.app)
    conn = desk_conn(pg_admin_url, names, password=None)
    try:
        with conn.cursor() as cur, pytest.raises(psycopg2.errors.InsufficientPrivilege):
            cur.execute("CREATE TABLE intruder (id int)")
    finally:
        conn.close()

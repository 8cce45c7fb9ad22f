"""`desk server init` and `desk server upgrade`: the store's shared PostgreSQL, set up once.

Two roles, so that a desk PC holds no key to the schema:
- the owner (default `desk_owner`) owns the database and its tables; only it changes
  the schema, when the IT person runs `desk server init` or `desk server upgrade`;
- the desks' role (default `desk_app`) may connect, read and write rows and draw ids
  from the sequences: no CREATE, ALTER or DROP. A desk finding the schema behind its
  program says so (db.SchemaBehind) instead of migrating.

Every step can run again (IF NOT EXISTS, GRANT is idempotent): init twice is harmless.
Passwords come from the environment or a prompt and go to the server only as SCRAM
verifiers (psycopg2's encrypt_password), so no log (ours or the server's) shows them.
docs/server-setup.sql is the same setup for psql.
"""

import getpass
import os
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urlsplit, urlunsplit

from psycopg2 import sql

from desk.storage import db, secrets

OWNER, APP_ROLE, DATABASE = "desk_owner", "desk_app", "desk"
ENV_PASSWORDS = {"owner": "DESK_OWNER_PASSWORD", "app": "DESK_APP_PASSWORD"}
_NAME = re.compile(r"^[a-z_][a-z0-9_]{0,62}$")


class SetupRefused(Exception):
    """What the IT person must change before the setup can go on (said in English)."""


@dataclass
class Names:
    database: str = DATABASE
    owner: str = OWNER
    app: str = APP_ROLE

    def check(self) -> None:
        for what, name in (("database", self.database), ("owner", self.owner),
                           ("role", self.app)):
            if not _NAME.match(name):
                raise SetupRefused(f"{what} name {name!r}: use a-z, 0-9 and _ only")
        if self.owner == self.app:
            raise SetupRefused("the desks' role must not be the owner")


def with_database(url: str, name: str) -> str:
    parts = urlsplit(url)
    return urlunsplit((parts.scheme, parts.netloc, "/" + name, parts.query, ""))


def _admin_connection(url: str, ask):
    """(a psycopg2 connection in autocommit, the password it took): found as for a desk."""
    import psycopg2

    def attempt(password):
        try:
            conn = psycopg2.connect(url, **({"password": password} if password else {}))
        except psycopg2.OperationalError as exc:
            raise db.DatabaseUnavailable(str(exc)) from exc
        conn.autocommit = True
        return conn, password

    return secrets.with_password(url, attempt, ask)


# -- the steps ------------------------------------------------------------------------

def _role_exists(cur, role: str) -> bool:
    cur.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (role,))
    return cur.fetchone() is not None


def ensure_role(cur, role: str, password: str | None) -> bool:
    """The login role, without any power over other roles or databases; True if new."""
    new = not _role_exists(cur, role)
    verb = "CREATE" if new else "ALTER"
    cur.execute(sql.SQL("{} ROLE {} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION")
                .format(sql.SQL(verb), sql.Identifier(role)))
    if password:
        # The verifier, not the password: the server's statement log never sees it.
        from psycopg2.extensions import encrypt_password

        verifier = encrypt_password(password, role, cur.connection, "scram-sha-256")
        cur.execute(sql.SQL("ALTER ROLE {} PASSWORD %s").format(sql.Identifier(role)),
                    (verifier,))
    return new


def ensure_database(cur, names: Names) -> bool:
    """The database, owned by the owner, that only the two roles may connect to."""
    cur.execute("SELECT pg_get_userbyid(datdba) FROM pg_database WHERE datname = %s",
                (names.database,))
    row = cur.fetchone()
    if row is None:
        cur.execute(sql.SQL("CREATE DATABASE {} OWNER {} ENCODING 'UTF8' TEMPLATE template0")
                    .format(sql.Identifier(names.database), sql.Identifier(names.owner)))
    elif row[0] != names.owner:
        raise SetupRefused(f"database {names.database} belongs to {row[0]}, not to "
                           f"{names.owner}: give --owner {row[0]} (or another --database)")
    database = sql.Identifier(names.database)
    cur.execute(sql.SQL("REVOKE ALL ON DATABASE {} FROM PUBLIC").format(database))
    cur.execute(sql.SQL("GRANT CONNECT ON DATABASE {} TO {}")
                .format(database, sql.Identifier(names.app)))
    return row is None


def lock_schema(execute, owner: str) -> None:
    """public belongs to the owner; nobody else may create in it (PostgreSQL 14 and
    older let every role do so)."""
    execute(sql.SQL("ALTER SCHEMA public OWNER TO {}").format(sql.Identifier(owner)))
    execute(sql.SQL("REVOKE ALL ON SCHEMA public FROM PUBLIC"))


def grant_to_desks(execute, names: Names) -> None:
    """Rows, not schema: what the desks' role may do, now and on tables made later."""
    owner, app = sql.Identifier(names.owner), sql.Identifier(names.app)
    rows = sql.SQL("SELECT, INSERT, UPDATE, DELETE")
    for statement in (
        "GRANT USAGE ON SCHEMA public TO {app}",
        "GRANT {rows} ON ALL TABLES IN SCHEMA public TO {app}",
        "GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {app}",
        "ALTER DEFAULT PRIVILEGES FOR ROLE {owner} IN SCHEMA public GRANT {rows} ON TABLES TO {app}",
        "ALTER DEFAULT PRIVILEGES FOR ROLE {owner} IN SCHEMA public"
        " GRANT USAGE, SELECT ON SEQUENCES TO {app}",
    ):
        execute(sql.SQL(statement).format(owner=owner, app=app, rows=rows))
    # Which schema steps ran is the owner's record: the desks only read it.
    execute(sql.SQL("REVOKE INSERT, UPDATE, DELETE ON TABLE schema_migration FROM {}")
            .format(app))


def upgrade(url: str, names: Names, password: str | None = None,
            as_owner: bool = False) -> list[str]:
    """Bring the schema up to date as the owner and grant the desks their rights.

    url connects as the owner itself, or (as_owner) as an administrator who takes the
    owner's role for the migrations, so that every table belongs to the owner.
    """
    connection = db.connect(url, migrate=False, password=password)
    try:
        peewee_db = connection.db

        def execute(statement):
            peewee_db.execute_sql(statement.as_string(peewee_db.connection()))

        if as_owner:
            lock_schema(execute, names.owner)
            execute(sql.SQL("SET ROLE {}").format(sql.Identifier(names.owner)))
        applied = db.migration_runner(peewee_db).up()
        grant_to_desks(execute, names)
        return applied
    finally:
        db.close()


@dataclass
class InitReport:
    created: list[str]
    migrated: list[str]
    desk_url: str
    passwords_set: list[str]


NewPassword = Callable[[str, str], "str | None"]  # (key, role) -> password


def init(admin_url: str, names: Names, passwords: dict[str, str | None] | None = None,
         desk_host: str | None = None, ask: secrets.Ask | None = None,
         new_password: NewPassword | None = None) -> InitReport:
    """Roles, database, schema and grants, from an administrator's connection.

    A role gets the password given for it (a new one must have one: asked through
    new_password); an existing role keeps its own when none is given.
    """
    names.check()
    passwords = dict(passwords or {})
    created, passwords_set = [], []
    conn, admin_password = _admin_connection(admin_url, ask)
    try:
        with conn.cursor() as cur:
            for key, role in (("owner", names.owner), ("app", names.app)):
                if not passwords.get(key) and not _role_exists(cur, role) and new_password:
                    passwords[key] = new_password(key, role)
                if not passwords.get(key) and not _role_exists(cur, role):
                    raise SetupRefused(f"role {role} is new: give its password "
                                       f"(${ENV_PASSWORDS[key]} or the prompt)")
                if ensure_role(cur, role, passwords.get(key)):
                    created.append(f"role {role}")
                if passwords.get(key):
                    passwords_set.append(role)
            # The administrator must be able to take the owner's role for the migrations.
            cur.execute("SELECT rolsuper FROM pg_roles WHERE rolname = current_user")
            if not cur.fetchone()[0]:
                cur.execute(sql.SQL("GRANT {} TO CURRENT_USER").format(sql.Identifier(names.owner)))
            if ensure_database(cur, names):
                created.append(f"database {names.database}")
    finally:
        conn.close()
    target = with_database(admin_url, names.database)
    migrated = upgrade(target, names, password=admin_password, as_owner=True)
    return InitReport(created, migrated, desk_url(admin_url, names, desk_host), passwords_set)


def desk_url(admin_url: str, names: Names, host: str | None = None) -> str:
    """What each desk is given: the server, the desks' role, no password."""
    parts = urlsplit(admin_url)
    server = host or parts.hostname or "localhost"
    port = f":{parts.port}" if parts.port else ""
    return f"postgresql://{names.app}@{server}{port}/{names.database}"


# -- the command ------------------------------------------------------------------------

def add_arguments(parser) -> None:
    sub = parser.add_subparsers(dest="server_command", required=True)
    init_cmd = sub.add_parser("init", help="create the store's database, its owner and the "
                              "desks' role on a PostgreSQL server (run once; safe to repeat)")
    init_cmd.add_argument("--admin", required=True, metavar="URL",
                          help="an administrator's connection, e.g. "
                          "postgresql://postgres@localhost/postgres")
    init_cmd.add_argument("--host", help="the server's name or address as the desk PCs reach "
                          "it (default: the one in --admin)")
    up = sub.add_parser("upgrade", help="bring the schema up to date after installing a newer "
                        "desk (as the owner) and renew the desks' rights")
    up.add_argument("--db", dest="server_db", required=True, metavar="URL",
                    help="the owner's connection, e.g. postgresql://desk_owner@server/desk")
    for command in (init_cmd, up):
        command.add_argument("--database", default=DATABASE, help=f"default {DATABASE}")
        command.add_argument("--owner", default=OWNER, help=f"the owner role (default {OWNER})")
        command.add_argument("--role", default=APP_ROLE,
                             help=f"the desks' role (default {APP_ROLE})")


def _password_from_env_or_terminal(key: str, role: str) -> str | None:
    """$DESK_OWNER_PASSWORD / $DESK_APP_PASSWORD, else typed twice on the terminal."""
    if os.environ.get(ENV_PASSWORDS[key]) or not sys.stdin.isatty():
        return os.environ.get(ENV_PASSWORDS[key]) or None
    while True:
        first = getpass.getpass(f"New password for role {role}: ")
        if first and first == getpass.getpass(f"Again, for role {role}: "):
            return first
        print("The two did not match (or were empty); again.", file=sys.stderr)


def run(args) -> int:
    names = Names(args.database, args.owner, args.role)
    try:
        if args.server_command == "upgrade":
            names.check()
            applied = secrets.with_password(
                args.server_db, lambda pw: upgrade(args.server_db, names, pw),
                secrets.ask_on_terminal)
            print(f"schema up to date ({len(applied)} step(s) applied); "
                  f"{names.app} may read and write the rows")
            return 0
        # A password in the environment is set even on an existing role (a new one);
        # otherwise only a new role asks for one.
        passwords = {key: os.environ.get(var) for key, var in ENV_PASSWORDS.items()}
        report = init(args.admin, names, passwords, args.host, ask=secrets.ask_on_terminal,
                      new_password=_password_from_env_or_terminal)
    except (SetupRefused, db.DatabaseUnavailable) as exc:
        print(f"not done: {exc}", file=sys.stderr)
        return 1
    print(settings_text(report, names))
    return 0


def settings_text(report: InitReport, names: Names) -> str:
    done = ", ".join(report.created) or "nothing new (already set up)"
    return "\n".join([
        f"created: {done}; schema steps applied: {len(report.migrated)}; "
        f"passwords set for: {', '.join(report.passwords_set) or 'none (kept)'}",
        "",
        "Give each desk PC this connection (the password is never part of it):",
        f"    {report.desk_url}",
        f"and on each desk PC run once:  desk join {report.desk_url}",
        "",
        "Let the desk PCs in (on the server, then reload PostgreSQL):",
        "    postgresql.conf:  listen_addresses = '*'",
        f"    pg_hba.conf:      host {names.database} {names.app},{names.owner} 192.168.1.0/24 "
        "scram-sha-256",
        "                      (your store's network instead of 192.168.1.0/24)",
        f"After installing a newer desk: desk server upgrade --db "
        f"{report.desk_url.replace(names.app + '@', names.owner + '@', 1)}",
    ])

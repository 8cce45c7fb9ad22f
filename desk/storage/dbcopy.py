"""`desk db copy --from URL --to URL`: move a whole store between databases.

With `--append` the target is made a mirror of the source instead: rows upserted by
their ids, rows the source no longer holds (a remedy replaced, a phone removed) deleted,
nothing else touched. Run it again and nothing changes: a head office's nightly copy of a
store on SQLite (desk.chain).

Copies every table of the schema (settings, staff, departments, customers,
complaints, history with its hash chain, attachments, number sequences, change
log) keeping every id (not the statistics' aggregates: the target builds them again), in batches (a million complaints never sit in memory at
once), inside one transaction on the target: a copy that fails leaves the target
as it was. Then it rebuilds the search index on the target, lets PostgreSQL's id
sequences continue after the copied ids, and checks the result: row counts per
table and the history chain. Works both ways: SQLite -> PostgreSQL -> SQLite.
"""

import sys
from collections.abc import Callable
from dataclasses import dataclass, field

from peewee import AutoField, Database, ForeignKeyField, sort_models

from desk.models import AGGREGATE_TABLES, ALL_MODELS, Complaint
from desk.storage import db, history, secrets
from desk.storage.backends import backend_for
from desk.storage.search_text import SEARCHABLE_FIELDS, complaint_tokens

MIGRATION_TABLE = "schema_migration"
# SQLite allows 32766 parameters in one statement, PostgreSQL 65535.
MAX_PARAMETERS = 30_000


class CopyRefused(Exception):
    """The copy was not started; the message says why."""


@dataclass
class TableResult:
    table: str
    source_rows: int
    target_rows: int

    @property
    def ok(self) -> bool:
        return self.source_rows == self.target_rows


@dataclass
class CopyReport:
    tables: list[TableResult] = field(default_factory=list)
    not_copied: list[str] = field(default_factory=list)  # tables this program does not know
    source_chain: tuple[int, object] = (0, None)
    target_chain: tuple[int, object] = (0, None)
    same_chain_tail: bool = True

    @property
    def ok(self) -> bool:
        return (all(t.ok for t in self.tables) and not self.not_copied
                and self.target_chain[1] is None and self.same_chain_tail
                and self.source_chain[0] == self.target_chain[0])


def _open(url: str, must_exist: bool = False, ask: secrets.Ask | None = None) -> Database:
    if must_exist and not backend_for(db.open_database(url)).exists():
        raise CopyRefused(f"there is no database at {url}")

    def attempt(password):
        database = db.open_database(url, password)
        try:
            database.connect()
        except Exception as exc:  # the driver's own words say why
            raise db.DatabaseUnavailable(str(exc)) from exc
        return database

    return secrets.with_password(url, attempt, ask)


def _check_schema(database: Database, which: str) -> None:
    applied, pending = db.schema_status(database)
    known = {m.name for m in db.migration_runner(database).migrations()}
    if pending and applied:
        raise CopyRefused(f"the {which} database has an older schema: start desk on it once "
                          "to upgrade it, then copy")
    if set(applied) - known:
        raise CopyRefused(f"the {which} database was made by a newer desk: copy with that one")


def _has_rows(database: Database) -> bool:
    existing = set(database.get_tables())
    return any(model.select().bind(database).exists() for model in ALL_MODELS
               if model._meta.table_name in existing)


def _clear(database: Database) -> None:
    backend_for(database).clear_search_index()
    for model in reversed(sort_models(ALL_MODELS)):
        self_refs = _self_references(model)
        if self_refs:  # rows pointing at rows of the same table: unlink them first
            model.update({f: None for f in self_refs}).bind(database).execute()
        model.delete().bind(database).execute()


def _position(fields, wanted) -> int:
    """fields.index(wanted) by identity: a peewee field's == builds an SQL expression."""
    return next(i for i, f in enumerate(fields) if f is wanted)


def _self_references(model) -> list[ForeignKeyField]:
    return [f for f in model._meta.sorted_fields
            if isinstance(f, ForeignKeyField) and f.rel_model is model]


def _pages(model, source: Database, batch: int):
    """The rows of model in source as tuples of Python values, batch by batch."""
    fields = model._meta.sorted_fields
    pk = model._meta.primary_key
    if not pk:  # a small table without a key (the number sequences): page by position
        order, offset = fields, 0
        while rows := list(model.select(*fields).order_by(*order).offset(offset)
                           .limit(batch).tuples().bind(source)):
            yield rows
            offset += len(rows)
        return
    index = _position(fields, pk)
    last = None
    while True:
        query = model.select(*fields).order_by(pk).limit(batch)
        if last is not None:
            query = query.where(pk > last)
        rows = list(query.tuples().bind(source))
        if not rows:
            return
        yield rows
        last = rows[-1][index]


def _drop_stale(model, source: Database, target: Database, batch: int) -> None:
    """Delete the target's rows whose ids the source no longer holds, page by page of the
    source's ids (a million rows never sit in memory); a table without ids is emptied
    (its rows come back whole)."""
    pk = model._meta.primary_key
    if not pk:
        model.delete().bind(target).execute()
        return
    last = None
    while True:
        query = model.select(pk).order_by(pk).limit(batch)
        if last is not None:
            query = query.where(pk > last)
        ids = [row[0] for row in query.tuples().bind(source)]
        span = pk > last if last is not None else None
        if not ids:  # past the source's last id: whatever the target holds there goes
            stale = model.delete() if span is None else model.delete().where(span)
            stale.bind(target).execute()
            return
        condition = (pk <= ids[-1]) & pk.not_in(ids)
        if span is not None:
            condition &= span
        model.delete().where(condition).bind(target).execute()
        last = ids[-1]


def _copy_model(model, source: Database, target: Database, batch: int,
                upsert: bool = False) -> None:
    fields = model._meta.sorted_fields
    pk = model._meta.primary_key
    self_refs = _self_references(model)
    later = [_position(fields, f) for f in self_refs]
    pk_index = _position(fields, pk) if pk else None
    chunk = max(1, MAX_PARAMETERS // len(fields))
    mirror = upsert and pk
    # Bound to the target while inserting: its blob type and its value conversions.
    links = []  # (row id, field, value): a row may point at one copied after it
    with target.bind_ctx([model], bind_refs=False, bind_backrefs=False):
        for rows in _pages(model, source, batch):
            have = _target_rows(model, target, [r[pk_index] for r in rows]) if mirror else {}
            if later:
                pairs = list(zip(self_refs, later, strict=True))
                for row in rows:
                    old = have.get(row[pk_index])
                    links += [(row[pk_index], f, row[i]) for f, i in pairs
                              if row[i] is not None and (old is None or old[i] != row[i])]
            if mirror:  # only what differs: the target's triggers see real changes only
                _update_changed(model, target, [r for r in rows if r[pk_index] in have],
                                have, pk_index, set(later))
                rows = [r for r in rows if r[pk_index] not in have]
            if later:
                rows = [tuple(None if i in later else v for i, v in enumerate(row))
                        for row in rows]
            for start in range(0, len(rows), chunk):
                model.insert_many(rows[start:start + chunk], fields=fields).bind(
                    target).execute()
        for row_id, fk, value in links:  # once every row is in
            model.update({fk: value}).where(pk == row_id).bind(target).execute()


def _target_rows(model, target: Database, ids: list) -> dict:
    """id -> the target's row, as the source's rows come (a mirror compares them)."""
    fields = model._meta.sorted_fields
    pk = model._meta.primary_key
    index = _position(fields, pk)
    return {row[index]: _plain(row) for row in
            model.select(*fields).where(pk.in_(ids)).tuples().bind(target)}


def _plain(row: tuple) -> tuple:
    return tuple(bytes(v) if isinstance(v, memoryview) else v for v in row)


def _update_changed(model, target: Database, rows: list, have: dict, pk_index: int,
                    links: set[int]) -> None:
    """Rows the target holds with other values: updated one by one (plain UPDATEs, not
    an upsert, whose conflict clause would override the target's own triggers'), their
    links to rows of the same table left to the links pass."""
    fields = model._meta.sorted_fields
    for row in rows:
        row = _plain(row)
        old = have[row[pk_index]]
        changed = {f: v for i, (f, v) in enumerate(zip(fields, row, strict=True))
                   if i != pk_index and i not in links and old[i] != v}
        if changed:
            model.update(changed).where(model._meta.primary_key == row[pk_index]).bind(
                target).execute()


def _rebuild_search_index(target: Database, batch: int) -> None:
    backend = backend_for(target)
    backend.clear_search_index()
    columns = [getattr(Complaint, f) for f in SEARCHABLE_FIELDS]
    last = 0
    while rows := list(Complaint.select(Complaint.id, *columns).where(Complaint.id > last)
                       .order_by(Complaint.id).limit(batch).tuples().bind(target)):
        backend.index_many([(row[0], complaint_tokens(*row[1:])) for row in rows])
        last = rows[-1][0]


def _chain(database: Database) -> tuple[tuple[int, object], str | None]:
    """(verify_chain's answer, the hash of the chain's last entry) on database."""
    from desk.models import ComplaintEvent

    with database.bind_ctx([ComplaintEvent], bind_refs=False, bind_backrefs=False):
        result = history.verify_chain()
        tail = ComplaintEvent.select(ComplaintEvent.hash).order_by(
            ComplaintEvent.id.desc()).first()
    return result, tail.hash if tail else None


def copy_store(source_url: str, target_url: str, force: bool = False, batch: int = 2000,
               progress: Callable[[str], None] = lambda text: None,
               ask: secrets.Ask | None = None, append: bool = False) -> CopyReport:
    """Copy the store at source_url into target_url, then check the copy.

    `ask` asks for a password the server wants and libpq's files do not hold.
    `append`: make the target a mirror of the source, whatever it holds (see above).
    """
    source = _open(source_url, must_exist=True, ask=ask)
    try:
        target = _open(target_url, ask=ask)
    except Exception:
        source.close()
        raise
    try:
        _check_schema(source, "source")
        if not db.schema_status(source)[0]:
            raise CopyRefused("the source holds no desk database")
        if _has_rows(target) and not (force or append):
            raise CopyRefused("the target database is not empty (--force replaces its content)")
        db.migration_runner(target).up()
        _check_schema(target, "target")
        report = CopyReport()
        internal = backend_for(source).internal_tables(source.get_tables())
        known = ({m._meta.table_name for m in ALL_MODELS} | {MIGRATION_TABLE}
                 | set(AGGREGATE_TABLES))
        report.not_copied = sorted(set(source.get_tables()) - known - internal)
        models = sort_models(ALL_MODELS)
        with target.atomic():
            if append:  # children first: a parent row goes after the rows pointing at it
                for model in reversed(models):
                    _drop_stale(model, source, target, batch)
            else:
                _clear(target)
            for model in models:
                progress(f"copying {model._meta.table_name}")
                _copy_model(model, source, target, batch, upsert=append)
            backend_for(target).reset_sequences(
                [(m._meta.table_name, m._meta.primary_key.column_name) for m in models
                 if isinstance(m._meta.primary_key, AutoField)])
            progress("rebuilding the search index")
            _rebuild_search_index(target, batch)
            # The statistics' aggregates are built again from the copied complaints (a
            # mirror keeps its own: its triggers marked the months the changes moved).
            for name in AGGREGATE_TABLES if not append else ():
                target.execute_sql(f"DELETE FROM {name}")
        progress("checking")
        for model in models:
            report.tables.append(TableResult(model._meta.table_name,
                                             model.select().bind(source).count(),
                                             model.select().bind(target).count()))
        report.source_chain, source_tail = _chain(source)
        report.target_chain, target_tail = _chain(target)
        report.same_chain_tail = source_tail == target_tail
        return report
    finally:
        source.close()
        target.close()


def format_report(report: CopyReport) -> str:
    lines = [f"{'table':<20} {'source':>10} {'target':>10}"]
    for t in report.tables:
        lines.append(f"{t.table:<20} {t.source_rows:>10} {t.target_rows:>10}"
                     f"{'' if t.ok else '   MISMATCH'}")
    for name in report.not_copied:
        lines.append(f"{name:<20} not copied: unknown to this version of desk")
    checked, broken = report.target_chain
    if broken is None and report.same_chain_tail:
        lines.append(f"history chain on the target: intact, {checked} entries, same last hash")
    elif broken is None:
        lines.append("history chain on the target: its last hash differs from the source's")
    else:
        lines.append(f"history chain on the target: BROKEN at entry {broken.event_id} "
                     f"({broken.reason})")
        if report.source_chain[1] is not None:
            lines.append("  (it was already broken in the source)")
    lines.append("copy verified" if report.ok else "COPY DOES NOT MATCH THE SOURCE")
    return "\n".join(lines)


# -- the command ------------------------------------------------------------------

def add_arguments(parser) -> None:
    sub = parser.add_subparsers(dest="db_command", required=True)
    copy = sub.add_parser("copy", help="copy a whole store from one database into another")
    copy.add_argument("--from", dest="source", required=True, metavar="URL",
                      help="sqlite:///path/desk.sqlite3 or postgresql://user@host/desk (or a path)")
    copy.add_argument("--to", dest="target", required=True, metavar="URL",
                      help="an empty database (created for SQLite)")
    copy.add_argument("--force", action="store_true",
                      help="replace whatever the target database holds")
    copy.add_argument("--append", action="store_true",
                      help="make the target a mirror of the source: upsert by id, delete "
                           "what the source no longer holds (a nightly copy; idempotent)")
    copy.add_argument("--batch", type=int, default=2000, help="rows per batch (default 2000)")


def run(args) -> int:
    from desk.config import to_url

    try:
        report = copy_store(to_url(args.source), to_url(args.target), force=args.force,
                            batch=args.batch, append=args.append, progress=lambda text: print(text, flush=True),
                            ask=secrets.ask_on_terminal)
    except (CopyRefused, db.DatabaseUnavailable) as exc:
        print(f"not copied: {exc}", file=sys.stderr)
        return 1
    print(format_report(report))
    return 0 if report.ok else 1

"""A database made by the first schema version opens in the current one without loss.

The old database is built the way that version built it: the first migration only,
rows written with plain INSERTs of its columns (no code of today in between). Then
today's desk.storage.db.connect() upgrades it, and everything must still be there and work.
"""

import datetime
import random
import uuid
from decimal import Decimal

import pytest

from desk.complaints import registration
from desk.demo import text as demo_text
from desk.models import Complaint
from desk.staff import auth
from desk.storage import db, history
from desk.storage.search_text import text_of
from tests.helpers import all_search_ids

FIRST = "0001_initial"
MIGRATIONS = sorted(
    p.stem for p in db.MIGRATIONS_DIR.glob("[0-9]*.py")
)

# The tables of the first version and how to read them in a fixed order.
V1_TABLES = {
    "setting": "key", "staff": "id", "department": "id", "customer": "id", "complaint": "id",
    "complaint_event": "id", "attachment": "id", "complaint_sequence": "store_code, day",
    "change_log": "id",
}


@pytest.fixture
def empty_url(backend_name, tmp_path, request):
    """A database with no tables at all (not the migrated template of conftest)."""
    if backend_name == "sqlite":
        yield f"sqlite:///{tmp_path / 'old.sqlite3'}"
        return
    import psycopg2

    admin_url = request.getfixturevalue("pg_admin_url")
    name = f"desk_m_{uuid.uuid4().hex[:10]}"

    def admin(sql):
        conn = psycopg2.connect(admin_url)
        conn.autocommit = True
        with conn.cursor() as cur:
            cur.execute(sql)
        conn.close()

    admin(f"CREATE DATABASE \"{name}\" TEMPLATE template0 ENCODING 'UTF8'")
    yield admin_url.rsplit("/", 1)[0] + "/" + name
    db.close()
    admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _insert(table: str, row: dict) -> None:
    """A plain INSERT. Ids are left to the database, as version 1 did (on PostgreSQL its
    sequences must move on); in these fresh tables they come out as the 1, 2, 3... given."""
    row = {k: v for k, v in row.items() if k != "id"}
    conn = db.current()
    names = ", ".join(f'"{k}"' for k in row)
    marks = ", ".join([conn.db.param] * len(row))
    conn.db.execute_sql(f'INSERT INTO "{table}" ({names}) VALUES ({marks})', list(row.values()))


def _fill_first_version(rng: random.Random) -> dict:
    """Rows as version 1 wrote them; returns what the checks need."""
    t0 = datetime.datetime(2024, 3, 1, 9, 30)
    for key, value in (("store_name", '"老店"'), ("store_code", '"S01"'),
                       ("store_address", '"上海市黄浦区南京东路1号"')):
        _insert("setting", {"key": key, "value": value})
    pin = auth.hash_pin("2468")
    for sid, code, name, role in ((1, "boss", "王主管", "supervisor"), (2, "c1", "李小红", "clerk")):
        _insert("staff", dict(id=sid, code=code, name=name, role=role, pin_hash=pin, active=True,
                              authority_limit=Decimal("200.00"), failed_sign_ins=0, created_at=t0))
    _insert("department", dict(id=1, name="送货部", answer_hours=24, active=True, sort_order=0))
    phones = [f"139{rng.randrange(10**8):08d}" for _ in range(12)]
    for cid, phone in enumerate(phones, 1):
        _insert("customer", dict(id=cid, name=f"顾客{cid}", phone=phone, phone_tail=phone[-4:],
                                 member_no=f"88{cid:08d}" if cid % 3 == 0 else None,
                                 declines_callbacks=cid == 5, created_at=t0))
    prev, event_id, per_day = history.GENESIS, 0, {}
    for cid in range(1, 41):
        product, brands, models, _, problems = rng.choice(demo_text.PRODUCTS)
        brand, model = rng.choice(brands), rng.choice(models)
        received = t0 + datetime.timedelta(hours=7 * cid)
        day = received.strftime("%Y%m%d")
        per_day[day] = per_day.get(day, 0) + 1
        customer = rng.randrange(1, len(phones) + 1)
        _insert("complaint", dict(
            id=cid, number=f"S01-{day}-{per_day[day]:04d}", kind="complaint",
            status=rng.choice(("registered", "closed")), channel="counter",
            category="product_quality", customer_id=customer, complainant_name=f"顾客{customer}",
            phone=phones[customer - 1], phone_tail=phones[customer - 1][-4:], member_no=None,
            received_at=received, product_name=product, product_brand=brand, product_model=model,
            order_no=f"XS{cid:06d}", purchase_date=received.date(),
            purchase_amount=Decimal("1999.00"),
            account=f"顾客称{brand}{product}（型号{model}）{rng.choice(problems)}，要求处理。",
            demands="repair", demand_detail="要求上门维修", escalation_level=1,
            media_involved=False, repeat_of_id=cid - 1 if cid % 10 == 0 else None,
            registered_by_id=2, assigned_to_id=2, department_id=1 if cid % 2 else None,
            deadline=None, desk="服务台1", created_at=received, updated_at=received,
            closed_at=None, version=1,
        ))
        for action, new in (("registered", f"S01-{day}-{per_day[day]:04d}"), ("changed", "x")):
            event_id += 1
            entry = history._entry_hash(prev, cid, received, 2, "服务台1", action, "", "", new, "")
            _insert("complaint_event", dict(
                id=event_id, complaint_id=cid, at=received, staff_id=2, desk="服务台1",
                action=action, field="", old_value="", new_value=new, note="", prev_hash=prev,
                hash=entry))
            prev = entry
        _insert("change_log", dict(id=cid, table="complaint", row_id=cid, desk="服务台1",
                                   at=received))
    for day, last in per_day.items():
        _insert("complaint_sequence", dict(store_code="S01", day=day, last=last))
    ids = [r[0] for r in db.current().db.execute_sql("SELECT id FROM complaint ORDER BY id")]
    assert ids == list(range(1, 41))
    _insert("attachment", dict(id=1, complaint_id=3, filename="发票.jpg", mime="image/jpeg",
                               size=4, sha256="0" * 64, data=b"\x00\xffJP", added_by_id=2,
                               added_at=t0))
    return {"events": event_id, "per_day": per_day}


def _snapshot() -> dict:
    """Every row of every v1 table, as the database returns it."""
    conn = db.current().db
    return {
        table: ([c.name for c in conn.get_columns(table)], order)
        for table, order in V1_TABLES.items()
    }


def _rows_of(table: str, columns: list[str], order: str) -> list[tuple]:
    names = ", ".join(f'"{c}"' for c in columns)
    cursor = db.current().db.execute_sql(f'SELECT {names} FROM "{table}" ORDER BY {order}')
    return [tuple(bytes(v) if isinstance(v, memoryview) else v for v in row) for row in cursor]


def test_a_first_version_database_upgrades_without_loss(empty_url):
    rng = random.Random(2)
    conn = db.connect(empty_url, target=FIRST)
    assert db.schema_status(conn.db) == ([FIRST], MIGRATIONS[1:])
    assert not any("search" in t or "fts" in t for t in conn.db.get_tables())
    with conn.db.atomic():
        made = _fill_first_version(rng)
    before = {table: (columns, _rows_of(table, columns, order))
              for table, (columns, order) in _snapshot().items()}
    db.close()

    conn = db.connect(empty_url)  # what the new version does when it starts

    applied, pending = db.schema_status(conn.db)
    assert pending == [] and applied == MIGRATIONS
    for table, (columns, rows) in before.items():
        assert set(columns) <= {c.name for c in conn.db.get_columns(table)}, table
        assert _rows_of(table, columns, V1_TABLES[table]) == rows, table
    assert history.verify_chain() == (made["events"], None)

    # The new search index finds the old complaints by their words, phone and number.
    old = list(Complaint.select().order_by(Complaint.id))
    for c in old:
        word = c.product_name[:2]
        assert {x.id for x in old if word in text_of(x)} == all_search_ids(word), word
        assert c.id in all_search_ids(c.phone[-4:]) and all_search_ids(c.number) == {c.id}
        assert c.id in all_search_ids(c.product_model)
    phrase = old[0].account[-9:-4]  # five characters of the problem: checked against the text
    assert {x.id for x in old if phrase in x.account} == all_search_ids(phrase)

    # Step 0016 leaves the statistics' aggregates empty: the old months are built when
    # first read, and give the figures computed from the old rows themselves.
    assert not db.current().db.execute_sql("SELECT COUNT(*) FROM stats_month").fetchone()[0]
    from desk.statistics import figures, periods
    year = periods.year(old[0].received_at.year)
    later = year.end + datetime.timedelta(days=40)
    assert (figures.compute(year, now=later)
            == figures.compute(year, now=later, use_aggregates=False))
    assert db.current().db.execute_sql("SELECT COUNT(*) FROM stats_month").fetchone()[0] >= 12


def test_an_upgraded_database_carries_on_numbers_and_history(empty_url):
    conn = db.connect(empty_url, target=FIRST)
    with conn.db.atomic():
        made = _fill_first_version(random.Random(5))
    db.close()
    db.connect(empty_url)
    clerk = auth.sign_in("c1", "2468")
    day = max(made["per_day"])
    received = datetime.datetime.strptime(day, "%Y%m%d").replace(hour=20)
    new = registration.register(
        registration.ComplaintInput(category="delivery", complainant_name="张伟",
                                    phone="13912345678", account="送货延误，冰箱外壳磕坏。",
                                    received_at=received),
        clerk, "服务台2",
    )
    assert new.number == f"S01-{day}-{made['per_day'][day] + 1:04d}"
    assert history.verify_chain() == (made["events"] + 1, None)
    assert all_search_ids("磕坏") == {new.id}


def test_names_in_other_scripts_indexed_the_old_way_are_found_after_the_upgrade(empty_url):
    """Step 0012: complaints registered while only Chinese and a-z were indexed."""
    from desk.models.migrations._tokens_v1 import v1_tokens
    from desk.storage.search_text import SEARCHABLE_FIELDS, tokens_of
    from tests.complaints.test_registration import make_input

    # Today's code writes today's schema only, so the rows are written there and given the
    # index the old version made; the schema then forgets step 0012 and runs it again.
    step_0012 = next(m for m in MIGRATIONS if m.startswith("0012"))
    conn = db.connect(empty_url)
    boss = auth.set_up_store("老店", "S01", "boss", "王主管", "2468")
    written = {}
    for name, account in (("Андрей Ёлкин", "Холодильник не работает"),
                          ("مُحَمَّد", "الثلاجة لا تعمل"), ("김민준", "냉장고 고장"),
                          ("张伟", "空调不制冷")):
        c = registration.register(make_input(complainant_name=name, account=account), boss,
                                  "服务台1")
        # What that version's index held for it.
        with db.write_transaction():
            conn.backend.index_complaint(c.id, v1_tokens(*(getattr(c, f) for f in
                                                             SEARCHABLE_FIELDS)),
                                         old_tokens=tokens_of(c))
        written[name] = c.id
    assert all_search_ids("холодильник") == set()  # the defect the step repairs
    history = db.migration_runner(conn.db).History
    history.delete().where(history.name == step_0012).execute()
    db.close()

    db.connect(empty_url)
    assert db.schema_status(db.current().db)[1] == []
    assert all_search_ids("холодильник") == {written["Андрей Ёлкин"]}
    assert all_search_ids("ЁЛКИН") == {written["Андрей Ёлкин"]}
    assert all_search_ids("محمد") == {written["مُحَمَّد"]}
    assert all_search_ids("민준") == {written["김민준"]}
    assert all_search_ids("不制冷") == {written["张伟"]}  # every one is about an air conditioner
    # The index holds exactly today's tokens: an edit replaces them cleanly.
    c = Complaint.get_by_id(written["Андрей Ёлкин"])
    from desk.complaints import editing

    editing.update_complaint(c.id, c.version, {"account": "Телевизор сломан"}, boss, "服务台1")
    assert all_search_ids("холодильник") == set()
    assert all_search_ids("телевизор") == {c.id}
    if db.current().backend.name == "sqlite":
        db.current().db.execute_sql(
            "INSERT INTO complaint_fts(complaint_fts, rank) VALUES ('integrity-check', 1)")

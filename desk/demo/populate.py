"""Realistic demo data: a store, its staff and departments, customers and complaints.

`populate(n)` adds n complaints spread over the last few years (newest today), in
every state, with their search tokens and a registration entry in the hash-chained
history. It writes in large batches straight through the backend's bulk methods,
so a million complaints take minutes, not hours. Numbers continue each day's
sequence, so registrations made afterwards get the next free number.

    desk demo --complaints 100000 [--seed 1] [--db URL]
"""

import argparse
import datetime
import random
import time
from collections import Counter
from decimal import Decimal

from peewee import EXCLUDED, fn

from desk import config, settings, vocab
from desk.demo import lifecycle as L
from desk.demo import text as T
from desk.demo.lifecycle import LifecycleFacts
from desk.models import (
    Complaint,
    ComplaintEvent,
    ComplaintSequence,
    Customer,
    Department,
    Staff,
    now,
)
from desk.staff import auth
from desk.storage import db, history
from desk.storage.search_text import SEARCHABLE_FIELDS, complaint_tokens

YEARS = 3
CUSTOMERS_PER_COMPLAINT = 0.35
MEMBER_SHARE = 0.30
REPEAT_SHARE = 0.04
INQUIRY_SHARE = 0.20
RECENT_KEPT = 400  # complaints a repeat may link back to
REPEAT_REACH = 10_000  # indexes back that a repeat can reach (RECENT_KEPT complaints and more)
OPEN_HOURS = (9 * 3600, 21 * 3600 + 1800)  # complaints arrive 09:00-21:30

COLUMNS = (
    "id", "number", "kind", "status", "channel", "category", "customer_id", "complainant_name",
    "phone", "phone_tail", "member_no", "received_at", "product_name", "product_brand",
    "product_model", "order_no", "purchase_date", "purchase_amount", "account", "demands",
    "demand_detail", "escalation_level", "media_involved", "repeat_of_id", "registered_by_id",
    "assigned_to_id", "department_id", "deadline", "desk", "created_at", "updated_at",
    "closed_at", "version",
)
EVENT_COLUMNS = (
    "id", "complaint_id", "at", "staff_id", "desk", "action", "field", "old_value", "new_value",
    "note", "prev_hash", "hash",
)
CUSTOMER_COLUMNS = ("id", "name", "phone", "phone_tail", "member_no", "declines_callbacks",
                    "created_at")

# A complaint moves along this path; "explained" and "refused" leave it after judging.
COMPLAINT_PATH = (
    "registered", "judged", "investigating", "resolution_proposed", "awaiting_approval",
    "agreed", "carried_out", "callback_pending",
)
INQUIRY_STATUSES = ("registered", "answered", "closed")
CHANNEL_WEIGHTS = {
    "counter": 45, "phone": 30, "web": 9, "email": 4, "letter": 3, "consumer_assoc": 4,
    "hotline_12315": 3, "media": 2,
}
CATEGORY_WEIGHTS = {
    "product_quality": 34, "repair": 12, "delivery": 12, "installation": 10,
    "service_attitude": 10, "price_billing": 8, "promotion": 7, "environment": 4, "other": 3,
}
# The newest complaints show every state at least once, whatever the size.
_SHOWCASE = vocab.STATUSES


# -- the store ----------------------------------------------------------------------

def _ensure_store() -> None:
    if not settings.is_set_up():
        supervisor = auth.set_up_store(T.STORE["name"], T.STORE["code"], T.SUPERVISOR[0],
                                       T.SUPERVISOR[1], T.DEMO_PIN, T.STORE["address"])
        for code, name, limit in T.CLERKS:
            auth.add_staff(code, name, T.DEMO_PIN, "clerk", Decimal(limit), by=supervisor)
    with db.write_transaction():
        known = {d.name for d in Department.select(Department.name)}
        for order, (name, hours) in enumerate(T.DEPARTMENTS):
            if name not in known:
                Department.create(name=name, answer_hours=hours, sort_order=order)


def _random_name(rng: random.Random) -> str:
    given = "".join(rng.choice(T.GIVEN_CHARS) for _ in range(rng.choice((1, 2, 2, 2))))
    return rng.choice(T.SURNAMES) + given


def _random_phone(rng: random.Random) -> str:
    if rng.random() < 0.05:
        return rng.choice(T.AREA_CODES) + str(rng.randint(2, 8)) + f"{rng.randrange(10**7):07d}"
    return rng.choice(T.MOBILE_PREFIXES) + f"{rng.randrange(10**8):08d}"


def _add_customers(rng: random.Random, count: int, first_day: datetime.datetime) -> None:
    backend = db.backend()
    phones = {p for (p,) in Customer.select(Customer.phone).tuples()}
    made = 0
    while made < count:
        n = min(50_000, count - made)
        rows = []
        with db.write_transaction():
            ids = backend.reserve_ids("customer", n)
            for cid in ids:
                phone = _random_phone(rng)
                while phone in phones:
                    phone = _random_phone(rng)
                phones.add(phone)
                member = f"88{rng.randrange(10**8):08d}" if rng.random() < MEMBER_SHARE else None
                since = first_day - datetime.timedelta(days=rng.randrange(1, 900))
                rows.append((cid, _random_name(rng), phone, phone[-4:], member,
                             rng.random() < 0.03, since))
            backend.bulk_insert("customer", CUSTOMER_COLUMNS, rows)
        made += n


# -- when complaints arrive ------------------------------------------------------------

def _day_weight(day: datetime.date, share_of_span: float) -> float:
    weight = 0.7 + 0.6 * share_of_span  # the store grew
    if day.weekday() >= 5:
        weight *= 1.5
    if (day.month == 11 and 11 <= day.day <= 20) or (day.month == 6 and 18 <= day.day <= 25):
        weight *= 1.8  # after the big sales come the complaints
    return weight


def _arrival_times(rng: random.Random, count: int, at: datetime.datetime):
    """count times over the last YEARS years up to `at`, oldest first."""
    today = at.date()
    days = [today - datetime.timedelta(days=d) for d in range(YEARS * 365, -1, -1)]
    weights = [_day_weight(d, i / len(days)) for i, d in enumerate(days)]
    total = sum(weights)
    exact = [count * w / total for w in weights]
    counts = [int(x) for x in exact]
    short = count - sum(counts)
    for i in sorted(range(len(days)), key=lambda i: counts[i] - exact[i])[:short]:
        counts[i] += 1
    seconds_now = at.hour * 3600 + at.minute * 60 + at.second
    for day, k in zip(days, counts, strict=True):
        lo, hi = OPEN_HOURS
        if day == today:
            hi = max(0, seconds_now - 60)
            if hi < lo:  # before opening time: the night's web and e-mail messages
                lo = 0
        midnight = datetime.datetime.combine(day, datetime.time())
        for s in sorted(rng.randint(lo, hi) for _ in range(k)):
            yield midnight + datetime.timedelta(seconds=s)


def _reserve_numbers(store_code: str, received: list[datetime.datetime]) -> list[str]:
    """Numbers for complaints received at these times (ascending), continuing each day."""
    per_day = Counter(r.strftime("%Y%m%d") for r in received)
    # One atomic bump of every day's sequence: desks registering meanwhile continue after us.
    query = (
        ComplaintSequence.insert_many(
            [{"store_code": store_code, "day": day, "last": k} for day, k in per_day.items()]
        )
        .on_conflict(
            conflict_target=[ComplaintSequence.store_code, ComplaintSequence.day],
            update={ComplaintSequence.last: ComplaintSequence.last + EXCLUDED.last},
        )
        .returning(ComplaintSequence.day, ComplaintSequence.last)
        .tuples()
    )
    next_seq = {day: last - per_day[day] + 1 for day, last in query.execute()}
    numbers = []
    for r in received:
        day = r.strftime("%Y%m%d")
        numbers.append(f"{store_code}-{day}-{next_seq[day]:04d}")
        next_seq[day] += 1
    return numbers


# -- one complaint -------------------------------------------------------------------

class _Maker:
    """Makes complaint rows; remembers recent ones so that repeats can link to them."""

    def __init__(self, rng, at, customers, clerks, supervisors, departments):
        self.rng = rng
        self.at = at
        self.customers = customers
        self.clerks = clerks
        self.supervisors = supervisors or clerks
        self.departments = departments  # name -> (id, answer hours)
        self.recent: list[dict] = []
        self.channels = list(CHANNEL_WEIGHTS)
        self.channel_weights = list(CHANNEL_WEIGHTS.values())
        self.categories = list(CATEGORY_WEIGHTS)
        self.category_weights = list(CATEGORY_WEIGHTS.values())

    # status and what follows from it
    def _status(self, kind: str, received: datetime.datetime) -> str:
        rng = self.rng
        age = (self.at - received).total_seconds() / 86400
        if kind == "inquiry":
            if age > 3 or rng.random() < age / 3:
                return "closed"
            return rng.choice(("registered", "answered"))
        if age > 60:
            roll = rng.random()
            return "closed" if roll < 0.99 else ("explained" if roll < 0.996 else "refused")
        if rng.random() < min(0.93, age / 25):
            return "closed"
        roll = rng.random()
        if roll < 0.06:
            return "explained"
        if roll < 0.09:
            return "refused"
        reach = min(len(COMPLAINT_PATH), 2 + int(age / 2))
        return COMPLAINT_PATH[rng.randrange(reach)]

    def _product(self):
        rng = self.rng
        name, brands, models, (lo, hi), problems = rng.choice(T.PRODUCTS)
        return name, rng.choice(brands), rng.choice(models), (lo, hi), problems

    def _when(self, received: datetime.datetime) -> str:
        phrase = self.rng.choice(T.WHEN)
        if "{m}" in phrase:
            past = received - datetime.timedelta(days=self.rng.randrange(1, 60))
            phrase = phrase.format(m=past.month, d=past.day)
        return phrase

    def _amount(self, lo: int = 20, hi: int = 800) -> int:
        return self.rng.randrange(lo, hi) // 10 * 10

    def complaint(self, index: int, received: datetime.datetime,
                  forced_status: str | None) -> dict:
        """The index-th complaint of this run, without its id and number (given at writing)."""
        rng = self.rng
        kind = "inquiry" if rng.random() < INQUIRY_SHARE else "complaint"
        if forced_status == "answered":
            kind = "inquiry"
        elif forced_status and forced_status not in INQUIRY_STATUSES:
            kind = "complaint"
        repeat = None
        if kind == "complaint" and self.recent and rng.random() < REPEAT_SHARE:
            candidate = rng.choice(self.recent)
            if (received - candidate["received_at"]).days <= 30:
                repeat = candidate
        row = self._repeat(repeat, received) if repeat else self._fresh(kind, received)
        row.update(index=index, kind=kind, received_at=received)
        row["status"] = forced_status or self._status(kind, received)
        self._people_and_dates(row)
        if kind == "complaint":
            self.recent.append(row)
            if len(self.recent) > RECENT_KEPT:
                del self.recent[:RECENT_KEPT // 2]
        return row

    def _fresh(self, kind: str, received: datetime.datetime) -> dict:
        rng = self.rng
        customer = rng.choice(self.customers)
        product, brand, model, (lo, hi), problems = self._product()
        channel = rng.choices(self.channels, self.channel_weights)[0]
        price = rng.randrange(lo, hi) // 100 * 100 + 99
        purchase_date = None
        if rng.random() < 0.9:
            purchase_date = received.date() - datetime.timedelta(days=rng.randrange(0, 400))
        order_no = None
        if purchase_date and rng.random() < 0.75:
            order_no = f"XS{purchase_date:%Y%m%d}{rng.randrange(10**5):05d}"
        if kind == "inquiry":
            category, sentence = rng.choice(T.INQUIRIES)
            account = sentence.format(product=product, brand=brand, model=model) + "。"
            demands, detail = [], ""
        else:
            category = rng.choices(self.categories, self.category_weights)[0]
            account = self._account(category, received, product, brand, model, problems)
            demands = rng.sample(T.CATEGORY_DEMANDS[category], rng.choice((1, 1, 2)))
            detail = "，".join(
                rng.choice(T.DEMAND_DETAILS[d]).format(amount=self._amount(100, price))
                for d in demands
            )
        if category in ("environment", "other") and kind == "complaint":
            product = brand = model = ""
            purchase_date = order_no = None
        name = customer[1]
        if channel == "phone" and rng.random() < 0.3:
            name = name[0] + rng.choice(T.TITLES)
        level = rng.choices((1, 2, 3), (90, 8, 2))[0] if kind == "complaint" else 1
        media = channel == "media" or (kind == "complaint" and rng.random() < 0.003)
        if channel in vocab.THIRD_PARTY_CHANNELS or media:
            level = 3
        return dict(
            channel=channel, category=category, customer_id=customer[0], complainant_name=name,
            phone=customer[2], phone_tail=customer[2][-4:], member_no=customer[3],
            product_name=product, product_brand=brand, product_model=model, order_no=order_no,
            purchase_date=purchase_date,
            purchase_amount=Decimal(f"{price}.00") if purchase_date else None,
            account=account, demands=",".join(d for d in vocab.DEMANDS if d in demands),
            demand_detail=detail, escalation_level=level, media_involved=media,
            repeat_of_index=None, first_account=account,
        )

    def _account(self, category, received, product, brand, model, problems) -> str:
        rng = self.rng
        if category == "product_quality" or (category == "repair" and rng.random() < 0.7):
            problem = "出现" + rng.choice(problems) + "的问题"
            if category == "repair":
                problem += "，" + rng.choice(T.SERVICE_PROBLEMS["repair"])
        else:
            problem = rng.choice(T.SERVICE_PROBLEMS[category]).format(amount=self._amount())
        if category in ("environment", "other"):
            return f"顾客反映{self._when(received)}在本商场购物时，{problem}。{rng.choice(T.FEELING)}"
        if category in ("product_quality", "repair"):
            lead = f"{rng.choice(T.USAGE)}{problem}"
        else:
            lead = problem
        followup = T.FOLLOWUP_PRODUCT if category in ("product_quality", "repair") else (
            T.FOLLOWUP_SERVICE)
        return (
            f"顾客称{self._when(received)}在本店购买的{brand}{product}（型号{model}），{lead}，"
            f"{rng.choice(followup)}。{rng.choice(T.FEELING)}"
        )

    def _repeat(self, earlier: dict, received: datetime.datetime) -> dict:
        row = {k: earlier[k] for k in (
            "channel", "category", "customer_id", "complainant_name", "phone", "phone_tail",
            "member_no", "product_name", "product_brand", "product_model", "order_no",
            "purchase_date", "purchase_amount", "demands", "demand_detail", "media_involved",
        )}
        row["first_account"] = earlier["first_account"]
        row["account"] = self.rng.choice(T.REPEAT_OPENING) + earlier["first_account"]
        row["escalation_level"] = min(3, earlier["escalation_level"] + 1)
        row["repeat_of_index"] = earlier["index"]
        return row

    def _people_and_dates(self, row: dict) -> None:
        rng = self.rng
        received, status = row["received_at"], row["status"]
        by = rng.choice(self.supervisors) if rng.random() < 0.08 else rng.choice(self.clerks)
        row["registered_by_id"] = by
        row["assigned_to_id"] = by if rng.random() < 0.85 else rng.choice(self.clerks)
        row["desk"] = rng.choice(T.DESKS)
        row["department_id"] = row["deadline"] = row["closed_at"] = None
        # Judging a complaint founded routes it to a department (desk.complaints.lifecycle).
        routed = status not in ("registered", "explained", "refused", "answered")
        if routed and row["category"] in T.CATEGORY_DEPARTMENT and (
                row["kind"] == "complaint" or row["category"] in ("delivery", "installation")):
            dept_id, hours = self.departments[T.CATEGORY_DEPARTMENT[row["category"]]]
            row["department_id"] = dept_id
            row["deadline"] = received + datetime.timedelta(hours=hours)
        row["created_at"] = received
        if status == "closed":
            took = datetime.timedelta(minutes=rng.randrange(10, 60 * 24 * 8))
            row["closed_at"] = min(received + took, self.at)
            row["updated_at"] = row["closed_at"]
        elif status == "registered":
            row["updated_at"] = received
        else:
            took = datetime.timedelta(minutes=rng.randrange(5, 60 * 24 * 3))
            row["updated_at"] = min(received + took, self.at)
        row["version"] = 1


# -- writing -------------------------------------------------------------------------

def _append_history(events: list[tuple]) -> None:
    """Append registration entries to the hash chain, continuing from its tail."""
    backend = db.backend()
    backend.lock_history_chain()
    tail = ComplaintEvent.select(ComplaintEvent.hash).order_by(ComplaintEvent.id.desc()).first()
    prev = tail.hash if tail else history.GENESIS
    rows = []
    for eid, (cid, at, staff_id, desk, action, field, new) in zip(
            backend.reserve_ids("complaint_event", len(events)), events, strict=True):
        entry_hash = history._entry_hash(prev, cid, at, staff_id, desk, action, field, "", new, "")
        rows.append((eid, cid, at, staff_id, desk, action, field, "", new, "", prev, entry_hash))
        prev = entry_hash
    backend.bulk_insert("complaint_event", EVENT_COLUMNS, rows)


def _batches(maker: _Maker, times, complaints: int, batch: int, forced: dict[int, str]):
    """Batches of (row, search tokens) without ids and numbers (given at writing)."""
    for first in range(0, complaints, batch):
        made = []
        for index in range(first, min(first + batch, complaints)):
            row = maker.complaint(index, next(times), forced.get(index))
            made.append((row, complaint_tokens(*(row[f] for f in SEARCHABLE_FIELDS))))
        yield made


def _write_batch(store_code: str, made: list[tuple[dict, list[str]]], id_of: dict,
                 facts: LifecycleFacts) -> None:
    """Write one batch: ids and numbers are taken inside its transaction."""
    backend = db.backend()
    with db.write_transaction():
        ids = backend.reserve_ids("complaint", len(made))
        numbers = _reserve_numbers(store_code, [row["received_at"] for row, _ in made])
        rows, token_rows, events = [], [], []
        for (row, tokens), cid, number in zip(made, ids, numbers, strict=True):
            id_of[row["index"]] = cid
            repeat_of = id_of[row["repeat_of_index"]] if row["repeat_of_index"] is not None \
                else None
            values = dict(row, id=cid, number=number, repeat_of_id=repeat_of)
            rows.append(tuple(values[c] for c in COLUMNS))
            token_rows.append((cid, tokens))
            at, by, desk = row["received_at"], row["registered_by_id"], row["desk"]
            events.append((cid, at, by, desk, "registered", "", number))
            if repeat_of:
                events.append((cid, at, by, desk, "linked_repeat", "repeat_of", str(repeat_of)))
        backend.bulk_insert("complaint", COLUMNS, rows)
        backend.index_many(token_rows)
        _append_history(events)
        _write_lifecycle(facts, made, ids)


def _write_lifecycle(facts: LifecycleFacts, made, ids) -> None:
    """The lifecycle rows the batch's states imply (desk.demo.lifecycle), same transaction."""
    backend = db.backend()
    for (row, _), cid in zip(made, ids, strict=True):
        facts.add(row, cid)
    backend.bulk_insert("complaint_case", L.CASE_COLUMNS, [tuple(c) for c in facts.cases])
    for table, columns, count, to_rows in (
            ("transfer", L.TRANSFER_COLUMNS, len(facts.transfers), L.transfer_rows),
            ("remedy", L.REMEDY_COLUMNS, len(facts.remedies), L.remedy_rows),
            ("callback", L.CALLBACK_COLUMNS, L.callback_count(facts), L.callback_rows)):
        if count:
            backend.bulk_insert(table, columns, to_rows(facts, backend.reserve_ids(table, count)))


def populate(complaints: int, seed: int = 1, progress=None, batch: int = 10_000) -> None:
    """Add `complaints` demo complaints to the current database (setting up the store first)."""
    rng = random.Random(seed)
    at = now()
    _ensure_store()
    store_code = settings.get("store_code")
    staff = list(Staff.select(Staff.id, Staff.role).where(Staff.active == True))  # noqa: E712
    supervisors = [s.id for s in staff if s.role == "supervisor"]
    clerks = [s.id for s in staff if s.role != "supervisor"] or supervisors
    departments = {d.name: (d.id, d.answer_hours) for d in Department.select()}
    first_day = at - datetime.timedelta(days=YEARS * 365)
    _add_customers(rng, max(10, int(complaints * CUSTOMERS_PER_COMPLAINT)), first_day)
    customers = list(
        Customer.select(Customer.id, Customer.name, Customer.phone, Customer.member_no).tuples()
    )
    maker = _Maker(rng, at, customers, clerks, supervisors, departments)
    facts = LifecycleFacts(rng, [d for d, _ in departments.values()])
    # The newest complaints include every state, one in three from the newest down.
    forced = {complaints - 1 - 3 * k: s for k, s in enumerate(_SHOWCASE) if 3 * k < complaints}
    times = _arrival_times(rng, complaints, at)
    id_of: dict[int, int] = {}  # index in this run -> id, for repeats (recent ones only)
    done = 0
    for made in _batches(maker, times, complaints, batch, forced):
        _write_batch(store_code, made, id_of, facts.fresh())
        done += len(made)
        for old in [i for i in id_of if i < done - REPEAT_REACH]:
            del id_of[old]
        if progress:
            progress(done, complaints)
    db.backend().after_bulk_load()


# -- the `desk demo` command ---------------------------------------------------------

def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--complaints", type=int, default=2000,
                        help="how many complaints to add (default 2000)")
    parser.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    # SUPPRESS: without it the sub-command's empty --db would hide `desk --db URL demo`.
    parser.add_argument("--db", default=argparse.SUPPRESS,
                        help="database: a SQLite file path or a postgresql:// URL")


def _progress_printer(started: float):
    """A progress callback printing at most every 5 seconds, and at the end."""
    last = [started]

    def show(done: int, total: int) -> None:
        at = time.monotonic()
        if at - last[0] < 5 and done < total:
            return
        last[0] = at
        rate = done / (at - started) if at > started else 0
        print(f"  {done:>10,} / {total:,} complaints  {at - started:7.1f} s  {rate:,.0f}/s",
              flush=True)

    return show


def run(args) -> int:
    url = config.database_url(getattr(args, "db", None))
    connection = db.connect(url)
    print(f"database: {config.strip_password(url)} ({connection.backend.name})")
    started = time.monotonic()
    populate(args.complaints, seed=args.seed, progress=_progress_printer(started))
    elapsed = time.monotonic() - started
    by_status = dict(
        Complaint.select(Complaint.status, fn.COUNT(Complaint.id))
        .group_by(Complaint.status)
        .tuples()
    )
    print(f"added {args.complaints:,} complaints in {elapsed:.1f} s; the database now holds "
          f"{sum(by_status.values()):,} complaints, {Customer.select().count():,} customers")
    for status in vocab.STATUSES:
        print(f"  {status:<20} {by_status.get(status, 0):>10,}")
    if settings.get("store_code") == T.STORE["code"]:
        print(f"sign in as {T.SUPERVISOR[0]} (supervisor) or c01..c06 (clerks), PIN {T.DEMO_PIN}")
    db.close()
    return 0

"""Assigning customers to clerks (按照负责客户数量均衡、兼顾业务能力的原则).

The supervisor asks for a proposal, sees it, and applies it in one transaction:
- "unassigned": the customers nobody holds go to the clerks;
- "all": every customer is rebalanced, moving as few as possible;
- "leaving": the customers of one clerk (who leaves) go to the others.
Each clerk ends with a number of customers in proportion to their ability level (1-3),
never above their capacity, never below what they keep. Customers tagged VIP,
sensitive or media contact go to the most able clerks first.

A new assignment carries a first contact due one week later; the clerk's contact
(record_contact) meets it. Applying checks that every moved customer is still held by
whom the proposal saw: two supervisors applying at once get a conflict, and nothing
of the second is written.
"""

import datetime
import json
from dataclasses import dataclass, field, replace

from peewee import fn

from desk import vocab
from desk.customers import records, search
from desk.errors import ConflictError, DeskError, ValidationError
from desk.models import Customer, CustomerContact, Staff, now
from desk.staff import permissions
from desk.storage import db
from desk.storage.history import mark_changed
from desk.validation import check_not_future, check_text

UNASSIGNED, ALL, LEAVING = "unassigned", "all", "leaving"
MODES = (UNASSIGNED, ALL, LEAVING)
FIRST_CONTACT_DAYS = 7
NOTE_MAX = 500
CHUNK = 500  # ids per UPDATE: inside every database's parameter limit


@dataclass(frozen=True)
class Share:
    """One clerk's part of a proposal."""

    staff_id: int
    name: str
    level: int
    capacity: int | None
    holds: int  # before
    gets: int  # customers moving to them
    gives: int  # customers moving away from them
    demanding: int  # of those they get: VIP, sensitive, media contact

    @property
    def after(self) -> int:
        return self.holds + self.gets - self.gives


@dataclass
class Proposal:
    mode: str
    leaving_id: int | None
    made_at: datetime.datetime
    shares: list[Share]
    moves: list[tuple[int, int | None, int]] = field(repr=False)  # (customer, from, to)
    unplaced: int = 0  # customers for whom no clerk had room

    @property
    def moved(self) -> int:
        return len(self.moves)


def _clerks(leaving_id: int | None) -> list[Staff]:
    found = list(Staff.select().where((Staff.role == permissions.CLERK)
                                      & (Staff.active == True)  # noqa: E712
                                      & (Staff.id != (leaving_id or 0)))
                 .order_by(Staff.ability_level.desc(), Staff.id))
    if not found:
        raise ValidationError({"clerks": ("no_active_clerks", {})})
    return found


def _holdings() -> dict[int, int]:
    return dict(Customer.select(Customer.assigned_to, fn.COUNT(Customer.id))
                .where(Customer.merged_into.is_null() & Customer.assigned_to.is_null(False))
                .group_by(Customer.assigned_to).tuples())


def _demanding(tags: str) -> bool:
    return bool(tags) and any(t in vocab.DEMANDING_TAGS for t in tags.split(","))


def targets(total: int, weights: list[int], floors: list[int],
            caps: list[int | None]) -> list[int]:
    """Whole numbers in proportion to weights, each within [floor, cap], summing to total
    (or to what the caps allow): a water level found by bisection, then the largest
    remainders get the leftover units."""
    room = sum(c if c is not None else total for c in caps)
    total = min(total, room)

    def level(x: float) -> list[float]:
        out = []
        for w, lo, cap in zip(weights, floors, caps, strict=True):
            v = max(lo, x * w)
            out.append(min(v, cap) if cap is not None else v)
        return out

    lo, hi = 0.0, float(total + 1)
    for _ in range(100):
        mid = (lo + hi) / 2
        lo, hi = (mid, hi) if sum(level(mid)) < total else (lo, mid)
    exact = level(hi)
    whole = [int(v) for v in exact]
    order = sorted(range(len(exact)), key=lambda i: (whole[i] - exact[i], -weights[i], i))
    for i in order:
        if sum(whole) >= total:
            break
        if caps[i] is None or whole[i] < caps[i]:
            whole[i] += 1
    return whole


def propose(mode: str, supervisor, leaving_id: int | None = None) -> Proposal:
    """What applying would do; reads, writes nothing."""
    permissions.require(supervisor, "assign_customers")
    if mode not in MODES:
        raise ValidationError({"mode": ("choice_invalid", {})})
    if mode == LEAVING and not Staff.get_or_none(Staff.id == (leaving_id or 0)):
        raise ValidationError({"leaving": ("required", {})})
    clerks = _clerks(leaving_id if mode == LEAVING else None)
    holds = _holdings()
    live = Customer.merged_into.is_null()
    if mode == UNASSIGNED:
        pool_where = live & Customer.assigned_to.is_null()
    elif mode == LEAVING:
        pool_where = live & (Customer.assigned_to == leaving_id)
    else:  # ALL: the unassigned and the customers of anyone who is not an active clerk
        pool_where = live & (Customer.assigned_to.is_null()
                             | Customer.assigned_to.not_in([c.id for c in clerks]))
    pool = list(Customer.select(Customer.id, Customer.assigned_to, Customer.tags)
                .where(pool_where).order_by(Customer.id).tuples())
    keeps = [holds.get(c.id, 0) for c in clerks]
    total = sum(keeps) + len(pool)
    floors = [0] * len(clerks) if mode == ALL else keeps
    caps = [c.capacity if c.capacity is None else max(c.capacity, f)
            for c, f in zip(clerks, floors, strict=True)]
    goal = targets(total, [c.ability_level for c in clerks], floors, caps)
    moves: list[tuple[int, int | None, int]] = []
    gives = [0] * len(clerks)
    if mode == ALL:  # clerks above their goal hand over their newest customers
        for i, c in enumerate(clerks):
            excess = keeps[i] - goal[i]
            if excess > 0:
                newest = (Customer.select(Customer.id, Customer.assigned_to, Customer.tags)
                          .where(live & (Customer.assigned_to == c.id))
                          .order_by(Customer.id.desc()).limit(excess).tuples())
                pool += list(newest)
                gives[i] = excess
    free = [max(0, goal[i] - keeps[i] + gives[i]) for i in range(len(clerks))]
    # The most able clerks come first in `clerks`: the demanding customers fill their room
    # first, the others follow in id order.
    pool.sort(key=lambda row: (not _demanding(row[2]), row[0]))
    slots = [i for i in range(len(clerks)) for _ in range(free[i])]
    got, demanding = [0] * len(clerks), [0] * len(clerks)
    for (customer_id, held_by, tags), i in zip(pool, slots, strict=False):
        moves.append((customer_id, held_by, clerks[i].id))
        got[i] += 1
        demanding[i] += _demanding(tags)
    shares = [Share(c.id, c.name, c.ability_level, c.capacity, keeps[i], got[i], gives[i],
                    demanding[i]) for i, c in enumerate(clerks)]
    return Proposal(mode, leaving_id if mode == LEAVING else None, now(), shares, moves,
                    unplaced=max(0, len(pool) - len(slots)))


def apply(proposal: Proposal, supervisor, desk: str,
          progress=None) -> int:
    """Write the proposal in one transaction; returns how many customers moved."""
    permissions.require(supervisor, "assign_customers")
    at = now()
    due = at + datetime.timedelta(days=FIRST_CONTACT_DAYS)
    targets_now = {s.staff_id for s in proposal.shares}
    with db.write_transaction():
        active = {s.id for s in Staff.select(Staff.id).where(
            Staff.id.in_(list(targets_now)) & (Staff.active == True))}  # noqa: E712
        if active != targets_now:
            raise ValidationError({"clerks": ("clerk_inactive", {})})
        groups: dict[tuple, list[int]] = {}
        for customer_id, held_by, to in proposal.moves:
            groups.setdefault((held_by, to), []).append(customer_id)
        done = 0
        events = []
        for (held_by, to), ids in groups.items():
            was = Customer.assigned_to.is_null() if held_by is None else (
                Customer.assigned_to == held_by)
            for start in range(0, len(ids), CHUNK):
                chunk = ids[start:start + CHUNK]
                changed = (Customer.update(assigned_to=to, assigned_at=at,
                                           first_contact_due=due, first_contact_at=None,
                                           version=Customer.version + 1)
                           .where(Customer.id.in_(chunk) & was
                                  & Customer.merged_into.is_null())
                           .execute())
                if changed != len(chunk):
                    raise ConflictError("assignment_changed")
                done += changed
                if progress:
                    progress(done, len(proposal.moves))
            detail = json.dumps({"from": held_by, "to": to, "mode": proposal.mode})
            events += [(cid, at, supervisor.id, desk, "assigned", detail) for cid in ids]
        db.backend().bulk_insert("customer_event",
                                 ("customer_id", "at", "staff_id", "desk", "action", "detail"),
                                 events)
        mark_changed(records.TABLE, 0, desk)  # 0: many records at once
    return done


# -- the clerk's side -----------------------------------------------------------------------

@dataclass(frozen=True)
class HeldCustomer:
    id: int
    name: str
    phone: str
    tags: list[str]
    assigned_at: datetime.datetime | None
    first_contact_due: datetime.datetime | None
    first_contact_at: datetime.datetime | None
    holder_name: str = ""  # filled by first_contacts_due, which lists several clerks' customers

    def state(self, at: datetime.datetime) -> str:
        """"contacted", "overdue" or "due" (the first contact)."""
        if self.first_contact_at is not None or self.first_contact_due is None:
            return "contacted"
        return "overdue" if self.first_contact_due < at else "due"


def _held(rows) -> list[HeldCustomer]:
    return [HeldCustomer(r.id, r.name, r.phone, r.tag_codes, r.assigned_at,
                         r.first_contact_due, r.first_contact_at) for r in rows]


def my_customers(staff_id: int, offset: int = 0, limit: int = 200) -> list[HeldCustomer]:
    """A clerk's customers: first contacts owed first (earliest due), then the others."""
    rows = (Customer.select(Customer.id, Customer.name, Customer.phone, Customer.tags,
                            Customer.assigned_at, Customer.first_contact_due,
                            Customer.first_contact_at)
            .where((Customer.assigned_to == staff_id) & Customer.merged_into.is_null())
            .order_by(*search.owed_first(), Customer.id)
            .offset(offset).limit(limit))
    return _held(rows)


def count_held(staff_id: int) -> int:
    return (Customer.select().where((Customer.assigned_to == staff_id)
                                    & Customer.merged_into.is_null()).count())


def first_contacts_due(until: datetime.datetime, limit: int = 300,
                       staff_id: int | None = None) -> tuple[int, list[HeldCustomer]]:
    """(how many, the earliest `limit`) first contacts owed by `until`, overdue included."""
    where = (Customer.first_contact_at.is_null() & (Customer.first_contact_due < until)
             & Customer.merged_into.is_null())
    if staff_id is not None:
        where &= Customer.assigned_to == staff_id
    count = Customer.select().where(where).count()
    rows = list(Customer.select(Customer.id, Customer.name, Customer.phone, Customer.tags,
                                Customer.assigned_at, Customer.first_contact_due,
                                Customer.first_contact_at, Customer.assigned_to)
                .where(where).order_by(Customer.first_contact_due, Customer.id).limit(limit))
    owed = _held(rows)
    holders = {r.id: r.assigned_to_id for r in rows}
    names = dict(Staff.select(Staff.id, Staff.name)
                 .where(Staff.id.in_(set(holders.values()))).tuples()) if holders else {}
    return count, [replace(c, holder_name=names.get(holders[c.id], "")) for c in owed]


def record_contact(customer_id: int, staff, method: str, note: str, desk: str,
                   at: datetime.datetime | None = None) -> CustomerContact:
    """A clerk's contact with the customer; the holder's first one meets the week's due."""
    permissions.require(staff, "record_customer_contact")
    errors = {}
    if method not in vocab.CONTACT_METHODS:
        errors["method"] = ("choice_invalid", {})
    note, error = check_text(note, NOTE_MAX)
    if error:
        errors["note"] = error
    moment = at or now()
    if (error := check_not_future(moment, now())):
        errors["at"] = error
    if errors:
        raise ValidationError(errors)
    customer_id = records.resolve(customer_id)
    with db.write_transaction():
        customer = Customer.get_or_none(Customer.id == customer_id)
        if customer is None:
            raise DeskError("not_found")
        contact = CustomerContact.create(customer=customer_id, staff=staff.id, at=moment,
                                         method=method, note=note, desk=desk)
        if customer.assigned_to_id == staff.id and customer.first_contact_at is None:
            Customer.update(first_contact_at=moment, version=Customer.version + 1).where(
                Customer.id == customer_id).execute()
            records.record_event(customer_id, staff.id, desk, "first_contact",
                                 method=method)
        mark_changed(records.TABLE, customer_id, desk)
    return contact

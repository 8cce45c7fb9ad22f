"""What happened to each demo complaint after registration, as the lifecycle tables hold it.

demo.populate writes complaint rows in a given state; this module adds the facts that
state implies, so that the worklist, the callback queue, the handover and the
statistics have something true to show: the judgment and the first answer
(ComplaintCase), reassignments (Transfer), remedies (Remedy) and callbacks (Callback).
Rows come back as tuples for the backend's bulk insert, in the column orders below.
"""

import datetime
import random
from decimal import Decimal

from desk.demo.text import CATEGORY_DEPARTMENT

CASE_COLUMNS = ("complaint_id", "judgment", "judged_at", "judged_by_id", "explanation",
                "refusal_reason", "evidence", "cause", "cause_detail", "responsible_person",
                "answered_at", "reopen_count", "reopened_at", "transfer_count", "remedy_total")
TRANSFER_COLUMNS = ("id", "complaint_id", "from_department_id", "to_department_id",
                    "from_staff_id", "to_staff_id", "reason", "by_id", "at")
REMEDY_COLUMNS = ("id", "complaint_id", "position", "kind", "amount", "text")
CALLBACK_COLUMNS = ("id", "complaint_id", "customer_id", "purpose", "topic", "due_at",
                    "window_end", "customer_time", "attempt", "previous_id", "outbound",
                    "assigned_to_id", "created_by_id", "created_at", "state", "done_at",
                    "done_by_id", "method", "outcome", "score", "notes", "desk", "version")

JUDGED = ("judged", "investigating", "resolution_proposed", "awaiting_approval", "agreed",
          "carried_out", "callback_pending")
INVESTIGATED = JUDGED[1:]
AGREED = ("agreed", "carried_out", "callback_pending")
CARRIED_OUT = ("carried_out", "callback_pending")
CAUSE_OF = {
    "product_quality": "product_quality", "repair": "product_quality", "delivery":
    "delivery_installation", "installation": "delivery_installation", "service_attitude":
    "service", "promotion": "communication", "price_billing": "service", "environment":
    "service", "other": "customer_misunderstanding",
}
REMEDY_FOR = {"refund": "refund", "exchange": "exchange", "repair": "repair",
              "compensation": "cash_compensation", "apology": "apology",
              "explanation": "explanation"}
WITH_AMOUNT = ("refund", "cash_compensation", "discount", "gift")
OUTCOME_WEIGHTS = {"satisfied": 72, "basically_satisfied": 21, "dissatisfied": 0}
SATISFIED_NOTES = ("顾客表示满意，感谢商场", "新机使用正常", "维修后已正常使用",
                   "顾客对处理结果基本满意", "已收到退款")
DISSATISFIED_NOTES = ("顾客认为赔偿太少", "换的新机仍有同样问题", "安装师傅态度不好")
EXPLANATIONS = ("该商品非本店售出，已礼貌说明", "属正常使用现象，已向顾客解释")
HOUR = datetime.timedelta(hours=1)
MINUTE = datetime.timedelta(minutes=1)


class LifecycleFacts:
    """Collects the rows of one batch; `add` per complaint, then read the lists."""

    def __init__(self, rng: random.Random, department_ids: list[int]):
        self.rng = rng
        self.department_ids = department_ids
        self.cases: list[tuple] = []
        self.transfers: list[dict] = []
        self.remedies: list[dict] = []
        self.callbacks: list[list[dict]] = []  # chains: a retry points at the try before

    def fresh(self) -> "LifecycleFacts":
        """An empty collector for the next batch, sharing the random generator."""
        return LifecycleFacts(self.rng, self.department_ids)

    def add(self, row: dict, cid: int) -> None:
        if row["kind"] == "inquiry":
            if row["status"] != "registered":
                self._case(cid, None, row, answered=self._answer_time(row))
            return
        status = row["status"]
        if status == "registered":
            return
        judged_at = self._between(row["received_at"], row["updated_at"], 0.2)
        if status == "explained" or (status == "closed" and self.rng.random() < 0.06):
            self._case(cid, "not_founded", row, judged_at=judged_at, answered=judged_at,
                       explanation=self.rng.choice(EXPLANATIONS))
            return
        if status == "refused":
            self._case(cid, "unreasonable", row, judged_at=judged_at, answered=judged_at,
                       refusal="顾客索要远超损失的赔偿")
            return
        answered = None
        if status in AGREED or status == "closed":
            answered = self._answer_time(row)
        cause = CAUSE_OF.get(row["category"]) if status in INVESTIGATED or status == "closed" \
            else None
        # A few closed ones were reopened after a dissatisfied callback (二次投诉).
        reopened = (status == "closed" and answered is not None and self.rng.random() < 0.02
                    and row["closed_at"] - answered >= 3 * HOUR)
        self._case(cid, "founded", row, judged_at=judged_at, answered=answered, cause=cause,
                   reopened=reopened)
        if row["department_id"] and self.rng.random() < 0.05:
            self._transfer(cid, row, judged_at)
        if status in AGREED or status == "closed":
            self._remedies(cid, row)
        if status in CARRIED_OUT:
            self._open_callback(cid, row)
        elif status == "closed" and (row["member_no"] or self.rng.random() < 0.9):
            self._done_callbacks(cid, row, answered, reopened)

    # -- the pieces -----------------------------------------------------------------
    def _between(self, start, end, share_max: float) -> datetime.datetime:
        span = max((end - start).total_seconds(), 0)
        return start + datetime.timedelta(seconds=int(span * self.rng.random() * share_max))

    def _answer_time(self, row: dict) -> datetime.datetime:
        """Most answers come before the promised time; some late, none after closing."""
        received, deadline = row["received_at"], row["deadline"]
        end = row["closed_at"] or row["updated_at"]
        if deadline is not None and self.rng.random() < 0.86:
            end = min(end, deadline)
        return max(received, self._between(received, end, 1.0))

    def _case(self, cid, judgment, row, *, judged_at=None, answered=None, explanation="",
              refusal="", cause=None, reopened=False) -> None:
        reopened_at = None
        if reopened:  # the first answer, a dissatisfied callback, reopened, answered again
            reopened_at = answered + HOUR
            answered = reopened_at + HOUR
        self.cases.append([cid, judgment, judged_at, row["registered_by_id"] if judgment else
                           None, explanation, refusal, "", cause, "", "", answered,
                           1 if reopened_at else 0, reopened_at, 0, None])

    def _transfer(self, cid, row, judged_at) -> None:
        others = [d for d in self.department_ids if d != row["department_id"]]
        if not others:
            return
        self.cases[-1][-2] += 1  # desk.complaints.case_totals keeps the count on the case row
        self.transfers.append(dict(
            complaint_id=cid, from_department_id=self.rng.choice(others),
            to_department_id=row["department_id"], from_staff_id=None, to_staff_id=None,
            reason="责任部门判断有误，转交" + CATEGORY_DEPARTMENT.get(row["category"], ""),
            by_id=row["assigned_to_id"], at=judged_at + HOUR))

    def _remedies(self, cid, row) -> None:
        demands = [d for d in row["demands"].split(",") if d] or ["apology"]
        price = row["purchase_amount"] or Decimal("200.00")
        for position, demand in enumerate(demands[:2], start=1):
            kind = REMEDY_FOR.get(demand, "apology")
            amount = None
            if kind == "refund":
                amount = price
            elif kind in WITH_AMOUNT:
                amount = Decimal(self.rng.choice((50, 100, 150, 200, 300, 500)))
            self.remedies.append(dict(complaint_id=cid, position=position, kind=kind,
                                      amount=amount, text=""))
            if amount is not None:  # the remedy total on the case row (desk.complaints.case_totals)
                self.cases[-1][-1] = (self.cases[-1][-1] or Decimal("0.00")) + amount

    def _callback(self, cid, row, **values) -> dict:
        base = dict(complaint_id=cid, customer_id=row["customer_id"], purpose="resolution",
                    topic="", customer_time=False, attempt=1, previous_id=None,
                    outbound=False, assigned_to_id=row["assigned_to_id"],
                    created_by_id=row["assigned_to_id"], state="open", done_at=None,
                    done_by_id=None, method=None, outcome=None, score=None, notes="",
                    desk=row["desk"], version=1)
        base.update(values)
        return base

    def _open_callback(self, cid, row) -> None:
        carried = row["updated_at"]
        due = carried + datetime.timedelta(hours=self.rng.choice((2, 5, 20, 26, 44)))
        due = due.replace(minute=due.minute // 5 * 5, second=0)
        if not 9 <= due.hour < 21 or 12 <= due.hour < 14:
            due = due.replace(hour=self.rng.choice((9, 10, 15, 16, 19)), minute=0)
        self.callbacks.append([self._callback(
            cid, row, due_at=due, window_end=carried + datetime.timedelta(days=3),
            created_at=carried)])

    def _done_callbacks(self, cid, row, answered, reopened) -> None:
        closed = row["closed_at"]
        carried = self._between(answered + 2 * HOUR if reopened else answered, closed, 0.5)
        window_end = carried + datetime.timedelta(days=3)
        chain, rng = [], self.rng
        if reopened:
            chain.append(dict(outcome="dissatisfied", at=answered + 30 * MINUTE,
                              notes=rng.choice(DISSATISFIED_NOTES), score=rng.choice((1, 2))))
        if rng.random() < 0.12:
            chain.append(dict(outcome="unreachable", at=closed - 2 * HOUR, notes="", score=None))
        outcome = rng.choices(list(OUTCOME_WEIGHTS), list(OUTCOME_WEIGHTS.values()))[0]
        chain.append(dict(outcome=outcome, at=closed, notes=rng.choice(SATISFIED_NOTES),
                          score=rng.choice((5, 5, 4, 4, 3)) if rng.random() < 0.8 else None))
        made = []
        for attempt, call in enumerate(chain, start=1):
            made.append(self._callback(
                cid, row, due_at=call["at"] - 20 * MINUTE,
                window_end=window_end, created_at=carried, attempt=attempt, state="done",
                done_at=call["at"], done_by_id=row["assigned_to_id"],
                method="phone" if rng.random() < 0.85 else "sms", outcome=call["outcome"],
                score=call["score"], notes=call["notes"], version=2))
        self.callbacks.append(made)


def transfer_rows(facts: LifecycleFacts, ids) -> list[tuple]:
    return [(i, *(t[c] for c in TRANSFER_COLUMNS[1:])) for i, t in zip(ids, facts.transfers,
                                                                        strict=True)]


def remedy_rows(facts: LifecycleFacts, ids) -> list[tuple]:
    return [(i, *(r[c] for c in REMEDY_COLUMNS[1:])) for i, r in zip(ids, facts.remedies,
                                                                     strict=True)]


def callback_rows(facts: LifecycleFacts, ids) -> list[tuple]:
    rows, ids = [], iter(ids)
    for chain in facts.callbacks:
        previous = None
        for call in chain:
            cid = next(ids)
            call = dict(call, previous_id=previous)
            rows.append((cid, *(call[c] for c in CALLBACK_COLUMNS[1:])))
            previous = cid
    return rows


def callback_count(facts: LifecycleFacts) -> int:
    return sum(len(chain) for chain in facts.callbacks)

"""Totals kept on a complaint's case row for the statistics (migration 0011): how often
it was transferred and what its remedies add up to. Written in the transaction that
writes the transfer or the remedies, so they never disagree with the rows behind them."""

from decimal import Decimal

from peewee import fn

from desk.models import ComplaintCase, Remedy


def _ensure_case(complaint_id: int) -> None:
    if not ComplaintCase.select().where(ComplaintCase.complaint == complaint_id).exists():
        ComplaintCase.create(complaint=complaint_id)


def count_transfer(complaint_id: int) -> None:
    """One more transfer (重派) of the complaint."""
    _ensure_case(complaint_id)
    ComplaintCase.update(transfer_count=ComplaintCase.transfer_count + 1).where(
        ComplaintCase.complaint == complaint_id).execute()


def refresh_remedy_total(complaint_id: int) -> Decimal | None:
    """The sum of the complaint's remedy amounts (None: no amounts), as now stored."""
    total = (Remedy.select(fn.SUM(Remedy.amount))
             .where(Remedy.complaint == complaint_id).scalar())
    total = Decimal(str(total)).quantize(Decimal("0.01")) if total is not None else None
    _ensure_case(complaint_id)
    ComplaintCase.update(remedy_total=total).where(
        ComplaintCase.complaint == complaint_id).execute()
    return total

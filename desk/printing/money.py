"""Money as printed on a signed document: in figures (￥1,005.00) and in Chinese capitals
(壹仟零伍元整), the way any Chinese receipt or cheque writes it so nobody can alter it.

The capitals come from desk.resolution.slip_data.money_in_words (one implementation for the data
and the paper); this module adds the figures.
"""

from decimal import ROUND_HALF_UP, Decimal

from desk.resolution.slip_data import money_in_words

__all__ = ["money_figures", "money_in_words"]

CENT = Decimal("0.01")


def money_figures(amount: Decimal) -> str:
    """The amount in figures with the yuan sign and thousands separators: ￥1,005.00.

    Rounded half up to the fen like money_in_words, so both always say the same."""
    return f"￥{Decimal(amount).quantize(CENT, rounding=ROUND_HALF_UP):,.2f}"

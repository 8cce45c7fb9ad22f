"""Amounts as a signed money document writes them: capitals (大写) and figures."""

from decimal import Decimal

import pytest

from desk.printing.money import money_figures, money_in_words

# Each one checked by hand against the rules for writing amounts on Chinese bills.
CAPITALS = [
    ("0", "零元整"),
    ("0.01", "壹分"),
    ("0.05", "伍分"),
    ("0.5", "伍角"),
    ("1", "壹元整"),
    ("1.10", "壹元壹角"),
    ("10", "壹拾元整"),
    ("10.01", "壹拾元零壹分"),
    ("10.50", "壹拾元伍角"),
    ("20.05", "贰拾元零伍分"),
    ("60.06", "陆拾元零陆分"),
    ("99.50", "玖拾玖元伍角"),
    ("100", "壹佰元整"),
    ("101", "壹佰零壹元整"),
    ("105.60", "壹佰零伍元陆角"),
    ("110", "壹佰壹拾元整"),
    ("200.20", "贰佰元贰角"),
    ("800", "捌佰元整"),
    ("1005.00", "壹仟零伍元整"),
    ("1010", "壹仟零壹拾元整"),
    ("1001.01", "壹仟零壹元零壹分"),
    ("3999", "叁仟玖佰玖拾玖元整"),
    ("4448.55", "肆仟肆佰肆拾捌元伍角伍分"),
    ("10000", "壹万元整"),
    ("10001", "壹万零壹元整"),
    ("10100", "壹万零壹佰元整"),
    ("12345.67", "壹万贰仟叁佰肆拾伍元陆角柒分"),
    ("100000", "壹拾万元整"),
    ("100010", "壹拾万零壹拾元整"),
    ("1000000", "壹佰万元整"),
    ("100000000", "壹亿元整"),
]


@pytest.mark.parametrize(("amount", "words"), CAPITALS)
def test_capitals(amount, words):
    assert money_in_words(Decimal(amount)) == words


@pytest.mark.parametrize(("amount", "words"), [
    ("0.005", "壹分"),  # rounded half up to the fen, never cut off
    ("99.995", "壹佰元整"),
    ("12.344", "壹拾贰元叁角肆分"),
])
def test_capitals_of_amounts_past_the_fen_are_rounded(amount, words):
    assert money_in_words(Decimal(amount)) == words


@pytest.mark.parametrize(("amount", "figures"), [
    ("0", "￥0.00"), ("0.5", "￥0.50"), ("800", "￥800.00"), ("1005", "￥1,005.00"),
    ("4448.55", "￥4,448.55"), ("1234567.891", "￥1,234,567.89"), ("99.995", "￥100.00"),
    ("0.005", "￥0.01"),
])
def test_figures(amount, figures):
    assert money_figures(Decimal(amount)) == figures


def test_figures_and_capitals_round_alike():
    for amount in ("0.125", "2.675", "1000.005", "59.999"):
        figures = money_figures(Decimal(amount)).lstrip("￥").replace(",", "")
        assert money_in_words(Decimal(amount)) == money_in_words(Decimal(figures)), amount

"""Phone numbers masked for the printed handover sheet and shared screens."""

import pytest

from desk.complaints.masking import mask_phone


@pytest.mark.parametrize("phone, masked", [
    ("13912345678", "139****5678"),
    (" 139 1234 5678 ", "139****5678"),
    ("139-1234-5678", "139****5678"),
    ("+8613912345678", "+86 139****5678"),
    ("010-62345678", "010-****5678"),
    ("0755-8234567", "0755-***4567"),
    ("01062345678", "010****5678"),
    ("075582345678", "0755****5678"),
    ("62345678", "****5678"),
    ("1234", "****"),
    ("", ""),
    (None, ""),
])
def test_phones_keep_only_what_identifies_the_call(phone, masked):
    assert mask_phone(phone) == masked


def test_every_masked_number_hides_at_least_four_digits_and_keeps_its_tail():
    for phone in ("13912345678", "010-62345678", "075582345678", "+8613912345678"):
        masked = mask_phone(phone)
        assert masked.count("*") >= 4, masked
        assert masked.endswith(phone[-4:])

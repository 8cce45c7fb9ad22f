"""Drafts of half-filled forms: local JSON files that survive crashes."""

import datetime
import json
import os
from decimal import Decimal

import pytest

from desk.storage import drafts


@pytest.fixture(autouse=True)
def home(tmp_path, monkeypatch):
    monkeypatch.setenv("DESK_HOME", str(tmp_path / "home"))
    return tmp_path / "home"


def test_round_trip_keeps_dates_decimals_and_chinese(home):
    data = {
        "complainant_name": "张伟",
        "received_at": datetime.datetime(2026, 11, 22, 14, 32, 5),
        "purchase_date": datetime.date(2026, 10, 1),
        "amount": Decimal("3999.50"),
        "demands": ["repair", "apology"],
        "nested": {"when": datetime.date(2026, 1, 2), "flag": True, "none": None},
    }
    drafts.save("registration-7", data)
    assert (home / "drafts" / "registration-7.json").exists()
    back = drafts.load("registration-7")
    assert back == data
    assert type(back["received_at"]) is datetime.datetime
    assert type(back["purchase_date"]) is datetime.date
    assert type(back["amount"]) is Decimal
    # readable by people too: Chinese is stored as itself
    assert "张伟" in (home / "drafts" / "registration-7.json").read_text(encoding="utf-8")


def test_missing_or_damaged_draft_loads_as_none(home):
    assert drafts.load("registration-1") is None
    drafts.path_of("registration-1").write_text("{ half a fi", encoding="utf-8")
    assert drafts.load("registration-1") is None


def test_discard_removes_the_file_and_is_idempotent():
    drafts.save("registration-3", {"phone": "139"})
    drafts.discard("registration-3")
    assert drafts.load("registration-3") is None
    drafts.discard("registration-3")
    assert drafts.saved_at("registration-3") is None


def test_write_goes_through_a_temp_file_and_replace(monkeypatch, home):
    drafts.save("registration-2", {"phone": "old"})
    calls = []
    real_replace, real_fsync = os.replace, os.fsync

    def spy_replace(src, dst):
        calls.append(("replace", os.path.basename(str(src)), os.path.basename(str(dst))))
        # at this moment the target still holds the complete old draft
        assert json.loads(open(dst, encoding="utf-8").read()) == {"phone": "old"}
        return real_replace(src, dst)

    monkeypatch.setattr(os, "replace", spy_replace)
    monkeypatch.setattr(os, "fsync", lambda fd: calls.append(("fsync",)) or real_fsync(fd))
    drafts.save("registration-2", {"phone": "new"})
    assert calls[0] == ("fsync",)  # the data reached the disk before the rename
    assert calls[1][0] == "replace" and calls[1][1].endswith(".tmp")
    assert calls[1][2] == "registration-2.json"
    assert drafts.load("registration-2") == {"phone": "new"}
    assert [p.name for p in (home / "drafts").iterdir()] == ["registration-2.json"]


def test_a_failed_write_keeps_the_old_draft_and_leaves_no_temp_file(monkeypatch, home):
    drafts.save("registration-4", {"phone": "13912345678"})

    def broken_replace(src, dst):
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(OSError):
        drafts.save("registration-4", {"phone": "other"})
    assert drafts.load("registration-4") == {"phone": "13912345678"}
    assert [p.name for p in (home / "drafts").iterdir()] == ["registration-4.json"]


def test_names_cannot_leave_the_drafts_folder():
    for bad in ("../settings", "a/b", "", ".hidden"):
        with pytest.raises(ValueError):
            drafts.path_of(bad)
    assert drafts.form_name("registration", 12) == "registration-12"


def test_values_json_cannot_hold_are_refused():
    with pytest.raises(TypeError):
        drafts.save("registration-5", {"x": object()})
    assert drafts.load("registration-5") is None

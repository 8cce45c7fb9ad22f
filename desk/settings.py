"""Store-wide settings kept in the database, shared by every desk of the store."""

import json

from desk import vocab
from desk.models import Setting

DEFAULTS = {
    "store_name": "",
    "store_code": "",
    "store_address": "",
    "store_phone": "",
    "categories": list(vocab.CATEGORIES),
    "default_channel": vocab.DEFAULT_CHANNEL,
    # callbacks (desk.callbacks.slots): when the desk may call a customer back
    "callback_window_days": 3,
    # Give the remedy time to happen (the customer gets home, the repair is done) before
    # asking whether it worked; 0 calls at the first slot after the sign-off.
    "callback_delay_hours": 2,
    "callback_retry_hours": 2,  # an unreachable customer is tried again this much later
    "callback_store_hours": ["09:00", "21:00"],  # the customer's rest: before and after
    "callback_rest_periods": [["12:00", "14:00"]],  # ... and these (lunch and nap)
    "callback_closed_weekdays": [],  # 1 = Monday ... 7 = Sunday
    "callback_closed_dates": [],  # "2027-02-06": days the desk does not call
    "callback_call_minutes": 10,  # a slot must leave room for the whole call
    # statistics (issue 9): hot spots are hotspot_count complaints within hotspot_days days;
    # a repeat complaint follows one of the same customer within repeat_days days
    "hotspot_count": 3,
    "hotspot_days": 7,
    "repeat_days": 30,
    # handover (issue 6): the store's shifts, when the prompt shows, what counts as sudden
    "shifts": [{"code": "early", "name": "早班", "start": "08:00", "end": "15:00"},
               {"code": "late", "name": "晚班", "start": "15:00", "end": "22:00"}],
    "shift_end_prompt_minutes": 15,  # the handover prompt shows this long before the end
    "sudden_event_count": 3,  # this many complaints about one model or cause in one shift
    "handover_list_cap": 300,  # unfinished complaints kept by name; the count covers all
}


def get(key: str):
    row = Setting.get_or_none(Setting.key == key)
    if row is None:
        default = DEFAULTS.get(key)
        return list(default) if isinstance(default, list) else default
    return json.loads(row.value)


def put(key: str, value) -> None:
    """Write one setting (call inside a transaction when writing several)."""
    text = json.dumps(value, ensure_ascii=False)
    updated = Setting.update(value=text).where(Setting.key == key).execute()
    if not updated:
        Setting.create(key=key, value=text)


def is_set_up() -> bool:
    """Has the first-run setup (store and first supervisor) been done?"""
    return bool(get("store_code"))

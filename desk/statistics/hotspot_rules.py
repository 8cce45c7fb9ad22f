"""The store rules behind the statistics: when complaints make a hot spot (N within D
days) and how far back a repeat complaint looks. Supervisors change them in Settings →
Store rules → Statistics."""

from desk import settings
from desk.errors import ValidationError
from desk.staff import permissions
from desk.storage import db

LIMITS = {  # setting -> (lowest, highest)
    "hotspot_count": (2, 100),
    "hotspot_days": (1, 90),
    "repeat_days": (1, 365),
}


def current() -> dict[str, int]:
    return {key: int(settings.get(key)) for key in LIMITS}


def save(staff, desk: str, **values) -> None:
    """Check and store the rules; ValidationError names the fields out of range."""
    permissions.require(staff, "edit_store_rules")
    errors = {}
    for key, (low, high) in LIMITS.items():
        value = values.get(key)
        if not isinstance(value, int) or not low <= value <= high:
            errors[key] = ("out_of_range", {"low": low, "high": high})
    if errors:
        raise ValidationError(errors)
    with db.write_transaction():
        for key in LIMITS:
            settings.put(key, values[key])

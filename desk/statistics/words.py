"""The statistics' words in the user's language, shared by the window, the printed
reports and the Excel export (no Qt: translated through desk.translate)."""

from desk.translate import QT_TRANSLATE_NOOP, translate

CTX = "StatisticsWords"

FIGURE_NAMES = {
    "received": QT_TRANSLATE_NOOP("StatisticsWords", "Received"),
    "complaints": QT_TRANSLATE_NOOP("StatisticsWords", "Complaints"),
    "inquiries": QT_TRANSLATE_NOOP("StatisticsWords", "Inquiries"),
    "founded": QT_TRANSLATE_NOOP("StatisticsWords", "Founded"),
    "not_founded": QT_TRANSLATE_NOOP("StatisticsWords", "Not founded"),
    "refused": QT_TRANSLATE_NOOP("StatisticsWords", "Refused"),
    "closed": QT_TRANSLATE_NOOP("StatisticsWords", "Closed"),
    "still_open": QT_TRANSLATE_NOOP("StatisticsWords", "Still open"),
    "on_time": QT_TRANSLATE_NOOP("StatisticsWords", "Answered on time"),
    "overdue": QT_TRANSLATE_NOOP("StatisticsWords", "Overdue"),
    "reopened": QT_TRANSLATE_NOOP("StatisticsWords", "Reopened"),
    "reassigned": QT_TRANSLATE_NOOP("StatisticsWords", "Reassigned"),
    "awaiting_reply": QT_TRANSLATE_NOOP("StatisticsWords", "Written reply due"),
    "median_hours": QT_TRANSLATE_NOOP("StatisticsWords", "Median handling (h)"),
    "money": QT_TRANSLATE_NOOP("StatisticsWords", "Money granted (yuan)"),
}

RATE_NAMES = {
    "on_time": QT_TRANSLATE_NOOP("StatisticsWords", "On-time rate"),
    "overdue": QT_TRANSLATE_NOOP("StatisticsWords", "Overdue rate"),
    "reassignment": QT_TRANSLATE_NOOP("StatisticsWords", "Reassignment rate"),
    "repeat": QT_TRANSLATE_NOOP("StatisticsWords", "Repeat-complaint rate"),
    "satisfaction": QT_TRANSLATE_NOOP("StatisticsWords", "Satisfaction"),
    "callback_in_window": QT_TRANSLATE_NOOP("StatisticsWords", "Callbacks made within the window"),
    "member_coverage": QT_TRANSLATE_NOOP("StatisticsWords", "Member callback coverage"),
}

GROUPING_NAMES = {
    "category": QT_TRANSLATE_NOOP("StatisticsWords", "Category"),
    "channel": QT_TRANSLATE_NOOP("StatisticsWords", "Channel"),
    "department": QT_TRANSLATE_NOOP("StatisticsWords", "Department"),
    "cause": QT_TRANSLATE_NOOP("StatisticsWords", "Cause"),
    "product": QT_TRANSLATE_NOOP("StatisticsWords", "Product"),
    "brand": QT_TRANSLATE_NOOP("StatisticsWords", "Brand"),
    "clerk": QT_TRANSLATE_NOOP("StatisticsWords", "Clerk"),
}

PERIOD_NAMES = {
    "today": QT_TRANSLATE_NOOP("StatisticsWords", "Today"),
    "this_week": QT_TRANSLATE_NOOP("StatisticsWords", "This week"),
    "this_month": QT_TRANSLATE_NOOP("StatisticsWords", "This month"),
    "last_month": QT_TRANSLATE_NOOP("StatisticsWords", "Last month"),
    "custom": QT_TRANSLATE_NOOP("StatisticsWords", "Custom range"),
}

OTHER = {
    "total": QT_TRANSLATE_NOOP("StatisticsWords", "Total"),
    "unknown": QT_TRANSLATE_NOOP("StatisticsWords", "(not recorded)"),
    "mean_score": QT_TRANSLATE_NOOP("StatisticsWords", "Mean score"),
    "hotspot_product": QT_TRANSLATE_NOOP("StatisticsWords", "Same product"),
    "hotspot_cause_department": QT_TRANSLATE_NOOP("StatisticsWords", "Same cause at one department"),
}

_TABLES = (FIGURE_NAMES, RATE_NAMES, GROUPING_NAMES, PERIOD_NAMES, OTHER)


def figure(key: str) -> str:
    return translate(CTX, FIGURE_NAMES[key])


def rate(key: str) -> str:
    return translate(CTX, RATE_NAMES.get(key, key))


def grouping(key: str) -> str:
    return translate(CTX, GROUPING_NAMES[key])


def period_name(key: str) -> str:
    return translate(CTX, PERIOD_NAMES.get(key, key))


def other(key: str) -> str:
    return translate(CTX, OTHER[key])


def rate_value(value: float | None) -> str:
    """83.3%; a dash when there is nothing to divide by."""
    return "—" if value is None else f"{value * 100:.1f}%"


def group_label(group_by: str, row, label) -> str:
    """A table row's name: codes (category, channel, cause) through label(code), names as
    they are, an empty key as "(not recorded)"."""
    if row.key is None or row.label in (None, ""):
        return other("unknown")
    if group_by in ("category", "channel", "cause"):
        return label(row.label)
    return str(row.label)


def hotspot_title(spot, label) -> str:
    """What a hot spot is about: the product ("格力 KFR-35GW") or the cause and the
    department ("产品质量 @ 家电部"); the cause is a code, the rest a name."""
    if spot.kind != "cause_department":
        return spot.label
    cause = spot.key[0] if spot.key else ""
    rest = spot.label
    if cause and rest.startswith(cause):
        rest = rest[len(cause):].strip(" ·/@-|")
    return translate(CTX, HOTSPOT_AT).format(cause=label(cause) if cause else "", place=rest)


HOTSPOT_AT = QT_TRANSLATE_NOOP("StatisticsWords", "{cause} at {place}")

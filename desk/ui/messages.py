"""Sentences for the domain's error codes (desk.errors), in the user's language."""

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desk.errors import DeskError, ValidationError

_CONTEXT = "Messages"

_MESSAGES = {
    "required": QT_TRANSLATE_NOOP("Messages", "Please fill this in."),
    "too_long": QT_TRANSLATE_NOOP("Messages", "At most {max} characters."),
    "choice_invalid": QT_TRANSLATE_NOOP("Messages", "Please choose one of the offered values."),
    "phone_invalid": QT_TRANSLATE_NOOP(
        "Messages", "Not a valid phone number: 11-digit mobile (13912345678) or landline (010-62345678)."),
    "amount_invalid": QT_TRANSLATE_NOOP("Messages", "Not an amount: type e.g. 1299.00"),
    "amount_negative": QT_TRANSLATE_NOOP("Messages", "An amount cannot be negative."),
    "amount_decimals": QT_TRANSLATE_NOOP("Messages", "At most two decimals (fen)."),
    "amount_too_large": QT_TRANSLATE_NOOP("Messages", "At most {max}."),
    "in_future": QT_TRANSLATE_NOOP("Messages", "This lies in the future."),
    "after_received": QT_TRANSLATE_NOOP("Messages", "The purchase cannot be after the complaint."),
    "pin_invalid": QT_TRANSLATE_NOOP("Messages", "A PIN is 4 to 8 digits."),
    "staff_code_invalid": QT_TRANSLATE_NOOP("Messages", "Letters and digits only, at most 16."),
    "staff_code_taken": QT_TRANSLATE_NOOP("Messages", "The staff code {code} is already used."),
    "store_code_invalid": QT_TRANSLATE_NOOP("Messages", "Capital letters and digits only, at most 8 (e.g. S01)."),
    "wrong_code_or_pin": QT_TRANSLATE_NOOP("Messages", "Staff code or PIN is wrong."),
    "locked": QT_TRANSLATE_NOOP(
        "Messages", "Locked after {max} wrong PINs. A supervisor can unlock the account."),
    "already_set_up": QT_TRANSLATE_NOOP("Messages", "This store is already set up."),
    "supervisor_only": QT_TRANSLATE_NOOP("Messages", "Only a supervisor may do this."),
    "conflict": QT_TRANSLATE_NOOP(
        "Messages", "Someone else saved this record in the meantime."),
    "invalid_input": QT_TRANSLATE_NOOP("Messages", "Some fields need attention."),
    "last_supervisor": QT_TRANSLATE_NOOP(
        "Messages", "The store must keep at least one active supervisor."),
}


def message(code: str, params: dict | None = None) -> str:
    source = _MESSAGES.get(code)
    if source is None:
        return code
    text = QCoreApplication.translate(_CONTEXT, source)
    try:
        return text.format(**(params or {}))
    except (KeyError, IndexError):
        return text


def error_text(error: DeskError) -> str:
    return message(error.code, error.params)


def field_messages(error: ValidationError) -> dict[str, str]:
    return {name: message(code, params) for name, (code, params) in error.fields.items()}

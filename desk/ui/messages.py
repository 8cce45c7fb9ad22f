"""Sentences for the domain's error codes (desk.errors), in the user's language."""

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desk.errors import DeskError, ValidationError
from desk.storage import db

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
    "database_url_invalid": QT_TRANSLATE_NOOP(
        "Messages", "A database is a file path or a postgresql://user@server:5432/name address."),
    "out_of_range": QT_TRANSLATE_NOOP("Messages", "From {low} to {high}."),
    "last_supervisor": QT_TRANSLATE_NOOP(
        "Messages", "The store must keep at least one active supervisor."),
    # the complaint's life (desk.complaints.lifecycle and its helpers)
    "not_found": QT_TRANSLATE_NOOP("Messages", "This record no longer exists."),
    "illegal_transition": QT_TRANSLATE_NOOP(
        "Messages", "This step is not possible in the complaint's current state."),
    "unknown_action": QT_TRANSLATE_NOOP("Messages", "Unknown action: {action}."),
    "unexpected_input": QT_TRANSLATE_NOOP("Messages", "Unexpected input for this step: {names}."),
    "reply_required": QT_TRANSLATE_NOOP(
        "Messages", "Every complaint ends with a reply: record the reply to the customer first."),
    "callback_required": QT_TRANSLATE_NOOP(
        "Messages", "The customer gets a callback before the complaint is closed."),
    "written_reply_required": QT_TRANSLATE_NOOP(
        "Messages", "This complaint came in writing: issue a reply letter (or a supervisor "
        "records why none is sent) before it is closed."),
    "reply_needs_supervisor": QT_TRANSLATE_NOOP(
        "Messages", "The remedy is above your authority: a supervisor approves the letter "
        "with their code and PIN."),
    "reply_complaint_closed": QT_TRANSLATE_NOOP(
        "Messages", "This complaint is closed: reopen it to answer again."),
    "must_be_future": QT_TRANSLATE_NOOP("Messages", "Please choose a time in the future."),
    "datetime_invalid": QT_TRANSLATE_NOOP("Messages", "Please enter a date and time."),
    "evidence_invalid": QT_TRANSLATE_NOOP(
        "Messages", "Evidence must be attachments of this complaint."),
    "unchanged": QT_TRANSLATE_NOOP("Messages", "Nothing changes: choose another one."),
    "clock_already_paused": QT_TRANSLATE_NOOP("Messages", "The clock is already paused."),
    "clock_not_paused": QT_TRANSLATE_NOOP("Messages", "The clock is not paused."),
    "complaint_closed": QT_TRANSLATE_NOOP("Messages", "The complaint is closed; reopen it first."),
    "already_acknowledged": QT_TRANSLATE_NOOP(
        "Messages", "Another supervisor has already acknowledged this alert."),
    "already_answered": QT_TRANSLATE_NOOP("Messages", "This request has already been answered."),
    "before_asked": QT_TRANSLATE_NOOP("Messages", "The answer cannot come before the question."),
    "department_name_taken": QT_TRANSLATE_NOOP(
        "Messages", "A department named {name} already exists."),
    "hours_out_of_range": QT_TRANSLATE_NOOP("Messages", "Between {min} and {max} hours."),
    "attachment_empty": QT_TRANSLATE_NOOP("Messages", "The file is empty."),
    "attachment_too_large": QT_TRANSLATE_NOOP("Messages", "Files of at most {max_mb} MB."),
    "attachment_corrupt": QT_TRANSLATE_NOOP(
        "Messages", "The stored file {filename} no longer matches its fingerprint (SHA-256)."),
    "file_unreadable": QT_TRANSLATE_NOOP("Messages", "Cannot read {path}: {reason}"),
    "staff_inactive": QT_TRANSLATE_NOOP("Messages", "This staff account is not active."),
    "role_required": QT_TRANSLATE_NOOP("Messages", "Your role may not do this."),
    # resolutions, approvals, slips (issue 4: desk.resolution, desk.resolution.approval, desk.resolution.slips)
    "approval_required": QT_TRANSLATE_NOOP(
        "Messages", "Above your authority of {limit} yuan: a supervisor must approve this resolution of {total} yuan first."),
    "resolution_locked": QT_TRANSLATE_NOOP(
        "Messages", "The resolution can only be changed while investigating or proposing it."),
    "too_many_remedies": QT_TRANSLATE_NOOP("Messages", "At most {max} remedies."),
    "amount_not_allowed": QT_TRANSLATE_NOOP("Messages", "This remedy carries no amount."),
    "already_reviewed": QT_TRANSLATE_NOOP(
        "Messages", "Another supervisor has already reviewed this."),
    "slip_needs_agreement": QT_TRANSLATE_NOOP(
        "Messages", "A slip is issued once the customer has agreed to the resolution."),
    "sha256_invalid": QT_TRANSLATE_NOOP("Messages", "Not a SHA-256 fingerprint."),
    "slip_already_signed": QT_TRANSLATE_NOOP("Messages", "Slip {number} is already signed."),
    "slip_refused": QT_TRANSLATE_NOOP(
        "Messages", "The customer refused to sign slip {number}; issue a new one."),
    "before_issued": QT_TRANSLATE_NOOP(
        "Messages", "The signature cannot come before the slip was issued."),
    # callbacks (issue 5: desk.callbacks)
    "callback_rest_time": QT_TRANSLATE_NOOP(
        "Messages", "That is the customer's rest time or outside store hours; choose another time, or tick that the customer asked for it."),
    "callback_not_open": QT_TRANSLATE_NOOP(
        "Messages", "This callback has already been recorded or cancelled."),
    "score_needs_answer": QT_TRANSLATE_NOOP(
        "Messages", "A score only when the customer was reached."),
    # the store's callback rules (Settings → Store rules → Callbacks)
    "hours_order": QT_TRANSLATE_NOOP("Messages", "The end must come after the start."),
    "periods_invalid": QT_TRANSLATE_NOOP(
        "Messages", "Write periods as 12:00-14:00, separated by commas."),
    "dates_invalid": QT_TRANSLATE_NOOP(
        "Messages", "Write dates as 2027-02-06, separated by commas."),
    "no_calling_day": QT_TRANSLATE_NOOP(
        "Messages", "The desk must call on at least one day of the week."),
    # -- several desks, backups (issue 8: desk.storage.connection, desk.storage.integrity, desk.storage.backup)
    "connection_lost": QT_TRANSLATE_NOOP(
        "Messages", "The database cannot be reached. Trying again; what you type is kept."),
    "save_kept": QT_TRANSLATE_NOOP(
        "Messages", "Not saved yet: the database cannot be reached. Your entry is kept and will be saved as soon as the connection is back."),
    "database_read_only_file": QT_TRANSLATE_NOOP(
        "Messages", "Not saved: the database file {where} cannot be written (it is read-only, "
        "write-protected or its disk is full). Trying again will not help. Ask the supervisor "
        "or the store's IT person to make the file and its folder writable for this PC's user "
        "(or free the disk); what you typed stays here, then save again."),
    "database_read_only_server": QT_TRANSLATE_NOOP(
        "Messages", "Not saved: the database server {where} takes no changes now (it is "
        "read-only or this desk's role may not write). Trying again will not help. Ask the "
        "store's IT person to make it writable again; what you typed stays here, then save "
        "again."),
    "database_damaged": QT_TRANSLATE_NOOP(
        "Messages", "The database is damaged. Restore the backup of {date} with: {command}"),
    "database_damaged_no_backup": QT_TRANSLATE_NOOP(
        "Messages", "The database is damaged and there is no backup in {folder}."),
    "pg_dump_missing": QT_TRANSLATE_NOOP(
        "Messages", "pg_dump is not installed on this PC: install the PostgreSQL client tools or back up on the server."),
    "backup_failed": QT_TRANSLATE_NOOP("Messages", "The backup failed: {detail}"),
    "restore_with_pg_restore": QT_TRANSLATE_NOOP(
        "Messages", "A PostgreSQL store is restored on the server with pg_restore."),
    "backup_unreadable": QT_TRANSLATE_NOOP("Messages", "This file is not a readable database."),
    "backup_damaged": QT_TRANSLATE_NOOP(
        "Messages", "This backup is damaged; choose an older one."),
    "not_a_desk_database": QT_TRANSLATE_NOOP("Messages", "This file is not a desk database."),
    "database_in_use": QT_TRANSLATE_NOOP(
        "Messages", "The database is in use: close desk on this PC (every window), then restore."),
    # -- shifts and the end-of-shift handover (issue 6: desk.handover.shifts, desk.handover)
    "time_invalid": QT_TRANSLATE_NOOP("Messages", "Not a time of day: type e.g. 08:00"),
    "shift_empty": QT_TRANSLATE_NOOP("Messages", "A shift must end at another time than it starts."),
    "shift_overlaps": QT_TRANSLATE_NOOP("Messages", "This shift overlaps the shift {name}."),
    "handover_to_self": QT_TRANSLATE_NOOP("Messages", "Hand over to another clerk, not to yourself."),
    "handover_not_yours": QT_TRANSLATE_NOOP(
        "Messages", "Only the clerk on duty who wrote this handover may submit or change it."),
    "handover_not_for_you": QT_TRANSLATE_NOOP(
        "Messages", "This handover is for another clerk: only the receiving clerk may confirm it."),
    "handover_already_acknowledged": QT_TRANSLATE_NOOP(
        "Messages", "This handover has already been confirmed."),
    "handover_read_only": QT_TRANSLATE_NOOP(
        "Messages", "This handover has been confirmed and can no longer be changed."),
    # customer records (desk.customers)
    "phone_invalid_named": QT_TRANSLATE_NOOP(
        "Messages", "{phone} is not a valid phone number: 11-digit mobile or landline."),
    "too_many_phones": QT_TRANSLATE_NOOP("Messages", "At most {max} phones per customer."),
    "phone_taken": QT_TRANSLATE_NOOP(
        "Messages", "{phone} belongs to the record of {name}. If it is the same person, a "
        "supervisor can merge the two records."),
    "level_invalid": QT_TRANSLATE_NOOP("Messages", "A level from {low} to {high}."),
    "capacity_invalid": QT_TRANSLATE_NOOP(
        "Messages", "At least 1 customer, or leave it empty for no limit."),
    "no_active_clerks": QT_TRANSLATE_NOOP("Messages", "There is no active clerk to assign to."),
    "clerk_inactive": QT_TRANSLATE_NOOP(
        "Messages", "A clerk of this proposal was deactivated meanwhile. Make a new proposal."),
    "assignment_changed": QT_TRANSLATE_NOOP(
        "Messages", "Another supervisor changed these customers' clerks meanwhile. Nothing "
        "was written: make a new proposal."),
    "same_customer": QT_TRANSLATE_NOOP("Messages", "These are already one record."),
    "already_merged": QT_TRANSLATE_NOOP(
        "Messages", "One of the two records was merged meanwhile. Search again."),
    # -- appointments of inquiries (desk.complaints.appointments)
    "department_unknown": QT_TRANSLATE_NOOP(
        "Messages", "This department is not (or no longer) in the store's list: choose one "
        "of the list."),
    "window_empty": QT_TRANSLATE_NOOP(
        "Messages", "The time window is empty: the end must come after the start."),
    "window_order": QT_TRANSLATE_NOOP("Messages", "The end of the window is before its start."),
    "appointment_in_past": QT_TRANSLATE_NOOP(
        "Messages", "This lies in the past: an appointment is for today later on or a "
        "later day."),
    "appointment_needs_inquiry": QT_TRANSLATE_NOOP(
        "Messages", "Appointments are booked for inquiries (delivery, installation, repair)."),
    "appointment_not_open": QT_TRANSLATE_NOOP(
        "Messages", "This appointment is already settled; book a new one if needed."),
    "appointment_not_missed": QT_TRANSLATE_NOOP(
        "Messages", "Only a missed appointment can be turned into a complaint."),
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


def refused_writes_text() -> str:
    """Why a save failed on a database that takes no writes, and who can fix it where."""
    backend = db.backend()
    code = "database_read_only_file" if backend.name == "sqlite" else "database_read_only_server"
    return message(code, {"where": backend.location()})

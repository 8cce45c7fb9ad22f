"""Staff, PINs and signing in.

PINs are hashed with scrypt (hashlib, a standard memory-hard KDF) with a random
salt; the plain PIN is never stored or logged.
"""

import hashlib
import hmac
import re
import secrets
from decimal import Decimal

from desk import settings, vocab
from desk.errors import AuthError, PermissionDenied, ValidationError
from desk.models import Staff
from desk.storage import db
from desk.validation import check_amount

_N, _R, _P = 2**14, 8, 1
MAX_FAILED_SIGN_INS = 5
PIN_PATTERN = re.compile(r"^\d{4,8}$")
STORE_CODE_PATTERN = re.compile(r"^[A-Z0-9]{1,8}$")
STAFF_CODE_PATTERN = re.compile(r"^[A-Za-z0-9]{1,16}$")


def hash_pin(pin: str) -> str:
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(pin.encode(), salt=salt, n=_N, r=_R, p=_P, dklen=32)
    return f"scrypt${_N}${_R}${_P}${salt.hex()}${digest.hex()}"


def verify_pin(pin: str, stored: str) -> bool:
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
    except ValueError:
        return False
    if scheme != "scrypt":
        return False
    candidate = hashlib.scrypt(
        pin.encode(), salt=bytes.fromhex(salt), n=int(n), r=int(r), p=int(p), dklen=32
    )
    return hmac.compare_digest(candidate.hex(), digest)


def _check_staff_fields(code: str, name: str, pin: str, role: str) -> dict:
    errors: dict[str, tuple[str, dict]] = {}
    if not STAFF_CODE_PATTERN.match(code or ""):
        errors["code"] = ("staff_code_invalid", {})
    elif Staff.select().where(Staff.code == code).exists():
        errors["code"] = ("staff_code_taken", {"code": code})
    if not (name or "").strip():
        errors["name"] = ("required", {})
    elif len(name) > 40:
        errors["name"] = ("too_long", {"max": 40})
    if not PIN_PATTERN.match(pin or ""):
        errors["pin"] = ("pin_invalid", {})
    if role not in vocab.ROLES:
        errors["role"] = ("choice_invalid", {})
    return errors


def add_staff(
    code: str, name: str, pin: str, role: str = "clerk", authority_limit=Decimal("0"), by=None
) -> Staff:
    """Add a staff member; only a supervisor may (or nobody yet, at first setup)."""
    if by is not None and by.role != "supervisor":
        raise PermissionDenied("supervisor_only")
    errors = _check_staff_fields(code, name, pin, role)
    limit, error = check_amount(authority_limit)
    if error:
        errors["authority_limit"] = error
    if errors:
        raise ValidationError(errors)
    with db.write_transaction():
        return Staff.create(
            code=code,
            name=name.strip(),
            role=role,
            pin_hash=hash_pin(pin),
            authority_limit=limit or Decimal("0"),
        )


def set_up_store(
    store_name: str, store_code: str, supervisor_code: str, supervisor_name: str, pin: str,
    store_address: str = "",
) -> Staff:
    """First run: name the store and create its first supervisor, in one transaction."""
    errors = _check_staff_fields(supervisor_code, supervisor_name, pin, "supervisor")
    if not (store_name or "").strip():
        errors["store_name"] = ("required", {})
    if not STORE_CODE_PATTERN.match(store_code or ""):
        errors["store_code"] = ("store_code_invalid", {})
    if errors:
        raise ValidationError(errors)
    with db.write_transaction():
        if settings.is_set_up():
            raise AuthError("already_set_up")
        settings.put("store_name", store_name.strip())
        settings.put("store_code", store_code)
        settings.put("store_address", store_address.strip())
        return Staff.create(
            code=supervisor_code,
            name=supervisor_name.strip(),
            role="supervisor",
            pin_hash=hash_pin(pin),
            authority_limit=Decimal("99999999.99"),
        )


def sign_in(code: str, pin: str) -> Staff:
    """The staff member whose code and PIN these are; too many wrong PINs lock the account."""
    staff = Staff.get_or_none((Staff.code == (code or "").strip()) & (Staff.active == True))  # noqa: E712
    if staff is None:
        raise AuthError("wrong_code_or_pin")
    if staff.failed_sign_ins >= MAX_FAILED_SIGN_INS:
        raise AuthError("locked", max=MAX_FAILED_SIGN_INS)
    ok = verify_pin(pin or "", staff.pin_hash)
    with db.write_transaction():
        Staff.update(failed_sign_ins=0 if ok else Staff.failed_sign_ins + 1).where(
            Staff.id == staff.id
        ).execute()
    if not ok:
        raise AuthError("wrong_code_or_pin")
    staff.failed_sign_ins = 0
    return staff


def unlock(staff: Staff, by: Staff) -> None:
    require_supervisor(by)
    with db.write_transaction():
        Staff.update(failed_sign_ins=0).where(Staff.id == staff.id).execute()


def require_supervisor(staff: Staff | None) -> None:
    if staff is None or staff.role != "supervisor":
        raise PermissionDenied("supervisor_only")


def active_staff() -> list[Staff]:
    return list(Staff.select().where(Staff.active == True).order_by(Staff.name))  # noqa: E712


def all_staff() -> list[Staff]:
    """Everyone, active first, for the staff list."""
    return list(Staff.select().order_by(Staff.active.desc(), Staff.role.desc(), Staff.name))


def _active_supervisors_besides(staff_id: int) -> int:
    return (
        Staff.select()
        .where((Staff.role == "supervisor") & (Staff.active == True) & (Staff.id != staff_id))  # noqa: E712
        .count()
    )


def update_staff(staff_id: int, by: Staff, *, name: str | None = None, role: str | None = None,
                 authority_limit=None, active: bool | None = None,
                 ability_level: int | None = None, capacity: int | None | str = "") -> Staff:
    """Change a staff member's name, role, limit, activity, ability level (1-3) or customer
    capacity (None: no limit; "" leaves it); supervisors only.

    The store always keeps at least one active supervisor: nobody could manage it otherwise.
    """
    require_supervisor(by)
    errors: dict[str, tuple[str, dict]] = {}
    changes: dict = {}
    if name is not None:
        if not name.strip():
            errors["name"] = ("required", {})
        elif len(name) > 40:
            errors["name"] = ("too_long", {"max": 40})
        changes["name"] = name.strip()
    if role is not None:
        if role not in vocab.ROLES:
            errors["role"] = ("choice_invalid", {})
        changes["role"] = role
    if authority_limit is not None:
        limit, error = check_amount(authority_limit)
        if error:
            errors["authority_limit"] = error
        changes["authority_limit"] = limit if limit is not None else Decimal("0")
    if active is not None:
        changes["active"] = active
    if ability_level is not None:
        if ability_level not in vocab.ABILITY_LEVELS:
            errors["ability_level"] = ("level_invalid", {"low": min(vocab.ABILITY_LEVELS),
                                                         "high": max(vocab.ABILITY_LEVELS)})
        changes["ability_level"] = ability_level
    if capacity != "":
        if capacity is not None and (not isinstance(capacity, int) or capacity < 1):
            errors["capacity"] = ("capacity_invalid", {})
        changes["capacity"] = capacity
    if errors:
        raise ValidationError(errors)
    with db.write_transaction():
        loses_supervisor = changes.get("role", "supervisor") != "supervisor" or not changes.get(
            "active", True)
        current = Staff.get_by_id(staff_id)
        if current.role == "supervisor" and loses_supervisor and not _active_supervisors_besides(
                staff_id):
            raise ValidationError({"role": ("last_supervisor", {})})
        if changes:
            Staff.update(**changes).where(Staff.id == staff_id).execute()
    return Staff.get_by_id(staff_id)


def reset_pin(staff_id: int, new_pin: str, by: Staff) -> None:
    """A supervisor sets a new PIN for someone who forgot theirs (and unlocks them)."""
    require_supervisor(by)
    if not PIN_PATTERN.match(new_pin or ""):
        raise ValidationError({"pin": ("pin_invalid", {})})
    with db.write_transaction():
        Staff.update(pin_hash=hash_pin(new_pin), failed_sign_ins=0).where(
            Staff.id == staff_id).execute()


def change_own_pin(staff: Staff, old_pin: str, new_pin: str) -> None:
    if not verify_pin(old_pin or "", Staff.get_by_id(staff.id).pin_hash):
        raise ValidationError({"old_pin": ("wrong_code_or_pin", {})})
    if not PIN_PATTERN.match(new_pin or ""):
        raise ValidationError({"pin": ("pin_invalid", {})})
    with db.write_transaction():
        Staff.update(pin_hash=hash_pin(new_pin)).where(Staff.id == staff.id).execute()

"""The responsible departments (责任部门) the desk routes complaints to; supervisor only.

Departments are not users: sales floor, delivery, installation, repair, cashier, a
brand's vendor. Each has the hours it has to answer a request (its deadline for the
internal incident log). They are never deleted, since complaints keep pointing at
them: a department the store no longer has is made inactive.
"""

from peewee import fn

from desk.errors import DeskError, ValidationError
from desk.models import Department
from desk.staff import permissions
from desk.storage import db, history
from desk.validation import check_text

NAME_MAX = 40
MIN_ANSWER_HOURS, MAX_ANSWER_HOURS = 1, 720


def _check(name: str, answer_hours, own_id: int | None = None) -> tuple[dict, dict]:
    errors: dict[str, tuple[str, dict]] = {}
    name, error = check_text(name, NAME_MAX, required=True)
    if error:
        errors["name"] = error
    else:
        taken = Department.select().where(fn.LOWER(Department.name) == name.lower())
        if own_id is not None:
            taken = taken.where(Department.id != own_id)
        if taken.exists():
            errors["name"] = ("department_name_taken", {"name": name})
    try:
        hours = int(answer_hours)
    except (TypeError, ValueError):
        hours = None
    if hours is None or not MIN_ANSWER_HOURS <= hours <= MAX_ANSWER_HOURS:
        errors["answer_hours"] = ("hours_out_of_range",
                                  {"min": MIN_ANSWER_HOURS, "max": MAX_ANSWER_HOURS})
    return dict(name=name, answer_hours=hours), errors


def add(name: str, answer_hours: int, staff, desk: str,
        sort_order: int | None = None) -> Department:
    permissions.require(staff, "manage_departments")
    clean, errors = _check(name, answer_hours)
    if errors:
        raise ValidationError(errors)
    with db.write_transaction():
        if sort_order is None:
            sort_order = (Department.select(fn.MAX(Department.sort_order)).scalar() or 0) + 1
        dept = Department.create(sort_order=sort_order, **clean)
        history.mark_changed("department", dept.id, desk)
    return dept


def update(department_id: int, staff, desk: str, name: str | None = None,
           answer_hours: int | None = None, active: bool | None = None,
           sort_order: int | None = None) -> Department:
    """Change a department; arguments left None stay as they are."""
    permissions.require(staff, "manage_departments")
    with db.write_transaction():
        dept = Department.get_or_none(Department.id == department_id)
        if dept is None:
            raise DeskError("not_found")
        clean, errors = _check(dept.name if name is None else name,
                               dept.answer_hours if answer_hours is None else answer_hours,
                               own_id=dept.id)
        if errors:
            raise ValidationError(errors)
        if active is not None:
            clean["active"] = bool(active)
        if sort_order is not None:
            clean["sort_order"] = int(sort_order)
        Department.update(**clean).where(Department.id == department_id).execute()
        history.mark_changed("department", department_id, desk)
    return Department.get_by_id(department_id)


def active_departments() -> list[Department]:
    """What a form offers to route to."""
    return list(Department.select().where(Department.active == True)  # noqa: E712
                .order_by(Department.sort_order, Department.name))


def all_departments() -> list[Department]:
    """What the settings page lists, inactive ones included."""
    return list(Department.select().order_by(Department.sort_order, Department.name))

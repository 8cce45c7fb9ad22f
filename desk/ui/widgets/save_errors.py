"""Where a failed save is shown: one routing for every dialog that saves through the domain.

Field messages go under their fields (what has no field here goes to the dialog's message
line), a conflict goes to the dialog's own conflict handling, a refusal reads
"Not allowed: ...", any other desk error its sentence, a database that takes no writes
what to do about it, anything else "Not saved: ...".
The typed input is never touched: the clerk corrects it and saves again.
"""

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from desk.errors import ConflictError, DeskError, PermissionDenied, ValidationError
from desk.storage import connection
from desk.ui.messages import error_text, field_messages, refused_writes_text
from desk.ui.widgets.field_error import FieldErrors


def show_save_error(error: BaseException, errors: FieldErrors, say: Callable[[str], None],
                    order: list[str] | None = None,
                    on_conflict: Callable[[ConflictError], None] | None = None) -> None:
    """Show `error` next to the field it is about, or through `say` (the message line).

    `order` is the fields' tab order (the first bad one gets the cursor); without
    `on_conflict` a conflict is said like any other desk error.
    """
    if isinstance(error, ValidationError):
        messages = field_messages(error)
        unplaced = errors.show(messages, order)
        if unplaced:
            say(" ".join(messages[name] for name in unplaced))
    elif isinstance(error, ConflictError) and on_conflict is not None:
        on_conflict(error)
    elif isinstance(error, PermissionDenied):
        say(QCoreApplication.translate("SaveErrors", "Not allowed: {reason}").format(reason=error_text(error)))
    elif isinstance(error, DeskError):
        say(error_text(error))
    elif connection.refuses_writes(error):
        say(refused_writes_text())
    else:
        say(QCoreApplication.translate("SaveErrors", "Not saved: {error}").format(error=error))

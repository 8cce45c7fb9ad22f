"""Errors the domain raises for the user to read.

They carry a stable code and parameters, never a sentence: the UI turns the code
into words of the user's language (desk/ui/messages.py).
"""


class DeskError(Exception):
    def __init__(self, code: str, **params):
        super().__init__(code, params)
        self.code = code
        self.params = params


class ValidationError(DeskError):
    """Bad input; `fields` maps each field name to (code, params)."""

    def __init__(self, fields: dict[str, tuple[str, dict]]):
        super().__init__("invalid_input")
        self.fields = fields


class AuthError(DeskError):
    pass


class PermissionDenied(DeskError):
    pass


class ConflictError(DeskError):
    """Someone else saved the record in between; `current` is what they saved."""

    def __init__(self, code: str = "conflict", current=None, **params):
        super().__init__(code, **params)
        self.current = current


class Cancelled(DeskError):
    """The user cancelled a long computation (statistics) between two of its steps."""

    def __init__(self):
        super().__init__("cancelled")

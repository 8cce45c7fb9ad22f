"""The complaint process, whole: the state machine with every feature's rules on its steps.

desk.complaints.lifecycle is the bare state machine and imports no feature. The features
lay their rules on its steps when they are imported: the authority limit and the approval
rows on "agree" (desk.resolution.approval), the callback that carrying out schedules and
that closing waits for (desk.callbacks.calls), the reply letter a written complaint
waits for (desk.resolution.replies). This module imports them all and then tells
the state machine it is complete; until then lifecycle.perform refuses to run, so no
caller can meet it without a rule. The application and the tests import this first.
"""

from desk.callbacks import calls  # noqa: F401 - installs the callback rules
from desk.complaints import lifecycle
from desk.complaints.lifecycle import available_actions, perform  # noqa: F401 - the interface
from desk.resolution import (
    approval,  # noqa: F401 - installs the authority rules
    replies,  # noqa: F401 - a written complaint closes once answered
)

lifecycle.declare_complete()

"""The fixed vocabularies of the desk, as stable codes.

Codes are stored in the database; the UI turns them into words of the user's
language (desk/ui/labels.py). Lists the store may change (categories) start from
these defaults and live in settings.
"""

KINDS = ("complaint", "inquiry")

CHANNELS = ("counter", "phone", "letter", "email", "web", "consumer_assoc", "hotline_12315", "media")
DEFAULT_CHANNEL = "counter"

CATEGORIES = (
    "product_quality",
    "service_attitude",
    "delivery",
    "installation",
    "repair",
    "price_billing",
    "promotion",
    "environment",
    "other",
)

DEMANDS = ("refund", "exchange", "repair", "compensation", "apology", "explanation")

ESCALATION_LEVELS = (1, 2, 3)

ROLES = ("clerk", "supervisor")

# Complaint states; the full state machine comes with the lifecycle module.
STATUS_REGISTERED = "registered"
STATUS_CLOSED = "closed"
STATUSES = (
    "registered",
    "answered",
    "judged",
    "explained",
    "refused",
    "investigating",
    "resolution_proposed",
    "awaiting_approval",
    "agreed",
    "carried_out",
    "callback_pending",
    "closed",
)

# Channels that mean a third party is already involved: level 3 at least.
THIRD_PARTY_CHANNELS = ("consumer_assoc", "hotline_12315", "media")

# Channels of a complaint made in writing: it is answered in writing (a reply letter).
WRITTEN_CHANNELS = ("letter", "email", "consumer_assoc", "hotline_12315", "media")

# Callbacks (desk.callbacks): why a call is made, how, and what came of it.
CALLBACK_PURPOSES = ("resolution", "manual", "care")
CALLBACK_METHODS = ("phone", "sms", "email", "visit")
CALLBACK_OUTCOMES = ("satisfied", "basically_satisfied", "dissatisfied", "unreachable",
                     "rescheduled")
CALLBACK_REACHED = ("satisfied", "basically_satisfied", "dissatisfied")  # the customer answered
CALLBACK_SATISFIED = ("satisfied", "basically_satisfied")

# Customer records (desk.customers): tags a supervisor sorts customers by, the member card
# levels, how a customer prefers to be contacted, a clerk's ability level.
CUSTOMER_TAGS = ("vip", "sensitive", "elderly", "disabled", "media_contact", "repeat")
DEMANDING_TAGS = ("vip", "sensitive", "media_contact")  # go to the most able clerks first
CARD_LEVELS = ("ordinary", "silver", "gold", "platinum")
CONTACT_METHODS = ("phone", "sms", "wechat", "email", "visit")
ABILITY_LEVELS = (1, 2, 3)

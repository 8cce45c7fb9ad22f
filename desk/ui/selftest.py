"""`desk selftest`: prove that this installation runs, end to end, without a person.

It does what a clerk's first minutes do, on a demo database of its own: Qt starts with the
shipped font and translations, the migrations build the schema, the demo store is filled,
the sign-in screen is shown and signed in through its own fields, and an agreed
complaint's resolution slip is issued and printed to a PDF file. Each step prints one
`key=value` line, so a test (or support on the phone) can read what worked; the exit
status is 0 only when all of them did. Used by tests/install/ on the wheel and the bundle.
"""

import argparse
import logging
from pathlib import Path

# `desk` imports every command's module to build its --help: Qt and the domain are
# imported when the self-check runs, not on every start.

log = logging.getLogger("desk.selftest")
DEMO_CLERK = "c01"


def translate(context: str, text: str) -> str:
    """QCoreApplication.translate, imported late; lupdate reads translate("SelfTest", "…")."""
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate(context, text)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--pdf", type=Path, help="write the printed slip here "
                        "(default: selftest-slip.pdf in the data folder)")
    parser.add_argument("--screenshot", type=Path, help="save the sign-in screen as a PNG")
    parser.add_argument("--complaints", type=int, default=50,
                        help="demo complaints for a new database (default 50)")
    parser.add_argument("--db", default=argparse.SUPPRESS,
                        help="database (default: selftest.sqlite3 in the data folder); "
                             "it must be empty or hold the demo store")


def _say(key: str, value) -> None:
    print(f"{key}={value}", flush=True)


def _demo_database(args) -> str:
    """Connect to the self-check's database and fill it with the demo store if empty.

    A real store's database is refused: the self-check issues and prints a slip.
    """
    from desk import config, settings
    from desk.demo import populate as demo
    from desk.demo import text as demo_text
    from desk.storage import db

    given = getattr(args, "db", None)
    url = config.to_url(given or str(config.data_dir() / "selftest.sqlite3"))
    db.connect(url)  # runs the shipped migrations
    _say("database", config.strip_password(url))
    if not settings.is_set_up():
        demo.populate(args.complaints)
        _say("demo_complaints", args.complaints)
    elif settings.get("store_code") != demo_text.STORE["code"]:
        raise SystemExit(translate("SelfTest", "This database holds a real store: the "
                                               "self-check runs only on demo data."))
    return url


def _sign_in_through_the_screen(app, desk_name: str, screenshot: Path | None):
    """Show the real sign-in dialog and sign in by typing into its fields."""
    from PySide6.QtGui import QFontInfo

    from desk import settings
    from desk.demo import text as demo_text
    from desk.ui.staff.sign_in_dialog import SignInDialog

    dialog = SignInDialog(store_name=settings.get("store_name"), desk_name=desk_name)
    dialog.show()
    app.processEvents()
    if not dialog.isVisible():
        raise SystemExit(translate("SelfTest", "The sign-in screen could not be shown."))
    _say("sign_in_shown", dialog.windowTitle())
    _say("font", QFontInfo(dialog.font()).family())
    log.info("self-check: sign-in screen shown")
    if screenshot:
        dialog.grab().save(str(screenshot))
        _say("screenshot", screenshot)
    dialog.code_edit.setText(DEMO_CLERK)
    dialog.pin_edit.setText(demo_text.DEMO_PIN)
    dialog.pin_edit.setFocus()
    if not dialog.try_sign_in():
        raise SystemExit(translate("SelfTest", "Signing in as the demo clerk failed."))
    _say("signed_in", dialog.staff.code)
    return dialog.staff


def _print_slip(staff, desk_name: str, out: Path) -> None:
    """Issue the newest agreed complaint's slip and print it to `out` (recorded as a print)."""
    from desk.models import Complaint
    from desk.printing import resolution_slip
    from desk.resolution import slips
    from desk.resolution.slip_data import resolution_slip_data
    from desk.ui.resolution.slip_dialog import SlipWords, sha256

    complaint = (Complaint.select().where(Complaint.status.in_(slips.ISSUABLE_STATES))
                 .order_by(Complaint.id.desc()).first())
    if complaint is None:
        raise SystemExit(translate("SelfTest", "The demo store has no agreed complaint to "
                                               "print a slip for."))
    slip = slips.issue_slip(complaint.id, staff, desk_name)
    store, data = resolution_slip.from_slip_data(resolution_slip_data(complaint.id, slip.id))
    pdf = resolution_slip.build(store, data, SlipWords())
    out.write_bytes(pdf)
    slips.record_print(slip.id, sha256(pdf), staff, desk_name)
    _say("slip", slip.number)
    _say("slip_pdf", out)


def run(args) -> int:
    import sys

    from PySide6.QtWidgets import QApplication

    from desk import config
    from desk.storage import db
    from desk.ui import crash, fonts, i18n

    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "desk"])
    crash.setup_logging()
    local = config.LocalSettings.load()
    fonts.apply_app_font(app)
    _say("font_file", config.font_files()["regular"])
    _say("translations", i18n.install_translators(
        i18n.choose_language(getattr(args, "lang", None), local.language)))
    try:
        _demo_database(args)
        staff = _sign_in_through_the_screen(app, local.desk_name, args.screenshot)
        _print_slip(staff, local.desk_name, args.pdf or config.data_dir() / "selftest-slip.pdf")
    finally:
        db.close()
    print(translate("SelfTest", "Self-check passed: this desk starts, signs in and prints."),
          flush=True)
    return 0

"""Start the desk application: Qt, font, language, crash hook, database, sign-in, window.

run_app(args) is what `desk` (desk/__main__.py) calls without a subcommand.
"""

import functools
import logging
import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, QThreadPool, QTimer, Signal
from PySide6.QtGui import QFontInfo
from PySide6.QtWidgets import (
    QApplication,
    QMessageBox,
    QProgressDialog,
)

from desk import config, process, settings  # noqa: F401 - process: the rules, installed once
from desk.errors import AuthError
from desk.staff import auth
from desk.storage import backup, db, integrity, live, secrets
from desk.ui import i18n, messages
from desk.ui.application import make_application
from desk.ui.live_watcher import LiveWatcher
from desk.ui.password_dialog import ask_password
from desk.ui.widgets.workers import TaskRunner

log = logging.getLogger("desk.app")
translate = QCoreApplication.translate  # lupdate reads translate("Startup", "...") calls

DEMO_COMPLAINTS = 2000
EXIT_DATABASE_PROBLEM = 2
EXIT_SIGN_IN_FAILED = 3
ENV_SIGN_IN_CODE = "DESK_SIGN_IN_CODE"
ENV_SIGN_IN_PIN = "DESK_SIGN_IN_PIN"
_IMPORTED_AT = time.perf_counter()


def ms_since_process_start() -> float:
    """Wall time since the process began (from /proc), else since this module loaded."""
    try:
        stat = Path("/proc/self/stat").read_text(encoding="ascii").rsplit(")", 1)[1].split()
        started = int(stat[19]) / os.sysconf("SC_CLK_TCK")
        uptime = float(Path("/proc/uptime").read_text(encoding="ascii").split()[0])
        return max(0.0, (uptime - started) * 1000)
    except (OSError, ValueError, IndexError):
        return (time.perf_counter() - _IMPORTED_AT) * 1000


# -- the database ------------------------------------------------------------------------

def _where(url: str) -> str:
    """What to show the user: the file path of a SQLite URL, else the URL without password."""
    if url.startswith("sqlite:///"):
        return url[len("sqlite:///"):]  # sqlite:////abs/path -> /abs/path
    return config.strip_password(url)


def database_problem_text(url: str, error: BaseException) -> str:
    """A translated sentence saying what is wrong with the database and what to do."""
    said = f"{type(error).__name__}: {error}".lower()
    if isinstance(error, db.SchemaBehind):
        text = translate(
            "Startup", "The database {where} is older than this desk program and this desk "
            "may not upgrade it. Ask the store's IT person to run desk server upgrade on the "
            "server, then start desk again.")
    elif "locked" in said or "busy" in said:
        text = translate(
            "Startup", "The database {where} is locked by another program. Close the other "
            "desk windows or programs that use it, wait a moment and start desk again.")
    elif any(w in said for w in ("readonly", "read-only", "read only", "permission", "errno 13")):
        text = translate(
            "Startup", "desk may not write to the database {where}. Make sure this user may "
            "write the file and its folder, or choose another database with --db.")
    elif "not a database" in said or "malformed" in said:
        text = translate(
            "Startup", "{where} is not a desk database, or it is damaged. Restore it from a "
            "backup (desk restore) or choose another file with --db.")
    elif any(w in said for w in ("unable to open", "no such file", "file exists",
                                 "not a directory", "is a directory")):
        text = translate(
            "Startup", "The database {where} cannot be opened: the file or its folder is "
            "missing. Check the path given with --db or $DESK_DB.")
    elif any(w in said for w in ("could not connect", "connection refused", "timeout",
                                 "timed out", "could not translate host", "connection to server")):
        text = translate(
            "Startup", "The database server {where} cannot be reached. Check that it is "
            "running and that this PC is on the network, or ask who set it up.")
    elif "password" in said or "authentication" in said:
        text = translate(
            "Startup", "The database server {where} refused the sign-in. Check the user name "
            "and the password: run desk join again, or check the pgpass file or PGPASSWORD.")
    else:
        text = translate("Startup", "The database {where} cannot be used: {error}")
    return text.format(where=_where(url), error=error)


def _sqlite_file(url: str) -> Path | None:
    return Path(_where(url)) if url.startswith("sqlite:///") else None


def _report_problem(url: str, error: BaseException, quiet: bool) -> bool:
    log.warning("cannot open the database %s: %s", _where(url), error)
    text = database_problem_text(url, error)
    if quiet:
        print(text, file=sys.stderr)
    else:
        title = translate("Startup", "The database cannot be used")
        box = QMessageBox(QMessageBox.Icon.Critical, title, text)
        box.setDetailedText(str(error))
        box.exec()
    return False


def open_database(url: str, explicit: bool, may_create: bool, quiet: bool) -> bool:
    """Connect (and migrate); on trouble tell the user and return False.

    A SQLite file the user named (explicit) that is not there is a typo more often
    than a wish for a new store: ask first, unless demo data is wanted (may_create).
    """
    path = _sqlite_file(url) if explicit else None
    if path is not None and not path.exists():
        if not path.parent.is_dir():
            missing = FileNotFoundError(f"No such file or directory: '{path.parent}'")
            return _report_problem(url, missing, quiet)
        if not may_create:
            question = translate(
                "Startup", "There is no database at {path}. Create a new, empty one there?"
            ).format(path=path)
            if quiet:
                print(question, file=sys.stderr)
                return False
            answer = QMessageBox.question(None, translate("Startup", "New database?"), question)
            if answer != QMessageBox.StandardButton.Yes:
                return False
    try:
        secrets.connect(url, ask=None if quiet else ask_password)
        with db.write_transaction():
            pass  # a read-only or locked database says so now, not at the first save
    except Exception as error:
        db.close()
        return _report_problem(url, error, quiet)
    return True


def check_and_back_up(window, url: str) -> None:
    """After the window shows: the integrity check, then the day's first backup and the
    change feed's pruning.

    Both take seconds on a large store, so they run on a worker; the clerk can work
    meanwhile. A damaged database stops the work with the way to restore it.
    """
    runner = TaskRunner(window)

    def checked(report) -> None:
        if report.ok:
            runner.run(live.prune, on_error=lambda e: log.warning("change feed prune: %r", e))
            runner.run(backup.backup_if_due, on_error=lambda e: log.warning("backup: %r", e))
            return
        code, params = report.message()
        text = messages.message(code, params)
        window.show_banner(text, "error")
        QMessageBox.critical(window, translate("Startup", "The database is damaged"), text)

    runner.run(integrity.quick_check, url, on_done=checked,
               on_error=lambda e: log.warning("integrity check: %r", e))


# -- first start -------------------------------------------------------------------------

class _ProgressRelay(QObject):
    progressed = Signal(int, int)

    def report(self, done: int, total: int) -> None:
        """desk.demo's progress callback; runs on the worker, delivered on the GUI thread."""
        self.progressed.emit(done, total)


def fill_demo(quiet: bool) -> bool:
    """desk.demo.populate on a worker thread, behind a progress dialog; False if it failed."""
    from desk.demo import (
        populate as demo,  # imported only when wanted: it is large and start-up is not
    )

    if quiet:
        demo.populate(DEMO_COMPLAINTS)
        return True
    dialog = QProgressDialog(
        translate("Startup", "Filling the database with demo data…"), "", 0, 0)
    dialog.setWindowTitle(translate("Startup", "Demo data"))
    dialog.setCancelButton(None)
    dialog.setMinimumDuration(0)
    dialog.setMinimumWidth(360)
    dialog.show()
    relay = _ProgressRelay()

    def progressed(done: int, total: int) -> None:
        dialog.setMaximum(max(total, 1))
        dialog.setValue(min(done, max(total, 1)))

    relay.progressed.connect(progressed)
    loop = QEventLoop()
    outcome: dict = {}
    runner = TaskRunner()
    runner.run(functools.partial(demo.populate, DEMO_COMPLAINTS, progress=relay.report),
               on_done=lambda _r: (outcome.setdefault("ok", True), loop.quit()),
               on_error=lambda e: (outcome.setdefault("error", e), loop.quit()))
    loop.exec()
    dialog.close()
    if "error" in outcome:
        log.error("demo data failed: %r", outcome["error"])
        QMessageBox.warning(None, translate("Startup", "Demo data"),
                            translate("Startup", "The demo data could not be made: {error}").format(
                                error=outcome["error"]))
        return False
    return True


def set_up_store(args, quiet: bool) -> str | None:
    """Demo data or the first-run dialog: "demo", "store", or None if still not set up."""
    if getattr(args, "demo", False) and fill_demo(quiet) and settings.is_set_up():
        return "demo"
    if quiet:
        print(translate("Startup", "This database has no store yet: start desk once without "
                  "--quit-after-start to set it up."), file=sys.stderr)
        return None
    from desk.ui.first_run_dialog import FirstRunDialog

    while True:
        result = FirstRunDialog().exec()
        if result == FirstRunDialog.DEMO:
            if fill_demo(quiet=False) and settings.is_set_up():
                return "demo"
            continue  # no demo after all: back to the form
        if result == FirstRunDialog.JOIN:
            if join_server() and settings.is_set_up():
                return "joined"
            continue  # back to the form: on the shared database if it is new there
        if result and settings.is_set_up():
            return "store"
        return None


def join_server() -> bool:
    """Ask the store's server URL, open it (the password dialog offers to remember it)
    and save the URL in this PC's settings. On failure the database before stays open."""
    from PySide6.QtWidgets import QInputDialog

    before = db.current().url
    url, ok = QInputDialog.getText(
        None, translate("Startup", "Join the store's server"),
        translate("Startup", "The connection the store's IT person gave "
                  "(desk server init prints it):"),
        text="postgresql://desk_app@SERVER:5432/desk")
    url = url.strip()
    if not ok or not url:
        return False
    if not url.startswith(("postgresql://", "postgres://")):
        QMessageBox.warning(None, translate("Startup", "Join the store's server"),
                            translate("Startup", "That is not a postgresql:// connection."))
        return False
    db.close()
    if not open_database(url, explicit=True, may_create=False, quiet=False):
        secrets.connect(before, ask=ask_password)  # back where it was
        return False
    local = config.LocalSettings.load()
    local.db_url = config.strip_password(url)
    local.save()
    return True


def sign_in(quiet: bool, desk_name: str, store_name: str, hint: str = ""):
    if quiet:
        try:
            return auth.sign_in(os.environ.get(ENV_SIGN_IN_CODE, ""),
                                os.environ.get(ENV_SIGN_IN_PIN, ""))
        except AuthError as error:
            print(f"sign-in failed: {error.code}", file=sys.stderr)
            return None
    from desk.ui.staff.sign_in_dialog import SignInDialog

    dialog = SignInDialog(store_name=store_name, desk_name=desk_name, hint=hint)
    return dialog.staff if dialog.exec() else None


# -- the whole start ---------------------------------------------------------------------

def run_app(args) -> int:
    quiet = bool(getattr(args, "quit_after_start", False))
    local = config.LocalSettings.load()
    language = i18n.choose_language(getattr(args, "lang", None), local.language)
    app = make_application(language)
    explicit = bool(getattr(args, "db", None) or os.environ.get(config.ENV_DB) or local.db_url)
    url = config.database_url(getattr(args, "db", None))
    if not open_database(url, explicit, may_create=bool(getattr(args, "demo", False)), quiet=quiet):
        return EXIT_DATABASE_PROBLEM
    try:
        return _run_signed_in(app, args, local, quiet, url)
    finally:
        QThreadPool.globalInstance().waitForDone(10_000)
        db.close()


def _run_signed_in(app: QApplication, args, local: config.LocalSettings, quiet: bool,
                   url: str) -> int:
    hint = ""
    if not settings.is_set_up():
        how = set_up_store(args, quiet)
        if how is None:
            return EXIT_DATABASE_PROBLEM if quiet else 0
        if how == "demo":
            hint = translate(
                "Startup", "Demo store: supervisor admin, clerk c01, PIN 1234 for both.")
    store_name = settings.get("store_name")
    staff = sign_in(quiet, local.desk_name, store_name, hint)
    if staff is None:
        return EXIT_SIGN_IN_FAILED if quiet else 0
    from desk.ui.main_window import MainWindow

    window = MainWindow(staff, local.desk_name, store_name)
    window.attach_live(LiveWatcher(parent=window))
    window.live.start()
    window.show()
    if quiet:
        QTimer.singleShot(0, lambda: _report_start_and_quit(app, window))
    else:
        check_and_back_up(window, db.current().url)  # the shared one, if this PC joined it
    return app.exec()


def _report_start_and_quit(app: QApplication, window) -> None:
    print(f"startup_ms={ms_since_process_start():.0f}", flush=True)
    # Which face the window really got: a missing shipped font would show another family.
    print(f"font={QFontInfo(window.font()).family()}", flush=True)
    model = window.worklist.model

    def done() -> None:
        print(f"first_page_ms={ms_since_process_start():.0f}", flush=True)
        window.close()
        app.quit()

    if model.is_loading():
        model.loaded.connect(done)
        model.failed.connect(lambda _e: done())
    else:
        done()

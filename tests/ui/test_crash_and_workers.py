"""The crash hook logs and tells, never kills; background reads come back in order."""

import sys
import threading

from PySide6.QtWidgets import QMessageBox

from desk.ui import crash
from desk.ui.widgets.workers import TaskRunner


def _raise_and_report(reporter):
    try:
        {}["no such key"]
    except KeyError:
        reporter.handle(*sys.exc_info())


def test_crash_hook_writes_the_log_and_shows_a_plain_dialog(qapp, qtbot):
    reporter = crash.CrashReporter()
    _raise_and_report(reporter)
    qtbot.waitUntil(lambda: reporter.dialog is not None and reporter.dialog.isVisible())
    box = reporter.dialog
    assert box.icon() == QMessageBox.Icon.Warning
    assert "Nothing you typed is lost" in box.text()
    assert str(crash.log_path()) in box.text()
    assert "Traceback" not in box.text() and "KeyError" in box.detailedText()
    log = crash.log_path().read_text(encoding="utf-8")
    assert "Traceback" in log and "no such key" in log and "_raise_and_report" in log
    _raise_and_report(reporter)  # a second error while the dialog is open: logged, one dialog
    qtbot.waitUntil(lambda: reporter.reported == 2)
    assert reporter.dialog is box
    assert crash.log_path().read_text(encoding="utf-8").count("Traceback") == 2
    box.close()


def test_installed_hooks_catch_errors_of_other_threads(qapp, qtbot):
    reporter = crash.install()
    try:
        assert sys.excepthook == reporter.handle
        assert threading.excepthook == reporter.handle_thread

        def fail():
            raise RuntimeError("worker thread failed")

        worker = threading.Thread(target=fail)
        worker.start()
        worker.join()
        qtbot.waitUntil(lambda: reporter.dialog is not None and reporter.dialog.isVisible())
        assert "worker thread failed" in crash.log_path().read_text(encoding="utf-8")
        reporter.dialog.close()
    finally:
        crash.uninstall()
    assert sys.excepthook is sys.__excepthook__


def test_stale_results_are_dropped_and_errors_handed_back(qapp, qtbot):
    runner = TaskRunner()
    got, errors = [], []
    gate = threading.Event()

    def slow(value):
        gate.wait(5)
        return value

    runner.run(slow, "old", on_done=got.append)
    runner.new_generation()  # the user typed on: "old" is no longer wanted
    runner.run(lambda: "new", on_done=got.append)
    runner.run(lambda: 1 / 0, on_done=got.append, on_error=errors.append)
    gate.set()
    with qtbot.waitSignal(runner.idle, timeout=10_000):
        pass
    qtbot.waitUntil(lambda: not runner.busy())
    assert got == ["new"]
    assert len(errors) == 1 and isinstance(errors[0], ZeroDivisionError)
    assert threading.current_thread() is threading.main_thread()


def test_worker_reads_the_database_on_its_own_connection(ui_store, qtbot, register):
    from desk.complaints import worklist
    from desk.complaints.worklist import WorklistFilter

    made = register()
    runner = TaskRunner()
    got = []
    runner.run(lambda: (threading.get_ident(), worklist.page(WorklistFilter())),
               on_done=got.append)
    qtbot.waitUntil(lambda: bool(got), timeout=10_000)
    thread_id, rows = got[0]
    assert thread_id != threading.get_ident()
    assert [r.id for r in rows] == [made.id]

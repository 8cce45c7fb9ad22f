"""Helpers for driving a complaint's steps through the real widgets of the main window."""

from PySide6.QtCore import Qt

from desk.complaints import departments

WAIT = 15_000


def add_departments(store) -> dict:
    """Two departments, added by the supervisor: {name: Department}."""
    return {name: departments.add(name, hours, store.supervisor, store.desk)
            for name, hours in (("维修部", 24), ("送货部", 48))}


def select(window, qtbot, complaint_id: int) -> None:
    """Show the complaint and wait until its legal steps are offered."""
    window.open_complaint(complaint_id)
    bar = window.detail.actions_bar
    qtbot.waitUntil(lambda: window.detail.record is not None
                    and window.detail.record.id == complaint_id
                    and bar.complaint_id == complaint_id and bar.version is not None,
                    timeout=WAIT)


def open_dialog(window, qtbot, action: str):
    """Click the action's button; returns its dialog once it is on screen."""
    bar = window.detail.actions_bar
    button = bar.buttons[action]
    assert button.isVisible(), f"{action} is not offered: {bar.legal}"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bar.dialog is not None and bar.dialog.isVisible(), timeout=WAIT)
    return bar.dialog


def confirm(window, qtbot, dialog) -> None:
    """Press OK and wait until the step is saved and the pane shows the new steps."""
    bar = window.detail.actions_bar
    before = bar.version
    with qtbot.waitSignal(window.detail.changed, timeout=WAIT):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bar.version is not None and bar.version != before, timeout=WAIT)
    qtbot.waitUntil(lambda: window.detail.record is not None, timeout=WAIT)


def wait_idle(widget, qtbot) -> None:
    qtbot.waitUntil(lambda: not widget._runner.busy() and not widget._write_runner.busy(),
                    timeout=WAIT)

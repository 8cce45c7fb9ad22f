"""The main window: composes the worklist and the detail pane, menus and status bar.

No rules and no queries here: the panels ask the domain, the window wires them.
"""

import importlib

from PySide6.QtCore import QByteArray, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desk.config import LocalSettings, data_dir
from desk.models import Staff
from desk.ui.detail_pane import DetailPane
from desk.ui.labels import label
from desk.ui.sign_in_dialog import SignInDialog
from desk.ui.worklist_panel import WorklistPanel

_BANNER_STYLES = {
    "info": "background:#e8f0fe; color:#0b3d91; border:1px solid #a8c0f0;",
    "warning": "background:#fff4ce; color:#6b4e00; border:1px solid #e0c060;",
    "error": "background:#fde8e8; color:#a40000; border:1px solid #e0a0a0;",
}


def window_settings() -> QSettings:
    """Window geometry lives beside the desk's other per-PC settings."""
    return QSettings(str(data_dir() / "window.ini"), QSettings.Format.IniFormat)


class Banner(QFrame):
    """A strip at the top of the window for connection trouble and alerts."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("banner")
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        close = QToolButton()
        close.setText("×")
        close.setAutoRaise(True)
        close.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 4, 4)
        layout.addWidget(self.label, 1)
        layout.addWidget(close)
        self.kind = ""
        self.hide()

    def show_text(self, text: str, kind: str = "warning") -> None:
        self.kind = kind if kind in _BANNER_STYLES else "warning"
        self.setStyleSheet(f"#banner {{{_BANNER_STYLES[self.kind]}}}")
        self.label.setText(text)
        self.show()


class MainWindow(QMainWindow):
    clerk_changed = Signal(object)  # the Staff now on duty

    def __init__(self, staff: Staff, desk_name: str, store_name: str, parent=None):
        super().__init__(parent)
        self.staff = staff
        self.desk_name = desk_name
        self.store_name = store_name
        self.setWindowTitle(self.tr("{store} — Service desk").format(store=store_name))

        self.banner = Banner()
        self.worklist = WorklistPanel(staff_id=staff.id)
        self.detail = DetailPane()
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.worklist)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([930, 420])
        self.splitter.setChildrenCollapsible(False)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.banner)
        layout.addWidget(self.splitter, 1)
        self.setCentralWidget(central)

        self.clerk_label = QLabel()
        self.clerk_label.setObjectName("clerk_on_duty")
        self.statusBar().addPermanentWidget(self.clerk_label)
        self._make_actions()
        self._make_menus_and_toolbar()
        self._show_clerk()

        self.worklist.current_changed.connect(self.detail.show_complaint)
        self.worklist.open_requested.connect(self.open_complaint)
        self.worklist.model.failed.connect(self._read_failed)
        self.detail.open_complaint.connect(self.open_complaint)
        self.resize(1360, 800)
        self._restore_geometry()
        self.worklist.focus_search()

    # -- actions, menus ----------------------------------------------------------------

    def _action(self, text: str, shortcut=None, slot=None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if slot is not None:
            action.triggered.connect(slot)
        self.addAction(action)  # shortcuts work even where no menu shows the action
        return action

    def _make_actions(self) -> None:
        self.new_action = self._action(self.tr("&New complaint"), QKeySequence.StandardKey.New,
                                       self.new_complaint)
        self.switch_action = self._action(self.tr("&Switch clerk"), "Ctrl+Shift+S",
                                          self.switch_clerk)
        self.quit_action = self._action(self.tr("&Quit"), QKeySequence.StandardKey.Quit,
                                        self.close)
        self.find_action = self._action(self.tr("&Find"), QKeySequence.StandardKey.Find,
                                        self.worklist.focus_search)
        self.reload_action = self._action(self.tr("&Reload list"), QKeySequence.StandardKey.Refresh,
                                          self.worklist.model.reload)
        self.language_group = QActionGroup(self)
        self.language_actions = {}
        current = LocalSettings.load().language
        for code, name in (("zh_CN", "中文（简体）"), ("en", "English")):
            action = QAction(name, self, checkable=True)
            action.setData(code)
            action.setChecked(code == current)
            self.language_group.addAction(action)
            self.language_actions[code] = action
        self.language_group.triggered.connect(self._language_chosen)

    def _make_menus_and_toolbar(self) -> None:
        desk_menu = self.menuBar().addMenu(self.tr("&Desk"))
        desk_menu.addAction(self.new_action)
        desk_menu.addSeparator()
        desk_menu.addAction(self.switch_action)
        desk_menu.addSeparator()
        desk_menu.addAction(self.quit_action)
        view_menu = self.menuBar().addMenu(self.tr("&View"))
        view_menu.addAction(self.find_action)
        view_menu.addAction(self.reload_action)
        settings_menu = self.menuBar().addMenu(self.tr("&Settings"))
        language_menu = settings_menu.addMenu(self.tr("&Language"))
        for action in self.language_actions.values():
            language_menu.addAction(action)
        self.desk_menu = desk_menu
        toolbar = self.addToolBar(self.tr("Main"))
        toolbar.setObjectName("main_toolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        toolbar.addAction(self.new_action)
        toolbar.addAction(self.switch_action)
        self.toolbar = toolbar
        native = QKeySequence.SequenceFormat.NativeText
        for action in (self.new_action, self.switch_action, self.find_action):
            keys = action.shortcut().toString(native)
            action.setToolTip(f"{action.text().replace('&', '')} ({keys})")

    # -- the clerk on duty ---------------------------------------------------------------

    def _show_clerk(self) -> None:
        text = self.tr("On duty: {name} ({role}) · Desk: {desk} · {store}")
        self.clerk_label.setText(text.format(
            name=self.staff.name, role=label(self.staff.role), desk=self.desk_name,
            store=self.store_name))

    def set_staff(self, staff: Staff) -> None:
        self.staff = staff
        self.worklist.set_staff_id(staff.id)
        self._show_clerk()
        self.clerk_changed.emit(staff)

    def switch_clerk(self) -> bool:
        dialog = SignInDialog(self, store_name=self.store_name, desk_name=self.desk_name,
                              switching=True)
        if dialog.exec() and dialog.staff is not None:
            self.set_staff(dialog.staff)
            return True
        return False

    # -- complaints ------------------------------------------------------------------------

    def new_complaint(self):
        """Open the registration form; a saved complaint shows on top of the list."""
        try:
            module = importlib.import_module("desk.ui.registration_form")
        except ModuleNotFoundError:
            QMessageBox.information(self, self.tr("New complaint"),
                                    self.tr("The registration form is not available yet."))
            return None
        form = module.RegistrationForm(self.staff, self.desk_name, self)
        form.registered.connect(self.complaint_registered)
        form.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        form.open()
        return form

    def complaint_registered(self, complaint_id: int) -> None:
        self.worklist.reveal(complaint_id)
        self.detail.show_complaint(complaint_id)

    def open_complaint(self, complaint_id: int) -> None:
        """Show this complaint in the detail pane (and select it if the list has it)."""
        self.worklist.select_id(complaint_id)
        if self.detail.complaint_id != complaint_id:
            self.detail.show_complaint(complaint_id)
        self.detail.browser.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- banner ------------------------------------------------------------------------------

    def show_banner(self, text: str, kind: str = "warning") -> None:
        """kind: "info", "warning" or "error"."""
        self.banner.show_text(text, kind)

    def hide_banner(self) -> None:
        self.banner.hide()

    def _read_failed(self, error: BaseException) -> None:
        self.show_banner(self.tr("The list could not be read from the database: {error}")
                         .format(error=str(error).strip() or type(error).__name__), "error")

    # -- language, geometry --------------------------------------------------------------

    def _language_chosen(self, action: QAction) -> None:
        settings = LocalSettings.load()
        settings.language = action.data()
        settings.save()
        text = self.tr("The new language applies the next time desk starts.")
        QTimer.singleShot(0, lambda: QMessageBox.information(self, self.tr("Language"), text))

    def _restore_geometry(self) -> None:
        stored = window_settings()
        geometry = stored.value("main/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        splitter = stored.value("main/splitter")
        if isinstance(splitter, QByteArray):
            self.splitter.restoreState(splitter)

    def save_geometry(self) -> None:
        stored = window_settings()
        stored.setValue("main/geometry", self.saveGeometry())
        stored.setValue("main/splitter", self.splitter.saveState())
        stored.sync()

    def closeEvent(self, event) -> None:
        self.save_geometry()
        super().closeEvent(event)

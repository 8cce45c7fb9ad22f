"""The main window: composes the worklist and the detail pane, menus and status bar.

No rules and no queries here: the panels ask the domain, the window wires them.
"""

from pathlib import Path

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

from desk import settings
from desk.complaints import sheet_data as documents
from desk.complaints import worklist
from desk.config import LocalSettings, data_dir
from desk.errors import DeskError
from desk.models import Staff
from desk.printing import registration_sheet
from desk.storage import backup, connection
from desk.ui import labels
from desk.ui.appointments.menu import AppointmentsMenu
from desk.ui.callbacks.menu import CallbacksMenu
from desk.ui.complaints.alerts_panel import AlertsBar, AlertsDialog
from desk.ui.complaints.deadline_reminder import DeadlineReminder, DueNotices
from desk.ui.complaints.departments_dialog import DepartmentsDialog
from desk.ui.complaints.detail_pane import DetailPane
from desk.ui.complaints.registration_form import RegistrationForm
from desk.ui.complaints.worklist_panel import WorklistPanel
from desk.ui.customers.menu import CustomersMenu
from desk.ui.desk_settings_dialog import DeskSettingsDialog
from desk.ui.handover.menu import HandoverMenu
from desk.ui.labels import label
from desk.ui.messages import error_text
from desk.ui.resolution.menu import ResolutionMenu
from desk.ui.staff.sign_in_dialog import SignInDialog
from desk.ui.staff.staff_dialog import StaffDialog
from desk.ui.statistics.incident_log_view import IncidentLogView
from desk.ui.statistics.menu import StatisticsMenu
from desk.ui.widgets.pdf_preview import save_pdf_as
from desk.ui.widgets.workers import TaskRunner

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
        self.alerts_bar = AlertsBar()
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
        layout.addWidget(self.alerts_bar)
        layout.addWidget(self.banner)
        layout.addWidget(self.splitter, 1)
        self.setCentralWidget(central)

        self.clerk_label = QLabel()
        self.clerk_label.setObjectName("clerk_on_duty")
        self.statusBar().addPermanentWidget(self.clerk_label)
        self._make_actions()
        self._make_menus_and_toolbar()
        self._show_clerk()
        self.staff_action.setEnabled(staff.role == "supervisor")
        self.departments_action.setEnabled(staff.role == "supervisor")
        self.live = None
        self._tasks = TaskRunner(self)
        self.detail.set_context(staff, desk_name)
        self.detail.changed.connect(self.refresh_complaint)

        self.worklist.current_changed.connect(self.detail.show_complaint)
        self.worklist.open_requested.connect(self.open_complaint)
        self.worklist.model.failed.connect(self._read_failed)
        self.detail.open_complaint.connect(self.open_complaint)
        self._wire_deadlines_and_alerts()
        # Each feature adds its menus, docks and reminders (desk/ui/<feature>/menu.py).
        self.resolution = ResolutionMenu(self)
        self.statistics = StatisticsMenu(self)
        self.callbacks = CallbacksMenu(self)
        self.handover = HandoverMenu(self)
        self.customers = CustomersMenu(self)
        self.appointments = AppointmentsMenu(self)
        self.features = (self.resolution, self.statistics, self.callbacks, self.handover,
                         self.customers, self.appointments)
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
        self.staff_action = self._action(self.tr("S&taff…"), None, self.manage_staff)
        self.departments_action = self._action(self.tr("De&partments…"), None,
                                               self.manage_departments)
        self.desk_settings_action = self._action(self.tr("This &desk…"), None,
                                                 self.edit_desk_settings)
        self.backup_action = self._action(self.tr("&Back up now"), None, self.back_up_now)
        self.print_form_action = self._action(self.tr("Registration &form as PDF…"), "Ctrl+P",
                                              self.save_registration_form)
        self.blank_form_action = self._action(self.tr("&Blank registration form as PDF…"), None,
                                              self.save_blank_form)
        self.overdue_action = self._action(self.tr("&Overdue"), "Ctrl+Shift+O",
                                           lambda: self.worklist.show_due(worklist.OVERDUE))
        self.due_soon_action = self._action(self.tr("D&ue soon"), None,
                                            lambda: self.worklist.show_due(worklist.DUE_SOON))
        self.incident_log_action = self._action(self.tr("&Incident log…"), None,
                                                self.show_incident_log)
        self.escalations_action = self._action(self.tr("&Escalations…"), None,
                                               self.show_alerts)
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
        desk_menu.addAction(self.print_form_action)
        desk_menu.addAction(self.blank_form_action)
        desk_menu.addSeparator()
        desk_menu.addAction(self.backup_action)
        desk_menu.addSeparator()
        desk_menu.addAction(self.switch_action)
        desk_menu.addSeparator()
        desk_menu.addAction(self.quit_action)
        # The legal steps of the selected complaint (only those are visible).
        self.complaint_menu = self.menuBar().addMenu(self.tr("&Complaint"))
        for action in self.detail.actions_bar.qactions.values():
            self.complaint_menu.addAction(action)
            self.addAction(action)
        view_menu = self.menuBar().addMenu(self.tr("&View"))
        view_menu.addAction(self.find_action)
        view_menu.addAction(self.reload_action)
        view_menu.addSeparator()
        view_menu.addAction(self.overdue_action)
        view_menu.addAction(self.due_soon_action)
        view_menu.addSeparator()
        view_menu.addAction(self.escalations_action)
        view_menu.addAction(self.incident_log_action)
        settings_menu = self.menuBar().addMenu(self.tr("&Settings"))
        settings_menu.addAction(self.staff_action)
        settings_menu.addAction(self.departments_action)
        settings_menu.addAction(self.desk_settings_action)
        self.view_menu, self.settings_menu = view_menu, settings_menu  # later features add here
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
        self.staff_action.setEnabled(staff.role == "supervisor")
        self.departments_action.setEnabled(staff.role == "supervisor")
        self.detail.set_context(staff, self.desk_name)
        self.worklist.set_staff_id(staff.id)
        self.reminder.set_staff_id(staff.id)
        self.alerts.set_staff(staff)
        for feature in self.features:
            feature.follow(staff)
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

    def new_complaint(self) -> RegistrationForm:
        """Open the registration form; a saved complaint shows on top of the list."""
        form = RegistrationForm(self.staff, self.desk_name, self)
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

    # -- paper, staff, backups ---------------------------------------------------------------

    def save_registration_form(self) -> Path | None:
        """The selected complaint's registration form as a PDF file the clerk chooses."""
        complaint_id = self.worklist.current_id()
        if complaint_id is None:
            self.statusBar().showMessage(self.tr("Select a complaint first."), 5000)
            return None
        data = documents.registration_sheet_data(complaint_id)
        pdf = registration_sheet.build(documents.store_header(), data, labels,
                                       settings.get("categories"))
        return self._save_pdf(pdf, f"{data.number}.pdf")

    def save_blank_form(self) -> Path | None:
        pdf = registration_sheet.build(documents.store_header(), None, labels,
                                       settings.get("categories"))
        return self._save_pdf(pdf, self.tr("blank-registration-form") + ".pdf")

    def _save_pdf(self, pdf: bytes, name: str) -> Path | None:
        path = save_pdf_as(self, name, pdf)
        if path is not None:
            self.statusBar().showMessage(self.tr("Saved {path}").format(path=path), 8000)
        return path

    def refresh_complaint(self, complaint_id: int) -> None:
        """A step taken in the detail pane: its row in the list shows the new state."""
        self.worklist.model.refresh_ids([complaint_id])

    def manage_departments(self) -> DepartmentsDialog:
        dialog = DepartmentsDialog(self.staff, self.desk_name, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def manage_staff(self) -> None:
        StaffDialog(self.staff, self).exec()

    def edit_desk_settings(self) -> None:
        if DeskSettingsDialog(self).exec():
            self.desk_name = LocalSettings.load().desk_name
            self.detail.set_context(self.staff, self.desk_name)
            self._show_clerk()

    def back_up_now(self) -> None:
        self.statusBar().showMessage(self.tr("Backing up…"))
        self._tasks.run(backup.make_backup, on_done=self._backed_up, on_error=self._backup_failed)

    def _backed_up(self, path) -> None:
        self.statusBar().showMessage(self.tr("Backup saved: {path}").format(path=path), 10000)

    def _backup_failed(self, error: BaseException) -> None:
        self.statusBar().clearMessage()
        text = error_text(error) if isinstance(error, DeskError) else str(error)
        QMessageBox.warning(self, self.tr("Backup"), self.tr("The backup failed: {error}")
                            .format(error=text))

    # -- other desks -------------------------------------------------------------------------

    def attach_live(self, watcher) -> None:
        """Follow what other desks save: rows refresh in place, new ones appear on top."""
        self.live = watcher
        watcher.complaints_changed.connect(self._complaints_changed)
        watcher.connection_changed.connect(self._connection_changed)
        watcher.alert.connect(self._alert)
        for feature in self.features:
            feature.attach_live(watcher)
        self._show_pending_alerts()

    def _complaints_changed(self, ids: list) -> None:
        self.worklist.model.refresh_ids(ids)
        self.worklist.model.prepend_new()
        if self.detail.complaint_id in ids:
            self.detail.reload()  # stays on the tab the clerk is reading

    def _connection_changed(self, state: str) -> None:
        if state == connection.OK:
            self.hide_banner()
            self.statusBar().showMessage(self.tr("Connected to the database again."), 8000)
        else:
            self.show_banner(self.tr(
                "The connection to the database is lost. Nothing you type is lost; desk "
                "reconnects by itself and saves what is waiting."), "error")

    def _alert(self, table: str, _row_id: int) -> None:
        if table == "alert":
            self._show_pending_alerts()

    def _show_pending_alerts(self) -> None:
        """Escalations (level 3, media) stay on every desk until a supervisor acknowledges."""
        self.alerts.refresh()

    # -- deadlines, escalations, the incident log ------------------------------------------

    def _wire_deadlines_and_alerts(self) -> None:
        self.alerts_dialog = AlertsDialog(self.staff, self.desk_name, self)
        self.alerts = self.alerts_dialog.panel
        self.alerts.changed.connect(self.alerts_bar.show_count)
        self.alerts.open_complaint.connect(self.open_complaint)
        self.alerts_bar.clicked.connect(self.show_alerts)
        self.reminder = DeadlineReminder(self.staff.id, self)
        self.due_notices = DueNotices(self, self.reminder)
        self.alerts.refresh()
        self.reminder.start()

    def show_alerts(self) -> AlertsDialog:
        self.alerts.refresh()
        self.alerts_dialog.show()
        self.alerts_dialog.raise_()
        return self.alerts_dialog

    def show_incident_log(self) -> IncidentLogView:
        view = IncidentLogView(self)
        view.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        view.open_complaint.connect(self.open_complaint)
        view.show()
        return view

    def reports_menu(self):
        """The Reports menu, made by whichever feature asks for it first."""
        menu = getattr(self, "_reports_menu", None)
        if menu is None:
            menu = self._reports_menu = self.menuBar().addMenu(self.tr("&Reports"))
            menu.setObjectName("reports_menu")
        return menu

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
        if self.live is not None:
            self.live.stop()
        self.reminder.stop()
        for feature in self.features:
            feature.stop()
        self.save_geometry()
        super().closeEvent(event)

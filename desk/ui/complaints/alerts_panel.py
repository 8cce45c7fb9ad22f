"""Escalation alerts (level 3 or media involved) waiting for a supervisor.

Every desk shows them until a supervisor acknowledges one: the window's AlertsBar
counts them and opens the AlertsDialog; the panel inside lists them. A clerk sees
them but the button says only a supervisor may acknowledge (the domain refuses a
clerk anyway: desk.complaints.escalation.acknowledge checks the role).
"""

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desk.complaints import escalation
from desk.errors import DeskError
from desk.staff import permissions
from desk.ui.labels import label
from desk.ui.messages import error_text
from desk.ui.widgets.tables import list_table
from desk.ui.widgets.when import minute
from desk.ui.widgets.workers import TaskRunner

ACTION = "acknowledge_escalation"


class AlertsPanel(QWidget):
    changed = Signal(int)  # how many alerts are pending after a refresh
    open_complaint = Signal(int)  # double-click on an alert

    def __init__(self, staff, desk_name: str, parent=None, runner: TaskRunner | None = None):
        super().__init__(parent)
        self._staff = staff
        self._desk = desk_name
        self._runner = runner or TaskRunner(self)
        self.alerts: list[escalation.PendingAlert] = []

        self.table = list_table([
            self.tr("Complaint"), self.tr("Customer"), self.tr("Why"), self.tr("Level"),
            self.tr("Raised at"), self.tr("Desk")])
        self.empty = QLabel(self.tr("No escalation waits for a supervisor."))
        self.acknowledge_button = QPushButton(self.tr("&Acknowledge"))
        self.why_not = QLabel()
        self.why_not.setObjectName("why_not")
        self.why_not.setWordWrap(True)
        self.status = QLabel()
        self.status.setWordWrap(True)

        buttons = QHBoxLayout()
        buttons.addWidget(self.why_not, 1)
        buttons.addWidget(self.acknowledge_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.status)
        layout.addLayout(buttons)

        self.acknowledge_button.clicked.connect(self.acknowledge_selected)
        self.table.itemSelectionChanged.connect(self._update_button)
        self.table.cellDoubleClicked.connect(
            lambda row, _column: self.open_complaint.emit(self.alerts[row].complaint_id))
        self._update_button()

    # -- who may acknowledge --------------------------------------------------------

    def may_acknowledge(self) -> bool:
        return permissions.allows(self._staff, ACTION)

    def set_staff(self, staff) -> None:
        self._staff = staff
        self._update_button()

    def _update_button(self) -> None:
        allowed = self.may_acknowledge()
        chosen = self.selected_alert() is not None
        self.acknowledge_button.setEnabled(allowed and chosen)
        why = "" if allowed else self.tr("Only a supervisor can acknowledge an escalation.")
        self.why_not.setText(why)
        self.acknowledge_button.setToolTip(why)

    # -- reading and acknowledging ---------------------------------------------------

    def refresh(self) -> None:
        self._runner.run(escalation.pending_alerts, on_done=self._show,
                         on_error=self._failed)

    def is_busy(self) -> bool:
        return self._runner.busy()

    def selected_alert(self) -> escalation.PendingAlert | None:
        rows = self.table.selectionModel().selectedRows()
        return self.alerts[rows[0].row()] if rows else None

    def acknowledge_selected(self) -> None:
        alert = self.selected_alert()
        if alert is None:
            return
        self.acknowledge_button.setEnabled(False)
        self._runner.run(escalation.acknowledge, alert.id, self._staff, self._desk,
                         on_done=lambda _alert: self._acknowledged(alert),
                         on_error=self._failed)

    def _acknowledged(self, alert: escalation.PendingAlert) -> None:
        self.status.setText(self.tr("Acknowledged: {number}.").format(number=alert.number))
        self.refresh()

    def _failed(self, error: BaseException) -> None:
        text = error_text(error) if isinstance(error, DeskError) else str(error)
        self.status.setText(text)
        self.refresh() if isinstance(error, DeskError) else self._update_button()

    def _show(self, alerts: list) -> None:
        chosen = self.selected_alert()
        self.alerts = alerts
        self.table.setRowCount(len(alerts))
        for row, alert in enumerate(alerts):
            values = (alert.number, alert.complainant_name, label(alert.reason),
                      self.tr("Level {level}").format(level=alert.escalation_level),
                      minute(alert.raised_at), alert.desk)
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(value))
            if chosen is not None and alert.id == chosen.id:
                self.table.selectRow(row)
        if self.selected_alert() is None and alerts:
            self.table.selectRow(0)
        self.table.setVisible(bool(alerts))
        self.empty.setVisible(not alerts)
        self._update_button()
        self.changed.emit(len(alerts))


class AlertsDialog(QDialog):
    """The panel in a window of its own, opened from the bar or View ▸ Escalations."""

    def __init__(self, staff, desk_name: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Escalations waiting for a supervisor"))
        self.panel = AlertsPanel(staff, desk_name, self)
        self.heading = QLabel(self.tr(
            "Level 3 complaints and complaints with media involved reach every supervisor at "
            "once. They stay here until a supervisor acknowledges them."))
        self.heading.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.panel, 1)
        layout.addWidget(buttons)
        self.resize(760, 320)


class AlertsBar(QFrame):
    """A red strip over the list while escalations are pending; a click opens them."""

    clicked = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("alerts_bar")
        self.setStyleSheet("#alerts_bar { background:#fde8e8; border:1px solid #e0a0a0; }"
                           " QLabel { color:#a40000; }")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.open_button = QPushButton(self.tr("Show…"))
        self.open_button.clicked.connect(self.clicked)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 4, 4)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.open_button)
        self.count = 0
        self.hide()

    def show_count(self, count: int) -> None:
        self.count = count
        self.label.setText(self.tr(
            "%n escalated complaint(s) wait for a supervisor: level 3 or media involved.",
            "", count))
        self.setVisible(count > 0)

    def mouseReleaseEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit()
        super().mouseReleaseEvent(event)

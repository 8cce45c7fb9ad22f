"""What every tab of the detail pane shares: whose complaint, who is on duty, where."""

from PySide6.QtWidgets import QWidget

from desk.ui.widgets.workers import TaskRunner


class ComplaintTab(QWidget):
    """A tab about one complaint: reads on one runner, writes on another (a new read
    never drops a save's answer), and the staff member and desk that act."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._runner = TaskRunner(self)
        self._write_runner = TaskRunner(self)
        self.staff = None
        self.desk = ""
        self.complaint_id: int | None = None

    def set_context(self, staff, desk: str) -> None:
        self.staff, self.desk = staff, desk

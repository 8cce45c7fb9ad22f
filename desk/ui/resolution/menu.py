"""The resolution's part of the main window: View → Approvals queue and the review of the
clerks' grants, both a supervisor's."""

from desk.ui.resolution.approvals_queue import ApprovalsQueue
from desk.ui.resolution.review_list import ReviewList
from desk.ui.window_feature import WindowFeature


class ResolutionMenu(WindowFeature):
    def __init__(self, window):
        super().__init__(window)
        self.approvals_action = self.action(self.tr("&Approvals queue…"), None,
                                            self.show_approvals)
        self.review_action = self.action(self.tr("Re&view of clerks' grants…"), None,
                                         self.show_review_list)
        window.view_menu.addSeparator()
        window.view_menu.addAction(self.approvals_action)
        window.view_menu.addAction(self.review_action)
        self.follow(window.staff)

    def follow(self, staff) -> None:
        for action in (self.approvals_action, self.review_action):
            action.setEnabled(staff.role == "supervisor")

    def show_approvals(self) -> ApprovalsQueue:
        view = ApprovalsQueue(self.window.staff, self.window.desk_name, self.window)
        view.decided.connect(self.window.refresh_complaint)
        view.open_complaint.connect(self.window.open_complaint)
        self.open(view, show=True)
        view.refresh()
        return view

    def show_review_list(self) -> ReviewList:
        view = ReviewList(self.window.staff, self.window.desk_name, self.window)
        view.reviewed.connect(self.window.refresh_complaint)
        view.open_complaint.connect(self.window.open_complaint)
        self.open(view, show=True)
        view.refresh()
        return view

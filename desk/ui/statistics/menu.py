"""The statistics' part of the main window: Reports → Statistics and the weekly hot
spots, Desk → Export the list to Excel, and the hot-spot flag in the status bar."""

from desk.ui.statistics.hotspot_flag import HotspotFlag
from desk.ui.window_feature import WindowFeature


class StatisticsMenu(WindowFeature):
    def __init__(self, window):
        super().__init__(window)
        self.statistics_action = self.action(self.tr("&Statistics…"), "Ctrl+Shift+T",
                                             self.show_statistics)
        self.hotspots_action = self.action(self.tr("Weekly &hot spots…"), None,
                                           self.show_hotspots)
        self.export_list_action = self.action(self.tr("E&xport the list to Excel…"), None,
                                              self.export_worklist)
        menu = window.reports_menu()
        menu.addAction(self.statistics_action)
        menu.addAction(self.hotspots_action)
        window.desk_menu.insertAction(window.backup_action, self.export_list_action)
        window.desk_menu.insertSeparator(window.backup_action)
        self.hotspot_flag = HotspotFlag(window)
        self.hotspot_flag.clicked_open.connect(self.show_hotspots)
        window.statusBar().addPermanentWidget(self.hotspot_flag)
        window.detail.changed.connect(self.hotspot_flag.soon)
        self.hotspot_flag.start()

    def attach_live(self, watcher) -> None:
        watcher.complaints_changed.connect(self.hotspot_flag.soon)

    def stop(self) -> None:
        self.hotspot_flag.stop()

    def show_statistics(self):
        from desk.ui.statistics.statistics_window import StatisticsWindow

        view = StatisticsWindow(self.window.staff, self.window.desk_name, self.window)
        view.open_complaint.connect(self.window.open_complaint)
        return self.open(view, show=True)

    def show_hotspots(self):
        from desk.ui.statistics.hotspot_view import HotspotView

        view = HotspotView(self.window.staff, self.window.desk_name, self.window)
        view.open_complaint.connect(self.window.open_complaint)
        return self.open(view, show=True)

    def export_worklist(self, path=None):
        """Every row of the list as filtered (not only the pages loaded), on a worker."""
        from desk.ui.widgets import excel_export

        flt = self.window.worklist.current_filter()

        def sheets(progress, cancelled):
            rows = excel_export.all_worklist_rows(flt, progress, cancelled)
            return [excel_export.complaint_sheet(rows)]

        return excel_export.export(self.window, self.tr("complaints") + ".xlsx", sheets,
                                   path=path)

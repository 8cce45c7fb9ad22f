"""Settings → Store rules: pages from PAGES, the callbacks page stores what the slot rule
reads, and refuses what it cannot use, under the field."""

import datetime

from PySide6.QtCore import QTime

from desk.callbacks import slots as callback_slots
from desk.ui import store_settings_dialog
from desk.ui.callbacks.callback_settings_page import CallbackSettingsPage
from desk.ui.store_settings_dialog import PAGES, StoreSettingsDialog


def test_the_callbacks_page_loads_the_defaults_and_saves_what_the_slot_rule_reads(
        ui_store, qtbot):
    assert CallbackSettingsPage in PAGES
    dialog = StoreSettingsDialog(ui_store.supervisor, ui_store.desk)
    qtbot.addWidget(dialog)
    page = dialog.pages[PAGES.index(CallbackSettingsPage)]
    assert dialog.tabs.tabText(PAGES.index(CallbackSettingsPage)) == "Callbacks"
    assert page.window_days.value() == 3 and page.rest_periods.text() == "12:00-14:00"
    assert page.opens.time() == QTime(9, 0) and page.closes.time() == QTime(21, 0)

    page.window_days.setValue(2)
    page.opens.setTime(QTime(10, 0))
    page.closes.setTime(QTime(0, 0))  # midnight
    page.rest_periods.setText("12:00-14:00，18:00-19:00")  # a Chinese comma too
    page.weekdays[7].setChecked(True)
    page.closed_dates.setText("2027-02-06")
    page.call_minutes.setValue(15)
    assert dialog.save() and dialog.result() == dialog.DialogCode.Accepted

    rules = callback_slots.rules()
    assert rules.window_days == 2 and rules.call_minutes == 15
    assert rules.opens == datetime.time(10, 0) and rules.closes is None
    assert rules.rest == ((datetime.time(12), datetime.time(14)),
                          (datetime.time(18), datetime.time(19)))
    assert rules.closed_weekdays == {7} and rules.closed_dates == {datetime.date(2027, 2, 6)}
    reopened = StoreSettingsDialog(ui_store.supervisor, ui_store.desk)
    qtbot.addWidget(reopened)
    assert reopened.pages[0].rest_periods.text() == "12:00-14:00, 18:00-19:00"
    assert reopened.pages[0].closes.time() == QTime(0, 0)


def test_what_the_rule_cannot_use_is_refused_under_its_field_and_nothing_is_stored(
        ui_store, qtbot):
    dialog = StoreSettingsDialog(ui_store.supervisor, ui_store.desk)
    qtbot.addWidget(dialog)
    dialog.show()
    page = dialog.pages[0]
    page.opens.setTime(QTime(21, 0))
    page.closes.setTime(QTime(9, 0))
    page.rest_periods.setText("14:00-12:00")
    for box in page.weekdays.values():
        box.setChecked(True)
    page.closed_dates.setText("2027-02-30")
    assert not dialog.save() and dialog.isVisible()
    assert page.errors.text("hours") == "The end must come after the start."
    assert page.errors.text("rest_periods") == "Write periods as 12:00-14:00, separated by commas."
    assert page.errors.text("closed_weekdays") == "The desk must call on at least one day of the week."
    assert page.errors.text("closed_dates") == "Write dates as 2027-02-06, separated by commas."
    assert callback_slots.rules() == callback_slots.Rules()  # still the defaults


def test_a_clerk_cannot_change_the_store_rules(window, ui_store, qtbot):
    assert not window.callbacks.store_rules_action.isEnabled()
    dialog = StoreSettingsDialog(ui_store.clerk, ui_store.desk)
    qtbot.addWidget(dialog)
    assert not dialog.save()
    assert dialog.pages[0].message.text() == "Only a supervisor may do this."
    window.set_staff(ui_store.supervisor)
    assert window.callbacks.store_rules_action.isEnabled()


def test_another_feature_adds_its_page_by_appending_to_pages(ui_store, qtbot, monkeypatch):
    from PySide6.QtWidgets import QWidget

    class Page(QWidget):
        def __init__(self, staff, desk, parent=None):
            super().__init__(parent)
            self.loaded = False

        def title(self):
            return "Other"

        def load(self):
            self.loaded = True

        def save(self):
            return {}

    monkeypatch.setattr(store_settings_dialog, "PAGES", [*PAGES, Page])
    dialog = StoreSettingsDialog(ui_store.supervisor, ui_store.desk)
    qtbot.addWidget(dialog)
    assert dialog.tabs.count() == len(PAGES) + 1 and dialog.pages[-1].loaded
    assert dialog.save()


def test_the_statistics_page_sets_the_hot_spot_and_repeat_rules(ui_store, qtbot):
    from desk.statistics import hotspot_rules as statistics_settings
    from desk.statistics import hotspots
    from desk.ui.statistics.statistics_settings_page import StatisticsSettingsPage

    dialog = StoreSettingsDialog(ui_store.supervisor, ui_store.desk)
    qtbot.addWidget(dialog)
    page = dialog.pages[PAGES.index(StatisticsSettingsPage)]
    assert [page.boxes[k].value() for k in ("hotspot_count", "hotspot_days", "repeat_days")] \
        == [3, 7, 30]
    page.boxes["hotspot_count"].setValue(5)
    page.boxes["hotspot_days"].setValue(14)
    page.boxes["repeat_days"].setValue(60)
    assert dialog.save()
    assert hotspots.rules() == (5, 14)
    assert statistics_settings.current()["repeat_days"] == 60


def test_statistics_rules_out_of_range_or_from_a_clerk_are_refused(ui_store):
    import pytest

    from desk.errors import PermissionDenied, ValidationError
    from desk.statistics import hotspot_rules as statistics_settings

    with pytest.raises(ValidationError) as err:
        statistics_settings.save(ui_store.supervisor, ui_store.desk, hotspot_count=1,
                                 hotspot_days=7, repeat_days=400)
    assert err.value.fields == {"hotspot_count": ("out_of_range", {"low": 2, "high": 100}),
                                "repeat_days": ("out_of_range", {"low": 1, "high": 365})}
    with pytest.raises(PermissionDenied):
        statistics_settings.save(ui_store.clerk, ui_store.desk, hotspot_count=3,
                                 hotspot_days=7, repeat_days=30)

"""The Qt application every window of desk runs in: the shipped font, the icon, the
translations, the crash hook (the desks' program, desk.app, and the head office's)."""

import sys

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from desk import config
from desk.ui import crash, fonts, i18n


def make_application(language: str | None = None) -> QApplication:
    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "desk"])
    app.setApplicationName("desk")
    app.setOrganizationName("desk")
    app.setWindowIcon(QIcon(str(config.shipped_path("desk._resources", "icons", "desk.png"))))
    fonts.apply_app_font(app)
    i18n.install_translators(language or i18n.choose_language(
        None, config.LocalSettings.load().language))
    crash.install()
    return app

"""Which language the interface speaks, and the translators that make it speak it.

Our own strings come from desk/_resources/i18n/desk_<lang>.qm (built by
tools/update-translations); Qt's own buttons and dialogs from Qt's qtbase_<lang>.qm.
"""

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from desk import translate as plain_translate
from desk.config import resources_dir

log = logging.getLogger(__name__)

LANGUAGES = ("zh_CN", "en")
DEFAULT_LANGUAGE = "zh_CN"

_installed: list[QTranslator] = []  # kept alive: Qt does not own installed translators


def language_for_locale(locale_name: str) -> str:
    """zh* (any Chinese locale) -> zh_CN, everything else -> en."""
    return "zh_CN" if (locale_name or "").lower().startswith("zh") else "en"


def choose_language(cli_value: str | None, saved: str | None, system: str | None = None) -> str:
    """--lang beats the saved setting beats the system locale."""
    for candidate in (cli_value, saved):
        if candidate in LANGUAGES:
            return candidate
    return language_for_locale(system if system is not None else QLocale.system().name())


def qm_dir():
    return resources_dir() / "i18n"  # a real folder: QTranslator.load wants a path


def _qt_translations_dir() -> str:
    return QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)


def install_translators(language: str) -> bool:
    """Replace the installed translators by those of `language`; True if ours loaded."""
    app = QCoreApplication.instance()
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    ours = QTranslator()
    loaded = ours.load(f"desk_{language}", str(qm_dir()))
    if loaded:
        app.installTranslator(ours)
        _installed.append(ours)
    else:
        log.warning("no translation file desk_%s.qm in %s", language, qm_dir())
    qt_own = QTranslator()
    if qt_own.load(f"qtbase_{language}", _qt_translations_dir()):
        app.installTranslator(qt_own)
        _installed.append(qt_own)
    QLocale.setDefault(QLocale(language))
    _hand_to_plain_modules()
    return loaded


def _hand_to_plain_modules() -> None:
    """Modules without Qt (printing, ...) translate through desk.translate."""
    plain_translate.install(QCoreApplication.translate)

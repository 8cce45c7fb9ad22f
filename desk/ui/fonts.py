"""The bundled Noto Sans SC faces, registered with Qt and made the application font.

The machine may have no Chinese font at all: only the font we ship makes Chinese
readable, so it is loaded by path, never looked up among the system's fonts.
"""

import logging

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from desk.config import FONT_FAMILY, font_files

log = logging.getLogger(__name__)

DEFAULT_POINT_SIZE = 10
_loaded_family: str | None = None


def load_bundled_fonts() -> str:
    """Register the Regular and Bold faces once; returns their family name."""
    global _loaded_family
    if _loaded_family:
        return _loaded_family
    families: set[str] = set()
    for face, path in font_files().items():
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id < 0:
            log.error("could not load the %s face from %s", face, path)
            continue
        families.update(QFontDatabase.applicationFontFamilies(font_id))
    _loaded_family = FONT_FAMILY if FONT_FAMILY in families else (sorted(families) or [""])[0]
    return _loaded_family


def apply_app_font(app: QApplication, point_size: int = DEFAULT_POINT_SIZE) -> QFont:
    """Make the bundled family the font of every widget of the application."""
    family = load_bundled_fonts() or FONT_FAMILY
    font = QFont(family)
    font.setFamilies([family])
    font.setPointSize(max(point_size, app.font().pointSize()))
    app.setFont(font)
    return font

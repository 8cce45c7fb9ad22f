"""Translation for modules that must not import Qt (printing, domain sentences).

Strings are marked with QT_TRANSLATE_NOOP(context, text) so that pyside6-lupdate
collects them; translate() looks them up through whatever the application
installed at start-up (QCoreApplication.translate), or returns them unchanged.
"""

from collections.abc import Callable

_translate: Callable[[str, str], str] = lambda context, text: text  # noqa: E731


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - lupdate knows this name
    return text


def install(function: Callable[[str, str], str]) -> None:
    """Called by the application once its translators are loaded."""
    global _translate
    _translate = function


def translate(context: str, text: str) -> str:
    return _translate(context, text)

"""Where the files the application ships (fonts, translations, icons) are found."""

from functools import cache
from pathlib import Path


@cache
def resources_dir() -> Path:
    """`resources/` beside the package in a checkout, `desk/_resources` in a wheel."""
    here = Path(__file__).resolve().parent
    for candidate in (here.parent / "resources", here / "_resources"):
        if (candidate / "fonts").is_dir():
            return candidate
    raise FileNotFoundError("the desk resources folder (fonts, translations) is missing")


def font_files() -> dict[str, Path]:
    fonts = resources_dir() / "fonts"
    return {"regular": fonts / "NotoSansSC-Regular.ttf", "bold": fonts / "NotoSansSC-Bold.ttf"}


FONT_FAMILY = "Noto Sans SC"

"""Where this desk PC keeps its things, which database it talks to, and where the files
the application ships (fonts, translations, icons) are found.

Per-PC settings (desk name, language, database URL without a password) live in a
small JSON file in the data folder; store-wide settings live in the database
(desk.settings).
"""

import atexit
import contextlib
import importlib.resources
import json
import os
import socket
from dataclasses import asdict, dataclass, field
from functools import cache
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

ENV_HOME = "DESK_HOME"
ENV_DB = "DESK_DB"


def _legacy_data_dir() -> Path:
    """Where desk kept its data before it asked platformdirs (the XDG folder on every OS)."""
    base = os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share"
    return Path(base) / "desk"


def data_dir() -> Path:
    """The data folder: $DESK_HOME, else the OS's own place for a user's application data.

    Linux: $XDG_DATA_HOME/desk or ~/.local/share/desk (as before); Windows:
    %LOCALAPPDATA%\\desk (local, not roaming: a database must not travel with a roaming
    profile). A folder desk already used at the old place is kept: nothing is moved.
    """
    if os.environ.get(ENV_HOME):
        path = Path(os.environ[ENV_HOME])
    else:
        import platformdirs  # here, not at the top: tests and tools set $DESK_HOME

        path = Path(platformdirs.user_data_dir("desk", appauthor=False, roaming=False))
        legacy = _legacy_data_dir()
        if path != legacy and legacy.is_dir() and not path.exists():
            path = legacy
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_sqlite_path() -> Path:
    return data_dir() / "desk.sqlite3"


def strip_password(url: str) -> str:
    """The URL with any password removed: passwords never go into the settings file."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    netloc = parts.hostname or ""
    if parts.username:
        netloc = f"{parts.username}@{netloc}"
    if parts.port:
        netloc = f"{netloc}:{parts.port}"
    return urlunsplit((parts.scheme, netloc, parts.path, parts.query, parts.fragment))


def to_url(path_or_url: str) -> str:
    """Accept a plain file path as well as a database URL.

    Forward slashes on every OS (sqlite:///C:/Users/张 三/desk.sqlite3): the path is
    read back by sqlite_path(), never percent-decoded, so spaces, Chinese and `#` stay.
    """
    if "://" in path_or_url:
        return path_or_url
    return "sqlite:///" + Path(path_or_url).expanduser().resolve().as_posix()


def sqlite_path(url: str) -> str | None:
    """The file of a sqlite:/// URL as it was written (":memory:" too), else None."""
    if not url.startswith("sqlite:///"):
        return None
    return url[len("sqlite:///"):] or ":memory:"


@dataclass
class LocalSettings:
    """Settings of this PC, not of the store."""

    desk_name: str = field(default_factory=lambda: socket.gethostname()[:40] or "desk")
    language: str = ""  # "" follows the system locale; else "zh_CN" or "en"
    db_url: str = ""  # "" means the embedded SQLite file in the data folder
    backups_kept: int = 7

    @classmethod
    def path(cls) -> Path:
        return data_dir() / "settings.json"

    @classmethod
    def load(cls) -> "LocalSettings":
        try:
            raw = json.loads(cls.path().read_text(encoding="utf-8"))
        except (FileNotFoundError, ValueError):
            return cls()
        known = {k: v for k, v in raw.items() if k in cls.__dataclass_fields__}
        return cls(**known)

    def save(self) -> None:
        data = asdict(self)
        data["db_url"] = strip_password(self.db_url)
        tmp = self.path().with_suffix(".tmp")
        tmp.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
        tmp.replace(self.path())


def database_url(cli_value: str | None = None) -> str:
    """--db beats $DESK_DB beats the settings file beats the embedded SQLite file."""
    for candidate in (cli_value, os.environ.get(ENV_DB), LocalSettings.load().db_url):
        if candidate:
            return to_url(candidate)
    return to_url(str(default_sqlite_path()))


def checked_local_settings(desk_name: str, db_url: str, backups_kept: int,
                           language: str) -> LocalSettings:
    """LocalSettings from what the clerk typed, or ValidationError with every bad field."""
    from desk.errors import ValidationError  # config is imported very early; keep it light

    errors: dict[str, tuple[str, dict]] = {}
    desk_name = (desk_name or "").strip()
    if not desk_name:
        errors["desk_name"] = ("required", {})
    elif len(desk_name) > 40:
        errors["desk_name"] = ("too_long", {"max": 40})
    db_url = (db_url or "").strip()
    if db_url and "://" in db_url and not db_url.startswith(("sqlite:", "postgresql:",
                                                              "postgres:")):
        errors["db_url"] = ("database_url_invalid", {})
    if not 1 <= backups_kept <= 365:
        errors["backups_kept"] = ("out_of_range", {"low": 1, "high": 365})
    if language not in ("", "zh_CN", "en"):
        errors["language"] = ("choice_invalid", {})
    if errors:
        raise ValidationError(errors)
    return LocalSettings(desk_name=desk_name, language=language,
                         db_url=strip_password(db_url), backups_kept=backups_kept)


# -- the files the application ships --------------------------------------------
# Found through importlib.resources, never by a path relative to the checkout, so that a
# checkout (editable install), an installed wheel and a PyInstaller bundle (which collects
# desk/_resources and the migrations as data beside the frozen package) all work alike.
_handed_out = contextlib.ExitStack()  # as_file copies (from a zip) live until exit
atexit.register(_handed_out.close)


@cache
def shipped_path(package: str, *parts: str) -> Path:
    """A real file-system path to a file or folder inside `package`.

    Qt and reportlab want paths, not open files; on a file system (all three ways desk
    runs) as_file gives the file itself, from a zip a temporary copy.
    """
    where = importlib.resources.files(package)
    for part in parts:
        where = where / part
    return _handed_out.enter_context(importlib.resources.as_file(where))


def resources_dir() -> Path:
    """desk/_resources: fonts/, i18n/ and icons/."""
    return shipped_path("desk._resources")


def font_files() -> dict[str, Path]:
    return {"regular": shipped_path("desk._resources", "fonts", "NotoSansSC-Regular.ttf"),
            "bold": shipped_path("desk._resources", "fonts", "NotoSansSC-Bold.ttf")}


FONT_FAMILY = "Noto Sans SC"

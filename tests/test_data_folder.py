"""Where this PC's data folder is: $DESK_HOME, else the OS's place (platformdirs), and a
folder desk already used at the old XDG place is kept (nothing is moved)."""

import platformdirs
import pytest
from platformdirs import windows

from desk import config


@pytest.fixture
def no_home(tmp_path, monkeypatch):
    monkeypatch.delenv(config.ENV_HOME, raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    return tmp_path


def test_desk_home_wins(tmp_path, monkeypatch):
    monkeypatch.setenv(config.ENV_HOME, str(tmp_path / "自己的 folder"))
    assert config.data_dir() == tmp_path / "自己的 folder" and config.data_dir().is_dir()


def test_linux_keeps_the_xdg_folder_as_before(no_home):
    assert config.data_dir() == no_home / "xdg" / "desk"


def test_another_os_uses_its_own_place_unless_desk_was_there_already(no_home, monkeypatch):
    own = no_home / "AppData" / "Local" / "desk"
    monkeypatch.setattr(platformdirs, "user_data_dir", lambda *a, **k: str(own))
    assert config.data_dir() == own

    own.rmdir()
    (no_home / "xdg" / "desk").mkdir(parents=True)  # an earlier desk kept its files here
    assert config.data_dir() == no_home / "xdg" / "desk"


def test_on_windows_the_folder_is_local_appdata_desk(no_home, monkeypatch):
    asked = {}
    monkeypatch.setattr(platformdirs, "user_data_dir",
                        lambda *a, **k: asked.update(args=a, kwargs=k) or str(no_home / "d"))
    config.data_dir()
    # platformdirs' own Windows rules on what desk asks, with the folders Windows would
    # report for a user 张 三: local, not roaming, and no "desk\\desk" author folder.
    monkeypatch.setattr(windows, "get_win_folder",
                        lambda csidl: {"CSIDL_LOCAL_APPDATA": r"C:\Users\张 三\AppData\Local",
                                       "CSIDL_APPDATA": r"C:\Users\张 三\AppData\Roaming"}[csidl])
    where = windows.Windows(*asked["args"], **asked["kwargs"]).user_data_dir
    assert where.replace("/", "\\") == r"C:\Users\张 三\AppData\Local\desk"

"""`python -m build` gives a wheel whose install alone runs desk.

Built once per session from the checkout, installed with its dependencies into an empty
virtual environment outside the checkout, then run from there with a bare environment.
"""

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from tests.install.conftest import ROOT, check_selftest, require

pytestmark = pytest.mark.slow


@pytest.fixture(scope="session")
def wheel(tmp_path_factory) -> Path:
    require("build", "build")
    out = tmp_path_factory.mktemp("wheel")
    # sdist first, then the wheel from the unpacked sdist: what a release does, and no
    # stale build/ folder of the checkout can slip into the wheel.
    subprocess.run([sys.executable, "-m", "build", "--outdir", str(out), str(ROOT)],
                   check=True, capture_output=True, timeout=600)
    (found,) = out.glob("desk-*.whl")
    return found


@pytest.fixture(scope="session")
def installed(wheel, tmp_path_factory):
    """An empty virtual environment with the wheel (and its dependencies) installed."""
    venv = tmp_path_factory.mktemp("venv")
    base = getattr(sys, "_base_executable", sys.executable)
    subprocess.run([base, "-m", "venv", str(venv)], check=True, timeout=300)
    subprocess.run([venv / "bin" / "python", "-m", "pip", "install", "-q",
                    "--disable-pip-version-check", wheel], check=True, capture_output=True,
                   timeout=900)
    yield venv
    shutil.rmtree(venv, ignore_errors=True)  # Qt alone is 400 MB


def test_the_wheel_carries_fonts_translations_icons_and_migrations(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    for shipped in ("desk/_resources/fonts/NotoSansSC-Regular.ttf",
                    "desk/_resources/fonts/NotoSansSC-Bold.ttf",
                    "desk/_resources/fonts/OFL.txt",
                    "desk/_resources/i18n/desk_zh_CN.qm",
                    "desk/_resources/icons/desk.png",
                    "desk/_resources/icons/desk.ico",
                    "desk/models/migrations/0001_initial.py"):
        assert shipped in names
    steps = {p.name for p in (ROOT / "desk" / "models" / "migrations").glob("[0-9]*.py")}
    assert {n.rsplit("/", 1)[-1] for n in names if "/migrations/" in n} >= steps


def test_the_installed_wheel_runs_desk_outside_the_checkout(installed, tmp_path):
    python = installed / "bin" / "python"
    where = subprocess.run([python, "-c", "import desk; print(desk.__file__)"], cwd=tmp_path,
                           capture_output=True, text=True, check=True).stdout.strip()
    site = installed / "lib"
    assert Path(where).is_relative_to(site), f"desk came from {where}, not the installed wheel"
    check_selftest([installed / "bin" / "desk"], tmp_path / "pc", shipped_under=site)

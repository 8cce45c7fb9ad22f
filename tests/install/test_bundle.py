"""`tools/build-bundle` makes a PyInstaller one-folder build that runs without Python.

Built once per session (desk.spec, into dist/desk/), then started with a bare
environment: no virtual environment on PATH, a home and data folder in a temporary
directory, no screen. It must show the sign-in screen, create the demo database and
print a slip with its fonts embedded, then start the main window.
"""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.install.conftest import ROOT, check_selftest, require

pytestmark = pytest.mark.slow
BUNDLE = ROOT / "dist" / "desk"


@pytest.fixture(scope="session")
def bundle() -> Path:
    require("PyInstaller", "PyInstaller")
    done = subprocess.run(["bash", ROOT / "tools" / "build-bundle"], cwd=ROOT,
                          env=dict(os.environ, PYTHON=sys.executable), capture_output=True,
                          text=True, timeout=1200)
    assert done.returncode == 0, f"tools/build-bundle failed:\n{done.stderr[-4000:]}"
    return BUNDLE


def test_the_bundle_holds_its_program_and_its_files(bundle):
    assert os.access(bundle / "desk", os.X_OK) and os.access(bundle / "desk-console", os.X_OK)
    shipped = bundle / "_internal" / "desk"
    assert (shipped / "_resources" / "fonts" / "NotoSansSC-Bold.ttf").is_file()
    assert (shipped / "_resources" / "i18n" / "desk_zh_CN.qm").is_file()
    assert (shipped / "_resources" / "icons" / "desk.png").is_file()
    steps = {p.name for p in (ROOT / "desk" / "models" / "migrations").glob("[0-9]*.py")}
    assert {p.name for p in (shipped / "models" / "migrations").glob("[0-9]*.py")} == steps


def test_the_bundle_runs_without_python(bundle, tmp_path):
    # Copied elsewhere first, as onto another PC: nothing may point back at the checkout.
    copy = shutil.copytree(bundle, tmp_path / "opt" / "desk", symlinks=True)
    try:
        check_selftest([copy / "desk"], tmp_path / "pc", shipped_under=copy)
    finally:
        shutil.rmtree(copy, ignore_errors=True)  # 260 MB

"""What the wheel and the bundle tests share: a bare environment, the self-check's
output read back, and a loud failure when a build tool is missing (never a skip:
`bash tools/setup --tests` installs them, and CI must run these tests)."""

import importlib.util
import sqlite3
import subprocess
from pathlib import Path

import pytest

from tests.pdf_tools import pdf_fonts, pdf_text

ROOT = Path(__file__).resolve().parents[2]
DEMO_COMPLAINTS = 30


def require(module: str, package: str) -> None:
    if importlib.util.find_spec(module) is None:
        pytest.fail(f"{package} is not installed: run 'bash tools/setup --tests' "
                    f"(pyproject.toml lists it in the test extras)", pytrace=False)


def bare_env(home: Path, **extra: str) -> dict[str, str]:
    """A desk PC's environment: the system's PATH only (no virtual environment, no
    PYTHONPATH), a home and data folder of its own, no screen."""
    home.mkdir(parents=True, exist_ok=True)
    return {"PATH": "/usr/local/bin:/usr/bin:/bin", "HOME": str(home),
            "DESK_HOME": str(home / "data"), "LANG": "C.UTF-8",
            "QT_QPA_PLATFORM": "offscreen", **extra}


def run(command: list, env: dict, cwd: Path, timeout: int = 300) -> dict[str, str]:
    """Run a desk command; its key=value lines as a dict (failing with its output)."""
    done = subprocess.run([str(c) for c in command], env=env, cwd=cwd, capture_output=True,
                          text=True, timeout=timeout)
    assert done.returncode == 0, f"{command} exited {done.returncode}:\n{done.stdout}\n{done.stderr}"
    return dict(line.split("=", 1) for line in done.stdout.splitlines() if "=" in line)


def check_selftest(desk: list, home: Path, shipped_under: Path) -> None:
    """`desk selftest` end to end, then `desk --quit-after-start` on its demo database.

    shipped_under: where the shipped font must come from (the installed package or the
    bundle), so a font found anywhere else (the checkout, the system) fails the test.
    """
    env = bare_env(home)
    pdf, shot = home / "slip.pdf", home / "sign-in.png"
    said = run([*desk, "--lang", "zh_CN", "selftest", "--complaints", DEMO_COMPLAINTS,
                "--pdf", pdf, "--screenshot", shot], env, cwd=home)
    # The shipped font and translations, from the installation itself.
    assert Path(said["font_file"]).resolve().is_relative_to(shipped_under.resolve()), said
    assert said["font"] == "Noto Sans SC" and said["translations"] == "True"
    # The sign-in screen was shown (in Chinese), and signing in through it worked.
    assert said["sign_in_shown"] == "登录" and said["signed_in"] == "c01"
    assert "sign-in screen shown" in (home / "data" / "logs" / "desk.log").read_text("utf-8")
    assert shot.stat().st_size > 1000
    # A demo database was created in the data folder, by the shipped migrations.
    database = home / "data" / "selftest.sqlite3"
    assert said["database"] == f"sqlite:///{database}"
    with sqlite3.connect(database) as con:
        assert con.execute("SELECT count(*) FROM complaint").fetchone()[0] == DEMO_COMPLAINTS
    # The slip, with the shipped font embedded and its Chinese readable.
    data = pdf.read_bytes()
    fonts = pdf_fonts(data)
    assert fonts and all(f["emb"] == "yes" and "NotoSansSC" in f["name"] for f in fonts), fonts
    assert "处理结果确认单" in pdf_text(data) and said["slip"] in pdf_text(data)
    # And the application itself starts on that database, signed in from the environment.
    started = run([*desk, "--db", database, "--quit-after-start"],
                  dict(env, DESK_SIGN_IN_CODE="c01", DESK_SIGN_IN_PIN="1234"), cwd=home)
    assert 0 < float(started["startup_ms"]) < 60_000
    assert started["font"] == "Noto Sans SC"

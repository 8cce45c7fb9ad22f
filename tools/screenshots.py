"""Screenshots of the main screens, in Chinese and English, on fresh demo data.

    .venv/bin/python tools/screenshots.py docs/screenshots

Runs offscreen with the bundled font only, as the tests do: what it shows is what a
PC without Chinese fonts shows.
"""

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["DESK_HOME"] = tempfile.mkdtemp(prefix="desk-shots-")

from PySide6.QtCore import QThreadPool  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from desk.demo import populate as demo  # noqa: E402
from desk.staff import auth
from desk.storage import db
from desk.ui import fonts, i18n  # noqa: E402


def settle(app: QApplication, rounds: int = 30) -> None:
    """Let the background reads finish and their results arrive."""
    for _ in range(rounds):
        QThreadPool.globalInstance().waitForDone(100)
        app.processEvents()


def shoot(app: QApplication, out: Path, language: str) -> None:
    from desk.ui.complaints.registration_form import RegistrationForm
    from desk.ui.main_window import MainWindow
    from desk.ui.staff.sign_in_dialog import SignInDialog

    i18n.install_translators(language)
    staff = auth.sign_in("c01", "1234")
    sign_in = SignInDialog(store_name="示例商场", desk_name="一楼服务台")
    sign_in.show()
    settle(app, 3)
    sign_in.grab().save(str(out / f"sign_in_{language}.png"))
    window = MainWindow(staff, "一楼服务台", "示例商场")
    window.resize(1366, 768)
    window.show()
    settle(app)
    window.worklist.select_id(window.worklist.model.row_id(1))
    settle(app)
    window.grab().save(str(out / f"main_{language}.png"))
    form = RegistrationForm(staff, "一楼服务台", window)
    form.show()
    form.phone_edit.setText("139 1234 5678")
    form.complainant_name_edit.setText("张伟")
    form.product_name_edit.setText("变频空调")
    form.product_brand_edit.setText("格力")
    form.product_model_edit.setText("KFR-35GW/NhGc1B")
    form.account_edit.setPlainText("安装后第三天开始制冷效果差；室外机噪音很大，晚上影响休息。")
    settle(app)
    form.grab().save(str(out / f"registration_form_{language}.png"))
    form.close()
    window.callbacks.show_queue()
    settle(app)
    window.grab().save(str(out / f"callback_queue_{language}.png"))
    window.close()
    shoot_supervisor(app, out, language)


def shoot_supervisor(app: QApplication, out: Path, language: str) -> None:
    """The supervisor's screens: handover, statistics, hot spots, store rules."""
    from desk.ui.main_window import MainWindow

    staff = auth.sign_in("admin", "1234")
    window = MainWindow(staff, "一楼服务台", "示例商场")
    window.resize(1366, 768)
    window.show()
    settle(app)
    for name, open_screen, size in (
            ("handover", window.handover.compose, (1100, 700)),
            ("statistics", window.statistics.show_statistics, (1280, 800)),
            ("hotspots", window.statistics.show_hotspots, (1100, 700)),
            ("store_rules", window.callbacks.edit_store_rules, None)):
        screen = open_screen()
        if size:
            screen.resize(*size)
        settle(app, 60)
        screen.grab().save(str(out / f"{name}_{language}.png"))
        screen.close()
    window.close()


def main() -> int:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "screenshots")
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication([])
    fonts.apply_app_font(app)
    db.connect(f"sqlite:///{os.environ['DESK_HOME']}/desk.sqlite3")
    demo.populate(600)
    for language in ("zh_CN", "en"):
        shoot(app, out, language)
    settle(app)
    db.close()
    print(f"screenshots in {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""The Chinese interface: every word of the shell, the vocabulary and the messages."""

import datetime
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from desk.config import resources_dir
from desk.ui import i18n
from desk.ui.complaints.worklist_model import WorklistModel
from desk.ui.labels import label, level_label
from desk.ui.messages import message


@pytest.fixture
def chinese(qapp):
    assert i18n.install_translators("zh_CN")
    yield
    i18n.install_translators("en")


def test_every_string_of_the_program_has_chinese():
    root = ET.parse(resources_dir() / "i18n" / "desk_zh_CN.ts").getroot()
    untranslated = [
        (context.findtext("name"), m.findtext("source"))
        for context in root.iter("context")
        for m in context.iter("message")
        if m.find("translation").get("type") == "unfinished"
    ]
    assert untranslated == [], "run tools/update-translations and add the Chinese"


def test_domain_words_read_as_the_desk_staff_say_them(chinese):
    assert [label(c) for c in ("complaint", "inquiry", "counter", "phone", "letter", "email",
                               "web", "consumer_assoc", "hotline_12315", "media")] == [
        "投诉", "咨询预约", "当面", "电话", "书面", "邮件", "网络", "消协转办", "12315热线", "媒体"]
    assert [label(c) for c in ("refund", "exchange", "compensation", "apology",
                               "explanation")] == ["退货", "换货", "赔偿", "道歉", "说明"]
    assert (label("clerk"), label("supervisor")) == ("客服专员", "客服主管")
    assert level_label(3).startswith("三级")
    assert message("wrong_code_or_pin") == "工号或密码错误。"


def test_ages_have_chinese_plural_forms(chinese, qapp):
    model = WorklistModel()
    now = model._now
    assert model.age_text(now - datetime.timedelta(minutes=5)) == "5 分钟"
    assert model.age_text(now - datetime.timedelta(hours=3)) == "3 小时"
    assert model.age_text(now - datetime.timedelta(days=7)) == "7 天"


def _messages(ts_path) -> set[tuple[str, str]]:
    root = ET.parse(ts_path).getroot()
    return {(c.findtext("name"), m.findtext("source"))
            for c in root.iter("context") for m in c.iter("message")}


def test_the_translation_files_hold_every_string_in_the_code(tmp_path, repo_root):
    """A string added to the code without re-running tools/update-translations shows here."""
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    sources = sorted(str(p) for p in (repo_root / "desk").rglob("*.py"))
    fresh = tmp_path / "fresh.ts"
    subprocess.run([str(lupdate), "-silent", "-locations", "none", *sources, "-ts", str(fresh)],
                   check=True, cwd=repo_root)
    committed = _messages(resources_dir() / "i18n" / "desk_zh_CN.ts")
    assert _messages(fresh) - committed == set()

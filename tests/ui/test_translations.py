"""The Chinese interface: every word of the shell, the vocabulary and the messages."""

import datetime
import xml.etree.ElementTree as ET

import pytest

from desk.paths import resources_dir
from desk.ui import i18n
from desk.ui.labels import label, level_label
from desk.ui.messages import message
from desk.ui.worklist_model import WorklistModel

CONTEXTS = ("Vocabulary", "Messages", "Startup", "CrashReporter", "SignInDialog",
            "FirstRunDialog", "MainWindow", "WorklistModel", "WorklistPanel", "DetailPane")


@pytest.fixture
def chinese(qapp):
    assert i18n.install_translators("zh_CN")
    yield
    i18n.install_translators("en")


def test_every_shell_vocabulary_and_message_string_has_chinese():
    root = ET.parse(resources_dir() / "i18n" / "desk_zh_CN.ts").getroot()
    untranslated = [
        (context.findtext("name"), m.findtext("source"))
        for context in root.iter("context") if context.findtext("name") in CONTEXTS
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

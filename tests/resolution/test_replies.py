"""Written complaints get a written reply: composed, edited, issued with its PDF, required
before closing; a supervisor's note instead; approval where the remedy needed one."""

import datetime
import hashlib
import re

import pytest

from desk import process, settings
from desk.errors import AuthError, ConflictError, DeskError, PermissionDenied, ValidationError
from desk.models import Complaint, WrittenReply
from desk.printing import reply_letter
from desk.resolution import remedies as resolution
from desk.resolution import replies
from desk.resolution.remedies import RemedyInput
from desk.storage import history
from tests.complaints.test_lifecycle import Desk
from tests.pdf_tools import decode_qr, pdf_fonts, pdf_pages_png, pdf_text

WORDS = {"letter": "书面", "email": "邮件", "refund": "退款", "apology": "道歉",
         "product_quality": "商品质量"}.get
LETTER_NUMBER = re.compile(r"^S01-H-\d{8}-\d{4}$")


def words(code: str) -> str:
    return WORDS(code) or code


@pytest.fixture
def desk(store):
    settings.put("store_phone", "0571-88886666")
    settings.put("store_address", "杭州市解放路1号")
    return Desk(store)


def explained_by_letter(desk, channel="letter"):
    """A written complaint the clerk explained (not founded): ready to close but for the reply."""
    return desk.reach("complaint", "explained", channel=channel,
                      account="三月购买的空调不制冷，多次报修无人上门，特此来信投诉。")


def issue(c, staff, desk, body=None, **kwargs):
    body = body or replies.compose_body(c.id, words)
    return replies.issue_letter(c.id, Complaint.get_by_id(c.id).version, body, staff,
                                desk.store.desk, render=reply_letter.build, **kwargs)


def test_a_written_complaint_cannot_close_without_a_reply(desk):
    c = explained_by_letter(desk)
    assert "close" not in process.available_actions(c, desk.store.clerk)
    with pytest.raises(DeskError) as refused:
        process.perform(c.id, c.version, "close", desk.store.clerk, desk.store.desk)
    assert refused.value.code == "written_reply_required"
    issue(c, desk.store.clerk, desk)
    c = Complaint.get_by_id(c.id)
    assert "close" in process.available_actions(c, desk.store.clerk)
    assert process.perform(c.id, c.version, "close", desk.store.clerk,
                           desk.store.desk).status == "closed"


def test_a_complaint_at_the_counter_closes_without_a_letter(desk):
    c = desk.reach("complaint", "explained", channel="counter")
    assert process.perform(c.id, c.version, "close", desk.store.clerk,
                           desk.store.desk).status == "closed"


def test_the_proposed_text_tells_the_case_in_the_stores_words(desk):
    c = explained_by_letter(desk)
    body = replies.compose_body(c.id, words)
    assert body.startswith("Dear 张伟,") or "张伟" in body.splitlines()[0]
    assert "空调不制冷" in body and "书面" in body
    assert "该商品非本店售出" in body  # what was found
    assert "apologise" in body and "0571-88886666" in body


def test_remedies_and_their_amounts_are_in_the_proposed_text(desk):
    c = desk.reach("complaint", "investigating", channel="email")
    resolution.set_remedies(c.id, c.version, [RemedyInput("refund", "退还货款", "150"),
                                              RemedyInput("apology", "店长致歉")],
                            desk.store.clerk, desk.store.desk)
    body = replies.compose_body(c.id, words)
    assert "1. 退款: 退还货款 (150.00 yuan)" in body and "2. 道歉: 店长致歉" in body
    assert "壹佰伍拾元整" in body


def test_issuing_keeps_the_edited_text_the_pdf_and_its_hash_in_the_history(desk):
    c = explained_by_letter(desk)
    body = replies.compose_body(c.id, words) + "\n\n另附：维修站电话 0571-12345678。"
    info = issue(c, desk.store.clerk, desk, body=body)
    assert LETTER_NUMBER.match(info.number)
    assert info.number.endswith(datetime.date.today().strftime("%Y%m%d") + "-0001")
    row = WrittenReply.get_by_id(info.id)
    assert row.body == body and hashlib.sha256(bytes(row.pdf)).hexdigest() == info.pdf_sha256
    assert replies.letter_pdf(info.id) == bytes(row.pdf)
    event = [e for e in history.events_of(c.id) if e.action == "reply_issued"][-1]
    assert info.number in event.note and info.pdf_sha256 in event.note
    assert Complaint.get_by_id(c.id).version == c.version + 1
    assert issue(explained_by_letter(desk), desk.store.clerk, desk).number.endswith("-0002")


def test_the_letter_reads_back_with_fonts_embedded_and_the_number_as_qr(desk, tmp_path):
    c = explained_by_letter(desk)
    info = issue(c, desk.store.clerk, desk, body=replies.compose_body(c.id, words)
                 + "\n\n此致\n敬礼")
    pdf = replies.letter_pdf(info.id)
    text = pdf_text(pdf)
    assert c.number in text and info.number in text
    assert "空调不制冷" in text and "测试商场" in text and "李小红" in text and "此致" in text
    fonts = pdf_fonts(pdf)
    assert fonts and all(f["emb"] == "yes" for f in fonts)
    assert all("Helvetica" not in f["name"] for f in fonts)
    assert c.number in decode_qr(pdf_pages_png(pdf, tmp_path, dpi=150)[0])


def test_a_preview_has_no_number_and_says_it_is_a_draft(desk):
    c = explained_by_letter(desk)
    data = replies.letter_data(c.id, "正文", desk.store.clerk)
    text = pdf_text(reply_letter.build(data))
    assert "DRAFT" in text and "Letter no." not in text


def test_a_remedy_above_the_clerks_authority_needs_a_supervisors_pin(desk):
    c = desk.reach("complaint", "investigating", channel="hotline_12315")
    resolution.set_remedies(c.id, c.version, [RemedyInput("refund", "全额退款", "800")],
                            desk.store.clerk, desk.store.desk)
    clerk = desk.store.clerk
    assert replies.needs_supervisor(c.id, clerk)
    with pytest.raises(ValidationError) as missing:
        issue(c, clerk, desk)
    assert "supervisor_code" in missing.value.fields
    with pytest.raises(AuthError):
        issue(c, clerk, desk, supervisor_code="boss", pin="0000")
    with pytest.raises(PermissionDenied):
        issue(c, clerk, desk, supervisor_code="c1", pin="1357")  # a clerk may not approve
    assert WrittenReply.select().count() == 0
    info = issue(c, clerk, desk, supervisor_code="boss", pin="2468")
    assert info.approver_name == "王主管"
    assert "王主管" in pdf_text(replies.letter_pdf(info.id))
    assert not replies.needs_supervisor(c.id, desk.store.supervisor)


def test_a_supervisor_may_record_why_no_letter_is_sent_a_clerk_may_not(desk):
    c = explained_by_letter(desk)
    with pytest.raises(PermissionDenied):
        replies.waive(c.id, c.version, "顾客当面领取答复", desk.store.clerk, desk.store.desk)
    with pytest.raises(ValidationError) as empty:
        replies.waive(c.id, c.version, "  ", desk.store.supervisor, desk.store.desk)
    assert "note" in empty.value.fields
    info = replies.waive(c.id, c.version, "顾客来电表示无需书面答复", desk.store.supervisor,
                         desk.store.desk)
    assert (info.kind, info.number, info.by_name) == ("waived", "", "王主管")
    assert "reply_waived" in [e.action for e in history.events_of(c.id)]
    c = Complaint.get_by_id(c.id)
    assert process.perform(c.id, c.version, "close", desk.store.clerk,
                           desk.store.desk).status == "closed"


def test_a_stale_version_is_a_conflict_and_keeps_nothing(desk):
    c = explained_by_letter(desk)
    with pytest.raises(ConflictError):
        replies.issue_letter(c.id, c.version - 1, "正文", desk.store.clerk, desk.store.desk,
                             render=reply_letter.build)
    assert WrittenReply.select().count() == 0


def test_an_empty_or_overlong_text_is_refused_next_to_it(desk):
    c = explained_by_letter(desk)
    for body in ("   ", "字" * (replies.BODY_MAX + 1)):
        with pytest.raises(ValidationError) as bad:
            issue(c, desk.store.clerk, desk, body=body)
        assert "body" in bad.value.fields
    assert WrittenReply.select().count() == 0


def test_a_reopened_written_complaint_is_answered_again(desk):
    c = explained_by_letter(desk)
    issue(c, desk.store.clerk, desk)
    c = Complaint.get_by_id(c.id)
    c = process.perform(c.id, c.version, "close", desk.store.clerk, desk.store.desk)
    c = process.perform(c.id, c.version, "reopen", desk.store.clerk, desk.store.desk,
                        reason="顾客不认可答复")
    assert [a.complaint_id for a in replies.awaiting_replies()] == [c.id]
    assert not replies.reply_recorded(c.id)


def test_the_awaiting_list_holds_open_written_complaints_without_a_reply(desk):
    waiting = explained_by_letter(desk)
    answered = explained_by_letter(desk, channel="media")
    desk.reach("complaint", "explained", channel="phone")
    issue(answered, desk.store.clerk, desk)
    assert [a.complaint_id for a in replies.awaiting_replies()] == [waiting.id]


def test_a_satisfied_callback_leaves_a_written_complaint_open_for_its_letter(desk):
    from desk.callbacks import calls as callbacks
    from desk.models import Customer

    c = desk.reach("complaint", "carried_out", channel="letter")
    Customer.update(declines_callbacks=False).where(Customer.id == c.customer_id).execute()
    (info,) = [i for i in callbacks.callbacks_of(c.id) if i.state == "open"]
    result = callbacks.record(info.id, info.version, desk.store.clerk, desk.store.desk,
                              method="phone", outcome="satisfied", notes="满意")
    assert result.complaint_action is None
    assert Complaint.get_by_id(c.id).status == "carried_out"
    issue(c, desk.store.clerk, desk)
    c = Complaint.get_by_id(c.id)
    assert process.perform(c.id, c.version, "close", desk.store.clerk,
                           desk.store.desk).status == "closed"


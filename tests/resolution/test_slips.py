"""The resolution slip's record: numbers, prints and reprints, signature, refusal, its data."""

import datetime
import hashlib
import re
from decimal import Decimal

import pytest

from desk.complaints import attachments, lifecycle
from desk.errors import DeskError, PermissionDenied, ValidationError
from desk.models import Complaint, SlipPrint, SlipSequence, Staff
from desk.resolution import approval, slips
from desk.resolution.remedies import RemedyInput
from desk.resolution.slip_data import money_in_words, resolution_slip_data
from desk.storage import db, history
from tests.resolution.test_resolution import APOLOGY, REFUND_150, proposed

SLIP_NUMBER = re.compile(r"^S01-R-\d{8}-\d{4}$")
PDF = b"%PDF-1.4 signed slip scan"


def sha(n: int) -> str:
    return hashlib.sha256(str(n).encode()).hexdigest()


def agreed(store, remedies=(REFUND_150, APOLOGY)) -> Complaint:
    c = proposed(store, remedies)
    return lifecycle.perform(c.id, c.version, "agree", store.clerk, store.desk)


def test_a_slip_is_issued_once_the_customer_agreed(store):
    c = proposed(store, [REFUND_150])
    with pytest.raises(DeskError) as err:
        slips.issue_slip(c.id, store.clerk, store.desk)
    assert err.value.code == "slip_needs_agreement"
    c = lifecycle.perform(c.id, c.version, "agree", store.clerk, store.desk)
    slip = slips.issue_slip(c.id, store.clerk, store.desk)
    day = datetime.date.today().strftime("%Y%m%d")
    assert slip.number == f"S01-R-{day}-0001"
    assert (slip.total, slip.prints, slip.signed_at) == (Decimal("150.00"), 0, None)
    assert slips.issue_slip(c.id, store.clerk, store.desk).id == slip.id  # the open one
    assert [e.action for e in history.events_of(c.id)][-1] == "slip_issued"


def test_slip_numbers_are_shared_by_every_connection_to_the_database(store, db_url):
    first = slips.issue_slip(agreed(store).id, store.clerk, store.desk)
    other = db.open_database(db_url)  # a second desk's connection
    try:
        with other.bind_ctx([SlipSequence]), other.atomic():
            from_other = slips.next_slip_number("S01", datetime.date.today())
    finally:
        other.close()
    second = slips.issue_slip(agreed(store).id, store.clerk, store.desk)
    numbers = [first.number, from_other, second.number]
    assert [n[-4:] for n in numbers] == ["0001", "0002", "0003"]
    assert all(SLIP_NUMBER.match(n) for n in numbers)


def test_prints_are_counted_original_first_then_copies(store):
    c = agreed(store)
    slip = slips.issue_slip(c.id, store.clerk, store.desk)
    assert resolution_slip_data(c.id, slip.id).copy_no == 1
    assert slips.record_print(slip.id, sha(1), store.clerk, store.desk) == 1
    assert resolution_slip_data(c.id, slip.id).copy_no == 2
    assert slips.record_print(slip.id, sha(2), store.clerk, "台2") == 2
    assert slips.record_print(slip.id, sha(3).upper(), store.clerk, store.desk) == 3
    info = slips.slip(slip.id)
    assert (info.prints, info.pdf_sha256, info.next_copy_no) == (3, sha(3), 4)
    log = [(p.copy_no, p.pdf_sha256, p.desk) for p in SlipPrint.select().order_by(SlipPrint.id)]
    assert log == [(1, sha(1), store.desk), (2, sha(2), "台2"), (3, sha(3), store.desk)]
    actions = [e.action for e in history.events_of(c.id) if e.action.startswith("slip_")]
    assert actions == ["slip_issued", "slip_printed", "slip_reprinted", "slip_reprinted"]
    with pytest.raises(ValidationError) as err:
        slips.record_print(slip.id, "not-a-hash", store.clerk, store.desk)
    assert err.value.fields["pdf_sha256"][0] == "sha256_invalid"


def test_marking_signed_keeps_who_when_and_the_scan(store):
    c = agreed(store)
    slip = slips.issue_slip(c.id, store.clerk, store.desk)
    slips.record_print(slip.id, sha(1), store.clerk, store.desk)
    assert [s.id for s in slips.unsigned_slips()] == [slip.id]
    at = datetime.datetime.now().replace(microsecond=0)
    signed = slips.mark_signed(slip.id, store.clerk, at, PDF, desk=store.desk)
    assert (signed.signed_by_id, signed.signed_at) == (store.clerk.id, at)
    assert attachments.open_attachment(signed.scan_attachment_id) == PDF
    assert attachments.attachments_of(c.id)[0].filename == f"{slip.number}.pdf"
    assert slips.unsigned_slips() == []
    assert resolution_slip_data(c.id, slip.id).signed_at == at
    with pytest.raises(DeskError) as err:
        slips.mark_signed(slip.id, store.clerk, at, desk=store.desk)
    assert err.value.code == "slip_already_signed"
    assert "slip_signed" in [e.action for e in history.events_of(c.id)]


def test_a_signature_time_in_the_future_or_before_the_slip_is_refused(store):
    slip = slips.issue_slip(agreed(store).id, store.clerk, store.desk)
    later = datetime.datetime.now() + datetime.timedelta(hours=2)
    with pytest.raises(ValidationError) as err:
        slips.mark_signed(slip.id, store.clerk, later, desk=store.desk)
    assert err.value.fields["signed_at"][0] == "in_future"
    with pytest.raises(ValidationError) as err:
        slips.mark_signed(slip.id, store.clerk, slip.issued_at - datetime.timedelta(days=1),
                          desk=store.desk)
    assert err.value.fields["signed_at"][0] == "before_issued"


def test_a_refusal_sends_the_complaint_back_and_voids_the_slip(store):
    c = agreed(store)
    slip = slips.issue_slip(c.id, store.clerk, store.desk)
    slips.record_print(slip.id, sha(1), store.clerk, store.desk)
    c = slips.record_refusal(slip.id, c.version, store.clerk, store.desk, reason="顾客拒绝签字")
    assert c.status == "resolution_proposed"
    info = slips.slip(slip.id)
    assert (info.refusal_reason, info.refused_at is not None) == ("顾客拒绝签字", True)
    assert slips.unsigned_slips() == []
    actions = [e.action for e in history.events_of(c.id)]
    assert actions[-2:] == ["customer_refuses", "slip_refused"]
    with pytest.raises(DeskError) as err:
        slips.mark_signed(slip.id, store.clerk, datetime.datetime.now(), desk=store.desk)
    assert err.value.code == "slip_refused"
    c = lifecycle.perform(c.id, c.version, "agree", store.clerk, store.desk)
    again = slips.issue_slip(c.id, store.clerk, store.desk)
    assert again.id != slip.id and again.number.endswith("-0002")


def test_a_refusal_needs_a_reason(store):
    c = agreed(store)
    slip = slips.issue_slip(c.id, store.clerk, store.desk)
    with pytest.raises(ValidationError):
        slips.record_refusal(slip.id, c.version, store.clerk, store.desk, reason=" ")
    assert Complaint.get_by_id(c.id).status == "agreed"


def test_slip_steps_refuse_an_inactive_account(store):
    c = agreed(store)
    slip = slips.issue_slip(c.id, store.clerk, store.desk)
    Staff.update(active=False).where(Staff.id == store.clerk.id).execute()
    gone = Staff.get_by_id(store.clerk.id)
    now = datetime.datetime.now()
    for call in (lambda: slips.issue_slip(c.id, gone, store.desk),
                 lambda: slips.record_print(slip.id, sha(1), gone, store.desk),
                 lambda: slips.mark_signed(slip.id, gone, now, desk=store.desk),
                 lambda: slips.record_refusal(slip.id, c.version, gone, store.desk, "不签")):
        with pytest.raises(PermissionDenied):
            call()
    assert slips.slip(slip.id).prints == 0


def test_the_slip_data_has_everything_the_paper_shows(store):
    c = proposed(store, [RemedyInput("refund", "退还货款", "800"), APOLOGY])
    c = approval.approve_with_pin(c.id, "boss", "2468", c.version, store.desk)
    c = lifecycle.perform(c.id, c.version, "agree", store.clerk, store.desk)
    slip = slips.issue_slip(c.id, store.clerk, store.desk)
    data = resolution_slip_data(c.id, slip.id)
    assert (data.store_name, data.slip_number, data.complaint_number) == (
        "测试商场", slip.number, c.number)
    assert (data.customer_name, data.customer_phone) == ("张伟", c.phone)
    assert data.product == "格力 空调 KFR-35GW"
    assert data.complaint_brief == "新买的空调制冷效果差，屏幕闪烁。"
    assert [(r.kind, r.amount, r.amount_in_words) for r in data.remedies] == [
        ("refund", Decimal("800.00"), "捌佰元整"), ("apology", None, "")]
    assert (data.total, data.total_in_words) == (Decimal("800.00"), "捌佰元整")
    assert (data.clerk_name, data.supervisor_name, data.copy_no) == ("李小红", "王主管", 1)
    assert data.date == slip.issued_at.date() and data.signed_at is None
    with pytest.raises(DeskError):
        resolution_slip_data(c.id + 1, slip.id)


def test_within_the_clerks_authority_the_slip_names_no_supervisor(store):
    c = agreed(store)
    data = resolution_slip_data(c.id, slips.issue_slip(c.id, store.clerk, store.desk).id)
    assert data.supervisor_name == "" and data.total_in_words == "壹佰伍拾元整"


@pytest.mark.parametrize("amount, words", [
    ("0", "零元整"),
    ("0.05", "伍分"),
    ("0.10", "壹角"),
    ("0.5", "伍角"),
    ("1", "壹元整"),
    ("1.01", "壹元零壹分"),
    ("3.30", "叁元叁角"),
    ("10", "壹拾元整"),
    ("10.05", "壹拾元零伍分"),
    ("12.34", "壹拾贰元叁角肆分"),
    ("20", "贰拾元整"),
    ("100.10", "壹佰元壹角"),
    ("100.01", "壹佰元零壹分"),
    ("110", "壹佰壹拾元整"),
    ("200.50", "贰佰元伍角"),
    ("800", "捌佰元整"),
    ("1000.05", "壹仟元零伍分"),
    ("1005.00", "壹仟零伍元整"),
    ("1010.10", "壹仟零壹拾元壹角"),
    ("5000", "伍仟元整"),
    ("10010", "壹万零壹拾元整"),
    ("10000.10", "壹万元壹角"),
    ("99999.99", "玖万玖仟玖佰玖拾玖元玖角玖分"),
    ("100000", "壹拾万元整"),
    ("100100", "壹拾万零壹佰元整"),
    ("1234567.89", "壹佰贰拾叁万肆仟伍佰陆拾柒元捌角玖分"),
    ("12.345", "壹拾贰元叁角伍分"),  # rounded to the fen first, not cut
])
def test_money_in_words(amount, words):
    assert money_in_words(Decimal(amount)) == words


def test_every_code_of_resolutions_approvals_and_slips_has_words():
    """Codes, never sentences, leave the domain: each must have a translatable text."""
    import inspect

    from desk.resolution import remedies as resolution
    from desk.resolution import slip_data
    from desk.ui import labels, messages

    source = "\n".join(inspect.getsource(module)
                       for module in (resolution, approval, slips, slip_data))
    raised = set(re.findall(r'(?:DeskError|PermissionDenied)\(\s*"(\w+)"', source))
    raised |= set(re.findall(r'\(\s*"(\w+)",\s*\{', source))
    assert {"approval_required", "slip_refused", "amount_not_allowed"} <= raised
    assert [code for code in raised if messages.message(code) == code] == []
    events = set(re.findall(r'"((?:remedy|slip|resolution|approval|grant)_\w+)"', source))
    events -= {"slip_needs_agreement", "slip_already_signed", "resolution_locked",
               "approval_required", "slip_refused"}  # errors, checked above
    assert {"remedy_added", "slip_reprinted", "grant_reviewed"} <= events
    assert [e for e in events if labels.action_label(e) == e] == []
    assert [k for k in resolution.REMEDY_KINDS if labels.remedy_label(k) == k] == []
    for status in ("pending", "approved", "declined", "cancelled", "voided"):
        assert labels.label(status) != status


_RESERVE_NUMBERS = """
import sys, datetime
from desk.resolution import slips
from desk.storage import db
db.connect(sys.argv[1], migrate=False)
print("ready", flush=True)
sys.stdin.readline()
for _ in range(int(sys.argv[2])):
    with db.write_transaction():
        number = slips.next_slip_number("S01", datetime.date.today())
    print(number, flush=True)
db.close()
"""


def test_two_desks_reserving_slip_numbers_at_once_never_share_one(store, db_url, repo_root):
    import subprocess
    import sys

    each = 150
    children = [subprocess.Popen([sys.executable, "-c", _RESERVE_NUMBERS, db_url, str(each)],
                                 cwd=repo_root, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                 text=True) for _ in range(2)]
    try:
        for child in children:
            assert child.stdout.readline().strip() == "ready"
        for child in children:
            child.stdin.write("go\n")
            child.stdin.flush()
        numbers = []
        for child in children:
            out, _ = child.communicate(timeout=120)
            assert child.returncode == 0
            numbers += out.split()
    finally:
        for child in children:
            if child.poll() is None:
                child.kill()
    assert len(numbers) == 2 * each == len(set(numbers))
    assert all(SLIP_NUMBER.match(n) for n in numbers)
    assert max(int(n[-4:]) for n in numbers) == 2 * each


def test_the_printed_slip_is_built_from_the_slip_data_and_each_print_is_counted(store):
    from desk.printing import resolution_slip
    from desk.ui import labels
    from tests.pdf_tools import pdf_text

    c = proposed(store, [RemedyInput("refund", "退还货款", "800"), APOLOGY])
    c = approval.approve_with_pin(c.id, "boss", "2468", c.version, store.desk)
    c = lifecycle.perform(c.id, c.version, "agree", store.clerk, store.desk)
    slip = slips.issue_slip(c.id, store.clerk, store.desk)
    pdfs = []
    for _ in range(2):
        shop, paper = resolution_slip.from_slip_data(resolution_slip_data(c.id, slip.id))
        pdf = resolution_slip.build(shop, paper, labels)
        pdfs.append(pdf_text(pdf).replace(" ", ""))
        slips.record_print(slip.id, hashlib.sha256(pdf).hexdigest(), store.clerk, store.desk)
        assert slips.slip(slip.id).pdf_sha256 == hashlib.sha256(pdf).hexdigest()
    original, copy = pdfs
    for text in pdfs:
        assert slip.number in text and c.number in text
        assert "捌佰元整" in text and "王主管" in text and "李小红" in text
    assert "Copy1" not in original and "Copy1" in copy

"""Attachments: photos, receipts, letters and PDFs kept with a complaint, with their hash."""

import hashlib
import io

import pytest
from PIL import Image

from desk import settings
from desk.complaints import attachments, registration
from desk.errors import DeskError, ValidationError
from desk.models import Attachment
from desk.storage import history
from tests.complaints.test_registration import make_input


def image_bytes(fmt: str) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (8, 8), (200, 30, 30)).save(out, format=fmt)
    return out.getvalue()


@pytest.mark.parametrize("data, filename, mime", [
    (image_bytes("PNG"), "", "image/png"),
    (image_bytes("JPEG"), "receipt.png", "image/jpeg"),  # the content decides, not the name
    (image_bytes("GIF"), "a.gif", "image/gif"),
    (image_bytes("BMP"), "a.bmp", "image/bmp"),
    (image_bytes("WEBP"), "a.webp", "image/webp"),
    (image_bytes("TIFF"), "a.tif", "image/tiff"),
    (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n", "letter.pdf", "application/pdf"),
    (b"PK\x03\x04" + b"\x00" * 30, "report.docx",
     "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    ("顾客来信：空调不制冷。".encode(), "letter.txt", "text/plain"),
    ("顾客来信：空调不制冷。".encode("gb18030"), "letter.txt", "text/plain"),
    (bytes(range(256)), "a.bin", "application/octet-stream"),
])
def test_the_type_is_read_from_the_content(data, filename, mime):
    assert attachments.sniff_mime(data, filename) == mime


def test_bytes_and_files_are_kept_with_hash_and_history(store, tmp_path):
    c = registration.register(make_input(), store.clerk, store.desk)
    photo = image_bytes("PNG")
    pasted = attachments.add_bytes(c.id, photo, None, store.clerk, store.desk)
    assert pasted.filename.startswith("pasted-") and pasted.filename.endswith(".png")
    assert pasted.sha256 == hashlib.sha256(photo).hexdigest() and pasted.size == len(photo)
    path = tmp_path / "发票 2024.pdf"
    path.write_bytes(b"%PDF-1.7\n" + b"x" * 1000)
    receipt = attachments.add_file(c.id, path, store.clerk, store.desk)
    assert (receipt.filename, receipt.mime, receipt.size) == ("发票 2024.pdf", "application/pdf",
                                                              1009)
    listed = attachments.attachments_of(c.id)
    assert [(a.filename, a.mime) for a in listed] == [(pasted.filename, "image/png"),
                                                     ("发票 2024.pdf", "application/pdf")]
    assert attachments.open_attachment(pasted.id) == photo
    assert attachments.open_attachment(receipt.id) == path.read_bytes()
    events = [(e.action, e.new_value, e.note) for e in history.events_of(c.id)[1:]]
    assert events == [("attachment_added", pasted.filename, pasted.sha256),
                      ("attachment_added", "发票 2024.pdf", receipt.sha256)]


def test_folders_are_dropped_from_names(store):
    c = registration.register(make_input(), store.clerk, store.desk)
    a = attachments.add_bytes(c.id, b"hello", "C:\\Users\\kefu\\Desktop\\信.txt", store.clerk,
                              store.desk)
    assert a.filename == "信.txt"
    long_name = "长" * 300 + ".jpg"
    b = attachments.add_bytes(c.id, b"hello", long_name, store.clerk, store.desk)
    assert len(b.filename) == 200 and b.filename.endswith(".jpg")


def test_empty_too_large_and_missing_files_are_refused(store, tmp_path):
    c = registration.register(make_input(), store.clerk, store.desk)
    with pytest.raises(ValidationError) as err:
        attachments.add_bytes(c.id, b"", "empty.jpg", store.clerk, store.desk)
    assert err.value.fields == {"file": ("attachment_empty", {})}
    assert attachments.max_bytes() == 20 * 1024 * 1024
    settings.put(attachments.MAX_MB_KEY, 1)
    big = b"\xff\xd8\xff" + b"\x00" * (1024 * 1024)
    with pytest.raises(ValidationError) as err:
        attachments.add_bytes(c.id, big, "big.jpg", store.clerk, store.desk)
    assert err.value.fields == {"file": ("attachment_too_large", {"max_mb": 1})}
    path = tmp_path / "big.jpg"
    path.write_bytes(big)
    with pytest.raises(ValidationError):
        attachments.add_file(c.id, path, store.clerk, store.desk)
    with pytest.raises(DeskError) as err:
        attachments.add_file(c.id, tmp_path / "missing.jpg", store.clerk, store.desk)
    assert err.value.code == "file_unreadable"
    with pytest.raises(DeskError) as err:
        attachments.add_bytes(c.id + 99, b"x", "x.txt", store.clerk, store.desk)
    assert err.value.code == "not_found"
    assert attachments.attachments_of(c.id) == []


def test_a_changed_stored_file_is_detected_when_opened(store):
    c = registration.register(make_input(), store.clerk, store.desk)
    a = attachments.add_bytes(c.id, image_bytes("PNG"), "photo.png", store.clerk, store.desk)
    Attachment.update(data=image_bytes("JPEG")).where(Attachment.id == a.id).execute()
    with pytest.raises(DeskError) as err:
        attachments.open_attachment(a.id)
    assert err.value.code == "attachment_corrupt" and err.value.params == {"filename": "photo.png"}
    with pytest.raises(DeskError) as err:
        attachments.open_attachment(a.id + 1)
    assert err.value.code == "not_found"

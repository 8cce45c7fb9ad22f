"""Files kept with a complaint: photos, receipts, letters, PDFs, pasted images.

Each is stored in the database (every desk sees it, backups carry it) with its
SHA-256, so `open_attachment` can prove the bytes are the ones that were added.
The type is read from the content, not trusted from the file name.
"""

import datetime
import hashlib
from dataclasses import dataclass
from pathlib import Path

from desk import settings
from desk.errors import DeskError, ValidationError
from desk.models import Attachment, Complaint, now
from desk.staff import permissions
from desk.storage import db, history

MAX_MB_KEY = "attachment_max_mb"
DEFAULT_MAX_MB = 20
FILENAME_MAX = 200

_EXTENSIONS = {
    "image/jpeg": ".jpg", "image/png": ".png", "image/gif": ".gif", "image/webp": ".webp",
    "image/bmp": ".bmp", "image/tiff": ".tif", "image/heic": ".heic",
    "application/pdf": ".pdf", "text/plain": ".txt", "application/zip": ".zip",
}
# Office files are zip archives inside: the name tells which one.
_ZIP_BY_EXTENSION = {
    ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    ".pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
}


def max_bytes() -> int:
    return int(float(settings.get(MAX_MB_KEY) or DEFAULT_MAX_MB) * 1024 * 1024)


def sniff_mime(data: bytes, filename: str = "") -> str:
    """The content type from the first bytes (magic numbers) of common file types."""
    head = data[:32]
    if head.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if head[:6] in (b"GIF87a", b"GIF89a"):
        return "image/gif"
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "image/webp"
    if head.startswith(b"BM"):
        return "image/bmp"
    if head[:4] in (b"II*\x00", b"MM\x00*"):
        return "image/tiff"
    if head[4:8] == b"ftyp" and head[8:12] in (b"heic", b"heix", b"mif1", b"msf1"):
        return "image/heic"
    if head.startswith(b"%PDF-"):
        return "application/pdf"
    if head.startswith(b"PK\x03\x04"):
        return _ZIP_BY_EXTENSION.get(Path(filename).suffix.lower(), "application/zip")
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        return "application/msword" if filename.lower().endswith(".doc") else (
            "application/x-ole-storage")
    return "text/plain" if _looks_like_text(data[:4096], cut=len(data) > 4096) else (
        "application/octet-stream")


_TEXT_CONTROLS = frozenset(b"\t\n\r\f\x1b")


def _looks_like_text(sample: bytes, cut: bool) -> bool:
    """UTF-8 or GB18030 (what Chinese Windows saves), without binary control bytes."""
    if any(b < 0x20 and b not in _TEXT_CONTROLS for b in sample):
        return False
    for encoding in ("utf-8", "gb18030"):
        try:
            sample.decode(encoding)
            return True
        except UnicodeDecodeError as exc:
            if cut and exc.reason == "unexpected end of data":
                return True  # a character split by the sample's end
    return False


def clean_filename(filename: str | None, mime: str, at: datetime.datetime) -> str:
    """The file's own name without folders; pasted images get a dated name."""
    name = Path((filename or "").replace("\\", "/")).name.strip()
    if not name:
        name = "pasted-" + at.strftime("%Y%m%d-%H%M%S") + _EXTENSIONS.get(mime, ".bin")
    if len(name) > FILENAME_MAX:
        suffix = Path(name).suffix[:20]
        name = name[: FILENAME_MAX - len(suffix)] + suffix
    return name


def add_bytes(complaint_id: int, data: bytes, filename: str | None, staff,
              desk: str) -> Attachment:
    """Keep these bytes with the complaint (a pasted image has no filename)."""
    permissions.require(staff, "add_attachment")
    data = bytes(data)
    if not data:
        raise ValidationError({"file": ("attachment_empty", {})})
    limit = max_bytes()
    if len(data) > limit:
        raise ValidationError({"file": ("attachment_too_large",
                                        {"max_mb": limit // (1024 * 1024)})})
    at = now()
    mime = sniff_mime(data, filename or "")
    name = clean_filename(filename, mime, at)
    digest = hashlib.sha256(data).hexdigest()
    with db.write_transaction():
        if not Complaint.select().where(Complaint.id == complaint_id).exists():
            raise DeskError("not_found")
        attachment = Attachment.create(complaint=complaint_id, filename=name, mime=mime,
                                       size=len(data), sha256=digest, data=data,
                                       added_by=staff.id, added_at=at)
        history.record(complaint_id, staff.id, desk, "attachment_added", field="attachment",
                       new=name, note=digest)
        history.mark_changed("complaint", complaint_id, desk)
    return attachment


def add_file(complaint_id: int, path, staff, desk: str) -> Attachment:
    """Keep a file from disk with the complaint."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > max_bytes():  # refuse before reading a huge file into memory
            raise ValidationError({"file": ("attachment_too_large",
                                            {"max_mb": max_bytes() // (1024 * 1024)})})
        data = path.read_bytes()
    except OSError as exc:
        raise DeskError("file_unreadable", path=str(path), reason=exc.strerror or "") from exc
    return add_bytes(complaint_id, data, path.name, staff, desk)


@dataclass(frozen=True)
class AttachmentInfo:
    id: int
    filename: str
    mime: str
    size: int
    sha256: str
    added_by_id: int
    added_at: datetime.datetime


def attachments_of(complaint_id: int) -> list[AttachmentInfo]:
    """What is attached, without loading the bytes."""
    query = (Attachment.select(Attachment.id, Attachment.filename, Attachment.mime,
                               Attachment.size, Attachment.sha256, Attachment.added_by,
                               Attachment.added_at)
             .where(Attachment.complaint == complaint_id).order_by(Attachment.id))
    return [AttachmentInfo(id=a.id, filename=a.filename, mime=a.mime, size=a.size,
                           sha256=a.sha256, added_by_id=a.added_by_id, added_at=a.added_at)
            for a in query]


def open_attachment(attachment_id: int) -> bytes:
    """The stored bytes, after checking they still match the hash taken when added."""
    row = Attachment.get_or_none(Attachment.id == attachment_id)
    if row is None:
        raise DeskError("not_found")
    data = bytes(row.data)  # PostgreSQL hands back a memoryview
    if hashlib.sha256(data).hexdigest() != row.sha256:
        raise DeskError("attachment_corrupt", filename=row.filename)
    return data

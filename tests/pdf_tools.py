"""Read printed documents back the way a person or a scanner would."""

import shutil
import subprocess
import tempfile
from pathlib import Path


def _need(tool: str) -> str:
    path = shutil.which(tool)
    if path is None:
        raise AssertionError(f"{tool} is not installed (tools/setup --tests installs poppler-utils)")
    return path


def pdf_text(pdf: bytes) -> str:
    return subprocess.run([_need("pdftotext"), "-layout", "-", "-"], input=pdf,
                          capture_output=True, check=True).stdout.decode()


def pdf_fonts(pdf: bytes) -> list[dict]:
    """pdffonts' table as dicts with name, type, emb, sub, uni."""
    with tempfile.NamedTemporaryFile(suffix=".pdf") as f:
        f.write(pdf)
        f.flush()
        out = subprocess.run([_need("pdffonts"), f.name], capture_output=True, check=True,
                             text=True).stdout
    rows = []
    for line in out.splitlines()[2:]:
        parts = line.split()
        # name type [encoding words...] emb sub uni object-id
        rows.append({"name": parts[0], "emb": parts[-5], "sub": parts[-4], "uni": parts[-3]})
    return rows


def pdf_pages_png(pdf: bytes, folder: Path, dpi: int = 110) -> list[Path]:
    (folder / "doc.pdf").write_bytes(pdf)
    subprocess.run([_need("pdftoppm"), "-png", "-r", str(dpi), str(folder / "doc.pdf"),
                    str(folder / "page")], check=True)
    return sorted(folder.glob("page*.png"))


def decode_qr(png: Path) -> list[str]:
    out = subprocess.run([_need("zbarimg"), "-q", "--raw", str(png)], capture_output=True,
                         text=True)
    return [line for line in out.stdout.splitlines() if line]

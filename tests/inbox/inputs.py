"""Inputs for the drop-folder tests: real minutes (text-layer PDFs, no OCR needed) and the
bad-input set of issue 6, every file generated small and fast."""

from __future__ import annotations

import struct
import zlib
from pathlib import Path

from PIL import Image
from reportlab.lib.pagesizes import A4
from reportlab.lib.pdfencrypt import StandardEncryption
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from bienban.corpus.generate import generate_corpus
from bienban.inbox import InboxLayout, prepare_inbox
from tests.conftest import FONT

NEWS = [
    "GIÁ LÚA TĂNG NHẸ, NÔNG DÂN PHẤN KHỞI",
    "Theo Sở Nông nghiệp tỉnh, ngày 12 tháng 3 năm 2024 giá lúa tươi tại ruộng",
    "tăng thêm 200 đồng mỗi ký so với tuần trước. Nhiều thương lái đến tận nơi",
    "thu mua. Các chuyên gia dự báo giá sẽ còn ổn định đến cuối vụ Đông Xuân.",
    "Bà con được khuyến cáo theo dõi thời tiết và phòng trừ sâu bệnh kịp thời.",
]


def new_inbox(root: Path) -> InboxLayout:
    root.mkdir(parents=True)
    return prepare_inbox(root)


def minutes_pdfs(folder: Path, *, count: int, seed: int = 7) -> list[Path]:
    """`count` generated minutes as text-layer PDFs (about 0.3 s each through the pipeline)."""
    generate_corpus(folder, count=count, seed=seed, levels=("clean",), formats=("pdf_text",))
    (folder / "truth.jsonl").unlink()
    return sorted(folder.glob("*.pdf"))


def _canvas(path: Path, **options: object) -> canvas.Canvas:
    if "NotoSerif" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("NotoSerif", FONT))
    return canvas.Canvas(str(path), pagesize=A4, **options)


def text_pdf(path: Path, lines: list[str], **options: object) -> Path:
    pdf = _canvas(path, **options)
    pdf.setFont("NotoSerif", 12)
    for i, line in enumerate(lines):
        pdf.drawString(60, 780 - i * 20, line)
    pdf.showPage()
    pdf.save()
    return path


def blank_pdf(path: Path, *, pages: int) -> Path:
    pdf = _canvas(path)
    for _ in range(pages):
        pdf.showPage()
    pdf.save()
    return path


def huge_png(path: Path, *, side: int = 20000) -> Path:
    """A valid, white, 1-bit PNG of side × side pixels (a few hundred KiB on disk)."""
    row = b"\x00" + b"\xff" * ((side + 7) // 8)
    raw = zlib.compress(row * side, 6)

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", side, side, 1, 0, 0, 0, 0)
    png = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", raw) + chunk(b"IEND", b"")
    path.write_bytes(png)
    return path


def bad_inputs(folder: Path) -> dict[str, str]:
    """The bad-input set; returns file name → a word the reason must contain (lowercase)."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "rỗng.pdf").write_bytes(b"")
    (folder / "ảnh cắt cụt.jpg").write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + b"\x01" * 64)
    (folder / "hỏng.pdf").write_bytes(b"%PDF-1.4\n1 0 obj << /Type /Catalog >>\ngarbage\n")
    text_pdf(
        folder / "có mật khẩu.pdf",
        ["BIÊN BẢN SINH HOẠT CHI BỘ"],
        encrypt=StandardEncryption("secret", ownerPassword="owner"),
    )
    huge_png(folder / "khổng lồ.png")
    blank_pdf(folder / "500 trang trắng.pdf", pages=500)
    blank_pdf(folder / "2 trang trắng.pdf", pages=2)  # short: judged by its pages as read
    Image.new("L", (1240, 1754), 255).save(folder / "ảnh trắng.png")
    (folder / "văn bản.pdf").write_text("Đây chỉ là một tệp văn bản.", encoding="utf-8")
    text_pdf(folder / "bài báo..tin tức.pdf", NEWS)
    return {
        "rỗng.pdf": "rỗng",
        "ảnh cắt cụt.jpg": "hỏng",
        "hỏng.pdf": "hỏng",
        "có mật khẩu.pdf": "mật khẩu",
        "khổng lồ.png": "quá lớn",
        "500 trang trắng.pdf": "trang trắng",
        "2 trang trắng.pdf": "trang trắng",
        "ảnh trắng.png": "trang trắng",
        "văn bản.pdf": "không phải",
        "bài báo..tin tức.pdf": "không nhận ra đây là biên bản",
    }

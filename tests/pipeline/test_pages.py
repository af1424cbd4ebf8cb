from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image
from reportlab.lib.pagesizes import A4
from reportlab.lib.pdfencrypt import StandardEncryption
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from bienban.errors import CorruptFileError, EncryptedPdfError, TooLargeError
from bienban.models import FileFormat
from bienban.pipeline.pages import count_pages, iter_pages
from tests.conftest import FONT, draw_text_image

pdfmetrics.registerFont(TTFont("NotoSerifTest", FONT))


def _text_pdf(path: Path, pages: list[list[str]], *, encrypt: str | None = None) -> None:
    encryption = StandardEncryption(encrypt, canPrint=1) if encrypt else None
    pdf = canvas.Canvas(str(path), pagesize=A4, encrypt=encryption, invariant=1)
    for lines in pages:
        pdf.setFont("NotoSerifTest", 12)
        for i, line in enumerate(lines):
            pdf.drawString(72, 760 - i * 18, line)
        pdf.showPage()
    pdf.save()


def test_text_layer_pages_keep_vietnamese_and_split_header_columns(work_dir: Path) -> None:
    path = work_dir / "text.pdf"
    pdf = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    pdf.setFont("NotoSerifTest", 12)
    pdf.drawString(60, 780, "ĐẢNG BỘ XÃ TÂN NGÃI")
    pdf.drawString(330, 780, "ĐẢNG CỘNG SẢN VIỆT NAM")
    body = "Hôm nay, vào lúc 14 giờ 00 phút, ngày 15 tháng 3 năm 2024, chi bộ họp thường kỳ."
    pdf.drawString(60, 740, body)
    pdf.showPage()
    pdf.save()
    [page_input] = list(iter_pages(path, FileFormat.PDF, dpi=300, max_image_pixels=10**8))
    assert page_input.text_page is not None and page_input.image is None
    lines = page_input.text_page.text.splitlines()
    assert lines[:2] == ["ĐẢNG BỘ XÃ TÂN NGÃI", "ĐẢNG CỘNG SẢN VIỆT NAM"]
    assert lines[2] == body
    assert page_input.text_page.from_text_layer


def test_image_only_pdf_pages_are_rasterised_one_at_a_time(work_dir: Path) -> None:
    path = work_dir / "scan.pdf"
    images = [draw_text_image([f"Trang {n}"]) for n in (1, 2, 3)]
    images[0].save(path, save_all=True, append_images=images[1:], resolution=150)
    assert count_pages(path, FileFormat.PDF) == 3
    inputs = iter_pages(path, FileFormat.PDF, dpi=100, max_image_pixels=10**8)
    first = next(inputs)
    assert first.number == 1 and first.image is not None and first.text_page is None
    assert first.image.mode == "L"
    assert [p.number for p in inputs] == [2, 3]


def test_multi_page_tiff_yields_every_frame(work_dir: Path) -> None:
    path = work_dir / "book.tiff"
    images = [draw_text_image([str(n)], size=(300, 400)) for n in range(4)]
    images[0].save(path, save_all=True, append_images=images[1:], compression="tiff_deflate")
    assert count_pages(path, FileFormat.TIFF) == 4
    assert len(list(iter_pages(path, FileFormat.TIFF, dpi=300, max_image_pixels=10**8))) == 4


def test_exif_orientation_of_phone_photos_is_applied(work_dir: Path) -> None:
    path = work_dir / "photo.jpg"
    image = Image.new("L", (400, 200), 255)
    exif = Image.Exif()
    exif[0x0112] = 6  # rotated 90° clockwise
    image.save(path, exif=exif)
    [page] = list(iter_pages(path, FileFormat.JPEG, dpi=300, max_image_pixels=10**8))
    assert page.image is not None and page.image.size == (200, 400)


def test_encrypted_pdf_says_to_remove_the_password(work_dir: Path) -> None:
    path = work_dir / "locked.pdf"
    _text_pdf(path, [["Biên bản"]], encrypt="secret")
    with pytest.raises(EncryptedPdfError, match="mật khẩu"):
        count_pages(path, FileFormat.PDF)


def test_corrupt_pdf_and_truncated_jpeg_are_corrupt_files(work_dir: Path) -> None:
    broken = work_dir / "broken.pdf"
    broken.write_bytes(b"%PDF-1.7\n1 0 obj << /Type /Catalog >>\ngarbage")
    with pytest.raises(CorruptFileError):
        count_pages(broken, FileFormat.PDF)
    good = work_dir / "good.jpg"
    draw_text_image(["Biên bản"]).save(good, quality=90)
    truncated = work_dir / "truncated.jpg"
    truncated.write_bytes(good.read_bytes()[:3000])
    with pytest.raises(CorruptFileError, match="không trọn vẹn"):
        list(iter_pages(truncated, FileFormat.JPEG, dpi=300, max_image_pixels=10**8))


def test_huge_images_are_refused_before_decoding(work_dir: Path) -> None:
    path = work_dir / "huge.png"
    Image.new("1", (5000, 5000), 1).save(path)
    with pytest.raises(TooLargeError, match="quá lớn"):
        list(iter_pages(path, FileFormat.PNG, dpi=300, max_image_pixels=10_000_000))


def test_pdf_pages_are_read_safely_from_several_threads_at_once(work_dir: Path) -> None:
    """PDFium is not thread-safe: the flows read documents in threads. Four threads reading
    scanned PDFs at once (an image per page, taken out of the PDF or rendered) all finish with
    the right pages; without the PDFium lock this hung or crashed the process."""
    import threading

    from bienban.corpus.generate import generate_corpus
    from bienban.inbox.checks import check_not_blank
    from bienban.models import DocumentFile

    generate_corpus(work_dir, count=4, seed=11, levels=("scan",), formats=("pdf_image",))
    pdfs = sorted(work_dir.glob("*.pdf"))
    expected = {path: count_pages(path, FileFormat.PDF) for path in pdfs}
    errors: list[BaseException] = []

    def read_all() -> None:
        try:
            for _ in range(6):
                for path in pdfs:
                    check_not_blank(
                        DocumentFile(path=path, display_path="p", size=1), FileFormat.PDF
                    )
                    for dpi in (60, 90):
                        pages = list(
                            iter_pages(path, FileFormat.PDF, dpi=dpi, max_image_pixels=10**9,
                                       use_text_layer=False)
                        )  # fmt: skip
                        assert len(pages) == expected[path]
                        assert all(p.image is not None and p.image.getextrema() for p in pages)
        except BaseException as error:  # noqa: BLE001 - reported by the test
            errors.append(error)

    threads = [threading.Thread(target=read_all) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert not any(thread.is_alive() for thread in threads), "a reader hung"
    assert not errors, errors

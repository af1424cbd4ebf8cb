"""Page intake: each page of a document either as its PDF text layer or as an image to OCR.

Pages are produced one at a time, so memory stays bounded whatever the document's length: a
500-page PDF is never rasterised at once.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from statistics import median
from typing import Any

import pdfplumber
import pypdfium2
from PIL import ExifTags, Image, ImageOps, ImageSequence

from bienban.errors import CorruptFileError, EncryptedPdfError, TooLargeError
from bienban.models import FileFormat, Page, Word
from bienban.models.page import join_lines

logger = logging.getLogger(__name__)

# PDFium is not thread-safe, not even across documents: every call into it in this process
# (the flows read documents in threads, the review page renders in its server's threads) holds
# this lock, and every PDFium object is closed under it (a finalizer could run anywhere).
PDFIUM_LOCK = threading.RLock()

Image.MAX_IMAGE_PIXELS = None  # bienban checks sizes itself, with a message users can act on


@dataclass
class PageInput:
    """One page to read: either text already taken from a PDF text layer, or an image."""

    number: int
    text_page: Page | None = None
    image: Image.Image | None = None


def count_pages(path: Path, file_format: FileFormat) -> int:
    """Number of pages, read from the file's structure without rendering anything."""
    if file_format is FileFormat.PDF:
        with PDFIUM_LOCK:
            pdf = _open_pdfium(path)
            try:
                return len(pdf)
            finally:
                pdf.close()
    with _open_image(path) as image:
        return getattr(image, "n_frames", 1)


def iter_pages(
    path: Path,
    file_format: FileFormat,
    *,
    dpi: int,
    max_image_pixels: int,
    use_text_layer: bool = True,
    indexes: range | None = None,
) -> Iterator[PageInput]:
    """The document's pages in order (or only those at `indexes`, 0-based), each as a
    text-layer page or an image to OCR."""
    if file_format is FileFormat.PDF:
        yield from _iter_pdf_pages(path, dpi=dpi, use_text_layer=use_text_layer, indexes=indexes)
    else:
        yield from _iter_image_pages(path, max_image_pixels=max_image_pixels, indexes=indexes)


def _open_pdfium(path: Path) -> pypdfium2.PdfDocument:
    try:
        with PDFIUM_LOCK:
            return pypdfium2.PdfDocument(path)
    except pypdfium2.PdfiumError as error:
        if "password" in str(error).lower():
            raise EncryptedPdfError(
                "PDF có mật khẩu: hãy gỡ mật khẩu (in lại ra PDF không khóa) rồi gửi lại tệp."
            ) from error
        raise CorruptFileError(
            f"PDF bị hỏng, không mở được ({error}). Hãy xuất hoặc quét lại tệp PDF."
        ) from error


def _iter_pdf_pages(
    path: Path, *, dpi: int, use_text_layer: bool, indexes: range | None
) -> Iterator[PageInput]:
    pdf = _open_pdfium(path)
    try:
        with pdfplumber.open(path) as plumber:
            for index in indexes if indexes is not None else range(len(pdf)):
                number = index + 1
                text_page = None
                if use_text_layer:
                    text_page = read_text_layer(plumber.pages[index], number=number, dpi=dpi)
                if text_page is not None:
                    yield PageInput(number=number, text_page=text_page)
                    continue
                yield PageInput(number=number, image=page_image(pdf, index, dpi=dpi))
    except (EncryptedPdfError, CorruptFileError):
        raise
    except Exception as error:  # pdfminer raises many unrelated types on broken files
        raise CorruptFileError(
            f"PDF bị hỏng, không đọc được ({type(error).__name__}). Hãy xuất hoặc quét lại tệp PDF."
        ) from error
    finally:
        with PDFIUM_LOCK:
            pdf.close()


def page_image(pdf: pypdfium2.PdfDocument, index: int, *, dpi: int) -> Image.Image:
    """Page `index` as a grey image: its own scan when it is one, else rendered at `dpi`. Made
    under the PDFium lock, every PDFium object opened here closed again."""
    with PDFIUM_LOCK:
        page = pdf[index]
        try:
            image = embedded_scan(page)
            if image is None:
                bitmap = page.render(scale=dpi / 72, grayscale=True)
                image = bitmap.to_pil()  # shares the bitmap's buffer, which Python owns
                image.info["dpi"] = (dpi, dpi)
                bitmap.close()
            return image
        finally:
            page.close()


def embedded_scan(page: pypdfium2.PdfPage) -> Image.Image | None:
    """A scanned page's own image, at its own resolution, when the page is one image that
    covers it (no re-rendering: faster, and no resampling blur); None for any other page."""
    images = list(page.get_objects(filter=(pypdfium2.raw.FPDF_PAGEOBJ_IMAGE,), max_depth=1))
    if len(images) != 1:
        return None
    left, bottom, right, top = images[0].get_bounds()
    width, height = page.get_size()
    if (right - left) * (top - bottom) < 0.9 * width * height or page.get_rotation():
        return None
    try:
        bitmap = images[0].get_bitmap(render=False)
    except pypdfium2.PdfiumError:
        return None
    # PDFium owns this bitmap's buffer: the grey copy is made before the bitmap is let go
    # (freed at once, by reference counting, still under the caller's PDFium lock)
    grey = bitmap.to_pil().convert("L")
    del bitmap
    dpi = grey.width / ((right - left) / 72)
    grey.info["dpi"] = (dpi, dpi)
    return grey


def _open_image(path: Path) -> Image.Image:
    try:
        return Image.open(path)
    except (OSError, SyntaxError, ValueError) as error:
        raise CorruptFileError(
            f"Tệp ảnh bị hỏng, không mở được ({type(error).__name__}). "
            "Hãy quét hoặc chụp lại trang này."
        ) from error


def _iter_image_pages(
    path: Path, *, max_image_pixels: int, indexes: range | None
) -> Iterator[PageInput]:
    with _open_image(path) as image:
        for index, frame in _frames(image, indexes):
            width, height = frame.size
            if width * height > max_image_pixels:
                raise TooLargeError(
                    f"Ảnh trang {index + 1} quá lớn ({width}×{height} điểm ảnh): hãy quét lại ở "
                    "độ phân giải 300 dpi hoặc tăng BIENBAN_MAX_IMAGE_PIXELS."
                )
            yield PageInput(number=index + 1, image=_load_frame(frame, number=index + 1))


def _frames(image: Image.Image, indexes: range | None) -> Iterator[tuple[int, Image.Image]]:
    if indexes is None:
        yield from enumerate(ImageSequence.Iterator(image))
        return
    for index in indexes:
        image.seek(index)
        yield index, image


def _load_frame(frame: Image.Image, *, number: int) -> Image.Image:
    try:
        # exif_transpose copies the whole page even when there is nothing to turn
        turned = frame.getexif().get(ExifTags.Base.Orientation, 1) not in (None, 1)
        upright = (ImageOps.exif_transpose(frame) or frame) if turned else frame
        return upright.convert("L")  # a copy, also of a grey page: the frame may seek on
    except (OSError, SyntaxError, ValueError) as error:
        raise CorruptFileError(
            f"Ảnh trang {number} bị hỏng hoặc không trọn vẹn ({error}). "
            "Hãy sao chép hoặc quét lại tệp."
        ) from error


def read_text_layer(plumber_page: Any, *, number: int, dpi: int) -> Page | None:
    """The page's text layer as a Page, or None when the page must be OCRed instead.

    A text layer is used when the page has text and no image covering most of it: a scan with
    an invisible OCR layer from another program is OCRed again, by the engine bienban measures.
    """
    if _has_covering_image(plumber_page):
        return None
    raw_words = plumber_page.extract_words(keep_blank_chars=False, use_text_flow=False)
    if not any(any(ch.isalpha() for ch in w["text"]) for w in raw_words):
        return None
    scale = dpi / 72
    words = _layout_words(raw_words, scale=scale)
    return Page(
        number=number,
        text=join_lines(words),
        words=words,
        width=round(plumber_page.width * scale),
        height=round(plumber_page.height * scale),
        from_text_layer=True,
    )


def _has_covering_image(plumber_page: Any) -> bool:
    page_area = float(plumber_page.width * plumber_page.height) or 1.0
    for image in plumber_page.images:
        area = abs((image["x1"] - image["x0"]) * (image["bottom"] - image["top"]))
        if area / page_area > 0.5:
            return True
    return False


def _layout_words(raw_words: list[dict[str, Any]], *, scale: float) -> list[Word]:
    """Words in reading order, with line indexes. A row in two parts far apart is two columns
    (letter head, signatures): each part becomes its own line. A row in more parts is a table
    row and stays one line, cells in order."""
    rows = _group_rows(sorted(raw_words, key=lambda w: (round(w["top"]), w["x0"])))
    words: list[Word] = []
    line = 0
    for row in rows:
        segments = _split_columns(row)
        for segment in segments if len(segments) == 2 else [row]:
            words.extend(_to_word(raw, line=line, scale=scale) for raw in segment)
            line += 1
    return words


def _group_rows(raw_words: list[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    rows: list[list[dict[str, Any]]] = []
    for raw in raw_words:
        height = raw["bottom"] - raw["top"]
        if rows and abs(raw["top"] - rows[-1][0]["top"]) < height * 0.5:
            rows[-1].append(raw)
        else:
            rows.append([raw])
    return [sorted(row, key=lambda w: w["x0"]) for row in rows]


def _split_columns(row: list[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    em = median(w["bottom"] - w["top"] for w in row)
    segments = [[row[0]]]
    for previous, word in zip(row, row[1:], strict=False):
        if word["x0"] - previous["x1"] > 2.5 * em:
            segments.append([word])
        else:
            segments[-1].append(word)
    return segments


def _to_word(raw: dict[str, Any], *, line: int, scale: float) -> Word:
    return Word(
        text=raw["text"],
        left=round(raw["x0"] * scale),
        top=round(raw["top"] * scale),
        width=round((raw["x1"] - raw["x0"]) * scale),
        height=round((raw["bottom"] - raw["top"]) * scale),
        confidence=1.0,
        line=line,
    )

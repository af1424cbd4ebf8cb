"""Quality signals per page, as warnings a person reads (Vietnamese)."""

from __future__ import annotations

from PIL import Image

from bienban.models import Page, PageStatus

LOW_CONFIDENCE = 0.6
# Printed pages, even stained ones, read at 0.75–0.95 once cleaned (benchmark); words found at
# under this mean confidence on a page with ink are what handwriting (or a photo, or a page
# printed too faint to read) gives Tesseract.
HANDWRITING_CONFIDENCE = 0.45
DARK = 200  # grey levels below this are ink
BLANK_INK = 0.002  # a page with less ink than this fraction of its area is blank


def ink_fraction(image: Image.Image) -> float:
    """The fraction of the image's pixels dark enough to be ink."""
    grey = image.convert("L")
    histogram = grey.histogram()
    total = grey.width * grey.height or 1
    return sum(histogram[:DARK]) / total


def is_blank_image(image: Image.Image, *, threshold: float = BLANK_INK) -> bool:
    """Whether a page image holds (almost) no ink: nothing for OCR to read."""
    small = image.copy()
    small.thumbnail((200, 300))
    return ink_fraction(small) < threshold


def page_warnings(pages: list[Page]) -> list[str]:
    """Warnings for failed, blank, likely handwritten and low-confidence pages."""
    warnings: list[str] = []
    for page in pages:
        confidence = page.mean_confidence
        if page.status is PageStatus.FAILED:
            warnings.append(f"Trang {page.number} không đọc được: {page.error}")
        elif page.status is PageStatus.BLANK:
            warnings.append(f"Trang {page.number} trống hoặc không nhận ra chữ nào.")
        elif confidence is not None and confidence < HANDWRITING_CONFIDENCE:
            warnings.append(
                f"Trang {page.number} có chữ nhưng nhận dạng rất kém ({confidence:.0%}): có thể "
                "là chữ viết tay hoặc bản in quá mờ. Cần người đọc bản gốc và nhập các thông tin."
            )
        elif confidence is not None and confidence < LOW_CONFIDENCE:
            warnings.append(
                f"Trang {page.number}: độ tin cậy nhận dạng chữ thấp ({confidence:.0%}), "
                "cần người kiểm tra lại."
            )
    return warnings

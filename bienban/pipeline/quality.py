"""Quality signals per page, as warnings a person reads (Vietnamese)."""

from __future__ import annotations

from bienban.models import Page, PageStatus

LOW_CONFIDENCE = 0.6


def page_warnings(pages: list[Page]) -> list[str]:
    """Warnings for failed, blank and low-confidence pages."""
    warnings: list[str] = []
    for page in pages:
        if page.status is PageStatus.FAILED:
            warnings.append(f"Trang {page.number} không đọc được: {page.error}")
        elif page.status is PageStatus.BLANK:
            warnings.append(f"Trang {page.number} trống hoặc không nhận ra chữ nào.")
        elif (confidence := page.mean_confidence) is not None and confidence < LOW_CONFIDENCE:
            warnings.append(
                f"Trang {page.number}: độ tin cậy nhận dạng chữ thấp ({confidence:.0%}), "
                "cần người kiểm tra lại."
            )
    return warnings

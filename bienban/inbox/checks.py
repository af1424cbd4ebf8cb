"""Two cheap checks around the pipeline: a document of blank pages is set aside before any OCR,
and a record in which almost nothing of a meeting was found is flagged as "not minutes".

Both belong in `bienban.pipeline` in time (see the flows' report to the lead); they live here
so the drop folder can use them now.
"""

from __future__ import annotations

from bienban.errors import EmptyFileError
from bienban.models import DocumentFile, FileFormat, MeetingRecord, Page, PageStatus
from bienban.pipeline.quality import BLANK_INK, ink_fraction

BLANK_DPI = 24  # a 1/12-scale render: enough to see any line of text, ~2 ms a page
# A PDF longer than this is checked for ink before any page is read; a shorter one is judged
# by its pages as read (reading already skips OCR on a blank page), which saves a render of
# every scanned document's first page (~40 ms: the page's image is decoded in full).
BLANK_CHECK_PAGES = 8
MIN_MINUTES_CUES = 2

CUE_NAMES = {
    "date": "ngày họp",
    "time": "giờ họp",
    "attendance": "số đảng viên dự họp",
    "people": "người chủ trì hoặc thư ký",
}


def has_inked_pdf_page(document: DocumentFile) -> tuple[bool, int]:
    """Whether any page of a PDF has ink, from small renders (no OCR) that stop at the first
    page with ink (a document of minutes costs one render), and the number of pages."""
    import pypdfium2

    from bienban.pipeline.pages import PDFIUM_LOCK

    with PDFIUM_LOCK:
        pdf = pypdfium2.PdfDocument(document.path)
        try:
            for index in range(len(pdf)):
                page = pdf[index]
                bitmap = page.render(scale=BLANK_DPI / 72, grayscale=True)
                inked = ink_fraction(bitmap.to_pil()) >= BLANK_INK
                bitmap.close()
                page.close()
                if inked:
                    return True, len(pdf)
            return False, len(pdf)
        finally:
            pdf.close()


def check_not_blank(document: DocumentFile, file_format: FileFormat) -> None:
    """Raise a DocumentError for a PDF whose every page is blank (reading it would find
    nothing, slowly: 500 pages rendered for OCR take minutes)."""
    if file_format is not FileFormat.PDF:
        return
    inked, pages = has_inked_pdf_page(document)
    if pages and not inked:
        raise _blank_error(pages)


def check_pages_not_blank(pages: list[Page]) -> None:
    """Raise a DocumentError when every page read was blank."""
    if pages and all(page.status is PageStatus.BLANK for page in pages):
        raise _blank_error(len(pages))


def _blank_error(pages: int) -> EmptyFileError:
    return EmptyFileError(
        f"Tài liệu chỉ có trang trắng ({pages} trang, không trang nào có chữ): có thể đã "
        "quét nhầm mặt sau hoặc nhầm tệp. Hãy kiểm tra bản gốc và quét lại."
    )


def minutes_cues(record: MeetingRecord) -> list[str]:
    """Which signs of a meeting's minutes the record holds (keys of CUE_NAMES)."""
    attendance = record.attendance
    found = {
        "date": record.date is not None,
        "time": record.start_time is not None or record.end_time is not None,
        "attendance": any(
            value is not None
            for value in (
                attendance.total_members,
                attendance.present,
                attendance.absent_excused,
                attendance.absent_unexcused,
            )
        ),
        "people": record.chair is not None or record.secretary is not None,
    }
    return [name for name, present in found.items() if present]


def not_minutes_reason(record: MeetingRecord) -> str | None:
    """A Vietnamese reason when the record shows fewer than two signs of minutes, else None."""
    cues = minutes_cues(record)
    if len(cues) >= MIN_MINUTES_CUES:
        return None
    seen = ", ".join(CUE_NAMES[c] for c in cues) or "không có dấu hiệu nào"
    return (
        "Không nhận ra đây là biên bản sinh hoạt chi bộ: không tìm thấy đủ các dấu hiệu của "
        f"một biên bản (ngày họp, giờ họp, số đảng viên dự họp, người chủ trì, thư ký; chỉ thấy: "
        f"{seen}). Nếu đúng là biên bản, hãy quét lại rõ hơn hoặc nhập tay; nếu không phải, "
        "không cần gửi tệp này."
    )

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PIL import Image

from bienban.errors import EmptyFileError
from bienban.inbox import InboxLayout, archive_original, is_blank_image, quarantine_original
from bienban.inbox.checks import check_not_blank, minutes_cues, not_minutes_reason
from bienban.models import DocumentFile, FileFormat
from tests.conftest import draw_text_image
from tests.inbox.inputs import blank_pdf, text_pdf
from tests.store.helpers import make_record


def test_originals_are_archived_by_month_and_never_overwritten(inbox: InboxLayout) -> None:
    for data in (b"one", b"two"):
        claimed = inbox.processing / "r-1" / "a.pdf"
        claimed.parent.mkdir(parents=True, exist_ok=True)
        claimed.write_bytes(data)
        archive_original(claimed, layout=inbox, when=dt.date(2024, 3, 15))
    month = inbox.archive / "2024" / "03"
    assert (month / "a.pdf").read_bytes() == b"one"
    assert (month / "a (2).pdf").read_bytes() == b"two"


def test_a_quarantined_original_has_its_reason_in_vietnamese(inbox: InboxLayout) -> None:
    claimed = inbox.processing / "r-1" / "hỏng..pdf"
    claimed.parent.mkdir(parents=True)
    claimed.write_bytes(b"%PDF-broken")
    target = quarantine_original(
        claimed, layout=inbox, reason="PDF bị hỏng: hãy quét lại.", dropped_as="x/hỏng..pdf",
        sha256="ab" * 32,
    )  # fmt: skip
    assert target == inbox.quarantine / "hỏng..pdf"
    assert target.read_bytes() == b"%PDF-broken"
    reason = (inbox.quarantine / "hỏng..pdf.reason.txt").read_text(encoding="utf-8")
    assert "x/hỏng..pdf" in reason and "PDF bị hỏng: hãy quét lại." in reason
    assert "Sau khi khắc phục" in reason
    assert [p.name for p in inbox.quarantine.iterdir() if p.name.startswith(".")] == []


def test_blank_pages_are_told_from_printed_ones(work_dir: Path) -> None:
    assert is_blank_image(Image.new("L", (1240, 1754), 255))
    assert not is_blank_image(draw_text_image(["BIÊN BẢN SINH HOẠT CHI BỘ"]))
    blank = blank_pdf(work_dir / "blank.pdf", pages=30)
    with pytest.raises(EmptyFileError, match="trang trắng"):
        check_not_blank(DocumentFile(path=blank, display_path="b", size=1), FileFormat.PDF)
    printed = text_pdf(work_dir / "printed.pdf", ["BIÊN BẢN SINH HOẠT CHI BỘ"])
    check_not_blank(DocumentFile(path=printed, display_path="p", size=1), FileFormat.PDF)


def test_minutes_need_two_signs_of_a_meeting() -> None:
    record = make_record()
    assert minutes_cues(record) == ["date", "time", "attendance", "people"]
    assert not_minutes_reason(record) is None
    news = make_record(
        start_time=None, end_time=None, chair=None, secretary=None,
        total_members=None, exempt=None, present=None, absent_excused=None,
        absent_unexcused=None,
    )  # fmt: skip
    reason = not_minutes_reason(news)
    assert reason is not None and "Không nhận ra đây là biên bản" in reason
    assert "chỉ thấy: ngày họp" in reason

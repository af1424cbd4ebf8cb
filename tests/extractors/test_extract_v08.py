"""Extractor 0.8.0: a roll-call table's head read without its tone marks when OCR of a
degraded scan got them wrong ("Tống sđĐV Có mật Văngcolydo Vàng không tý do")."""

from __future__ import annotations

from bienban.extractors import EXTRACTOR_VERSION, extract_fields
from bienban.models import Page
from bienban.pipeline.normalise import normalise_page

OPENING = (
    "BIÊN BẢN\nSINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 7 NĂM 2016\n"
    "Hôm nay, 14h30 ngày 3/7/2016, tại hội trường, chi bộ tổ chức sinh hoạt thường kỳ.\n"
    "Tình hình đảng viên dự họp:\n"
)
CLOSING = "\nKhách mời: đồng chí Triệu Thị Linh.\nChủ trì: đ/c Lê Thị Mỹ Thảo.\n"


def counts(text: str) -> tuple[int | None, ...]:
    a = extract_fields([normalise_page(Page(number=1, text=text))]).attendance
    return (a.total_members, a.exempt, a.present, a.absent_excused, a.absent_unexcused)


def test_version() -> None:
    assert EXTRACTOR_VERSION == "0.8.0"


def test_a_head_with_wrong_tone_marks_is_read_without_them() -> None:
    head = "Tống sđĐV Có mật Văngcolydo Vàng không tý do"
    assert counts(OPENING + head + "\n18 17 1 0" + CLOSING) == (18, None, 17, 1, 0)


def test_a_number_that_lost_a_digit_is_worked_out_when_only_it_can_be_wrong() -> None:
    head = "Tổng số ĐV Miễn SH Phải dự Có mặt Vắng có lý do Vắng không lý do"
    fields = extract_fields(
        [normalise_page(Page(number=1, text=OPENING + head + "\n3 1 30 29 1 0" + CLOSING))]
    )
    a = fields.attendance
    assert (a.total_members, a.exempt, a.present, a.absent_excused) == (31, 1, 29, 1)
    assert fields.fields["attendance.total_members"].confidence <= 0.5
    assert any("suy ra" in warning for warning in fields.warnings)


def test_a_row_that_does_not_add_up_is_kept_as_printed_when_any_cell_could_be_wrong() -> None:
    # One sum only (no "Phải dự"): any of the four could be the misread one.
    head = "Tổng số ĐV Có mặt Vắng có lý do Vắng không lý do"
    assert counts(OPENING + head + "\n3 17 1 0" + CLOSING) == (3, None, 17, 1, 0)


def test_no_one_is_absent_when_all_are_present_though_the_absent_line_was_lost() -> None:
    roll = "Tổng số đảng viên: 27 đồng chí.\nCó mặt: 27/27 đồng chí, đạt 100%.\n_ Vắầng mặt: khôg."
    assert counts(OPENING + roll + CLOSING) == (27, None, 27, 0, 0)
    stated = "Tổng số đảng viên: 27 đồng chí.\nCó mặt: 25/27 đồng chí.\n"
    assert counts(OPENING + stated + CLOSING)[3:] != (0, 0)  # two are absent: not inferred

"""Extractor 0.8.0: a roll-call table's head read without its tone marks when OCR of a
degraded scan got them wrong ("Tống sđĐV Có mật Văngcolydo Vàng không tý do")."""

from __future__ import annotations

from bienban.extractors import extract_fields
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


def test_a_quoted_title_after_a_colon_ends_at_its_closing_quote() -> None:
    text = (
        "BIÊN BẢN SINH HOẠT CHI BỘ\n4. Sinh hoạt chuyên đề\n"
        "Chuyên đề: “Nâng cao chất lượng sinh hoạt chi bộ” do đồng chí\n"
        "Hoàng Quang Hòa trình bày.\n"
    )
    title = extract_fields([Page(number=1, text=text)]).thematic_title
    assert title == "Nâng cao chất lượng sinh hoạt chi bộ"


def test_the_meeting_ends_when_it_breaks_up() -> None:
    text = (
        OPENING + "Tổng số đảng viên: 20. Có mặt 20.\nTan họp lúc 0h15 rạng sáng ngày 4/7/2016.\n"
    )
    fields = extract_fields([normalise_page(Page(number=1, text=text))])
    assert (fields.end_time, fields.duration_minutes) == ("00:15", 585)


def test_a_no_that_goes_on_into_a_sentence_is_not_a_count() -> None:
    roll = "Tổng số đảng viên: 33 đồng chí.\nCó mặt: 30/33 đồng chí.\n"
    late = "\nCác đồng chí dự họp không có ý kiến bổ sung."
    assert counts(OPENING + roll + CLOSING + late)[2] == 30


def test_a_count_restated_in_words_in_brackets() -> None:
    roll = (
        "Tổng số đảng viên: 38 (ba mươi tám) đồng chí; có mặt 35 (ba mươi lăm) đồng chí;"
        " vắng 3 (ba) đồng chí (2\n(hai) có lý do, 1 (một) không lý do)."
    )
    assert counts(OPENING + roll + CLOSING) == (38, None, 35, 2, 1)


def test_a_number_word_with_a_wrong_mark_after_the_first() -> None:
    roll = "Tổng số đảng viên: bốn mươi lăm đồng chí; có mặt bốn mươi lãm đồng chí."
    assert counts(OPENING + roll + CLOSING)[:3] == (45, None, 45)

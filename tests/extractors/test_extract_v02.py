"""Cases behind extractor 0.2: wrapped letter heads, absentee lists, tallies, OCR digit repair."""

from __future__ import annotations

from bienban.extractors import extract_fields
from bienban.extractors.counts import Counts, repair_digit_error
from bienban.extractors.hits import Hit
from bienban.extractors.people import clean_name
from bienban.models import MeetingFields, Page, Word


def fields_of(text: str, *, ocr_confidence: float | None = None) -> MeetingFields:
    words = []
    if ocr_confidence is not None:
        words = [
            Word(text=token, confidence=ocr_confidence, line=line)
            for line, row in enumerate(text.splitlines())
            for token in row.split()
        ]
    return extract_fields([Page(number=1, text=text, words=words)])


def test_wrapped_letter_head_joins_continuation_lines() -> None:
    text = "\n".join(
        [
            "ĐẢNG BỘ HUYỆN PHÚ",
            "ĐẢNG CỘNG SẢN VIỆT NAM",
            "THẠNH",
            "CHI BỘ TRƯỜNG MẦM NON XUÂN",
            "LẠC BẮC",
            "Phú Thạnh, ngày 5 tháng 3 năm 2024",
            "BIÊN BẢN SINH HOẠT CHI BỘ",
        ]
    )
    fields = fields_of(text)
    assert (fields.branch or "").casefold() == "chi bộ trường mầm non xuân lạc bắc"
    assert (fields.parent_committee or "").casefold() == "đảng bộ huyện phú thạnh"


def test_ocr_chi_read_as_chi_with_hook_is_repaired_in_values() -> None:
    fields = fields_of("ĐẢNG ỦY XÃ AN BÌNH\nCHỈ BỘ ẤP 3\nBIÊN BẢN")
    assert (fields.branch or "").casefold() == "chi bộ ấp 3"


def test_surname_that_is_also_a_role_word() -> None:
    assert clean_name("đồng chí Đoàn Anh Đạt, Phó Bí thư chi bộ") == ("Đoàn Anh Đạt", 9)
    assert clean_name("đ/c Lê Văn Hòa, Bí thư Đoàn xã") == ("Lê Văn Hòa", 4)


def test_absentees_listed_after_the_number() -> None:
    text = (
        "Tổng số đảng viên: 25; có mặt 23 đồng chí; vắng 2 đồng chí, gồm: đồng chí "
        "Lê Văn A (ốm); đồng chí Trần Văn B (không báo cáo)."
    )
    a = fields_of(text).attendance
    assert (a.absent_excused, a.absent_unexcused) == (1, 1)


def test_vote_tally_and_secret_ballot() -> None:
    tally = fields_of("Kết quả biểu quyết: tán thành 14, không tán thành 1.").vote
    assert tally is not None and (tally.agree, tally.total) == (14, 15)
    ballot = fields_of("Số phiếu phát ra 10, thu về 10; đồng ý 9 phiếu.").vote
    assert ballot is not None and (ballot.agree, ballot.total) == (9, 10)


def test_no_opinion_under_the_discussion_heading_is_zero() -> None:
    assert fields_of("THẢO LUẬN\nKhông có ý kiến.\nNGHỊ QUYẾT").speakers == 0


def test_title_introduced_by_a_sentence() -> None:
    text = (
        "BIÊN BẢN SINH HOẠT CHUYÊN ĐỀ\n1. Sinh hoạt chuyên đề:\n"
        "Đồng chí Lê Văn A giới thiệu chuyên đề:\n“Nâng cao chất lượng sinh hoạt chi bộ”."
    )
    assert fields_of(text).thematic_title == "Nâng cao chất lượng sinh hoạt chi bộ"


def test_one_ocr_digit_error_is_repaired_only_in_ocr_text() -> None:
    text = "Tổng số đảng viên: 27; có mặt: 26 đồng chí; vắng 2 đồng chí có lý do."
    typed = fields_of(text)
    assert typed.attendance.present == 26
    assert any("không khớp" in w for w in typed.warnings)
    scanned = fields_of(text, ocr_confidence=0.7)
    assert scanned.attendance.present == 25
    assert scanned.fields["attendance.present"].confidence < 0.5
    assert any("đã sửa thành 25" in w for w in scanned.warnings)


def test_ambiguous_digit_errors_are_not_repaired() -> None:
    counts = Counts(
        {
            "total_members": Hit(20, 0, 1, 1.0),
            "present": Hit(11, 0, 1, 1.0),
            "absent_excused": Hit(1, 0, 1, 1.0),
            "absent_unexcused": Hit(1, 0, 1, 1.0),
        }
    )
    assert repair_digit_error(counts) is None


def test_long_meeting_is_warned() -> None:
    text = "Hôm nay, vào lúc 7 giờ 00 ngày 15/3/2024, chi bộ họp. Kết thúc lúc 17 giờ 30."
    fields = fields_of(text)
    assert fields.duration_minutes == 630
    assert any("quá 8 giờ" in w for w in fields.warnings)


def test_letter_head_as_ocr_misreads_it() -> None:
    text = "\n".join(
        [
            ".ĐẢẲNG BỘ THỊ TRẤN HƯNG ĐẲNG CỘNG SẲN VIỆT NAM",
            "BẮC ———————",
            "CHI BỘ BAN CHỈ HUY QUÂN SỰ THỊ",
            "TRẤN HƯNG BẮC",
            "Hưng Bắc, ngày 8 tháng 7 năm 2018",
        ]
    )
    fields = fields_of(text)
    assert (fields.parent_committee or "").casefold() == "đảng bộ thị trấn hưng bắc"
    assert (fields.branch or "").casefold() == "chi bộ ban chỉ huy quân sự thị trấn hưng bắc"


def test_table_header_cut_over_two_lines() -> None:
    text = "\n".join(
        [
            "Tình hình đảng viên dự họp:",
            "Tổng số ĐV Miễn SH Phải dự Có mặt Vắng có lý | Vắng không",
            "do lý do",
            "23 0 23 22 0 1",
        ]
    )
    a = fields_of(text).attendance
    assert (a.total_members, a.exempt, a.present, a.absent_excused, a.absent_unexcused) == (
        23,
        0,
        22,
        0,
        1,
    )

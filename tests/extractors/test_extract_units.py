"""Unit tests of the single extractors: numbers, dates, times, names, attendance, content."""

from __future__ import annotations

import pytest

from bienban.extractors import extract_fields
from bienban.extractors.numbers import parse_count
from bienban.extractors.people import clean_name
from bienban.extractors.text import fold
from bienban.models import MeetingFields, Page


def fields_of(text: str) -> MeetingFields:
    return extract_fields([Page(number=1, text=text)])


@pytest.mark.parametrize(
    ("words", "value"),
    [
        ("hai mươi bảy", 27),
        ("mười chín", 19),
        ("hai mươi mốt", 21),
        ("ba mươi lăm", 35),
        ("bảy", 7),
        ("mười", 10),
        ("một trăm lẻ năm", 105),
        ("05", 5),
        ("không", 0),
    ],
)
def test_counts_in_words(words: str, value: int) -> None:
    assert parse_count(words) == value


def test_fold_keeps_length_and_unifies() -> None:
    text = "Đ/c Hoà, Uỷ ban, CHỈ BỘ lúc 1Z giờ 3O, quý III"
    folded = fold(text)
    assert len(folded) == len(text)
    assert "hòa" in folded and "ủy ban" in folded and "chi bộ" in folded
    assert "12 giờ 30" in folded and "quý" in folded
    assert fold(folded) == folded


@pytest.mark.parametrize(
    ("sentence", "date"),
    [
        ("Hôm nay, ngày 15 tháng 3 năm 2024, tại hội trường ấp, chi bộ họp.", "2024-03-15"),
        ("Vào lúc 14 giờ ngày 15/3/2024, chi bộ họp thường kỳ.", "2024-03-15"),
        ("Vào lúc 18 giờ 30 phút ngày 07-03-2025, tại văn phòng.", "2025-03-07"),
        ("Lúc 8h00 ngày 15-03-2024 chi bộ tiến hành sinh hoạt.", "2024-03-15"),
    ],
)
def test_date_formats(sentence: str, date: str) -> None:
    assert fields_of(sentence).date == date


def test_meeting_date_not_letterhead_nor_next_meeting() -> None:
    text = "\n".join(
        [
            "ĐẢNG BỘ XÃ AN BÌNH",
            "CHI BỘ ẤP MỘT",
            "An Bình, ngày 20 tháng 3 năm 2024",
            "BIÊN BẢN SINH HOẠT CHI BỘ THƯỜNG KỲ",
            "Thực hiện Kế hoạch số 12-KH/ĐU ngày 02/01/2024 của Đảng ủy xã,",
            "hôm nay vào lúc 14 giờ 00 ngày 15/3/2024, tại hội trường ấp, chi bộ họp.",
            "Kỳ họp tới dự kiến ngày 15/4/2024.",
        ]
    )
    assert fields_of(text).date == "2024-03-15"


def test_letterhead_date_is_a_fallback_with_a_warning() -> None:
    text = "CHI BỘ ẤP MỘT\nAn Bình, ngày 20 tháng 3 năm 2024\nBIÊN BẢN\nChi bộ họp lúc 14 giờ."
    fields = fields_of(text)
    assert fields.date == "2024-03-20"
    assert fields.fields["date"].confidence < 0.7
    assert any("đầu biên bản" in w for w in fields.warnings)


@pytest.mark.parametrize(
    ("opening", "closing", "start", "end", "minutes"),
    [
        ("vào lúc 14 giờ 00 phút", "kết thúc vào lúc 16 giờ 30 phút", "14:00", "16:30", 150),
        ("lúc 14h00", "kết thúc lúc 15h30", "14:00", "15:30", 90),
        ("lúc 8 giờ 30", "kết thúc lúc 10 giờ", "08:30", "10:00", 90),
        ("lúc 19h30 tối", "kết thúc lúc 21 giờ 05", "19:30", "21:05", 95),
        ("lúc 2 giờ chiều", "kết thúc lúc 4 giờ 30 chiều", "14:00", "16:30", 150),
        ("lúc 2 giờ chiều", "kết thúc lúc 4 giờ 30", "14:00", "16:30", 150),
        ("lúc 7 giờ tối", "kết thúc lúc 9 giờ tối", "19:00", "21:00", 120),
        ("lúc 22 giờ 30", "kết thúc lúc 0 giờ 15 phút", "22:30", "00:15", 105),
        ("lúc 15h30", "kết thúc vào 17h05 cùng ngày", "15:30", "17:05", 95),
    ],
)
def test_times_and_duration(opening: str, closing: str, start: str, end: str, minutes: int) -> None:
    text = f"Hôm nay, {opening} ngày 15/3/2024, tại hội trường, chi bộ họp.\nCuộc họp {closing}."
    fields = fields_of(text)
    assert (fields.start_time, fields.end_time, fields.duration_minutes) == (start, end, minutes)


def test_figures_that_look_like_times_are_ignored() -> None:
    text = (
        "Hôm nay, ngày 15/3/2024, chi bộ họp quán triệt Nghị quyết 15-NQ/ĐU, năng suất 7,2 tấn/ha, "
        "12 hộ được hỗ trợ năm 2024."
    )
    fields = fields_of(text)
    assert fields.start_time is None and fields.end_time is None and fields.duration_minutes is None
    assert "Không tìm thấy giờ kết thúc cuộc họp" in fields.warnings


def test_end_before_start_is_warned() -> None:
    text = "Vào lúc 14 giờ ngày 15/3/2024 chi bộ họp.\nCuộc họp kết thúc lúc 13 giờ 30 chiều."
    fields = fields_of(text)
    assert fields.duration_minutes == (13 * 60 + 30 - 14 * 60) % 1440
    assert any(w.startswith("Giờ kết thúc trước giờ bắt đầu") for w in fields.warnings)


@pytest.mark.parametrize(
    ("phrase", "name"),
    [
        ("đồng chí Ngô Văn Bảy, Bí thư chi bộ", "Ngô Văn Bảy"),
        ("Bí thư chi bộ Trương Minh Tuấn", "Trương Minh Tuấn"),
        ("Trưởng Công an xã, Bí thư chi bộ Phạm Hoài Nam", "Phạm Hoài Nam"),
        ("đ/c Vũ Đức Mạnh - BT CB, Giám đốc Công ty", "Vũ Đức Mạnh"),
        ("Đ/c Võ Văn Trung (Hiệu trưởng, Bí thư chi bộ)", "Võ Văn Trung"),
        ("Phó Bí thư chi bộ Lê Ngọc Bích Trâm", "Lê Ngọc Bích Trâm"),
        ("đ/c Lầu A Páo", "Lầu A Páo"),
    ],
)
def test_names_without_honorifics_and_roles(phrase: str, name: str) -> None:
    found = clean_name(phrase)
    assert found is not None and found[0] == name


@pytest.mark.parametrize(
    ("text", "chair", "secretary"),
    [
        (
            "Chủ trì: đ/c Lò Văn Thương, Bí thư chi bộ. Thư ký: đ/c Quàng Thị Ánh.",
            "Lò Văn Thương",
            "Quàng Thị Ánh",
        ),
        (
            "Chủ tọa: Bí thư chi bộ Trương Minh Tuấn.\nThư ký: Phó Bí thư Lê Bích Trâm.",
            "Trương Minh Tuấn",
            "Lê Bích Trâm",
        ),
        (
            "Người điều khiển: đồng chí Ngô Văn Bảy.\nGhi biên bản: đồng chí Lâm Thị Diễm.",
            "Ngô Văn Bảy",
            "Lâm Thị Diễm",
        ),
        (
            "Đ/c Võ Văn Trung (Hiệu trưởng) chủ trì buổi họp. Đ/c Phan Thị Oanh ghi biên bản.",
            "Võ Văn Trung",
            "Phan Thị Oanh",
        ),
        (
            "Đồng chí Đinh Công Hoan – Bí thư chi bộ điều hành. Đồng chí Bùi Thị Nhàn làm thư ký.",
            "Đinh Công Hoan",
            "Bùi Thị Nhàn",
        ),
    ],
)
def test_chair_and_secretary(text: str, chair: str, secretary: str) -> None:
    fields = fields_of(text)
    assert (fields.chair, fields.secretary) == (chair, secretary)


def test_signature_block_is_a_second_witness() -> None:
    text = "Chi bộ họp.\nTHƯ KÝ\nCHỦ TRÌ\nLê Thị Hoa\nTrần Văn Nam"
    fields = fields_of(text)
    assert (fields.chair, fields.secretary) == ("Trần Văn Nam", "Lê Thị Hoa")
    assert fields.fields["chair"].confidence < 0.7


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Tổng số đảng viên: 27 đ/c; miễn sinh hoạt: 2; có mặt: 23 đ/c; vắng: 2 đ/c (có lý do: 1; không lý do: 1).",
            (27, 2, 23, 1, 1),
        ),
        (
            "Tổng số đảng viên: hai mươi bảy đồng chí; có mặt: hai mươi lăm đồng chí; vắng hai đồng chí có lý do.",
            (27, None, 25, 2, 0),
        ),
        (
            "Đảng viên: tổng số 13, có mặt 12, vắng 1 (đ/c Đào Thị Sương nghỉ thai sản).",
            (13, None, 12, 1, 0),
        ),
        ("Có mặt: 9/10 đảng viên; vắng: 0.", (10, None, 9, 0, 0)),
        (
            "Tổng số đảng viên 20; có mặt 18; vắng: đ/c Lê Văn An (ốm), đ/c Hà Văn Bình (không lý do).",
            (20, None, 18, 1, 1),
        ),
        (
            "Tình hình dự họp:\nĐảng viên hiện có Miễn SH Phải dự Dự họp Vắng (có phép) Vắng (không phép)\n52 9 43 38 4 1",
            (52, 9, 38, 4, 1),
        ),
    ],
)
def test_attendance_counts(text: str, expected: tuple[int | None, ...]) -> None:
    a = fields_of(text).attendance
    assert (a.total_members, a.exempt, a.present, a.absent_excused, a.absent_unexcused) == expected


def test_attendance_arithmetic_warning() -> None:
    text = "Tổng số đảng viên: 27; miễn sinh hoạt: 1; có mặt: 23; vắng: 2 (có lý do)."
    warnings = fields_of(text).warnings
    assert "Số liệu dự họp không khớp: tổng số 27 ≠ có mặt 23 + vắng 2 + miễn 1" in warnings


def test_vote_resolutions_speakers() -> None:
    text = "\n".join(
        [
            "Tổng số đảng viên 12, có mặt 12.",
            "Thảo luận:",
            "- Đ/c Lê Văn An đề nghị sửa đường.",
            "- Đ/c Hà Thị Bình đề nghị thu gom rác.",
            "Nhiệm vụ tháng tới:",
            "1. Sửa đường liên thôn; 2. Thu gom rác",
            "2. Thu đảng phí đúng hạn.",
            "Biểu quyết: 100% đảng viên có mặt nhất trí.",
        ]
    )
    fields = fields_of(text)
    assert fields.speakers == 2
    assert fields.vote is not None and (fields.vote.agree, fields.vote.total) == (12, 12)
    assert "party_fees" in fields.topics and "plan" in fields.topics


def test_inline_resolutions_split_on_semicolons() -> None:
    text = "Chi bộ thống nhất: sửa đường liên thôn trước mùa mưa; vận động hộ nghèo vay vốn; thu đảng phí quý II."
    assert len(fields_of(text).resolutions) == 3


def test_evidence_confidence_drops_with_ocr_confidence() -> None:
    from bienban.models import Word

    text = "Hôm nay, vào lúc 14 giờ ngày 15/3/2024 chi bộ họp."
    words = [Word(text=w, confidence=0.3, line=0) for w in text.split()]
    low = extract_fields([Page(number=1, text=text, words=words)])
    high = fields_of(text)
    assert low.fields["date"].confidence < high.fields["date"].confidence
    assert any("nhận dạng chữ thấp" in w for w in low.warnings)


def test_failed_pages_are_skipped() -> None:
    from bienban.models import PageStatus

    pages = [
        Page(number=1, text="Vào lúc 9 giờ ngày 01/02/2023 chi bộ họp.", status=PageStatus.FAILED),
        Page(number=2, text="Vào lúc 14 giờ ngày 15/3/2024 chi bộ họp."),
    ]
    fields = extract_fields(pages)
    assert fields.date == "2024-03-15" and fields.fields["date"].page == 2


def test_letterhead_interleaved_and_merged() -> None:
    text = "\n".join(
        [
            "ĐẢNG BỘ XÃ AN BÌNH ĐẢNG CỘNG SẢN VIỆT NAM",
            "CHI BỘ ẤP BÌNH AN An Bình, ngày 20 tháng 3 năm 2024",
            "BIÊN BẢN SINH HOẠT CHI BỘ THƯỜNG KỲ",
            "Vào lúc 14 giờ ngày 15/3/2024, tại hội trường ấp Bình An, chi bộ họp.",
        ]
    )
    fields = fields_of(text)
    assert fields.branch is not None and fields.branch.casefold() == "chi bộ ấp bình an"
    assert fields.parent_committee is not None
    assert fields.parent_committee.casefold() == "đảng bộ xã an bình"
    assert fields.location == "hội trường ấp Bình An"
    assert fields.meeting_type == "regular"


def test_signature_with_two_line_chair_label() -> None:
    text = "Chi bộ họp.\nTHƯ KÝ\nT/M CHI BỘ\nBÍ THƯ\nLê Thị Hoa\nTrần Văn Nam"
    fields = fields_of(text)
    assert (fields.chair, fields.secretary) == ("Trần Văn Nam", "Lê Thị Hoa")


def test_ocr_noise_in_cues_and_numbers() -> None:
    text = "\n".join(
        [
            "Hôm nay, vào lúc 1Z giờ 3O ngày 15/O3/2O24, tại hội trường, chỉ bộ họp.",
            "Tông sô đang viên: hai muoi bảy; có mặt: Z5; vắng Z đồng chí có ly do.",
            "Chu tri: d/c Nguyễn Văn An. Thu ky: Dồng chí Lê Thị Hoa.",
            "Cuộc họp kết thủc lúc 14 gio 45.",
        ]
    )
    fields = fields_of(text)
    assert (fields.date, fields.start_time, fields.end_time) == ("2024-03-15", "12:30", "14:45")
    a = fields.attendance
    assert (a.total_members, a.present, a.absent_excused, a.absent_unexcused) == (27, 25, 2, 0)
    assert (fields.chair, fields.secretary) == ("Nguyễn Văn An", "Lê Thị Hoa")


def test_wrapped_lines_are_joined() -> None:
    text = "\n".join(
        [
            "Hôm nay, vào lúc 19 giờ 30 phút ngày 05 tháng 9 năm 2019, tại Nhà văn hóa tổ dân",
            "phố số 5, Chi bộ Tổ dân phố số 5 sinh hoạt thường kỳ tháng 9 năm 2019 theo kế hoạch",
            "Chuyên đề năm 2019: Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh về",
            "ý thức tôn trọng Nhân dân, phát huy dân chủ, chăm lo đời sống Nhân dân.",
            "Đồng chí Đinh Công Hoan điều hành. Đồng chí Bùi Thị Nhàn làm thư ký.",
            "Cuộc họp kết thúc lúc 21 giờ 30 phút cùng ngày.",
        ]
    )
    fields = fields_of(text)
    assert fields.location == "Nhà văn hóa tổ dân phố số 5"
    assert fields.thematic_title is not None and fields.thematic_title.endswith("đời sống Nhân dân")
    assert fields.duration_minutes == 120

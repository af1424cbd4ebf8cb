"""OCR noise extractor 0.5.0 reads through: garbled honorifics and headings, absentee lists
broken by specks, a mark read for a digit, "h" read as "b" in a time."""

from __future__ import annotations

import pytest

from bienban.extractors import extract_fields
from bienban.extractors.attendance import ROW_LOOKALIKES
from bienban.extractors.text import is_speaker_line
from bienban.models import MeetingFields, Page


def fields_of(text: str) -> MeetingFields:
    return extract_fields([Page(number=1, text=text)])


@pytest.mark.parametrize("honorific", ["Đ/c", "Đc", "Đíc", "Địc", "Đ|c", "Đồng chí"])
def test_speakers_under_any_ocr_reading_of_the_honorific(honorific: str) -> None:
    text = f"""THẢO LUẬN
- {honorific} Hoàng Ngọc Bảo: Đề nghị công đoàn quan tâm nhà ở cho công nhân.
- Đ/c Ngô Duy Khang: Đề nghị đầu tư thay thế thiết bị cũ.
NGHỊ QUYẾT
"""
    assert fields_of(text).speakers == 2


def test_speakers_under_a_heading_with_specks_and_garbled_opinion_words() -> None:
    text = """ˆ_€. THẢO LUẬN
ŸÝ kiến đồng chí Hà Thị Thanh Hiền: Đề nghị tăng cường tuyên truyền.
'Đồng chí Hồ Đình Quốc Việt: Phản ánh một số hồ sơ còn phải bổ sung nhiều lần gây phiền hà cho dân. Đồng chí đề nghị đưa nội dung này vào nghị quyết tháng
Đông chí Trịnh Thị Kim Loan: Phản ánh một số hồ sơ còn phải bổ sung.
NGHỊ QUYẾT
"""
    assert fields_of(text).speakers == 3


def test_no_opinion_with_a_misread_co() -> None:
    assert fields_of("V. THẢO LUẬN.\nKhông cớ ý kiến.\nVI. NGHỊ QUYẾT\n").speakers == 0


@pytest.mark.parametrize(
    ("line", "speaker"),
    [
        ("Đông chí Trịnh Thị Kim Loan: Phản ánh", True),
        ("Đ/c Lê Văn Bảo phát biểu: Đề nghị", True),
        ("-_-Đỏng chí Vũ Thị Kim Hà: Đề nghị", True),
        ("Đồng chí Hà: ngắn", False),
        ("Đồng chí Hà Văn Long làm thư ký và nhiều việc khác: x", False),
        ("chí Hà Văn Long: x", False),
    ],
)
def test_speaker_lines(line: str, speaker: bool) -> None:
    assert is_speaker_line(line) is speaker


def test_absentee_list_with_misread_honorifics_and_specks() -> None:
    text = """Chi bộ hiện có bốn mươi mốt đảng viên; có mặt ba mươi bảy đồng chí; vắng
bốn đồng chí, gồm: đồng chí Bùi Thị Phượng (không báo cáo); đồng chí Định
Ngọc Hồng Hà (đi công tác); đóng chí Đinh Thùy Mai (đưa con đi khám
bệnh); đồng chí Đặng Thị Khuyên (nằm viện).
"""
    attendance = fields_of(text).attendance
    assert (attendance.absent_excused, attendance.absent_unexcused) == (3, 1)


def test_absentee_named_after_specks_and_a_second_colon() -> None:
    text = """Thành phần: Tổng số ĐV: 16; miễn SH: 1; có mặt: 14; vắng: 1 ĐV, gồm: đồng chí
__ Mai Công Nhựt (trực cơ quan).
Có mặt: 52/53 đảng viên; váng 1 đồng chí, gồm: : đồng chí Hồ Tấn Tiến
(vắng khóng có lý do).
"""
    attendance = fields_of(text).attendance
    assert (attendance.absent_excused, attendance.absent_unexcused) == (1, 0)
    second = fields_of(text.split("\n", 2)[2]).attendance
    assert (second.absent_excused, second.absent_unexcused) == (0, 1)


def test_absentee_list_broken_over_lines_counts_every_name() -> None:
    text = """Tổng số đảng viên: 9; có mặt 7 đồng chí; vắng 2 đồng chí, gồm: đồng chí Lý:
“Thị Kim Trang (đi công tác); đồng chí Hà Đình Định (đi tập huấn ở huyện).
Nội dung thứ nhất. Thông tin thời sự.
"""
    attendance = fields_of(text).attendance
    assert (attendance.absent_excused, attendance.absent_unexcused) == (2, 0)


@pytest.mark.parametrize(
    ("line", "excused", "unexcused"),
    [
        ("Đảng viên vắng (1): Lương Hồng Hằng - đi làm ăn xa, có báo cáo.", 1, 0),
        ("Đảng viên vắng (2): Kiều Mỹ Huệ - trực cơ quan; Ngô Thanh Thảo - đi công tác.", 2, 0),
        ("Đảng viên vắng (2): Châu Mỹ Hoa - ốm; Nguyễn Tấn Long - không báo cáo.", 1, 1),
    ],
)
def test_absentees_counted_by_their_reasons(line: str, excused: int, unexcused: int) -> None:
    attendance = fields_of("Tình hình đảng viên dự họp:\n" + line + "\n").attendance
    assert (attendance.absent_excused, attendance.absent_unexcused) == (excused, unexcused)


def test_a_mark_read_for_a_digit_in_a_table_row() -> None:
    assert ROW_LOOKALIKES["†"] == "1"
    text = """Tình hình đảng viên dự họp:
Tổng số ĐV Có mặt Vắng có lý do Vắng không lý do
17 14 2 †
"""
    attendance = fields_of(text).attendance
    assert (attendance.total_members, attendance.present) == (17, 14)
    assert (attendance.absent_excused, attendance.absent_unexcused) == (2, 1)


def test_table_header_split_over_three_lines() -> None:
    text = """Tình hình đảng viên dự họp:
Tổng số Miễn SH Phải dự Có mặt Vắng có lý Vắng
ĐV do không lý
do
33 0 33 30 2 1
"""
    attendance = fields_of(text).attendance
    assert (attendance.total_members, attendance.exempt, attendance.present) == (33, 0, 30)
    assert (attendance.absent_excused, attendance.absent_unexcused) == (2, 1)


def test_an_end_time_with_h_read_as_b() -> None:
    text = (
        "Vào lúc 19 giờ 30 ngày 25/7/2025 chi bộ họp.\nChi bộ họp xong lúc 22b50 đêm cùng ngày.\n"
    )
    fields = fields_of(text)
    assert (fields.end_time, fields.duration_minutes) == ("22:50", 200)

"""OCR noise extractor 0.5.0 reads through: garbled honorifics and headings, absentee lists
broken by specks, a mark read for a digit, "h" read as "b" in a time."""

from __future__ import annotations

import pytest

from bienban.extractors import extract_fields
from bienban.extractors.count_table import ROW_LOOKALIKES
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


def _ocr_page(text: str, confidence: float = 0.8) -> Page:
    """A page as OCR read it: every line's words at `confidence`."""
    from bienban.models import Word

    words = [
        Word(text=word, confidence=confidence, line=index)
        for index, line in enumerate(text.splitlines())
        for word in line.split()
    ]
    return Page(number=1, text=text, words=words)


def test_total_read_wrong_is_set_by_the_members_stated_beside_it() -> None:
    text = """- Tổng số đảng viên của chi bộ: 3 đồng chí (chính thức 9, dự bị 0).
- Đảng viên được miễn sinh hoạt: 1 đồng chí.
- Có mặt: 8 đồng chí.
- Vắng: 0.
"""
    fields = extract_fields([_ocr_page(text)])
    assert fields.attendance.total_members == 9
    assert fields.fields["attendance.total_members"].confidence < 0.5
    assert any("chính thức cộng dự bị" in warning for warning in fields.warnings)
    assert fields_of(text).attendance.total_members == 3  # a text layer stays as written


def test_a_count_on_the_line_after_its_cue_and_a_speck() -> None:
    text = """Tổng số đảng viên: 9, miễn sinh hoạt 1 đồng chí; có mặt 7 đồng chí; vắng.
1 đồng chí, gồm: đồng chí Từ Bá Nhân (vắng không có lý do).
"""
    attendance = fields_of(text).attendance
    assert (attendance.absent_excused, attendance.absent_unexcused) == (0, 1)


def test_a_table_label_that_lost_its_vang() -> None:
    text = """Tình hình đảng viên dự họp:
Tổng số ĐĐV [ Miễn SH Phải dự Có mặt L? có lý [Vắng không
do lý do
22 2 20 20 0 0
"""
    attendance = fields_of(text).attendance
    assert (attendance.total_members, attendance.exempt, attendance.present) == (22, 2, 20)
    assert (attendance.absent_excused, attendance.absent_unexcused) == (0, 0)


def test_inline_items_left_open_with_a_semicolon_go_on_over_the_next_line() -> None:
    text = """C. NGHỊ QUYẾT
Nhiệm vụ tới: Mỗi đảng viên trực tiếp đến các hộ được phân công để vận động, hỗ trợ di dời tài sản; Giao đồng chí Thái Thùy Thủy phối hợp các đoàn thể trực 24/24 giờ;
Báo cáo tình hình về Đảng ủy trước 7 giờ sáng hằng ngày.
Biểu quyết: 24/25 đồng chí tán thành, đạt 96%.
"""
    resolutions = fields_of(text).resolutions
    assert len(resolutions) == 3
    assert resolutions[-1].startswith("Báo cáo tình hình")


def test_a_letter_item_read_as_copyright_sign() -> None:
    text = """NGHỊ QUYẾT
Chi bộ thống nhất thực hiện một số giải pháp sau:
a) Tăng cường tuần tra, kiểm soát trên các tuyến đường trọng điểm.
b) Thu nộp đảng phí đầy đủ, đúng quy định.
©) Giải quyết dứt điểm các tin báo tồn đọng trong tháng.
Biểu quyết: 8/8 đồng chí tán thành, đạt 100%.
"""
    assert len(fields_of(text).resolutions) == 3


def test_a_date_after_a_theme_cue_is_no_title() -> None:
    text = """BIÊN BẢN HỌP CHI BỘ
Kỳ sinh hoạt thường kỳ kết hợp sinh hoạt chuyên đề tháng 1: 12 năm 2025
Hôm nay, 13h00 ngày 15/12/2025, tại phòng giao ban, chi bộ tổ chức sinh hoạt.
4. Sinh hoạt chuyên đề:
Đồng chí Triệu Chí Bình giới thiệu chuyên đề: "Công tác dân vận khéo trong xây dựng khu dân cư".
"""
    assert fields_of(text).thematic_title == "Công tác dân vận khéo trong xây dựng khu dân cư"


def test_a_lone_number_after_so_goes_on_the_line_above() -> None:
    text = """Chi bộ họp vào lúc 8h30 ngày 10/5/2017 tại phòng họp số
1.
Đ/c Đặng Hữu Thắng (Bí thư chi bộ) chủ trì buổi họp.
"""
    assert fields_of(text).location == "phòng họp số 1"


def test_absentee_reasons_as_ocr_garbles_them() -> None:
    text = """- Có mặt: 8 đồng chí,
- Vắng 1 đồng chí, gồm: đồng chí Phan Thu Nhung (không lớ;go).
"""
    attendance = fields_of(text).attendance
    assert (attendance.absent_excused, attendance.absent_unexcused) == (0, 1)
    braced = """Tổng số đảng viên: 29; có mặt 26 đồng chí; vắng 3 đồng chí, gồm: đồng chí Vàng Thị Pâng
(vắng không có lý do}, đồng chí Trịnh Thị Kim Chi (đưa con đi khám bệnh); đồng chí Lò A
Thanh (nghỉ thai sản)
"""
    attendance = fields_of(braced).attendance
    assert (attendance.absent_excused, attendance.absent_unexcused) == (2, 1)
    specks = """Tống số đảng viên: 23, miễn sinh hoạt 0 đồng chí; có mật 21 đông chí; vắng 2.-
đồng chí, gồm: đồng chí Mai Anh Dùng (đi học lớp trung cấp lý luận chính trị);
đồng chí Dương Thị Kim Hiền (ốm).
"""
    attendance = fields_of(specks).attendance
    assert (attendance.absent_excused, attendance.absent_unexcused) == (2, 0)
    counts = "vắng -sảu đông chí (năm cớ lý do, một không lý do).\n"
    attendance = fields_of(counts).attendance
    assert (attendance.absent_excused, attendance.absent_unexcused) == (5, 1)


def test_a_dagger_is_a_speck_before_a_number_and_a_one_alone_in_a_row() -> None:
    text = """Tổng số đảng viên: 8, miễn sinh hoạt 0 đồng chí; có mặt 7 đồng chí; vắng †1
đồng chí, gồm: đồng chí Cao Đình Hải (không báo cáo).
"""
    attendance = fields_of(text).attendance
    assert (attendance.absent_excused, attendance.absent_unexcused) == (0, 1)


def test_a_place_number_on_the_next_line() -> None:
    text = "Chi bộ ấp 12 bắt đầu lúc 8 giờ 30 tối ngày 10 tháng 8 năm 2020, ở trụ sở Ban nhân dân ấp\n12.\n"
    assert fields_of(text).location == "trụ sở Ban nhân dân ấp 12"

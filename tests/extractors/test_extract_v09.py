"""Extractor 0.9.0: a district form's two-column table of time, place and people (cells read
as one line or cell by cell), numbered speakers, a thematic title without quotes, a unit's
"Quân số", absentees named with their reasons in nested brackets, an assignment closing a
list of tasks, a number OCR read as a speck in a numbered list."""

from __future__ import annotations

import pytest

from bienban.extractors import extract_fields
from bienban.extractors import text as text_module
from bienban.extractors.text import Line, build_document
from bienban.models import Page
from bienban.pipeline.normalise import normalise_page

HEAD = (
    "ĐẢNG BỘ XÃ AN BÌNH ĐẢNG CỘNG SẢN VIỆT NAM\nCHI BỘ THÔN 3 *\n"
    "An Bình, ngày 12 tháng 4 năm 2023\nBIÊN BẢN SINH HOẠT CHI BỘ\n"
    "Kỳ sinh hoạt thường kỳ tháng 4 năm 2023\nI. THỜI GIAN, ĐỊA ĐIỂM, THÀNH PHẦN\n"
)
BODY = (
    "II. NỘI DUNG SINH HOẠT\n1. Đánh giá kết quả tháng qua\n"
    "Chi bộ đánh giá kết quả thực hiện nghị quyết tháng 3.\n"
)


def fields(text: str):  # noqa: ANN201 - the extractor's result
    return extract_fields([normalise_page(Page(number=1, text=text))])


def resolutions(text: str) -> list[str]:
    """The resolutions read from `text`, without the full stop that ends a list's last item."""
    return [item.rstrip(".") for item in fields(text).resolutions]


def test_a_two_column_table_read_as_one_line_per_row() -> None:
    table = (
        "Nội dung Chi tiết\n"
        "Thời gian 19h30, ngày 12 tháng 4 năm 2023\n"
        "Địa điểm Nhà văn hóa thôn 3\n"
        "Chủ trì Đồng chí Trần Văn Bình - Bí thư chi bộ\n"
        "Thư ký ghi biên bản Đồng chí Lê Thị Hoa\n"
        "Đại biểu dự Đồng chí Phạm Minh Đức - Phó Bí thư Đảng ủy xã\n"
        "Đảng viên: tổng số 25; có mặt 23; vắng 02 (01 có phép, 01 không phép).\n"
    )
    got = fields(HEAD + table + BODY)
    assert got.location == "Nhà văn hóa thôn 3"
    assert (got.chair, got.secretary) == ("Trần Văn Bình", "Lê Thị Hoa")
    assert got.attendance.guests == ["Phạm Minh Đức"]
    a = got.attendance
    assert (a.total_members, a.present, a.absent_excused, a.absent_unexcused) == (25, 23, 1, 1)
    assert got.start_time == "19:30"


def test_a_border_read_between_label_and_value_is_a_speck() -> None:
    table = "Nội dung Chi tiết\nĐịa điểm — Hội trường Ủy ban xã\nThư ký í Đồng chí Ngô Văn Tư\n"
    got = fields(HEAD + table + "Đảng viên: tổng số 9; có mặt 9; vắng: không.\n" + BODY)
    assert (got.location, got.secretary) == ("Hội trường Ủy ban xã", "Ngô Văn Tư")


def test_a_table_read_cell_by_cell() -> None:
    table = (
        "Nội dung\nChi tiết\nThời gian bắt đầu\n7h30, ngày 12/4/2023\nĐịa điểm\n"
        "Phòng họp cơ quan\nNgười chủ trì\nĐồng chí Đỗ Văn Nam – Bí thư\nchi bộ\n"
        "Thư ký\nĐồng chí Vũ Thị Lan\nĐảng viên\nTổng số 12; có mặt 12; vắng: không.\n"
    )
    got = fields(HEAD + table + BODY)
    assert (got.location, got.chair, got.secretary) == (
        "Phòng họp cơ quan",
        "Đỗ Văn Nam",
        "Vũ Thị Lan",
    )
    assert got.attendance.total_members == 12
    assert got.attendance.present == 12


def test_a_cell_wrapped_onto_a_line_in_the_value_column_goes_on(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def line(index: int, text: str, left: float) -> Line:
        return Line(1, index, text, 1.0, (left, 0.1 + index * 0.02, 0.5, 0.015))

    lines = [
        line(0, "Địa điểm Nhà đồng chí Bí thư chi bộ xóm Hiệp", 0.1),
        line(1, "Lạc A", 0.3),
        line(2, "Chủ trì Đồng chí Từ Văn Thành - Bí thư chi bộ", 0.1),
        line(3, "Thư ký Đồng chí Võ Đình Lâm", 0.1),
    ]
    monkeypatch.setattr(text_module, "page_lines", lambda _pages: lines)  # boxes as OCR gives
    doc = build_document([])
    assert [p.text for p in doc.paragraphs] == [
        "Địa điểm Nhà đồng chí Bí thư chi bộ xóm Hiệp Lạc A",
        "Chủ trì Đồng chí Từ Văn Thành - Bí thư chi bộ",
        "Thư ký Đồng chí Võ Đình Lâm",
    ]
    unboxed = [Line(1, x.index, x.text, 1.0) for x in lines]
    monkeypatch.setattr(text_module, "page_lines", lambda _pages: unboxed)
    assert len(build_document([]).paragraphs) == 4  # without boxes, no column to tell


def test_signature_headings_are_not_table_rows() -> None:
    text = (
        HEAD
        + "Chủ trì: đồng chí Trần Văn Bình.\n"
        + BODY
        + ("NGƯỜI GHI BIÊN BẢN\nCHỦ TRÌ\nLê Thị Hoa\nTrần Văn Bình\n")
    )
    got = fields(text)
    assert (got.chair, got.secretary) == ("Trần Văn Bình", "Lê Thị Hoa")


def test_numbered_speakers_are_counted() -> None:
    text = (
        HEAD + "Chủ trì: đồng chí Trần Văn Bình.\n" + BODY + "Ý kiến thảo luận:\n"
        "1. Đồng chí Lý Văn Tám: Đề nghị sửa đường liên thôn.\n"
        "2. Đồng chí Hồ Thị Mai: Nêu việc thu gom rác còn chậm, đề nghị\nbố trí thêm thùng.\n"
        "NGHỊ QUYẾT\n"
    )
    assert fields(text).speakers == 2


def test_a_title_without_quotes_runs_to_its_presenter() -> None:
    text = (
        HEAD + BODY + "2- SINH HOẠT CHUYÊN ĐỀ\nChi bộ sinh hoạt chuyên đề với chủ đề Xây dựng "
        "khu dân cư văn minh, an toàn, do đồng chí Lê Văn Bảy trình bày.\n"
    )
    assert fields(text).thematic_title == "Xây dựng khu dân cư văn minh, an toàn"
    told = text.replace("do đồng chí Lê Văn Bảy", "do cô giáo Lê Thị Bảy")
    assert fields(told).thematic_title == "Xây dựng khu dân cư văn minh, an toàn"


def test_a_units_strength_is_the_total() -> None:
    roll = "Quân số đảng viên: mười hai đồng chí.\nCó mặt: 11 đồng chí.\nVắng: 01 (có lý do).\n"
    a = fields(HEAD + roll + BODY).attendance
    assert (a.total_members, a.present) == (12, 11)


def test_a_subtitle_naming_the_content_does_not_end_the_roll_call() -> None:
    text = HEAD.replace(
        "Kỳ sinh hoạt thường kỳ tháng 4 năm 2023\n",
        "Kỳ sinh hoạt bất thường\nNội dung: xét đề nghị kết nạp đảng viên mới\n",
    )
    roll = "Đảng viên: tổng số 20; miễn sinh hoạt 02; có mặt 18; vắng: không.\n"
    a = fields(text + roll + BODY).attendance
    assert (a.total_members, a.exempt, a.present) == (20, 2, 18)


def test_absentees_named_with_reasons_in_nested_brackets() -> None:
    roll = (
        "Chi bộ có 9 đảng viên, có mặt 6 đồng chí, vắng ba đồng chí (đồng chí Lê Văn An "
        "(không lý do), đồng chí Trần Bảo (vắng không có lý do), đồng chí Hà Mai (ốm)).\n"
    )
    a = fields(HEAD + roll + BODY).attendance
    assert (a.absent_excused, a.absent_unexcused) == (1, 2)


def test_news_of_the_day_is_not_a_list_of_tasks() -> None:
    text = (
        HEAD + BODY + "1- THÔNG TIN THỜI SỰ\nPhổ biến tình hình thời sự, nhiệm vụ của đơn vị: "
        "giá lúa tăng; tỉnh mở hội chợ.\nChi bộ thống nhất ra nghị quyết lãnh đạo thực hiện "
        "nhiệm vụ tháng 5/2023:\n- Ra quân làm đường;\n- Thu đảng phí đúng hạn.\n"
        "Chi bộ giao chi ủy xây dựng kế hoạch cụ thể để tổ chức thực hiện.\n"
        "Biểu quyết: 9/9 đồng chí tán thành.\n"
    )
    assert resolutions(text) == [
        "Ra quân làm đường",
        "Thu đảng phí đúng hạn",
        "Chi bộ giao chi ủy xây dựng kế hoạch cụ thể để tổ chức thực hiện",
    ]


def test_a_number_read_as_a_speck_keeps_the_list_going() -> None:
    text = (
        HEAD + BODY + "NGHỊ QUYẾT\nChi bộ quyết nghị:\n1. Sửa đường liên thôn;\n"
        "°. Thu gom rác thải đúng giờ;\n3. Vận động hiến đất.\nBiểu quyết: 9/9 tán thành.\n"
    )
    assert resolutions(text) == [
        "Sửa đường liên thôn",
        "Thu gom rác thải đúng giờ",
        "Vận động hiến đất",
    ]


def test_a_degree_before_a_name_is_not_part_of_it() -> None:
    text = HEAD + "Chủ trì: đồng chí BSCKII Hồ Duy Quân.\nThư ký: đồng chí BS. Lâm Quốc Nghĩa.\n"
    got = fields(text + BODY)
    assert (got.chair, got.secretary) == ("Hồ Duy Quân", "Lâm Quốc Nghĩa")


LOG_HEAD = (
    "ĐẢNG BỘ XÃ AN BÌNH ĐẢNG CỘNG SẢN VIỆT NAM\nCHI BỘ THÔN 3 *\n"
    "An Bình, ngày 12 tháng 4 năm 2023\nBIÊN BẢN HỌP CHI BỘ\n"
    "Ngày họp: thứ Tư, 12-04-2023.\nNơi họp: Nhà văn hóa thôn 3.\n"
)


def test_a_meeting_kept_as_a_log_of_stamped_steps() -> None:
    text = LOG_HEAD + (
        "ĐV toàn chi bộ 18; có mặt 15.\n"
        "Vắng có lý do (3): đ/c Lê An - ốm; đ/c Hồ Bình - đi học; đ/c Vũ Cúc - công tác.\n"
        "19g30 - Khai mạc. Đ/c Tâm tuyên bố lý do.\n"
        "19g40 - Thảo luận: không có ý kiến khác, chi bộ nhất trí với báo cáo.\n"
        "20g10 - Đ/c Tâm kết luận; chi bộ thống nhất NQ tháng 5/2023 gồm:\n"
        "(1) Ra quân làm đường liên thôn;\n(2) Thu đảng phí đúng hạn.\n"
        "20g20 - Giơ tay biểu quyết: 15 tán thành, 0 không tán thành.\n"
        "20g30 - Thống nhất họp kỳ tới: thứ Tư, 10-05-2023.\n"
        "21g00 - Bế mạc.\n"
    )
    got = fields(text)
    assert (got.date, got.start_time, got.end_time) == ("2023-04-12", "19:30", "21:00")
    assert got.location == "Nhà văn hóa thôn 3"
    a = got.attendance
    assert (a.total_members, a.present, a.absent_excused, a.absent_unexcused) == (18, 15, 3, 0)
    assert got.speakers == 0
    assert got.vote is not None and (got.vote.agree, got.vote.total) == (15, 15)
    assert [r.rstrip(".") for r in got.resolutions] == [
        "Ra quân làm đường liên thôn",
        "Thu đảng phí đúng hạn",
    ]


def test_tới_is_not_read_as_tối() -> None:
    from bienban.extractors.text import fold

    assert fold("họp kỳ tới") == "họp kỳ tới"
    assert fold("kết thủc lúc 8 giờ tôi") == "kết thúc lúc 8 giờ tôi"
    text = HEAD + "Hôm nay, lúc 7 giờ tôi ngày 12/4/2023, chi bộ họp.\n" + BODY
    assert fields(text).start_time == "19:00"


def test_a_resolution_attached_under_a_long_preamble() -> None:
    text = (
        HEAD
        + BODY
        + (
            "NGHỊ QUYẾT\nVề phương hướng, nhiệm vụ tháng 5 năm 2023\n"
            "Sau khi nghe báo cáo của chi ủy và ý kiến thảo luận của đảng viên, QUYẾT NGHỊ:\n"
            "1. Ra quân làm đường liên thôn;\n2. Thu đảng phí đúng hạn.\n"
            "Nghị quyết được 9/9 đồng chí dự họp biểu quyết tán thành.\n"
        )
    )
    assert resolutions(text) == [
        "Ra quân làm đường liên thôn",
        "Thu đảng phí đúng hạn",
    ]


def test_guests_introduced_by_their_part() -> None:
    roll = "Tham dự và chỉ đạo: đồng chí Hà Anh Tài - Trưởng ban Tuyên giáo Đảng ủy.\n"
    assert fields(HEAD + roll + BODY).attendance.guests == ["Hà Anh Tài"]
    roll = "Dự họp có: Bà Hà Thị Mỹ Xuân - Trưởng ban Tuyên giáo Đảng ủy.\n"
    assert fields(HEAD + roll + BODY).attendance.guests == ["Hà Thị Mỹ Xuân"]


def test_a_label_whose_value_went_to_the_next_line() -> None:
    text = HEAD + "Chủ trì: đồng chí Hoàng Hoài Dũng. Thư ký:\nđồng chí Võ Ngọc Hưng.\n" + BODY
    assert fields(text).secretary == "Võ Ngọc Hưng"


def test_reviewing_last_months_resolution_is_no_criticism() -> None:
    text = HEAD + BODY + "Kiểm điểm thực hiện NQ tháng 3/2023 (đ/c Tâm): hoàn thành.\n"
    topics = fields(text).topics
    assert "review" in topics
    assert "criticism" not in topics


def test_a_forms_dotted_leaders_are_blanks() -> None:
    text = (
        "BIÊN BẢN SINH HOẠT CHI BỘ THƯỜNG KỲ\nBắt đầu lúc: .....8h15....., ngày .....15/12/2018.....\n"
        "Tại: .....phòng họp tầng 2 nhà điều hành.....\nChủ trì: .....Mai Thị Giang..... – Bí thư.\n"
        "Thư ký: .....Lưu Bá Lộc.....\n- Tổng số đảng viên của chi bộ: .....ba mươi ba (33)..... "
        "đồng chí. - Số đảng viên có mặt: .....ba mươi ba (33)..... đồng chí.\n" + BODY
    )
    got = fields(text)
    assert (got.date, got.start_time) == ("2018-12-15", "08:15")
    assert got.location == "phòng họp tầng 2 nhà điều hành"
    assert (got.chair, got.secretary) == ("Mai Thị Giang", "Lưu Bá Lộc")
    assert (got.attendance.total_members, got.attendance.present) == (33, 33)


def test_steps_headings_and_a_speaker_named_above_what_they_said() -> None:
    text = (
        HEAD
        + "Đảng viên toàn chi bộ: 21, miễn sinh hoạt 1, phải dự 20.\n"
        + (
            "Có mặt 19/20 đồng chí, đạt 95%.\nVắng 1 đồng chí, đều có lý do.\n"
            "Bước 8 - Đảng viên thảo luận\nĐ/c Mai Diệu Tuyết:\nĐề nghị sửa đường.\n"
            "Đ/c Phan Thế Bảo:\nNêu việc thu gom rác.\nBước 9 - Kết luận\n"
            "Biểu quyết: tổng số 19 đồng chí biểu quyết; đồng ý 19; không đồng ý 0.\n"
        )
    )
    got = fields(text)
    a = got.attendance
    assert (a.total_members, a.exempt, a.present) == (21, 1, 19)
    assert (a.absent_excused, a.absent_unexcused) == (1, 0)
    assert got.speakers == 2


def test_nobody_spoke_said_without_có() -> None:
    text = (
        HEAD
        + BODY
        + "Mục 2: Ý kiến của đảng viên\nCác đồng chí nhất trí, không ai phát biểu thêm.\n"
    )
    assert fields(text).speakers == 0


def test_a_number_in_words_restated_in_digits() -> None:
    roll = (
        "Chi bộ có ba mươi ba (33) đảng viên; có mặt hai mươi chín (29) đồng chí, không ai vắng.\n"
    )
    a = fields(HEAD + roll + BODY).attendance
    assert (a.total_members, a.present, a.absent_excused, a.absent_unexcused) == (33, 29, 0, 0)


def test_readings_learnt_from_families_s_and_t() -> None:
    text = HEAD + (
        "Chủ trì, điều hành: đồng chí Lý Quốc Định (Bí thư chi bộ).\n"
        "Ghi chép: đồng chí Lưu Khắc Hùng.\n"
        "Đảng viên đến dự: 9 đồng chí trên tổng số 10 đảng viên của chi bộ.\n"
        "Dự họp với chi bộ có: đồng chí Đinh Minh Long - Đảng ủy viên phụ trách chi bộ.\n"
        "A/ ĐÁNH GIÁ KẾT QUẢ THÁNG 3/2023\n"
        "Chuyên đề: “Nâng cao chất lượng sinh hoạt chi bộ” (người trình bày đồng chí Lê An).\n"
        "Ý kiến đảng viên\nLâm Tấn Anh Tâm phát biểu: Đề nghị sửa đường.\n"
        "Từ Thanh Nhựt phát biểu: Đề nghị thu gom rác.\n"
        "G/ KẾT LUẬN - NHIỆM VỤ THÁNG 5/2023\nChi bộ thống nhất những nhiệm vụ tháng 5/2023:\n"
        "1- Ra quân làm đường liên thôn;\n2- Thu đảng phí đúng hạn.\n"
        "THƯ KÝ BUỔI SINH HOẠT CHỦ TRÌ BUỔI SINH HOẠT Lưu Khắc Hùng Lý Quốc Định\n"
    )
    got = fields(text)
    assert got.secretary == "Lưu Khắc Hùng"
    assert (got.attendance.total_members, got.attendance.present) == (10, 9)
    assert got.attendance.guests == ["Đinh Minh Long"]
    assert got.thematic_title == "Nâng cao chất lượng sinh hoạt chi bộ"
    assert got.speakers == 2
    assert [r.rstrip(".") for r in got.resolutions] == [
        "Ra quân làm đường liên thôn",
        "Thu đảng phí đúng hạn",
    ]


def test_spoken_dates_and_times() -> None:
    text = (
        "BIÊN BẢN SINH HOẠT CHI BỘ\n"
        "Thời gian: khai mạc lúc 8 giờ rưỡi tối, thứ Ba, ngày mồng 3 tháng 5 năm 2016.\n"
        "3. NỘI DUNG\n3.2. Các ý kiến tham gia\n"
        "Các đồng chí dự họp không có ý kiến thảo luận thêm.\n"
        "Hội nghị kết thúc lúc 10 giờ 10 phút đêm cùng ngày.\n"
    )
    got = fields(text)
    assert (got.date, got.start_time, got.end_time) == ("2016-05-03", "20:30", "22:10")
    assert got.speakers == 0
    named = "BIÊN BẢN HỌP CHI BỘ\nĐúng 8h00 ngày 25 tháng Tư năm 2014, chi bộ tiến hành họp.\n"
    assert fields(named).date == "2014-04-25"
    assert fields(named.replace("tháng Tư", "tháng Chạp")).date == "2014-12-25"


def test_readings_learnt_from_families_u_and_v() -> None:
    text = (
        "BIÊN BẢN SINH HOẠT CHI BỘ\n"
        "Thời gian: khai mạc lúc 3 giờ kém 15 chiều, ngày 5 tháng 6 năm 2025.\n"
        "Vắng mặt 02 đồng chí: Hồ Trọng Nhân (đi khám bệnh – có lý do); Ngô Kim Khuyên "
        "(không báo cáo, không lý do).\nCó mặt: 20/22 đảng viên, không có ai miễn sinh hoạt.\n"
        "IV- THẢO LUẬN\n(1) Đ/c Thái Thị Huệ phát biểu: Đề nghị sửa đường.\n"
        "(2) Đ/c Lương Khắc Hiếu phát biểu: Đề nghị thu gom rác.\nV- KẾT LUẬN\n"
    )
    got = fields(text)
    assert got.start_time == "14:45"
    assert got.speakers == 2
    a = got.attendance
    assert (a.total_members, a.exempt, a.present) == (22, 0, 20)
    assert (a.absent_excused, a.absent_unexcused) == (1, 1)

"""Extractor 0.11.0: a date "15/11 năm 2019" and the month "tháng Một"; a clock whose "g" OCR read
"q" or "ø"; votes "dự họp 12, đồng ý 12", "3 đảng viên chính thức tham gia, 3 đồng ý" and
"mười hai trong số mười ba đồng chí dự họp giơ tay tán thành"; opinions "Ý kiến phát biểu: 4
đồng chí" and "Ý kiến phát biểu: không."; a cell's name whose line ends in the right column's
"<Place>, ngày …", and "CHI BỌỘ" as OCR reads it; topics: a "KIỂM ĐIỂM THÁNG TRƯỚC" heading is
a review, "TƯ TƯỞNG VÀ DƯ LUẬN" is ideology, a guest's office in the Front is no mass
mobilisation, "phổ biến chỉ đạo" is a directive, an extraordinary meeting's tasks plan ahead
(not an admission's or a discipline's, whose self-criticism is the discipline's own step); lists
under "Những việc cần làm …", "Công việc trọng tâm …" and a clock-stamped "8:30 tối - … thống
nhất:"; a roll call table below a "Nội dung: …" subtitle and the meeting's facts."""

from __future__ import annotations

import datetime as dt

import pytest

from bienban.extractors import extract_fields
from bienban.models import Page
from bienban.pipeline.normalise import normalise_page

HEAD = (
    "ĐẢNG ỦY XÃ PHÚ LỘC ĐẢNG CỘNG SẢN VIỆT NAM\nCHI BỘ THÔN ĐÔNG\n"
    "Phú Lộc, ngày 9 tháng 5 năm 2024\nBIÊN BẢN HỌP CHI BỘ\nTháng 5 năm 2024\n"
    "Thời gian: 19 giờ 30, tại nhà văn hóa thôn Đông.\n"
    "Chủ trì: đồng chí Lê Văn Hòa, Bí thư chi bộ. Thư ký: đồng chí Mai Thị Lụa.\n"
)
ROLL = "Tổng số đảng viên: 14 đồng chí; có mặt 13 đồng chí; vắng 1 (có phép).\n"
TASKS = (
    "Vận động nhân dân nạo vét kênh mương trước mùa mưa.",
    "Rà soát danh sách hộ nghèo để đề nghị hỗ trợ.",
    "Thu nộp đảng phí đầy đủ, đúng quy định.",
)


def fields(text: str):  # noqa: ANN201 - the extractor's result
    return extract_fields([normalise_page(Page(number=1, text=text))])


@pytest.mark.parametrize(
    ("written", "meant"),
    [
        ("ngày 15/11 năm 2019", dt.date(2019, 11, 15)),
        ("ngày 25 tháng Một năm 2013", dt.date(2013, 1, 25)),
    ],
)
def test_dates_with_the_year_after_nam_and_the_first_month_named(
    written: str, meant: dt.date
) -> None:
    text = (
        "CHI BỘ THÔN ĐÔNG\nBIÊN BẢN HỌP CHI BỘ\n"
        f"Thời gian: thứ Sáu {written}, bắt đầu lúc 19 giờ 30.\n" + ROLL
    )
    assert fields(text).date == meant.isoformat()


@pytest.mark.parametrize("letter", ["q", "ø"])
def test_a_clock_whose_g_ocr_misread(letter: str) -> None:
    text = f"CHI BỘ THÔN ĐÔNG\nBIÊN BẢN HỌP CHI BỘ\nThời gian: bắt đầu lúc 7 {letter} 45.\n" + ROLL
    assert str(fields(text).start_time)[:5] == "07:45"


@pytest.mark.parametrize(
    ("line", "vote"),
    [
        ("Biểu quyết bằng hình thức giơ tay: dự họp 12, đồng ý 12.", (12, 12)),
        ("Biểu quyết bằng hình thức giơ tay: dự họp 10, đồng ý 9, không đồng ý 1.", (9, 10)),
        ("Kết quả biểu quyết: 3 đảng viên chính thức tham gia, 3 đồng ý.", (3, 3)),
        (
            "Chi bộ biểu quyết thông qua: mười hai trong số mười ba đồng chí dự họp\n"
            "giơ tay tán thành, một đồng chí không đồng ý.",
            (12, 13),
        ),
    ],
)
def test_votes_with_the_voters_said_first(line: str, vote: tuple[int, int]) -> None:
    result = fields(HEAD + ROLL + "Chi bộ thống nhất:\n- " + TASKS[0] + "\n" + line + "\n")
    assert result.vote is not None
    assert (result.vote.agree, result.vote.total) == vote


@pytest.mark.parametrize(
    ("line", "speakers"),
    [
        ("2. Ý kiến phát biểu: không.", 0),
        ("2. Ý kiến phát biểu: 4 (bốn) đồng chí, xoay quanh việc thu gom rác.", 4),
        (
            "2. Ý kiến phát biểu (3 đồng chí):\n(1) Đ/c Lê Văn Bình: Đề nghị sửa đường.\n"
            "(2) Đ/c Mai Thị Hoa: Đề nghị thu quỹ sớm.",
            3,
        ),
    ],
)
def test_opinions_counted_after_their_label(line: str, speakers: int) -> None:
    text = HEAD + ROLL + "1. Chi ủy báo cáo tình hình trong tháng.\n" + line + "\nIII. KẾT LUẬN\n"
    assert fields(text).speakers == speakers


WRAPPED_HEAD = (
    "ĐẢNG ỦY PHƯỜNG PHÚ KHÁNH\n"
    "ĐẢNG CỘNG SẢN VIỆT NAM\n"
    "BẮC\n"
    "CHI BỘ QUÂN SỰ PHƯỜNG PHÚ Phú Khánh Bắc, ngày 10 tháng Hai năm 2013\n"
    "KHÁNH BẮC\n"
    "BIÊN BẢN SINH HOẠT CHI BỘ THƯỜNG KỲ\n"
    "THÁNG 2 NĂM 2013\n"
    "I. THỜI GIAN, ĐỊA ĐIỂM\n"
    "- Bắt đầu: 13 giờ 15 phút, Chủ nhật, ngày 10 tháng Hai năm 2013.\n"
    "- Địa điểm: phòng họp Ban Chỉ huy Quân sự phường.\n"
    "II. THÀNH PHẦN\n"
    "- Chủ tọa: đ/c Đặng Hữu Tâm (Bí thư chi bộ); thư ký: đ/c Ngô Khắc Tài.\n"
    "- Tổng số đảng viên: 15 (mười lăm); miễn sinh hoạt: không; phải dự: 15\n"
    "(mười lăm).\n"
    "- Có mặt: 14 (mười bốn).\n"
    "- Vắng mặt: 1 (một) (có phép).\n"
)


def test_a_cell_name_whose_line_ends_in_the_place_and_date() -> None:
    assert (fields(WRAPPED_HEAD).branch or "").casefold() == "chi bộ quân sự phường phú khánh bắc"


def test_chi_bo_as_ocr_reads_it() -> None:
    text = (
        "ĐẢNG ỦY THỊ TRẤN ĐÔNG BÌNH ĐẢNG CỘNG SẢN VIỆT NAM\n"
        "CHI BỌỘ TRƯỜNG MẦM NON ĐÔNG BÌNH\nĐông Bình, ngày 15 tháng 8 năm 2025\n"
        "BIÊN BẢN SINH HOẠT CHI BỘ\n" + ROLL
    )
    result = fields(text)
    assert (result.branch or "").casefold() == "chi bộ trường mầm non đông bình"
    assert (result.parent_committee or "").casefold() == "đảng ủy thị trấn đông bình"


def topics(text: str) -> list[str]:
    return list(fields(text).topics)


def test_a_review_heading_is_no_criticism_and_an_ideology_heading_is_ideology() -> None:
    text = (
        HEAD + ROLL + "A. TƯ TƯỞNG VÀ DƯ LUẬN\nĐảng viên an tâm công tác.\n"
        "B. KIỂM ĐIỂM THÁNG TRƯỚC\nChi ủy đánh giá việc thực hiện nghị quyết tháng 4.\n"
    )
    found = topics(text)
    assert "ideology" in found
    assert "criticism" not in found


def test_a_guest_office_in_the_front_is_no_mass_mobilisation() -> None:
    text = (
        HEAD + ROLL + "Về dự có: bà Lê Thị Đào, Chủ tịch Ủy ban Mặt trận Tổ quốc xã.\n"
        "1. Thông tin thời sự\nChi ủy thông tin tình hình thời sự trong tháng.\n"
    )
    assert "mass_mobilization" not in topics(text)


def test_an_urgent_meeting_passes_on_a_directive_and_plans_its_tasks() -> None:
    text = (
        "CHI BỘ THÔN ĐÔNG\nBIÊN BẢN HỌP CHI BỘ BẤT THƯỜNG\n" + ROLL + "II. NỘI DUNG\n"
        "1. Đồng chí Bí thư phổ biến chỉ đạo khẩn của Đảng ủy về phòng, chống bão.\n"
        "III. KẾT LUẬN\nChi bộ thống nhất các việc phải làm ngay:\n"
        "+ Mỗi đảng viên đến các hộ được phân công để vận động di dời tài sản;\n"
        "+ Báo cáo tình hình về Đảng ủy trước 7 giờ sáng hằng ngày.\n"
    )
    found = topics(text)
    assert "directives" in found
    assert "plan" in found


def test_a_discipline_meeting_neither_plans_nor_counts_the_self_criticism() -> None:
    text = (
        "CHI BỘ THÔN ĐÔNG\nBIÊN BẢN HỌP CHI BỘ BẤT THƯỜNG\nVề: kiểm điểm đảng viên vi phạm\n"
        + ROLL
        + "Đồng chí Lê Văn Bình đọc bản tự kiểm điểm; chi ủy đề nghị hình thức kỷ luật.\n"
        "Chi bộ thống nhất:\n+ Đề nghị cấp trên thi hành kỷ luật khiển trách đối với đảng viên"
        " Lê Văn Bình;\n+ Giao chi ủy hoàn chỉnh hồ sơ, báo cáo Ủy ban Kiểm tra.\n"
    )
    found = topics(text)
    assert "inspection" in found
    assert "criticism" not in found
    assert "plan" not in found


@pytest.mark.parametrize(
    "heading",
    [
        "Phần II. Những việc cần làm sau chuyên đề\n"
        "Đồng chí Lê Văn Hòa nêu những việc chi bộ cần làm sau chuyên đề:",
        "Mục 6: Chi bộ thống nhất.\nCông việc trọng tâm tháng 6/2024:",
        "8:30 tối - Đ/c chủ trì kết luận; việc tháng 6/2024 chi bộ thống nhất:",
    ],
)
def test_tasks_under_new_headings(heading: str) -> None:
    listed = "\n".join(f"{n}/ {task}" for n, task in enumerate(TASKS, start=1))
    text = HEAD + ROLL + heading + "\n" + listed + "\nBiểu quyết: 13/13 đồng chí tán thành.\n"
    assert [item.rstrip(".") for item in fields(text).resolutions] == [
        task.rstrip(".") for task in TASKS
    ]


SUBTITLED = (
    "ĐẢNG ỦY XÃ MỸ XƯƠNG ĐẢNG CỘNG SẢN VIỆT NAM\n"
    "CHI BỘ TRẠM Y TẾ XÃ MỸ Mỹ Xương, ngày 20 tháng 09 năm 2019\n"
    "XƯƠNG\n"
    "Số: 13/BB-CB\n"
    "BIÊN BẢN HỌP CHI BỘ BẤT THƯỜNG\n"
    "Nội dung: thực hiện chỉ đạo đột xuất của cấp ủy cấp\n"
    "trên\n"
    "Thời gian: 2 giờ 30 phút chiều, thứ Sáu ngày\n"
    "20-9-2019\n"
    "Địa điểm: Hội trường Trạm Y tế xã Mỹ Xương\n"
    "Chủ trì: đồng chí Tô Thanh Hậu, Bí thư chi\n"
    "bộ\n"
    "Người lập biên bản: đồng chí Lương Tấn Cảnh, chi ủy\n"
    "viên\n"
    "Đại biểu: đồng chí Cao Bích Anh, Ủy viên\n"
    "Ban Thường vụ Đảng ủy\n"
    "Đảng viên tham dự:\n"
    "Nội dung Số đồng chí\n"
    "Tổng số đảng viên của chi bộ 15\n"
    "Có mặt 14\n"
    "Vắng có lý do 01\n"
)


def test_a_roll_call_table_below_a_subtitle_and_the_meeting_facts() -> None:
    counts = fields(SUBTITLED).attendance
    assert (counts.total_members, counts.present) == (15, 14)
    assert (counts.absent_excused, counts.absent_unexcused) == (1, 0)


# From AI/AJ and AK/AL (measured once held out at 2281b94, then developed on).


def test_every_absentee_of_one_kind_said_after_the_count() -> None:
    text = HEAD + "- Tổng số đảng viên: 13 đc.\n- Có mặt: 11 đ/c.\n- Vắng: 02 đ/c, không lý do.\n"
    counts = fields(text).attendance
    assert (counts.absent_excused, counts.absent_unexcused) == (0, 2)


@pytest.mark.parametrize(
    ("line", "speakers"),
    [
        ("Số đ/c phát biểu: 04/10 đ/c dự họp; nội dung chủ yếu: sửa đường.", 4),
        ("Không có đ/c nào phát biểu.", 0),
    ],
)
def test_opinions_under_a_starred_part(line: str, speakers: int) -> None:
    text = HEAD + ROLL + "* Thời sự:\nChi ủy thông tin thời sự.\n* Ý kiến tham gia:\n" + line
    assert fields(text + "\nĐ/c Lê Văn Hòa kết luận.\n").speakers == speakers


def test_a_title_quoted_in_a_sentence_under_the_theme_heading() -> None:
    text = (
        HEAD + ROLL + "* Chuyên đề:\nĐ/c Mai Thị Lụa trình bày “Nâng cao chất lượng sinh hoạt chi"
        " bộ”; chi bộ trao đổi, liên hệ thực tế.\n"
    )
    assert fields(text).thematic_title == "Nâng cao chất lượng sinh hoạt chi bộ"


@pytest.mark.parametrize(
    "table",
    [
        "Tán thành Không tán thành Tổng số biểu quyết\n12 1 13",
        "Tán thành\nKhông tán thành\nTổng số biểu quyết\n12\n1 13",
    ],
)
def test_a_vote_table_with_a_total_column(table: str) -> None:
    text = HEAD + ROLL + "Kết quả biểu quyết thông qua (giơ tay):\n" + table + "\n"
    vote = fields(text).vote
    assert vote is not None
    assert (vote.agree, vote.total) == (12, 13)


def test_a_tally_with_abbreviated_voters() -> None:
    line = "Chi bộ biểu quyết giơ tay: 12 đc tán thành, 1 đc không tán thành.\n"
    vote = fields(HEAD + ROLL + line).vote
    assert vote is not None
    assert (vote.agree, vote.total) == (12, 13)


def test_last_month_review_is_no_list_of_tasks() -> None:
    text = (
        HEAD + ROLL + "* Kiểm điểm việc làm tháng 4/2024 theo nghị quyết tháng trước:\n"
        "- Nạo vét được 69 mét kênh nội đồng.\n- Vận động 132 hộ tham gia bảo hiểm y tế.\n"
        "* Chi bộ thống nhất việc tháng tới (6/2024):\n"
        + "\n".join(f"{n}/ {task}" for n, task in enumerate(TASKS, start=1))
        + "\nBiểu quyết giơ tay: 13/13 đ/c nhất trí.\n"
    )
    assert [item.rstrip(".") for item in fields(text).resolutions] == [
        task.rstrip(".") for task in TASKS
    ]


def test_a_task_table_cell_by_cell_with_a_row_number_on_the_line_before() -> None:
    text = (
        HEAD + ROLL + "Hội nghị thống nhất nhiệm vụ trọng tâm tháng 6/2024 như sau:\nTT\n"
        "Nội dung nhiệm vụ\n1\nGiải quyết đúng hạn các hồ sơ thủ tục\nhành chính, không để tồn đọng\n"
        "2\nĐẩy mạnh ứng dụng công nghệ thông tin, sử dụng chữ ký số trong\nvăn bản\n3\n"
        "Thực hành tiết kiệm, chống lãng phí trong\nsử dụng tài sản công\n"
        "V. KẾT QUẢ BIỂU QUYẾT\n"
    )
    assert fields(text).resolutions == [
        "Giải quyết đúng hạn các hồ sơ thủ tục hành chính, không để tồn đọng",
        "Đẩy mạnh ứng dụng công nghệ thông tin, sử dụng chữ ký số trong văn bản",
        "Thực hành tiết kiệm, chống lãng phí trong sử dụng tài sản công",
    ]


def test_a_deadline_column_read_into_the_wrapped_tasks() -> None:
    text = (
        HEAD + ROLL + "IV. NHIỆM VỤ THÁNG 6/2024\nNội dung nhiệm vụ\nThời gian thực hiện\n"
        "1/ Duy trì nghiêm chế độ trực ban,\nTháng 6/2024\ntrực chiến, sẵn sàng xử lý tình huống\n"
        "2/ Đẩy mạnh tuyên truyền phòng\nThường xuyên\nchống tội phạm ma túy trong thanh\nthiếu niên\n"
        "Kết quả biểu quyết: 13/13 đồng chí tán thành.\n"
    )
    assert fields(text).resolutions == [
        "Duy trì nghiêm chế độ trực ban trực chiến, sẵn sàng xử lý tình huống",
        "Đẩy mạnh tuyên truyền phòng chống tội phạm ma túy trong thanh thiếu niên",
    ]


@pytest.mark.parametrize(
    ("head", "branch", "parent"),
    [
        (
            "Đảng bộ xã Khánh Tiến\nChi bộ Quân sự xã Khánh Tiến\n",
            "Chi bộ Quân sự xã Khánh Tiến",
            "Đảng bộ xã Khánh Tiến",
        ),
        (
            "Đảng bộ xã Phước Quới ĐẢNG CỘNG SẢN VIỆT NAM\n"
            "Chi bộ Trạm Y tế xã Phước Quới Phước Quới, ngày 3/6/2019\n",
            "Chi bộ Trạm Y tế xã Phước Quới",
            "Đảng bộ xã Phước Quới",
        ),
        (
            "Đảng bộ xã An Sơn Nam ĐẢNG CỘNG SẢN VIỆT NAM\n"
            "Chi bộ Công ty TNHH Kim Sơn An Sơn Nam, ngày 3/1/2024\n",
            "Chi bộ Công ty TNHH Kim Sơn",
            "Đảng bộ xã An Sơn Nam",
        ),
        (
            "Đảng bộ thị trấn Xuân Hưng ĐẢNG CỘNG SẢN VIỆT NAM\n"
            "Chi bộ Quân sự thị trấn Xuân Xuân Hưng, ngày 15-9-2024\nHưng\n",
            "Chi bộ Quân sự thị trấn Xuân Hưng",
            "Đảng bộ thị trấn Xuân Hưng",
        ),
    ],
)
def test_a_letter_head_in_small_letters(head: str, branch: str, parent: str) -> None:
    result = fields(head + "BIÊN BẢN HỌP CHI BỘ\n" + ROLL)
    assert (result.branch, result.parent_committee) == (branch, parent)


def test_lettered_opinions() -> None:
    text = (
        HEAD + ROLL + "5. Thảo luận\nÝ kiến tham gia:\n"
        "a) Đồng chí Lê Văn Bình: Đề nghị sửa đường liên xóm.\n"
        "b) Đồng chí Mai Thị Hoa: Nêu việc thu quỹ còn chậm.\n"
        "IV. KẾT LUẬN\n"
    )
    assert fields(text).speakers == 2


# From AM/AN (measured once held out at 5bb49d2, then developed on).


def test_decisions_numbered_in_running_prose() -> None:
    text = (
        HEAD
        + ROLL
        + "Kết luận buổi sinh hoạt, đồng chí Lê Văn Hòa nêu rõ để đưa nội dung chuyên đề"
        " vào việc làm cụ thể, chi bộ thống nhất: (1) Vận động nhân dân nạo vét kênh mương;"
        " (2) Rà soát danh sách hộ nghèo để đề nghị hỗ trợ; (3) Thu nộp đảng phí đầy đủ,"
        " đúng quy định.\nChi bộ giao chi ủy hoàn chỉnh nghị quyết tháng.\n"
        "Chi bộ biểu quyết: 13/13 đồng chí tán thành.\n"
    )
    assert fields(text).resolutions == [
        "Vận động nhân dân nạo vét kênh mương",
        "Rà soát danh sách hộ nghèo để đề nghị hỗ trợ",
        "Thu nộp đảng phí đầy đủ, đúng quy định",
        "Chi bộ giao chi ủy hoàn chỉnh nghị quyết tháng",
    ]


def test_decisions_numbered_on_their_own_lines_after_a_long_sentence() -> None:
    text = (
        HEAD
        + ROLL
        + "Kết luận buổi sinh hoạt, đồng chí Lê Văn Hòa nêu rõ trong tháng 6/2024 chi bộ"
        " tập trung thực hiện các nhiệm vụ:\n(1) Vận động nhân dân nạo vét kênh mương;\n"
        "(2) Thu nộp đảng phí đầy đủ, đúng quy định.\nChi bộ biểu quyết: 13/13 đồng chí tán thành.\n"
    )
    assert fields(text).resolutions == [
        "Vận động nhân dân nạo vét kênh mương",
        "Thu nộp đảng phí đầy đủ, đúng quy định",
    ]


def test_a_task_table_whose_narrow_task_column_wraps_below_owner_and_deadline() -> None:
    text = (
        HEAD + ROLL + "* Chi bộ thống nhất việc làm theo chuyên đề.\n"
        "TT Việc cần làm Thực hiện Thời hạn\n"
        "1 Mỗi tổ chuyên môn Các tổ đảng trước 31/3\nthực hiện hai tiết dạy\nminh họa trong tháng\n"
        "2 Phụ đạo học sinh yếu Chi ủy trong tháng 4\nkém vào các buổi chiều\n"
        "3 Tổ chức ôn tập và kiểm đ/c Ngô Phương Duyên trước 14/4\ntra cuối học kỳ\n"
        "Chi bộ giao chi ủy hoàn chỉnh nghị quyết tháng.\n* Thông qua biên bản; bế mạc.\n"
    )
    assert fields(text).resolutions == [
        "Mỗi tổ chuyên môn thực hiện hai tiết dạy minh họa trong tháng",
        "Phụ đạo học sinh yếu kém vào các buổi chiều",
        "Tổ chức ôn tập và kiểm tra cuối học kỳ",
        "Chi bộ giao chi ủy hoàn chỉnh nghị quyết tháng",
    ]


def test_tasks_agreed_in_a_sentence_with_owner_and_deadline_lines() -> None:
    text = (
        HEAD + ROLL + "10 giờ: Chi bộ bàn và thống nhất việc làm tháng 6/2024.\n"
        "1. Vận động nhân dân nạo vét kênh mương.\n"
        "Thực hiện: Các tổ đảng. Thời hạn: trong tháng 6.\n"
        "2. Thu nộp đảng phí đầy đủ, đúng quy định.\n"
        "Thực hiện: Chi ủy. Thời hạn: thường xuyên.\n"
        "Biểu quyết giơ tay: 13/13 đồng chí tán thành.\n"
    )
    assert [item.rstrip(".") for item in fields(text).resolutions] == [
        "Vận động nhân dân nạo vét kênh mương",
        "Thu nộp đảng phí đầy đủ, đúng quy định",
    ]


def test_a_form_line_that_ends_in_a_count_before_the_next_label() -> None:
    text = (
        HEAD + "Tổng số đảng viên: 35 đ/c; miễn sinh hoạt: 0\nđ/c\n"
        "Có mặt: 33/35 đ/c; vắng: 2 đ/c (có lý do: 2; không lý do: 0)\n"
    )
    counts = fields(text).attendance
    assert (counts.total_members, counts.exempt, counts.present) == (35, 0, 33)


def test_a_discussion_told_in_running_prose() -> None:
    text = (
        HEAD + ROLL + "Chi bộ chuyển sang thảo luận. Phát biểu đầu tiên, đồng chí Lê Văn Bình đề"
        " nghị sửa đường. Tiếp lời, đồng chí Mai Thị Hoa đề nghị thu quỹ sớm. Đồng chí cũng"
        " thống nhất cao với báo cáo. Cuối cùng, đồng chí Trần Văn Hưng nêu việc rác thải.\n"
        "Kết luận buổi sinh hoạt, đồng chí Lê Văn Hòa nêu rõ các việc cần làm.\n"
    )
    assert fields(text).speakers == 3


# From AO/AP (measured once held out at 3699023, then developed on).


def test_a_cell_with_all_its_members_and_those_come_to_the_meeting() -> None:
    text = (
        HEAD + "CB có tất cả 35 ĐV, trong đó có 2 đ/c được miễn SH vì tuổi cao, sức yếu.\n"
        "Đến họp 32/33 đ/c, không ai vắng.\n"
    )
    counts = fields(text).attendance
    assert (counts.total_members, counts.exempt, counts.present) == (35, 2, 32)


@pytest.mark.parametrize(
    "markers",
    [
        ("Việc thứ nhất:", "Việc thứ hai:", "Việc thứ ba:"),
        ("NV1.", "NV2.", "NV3."),
    ],
)
def test_tasks_marked_as_tasks_under_any_heading(markers: tuple[str, ...]) -> None:
    listed = "\n".join(
        f"{marker} {task}\nPhụ trách: Chi ủy; thời hạn: trước 10/6."
        for marker, task in zip(markers, TASKS, strict=True)
    )
    text = HEAD + ROLL + "IV. VẬN DỤNG KẾT QUẢ CHUYÊN ĐỀ\n" + listed + "\nBiểu quyết: 13/13.\n"
    assert [item.rstrip(".") for item in fields(text).resolutions] == [
        task.rstrip(".") for task in TASKS
    ]


def test_a_check_of_one_member_is_no_list_of_tasks() -> None:
    text = (
        HEAD + ROLL + "* Chi ủy kiểm tra việc làm của đ/c Lê Văn Bình: đ/c làm tốt, không có sai"
        " phạm.\n* Đảng phí tháng 3: thu đủ.\n"
    )
    assert fields(text).resolutions == []


def test_guests_in_a_sentence_that_ends_in_ve_du_hop() -> None:
    text = (
        HEAD + "Có đồng chí La Thùy Trang - Đảng ủy viên phụ trách chi bộ; đồng chí Mai Hoài"
        " Nguyệt - Trưởng ban Tuyên giáo Đảng ủy về dự họp với CB.\n" + ROLL
    )
    assert fields(text).attendance.guests == ["La Thùy Trang", "Mai Hoài Nguyệt"]


@pytest.mark.parametrize(
    ("signatures", "secretary", "chair"),
    [
        ("THƯ KÝ CHỦ TRÌ\nSùng Thị Súa Tòng Văn Dính", "Sùng Thị Súa", "Tòng Văn Dính"),
        ("THƯ KÝ T/M CHI BỘ\nĐại úy La Bá Tuấn Trung tá La Thị Mai", "La Bá Tuấn", "La Thị Mai"),
    ],
)
def test_two_signatures_side_by_side_do_not_lengthen_a_name(
    signatures: str, secretary: str, chair: str
) -> None:
    text = (
        "CHI BỘ BẢN PÁ CHẠN\nBIÊN BẢN HỌP CHI BỘ\n"
        f"1. Chủ trì: đ/c {chair} - Bí thư chi bộ.\n2. Thư ký: đ/c {secretary}, chi ủy viên.\n"
        + ROLL
        + signatures
        + "\n"
    )
    result = fields(text)
    assert (result.secretary, result.chair) == (secretary, chair)


@pytest.mark.parametrize(
    ("head", "branch"),
    [
        (
            "Đảng bộ Cơ quan huyện Mỹ Sơn\nĐẢNG CỘNG SẢN VIỆT NAM\nChi bộ Phòng Tài nguyên và Môi\n"
            "Mỹ Sơn, ngày 3/6/2021\ntrường huyện Mỹ Sơn\n",
            "Chi bộ Phòng Tài nguyên và Môi trường huyện Mỹ Sơn",
        ),
        (
            "Đảng bộ phường Yên Xương Tây\nĐẢNG CỘNG SẢN VIỆT NAM\nChi bộ Quân sự phường Yên\n"
            "Yên Xương Tây, ngày 7 tháng 2 năm 2015\nXương Tây\n",
            "Chi bộ Quân sự phường Yên Xương Tây",
        ),
    ],
)
def test_a_head_in_small_letters_wrapped_below_the_place_and_date(head: str, branch: str) -> None:
    assert fields(head + "BIÊN BẢN HỌP CHI BỘ\n" + ROLL).branch == branch


@pytest.mark.parametrize(
    ("line", "present", "absent"),
    [
        ("- Kết quả thực hiện NQ tháng 11/2018:", "review", None),
        ("* Những việc đã làm theo NQ tháng 7:", "review", None),
        ("* Kiểm điểm việc làm tháng 1/2025 theo nghị quyết tháng trước:", "review", "criticism"),
        ("* Tin tức trong tháng (đ/c Lê Văn Hòa đọc cho CB nghe):", "current_affairs", None),
        (
            "* Đ/c Lê Văn Hòa phổ biến Kế hoạch số 9-KH/ĐU về phát triển kinh tế.",
            "directives",
            None,
        ),
    ],
)
def test_topics_in_other_words(line: str, present: str, absent: str | None) -> None:
    found = topics(HEAD + ROLL + line + "\n+ Vận động 19 hộ hiến đất làm đường.\n")
    assert present in found
    assert absent is None or absent not in found


# From AS/AT (measured once held out at 70db384, then developed on).


def test_a_roll_call_on_one_line_of_labels() -> None:
    text = HEAD + "Số đảng viên: 11 - có mặt: 9 - vắng: 2 (có lý do: 2, không lý do: 0).\n"
    counts = fields(text).attendance
    assert (counts.total_members, counts.present, counts.absent_excused) == (11, 9, 2)


def test_a_tally_under_its_heading_is_no_task() -> None:
    text = (
        HEAD
        + ROLL
        + "5. NHIỆM VỤ THÁNG 6/2024\n"
        + "\n".join(
            f"Thứ {word}: {task}" for word, task in zip(("nhất", "hai", "ba"), TASKS, strict=True)
        )
        + "\n6. BIỂU QUYẾT\nNhất trí: 13/13 đ/c có mặt (100%); không nhất trí: 0.\n"
    )
    assert [item.rstrip(".") for item in fields(text).resolutions] == [
        task.rstrip(".") for task in TASKS
    ]


def test_an_admission_vote_and_its_share_rather_than_the_minutes() -> None:
    text = (
        "CHI BỘ THÔN ĐÔNG\nBIÊN BẢN HỌP CHI BỘ BẤT THƯỜNG\n"
        "Tổng số đảng viên: 15 đồng chí; có mặt 15 đồng chí.\n"
        "Chi bộ thống nhất:\n- Đề nghị Đảng ủy xem xét kết nạp quần chúng Lê Văn An vào Đảng.\n"
        "Đảng viên chính thức biểu quyết đề nghị kết nạp: nhất trí 14/14\n(100%); không nhất"
        " trí: 0.\nBiên bản đã được thông qua, 15/15 đồng chí nhất trí.\n"
    )
    vote = fields(text).vote
    assert vote is not None
    assert (vote.agree, vote.total) == (14, 14)


def test_a_title_whose_opening_quote_ocr_lost() -> None:
    text = (
        HEAD + ROLL + "1/ Sinh hoạt chuyên đề: đ/c Mai Thị Lụa trình bày chuyên đề\n"
        "Phát huy tinh thần tự học, tự rèn luyện của cán bộ, đảng viên”. Sau\n"
        "đó các đ/c liên hệ với việc làm của bản thân.\n"
    )
    assert fields(text).thematic_title == (
        "Phát huy tinh thần tự học, tự rèn luyện của cán bộ, đảng viên"
    )


# From AU/AV (measured once held out at 4fcb562, then developed on).


@pytest.mark.parametrize(
    "heading", ["D. Công việc tháng 10-2014:", "C. Việc triển khai ngay:", "Công việc quý tới:"]
)
def test_tasks_under_the_work_ahead(heading: str) -> None:
    listed = "\n".join(f"- {task}" for task in TASKS)
    text = (
        HEAD + ROLL + "B. Nhìn lại việc làm tháng 8-2014:\n- Tổ chức 2 tiết dạy minh họa.\n"
        "- Duy trì sĩ số, không có học sinh bỏ học.\n"
        + heading
        + "\n"
        + listed
        + "\nBiểu quyết bằng hình thức giơ tay: 13/13 đồng chí nhất trí.\n"
    )
    result = fields(text)
    assert [item.rstrip(".") for item in result.resolutions] == [t.rstrip(".") for t in TASKS]
    assert "review" in result.topics


def test_the_minute_taker_named_is_no_task_given() -> None:
    text = (
        "CHI BỘ THÔN ĐÔNG\nBIÊN BẢN HỌP CHI BỘ\nĐiều hành: đồng chí Lê Văn Hòa (Bí thư chi bộ).\n"
        "Phân công đồng chí Mai Thị Lụa (chi ủy viên) ghi biên bản.\n" + ROLL
    )
    assert "member_assignment" not in topics(text)


@pytest.mark.parametrize(
    "heading", ["Kế đến, chi bộ nắm tình hình tư tưởng:", "C. Tư tưởng trong chi bộ và ngoài dân:"]
)
def test_what_members_think_under_its_own_heading(heading: str) -> None:
    text = HEAD + ROLL + heading + "\n+ Quần chúng nhân dân phấn khởi trước kết quả sản xuất.\n"
    assert "ideology" in topics(text)


# From AW/AX (measured once held out at d8a2159, then developed on).


def test_those_present_of_the_members_said_hien_dien() -> None:
    text = HEAD + "Hiện diện: 12/13 đảng viên.\nVắng: 1 đ/c (có phép).\n"
    counts = fields(text).attendance
    assert (counts.total_members, counts.present, counts.absent_excused) == (13, 12, 1)


@pytest.mark.parametrize(
    ("said", "speakers"),
    [
        ("Có hai đ/c góp ý, chủ yếu về: sửa đường liên xóm.", 2),
        ("Các đ/c dự họp thống nhất với các nội dung trên, không ai góp ý thêm.", 0),
    ],
)
def test_opinions_under_a_gop_y_heading(said: str, speakers: int) -> None:
    text = HEAD + ROLL + "Phần 4 - Đảng viên góp ý:\n" + said + "\nPhần 5 - Việc làm sắp tới:\n"
    assert fields(text).speakers == speakers


def test_a_meeting_over_midnight_is_dated_by_its_start() -> None:
    text = (
        "CHI BỘ THÔN ĐÔNG\nBIÊN BẢN HỌP CHI BỘ BẤT THƯỜNG\n"
        "- Thời gian: từ 22h30 ngày 05.05.2014 đến 0h30 ngày 06.05.2014.\n" + ROLL
    )
    result = fields(text)
    assert (result.date, result.duration_minutes) == ("2014-05-05", 120)

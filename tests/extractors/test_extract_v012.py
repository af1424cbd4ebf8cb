"""Extractor 0.12.0: "lý do" shortened to "LD" and "đ/c" as OCR reads it after a count; guests
"về dự với chi bộ:" and "đại biểu mời:"; a theme's title that a sentence about its presenter
follows; "làm TK"; "20g" before the day; a date after the weekday without "ngày"; a letter
head dated after the document's number; opinions "(3 ý kiến)", "Có tất cả ba ý kiến", "Không
/c nào phát biểu", "không có đảng viên đăng ký phát biểu"; a roll call kept as a table of rows
(its grid's specks and a "1" OCR glued to a number); list markers "a-" and "-_ 4.1.", a first
item "Nhiệm vụ 1: …" that is not a heading, an item a number cut; a place that the next
sentence follows; an end "… cùng ngày cuộc họp kết thúc"; a vote "12 đ/c nhất trí, 1 đ/c chưa
nhất trí"; a cell's name beside the right column's place that the parent's wrapped name
repeats; a family name OCR misread. Then: roll calls said plainly ("đi họp", "có mặt tại buổi
sinh hoạt", "ĐV: 12.", "đều có báo", "… già yếu được miễn"), "Vắng CLD/KLD" heads, a vote "trên
tổng số" that is no total, discussions under "Thứ hai:", "IH." or a sentence, guests "được đón",
a place "… để sinh hoạt", "Chủ trì họp:", lists under headings said in prose, and tables of
tasks without numbers or through a worn grid."""

from __future__ import annotations

import datetime as dt

import pytest

from bienban.extractors import EXTRACTOR_VERSION, extract_fields
from bienban.extractors.people import with_known_surname
from bienban.models import Page
from bienban.pipeline.normalise import normalise_page

HEAD = (
    "ĐẢNG ỦY XÃ TÂN PHÚ ĐẢNG CỘNG SẢN VIỆT NAM\nCHI BỘ ẤP BÀU SEN\n"
    "Tân Phú, ngày 12 tháng 6 năm 2023\nBIÊN BẢN HỌP CHI BỘ\n"
    "Lúc 19 giờ 15 ngày 12/6/2023, tại nhà văn hóa ấp Bàu Sen, chi bộ họp thường kỳ.\n"
    "Chủ trì: đồng chí Trương Văn Lực, Bí thư chi bộ. Thư ký: đồng chí Hồ Thị Cúc.\n"
)
ROLL = "Tổng số đảng viên: 21 đồng chí; có mặt 20 đồng chí; vắng 1 (có phép).\n"
TASKS = (
    "Vận động các hộ trồng cây xanh dọc tuyến đường liên ấp.",
    "Hoàn thành thu quỹ khuyến học trước ngày 30/6.",
    "Rà soát hộ cận nghèo để đề nghị hỗ trợ bảo hiểm y tế.",
)


def fields(text: str):  # noqa: ANN201 - the extractor's result
    return extract_fields([normalise_page(Page(number=1, text=text))])


def counts(text: str) -> tuple[int | None, ...]:
    a = fields(text).attendance
    return (a.total_members, a.exempt, a.present, a.absent_excused, a.absent_unexcused)


def test_version() -> None:
    assert EXTRACTOR_VERSION == "0.12.0"


@pytest.mark.parametrize(
    ("roll", "expected"),
    [
        ("Chi bộ có 21 ĐV, 19 đ/c dự họp, vắng 2 đ/c có LD.", (21, None, 19, 2, 0)),
        ("Tổng số ĐV: 21; có mặt: 18; vắng: 3 (có LD: 2, không LD: 1).", (21, None, 18, 2, 1)),
        (
            "Tổng số đảng viên: 21 đc.\nCó mặt: 20 đíc.\nVắng: một đí/c, có lý do.",
            (21, None, 20, 1, 0),
        ),
        (
            "Tổng số đảng viên: 21 đ/c.\nCó mặt: 20 ö/c.\nVắng: 1 ỡ/c, không lý đo.",
            (21, None, 20, 0, 1),
        ),
    ],
)
def test_reasons_shortened_and_units_as_ocr_reads_them(
    roll: str, expected: tuple[int | None, ...]
) -> None:
    assert counts(HEAD + roll + "\nNội dung 1 - Thời sự\n") == expected


@pytest.mark.parametrize(
    "line",
    [
        "Về dự với chi bộ: Bà Lâm Thị Ngọc, Phó Chủ tịch UBND xã; đồng chí Kha Văn Tư, cán bộ Văn phòng Đảng ủy.",
        "- Đại biểu mời: đồng chí Lâm Thị Ngọc - Đảng ủy viên; Ông Kha Văn Tư - Chủ tịch Ủy ban MTTQ xã.",
    ],
)
def test_guests_after_labels_that_say_who_came(line: str) -> None:
    guests = fields(HEAD + line + "\n" + ROLL).attendance.guests
    assert guests == ["Lâm Thị Ngọc", "Kha Văn Tư"]


def test_a_title_followed_by_a_sentence_about_it() -> None:
    text = (
        HEAD + ROLL + "* Chuyên đề: Phát huy vai trò nêu gương của đảng viên nơi cư trú. "
        "Đ/c Hồ Thị Cúc trình bày, ĐV liên hệ bản thân.\n"
    )
    assert fields(text).thematic_title == "Phát huy vai trò nêu gương của đảng viên nơi cư trú"


def test_an_abbreviation_stop_does_not_end_a_title() -> None:
    text = HEAD + ROLL + "Chuyên đề: Học tập gương người tốt ở TP. Hồ Chí Minh\n"
    assert fields(text).thematic_title == "Học tập gương người tốt ở TP. Hồ Chí Minh"


def test_a_secretary_who_makes_the_minutes_abbreviated() -> None:
    text = (
        "CHI BỘ ẤP BÀU SEN\nBIÊN BẢN HỌP CHI BỘ\n"
        "Đ/c Trương Văn Lực - BT CB chủ trì; đ/c Hồ Thị Cúc (CUV) làm TK.\n" + ROLL
    )
    result = fields(text)
    assert (result.chair, result.secretary) == ("Trương Văn Lực", "Hồ Thị Cúc")


def test_an_hour_with_g_alone_before_the_day() -> None:
    text = "CHI BỘ ẤP BÀU SEN\nBIÊN BẢN HỌP CHI BỘ\nVào lúc 20g ngày 7/3/2020, tại hội trường ấp.\n"
    result = fields(text + ROLL)
    assert (str(result.start_time)[:5], result.date) == ("20:00", "2020-03-07")


def test_a_date_after_the_weekday_without_ngay() -> None:
    text = (
        "CHI BỘ ẤP BÀU SEN\nSố: 12-BB/CB Tân Phú, ngày 5 tháng 5 năm 2017\nBIÊN BẢN\n"
        "Ngày họp: thứ Sáu, 5 tháng 5 năm 2017 - bắt đầu 07h15'.\n" + ROLL
    )
    result = fields(text)
    assert result.date == "2017-05-05"
    assert not any("đầu biên bản" in w for w in result.warnings)


def test_a_letter_head_dated_after_the_document_number() -> None:
    text = "CHI BỘ ẤP BÀU SEN\nSố: 12-BB/CB Tân Phú, ngày 5 tháng 5 năm 2017\nBIÊN BẢN\n" + ROLL
    assert fields(text).date == "2017-05-05"


@pytest.mark.parametrize(
    ("part", "speakers"),
    [
        ("* Ý kiến ĐV (3 ý kiến):\n- đ/c Lê Văn Bình: đề nghị sửa cống.\n", 3),
        ("2) Ý kiến thảo luận:\nCó tất cả ba ý kiến, chủ yếu bàn về việc sửa cống.\n", 3),
        ("* Ý kiến ĐV: cớ hai ý kiến, tập trung vào việc sửa cống.\n", 2),
        ("Nội dung 2 - Thảo luận\nKhông /c nào phát biểu ý kiến.\n", 0),
        ("Nội dung 5: Thảo luận, đóng góp ý kiến.\nKhông có đảng viên đăng ký phát biểu.\n", 0),
    ],
)
def test_opinions_stated_or_none(part: str, speakers: int) -> None:
    assert fields(HEAD + ROLL + part + "Biên bản kết thúc lúc 21 giờ.\n").speakers == speakers


ROWS_HEAD = HEAD + "- Tình hình đảng viên dự họp:\nSTT Chỉ tiêu Số lượng Ghi chú\n"


def test_a_roll_call_as_a_table_of_rows() -> None:
    rows = (
        "1 Tổng số đảng viên 17\n2 Miễn sinh hoạt 01\n3 Có mặt T6 tỷ lệ 100%\n"
        "4 Vắng có lý do 00\n5 Vắng không lý do 00\nII. NỘI DUNG SINH HOẠT\n"
    )
    assert counts(ROWS_HEAD + rows) == (17, 1, 16, 0, 0)


def test_a_table_of_rows_through_its_grid() -> None:
    rows = (
        "Tổng số đảngviên —] 9 Ị :\n[ b l Có mặt T 7 T tỷ lệ 77,8% I\n"
        "3 Vắng có lý đo † 2 đ/c Lê Văn An (ốm);\nđ/c Hồ Văn Bé (đi học)\n"
        "4 Vãng không lý do í 0 i\nII. NỘI DUNG SINH HOẠT\n"
    )
    assert counts(ROWS_HEAD + rows) == (9, None, 7, 2, 0)


def test_a_one_the_grid_ran_into_chosen_by_the_arithmetic() -> None:
    rows = (
        "Tổng số đảng viên — 22\nMiễn sinh hoạt Ô\nPhải dự 22\nCó mặt 2} tỷ lệ 95,5%\n"
        "Vắng có lý do 1\nVắng không lý do 0\nII. NỘI DUNG SINH HOẠT\n"
    )
    assert counts(ROWS_HEAD + rows) == (22, 0, 21, 1, 0)


def test_a_row_number_is_not_a_count_before_its_label() -> None:
    text = ROWS_HEAD + "3 Có mặt 16 tỷ lệ 94%\nII. NỘI DUNG SINH HOẠT\n"
    assert fields(text).attendance.present == 16


def test_a_number_on_the_line_above_is_not_the_exempt() -> None:
    text = HEAD + "Tổng số đảng viên — 22\nMiễn sinh hoạt\nCó mặt 21\n"
    assert fields(text).attendance.exempt is None


def resolutions(text: str) -> list[str]:
    return list(fields(text).resolutions)


def test_items_lettered_with_a_dash() -> None:
    items = "".join(f"{letter}- {task}\n" for letter, task in zip("abc", TASKS, strict=True))
    text = HEAD + ROLL + "Chi bộ thống nhất các việc phải làm ngay:\n" + items
    assert resolutions(text + "Chi bộ biểu quyết nhất trí 20/20.\n") == list(TASKS)


def test_items_named_by_their_number_under_a_heading() -> None:
    items = "".join(f"Nhiệm vụ {i}: {task}\n" for i, task in enumerate(TASKS, 1))
    text = HEAD + ROLL + "Chi bộ thống nhất nhiệm vụ trọng tâm tháng 7/2023:\n" + items
    assert resolutions(text + "Chi bộ kết thúc lúc 21 giờ.\n") == list(TASKS)


def test_a_first_item_with_specks_before_its_number() -> None:
    items = "".join(f"4.{i}. {task}\n" for i, task in enumerate(TASKS, 1)).replace("4.1", "-_ 4.1")
    text = HEAD + ROLL + "IV. KẾT LUẬN, NGHỊ QUYẾT\nChi bộ thống nhất nhiệm vụ tháng 7:\n" + items
    assert len(resolutions(text + "Kết quả biểu quyết: 20/20.\n")) == 3


def test_an_item_a_number_cut() -> None:
    text = (
        HEAD + ROLL + "Chi bộ thống nhất các việc phải làm ngay:\n"
        "a- Giao đồng chí Lực phối hợp trực\n24/24\n"
        "giờ trong thời gian mưa bão.\nb- " + TASKS[0] + "\nBiểu quyết: 20/20 nhất trí.\n"
    )
    found = resolutions(text)
    assert found[0] == "Giao đồng chí Lực phối hợp trực 24/24 giờ trong thời gian mưa bão."
    assert len(found) == 2


def test_what_a_member_presented_is_no_task() -> None:
    text = (
        HEAD + ROLL + "3.1. Nhiệm vụ đột xuất\n- Đ/c Trương Văn Lực truyền đạt chỉ đạo của "
        "cấp trên về phòng chống bão.\n4. Ý KIẾN THẢO LUẬN\n"
    )
    assert resolutions(text) == []


def test_a_place_that_the_next_sentence_follows() -> None:
    text = (
        "CHI BỘ ẤP BÀU SEN\nBIÊN BẢN\nHôm nay ngày 3 tháng 7 năm 2012, chi bộ họp định kỳ tại\n"
        "phòng họp Ban Chỉ huy Quân sự phường. Bắt đầu từ 15 giờ 15'.\n" + ROLL
    )
    assert fields(text).location == "phòng họp Ban Chỉ huy Quân sự phường"


def test_an_end_said_after_the_day() -> None:
    text = HEAD + ROLL + "Đấn 9 giờ 30 phút tối cùng ngày cuộc họp kết thúc.\n"
    assert str(fields(text).end_time)[:5] == "21:30"


def test_a_vote_with_those_not_yet_agreeing() -> None:
    line = "Biểu quyết: 12 đ/c nhất trí, 1 đ/c chưa nhất trí (trên 13 đ/c dự họp).\n"
    vote = fields(HEAD + ROLL + "Chi bộ thống nhất:\n- " + TASKS[0] + "\n" + line).vote
    assert vote is not None
    assert (vote.agree, vote.total) == (12, 13)


def test_a_cell_beside_a_place_the_parents_wrapped_name_repeats() -> None:
    text = (
        "Đảng bộ Công an huyện Thanh ĐẢNG CỘNG SẢN VIỆT NAM\nQuới\n"
        "Chi bộ Đội Tổng hợp Thanh Quới, ngày 05 tháng 04 năm 2023\nBIÊN BẢN SINH HOẠT CHI BỘ\n"
        + ROLL
    )
    result = fields(text)
    assert result.branch == "Chi bộ Đội Tổng hợp"
    assert result.parent_committee == "Đảng bộ Công an huyện Thanh Quới"


@pytest.mark.parametrize(
    ("read", "meant"),
    [
        ("Đỉnh Thế Hậu", "Đinh Thế Hậu"),
        ("Hưỳnh Trọng Nhân", "Huỳnh Trọng Nhân"),
        ("Đinh Thế Hậu", "Đinh Thế Hậu"),
        ("Lã Văn An", "Lã Văn An"),  # "La" and "Lã" share their letters: left as read
        ("Định Hậu", "Định Hậu"),  # two words: the first may be a given name
    ],
)
def test_a_family_name_ocr_misread(read: str, meant: str) -> None:
    assert with_known_surname(read) == meant


def test_the_date_of_a_meeting_is_unchanged_by_the_bare_form() -> None:
    text = HEAD + ROLL
    assert fields(text).date == dt.date(2023, 6, 12).isoformat()


# From the second pair of this version (colloquial roll calls, prose minutes, tables of tasks
# without numbers).


@pytest.mark.parametrize(
    ("roll", "expected"),
    [
        (
            "Chi bộ có mười tám đảng viên.\nHôm nay đi họp mười sáu đ/c, vắng hai đ/c, đều có báo.",
            (18, None, 16, 2, 0),
        ),
        (
            "Số đảng viên: chín\nMiễn sinh hoạt: không\nĐi họp: tám\nVắng: một - Lê Văn An: đau chân",
            (9, 0, 8, 1, 0),
        ),
        (
            "Chi bộ hiện có 14 đảng viên. Có mặt tại buổi sinh hoạt 13 đồng chí; vắng mặt 1 "
            "đồng chí (đều có lý do).",
            (14, None, 13, 1, 0),
        ),
        (
            "ĐV: 12. Miễn SH: 1. Có mặt: 9/11. Vắng: 2 (có lý do 2, không lý do 0).",
            (12, 1, 9, 2, 0),
        ),
        (
            "Chi bộ có bảy đảng viên.\nMột đ/c già yếu được miễn sinh hoạt.\n"
            "Hôm nay đi họp sáu đ/c, không ai vắng.",
            (7, 1, 6, 0, 0),
        ),
    ],
)
def test_roll_calls_said_plainly(roll: str, expected: tuple[int | None, ...]) -> None:
    assert counts(HEAD + roll + "\nNội dung 1 - Thời sự\n") == expected


def test_a_vote_said_of_the_total_is_no_total_of_members() -> None:
    text = (
        HEAD + "Chi bộ hiện có hai mươi bảy đảng viên. Có mặt tại buổi sinh hoạt hai mươi sáu "
        "đồng chí; vắng mặt một đồng chí (không lý do).\nChi bộ thống nhất:\n- " + TASKS[0] + "\n"
        "Nghị quyết được chi bộ biểu quyết thông qua: hai mươi sáu trên tổng số hai mươi sáu "
        "đồng chí dự họp giơ ! tay tán thành.\n"
    )
    result = fields(text)
    assert result.attendance.total_members == 27
    assert result.vote is not None
    assert (result.vote.agree, result.vote.total) == (26, 26)


def test_a_present_count_of_the_total_is_still_read() -> None:
    text = HEAD + "– Đến dự chín trên tổng số mười đảng viên của chi bộ; vắng một.\n"
    assert fields(text).attendance.total_members == 10


def test_a_table_head_with_its_absences_shortened() -> None:
    text = (
        HEAD + "- Tình hình đảng viên dự sinh hoạt:\n"
        "Tổng số Miễn SH Phải có Có mặt Vắng CLD Vắng KLD\nĐV\nmặt\n11 1 10 9 1 0\n"
    )
    assert counts(text) == (11, 1, 9, 1, 0)


@pytest.mark.parametrize(
    ("part", "speakers"),
    [
        (
            "Thứ hai: Ý kiến đảng viên.\nĐ/c Lê Văn Bình:\nĐề nghị sửa cống.\n"
            "Đ/c Mai Thị Hoa:\nĐề nghị thu quỹ sớm.\n",
            2,
        ),
        (
            "Sau khi nghe các báo cáo, chi bộ tiến hành thảo luận.\nMở đầu, đồng chí Lê Văn "
            "Bình đề nghị sửa cống.\nTiếp đó, đồng chí Mai Thị Hoa đề nghị thu quỹ sớm.\n",
            2,
        ),
        (
            "5/ Thảo luận\nCác đồng chí đảng viên thống nhất với các nội dung trên, không tham "
            "gia ý kiến thêm.\n",
            0,
        ),
        ("IH. THẢO LUẬN\n- Đ/c Lê Văn Bình: Đề nghị sửa cống trước mùa mưa.\n", 1),
    ],
)
def test_discussions_headed_and_told_in_other_ways(part: str, speakers: int) -> None:
    text = HEAD + ROLL + part + "IV. NGHỊ QUYẾT\nChi bộ thống nhất:\n- " + TASKS[0] + "\n"
    assert fields(text).speakers == speakers


def test_guests_welcomed_in_a_sentence() -> None:
    line = (
        "Chi bộ vinh dự được đón đồng chí Lâm Thị Ngọc (Phó Bí thư Đảng ủy xã) và bà Kha "
        "Thị Tư (Đảng ủy viên phụ trách chi bộ) về dự và chỉ đạo buổi sinh hoạt.\n"
    )
    assert fields(HEAD + ROLL + line).attendance.guests == ["Lâm Thị Ngọc", "Kha Thị Tư"]


def test_a_place_that_says_what_for() -> None:
    text = (
        "CHI BỘ ẤP BÀU SEN\nBIÊN BẢN\nVào thứ Sáu, ngày 25 tháng 3 năm 2016, đúng 18 giờ, các "
        "đồng chí đảng viên đã có mặt tại Nhà văn hóa ấp Bàu Sen để sinh hoạt thường kỳ.\n" + ROLL
    )
    result = fields(text)
    assert result.location == "Nhà văn hóa ấp Bàu Sen"
    assert str(result.start_time)[:5] == "18:00"


def test_a_chair_labelled_with_hop() -> None:
    text = "CHI BỘ ẤP BÀU SEN\nBIÊN BẢN\nChủ trì họp: đ/c Trương Văn Lực.\nNgười ghi: đ/c Hồ Thị Cúc.\n"
    result = fields(text + ROLL)
    assert (result.chair, result.secretary) == ("Trương Văn Lực", "Hồ Thị Cúc")


@pytest.mark.parametrize(
    "heading",
    [
        "Tháng 7/2023 chi bộ làm những việc sau:",
        "Sau khi thảo luận, chi bộ thống nhất:",
        "Kết luận buổi sinh hoạt, đồng chí chủ trì nêu những việc chi bộ cần tập trung làm trong "
        "tháng Mười một:",
    ],
)
def test_lists_under_headings_said_in_prose(heading: str) -> None:
    items = "".join(f"{i}- {task}\n" for i, task in enumerate(TASKS, 1))
    text = HEAD + ROLL + heading + "\n" + items + "Biểu quyết: cả hai mươi đ/c đều đồng ý.\n"
    assert resolutions(text) == list(TASKS)


def test_tasks_listed_after_a_long_lead_on_one_line() -> None:
    text = (
        HEAD + ROLL + "Kết luận buổi sinh hoạt, đồng chí chủ trì nêu những việc chi bộ cần tập "
        "trung làm trong tháng Tư: vận động các hộ trồng cây xanh; hoàn thành thu quỹ khuyến "
        "học trước ngày 30/6.\nViệc khác: không.\n"
    )
    assert len(resolutions(text)) == 2


def test_a_table_of_tasks_without_numbers() -> None:
    text = (
        HEAD + ROLL + "Chi bộ thống nhất phương hướng, nhiệm vụ tháng 7/2023 như sau:\n"
        "Nội dung công việc\nNgười thực hiện\nVận động các hộ trồng cây xanh dọc\n"
        "Đ/c Trương Văn Lực\ntuyến đường liên ấp\nChi ủy tiến hành kiểm tra việc thực hiện\n"
        "Toàn thể đảng viên\nnhiệm vụ của đảng viên theo kế hoạch năm\n"
        "Hoàn thành thu quỹ khuyến học Chi ủy\nChi bộ biểu quyết bằng hình thức giơ tay: 20/20.\n"
    )
    assert resolutions(text) == [
        "Vận động các hộ trồng cây xanh dọc tuyến đường liên ấp",
        "Chi ủy tiến hành kiểm tra việc thực hiện nhiệm vụ của đảng viên theo kế hoạch năm",
        "Hoàn thành thu quỹ khuyến học",
    ]


def test_a_numbered_table_of_tasks_through_its_grid() -> None:
    text = (
        HEAD + ROLL + 'IV. NGHỊ QUYẾT\nNhiệm vụ tháng 9/2014:\nL\nTT " Nội dung\n'
        "1 [ Khám sàng lọc tăng huyết áp cho\nngười trên 40 tuổi\n2 " + TASKS[0] + "\n"
        "Chi bộ biểu quyết: 20/20 nhất trí.\n"
    )
    assert resolutions(text) == [
        "Khám sàng lọc tăng huyết áp cho người trên 40 tuổi",
        TASKS[0],
    ]


# From BG/BH: a cell named with its parent in brackets, a minutes book's "Người ghi sổ", guests
# "(nếu có)", a numbered place label, "Kiểm điểm NQ tháng …", a directive "do cấp trên chỉ đạo".


def test_a_cell_named_with_its_parent_in_brackets() -> None:
    text = (
        "(Chép lại từ sổ biên bản sinh hoạt của chi bộ, trang 40)\n"
        "Chi bộ thôn Bàu Sen (Đảng ủy xã Tân Phú)\nBiên bản sinh hoạt chi bộ tháng 9 năm 2025\n"
        "Ngày 7-9-2025, Chi bộ thôn Bàu Sen họp thường kỳ tháng 9 tại Hội trường thôn.\n"
        "Chủ trì: đ/c Trương Văn Lực (Bí thư). Người ghi sổ: đ/c Hồ Thị Cúc.\n" + ROLL
    )
    result = fields(text)
    assert result.branch == "Chi bộ thôn Bàu Sen"
    assert result.parent_committee == "Đảng ủy xã Tân Phú"
    assert result.secretary == "Hồ Thị Cúc"


def test_labels_of_a_numbered_form() -> None:
    text = (
        "CHI BỘ ẤP BÀU SEN\nBIÊN BẢN\n1. Ngày sinh hoạt: 10 tháng 09 năm 2023 (Chủ nhật).\n"
        "2. Giờ bắt đầu: 14h15.\n3. Địa điểm: phòng giao ban.\n"
        "4. Đại biểu tham dự (nếu có): Bà Lâm Thị Ngọc – Đảng ủy viên phụ trách chi bộ.\n" + ROLL
    )
    result = fields(text)
    assert result.location == "phòng giao ban"
    assert result.attendance.guests == ["Lâm Thị Ngọc"]


def test_a_place_before_the_next_lines_label() -> None:
    text = (
        "CHI BỘ ẤP BÀU SEN\nBIÊN BẢN\nNgày 5-9-2025, chi bộ họp thường kỳ tại phòng họp Ban "
        "Chỉ huy Quân sự thị trấn\nGiờ vào họp: 8h.\n" + ROLL
    )
    assert fields(text).location == "phòng họp Ban Chỉ huy Quân sự thị trấn"


def test_the_review_of_last_months_resolution_is_no_criticism() -> None:
    text = (
        HEAD + ROLL + "2) Kiểm điểm NQ tháng 11: làm được: tổ chức tập huấn; còn tồn tại: chậm.\n"
    )
    found = topics_of(text)
    assert "review" in found
    assert "criticism" not in found


def test_work_the_higher_level_directed() -> None:
    text = HEAD + ROLL + "(Về nội dung: triển khai ngay công việc đột xuất do cấp trên chỉ đạo)\n"
    assert "directives" in topics_of(text)


def test_the_title_and_a_tally_are_no_headings_of_tasks() -> None:
    text = (
        "CHI BỘ ẤP BÀU SEN\nBIÊN BẢN\nHọp chi bộ bất thường - triển khai nhiệm vụ đột xuất\n"
        "Ngày họp: thứ Năm, 15 tháng 11 năm 2018 - bắt đầu 19h30.\nTại: Nhà văn hóa ấp.\n"
        + ROLL
        + "Chi bộ thống nhất:\n1) "
        + TASKS[0]
        + "\nTán thành nghị quyết: 20/20 đ/c dự họp (100%).\n"
    )
    assert resolutions(text) == [TASKS[0]]


def topics_of(text: str) -> list[str]:
    return list(fields(text).topics)


def test_a_table_head_whose_vang_ocr_lost() -> None:
    text = (
        HEAD + "Tình hình dự họp:\nTổng số ĐV Có mặt ° Vắng có lý do Lo không lý =\n24 24 00 00\n"
        "II. NỘI DUNG\n"
    )
    assert counts(text) == (24, None, 24, 0, 0)


# From BI/BJ: the form's "dự sinh hoạt", "Đến họp có N đồng chí", "viết biên bản", opinions
# told without a heading, and a look back at last month's work is no list of tasks.


@pytest.mark.parametrize(
    ("roll", "expected"),
    [
        (
            "Đảng viên trong danh sách: 6, miễn công tác và sinh hoạt đảng: 1; dự sinh hoạt: 4, "
            "đạt 80%; vắng có lý do: 0, vắng không lý do: 1.",
            (6, 1, 4, 0, 1),
        ),
        (
            "Chi bộ có tất cả 11 đảng viên. Đến họp có 9 đồng chí, vắng 2 đồng chí (có lý do).",
            (11, None, 9, 2, 0),
        ),
    ],
)
def test_roll_calls_of_a_form_and_of_a_narrative(
    roll: str, expected: tuple[int | None, ...]
) -> None:
    assert counts(HEAD + roll + "\nNội dung 1 - Thời sự\n") == expected


def test_a_narrative_with_its_secretary_and_opinions_told() -> None:
    text = (
        "CHI BỘ ẤP BÀU SEN\nBIÊN BẢN HỌP CHI BỘ\nNgày 7/8/2013, chi bộ họp thường kỳ tại nhà văn "
        "hóa ấp.\n" + ROLL + "Chủ trì là đồng chí Trương Văn Lực (Bí thư chi bộ); người viết biên "
        "bản là đồng chí Hồ Thị Cúc.\nKế đến, chi bộ điểm lại việc làm theo nghị quyết tháng 7: "
        "sửa xong cống; thu đủ quỹ.\nĐồng chí Lê Văn Bình đề nghị sửa cống trước mùa mưa.\n"
        "Đồng chí Mai Thị Hoa phản ánh đường liên ấp xuống cấp.\nCuối buổi, chi bộ thống nhất "
        "tháng 9 làm những việc sau: vận động trồng cây; thu quỹ khuyến học.\n"
    )
    result = fields(text)
    assert result.secretary == "Hồ Thị Cúc"
    assert result.speakers == 2
    assert result.resolutions == ["vận động trồng cây", "thu quỹ khuyến học."]


def test_nobody_said_is_not_outcounted_by_a_report() -> None:
    text = (
        HEAD + ROLL + "Đồng chí Trương Văn Lực đề nghị các đồng chí cho ý kiến.\n"
        "Không đồng chí nào có ý kiến thêm.\n"
    )
    assert fields(text).speakers == 0


def test_a_total_of_members_with_the_d_doubled_and_a_guest_watching() -> None:
    text = (
        HEAD + "Thành phần: Tổng số ĐĐV: 12; miễn SH: 0; có mặt: 11; vắng: 1 ĐV.\n"
        "Đến dự và theo đõi buổi sinh hoạt có đồng chí Lâm Thị Ngọc (Phó Chủ tịch UBND xã).\n"
    )
    result = fields(text)
    assert result.attendance.total_members == 12
    assert result.attendance.guests == ["Lâm Thị Ngọc"]

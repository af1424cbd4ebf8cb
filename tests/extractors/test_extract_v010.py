"""Extractor 0.10.0: lists whose bullets OCR garbled or never had (items are sentences after an
intro with a colon), items lettered "(a)", a part's heading that ends a list, "Số đồng chí phát
biểu", a contribution after a connective or by a guest, a total "Đảng viên của chi bộ", counts
restated in brackets before "có xin phép", zero said as "không", a speck read as a digit in a
roll call table, a letter head whose date shares the cell's line, ballots issued in a vote;
speakers named without an honorific or in a table, a heading lettered "B/", an issued document's
date and the next meeting's set aside for the letter head's, a name that ends before "Vắng";
dates with a two-digit year or a Roman month, opinions numbered in words, tables of speakers,
absentees, votes and tasks (the deadline column taken out), "trên" in a vote; roles said with
"là", clocks "7.15" and "8h30p", totals "Sĩ số", "quản lý", "Tổng cộng", absentees listed by
kind, nobody spoke said mid-sentence, opinions credited at their end or after a lead clause,
tasks numbered "Nhiệm vụ 1:" or in a one-column table; a place in the cell below its label, votes
"thuận … chống …", the part of the day said before the date; "tháng 9/2013", clocks in words, a
roll call under "PHẦN THỨ NHẤT – KHAI MẠC", a vote line's "tổng số" no total of members, opinions
counted under their heading, ballots for and in all; a log of stamped steps with the cue at the
end of the line, a day in words, a label's number alone on the next line, restated ballots; a clock
on the line after "vào lúc", a show of hands ("giơ tay", folded "giờ tay") whose "tổng số" is no
total; a roll call kept by party group ("Tổ đảng | Đảng viên | …", a sum row "Cộng"); a name
that ends before the cell's "Chi bộ", full members voting on an admission."""

from __future__ import annotations

from bienban.extractors import extract_fields
from bienban.extractors.counts import Counts, repair_digit_error
from bienban.extractors.hits import Hit
from bienban.models import Page
from bienban.pipeline.normalise import normalise_page

HEAD = (
    "ĐẢNG ỦY XÃ PHÚ LỘC ĐẢNG CỘNG SẢN VIỆT NAM\nCHI BỘ THÔN ĐÔNG\n"
    "Phú Lộc, ngày 9 tháng 5 năm 2024\nBIÊN BẢN HỌP CHI BỘ\nTháng 5 năm 2024\n"
    "Thời gian: 19 giờ 30, tại nhà văn hóa thôn Đông.\n"
    "Chủ trì: đồng chí Lê Văn Hòa, Bí thư chi bộ. Thư ký: đồng chí Mai Thị Lụa.\n"
)
ROLL = "Tổng số đảng viên: 14 đồng chí; có mặt 13 đồng chí; vắng 1 (có phép).\n"
REPORT = "Phần một: Thông tin thời sự\nChi ủy thông tin tình hình thời sự trong tháng.\n"


def fields(text: str):  # noqa: ANN201 - the extractor's result
    return extract_fields([normalise_page(Page(number=1, text=text))])


def items(text: str) -> list[str]:
    return [item.rstrip(".") for item in fields(text).resolutions]


TASKS = (
    "Vận động nhân dân nạo vét kênh mương trước mùa mưa.",
    "Rà soát danh sách hộ nghèo để đề nghị hỗ trợ.",
    "Thu nộp đảng phí đầy đủ, đúng quy định.",
)


def test_an_unmarked_list_after_an_intro_ends_at_the_vote() -> None:
    text = (
        HEAD
        + ROLL
        + REPORT
        + "Phần hai: Chi bộ thống nhất\nChi bộ thống nhất nhiệm vụ tháng 6:\n"
        + "\n".join(TASKS)
        + "\nKết quả biểu quyết: thống nhất 13/13 đảng viên.\n"
        "Đảng phí thu được trong buổi họp: 390.000 đồng.\n"
        "Biên bản đã được thông qua, các đồng chí dự họp thống nhất 100%.\n"
    )
    assert items(text) == [t.rstrip(".") for t in TASKS]


def test_bullets_ocr_garbled_or_read_as_a_dash_stay_one_list() -> None:
    garbled = ("I ", "[I ", "5° ")
    lines = [mark + task for mark, task in zip(garbled, TASKS, strict=True)]
    lines.insert(2, "• Tổ chức ra quân làm vệ sinh đường làng vào chủ nhật.")
    text = HEAD + ROLL + REPORT + "Chi bộ thống nhất thực hiện:\n" + "\n".join(lines) + "\n"
    text += "Kết quả biểu quyết: thống nhất 13/13 đảng viên.\n"
    assert items(text) == [
        TASKS[0].rstrip("."),
        TASKS[1].rstrip("."),
        "Tổ chức ra quân làm vệ sinh đường làng vào chủ nhật",
        TASKS[2].rstrip("."),
    ]


def test_items_lettered_in_brackets_end_before_the_next_part() -> None:
    lettered = "\n".join(f"({chr(97 + i)}) {task}" for i, task in enumerate(TASKS))
    text = (
        HEAD + ROLL + REPORT + "D/ NGHỊ QUYẾT\nChi bộ thống nhất:\n" + lettered + "\n"
        "Bỏ phiếu kín: phát ra 13 phiếu, đồng ý kỷ luật 12 phiếu.\nE/ KẾT THÚC\n"
        "Cuộc họp kết thúc lúc 21 giờ.\n"
    )
    got = fields(text)
    assert [r.rstrip(".") for r in got.resolutions] == [t.rstrip(".") for t in TASKS]
    assert got.vote is not None and (got.vote.agree, got.vote.total) == (12, 13)


def test_a_stated_number_of_members_who_spoke() -> None:
    text = HEAD + ROLL + REPORT + "Thảo luận:\nSố đồng chí phát biểu: 3 (ba), tập trung vào: …\n"
    assert fields(text).speakers == 3


def test_nobody_spoke_said_with_phat_bieu_y_kien() -> None:
    text = HEAD + ROLL + REPORT + "Ý kiến đóng góp\nKhông có đồng chí nào phát biểu ý kiến.\n"
    assert fields(text).speakers == 0


def test_contributions_after_a_connective_and_by_a_guest() -> None:
    text = (
        HEAD + ROLL + REPORT + "Ý kiến đóng góp\n"
        "Tiếp theo, đ/c Trần Văn Tư phát biểu: Đề nghị sửa cống thoát nước.\n"
        "Tiếp theo, đ/c Vũ Thị Hạnh phát biểu: Nêu việc đường xóm xuống cấp.\n"
        "Tiếp theo, Ông Đỗ Văn Lực (Chủ tịch Mặt trận xã) phát biểu: Đồng tình với báo cáo.\n"
        "Chi bộ thống nhất:\n1. Sửa cống thoát nước trước mùa mưa.\n"
    )
    assert fields(text).speakers == 3


def test_a_total_said_as_members_of_the_cell_with_restated_counts() -> None:
    roll = (
        "Đảng viên của chi bộ: 17 (mười bảy) đồng chí. Có mặt: mười bốn (14) đồng chí. "
        "Vắng ba (03) đồng chí (hai (02) có xin phép, một (01) không xin phép).\n"
    )
    a = fields(HEAD + roll + REPORT).attendance
    assert (a.total_members, a.present, a.absent_excused, a.absent_unexcused) == (17, 14, 2, 1)


def test_none_without_leave_said_as_khong() -> None:
    roll = (
        "Tổng số đảng viên: mười đồng chí. Có mặt: chín đồng chí.\n"
        "Vắng một đồng chí (một có xin phép, không không xin phép).\n"
    )
    a = fields(HEAD + roll + REPORT).attendance
    assert (a.absent_excused, a.absent_unexcused) == (1, 0)


def test_a_speck_read_as_one_more_digit_is_the_one_repair_that_fits() -> None:
    counts = Counts(
        {
            "total_members": Hit(32, 0, 1, 1.0),
            "exempt": Hit(0, 0, 1, 1.0),
            "present": Hit(29, 0, 1, 1.0),
            "absent_excused": Hit(24, 0, 1, 1.0),  # "2" and a speck
            "absent_unexcused": Hit(1, 0, 1, 1.0),
        }
    )
    assert repair_digit_error(counts) == ("absent_excused", 24, 2)


def test_the_cell_line_that_shares_the_date_is_no_continuation_of_the_parent() -> None:
    head = (
        "ĐẢNG ỦY XÃ HƯNG THÀNH A\nĐẢNG CỘNG SẢN VIỆT NAM\n"
        "CHI BỘ QUÂN SỰ XÃ HƯNG Hưng Thành A, ngày 20 tháng 06 năm 2024\nTHÀNH A\n"
        "BIÊN BẢN HỌP CHI BỘ\n"
        "Địa điểm: Trụ sở Ban Chỉ huy Quân sự xã Hưng Thành A.\n"
    )
    got = fields(head + ROLL + REPORT)
    assert got.parent_committee == "Đảng ủy xã Hưng Thành A"
    assert got.branch == "Chi bộ Quân sự xã Hưng Thành A"


def test_speakers_named_without_honorific_and_a_lettered_heading() -> None:
    text = (
        HEAD + ROLL + REPORT + "B/ Thảo luận\n"
        "Lê Phương Hương: Đề nghị sửa cống thoát nước.\n"
        "Hà Văn Lộc (chi ủy viên): Nêu việc đường xóm xuống cấp.\n"
        "Võ Hữu Thành phát biểu: Đồng tình với báo cáo.\n"
        "C/ Kết luận\nChi bộ thống nhất:\n1. Sửa cống thoát nước.\n"
    )
    assert fields(text).speakers == 3


def test_a_table_of_speakers_counts_its_rows() -> None:
    text = (
        HEAD + ROLL + REPORT + "TT Người phát biểu Nội dung ý kiến\n"
        "1 Đ/c Vũ Hoài Lệ Đề nghị bổ sung trang bị cho dân quân.\n"
        "2 Đ/c Trần Hồng Quyên Phản ánh thời gian huấn luyện trùng mùa vụ.\n"
        "Chi bộ thống nhất:\n1. Bổ sung trang bị cho dân quân.\n"
    )
    assert fields(text).speakers == 2


def test_speakers_said_as_dc_tham_gia_y_kien_and_none_after_a_stamped_heading() -> None:
    said = HEAD + ROLL + REPORT + "Có 3 đ/c tham gia ý kiến, chủ yếu: đề nghị sửa đường.\n"
    assert fields(said).speakers == 3
    none = HEAD + ROLL + "13h55: Thảo luận: không có ý kiến khác, chi bộ nhất trí.\n"
    assert fields(none).speakers == 0


def test_a_date_without_its_year_leaves_the_letter_head_date_not_an_issued_one() -> None:
    head = HEAD.split("Thời gian")[0]
    body = (
        "Vào lúc 7 giờ 30, hôm nay ngày mùng 9 tháng 5, chi bộ họp thường kỳ tại nhà văn hóa "
        "thôn Đông.\n" + ROLL + "Chi bộ quán triệt Kế hoạch số 12-KH/ĐU (ban hành ngày "
        "03/04/2024) về công tác dân vận.\n"
        "Chi bộ thống nhất kỳ sinh hoạt tháng tới vào ngày mùng 7 tháng 6 năm 2024.\n"
    )
    got = fields(head + body)
    assert got.date == "2024-05-09"
    assert got.location == "nhà văn hóa thôn Đông"


def test_a_name_ends_before_vang_and_a_cell_ocr_cut_to_c_bo() -> None:
    text = (
        HEAD.split("Chủ trì")[0] + "Chủ trì: đ/c Thái Ngọc Thảo Thư ký: đ/c Từ Đức Tùng "
        "Vắng mặt: không có.\nTổng số đảng viên của c bộ: 6 đồng chí. Có mặt: 6 đồng chí.\n"
    )
    got = fields(text + REPORT)
    assert got.secretary == "Từ Đức Tùng"
    assert got.attendance.total_members == 6


def test_a_date_with_a_two_digit_year_or_a_roman_month() -> None:
    head = HEAD.split("Phú Lộc, ngày")[0] + "BIÊN BẢN HỌP CHI BỘ\n"
    short = fields(head + "Vào ngày 3/2/12, từ 14 giờ 30 phút, chi bộ họp tại hội trường.\n")
    assert short.date == "2012-02-03"
    roman = fields(head + "Chi bộ họp vào lúc 14h00 thứ Sáu ngày 15/VII/2022, tại phòng họp.\n")
    assert roman.date == "2022-07-15"


def test_opinions_numbered_in_words_under_a_roman_heading() -> None:
    text = (
        HEAD + ROLL + REPORT + "III/ ĐẢNG VIÊN PHÁT BIỂU\n"
        "Ý kiến thứ nhất - đ/c Tạ Chí Sơn: Đề nghị quan tâm các hộ cận nghèo.\n"
        "Ý kiến thứ hai – đ/c Thái Thùy Lệ: Đề nghị tập huấn trồng rau an toàn.\n"
        "IV/ KẾT LUẬN\nChi bộ thống nhất:\n1. Tập huấn trồng rau an toàn.\n"
    )
    assert fields(text).speakers == 2


def test_a_table_of_speakers_with_numbers_on_lines_of_their_own() -> None:
    text = (
        HEAD + ROLL + REPORT + "TRAO ĐỔI, THẢO LUẬN\nSTT Người phát biểu Nội dung ý kiến\n1\n"
        "Đồng chí Châu Khắc Tài Đề nghị đẩy mạnh phần mềm quản lý văn bản.\n"
        "2 Đồng chí Lưu Quang Lộc Đề nghị tổ chức giao lưu thể thao.\n3\n"
        "Đồng chí Hồ Hồng Phấn Phản ánh hồ sơ phải bổ sung nhiều lần.\n"
        "THÔNG QUA NGHỊ QUYẾT\n"
    )
    assert fields(text).speakers == 3
    none = HEAD + ROLL + "TRAO ĐỔI, THẢO LUẬN\nKhông có đồng chí nào tham gia ý kiến.\n"
    assert fields(none).speakers == 0


def test_members_in_the_list_and_absent_with_reason_counted_in_brackets() -> None:
    roll = (
        "Đảng viên trong danh sách: 13 đ/c. Miễn sinh hoạt: 01 đ/c; phải dự họp: 12 đ/c.\n"
        "Có mặt: 11 đ/c.\nVắng có lý do (01 đ/c): đ/c Lương Văn Bình - đi công tác.\n"
    )
    a = fields(HEAD + roll + REPORT).attendance
    assert (a.total_members, a.exempt, a.present, a.absent_excused, a.absent_unexcused) == (
        13,
        1,
        11,
        1,
        0,
    )


def test_a_table_of_absentees_gives_each_ones_reason() -> None:
    roll = (
        "Chi bộ hiện có chín đảng viên; có mặt sáu đồng chí.\n"
        "Đảng viên vắng mặt (ba đồng chí):\nTT\nHọ và tên Lý do vắng Ghi chú\n"
        "1 Lưu Hoài Hoa bận việc gia đình có lý do\n2 Đặng Trọng Thanh không lý do\n"
        "Điền\n3 Trần Văn Ba ốm có xin phép\n1) ĐÁNH GIÁ THÁNG TRƯỚC\n"
    )
    a = fields(HEAD.split("Thời gian")[0] + roll).attendance
    assert (a.absent_excused, a.absent_unexcused) == (2, 1)


def test_a_vote_as_a_table_or_as_n_of_m() -> None:
    table = "Kết quả biểu quyết:\nSố đồng chí biểu quyết Tán thành Không tán thành\n7 6 1\n"
    vote = fields(HEAD + ROLL + REPORT + table).vote
    assert vote is not None and (vote.agree, vote.total) == (6, 7)
    said = "Kết quả biểu quyết thông qua nghị quyết: 12 trên 13 đồng chí tán thành.\n"
    vote = fields(HEAD + ROLL + REPORT + said).vote
    assert vote is not None and (vote.agree, vote.total) == (12, 13)


def test_a_table_of_tasks_without_its_deadline_column() -> None:
    table = (
        "NHỮNG NỘI DUNG CHI BỘ QUYẾT NGHỊ\nCông việc tháng 4/2025:\nTT\n"
        "Nội dung công việc Thời gian thực hiện\n"
        "1 Rà soát, lập danh sách hộ Trong tháng 4/2025 nghèo, hộ cận nghèo.\n"
        "2 Phối hợp Mặt trận và các đoàn Thường xuyên thể vận động nhân dân.\n3\n"
        "Khám sàng lọc tăng Trước ngày 5/4/2025 huyết áp cho người trên\n40 tuổi.\n"
        "Kết quả biểu quyết: 13/13 đồng chí tán thành.\n"
    )
    assert items(HEAD + ROLL + REPORT + table) == [
        "Rà soát, lập danh sách hộ nghèo, hộ cận nghèo",
        "Phối hợp Mặt trận và các đoàn thể vận động nhân dân",
        "Khám sàng lọc tăng huyết áp cho người trên 40 tuổi",
    ]


def test_members_named_together_as_those_who_spoke() -> None:
    text = (
        HEAD + ROLL + REPORT + "Thảo luận:\nCác đồng chí Mai Hoài Tuyết, Huỳnh Duy Việt, Lưu Thị "
        "Linh và Trịnh Thị Đào tham gia ý kiến, tập trung vào: đề nghị sửa đường.\n"
    )
    assert fields(text).speakers == 4


def test_a_speaker_table_row_wrapped_and_a_long_label_and_a_restated_count() -> None:
    table = (
        HEAD + ROLL + REPORT + "TRAO ĐỔI, THẢO LUẬN\nSTT Người phát biểu Nội dung ý kiến\n1\n"
        "Đồng chí Tô Hoài Thị Ngọc Nêu việc tuyến đường liên\nHậu xóm xuống cấp, cần sửa chữa.\n"
        "2\nĐồng chí Lê Hồng Hạnh Đề nghị quan tâm hộ cận nghèo.\n3) NGHỊ QUYẾT\n"
    )
    assert fields(table).speakers == 2
    label = (
        HEAD + ROLL + REPORT + "Thảo luận\n"
        "Ý kiến của đồng chí Thiếu úy Phạm Minh Sang (Chính trị viên phó đơn vị):\n"
        "Phản ánh thời gian huấn luyện trùng mùa vụ.\n"
        "Đồng chí Trung úy Từ Duy Thịnh phát biểu: Nêu việc thanh niên chưa về đăng ký.\n"
    )
    assert fields(label).speakers == 2
    restated = HEAD + ROLL + REPORT + "Có 4 (bốn) ý kiến, tập trung vào: đề nghị sửa đường.\n"
    assert fields(restated).speakers == 4


def test_a_guest_who_came_to_follow_the_meeting() -> None:
    roll = ROLL + "Về dự, theo dõi cuộc họp có đồng chí Ngô Thanh Oanh – Ủy viên Ban Kiểm tra.\n"
    assert fields(HEAD + roll + REPORT).attendance.guests == ["Ngô Thanh Oanh"]


def test_roles_said_with_la_and_a_dotted_clock() -> None:
    text = (
        HEAD.split("Thời gian")[0] + "Chi bộ nhóm họp vào lúc 7.15 thứ Bảy, ngày 9/5/2024, tại hội "
        "trường thôn.\nChủ trì cuộc họp là đồng chí Triệu Minh Định, Bí thư chi bộ; người lập "
        "biên bản là đồng chí Châu Văn Nhân.\n" + ROLL + REPORT + "Cuộc họp bế mạc lúc 8.40.\n"
    )
    got = fields(text)
    assert (got.chair, got.secretary) == ("Triệu Minh Định", "Châu Văn Nhân")
    assert (got.start_time, got.end_time, got.duration_minutes) == ("07:15", "08:40", 85)


def test_minutes_marked_p_and_a_secretary_assigned_by_the_cell() -> None:
    text = (
        HEAD.split("Thời gian")[0] + "Sáng thứ Hai, ngày 9/5/2024, vào lúc 8h30p, tại nhà văn hóa "
        "thôn, chi bộ sinh hoạt thường kỳ.\nĐồng chí Mai Văn Định, Bí thư chi bộ, chủ trì; đồng "
        "chí Sùng Văn Lả được chi bộ phân công lập biên bản.\n" + ROLL + REPORT
    )
    got = fields(text)
    assert got.start_time == "08:30"
    assert got.secretary == "Sùng Văn Lả"


def test_totals_said_other_ways_and_absentees_listed_by_kind() -> None:
    roll = (
        "Sĩ số chi bộ: mười hai đảng viên - dự họp: mười - vắng: hai.\n"
        "Không đến dự: hai đồng chí, gồm:\n"
        "+ Có xin phép: đồng chí Tô Quang Thành (trực cơ quan).\n"
        "+ Không xin phép: đồng chí Lê Văn Tám.\n"
    )
    a = fields(HEAD + roll + REPORT).attendance
    assert (a.total_members, a.present, a.absent_excused, a.absent_unexcused) == (12, 10, 1, 1)
    for said in ("Chi bộ hiện quản lý 26 đảng viên.", "Tổng cộng 26 đảng viên; 24 có mặt."):
        roll = said + "\nDự họp: 24 đồng chí.\nKhông đến dự: 2 đồng chí (có xin phép).\n"
        vote = "Biểu quyết: 24 trong tổng số 24 đồng chí dự họp tán thành (100%).\n"
        got = fields(HEAD + roll + REPORT + vote)
        a = got.attendance
        assert (a.total_members, a.present, a.absent_excused) == (26, 24, 2), said
        assert got.vote is not None and (got.vote.agree, got.vote.total) == (24, 24)


def test_nobody_spoke_said_inside_a_sentence_and_opinions_credited_at_their_end() -> None:
    none = HEAD + ROLL + "Đồng chí chủ trì đề nghị chi bộ góp ý; không có đồng chí nào phát biểu.\n"
    assert fields(none).speakers == 0
    credited = (
        HEAD + ROLL + REPORT + "Kế tiếp, chi bộ thảo luận, các ý kiến cụ thể như sau:\n"
        "- Đề nghị tổ chức khám sức khỏe định kỳ. (ý kiến của đồng chí Trần Ngọc Thoa)\n"
        "- Đề nghị sửa đường làng. (ý kiến của đồng chí Lê Văn Hai)\n"
        "Đồng chí chủ trì giải đáp, làm rõ thêm các ý kiến nêu ra.\nKẾT LUẬN\n"
    )
    assert fields(credited).speakers == 2


def test_contributions_after_a_lead_clause_under_a_numbered_issue() -> None:
    text = (
        HEAD + ROLL + REPORT + "VẤN ĐỀ 5 – Ý KIẾN CỦA ĐẢNG VIÊN\n"
        "Mở đầu phần thảo luận, đồng chí Lâm Xuân Thuận nêu khó khăn về phương tiện.\n"
        "Đồng tình với ý kiến trên, đồng chí Tô Thị Hậu, Bí thư Chi đoàn, đề nghị sửa đường.\n"
        "Cuối cùng, đồng chí Nguyễn Thị Nhàn nêu khó khăn về kinh phí.\n"
        "VẤN ĐỀ 6 – CHI BỘ QUYẾT NGHỊ\n"
    )
    assert fields(text).speakers == 3
    said = HEAD + ROLL + REPORT + "Đã có 08 lượt phát biểu.\n"
    assert fields(said).speakers == 8


def test_tasks_numbered_in_words_or_in_a_one_column_table() -> None:
    named = (
        HEAD
        + ROLL
        + REPORT
        + "CHI BỘ QUYẾT NGHỊ\nNhiệm vụ tháng 6 được chi bộ quyết nghị như sau:\n"
        + "\n".join(f"Nhiệm vụ {i + 1}: {task}" for i, task in enumerate(TASKS))
        + "\nNghị quyết được thông qua với 13/13 đồng chí biểu quyết thuận.\n"
    )
    assert items(named) == [t.rstrip(".") for t in TASKS]
    table = (
        HEAD
        + ROLL
        + REPORT
        + "CHI BỘ QUYẾT NGHỊ\nChi bộ quyết nghị như sau:\nSố TT\nNội dung\n"
        + "\n".join(f"{i + 1}\n{task}" for i, task in enumerate(TASKS))
        + "\nNghị quyết được thông qua với 13/13 đồng chí biểu quyết thuận.\n"
    )
    assert items(table) == [t.rstrip(".") for t in TASKS]


def test_a_place_in_the_cell_below_its_label_and_a_vote_for_and_against() -> None:
    text = (
        HEAD.split("Thời gian")[0] + "Thời gian:\n21 giờ 30 phút, thứ Tư ngày 20-1-2016\n"
        "Địa điểm:\nTrụ sở Ban nhân dân thôn Phước An\n"
        + ROLL
        + REPORT
        + "Biểu quyết giơ tay: thuận 12, chống 1 (tổng số 13 đồng chí biểu quyết).\n"
    )
    got = fields(text)
    assert got.location == "Trụ sở Ban nhân dân thôn Phước An"
    assert got.vote is not None and (got.vote.agree, got.vote.total) == (12, 13)


def test_the_part_of_the_day_said_before_the_date() -> None:
    text = (
        HEAD.split("Thời gian")[0] + "Vào tối thứ Bảy, ngày 3/02/2024, lúc 6 giờ 30 phút, tại nhà "
        "văn hóa, chi bộ sinh hoạt thường kỳ.\n"
        + ROLL
        + REPORT
        + "Chi bộ kết thúc buổi sinh hoạt vào 9 giờ 20 phút tối cùng ngày.\n"
    )
    got = fields(text)
    assert (got.start_time, got.end_time, got.duration_minutes) == ("18:30", "21:20", 170)


def test_a_date_with_month_and_year_joined_and_clocks_in_words() -> None:
    head = HEAD.split("Thời gian")[0]
    slash = fields(
        head + "Chi bộ họp định kỳ ngày 3 tháng 9/2013 tại hội trường; giờ khai "
        "mạc: 8h15 sáng.\n" + ROLL + REPORT
    )
    assert (slash.date, slash.start_time) == ("2013-09-03", "08:15")
    words = fields(
        head
        + "Thời điểm khai mạc: mười lăm giờ bốn mươi lăm phút, thứ Năm, ngày 10-11-2022.\n"
        + ROLL
        + REPORT
        + "Cuộc họp kéo dài hai giờ. Cuộc họp bế mạc vào mười tám giờ mười phút.\n"
    )
    assert (words.start_time, words.end_time, words.duration_minutes) == ("15:45", "18:10", 145)


def test_a_roll_call_under_an_opening_part_and_a_vote_line_that_is_no_total() -> None:
    text = (
        HEAD.split("Thời gian")[0] + "PHẦN THỨ NHẤT – KHAI MẠC\nThời điểm khai mạc: 7 giờ 30.\n"
        "Chủ tọa: đồng chí Mai Chí Sơn.\nThư ký: đồng chí Đinh Thị Cúc.\nKhách mời: không.\n"
        "Tình hình đảng viên dự họp:\nTổng số Có mặt Vắng có lý do Vắng không lý do\n14 13 1 0\n"
        "PHẦN THỨ HAI – NỘI DUNG\n" + REPORT + "Biểu quyết giơ tay: tổng số mười ba đồng chí: "
        "tán thành mười hai; không tán thành một.\n"
    )
    got = fields(text)
    a = got.attendance
    assert (a.total_members, a.present, a.absent_excused, a.absent_unexcused) == (14, 13, 1, 0)
    assert got.vote is not None and (got.vote.agree, got.vote.total) == (12, 13)


def test_opinions_counted_under_the_heading_and_ballots_for_and_in_all() -> None:
    said = HEAD + ROLL + REPORT + "* Thảo luận (4 ý kiến):\n+ Đề nghị sửa đường.\n"
    assert fields(said).speakers == 4
    turns = (
        HEAD
        + ROLL
        + REPORT
        + "20 giờ 55p – Thảo luận (6 lượt phát biểu):\n+ Lý Tấn Mạnh: Đề nghị.\n"
    )
    assert fields(turns).speakers == 6
    labelled = HEAD + ROLL + REPORT + "Phát biểu của đồng chí Lý Đức Vinh:\nĐề nghị sửa đường.\n"
    assert fields(labelled.replace(REPORT, REPORT + "Các ý kiến thảo luận.\n")).speakers == 1
    for said, vote in (
        ("Bỏ phiếu kín: tổng số phiếu 9, phiếu đồng ý 7.", (7, 9)),
        ("Kết quả bỏ phiếu kín: số phiếu phát ra 24; số phiếu tán thành kỷ luật 23.", (23, 24)),
        ("Số đồng chí tán thành đề nghị kết nạp: 12, đạt 100%.", (12, 12)),
    ):
        got = fields(HEAD + ROLL + REPORT + said + "\n").vote
        assert got is not None and (got.agree, got.total) == vote, said


def test_a_log_of_stamped_steps_with_the_cue_at_the_end_of_the_line() -> None:
    text = (
        HEAD.split("Thời gian")[0] + "Ngày họp: 20.4.17 (thứ Năm).\nĐịa điểm: nhà văn hóa thôn.\n"
        "Đ/c Thái Trọng Hưng, Bí thư chi bộ, chủ trì; người ghi: đ/c Trịnh Thị Mận.\n"
        "13 giờ - Đ/c Thái Trọng Hưng tuyên bố lý do và giới thiệu đại biểu, khai mạc.\n"
        "13 giờ 10p - Kiểm tra số lượng:\n- Đảng viên trong danh sách chi bộ: 11\n- Có mặt: 11\n"
        "- Vắng: không\n" + REPORT + "15 giờ 55p cùng ngày - Thư ký đọc lại biên bản; bế mạc.\n"
    )
    got = fields(text)
    assert (got.date, got.start_time, got.end_time) == ("2017-04-20", "13:00", "15:55")
    assert got.secretary == "Trịnh Thị Mận"
    assert got.attendance.total_members == 11


def test_a_day_in_words_and_a_clock_on_the_hour() -> None:
    text = (
        HEAD.split("Phú Lộc, ngày")[0] + "BIÊN BẢN HỌP CHI BỘ\nĐúng bảy giờ sáng ngày hai mươi "
        "lăm tháng ba năm 2016 (âm lịch: 17/2 năm Bính Thân), chi bộ sinh hoạt tại nhà văn hóa.\n"
        + ROLL
        + REPORT
    )
    got = fields(text)
    assert (got.date, got.start_time) == ("2016-03-25", "07:00")


def test_the_next_line_is_no_count_of_a_label_and_a_reason_after_a_comma() -> None:
    roll = (
        "Tổng số đảng viên: mười lăm; có mặt: mười bốn.\n- Vắng: một, có lý do\n"
        "14 giờ 30 - Chi ủy báo cáo kết quả tháng qua.\n"
    )
    a = fields(HEAD + roll + REPORT).attendance
    assert (a.absent_excused, a.absent_unexcused) == (1, 0)


def test_ballots_restated_in_words() -> None:
    said = "Kiểm phiếu: phát ra 08 (tám) phiếu, 07 (bảy) phiếu nhất trí đề nghị kỷ luật.\n"
    vote = fields(HEAD + ROLL + REPORT + said).vote
    assert vote is not None and (vote.agree, vote.total) == (7, 8)


def test_a_clock_on_the_line_after_vao_luc_and_a_show_of_hands_that_is_no_total() -> None:
    text = (
        HEAD.split("Thời gian")[0]
        + "Đêm thứ Hai, ngày 25 tháng 4 năm 2016 (nhằm 19/03 ÂL), vào lúc\n"
        "22.15, tại phòng họp Hội đồng sư phạm, chi bộ đã tổ chức cuộc họp bất thường.\n"
        "Chi bộ có bốn mươi hai đảng viên; có mặt ba mươi chín đồng chí; vắng ba đồng chí.\n"
        "PHẦN THỪ HAI - NỘI DUNG\n"
        + REPORT
        + "Biểu quyết giơ tay: tổng số ba mươi chín đồng chí; tán thành ba mươi chín.\n"
    )
    got = fields(text)
    assert (got.date, got.start_time) == ("2016-04-25", "22:15")
    assert got.location == "phòng họp Hội đồng sư phạm"
    assert got.attendance.total_members == 42


def test_a_roll_call_kept_by_party_group_with_its_sum_row_or_without() -> None:
    head = (
        "Tình hình dự họp theo tổ đảng:\nTổ đảng Đảng viên Có mặt Vắng có lý do Vắng không lý do\n"
    )
    summed = head + "Tổ 1 7 7 0 0\nTổ 2 4 1 3 0\nCộng 11 8 3 0\n"
    garbled_sum = head + "Tổ 1 7 7 0 0\nTổ 2 4 3 1 0\nCộng TI Tđ T lù\n"
    for roll, expected in ((summed, (11, 8, 3, 0)), (garbled_sum, (11, 10, 1, 0))):
        a = fields(HEAD + roll + REPORT).attendance
        got = (a.total_members, a.present, a.absent_excused, a.absent_unexcused)
        assert got == expected


def test_a_name_ends_before_the_cells_chi_bo_and_full_members_vote() -> None:
    text = (
        HEAD.split("Chủ trì")[0] + "Chủ trì: đồng chí Từ Thế Trí - Bí thư chi bộ Thư ký: đồng chí "
        "Ngô Thanh Hùng Chi bộ hiện có mười hai đảng viên; có mặt mười một đồng chí.\n"
        + REPORT
        + "Biểu quyết kết nạp: chín trên chín đ/c chính thức tán thành.\n"
    )
    got = fields(text)
    assert got.secretary == "Ngô Thanh Hùng"
    assert got.vote is not None and (got.vote.agree, got.vote.total) == (9, 9)

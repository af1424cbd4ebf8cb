"""Extractor 0.6.0: secretaries' styles beyond the corpus families it was written for.

Each test pins one general mechanism: spoken ordinals and "1/" as list markers, a follow-on
decision after a list, a role verb before a semicolon, stated speaker counts and "nobody
spoke" phrases, a quoted thematic title, the total from full members plus probationers,
zero counts in words, absentees grouped by reason, guests of the higher committee, tallies
with "đ/c", weekdays before the meeting's date, OCR'd bullets, two signatures in one run.
"""

from __future__ import annotations

import pytest

from bienban.extractors import extract_fields
from bienban.extractors.markers import marker_kind, strip_marker
from bienban.extractors.people import split_side_by_side
from bienban.extractors.text import clean_line, fold
from bienban.models import MeetingFields, Page


def fields_of(text: str) -> MeetingFields:
    return extract_fields([Page(number=1, text=text)])


@pytest.mark.parametrize(
    ("line", "kind", "item"),
    [
        ("Một là, tổ chức tốt lễ kỷ niệm;", "ordinal", "tổ chức tốt lễ kỷ niệm"),
        ("Hai là: vận động hội viên;", "ordinal", "vận động hội viên"),
        ("Thứ nhất, hoàn thành thu đảng phí.", "ordinal", "hoàn thành thu đảng phí."),
        ("- Thứ ba, rà soát hộ nghèo.", "ordinal", "rà soát hộ nghèo."),
        ("1/ Tăng cường tuần tra.", "num", "Tăng cường tuần tra."),
        ("• Tổ chức ra quân.", "dash", "Tổ chức ra quân."),
    ],
)
def test_list_markers(line: str, kind: str, item: str) -> None:
    assert marker_kind(fold(line)) == kind
    assert strip_marker(line) == item.rstrip(";")


def test_weekday_and_date_are_no_list_marker() -> None:
    assert marker_kind(fold("Thứ Hai, ngày 3/7/2025, chi bộ họp.")) != "ordinal"


def test_spoken_ordinal_list_and_follow_on_decision() -> None:
    text = (
        "Phần thứ sáu: Chi bộ thống nhất nghị quyết\n"
        "Nghị quyết tháng 5/2024, chi bộ quyết nghị:\n"
        "Một là, tổ chức ra quân dọn vệ sinh đường làng;\n"
        "Hai là, vận động nhân dân tham gia bảo hiểm y tế;\n"
        "Ba là, hoàn thành thu đảng phí đúng hạn.\n"
        "Đồng thời, chi bộ giao chi ủy xây dựng kế hoạch cụ thể để thực hiện.\n"
        "Chi bộ biểu quyết bằng hình thức giơ tay: 12/12 đồng chí tán thành (đạt 100%).\n"
    )
    got = fields_of(text)
    assert got.resolutions == [
        "tổ chức ra quân dọn vệ sinh đường làng",
        "vận động nhân dân tham gia bảo hiểm y tế",
        "hoàn thành thu đảng phí đúng hạn.",
        "chi bộ giao chi ủy xây dựng kế hoạch cụ thể để thực hiện",
    ]
    assert got.vote is not None and (got.vote.agree, got.vote.total) == (12, 12)


def test_tally_line_ends_a_bulleted_list() -> None:
    text = (
        "IV. NGHỊ QUYẾT CỦA CHI BỘ\n"
        "- Tổ chức ra quân làm vệ sinh kênh mương.\n"
        "- Vận động các hộ hiến đất mở đường.\n"
        "- Số đảng viên tán thành: 14/14 đồng chí, đạt tỷ lệ 100%.\n"
    )
    got = fields_of(text)
    assert len(got.resolutions) == 2
    assert got.vote is not None and (got.vote.agree, got.vote.total) == (14, 14)


@pytest.mark.parametrize(
    ("text", "chair", "secretary"),
    [
        (
            "Đồng chí Lê Văn Tám - Bí thư chi bộ chủ trì; đồng chí Trần Thị Hoa ghi biên bản.",
            "Lê Văn Tám",
            "Trần Thị Hoa",
        ),
        (
            "Đồng chí Lê Văn Tám - Bí thư chi bộ chủ trì, đồng chí Trần Thị Hoa ghi biên bản.",
            "Lê Văn Tám",
            "Trần Thị Hoa",
        ),
        (
            "Chủ tọa: đồng chí Lê Văn Tám, Phó Bí thư chi bộ. Thư ký ghi biên bản: đồng chí "
            "Trần Thị Hoa, đảng viên.",
            "Lê Văn Tám",
            "Trần Thị Hoa",
        ),
    ],
)
def test_people_in_one_sentence(text: str, chair: str, secretary: str) -> None:
    got = fields_of(text)
    assert (got.chair, got.secretary) == (chair, secretary)


def test_two_signatures_in_one_run_split_by_the_body() -> None:
    body = "Thư ký: đồng chí Phạm Thị Ngọc Đào.\nPhạm Thị Ngọc Đào Ngô Bá Điền"
    line = "Phạm Thị Ngọc Đào Ngô Bá Điền"
    spans = split_side_by_side(line, 0, len(line), body=body)
    assert [line[a:b] for a, b in spans] == ["Phạm Thị Ngọc Đào", "Ngô Bá Điền"]


def test_signature_chair_on_the_left() -> None:
    text = "Nội dung.\nCHỦ TỌA THƯ KÝ\nQuách Duy Mạnh Triệu Thị Ngọc Vân\n"
    got = fields_of(text)
    assert (got.chair, got.secretary) == ("Quách Duy Mạnh", "Triệu Thị Ngọc Vân")


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        ("Ý kiến thảo luận\nCó hai lượt ý kiến tham gia thảo luận.\n", 2),
        ("Thảo luận\nSố ý kiến phát biểu: 05.\n", 5),
        (
            "Ý kiến thảo luận\nÝ kiến 1 (đ/c Võ Thu Liên): Đề nghị lắp đèn.\n"
            "Ý kiến 2 (đ/c Tô Kim Oanh): Đề nghị dời lịch họp.\n",
            2,
        ),
        (
            "Thảo luận, đóng góp ý kiến\nĐ/c Võ Quang Hưng (chi ủy viên) phát biểu ý kiến: "
            "Đề nghị nắm tình hình.\n+ Đồng chí Lê Thị Na, đảng viên: Đề nghị tuyên truyền.\n",
            2,
        ),
        ("Ý kiến thảo luận\nKhông có ý kiến nào khác.\n", 0),
        (
            "Thảo luận, đóng góp ý kiến:\n"
            "Các đồng chí đảng viên thống nhất với báo cáo, không có ý kiến bổ sung.\n",
            0,
        ),
    ],
)
def test_speakers(text: str, speakers: int) -> None:
    assert fields_of(text).speakers == speakers


def test_heading_number_is_no_speaker_count() -> None:
    text = "21 Ý kiến thảo luận\nÝ kiến 1 (đ/c Võ Thu Liên): Đề nghị lắp đèn.\n"
    assert fields_of(text).speakers == 1


@pytest.mark.parametrize(
    "sentence",
    [
        "Đồng chí Lê Thị Na trình bày chuyên đề “Nâng cao chất lượng sinh hoạt chi bộ”, liên hệ thực tế.",
        "Chi bộ sinh hoạt chuyên đề về “Nâng cao chất lượng sinh hoạt chi bộ”.",
    ],
)
def test_quoted_thematic_title(sentence: str) -> None:
    text = "BIÊN BẢN SINH HOẠT CHUYÊN ĐỀ QUÝ II/2024\n" + sentence + "\n"
    assert fields_of(text).thematic_title == "Nâng cao chất lượng sinh hoạt chi bộ"


def test_total_from_full_members_and_probationers_is_inferred_with_a_warning() -> None:
    text = (
        "Chi bộ có 24 đảng viên chính thức và 3 đảng viên dự bị.\n"
        "Có mặt: 25 đ/c. Vắng 2 đồng chí (có lý do).\n"
    )
    got = fields_of(text)
    assert got.attendance.total_members == 27
    assert (got.attendance.absent_excused, got.attendance.absent_unexcused) == (2, 0)
    assert any("chính thức cộng dự bị" in w for w in got.warnings)
    assert got.fields["attendance.total_members"].confidence < 0.9


def test_counts_in_words_and_zero_said_in_words() -> None:
    text = (
        "Tổng số đảng viên của chi bộ: năm mươi tám đồng chí; miễn công tác và sinh hoạt "
        "đảng: bảy đồng chí; có mặt: năm mươi mốt đồng chí; không có đồng chí nào vắng mặt.\n"
    )
    a = fields_of(text).attendance
    assert (a.total_members, a.exempt, a.present) == (58, 7, 51)
    assert (a.absent_excused, a.absent_unexcused) == (0, 0)


def test_nobody_exempt_said_in_words() -> None:
    text = (
        "Chi bộ hiện có 24 (hai mươi bốn) đảng viên, không có đồng chí nào được miễn "
        "sinh hoạt. Có mặt 24 (hai mươi bốn) đồng chí; vắng: 0.\n"
        "Đồng chí Lê Văn Tám - Bí thư chi bộ chủ trì; đồng chí Trần Thị Hoa ghi biên bản.\n"
    )
    a = fields_of(text).attendance
    assert (a.total_members, a.exempt, a.present, a.absent_excused) == (24, 0, 24, 0)


def test_absentees_grouped_by_reason() -> None:
    text = (
        "Tổng số đảng viên: 22 đ/c (Đảng viên chính thức: 20, dự bị: 2).\n"
        "Có mặt: 19 đ/c. Vắng 3 đồng chí (có lý do: đ/c Bùi Hoài Trí đi học, đ/c Lê Văn An "
        "- ốm; không lý do: đ/c Lê Thị Huệ).\n"
    )
    got = fields_of(text)
    assert (got.attendance.absent_excused, got.attendance.absent_unexcused) == (2, 1)
    assert [a.name for a in got.absentees] == ["Bùi Hoài Trí", "Lê Văn An", "Lê Thị Huệ"]


def test_count_table_with_a_content_column_head() -> None:
    text = (
        "II. THÀNH PHẦN THAM DỰ\nTình hình đảng viên dự họp:\nNội dung Số đồng chí\n"
        "Tổng số đảng viên 25\nMiễn công tác và sinh hoạt đảng 1\nĐảng viên phải dự 24\n"
        "Có mặt 23\nVắng có lý do 1\nVắng không lý do 0\nIII. NỘI DUNG SINH HOẠT\n"
    )
    a = fields_of(text).attendance
    assert (a.total_members, a.exempt, a.present, a.absent_excused, a.absent_unexcused) == (
        25,
        1,
        23,
        1,
        0,
    )


@pytest.mark.parametrize(
    "line",
    [
        "- Đại biểu cấp trên dự: đồng chí Hà Chí Lâm - Đảng ủy viên; đồng chí Huỳnh Xuân Nhân "
        "- Ủy viên Ban Kiểm tra Đảng ủy.",
        "Về dự và chỉ đạo buổi sinh hoạt có đồng chí Hà Chí Lâm - Đảng ủy viên và đồng chí "
        "Huỳnh Xuân Nhân - Ủy viên Ban Kiểm tra Đảng ủy.",
    ],
)
def test_guests_of_the_higher_committee(line: str) -> None:
    assert fields_of(line + "\n").attendance.guests == ["Hà Chí Lâm", "Huỳnh Xuân Nhân"]


def test_tally_with_dc() -> None:
    text = "Biểu quyết thông qua nghị quyết: tán thành 10 đ/c; không tán thành 1 đ/c.\n"
    vote = fields_of(text).vote
    assert vote is not None and (vote.agree, vote.total) == (10, 11)


def test_weekday_before_the_meeting_date_and_the_next_meeting() -> None:
    text = (
        "Hôm nay, thứ Tư, ngày 15 tháng 5 năm 2024, vào lúc 8h30 sáng, tại hội trường, "
        "chi bộ tổ chức sinh hoạt.\n"
        "Chi bộ sẽ họp lần tới vào lúc 8h30, thứ Bảy, ngày 15/6/2024.\n"
    )
    got = fields_of(text)
    assert (got.date, got.start_time) == ("2024-05-15", "08:30")


def test_date_cut_over_lines() -> None:
    text = (
        "- Thời gian: bắt đầu từ 20 giờ 15 phút tối, Chủ nhật, ngày\n25/10/2015.\n"
        "Hội nghị kết thúc vào lúc 0 giờ 05 phút ngày 26/10/2015.\n"
    )
    got = fields_of(text)
    assert (got.date, got.start_time, got.end_time) == ("2015-10-25", "20:15", "00:05")


@pytest.mark.parametrize("mark", ["«", "»", "°", "‹", "s", "e", "«+"])
def test_ocr_bullet_lookalikes(mark: str) -> None:
    assert clean_line(f"{mark} Tổ chức ra quân dọn vệ sinh.") == "• Tổ chức ra quân dọn vệ sinh."


def test_lone_letters_that_are_words_stay() -> None:
    assert clean_line("s Cao") == "s Cao"  # too short to be an item
    assert clean_line("e) Tổ chức ra quân dọn vệ sinh.").startswith("e)")

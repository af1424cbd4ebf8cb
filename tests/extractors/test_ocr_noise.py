"""Extraction from noisy OCR text: specks between words, garbled markers and cue words."""

from __future__ import annotations

import pytest

from bienban.extractors import extract_fields
from bienban.extractors.text import clean_line, drop_specks, fold, unspeck
from bienban.models import MeetingFields, Page


def fields_of(text: str) -> MeetingFields:
    return extract_fields([Page(number=1, text=text)])


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Hôm: nay; 8h30 ngày 03/4/2020", "hôm  nay"),
        ("phòng. họp Ban Chỉ huy", "phòng  họp"),
        ("sinh¬ hoạt chuyên đề", "sinh  hoạt"),
        ("CHI: BỘ CÔNG TY", "chi  bộ"),
        ("kết thúc: lúc. 11h50", "lúc  11h50"),
    ],
)
def test_fold_reads_specks_as_spaces(text: str, cue: str) -> None:
    folded = unspeck(text, fold(text))
    assert len(folded) == len(text)
    assert cue in folded


def test_fold_does_not_join_words_across_a_semicolon() -> None:
    assert "dân vận" not in fold("tổng đàn; vận động 32 hộ")


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("_ Thăm hỏi, động viên", "- Thăm hỏi, động viên"),
        ("_ => Bảo quản tốt vũ khí", "- Bảo quản tốt vũ khí"),
        ('"¬ - Chuẩn bị tốt.', "- Chuẩn bị tốt."),
        ("_ nhàn. Đồng chí đề nghị", "nhàn. Đồng chí đề nghị"),
        ("Chủ trì: đ/c Lê Văn An ¬¬ _", "Chủ trì: đ/c Lê Văn An"),
        ("- Có mặt: 17 đồng chí", "- Có mặt: 17 đồng chí"),
    ],
)
def test_clean_line(raw: str, clean: str) -> None:
    assert clean_line(raw) == clean


def test_drop_specks() -> None:
    assert drop_specks("phòng. họp Ban Chỉ huy Quân: sự xã") == "phòng họp Ban Chỉ huy Quân sự xã"
    assert drop_specks("Nhà văn hóa khu phố. Nghĩa Quới", any_case=True) == (
        "Nhà văn hóa khu phố Nghĩa Quới"
    )


HEAD = """ĐẢNG BỘ XÃ TRUNGHƯNG -- - ĐẢNG CỘNG SẢN VIỆT NAM -
CHI BỘ ẤP HIỆP ĐIỂN TRUNG
Trung Hưng, ngày 25 tháng 04 năm 2013
BIÊN BẢN SINH HOẠT CHI BỘ THƯỜNG KỲ
Hôm nay, vào lúc 14 giờ 00, ngày: 25 tháng. 4 năm '2013, tại nhà văn hóa ấp, Chi bộ ấp
Hiệp Điền Trung họp thường kỳ.
"""


def test_letter_head_spelled_as_the_body_spells_it() -> None:
    fields = fields_of(HEAD)
    assert fields.parent_committee == "Đảng bộ xã Trung Hưng"
    assert fields.branch == "Chi bộ ấp Hiệp Điền Trung"
    assert fields.date == "2013-04-25"


def test_table_header_cut_over_lines() -> None:
    text = """Tình hình đảng viên dự họp:
Tổng số ĐV Miễn SH Phải dự Có mặt Vắng có lý Vắng
do
không lý do
12 0 12 9 3 0
"""
    att = fields_of(text).attendance
    assert (att.total_members, att.exempt, att.present) == (12, 0, 9)
    assert (att.absent_excused, att.absent_unexcused) == (3, 0)


def test_exempt_inferred_when_ocr_lost_its_number() -> None:
    text = "Tổng số đảng viên: 33, miễn sinh hoạt. $ đồng chí; có mặt 30 đồng chí; vắng: 0.\n"
    att = fields_of(text).attendance
    assert (att.total_members, att.present, att.exempt) == (33, 30, 3)


def test_absentee_list_after_a_misread_word() -> None:
    text = (
        "Tổng số đảng viên: 5; có mặt 2 đồng chí; vắng 3 đồng chí, sồm: đồng chí Kiều Khắc "
        "Nghĩa (trực cơ quan); đồng chí Lâm Thanh Đông (nằm viện); đồng chí Châu Thị Quyên "
        "(đi tập huấn).\n"
    )
    att = fields_of(text).attendance
    assert (att.absent_excused, att.absent_unexcused) == (3, 0)


def test_resolution_items_with_garbled_markers() -> None:
    text = """3. Nghị quyết:
Chi bộ thống nhất thực hiện một số giải pháp sau: tho,
TC Chi ủy tiến hành kiểm tra việc thực hiện nhiệm vụ của đảng viên.
_ Thăm hỏi, động viên gia đình quân nhân có hoàn cảnh khó khăn.
"` = Duy trì nghiêm chế độ trực sẵn sàng chiến đấu.
- Bảo quản tốt vũ khí, trang bị, không để xảy ra
mất an toàn.
Biểu quyết: 17/17 đảng viên nhất trí.
- Buổi sinh hoạt kết thúc lúc 11h50 cùng ngày.
"""
    resolutions = fields_of(text).resolutions
    assert len(resolutions) == 4
    assert resolutions[-1].endswith("mất an toàn.")


def test_numbered_items_one_read_with_a_dash() -> None:
    text = """Nghị quyết:
-_1..Phối hợp công đoàn tổ chức khám sức khỏe định kỳ.
2. Bảo đảm đủ việc làm cho người lao động.
3) Giảm tỷ lệ sản phẩm lỗi.
"""
    assert len(fields_of(text).resolutions) == 3


def test_speakers_under_a_garbled_heading() -> None:
    text = """_Nội dung! thứ năm. Thảo luận, :
Đồng chí Tạ Thị Liêm: Đề nghị quan tâm hơn đến các hộ cận nghèo, hộ có người già neo.
đơn.
lến đồng chí Lâm Thị Yến: Nêu việc tuyến đường liên xóm xuống cấp.
Nội dung thứ sáu. Nghị quyết.
"""
    assert fields_of(text).speakers == 2


def test_signatures_side_by_side() -> None:
    text = """Chi bộ họp xong lúc 11 giờ 20 cùng ngày.
NGƯỜI GHI BIÊN BẢN CHỦ TRÌ
Mai Văn Anh Thắng - “— Hoàng Ngọc Tùng :
"""
    fields = fields_of(text)
    assert (fields.secretary, fields.chair) == ("Mai Văn Anh Thắng", "Hoàng Ngọc Tùng")


def test_a_suffix_verb_does_not_reach_into_the_next_label() -> None:
    text = """Đại biểu tham dự: đồng chí Bùi Ngọc Hùng, Ủy viên Ban Kiểm tra Đảng ủy
- Chủ trì: đồng chí Phan Thị Thanh Huệ - Phó Bí thư chi bộ.
"""
    assert fields_of(text).chair == "Phan Thị Thanh Huệ"


def test_a_table_row_is_not_read_as_a_stated_count() -> None:
    text = "Tình hình đảng viên dự họp:\nTổng số ĐV Có mặt _ Vằng có lý do\n13 0\n"
    att = fields_of(text).attendance
    assert att.absent_excused is None and att.present is None


def test_a_count_on_the_next_line_after_a_dash() -> None:
    text = "Tổng số đảng viên: 22, miễn sinh hoạt 2 đồng chí, có mặt 19 đồng chí; vắng\n-1 đồng chí có lý do.\n"
    att = fields_of(text).attendance
    assert (att.absent_excused, att.absent_unexcused) == (1, 0)

"""Several witnesses of one name: the letter head reconciled with the body, the document's vote
on a word's spelling, people's names as most often written (extractor 0.5.0)."""

from __future__ import annotations

from bienban.extractors import extract_fields
from bienban.extractors.spelling import (
    find_witnesses,
    majority_spelling,
    merge_spelling,
    name_spelling,
    squash,
)
from bienban.models import MeetingFields, Page


def fields_of(text: str) -> MeetingFields:
    return extract_fields([Page(number=1, text=text)])


def test_squash_keeps_letters_and_digits_without_marks_and_keeps_the_bar_of_d() -> None:
    assert squash("Văn hóa - Thể thao") == "vanhoathethao"
    assert squash("Tổ dân phố số 3") == "todanphoso3"
    assert squash("dựng") != squash("đựng")


def test_a_witness_is_found_within_a_few_ocr_edits() -> None:
    text = "Hôm nay, Chi bộ Quân sự thị trấn Bình Đồng Trung tiến hành sinh hoạt."
    [witness] = find_witnesses(text, "QUẦN SỰ THỊ TRẤN BÌNH ĐỒNG TRUNG")
    assert text[witness.start : witness.end] == "Quân sự thị trấn Bình Đồng Trung"
    assert witness.edits == 0
    garbled = "tại Nhà văn hóa tổ dân phố số 3."
    [near] = find_witnesses(garbled, "tổ Dị DẪN PHÓSỐ3")
    assert garbled[near.start : near.end] == "tổ dân phố số 3."
    assert near.edits == 2


def test_numbers_and_a_one_letter_end_must_be_the_same() -> None:
    assert not find_witnesses("Chi bộ khu phố 12 họp.", "KHU PHỐ 1")
    assert not find_witnesses("huyện An Quới C họp", "HUYỆN AN QUỚI B")
    assert not find_witnesses("ấp 3", "ẤP 3")  # too short to tell by letters: written alike only


def test_merge_prefers_the_body_and_keeps_the_bar_of_capitals() -> None:
    assert merge_spelling("KHƠ BẠC NHÀ NƯỚC", "Kho bạc Nhà nước", document="") == (
        "Kho bạc Nhà nước"
    )
    assert merge_spelling("XÂY DỰNG THÀNH CÔNG", "Xây đựng Thành Công", document="") == (
        "Xây dựng Thành Công"
    )
    document = "Trung tản. Trung tâm y tế; trung tâm học tập."
    assert merge_spelling("TRUNG TÂM", "Trung tản", document=document) == "Trung tâm"


def test_the_document_votes_on_a_word_in_the_same_company() -> None:
    document = (
        "HỒNG MỸ BẮC, ngày 3. Chi bộ thị trấn Hồng Mỹ Bắc họp tại trụ sở thị trấn Hồng Mỹ Bác."
    )
    assert majority_spelling("thị trấn Hồng Mỹ Bác", document=document) == ("thị trấn Hồng Mỹ Bắc")
    one_against_one = "ấp Hồng Mỹ Bắc; thị trấn Hồng Mỹ Bác"
    assert majority_spelling("Hồng Mỹ Bác", document=one_against_one) == "Hồng Mỹ Bác"


def test_a_letter_head_word_is_outvoted_by_one_writing_in_lower_case() -> None:
    document = "CHI BỘ QUẦN SỰ PHƯỜNG X\nĐịa điểm: phòng họp Ban Chỉ huy Quân sự phường."
    assert majority_spelling("Chi bộ Quần Sự phường X", document=document) == (
        "Chi bộ Quân Sự phường X"
    )
    capitals_only = "ĐĂNG BỘ XÃ A\nbáo cáo"
    assert majority_spelling("Đảng bộ xã A", document=capitals_only) == "Đảng bộ xã A"


def test_a_name_as_most_often_written_in_full() -> None:
    document = (
        "Đ/c Nguyễn Thanh Hựng chủ trì. Đồng chí Nguyễn Thanh Hưng nêu mục đích. "
        "CHỦ TRÌ\nNguyễn Thanh Hưng"
    )
    assert name_spelling("Nguyễn Thanh Hựng", document=document) == "Nguyễn Thanh Hưng"
    tie = "Thư ký: Lý Kim Thám. THƯ KÝ\nLý Kim Thắm"
    assert name_spelling("Lý Kim Thám", document=tie) == "Lý Kim Thám"


LETTER_HEAD = """ĐẢNG BỘ THỊ TRẤN HỒNG ĐẲNG CỘN NG SỈ VIỆT NAM
MỸ BẮC : Trai
CHÍ BỘ BẠN CHỈ HUY QUẦN
SỰ THỊ TRẤN HỒNG MỸ BÁC, .
Hồng Mỹ Bắc, ngày 13 tháng 12 năm 2019
BIÊN BẢN HỌP CHI BỘ
Buổi sinh hoạt thường kỳ tháng 12 năm 2019 của Chi bộ Ban Chỉ huy
Quân sự thị trấn Hồng Mỹ Bắc bắt đầu lúc 8 giờ 00 phút ngày 10 tháng 12
năm 2019, ở trụ sở Ban Chỉ huy Quân sự thị trấn Hồng Mỹ Bác.
"""


def test_letter_head_in_garbled_capitals_takes_the_body_spelling() -> None:
    fields = fields_of(LETTER_HEAD)
    assert fields.branch == "Chi bộ Ban Chỉ huy Quân sự thị trấn Hồng Mỹ Bắc"
    assert fields.parent_committee == "Đảng bộ thị trấn Hồng Mỹ Bắc"
    assert fields.location == "trụ sở Ban Chỉ huy Quân sự thị trấn Hồng Mỹ Bắc"
    assert fields.fields["branch"].confidence > fields.fields["location"].confidence


def test_a_dash_the_letter_head_lost_comes_from_the_body() -> None:
    text = """ĐẢNG BỘ CƠ QUAN HUYỆN ĐẢNG CỘNG SẢN VIỆT NAM
NGHĨA HÀ NAM
CHI BỘ TRUNG TÂM VĂN HÓA
- THỂ THAO HUYỆN NGHĨA HÀ
NAM
Nghĩa Hà Nam, ngày 3 tháng 12 năm 2017
BIÊN BẢN SINH HOẠT CHUYÊN ĐỀ
Vào lúc 15h00 ngày 03/12/2017, tại phòng họp cơ quan, Chi bộ
Trung tâm Văn hóa - Thể thao huyện Nghĩa Hà Nam họp chuyên đề.
"""
    assert fields_of(text).branch == "Chi bộ Trung tâm Văn hóa - Thể thao huyện Nghĩa Hà Nam"


def test_a_cell_line_that_lost_its_chi_bo_is_found_from_the_body() -> None:
    text = """ĐẢNG BỘ THỊ TRẤN AN TIẾN A ĐẢNG CỘNG SẢN VIỆT NAM
KHU PHỐ 1 ——T—
cHnộ » , An Tiến A, ngày 25 tháng 04 năm 2022
BIÊN BẢN HỌP CHI BỘ
Vào lúc 20 giờ 00 phút ngày 25/04/2022, tại nhà sinh hoạt cộng đồng khu phố 1, Chi bộ
khu phố 1 họp thường kỳ tháng 4 năm 2022.
"""
    fields = fields_of(text)
    assert fields.branch == "Chi bộ khu phố 1"
    assert fields.parent_committee == "Đảng bộ thị trấn An Tiến A"
    assert fields.fields["branch"].confidence < 0.7


def test_a_one_word_tail_is_taken_only_where_ocr_lost_a_space() -> None:
    text = """ĐẢNG BỘ KHỐI DOANH NGHIỆP ĐẢNG CỘNG SẢN VIỆT NAM
CHI BỘ CÔNG TY MAY PHÚ THÀNH
Thạnh Phong A, ngày 07 tháng 05 năm 2020
BIÊN BẢN
"""
    assert fields_of(text).branch == "Chi bộ Công Ty May Phú Thành"


def test_parent_committee_with_a_speck_after_its_cue() -> None:
    text = "ĐÁẢNG ỦY. XÃ THẠNH XƯƠNG ĐẢNG CỘNG SẢN VIỆT NAM\nCHI BỘ ẤP MỘT\nBIÊN BẢN\n"
    assert fields_of(text).parent_committee == "Đảng ủy xã Thạnh Xương"


def test_a_speck_after_a_letter_head_name_goes_when_the_body_writes_the_name() -> None:
    text = """ĐẢNG BỘ XÃ HƯNG HÒA ĐẢNG CỘNG SẢN VIỆT NAM
CHI BỘ THÔN HƯNG HÒA TÂY T
BIÊN BẢN
Hôm nay, ngày 3 tháng 5 năm 2020, tại nhà văn hóa thôn, Chi bộ thôn Hưng Hòa Tây họp.
"""
    assert fields_of(text).branch == "Chi bộ thôn Hưng Hòa Tây"


def test_the_cue_words_of_a_letter_head_are_not_put_to_the_vote() -> None:
    text = """ĐẢNG ỦY THỊ TRẤN HÒA PHÚ ĐẢNG CỘNG SẢN VIỆT NAM
CHI BỘ TRƯỜNG TIỂU HỌC HÒA PHÚ
BIÊN BẢN
Đằng ủy thị trấn giao nhiệm vụ. Chí bộ Trường Tiểu học Hòa Phú họp.
"""
    fields = fields_of(text)
    assert fields.parent_committee == "Đảng ủy thị trấn Hòa Phú"
    assert fields.branch == "Chi bộ Trường Tiểu học Hòa Phú"


def test_a_cell_line_that_lost_chi_and_a_short_name_after_the_cue() -> None:
    text = """ĐĂNG BỘ XÃ ĐẠI TƯỜNG TRƯNG _ —_ ĐẢNGCỘNGSẢNVIỆTNAM:
BỘ XÓM 9 :
Số: 04-BB/CB ` Đại Tường Trung, Hgày 05 tháng 05 năm 2013
BIÊN BẢN HỌPCHIBỘ
Chi bộ xóm 9 họp sinh hoạt thường kỳ vào lúc 14h45 ngày 05/5/2013 tại nhà văn hóa xóm.
"""
    fields = fields_of(text)
    assert fields.branch == "Chi bộ xóm 9"
    assert fields.parent_committee == "Đảng bộ xã Đại Tường Trung"


def test_a_one_letter_end_the_letter_head_lost_comes_from_the_body() -> None:
    text = """ĐẢNG BỘ THỊ TRẤN YÊN THỊNH A ĐẢNG CỘNG SẢN VIỆT NAM
CHI BỘ TRƯỜNG TIỂU HỌC VÀ
THCS YÊN THỊNH rY
Yên Thịnh A, ngày 15 tháng 04 năm 2022
BIÊN BẢN
Chi bộ Trường Tiểu học và THCS Yên Thịnh A bắt đầu lúc 4 giờ 00 phút chiều ngày 15/4/2022.
"""
    assert fields_of(text).branch == "Chi bộ Trường Tiểu học và THCS Yên Thịnh A"


def test_a_vote_never_crosses_a_sentence() -> None:
    text = """ĐẢNG BỘ PHƯỜNG ĐÔNG
ĐẢNG CỘNG SẢN VIỆT NAM
KHÁNH TÂY
CHI BỘ CÔNG TY CP VIỆT TIẾN
Đông Khánh Tây, ngày 07 tháng 04 năm 2020
BIÊN BẢN HỌP CHI BỘ
Chuyên đề: "Bảo vệ môi trường tại địa phương".
Đồng chí Lê Văn An trình bày.
"""
    assert fields_of(text).parent_committee == "Đảng bộ phường Đông Khánh Tây"


def test_a_two_letter_last_word_is_part_of_the_name() -> None:
    text = """ĐẢNG BỘ CÔNG AN HUYỆN
HỒNG THỊNH A
ĐẢNG CỘNG SẢN VIỆT NAM
CHI BỘ ĐỘI CẢNH SÁT GIAO
THÔNG - TRẬT TỰ
Hồng Thịnh A, ngày 25 tháng 9 năm 2022
BIÊN BẢN
Địa điểm: phòng họp Đội Cảnh sát giao thông - Trật tự.
"""
    assert fields_of(text).branch == "Chi bộ Đội Cảnh sát giao thông - Trật tự"

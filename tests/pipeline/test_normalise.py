from __future__ import annotations

import unicodedata
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from bienban.pipeline.normalise import normalise_text


def test_decomposed_vietnamese_becomes_nfc() -> None:
    decomposed = unicodedata.normalize("NFD", "Biên bản sinh hoạt chi bộ")
    assert normalise_text(decomposed) == "Biên bản sinh hoạt chi bộ"


def test_spaces_and_empty_lines_are_collapsed() -> None:
    assert normalise_text("  Có\u00a0mặt:   23 \n\n\t đ/c  ") == "Có mặt: 23\nđ/c"


@given(st.text())
def test_normalising_twice_changes_nothing(text: str) -> None:
    once = normalise_text(text)
    assert normalise_text(once) == once


@given(st.text(alphabet="ạảãáàâầấậẩẫăằắặẳẵđêềếệểễôồốộổỗơờớợởỡưừứựửữĐƠƯ abc\n"))
def test_vietnamese_letters_survive(text: str) -> None:
    letters = [c for c in unicodedata.normalize("NFC", text) if not c.isspace()]
    assert [c for c in normalise_text(text) if not c.isspace()] == letters


def test_known_misreadings_are_repaired_and_each_word_keeps_its_case() -> None:
    text = "Chỉ bộ họp. CHỈ BỘ ẤP. Báo cáo của chỉ ủy, 5 đẳng viên; chỉ tiêu đạt; bình đẳng"
    assert normalise_text(text) == (
        "Chi bộ họp. CHI BỘ ẤP. Báo cáo của chi ủy, 5 đảng viên; chỉ tiêu đạt; bình đẳng"
    )
    assert (
        normalise_text("ngày 15 tháng 3 nắm 2024, nắm tay") == "ngày 15 tháng 3 năm 2024, nắm tay"
    )
    assert normalise_text("Tổng số ÐV: 27") == "Tổng số ĐV: 27"


def test_old_style_tone_marks_move_to_the_main_vowel_and_nothing_else_moves() -> None:
    assert normalise_text("Nhà văn hoá, Đảng uỷ, khoẻ, Thuỷ") == "Nhà văn hóa, Đảng ủy, khỏe, Thủy"
    untouched = "Quý thuế hoàn luận Huệ Thuận tuổi thuở hòa ủy"
    assert normalise_text(untouched) == untouched


def test_letters_that_look_like_digits_are_read_as_digits_inside_numbers() -> None:
    assert normalise_text("ngày l5/3/2O24 lúc 14h3O, Z7 đồng chí") == (
        "ngày 15/3/2024 lúc 14h30, 27 đồng chí"
    )
    assert normalise_text("nhà số 12B, Quý II, lo toan") == "nhà số 12B, Quý II, lo toan"


def test_a_normalised_page_keeps_the_text_as_read_as_evidence() -> None:
    from bienban.models import Page, Word
    from bienban.pipeline.normalise import normalise_page

    words = [Word(text=t, confidence=0.9, line=0) for t in ["Chỉ", "bộ", "họp"]]
    page = normalise_page(Page(number=1, text="Chỉ bộ họp", words=words))
    assert page.text == "Chi bộ họp" and page.raw_text == "Chỉ bộ họp"
    assert [w.text for w in page.words] == ["Chi", "bộ", "họp"]
    assert normalise_page(page).raw_text == "Chỉ bộ họp"  # the reading survives a second pass
    clean = normalise_page(Page(number=1, text="Chi bộ họp"))
    assert clean.raw_text is None


def test_a_broken_repairs_file_is_refused_when_loaded(tmp_path: Path) -> None:
    import pytest
    from pydantic import ValidationError

    from bienban.pipeline.normalise import load_repairs

    bad = tmp_path / "repairs.yaml"
    bad.write_text('version: 1\nphrases:\n  - {read: "chỉ bộ", means: "chi"}\n', encoding="utf-8")
    with pytest.raises(ValidationError, match="as many words"):
        load_repairs(bad)


def test_a_misreading_a_line_break_cuts_is_repaired_and_the_lines_stay() -> None:
    text = "giới thiệu chuyên đề: “Phát huy tỉnh\nthần tự học” và tỉnh thần"
    assert normalise_text(text) == "giới thiệu chuyên đề: “Phát huy tinh\nthần tự học” và tinh thần"
    assert normalise_text("ngày 3 tháng 3 nắm\n2024") == "ngày 3 tháng 3 năm\n2024"
    assert normalise_text("về tỉnh\nThái Bình") == "về tỉnh\nThái Bình"  # "tỉnh" alone is right


def test_letters_with_a_diaeresis_are_read_as_the_acute_ocr_took_them_for() -> None:
    assert normalise_text("ŸÝ kiến; Bï thư; ÿ") == "ÝÝ kiến; Bí thư; ý"


def test_a_normalised_page_repairs_its_words_across_lines_too() -> None:
    from bienban.models import Page, Word
    from bienban.pipeline.normalise import normalise_page

    words = [
        Word(text="huy", confidence=0.9, line=0),
        Word(text="tỉnh", confidence=0.9, line=0),
        Word(text="thần", confidence=0.9, line=1),
    ]
    page = normalise_page(Page(number=1, text="huy tỉnh\nthần", words=words))
    assert page.text == "huy tinh\nthần"
    assert [w.text for w in page.words] == ["huy", "tinh", "thần"]

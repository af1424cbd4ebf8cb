from __future__ import annotations

import unicodedata

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

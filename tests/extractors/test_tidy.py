from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bienban.extractors.text import tidy_value


@pytest.mark.parametrize(
    ("raw", "tidy"),
    [
        ("Chi bộ Khu. phố 4 ¬¬ . „", "Chi bộ Khu. phố 4"),
        ("Đảng bộ xã Phước Lộc - __", "Đảng bộ xã Phước Lộc"),
        ("hội trường (tầng 2)", "hội trường (tầng 2)"),
        ("Nguyễn Văn An)", "Nguyễn Văn An"),
    ],
)
def test_stray_ocr_marks_leave_the_ends_of_values(raw: str, tidy: str) -> None:
    assert tidy_value(raw) == tidy


@given(st.text())
def test_tidying_twice_changes_nothing(text: str) -> None:
    assert tidy_value(tidy_value(text)) == tidy_value(text)

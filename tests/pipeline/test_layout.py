from __future__ import annotations

from bienban.models import Word
from bienban.models.page import join_lines
from bienban.pipeline.layout import reading_order


def _line(text: str, *, line: int, left: int, top: int) -> list[Word]:
    words = []
    for token in text.split():
        words.append(
            Word(text=token, left=left, top=top, width=20 * len(token), height=30, line=line)
        )
        left += 20 * len(token) + 15
    return words


def test_a_two_column_letter_head_is_read_row_by_row_left_first() -> None:
    """Tesseract gives the left column's block, then the right one's."""
    words = (
        _line("ĐẢNG ỦY XÃ AN PHÚ", line=0, left=100, top=100)
        + _line("CHI BỘ ẤP 3", line=1, left=100, top=150)
        + _line("ĐẢNG CỘNG SẢN VIỆT NAM", line=2, left=1000, top=102)
        + _line("An Phú, ngày 5 tháng 3 năm 2024", line=3, left=900, top=152)
        + _line("BIÊN BẢN", line=4, left=600, top=300)
    )
    blocks = {0: 1, 1: 1, 2: 2, 3: 2, 4: 3}
    assert join_lines(reading_order(words, blocks=blocks)).splitlines() == [
        "ĐẢNG ỦY XÃ AN PHÚ",
        "ĐẢNG CỘNG SẢN VIỆT NAM",
        "CHI BỘ ẤP 3",
        "An Phú, ngày 5 tháng 3 năm 2024",
        "BIÊN BẢN",
    ]


def test_blocks_one_above_the_other_keep_their_order_even_when_lines_are_skewed() -> None:
    first = _line("Hôm nay chi bộ họp", line=0, left=100, top=100)
    second = _line("tại nhà văn hóa ấp", line=1, left=100, top=120)  # overlaps: skewed scan
    third = _line("Chủ trì: đồng chí Hai", line=2, left=100, top=400)
    words = first + second + third
    ordered = reading_order(words, blocks={0: 1, 1: 1, 2: 2})
    assert join_lines(ordered).splitlines() == [
        "Hôm nay chi bộ họp",
        "tại nhà văn hóa ấp",
        "Chủ trì: đồng chí Hai",
    ]

from __future__ import annotations

from bienban.extractors import extract_fields
from bienban.models import Page, Word


def _page(*, geometry_changed: bool) -> Page:
    lines = ["Chủ trì: đồng chí Nguyễn Văn Hai.", "Thư ký: đồng chí Lê Thị Thu Hà."]
    words = [
        Word(text=token, left=100 + 60 * i, top=200 + 50 * row, width=50, height=30, line=row)
        for row, text in enumerate(lines)
        for i, token in enumerate(text.split())
    ]
    return Page(
        number=1,
        text="\n".join(lines),
        words=words,
        width=1000,
        height=2000,
        geometry_changed=geometry_changed,
    )


def test_evidence_carries_the_line_boxes_as_page_fractions() -> None:
    fields = extract_fields([_page(geometry_changed=False)])
    [box] = fields.fields["chair"].boxes
    left, top, width, height = box
    assert (left, top) == (0.1, 0.1)
    assert height == 0.015 and 0.3 < width < 0.5


def test_no_boxes_when_ocr_read_a_turned_copy() -> None:
    fields = extract_fields([_page(geometry_changed=True)])
    assert fields.fields["chair"].boxes == []

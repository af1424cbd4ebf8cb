"""Extractor 0.7.0: attendance counts that survive OCR and table layouts.

Each test pins one general mechanism: a table head whose cells wrap over lines (read by the
cells' first words, the arithmetic choosing the reading), a total whose "Tổng" OCR lost, a
row with specks or a misread number worked out from the arithmetic (or left out when
nothing fits), a vertical table under "Nội dung" / "Số đồng chí", a doubled "ĐĐV", a cell's
name garbled between "tổng số đảng viên" and its number.
"""

from __future__ import annotations

import pytest

from bienban.extractors import extract_fields
from bienban.extractors.count_table import (
    head_labels,
    read_table,
    row_cells,
    solve_row,
)
from bienban.extractors.text import fold
from bienban.models import MeetingFields, Page


def fields_of(text: str) -> MeetingFields:
    return extract_fields([Page(number=1, text=text)])


def counts_of(fields: MeetingFields) -> tuple[int | None, ...]:
    a = fields.attendance
    return (a.total_members, a.exempt, a.present, a.absent_excused, a.absent_unexcused)


OPENING = (
    "BIÊN BẢN\nSINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 5 NĂM 2022\n"
    "Hôm nay, 14h30 ngày 3/5/2022, tại hội trường, chi bộ tổ chức sinh hoạt thường kỳ.\n"
    "Tình hình đảng viên dự họp:\n"
)
CLOSING = "\nChủ trì: đ/c Đinh Thị Dung - BT CB.\nThư ký: đ/c Kiều Ngọc Liên.\n1. Thảo luận:\n"


def test_wrapped_head_read_by_first_words() -> None:
    head = fold("Tổng số Miễn SH Phải dự Có mặt Vắng có Vắng ĐV lý do không lý do")
    readings = head_labels(head)
    assert [
        "total_members",
        "exempt",
        "required",
        "present",
        "absent_excused",
        "absent_unexcused",
    ] in readings


def test_wrapped_head_in_a_text_layer() -> None:
    table = "Tổng số Miễn SH Phải dự Có mặt Vắng có\nVắng\nĐV lý do không lý\ndo\n26 1 25 24 1 0"
    assert counts_of(fields_of(OPENING + table + CLOSING)) == (26, 1, 24, 1, 0)


def test_columns_in_another_order() -> None:
    table = "Có mặt Tổng số ĐV Vắng không lý do Vắng có lý do\n24 26 0 2"
    assert counts_of(fields_of(OPENING + table + CLOSING)) == (26, None, 24, 2, 0)


def test_total_whose_tong_ocr_lost() -> None:
    head = fold("P số Ị Miễn SH Phải dự Có mặt Vắng có lý Vắng do không lý do")
    found = read_table(head, "[ 7 0 7 6 1 0")
    assert found is not None
    assert found.values["total_members"] == 7
    assert (found.values["present"], found.values["absent_excused"]) == (6, 1)


def test_row_specks_left_out() -> None:
    assert row_cells("15 14 1 h 0 ì", 4) == [[(15, 0)], [(14, 0)], [(1, 0)], [(0, 0)]]
    assert row_cells("[ 7 0 7 6 1 0", 6) is not None
    assert row_cells("12 11", 4) is None


def test_misread_cells_worked_out_by_arithmetic() -> None:
    labels = ["total_members", "exempt", "required", "present", "absent_excused"]
    labels.append("absent_unexcused")
    cells = row_cells("14 i9 14 n t1 ø", 6)
    assert cells is not None
    found = solve_row(labels, cells)
    assert found is not None
    assert found.values["exempt"] == 0 and found.values["present"] == 13
    assert set(found.uncertain) >= {"exempt", "present"}


def test_misread_cells_in_a_document_warned() -> None:
    table = "Tổng số ĐV Miễn SH Phải dự Có mặt Vắng có lý do Vắng không lý do\n14 I9 14 n T1 Ø"
    fields = fields_of(OPENING + table + CLOSING)
    assert counts_of(fields) == (14, 0, 13, 1, 0)
    assert any("suy ra" in warning for warning in fields.warnings)
    assert fields.fields["attendance.present"].confidence <= 0.5


def test_nothing_fits_leaves_null() -> None:
    labels = ["total_members", "present", "absent_excused", "absent_unexcused"]
    cells = row_cells("n 14 x 0", 4)  # two unknowns, one equation: no single answer
    assert cells is not None
    assert solve_row(labels, cells) is None


def test_printed_numbers_that_do_not_add_up_stay() -> None:
    found = read_table(fold("Tổng số Có mặt Vắng có lý do Vắng không lý do"), "20 17 1 1")
    assert found is not None
    assert found.values == {
        "total_members": 20,
        "present": 17,
        "absent_excused": 1,
        "absent_unexcused": 1,
    }
    assert not found.adds_up


def test_vertical_table_after_content_heading() -> None:
    table = (
        "Nội dung\nSố đồng chí\nTổng số đảng viên\n12\nMiễn công tác và sinh hoạt đảng\n0\n"
        "Đảng viên phải dự\n12\nCó mặt\n11\nVắng có lý do\n0\nVắng không lý do\n1"
    )
    assert counts_of(fields_of(OPENING + table + CLOSING)) == (12, 0, 11, 0, 1)


def test_doubled_d_in_unit() -> None:
    text = (
        "Thành phần: Tổng số ĐV: 15; miễn SH: 1; có mặt: 13; vắng: 1 ĐĐV, gồm: đồng chí "
        "Phan Anh Điền (không báo cáo)."
    )
    assert counts_of(fields_of(OPENING + text + CLOSING)) == (15, 1, 13, 0, 1)


@pytest.mark.parametrize("cell", ["của chỉ bệ", "của chi bộ"])
def test_total_after_garbled_cell_name(cell: str) -> None:
    text = f"Tổng số đảng viên {cell}: chín đồng chí; có mặt: bảy đồng chí, vắng hai đồng chí."
    assert fields_of(OPENING + text + CLOSING).attendance.total_members == 9


def test_table_absent_against_named_absentees() -> None:
    table = (
        "Tổng số ĐV Miễn SH Phải dự Có mặt Vắng có lý do Vắng không lý do\n16 2 14 12 3 0\n"
        "Đảng viên vắng (2): Trần Bá Định - đi học; Đoàn Quang Lâm - bận việc gia đình."
    )
    assert counts_of(fields_of(OPENING + table + CLOSING)) == (16, 2, 12, 2, 0)

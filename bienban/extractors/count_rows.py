"""A roll call kept as a table of rows ("STT | Chỉ tiêu | Số lượng | Ghi chú"): one row for each
count, its label then its number, a note after it that may wrap over lines.

On a worn scan the grid's lines come out as specks between the label and the number ("Tống số
đảngviên —] 9", "Có mặt T 7 T"), or glued to a number ("Có mặt T6" for 16, "2}" for 21); every
reading of such a cell is kept and the arithmetic of the rows (see `count_table.solve_row`)
chooses among them."""

from __future__ import annotations

import re
from dataclasses import dataclass

from bienban.extractors.count_table import READ_COST, Cell, TableRead, cell_readings, solve_row
from bienban.extractors.ruleset import unmarked
from bienban.extractors.text import Document

# The head of such a table, without tone marks ("Chỉ tiêu", "Số lượng", "Ghi chú" as OCR
# reads them: "Chitêu", "Sđlượng", "Số Tượng").
_HEAD_WORD = re.compile(
    r"(?<![^\W\d_])(?:stt|ch[il]?\s*t[il]?eu|s\w?\s*[lt]uong|ghi\s*chu)(?![^\W\d_])"
)
HEAD_CHARS = 90
# Each row's label, without tone marks, in the order they are tried ("Văngcóiýdo": "Vắng có lý
# do" as OCR ran it together).
_REASON = r"(?:[lt]?\s*[iy]{1,2}\s*d[ou0]|phep|ld)"
_LABELS = (
    ("absent_unexcused", re.compile(r"vang\s*khong\s*(?:co\s*)?" + _REASON)),
    ("absent_excused", re.compile(r"vang\s*co\s*" + _REASON)),
    ("required", re.compile(r"ph\w{1,3}\s*du")),
    ("exempt", re.compile(r"mien\s*(?:sinh\s*hoat|sh)")),
    ("present", re.compile(r"co\s*mat|du\s*hop|hien\s*dien")),
    (
        "total_members",
        re.compile(r"tong\s*so(?:\s*(?:dang\s*vien|dv|dang))?|t\wng\s*\S{1,2}\s*dang\s*vien"),
    ),
    ("absent", re.compile(r"vang(?:\s*mat)?")),
)
# Before the label: the row's number, the grid's specks, a garbled short word or two.
_ROW_LEAD = re.compile(r"^[\W\d_]*(?:[^\W\d_]{1,4}[\W\d_]+){0,3}$")
# The content of the meeting: the table is over.
_AFTER_TABLE = re.compile(
    r"^\W*(?:[ivx]{1,4}|[il1]{1,2}[ivx]?|\d)?\W*\s*(?:noi\s*d\w{1,2}ng|dien\s*bien)"
)
MAX_ROW_LINES = 16
# Marks glued to a number that may be a 1 the grid's line ran into ("T6", "2}").
_GLUED_ONE = re.compile(r"[t}\]|!lií]")


@dataclass(frozen=True)
class RowsRead:
    """The counts a table of rows gave, and the span of its rows in the document."""

    found: TableRead
    start: int
    end: int


def read_rows(doc: Document, zone: int) -> RowsRead | None:
    """The counts of the first table of rows in the roll call (before `zone`), if it has at
    least two rows that give a number."""
    for index in range(len(doc.paragraphs)):
        if doc.starts[index] > zone:
            return None
        if _is_head(unmarked(doc.folded_paragraph(index))):
            return _rows_below(doc, index)
    return None


def _is_head(loose: str) -> bool:
    """A short line naming two of the columns (OCR may garble the others)."""
    return len(loose) <= HEAD_CHARS and len(_HEAD_WORD.findall(loose)) >= 2


def _rows_below(doc: Document, head: int) -> RowsRead | None:
    labels: list[str] = []
    cells: list[Cell] = []
    last = head
    for index in range(head + 1, min(len(doc.paragraphs), head + 1 + MAX_ROW_LINES)):
        folded = doc.folded_paragraph(index)
        loose = unmarked(folded)
        if _AFTER_TABLE.match(loose):
            break
        row = _row(loose)
        if row is None:
            continue  # a note wrapped over lines, or a row OCR garbled beyond reading
        label, end = row
        if label in labels:
            break
        labels.append(label)
        cells.append(_number_after(folded[end:]))
        last = index
    if sum(any(value is not None for value, _ in cell) for cell in cells) < 2:
        return None
    found = solve_row(labels, cells)
    if found is None or not found.adds_up:
        return None  # the sentences' counts (`stated.find_stated`) read it as printed
    found = TableRead(
        {k: v for k, v in found.values.items() if k != "required"},
        tuple(k for k in found.uncertain if k != "required"),
        found.adds_up,
    )
    end = doc.starts[last] + len(doc.paragraphs[last].text)
    return RowsRead(found, doc.starts[head + 1], end)


def _row(loose: str) -> tuple[str, int] | None:
    """The row's label and where it ends, when the line opens with one."""
    for name, pattern in _LABELS:
        m = pattern.search(loose)
        if m is not None and _ROW_LEAD.match(loose[: m.start()]) and "(" not in loose[: m.start()]:
            return name, m.end()
    return None


def _number_after(rest: str) -> Cell:
    """The readings of the number after a row's label: the first token with a digit, past the
    grid's specks; none when a word comes first (the note, with the number lost)."""
    for token in rest.split():
        if re.search(r"\d", token):
            return _with_glued_ones(token, cell_readings(token))
        if len(token) > 2 and re.search(r"[^\W\d_]{3}", token):
            break
    return [(None, 2 * READ_COST)]


def _with_glued_ones(token: str, readings: Cell) -> Cell:
    """`readings` and the reading with the marks glued to the number read as 1s."""
    stripped = token.strip(".,;:'\"”“()[{—–-_")
    ones = _GLUED_ONE.sub("1", stripped)
    if not re.fullmatch(r"\d{1,3}", ones) or ones == stripped:
        return readings
    if int(ones) in {value for value, _ in readings}:
        return readings
    return [*readings, (int(ones), READ_COST)]

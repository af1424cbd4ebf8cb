"""Tables of tasks: a head naming its columns ("TT | Nội dung công việc | Thời gian thực hiện |
Người phụ trách"), possibly cut cell by cell over lines, then numbered rows whose task wraps over
lines; a deadline or owner column OCR read into the task is taken out."""

from __future__ import annotations

import re

from bienban.extractors.hits import Hit
from bienban.extractors.markers import PLAIN_ITEM_CHARS, ends_list, list_addendum, marker_kind
from bienban.extractors.text import Document, fold

# A table of tasks: "TT | Nội dung công việc | Thời gian thực hiện | Người phụ trách".
_WITH_COLUMNS = (
    r"^\W{0,3}(?:(?:s|số\s*)?tt\s+)?(?:nội\s*dung|công\s*việc|nhiệm\s*vụ|việc\s*c[ầẩấâ]n\s*làm)"
    # column names only between: not "Nhiệm vụ 1: Vận động các hộ dân thực hiện …", an item
    r"[^\n:;.\d]{0,30}?(?:thời\s*(?:gian|hạn)|phụ\s*trách|(?:người\s*)?thực\s*hiện)"
)
# A head that names the deadline or owner column: a table of tasks wherever it stands.
TASK_HEAD_WITH_COLUMNS = re.compile(_WITH_COLUMNS)
_TASK_TABLE_HEAD = re.compile(
    _WITH_COLUMNS
    + r"|^\W{0,3}(?:s|số\s*)?tt\W{0,3}\s+(?:nội\s*dung|công\s*việc|nhiệm\s*vụ)(?:\s*(?:công\s*việc|nhiệm\s*vụ))?\W{0,3}$"
    # "TT" lost to the grid's specks ("H bị Nội dung nhiệm vụ"): the head's two words alone
    r"|^\W{0,3}(?:\S{1,3}\s+){1,2}nội\s*dung\s*(?:công\s*việc|nhiệm\s*vụ)\W{0,3}$"
)

_GRID_SPECKS = "[]|!\"'`~_—–- "

_ROW_NUMBER = re.compile(r"^\s*([\dIl|T]{1,2})[.)]?(?:\s+|$)")  # "1" read "I", "l", "|", "T"

_SPECKED_ROW = re.compile(r"^\s*\S{1,3}\s+(\d{1,2})[.)]?\s+(?=\S)")

_NEXT_ROW_NUMBER = re.compile(r"\s(\d{1,2})$")  # the next row's number joined to this row

_ROW_JUNK = re.compile(r"^\s*\S{1,2}\s+(?=[A-ZĐÀ-Ỹ])")

_LONE_TT = re.compile(r"^\W{0,2}(?:s|số\s*)?tt\W{0,2}$", re.IGNORECASE)  # the head's first cell

TASK_COLUMN = re.compile(
    r"^\W{0,3}(?:nội\s*dung|công\s*việc|nhiệm\s*vụ)(?:\s*(?:công\s*việc|nhiệm\s*vụ))?\W{0,3}$"
)

# A deadline cell OCR read into the middle of its row's task ("Phối hợp Mặt trận và các đoàn
# Thường xuyên thể vận động …"): a capitalised phrase of the time column.
_DEADLINE = (
    r"(?:(?:Trong|Trước|Sau|Đến|Từ)\s+(?:tháng|ngày|quý|năm)\s+[\dIVX]{1,2}(?:\s*/\s*\d{1,4}){0,2}"
    r"|Thường\s+xuyên|H[ằà]ng\s+(?:tháng|tuần|ngày|quý)|Cả\s+năm|Quý\s+[IVX\d]+(?:/\d{4})?)"
)
_DEADLINE_CELL = re.compile(r"\s" + _DEADLINE + r"(?=\s|$)")
# A deadline cell on the line that goes on with its row's task ("1/ Duy trì chế độ trực ban," /
# "Tháng 8/2022 trực chiến, …"): the task's words follow in small letters.
DEADLINE_LEAD = re.compile(r"^\s*(?:" + _DEADLINE + r"|Tháng\s+\d{1,2}\s*/\s*\d{4})\s+(?=[^\W\d_])")
OWNER_AND_DEADLINE = re.compile(
    r"^\W{0,3}(?:(?:người\s*)?thực\s*hiện|phụ\s*trách)\s*:[^\n]{0,60}(?:thời\s*hạn|hạn)\s*:"
)
# The other columns' heads of a table of tasks, each on a line of its own.
OTHER_COLUMN = re.compile(
    r"^\W{0,3}(?:thời\s*(?:gian|hạn)(?:\s*(?:thực\s*hiện|hoàn\s*thành))?"
    r"|người\s*(?:thực\s*hiện|phụ\s*trách)|phụ\s*trách|ghi\s*chú)\W{0,3}$"
)


def task_table_rows(doc: Document, index: int) -> int | None:
    """Where the rows begin when paragraph `index` heads a table of tasks (its first cell "TT"
    may stand alone above the rest: "Số TT" / "Nội dung"); else None."""
    lone = _LONE_TT.match(doc.paragraphs[index].text) and index + 1 < len(doc.paragraphs)
    head = index + 1 if lone else index
    folded = doc.folded_paragraph(head)
    if _TASK_TABLE_HEAD.match(folded) or (lone and TASK_COLUMN.match(folded)):
        return head + 1
    return None


def table_items(doc: Document, index: int) -> tuple[list[Hit[str]], int]:
    """The tasks of a table whose rows start at paragraph `index`: one per numbered row, the
    row's wrapped lines joined, the deadline column taken out (rows without numbers: see
    `unnumbered_rows`)."""
    numbers = [_ROW_NUMBER.match(p.text) for p in doc.paragraphs[index : index + 4]]
    if numbers and not any(numbers) and doc.paragraphs[index].text[:1].isupper():
        rows = unnumbered_rows(doc, index)
        if rows[0]:
            return rows
    hits: list[Hit[str]] = []
    j = index
    numbered = False  # the next row's number ended the paragraph before ("… văn bản 5")
    while j < len(doc.paragraphs):
        text = doc.paragraphs[j].text
        number = _SPECKED_ROW.match(text)  # "ll 1 Thu nộp …": the grid's specks first
        if number is None or int(number.group(1)) != len(hits) + 1:
            number = _ROW_NUMBER.match(text)
        if number is not None and number.group(1).isdigit():
            number = number if int(number.group(1)) == len(hits) + 1 else None  # "40 tuổi."
        if number is None and hits:
            number = _ROW_JUNK.match(text)  # a number OCR garbled ("kì" for "5")
        row_opens = number is not None or numbered
        numbered = False
        if row_opens:
            rest = text[number.end() :].strip() if number is not None else text.strip()
            rest = rest.lstrip(_GRID_SPECKS)  # "1 [ Khám sàng lọc …": the grid's line
            if not rest and j + 1 < len(doc.paragraphs):  # "2" on a line, the row below it
                j += 1
                rest = doc.paragraphs[j].text.strip()
            if not rest[:1].isupper() or ends_list(doc.folded_paragraph(j), rest):
                break
            rest = _without_row_cells(doc.paragraphs[j].lines[0].text, rest)
            start = doc.starts[j] + doc.paragraphs[j].text.find(rest[:10])
            hits.append(Hit(rest, start, start + len(rest), 0.7, "table"))
        elif (
            hits
            and not hits[-1].value.endswith(".")
            and len(text) < PLAIN_ITEM_CHARS[1]
            and list_addendum(doc, j) is None  # "Chi bộ giao chi ủy …" below the table
        ):
            last = hits[-1]  # the row's task wrapped onto a line of its own
            hits[-1] = Hit(f"{last.value} {text.strip()}", last.start, last.end, last.confidence)
        else:
            break
        tail = _NEXT_ROW_NUMBER.search(hits[-1].value)
        if tail is not None and int(tail.group(1)) == len(hits) + 1:
            last = hits[-1]
            hits[-1] = Hit(last.value[: tail.start()], last.start, last.end, last.confidence)
            numbered = True
        j += 1
    return [_without_deadline(hit) for hit in hits], j


# A row's other cells at the end of its first line, where the task column is narrow and wraps
# below them ("1 Mỗi đảng viên trực tiếp đ/c Trịnh Hoài Long trước 4/4" / "đến các hộ …"): the
# deadline, and before it who carries the task out.
_ROW_DEADLINE = re.compile(
    r"\s(?:(?:trước|trong|sau|đến|từ|cuối|đầu|hết)\s+(?:ngày\s+|tháng\s+|quý\s+)?"
    r"[\dIVX]{1,2}(?:\s*/\s*\d{1,4}){0,2}|thường\s*xuyên|h[ằà]ng\s*(?:tháng|tuần|ngày|quý)"
    r"|cả\s*năm)\s*$",
    re.IGNORECASE,
)
_ROW_OWNER = re.compile(
    r"\s(?:(?:đ/?c|đồng\s*chí)\s+(?P<name>(?:\S+\s+){1,3}\S+)|chi\s*ủy|(?:các\s*)?tổ\s*(?:đảng|chuyên\s*môn)"
    r"|(?:phó\s*)?bí\s*thư|(?:toàn\s*)?chi\s*bộ|(?:các\s*)?đảng\s*viên|các\s*đoàn\s*thể)\s*$",
    re.IGNORECASE,
)


def _without_row_cells(first_line: str, rest: str) -> str:
    """`rest` (a row's text) without the owner and deadline cells its `first_line` ends with."""
    deadline = _ROW_DEADLINE.search(first_line)
    if deadline is None:
        return rest
    cut = deadline.start()
    owner = _ROW_OWNER.search(first_line[:cut])
    if owner is not None and (
        owner["name"] is None or all(word[:1].isupper() for word in owner["name"].split())
    ):
        cut = owner.start()
    cells = first_line[cut:].strip()
    at = rest.find(cells)
    return rest if at <= 0 else f"{rest[:at].rstrip()} {rest[at + len(cells) :].lstrip()}".strip()


def _without_deadline(hit: Hit[str]) -> Hit[str]:
    value = " ".join(_DEADLINE_CELL.sub(" ", f" {hit.value}").split()).rstrip(";,")
    return Hit(value, hit.start, hit.end, hit.confidence, hit.note)


# Who carries a task out, as a cell of its own line ("Đ/c Đặng Thu Hằng", "Toàn thể đảng viên",
# "Chi ủy"), or opening the line the task wraps onto ("Đ/c Đặng Thu Hằng phạm ma túy …").
_OWNER = (
    r"(?:(?i:đ\s*[/íi|]?\s*c|đồng\s*chí)\s+(?:[A-ZĐÀ-Ỹ][^\s,.;:]*\s*){2,5}"
    r"|(?i:(?:đồng\s*chí\s*)?(?:phó\s*)?bí\s*thư(?:\s*chi\s*bộ)?|chi\s*ủy"
    r"|toàn\s*thể\s*(?:đảng\s*viên|chi\s*bộ)|(?:các\s*)?tổ\s*(?:đảng|chuyên\s*môn)|các\s*đoàn\s*thể))"
)
_OWNER_LINE = re.compile(r"^\W{0,3}" + _OWNER + r"[\W\w]{0,3}$")
_NAMED_OWNER = r"(?i:đ\s*[/íi|]?\s*c|đồng\s*chí)\s+(?:[A-ZĐÀ-Ỹ][^\s,.;:]*\s*){2,5}"
_OWNER_LEAD = re.compile(r"^\W{0,3}" + _NAMED_OWNER + r"\s*(?=[a-zđà-ỹ])")
# A cell that closes the line opens with a capital ("… kế hoạch doanh Toàn thể đảng viên").
_OWNER_TAIL = re.compile(r"\s+(?:\S{1,2}\s+)?(?=[A-ZĐÀ-Ỹ])" + _OWNER + r"(?:\s+\S{1,2})*\W*$")
MAX_ROWS = 15


def unnumbered_rows(doc: Document, index: int) -> tuple[list[Hit[str]], int]:
    """The tasks of a table whose rows have no number (a task column and who carries each
    out): a task opens with a capital on a line of its own and goes on in small letters on
    the lines below; the owner's cell, on its own line, opening the line below or closing the
    task's first line, is taken out."""
    hits: list[Hit[str]] = []
    if any(
        _is_marked(doc.folded_paragraph(i))
        for i in range(index, min(index + 4, len(doc.paragraphs)))
    ):
        return hits, index  # numbered or marked items below: a list, read as one
    j = index
    while j < len(doc.paragraphs) and len(hits) <= MAX_ROWS:
        paragraph = doc.paragraphs[j]
        folded = doc.folded_paragraph(j)
        if (
            ends_list(folded, paragraph.text)
            or _is_heading(paragraph.text)
            or _is_marked(folded)
            or _SPEAKERS_HEAD.match(folded)
        ):
            break  # the vote, the next part, a list that is no table, the opinions' table
        offset = doc.starts[j]
        for line in paragraph.lines:
            text = _task_words(line.text)
            if text and text[:1].isupper():
                hits.append(Hit(text, offset, offset + len(line.text), 0.65, "table"))
            elif text and hits:
                last = hits[-1]
                hits[-1] = Hit(
                    f"{last.value} {text}", last.start, offset + len(line.text), 0.65, "table"
                )
            offset += len(line.text) + 1
        j += 1
    rows = [_without_deadline(hit) for hit in hits]
    return [row for row in rows if len(row.value.split()) >= 3], j


def _is_marked(folded: str) -> bool:
    """A list item's marker opens the line: not the "Đ/" of an owner's "Đ/c X" cell."""
    return marker_kind(folded) is not None and _HONORIFIC_OPENING.match(folded) is None


_HONORIFIC_OPENING = re.compile(r"\W{0,3}đ\s*/\s*c(?![^\W\d_])")
_SPEAKERS_HEAD = re.compile(r"^\W{0,3}(?:s?tt\s*)?người\s*phát\s*bi")
_DEADLINE_LINE = re.compile(r"^\W{0,3}" + _DEADLINE + r"\W{0,3}$")


def _task_words(line: str) -> str:
    """A row's line without the owner's cell (nothing when the line is that cell, the deadline
    cell or a column's name)."""
    text = line.strip()
    folded = fold(text)
    if _OWNER_LINE.match(text) or _DEADLINE_LINE.match(text):
        return ""
    if TASK_COLUMN.match(folded) or OTHER_COLUMN.match(folded):
        return ""
    lead = _OWNER_LEAD.match(text)
    if lead is not None:
        text = text[lead.end() :]
    return _OWNER_TAIL.sub("", text).strip()


def _is_heading(text: str) -> bool:
    """The next part's heading ("IV/ QUYẾT NGHỊ"): in capitals, or numbered in Roman."""
    letters = [ch for ch in text if ch.isalpha()]
    capitals = len(letters) > 3 and sum(ch.isupper() for ch in letters) > 0.8 * len(letters)
    return capitals or re.match(r"^\W{0,2}[IVX]{1,4}\s*[./)\-–]", text) is not None

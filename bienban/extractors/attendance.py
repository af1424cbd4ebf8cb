"""Attendance counts: total members, exempt, present, absent with and without reason."""

from __future__ import annotations

import re

from bienban.extractors.count_rows import read_rows
from bienban.extractors.count_table import (
    EXCUSED,
    TABLE_NAMES,
    UNEXCUSED,
    TableRead,
    head_labels,
    read_table,
)
from bienban.extractors.counts import Counts, absent_count, adds_up
from bienban.extractors.hits import Hit
from bienban.extractors.numbers import COUNT
from bienban.extractors.people import clean_name
from bienban.extractors.ruleset import load_rules
from bienban.extractors.stated import UNIT, find_stated
from bienban.extractors.text import Document, fold

_EXEMPT_LABEL = re.compile(r"miễn\s*(?:công\s*tác\s*và\s*)?(?:sinh\s*ho|sh\b)")
_ZONE_END = re.compile(
    r"^(?:[ivx]+\.|[b-d]\.|\d\.)?\s*(?:nội\s*dung(?![^\n]{0,12}số\s*(?:đồng\s*chí|đảng\s*viên|lượng|người))|diễn\s*biến"
    r"|phần\s*th[ứừửữự]\s*nhất(?![^\n]{0,6}khai\s*mạc)|phần\s*th[ứừửữự]\s*hai)"
)  # "Nội dung | Số đồng chí": a table's head, not the content's; "PHẦN THỨ NHẤT – KHAI MẠC"
# holds the roll call
# "Vắng 01 đồng chí, đều có lý do.", "Vắng: 02 đ/c, không lý do.": the kind of every absence
# (said alone, the kind ends its clause: not "(có lý do: 1, …)").
_ALL_ONE_KIND = re.compile(
    r"\s*(?:"
    + UNIT.strip("?")
    + r")?\s*[,(]?\s*(?:(?:đ[ềầ]u|tất\s*cả|cả\s*(?:hai|ba|bốn))\s*(?:("
    + UNEXCUSED
    + r")|"
    + EXCUSED
    + r")|(?:("
    + UNEXCUSED
    + r")|"
    + EXCUSED
    + r")(?=\s*[.;)\n]|\s*$))"
)
# "giơ tay" folds to "giờ tay" (the cue "giờ" snapped from its unmarked form).
_VOTE_LINE = re.compile(
    r"^[\W\d_]*(?:kết\s*quả\s*)?biểu\s*quyết(?:\s*(?:\(?gi[ơờ]\s*tay\)?|bằng[^:\n]{0,30}))?\s*:"
)
_ROLL_CALL_AHEAD = re.compile(r"thành\s*phần|tổng\s*số|có\s*mặt|quân\s*số")
# "Nội dung: xét hồ sơ …" (what the meeting is for, under its title): any roll-call word
# in the lines below says the roll call is still to come.
_SUBTITLE = re.compile(r"nội\s*dung\s*:\s*\S")
_SUBTITLE_AHEAD = re.compile(
    r"thành\s*phần|tổng\s*số|có\s*mặt|quân\s*số|hiện\s*diện|dự\s*họp|tham\s*dự|vắng"
    r"|(?:có|gồm)\s*\S+\s*đảng\s*viên"
    r"|^\W{0,3}(?:thời\s*gian|địa\s*điểm|chủ\s*(?:trì|tọa)|thư\s*ký)\s*:",  # the meeting's facts
    re.M,
)
_COUNT_COLUMN = re.compile(r"số\s*(?:đồng\s*chí|đảng\s*viên|lượng|người)")
_ABSENT_PAREN = re.compile(
    r"vắng(?:\s*mặt)?\s*[:\-–]?\s*(?:" + COUNT + r")?" + UNIT + r"\s*[:\-–]?\s*\(\s*"
)
_REASON_GROUP = re.compile(
    r"(?:^|\s*[;,]\s*)(?:vắng\s*)?(?:(" + EXCUSED + r")|(" + UNEXCUSED + r"))\s*[:\-–]\s*"
)
_LIST_AFTER_ABSENT = re.compile(
    r"vắng(?:\s*mặt)?(?:\s*[:\-–]?\s*"
    + COUNT
    + r"[.\-–]{0,2}"  # "vắng 2.- đồng chí, gồm: …": specks after the number
    + UNIT
    + r")?\s*(?:("
    + EXCUSED
    + r")|("
    + UNEXCUSED
    + r"))?"
    r"\s*[,:]?\s*(?:gồm\s*(?:các\s*)?(?:đồng\s*chí|đ/c)?|là|cụ\s*thể|như\s*sau|[^\W\d_]{2,4}(?=\s*[:;]))?"
    r"(?:\s*[:;\-–])*\s*"  # "gồm: : đồng chí …": a speck read as a second colon
    r"(?=(?:đồng\s*chí|đ/c)\s+\S)"
)


def attendance_zone(doc: Document) -> int:
    """Character offset where the roll call is over (the content of the meeting begins)."""
    for index in range(2, len(doc.paragraphs)):
        if _ZONE_END.match(doc.folded_paragraph(index)) and index > 3:
            after = doc.folded_paragraph(index + 1) if index + 1 < len(doc.paragraphs) else ""
            if _COUNT_COLUMN.match(after) or _is_column_heads(doc.paragraphs[index].text, after):
                continue  # "Nội dung" / "Số đồng chí": a table's head cut cell by cell
            subtitle = _SUBTITLE.match(doc.folded_paragraph(index)) is not None
            ahead = "\n".join(
                doc.folded_paragraph(i)
                for i in range(index + 1, index + (7 if subtitle else 5))
                if i < len(doc.paragraphs)
            )
            if (_SUBTITLE_AHEAD if subtitle else _ROLL_CALL_AHEAD).search(ahead):
                continue  # "Nội dung: xét kết nạp …" under the title, the roll call below it
            return doc.starts[index]
        if _VOTE_LINE.match(doc.folded_paragraph(index)):
            return doc.starts[index]  # no content heading: the vote is past the roll call
    return len(doc.folded)


def _is_column_heads(text: str, after: str) -> bool:
    """A table's head ("Nội dung Chi tiết", or "Nội dung" / "Chi tiết" cell by cell): short
    cells, each opening with a capital, not in capitals; `after` is the next paragraph, folded."""
    words = text.split()
    if text.isupper() or ":" in text or len(words) > 6:
        return False
    if len(words) > 2:
        return any(word[:1].isupper() for word in words[2:])
    return bool(re.fullmatch(r"(?:chi\s*tiết|thông\s*tin|nội\s*dung\s*cụ\s*thể|cụ\s*thể)", after))


def find_table(doc: Document, zone: int) -> Counts:
    """Counts from a table: a head of labels (cut over lines as it may be) over a row of
    numbers (see `count_table`)."""
    counts = Counts()
    for index in range(len(doc.paragraphs) - 1):
        if doc.starts[index] > zone:
            break
        head = doc.folded_paragraph(index)
        grouped = _GROUP_HEAD.match(head)
        if grouped is not None:  # "Tổ đảng | Đảng viên | Có mặt | …": the sum row counts
            head = "tổng số đảng viên " + head[grouped.end() :]
        if not _is_table_head(head):
            continue
        if grouped is not None:
            found_sum = _group_sum(doc, index, head)
            if found_sum is not None:
                return found_sum
            continue
        row_index = index + 1
        row = doc.folded_paragraph(row_index)
        while not re.search(r"\d", row) and len(row) < 40 and row_index + 1 < len(doc.paragraphs):
            head += " " + row  # the rest of a head cut over lines ("Vắng có lý" / "do")
            row_index += 1
            if row_index - index > 3:
                break
            row = doc.folded_paragraph(row_index)
        if len(re.findall(r"[^\W\d_]{2,}", row)) > 3:
            continue
        found = read_table(head, doc.paragraphs[row_index].text.lower())
        if found is None:
            continue
        start = doc.starts[row_index]
        end = start + len(doc.paragraphs[row_index].text)
        put_read(counts, found, start, end, confidence=0.9, kind="table")
        break
    return counts


# A roll call kept by party group: the group column, then "Đảng viên" for each group's members.
_GROUP_HEAD = re.compile(
    r"^\W{0,3}(?:tổ\s*đ\w{1,4}ng|tổ|đơn\s*vị)\s+(?:số\s*)?(?:đảng\s*viên|đv)\s+"
)
_SUM_ROW = re.compile(r"^\W{0,3}(?:tổng\s*cộng|cộng|tổng|toàn\s*chi\s*bộ)\s*[:.]?\s+")
_GROUP_ROW = re.compile(r"^\W{0,3}(?:tổ|đơn\s*vị)\s*\S{1,3}\s+")
GROUP_ROWS = 12


def _group_sum(doc: Document, index: int, head: str) -> Counts | None:
    """The counts of a table kept by party group: its sum row ("Cộng 11 8 3 0") when that is
    read, else the groups' rows added up when each is."""
    rows: list[TableRead | None] = []
    for row_index in range(index + 1, min(len(doc.paragraphs), index + 1 + GROUP_ROWS)):
        text = doc.paragraphs[row_index].text.lower()
        folded = doc.folded_paragraph(row_index)
        start = doc.starts[row_index]
        end = start + len(text)
        total = _SUM_ROW.match(folded)
        if total is not None:
            found = read_table(head, text[total.end() :])
            if found is not None and found.adds_up:
                counts = Counts()
                put_read(counts, found, start, end, confidence=0.85, kind="table")
                return counts
            break
        group = _GROUP_ROW.match(folded)
        if group is None:
            break
        rows.append(read_table(head, text[group.end() :]))  # None: a row OCR garbled
    read = [row for row in rows if row is not None and row.adds_up and not row.uncertain]
    if not rows or len(read) < len(rows):
        return None
    counts = Counts()
    start = doc.starts[index + 1]
    for name in read[0].values:
        if all(name in row.values for row in read):
            value = sum(row.values[name] for row in read)
            counts.put(name, Hit(value, start, start, 0.7, "groups"))
    return counts


def find_rows(doc: Document, counts: Counts, zone: int) -> None:
    """Counts from a table of rows, a label and a number on each (see `count_rows`)."""
    read = read_rows(doc, zone)
    if read is None:
        return
    put_read(counts, read.found, read.start, read.end, confidence=0.85, kind="rows")


def put_read(
    counts: Counts, found: TableRead, start: int, end: int, *, confidence: float, kind: str
) -> None:
    """The numbers a table gave, at `confidence`; those worked out from the arithmetic at 0.5,
    noted "<kind>-derived" and warned of."""
    for name, value in found.values.items():
        unsure = name in found.uncertain
        note = f"{kind}-derived" if unsure else kind
        counts.put(name, Hit(value, start, end, 0.5 if unsure else confidence, note))
    if found.uncertain:
        counts.notes.append(_derived_warning(found))


def _derived_warning(found: TableRead) -> str:
    names = ", ".join(TABLE_NAMES[name] for name in found.uncertain)
    return (
        f"Bảng số liệu dự họp đọc không rõ: số {names} được suy ra từ các số còn lại "
        "để số liệu khớp: cần kiểm tra lại"
    )


def _is_table_head(folded: str) -> bool:
    """Whether a line is a roll-call table's head: three labels or more and no number, or
    one stray digit in a head of five labels or more ("Vắng 2 höíng lý": OCR's "không")."""
    labels = _table_labels(folded)
    digits = len(re.findall(r"\d+", folded))
    return len(labels) >= 3 and (digits == 0 or (digits == 1 and len(labels) >= 5))


def _table_labels(folded: str) -> list[str]:
    """The labels of the head's fullest reading (none: not a table's head)."""
    return max(head_labels(folded), key=len, default=[])


def count_listed_absentees(doc: Document, counts: Counts, zone: int) -> None:
    """Absentees listed by name ("vắng: đ/c A (ốm), đ/c B (không lý do)"), counted.

    The list overrides the stated counts: README's convention counts listed absentees.
    """
    for m in _LIST_AFTER_ABSENT.finditer(doc.folded[:zone]):
        stated = counts.hits.get("absent")
        if re.search(r"\.[^\w\n]*\n", m.group(0)) and not _is_lone_count_line(doc, m):
            continue  # "vắng: 0." / "Đồng chí X - Bí thư chi bộ chủ trì": the next sentence
        items = _list_items(doc, m.end(), expected=stated.value if stated else None)
        if not items:
            continue
        unexcused = sum(1 for item in items if re.search(_unexcused_reason(), fold(item)))
        if m.group(2):
            unexcused = len(items)
        elif m.group(1):
            unexcused = 0
        end = m.end() + sum(len(i) for i in items)
        if stated is not None and stated.value != len(items) and stated.start < m.start() - 40:
            continue  # a list elsewhere than the stated number: not the roll call
        counts.hits["absent_excused"] = Hit(len(items) - unexcused, m.start(), end, 0.85, "list")
        counts.hits["absent_unexcused"] = Hit(unexcused, m.start(), end, 0.85, "list")
        counts.absentees = _absentee_names(items, all_unexcused=bool(m.group(2)))
        return


def _is_lone_count_line(doc: Document, match: re.Match[str]) -> bool:
    """Whether the sentence the list follows is only "vắng N đồng chí." cut by OCR, the names
    on the next line ("vắng 2 đ/c." / "đ/c A (ốm), …"): not a count of zero."""
    numbers = re.findall(r"\d+", match.group(0))
    return bool(numbers) and int(numbers[0]) > 0 and len(match.group(0)) < 40


def count_absentees_by_reason(doc: Document, counts: Counts, zone: int) -> bool:
    """Absentees grouped by reason in the parenthesis after the number absent ("vắng 2 đồng
    chí (có lý do: đ/c A đi công tác; không lý do: đ/c B)"), counted group by group."""
    folded = doc.folded[:zone]
    for m in _ABSENT_PAREN.finditer(folded):
        inner_end = _closing_paren(folded, m.end())
        inner = folded[m.end() : inner_end]
        groups = list(_REASON_GROUP.finditer(inner))
        if not groups or groups[0].start() != 0:
            continue
        absentees: list[tuple[str, bool]] = []
        for group, after in zip(groups, [*groups[1:], None], strict=True):
            stop = after.start() if after is not None else len(inner)
            at = m.end() + group.end()
            names = _honorific_names(doc.text[at : m.end() + stop])
            if not names:
                return False  # "(có lý do: 2; …)": numbers, read by the stated patterns
            absentees += [(name, group.group(1) is not None) for name in names]
        stated = counts.hits.get("absent")
        if stated is not None and stated.value != len(absentees):
            return False
        excused = sum(1 for _, reason in absentees if reason)
        end = m.end() + len(inner)
        counts.hits["absent_excused"] = Hit(excused, m.start(), end, 0.85, "grouped")
        counts.hits["absent_unexcused"] = Hit(
            len(absentees) - excused, m.start(), end, 0.85, "grouped"
        )
        counts.absentees = absentees
        return True
    return False


def _closing_paren(folded: str, start: int) -> int:
    depth = 1
    for i in range(start, min(len(folded), start + 600)):
        depth += (folded[i] == "(") - (folded[i] == ")")
        if depth == 0 or folded[i] == "\n":
            return i
    return min(len(folded), start + 600)


def _honorific_names(text: str) -> list[str]:
    """The names after each honorific of `text` ("đ/c A đi công tác, đ/c B - ốm")."""
    rules = load_rules()
    folded = fold(text)
    starts = [m.start() for m in re.finditer(rules.honorific + r"\s+", folded)]
    names = []
    for lo, hi in zip(starts, [*starts[1:], len(text)], strict=False):
        cleaned = clean_name(text[lo:hi])
        if cleaned is not None and cleaned[1] <= 8:
            names.append(cleaned[0])
    return names


def _absentee_names(items: list[str], *, all_unexcused: bool) -> list[tuple[str, bool]]:
    """(name, excused) for each listed absentee whose name can be read; items are the
    original text (see `_list_items`)."""
    names = []
    reason = _unexcused_reason()
    for item in items:
        cleaned = clean_name(item.split("(")[0])
        if cleaned is not None:
            unexcused = all_unexcused or bool(re.search(reason, fold(item)))
            names.append((cleaned[0], not unexcused))
    return names


def _list_items(doc: Document, start: int, *, expected: int | None = None) -> list[str]:
    """Items of a list of names, split at commas/semicolons/'và' outside parentheses. The list
    ends with its sentence, or its paragraph unless fewer than the `expected` number of items
    came before (OCR broke the list's line: "đồng chí Lý:" / "Thị Kim Trang (…); …")."""
    folded = doc.folded
    items: list[tuple[int, str]] = []
    depth, current, at = 0, "", start
    for i in range(start, min(len(folded), start + 600)):
        ch = folded[i]
        if ch == "\n" and depth == 0 and expected is not None and len(items) + 1 < expected:
            current += " "
            continue
        if ch in ".\n" and depth == 0:
            break
        depth += (ch in "([{") - (ch in ")]}")  # OCR reads a bracket for a parenthesis
        if depth == 0 and ch in ",;":
            items.append((at, current))
            current, at = "", i + 1
        else:
            current += ch
    items.append((at, current))
    parts = []
    for at, item in items:
        offset = 0
        for part in re.split(r"(\svà\s)", item):
            parts.append((at + offset, part))
            offset += len(part)
    return [
        doc.text[at : at + len(item)]
        for at, item in parts
        if _is_named(doc.text[at : at + len(item)])
    ]


def _unexcused_reason() -> str:
    return UNEXCUSED + "|" + load_rules().cue("absence_unexcused_reason")


def _is_named(text: str) -> bool:
    """An item of an absentee list: an honorific (as OCR may read it: "đóng chí", "Đíc")
    and a capitalised name, specks or a quote between them ("đồng chí __ Mai Công Nhựt")."""
    m = re.match(r"\s*" + load_rules().honorific + r"[\s\W_]*", fold(text))
    return m is not None and text[m.end() : m.end() + 1].isupper()


def characterise_absent(doc: Document, counts: Counts) -> None:
    """Fill the other absent count when the text characterises every absentee."""
    absent = counts.hits.get("absent")
    excused = counts.value("absent_excused")
    unexcused = counts.value("absent_unexcused")
    if absent is None:
        return
    note = "inferred"
    if absent.value == 0:
        counts.put("absent_excused", Hit(0, absent.start, absent.end, 0.9, note))
        counts.put("absent_unexcused", Hit(0, absent.start, absent.end, 0.9, note))
    elif excused is not None and unexcused is None and excused <= absent.value:
        counts.put(
            "absent_unexcused", Hit(absent.value - excused, absent.start, absent.end, 0.8, note)
        )
    elif unexcused is not None and excused is None and unexcused <= absent.value:
        counts.put(
            "absent_excused", Hit(absent.value - unexcused, absent.start, absent.end, 0.8, note)
        )
    elif excused is None and unexcused is None:
        without = _absent_without_reason(doc, absent)
        if without is not None:
            left = absent.value - without
            counts.put("absent_excused", Hit(left, absent.start, absent.end, 0.7, "reasons"))
            counts.put("absent_unexcused", Hit(without, absent.start, absent.end, 0.7, "reasons"))


def _absent_without_reason(doc: Document, absent: Hit[int]) -> int | None:
    """How many absentees the words after the number absent give no reason for, when they
    give reasons: a parenthesis ("vắng 2 (ốm, đi công tác)": none) or a list with one item
    per absentee ("vắng (2): A - trực cơ quan; B - không báo cáo": one). None when unsure."""
    after = doc.folded[absent.end : absent.end + 300]
    reason = _unexcused_reason()
    every = _ALL_ONE_KIND.match(after)
    if every is not None:
        return absent.value if every.group(1) or every.group(2) else 0
    named = re.match(
        r"\s*(?:" + UNIT.strip("?") + r")?\s*\(\s*(?=" + load_rules().honorific + ")", after
    )
    if named is not None:  # "vắng một đồng chí (đồng chí A (không lý do), đồng chí B (ốm))"
        people = _outer_items(after[named.end() : _closing_paren(after, named.end())])
        if len(people) == absent.value:
            return sum(1 for item in people if re.search(reason, item))
    kinds = _absentees_by_kind(after)
    if kinds is not None:  # "+ Có xin phép: đồng chí A (…), đồng chí B (…)"
        excused, unexcused = kinds
        return unexcused if excused + unexcused == absent.value else None
    rows = _absentee_rows(after)
    if rows is not None:  # a table of absentees: one row per absentee, the reason in a column
        return (
            sum(1 for row in rows if re.search(reason, row)) if len(rows) == absent.value else None
        )
    listed = re.match(r"\s*(?:" + UNIT.strip("?") + r")?\s*:\s*", after)
    if listed is not None:  # "Vắng mặt 02 đồng chí: A (… – có lý do); B (… không lý do)."
        people = _outer_items(re.split(r"\.\s|\n", after[listed.end() :], maxsplit=1)[0])
        if len(people) == absent.value and all("(" in item for item in people):
            return sum(1 for item in people if re.search(reason, item))
    m = re.match(r"\s*\)?\s*(?:" + UNIT.strip("?") + r")?\s*[(:–,-]\s*([^)\n]*)", after)
    if not m or not m.group(1).strip() or re.search(UNEXCUSED, m.group(1)):
        return None
    items = [item for item in m.group(1).split(";") if item.strip()]
    if len(items) == absent.value:
        return sum(1 for item in items if re.search(reason, item))
    return None if re.search(reason, m.group(1)) else 0


_KIND_LINE = re.compile(
    r"^\W{0,3}(?:vắng\s*)?(?:(" + EXCUSED + ")|(" + UNEXCUSED + r"))\s*:\s*(.+)$"
)


def _absentees_by_kind(after: str) -> tuple[int, int] | None:
    """(excused, unexcused) from the lines below the number absent that list them by kind
    ("+ Có xin phép: đồng chí A (…), đồng chí B (…)" / "+ Không xin phép: đồng chí C"), each
    named with an honorific; None when no such line follows."""
    honorific = re.compile(load_rules().honorific + r"\s+\S")
    counts = [0, 0]
    found = False
    for line in after.split("\n")[1:5]:
        m = _KIND_LINE.match(line)
        if m is None and not found and line.rstrip().endswith(":"):
            continue  # "Không đến dự: một đồng chí, gồm:" restating the number
        if m is None:
            break
        found = True
        counts[0 if m.group(1) else 1] += len(honorific.findall(m.group(3))) or 1
    return (counts[0], counts[1]) if found else None


_ABSENTEE_HEAD = re.compile(r"(?:họ\s*(?:và\s*)?tên|đảng\s*viên)[^\n]{0,40}lý\s*do")
_TABLE_ROW = re.compile(r"^\s*(\d{1,2})[.)]?\s+[^\W\d_]")
CONTINUATION_CHARS = 30  # a name or reason the cell wrapped onto a line of its own


def _absentee_rows(after: str) -> list[str] | None:
    """The rows of a table of absentees opening the lines of `after` ("TT | Họ và tên | Lý do
    vắng | …" then "1 | Nguyễn Văn A | ốm | có lý do"), or None when there is no such table."""
    lines = after.split("\n")[1:6]
    head = next((i for i, line in enumerate(lines[:3]) if _ABSENTEE_HEAD.search(line)), None)
    if head is None:
        return None
    rows: list[str] = []
    for line in after.split("\n")[head + 2 :]:
        number = _TABLE_ROW.match(line)
        if number is not None and int(number.group(1)) == len(rows) + 1:  # 1, 2, 3 …
            rows.append(line)
        elif not rows or len(line.strip()) > CONTINUATION_CHARS:
            break
        else:
            rows[-1] += " " + line.strip()
    return rows or None


def _outer_items(text: str) -> list[str]:
    """`text` split at the commas and semicolons outside parentheses, empty items dropped."""
    items, depth, current = [], 0, ""
    for ch in text:
        depth += (ch == "(") - (ch == ")")
        if depth == 0 and ch in ",;":
            items.append(current)
            current = ""
        else:
            current += ch
    return [item for item in [*items, current] if item.strip()]


def find_counts(doc: Document) -> Counts:
    """Every attendance count the roll call states."""
    zone = attendance_zone(doc)
    counts = find_table(doc, zone)
    if not counts.hits:
        find_rows(doc, counts, zone)
    find_stated(doc, counts, zone)
    if not count_absentees_by_reason(doc, counts, zone):
        count_listed_absentees(doc, counts, zone)
    characterise_absent(doc, counts)
    infer_other_absent(counts)
    reconcile_table_absent(doc, counts)
    infer_no_absence(counts)
    infer_exempt(doc, counts, zone)
    return counts


def infer_other_absent(counts: Counts) -> None:
    """The other kind of absence is 0 when the number absent is not stated but the one kind
    given accounts for all the total leaves after those present (and exempt): "Tổng số: 18;
    Có mặt: 15; Vắng có lý do (3): …" leaves none absent without reason."""
    total, present = counts.value("total_members"), counts.value("present")
    if total is None or present is None or "absent" in counts.hits:
        return
    missing = total - present - (counts.value("exempt") or 0)
    for given, other in (
        ("absent_excused", "absent_unexcused"),
        ("absent_unexcused", "absent_excused"),
    ):
        hit = counts.hits.get(given)
        if hit is not None and other not in counts.hits and hit.value == missing:
            counts.put(other, Hit(0, hit.start, hit.end, 0.6, "inferred"))


def infer_no_absence(counts: Counts) -> None:
    """No one absent, when the number present (with the exempt, if stated) is the whole
    total and nothing is said of the absent ("Có mặt: 27/27"; OCR lost "Vắng mặt: không"):
    both absent counts are then 0 whichever way the secretary counts the exempt."""
    total, present = counts.hits.get("total_members"), counts.hits.get("present")
    if total is None or present is None:
        return
    if any(name in counts.hits for name in ("absent", "absent_excused", "absent_unexcused")):
        return
    if present.value + (counts.value("exempt") or 0) != total.value:
        return
    for name in ("absent_excused", "absent_unexcused"):
        counts.put(name, Hit(0, present.start, present.end, 0.7, "inferred"))


def reconcile_table_absent(doc: Document, counts: Counts) -> None:
    """A table whose absent columns make the roll call not add up, under a sentence that
    names the absentees with their reasons ("Đảng viên vắng (2): A - ốm; B - …"): the
    sentence's split when only it adds up (two printed statements, the one that fits)."""
    excused, unexcused = counts.hits.get("absent_excused"), counts.hits.get("absent_unexcused")
    absent = counts.hits.get("absent")
    if excused is None or unexcused is None or absent is None or adds_up(counts) is not False:
        return
    if not excused.note.startswith("table") or excused.value + unexcused.value == absent.value:
        return
    trial = Counts({k: v for k, v in counts.hits.items() if not k.startswith("absent_")})
    characterise_absent(doc, trial)
    if adds_up(trial) and "absent_excused" in trial.hits and "absent_unexcused" in trial.hits:
        counts.hits["absent_excused"] = trial.hits["absent_excused"]
        counts.hits["absent_unexcused"] = trial.hits["absent_unexcused"]


def infer_exempt(doc: Document, counts: Counts, zone: int) -> None:
    """The number exempt, when the roll call names the exempt but OCR lost their number
    ("miễn sinh hoạt: $ đồng chí"): what the other counts leave of the total."""
    label = _EXEMPT_LABEL.search(doc.folded[:zone])
    total, present, absent = (
        counts.value("total_members"),
        counts.value("present"),
        absent_count(counts),
    )
    if label is None or "exempt" in counts.hits or None in (total, present, absent):
        return
    rest = (total or 0) - (present or 0) - (absent or 0)
    if rest >= 0:
        counts.put("exempt", Hit(rest, label.start(), label.end(), 0.5, "inferred"))

"""A roll call printed as a table: a head of labels over a row of numbers.

The head's cells often wrap over lines ("Vắng có" / "Vắng" / "ĐV lý do không lý" / "do"), so
the labels are read three ways (in the order their phrases are written, in the order the
cells' first words are written, and in the usual order of the form) and the roll call's
arithmetic picks the reading that adds up. OCR may misread a number of the row as a mark
("n", "I9"): such a cell is worked out from the others when the arithmetic leaves exactly
one value for it.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from functools import cache

from bienban.extractors.ruleset import load_rules, unmarked

# "lý do", also as secretaries shorten it ("vắng 1 đ/c có LD", "không LD").
REASON = r"(?:[lt][ýyíì]\s*[dđ]o(?![^\W\d_])|l[dđ](?![^\W\d_]))"  # OCR: "lý đo", "Tý đo"
# "có báo cáo", "có báo": the absence reported beforehand, so excused; "CLD"/"KLD" (có/không
# lý do) in a table's head.
EXCUSED = (
    r"(?<!không\s)(?:có\s*" + REASON + r"|có\s*(?:xin\s*)?phép|có\s*báo(?:\s*cáo)?(?![^\W\d_])"
    r"|(?<![^\W\d_])cl[dđ](?![^\W\d_]))"
)
UNEXCUSED = (
    r"(?:không\s*(?:có\s*)?" + REASON + r"|không\s*(?:xin\s*)?phép|(?<![^\W\d_])kl[dđ](?![^\W\d_]))"
)
# A head's labels; heads are often cut inside a label ("Vắng có lý" / "do"): cut forms count.
TABLE_LABELS: list[tuple[str, str]] = [
    (
        "absent_unexcused",
        r"vắng\s*\(?\s*"
        + UNEXCUSED
        + r"\s*\)?|"
        + UNEXCUSED
        + r"|vắng\s*\(?\s*không(?:\s*(?:có\s*)?lý)?"
        + r"|(?<![^\W\d_])không\s*(?:có\s*)?lý(?!\s*do)",  # "Vắng" lost to OCR: "Lo không lý"
    ),
    (
        "absent_excused",
        r"vắng\s*\(?\s*" + EXCUSED + r"\s*\)?|" + EXCUSED + r"|vắng\s*\(?\s*có\s*lý"
        r"|(?<!không\s)có\s*lý(?!\s*do)",  # "Vắng" lost to OCR: "L? có lý"
    ),
    # "Phảáidự": a letter doubled; "Phải có | Có mặt" with "mặt" wrapped below
    ("required", r"ph[^\W\d_]{1,3}\s*(?:dự|có\s*mặt|có(?=\s*có\s*mặt))"),
    ("present", r"dự\s*họp|có\s*mặt|tham\s*dự|hiện\s*diện"),
    ("exempt", r"miễn(?:\s*(?:công\s*tác|sinh\s*hoạt|sh|và))*"),
    ("total_members", r"(?:tổng\s*s[^\W\d_]*|hiện\s*có)(?:\s*(?:đảng\s*viên|đv))?"),
    ("absent", r"vắng(?:\s*mặt)?"),
]
# The usual order of a roll call table's columns.
CANONICAL = (
    "total_members",
    "exempt",
    "required",
    "present",
    "absent",
    "absent_excused",
    "absent_unexcused",
)
# The columns' names in warnings.
TABLE_NAMES = {
    "total_members": "tổng số đảng viên",
    "exempt": "miễn sinh hoạt",
    "required": "phải dự",
    "present": "có mặt",
    "absent": "vắng",
    "absent_excused": "vắng có lý do",
    "absent_unexcused": "vắng không lý do",
}
# Marks OCR reads for a lone digit in a row of numbers ("17 14 2 †" for "17 14 2 1").
ROW_LOOKALIKES = {
    "†": "1",
    "l": "1",
    "i": "1",
    "!": "1",
    "]": "1",
    "[": "1",
    "o": "0",
    "ø": "0",
    "°": "0",
}
# Inside a token with digits, letters OCR reads for digits ("I9" is "19" or a speck and "9").
_IN_TOKEN_LOOKALIKES = {"i": "1", "l": "1", "|": "1", "o": "0", "ø": "0", "z": "2", "s": "5"}
READ_COST = 1  # a number read from a token with a speck or a letter in it
UNKNOWN_COST = 2  # a cell worked out from the arithmetic
MAX_UNKNOWN = 2

Cell = list[tuple[int | None, int]]  # the readings of one cell: (value or None, cost)


@dataclass(frozen=True)
class TableRead:
    """The numbers of a roll call table by label; `uncertain` names the labels whose number
    was not read as printed (worked out, or read through a speck)."""

    values: dict[str, int]
    uncertain: tuple[str, ...] = ()
    adds_up: bool = True


def head_labels(head: str) -> list[list[str]]:
    """The readings of a table's head (folded, its lines joined by spaces), best first: as
    written, then without tone marks (a degraded scan's head: "Tống số ĐV Có mật Văngcolydo
    Vàng không tý do"), each read three ways."""
    readings: list[list[str]] = []
    for loose in (False, True):
        text = unmarked(head) if loose else head
        found = [_labels_in_order(text, loose=loose), _labels_by_first_words(text, loose=loose)]
        found = [reading for reading in found if reading]
        if found:
            found.append([label for label in CANONICAL if label in found[-1]])
        readings += [reading for reading in found if reading not in readings]
    return readings


@cache
def _pattern(pattern: str, *, loose: bool) -> str:
    """`pattern`, without tone marks when `loose` (they are letters, never regex syntax)."""
    return unmarked(pattern) if loose else pattern


def _labels_in_order(head: str, *, loose: bool = False) -> list[str]:
    """The labels in the order their phrases are written (a cut label counts: "Vắng có lý")."""
    taken: list[tuple[int, int, str]] = []
    for name, pattern in TABLE_LABELS:
        for m in re.finditer(_pattern(pattern, loose=loose), head):
            if all(m.end() <= s or m.start() >= e for s, e, _ in taken):
                taken.append((m.start(), m.end(), name))
    if len({name for _, _, name in taken}) != len(taken):
        return []
    labels = [name for _, _, name in sorted(taken)]
    total = _lone_total(head, taken, loose=loose)
    return [total, *labels] if total else labels


def _lone_total(head: str, taken: list[tuple[int, int, str]], *, loose: bool = False) -> str | None:
    """ "total_members" when the head opens with "số" before any label and names no total
    ("P số Miễn SH …": OCR lost "Tổng")."""
    if not taken or any(name == "total_members" for _, _, name in taken):
        return None
    first = min(s for s, _, _ in taken)
    lone = _pattern(r"(?<![^\W\d_])số(?![^\W\d_])", loose=loose)
    return "total_members" if re.search(lone, head[:first]) else None


def _labels_by_first_words(head: str, *, loose: bool = False) -> list[str]:
    """The labels in the order of each cell's first word, wherever the lines of the head
    broke the cells: "vắng có | vắng đv lý do không lý do" is excused, then unexcused."""
    rules = load_rules()
    found: list[tuple[int, str]] = []
    for name in ("total_members", "exempt", "required", "present"):
        m = re.search(_pattern(rules.cue(f"table_head_{name}"), loose=loose), head)
        if m:
            found.append((m.start(), name))
    if not any(name == "total_members" for _, name in found) and found:
        lone = _lone_total(head, [(at, at, name) for at, name in found], loose=loose)
        if lone:
            found.append((-1, lone))
    found += _absent_columns(head, loose=loose)
    if len({name for _, name in found}) != len(found):
        return []
    return [name for _, name in sorted(found)]


def _absent_columns(head: str, *, loose: bool = False) -> list[tuple[int, str]]:
    """The "Vắng …" columns, each at its first word, told apart by the words after it."""
    rules = load_rules()

    def cue(name: str) -> str:
        return _pattern(rules.cue(name), loose=loose)

    starts = [m.start() for m in re.finditer(cue("table_head_absent"), head)]
    if not starts:
        return []
    ends = [*starts[1:], len(head)]
    kinds: list[str | None] = []
    for start, end in zip(starts, ends, strict=True):
        part = head[start:end]
        if re.search(cue("table_head_unexcused"), part):
            kinds.append("absent_unexcused")
        elif re.search(cue("table_head_excused"), part):
            kinds.append("absent_excused")
        else:
            kinds.append(None)
    if len(starts) == 1:
        return [(starts[0], kinds[0] or "absent")]
    if len(starts) == 2:
        both = ["absent_excused", "absent_unexcused"]
        if kinds[0] is None and kinds[1] is not None:
            kinds[0] = next(k for k in both if k != kinds[1])
        if kinds[1] is None and kinds[0] is not None:
            kinds[1] = next(k for k in both if k != kinds[0])
        first, second = (kinds[0], kinds[1]) if None not in kinds else both  # the usual order
        return [(starts[0], str(first)), (starts[1], str(second))]
    return []


def row_cells(written: str, wanted: int) -> list[Cell] | None:
    """The readings of each cell of a row of numbers (lower case, as read), when the row
    has `wanted` cells once specks are left out (marks without a digit's look anywhere, marks
    with one at the row's ends: "[ 7 0 7 6 1 0"), or once every token without a digit is
    ("15 14 1 h 0 ì")."""
    tokens = [token for token in written.split() if not _is_speck(token)]
    while len(tokens) > wanted and tokens and not re.search(r"\d", tokens[0]):
        tokens = tokens[1:]
    while len(tokens) > wanted and tokens and not re.search(r"\d", tokens[-1]):
        tokens = tokens[:-1]
    if len(tokens) != wanted:
        tokens = [token for token in tokens if re.search(r"\d", token)]  # letters as specks
    if len(tokens) != wanted:
        return None
    return [cell_readings(token) for token in tokens]


def _is_speck(token: str) -> bool:
    return not re.search(r"\w", token) and token not in ROW_LOOKALIKES


def cell_readings(token: str) -> Cell:
    """The readings of one cell as OCR wrote it, each with its cost (see `READ_COST`)."""
    if re.fullmatch(r"\d{1,4}", token):
        return [(int(token), 0)]
    if token in ROW_LOOKALIKES:
        return [(int(ROW_LOOKALIKES[token]), 0)]
    stripped = token.strip(".,;:'\"”“()[]|")
    if re.fullmatch(r"\d{1,4}", stripped):
        return [(int(stripped), 0)]
    readings: Cell = []
    digits = "".join(ch for ch in stripped if ch.isdigit())
    mapped = "".join(_IN_TOKEN_LOOKALIKES.get(ch, ch) for ch in stripped)
    for reading in dict.fromkeys(x for x in (mapped, digits) if re.fullmatch(r"\d{1,3}", x)):
        readings.append((int(reading), READ_COST))
    return [*readings, (None, UNKNOWN_COST)]


def _equations(labels: list[str]) -> list[tuple[list[str], list[str]]]:
    """Sums that must be equal: total = required + exempt, required = present + absent;
    without a "phải dự" column total = present + absent + exempt."""
    absent = (
        ["absent_excused", "absent_unexcused"]
        if {"absent_excused", "absent_unexcused"} <= set(labels)
        else ["absent"]
    )
    exempt = ["exempt"] if "exempt" in labels else []
    if "required" in labels:
        return [
            (["total_members"], ["required", *exempt]),
            (["required"], ["present", *absent]),
        ]
    return [(["total_members"], ["present", *absent, *exempt])]


def _derive(values: dict[str, int | None], equations: list[tuple[list[str], list[str]]]) -> None:
    """Fill the cells each equation leaves exactly one unknown in (in place)."""
    changed = True
    while changed:
        changed = False
        for left, right in equations:
            names = [*left, *right]
            unknown = [name for name in names if values.get(name) is None]
            if len(unknown) != 1 or any(name not in values for name in names):
                continue
            lsum = sum(values[n] or 0 for n in left)
            rsum = sum(values[n] or 0 for n in right)
            value = rsum - lsum if unknown[0] in left else lsum - rsum
            if value < 0:
                return
            values[unknown[0]] = value
            changed = True


def _holds(values: dict[str, int | None], labels: list[str]) -> bool:
    """Whether every equation holds; without a "phải dự" column a total that leaves out
    the exempt (total = present + absent) holds too."""
    equations = _equations(labels)
    for left, right in equations:
        if any(values.get(name) is None for name in [*left, *right]):
            return False
        lsum = sum(values[n] or 0 for n in left)
        rsum = sum(values[n] or 0 for n in right)
        if lsum != rsum and not (
            "required" not in labels and lsum == rsum - (values.get("exempt") or 0)
        ):
            return False
    return True


def solve_row(labels: list[str], cells: list[Cell]) -> TableRead | None:
    """The row's numbers by label: as printed when the cells are plain numbers that add up;
    otherwise the cheapest readings that add up, when only one set of values is that cheap. A
    row of plain numbers that does not add up may have one number OCR misread ("3" for "31":
    a digit lost): it is worked out when exactly one cell can be wrong, else the row is kept
    as printed."""
    if len(labels) != len(cells) or len(set(labels)) != len(labels):
        return None
    if all(len(cell) == 1 and cell[0][1] == 0 for cell in cells):
        printed = {label: cell[0][0] for label, cell in zip(labels, cells, strict=True)}
        if _holds(printed, labels):
            return TableRead({k: v for k, v in printed.items() if v is not None})
        misread = [[*cell, (None, UNKNOWN_COST)] for cell in cells]
        return _cheapest_fit(labels, misread, max_unknown=1) or TableRead(
            {k: v for k, v in printed.items() if v is not None}, adds_up=False
        )
    return _cheapest_fit(labels, cells, max_unknown=MAX_UNKNOWN)


def _cheapest_fit(labels: list[str], cells: list[Cell], *, max_unknown: int) -> TableRead | None:
    """The cheapest readings of the cells (at most `max_unknown` worked out) that add up,
    when only one set of values is that cheap."""
    equations = _equations(labels)
    best: dict[tuple[tuple[str, int], ...], tuple[int, tuple[str, ...]]] = {}
    for choice in itertools.product(*cells):
        if sum(value is None for value, _ in choice) > max_unknown:
            continue
        values: dict[str, int | None] = {
            label: value for label, (value, _) in zip(labels, choice, strict=True)
        }
        _derive(values, equations)
        if not _holds(values, labels):
            continue
        cost = sum(c for _, c in choice)
        key = tuple(sorted((k, v) for k, v in values.items() if v is not None))
        unsure = tuple(label for label, (_, c) in zip(labels, choice, strict=True) if c)
        if key not in best or cost < best[key][0]:
            best[key] = (cost, unsure)
    if not best:
        return None
    cheapest = min(cost for cost, _ in best.values())
    winners = [key for key, (cost, _) in best.items() if cost == cheapest]
    if len(winners) != 1:
        return None
    return TableRead(dict(winners[0]), best[winners[0]][1])


def read_table(head: str, written_row: str) -> TableRead | None:
    """The numbers of a roll call table: `head` its labels (folded, lines joined), the row
    as read (lower case). Of the readings of the head that fit the row, the first that adds
    up; else the first as printed."""
    fallback: TableRead | None = None
    for labels in head_labels(head):
        for fitted in _fits(labels):
            cells = row_cells(written_row, len(fitted))
            found = solve_row(fitted, cells) if cells is not None else None
            if found is None:
                continue
            if found.adds_up:
                return found
            fallback = fallback or found
    return fallback


def _fits(labels: list[str]) -> list[list[str]]:
    """The labels, and without a "Vắng" that only heads its kinds (when both kinds follow)."""
    out = [labels]
    if "absent" in labels and {"absent_excused", "absent_unexcused"} & set(labels):
        out.append([label for label in labels if label != "absent"])
    return out

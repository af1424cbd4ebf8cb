"""Phrasings of the held-out families O and P: clock stamps ("14g05"), dates with or without the
weekday, counts, short references to people, roles in brief, absences grouped by reason, guests.

HELD-OUT: people who write or tune extraction rules must not read this module, `heldout5.py`,
`heldout5_parts.py` or `tests/corpus/test_heldout5.py`; O and P exist to measure how the rules
generalise.
"""

from __future__ import annotations

from datetime import date

from bienban.corpus.facts import Absentee, Facts
from bienban.corpus.heldout2_phrases import guest_name, is_fully_named, person
from bienban.corpus.heldout_phrases import weekday_name
from bienban.corpus.words import format_time, number_in_words

MONTH_WORDS = (
    "Một",
    "Hai",
    "Ba",
    "Tư",
    "Năm",
    "Sáu",
    "Bảy",
    "Tám",
    "Chín",
    "Mười",
    "Mười một",
    "Mười hai",
)
_ROLE_SHORT = {"Bí thư chi bộ": "BT", "Phó Bí thư chi bộ": "PBT"}
_CLERK_SHORT = {"chi ủy viên": "CUV", "đảng viên": "ĐV"}


def write_clock(hour: int, minute: int, *, style: str) -> str:
    """O's stamps "14g05", "14h05", "14 giờ 05"; P's "19 giờ 30 phút", "19 giờ 30 phút tối"."""
    if style == "g":
        return f"{hour}g{minute:02d}"
    if style == "phut_period":
        return f"{format_time(hour, minute, style='gio_phut')} {_period(hour)}"
    return format_time(hour, minute, style=style)


def _period(hour: int) -> str:
    if 4 <= hour < 11:
        return "sáng"
    if 11 <= hour < 13:
        return "trưa"
    if 13 <= hour < 18:
        return "chiều"
    return "tối" if 18 <= hour < 23 else "đêm"


def write_date(day: date, *, style: str) -> str:
    """A date without "ngày": "15-03-2024", "15.03.2024", "thứ Sáu, 15-03-2024", "15 tháng 3 năm 2024"."""
    if style.startswith("weekday_"):
        return f"{weekday_name(day)}, {write_date(day, style=style.removeprefix('weekday_'))}"
    forms = {
        "dash": f"{day.day:02d}-{day.month:02d}-{day.year}",
        "dot": f"{day.day:02d}.{day.month:02d}.{day.year}",
        "slash_padded": f"{day.day:02d}/{day.month:02d}/{day.year}",
        "slash": f"{day.day}/{day.month}/{day.year}",
        "words": f"{day.day} tháng {day.month} năm {day.year}",
        "words_padded": f"{day.day:02d} tháng {day.month:02d} năm {day.year}",
    }
    return forms[style]


def count(n: int, *, style: str) -> str:
    """A count: "2", "02", or "27 (hai mươi bảy)"."""
    if style == "padded":
        return f"{n:02d}"
    if style == "both":
        return f"{n} ({number_in_words(n)})"
    return str(n)


def month_name(month: int) -> str:
    """ "Ba" for March, "Mười hai" for December, as a title may spell the month."""
    return MONTH_WORDS[month - 1]


def role_short(role: str) -> str:
    """ "BT" for the cell's Bí thư, "PBT" for its deputy."""
    return _ROLE_SHORT.get(role, role)


def clerk_short(role: str | None) -> str:
    """ "CUV", "ĐV" or "" for the minute-taker's role."""
    return _CLERK_SHORT.get(role or "", "")


def given_name(name: str) -> str:
    """The last word of a full name, as people of one cell call each other: "Hùng"."""
    return name.split()[-1]


def formal_role(role: str) -> str:
    """ "Bí thư Chi bộ": the role as a formal letter capitalises it."""
    return role.replace("chi bộ", "Chi bộ")


def guests_text(facts: Facts, titles: dict[str, str], *, joiner: str) -> str:
    """ "đồng chí Lê Văn Hòa – Phó Bí thư Đảng ủy xã; …", the unnamed representative, or ""."""
    if facts.guests:
        return "; ".join(f"{guest_name(name, titles)}{joiner}{role}" for name, role in facts.guests)
    return facts.unnamed_guest or ""


def absentees_by_reason(facts: Facts) -> tuple[list[Absentee], list[Absentee]]:
    """The named absentees, (with a reason, without one); both empty unless all are named."""
    if not is_fully_named(facts):
        return [], []
    excused = [a for a in facts.absentees if a.excused]
    return excused, [a for a in facts.absentees if not a.excused]


def listed(people: list[Absentee], titles: dict[str, str], *, lead: str, reasons: bool) -> str:
    """ "đ/c Lê Văn An – ốm; đ/c Trần Thị Bé – đi công tác", or names alone."""
    if reasons:
        return "; ".join(f"{person(a.name, titles, lead=lead)} – {a.reason}" for a in people)
    return "; ".join(person(a.name, titles, lead=lead) for a in people)


def guide_reference(day: date) -> str | None:
    """The central guidance on cell meetings in force on `day`, as an opening cites it."""
    if day >= date(2025, 10, 28):
        return "Hướng dẫn số 42-HD/BTCTW ngày 28/10/2025 của Ban Tổ chức Trung ương"
    if day >= date(2018, 7, 6):
        return (
            "Hướng dẫn số 12-HD/BTCTW ngày 06/7/2018 của Ban Tổ chức Trung ương"
            " về nâng cao chất lượng sinh hoạt chi bộ"
        )
    if day >= date(2012, 3, 2):
        return (
            "Hướng dẫn số 09-HD/BTCTW ngày 02/3/2012 của Ban Tổ chức Trung ương về sinh hoạt chi bộ"
        )
    return None


def capital(text: str) -> str:
    return text[:1].upper() + text[1:]

"""Phrasings of the held-out families Q and R: dates, clocks, counts, filled-in blanks, people and
absentees.

HELD-OUT: people who write or tune extraction rules must not read this module, `heldout6.py`,
`heldout6_parts.py` or `tests/corpus/test_heldout6.py`; Q and R exist to measure how the rules
generalise.
"""

from __future__ import annotations

from datetime import date

from bienban.corpus.facts import Absentee, Facts
from bienban.corpus.heldout2_phrases import guest_name, is_fully_named
from bienban.corpus.heldout_phrases import weekday_name
from bienban.corpus.words import format_time, number_in_words

# The blanks of a printed form, as the typed copy shows them around what was written in.
LEADERS = ("", "…", "…….", ".....")
SPEAKER_ROLES = ("chi ủy viên", "tổ trưởng tổ đảng", "đảng viên dự bị", "phụ trách đoàn thể")


def write_date(day: date, *, style: str) -> str:
    """A date without "ngày": "03/4/2024", "3/4/2024", "03/04/2024", "3 tháng 4 năm 2024"."""
    forms = {
        "slash": f"{day.day}/{day.month}/{day.year}",
        "slash_daypad": f"{day.day:02d}/{day.month}/{day.year}",
        "slash_padded": f"{day.day:02d}/{day.month:02d}/{day.year}",
        "words": f"{day.day} tháng {day.month} năm {day.year}",
        "words_padded": f"{day.day:02d} tháng {day.month:02d} năm {day.year}",
    }
    return forms[style]


def write_clock(hour: int, minute: int, *, style: str) -> str:
    """ "19 giờ 30", "19h30'", "19 giờ 30 phút", "19h30"."""
    if style == "h_apos":
        return f"{hour}h{minute:02d}'"
    return format_time(hour, minute, style=style)


def count(n: int, *, style: str) -> str:
    """A count: "2", "02", or the words first with the digits after, "hai mươi bảy (27)";
    none in words is "không"."""
    if style == "padded":
        return f"{n:02d}"
    if style == "words_first":
        return f"{number_in_words(n)} ({n:02d})" if n else "không"
    return str(n)


def blank(value: str, *, leader: str) -> str:
    """What was written into a form's blank, between its leader dots: "…27…"."""
    return f"{leader}{value}{leader}"


def weekday(day: date) -> str:
    return weekday_name(day)


def capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def role_before(name: str, role: str) -> str:
    """The role, then the name, with no honorific: "Bí thư chi bộ Nguyễn Văn An"."""
    return f"{role} {name}"


def absentees_by_reason(facts: Facts) -> tuple[list[Absentee], list[Absentee]]:
    """The named absentees, (with a reason, without one); both empty unless all are named."""
    if not is_fully_named(facts):
        return [], []
    excused = [a for a in facts.absentees if a.excused]
    return excused, [a for a in facts.absentees if not a.excused]


def guests_text(facts: Facts, *, joiner: str) -> str:
    """ "Ông Lê Văn Hòa, Phó Bí thư Đảng ủy xã; …", the unnamed representative, or ""."""
    if facts.guests:
        return "; ".join(f"{guest_name(name, {})}{joiner}{role}" for name, role in facts.guests)
    return facts.unnamed_guest or ""


def absence_reason(person: Absentee) -> str:
    """ "có lý do: ốm" for an excused absence, the pool's own words ("không báo cáo") otherwise."""
    return f"có lý do: {person.reason}" if person.excused else person.reason

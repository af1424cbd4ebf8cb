"""Phrasings of the held-out families S and T: dates, clocks, counts, people and absentees.

HELD-OUT: people who write or tune extraction rules must not read this module, `heldout7.py`,
`heldout7_parts.py` or `tests/corpus/test_heldout7.py`; S and T exist to measure how the rules
generalise.
"""

from __future__ import annotations

from datetime import date

from bienban.corpus.facts import Absentee, Facts
from bienban.corpus.heldout2_phrases import guest_name, is_fully_named
from bienban.corpus.heldout5_phrases import MONTH_WORDS
from bienban.corpus.heldout_phrases import weekday_name
from bienban.corpus.words import format_time, number_in_words, period_word

DATE_STYLES = ("words_daypad", "slash_daypad", "slash_padded", "dot", "dot_padded")
CLOCK_STYLES = ("gio_phut", "gio_phut_day", "h", "h_spaced", "gio_pad")
COUNT_STYLES = ("plain", "padded", "small_words")


def write_date(day: date, *, style: str) -> str:
    """A date without "ngày": "03 tháng 4 năm 2024", "03/4/2024", "3.4.2024", "03.04.2024"."""
    forms = {
        "words_daypad": f"{day.day:02d} tháng {day.month} năm {day.year}",
        "slash_daypad": f"{day.day:02d}/{day.month}/{day.year}",
        "slash_padded": f"{day.day:02d}/{day.month:02d}/{day.year}",
        "dot": f"{day.day}.{day.month}.{day.year}",
        "dot_padded": f"{day.day:02d}.{day.month:02d}.{day.year}",
    }
    return forms[style]


def write_clock(hour: int, minute: int, *, style: str) -> str:
    """ "19 giờ 30 phút", "19 giờ 30 phút tối" (the 24-hour clock with the part of the day),
    "19h30", "19 h 30", "19 giờ 30"."""
    if style == "gio_phut_day":
        return f"{hour} giờ {minute:02d} phút {period_word(hour)}"
    if style == "h_spaced":
        return f"{hour} h {minute:02d}"
    return format_time(hour, minute, style=style)


def count(n: int, *, style: str) -> str:
    """A count: "7", "07", or, for "small_words", ten and under in words ("bảy") and the rest in
    digits."""
    if style == "padded":
        return f"{n:02d}"
    if style == "small_words" and n <= 10:
        return number_in_words(n)
    return str(n)


def month_word(month: int) -> str:
    """ "Tư" for April, "Mười hai" for December."""
    return MONTH_WORDS[month - 1]


def weekday(day: date) -> str:
    return weekday_name(day)


def capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]


def absentees_by_reason(facts: Facts) -> tuple[list[Absentee], list[Absentee]]:
    """The named absentees, (with a reason, without one); both empty unless all are named."""
    if not is_fully_named(facts):
        return [], []
    excused = [a for a in facts.absentees if a.excused]
    return excused, [a for a in facts.absentees if not a.excused]


def guests_text(facts: Facts, *, joiner: str) -> str:
    """ "Bà Lê Thị Hoa, Chủ tịch Ủy ban Mặt trận Tổ quốc xã; …", the unnamed representative,
    or ""."""
    if facts.guests:
        return "; ".join(f"{guest_name(name, {})}{joiner}{role}" for name, role in facts.guests)
    return facts.unnamed_guest or ""


def guest_role(facts: Facts, name: str) -> str | None:
    return dict(facts.guests).get(name)


def money(amount: int) -> str:
    """ "1.250.000": thousands separated by dots."""
    return f"{amount:,}".replace(",", ".")

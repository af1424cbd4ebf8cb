"""Phrasings of the held-out families U and V: dates, clocks, counts, people and absentees.

HELD-OUT: people who write or tune extraction rules must not read this module, `heldout8.py`,
`heldout8_parts.py` or `tests/corpus/test_heldout8.py`; U and V exist to measure how the rules
generalise.
"""

from __future__ import annotations

from datetime import date

from bienban.corpus.facts import Absentee, Facts
from bienban.corpus.heldout2_phrases import guest_name, is_fully_named
from bienban.corpus.heldout5_phrases import MONTH_WORDS
from bienban.corpus.heldout_phrases import weekday_name
from bienban.corpus.words import period_word

DATE_STYLES = ("dash_daypad", "mong_words", "slash", "month_words")
CLOCK_STYLES = ("spoken", "twelve_phut", "h_tick", "gio_tick")
COUNT_STYLES = ("plain", "padded")


def write_date(day: date, *, style: str) -> str:
    """A date without "ngày": "03-4-2024", "mồng 3 tháng 4 năm 2024", "3/4/2024",
    "3 tháng Tư năm 2024"."""
    if style == "dash_daypad":
        return f"{day.day:02d}-{day.month}-{day.year}"
    if style == "mong_words":
        lead = f"mồng {day.day}" if day.day <= 10 else str(day.day)
        return f"{lead} tháng {day.month} năm {day.year}"
    if style == "slash":
        return f"{day.day}/{day.month}/{day.year}"
    return f"{day.day} tháng {MONTH_WORDS[day.month - 1]} năm {day.year}"


def write_clock(hour: int, minute: int, *, style: str) -> str:
    """U's 12-hour clocks with the part of the day ("7 giờ rưỡi tối", "8 giờ kém 15 sáng",
    "7 giờ 30 phút tối") and V's 24-hour ones with a tick ("19h30'", "19 giờ 30'")."""
    if style == "h_tick":
        return f"{hour}h{minute:02d}'"
    if style == "gio_tick":
        return f"{hour} giờ {minute:02d}'"
    period = period_word(hour)
    if style == "spoken":
        if minute == 30:
            return f"{_twelve(hour)} giờ rưỡi {period}"
        if minute >= 45:
            return f"{_twelve(hour + 1) or 12} giờ kém {60 - minute} {period}"
        if minute == 0:
            return f"{_twelve(hour)} giờ {period}"
    return f"{_twelve(hour)} giờ {minute:02d} phút {period}"


def _twelve(hour: int) -> int:
    """The hour on a 12-hour dial; midnight's hour stays 0, noon stays 12."""
    hour %= 24
    return hour - 12 if hour > 12 else hour


def count(n: int, *, style: str) -> str:
    return f"{n:02d}" if style == "padded" else str(n)


def month_word(month: int) -> str:
    return MONTH_WORDS[month - 1]


def weekday(day: date) -> str:
    return weekday_name(day)


def capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def absentees_by_reason(facts: Facts) -> list[Absentee]:
    """The named absentees, those with a reason first; empty unless all are named."""
    if not is_fully_named(facts):
        return []
    return sorted(facts.absentees, key=lambda a: not a.excused)


def reason_with_kind(absentee: Absentee) -> str:
    """The reason, with whether it excuses: "ốm – có lý do", "không báo cáo – không lý do"."""
    if not absentee.excused:
        return absentee.reason if "lý do" in absentee.reason else f"{absentee.reason}, không lý do"
    return f"{absentee.reason} – có lý do"


def guests_text(facts: Facts, *, joiner: str) -> str:
    """ "Bà Lê Thị Hoa, Chủ tịch …; …", the unnamed representative, or ""."""
    if facts.guests:
        return "; ".join(f"{guest_name(name, {})}{joiner}{role}" for name, role in facts.guests)
    return facts.unnamed_guest or ""


def guest_role(facts: Facts, name: str) -> str | None:
    return dict(facts.guests).get(name)


def money(amount: int) -> str:
    return f"{amount:,}".replace(",", ".")

"""Phrasings of the held-out families Y and Z: dates, clocks, counts, absences and deadlines.

HELD-OUT: people who write or tune extraction rules must not read this module, `heldout10.py`,
`heldout10_parts.py` or `tests/corpus/test_heldout10.py`; Y and Z exist to measure how the rules
generalise.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import date, timedelta

from bienban.corpus.facts import Facts
from bienban.corpus.heldout2_phrases import percent
from bienban.corpus.heldout3_parts import next_month
from bienban.corpus.words import number_in_words, period_word

DATE_STYLES = ("spaced_dash", "short_year", "roman", "words_padded")
CLOCK_STYLES = ("gio_phut_bracket", "h_prime", "h", "gio_phut")
COUNT_STYLES = ("digits", "padded", "words")
ROMAN_MONTHS = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
QUARTERS = ("I", "II", "III", "IV")


def write_date(day: date, *, style: str) -> str:
    """A date without "ngày": "5 - 3 - 2024", "5/3/24", "05/III/2024", "05 tháng 03 năm 2024"."""
    if style == "spaced_dash":
        return f"{day.day} - {day.month} - {day.year}"
    if style == "short_year":
        return f"{day.day}/{day.month}/{day.year % 100:02d}"
    if style == "roman":
        return f"{day.day:02d}/{ROMAN_MONTHS[day.month - 1]}/{day.year}"
    return f"{day.day:02d} tháng {day.month:02d} năm {day.year}"


def write_clock(hour: int, minute: int, *, style: str) -> str:
    """Y: "19 giờ 30 phút (7 giờ 30 tối)", "19h30'"; Z: "19h30", "19 giờ 30 phút"."""
    if style == "h_prime":
        return f"{hour}h{minute:02d}'"
    if style == "h":
        return f"{hour}h{minute:02d}"
    said = f"{hour} giờ {minute:02d} phút"
    if style == "gio_phut_bracket" and 13 <= hour <= 23:
        tail = f" {minute}" if minute else ""
        return f"{said} ({hour - 12} giờ{tail} {period_word(hour)})"
    return said


def count(n: int, *, style: str) -> str:
    """ "7", "07" or "bảy"."""
    if style == "padded":
        return f"{n:02d}"
    if style == "words":
        return number_in_words(n)
    return str(n)


def share(part: int, whole: int) -> str:
    """ "92,3%" of those who had to attend; "0%" when nobody had to."""
    return f"{percent(part, whole)}%"


def quarter(day: date) -> str:
    return QUARTERS[(day.month - 1) // 3]


def month_after(day: date) -> str:
    """The month after the meeting, as "4/2024"."""
    nxt = next_month(day)
    return f"{nxt.month}/{nxt.year}"


def lasted(minutes: int) -> str:
    """How long a meeting ran: "2 giờ 15 phút", "3 giờ"."""
    hours, rest = divmod(minutes, 60)
    return f"{hours} giờ {rest} phút" if rest else f"{hours} giờ"


def by_when(facts: Facts, rng: random.Random) -> str:
    """When a task is due, as Z's task table writes it."""
    due = next_month(facts.day) + timedelta(days=rng.randint(4, 25))
    return rng.choice(
        [
            "Thường xuyên",
            f"Trong tháng {month_after(facts.day)}",
            f"Trước ngày {due.day}/{due.month}/{due.year}",
        ]
    )


def excused_word(excused: bool) -> str:
    return "có lý do" if excused else "không lý do"


def absence_split(facts: Facts, n: Callable[[int], str]) -> str:
    """Excused and unexcused absences, naming a kind only when there is one: "2 có lý do, 1 không
    lý do", "đều có lý do"."""
    if facts.excused and facts.unexcused:
        return f"{n(facts.excused)} có lý do, {n(facts.unexcused)} không lý do"
    return "đều có lý do" if facts.excused else "đều không có lý do"

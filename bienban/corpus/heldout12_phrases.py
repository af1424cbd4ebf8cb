"""How AC and AD write a date and a clock, and name a month (counts as `heldout11_phrases`).

HELD-OUT: closed to whoever writes or tunes the extraction rules, together with `heldout12.py`,
`heldout12_parts.py` and `tests/corpus/test_heldout12.py`; AC and AD measure how the rules
carry to writing styles their author never saw.
"""

from __future__ import annotations

from datetime import date

from bienban.corpus.heldout3_parts import next_month, previous_month
from bienban.corpus.heldout11_phrases import twelve
from bienban.corpus.words import number_in_words, period_word

DATE_STYLES = ("month_slash", "slash_padded", "words", "dash_padded")
CLOCK_STYLES = ("upper_h", "h_twelve", "gio_phut", "spelled")


def write_date(day: date, *, style: str) -> str:
    """A date without "ngày": "5 tháng 3/2024", "05/03/2024", "5 tháng 3 năm 2024",
    "05-03-2024"."""
    if style == "month_slash":
        return f"{day.day} tháng {day.month}/{day.year}"
    if style == "slash_padded":
        return f"{day.day:02d}/{day.month:02d}/{day.year}"
    if style == "words":
        return f"{day.day} tháng {day.month} năm {day.year}"
    return f"{day.day:02d}-{day.month:02d}-{day.year}"


def write_clock(hour: int, minute: int, *, style: str) -> str:
    """ "19H30"; "7h30 tối" (the 12-hour dial with the part of the day); "19 giờ 30 phút";
    "mười chín giờ ba mươi phút" (spelled out, "mười chín giờ" on the hour)."""
    if style == "upper_h":
        return f"{hour}H{minute:02d}"
    if style == "h_twelve":
        return f"{twelve(hour)}h{minute:02d} {period_word(hour)}"
    if style == "gio_phut":
        return f"{hour} giờ {minute:02d} phút"
    said = f"{number_in_words(hour)} giờ"
    return f"{said} {number_in_words(minute)} phút" if minute else said


def month_of(day: date) -> str:
    """ "3/2024"."""
    return f"{day.month}/{day.year}"


def month_after(day: date) -> str:
    return month_of(next_month(day))


def month_before(day: date) -> str:
    return month_of(previous_month(day))

"""How BK and BL write a date, a clock and a count.

HELD-OUT: closed to whoever writes or tunes the extraction rules, together with `heldout29.py`,
`heldout29_parts.py` and `tests/corpus/test_heldout29.py`; BK and BL measure how the rules
carry to writing styles their author never saw, so their phrasings must not be read.
"""

from __future__ import annotations

from datetime import date

from bienban.corpus.words import period_word

DATE_STYLES = ("words", "words_pad", "slash", "slash_pad")
CLOCK_STYLES = ("gio_phut", "h", "h_period")
COUNT_STYLES = ("digits", "pad")


def write_date(day: date, *, style: str) -> str:
    """A date without "ngày": "5 tháng 3 năm 2024", "05 tháng 03 năm 2024", "5/3/2024",
    "05/3/2024"."""
    if style == "words":
        return f"{day.day} tháng {day.month} năm {day.year}"
    if style == "words_pad":
        return f"{day.day:02d} tháng {day.month:02d} năm {day.year}"
    if style == "slash_pad":
        return f"{day.day:02d}/{day.month}/{day.year}"
    return f"{day.day}/{day.month}/{day.year}"


def write_clock(hour: int, minute: int, *, style: str) -> str:
    """ "14 giờ 00 phút"; "14h00"; "19h30 tối" (a 24-hour clock with the part of the day)."""
    if style == "gio_phut":
        return f"{hour} giờ {minute:02d} phút"
    if style == "h":
        return f"{hour}h{minute:02d}"
    return f"{hour}h{minute:02d} {period_word(hour)}"


def count(n: int, *, style: str) -> str:
    """ "7"; "07"."""
    if style == "pad":
        return f"{n:02d}"
    return str(n)

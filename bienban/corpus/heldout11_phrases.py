"""Phrasings of the held-out families AA and AB: dates, the lunar note, clocks and counts.

HELD-OUT: people who write or tune extraction rules must not read this module, `heldout11.py`,
`heldout11_parts.py` or `tests/corpus/test_heldout11.py`; AA and AB exist to measure how the
rules generalise to writing styles their author never saw.
"""

from __future__ import annotations

from datetime import date

from bienban.corpus.heldout3_parts import next_month
from bienban.corpus.lunar import solar_to_lunar
from bienban.corpus.words import number_in_words, period_word

DATE_STYLES = ("slash", "words", "dash", "slash_month_padded")
CLOCK_STYLES = ("dot", "h_p", "gio_phut", "twelve")
COUNT_STYLES = ("digits", "words", "padded")
LUNAR_STYLES = ("", "short", "long")


def write_date(day: date, *, style: str) -> str:
    """A date without "ngày": "15/3/2024", "15 tháng 3 năm 2024", "15-3-2024", "15/03/2024"."""
    if style == "slash":
        return f"{day.day}/{day.month}/{day.year}"
    if style == "words":
        return f"{day.day} tháng {day.month} năm {day.year}"
    if style == "dash":
        return f"{day.day}-{day.month}-{day.year}"
    return f"{day.day}/{day.month:02d}/{day.year}"


def lunar_note(day: date, *, style: str) -> str:
    """The lunar day in brackets after the solar one: " (nhằm 06/02 ÂL)", " (tức ngày 6 tháng 2
    âm lịch)"; "" for no note."""
    if not style:
        return ""
    moon = solar_to_lunar(day)
    leap = " nhuận" if moon.leap else ""
    if style == "short":
        return f" (nhằm {moon.day:02d}/{moon.month:02d}{leap} ÂL)"
    return f" (tức ngày {moon.day} tháng {moon.month}{leap} âm lịch)"


def twelve(hour: int) -> int:
    """The hour on a 12-hour dial: 19 → 7, 12 → 12, 0 → 12 (midnight, "12 giờ đêm")."""
    return hour - 12 if hour > 12 else (hour or 12)


def bare_clock(hour: int, minute: int, *, style: str) -> str:
    """A clock without the part of the day: "19.30", "19h30p", "19h", "19 giờ 30 phút", and for
    the 12-hour style "7 giờ 30 phút" (the part of the day said elsewhere)."""
    if style == "dot":
        return f"{hour}.{minute:02d}"
    if style == "h_p":
        return f"{hour}h{minute:02d}p" if minute else f"{hour}h"
    if style == "twelve":
        hour = twelve(hour)
    return f"{hour} giờ {minute:02d} phút"


def write_clock(hour: int, minute: int, *, style: str) -> str:
    """A clock as it stands in a sentence: the 12-hour one carries its part of the day ("7 giờ
    30 phút tối", "12 giờ 20 phút đêm"), the others are 24-hour."""
    said = bare_clock(hour, minute, style=style)
    return f"{said} {period_word(hour)}" if style == "twelve" else said


def count(n: int, *, style: str) -> str:
    """ "7", "bảy" or "07"."""
    if style == "words":
        return number_in_words(n)
    if style == "padded":
        return f"{n:02d}"
    return str(n)


def month_after(day: date) -> str:
    """The month after the meeting as "4/2024"."""
    nxt = next_month(day)
    return f"{nxt.month}/{nxt.year}"


def sitting(meeting_type: str) -> str:
    """What the family calls the meeting: an extraordinary one is "cuộc họp"."""
    return "cuộc họp" if meeting_type == "extraordinary" else "buổi sinh hoạt"

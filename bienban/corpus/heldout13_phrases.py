"""How AE and AF write a date, a clock, a count and the lunar day.

HELD-OUT: closed to whoever writes or tunes the extraction rules, together with `heldout13.py`,
`heldout13_parts.py` and `tests/corpus/test_heldout13.py`; AE and AF measure how the rules
carry to writing styles their author never saw, so their phrasings must not be read.
"""

from __future__ import annotations

from datetime import date

from bienban.corpus.heldout5_phrases import MONTH_WORDS
from bienban.corpus.heldout11_phrases import count as plain_count
from bienban.corpus.heldout11_phrases import twelve
from bienban.corpus.lunar import solar_to_lunar
from bienban.corpus.words import number_in_words, period_word

DATE_STYLES = ("spaced_slash", "short_dots", "spelled", "words")
CLOCK_STYLES = ("colon_twelve", "gio_p", "spelled_twelve", "g_tick")
COUNT_STYLES = ("digits", "words", "padded", "padded_words")
LUNAR_STYLES = ("", "year_name")
# The months as words: "một" … "mười hai" ("tư" for April).
_MONTHS = tuple(word.lower() for word in MONTH_WORDS)


def write_date(day: date, *, style: str) -> str:
    """A date without "ngày": "15 / 3 / 2024", "15.3.24", "mười lăm tháng ba năm 2024" ("mồng
    năm" up to the 10th), "15 tháng 3 năm 2024"."""
    if style == "spaced_slash":
        return f"{day.day} / {day.month} / {day.year}"
    if style == "short_dots":
        return f"{day.day}.{day.month}.{day.year % 100:02d}"
    if style == "spelled":
        said = number_in_words(day.day)
        said = f"mồng {said}" if day.day <= 10 else said
        return f"{said} tháng {_MONTHS[day.month - 1]} năm {day.year}"
    return f"{day.day} tháng {day.month} năm {day.year}"


def write_clock(hour: int, minute: int, *, style: str) -> str:
    """ "7:30 tối" (the 12-hour dial, "12:10 đêm" after midnight); "19 giờ 30p" ("19 giờ" on the
    hour); "bảy giờ ba mươi phút tối" ("bảy giờ tối" on the hour); "19g30'"."""
    if style == "colon_twelve":
        return f"{twelve(hour)}:{minute:02d} {period_word(hour)}"
    if style == "gio_p":
        return f"{hour} giờ {minute:02d}p" if minute else f"{hour} giờ"
    if style == "spelled_twelve":
        said = f"{number_in_words(twelve(hour))} giờ"
        said += f" {number_in_words(minute)} phút" if minute else ""
        return f"{said} {period_word(hour)}"
    return f"{hour}g{minute:02d}'"


def count(n: int, *, style: str) -> str:
    """ "7", "bảy", "07" or "07 (bảy)"."""
    if style == "padded_words":
        return f"{n:02d} ({number_in_words(n)})"
    return plain_count(n, style=style)


def lunar_note(day: date, *, style: str) -> str:
    """The lunar day after the solar one: " (âm lịch: 6/2 năm Giáp Thìn)"; "" for none."""
    if not style:
        return ""
    moon = solar_to_lunar(day)
    leap = " nhuận" if moon.leap else ""
    return f" (âm lịch: {moon.day}/{moon.month}{leap} năm {moon.year_name})"


def ordinal(index: int) -> str:
    """The `index`-th (from 0) as "thứ nhất", "thứ hai", "thứ tư", "thứ mười một"."""
    return "thứ nhất" if index == 0 else f"thứ {_MONTHS[index]}"


def month_label(day: date, *, padded: bool) -> str:
    """ "03/2024" or "3/2024"."""
    return f"{day.month:02d}/{day.year}" if padded else f"{day.month}/{day.year}"

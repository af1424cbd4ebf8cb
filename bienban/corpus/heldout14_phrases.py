"""How AG and AH write a date, a clock and a count.

HELD-OUT: closed to whoever writes or tunes the extraction rules, together with `heldout14.py`,
`heldout14_parts.py` and `tests/corpus/test_heldout14.py`; AG and AH measure how the rules
carry to writing styles their author never saw, so their phrasings must not be read.
"""

from __future__ import annotations

from datetime import date

from bienban.corpus.heldout5_phrases import MONTH_WORDS
from bienban.corpus.heldout11_phrases import twelve
from bienban.corpus.words import number_in_words, period_word

DATE_STYLES = ("slash_nam", "month_word", "short_year", "padded_words")
CLOCK_STYLES = ("g_spaced", "padded_gio", "kem", "h_tick")
COUNT_STYLES = ("digits", "digits_words", "words")
ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")


def write_date(day: date, *, style: str) -> str:
    """A date without "ngày": "5/3 năm 2024", "5 tháng Ba năm 2024", "5/3/24", "05 tháng 03 năm
    2024"."""
    if style == "slash_nam":
        return f"{day.day}/{day.month} năm {day.year}"
    if style == "month_word":
        return f"{day.day} tháng {MONTH_WORDS[day.month - 1]} năm {day.year}"
    if style == "short_year":
        return f"{day.day}/{day.month}/{day.year % 100:02d}"
    return f"{day.day:02d} tháng {day.month:02d} năm {day.year}"


def write_clock(hour: int, minute: int, *, style: str) -> str:
    """ "14 g 05"; "08 giờ 05 phút"; the 12-hour dial with "kém" from the 45th minute ("3 giờ
    kém 15 chiều" for 14:45, "2 giờ 30 chiều", "2 giờ chiều"); "14h 05'"."""
    if style == "g_spaced":
        return f"{hour} g {minute:02d}"
    if style == "padded_gio":
        return f"{hour:02d} giờ {minute:02d} phút"
    if style == "kem":
        if minute >= 45:
            after = (hour + 1) % 24
            return f"{twelve(after)} giờ kém {60 - minute} {period_word(after)}"
        said = f"{twelve(hour)} giờ" + (f" {minute}" if minute else "")
        return f"{said} {period_word(hour)}"
    return f"{hour}h {minute:02d}'"


def count(n: int, *, style: str) -> str:
    """ "7", "7 (bảy)" or "bảy"."""
    if style == "digits_words":
        return f"{n} ({number_in_words(n)})"
    if style == "words":
        return number_in_words(n)
    return str(n)


def month_label(day: date) -> str:
    """ "3/2024"."""
    return f"{day.month}/{day.year}"

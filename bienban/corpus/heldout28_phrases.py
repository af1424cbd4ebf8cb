"""How BI and BJ write a date, a clock and a count.

HELD-OUT: closed to whoever writes or tunes the extraction rules, together with `heldout28.py`,
`heldout28_parts.py` and `tests/corpus/test_heldout28.py`; BI and BJ measure how the rules
carry to writing styles their author never saw, so their phrasings must not be read.
"""

from __future__ import annotations

from datetime import date

from bienban.corpus.heldout27_phrases import twelve
from bienban.corpus.words import number_in_words, period_word

DATE_STYLES = ("words", "slash_pad", "slash")
CLOCK_STYLES = ("gio_phut", "gio_pad", "phut_period", "gio_bare")
COUNT_STYLES = ("digits", "pad", "words")


def write_date(day: date, *, style: str) -> str:
    """A date without "ngày": "5 tháng 3 năm 2024", "05/03/2024", "5/3/2024"."""
    if style == "words":
        return f"{day.day} tháng {day.month} năm {day.year}"
    if style == "slash_pad":
        return f"{day.day:02d}/{day.month:02d}/{day.year}"
    return f"{day.day}/{day.month}/{day.year}"


def write_clock(hour: int, minute: int, *, style: str) -> str:
    """ "14 giờ 00 phút"; "14 giờ 00"; "7 giờ 30 phút tối", "7 giờ tối" on the hour; "19 giờ
    30", "19 giờ" on the hour."""
    if style == "gio_phut":
        return f"{hour} giờ {minute:02d} phút"
    if style == "gio_pad":
        return f"{hour} giờ {minute:02d}"
    if style == "phut_period":
        said = f"{twelve(hour)} giờ" + (f" {minute:02d} phút" if minute else "")
        return f"{said} {period_word(hour)}"
    return f"{hour} giờ {minute:02d}" if minute else f"{hour} giờ"


def count(n: int, *, style: str) -> str:
    """ "7"; "07"; "bảy", "hai mươi bảy" (a count written out in words)."""
    if style == "pad":
        return f"{n:02d}"
    if style == "words" and 0 <= n <= 999:
        return number_in_words(n)
    return str(n)


def upper_first(text: str) -> str:
    return text[:1].upper() + text[1:]

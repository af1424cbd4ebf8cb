"""How AI and AJ write a date, a clock, a count, a share and a length of time.

HELD-OUT: closed to whoever writes or tunes the extraction rules, together with `heldout15.py`,
`heldout15_parts.py` and `tests/corpus/test_heldout15.py`; AI and AJ measure how the rules
carry to writing styles their author never saw, so their phrasings must not be read.
"""

from __future__ import annotations

from datetime import date

from bienban.corpus.heldout5_phrases import MONTH_WORDS
from bienban.corpus.words import number_in_words, period_word

DATE_STYLES = ("words", "dash", "mung", "dot")
CLOCK_STYLES = ("gio_dung", "h", "gio_ph", "period24")
COUNT_STYLES = ("digits", "words", "padded")
ROMAN = ("I", "II", "III", "IV")


def write_date(day: date, *, style: str) -> str:
    """A date without "ngày": "5 tháng 3 năm 2024", "5-3-2024", "mùng 5 tháng 3 năm 2024"
    ("mùng" up to the 10th), "5.3.2024"."""
    if style == "words":
        return f"{day.day} tháng {day.month} năm {day.year}"
    if style == "dash":
        return f"{day.day}-{day.month}-{day.year}"
    if style == "mung":
        lead = f"mùng {day.day}" if day.day <= 10 else str(day.day)
        return f"{lead} tháng {day.month} năm {day.year}"
    return f"{day.day}.{day.month}.{day.year}"


def write_clock(hour: int, minute: int, *, style: str) -> str:
    """ "14 giờ đúng" on the hour, else "14 giờ 05 phút"; "14h05"; "19 giờ 30 ph" ("19 giờ" on
    the hour); the 24-hour clock with the part of the day: "19 giờ 30 tối", "0 giờ 15 đêm",
    "7 giờ sáng"."""
    if style == "gio_dung":
        return f"{hour} giờ đúng" if not minute else f"{hour} giờ {minute:02d} phút"
    if style == "h":
        return f"{hour}h{minute:02d}"
    if style == "gio_ph":
        return f"{hour} giờ {minute:02d} ph" if minute else f"{hour} giờ"
    said = f"{hour} giờ {minute:02d}" if minute else f"{hour} giờ"
    return f"{said} {period_word(hour)}"


def count(n: int, *, style: str) -> str:
    """ "7", "bảy" or "07"."""
    if style == "words":
        return number_in_words(n)
    if style == "padded":
        return f"{n:02d}"
    return str(n)


def share(part: int, whole: int) -> str:
    """A percentage as printed: "100", "92", "95,7"."""
    if not whole:
        return "0"
    text = f"{100 * part / whole:.1f}"
    return text[:-2] if text.endswith(".0") else text.replace(".", ",")


def length(minutes: int, *, style: str) -> str:
    """How long the meeting lasted: "2 tiếng 15 phút" ("2 tiếng" on the hour) or "135 phút"."""
    if style == "minutes":
        return f"{minutes} phút"
    hours, rest = divmod(minutes, 60)
    return f"{hours} tiếng {rest} phút" if rest else f"{hours} tiếng"


def month_label(day: date) -> str:
    """ "3/2024"."""
    return f"{day.month}/{day.year}"


def month_word(day: date) -> str:
    """ "tháng Ba năm 2024"."""
    return f"tháng {MONTH_WORDS[day.month - 1]} năm {day.year}"


def quarter(day: date) -> str:
    """ "I" to "IV"."""
    return ROMAN[(day.month - 1) // 3]


def first_upper(text: str) -> str:
    return text[:1].upper() + text[1:]


def first_lower(text: str) -> str:
    """Lower-case the first letter unless the first word is an abbreviation ("UBND")."""
    if len(text) > 1 and text[1].isupper():
        return text
    return text[:1].lower() + text[1:]

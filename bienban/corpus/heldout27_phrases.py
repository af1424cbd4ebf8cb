"""How BG and BH write a date, a clock, a count and a few small pieces.

HELD-OUT: closed to whoever writes or tunes the extraction rules, together with `heldout27.py`,
`heldout27_parts.py` and `tests/corpus/test_heldout27.py`; BG and BH measure how the rules
carry to writing styles their author never saw, so their phrasings must not be read.
"""

from __future__ import annotations

from datetime import date

from bienban.corpus.words import number_in_words, period_word

DATE_STYLES = ("slash_pad", "words_pad", "slash", "words", "dash")
CLOCK_STYLES = ("gio_phut", "h", "h_bare", "period")
COUNT_STYLES = ("digits", "pad", "small_words")
ROMAN = ("I", "II", "III", "IV")
LETTERS = ("a", "b", "c", "d", "đ", "e", "g", "h", "i", "k", "l", "m")


def write_date(day: date, *, style: str) -> str:
    """A date without "ngày": "05/03/2024", "05 tháng 03 năm 2024", "5/3/2024", "5 tháng 3 năm
    2024", "5-3-2024"."""
    if style == "slash_pad":
        return f"{day.day:02d}/{day.month:02d}/{day.year}"
    if style == "words_pad":
        return f"{day.day:02d} tháng {day.month:02d} năm {day.year}"
    if style == "slash":
        return f"{day.day}/{day.month}/{day.year}"
    if style == "words":
        return f"{day.day} tháng {day.month} năm {day.year}"
    return f"{day.day}-{day.month}-{day.year}"


def twelve(hour: int) -> int:
    """The hour on a 12-hour dial: 19 is 7, 12 is 12, 0 is 12."""
    return hour - 12 if hour > 12 else (hour or 12)


def write_clock(hour: int, minute: int, *, style: str) -> str:
    """ "19 giờ 30 phút", "7 giờ 00 phút"; "19h30", "7h00"; "19h30", "19h" on the hour; "7 giờ
    30 tối", "7 giờ tối" on the hour, "12 giờ đêm" at midnight."""
    if style == "gio_phut":
        return f"{hour} giờ {minute:02d} phút"
    if style == "h":
        return f"{hour}h{minute:02d}"
    if style == "h_bare":
        return f"{hour}h{minute:02d}" if minute else f"{hour}h"
    said = f"{twelve(hour)} giờ" + (f" {minute:02d}" if minute else "")
    return f"{said} {period_word(hour)}"


def count(n: int, *, style: str) -> str:
    """ "7"; "07"; "bảy" below ten, "27" from ten on (as a hand writes small numbers out)."""
    if style == "pad":
        return f"{n:02d}"
    if style == "small_words" and 0 <= n < 10:
        return number_in_words(n)
    return str(n)


def percent(part: int, whole: int) -> str:
    """ "100%", "92%", "88,6%": one decimal with a decimal comma, none when it is whole."""
    if whole <= 0:
        return "0%"
    share = round(100 * part / whole, 1)
    if share == int(share):
        return f"{int(share)}%"
    return f"{share:.1f}%".replace(".", ",")


def quarter(day: date) -> int:
    return (day.month - 1) // 3 + 1


def month_after(day: date) -> date:
    return date(day.year + 1, 1, 1) if day.month == 12 else date(day.year, day.month + 1, 1)


def month_before(day: date) -> date:
    return date(day.year - 1, 12, 1) if day.month == 1 else date(day.year, day.month - 1, 1)


def capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]


def money(amount: int) -> str:
    """ "1.250.000": thousands marked with dots."""
    return f"{amount:,}".replace(",", ".")


def joined(items: list[str]) -> str:
    """Items run together in one sentence, each as written without its closing stop: "a; b"."""
    return "; ".join(str(item).rstrip(".") for item in items)


def day_part(hour: int) -> str:
    """The part of the day a hand opens with: "Sáng", "Trưa", "Chiều", "Tối", "Đêm"."""
    return period_word(hour).capitalize()


# What a hand shortens, longest first so that "Ủy ban nhân dân" goes before "nhân dân".
_SHORT = (
    ("Ủy ban nhân dân", "UBND"),
    ("Đảng viên", "ĐV"),
    ("đảng viên", "ĐV"),
    ("Đồng chí", "Đ/c"),
    ("đồng chí", "đ/c"),
    ("chi bộ", "CB"),
)


def shorten(text: str) -> str:
    """`text` with the words a village secretary abbreviates: "đảng viên" as "ĐV", "đồng chí" as
    "đ/c", "chi bộ" as "CB", "Ủy ban nhân dân" as "UBND"."""
    for long, short in _SHORT:
        text = text.replace(long, short)
    return text

"""How AS and AT write a date, a clock, a count, a share and a few small pieces.

HELD-OUT: closed to whoever writes or tunes the extraction rules, together with `heldout20.py`,
`heldout20_parts.py` and `tests/corpus/test_heldout20.py`; AS and AT measure how the rules
carry to writing styles their author never saw, so their phrasings must not be read.
"""

from __future__ import annotations

import re
from datetime import date

from bienban.corpus.words import number_in_words, period_word

DATE_STYLES = ("words_pad", "slash", "slash_pad", "dot")
CLOCK_STYLES = ("gio", "gio_period", "h", "colon", "gio_phut_pad")
COUNT_STYLES = ("digits", "words_digits", "pad")
ORDINALS = (
    "nhất",
    "hai",
    "ba",
    "tư",
    "năm",
    "sáu",
    "bảy",
    "tám",
    "chín",
    "mười",
    "mười một",
    "mười hai",
)
MONTH_NAMES = (
    "Giêng",
    "Hai",
    "Ba",
    "Tư",
    "Năm",
    "Sáu",
    "Bảy",
    "Tám",
    "Chín",
    "Mười",
    "Mười một",
    "Chạp",
)


def write_date(day: date, *, style: str) -> str:
    """A date without "ngày": "15 tháng 03 năm 2024", "15/3/2024", "05/03/2024", "05.03.2024"."""
    if style == "words_pad":
        return f"{day.day} tháng {day.month:02d} năm {day.year}"
    if style == "slash_pad":
        return f"{day.day:02d}/{day.month:02d}/{day.year}"
    if style == "dot":
        return f"{day.day:02d}.{day.month:02d}.{day.year}"
    return f"{day.day}/{day.month}/{day.year}"


def twelve(hour: int) -> int:
    """The hour on a 12-hour dial: 19 is 7, 12 is 12, 0 is 12."""
    return hour - 12 if hour > 12 else (hour or 12)


def write_clock(hour: int, minute: int, *, style: str) -> str:
    """ "19 giờ 30"; "7 giờ 30 tối", "2 giờ chiều"; "19h30"; "08:30"; "08 giờ 30 phút"."""
    if style == "gio":
        return f"{hour} giờ {minute:02d}"
    if style == "gio_period":
        said = f"{twelve(hour)} giờ" + (f" {minute:02d}" if minute else "")
        return f"{said} {period_word(hour)}"
    if style == "h":
        return f"{hour}h{minute:02d}"
    if style == "colon":
        return f"{hour:02d}:{minute:02d}"
    return f"{hour:02d} giờ {minute:02d} phút"


def count(n: int, *, style: str) -> str:
    """ "7"; "hai mươi bảy (27)", the words first and the figures after them; "07"."""
    if style == "words_digits" and 0 <= n <= 999:
        return f"{number_in_words(n)} ({n})"
    if style == "pad":
        return f"{n:02d}"
    return str(n)


def share(part: int, whole: int) -> str:
    """ "100%", "95,7%": one decimal and a decimal comma."""
    if whole <= 0:
        return "0%"
    if part == whole:
        return "100%"
    return f"{100 * part / whole:.1f}%".replace(".", ",")


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


def month_name(month: int) -> str:
    """The month as an older hand writes it in a title: "tháng Ba", "tháng Chạp"."""
    return MONTH_NAMES[month - 1]


def ordinal(index: int) -> str:
    """ "Thứ nhất", "Thứ hai", … for the items of a list, from 0."""
    return f"Thứ {ORDINALS[index]}" if index < len(ORDINALS) else f"Thứ {index + 1}"


def _keeps_line(word: str) -> bool:
    """Whether a word must not open a wrapped line (it would read as a new item)."""
    return word in ("-", "–", "+") or bool(re.match(r"\d|[a-z]\)|\(\d", word))


def wrap(text: str, *, width: int, indent: str = "") -> list[str]:
    """`text` broken at spaces into lines of about `width` characters, later lines indented; a
    dash or a figure never starts a continued line."""
    lines: list[str] = []
    line = ""
    for word in text.split(" "):
        if line and len(line) + 1 + len(word) > width and not _keeps_line(word):
            lines.append(line)
            line = indent + word
        else:
            line = f"{line} {word}" if line else word
    return [*lines, line]

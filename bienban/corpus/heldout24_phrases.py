"""How BA and BB write a date, a clock, a count and a few small pieces.

HELD-OUT: closed to whoever writes or tunes the extraction rules, together with `heldout24.py`,
`heldout24_parts.py` and `tests/corpus/test_heldout24.py`; BA and BB measure how the rules
carry to writing styles their author never saw, so their phrasings must not be read.
"""

from __future__ import annotations

from datetime import date

from bienban.corpus.words import number_in_words, period_word

DATE_STYLES = ("slash", "words", "dot", "slash_pad", "words_pad")
CLOCK_STYLES = ("tick", "dial", "h", "colon", "gio_phut")
COUNT_STYLES = ("digits", "words", "pad")
ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII")
LETTERS = "abcdeghiklmnopqrstuvxy"


def write_date(day: date, *, style: str) -> str:
    """A date without "ngày": "5/3/2024", "5 tháng 3 năm 2024", "5.3.2024", "05/03/2024",
    "05 tháng 03 năm 2024"."""
    if style == "slash":
        return f"{day.day}/{day.month}/{day.year}"
    if style == "words":
        return f"{day.day} tháng {day.month} năm {day.year}"
    if style == "dot":
        return f"{day.day}.{day.month}.{day.year}"
    if style == "slash_pad":
        return f"{day.day:02d}/{day.month:02d}/{day.year}"
    return f"{day.day:02d} tháng {day.month:02d} năm {day.year}"


def twelve(hour: int) -> int:
    """The hour on a 12-hour dial: 19 is 7, 12 is 12, 0 is 12."""
    return hour - 12 if hour > 12 else (hour or 12)


def write_clock(hour: int, minute: int, *, style: str) -> str:
    """ "19 giờ 30'" ("19 giờ 00'" on the hour); "7 giờ 30 phút tối" ("7 giờ tối" on the
    hour); "14h00"; "08:30"; "14 giờ 00 phút"."""
    if style == "tick":
        return f"{hour} giờ {minute:02d}'"
    if style == "dial":
        said = f"{twelve(hour)} giờ" + (f" {minute:02d} phút" if minute else "")
        return f"{said} {period_word(hour)}"
    if style == "h":
        return f"{hour}h{minute:02d}"
    if style == "colon":
        return f"{hour:02d}:{minute:02d}"
    return f"{hour} giờ {minute:02d} phút"


def count(n: int, *, style: str) -> str:
    """ "7"; "hai mươi bảy" (words alone); "07"."""
    if style == "words" and 0 <= n <= 999:
        return number_in_words(n)
    if style == "pad":
        return f"{n:02d}"
    return str(n)


def percent(part: int, whole: int) -> str:
    """ "100%", "95,7%": one decimal and a decimal comma."""
    if whole <= 0:
        return "0%"
    if part == whole:
        return "100%"
    return f"{100 * part / whole:.1f}%".replace(".", ",")


def round_percent(part: int, whole: int) -> str:
    """ "96%": a share rounded to a whole number, as a hand tallies it."""
    return f"{round(100 * part / whole)}%"


def span(minutes: int) -> str:
    """A length of time: "150 phút" or "2 giờ 30 phút"; "2 giờ" on the hour."""
    hours, rest = divmod(minutes, 60)
    if not hours:
        return f"{rest} phút"
    return f"{hours} giờ" + (f" {rest} phút" if rest else "")


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


def letter(index: int) -> str:
    """The `index`-th item letter as a Vietnamese list writes it: a, b, c, d, đ, e, …"""
    return "đ" if index == 4 else LETTERS[index if index < 4 else index - 1]


def _keeps_line(word: str) -> bool:
    """Whether a word must not open a wrapped line (it would read as a new item)."""
    if word in ("-", "–", "+", "*", "•"):
        return True
    return word[:1].isdigit() or word[:1] == "(" or (len(word) == 2 and word[1] in ")-")


def wrap(text: str, *, width: int, indent: str = "") -> list[str]:
    """`text` broken at spaces into lines of about `width` characters, later lines indented; a
    mark or a figure never starts a continued line."""
    lines: list[str] = []
    line = ""
    for word in text.split(" "):
        if line and len(line) + 1 + len(word) > width and not _keeps_line(word):
            lines.append(line)
            line = indent + word
        else:
            line = f"{line} {word}" if line else word
    return [*lines, line]

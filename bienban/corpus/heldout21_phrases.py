"""How AU and AV write a date, a clock, a count and a few small pieces.

HELD-OUT: closed to whoever writes or tunes the extraction rules, together with `heldout21.py`,
`heldout21_parts.py` and `tests/corpus/test_heldout21.py`; AU and AV measure how the rules
carry to writing styles their author never saw, so their phrasings must not be read.
"""

from __future__ import annotations

from datetime import date

from bienban.corpus.words import number_in_words, period_word

DATE_STYLES = ("dash", "words", "slash_daypad", "words_pad")
CLOCK_STYLES = ("h_period", "gio_phut", "period12", "hpad")
COUNT_STYLES = ("digits", "words", "pad", "digits_words")
ROMAN = ("I", "II", "III", "IV")
SEQUENCE = ("Trước tiên", "Tiếp theo", "Sau đó", "Tiếp đó", "Kế đến")


def write_date(day: date, *, style: str) -> str:
    """A date without "ngày": "15-03-2024", "15 tháng 3 năm 2024", "05/3/2024",
    "05 tháng 03 năm 2024"."""
    if style == "dash":
        return f"{day.day:02d}-{day.month:02d}-{day.year}"
    if style == "words":
        return f"{day.day} tháng {day.month} năm {day.year}"
    if style == "slash_daypad":
        return f"{day.day:02d}/{day.month}/{day.year}"
    return f"{day.day:02d} tháng {day.month:02d} năm {day.year}"


def twelve(hour: int) -> int:
    """The hour on a 12-hour dial: 19 is 7, 12 is 12, 0 is 12."""
    return hour - 12 if hour > 12 else (hour or 12)


def write_clock(hour: int, minute: int, *, style: str) -> str:
    """ "19h30 tối"; "14 giờ 00 phút"; "7 giờ 30 phút sáng", "2 giờ chiều"; "07h30"."""
    if style == "h_period":
        return f"{hour}h{minute:02d} {period_word(hour)}"
    if style == "gio_phut":
        return f"{hour} giờ {minute:02d} phút"
    if style == "period12":
        said = f"{twelve(hour)} giờ" + (f" {minute:02d} phút" if minute else "")
        return f"{said} {period_word(hour)}"
    return f"{hour:02d}h{minute:02d}"


def count(n: int, *, style: str) -> str:
    """ "7"; "hai mươi bảy" (words alone); "07"; "15 (mười lăm)" (but "0" alone)."""
    if style == "words" and 0 <= n <= 999:
        return number_in_words(n)
    if style == "pad":
        return f"{n:02d}"
    if style == "digits_words" and 0 < n <= 999:
        return f"{n} ({number_in_words(n)})"
    return str(n)


def share(part: int, whole: int) -> str:
    """ "100%", "95,65%": two decimals and a decimal comma, as a spreadsheet gives them."""
    if whole <= 0:
        return "0%"
    if part == whole:
        return "100%"
    return f"{100 * part / whole:.2f}%".replace(".", ",")


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


def sequence(index: int) -> str:
    """The word that opens the `index`-th part of a narrative: "Trước tiên", "Tiếp theo", …"""
    return SEQUENCE[min(index, len(SEQUENCE) - 1)] if index < 2 else SEQUENCE[2 + index % 3]


def _keeps_line(word: str) -> bool:
    """Whether a word must not open a wrapped line (it would read as a new item)."""
    if word in ("-", "–", "+", "*"):
        return True
    return word[:1].isdigit() or (len(word) == 2 and word[1] == ")")


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

"""How AQ and AR write a date, a clock, a count, a share and a few small pieces.

HELD-OUT: closed to whoever writes or tunes the extraction rules, together with `heldout19.py`,
`heldout19_parts.py` and `tests/corpus/test_heldout19.py`; AQ and AR measure how the rules
carry to writing styles their author never saw, so their phrasings must not be read.
"""

from __future__ import annotations

from datetime import date

from bienban.corpus.words import number_in_words, period_word

DATE_STYLES = ("words", "slash_pad", "slash", "dash")
CLOCK_STYLES = ("gio_phut", "gio_phut_period", "h", "h_period", "ruoi")
COUNT_STYLES = ("pad", "digits_words", "digits", "words")
ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII")


def write_date(day: date, *, style: str) -> str:
    """A date without "ngày": "15 tháng 3 năm 2024", "05/03/2024", "5/3/2024", "05-03-2024"."""
    if style == "words":
        return f"{day.day} tháng {day.month} năm {day.year}"
    if style == "slash_pad":
        return f"{day.day:02d}/{day.month:02d}/{day.year}"
    if style == "dash":
        return f"{day.day:02d}-{day.month:02d}-{day.year}"
    return f"{day.day}/{day.month}/{day.year}"


def twelve(hour: int) -> int:
    """The hour on a 12-hour dial: 19 is 7, 12 is 12, 0 is 12."""
    return hour - 12 if hour > 12 else (hour or 12)


def write_clock(hour: int, minute: int, *, style: str) -> str:
    """ "19 giờ 30 phút"; "7 giờ 30 phút tối"; "19h30"; "19h30 tối"; "2 giờ chiều", "7 giờ rưỡi
    tối", "7 giờ 15 phút tối"."""
    if style == "gio_phut":
        return f"{hour} giờ {minute:02d} phút"
    if style == "gio_phut_period":
        return f"{twelve(hour)} giờ {minute:02d} phút {period_word(hour)}"
    if style == "h":
        return f"{hour}h{minute:02d}"
    if style == "h_period":
        return f"{hour}h{minute:02d} {period_word(hour)}"
    if minute == 0:
        return f"{twelve(hour)} giờ {period_word(hour)}"
    if minute == 30:
        return f"{twelve(hour)} giờ rưỡi {period_word(hour)}"
    return f"{twelve(hour)} giờ {minute:02d} phút {period_word(hour)}"


def count(n: int, *, style: str) -> str:
    """ "07"; "27 (hai mươi bảy)", figures then words as on an official form; "7"; "bảy"."""
    if style == "pad":
        return f"{n:02d}"
    if style == "digits_words" and 0 <= n <= 999:
        return f"{n:02d} ({number_in_words(n)})"
    if style == "words" and 0 <= n <= 999:
        return number_in_words(n)
    return str(n)


def share(part: int, whole: int) -> str:
    """ "100%", "95,65%": two decimals and a decimal comma, as a spreadsheet prints it."""
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
    return f"{amount:,}".replace(",", ".")


def wrap(text: str, *, width: int, indent: str = "") -> list[str]:
    """`text` broken at spaces into lines of about `width` characters, later lines indented."""
    lines: list[str] = []
    line = ""
    for word in text.split(" "):
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = indent + word
        else:
            line = f"{line} {word}" if line else word
    return [*lines, line]

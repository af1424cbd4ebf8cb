"""How BE and BF write a date, a clock, a count and a few small pieces.

HELD-OUT: closed to whoever writes or tunes the extraction rules, together with `heldout26.py`,
`heldout26_parts.py` and `tests/corpus/test_heldout26.py`; BE and BF measure how the rules
carry to writing styles their author never saw, so their phrasings must not be read.
"""

from __future__ import annotations

from datetime import date

from bienban.corpus.words import number_in_words, period_word

DATE_STYLES = ("words", "month_name", "dash", "slash_daypad", "dot_pad")
CLOCK_STYLES = ("gio_phut", "dial", "pad_gio_phut", "pad_h", "pad_gio")
COUNT_STYLES = ("words", "both", "digits", "pad")
ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII")
# The months as a veteran's hand names them in prose: "tháng Ba", "tháng Tư", "tháng Mười hai".
MONTH_NAMES = (
    "Một",
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
    "Mười hai",
)


def month_name(month: int) -> str:
    """ "Ba" for March, "Tư" for April, "Mười hai" for December."""
    return MONTH_NAMES[month - 1]


def write_date(day: date, *, style: str) -> str:
    """A date without "ngày": "5 tháng 3 năm 2024", "5 tháng Ba năm 2024", "5-3-2024",
    "05/3/2024", "05.03.2024"."""
    if style == "words":
        return f"{day.day} tháng {day.month} năm {day.year}"
    if style == "month_name":
        return f"{day.day} tháng {month_name(day.month)} năm {day.year}"
    if style == "dash":
        return f"{day.day}-{day.month}-{day.year}"
    if style == "slash_daypad":
        return f"{day.day:02d}/{day.month}/{day.year}"
    return f"{day.day:02d}.{day.month:02d}.{day.year}"


def twelve(hour: int) -> int:
    """The hour on a 12-hour dial: 19 is 7, 12 is 12, 0 is 12."""
    return hour - 12 if hour > 12 else (hour or 12)


def write_clock(hour: int, minute: int, *, style: str) -> str:
    """ "19 giờ 30 phút" ("19 giờ" on the hour); "7 giờ 15 phút tối", "7 giờ rưỡi tối", "7 giờ
    tối"; "07 giờ 30 phút"; "07h30"; "07 giờ 30" ("07 giờ 00" on the hour)."""
    if style == "gio_phut":
        return f"{hour} giờ" + (f" {minute:02d} phút" if minute else "")
    if style == "dial":
        if minute == 30:
            said = f"{twelve(hour)} giờ rưỡi"
        else:
            said = f"{twelve(hour)} giờ" + (f" {minute:02d} phút" if minute else "")
        return f"{said} {period_word(hour)}"
    if style == "pad_gio_phut":
        return f"{hour:02d} giờ {minute:02d} phút"
    if style == "pad_h":
        return f"{hour:02d}h{minute:02d}"
    return f"{hour:02d} giờ {minute:02d}"


def count(n: int, *, style: str) -> str:
    """ "hai mươi bảy"; "27 (hai mươi bảy)"; "27"; "07"."""
    if style == "words" and 0 <= n <= 999:
        return number_in_words(n)
    if style == "both" and 0 <= n <= 999:
        return f"{n} ({number_in_words(n)})"
    if style == "pad":
        return f"{n:02d}"
    return str(n)


def percent(part: int, whole: int) -> str:
    """ "100%", "88,57%": two decimals and a decimal comma, as a calculator gives it."""
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


def sentences(items: list[str]) -> str:
    """Items run together in one sentence: "a; b; c" (each without its closing stop)."""
    return "; ".join(lower_first(str(item)).rstrip(".") for item in items)


def split_line(text: str, *, width: int) -> list[str]:
    """`text` broken at a space past `width` characters into two lines, as a hand runs out of
    room on the page; the second line keeps a few words, and never starts with a figure or a
    bracket."""
    words = text.split(" ")
    head = ""
    for index, word in enumerate(words):
        head = f"{head} {word}" if head else word
        rest = " ".join(words[index + 1 :])
        if len(rest) < 16:
            break
        if len(head) >= width and not rest[:1].isdigit() and rest[:1] != "(":
            return [head, rest]
    return [text]

"""How BC and BD write a date, a clock, a count and a few small pieces.

HELD-OUT: closed to whoever writes or tunes the extraction rules, together with `heldout25.py`,
`heldout25_parts.py` and `tests/corpus/test_heldout25.py`; BC and BD measure how the rules
carry to writing styles their author never saw, so their phrasings must not be read.
"""

from __future__ import annotations

from datetime import date

from bienban.corpus.words import number_in_words, period_word

DATE_STYLES = ("day_pad_slash", "day_pad_words", "dash_pad", "mung", "dash", "slash")
CLOCK_STYLES = ("gio_pad", "h_spaced", "h_short", "dial", "gio_bare")
COUNT_STYLES = ("digits", "pad", "both", "words")
ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII")
ORDINALS = ("nhất", "hai", "ba", "tư", "năm", "sáu", "bảy", "tám", "chín", "mười")


def write_date(day: date, *, style: str) -> str:
    """A date without "ngày": "05/3/2024", "05 tháng 3 năm 2024", "05-03-2024", "mùng 5
    tháng 3 năm 2024" (days 1 to 10; "15 tháng 3 năm 2024" after), "5-3-2024", "5/3/2024"."""
    if style == "day_pad_slash":
        return f"{day.day:02d}/{day.month}/{day.year}"
    if style == "day_pad_words":
        return f"{day.day:02d} tháng {day.month} năm {day.year}"
    if style == "dash_pad":
        return f"{day.day:02d}-{day.month:02d}-{day.year}"
    if style == "mung":
        head = f"mùng {day.day}" if day.day <= 10 else str(day.day)
        return f"{head} tháng {day.month} năm {day.year}"
    if style == "dash":
        return f"{day.day}-{day.month}-{day.year}"
    return f"{day.day}/{day.month}/{day.year}"


def twelve(hour: int) -> int:
    """The hour on a 12-hour dial: 19 is 7, 12 is 12, 0 is 12."""
    return hour - 12 if hour > 12 else (hour or 12)


def write_clock(hour: int, minute: int, *, style: str) -> str:
    """ "14 giờ 00"; "14 h 00"; "14h" on the hour, "14h30" else; "7 giờ tối", "7 giờ rưỡi
    tối", "7 giờ 15 phút tối"; "19 giờ" on the hour, "19 giờ 15" else."""
    if style == "gio_pad":
        return f"{hour} giờ {minute:02d}"
    if style == "h_spaced":
        return f"{hour} h {minute:02d}"
    if style == "h_short":
        return f"{hour}h{minute:02d}" if minute else f"{hour}h"
    if style == "dial":
        said = f"{twelve(hour)} giờ"
        if minute == 30:
            said += " rưỡi"
        elif minute:
            said += f" {minute:02d} phút"
        return f"{said} {period_word(hour)}"
    return f"{hour} giờ {minute:02d}" if minute else f"{hour} giờ"


def count(n: int, *, style: str) -> str:
    """ "7"; "07"; "27 (hai mươi bảy)", the figure and the words as a form asks; "mười sáu"."""
    if style == "pad":
        return f"{n:02d}"
    if style == "both" and 0 <= n <= 999:
        return f"{n} ({number_in_words(n)})"
    if style == "words" and 0 <= n <= 999:
        return number_in_words(n)
    return str(n)


def ordinal(index: int) -> str:
    """ "thứ nhất", "thứ hai", … "thứ mười", then "thứ 11"."""
    return f"thứ {ORDINALS[index]}" if index < len(ORDINALS) else f"thứ {index + 1}"


def first_words(index: int) -> str:
    """ "Một là", "Hai là", … "Mười một là": how a typed resolution opens its items."""
    return f"{capital(number_in_words(index + 1))} là"


def percent(part: int, whole: int) -> str:
    """ "100%", "92,59%": two decimals and a decimal comma, as a spreadsheet gives it."""
    if whole <= 0:
        return "0%"
    if part == whole:
        return "100%"
    return f"{100 * part / whole:.2f}%".replace(".", ",")


def span(minutes: int) -> str:
    """A length of time in minutes: "150 phút"."""
    return f"{minutes} phút"


def quarter(day: date) -> int:
    return (day.month - 1) // 3 + 1


def month_after(day: date) -> date:
    return date(day.year + 1, 1, 1) if day.month == 12 else date(day.year, day.month + 1, 1)


def month_before(day: date) -> date:
    return date(day.year - 1, 12, 1) if day.month == 1 else date(day.year, day.month - 1, 1)


def month_label(day: date) -> str:
    """ "3/2024"."""
    return f"{day.month}/{day.year}"


def capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def lower_first(text: str) -> str:
    """The first letter in small case, unless the first word is a name or an abbreviation."""
    head = text.split(" ", 1)[0]
    if len(head) > 1 and head[1:2].isupper():
        return text
    return text[:1].lower() + text[1:]


def money(amount: int) -> str:
    """ "1.250.000": thousands marked with dots."""
    return f"{amount:,}".replace(",", ".")


def period(hour: int) -> str:
    return period_word(hour)


def _keeps_line(word: str) -> bool:
    """Whether a word must not open a continued line (it would read as a new item)."""
    if word in ("-", "–", "+", "*", "•"):
        return True
    return word[:1].isdigit() or word[:1] in "(“" or (len(word) == 2 and word[1] in ")-")


def wrap(text: str, *, width: int) -> list[str]:
    """`text` broken at spaces into lines of about `width` characters, as a hand runs out of
    line in a minutes book; a mark or a figure never starts a continued line."""
    lines: list[str] = []
    line = ""
    for word in text.split(" "):
        if line and len(line) + 1 + len(word) > width and not _keeps_line(word):
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    return [*lines, line]

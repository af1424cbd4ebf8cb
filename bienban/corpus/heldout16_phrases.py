"""How AK and AL write a date, a clock, a count, a share and a few small pieces.

HELD-OUT: closed to whoever writes or tunes the extraction rules, together with `heldout16.py`,
`heldout16_parts.py` and `tests/corpus/test_heldout16.py`; AK and AL measure how the rules
carry to writing styles their author never saw, so their phrasings must not be read.
"""

from __future__ import annotations

from datetime import date

from bienban.corpus.facts import Facts, Speech
from bienban.corpus.heldout11_phrases import twelve
from bienban.corpus.words import number_in_words, period_word

DATE_STYLES = ("slash", "dash", "words", "padded_words", "dash_padded")
CLOCK_STYLES = ("ruoi", "h_bare", "gio_phut", "h")
COUNT_STYLES = ("digits", "words", "padded")
ROMAN = ("I", "II", "III", "IV")


def write_date(day: date, *, style: str) -> str:
    """A date without "ngày": "5/3/2024", "5-3-2024", "5 tháng 3 năm 2024", "05 tháng 03 năm
    2024", "05-03-2024"."""
    if style == "slash":
        return f"{day.day}/{day.month}/{day.year}"
    if style == "dash":
        return f"{day.day}-{day.month}-{day.year}"
    if style == "words":
        return f"{day.day} tháng {day.month} năm {day.year}"
    if style == "padded_words":
        return f"{day.day:02d} tháng {day.month:02d} năm {day.year}"
    return f"{day.day:02d}-{day.month:02d}-{day.year}"


def write_clock(hour: int, minute: int, *, style: str) -> str:
    """The 12-hour dial with "rưỡi" for the half hour ("7 giờ rưỡi tối", "7 giờ tối", "7 giờ 15
    tối", "12 giờ 05 đêm" after midnight); "19h30" ("19h" on the hour); "14 giờ 00 phút";
    "14h00"."""
    if style == "ruoi":
        said = f"{twelve(hour)} giờ"
        if minute == 30:
            said += " rưỡi"
        elif minute:
            said += f" {minute:02d}"
        return f"{said} {period_word(hour)}"
    if style == "h_bare":
        return f"{hour}h{minute:02d}" if minute else f"{hour}h"
    if style == "gio_phut":
        return f"{hour} giờ {minute:02d} phút"
    return f"{hour}h{minute:02d}"


def count(n: int, *, style: str) -> str:
    """ "7", "bảy" or "07" (digits for what has no words)."""
    if style == "words" and 0 <= n <= 999:
        return number_in_words(n)
    if style == "padded":
        return f"{n:02d}"
    return str(n)


def share(part: int, whole: int) -> str:
    """ "100%", "95,7%": one decimal, a decimal comma."""
    if part == whole:
        return "100%"
    return f"{100 * part / whole:.1f}%".replace(".", ",")


def quarter(day: date) -> int:
    return (day.month - 1) // 3 + 1


def month_before(day: date) -> date:
    return date(day.year - 1, 12, 1) if day.month == 1 else date(day.year, day.month - 1, 1)


def month_after(day: date) -> date:
    return date(day.year + 1, 1, 1) if day.month == 12 else date(day.year, day.month + 1, 1)


def month_label(day: date, *, padded: bool) -> str:
    """ "3/2024" or "03/2024"."""
    return f"{day.month:02d}/{day.year}" if padded else f"{day.month}/{day.year}"


def capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]


def money(amount: int) -> str:
    return f"{amount:,}".replace(",", ".")


def guest_role(facts: Facts, name: str) -> str | None:
    return dict(facts.guests).get(name)


def is_listed(facts: Facts) -> bool:
    """Whether the minutes give each opinion, rather than a count and what it was about."""
    return (
        facts.stated_speakers != 0 and bool(facts.speeches) and not facts.sections.get("summarise")
    )


def gist(speeches: list[Speech]) -> str:
    """What the first opinions were about: their first clauses, lower-case first."""
    heads = [s.text.split(".")[0].split("; đồng thời")[0].strip() for s in speeches[:2]]
    said = "; ".join(dict.fromkeys(lower_first(head) for head in heads if head))
    return said or "nhất trí với các nội dung chi ủy đã báo cáo"


def named_absentees(facts: Facts) -> bool:
    """Whether every absentee is named (the minutes then give each with the reason)."""
    return bool(facts.absentees) and len(facts.absentees) == facts.excused + facts.unexcused


def wrap_item(text: str, *, width: int) -> list[str]:
    """A long item split where the writer ran out of line: the head and the rest (at a word
    boundary after `width` characters); the item whole when it is short."""
    if len(text) <= width + 15:
        return [text]
    cut = text.find(" ", width)
    if cut < 0:
        return [text]
    return [text[:cut], text[cut + 1 :]]

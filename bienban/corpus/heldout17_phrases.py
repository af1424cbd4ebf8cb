"""How AM and AN write a date, a clock, a count, a share, a dotted field and a few small pieces.

HELD-OUT: closed to whoever writes or tunes the extraction rules, together with `heldout17.py`,
`heldout17_parts.py` and `tests/corpus/test_heldout17.py`; AM and AN measure how the rules
carry to writing styles their author never saw, so their phrasings must not be read.
"""

from __future__ import annotations

from datetime import date, timedelta

from bienban.corpus.facts import Facts, Speech
from bienban.corpus.heldout11_phrases import twelve
from bienban.corpus.words import number_in_words, period_word

DATE_STYLES = ("words", "slash_padded", "dot", "slash", "dotted")
CLOCK_STYLES = ("dung", "afternoon", "hm", "gio", "spoken", "h_period")
COUNT_STYLES = ("digits", "both", "words")
ROMAN = ("I", "II", "III", "IV")


def write_date(day: date, *, style: str) -> str:
    """A date without "ngày": "15 tháng 3 năm 2024", "05/03/2024", "5.3.2024", "5/3/2024", and
    the printed form's blanks filled in by hand, "..5.. tháng ..3.. năm 2024"."""
    if style == "words":
        return f"{day.day} tháng {day.month} năm {day.year}"
    if style == "slash_padded":
        return f"{day.day:02d}/{day.month:02d}/{day.year}"
    if style == "dot":
        return f"{day.day}.{day.month}.{day.year}"
    if style == "slash":
        return f"{day.day}/{day.month}/{day.year}"
    return f"..{day.day}.. tháng ..{day.month}.. năm {day.year}"


def _spoken_minutes(minute: int) -> str:
    if minute == 30:
        return " rưỡi"
    return f" {number_in_words(minute)} phút" if minute else ""


def write_clock(hour: int, minute: int, *, style: str) -> str:
    """ "14 giờ đúng" on the hour, else "14 giờ 30 phút"; "2 giờ chiều", "2 giờ 30 phút chiều";
    "14h00"; "19 giờ 30" ("19 giờ" on the hour); the hour in words, "bảy giờ rưỡi tối", "bảy
    giờ mười lăm phút tối"; "19h30 tối"."""
    if style == "dung":
        return f"{hour} giờ đúng" if not minute else f"{hour} giờ {minute:02d} phút"
    if style == "afternoon":
        said = f"{twelve(hour)} giờ" + (f" {minute:02d} phút" if minute else "")
        return f"{said} {period_word(hour)}"
    if style == "hm":
        return f"{hour}h{minute:02d}"
    if style == "gio":
        return f"{hour} giờ {minute:02d}" if minute else f"{hour} giờ"
    if style == "spoken":
        return f"{number_in_words(twelve(hour))} giờ{_spoken_minutes(minute)} {period_word(hour)}"
    return f"{hour}h{minute:02d} {period_word(hour)}"


def count(n: int, *, style: str) -> str:
    """ "7"; "7 (bảy)", the figure with its words as in a formal paper; "bảy"."""
    if style == "both" and 0 <= n <= 999:
        return f"{n} ({number_in_words(n)})"
    if style == "words" and 0 <= n <= 999:
        return number_in_words(n)
    return str(n)


def share(part: int, whole: int) -> str:
    """ "100%", "95,65%": two decimals, a decimal comma."""
    if part == whole:
        return "100%"
    return f"{100 * part / whole:.2f}%".replace(".", ",")


def dotted(value: str, *, leader: str, tight: bool) -> str:
    """A value written on a printed form's dotted line: "..... 27 ....." or ".....27.....";
    an empty line when there is no value."""
    if not value:
        return leader * 2
    return f"{leader}{value}{leader}" if tight else f"{leader} {value} {leader}"


def quarter(day: date) -> int:
    return (day.month - 1) // 3 + 1


def month_before(day: date) -> date:
    return date(day.year - 1, 12, 1) if day.month == 1 else date(day.year, day.month - 1, 1)


def month_after(day: date) -> date:
    return date(day.year + 1, 1, 1) if day.month == 12 else date(day.year, day.month + 1, 1)


def month_label(day: date) -> str:
    """ "3/2024"."""
    return f"{day.month}/{day.year}"


def next_day(facts: Facts) -> date:
    return facts.day + timedelta(days=1)


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
    return said or "sự thống nhất với báo cáo của chi ủy"


def named_absentees(facts: Facts) -> bool:
    """Whether every absentee is named (the minutes then give each with the reason)."""
    return bool(facts.absentees) and len(facts.absentees) == facts.excused + facts.unexcused


def split_line(text: str, *, width: int) -> list[str]:
    """A long line broken where the hand ran out of paper (at a word boundary after `width`
    characters); the line whole when it is short."""
    if len(text) <= width + 12:
        return [text]
    cut = text.find(" ", width)
    return [text] if cut < 0 else [text[:cut], text[cut + 1 :]]

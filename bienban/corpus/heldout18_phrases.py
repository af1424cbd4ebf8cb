"""How AO and AP write a date, a clock, a count, an ordinal, a rank and a few small pieces.

HELD-OUT: closed to whoever writes or tunes the extraction rules, together with `heldout18.py`,
`heldout18_parts.py` and `tests/corpus/test_heldout18.py`; AO and AP measure how the rules
carry to writing styles their author never saw, so their phrasings must not be read.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from bienban.corpus.facts import Facts, Speech
from bienban.corpus.words import number_in_words, period_word

DATE_STYLES = ("dash", "words_pad", "words", "slash")
CLOCK_STYLES = ("h", "gio_phut", "colon", "period")
COUNT_STYLES = ("digits", "pad", "words")
ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII")
# Ranks of the police and the army, lowest first.
RANKS = ("Thiếu úy", "Trung úy", "Thượng úy", "Đại úy", "Thiếu tá", "Trung tá", "Thượng tá")
FORCES = ("police", "army")


def write_date(day: date, *, style: str) -> str:
    """A date without "ngày": "15-03-2024", "15 tháng 03 năm 2024", "15 tháng 3 năm 2024",
    "15/3/2024"."""
    if style == "dash":
        return f"{day.day:02d}-{day.month:02d}-{day.year}"
    if style == "words_pad":
        return f"{day.day:02d} tháng {day.month:02d} năm {day.year}"
    if style == "words":
        return f"{day.day} tháng {day.month} năm {day.year}"
    return f"{day.day}/{day.month}/{day.year}"


def twelve(hour: int) -> int:
    """The hour on a 12-hour dial: 19 → 7, 12 → 12, 0 → 12."""
    return hour - 12 if hour > 12 else (hour or 12)


def write_clock(hour: int, minute: int, *, style: str) -> str:
    """ "14h00"; "14 giờ 00 phút"; "14:00"; the 12-hour dial with the part of the day, "2 giờ
    chiều", "7 giờ 30 tối", "12 giờ 15 đêm"."""
    if style == "h":
        return f"{hour:02d}h{minute:02d}"
    if style == "gio_phut":
        return f"{hour} giờ {minute:02d} phút"
    if style == "colon":
        return f"{hour:02d}:{minute:02d}"
    minutes = f" {minute:02d}" if minute else ""
    return f"{twelve(hour)} giờ{minutes} {period_word(hour)}"


def count(n: int, *, style: str) -> str:
    """ "7"; "07", two figures as on a forces' form; "bảy"."""
    if style == "pad":
        return f"{n:02d}"
    if style == "words" and 0 <= n <= 999:
        return number_in_words(n)
    return str(n)


def ordinal(n: int) -> str:
    """ "nhất", "hai", "ba", "tư", "năm" … as in "Việc thứ tư"."""
    return {1: "nhất", 4: "tư"}.get(n, number_in_words(n))


def share(part: int, whole: int) -> str:
    """ "100%", "94,4%": one decimal, a decimal comma."""
    if part == whole:
        return "100%"
    return f"{100 * part / whole:.1f}%".replace(".", ",")


def draw_ranks(facts: Facts, rng: random.Random) -> dict[str, str]:
    """Each member's rank, the chair's among the higher ones, when the cell is in the forces;
    nobody has one elsewhere."""
    if facts.unit.domain not in FORCES:
        return {}
    ranks = {facts.chair: rng.choice(RANKS[3:]), facts.secretary: rng.choice(RANKS[1:5])}
    for member in [*facts.members, *(a.name for a in facts.absentees)]:
        ranks[member] = rng.choice(RANKS[:6])
    return ranks


def ranked(name: str, ranks: dict[str, str]) -> str:
    """ "Đại úy Lê Văn Tâm" in the forces, the bare name elsewhere."""
    rank = ranks.get(name)
    return f"{rank} {name}" if rank else name


def quarter(day: date) -> int:
    return (day.month - 1) // 3 + 1


def month_before(day: date) -> date:
    return date(day.year - 1, 12, 1) if day.month == 1 else date(day.year, day.month - 1, 1)


def month_after(day: date) -> date:
    return date(day.year + 1, 1, 1) if day.month == 12 else date(day.year, day.month + 1, 1)


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
    """What the first opinions were about: their first clauses."""
    heads = [s.text.split(".")[0].split("; đồng thời")[0].strip() for s in speeches[:2]]
    said = "; ".join(dict.fromkeys(lower_first(head) for head in heads if head))
    return said or "việc thống nhất với báo cáo của chi ủy"


def named_absentees(facts: Facts) -> bool:
    """Whether every absentee is named (the minutes then give each with the reason)."""
    return bool(facts.absentees) and len(facts.absentees) == facts.excused + facts.unexcused


def wrap(text: str, *, width: int, indent: str = "") -> list[str]:
    """`text` broken at word boundaries into lines of about `width` characters, the lines after
    the first indented."""
    lines: list[str] = []
    line = ""
    for word in text.split(" "):
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = indent + word
        else:
            line = f"{line} {word}" if line else word
    return [*lines, line]

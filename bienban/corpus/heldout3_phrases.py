"""Phrasings of the held-out families K and L: dates and clocks, counts in digits or in words,
the roll call, absentees, guests and the vote.

HELD-OUT: people who write or tune extraction rules must not read this module, `heldout3.py`,
`heldout3_parts.py` or `tests/corpus/test_heldout3.py`; K and L exist to measure how the rules
generalise.
"""

from __future__ import annotations

import random
from datetime import date

from bienban.corpus.facts import Facts
from bienban.corpus.heldout2_phrases import EXEMPT_REASONS, guest_name, person, split_members
from bienban.corpus.words import format_date, format_time, number_in_words, period_word


def write_date(day: date, *, style: str) -> str:
    """K and L's dates: "15-03-2024", "ngày 15/3/2024", "15/03/2024", "ngày 05/5/2024"."""
    if style == "ngay":
        return f"ngày {format_date(day, style='slash')}"
    return format_date(day, style=style)


def write_clock(hour: int, minute: int, *, style: str) -> str:
    """A clock: "7 giờ 30", "10h15", "19h30 tối", "19 giờ 30 tối", "20 giờ tối", "7 giờ 30 phút"."""
    if style == "gio_toi":
        head = f"{hour} giờ {minute:02d}" if minute else f"{hour} giờ"
        return f"{head} {period_word(hour)}"
    if style == "h_period" and hour < 4:
        return format_time(hour, minute, style="h")
    return format_time(hour, minute, style=style)


def count(n: int, *, style: str) -> str:
    """A count as the secretary writes it: "13", "02", "hai mươi mốt", "21 (hai mươi mốt)"."""
    if style == "padded":
        return f"{n:02d}"
    if style == "words":
        return number_in_words(n)
    if style == "both":
        return f"{n} ({number_in_words(n)})"
    return str(n)


def members_split(facts: Facts, rng: random.Random, *, style: str) -> str:
    """ "(chính thức 14, dự bị 01)" or "" — official and probationary members."""
    if rng.random() < 0.5:
        return ""
    official, probationary = split_members(facts, rng)
    if not probationary:
        return " (đều là đảng viên chính thức)"
    return f" (chính thức {count(official, style=style)}, dự bị {count(probationary, style=style)})"


def exempt_reason(rng: random.Random) -> str:
    return rng.choice(EXEMPT_REASONS)


def split_absence(facts: Facts, *, style: str) -> str:
    """ "(01 có lý do, 01 không lý do)", "(có lý do)", "(không lý do)" for the absentees."""
    if facts.excused and facts.unexcused:
        excused, unexcused = count(facts.excused, style=style), count(facts.unexcused, style=style)
        return f"({excused} có lý do, {unexcused} không lý do)"
    return "(có lý do)" if facts.excused else "(không lý do)"


def named_absentees(facts: Facts, titles: dict[str, str]) -> str:
    """ "đ/c Lê Văn A (ốm), đ/c Trần Thị B (không lý do)": every absentee on one line."""
    return ", ".join(f"{person(a.name, titles, lead='đ/c')} ({a.reason})" for a in facts.absentees)


def guests_text(facts: Facts, titles: dict[str, str], *, joiner: str = " - ") -> str:
    """ "Bà Lê Thị Hoa - Phó Chủ tịch UBND xã; …", the unnamed representative, or ""."""
    if facts.guests:
        return "; ".join(f"{guest_name(name, titles)}{joiner}{role}" for name, role in facts.guests)
    return facts.unnamed_guest or ""


def is_unanimous(facts: Facts) -> bool:
    return facts.vote is not None and facts.vote[0] == facts.vote[1] == facts.present

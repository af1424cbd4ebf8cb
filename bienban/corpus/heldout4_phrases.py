"""Phrasings of the held-out families M and N: clocks on the 24-hour dial, dates with the
weekday, counts in digits or (small ones) in words, unit titles, absences and guests.

HELD-OUT: people who write or tune extraction rules must not read this module, `heldout4.py`,
`heldout4_parts.py` or `tests/corpus/test_heldout4.py`; M and N exist to measure how the rules
generalise.
"""

from __future__ import annotations

import random
from datetime import date

from bienban.corpus.facts import Facts
from bienban.corpus.heldout2_phrases import guest_name, is_fully_named, person, rank_titles
from bienban.corpus.heldout_phrases import weekday_name
from bienban.corpus.words import format_date, format_time, number_in_words

_HEALTH_TITLES = ("BSCKII", "BSCKI", "ThS.BS", "BS", "ĐD", "DS", "")


def write_clock(hour: int, minute: int, *, style: str) -> str:
    """M's "19 giờ 30 phút", "19 giờ 30", "19h30"; N's "13:30", "07:15", "00:10"."""
    if style == "colon":
        return f"{hour:02d}:{minute:02d}"
    return format_time(hour, minute, style=style)


def write_date(day: date, *, style: str) -> str:
    """A date without "ngày": "15 tháng 3 năm 2024", "15/3/2024", "07/3/2025 (thứ Sáu)"."""
    if style == "weekday":
        return f"{day.day:02d}/{day.month}/{day.year} ({weekday_name(day)})"
    if style == "weekday_padded":
        return f"{day.day:02d}/{day.month:02d}/{day.year} ({weekday_name(day)})"
    if style == "words":
        return format_date(day, style="words").removeprefix("ngày ")
    return format_date(day, style=style)


def count(n: int, *, style: str) -> str:
    """A count: "3", "03", and in N's "small_words" "ba" up to ten, digits above."""
    if style == "padded":
        return f"{n:02d}"
    if style == "small_words" and n <= 10:
        return number_in_words(n)
    return str(n)


def unit_titles(facts: Facts, rng: random.Random) -> dict[str, str]:
    """N's titles before names: ranks in the forces, "BSCKII"/"ĐD" in a hospital, else as I/J do."""
    if facts.unit.domain != "health":
        return rank_titles(facts, rng)
    people = [facts.chair, facts.secretary, *facts.members]
    people += [a.name for a in facts.absentees]
    return {name: rng.choice(_HEALTH_TITLES) for name in people}


def split_absence(facts: Facts, *, style: str, excused: str, unexcused: str) -> str:
    """ "(02 có phép, 01 không phép)", "(có phép)", "(không phép)" when absentees go unnamed."""
    if facts.excused and facts.unexcused:
        first, second = count(facts.excused, style=style), count(facts.unexcused, style=style)
        return f"({first} {excused}, {second} {unexcused})"
    return f"({excused})" if facts.excused else f"({unexcused})"


def named_absentees(facts: Facts, titles: dict[str, str], *, lead: str, joiner: str) -> str:
    """ "đ/c Lê Văn A (ốm); đ/c Trần Thị B (không lý do)": each absentee with the reason."""
    return joiner.join(f"{person(a.name, titles, lead=lead)} ({a.reason})" for a in facts.absentees)


def absence_note(facts: Facts, titles: dict[str, str], *, style: str, excused: str) -> str:
    """The bracket after the absent count: the named absentees, or the split by reason."""
    if is_fully_named(facts):
        return f"({named_absentees(facts, titles, lead='đồng chí', joiner=', ')})"
    unexcused = "không phép" if excused == "có phép" else "không lý do"
    return split_absence(facts, style=style, excused=excused, unexcused=unexcused)


def guests_text(facts: Facts, titles: dict[str, str], *, joiner: str = " – ") -> str:
    """ "Bà Lê Thị Hoa – Phó Chủ tịch UBND xã; …", the unnamed representative, or ""."""
    if facts.guests:
        return "; ".join(f"{guest_name(name, titles)}{joiner}{role}" for name, role in facts.guests)
    return facts.unnamed_guest or ""


def capital(text: str) -> str:
    return text[:1].upper() + text[1:]

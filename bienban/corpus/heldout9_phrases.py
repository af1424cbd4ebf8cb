"""Phrasings of the held-out families W and X: dates, clocks, counts and absentees.

HELD-OUT: people who write or tune extraction rules must not read this module, `heldout9.py`,
`heldout9_parts.py` or `tests/corpus/test_heldout9.py`; W and X exist to measure how the rules
generalise.
"""

from __future__ import annotations

from datetime import date

from bienban.corpus.facts import Absentee, Facts
from bienban.corpus.heldout2_phrases import guest_name, is_fully_named
from bienban.corpus.heldout_phrases import weekday_name
from bienban.corpus.words import number_in_words, period_word

DATE_STYLES = ("dot", "dot_padded", "slash_padded", "spelled")
CLOCK_STYLES = ("gio_bare", "colon", "g", "g_period")
COUNT_STYLES = ("digits_words", "words_digits", "words")


def write_date(day: date, *, style: str) -> str:
    """A date without "ngày": "05.3.2024", "05.03.2024", "05/03/2024", "5 tháng 3 năm 2024"."""
    if style == "dot":
        return f"{day.day:02d}.{day.month}.{day.year}"
    if style == "dot_padded":
        return f"{day.day:02d}.{day.month:02d}.{day.year}"
    if style == "slash_padded":
        return f"{day.day:02d}/{day.month:02d}/{day.year}"
    return f"{day.day} tháng {day.month} năm {day.year}"


def write_clock(hour: int, minute: int, *, style: str) -> str:
    """W's 24-hour clocks ("19 giờ 30", "19:30") and X's with a "g" ("19g30", "7g30 tối")."""
    if style == "gio_bare":
        return f"{hour} giờ {minute:02d}"
    if style == "colon":
        return f"{hour:02d}:{minute:02d}"
    if style == "g":
        return f"{hour}g{minute:02d}"
    return f"{_twelve(hour)}g{minute:02d} {period_word(hour)}"


def _twelve(hour: int) -> int:
    """The hour on a 12-hour dial; midnight's hour stays 0, noon stays 12."""
    return hour - 12 if hour > 12 else hour


def count(n: int, *, style: str) -> str:
    """ "15 (mười lăm)", "mười lăm (15)" or "mười lăm"."""
    words = number_in_words(n)
    if style == "digits_words":
        return f"{n} ({words})"
    if style == "words_digits":
        return f"{words} ({n:02d})"
    return words


def weekday(day: date) -> str:
    return weekday_name(day)


def capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def named_absentees(facts: Facts) -> list[Absentee]:
    """The absentees in the order they were drawn; empty unless every one is named."""
    return list(facts.absentees) if is_fully_named(facts) else []


def guests_text(facts: Facts, *, form: str) -> str:
    """Each guest as `form` ("{who} ({role})"), joined; the unnamed representative; or ""."""
    if facts.guests:
        return "; ".join(form.format(who=guest_name(n, {}), role=r) for n, r in facts.guests)
    return facts.unnamed_guest or ""


def guest_role(facts: Facts, name: str) -> str | None:
    return dict(facts.guests).get(name)


def money(amount: int) -> str:
    return f"{amount:,}".replace(",", ".")

"""The meeting's date and its start and end times."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cache

from bienban.extractors.hits import Hit
from bienban.extractors.numbers import NUMBER_WORDS, parse_count
from bienban.extractors.ruleset import load_rules
from bienban.extractors.text import Document, sentence_bounds

# A month as written: digits, or named as spoken ("tháng Tư", "tháng Giêng", "tháng Chạp").
_MONTH = r"(\d{1,2}|mười\s*một|mười\s*hai|giêng|chạp|một|hai|ba|tư|năm|sáu|bảy|tám|chín|mười)"
_UNIT_WORDS = r"một|mốt|hai|ba|bốn|tư|năm|lăm|sáu|bảy|tám|chín"
# A day in digits or in words ("ngày mồng ba", "ngày hai mươi lăm").
_DAY = (
    r"(\d{1,2}|(?:mười|hai\s*mươi|ba\s*mươi)(?:\s*(?:" + _UNIT_WORDS + r"))?|" + _UNIT_WORDS + r")"
)
_NAM = r"n[aăâàáảãạằắẳẵặầấẩẫậ]m"  # "năm" (the year), its mark as OCR may misread it
# OCR specks may fall between the words ("ngày: 15 tháng. 10 năm '2018"), and "năm" lose its
# marks ("nầm", "nàm"); the day may be "mồng 3" / "mùng 3".
_DATE_WORDS = re.compile(
    r"ngày[^\w\n]{0,3}(?:m[ồù]ng\s*)?"
    + _DAY
    + r"[^\w\n]{0,3}tháng[^\w\n]{0,3}"
    + _MONTH
    + r"[^\w\n]{0,3}(?:"
    + _NAM
    + r"[^\w\n]{0,3}|\s*/\s*)(\d{4})(?!\d)"  # "tháng 9/2013" too
)
# The day in digits without "ngày" before it ("Ngày họp: thứ Sáu, 5 tháng 5 năm 2017").
_DATE_WORDS_BARE = re.compile(
    r"(?<![\w/.-])(\d{1,2})[^\S\n]{1,2}tháng[^\w\n]{0,3}"
    + _MONTH
    + r"[^\w\n]{0,3}"
    + _NAM
    + r"[^\w\n]{0,3}(\d{4})(?!\d)"
)
_MONTH_NAMES = {
    "giêng": 1, "một": 1, "hai": 2, "ba": 3, "tư": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8,
    "chín": 9, "mười": 10, "mười một": 11, "mười hai": 12, "chạp": 12,
}  # fmt: skip
_DATE_NUMERIC = re.compile(r"(?<![\d/.-])(\d{1,2})\s?[/.-]\s?(\d{1,2})\s?[/.-]\s?(\d{4})(?!\d)")
# Day and month in digits, the year after "năm" ("ngày 15/11 năm 2019").
_DATE_NUMERIC_YEAR_WORD = re.compile(
    r"(?<![\d/.-])(\d{1,2})\s?[/.-]\s?(\d{1,2})[^\w\n]{0,3}" + _NAM + r"[^\w\n]{0,3}(\d{4})(?!\d)"
)
# The month in Roman numerals ("15/VII/2022"), and the year in two digits after "ngày" ("ngày
# 3/2/12"): a short year alone could be any ratio or number.
_DATE_ROMAN = re.compile(
    r"(?<![\d/.-])(\d{1,2})\s?[/.-]\s?([ivx]{1,4})\s?[/.-]\s?(\d{4}|\d{2})(?![\d/])"
)
_DATE_SHORT_YEAR = re.compile(
    r"ngày(?:\s*(?:họp|sinh\s*hoạt))?\s*:?\s*(?:m[ồù]ng\s*)?"
    r"(\d{1,2})\s?[/.-]\s?(\d{1,2})\s?[/.-]\s?(\d{2})(?![\d/])"
)
_ROMAN_MONTHS = {
    "i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8, "ix": 9, "x": 10,
    "xi": 11, "xii": 12,
}  # fmt: skip
_DATE_PATTERNS = (
    _DATE_WORDS,
    _DATE_NUMERIC,
    _DATE_NUMERIC_YEAR_WORD,
    _DATE_ROMAN,
    _DATE_SHORT_YEAR,
    _DATE_WORDS_BARE,
)
SHORT_YEAR_PIVOT = 50  # "12" is 2012, "98" is 1998
# "<place>, ngày …", after the document's number too ("Số: 16-BB/CB   Hiệp Lạc, ngày …")
_HEADER_DATE = re.compile(r"^(?:số\s*:?\s*\S+\s+)?[^,\n\d]{2,45},\s*ngày\s*\d[^\n]{0,30}$")
_TIME = re.compile(
    r"(?<![\d/.,:-])([01]?\d|2[0-4])\s?"
    # "19g30"; "20g" alone before a comma or the day ("Vào lúc 20g ngày 7/3/2020")
    r"(?:(?:giờ|gio|g(?=\s?\d|[^\S\n]*[,.;]|\s+(?:ngày|thứ|hôm|cùng|sáng|trưa|chiều|tối|đêm|đến|tới)(?![^\W\d_]))|[qø](?=\s\d{2}(?!\d)))\s?(?:(\d{1,2}|rưỡi|kém\s?\d{1,2})(?!\d)\s?(?:phút|p(?![^\W\d_]))?)?"
    # "22b50": the h read b; "8h30p": minutes marked p
    r"|(?:h|b(?=\d{2}(?!\d)))(?:\s?(\d{2})(?:\s?p(?![^\W\d_]))?)?(?![^\W\d_])|:(\d{2})(?!\d))"
    r"(?:\s?(?:phút\s)?(sáng|trưa|chiều|tối|tôi|đêm)(?![^\W\d_]))?"  # "tôi": "tối" misread
)
HEADER_PARAGRAPHS = 8
# A time written in words, after a word that says a time follows or with its minutes ("Thời
# điểm khai mạc: mười lăm giờ bốn mươi lăm phút", "bế mạc vào mười tám giờ mười phút"); a
# duration ("kéo dài hai giờ") has neither.
_WORDS = r"((?:" + "|".join(NUMBER_WORDS) + r")(?:\s+(?:" + "|".join(NUMBER_WORDS) + r"))*)"
_WORD_TIME = re.compile(
    r"(?P<cue>(?:lúc|hồi|vào|đúng|:)\s*)?(?<![^\W\d_])"
    + _WORDS
    + r"\s*giờ(?:\s*"
    + _WORDS
    + r"\s*phút)?(?:\s*(sáng|trưa|chiều|tối|đêm)(?![^\W\d_]))?"
)
# A time written with a dot, only after a word that says a time follows (else a decimal).
_DOTTED_TIME = re.compile(
    r"(?:lúc|hồi)\s*([01]?\d|2[0-3])\.([0-5]\d)(?!\d|[.,]\d)"
    r"(?:\s?(sáng|trưa|chiều|tối|đêm)(?![^\W\d_]))?"
)


@dataclass(frozen=True)
class Clock:
    """A time of day read from the text; `period` is sáng/trưa/chiều/tối/đêm when written."""

    minutes: int
    period: str | None

    @property
    def text(self) -> str:
        return f"{self.minutes // 60:02d}:{self.minutes % 60:02d}"


def to_24h(hour: int, period: str | None) -> int:
    """Hour of a 12-hour reading with its period word, on the 24-hour clock."""
    if hour == 24:
        return 0
    if period in ("chiều", "tối") and hour < 12:
        return hour + 12
    if period == "trưa" and hour < 5:
        return hour + 12
    if period == "đêm":
        return 0 if hour == 12 else hour + 12 if 6 <= hour < 12 else hour
    return hour


def find_times(doc: Document) -> list[Hit[Clock]]:
    """Every time-of-day expression of the document, in order."""
    hits = []
    for m in _TIME.finditer(doc.folded):
        minute_text = m.group(2) or m.group(3) or m.group(4)
        hour_read = int(m.group(1))
        if minute_text and minute_text.startswith("kém"):  # "3 giờ kém 15": 2:45
            minute, hour_read = 60 - int(minute_text[3:]), hour_read - 1
        else:
            minute = 30 if minute_text == "rưỡi" else int(minute_text) if minute_text else 0
        if minute > 59 or not (m.group(2) or m.group(3) or m.group(4) or _has_unit(m.group(0))):
            continue
        period = "tối" if m.group(5) == "tôi" else m.group(5)
        period = period or _period_before(doc.folded, m.start())
        hour = to_24h(hour_read % 24, period)
        hits.append(Hit(Clock(hour * 60 + minute, period), m.start(), m.end(), 1.0))
    for m in _WORD_TIME.finditer(doc.folded):  # "mười lăm giờ bốn mươi lăm phút"
        said_hour = parse_count(m.group(2))
        said_minute = parse_count(m.group(3)) if m.group(3) else 0
        if not (m.group("cue") or m.group(3)) or said_hour is None or said_minute is None:
            continue  # neither "lúc …" nor minutes: a duration ("kéo dài hai giờ")
        if said_hour > 24 or said_minute > 59:
            continue
        period = m.group(4) or _period_before(doc.folded, m.start(2))
        clock = Clock(to_24h(said_hour % 24, period) * 60 + said_minute, period)
        hits.append(Hit(clock, m.start(2), m.end(), 0.9))
    for m in _DOTTED_TIME.finditer(doc.folded):  # "vào lúc 7.15", "bế mạc lúc 8.40"
        hour, minute, period = int(m.group(1)), int(m.group(2)), m.group(3)
        clock = Clock(to_24h(hour, period) * 60 + minute, period)
        hits.append(Hit(clock, m.start(1), m.end(), 0.9))
    return sorted(hits, key=lambda h: h.start)


_PERIOD_OF_DAY = re.compile(
    r"(?<![^\W\d_])(sáng|trưa|chiều|tối|đêm)\s+(?:thứ|chủ\s*nhật|ngày|hôm)(?![^\W\d_])"
)
PERIOD_LOOKBACK = 60


def _period_before(folded: str, start: int) -> str | None:
    """The part of the day said before the day in the same clause ("Vào tối thứ Bảy, ngày
    3/02/2024, lúc 6 giờ 30 phút": tối), for a time that does not say it."""
    window = folded[max(0, start - PERIOD_LOOKBACK) : start]
    window = re.split(r"[.;\n]", window)[-1]
    found = list(_PERIOD_OF_DAY.finditer(window))
    return found[-1].group(1) if found else None


def _has_unit(text: str) -> bool:
    return (
        "giờ" in text or "gio" in text or "h" in text or re.match(r"\d{1,2}\s?g", text) is not None
    )


def _valid_date(day: int, month: int, year: int) -> dt.date | None:
    if not 1945 <= year <= 2100:
        return None
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def find_dates(doc: Document) -> list[Hit[dt.date]]:
    """Every full date (day, month, year) of the document, in order."""
    hits: list[Hit[dt.date]] = []
    for pattern in _DATE_PATTERNS:
        for m in pattern.finditer(doc.folded):
            month, day = _month(m.group(2)), parse_count(m.group(1))
            date = _valid_date(day, month, _year(m.group(3))) if month and day else None
            if date is not None and not any(h.start < m.end() and m.start() < h.end for h in hits):
                hits.append(Hit(date, m.start(), m.end(), 1.0))
    return sorted(hits, key=lambda h: h.start)


def _month(text: str) -> int | None:
    """A month written in digits, words ("Tư", "Chạp") or Roman numerals ("VII")."""
    words = " ".join(text.split())
    if words.isdigit():
        return int(words)
    return _MONTH_NAMES.get(words) or _ROMAN_MONTHS.get(words)


def _year(text: str) -> int:
    year = int(text)
    if len(text) == 2:
        return 2000 + year if year < SHORT_YEAR_PIVOT else 1900 + year
    return year


def is_header_date(doc: Document, hit: Hit[dt.date]) -> bool:
    """Whether `hit` is the letter-head date ("<place>, ngày … tháng … năm …")."""
    index = doc.paragraph_at(hit.start)
    return index < HEADER_PARAGRAPHS and bool(_HEADER_DATE.match(doc.folded_paragraph(index)))


# "… ngày 05.05.2014 đến 0h30 ngày 06.05.2014": a meeting over midnight, its start's day and
# its end's.
_UNTIL_CLOCK = re.compile(r"[\s,]*(?:đến|tới)\s*\d{1,2}\s*(?:h|g|giờ|:)")
_AFTER_UNTIL_CLOCK = re.compile(r"(?:đến|tới)\s*\d{1,2}\s*(?:h|g|giờ|:)[^.;\n]{0,16}?ngày\s*$")


def score_date(doc: Document, hit: Hit[dt.date], times: list[Hit[Clock]]) -> float:
    """How much the context says `hit` is the day the meeting was held."""
    rules = load_rules()
    folded = doc.folded
    lo, hi = sentence_bounds(folded, hit.start, hit.end)
    score = -0.02 * doc.paragraph_at(hit.start)
    near = [t for t in times if lo <= t.start < hi and abs(t.start - hit.start) < 80]
    if near and all(is_end_time(doc, t) for t in near):  # "kết thúc lúc 0 giờ 15 ngày 21/6"
        score -= 2
    elif near:
        score += 3
    before = folded[max(0, hit.start - 40) : hit.start]
    if re.search(r"hôm\s*nay", before):
        score += 2
    if re.search(rules.cue("opening"), folded[lo:hi]):
        score += 1
    if re.search(
        rules.cue("date_reject_before") + r"\s*(?:ngày\s*)?$",
        folded[max(0, hit.start - 24) : hit.start],
    ):
        score -= 4
    after = folded[hit.end : hit.end + 24]
    if re.match(r"[\s,]*" + rules.cue("date_reject_after"), after) and not _UNTIL_CLOCK.match(
        after
    ):
        score -= 4  # not "từ 22h30 ngày 5/5 đến 0h30 ngày 6/5": the start's day
    if _AFTER_UNTIL_CLOCK.search(before):
        score -= 2  # "… đến 0h30 ngày 6/5": the day a meeting over midnight ended
    if re.search(rules.cue("date_future"), folded[lo : hit.start]):
        score -= 4
    return score


def find_meeting_date(doc: Document, times: list[Hit[Clock]]) -> tuple[Hit[dt.date] | None, bool]:
    """The meeting's date and whether it came from the letter head only (a fallback)."""
    dates = find_dates(doc)
    body = [(score_date(doc, d, times), d) for d in dates if not is_header_date(doc, d)]
    body = [(s, d) for s, d in body if s > 0]
    if body:
        score, best = max(body, key=lambda pair: pair[0])
        confidence = 0.95 if score >= 3 else 0.8 if score >= 1.5 else 0.65
        return Hit(best.value, best.start, best.end, confidence), False
    header = [d for d in dates if is_header_date(doc, d)]
    if header:
        first = header[0]
        return Hit(first.value, first.start, first.end, 0.55, "header"), True
    return None, False


def _window_before(folded: str, start: int, size: int) -> str:
    window = folded[max(0, start - size) : start]
    cut = max(window.rfind(". "), window.rfind("\n"))
    return window[cut + 1 :]


def _stamped(doc: Document, hit: Hit[Clock], cue: str) -> bool:
    """Whether the time `hit` stamps a step the rules' `cue` names: right after it ("7h30 –
    Khai mạc"), or anywhere in the line it opens ("13 giờ - Đ/c X tuyên bố lý do, khai mạc.")."""
    if _step_after(cue).match(doc.folded, hit.end) is not None:
        return True
    index = doc.paragraph_at(hit.start)
    if doc.folded[doc.starts[index] : hit.start].strip(" -–—*+•"):
        return False  # not at the start of its line: no stamp
    if not _STAMP_DASH.match(doc.folded, hit.end):
        return False
    return re.search(load_rules().cue(cue), doc.folded_paragraph(index)) is not None


_STAMP_DASH = re.compile(r"\s*(?:cùng\s*ngày\s*)?[-–—:]\s")


@cache
def _step_after(cue: str) -> re.Pattern[str]:
    """The cue right after a time, or after the day and the meeting ("Đến 9 giờ 30 phút sáng
    cùng ngày cuộc họp kết thúc")."""
    return re.compile(
        r"\s*[-–—:.]?\s*(?:cùng\s*ngày\s*,?\s*)?"
        r"(?:(?:thì\s*)?(?:cuộc\s*họp|buổi\s*(?:họp|sinh\s*hoạt)|hội\s*nghị|chi\s*bộ)\s*)?"
        + load_rules().cue(cue)
    )


def is_end_time(doc: Document, hit: Hit[Clock]) -> bool:
    """Whether an end cue ("kết thúc", "họp xong", "đến") introduces the time `hit`, or
    follows it as the step it stamps ("10h20 – Bế mạc")."""
    rules = load_rules()
    if re.search(rules.cue("end"), _window_before(doc.folded, hit.start, 40)):
        return True
    if _stamped(doc, hit, "end_after"):
        return True
    return bool(
        re.search(rules.cue("end_near") + r"\s*$", _window_before(doc.folded, hit.start, 6))
    )


def has_start_cue(doc: Document, hit: Hit[Clock]) -> bool:
    before = _window_before(doc.folded, hit.start, 30)
    return bool(re.search(load_rules().cue("start"), before)) or _stamped(doc, hit, "start_after")


def find_start_time(
    doc: Document, times: list[Hit[Clock]], date: Hit[dt.date] | None
) -> Hit[Clock] | None:
    """The opening time: near the meeting's date, else after a start cue ("vào lúc", "hồi")."""
    starts = [t for t in times if not is_end_time(doc, t)]
    if date is not None:
        lo, hi = sentence_bounds(doc.folded, date.start, date.end)
        near = [t for t in starts if lo <= t.start < hi and abs(t.start - date.start) < 100]
        if near:
            cued = [t for t in near if has_start_cue(doc, t)]
            best = (cued or near)[0]
            return Hit(best.value, best.start, best.end, 0.95 if cued else 0.9)
    cued = [t for t in starts if has_start_cue(doc, t)]
    if cued:
        return Hit(cued[0].value, cued[0].start, cued[0].end, 0.7, "fallback")
    return None


def find_end_time(
    doc: Document, times: list[Hit[Clock]], start: Hit[Clock] | None
) -> Hit[Clock] | None:
    """The closing time: the first time after the start that an end cue introduces."""
    after = start.end if start is not None else 0
    ends = [t for t in times if t.start >= after and is_end_time(doc, t)]
    if not ends:
        return None
    end = ends[0]
    if start is not None and _is_unmarked_afternoon(start.value, end.value):
        shifted = Clock(end.value.minutes + 12 * 60, end.value.period)
        return Hit(shifted, end.start, end.end, 0.7, "afternoon assumed")
    return Hit(end.value, end.start, end.end, 0.9)


def _is_unmarked_afternoon(start: Clock, end: Clock) -> bool:
    """An end like "4 giờ 30" after a start of "14 giờ": written on the 12-hour clock."""
    return (
        end.period is None
        and end.minutes < start.minutes
        and end.minutes < 12 * 60
        and end.minutes + 12 * 60 > start.minutes
    )


def duration_minutes(start: Clock, end: Clock) -> int:
    """End minus start in minutes, counted forward over midnight."""
    return (end.minutes - start.minutes) % (24 * 60)

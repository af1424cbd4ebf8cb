"""Phrasings of the held-out families I and J: dates with the lunar day, clocks, titled people,
roll calls with ratios, discussions, tasks with owners and deadlines, votes.

HELD-OUT: people who write or tune extraction rules must not read this module, `heldout2.py`
or `tests/corpus/test_heldout2.py`; I and J exist to measure how the rules generalise.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from bienban.corpus.facts import Facts
from bienban.corpus.lunar import solar_to_lunar
from bienban.corpus.words import period_word

_RANKS = ("Thiếu úy", "Trung úy", "Thượng úy", "Đại úy", "Thiếu tá", "Trung tá")
_LUNAR_MONTHS = {1: "Giêng", 12: "Chạp"}
EXEMPT_REASONS = ("tuổi cao, sức yếu", "tuổi cao", "ốm đau dài ngày", "tuổi cao, bệnh nặng")
SPEAKER_ROLES = {
    "rural": ("Trưởng ấp", "Chi hội trưởng Hội Nông dân", "Chi hội trưởng Hội Cựu chiến binh"),
    "urban": ("Tổ trưởng tổ dân phố", "Trưởng Ban công tác Mặt trận", "Bí thư Chi đoàn"),
    "school": ("Tổ trưởng chuyên môn", "Chủ tịch Công đoàn", "Tổng phụ trách Đội"),
    "police": ("Phó Trưởng Công an", "Đội trưởng", "cán bộ tổng hợp"),
    "army": ("Chính trị viên phó", "Trung đội trưởng", "Chỉ huy phó"),
    "enterprise": ("Trưởng phòng Kỹ thuật", "Chủ tịch Công đoàn", "Quản đốc phân xưởng"),
    "agency": ("Phó Trưởng phòng", "chuyên viên", "Chủ tịch Công đoàn"),
    "health": ("Trạm phó", "Y sĩ", "Nữ hộ sinh"),
}


def pad(n: int, *, padded: bool = True) -> str:
    """Counts as secretaries type them from the ward's form: 2 → "02"."""
    return f"{n:02d}" if padded else str(n)


def percent(part: int, whole: int) -> str:
    if not whole:
        return "0"
    text = f"{100 * part / whole:.1f}"
    return text[:-2] if text.endswith(".0") else text.replace(".", ",")


def lunar_text(day: date) -> str:
    """The lunar date as minutes bracket it: "ngày 25 tháng 2 năm Giáp Thìn", "mùng 3 tháng Giêng"."""
    moon = solar_to_lunar(day)
    number = f"mùng {moon.day}" if moon.day <= 10 else str(moon.day)
    month = _LUNAR_MONTHS.get(moon.month, str(moon.month)) + (" nhuận" if moon.leap else "")
    return f"ngày {number} tháng {month} năm {moon.year_name}"


def write_date(day: date, *, style: str) -> str:
    """A solar date, always with "ngày": "ngày 03/4/2024", "ngày mùng 3 tháng 4 năm 2024"."""
    if style == "mung" and day.day > 10:
        style = "words"
    styles = {
        "slash_daypad": f"ngày {day.day:02d}/{day.month}/{day.year}",
        "slash_padded": f"ngày {day.day:02d}/{day.month:02d}/{day.year}",
        "words": f"ngày {day.day} tháng {day.month} năm {day.year}",
        "words_padded": f"ngày {day.day:02d} tháng {day.month:02d} năm {day.year}",
        "mung": f"ngày mùng {day.day} tháng {day.month} năm {day.year}",
    }
    return styles[style]


def with_lunar(day: date, text: str, *, lead: str) -> str:
    """The solar date followed by the lunar one: "ngày 03/4/2024 (tức ngày 25 tháng 2 năm Giáp Thìn)"."""
    return f"{text} ({lead} {lunar_text(day)})"


def write_time(hour: int, minute: int, *, style: str) -> str:
    """A clock: "19 giờ 00'", "13 giờ 30 phút", "7 giờ 30 phút sáng", "19 giờ 00' tối"."""
    if style == "phut_period" and hour < 4:
        style = "phut"
    if style == "apos":
        return f"{hour} giờ {minute:02d}'"
    if style == "apos_period":
        return f"{hour} giờ {minute:02d}' {period_word(hour)}"
    if style == "phut_period":
        return f"{hour} giờ {minute:02d} phút {period_word(hour)}"
    return f"{hour} giờ {minute:02d} phút"


def rank_titles(facts: Facts, rng: random.Random) -> dict[str, str]:
    """Titles printed before names in this document: ranks in the forces, "BS." in health, "Thầy"/"Cô" in schools."""
    people = [facts.chair, facts.secretary, *facts.members]
    people += [a.name for a in facts.absentees] + [name for name, _ in facts.guests]
    domain = facts.unit.domain
    if domain in ("police", "army"):
        titles = {name: rng.choice(_RANKS[:5]) for name in people}
        titles[facts.chair] = rng.choice(_RANKS[3:])
        return titles
    if domain == "health" and rng.random() < 0.7:
        return {name: rng.choice(["BS.", "Bác sĩ", "", "", "Y sĩ"]) for name in people[:6]}
    if domain == "school" and rng.random() < 0.5:
        return {name: _teacher(name) for name in people}
    return {}


def _teacher(name: str) -> str:
    middle = name.split()[1:-1]
    if "Thị" in middle:
        return "cô giáo"
    return "thầy giáo" if "Văn" in middle else ""


def person(name: str, titles: dict[str, str], *, lead: str = "đồng chí") -> str:
    """A name as printed: "đồng chí Thiếu tá Nguyễn Văn An", "đ/c BS. Lê Thị Hoa", "cô giáo Lê Thị Hoa"."""
    title = titles.get(name, "")
    if title in ("cô giáo", "thầy giáo"):
        return f"{title} {name}"
    return " ".join(part for part in (lead, title, name) if part)


def guest_name(name: str, titles: dict[str, str]) -> str:
    """Guests from the ward or commune are often "Ông"/"Bà", cadres of the forces by their rank."""
    if name in titles:
        return person(name, titles)
    middle = name.split()[1:-1]
    if "Thị" in middle:
        return f"Bà {name}"
    return (
        f"Ông {name}"
        if middle and middle[0] in ("Văn", "Hữu", "Đức", "Công")
        else f"đồng chí {name}"
    )


def guest_list(facts: Facts, titles: dict[str, str]) -> str:
    """ "Bà Lê Thị Hoa - Phó Chủ tịch UBND xã; đồng chí ..." or the unnamed representative, or ""."""
    if facts.guests:
        return "; ".join(f"{guest_name(name, titles)} - {role}" for name, role in facts.guests)
    return facts.unnamed_guest or ""


def is_fully_named(facts: Facts) -> bool:
    return bool(facts.absentees) and len(facts.absentees) == facts.excused + facts.unexcused


def absence_detail(facts: Facts, titles: dict[str, str], *, padded: bool) -> str:
    """ "02 đồng chí: 01 đ/c có lý do, 01 đ/c không lý do", with names when every absentee is named."""
    absent = facts.excused + facts.unexcused
    if absent == 0:
        return "không"
    head = f"{pad(absent, padded=padded)} đồng chí"
    if is_fully_named(facts):
        named = [f"{person(a.name, titles, lead='đ/c')} ({a.reason})" for a in facts.absentees]
        return f"{head}: " + ", ".join(named)
    parts = []
    if facts.excused:
        parts.append(f"{pad(facts.excused, padded=padded)} đ/c có lý do")
    if facts.unexcused:
        parts.append(f"{pad(facts.unexcused, padded=padded)} đ/c không lý do")
    return f"{head}: " + ", ".join(parts)


def split_members(facts: Facts, rng: random.Random) -> tuple[int, int]:
    probationary = rng.choice([0, 0, 1, 1, 2]) if facts.total > 8 else rng.choice([0, 1])
    return facts.total - probationary, probationary


def total_clause(facts: Facts, rng: random.Random, *, padded: bool) -> str:
    """ "23 đồng chí (chính thức: 21, dự bị: 02; có 01 đồng chí sinh hoạt tạm thời)"."""
    official, probationary = split_members(facts, rng)
    inside = [
        f"chính thức: {pad(official, padded=padded)}, dự bị: {pad(probationary, padded=padded)}"
    ]
    if rng.random() < 0.25:
        temporary = rng.randint(1, 2)
        inside.append(f"có {pad(temporary, padded=padded)} đồng chí sinh hoạt tạm thời")
    return f"{pad(facts.total, padded=padded)} đồng chí ({'; '.join(inside)})"


def exempt_clause(facts: Facts, rng: random.Random, *, padded: bool) -> str:
    """ "03 đ/c (tuổi cao, sức yếu)", "không"; only called when the exempt count is stated."""
    if not facts.exempt:
        return "không"
    return f"{pad(facts.exempt, padded=padded)} đ/c ({rng.choice(EXEMPT_REASONS)})"


def present_ratio(facts: Facts, *, padded: bool) -> str:
    """ "18/20 đồng chí": present over those who must attend (total less the exempt)."""
    due = facts.total - (facts.exempt or 0)
    return f"{pad(facts.present, padded=padded)}/{pad(due, padded=padded)} đồng chí"


def speaker_role(facts: Facts, name: str, rng: random.Random) -> str:
    guests = dict(facts.guests)
    return guests.get(name) or rng.choice(SPEAKER_ROLES[facts.unit.domain] + ("đảng viên",))


def gist(text: str) -> str:
    """The first sentence of a speech, without its final stop, lower-case first."""
    first = text.split(".")[0].split("; đồng thời")[0].strip()
    return first[:1].lower() + first[1:]


def deadline(facts: Facts, rng: random.Random) -> str:
    """A task's deadline after the meeting: "trước ngày 30/4", "trong tháng 5/2024", "thường xuyên"."""
    due = facts.day + timedelta(days=rng.randint(7, 45))
    return rng.choice(
        [
            f"trước ngày {due.day}/{due.month}",
            f"trước ngày {due.day}/{due.month}/{due.year}",
            f"trong tháng {due.month}/{due.year}",
            "thường xuyên",
        ]
    )

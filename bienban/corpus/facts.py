"""What a meeting was: the facts drawn at random, from which both the text and the record follow."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from bienban.corpus.pools import load_pools, make_place_name
from bienban.models.record import TOPIC_LABELS

MEETING_TYPES = ("regular", "thematic", "combined", "extraordinary")
DOMAINS = ("rural", "urban", "school", "police", "army", "enterprise", "agency", "health")
_MEMBER_RANGE = {
    "rural": (9, 45),
    "urban": (14, 60),
    "school": (6, 25),
    "police": (5, 30),
    "army": (5, 20),
    "enterprise": (8, 35),
    "agency": (5, 25),
    "health": (4, 15),
}


@dataclass
class Absentee:
    name: str
    reason: str
    excused: bool


@dataclass
class Speech:
    speaker: str
    text: str
    role: str | None = None


@dataclass
class Unit:
    domain: str
    branch: str
    unit: str
    parent: str
    head_place: str
    locations: list[str]
    highland: bool = False


@dataclass
class Facts:
    unit: Unit
    meeting_type: str
    length: str
    day: date
    head_day: date
    start: tuple[int, int]
    end: tuple[int, int] | None
    location: str
    chair: str
    chair_role: str
    secretary: str
    secretary_role: str | None
    members: list[str]
    total: int
    exempt: int | None
    present: int
    excused: int
    unexcused: int
    absentees: list[Absentee]
    guests: list[tuple[str, str]]
    unnamed_guest: str | None
    sections: dict[str, Any] = field(default_factory=dict)
    speeches: list[Speech] = field(default_factory=list)
    stated_speakers: int | None = None
    resolutions: list[str] = field(default_factory=list)
    conclusion_decision: str | None = None
    vote: tuple[int, int] | None = None
    topics: set[str] = field(default_factory=set)
    thematic_title: str | None = None
    purpose: str | None = None

    @property
    def end_next_day(self) -> bool:
        return self.end is not None and self.end < self.start

    @property
    def duration_minutes(self) -> int | None:
        if self.end is None:
            return None
        minutes = (self.end[0] * 60 + self.end[1]) - (self.start[0] * 60 + self.start[1])
        return minutes % (24 * 60)


def draw_unit(rng: random.Random, *, domain: str) -> Unit:
    """A chi bộ with its parent committee, letter-head place and likely meeting rooms."""
    pools = load_pools()
    commune = make_place_name(rng)
    district = make_place_name(rng)
    level = rng.choice(["xã", "xã", "phường", "thị trấn"])
    parent = f"{rng.choice(['Đảng bộ', 'Đảng bộ', 'Đảng ủy'])} {level} {commune}"
    head_place = commune
    highland = False
    if domain == "rural":
        level = "xã"
        parent = f"{rng.choice(['Đảng bộ', 'Đảng bộ', 'Đảng ủy'])} xã {commune}"
        highland = rng.random() < 0.25
        kind = "bản" if highland else rng.choice(["ấp", "thôn", "xóm", "thôn"])
        name = (
            make_place_name(rng, highland=highland)
            if rng.random() < 0.7 or highland
            else str(rng.randint(1, 12))
        )
        unit = f"{kind} {name}"
        locations = [
            f"Nhà văn hóa {unit}",
            f"Hội trường {unit}",
            f"nhà đồng chí Bí thư chi bộ {unit}",
            f"trụ sở Ban nhân dân {unit}",
        ]
    elif domain == "urban":
        level = rng.choice(["phường", "thị trấn"])
        parent = f"Đảng bộ {level} {commune}"
        unit = rng.choice(
            [
                f"khu phố {rng.randint(1, 12)}",
                f"tổ dân phố số {rng.randint(1, 25)}",
                f"khu phố {make_place_name(rng)}",
            ]
        )
        locations = [f"Văn phòng {unit}", f"Nhà văn hóa {unit}", f"nhà sinh hoạt cộng đồng {unit}"]
    elif domain == "school":
        unit = rng.choice(pools["school_kinds"]).format(x=commune)
        locations = [
            "phòng họp Hội đồng sư phạm",
            "phòng truyền thống nhà trường",
            "thư viện nhà trường",
        ]
    elif domain == "police":
        if rng.random() < 0.6:
            unit = f"Công an {level} {commune}"
        else:
            unit = rng.choice(
                ["Đội Cảnh sát giao thông - Trật tự", "Đội Cảnh sát hình sự", "Đội Tổng hợp"]
            )
            parent, head_place = f"Đảng bộ Công an huyện {district}", district
        locations = [f"phòng họp {unit}", f"Hội trường {unit}"]
    elif domain == "army":
        unit = (
            f"Quân sự {level} {commune}"
            if rng.random() < 0.7
            else f"Ban Chỉ huy Quân sự {level} {commune}"
        )
        locations = [f"phòng họp Ban Chỉ huy Quân sự {level}", f"trụ sở {unit}"]
    elif domain == "enterprise":
        unit = rng.choice(pools["company_kinds"]).format(
            c=rng.choice(pools["company_names"]), x=commune, d=district
        )
        parent = rng.choice(
            [
                f"Đảng bộ huyện {district}",
                f"Đảng bộ {level} {commune}",
                f"Đảng bộ Khối Doanh nghiệp huyện {district}",
            ]
        )
        head_place = district if "huyện" in parent else commune
        locations = [
            "phòng họp tầng 2 nhà điều hành",
            "hội trường công ty",
            "văn phòng làm việc của đơn vị",
        ]
    elif domain == "agency":
        unit = rng.choice(pools["agency_kinds"]).format(d=district)
        parent, head_place = (
            rng.choice(
                [
                    f"Đảng bộ Khối Chính quyền huyện {district}",
                    f"Đảng bộ huyện {district}",
                    f"Đảng bộ Cơ quan huyện {district}",
                ]
            ),
            district,
        )
        locations = ["phòng họp cơ quan", "hội trường tầng 3", "phòng họp số 1"]
    else:
        unit = (
            f"Trạm Y tế {level} {commune}"
            if rng.random() < 0.7
            else f"Trung tâm Y tế huyện {district}"
        )
        if "huyện" in unit:
            parent, head_place = f"Đảng bộ huyện {district}", district
        locations = ["phòng giao ban", f"hội trường {unit}"]
    return Unit(domain, f"Chi bộ {unit}", unit, parent, head_place, locations, highland)


def draw_schedule(
    rng: random.Random, *, domain: str, meeting_type: str
) -> tuple[date, date, tuple[int, int], tuple[int, int] | None]:
    """Meeting date, letter-head date, start and end (end None when unstated, may pass midnight)."""
    day = date(rng.randint(2012, 2025), rng.randint(1, 12), 1) + timedelta(
        days=rng.choice([2, 2, 4, 6, 9, 14, 19, 24])
    )
    head_day = day + timedelta(days=rng.choice([1, 2, 3, 5])) if rng.random() < 0.15 else day
    if meeting_type == "extraordinary" and rng.random() < 0.25:
        start = (rng.choice([21, 22]), rng.choice([0, 15, 30]))
        length = rng.randrange(90, 180, 5)
    else:
        hours = {
            "rural": [7, 8, 14, 19, 19, 20],
            "urban": [8, 18, 19, 19, 20],
            "school": [14, 15, 16, 7],
        }
        start = (
            rng.choice(hours.get(domain, [7, 8, 13, 14, 15])),
            rng.choice([0, 0, 0, 15, 30, 30, 45]),
        )
        length = rng.randrange(60, 210, 5) + (30 if meeting_type == "combined" else 0)
    minutes = start[0] * 60 + start[1] + length
    end = ((minutes // 60) % 24, minutes % 60) if rng.random() > 0.1 else None
    return day, head_day, start, end


def draw_attendance(rng: random.Random, *, domain: str, people: list[str]) -> dict[str, Any]:
    """Counts and, sometimes, the named absentees; `people` gives names for the absentees."""
    pools = load_pools()
    low, high = _MEMBER_RANGE[domain]
    total = rng.randint(low, high)
    exempt = rng.choice([None, None, 0, rng.randint(1, max(1, total // 8))])
    absent = rng.choice([0, 0, 1, 1, 2, 3, rng.randint(0, max(1, total // 5))])
    absent = min(absent, total - (exempt or 0) - 2)
    unexcused = sum(1 for _ in range(absent) if rng.random() < 0.2)
    absentees = []
    if absent and rng.random() < 0.5:
        for index, name in enumerate(people[:absent]):
            excused = index >= unexcused
            reasons = pools["absence_reasons_excused" if excused else "absence_reasons_unexcused"]
            absentees.append(Absentee(name, rng.choice(reasons), excused))
    present = total - (exempt or 0) - absent
    if rng.random() < 0.04:
        present += rng.choice([-1, 1])
    return {
        "total": total,
        "exempt": exempt,
        "present": present,
        "excused": absent - unexcused,
        "unexcused": unexcused,
        "absentees": absentees,
    }


def expected_record(facts: Facts) -> dict[str, Any]:
    """The record the product should produce for these facts, in the samples' JSON shape."""
    hhmm = "{:02d}:{:02d}".format
    resolutions = list(facts.resolutions)
    if facts.conclusion_decision:
        resolutions.append(facts.conclusion_decision)
    return {
        "branch": facts.unit.branch,
        "parent_committee": facts.unit.parent,
        "meeting_type": facts.meeting_type,
        "date": facts.day.isoformat(),
        "start_time": hhmm(*facts.start),
        "end_time": hhmm(*facts.end) if facts.end else None,
        "duration_minutes": facts.duration_minutes,
        "location": facts.location,
        "chair": facts.chair,
        "secretary": facts.secretary,
        "attendance": {
            "total_members": facts.total,
            "exempt": facts.exempt,
            "present": facts.present,
            "absent_excused": facts.excused,
            "absent_unexcused": facts.unexcused,
            "guests": [name for name, _ in facts.guests],
        },
        "topics": sorted(facts.topics, key=_TOPIC_ORDER.index),
        "thematic_title": facts.thematic_title,
        "resolutions": resolutions,
        "speakers": facts.stated_speakers
        if facts.stated_speakers is not None
        else len(facts.speeches),
        "vote": {"agree": facts.vote[0], "total": facts.vote[1]} if facts.vote else None,
    }


_TOPIC_ORDER = list(TOPIC_LABELS)
TOPICS = tuple(_TOPIC_ORDER)


def fill(template: str, rng: random.Random, *, members: list[str], year: int) -> str:
    """Fill a pool sentence's placeholders with plausible numbers and a member's name."""
    return template.format(
        n=rng.randint(12, 480),
        k=rng.randint(2, 9),
        p=rng.randint(62, 99),
        y=f"{rng.randint(5, 8)},{rng.randint(1, 9)}",
        m=f"{rng.randint(2, 40)},{rng.randint(1, 9)}",
        t=f"{rng.randint(6, 12)},{rng.randint(1, 9)}",
        member=rng.choice(members),
        year=year,
        py=year - 1,
        d="",
    )

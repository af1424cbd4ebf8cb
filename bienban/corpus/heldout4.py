"""Held-out template families M and N: two more secretaries' styles the extraction rules never saw.

HELD-OUT: people who write or tune extraction rules must not read this module,
`heldout4_parts.py`, `heldout4_phrases.py` or `tests/corpus/test_heldout4.py`, nor run extraction
on M/N documents while tuning. M and N are opt-in (`bienban corpus generate --families M,N`); the
default mix stays A–F, so existing seeds give the same corpus byte for byte.

M fills a district's typed template for a residential cell: "BIÊN BẢN SINH HOẠT CHI BỘ", a
two-column table at the top ("Thời gian" | "19 giờ 30 phút, ngày 15/3/2024", "Địa điểm" | …,
"Chủ trì" | …, "Thư ký" | …, sometimes the roll call as a row too), "Đảng viên: tổng số 32; có
mặt 29; vắng 03 (02 có phép, 01 không phép)", "Ý kiến thảo luận:" with numbered names,
"NGHỊ QUYẾT / Chi bộ quyết nghị:" with "1.", "2.", the meeting's self-rating ("Chi bộ tự đánh
giá chất lượng buổi sinh hoạt: Tốt") and "Cuộc họp kết thúc lúc 21 giờ 05 phút cùng ngày".
N writes a unit's minutes (forces, hospital): ranks and titles before names ("Đại úy",
"BSCKII"), 24-hour clocks ("13:30"), "Ngày 07/3/2025 (thứ Sáu)", the roll call as "Quân số"
or as a sentence with small counts in words, guests from the higher committee, parts headed
"1- THÔNG TIN THỜI SỰ", a thematic title after "với chủ đề" without quotes, "Biểu quyết bằng
hình thức giơ tay: … tỷ lệ 100%", a resolution that may run on to a second page, and
"CHỦ TRÌ" / "THƯ KÝ" signatures with ranks.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta

from bienban.corpus import heldout4_parts as parts
from bienban.corpus import heldout4_phrases as say
from bienban.corpus.facts import Facts
from bienban.corpus.heldout2_phrases import (
    EXEMPT_REASONS,
    is_fully_named,
    percent,
    person,
    rank_titles,
)
from bienban.corpus.heldout3_phrases import members_split

_ROMAN = ("I", "II", "III", "IV")
_PURPOSES = {
    "member_development": "xét đề nghị kết nạp đảng viên mới",
    "inspection": "kiểm điểm, đề nghị kỷ luật đảng viên vi phạm",
    "directives": "triển khai công điện khẩn của cấp trên",
}
_RATINGS = ("Tốt", "Tốt", "Khá", "Trung bình")
_FORCES = ("police", "army")


@dataclass(frozen=True)
class Secretary:
    """One held-out family: the options one secretary draws from."""

    name: str
    numbers: tuple[str, ...]
    dates: tuple[str, ...]
    clocks: tuple[str, ...]
    counts: tuple[str, ...]
    votes: tuple[str, ...]
    signatures: tuple[tuple[str, str], ...]


HELDOUT_FAMILIES: dict[str, Secretary] = {
    s.name: s
    for s in (
        Secretary(
            "M",
            ("Số: {n}-BB/CB", "Số {n}/BB-CB", ""),
            ("words", "slash", "slash_padded"),
            ("gio_phut", "gio_pad", "h"),
            ("padded", "plain"),
            ("ratio", "split", "agree"),
            (
                ("THƯ KÝ", "CHỦ TRÌ"),
                ("THƯ KÝ", "T/M CHI BỘ|{role}"),
                ("NGƯỜI GHI BIÊN BẢN", "CHỦ TRÌ"),
            ),
        ),
        Secretary(
            "N",
            ("Số: {n}-BB/CB", "Số {n}-BB/CB"),
            ("weekday", "weekday_padded"),
            ("colon",),
            ("small_words", "small_words", "plain"),
            ("hands", "hands", "agree"),
            (
                ("THƯ KÝ", "CHỦ TRÌ"),
                ("THƯ KÝ HỘI NGHỊ", "CHỦ TRÌ HỘI NGHỊ"),
                ("THƯ KÝ", "T/M CHI BỘ|{role}"),
            ),
        ),
    )
}


@dataclass
class Pick:
    """What one document uses, drawn once so it reads the same way throughout."""

    family: Secretary
    date_style: str
    clock_style: str
    count_style: str
    titles: dict[str, str] = field(default_factory=dict)

    @property
    def is_m(self) -> bool:
        return self.family.name == "M"

    def day(self, day: date) -> str:
        return say.write_date(day, style=self.date_style)

    def clock(self, hour_minute: tuple[int, int]) -> str:
        return say.write_clock(*hour_minute, style=self.clock_style)

    def n(self, count: int) -> str:
        return say.count(count, style=self.count_style)

    def who(self, name: str, *, lead: str = "đồng chí") -> str:
        return person(name, self.titles, lead=lead)


def write_minutes(facts: Facts, rng: random.Random, *, family: str) -> str:
    """The minutes of `facts` in held-out `family`'s style, as layout-marked text."""
    style = HELDOUT_FAMILIES[family]
    pick = Pick(style, rng.choice(style.dates), rng.choice(style.clocks), rng.choice(style.counts))
    pick.titles = rank_titles(facts, rng) if pick.is_m else say.unit_titles(facts, rng)
    lines = _letterhead(facts, rng, pick) + [""] + _title(facts, rng, pick) + [""]
    lines += _m_minutes(facts, rng, pick) if pick.is_m else _n_minutes(facts, rng, pick)
    return "\n".join(lines + _signatures(facts, rng, pick)) + "\n"


def _letterhead(facts: Facts, rng: random.Random, pick: Pick) -> list[str]:
    number = rng.choice(pick.family.numbers).format(n=f"{rng.randint(1, 24):02d}")
    dated = say.write_date(facts.head_day, style="words")
    day = f"ngày {dated}" if pick.is_m or rng.random() < 0.5 else f"ngày {facts.head_day:%d/%m/%Y}"
    return [
        f"{facts.unit.parent.upper()} || ĐẢNG CỘNG SẢN VIỆT NAM",
        f"{facts.unit.branch.upper()} || *",
        f"{number} || {facts.unit.head_place}, {day}",
    ]


def _title(facts: Facts, rng: random.Random, pick: Pick) -> list[str]:
    month, year, kind = facts.day.month, facts.day.year, facts.meeting_type
    quarter = _ROMAN[(month - 1) // 3]
    if kind == "extraordinary":
        about = _PURPOSES[facts.purpose or "directives"]
        if pick.is_m:
            return ["^BIÊN BẢN SINH HOẠT CHI BỘ BẤT THƯỜNG", f"^Nội dung: {about}"]
        return ["^BIÊN BẢN", "^HỌP CHI BỘ BẤT THƯỜNG", f"^(V/v {about})"]
    if pick.is_m:
        return [
            "^BIÊN BẢN SINH HOẠT CHI BỘ",
            {
                "regular": f"^Kỳ sinh hoạt thường kỳ tháng {month} năm {year}",
                "thematic": f"^Sinh hoạt chuyên đề quý {quarter} năm {year}",
                "combined": f"^Kỳ sinh hoạt thường kỳ tháng {month} năm {year} (có sinh hoạt chuyên đề)",
            }[kind],
        ]
    return [
        "^BIÊN BẢN",
        {
            "regular": f"^SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG {month}/{year}",
            "thematic": f"^SINH HOẠT CHUYÊN ĐỀ QUÝ {quarter}/{year}",
            "combined": f"^SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG {month}/{year} (LỒNG GHÉP CHUYÊN ĐỀ)",
        }[kind],
    ]


def _end_day(facts: Facts, pick: Pick) -> str:
    if facts.end_next_day:
        return f"ngày {pick.day(facts.day + timedelta(days=1))}"
    return "cùng ngày"


# M: a district's typed template ---------------------------------------------------------------


def _m_minutes(facts: Facts, rng: random.Random, pick: Pick) -> list[str]:
    roll_in_table = rng.random() < 0.35
    lines = ["I. THỜI GIAN, ĐỊA ĐIỂM, THÀNH PHẦN", *_m_table(facts, rng, pick, roll=roll_in_table)]
    if not roll_in_table:
        lines += _m_roll(facts, rng, pick)
    if is_fully_named(facts):
        named = say.named_absentees(facts, pick.titles, lead="đ/c", joiner="; ")
        lines.append(f"Đảng viên vắng: {named}.")
    lines.append("II. NỘI DUNG SINH HOẠT")
    for index, (title, body) in enumerate(parts.sections(facts, rng, pick)):
        lines += [f"{index + 1}. {title}", *body]
    lines += parts.speech_lines(facts, rng, pick)
    lines += parts.resolution_lines(facts, rng, pick) + parts.vote_lines(facts, rng, pick)
    nxt = facts.sections.get("next_meeting")
    if nxt is not None:
        lines.append(f"Kỳ sinh hoạt tới: ngày {say.write_date(nxt, style=pick.date_style)}.")
    if facts.meeting_type != "extraordinary" and rng.random() < 0.8:
        rating = rng.choice(_RATINGS)
        lines.append(f"Chi bộ tự đánh giá chất lượng buổi sinh hoạt: {rating}.")
    return lines + _m_end(facts, rng, pick)


def _m_table(facts: Facts, rng: random.Random, pick: Pick, *, roll: bool) -> list[str]:
    when = f"{pick.clock(facts.start)}, ngày {pick.day(facts.day)}"
    chair = f"{say.capital(pick.who(facts.chair))} – {facts.chair_role}"
    clerk = say.capital(pick.who(facts.secretary))
    lines = ["| Nội dung | Chi tiết |"] if rng.random() < 0.3 else []
    lines += [
        f"| {rng.choice(['Thời gian', 'Thời gian bắt đầu'])} | {when} |",
        f"| Địa điểm | {say.capital(facts.location)} |",
        f"| {rng.choice(['Chủ trì', 'Người chủ trì'])} | {chair} |",
        f"| {rng.choice(['Thư ký', 'Thư ký ghi biên bản'])} | {clerk} |",
    ]
    if roll:
        lines.append(f"| Đảng viên | {_m_counts(facts, pick)} |")
    guests = say.guests_text(facts, pick.titles)
    if guests:
        lines.append(f"| Đại biểu dự | {say.capital(guests)} |")
    return lines


def _m_counts(facts: Facts, pick: Pick, *, rate_shown: bool = False) -> str:
    """ "tổng số 32; có mặt 29; vắng 03 (02 có phép, 01 không phép)"."""
    n, absent = pick.n, facts.excused + facts.unexcused
    said = [f"tổng số {n(facts.total)}"]
    if facts.exempt:
        said.append(f"miễn sinh hoạt {n(facts.exempt)}")
    elif facts.exempt == 0:
        said.append("miễn sinh hoạt: không")
    due = facts.total - (facts.exempt or 0)
    rate = f" (đạt {percent(facts.present, due)}%)" if rate_shown and due else ""
    said.append(f"có mặt {n(facts.present)}{rate}")
    if not absent:
        return "; ".join([*said, "vắng: không"])
    split = (
        ""
        if is_fully_named(facts)
        else " "
        + say.split_absence(
            facts, style=pick.count_style, excused="có phép", unexcused="không phép"
        )
    )
    return "; ".join([*said, f"vắng {n(absent)}{split}"])


def _m_roll(facts: Facts, rng: random.Random, pick: Pick) -> list[str]:
    lines = [f"Đảng viên: {_m_counts(facts, pick, rate_shown=rng.random() < 0.4)}."]
    if rng.random() < 0.3:
        lines.insert(
            0,
            f"Chi bộ có {pick.n(facts.total)} đảng viên{members_split(facts, rng, style=pick.count_style)}.",
        )
    return lines


def _m_end(facts: Facts, rng: random.Random, pick: Pick) -> list[str]:
    lines = ["Biên bản đã được đọc lại trước chi bộ; các đồng chí dự họp nhất trí thông qua."]
    if facts.end is None:
        return lines + ["Cuộc họp kết thúc cùng ngày."]
    clock = say.write_clock(*facts.end, style="gio_phut")
    return lines + [f"Cuộc họp kết thúc lúc {clock} {_end_day(facts, pick)}."]


# N: a unit's minutes ---------------------------------------------------------------------------


def _n_minutes(facts: Facts, rng: random.Random, pick: Pick) -> list[str]:
    lines = [*_n_opening(facts, rng, pick), *_n_people(facts, rng, pick)]
    lines += _n_roll(facts, rng, pick)
    guests = say.guests_text(facts, pick.titles)
    if facts.guests:
        lines.append(f"Đại biểu cấp trên dự: {guests}.")
    elif guests:
        lines.append(f"Có {guests} dự và chỉ đạo.")
    lines.append("NỘI DUNG SINH HOẠT")
    for index, (title, body) in enumerate(parts.sections(facts, rng, pick)):
        lines += [f"{index + 1}- {title}", *body]
    lines += parts.speech_lines(facts, rng, pick)
    lines += parts.resolution_lines(facts, rng, pick) + parts.vote_lines(facts, rng, pick)
    nxt = facts.sections.get("next_meeting")
    if nxt is not None:
        lines.append(f"Sinh hoạt chi bộ kỳ tới: Ngày {pick.day(nxt)}.")
    return lines + _n_end(facts, rng, pick)


def _n_opening(facts: Facts, rng: random.Random, pick: Pick) -> list[str]:
    clock, day = pick.clock(facts.start), pick.day(facts.day)
    kind = {
        "regular": f"sinh hoạt thường kỳ tháng {facts.day.month}",
        "thematic": "sinh hoạt chuyên đề",
        "combined": f"sinh hoạt thường kỳ tháng {facts.day.month} lồng ghép chuyên đề",
        "extraordinary": "họp bất thường",
    }[facts.meeting_type]
    if rng.random() < 0.5:
        return [f"Thời gian: {clock} Ngày {day}.", f"Địa điểm: {say.capital(facts.location)}."]
    return [f"Hồi {clock} ngày {day}, tại {facts.location}, {facts.unit.branch} tiến hành {kind}."]


def _n_people(facts: Facts, rng: random.Random, pick: Pick) -> list[str]:
    chair = person(facts.chair, pick.titles, lead="")
    clerk = person(facts.secretary, pick.titles, lead="")
    if rng.random() < 0.5:
        return [f"Chủ trì: {chair} – {facts.chair_role}.", f"Thư ký: {clerk}."]
    return [f"Chủ trì: {chair} – {facts.chair_role}; thư ký: {clerk}."]


def _n_roll(facts: Facts, rng: random.Random, pick: Pick) -> list[str]:
    n, absent = pick.n, facts.excused + facts.unexcused
    note = say.absence_note(facts, pick.titles, style=pick.count_style, excused="có lý do")
    if facts.unit.domain in _FORCES and rng.random() < 0.7:
        lines = [f"Quân số đảng viên: {n(facts.total)} đồng chí."]
        if facts.exempt:
            why = rng.choice(EXEMPT_REASONS)
            lines.append(f"Miễn sinh hoạt: {n(facts.exempt)} đồng chí ({why}).")
        elif facts.exempt == 0:
            lines.append("Miễn sinh hoạt: không.")
        lines.append(f"Có mặt: {n(facts.present)} đồng chí.")
        lines.append(f"Vắng: {n(absent)} đồng chí {note}." if absent else "Vắng: không.")
        return lines
    said = [f"Chi bộ có {n(facts.total)} đảng viên"]
    if facts.exempt:
        said.append(f"{n(facts.exempt)} đồng chí được miễn sinh hoạt")
    elif facts.exempt == 0:
        said.append("không có đồng chí nào được miễn sinh hoạt")
    said.append(f"có mặt {n(facts.present)} đồng chí")
    said.append(f"vắng {n(absent)} đồng chí {note}" if absent else "không có đồng chí nào vắng")
    return [", ".join(said) + "."]


def _n_end(facts: Facts, rng: random.Random, pick: Pick) -> list[str]:
    if facts.end is None:
        return ["Buổi sinh hoạt kết thúc cùng ngày."]
    clock = pick.clock(facts.end)
    when = _end_day(facts, pick)
    return [
        rng.choice(
            [
                f"Buổi sinh hoạt kết thúc vào {clock} {when}.",
                f"Sinh hoạt kết thúc lúc {clock} {when}.",
            ]
        )
    ]


def _signatures(facts: Facts, rng: random.Random, pick: Pick) -> list[str]:
    left, right = rng.choice(pick.family.signatures)
    role = "BÍ THƯ" if facts.chair_role == "Bí thư chi bộ" else "PHÓ BÍ THƯ"
    head, _, under = right.format(role=role).partition("|")
    lines = ["", f"{left} || {head}"] + ([f"|| {under}"] if under else [])
    lines += ["||"] * rng.randint(1, 2)
    clerk, chair = facts.secretary, facts.chair
    if not pick.is_m and facts.unit.domain in _FORCES and rng.random() < 0.6:
        clerk, chair = (person(name, pick.titles, lead="") for name in (clerk, chair))
    return lines + [f"{clerk} || {chair}"]

"""Held-out template families Q and R: two more secretaries' styles the extraction rules never saw.

HELD-OUT: people who write or tune extraction rules must not read this module,
`heldout6_parts.py`, `heldout6_phrases.py` or `tests/corpus/test_heldout6.py`, nor run extraction
on Q/R documents while tuning. Q and R are opt-in (`bienban corpus generate --families Q,R`); the
default mix stays A–F, so existing seeds give the same corpus byte for byte.

Q writes the meeting as the numbered steps of the guidance ("Bước 1. Khai mạc", …): the opening
time and the place up top, the chair by role before the name, the roll call as a two-column
count table or as "có mặt 23/25", absentees in a table of their own, each speaker's name on a
line of its own above the opinion, the adopted items "a/", a vote with its tally, the cell's
score out of 100, "bế mạc" with the clock, and the signatures with the chair on the left. R
types the province's printed form: blanks filled in between leader dots ("…19 giờ 30…"), the
people and counts as labelled fields (or "hiện diện", counts in words with the digits after),
parts headed "Mục 1:", the thematic part first, opinions as "Đ/c X ý kiến: …", items marked
"*", and the closing time as one more field, left blank when nobody noted it.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta

from bienban.corpus import heldout6_parts as parts
from bienban.corpus import heldout6_phrases as say
from bienban.corpus.facts import Facts
from bienban.corpus.heldout2_phrases import EXEMPT_REASONS, percent

_ROMAN = ("I", "II", "III", "IV")
_PURPOSES = {
    "Q": {
        "member_development": "xét kết nạp quần chúng vào Đảng",
        "inspection": "xem xét kỷ luật đảng viên",
        "directives": "triển khai chỉ đạo khẩn của cấp trên",
    },
    "R": {
        "member_development": "xét hồ sơ đề nghị kết nạp đảng viên mới",
        "inspection": "kiểm điểm, đề nghị kỷ luật đảng viên vi phạm",
        "directives": "thực hiện công điện khẩn của cấp trên",
    },
}


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
            "Q",
            ("Số: {n}/{year}/BB-CB", "Số {n}/BB", "*"),
            ("slash_daypad", "slash", "words"),
            ("gio_pad", "h_apos", "gio_phut"),
            ("plain", "padded"),
            ("tally", "share"),
            (
                ("CHỦ TRÌ", "THƯ KÝ"),
                ("CHỦ TRÌ CUỘC HỌP", "THƯ KÝ CUỘC HỌP"),
                ("T/M CHI BỘ|{role}", "NGƯỜI GHI BIÊN BẢN"),
            ),
        ),
        Secretary(
            "R",
            ("*", "Số: {n}-BB/CB", ""),
            ("slash_padded", "words_padded"),
            ("gio_phut", "h"),
            ("plain", "padded", "words_first"),
            ("hands", "split"),
            (
                ("Thư ký", "Chủ trì"),
                ("Người ghi biên bản", "Người chủ trì"),
                ("THƯ KÝ", "{role} CHI BỘ"),
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
    leader: str = ""
    purpose_key: str = "directives"

    @property
    def is_q(self) -> bool:
        return self.family.name == "Q"

    def day(self, day: date) -> str:
        return say.write_date(day, style=self.date_style)

    def clock(self, hour_minute: tuple[int, int]) -> str:
        return say.write_clock(*hour_minute, style=self.clock_style)

    def n(self, count: int) -> str:
        return say.count(count, style=self.count_style)

    @property
    def stop(self) -> str:
        """R ends a line on a filled blank without a full stop after the leader dots."""
        return "" if self.leader else "."

    def fill(self, value: str) -> str:
        """R: what was written into a blank of the form, between its leader dots."""
        return say.blank(value, leader=self.leader)

    @property
    def purpose(self) -> str:
        """Why an extraordinary meeting was called, in the family's words."""
        return _PURPOSES[self.family.name][self.purpose_key]


def write_minutes(facts: Facts, rng: random.Random, *, family: str) -> str:
    """The minutes of `facts` in held-out `family`'s style, as layout-marked text."""
    style = HELDOUT_FAMILIES[family]
    pick = Pick(
        style,
        rng.choice(style.dates),
        rng.choice(style.clocks),
        rng.choice(style.counts),
        rng.choice(say.LEADERS[1:]) if family == "R" and rng.random() < 0.7 else "",
        facts.purpose or "directives",
    )
    lines = _letterhead(facts, rng, pick) + [""] + _title(facts, rng, pick) + [""]
    lines += _q_minutes(facts, rng, pick) if pick.is_q else _r_minutes(facts, rng, pick)
    return "\n".join(lines + _signatures(facts, rng, pick)) + "\n"


def _letterhead(facts: Facts, rng: random.Random, pick: Pick) -> list[str]:
    head = facts.head_day
    number = rng.choice(pick.family.numbers).format(n=f"{rng.randint(1, 12):02d}", year=head.year)
    parent, branch = facts.unit.parent.upper(), facts.unit.branch.upper()
    if pick.is_q:
        rows = [
            f"{parent} || ĐẢNG CỘNG SẢN VIỆT NAM",
            f"{branch} || {facts.unit.head_place}, ngày {pick.day(head)}",
        ]
        return rows + ([f"{number} ||"] if number else [])
    fill = pick.fill
    dated = f"ngày {fill(f'{head.day:02d}')} tháng {fill(f'{head.month:02d}')} năm {head.year}"
    return [
        f"{parent} || ĐẢNG CỘNG SẢN VIỆT NAM",
        f"{branch} ||",
        f"{number} || {facts.unit.head_place}, {dated}",
    ]


def _title(facts: Facts, rng: random.Random, pick: Pick) -> list[str]:
    month, year, kind = facts.day.month, facts.day.year, facts.meeting_type
    quarter = _ROMAN[(month - 1) // 3]
    purpose = say.capital(pick.purpose)
    if pick.is_q:
        if kind == "regular":
            return rng.choice(
                [
                    ["^BIÊN BẢN CUỘC HỌP CHI BỘ THƯỜNG KỲ", f"^Tháng {month:02d} năm {year}"],
                    ["^BIÊN BẢN CUỘC HỌP CHI BỘ", f"^(Kỳ họp tháng {month} năm {year})"],
                ]
            )
        return {
            "thematic": ["^BIÊN BẢN CUỘC HỌP CHI BỘ", f"^Chuyên đề quý {quarter}/{year}"],
            "combined": [
                "^BIÊN BẢN CUỘC HỌP CHI BỘ THƯỜNG KỲ",
                f"^Tháng {month:02d} năm {year}",
                "^(Có nội dung sinh hoạt chuyên đề)",
            ],
            "extraordinary": ["^BIÊN BẢN CUỘC HỌP CHI BỘ BẤT THƯỜNG", f"^({purpose})"],
        }[kind]
    return {
        "regular": ["^BIÊN BẢN SINH HOẠT CHI BỘ THƯỜNG KỲ", f"^Tháng {month} năm {year}"],
        "thematic": ["^BIÊN BẢN SINH HOẠT CHI BỘ CHUYÊN ĐỀ", f"^Quý {quarter} năm {year}"],
        "combined": [
            "^BIÊN BẢN SINH HOẠT CHI BỘ THƯỜNG KỲ",
            f"^Tháng {month} năm {year}",
            "^(có lồng ghép sinh hoạt chuyên đề)",
        ],
        "extraordinary": ["^BIÊN BẢN SINH HOẠT CHI BỘ BẤT THƯỜNG", f"^Nội dung: {purpose}"],
    }[kind]


def _next_day(facts: Facts) -> date:
    return facts.day + timedelta(days=1)


# Q: the meeting as the guidance's numbered steps ---------------------------------------------


def _q_minutes(facts: Facts, rng: random.Random, pick: Pick) -> list[str]:
    lines = _q_when(facts, rng, pick) + _q_people(facts, rng, pick)
    guests = say.guests_text(facts, joiner=", ")
    if guests:
        lines.append(f"{rng.choice(['Đại biểu cấp trên', 'Đại biểu dự họp'])}: {guests}.")
    steps = [("Khai mạc", _q_opening(facts, rng, pick))]
    steps += parts.sections(facts, rng, pick)
    steps.append(
        (rng.choice(["Thảo luận", "Đảng viên thảo luận"]), parts.speech_lines(facts, rng, pick))
    )
    closing = "Kết luận, biểu quyết" if facts.vote else "Kết luận"
    steps.append((closing, parts.conclusion_lines(facts, rng, pick)))
    steps.append(("Bế mạc", _q_close(facts, rng, pick)))
    heading = rng.choice(["Bước {i}. {title}", "BƯỚC {i}: {upper}", "Bước {i} – {title}"])
    for index, (title, said) in enumerate(steps):
        lines += [heading.format(i=index + 1, title=title, upper=title.upper()), *said]
    return lines


def _q_when(facts: Facts, rng: random.Random, pick: Pick) -> list[str]:
    clock, day = pick.clock(facts.start), pick.day(facts.day)
    dated = f"{say.weekday(facts.day)}, ngày {day}" if rng.random() < 0.5 else f"ngày {day}"
    if rng.random() < 0.5:
        return [f"Khai mạc lúc {clock}, {dated}.", f"Địa điểm họp: {say.capital(facts.location)}."]
    return [f"Chi bộ họp lúc {clock} {dated}, tại {facts.location}."]


def _q_people(facts: Facts, rng: random.Random, pick: Pick) -> list[str]:
    chair, clerk = facts.chair, facts.secretary
    if rng.random() < 0.55:
        clerk_role = f", {facts.secretary_role}" if facts.secretary_role else ""
        return [
            f"Chủ trì: {say.role_before(chair, facts.chair_role)}.",
            f"Thư ký: {clerk}{clerk_role}.",
        ]
    return [
        f"Cuộc họp do đ/c {chair}, {facts.chair_role}, chủ trì; đ/c {clerk} được cử làm thư ký."
    ]


def _q_opening(facts: Facts, rng: random.Random, pick: Pick) -> list[str]:
    welcome = ", giới thiệu đại biểu" if facts.guests or facts.unnamed_guest else ""
    lines = [f"Đồng chí chủ trì tuyên bố lý do{welcome} và kiểm tra số đảng viên dự họp."]
    roll = _q_table(facts, pick) if rng.random() < 0.5 else _q_roll(facts, pick)
    return lines + roll + ["Chi bộ thống nhất chương trình cuộc họp."]


def _q_table(facts: Facts, pick: Pick) -> list[str]:
    """The counts as a two-column table, the named absentees in a table of their own."""
    rows = [("Tổng số", facts.total)]
    if facts.exempt is not None:
        rows += [("Miễn sinh hoạt", facts.exempt), ("Phải dự họp", facts.total - facts.exempt)]
    rows += [("Có mặt", facts.present), ("Vắng có lý do", facts.excused)]
    rows.append(("Vắng không lý do", facts.unexcused))
    lines = ["| Đảng viên | Số lượng |"]
    lines += [f"| {label} | {pick.n(value)} |" for label, value in rows]
    excused, unexcused = say.absentees_by_reason(facts)
    if excused or unexcused:
        lines += ["Đảng viên vắng mặt:", "| STT | Họ và tên | Lý do |"]
        lines += [
            f"| {index + 1} | {person.name} | {say.absence_reason(person)} |"
            for index, person in enumerate(excused + unexcused)
        ]
    return lines


def _q_roll(facts: Facts, pick: Pick) -> list[str]:
    """ "Đảng viên toàn chi bộ: 27, miễn sinh hoạt 2, phải dự 25." "Có mặt 23/25 …", "Vắng …"."""
    n, absent = pick.n, facts.excused + facts.unexcused
    due = facts.total - (facts.exempt or 0)
    said = f"Đảng viên toàn chi bộ: {n(facts.total)}"
    if facts.exempt is not None:
        said += f", miễn sinh hoạt {n(facts.exempt)}, phải dự {n(due)}"
    lines = [
        f"{said}.",
        f"Có mặt {n(facts.present)}/{n(due)} đồng chí, đạt {percent(facts.present, due)}%.",
    ]
    if not absent:
        return lines + ["Không có đồng chí nào vắng."]
    excused, unexcused = say.absentees_by_reason(facts)
    if excused or unexcused:
        named = ", ".join(f"{a.name} ({say.absence_reason(a)})" for a in excused + unexcused)
        return lines + [f"Vắng {n(absent)} đồng chí: {named}."]
    if facts.excused and facts.unexcused:
        split = f": {n(facts.excused)} có lý do, {n(facts.unexcused)} không lý do"
    else:
        split = ", đều có lý do" if facts.excused else ", đều không có lý do"
    return lines + [f"Vắng {n(absent)} đồng chí{split}."]


def _q_close(facts: Facts, rng: random.Random, pick: Pick) -> list[str]:
    copies = f"{rng.randint(2, 3):02d}"
    lines = [
        rng.choice(
            [
                "Thư ký đọc lại biên bản; các đồng chí dự họp nhất trí thông qua.",
                f"Biên bản lập thành {copies} bản, đã đọc lại trước chi bộ và được thông qua.",
            ]
        )
    ]
    if facts.end is None:
        return lines
    clock = pick.clock(facts.end)
    if facts.end_next_day:
        return lines + [f"Cuộc họp bế mạc lúc {clock} ngày hôm sau, {pick.day(_next_day(facts))}."]
    return lines + [f"Cuộc họp bế mạc lúc {clock} cùng ngày."]


# R: the province's printed form, filled in -----------------------------------------------------


def _r_minutes(facts: Facts, rng: random.Random, pick: Pick) -> list[str]:
    lines = _r_fields(facts, rng, pick) + _r_roll(facts, rng, pick)
    guests = say.guests_text(facts, joiner=" – ")
    if guests:
        lines.append(f"Đại biểu dự họp: {pick.fill(guests)}{pick.stop}")
    lines.append(rng.choice(["NỘI DUNG CUỘC HỌP", "CÁC NỘI DUNG ĐÃ TIẾN HÀNH"]))
    body = parts.sections(facts, rng, pick)
    body.append(("Ý kiến của đảng viên", parts.speech_lines(facts, rng, pick)))
    body.append(("Chi bộ thống nhất", parts.conclusion_lines(facts, rng, pick)))
    for index, (title, said) in enumerate(body):
        lines += [f"Mục {index + 1}: {title}", *said]
    return lines + _r_end(facts, rng, pick)


def _r_fields(facts: Facts, rng: random.Random, pick: Pick) -> list[str]:
    fill = pick.fill
    day = fill(pick.day(facts.day))
    weekday = f", {say.weekday(facts.day)}" if rng.random() < 0.3 else ""
    label = rng.choice(["Thời gian bắt đầu", "Bắt đầu lúc"])
    lines = [
        f"{label}: {fill(pick.clock(facts.start))}{weekday}, ngày {day}{pick.stop}",
        f"{rng.choice(['Địa điểm', 'Tại'])}: {fill(facts.location)}{pick.stop}",
    ]
    if rng.random() < 0.5:
        lines.append(
            f"Người chủ trì: {fill(facts.chair)}; chức vụ: {fill(facts.chair_role)}{pick.stop}"
        )
        clerk_role = f"; chức vụ: {fill(facts.secretary_role)}" if facts.secretary_role else ""
        return lines + [f"Người ghi biên bản: {fill(facts.secretary)}{clerk_role}{pick.stop}"]
    lines.append(f"Chủ trì: {fill(facts.chair)} – {facts.chair_role}.")
    return lines + [f"Thư ký: {fill(facts.secretary)}{pick.stop}"]


def _r_roll(facts: Facts, rng: random.Random, pick: Pick) -> list[str]:
    n, fill, absent = pick.n, pick.fill, facts.excused + facts.unexcused
    excused, unexcused = say.absentees_by_reason(facts)
    named = "; ".join(f"{a.name} ({say.absence_reason(a)})" for a in excused + unexcused)
    kind = _r_kind(facts, pick)
    if rng.random() < 0.5:
        lines = ["Thành phần:", f"- Tổng số đảng viên của chi bộ: {fill(n(facts.total))} đồng chí."]
        if facts.exempt is not None:
            why = f" ({rng.choice(EXEMPT_REASONS)})" if facts.exempt else ""
            lines.append(
                f"- Số đảng viên được miễn sinh hoạt: {fill(n(facts.exempt))} đồng chí{why}."
            )
        lines.append(f"- Số đảng viên có mặt: {fill(n(facts.present))} đồng chí.")
        if not absent:
            return lines + [f"- Số đảng viên vắng mặt: {fill('không')}{pick.stop}"]
        lines.append(f"- Số đảng viên vắng mặt: {fill(n(absent))} đồng chí{kind}.")
        return lines + ([f"- Họ tên đảng viên vắng: {fill(named)}{pick.stop}"] if named else [])
    said = f"Chi bộ có {n(facts.total)} đảng viên"
    if facts.exempt:
        said += f", trong đó {n(facts.exempt)} đồng chí được miễn sinh hoạt"
    elif facts.exempt == 0:
        said += ", không có đồng chí nào được miễn sinh hoạt"
    said += f"; hiện diện {n(facts.present)} đồng chí"
    if not absent:
        return [f"{said}, không ai vắng."]
    if named:
        return [f"{said}, vắng {n(absent)} đồng chí: {named}."]
    return [f"{said}, vắng {n(absent)} đồng chí{kind}."]


def _r_kind(facts: Facts, pick: Pick) -> str:
    """ " (có lý do: 2; không lý do: 1)", " (có lý do)", " (không lý do)"."""
    if facts.excused and facts.unexcused:
        return f" (có lý do: {pick.n(facts.excused)}; không lý do: {pick.n(facts.unexcused)})"
    return " (có lý do)" if facts.excused else " (không lý do)"


def _r_end(facts: Facts, rng: random.Random, pick: Pick) -> list[str]:
    agreed = "Biên bản đã được đọc lại; các đồng chí dự họp nhất trí với nội dung biên bản."
    if facts.end is None:
        if pick.leader:
            return [agreed, f"Thời gian kết thúc: {pick.leader * 3}"]
        return [agreed]
    clock = pick.fill(pick.clock(facts.end))
    day = f"ngày {pick.fill(pick.day(_next_day(facts)))}" if facts.end_next_day else "cùng ngày"
    stop = pick.stop if facts.end_next_day else "."
    if pick.leader or rng.random() < 0.5:
        return [agreed, f"Thời gian kết thúc: {clock}, {day}{stop}"]
    return [agreed, f"Cuộc họp kết thúc lúc {clock} {day}."]


def _signatures(facts: Facts, rng: random.Random, pick: Pick) -> list[str]:
    """Q signs with the chair on the left, R with the minute-taker on the left."""
    left, right = rng.choice(pick.family.signatures)
    role = "BÍ THƯ" if facts.chair_role == "Bí thư chi bộ" else "PHÓ BÍ THƯ"
    left_head, _, left_under = left.format(role=role).partition("|")
    right_head = right.format(role=role)
    lines = ["", f"{left_head} || {right_head}"] + ([f"{left_under} ||"] if left_under else [])
    if pick.is_q and rng.random() < 0.4:
        lines.append("(Đã ký) || (Đã ký)")
    lines += ["||"] * rng.randint(1, 2)
    names = (facts.chair, facts.secretary) if pick.is_q else (facts.secretary, facts.chair)
    return lines + [f"{names[0]} || {names[1]}"]

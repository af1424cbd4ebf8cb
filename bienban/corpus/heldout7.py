"""Held-out template families S and T: two more secretaries' styles the extraction rules never saw.

HELD-OUT: people who write or tune extraction rules must not read this module,
`heldout7_parts.py`, `heldout7_phrases.py` or `tests/corpus/test_heldout7.py`, nor run extraction
on S/T documents while tuning. S and T are opt-in (`bienban corpus generate --families S,T`); the
default mix stays A–F, so existing seeds give the same corpus byte for byte.

S copies the general administrative minutes template: the date before the clock in the opening
sentence, the people present as a numbered list (or the chair and minute-taker on one line and
the roll call as a table across the page), absentees one per line, the body in a few large
Roman-numbered parts with run-in "Về …:" items, sometimes the draft tasks read out before the
discussion, opinions in prose or in a table, and a closing that writes the date again. T keeps
a cell's typed book: the title repeats the cell's name, the time as a range from start to end in
the first line, the roll call on one line of labelled counts (small counts in words), an agenda
table with the minutes each item was given, lettered parts, opinions by bare name right after
the report they answer, the conclusion sometimes on a second page, and the next meeting's clock
and date.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta

from bienban.corpus import heldout7_parts as parts
from bienban.corpus import heldout7_phrases as say
from bienban.corpus.facts import Facts
from bienban.corpus.heldout2_phrases import EXEMPT_REASONS, percent

_ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII")
_PURPOSES = {
    "S": {
        "member_development": "xét đề nghị kết nạp đảng viên",
        "inspection": "xem xét, xử lý kỷ luật đảng viên vi phạm",
        "directives": "triển khai nhiệm vụ đột xuất theo chỉ đạo của cấp trên",
    },
    "T": {
        "member_development": "xét kết nạp quần chúng ưu tú vào Đảng",
        "inspection": "kiểm điểm đảng viên có vi phạm",
        "directives": "bàn biện pháp thực hiện chỉ đạo khẩn của Đảng ủy",
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
    marks: tuple[str, ...]
    headings: tuple[str, ...]
    signatures: tuple[tuple[str, str], ...]


HELDOUT_FAMILIES: dict[str, Secretary] = {
    s.name: s
    for s in (
        Secretary(
            "S",
            ("Số: {n}-BB/CB", "Số {n}/BB-CB", "Số: {n} - BB/CB"),
            ("words_daypad", "slash_daypad"),
            ("gio_phut", "gio_phut_day"),
            ("plain", "padded"),
            ("{letter}.", "{number}/"),
            ("{roman}/ {upper}", "Phần {roman}. {title}"),
            (
                ("THƯ KÝ CUỘC HỌP", "CHỦ TRÌ CUỘC HỌP"),
                ("NGƯỜI GHI BIÊN BẢN", "T/M CHI ỦY|{role}"),
            ),
        ),
        Secretary(
            "T",
            ("*", "Số: {n}-BB/CB", ""),
            ("dot", "dot_padded", "slash_padded"),
            ("h", "h_spaced", "gio_pad"),
            ("plain", "small_words"),
            ("–", "{number}-"),
            ("{letter}/ {title}", "{letter}/ {upper}"),
            (
                ("THƯ KÝ BUỔI SINH HOẠT", "CHỦ TRÌ BUỔI SINH HOẠT"),
                ("NGƯỜI GHI CHÉP", "T/M CHI BỘ|{role}"),
                ("Thư ký", "Bí thư chi bộ"),
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
    mark: str
    heading: str
    purpose_key: str = "directives"

    @property
    def is_s(self) -> bool:
        return self.family.name == "S"

    def day(self, day: date) -> str:
        return say.write_date(day, style=self.date_style)

    def clock(self, hour_minute: tuple[int, int]) -> str:
        return say.write_clock(*hour_minute, style=self.clock_style)

    def n(self, count: int) -> str:
        return say.count(count, style=self.count_style)

    @property
    def purpose(self) -> str:
        """Why an extraordinary meeting was called, in the family's words."""
        return _PURPOSES[self.family.name][self.purpose_key]

    def head(self, index: int, title: str) -> str:
        """A part's heading: S numbers parts in Roman numerals, T in capital letters."""
        number = _ROMAN[index] if self.is_s else "ABCDEFGHIJKLMN"[index]
        return self.heading.format(roman=number, letter=number, title=title, upper=title.upper())

    def item(self, index: int) -> str:
        """The mark before an adopted item: "a.", "1/", "–", "1-"."""
        return self.mark.format(letter="abcdefghijklmnop"[index], number=index + 1)


def write_minutes(facts: Facts, rng: random.Random, *, family: str) -> str:
    """The minutes of `facts` in held-out `family`'s style, as layout-marked text."""
    style = HELDOUT_FAMILIES[family]
    pick = Pick(
        style,
        rng.choice(style.dates),
        rng.choice(style.clocks),
        rng.choice(style.counts),
        rng.choice(style.marks),
        rng.choice(style.headings),
        facts.purpose or "directives",
    )
    lines = _letterhead(facts, rng, pick) + [""] + _title(facts, rng, pick) + [""]
    lines += _s_minutes(facts, rng, pick) if pick.is_s else _t_minutes(facts, rng, pick)
    return "\n".join(lines + _signatures(facts, rng, pick)) + "\n"


def _letterhead(facts: Facts, rng: random.Random, pick: Pick) -> list[str]:
    head = facts.head_day
    number = rng.choice(pick.family.numbers).format(n=f"{rng.randint(1, 15):02d}")
    dated = f"{facts.unit.head_place}, ngày {head.day:02d} tháng {head.month:02d} năm {head.year}"
    if not pick.is_s and rng.random() < 0.5:
        dated = f"{facts.unit.head_place}, ngày {head.day} tháng {head.month} năm {head.year}"
    return [
        f"{facts.unit.parent.upper()} || ĐẢNG CỘNG SẢN VIỆT NAM",
        f"{facts.unit.branch.upper()} ||",
        f"{number} || {dated}",
    ]


def _title(facts: Facts, rng: random.Random, pick: Pick) -> list[str]:
    month, year, kind = facts.day.month, facts.day.year, facts.meeting_type
    quarter = _ROMAN[(month - 1) // 3]
    if pick.is_s:
        regular = rng.choice(
            [
                ["^BIÊN BẢN", f"^Họp chi bộ thường kỳ tháng {month:02d} năm {year}"],
                ["^BIÊN BẢN HỌP CHI BỘ", f"^Thường kỳ tháng {say.month_word(month)} năm {year}"],
            ]
        )
        return {
            "regular": regular,
            "thematic": ["^BIÊN BẢN", f"^Họp chi bộ chuyên đề quý {quarter} năm {year}"],
            "combined": [
                "^BIÊN BẢN",
                f"^Họp chi bộ thường kỳ tháng {month:02d} năm {year} và sinh hoạt chuyên đề",
            ],
            "extraordinary": ["^BIÊN BẢN", f"^Họp chi bộ bất thường về việc {pick.purpose}"],
        }[kind]
    name = f"^{facts.unit.branch.upper()}"
    return {
        "regular": ["^BIÊN BẢN SINH HOẠT", name, f"^Kỳ tháng {month}/{year}"],
        "thematic": ["^BIÊN BẢN SINH HOẠT CHUYÊN ĐỀ", name, f"^Quý {quarter} năm {year}"],
        "combined": [
            "^BIÊN BẢN SINH HOẠT",
            name,
            f"^Thường kỳ tháng {month}/{year} – Chuyên đề quý {quarter}",
        ],
        "extraordinary": ["^BIÊN BẢN HỌP BẤT THƯỜNG", name, f"^({say.capital(pick.purpose)})"],
    }[kind]


def _kind_words(facts: Facts) -> str:
    """What the opening says the meeting was: "thường kỳ tháng 4/2024", "bất thường"."""
    month, year = facts.day.month, facts.day.year
    quarter = _ROMAN[(month - 1) // 3]
    return {
        "regular": f"thường kỳ tháng {month}/{year}",
        "thematic": f"chuyên đề quý {quarter}/{year}",
        "combined": f"thường kỳ tháng {month}/{year}, kết hợp sinh hoạt chuyên đề",
        "extraordinary": "bất thường",
    }[facts.meeting_type]


def next_day(facts: Facts) -> date:
    return facts.day + timedelta(days=1)


def _signatures(facts: Facts, rng: random.Random, pick: Pick) -> list[str]:
    """Both sign with the minute-taker on the left; the right may sign for the cell."""
    left, right = rng.choice(pick.family.signatures)
    role = "BÍ THƯ" if facts.chair_role == "Bí thư chi bộ" else "PHÓ BÍ THƯ"
    if right == "Bí thư chi bộ" and role == "PHÓ BÍ THƯ":
        right = "Phó Bí thư chi bộ"
    right_head, _, right_under = right.format(role=role).partition("|")
    lines = ["", f"{left} || {right_head}"] + ([f"|| {right_under}"] if right_under else [])
    if pick.is_s and rng.random() < 0.35:
        lines.append("(Ký, ghi rõ họ tên) || (Ký, ghi rõ họ tên)")
    lines += ["||"] * rng.randint(1, 3)
    return lines + [f"{facts.secretary} || {facts.chair}"]


# S: the administrative minutes template ------------------------------------------------------


def _s_minutes(facts: Facts, rng: random.Random, pick: Pick) -> list[str]:
    lines = [_s_opening(facts, rng, pick)]
    if rng.random() < 0.5:
        lines += _s_members_list(facts, rng, pick)
    else:
        lines += _s_people_line(facts) + _s_roll_table(facts, rng, pick)
        guests = say.guests_text(facts, joiner=", ")
        if guests:
            lines.append(f"Có sự tham dự của {guests}.")
    for index, (title, said) in enumerate(parts.s_parts(facts, rng, pick)):
        lines += [pick.head(index, title), *said]
    return lines + _s_close(facts, rng, pick)


def _s_opening(facts: Facts, rng: random.Random, pick: Pick) -> str:
    """The date before the clock: "Ngày 03 tháng 4 năm 2024, lúc 19 giờ 30 phút, tại …"."""
    day, clock, kind = pick.day(facts.day), pick.clock(facts.start), _kind_words(facts)
    branch = facts.unit.branch
    if rng.random() < 0.5:
        return f"Ngày {day}, lúc {clock}, tại {facts.location}, {branch} họp {kind}."
    return (
        f"Vào ngày {day} ({say.weekday(facts.day)}), bắt đầu từ {clock}, {branch} tiến hành "
        f"họp {kind} tại {facts.location}."
    )


def _s_members_list(facts: Facts, rng: random.Random, pick: Pick) -> list[str]:
    """ "Thành phần gồm có:" 1. the chair, 2. the minute-taker, 3. the members, 4. guests."""
    clerk_role = f" – {facts.secretary_role}" if facts.secretary_role else ""
    lines = [
        "Thành phần gồm có:",
        f"1. Đồng chí {facts.chair} – {facts.chair_role}, chủ trì cuộc họp;",
        f"2. Đồng chí {facts.secretary}{clerk_role}, thư ký cuộc họp;",
        f"3. Đảng viên đến dự: {_s_present_clause(facts, rng, pick)}",
    ]
    guests = say.guests_text(facts, joiner=", ")
    lines[-1] += ";" if guests else "."
    if guests:
        lines.append(f"4. Khách mời: {guests}.")
    return lines + _s_absent_lines(facts, pick)


def _s_present_clause(facts: Facts, rng: random.Random, pick: Pick) -> str:
    """ "23 đồng chí trên tổng số 27 đảng viên của chi bộ (miễn sinh hoạt: 02 đồng chí)"."""
    n = pick.n
    said = f"{n(facts.present)} đồng chí trên tổng số {n(facts.total)} đảng viên của chi bộ"
    if facts.exempt is None:
        return said
    if facts.exempt == 0:
        return f"{said} (không có đồng chí nào được miễn sinh hoạt)"
    why = f", {rng.choice(EXEMPT_REASONS)}" if rng.random() < 0.5 else ""
    return f"{said} (miễn sinh hoạt: {n(facts.exempt)} đồng chí{why})"


def _s_absent_lines(facts: Facts, pick: Pick) -> list[str]:
    """ "Vắng mặt: không." or one absentee a line, or the two kinds counted."""
    n, absent = pick.n, facts.excused + facts.unexcused
    if not absent:
        return ["Vắng mặt: không."]
    excused, unexcused = say.absentees_by_reason(facts)
    if excused or unexcused:
        people = excused + unexcused
        ends = [";"] * (len(people) - 1) + ["."]
        return [f"Vắng mặt: {n(absent)} đồng chí, gồm:"] + [
            f"– Đồng chí {a.name}: {a.reason}{' (có lý do)' if a.excused else ''}{end}"
            for a, end in zip(people, ends, strict=True)
        ]
    split = f"có lý do {n(facts.excused)}, không lý do {n(facts.unexcused)}"
    return [f"Vắng mặt: {n(absent)} đồng chí ({split})."]


def _s_people_line(facts: Facts) -> list[str]:
    clerk_role = f" ({facts.secretary_role})" if facts.secretary_role else ""
    return [
        f"Chủ trì: đồng chí {facts.chair} ({facts.chair_role}) – Thư ký: đồng chí "
        f"{facts.secretary}{clerk_role}."
    ]


def _s_roll_table(facts: Facts, rng: random.Random, pick: Pick) -> list[str]:
    """The roll call as one table across the page, header over the counts."""
    n = pick.n
    cells = [("Tổng số đảng viên", facts.total)]
    if facts.exempt is not None:
        cells += [("Miễn sinh hoạt", facts.exempt), ("Phải dự", facts.total - facts.exempt)]
    cells += [("Có mặt", facts.present), ("Vắng có lý do", facts.excused)]
    cells.append(("Vắng không lý do", facts.unexcused))
    lines = [
        "Tình hình đảng viên dự họp:",
        "| " + " | ".join(label for label, _ in cells) + " |",
        "| " + " | ".join(n(value) for _, value in cells) + " |",
    ]
    due = facts.total - (facts.exempt or 0)
    if rng.random() < 0.6:
        lines.append(f"Tỷ lệ đảng viên dự họp: {percent(facts.present, due)}%.")
    excused, unexcused = say.absentees_by_reason(facts)
    if excused or unexcused:
        named = "; ".join(f"{a.name} ({a.reason})" for a in excused + unexcused)
        lines.append(f"Đảng viên vắng: {named}.")
    return lines


def _s_close(facts: Facts, rng: random.Random, pick: Pick) -> list[str]:
    copies = pick.n(rng.randint(2, 3))
    adopted = rng.choice(
        [
            f"Biên bản được lập thành {copies} bản, đã đọc lại cho các đồng chí dự họp cùng nghe "
            "và thống nhất ký tên.",
            "Biên bản đã đọc lại cho các đồng chí dự họp cùng nghe, nhất trí thông qua.",
        ]
    )
    if facts.end is None:
        return [adopted]
    clock = pick.clock(facts.end)
    if facts.end_next_day:
        return [f"Cuộc họp kết thúc hồi {clock} ngày {pick.day(next_day(facts))}.", adopted]
    if rng.random() < 0.6:
        return [f"Cuộc họp kết thúc hồi {clock} ngày {pick.day(facts.day)}.", adopted]
    return [f"Cuộc họp kết thúc hồi {clock} cùng ngày.", adopted]


# T: a cell's typed book -------------------------------------------------------------------------


def _t_minutes(facts: Facts, rng: random.Random, pick: Pick) -> list[str]:
    lines = _t_when(facts, rng, pick) + _t_people(facts, rng) + _t_roll(facts, rng, pick)
    guests = say.guests_text(facts, joiner=" – ")
    if guests:
        lines.append(f"Dự họp với chi bộ có: {guests}.")
    body = parts.t_parts(facts, rng, pick)
    if rng.random() < 0.45:
        lines += parts.t_agenda(body, rng)
    for index, (title, said) in enumerate(body):
        if index == len(body) - 1 and index >= 2 and rng.random() < 0.3:
            lines += ["<<page>>", "^- 2 -"]
        lines += [pick.head(index, title), *said]
    return lines + _t_close(facts, rng, pick)


def _t_when(facts: Facts, rng: random.Random, pick: Pick) -> list[str]:
    """The time as a range in one line: "Thời gian: từ 19h30 đến 21h15, ngày 3.4.2024."."""
    day, start = pick.day(facts.day), pick.clock(facts.start)
    weekday = f" ({say.weekday(facts.day)})" if rng.random() < 0.3 else ""
    if facts.end is None:
        span = f"bắt đầu từ {start}, ngày {day}{weekday}"
    elif facts.end_next_day:
        after = pick.day(next_day(facts))
        span = f"từ {start} ngày {day}{weekday} đến {pick.clock(facts.end)} ngày {after}"
    else:
        span = f"từ {start} đến {pick.clock(facts.end)}, ngày {day}{weekday}"
    if rng.random() < 0.55:
        return [f"Thời gian: {span}.", f"Nơi sinh hoạt: {say.capital(facts.location)}."]
    if facts.end is None:
        return [f"Buổi sinh hoạt bắt đầu lúc {start} ngày {day}{weekday}, tại {facts.location}."]
    return [f"Buổi sinh hoạt diễn ra {span}, tại {facts.location}."]


def _t_people(facts: Facts, rng: random.Random) -> list[str]:
    clerk_role = f" – {facts.secretary_role}" if facts.secretary_role else ""
    if rng.random() < 0.5:
        return [
            f"Chủ trì, điều hành: đồng chí {facts.chair} ({facts.chair_role}).",
            f"Ghi chép: đồng chí {facts.secretary}.",
        ]
    return [
        f"Đồng chí {facts.chair} – {facts.chair_role} – chủ trì; đồng chí {facts.secretary}"
        f"{clerk_role} – ghi chép biên bản."
    ]


def _t_roll(facts: Facts, rng: random.Random, pick: Pick) -> list[str]:
    """ "Số lượng đảng viên: tổng số 27 – miễn SH 02 – phải dự 25 – có mặt 23 – vắng 02 (…)"."""
    n, absent = pick.n, facts.excused + facts.unexcused
    counts = [f"tổng số {n(facts.total)}"]
    if facts.exempt:
        due = facts.total - facts.exempt
        counts += [f"miễn SH {n(facts.exempt)}", f"phải dự {n(due)}"]
    elif facts.exempt == 0:
        counts.append("không có đồng chí miễn SH")
    counts.append(f"có mặt {n(facts.present)}")
    if not absent:
        counts.append("không ai vắng")
    elif facts.excused and facts.unexcused:
        split = f"có lý do {n(facts.excused)}, không lý do {n(facts.unexcused)}"
        counts.append(f"vắng {n(absent)} ({split})")
    else:
        counts.append(f"vắng {n(absent)} ({'có lý do' if facts.excused else 'không lý do'})")
    lead = rng.choice(["Số lượng đảng viên: ", "Đảng viên: "])
    line = lead + " – ".join(counts)
    excused, unexcused = say.absentees_by_reason(facts)
    if excused or unexcused:
        named = "; ".join(f"{a.name} – {a.reason}" for a in excused + unexcused)
        return [f"{line}, gồm: {named}."]
    return [f"{line}."]


def _t_close(facts: Facts, rng: random.Random, pick: Pick) -> list[str]:
    lines = [
        rng.choice(
            [
                "Biên bản được đọc lại, các đồng chí dự họp nhất trí, không bổ sung gì thêm.",
                "Thư ký đọc lại biên bản, chi bộ nhất trí thông qua.",
            ]
        )
    ]
    if facts.end is not None and rng.random() < 0.35:
        tail = f" ngày {pick.day(next_day(facts))}" if facts.end_next_day else ""
        lines.append(f"Buổi sinh hoạt kết thúc lúc {pick.clock(facts.end)}{tail}.")
    return lines

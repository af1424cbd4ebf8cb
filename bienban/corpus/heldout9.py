"""Held-out template families W and X: two more secretaries' styles the extraction rules never saw.

HELD-OUT: people who write or tune extraction rules must not read this module,
`heldout9_parts.py`, `heldout9_phrases.py` or `tests/corpus/test_heldout9.py`, nor run extraction
on W/X documents while tuning. W and X are opt-in (`bienban corpus generate --families W,X`); the
default mix stays A–F, so existing seeds give the same corpus byte for byte.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta

from bienban.corpus import heldout9_parts as parts
from bienban.corpus import heldout9_phrases as say
from bienban.corpus.facts import Facts
from bienban.corpus.heldout2_phrases import EXEMPT_REASONS

_ROMAN = ("I", "II", "III", "IV")
_PURPOSES = {
    "W": {
        "member_development": "xem xét đề nghị kết nạp đảng viên",
        "inspection": "xem xét, thi hành kỷ luật đảng viên",
        "directives": "triển khai công việc đột xuất theo chỉ đạo của Đảng ủy",
    },
    "X": {
        "member_development": "xét kết nạp quần chúng ưu tú vào Đảng",
        "inspection": "kiểm điểm, xem xét kỷ luật đảng viên",
        "directives": "bàn biện pháp thực hiện chỉ đạo khẩn của cấp ủy cấp trên",
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
    signatures: tuple[tuple[str, str], ...]


HELDOUT_FAMILIES: dict[str, Secretary] = {
    s.name: s
    for s in (
        Secretary(
            "W",
            ("Số: {n}-BB/CB", "Số {n}/BB-CB"),
            ("dot", "dot_padded"),
            ("gio_bare", "colon"),
            ("digits_words", "digits_words"),
            (
                ("THƯ KÝ CUỘC HỌP", "CHỦ TRÌ CUỘC HỌP"),
                ("NGƯỜI LẬP BIÊN BẢN", "XÁC NHẬN CỦA CHỦ TRÌ"),
            ),
        ),
        Secretary(
            "X",
            ("Số: {n} -BB/CB", ""),
            ("slash_padded", "spelled"),
            ("g", "g_period"),
            ("words_digits", "words"),
            (("CHỦ TỌA", "THƯ KÝ"), ("TM. CHI BỘ|{role}", "THƯ KÝ BUỔI HỌP")),
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
    purpose_key: str = "directives"

    @property
    def is_w(self) -> bool:
        return self.family.name == "W"

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


def write_minutes(facts: Facts, rng: random.Random, *, family: str) -> str:
    """The minutes of `facts` in held-out `family`'s style, as layout-marked text."""
    style = HELDOUT_FAMILIES[family]
    pick = Pick(
        style,
        rng.choice(style.dates),
        rng.choice(style.clocks),
        rng.choice(style.counts),
        facts.purpose or "directives",
    )
    number = rng.choice(style.numbers).format(n=f"{rng.randint(1, 24):02d}")
    if pick.is_w:
        lines = _w_letterhead(facts, number) + [""] + _w_title(facts, rng, pick) + [""]
        lines += _w_minutes(facts, rng, pick)
    else:
        lines = _x_letterhead(facts, number) + [""] + _x_title(facts, rng, pick) + [""]
        lines += _x_minutes(facts, rng, pick) + ["", f"|| {_dated(facts)}"]
    return "\n".join(lines + _signatures(facts, rng, pick)) + "\n"


def _dated(facts: Facts) -> str:
    head = facts.head_day
    return f"{facts.unit.head_place}, ngày {head.day:02d} tháng {head.month:02d} năm {head.year}"


def next_day(facts: Facts) -> date:
    return facts.day + timedelta(days=1)


def _signatures(facts: Facts, rng: random.Random, pick: Pick) -> list[str]:
    """W: the secretary on the left; X: the chair on the left."""
    left, right = rng.choice(pick.family.signatures)
    role = "BÍ THƯ" if facts.chair_role == "Bí thư chi bộ" else "PHÓ BÍ THƯ"
    left_head, _, left_under = left.format(role=role).partition("|")
    lines = ["", f"{left_head} || {right}"]
    if left_under:
        lines.append(f"{left_under} ||")
    lines += ["||"] * rng.randint(2, 3)
    if pick.is_w:
        return lines + [f"{facts.secretary} || {facts.chair}"]
    return lines + [f"Đ/c {facts.chair} || Đ/c {facts.secretary}"]


# W: a typed form with lettered parts and tables --------------------------------------------


def _w_letterhead(facts: Facts, number: str) -> list[str]:
    return [
        f"{facts.unit.parent.upper()} || ĐẢNG CỘNG SẢN VIỆT NAM",
        f"{facts.unit.branch.upper()} || {_dated(facts)}",
        f"{number} ||",
    ]


def _w_title(facts: Facts, rng: random.Random, pick: Pick) -> list[str]:
    month, year = facts.day.month, facts.day.year
    quarter = _ROMAN[(month - 1) // 3]
    regular = rng.choice(
        [
            ["^BIÊN BẢN CUỘC HỌP CHI BỘ", f"^(Định kỳ tháng {month:02d} năm {year})"],
            ["^BIÊN BẢN CUỘC HỌP CHI BỘ", f"^Kỳ sinh hoạt tháng {month}/{year}"],
        ]
    )
    return {
        "regular": regular,
        "thematic": ["^BIÊN BẢN CUỘC HỌP CHI BỘ", f"^(Chuyên đề quý {quarter} năm {year})"],
        "combined": [
            "^BIÊN BẢN CUỘC HỌP CHI BỘ",
            f"^Thường kỳ tháng {month}/{year} và sinh hoạt chuyên đề",
        ],
        "extraordinary": [
            "^BIÊN BẢN CUỘC HỌP BẤT THƯỜNG CỦA CHI BỘ",
            f"^Về việc: {pick.purpose}",
        ],
    }[facts.meeting_type]


def _w_minutes(facts: Facts, rng: random.Random, pick: Pick) -> list[str]:
    lines = ["A/ THÀNH PHẦN DỰ HỌP", *_w_attendance(facts, rng, pick)]
    lines += ["B/ THỜI GIAN, ĐỊA ĐIỂM, ĐIỀU HÀNH", *_w_when(facts, rng, pick)]
    lines += ["C/ DIỄN BIẾN CUỘC HỌP"]
    for index, (title, said) in enumerate(parts.w_parts(facts, rng, pick)):
        lines += [f"{index + 1}- {title}:", *said]
    if rng.random() < 0.35:
        lines.append("<<page>>")
    lines += ["D/ NGHỊ QUYẾT CỦA CHI BỘ", *parts.w_resolution(facts, rng, pick)]
    return lines + _w_close(facts, rng, pick)


def _w_attendance(facts: Facts, rng: random.Random, pick: Pick) -> list[str]:
    """The counts as a table or in one sentence, then the absentees and the guests."""
    if rng.random() < 0.5:
        heads = ["Tổng số đảng viên", "Có mặt", "Vắng có phép", "Vắng không phép"]
        cells = [facts.total, facts.present, facts.excused, facts.unexcused]
        if facts.exempt is not None:
            heads.insert(1, "Miễn sinh hoạt")
            cells.insert(1, facts.exempt)
        lines = ["| " + " | ".join(heads) + " |", "| " + " | ".join(map(str, cells)) + " |"]
    else:
        lines = [_w_attendance_sentence(facts, rng, pick)]
    named = say.named_absentees(facts)
    if named:
        lines.append("| STT | Đảng viên vắng | Lý do | Có phép |")
        for i, person in enumerate(named):
            mark = "có" if person.excused else "không"
            lines.append(f"| {i + 1} | {person.name} | {person.reason} | {mark} |")
    guests = say.guests_text(facts, form="{who} ({role})")
    if guests:
        lines.append(f"Khách mời: {guests}.")
    return lines


def _w_attendance_sentence(facts: Facts, rng: random.Random, pick: Pick) -> str:
    n, absent = pick.n, facts.excused + facts.unexcused
    said = [f"Đảng viên của chi bộ: {n(facts.total)} đồng chí"]
    if facts.exempt == 0:
        said.append("không có đồng chí nào miễn sinh hoạt")
    elif facts.exempt:
        said.append(f"miễn sinh hoạt {n(facts.exempt)} ({rng.choice(EXEMPT_REASONS)})")
    said.append(f"có mặt {n(facts.present)}")
    if not absent:
        said.append("vắng: không")
    else:
        split = f"có phép {facts.excused}, không phép {facts.unexcused}"
        said.append(f"vắng {n(absent)} ({split})")
    return "; ".join(said) + "."


def _w_when(facts: Facts, rng: random.Random, pick: Pick) -> list[str]:
    start = f"{pick.clock(facts.start)}, {say.weekday(facts.day)} {pick.day(facts.day)}"
    clerk = f" ({facts.secretary_role})" if facts.secretary_role else ""
    if rng.random() < 0.5:
        return [
            f"| Bắt đầu | {start} |",
            f"| Địa điểm | {say.capital(facts.location)} |",
            f"| Chủ trì | Đ/c {facts.chair} – {facts.chair_role} |",
            f"| Thư ký | Đ/c {facts.secretary}{clerk} |",
        ]
    return [
        f"Cuộc họp bắt đầu vào {start}, tại {facts.location}.",
        f"Đ/c {facts.chair} ({facts.chair_role}) chủ trì; đ/c {facts.secretary}{clerk} làm thư ký.",
    ]


def _w_close(facts: Facts, rng: random.Random, pick: Pick) -> list[str]:
    signed = rng.choice(
        [
            "Biên bản lập thành 02 bản, đã đọc lại trước cuộc họp, mọi người nhất trí.",
            "Biên bản được đọc lại, chi bộ không bổ sung, nhất trí thông qua.",
        ]
    )
    if facts.end is None:
        return ["E/ KẾT THÚC", signed]
    clock = pick.clock(facts.end)
    if facts.end_next_day:
        ended = f"Cuộc họp kết thúc hồi {clock} ngày {pick.day(next_day(facts))} (qua nửa đêm)."
    else:
        ended = f"Cuộc họp kết thúc hồi {clock} cùng ngày."
    return ["E/ KẾT THÚC", ended, signed]


# X: a narrative in parts counted in words ---------------------------------------------------


def _x_letterhead(facts: Facts, number: str) -> list[str]:
    lines = [
        f"{facts.unit.parent.upper()} || ĐẢNG CỘNG SẢN VIỆT NAM",
        f"{facts.unit.branch.upper()} ||",
    ]
    return lines + ([f"{number} ||"] if number else [])


def _x_title(facts: Facts, rng: random.Random, pick: Pick) -> list[str]:
    month, year = facts.day.month, facts.day.year
    quarter = _ROMAN[(month - 1) // 3]
    return {
        "regular": ["^BIÊN BẢN BUỔI HỌP CHI BỘ", f"^Tháng {month} - {year}"],
        "thematic": ["^BIÊN BẢN BUỔI SINH HOẠT CHUYÊN ĐỀ", f"^Quý {quarter} - {year}"],
        "combined": [
            "^BIÊN BẢN BUỔI HỌP CHI BỘ",
            f"^Thường kỳ tháng {month} - {year}, lồng ghép chuyên đề",
        ],
        "extraordinary": ["^BIÊN BẢN BUỔI HỌP BẤT THƯỜNG", f"^({pick.purpose})"],
    }[facts.meeting_type]


def _x_minutes(facts: Facts, rng: random.Random, pick: Pick) -> list[str]:
    lines = [_x_opening(facts, rng, pick), *_x_people(facts, rng, pick)]
    body = parts.x_parts(facts, rng, pick)
    for index, (title, said) in enumerate(body):
        if index == len(body) - 1 and rng.random() < 0.4:
            lines += ["<<page>>", "^(Trang 2)"]
        lines += [f"* Phần thứ {parts.ORDINALS[index]}: {title}", *said]
    return lines + _x_close(facts, rng, pick)


def _x_opening(facts: Facts, rng: random.Random, pick: Pick) -> str:
    day, clock, weekday = pick.day(facts.day), pick.clock(facts.start), say.weekday(facts.day)
    where, branch = facts.location, facts.unit.branch
    if rng.random() < 0.5:
        return f"Vào lúc {clock} ngày {day} ({weekday}), tại {where}, {branch} tổ chức buổi họp."
    return f"Hôm nay, {weekday} ngày {day}, lúc {clock}, {branch} họp tại {where}."


def _x_people(facts: Facts, rng: random.Random, pick: Pick) -> list[str]:
    clerk = f", {facts.secretary_role}" if facts.secretary_role else ""
    if rng.random() < 0.5:
        lines = [
            f"Chủ tọa buổi họp: đ/c {facts.chair}, {facts.chair_role}.",
            f"Thư ký buổi họp: đ/c {facts.secretary}{clerk}.",
        ]
    else:
        lines = [
            f"Đ/c {facts.chair} ({facts.chair_role}) chủ tọa; đ/c {facts.secretary}{clerk} "
            "làm thư ký."
        ]
    lines += _x_roll(facts, rng, pick)
    guests = say.guests_text(facts, form="{who}, {role}")
    if guests:
        lines.append(f"Có sự tham dự của {guests}.")
    return lines


def _x_roll(facts: Facts, rng: random.Random, pick: Pick) -> list[str]:
    n, absent = pick.n, facts.excused + facts.unexcused
    lines = [f"Tổng số đảng viên trong chi bộ: {n(facts.total)} đồng chí."]
    if facts.exempt == 0:
        lines.append("Không có đồng chí nào được miễn sinh hoạt.")
    elif facts.exempt:
        lines.append(f"Được miễn sinh hoạt: {n(facts.exempt)} đồng chí.")
    lines.append(f"Hiện diện: {n(facts.present)} đồng chí.")
    named = say.named_absentees(facts)
    if not absent:
        lines.append("Vắng: không.")
    elif named:
        who = "; ".join(
            f"đ/c {a.name} – {a.reason} ({'có' if a.excused else 'không'} xin phép)" for a in named
        )
        lines.append(f"Vắng {n(absent)} đồng chí: {who}.")
    else:
        split = f"{n(facts.excused)} có xin phép, {n(facts.unexcused)} không xin phép"
        lines.append(f"Vắng {n(absent)} đồng chí ({split}).")
    return lines


def _x_close(facts: Facts, rng: random.Random, pick: Pick) -> list[str]:
    adopted = rng.choice(
        [
            "Biên bản đã được thông qua, các đồng chí dự họp thống nhất 100%.",
            "Thư ký đọc lại biên bản, buổi họp thống nhất thông qua.",
        ]
    )
    if facts.end is None:
        return [adopted]
    clock = pick.clock(facts.end)
    if facts.end_next_day:
        return [
            f"Buổi họp kết thúc vào lúc {clock} (sang ngày {pick.day(next_day(facts))}).",
            adopted,
        ]
    return [f"Buổi họp kết thúc vào lúc {clock} cùng ngày.", adopted]

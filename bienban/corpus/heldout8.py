"""Held-out template families U and V: two more secretaries' styles the extraction rules never saw.

HELD-OUT: people who write or tune extraction rules must not read this module,
`heldout8_parts.py`, `heldout8_phrases.py` or `tests/corpus/test_heldout8.py`, nor run extraction
on U/V documents while tuning. U and V are opt-in (`bienban corpus generate --families U,V`); the
default mix stays A–F, so existing seeds give the same corpus byte for byte.

U types the minutes as a report in decimal-numbered parts (1., 1.1., …): spoken 12-hour clocks
with the part of the day ("7 giờ rưỡi tối", "8 giờ kém 15 sáng"), "V/v" in the title of an
extraordinary meeting, the chair as "chủ tọa", counts with "đ/c" and "ĐV", absentees one a line
with whether the reason excuses, party fees among the formalities, and the adopted items
numbered under the conclusion's part. V keeps a cell's minutes book: parts headed "I- …", the
opening naming the part of the day and the weekday, 24-hour clocks with a tick ("19h30'"), the
chair named by what they did, absentees before those present, opinions numbered with the
speaker in brackets, the resolution sometimes continued on a second page, other business last,
and the place and date of writing at the foot, above the chair's signature on the left.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta

from bienban.corpus import heldout8_parts as parts
from bienban.corpus import heldout8_phrases as say
from bienban.corpus.facts import Facts
from bienban.corpus.heldout2_phrases import EXEMPT_REASONS
from bienban.corpus.words import period_word

_ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII")
_PURPOSES = {
    "U": {
        "member_development": "xét, đề nghị kết nạp quần chúng vào Đảng",
        "inspection": "xem xét kỷ luật đảng viên vi phạm",
        "directives": "triển khai ngay chỉ đạo của Đảng ủy",
    },
    "V": {
        "member_development": "bàn việc kết nạp đảng viên mới",
        "inspection": "xử lý kỷ luật đảng viên",
        "directives": "thực hiện nhiệm vụ cấp bách theo chỉ đạo cấp trên",
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
            "U",
            ("Số: {n}/BB-CB", "*", "Số {n} - BB/CB"),
            ("dash_daypad", "mong_words"),
            ("spoken", "twelve_phut"),
            ("padded", "plain"),
            (
                ("NGƯỜI GHI BIÊN BẢN", "CHỦ TỌA"),
                ("THƯ KÝ", "T/M CHI BỘ|{role}"),
            ),
        ),
        Secretary(
            "V",
            ("", "Số {n}/BB", ""),
            ("slash", "month_words"),
            ("h_tick", "gio_tick"),
            ("plain", "padded"),
            (
                ("CHỦ TRÌ", "THƯ KÝ"),
                ("T/M CHI BỘ|{role}", "NGƯỜI GHI"),
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
    purpose_key: str = "directives"

    @property
    def is_u(self) -> bool:
        return self.family.name == "U"

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
    if pick.is_u:
        lines = _u_letterhead(facts, rng, pick) + [""] + _u_title(facts, rng, pick) + [""]
        lines += _u_minutes(facts, rng, pick)
    else:
        at_foot = rng.random() < 0.6
        lines = _v_letterhead(facts, rng, pick, dated=not at_foot) + [""]
        lines += _v_title(facts, rng, pick) + [""] + _v_minutes(facts, rng, pick)
        if at_foot:
            lines += ["", f"|| {_dated(facts)}"]
    return "\n".join(lines + _signatures(facts, rng, pick)) + "\n"


def _dated(facts: Facts) -> str:
    head = facts.head_day
    return f"{facts.unit.head_place}, ngày {head.day:02d} tháng {head.month:02d} năm {head.year}"


def next_day(facts: Facts) -> date:
    return facts.day + timedelta(days=1)


def _signatures(facts: Facts, rng: random.Random, pick: Pick) -> list[str]:
    """U: the minute-taker on the left; V: the chair on the left."""
    left, right = rng.choice(pick.family.signatures)
    role = "BÍ THƯ" if facts.chair_role == "Bí thư chi bộ" else "PHÓ BÍ THƯ"
    left_head, _, left_under = left.format(role=role).partition("|")
    right_head, _, right_under = right.format(role=role).partition("|")
    lines = ["", f"{left_head} || {right_head}"]
    if left_under or right_under:
        lines.append(f"{left_under} || {right_under}")
    if not pick.is_u and rng.random() < 0.4:
        lines.append("(đã ký) || (đã ký)")
    lines += ["||"] * rng.randint(1, 3)
    if pick.is_u:
        return lines + [f"{facts.secretary} || {facts.chair}"]
    return lines + [f"{facts.chair} || {facts.secretary}"]


# U: a report in decimal-numbered parts --------------------------------------------------------


def _u_letterhead(facts: Facts, rng: random.Random, pick: Pick) -> list[str]:
    number = rng.choice(pick.family.numbers).format(n=f"{rng.randint(1, 20):02d}")
    return [
        f"{facts.unit.parent.upper()} || ĐẢNG CỘNG SẢN VIỆT NAM",
        f"{facts.unit.branch.upper()} || ———————",
        f"{number} || {_dated(facts)}",
    ]


def _u_title(facts: Facts, rng: random.Random, pick: Pick) -> list[str]:
    month, year = facts.day.month, facts.day.year
    quarter = _ROMAN[(month - 1) // 3]
    regular = rng.choice(
        [
            ["^BIÊN BẢN", f"^SINH HOẠT CHI BỘ ĐỊNH KỲ THÁNG {month}/{year}"],
            ["^BIÊN BẢN SINH HOẠT ĐỊNH KỲ", f"^Tháng {month:02d}/{year}"],
        ]
    )
    return {
        "regular": regular,
        "thematic": ["^BIÊN BẢN", f"^SINH HOẠT CHUYÊN ĐỀ QUÝ {quarter}/{year}"],
        "combined": [
            "^BIÊN BẢN",
            f"^SINH HOẠT THƯỜNG KỲ THÁNG {month}/{year} KẾT HỢP CHUYÊN ĐỀ",
        ],
        "extraordinary": ["^BIÊN BẢN HỌP CHI BỘ BẤT THƯỜNG", f"^V/v {pick.purpose}"],
    }[facts.meeting_type]


def _u_minutes(facts: Facts, rng: random.Random, pick: Pick) -> list[str]:
    upper = rng.random() < 0.5
    lines = [_u_head(1, "Thời gian, địa điểm", upper), *_u_when(facts, rng, pick)]
    lines += [_u_head(2, "Thành phần", upper), *_u_people(facts, rng, pick)]
    lines += [_u_head(3, "Nội dung", upper)]
    for index, (title, said) in enumerate(parts.u_parts(facts, rng, pick)):
        lines += [f"3.{index + 1}. {title}", *said]
    if rng.random() < 0.3:
        lines.append("<<page>>")
    lines += [_u_head(4, "Kết luận", upper), *parts.u_conclusion(facts, rng, pick)]
    return lines + _u_close(facts, rng, pick)


def _u_head(number: int, title: str, upper: bool) -> str:
    return f"{number}. {title.upper() if upper else title}"


def _u_when(facts: Facts, rng: random.Random, pick: Pick) -> list[str]:
    day, start, weekday = pick.day(facts.day), pick.clock(facts.start), say.weekday(facts.day)
    if rng.random() < 0.5:
        when = f"1.1. Thời gian: khai mạc lúc {start}, {weekday}, ngày {day}."
    else:
        when = f"1.1. Bắt đầu lúc {start} ngày {day} ({weekday})."
    return [when, f"1.2. Địa điểm: {say.capital(facts.location)}."]


def _u_people(facts: Facts, rng: random.Random, pick: Pick) -> list[str]:
    clerk = f", {facts.secretary_role}" if facts.secretary_role else ""
    if rng.random() < 0.5:
        lines = [
            f"2.1. Chủ tọa: đồng chí {facts.chair} – {facts.chair_role}.",
            f"2.2. Thư ký: đồng chí {facts.secretary}{clerk}.",
        ]
    else:
        lines = [
            f"2.1. Đồng chí {facts.chair}, {facts.chair_role}, chủ tọa.",
            f"2.2. Người ghi biên bản: đ/c {facts.secretary}{clerk}.",
        ]
    lines.append(f"2.3. {_u_attendance(facts, rng, pick)}")
    item = 4
    named = say.absentees_by_reason(facts)
    if named:
        lines.append(f"2.{item}. Đảng viên vắng mặt:")
        lines += [f"- Đ/c {a.name}: {say.reason_with_kind(a)}." for a in named]
        item += 1
    guests = say.guests_text(facts, joiner=", ")
    if guests:
        lines.append(f"2.{item}. Đại biểu dự: {guests}.")
        item += 1
    if facts.sections.get("fees"):
        lines.append(f"2.{item}. {parts.u_fees(facts, rng)}")
    return lines


def _u_attendance(facts: Facts, rng: random.Random, pick: Pick) -> str:
    """The counts in one sentence, with the kinds of absence told apart."""
    n, absent = pick.n, facts.excused + facts.unexcused
    if rng.random() < 0.5:
        said = [f"Tổng số ĐV của chi bộ: {n(facts.total)} đ/c"]
        if facts.exempt == 0:
            said.append("miễn sinh hoạt: không")
        elif facts.exempt:
            said.append(f"miễn sinh hoạt: {n(facts.exempt)} đ/c ({rng.choice(EXEMPT_REASONS)})")
        said.append(f"có mặt: {n(facts.present)} đ/c")
        said.append(
            f"vắng: {n(absent)} đ/c{_u_absent_kind(facts, pick)}" if absent else "vắng: không"
        )
        return "; ".join(said) + "."
    said = [f"Chi bộ có {n(facts.total)} đảng viên"]
    if facts.exempt == 0:
        said.append("không có đảng viên được miễn sinh hoạt")
    elif facts.exempt:
        said.append(f"trong đó {n(facts.exempt)} đồng chí được miễn sinh hoạt đảng")
    said.append(f"dự họp {n(facts.present)} đồng chí")
    if absent:
        said.append(f"vắng {n(absent)} đồng chí{_u_absent_kind(facts, pick)}")
    else:
        said.append("không có đồng chí nào vắng")
    return "; ".join(said) + "."


def _u_absent_kind(facts: Facts, pick: Pick) -> str:
    if facts.excused and facts.unexcused:
        return f" (có lý do: {pick.n(facts.excused)}; không lý do: {pick.n(facts.unexcused)})"
    both = "đều " if facts.excused + facts.unexcused > 1 else ""
    return f" ({both}có lý do)" if facts.excused else f" ({both}không có lý do)"


def _u_close(facts: Facts, rng: random.Random, pick: Pick) -> list[str]:
    adopted = rng.choice(
        [
            "Biên bản đã được thông qua trước chi bộ, các đồng chí dự họp nhất trí.",
            f"Biên bản gồm {pick.n(rng.randint(2, 4))} trang, đã đọc lại và được chi bộ thông qua.",
        ]
    )
    if facts.end is None:
        return [adopted]
    clock = pick.clock(facts.end)
    if facts.end_next_day:
        return [f"Hội nghị kết thúc lúc {clock} ngày {pick.day(next_day(facts))}.", adopted]
    return [f"Hội nghị kết thúc lúc {clock} cùng ngày.", adopted]


# V: a cell's minutes book ----------------------------------------------------------------------


def _v_letterhead(facts: Facts, rng: random.Random, pick: Pick, *, dated: bool) -> list[str]:
    number = rng.choice(pick.family.numbers).format(n=rng.randint(1, 12))
    right = _dated(facts) if dated else ""
    lines = [
        f"{facts.unit.parent.upper()} || ĐẢNG CỘNG SẢN VIỆT NAM",
        f"{facts.unit.branch.upper()} || {right}".rstrip(),
    ]
    return lines + ([f"{number} ||"] if number else [])


def _v_title(facts: Facts, rng: random.Random, pick: Pick) -> list[str]:
    month, year = facts.day.month, facts.day.year
    quarter = _ROMAN[(month - 1) // 3]
    regular = rng.choice(
        [
            ["^BIÊN BẢN HỌP CHI BỘ", f"^Kỳ họp thường lệ tháng {month} năm {year}"],
            [f"^BIÊN BẢN HỌP CHI BỘ THÁNG {month:02d}/{year}"],
        ]
    )
    return {
        "regular": regular,
        "thematic": ["^BIÊN BẢN HỌP CHI BỘ", f"^(Sinh hoạt chuyên đề quý {quarter} năm {year})"],
        "combined": [
            "^BIÊN BẢN HỌP CHI BỘ",
            f"^Kỳ họp thường kỳ tháng {month}/{year} (có nội dung chuyên đề)",
        ],
        "extraordinary": [
            "^BIÊN BẢN HỌP CHI BỘ BẤT THƯỜNG",
            f"^Nội dung: {pick.purpose}",
        ],
    }[facts.meeting_type]


def _v_minutes(facts: Facts, rng: random.Random, pick: Pick) -> list[str]:
    lines = [_v_opening(facts, rng, pick), *_v_people(facts, rng)]
    lines += _v_attendance(facts, rng, pick)
    guests = say.guests_text(facts, joiner=" – ")
    if guests:
        lines.append(f"Về dự có: {guests}.")
    body = parts.v_parts(facts, rng, pick)
    for index, (title, said) in enumerate(body):
        if index == len(body) - 1 and len(said) > 3 and rng.random() < 0.35:
            lines += ["<<page>>", "^(tiếp theo trang 1)"]
        lines += [f"{_ROMAN[index]}- {title.upper()}", *said]
    return lines + _v_close(facts, rng, pick)


def _v_opening(facts: Facts, rng: random.Random, pick: Pick) -> str:
    """ "Tối thứ Tư, ngày 3/4/2024, hồi 19h30', tại …" or "Đúng 19h30' ngày …"."""
    day, clock = pick.day(facts.day), pick.clock(facts.start)
    part = say.capital(period_word(facts.start[0]))
    where, branch = facts.location, facts.unit.branch
    if rng.random() < 0.5:
        return (
            f"{part} {say.weekday(facts.day)}, ngày {day}, hồi {clock}, {branch} họp tại {where}."
        )
    return f"Đúng {clock} ngày {day}, tại {where}, {branch} tiến hành cuộc họp."


def _v_people(facts: Facts, rng: random.Random) -> list[str]:
    clerk = f" ({facts.secretary_role})" if facts.secretary_role else ""
    if rng.random() < 0.5:
        return [f"Chủ trì: đ/c {facts.chair} ({facts.chair_role}) || Thư ký: đ/c {facts.secretary}"]
    return [
        f"Đồng chí {facts.chair}, {facts.chair_role}, tuyên bố lý do và điều hành cuộc họp; "
        f"đồng chí {facts.secretary}{clerk} ghi biên bản."
    ]


def _v_attendance(facts: Facts, rng: random.Random, pick: Pick) -> list[str]:
    """Those away first, then those present against the cell's total."""
    n, absent = pick.n, facts.excused + facts.unexcused
    named = say.absentees_by_reason(facts)
    if not absent:
        away = "Vắng mặt: không có."
    elif named:
        away = f"Vắng mặt {n(absent)} đồng chí: " + "; ".join(
            f"{a.name} ({say.reason_with_kind(a)})" for a in named
        )
        away += "."
    elif facts.excused and facts.unexcused:
        split = f"{n(facts.excused)} có lý do, {n(facts.unexcused)} không lý do"
        away = f"Vắng mặt {n(absent)} đồng chí ({split})."
    else:
        kind = "có lý do" if facts.excused else "không lý do"
        away = f"Vắng mặt {n(absent)} đồng chí ({kind})."
    exempt = ""
    if facts.exempt == 0:
        exempt = ", không có ai miễn sinh hoạt"
    elif facts.exempt:
        exempt = f", miễn sinh hoạt {n(facts.exempt)}"
    if rng.random() < 0.5:
        present = f"Có mặt {n(facts.present)} trên tổng số {n(facts.total)} đảng viên{exempt}."
    else:
        present = f"Có mặt: {n(facts.present)}/{n(facts.total)} đảng viên{exempt}."
    return [away, present]


def _v_close(facts: Facts, rng: random.Random, pick: Pick) -> list[str]:
    read = rng.choice(
        [
            "Biên bản ghi xong, đọc lại cho chi bộ nghe, không ai có ý kiến khác.",
            "Thư ký đọc lại biên bản; chi bộ nhất trí, không sửa đổi.",
        ]
    )
    if facts.end is None:
        return [read]
    clock = pick.clock(facts.end)
    if facts.end_next_day:
        return [f"Cuộc họp bế mạc lúc {clock} rạng ngày {pick.day(next_day(facts))}.", read]
    return [f"Cuộc họp bế mạc lúc {clock} cùng ngày.", read]

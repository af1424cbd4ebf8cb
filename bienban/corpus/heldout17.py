"""Held-out template families AM and AN: two further secretaries' hands, written after AK and
AL.

HELD-OUT: this module, `heldout17_parts.py`, `heldout17_phrases.py` and
`tests/corpus/test_heldout17.py` are closed to whoever writes or tunes the extraction rules, and
AM/AN documents must not be run through extraction while tuning. Both are opt-in (`bienban
corpus generate --families AM,AN`): the default mix stays A–F, and existing seeds still give
byte-identical corpora.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from functools import partial

from bienban.corpus import heldout17_parts as parts
from bienban.corpus import heldout17_phrases as say
from bienban.corpus.facts import Facts
from bienban.corpus.heldout2_phrases import EXEMPT_REASONS, guest_name
from bienban.corpus.heldout11 import Hand
from bienban.corpus.heldout17_parts import Pen
from bienban.corpus.heldout_phrases import weekday_name

_PURPOSES = {
    "AM": {
        "member_development": "xét đề nghị kết nạp quần chúng vào Đảng",
        "inspection": "xem xét hình thức kỷ luật đối với đảng viên vi phạm",
        "directives": "triển khai ngay chỉ đạo khẩn của cấp ủy cấp trên",
    },
    "AN": {
        "member_development": "xét đề nghị kết nạp đảng viên",
        "inspection": "xem xét kỷ luật đảng viên",
        "directives": "triển khai chỉ đạo khẩn của Đảng ủy",
    },
}
LEADERS = (".....", "……", "........")

# Each hand's forms of a date, a clock and a count.
HELDOUT_FAMILIES: dict[str, Hand] = {
    "AM": Hand(
        "AM",
        {
            "date": ("words", "slash_padded", "dot"),
            "clock": ("dung", "afternoon", "hm"),
            "count": ("digits", "both"),
        },
    ),
    "AN": Hand(
        "AN",
        {
            "date": ("slash", "dotted"),
            "clock": ("gio", "spoken", "h_period"),
            "count": ("words", "digits"),
        },
    ),
}


def write_minutes(facts: Facts, rng: random.Random, *, family: str) -> str:
    """The minutes of `facts` in held-out `family`'s style, as layout-marked text."""
    style = {kind: rng.choice(forms) for kind, forms in HELDOUT_FAMILIES[family].forms.items()}
    field: Callable[[str], str] = str
    if family == "AN":
        field = partial(say.dotted, leader=rng.choice(LEADERS), tight=rng.random() < 0.35)
    pen = Pen(
        family,
        partial(say.write_date, style=style["date"]),
        lambda hour_minute: say.write_clock(*hour_minute, style=style["clock"]),
        partial(say.count, style=style["count"]),
        field,
        _PURPOSES[family][facts.purpose or "directives"],
    )
    lines = _am_minutes(facts, rng, pen) if family == "AM" else _an_minutes(facts, rng, pen)
    return "\n".join(lines) + "\n"


def _guests(facts: Facts) -> str:
    """The named guests, each with the role, or the unnamed representative."""
    if facts.guests:
        named = (f"{say.lower_first(guest_name(name, {}))}, {role}" for name, role in facts.guests)
        return "; ".join(named)
    return facts.unnamed_guest or ""


def _what(facts: Facts, pen: Pen) -> str:
    """The meeting as AM names it in its opening."""
    month, year = say.month_label(facts.day), facts.day.year
    roman = say.ROMAN[say.quarter(facts.day) - 1]
    return {
        "regular": f"buổi sinh hoạt định kỳ tháng {month}",
        "thematic": f"buổi sinh hoạt chuyên đề quý {roman} năm {year}",
        "combined": f"buổi sinh hoạt định kỳ tháng {month} kết hợp sinh hoạt chuyên đề",
        "extraordinary": f"cuộc họp bất thường về việc {pen.purpose}",
    }[facts.meeting_type]


# AM: a school or clinic cell's typed minutes, each part one flowing paragraph -----------------


def _am_minutes(facts: Facts, rng: random.Random, pen: Pen) -> list[str]:
    lines = [*_am_head(facts, rng, pen), "", *_am_title(facts), ""]
    lines += [_am_opening(facts, rng, pen), _am_roll(facts, rng, pen)]
    lines += parts.am_reports(facts, rng, pen)
    lines.append(parts.am_talk(facts, pen))
    lines += ["<<page>>"] if rng.random() < 0.25 else []
    lines += parts.am_conclusion(facts, rng)
    lines += parts.vote(facts, pen)
    later = facts.sections.get("next_meeting")
    if later is not None:
        lines.append(f"Chi bộ thống nhất lần sinh hoạt tới sẽ tiến hành vào ngày {pen.day(later)}.")
    return lines + _am_close(facts, rng, pen) + _am_signatures(facts, rng)


def _am_head(facts: Facts, rng: random.Random, pen: Pen) -> list[str]:
    place = f"{facts.unit.head_place}, ngày {pen.day(facts.head_day)}"
    parent, branch = facts.unit.parent.upper(), facts.unit.branch.upper()
    if rng.random() < 0.5:
        return [f"{parent} || ĐẢNG CỘNG SẢN VIỆT NAM", f"{branch} || {place}"]
    return [f"{parent} || ĐẢNG CỘNG SẢN VIỆT NAM", f"{branch} || ________", f"* || {place}"]


def _am_title(facts: Facts) -> list[str]:
    month, year = facts.day.month, facts.day.year
    roman = say.ROMAN[say.quarter(facts.day) - 1]
    return {
        "regular": ["^BIÊN BẢN SINH HOẠT CHI BỘ ĐỊNH KỲ", f"^Tháng {month} năm {year}"],
        "thematic": ["^BIÊN BẢN SINH HOẠT CHUYÊN ĐỀ", f"^Quý {roman} năm {year}"],
        "combined": [
            f"^BIÊN BẢN SINH HOẠT CHI BỘ ĐỊNH KỲ THÁNG {month}/{year}",
            "^(có kết hợp sinh hoạt chuyên đề)",
        ],
        "extraordinary": ["^BIÊN BẢN HỌP CHI BỘ BẤT THƯỜNG"],
    }[facts.meeting_type]


def _am_opening(facts: Facts, rng: random.Random, pen: Pen) -> str:
    """One paragraph: when, where, what, who chaired and who wrote, and the guests."""
    day, weekday, clock = pen.day(facts.day), weekday_name(facts.day), pen.clock(facts.start)
    clerk = f", {facts.secretary_role}" if facts.secretary_role else ""
    what = _what(facts, pen)
    if rng.random() < 0.5:
        said = (
            f"Vào {weekday}, ngày {day}, tại {facts.location}, {facts.unit.branch} tiến hành "
            f"{what}. Buổi họp bắt đầu lúc {clock}, do đồng chí {facts.chair} – "
            f"{facts.chair_role} – chủ trì, đồng chí {facts.secretary}{clerk}"
            f"{',' if clerk else ''} làm thư ký."
        )
    else:
        said = (
            f"Thực hiện kế hoạch của chi ủy, {what} của {facts.unit.branch} được tổ chức vào "
            f"lúc {clock}, {weekday}, ngày {day}, tại {facts.location}. Chủ trì là đồng chí "
            f"{facts.chair} ({facts.chair_role}); thư ký ghi biên bản là đồng chí "
            f"{facts.secretary}{clerk}."
        )
    guests = _guests(facts)
    return f"{said} Đến dự và chỉ đạo có {guests}." if guests else said


def _am_away(facts: Facts, pen: Pen) -> str:
    """Who was away, how many of them with a reason, and by name when all are known."""
    absent = facts.excused + facts.unexcused
    if not absent:
        return ", không có đồng chí nào vắng mặt."
    if facts.excused and facts.unexcused:
        kinds = f"{pen.n(facts.excused)} có lý do, {pen.n(facts.unexcused)} không có lý do"
    else:
        kinds = "có lý do" if facts.excused else "không có lý do"
        kinds = f"đều {kinds}" if absent > 1 else kinds
    said = f", vắng {pen.n(absent)} đồng chí ({kinds})."
    if say.named_absentees(facts):
        said += " Vắng mặt: "
        said += "; ".join(f"đồng chí {a.name} ({a.reason})" for a in facts.absentees) + "."
    return said


def _am_roll(facts: Facts, rng: random.Random, pen: Pen) -> str:
    """One paragraph with the counts: the members, the exempt, present over due, the absent."""
    n = pen.n
    exempt = ""
    if facts.exempt == 0:
        exempt = ", không có đồng chí nào được miễn sinh hoạt"
    elif facts.exempt:
        reason = rng.choice(EXEMPT_REASONS)
        exempt = f", trong đó {n(facts.exempt)} đồng chí được miễn sinh hoạt đảng vì {reason}"
    official = ""
    probationary = rng.choice([0, 0, 1, 2]) if facts.total > 6 else 0
    if probationary:
        official = f" (chính thức {n(facts.total - probationary)}, dự bị {n(probationary)})"
    due = facts.total - (facts.exempt or 0)
    if rng.random() < 0.5 and facts.present <= due:
        said = f"Chi bộ hiện có {n(facts.total)} đảng viên{official}{exempt}. "
        said += f"Có mặt {facts.present}/{due} đồng chí"
    else:
        said = f"Tổng số đảng viên của chi bộ là {n(facts.total)} đồng chí{official}{exempt}; "
        said += f"số đồng chí dự họp là {n(facts.present)}"
    return said + _am_away(facts, pen)


def _am_close(facts: Facts, rng: random.Random, pen: Pen) -> list[str]:
    read = rng.choice(
        [
            "Biên bản được thư ký đọc lại trước chi bộ; các đồng chí dự họp không bổ sung gì "
            "thêm và nhất trí thông qua.",
            "Thư ký đọc lại toàn văn biên bản, chi bộ nhất trí thông qua.",
        ]
    )
    if facts.end is None:
        return [read]
    when = f"ngày {pen.day(say.next_day(facts))}" if facts.end_next_day else "cùng ngày"
    meeting = "Cuộc họp" if facts.meeting_type == "extraordinary" else "Buổi sinh hoạt"
    ended = f"{meeting} kết thúc lúc {pen.clock(facts.end)} {when}."
    return [read, ended] if rng.random() < 0.5 else [ended, read]


def _am_signatures(facts: Facts, rng: random.Random) -> list[str]:
    sign = ["(Ký, ghi rõ họ tên) || (Ký, ghi rõ họ tên)"] if rng.random() < 0.3 else []
    names = f"{facts.secretary} || {facts.chair}"
    if rng.random() < 0.5:
        return ["", "THƯ KÝ || CHỦ TRÌ", *sign, "||", "||", names]
    role = "PHÓ BÍ THƯ" if facts.chair_role.startswith("Phó") else "BÍ THƯ"
    return ["", "THƯ KÝ || T/M CHI BỘ", f"|| {role}", *sign, "||", "||", names]


# AN: a residential cell's bound minutes book, a printed form filled in by hand ---------------


def _an_minutes(facts: Facts, rng: random.Random, pen: Pen) -> list[str]:
    lines = [*_an_head(facts, rng, pen), "", *_an_title(facts, pen), ""]
    lines += _an_form(facts, rng, pen) + _an_roll(facts, rng, pen) + _an_absentees(facts, rng)
    steps = _an_steps(facts, rng, pen)
    if rng.random() < 0.7:
        lines += ["Chương trình họp:"]
        lines += [f"{i + 1}. {label}." for i, (label, _) in enumerate(steps[1:-1])]
    lines += _an_timeline(facts, rng, pen, steps)
    later = facts.sections.get("next_meeting")
    if later is not None:
        said = pen.day(later)
        said = f"ngày {said}" if "tháng" in said else pen.field(said)
        lines.append(f"Ngày họp kỳ tới (dự kiến): {said}")
    return lines + _an_signatures(facts, rng)


def _an_head(facts: Facts, rng: random.Random, pen: Pen) -> list[str]:
    parent, branch = facts.unit.parent, facts.unit.branch
    if rng.random() < 0.5:
        parent, branch = parent.upper(), branch.upper()
    place = f"{facts.unit.head_place}, ngày {pen.day(facts.head_day)}"
    lines = [f"{parent} || ĐẢNG CỘNG SẢN VIỆT NAM", f"{branch} || {place}"]
    if rng.random() < 0.4:
        lines.append(f"Số: {rng.randint(1, 24)}/BB-CB ||")
    return lines


def _an_title(facts: Facts, pen: Pen) -> list[str]:
    month, year = facts.day.month, facts.day.year
    return {
        "regular": ["^BIÊN BẢN", "^SINH HOẠT CHI BỘ HẰNG THÁNG", f"^Tháng {month} năm {year}"],
        "thematic": [
            "^BIÊN BẢN",
            "^SINH HOẠT CHUYÊN ĐỀ CỦA CHI BỘ",
            f"^Quý {say.quarter(facts.day)} năm {year}",
        ],
        "combined": [
            "^BIÊN BẢN",
            "^SINH HOẠT CHI BỘ HẰNG THÁNG KẾT HỢP CHUYÊN ĐỀ",
            f"^Tháng {month} năm {year}",
        ],
        "extraordinary": ["^BIÊN BẢN", "^HỌP CHI BỘ BẤT THƯỜNG", f"^Nội dung: {pen.purpose}"],
    }[facts.meeting_type]


def _an_form(facts: Facts, rng: random.Random, pen: Pen) -> list[str]:
    """The form's first blanks: the day, the start, the place, who chaired and wrote, guests."""
    f = pen.field
    clerk = f" ({facts.secretary_role})" if facts.secretary_role else ""
    lines = [
        f"Hôm nay, ngày {pen.day(facts.day)} ({weekday_name(facts.day)})",
        f"Bắt đầu lúc: {f(pen.clock(facts.start))}",
        f"Địa điểm: {f(facts.location)}",
        f"Chủ trì: {f(f'đ/c {facts.chair} – {facts.chair_role}')}",
        f"Thư ký: {f(f'đ/c {facts.secretary}{clerk}')}",
    ]
    guests = _guests(facts)
    if guests:
        lines.append(f"Đại biểu dự: {f(guests)}")
    return lines


def _an_roll(facts: Facts, rng: random.Random, pen: Pen) -> list[str]:
    """The counts on their dotted lines, or in a ruled grid (figures only)."""
    f, n = pen.field, pen.n
    absent = facts.excused + facts.unexcused
    due = facts.total - (facts.exempt or 0)
    if rng.random() < 0.35:
        cells = [("Tổng số", facts.total)]
        if facts.exempt is not None:
            cells += [("Được miễn", facts.exempt), ("Phải dự", due)]
        cells += [("Có mặt", facts.present), ("Vắng có lý do", facts.excused)]
        cells.append(("Vắng không lý do", facts.unexcused))
        return [
            "Số lượng đảng viên (đ/c):",
            "| " + " | ".join(label for label, _ in cells) + " |",
            "| " + " | ".join(str(value) for _, value in cells) + " |",
        ]
    said = f"Tổng số đảng viên: {f(n(facts.total))} đ/c"
    if facts.exempt is not None:
        said += f"; miễn sinh hoạt: {f(n(facts.exempt))} đ/c"
    if rng.random() < 0.4 and facts.present <= due:
        present = f"Có mặt: {f(f'{facts.present}/{due}')} đ/c"
    else:
        present = f"Có mặt: {f(n(facts.present))} đ/c"
    present += f"; vắng: {f(n(absent))} đ/c"
    if absent:
        present += f" (có lý do: {f(n(facts.excused))}; không lý do: {f(n(facts.unexcused))})"
    return [said, present]


def _an_absentees(facts: Facts, rng: random.Random) -> list[str]:
    """Each absentee by name with the reason and whether leave was asked, when all are known."""
    if not say.named_absentees(facts):
        return []
    if rng.random() < 0.5:
        rows = [
            f"| {i + 1} | {a.name} | {a.reason} | {'có' if a.excused else 'không'} |"
            for i, a in enumerate(facts.absentees)
        ]
        return ["Đảng viên vắng mặt:", "| STT | Họ và tên | Lý do | Xin phép |", *rows]
    return [f"Vắng: {'; '.join(f'đ/c {a.name} ({a.reason})' for a in facts.absentees)}."]


def _an_steps(facts: Facts, rng: random.Random, pen: Pen) -> list[tuple[str, list[str]]]:
    """The meeting's steps, each with what was noted under it: the opening, the reports, the
    discussion, the tasks (and the vote), the close."""
    close = "Biên bản đọc lại cho chi bộ nghe, chi bộ nhất trí."
    return [
        ("Khai mạc; điểm danh; thông qua chương trình", []),
        *parts.an_reports(facts, rng, pen),
        ("Thảo luận", parts.an_talk(facts, pen)),
        (parts.an_lead(facts), [*parts.an_items(facts, rng), *parts.vote(facts, pen)]),
        ("Thông qua biên bản; bế mạc", [close]),
    ]


def _step_clocks(facts: Facts, steps: int) -> list[tuple[int, int] | None]:
    """A clock for each step, from the start to the end, on the five minutes; None where two
    steps would share a clock."""
    assert facts.end is not None and facts.duration_minutes is not None
    start = facts.start[0] * 60 + facts.start[1]
    clocks: list[tuple[int, int] | None] = [facts.start]
    last = 0
    for index in range(1, steps - 1):
        offset = facts.duration_minutes * index // (steps - 1) // 5 * 5
        if last < offset < facts.duration_minutes:
            minutes = (start + offset) % 1440
            clocks.append((minutes // 60, minutes % 60))
            last = offset
        else:
            clocks.append(None)
    return [*clocks, facts.end]


def _an_timeline(
    facts: Facts, rng: random.Random, pen: Pen, steps: list[tuple[str, list[str]]]
) -> list[str]:
    """The steps in order, each led by the clock it began at (when the end is known and the
    secretary kept the clock), else by a bullet; the end on the last step or its own line."""
    clocked = facts.end is not None and rng.random() < 0.6
    clocks = _step_clocks(facts, len(steps)) if clocked else [None] * len(steps)
    after = f" (sang ngày {pen.day(say.next_day(facts))})" if facts.end_next_day else ""
    lines = ["Nội dung buổi họp (ghi theo giờ):" if clocked else "Nội dung buổi họp:"]
    for index, ((label, notes), clock) in enumerate(zip(steps, clocks, strict=True)):
        tail = after if clocked and index == len(steps) - 1 else ""
        lines.append(f"{pen.clock(clock)}: {label}{tail}." if clock else f"* {label}.")
        lines += notes
    if facts.end is not None and not clocked:
        when = f"ngày {pen.day(say.next_day(facts))}" if facts.end_next_day else "cùng ngày"
        lines.append(f"Bế mạc lúc: {pen.field(pen.clock(facts.end))}, {when}.")
    return lines


def _an_signatures(facts: Facts, rng: random.Random) -> list[str]:
    sign = ["(ký, ghi rõ họ tên) || (ký, ghi rõ họ tên)"] if rng.random() < 0.5 else []
    return [
        "",
        f"Thư ký || {facts.chair_role}",
        *sign,
        *(["||"] * rng.randint(1, 2)),
        f"{facts.secretary} || {facts.chair}",
    ]

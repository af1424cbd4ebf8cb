"""Held-out template families AW and AX: two further secretaries' hands, written after AU and
AV.

HELD-OUT: this module, `heldout22_parts.py`, `heldout22_phrases.py` and
`tests/corpus/test_heldout22.py` are closed to whoever writes or tunes the extraction rules, and
AW/AX documents must not be run through extraction while tuning. Both are opt-in (`bienban
corpus generate --families AW,AX`): the default mix stays A–F, and existing seeds still give
byte-identical corpora.
"""

from __future__ import annotations

import random
from datetime import timedelta
from functools import partial

from bienban.corpus import heldout22_parts as parts
from bienban.corpus import heldout22_phrases as say
from bienban.corpus.facts import Facts
from bienban.corpus.heldout2_phrases import guest_name
from bienban.corpus.heldout11 import Hand
from bienban.corpus.heldout22_parts import Pen
from bienban.corpus.heldout_phrases import weekday_name

_PURPOSES = {
    "member_development": "xét đề nghị kết nạp đảng viên",
    "inspection": "xem xét kỷ luật đảng viên",
    "directives": "triển khai nhiệm vụ đột xuất",
}

# Each hand's forms of a date, a clock and a count.
HELDOUT_FAMILIES: dict[str, Hand] = {
    "AW": Hand(
        "AW",
        {
            "date": ("slash", "slash_pad"),
            "clock": ("g", "gio_period"),
            "count": ("digits", "words"),
        },
    ),
    "AX": Hand(
        "AX",
        {
            "date": ("dash_bare", "words_daypad"),
            "clock": ("h_compact", "gio_phut_pad"),
            "count": ("pad", "digits"),
        },
    ),
}


def write_minutes(facts: Facts, rng: random.Random, *, family: str) -> str:
    """The minutes of `facts` in held-out `family`'s style, as layout-marked text."""
    style = {kind: rng.choice(forms) for kind, forms in HELDOUT_FAMILIES[family].forms.items()}
    pen = Pen(
        family,
        partial(say.write_date, style=style["date"]),
        lambda hour_minute: say.write_clock(*hour_minute, style=style["clock"]),
        partial(say.count, style=style["count"]),
    )
    lines = _aw_minutes(facts, rng, pen) if family == "AW" else _ax_minutes(facts, rng, pen)
    return "\n".join(lines) + "\n"


def named_absentees(facts: Facts) -> bool:
    """Whether every absentee is known by name (the minutes then give each one)."""
    return bool(facts.absentees) and len(facts.absentees) == facts.excused + facts.unexcused


def _end_day(facts: Facts, pen: Pen) -> str:
    """ "cùng ngày", or the next day's date for a meeting that went past midnight."""
    return f"ngày {pen.day(facts.day + timedelta(days=1))}" if facts.end_next_day else "cùng ngày"


def _role(facts: Facts) -> str:
    return "PHÓ BÍ THƯ" if facts.chair_role.startswith("Phó") else "BÍ THƯ"


def _clerk(facts: Facts) -> str:
    return f" ({facts.secretary_role})" if facts.secretary_role else ""


def _title(facts: Facts, *, lead: str) -> list[str]:
    """The title's second line: the kind of meeting, its month or quarter."""
    day = facts.day
    month = f"tháng {day.month}/{day.year}"
    quarter = f"quý {say.ROMAN[say.quarter(day) - 1]}/{day.year}"
    theme = "Kỳ sinh hoạt" if lead == "Kỳ họp" else f"{lead} sinh hoạt"
    return {
        "regular": [f"^{lead} thường kỳ {month}"],
        "thematic": [f"^{theme} chuyên đề {quarter}"],
        "combined": [f"^{lead} thường kỳ {month}", "^(kết hợp sinh hoạt chuyên đề)"],
        "extraordinary": [
            f"^{lead} bất thường",
            f"^V/v: {_PURPOSES[facts.purpose or 'directives']}",
        ],
    }[facts.meeting_type]


# AW: a hamlet cell's minutes book, kept by hand by the hamlet's clerk -------------------------


def _aw_minutes(facts: Facts, rng: random.Random, pen: Pen) -> list[str]:
    lines = [*_aw_head(facts, rng, pen), "", "^BIÊN BẢN HỌP CHI BỘ"]
    lines += [*_title(facts, lead="Kỳ họp"), ""]
    lines += [*_aw_opening(facts, rng, pen), *_aw_people(facts, rng)]
    lines += [*_aw_roll(facts, rng, pen), "Nội dung buổi họp:"]
    sections = parts.aw_reports(facts, rng, pen)
    sections.append(("Đảng viên góp ý", parts.aw_talk(facts, pen)))
    work = [parts.tasks_lead(facts, pen), *parts.tasks(facts, rng, pen)]
    sections.append(("Việc làm sắp tới", work + parts.vote(facts, rng, "AW")))
    for index, (head, said) in enumerate(sections):
        lines += [f"Phần {index + 1} – {head}:", *said]
    later = facts.sections.get("next_meeting")
    if later is not None:
        weekday = f"{weekday_name(later)}, " if rng.random() < 0.4 else ""
        lines.append(f"Hẹn kỳ họp tới vào {weekday}ngày {pen.day(later)}.")
    return lines + _aw_close(facts, rng, pen) + _aw_signatures(facts, rng)


def _aw_head(facts: Facts, rng: random.Random, pen: Pen) -> list[str]:
    place = f"{facts.unit.head_place}, ngày {pen.day(facts.head_day)}"
    lines = [
        f"{facts.unit.parent.upper()} || ĐẢNG CỘNG SẢN VIỆT NAM",
        f"{facts.unit.branch.upper()} || {place}",
    ]
    if rng.random() < 0.5:
        lines.append(f"Số: {rng.randint(1, 12)}-BB/CB ||")
    return lines


def _aw_opening(facts: Facts, rng: random.Random, pen: Pen) -> list[str]:
    day, start = pen.day(facts.day), pen.clock(facts.start)
    weekday = weekday_name(facts.day)
    if rng.random() < 0.5:
        return [
            f"Hôm nay, {weekday} ngày {day}, chi bộ họp tại {facts.location}, bắt đầu từ {start}."
        ]
    return [f"Thời gian họp: {start}, ngày {day}.", f"Địa điểm họp: {facts.location}."]


def _aw_guests(facts: Facts) -> list[str]:
    if facts.guests:
        named = ", ".join(f"{guest_name(name, {})} ({role})" for name, role in facts.guests)
        return [f"Dự họp với chi bộ có: {named}."]
    if facts.unnamed_guest:
        return [f"Dự họp với chi bộ có: {facts.unnamed_guest}."]
    return []


def _aw_people(facts: Facts, rng: random.Random) -> list[str]:
    if rng.random() < 0.5:
        lines = [
            f"Đ/c {facts.chair}, {facts.chair_role}, chủ trì; đ/c {facts.secretary}"
            f"{_clerk(facts)} lo ghi biên bản."
        ]
    else:
        lines = [
            f"Chủ trì: đ/c {facts.chair} – {facts.chair_role}.",
            f"Ghi chép: đ/c {facts.secretary}{_clerk(facts)}.",
        ]
    return lines + _aw_guests(facts)


def _aw_absence(facts: Facts, pen: Pen) -> str:
    """ "(có phép 1, không phép 1)", or "(có phép)" / "(không phép)" when all are of a kind."""
    if facts.excused and facts.unexcused:
        return f"(có phép {pen.n(facts.excused)}, không phép {pen.n(facts.unexcused)})"
    return "(có phép)" if facts.excused else "(không phép)"


def _aw_roll(facts: Facts, rng: random.Random, pen: Pen) -> list[str]:
    """The counts in one sentence, or as "present/total" and an absence line; the absent by
    name after them."""
    n = pen.n
    absent = facts.excused + facts.unexcused
    named = []
    if named_absentees(facts):
        said = "; ".join(f"{a.name} – {a.reason}" for a in facts.absentees)
        named = [f"Những đ/c vắng: {said}."]
    if rng.random() < 0.5:
        said = f"Chi bộ có {n(facts.total)} đảng viên"
        if facts.exempt == 0:
            said += ", không có đ/c nào miễn sinh hoạt"
        elif facts.exempt:
            said += f", trong đó miễn sinh hoạt {n(facts.exempt)} đ/c"
        said += f"; hiện diện {n(facts.present)} đ/c"
        said += (
            f"; vắng {n(absent)} đ/c {_aw_absence(facts, pen)}." if absent else "; không ai vắng."
        )
        return [said, *named]
    line = f"Hiện diện: {facts.present}/{facts.total} đảng viên"
    if facts.exempt == 0:
        line += " (không có đ/c miễn sinh hoạt)"
    elif facts.exempt:
        line += f" (miễn sinh hoạt: {n(facts.exempt)} đ/c)"
    gone = f"Vắng: {n(absent)} đ/c {_aw_absence(facts, pen)}." if absent else "Vắng: không có."
    return [f"{line}.", gone, *named]


def _aw_close(facts: Facts, rng: random.Random, pen: Pen) -> list[str]:
    if facts.end is None:
        return ["Biên bản đã đọc lại cho chi bộ nghe, các đ/c thống nhất."]
    ended = f"{pen.clock(facts.end)} {_end_day(facts, pen)}"
    if rng.random() < 0.5:
        return [
            f"Buổi họp kết thúc lúc {ended}.",
            "Biên bản đã đọc lại cho chi bộ nghe, các đ/c thống nhất.",
        ]
    return [f"Họp xong lúc {ended}; biên bản đọc lại, chi bộ thống nhất thông qua."]


def _aw_signatures(facts: Facts, rng: random.Random) -> list[str]:
    names = f"{facts.secretary} || {facts.chair}"
    if rng.random() < 0.5:
        return ["", "THƯ KÝ || CHỦ TRÌ", "||", "||", names]
    return ["", "NGƯỜI GHI BIÊN BẢN || T/M CHI BỘ", f"|| {_role(facts)}", "||", "||", names]


# AX: a hospital department's or bank branch's cell, typed in numbered parts -----------------


def _ax_minutes(facts: Facts, rng: random.Random, pen: Pen) -> list[str]:
    lines = [*_ax_head(facts, rng, pen), "", "^BIÊN BẢN", *_title(facts, lead="Cuộc họp chi bộ")]
    lines += ["", "1. Thời gian và địa điểm", *_ax_when(facts, rng, pen)]
    lines += ["2. Thành phần", *_ax_people(facts, rng), *_ax_roll(facts, rng, pen)]
    lines.append("3. Nội dung")
    sections = parts.ax_reports(facts, rng, pen)
    sections.append(("Thảo luận", parts.ax_talk(facts, pen)))
    for index, (head, said) in enumerate(sections):
        lines += [f"3.{index + 1}. {head}", *said]
    lines += ["4. Kết luận", parts.tasks_lead(facts, pen), *parts.tasks(facts, rng, pen)]
    lines += parts.vote(facts, rng, "AX")
    later = facts.sections.get("next_meeting")
    if later is not None:
        lines.append(f"Thời gian họp chi bộ kỳ sau: ngày {pen.day(later)}.")
    return lines + _ax_close(facts, pen) + _ax_signatures(facts, rng)


def _ax_head(facts: Facts, rng: random.Random, pen: Pen) -> list[str]:
    place = f"{facts.unit.head_place}, ngày {pen.day(facts.head_day)}"
    top = f"{facts.unit.parent.upper()} || ĐẢNG CỘNG SẢN VIỆT NAM"
    if rng.random() < 0.6:
        number = f"Số: {rng.randint(1, 30):02d}-BB/CB"
        return [top, f"{facts.unit.branch.upper()} ||", f"{number} || {place}"]
    return [top, f"{facts.unit.branch.upper()} || {place}"]


def _ax_when(facts: Facts, rng: random.Random, pen: Pen) -> list[str]:
    day, start = pen.day(facts.day), pen.clock(facts.start)
    if rng.random() < 0.5:
        weekday = weekday_name(facts.day)
        return [
            f"– Thời gian: bắt đầu {start}, {weekday}, ngày {day}.",
            f"– Địa điểm: {facts.location}.",
        ]
    return [f"Cuộc họp được tổ chức tại {facts.location}, bắt đầu lúc {start} ngày {day}."]


def _ax_people(facts: Facts, rng: random.Random) -> list[str]:
    if rng.random() < 0.5:
        lines = [
            f"– Chủ tọa: đ/c {facts.chair}, {facts.chair_role}.",
            f"– Thư ký: đ/c {facts.secretary}{_clerk(facts)}.",
        ]
    else:
        lines = [
            f"– Đ/c {facts.chair} ({facts.chair_role}) chủ tọa; đ/c {facts.secretary}"
            f"{_clerk(facts)} làm thư ký."
        ]
    if facts.guests:
        named = "; ".join(f"{guest_name(name, {})} – {role}" for name, role in facts.guests)
        lines.append(f"– Đại biểu cấp trên: {named}.")
    elif facts.unnamed_guest:
        lines.append(f"– Đại biểu cấp trên: {facts.unnamed_guest}.")
    return lines


def _ax_roll(facts: Facts, rng: random.Random, pen: Pen) -> list[str]:
    """The counts in a small table or on one line; the absent by name after them."""
    n = pen.n
    absent = facts.excused + facts.unexcused
    named = []
    if named_absentees(facts):
        said = "; ".join(
            f"{a.name}, lý do: {a.reason}" if a.excused else f"{a.name}, {a.reason}"
            for a in facts.absentees
        )
        named = [f"– Đ/c vắng: {said}."]
    if rng.random() < 0.5:
        heads = ["Tổng số đảng viên", "Miễn sinh hoạt", "Có mặt", "Vắng có lý do"]
        cells = [facts.total, facts.exempt, facts.present, facts.excused]
        if facts.exempt is None:
            del heads[1], cells[1]
        heads.append("Vắng không lý do")
        cells.append(facts.unexcused)
        row = " | ".join(n(cell or 0) for cell in cells)
        return ["– Tình hình đảng viên:", f"| {' | '.join(heads)} |", f"| {row} |", *named]
    said = f"– Đảng viên trong chi bộ: {n(facts.total)} đ/c"
    if facts.exempt is not None:
        said += f"; miễn sinh hoạt: {n(facts.exempt)} đ/c"
    said += f"; dự họp: {n(facts.present)} đ/c"
    if absent:
        said += (
            f"; vắng: {n(absent)} đ/c (có lý do: {n(facts.excused)}, "
            f"không lý do: {n(facts.unexcused)})."
        )
    else:
        said += "; vắng: không có."
    return [said, *named]


def _ax_close(facts: Facts, pen: Pen) -> list[str]:
    read = "đã được đọc lại trước cuộc họp và được các đ/c dự họp thống nhất."
    if facts.end is None:
        return [f"Biên bản {read}"]
    return [f"Biên bản kết thúc lúc {pen.clock(facts.end)} {_end_day(facts, pen)}, {read}"]


def _ax_signatures(facts: Facts, rng: random.Random) -> list[str]:
    names = f"{facts.secretary} || {facts.chair}"
    heads = ["THƯ KÝ || CHỦ TỌA"]
    if rng.random() < 0.5:
        heads = ["THƯ KÝ || T/M CHI BỘ", f"|| {_role(facts)}"]
    signed = ["(Ký, ghi rõ họ tên) || (Ký, ghi rõ họ tên)"] if rng.random() < 0.4 else []
    return ["", *heads, *signed, "||", "||", names]

"""Held-out template families AO and AP: two further secretaries' hands, written after AM and
AN.

HELD-OUT: this module, `heldout18_parts.py`, `heldout18_phrases.py` and
`tests/corpus/test_heldout18.py` are closed to whoever writes or tunes the extraction rules, and
AO/AP documents must not be run through extraction while tuning. Both are opt-in (`bienban
corpus generate --families AO,AP`): the default mix stays A–F, and existing seeds still give
byte-identical corpora.
"""

from __future__ import annotations

import random
from functools import partial

from bienban.corpus import heldout18_parts as parts
from bienban.corpus import heldout18_phrases as say
from bienban.corpus.facts import Facts
from bienban.corpus.heldout2_phrases import guest_name
from bienban.corpus.heldout11 import Hand
from bienban.corpus.heldout18_parts import Pen
from bienban.corpus.heldout_phrases import weekday_name

_PURPOSES = {
    "AO": {
        "member_development": "xét kết nạp đảng viên mới",
        "inspection": "xem xét, đề nghị kỷ luật đảng viên",
        "directives": "triển khai nhiệm vụ đột xuất",
    },
    "AP": {
        "member_development": "xét cho quần chúng vào Đảng",
        "inspection": "xem xét kỷ luật ĐV",
        "directives": "làm ngay việc cấp trên giao",
    },
}

# Each hand's forms of a date, a clock and a count.
HELDOUT_FAMILIES: dict[str, Hand] = {
    "AO": Hand(
        "AO",
        {
            "date": ("dash", "words_pad"),
            "clock": ("h", "gio_phut", "colon"),
            "count": ("digits", "pad"),
        },
    ),
    "AP": Hand(
        "AP",
        {"date": ("words", "slash"), "clock": ("period", "gio_phut"), "count": ("words", "digits")},
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
        say.draw_ranks(facts, rng) if family == "AO" else {},
        _PURPOSES[family][facts.purpose or "directives"],
    )
    lines = _ao_minutes(facts, rng, pen) if family == "AO" else _ap_minutes(facts, rng, pen)
    return "\n".join(lines) + "\n"


def _guests(facts: Facts, pen: Pen) -> str:
    """The named guests, each with the role, or the unnamed representative."""
    if facts.guests:
        named = (f"{say.lower_first(guest_name(name, {}))} – {role}" for name, role in facts.guests)
        return "; ".join(named)
    return facts.unnamed_guest or ""


def _reason_split(facts: Facts, pen: Pen, yes: str, no: str) -> str:
    """ "(2 yes, 1 no)", or "(yes)" / "(no)" when all absences are of one kind."""
    if facts.excused and facts.unexcused:
        return f"({pen.n(facts.excused)} {yes}, {pen.n(facts.unexcused)} {no})"
    return f"({yes})" if facts.excused else f"({no})"


# AO: a forces-style cell's typed minutes, terse numbered parts, ranks before names ----------


def _ao_minutes(facts: Facts, rng: random.Random, pen: Pen) -> list[str]:
    lines = [*_ao_head(facts, rng, pen), "", *_ao_title(facts), ""]
    ranged = facts.end is not None and rng.random() < 0.5
    lines += ["I. THỜI GIAN, ĐỊA ĐIỂM", _ao_time(facts, rng, pen, ranged=ranged)]
    lines += [f"2. Địa điểm: {facts.location}."]
    lines += ["II. THÀNH PHẦN", *_ao_people(facts, rng, pen)]
    lines += ["III. NỘI DUNG"]
    sections = parts.ao_reports(facts, rng, pen)
    sections.append(parts.ao_talk(facts, pen))
    for index, (head, said) in enumerate(sections):
        lines += [f"{index + 1}. {head}{':' if said else '.'}", *said]
    lines += ["<<page>>"] if rng.random() < 0.2 else []
    lines += [f"IV. {parts.ao_tasks_head(facts, pen)}", *parts.ao_tasks(facts, rng, pen)]
    lines += parts.vote(facts, pen)
    later = facts.sections.get("next_meeting")
    if later is not None:
        lines.append(f"Họp kỳ tới: {pen.clock(facts.start)} ngày {pen.day(later)}.")
    lines += ["V. KẾT THÚC", *_ao_close(facts, pen, ranged=ranged)]
    return lines + _ao_signatures(facts, rng, pen)


def _ao_head(facts: Facts, rng: random.Random, pen: Pen) -> list[str]:
    place = f"{facts.unit.head_place}, ngày {pen.day(facts.head_day)}"
    parent, branch = facts.unit.parent.upper(), facts.unit.branch.upper()
    lines = [f"{parent} || ĐẢNG CỘNG SẢN VIỆT NAM", f"{branch} || {place}"]
    if rng.random() < 0.5:
        lines.append(f"Số: {rng.randint(1, 30):02d}-BB/CB ||")
    return lines


def _ao_title(facts: Facts) -> list[str]:
    month, year = f"{facts.day.month:02d}", facts.day.year
    roman = say.ROMAN[say.quarter(facts.day) - 1]
    return {
        "regular": ["^BIÊN BẢN", f"^HỌP CHI BỘ THƯỜNG KỲ THÁNG {month}/{year}"],
        "thematic": ["^BIÊN BẢN", f"^SINH HOẠT CHUYÊN ĐỀ QUÝ {roman}/{year}"],
        "combined": [
            "^BIÊN BẢN",
            f"^HỌP CHI BỘ THƯỜNG KỲ THÁNG {month}/{year}",
            "^(KẾT HỢP SINH HOẠT CHUYÊN ĐỀ)",
        ],
        "extraordinary": ["^BIÊN BẢN", "^HỌP CHI BỘ BẤT THƯỜNG"],
    }[facts.meeting_type]


def _ao_time(facts: Facts, rng: random.Random, pen: Pen, *, ranged: bool) -> str:
    """ "1. Thời gian: …": the start and the day, or the whole span."""
    day, start = pen.day(facts.day), pen.clock(facts.start)
    weekday = f" ({weekday_name(facts.day)})" if rng.random() < 0.5 else ""
    if not ranged or facts.end is None:
        return f"1. Thời gian: bắt đầu {start} ngày {day}{weekday}."
    end = pen.clock(facts.end)
    if facts.end_next_day:
        return f"1. Thời gian: từ {start} ngày {day}{weekday} đến {end} ngày {pen.day(say.next_day(facts))}."
    return f"1. Thời gian: từ {start} đến {end} ngày {day}{weekday}."


def _ao_people(facts: Facts, rng: random.Random, pen: Pen) -> list[str]:
    clerk = f", {facts.secretary_role}" if facts.secretary_role else ""
    lines = [
        f"1. Chủ trì: đ/c {pen.who(facts.chair)} – {facts.chair_role}.",
        f"2. Thư ký: đ/c {pen.who(facts.secretary)}{clerk}.",
    ]
    guests = _guests(facts, pen)
    if guests:
        lines.append(f"3. Đại biểu dự: {guests}.")
    label = "Quân số" if facts.unit.domain in say.FORCES else "Đảng viên"
    lines += _ao_roll(facts, rng, pen, f"{len(lines) + 1}. {label}")
    return lines + _ao_absentees(facts, pen)


def _ao_roll(facts: Facts, rng: random.Random, pen: Pen, label: str) -> list[str]:
    """The counts on one line, or in a small table."""
    n = pen.n
    absent = facts.excused + facts.unexcused
    due = facts.total - (facts.exempt or 0)
    if rng.random() < 0.35:
        cells = [("Tổng số", facts.total)]
        cells += [("Miễn SH", facts.exempt)] if facts.exempt is not None else []
        cells += [("Có mặt", facts.present), ("Vắng có lý do", facts.excused)]
        cells.append(("Vắng không lý do", facts.unexcused))
        head = "| " + " | ".join(name for name, _ in cells) + " |"
        return [f"{label}:", head, "| " + " | ".join(str(v) for _, v in cells) + " |"]
    said = f"{label}: tổng số {n(facts.total)} ĐV"
    if facts.exempt is not None:
        said += f"; miễn SH: {n(facts.exempt)}"
    if facts.exempt is not None and facts.present <= due and rng.random() < 0.6:
        said += f"; có mặt: {n(facts.present)}/{n(due)}"
    else:
        said += f"; có mặt: {n(facts.present)}"
    if not absent:
        return [f"{said}; vắng: không."]
    return [f"{said}; vắng: {n(absent)} {_reason_split(facts, pen, 'có lý do', 'không lý do')}."]


def _ao_absentees(facts: Facts, pen: Pen) -> list[str]:
    if not say.named_absentees(facts):
        return []
    said = (
        f"{i + 1}) {pen.who(a.name)} – {a.reason} ({'có' if a.excused else 'không'} lý do)"
        for i, a in enumerate(facts.absentees)
    )
    return [f"- Vắng: {'; '.join(said)}."]


def _ao_close(facts: Facts, pen: Pen, *, ranged: bool) -> list[str]:
    """The minutes adopted and, unless the time line gave it, when the meeting ended."""
    if facts.end is None:
        return ["Biên bản đã được đọc lại, hội nghị nhất trí thông qua và bế mạc."]
    if ranged:
        total = facts.end[0] * 60 + facts.end[1] - 5
        read = ((total // 60) % 24, total % 60)
        return [f"Biên bản đã được đọc lại và thông qua lúc {pen.clock(read)}."]
    when = f"rạng sáng ngày {pen.day(say.next_day(facts))}" if facts.end_next_day else "cùng ngày"
    return [
        "Biên bản đã được đọc lại, hội nghị nhất trí thông qua.",
        f"Hội nghị kết thúc lúc {pen.clock(facts.end)} {when}.",
    ]


def _ao_signatures(facts: Facts, rng: random.Random, pen: Pen) -> list[str]:
    names = f"{pen.who(facts.secretary)} || {pen.who(facts.chair)}"
    if rng.random() < 0.5:
        return ["", "THƯ KÝ || CHỦ TRÌ HỘI NGHỊ", "||", "||", names]
    role = "PHÓ BÍ THƯ" if facts.chair_role.startswith("Phó") else "BÍ THƯ"
    return ["", "THƯ KÝ || T/M CHI BỘ", f"|| {role}", "||", "||", names]


# AP: a mountain village cell's handwritten book, plain sentences and abbreviations -----------


def _ap_minutes(facts: Facts, rng: random.Random, pen: Pen) -> list[str]:
    lines = [*_ap_head(facts, rng, pen), "", *_ap_title(facts, pen), ""]
    lines += [_ap_opening(facts, rng, pen), _ap_people(facts, rng, pen)]
    lines += [_ap_roll(facts, rng, pen), "Nội dung họp:"]
    lines += parts.ap_reports(facts, rng, pen) + parts.ap_talk(facts, rng, pen)
    lines += ["<<page>>"] if rng.random() < 0.25 else []
    lines += parts.ap_tasks(facts, rng, pen) + parts.vote(facts, pen)
    later = facts.sections.get("next_meeting")
    if later is not None:
        lines.append(f"Tháng sau CB họp vào ngày {pen.day(later)}.")
    return lines + _ap_close(facts, rng, pen) + _ap_signatures(facts, rng)


def _ap_head(facts: Facts, rng: random.Random, pen: Pen) -> list[str]:
    parent, branch = facts.unit.parent, facts.unit.branch
    if rng.random() < 0.5:
        parent, branch = parent.upper(), branch.upper()
    place = f"{facts.unit.head_place}, ngày {pen.day(facts.head_day)}"
    return [f"{parent} || ĐẢNG CỘNG SẢN VIỆT NAM", f"{branch} || {place}"]


def _ap_title(facts: Facts, pen: Pen) -> list[str]:
    month, year = facts.day.month, facts.day.year
    return {
        "regular": ["^BIÊN BẢN HỌP CHI BỘ", f"^Tháng {month} năm {year}"],
        "thematic": [
            "^BIÊN BẢN HỌP CHI BỘ",
            f"^(Sinh hoạt chuyên đề quý {say.quarter(facts.day)} năm {year})",
        ],
        "combined": [
            "^BIÊN BẢN HỌP CHI BỘ THƯỜNG KỲ",
            f"^Tháng {month} năm {year} (có sinh hoạt chuyên đề)",
        ],
        "extraordinary": ["^BIÊN BẢN HỌP CHI BỘ BẤT THƯỜNG", f"^(Về việc {pen.purpose})"],
    }[facts.meeting_type]


def _ap_opening(facts: Facts, rng: random.Random, pen: Pen) -> str:
    day, clock = pen.day(facts.day), pen.clock(facts.start)
    if rng.random() < 0.5:
        return f"Hôm nay, ngày {day}, lúc {clock}, {facts.unit.branch} họp tại {facts.location}."
    return f"Vào lúc {clock} ngày {day}, tại {facts.location}, {facts.unit.branch} tiến hành họp."


def _ap_people(facts: Facts, rng: random.Random, pen: Pen) -> str:
    role = "PBT" if facts.chair_role.startswith("Phó") else "BT"
    if rng.random() < 0.5:
        said = (
            f"Đ/c {facts.chair} ({role} CB) điều hành cuộc họp; đ/c {facts.secretary} ghi biên bản."
        )
    else:
        said = f"Người điều hành: đ/c {facts.chair} – {role} CB. Người ghi biên bản: đ/c {facts.secretary}."
    guests = _guests(facts, pen)
    return f"{said} Có {guests} về dự họp với CB." if guests else said


def _ap_roll(facts: Facts, rng: random.Random, pen: Pen) -> str:
    """The counts in a sentence or two."""
    n = pen.n
    said = f"CB có tất cả {n(facts.total)} ĐV"
    if facts.exempt == 0:
        said += ", không có đ/c nào được miễn SH"
    elif facts.exempt:
        said += f", trong đó có {n(facts.exempt)} đ/c được miễn SH vì tuổi cao, sức yếu"
    due = facts.total - (facts.exempt or 0)
    if facts.present <= due and rng.random() < 0.4:
        said += f". Đến họp {facts.present}/{due} đ/c"
    else:
        said += f". Hôm nay có mặt {n(facts.present)} đ/c"
    absent = facts.excused + facts.unexcused
    if not absent:
        return said + ", không ai vắng."
    said += f", vắng {n(absent)} đ/c {_reason_split(facts, pen, 'có phép', 'không phép')}"
    if say.named_absentees(facts):
        said += ": " + ", ".join(f"đ/c {a.name} ({a.reason})" for a in facts.absentees)
    return said + "."


def _ap_close(facts: Facts, rng: random.Random, pen: Pen) -> list[str]:
    read = "Biên bản đọc lại cho cả CB nghe, mọi người nhất trí."
    if facts.end is None:
        return [read]
    when = f", đã sang ngày {pen.day(say.next_day(facts))}" if facts.end_next_day else " cùng ngày"
    ended = f"Họp xong lúc {pen.clock(facts.end)}{when}."
    return [read, ended] if rng.random() < 0.5 else [ended, read]


def _ap_signatures(facts: Facts, rng: random.Random) -> list[str]:
    names = f"{facts.secretary} || {facts.chair}"
    role = "Phó Bí thư" if facts.chair_role.startswith("Phó") else "Bí thư"
    right = rng.choice(["Chủ trì", f"T/M chi bộ – {role}"])
    return ["", f"Người ghi biên bản || {right}", "(ký) || (ký)", names]

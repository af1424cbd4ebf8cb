"""Held-out template families AY and AZ: two further secretaries' hands, written after AW and
AX.

HELD-OUT: this module, `heldout23_parts.py`, `heldout23_phrases.py` and
`tests/corpus/test_heldout23.py` are closed to whoever writes or tunes the extraction rules, and
AY/AZ documents must not be run through extraction while tuning. Both are opt-in (`bienban
corpus generate --families AY,AZ`): the default mix stays A–F, and existing seeds still give
byte-identical corpora.
"""

from __future__ import annotations

import random
from datetime import timedelta
from functools import partial

from bienban.corpus import heldout23_parts as parts
from bienban.corpus import heldout23_phrases as say
from bienban.corpus.facts import Facts
from bienban.corpus.heldout2_phrases import guest_name
from bienban.corpus.heldout11 import Hand
from bienban.corpus.heldout23_parts import Pen
from bienban.corpus.heldout_phrases import weekday_name

_PURPOSES = {
    "AY": {
        "member_development": "xét đề nghị kết nạp đảng viên mới",
        "inspection": "xem xét, đề nghị kỷ luật đảng viên",
        "directives": "triển khai nhiệm vụ đột xuất",
    },
    "AZ": {
        "member_development": "xét kết nạp ĐV",
        "inspection": "xem xét kỷ luật ĐV",
        "directives": "triển khai nhiệm vụ đột xuất",
    },
}

# Each hand's forms of a date, a clock and a count.
HELDOUT_FAMILIES: dict[str, Hand] = {
    "AY": Hand(
        "AY",
        {
            "date": ("words", "mong_slash", "slash_pad"),
            "clock": ("h_pad", "gio_pad_bare", "h_pad_tick"),
            "count": ("digits", "words", "pad"),
        },
    ),
    "AZ": Hand(
        "AZ",
        {
            "date": ("slash", "dot_pad", "words_pad"),
            "clock": ("g_bare", "gio_phut", "twelve_period"),
            "count": ("digits", "pad", "words"),
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
    lines = _ay_minutes(facts, rng, pen) if family == "AY" else _az_minutes(facts, rng, pen)
    return "\n".join(lines) + "\n"


def named_absentees(facts: Facts) -> bool:
    """Whether every absentee is known by name (the minutes then give each one)."""
    return bool(facts.absentees) and len(facts.absentees) == facts.excused + facts.unexcused


def _end_day(facts: Facts, pen: Pen) -> str:
    """ "cùng ngày", or the next day's date for a meeting that went past midnight."""
    return f"ngày {pen.day(facts.day + timedelta(days=1))}" if facts.end_next_day else "cùng ngày"


def _role(facts: Facts) -> str:
    return "PHÓ BÍ THƯ" if facts.chair_role.startswith("Phó") else "BÍ THƯ"


def _purpose(facts: Facts, family: str) -> str:
    return _PURPOSES[family][facts.purpose or "directives"]


# AY: a typed report in numbered "Nội dung" parts, the agenda up front, a tally at the end ----


def _ay_minutes(facts: Facts, rng: random.Random, pen: Pen) -> list[str]:
    extract = facts.meeting_type == "extraordinary" and rng.random() < 0.5
    lines = [*_ay_head(facts, rng, pen), "", *_ay_title(facts, extract=extract), ""]
    lines += [*_ay_opening(facts, rng, pen), *_ay_people(facts, rng), *_ay_roll(facts, rng, pen)]
    sections = [(head, [said]) for head, said in parts.reports(facts, rng, pen)]
    sections.append(("Thảo luận", parts.ay_talk(facts, rng, pen)))
    work = [*parts.ay_tasks(facts, rng), *parts.vote(facts, rng, "AY")]
    sections.append((parts.ay_tasks_head(facts), work))
    if rng.random() < 0.7:
        agenda = "; ".join(say.lower_first(head) for head, _ in sections)
        lines.append(f"Chương trình gồm: {agenda}.")
    for index, (head, said) in enumerate(sections):
        lines += [f"Nội dung {index + 1} – {head}", *said]
    if facts.vote and facts.meeting_type in ("regular", "combined") and rng.random() < 0.3:
        score = rng.randint(72, 98)
        level = "Tốt" if score >= 90 else "Khá"
        lines.append(f"Chi bộ tự chấm điểm buổi sinh hoạt: {score}/100 điểm, xếp loại {level}.")
    later = facts.sections.get("next_meeting")
    if later is not None:
        lines.append(f"Ngày sinh hoạt kỳ tới: {pen.day(later)}.")
    lines += _ay_close(facts, rng, pen)
    if extract:
        return [*lines, "Trích đúng nguyên văn biên bản lưu tại chi bộ.", *_ay_extract_sign(facts)]
    return lines + _ay_signatures(facts, rng)


def _ay_head(facts: Facts, rng: random.Random, pen: Pen) -> list[str]:
    place = f"{facts.unit.head_place}, ngày {pen.day(facts.head_day)}"
    left = "*" if rng.random() < 0.6 else f"Số: {rng.randint(1, 24)}-BB/CB"
    return [
        f"{facts.unit.parent.upper()} || ĐẢNG CỘNG SẢN VIỆT NAM",
        f"{facts.unit.branch.upper()} ||",
        f"{left} || {place}",
    ]


def _ay_title(facts: Facts, *, extract: bool) -> list[str]:
    day = facts.day
    month = f"tháng {day.month:02d} – năm {day.year}"
    quarter = say.ROMAN[say.quarter(day) - 1]
    if extract:
        return ["^TRÍCH BIÊN BẢN HỌP CHI BỘ", f"^(Họp bất thường – {_purpose(facts, 'AY')})"]
    return {
        "regular": ["^BIÊN BẢN", f"^Họp thường kỳ {month}"],
        "thematic": ["^BIÊN BẢN", f"^Sinh hoạt chuyên đề – quý {quarter} năm {day.year}"],
        "combined": [
            "^BIÊN BẢN",
            f"^Họp thường kỳ {month}",
            f"^(kèm sinh hoạt chuyên đề quý {quarter})",
        ],
        "extraordinary": ["^BIÊN BẢN", f"^Họp chi bộ bất thường – {_purpose(facts, 'AY')}"],
    }[facts.meeting_type]


def _ay_opening(facts: Facts, rng: random.Random, pen: Pen) -> list[str]:
    day, start = pen.day(facts.day), pen.clock(facts.start)
    if rng.random() < 0.5:
        return [f"{facts.unit.branch} họp vào lúc {start} ngày {day} tại {facts.location}."]
    weekday = weekday_name(facts.day)
    return [f"Ngày họp: {weekday}, {day} – bắt đầu {start}.", f"Tại: {facts.location}."]


def _ay_guests(facts: Facts, rng: random.Random) -> list[str]:
    if facts.guests:
        if rng.random() < 0.5:
            named = " và ".join(f"{role} {name}" for name, role in facts.guests)
        else:
            named = "; ".join(f"{guest_name(name, {})}, {role}" for name, role in facts.guests)
        return [f"Về dự với chi bộ: {named}."]
    if facts.unnamed_guest:
        return [f"Về dự với chi bộ: {facts.unnamed_guest}."]
    return []


def _ay_people(facts: Facts, rng: random.Random) -> list[str]:
    """The chair and the clerk with the role before the name, or both in one sentence."""
    role = facts.secretary_role
    if rng.random() < 0.5:
        clerk = f"{say.capital(role)} {facts.secretary}" if role else f"đ/c {facts.secretary}"
        lines = [f"Chủ trì: {facts.chair_role} {facts.chair}.", f"Thư ký: {clerk}."]
    else:
        said = f" ({role})" if role else ""
        lines = [
            f"Đ/c {facts.chair} ({facts.chair_role}) chủ trì, đ/c {facts.secretary}{said} ghi"
            " biên bản."
        ]
    return lines + _ay_guests(facts, rng)


def _ay_absence(facts: Facts, pen: Pen) -> str:
    n = pen.n
    absent = facts.excused + facts.unexcused
    if not absent:
        return "Vắng: không có."
    if named_absentees(facts):
        said = "; ".join(f"đ/c {a.name}: {a.reason}" for a in facts.absentees)
        return f"Vắng: {n(absent)} đ/c – {said}."
    if facts.excused and facts.unexcused:
        kinds = f"({n(facts.excused)} có lý do, {n(facts.unexcused)} không lý do)"
        return f"Vắng: {n(absent)} đ/c {kinds}."
    return f"Vắng: {n(absent)} đ/c, {'có' if facts.excused else 'không'} lý do."


def _ay_roll(facts: Facts, rng: random.Random, pen: Pen) -> list[str]:
    """The members in all (sometimes with those on temporary transfer), those present (with
    the share of those who must attend), and the absent."""
    n = pen.n
    said = f"Tổng số đảng viên: {n(facts.total)} đ/c"
    if facts.total >= 10 and rng.random() < 0.25:
        said += f" (có {n(rng.randint(1, 3))} đ/c sinh hoạt tạm thời)"
    if facts.exempt == 0:
        said += ", không có đ/c miễn sinh hoạt"
    elif facts.exempt:
        said += f", miễn sinh hoạt {n(facts.exempt)} đ/c"
    due = facts.total - (facts.exempt or 0)
    here = f"Có mặt: {n(facts.present)} đ/c"
    if facts.present <= due and rng.random() < 0.5:
        here += f", đạt {say.percent(facts.present, due)} số đảng viên phải dự"
    return [f"{said}.", f"{here}.", _ay_absence(facts, pen)]


def _ay_close(facts: Facts, rng: random.Random, pen: Pen) -> list[str]:
    read = "Biên bản được đọc lại trước chi bộ."
    if facts.end is None:
        return [read]
    held = "họp" if facts.meeting_type == "extraordinary" else "sinh hoạt"
    ended = f"Buổi {held} kết thúc lúc {pen.clock(facts.end)} {_end_day(facts, pen)}"
    if rng.random() < 0.5:
        ended += f"; tổng thời gian sinh hoạt {say.span(facts.duration_minutes or 0)}"
    return [f"{ended}.", read]


def _ay_signatures(facts: Facts, rng: random.Random) -> list[str]:
    names = f"{facts.secretary} || {facts.chair}"
    signed = ["(Đã ký) || (Đã ký)"] if rng.random() < 0.3 else ["||"]
    if rng.random() < 0.5:
        return ["", "THƯ KÝ CUỘC HỌP || CHỦ TRÌ CUỘC HỌP", *signed, "||", names]
    return ["", "THƯ KÝ || T/M CHI BỘ", f"|| {_role(facts)}", *signed, "||", names]


def _ay_extract_sign(facts: Facts) -> list[str]:
    """An extract is signed for the cell alone."""
    return ["", "|| T/M CHI BỘ", f"|| {_role(facts)}", "||", "||", f"|| {facts.chair}"]


# AZ: a cell's shorthand notebook: abbreviations, one paragraph a part, tasks on one line -----


def _az_minutes(facts: Facts, rng: random.Random, pen: Pen) -> list[str]:
    dated = rng.random() < 0.7
    lines = [*_az_head(facts, rng, pen, dated=dated), "", *_az_title(facts), ""]
    lines += [*_az_opening(facts, rng, pen, dated=dated), *_az_people(facts, rng)]
    lines += _az_roll(facts, rng, pen)
    lines += [f"* {head}: {said}" for head, said in parts.reports(facts, rng, pen)]
    lines += [*parts.az_talk(facts, pen), *parts.az_tasks(facts, rng)]
    lines += parts.vote(facts, rng, "AZ")
    later = facts.sections.get("next_meeting")
    if later is not None:
        lines.append(f"Lịch SH kỳ tới: ngày {pen.day(later)}.")
    return lines + _az_close(facts, rng, pen) + _az_signatures(facts, rng)


def _az_head(facts: Facts, rng: random.Random, pen: Pen, *, dated: bool) -> list[str]:
    parent, branch = facts.unit.parent, facts.unit.branch
    if rng.random() < 0.6:
        parent, branch = parent.upper(), branch.upper()
    place = f" {facts.unit.head_place}, ngày {pen.day(facts.head_day)}" if dated else ""
    return [f"{parent} || ĐẢNG CỘNG SẢN VIỆT NAM", f"{branch} ||{place}"]


def _az_kind(facts: Facts) -> str:
    """What the cell held, in shorthand: "SH thường kỳ T3/2024", "họp bất thường"."""
    month = f"T{parts.month_label(facts.day)}"
    quarter = f"quý {say.quarter(facts.day)}/{facts.day.year}"
    return {
        "regular": f"SH thường kỳ {month}",
        "thematic": f"SH chuyên đề {quarter}",
        "combined": f"SH thường kỳ {month} kết hợp chuyên đề",
        "extraordinary": "họp bất thường",
    }[facts.meeting_type]


def _az_title(facts: Facts) -> list[str]:
    month = f"T{parts.month_label(facts.day)}"
    quarter = say.quarter(facts.day)
    return {
        "regular": ["^BIÊN BẢN SINH HOẠT CHI BỘ", f"^Thường kỳ {month}"],
        "thematic": ["^BIÊN BẢN SINH HOẠT CHUYÊN ĐỀ", f"^Quý {quarter}/{facts.day.year}"],
        "combined": [
            "^BIÊN BẢN SINH HOẠT CHI BỘ",
            f"^Thường kỳ {month} & chuyên đề quý {quarter}",
        ],
        "extraordinary": ["^BIÊN BẢN HỌP CHI BỘ (BẤT THƯỜNG)", f"^V/v {_purpose(facts, 'AZ')}"],
    }[facts.meeting_type]


def _az_opening(facts: Facts, rng: random.Random, pen: Pen, *, dated: bool) -> list[str]:
    """The start and the place; the date too, unless the letter head's date is the day's."""
    start, held = pen.clock(facts.start), _az_kind(facts)
    roll = rng.random()
    if dated and facts.head_day == facts.day and roll < 0.5:
        return [f"Hôm nay, vào lúc {start}, tại {facts.location}, CB tiến hành {held}."]
    day = pen.day(facts.day)
    if roll < 0.75:
        return [f"Vào lúc {start} ngày {day}, tại {facts.location}, CB tiến hành {held}."]
    weekday = weekday_name(facts.day)
    return [f"Lúc {start}, {weekday} ngày {day}, CB tiến hành {held} tại {facts.location}."]


def _az_people(facts: Facts, rng: random.Random) -> list[str]:
    role = say.shorthand(facts.chair_role)
    clerk = f" ({say.shorthand(facts.secretary_role)})" if facts.secretary_role else ""
    if rng.random() < 0.5:
        lines = [f"Chủ trì: đ/c {facts.chair} ({role}) – Thư ký: đ/c {facts.secretary}{clerk}."]
    else:
        lines = [f"Đ/c {facts.chair} – {role} chủ trì; đ/c {facts.secretary}{clerk} làm TK."]
    if facts.guests:
        named = "; ".join(f"đ/c {name} – {say.shorthand(role)}" for name, role in facts.guests)
        lines.append(f"Dự họp có: {named}.")
    elif facts.unnamed_guest:
        lines.append(f"Dự họp có: {say.shorthand(facts.unnamed_guest)}.")
    return lines


def _az_roll(facts: Facts, rng: random.Random, pen: Pen) -> list[str]:
    """The counts as labelled shorthand or as one sentence; the absent by name after them."""
    n = pen.n
    absent, excused, unexcused = facts.excused + facts.unexcused, facts.excused, facts.unexcused
    named = []
    if named_absentees(facts):
        said = "; ".join(f"đ/c {a.name} – {a.reason}" for a in facts.absentees)
        named = [f"ĐV vắng: {said}."]
    if rng.random() < 0.5:
        line = f"Tổng số ĐV: {n(facts.total)}"
        if facts.exempt is not None:
            line += f"; miễn SH: {n(facts.exempt)}"
        line += f"; có mặt: {n(facts.present)}; vắng: {n(absent)}"
        if excused and unexcused:
            line += f" (có LD: {n(excused)}, không LD: {n(unexcused)})"
        elif absent:
            line += " (có LD)" if excused else " (không LD)"
        return [f"{line}.", *named]
    line = f"CB hiện có {n(facts.total)} ĐV"
    if facts.exempt == 0:
        line += " (không có đ/c miễn SH)"
    elif facts.exempt:
        line += f" ({n(facts.exempt)} đ/c miễn SH)"
    line += f", {n(facts.present)} đ/c dự họp, "
    if excused and unexcused:
        line += f"vắng {n(absent)} đ/c ({n(excused)} có LD, {n(unexcused)} không LD)"
    elif absent:
        line += f"vắng {n(absent)} đ/c {'có' if excused else 'không'} LD"
    else:
        line += "không ai vắng"
    return [f"{line}.", *named]


def _az_close(facts: Facts, rng: random.Random, pen: Pen) -> list[str]:
    read = "BB đã đọc lại cho CB nghe." + (" BB lập thành 02 bản." if rng.random() < 0.3 else "")
    if facts.end is None:
        return [read]
    return [f"Họp xong lúc {pen.clock(facts.end)} {_end_day(facts, pen)}.", read]


def _az_signatures(facts: Facts, rng: random.Random) -> list[str]:
    names = f"{facts.secretary} || {facts.chair}"
    if rng.random() < 0.5:
        return ["", "Thư ký || Chủ trì", "||", names]
    return ["", f"THƯ KÝ || {_role(facts)}", "||", "||", names]

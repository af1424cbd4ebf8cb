"""Held-out template families AQ and AR: two further secretaries' hands, written after AO and
AP.

HELD-OUT: this module, `heldout19_parts.py`, `heldout19_phrases.py` and
`tests/corpus/test_heldout19.py` are closed to whoever writes or tunes the extraction rules, and
AQ/AR documents must not be run through extraction while tuning. Both are opt-in (`bienban
corpus generate --families AQ,AR`): the default mix stays A–F, and existing seeds still give
byte-identical corpora.
"""

from __future__ import annotations

import random
from datetime import timedelta
from functools import partial

from bienban.corpus import heldout19_parts as parts
from bienban.corpus import heldout19_phrases as say
from bienban.corpus.facts import Facts
from bienban.corpus.heldout2_phrases import guest_name
from bienban.corpus.heldout11 import Hand
from bienban.corpus.heldout19_parts import Quill
from bienban.corpus.heldout_phrases import weekday_name

_PURPOSES = {
    "member_development": "xét đề nghị kết nạp đảng viên",
    "inspection": "xem xét kỷ luật đảng viên",
    "directives": "triển khai nhiệm vụ đột xuất",
}

# Each hand's forms of a date, a clock and a count.
HELDOUT_FAMILIES: dict[str, Hand] = {
    "AQ": Hand(
        "AQ",
        {
            "date": ("words", "slash_pad"),
            "clock": ("gio_phut", "gio_phut_period"),
            "count": ("pad", "digits_words"),
        },
    ),
    "AR": Hand(
        "AR",
        {
            "date": ("slash", "dash"),
            "clock": ("h", "h_period", "ruoi"),
            "count": ("digits", "digits", "words"),
        },
    ),
}


def write_minutes(facts: Facts, rng: random.Random, *, family: str) -> str:
    """The minutes of `facts` in held-out `family`'s style, as layout-marked text."""
    style = {kind: rng.choice(forms) for kind, forms in HELDOUT_FAMILIES[family].forms.items()}
    quill = Quill(
        family,
        partial(say.write_date, style=style["date"]),
        lambda hour_minute: say.write_clock(*hour_minute, style=style["clock"]),
        partial(say.count, style=style["count"]),
    )
    lines = _aq_minutes(facts, rng, quill) if family == "AQ" else _ar_minutes(facts, rng, quill)
    return "\n".join(lines) + "\n"


def _guests(facts: Facts) -> str:
    """The named guests, each with the role, or the unnamed representative."""
    if facts.guests:
        return "; ".join(f"{guest_name(name, {})}, {role}" for name, role in facts.guests)
    return facts.unnamed_guest or ""


# AQ: a commune cell's typed minutes on the standard form, Roman-numbered parts --------------


def _aq_minutes(facts: Facts, rng: random.Random, quill: Quill) -> list[str]:
    lines = [*_aq_head(facts, rng, quill), "", *_aq_title(facts), ""]
    lines += ["I. THỜI GIAN, ĐỊA ĐIỂM", _aq_time(facts, rng, quill)]
    lines += [f"- Địa điểm: {facts.location}."]
    lines += ["II. THÀNH PHẦN", *_aq_people(facts, quill), *_aq_roll(facts, quill)]
    lines += ["III. NỘI DUNG SINH HOẠT"]
    if facts.meeting_type != "extraordinary" and rng.random() < 0.6:
        lines.append(f"Đồng chí {facts.chair} thông qua chương trình, chi bộ thống nhất.")
    sections = parts.aq_reports(facts, rng, quill)
    sections.append(parts.aq_talk(facts, rng, quill))
    for index, (head, said) in enumerate(sections):
        lines += [f"{index + 1}. {head}:", *said]
    lines += ["<<page>>"] if rng.random() < 0.2 else []
    lines += [f"IV. {parts.aq_tasks_head(facts, quill)}", *parts.aq_tasks(facts, rng, 4)]
    lines += ["V. BIỂU QUYẾT, BẾ MẠC" if facts.vote else "V. BẾ MẠC", *parts.vote(facts, "AQ")]
    later = facts.sections.get("next_meeting")
    if later is not None:
        lines.append(f"Chi bộ thống nhất lịch sinh hoạt tháng sau vào ngày {quill.day(later)}.")
    return lines + _aq_close(facts, rng, quill) + _aq_signatures(facts, rng)


def _aq_head(facts: Facts, rng: random.Random, quill: Quill) -> list[str]:
    place = f"{facts.unit.head_place}, ngày {quill.day(facts.head_day)}"
    parent, branch = facts.unit.parent.upper(), facts.unit.branch.upper()
    if rng.random() < 0.55:
        number = f"Số: {rng.randint(1, 24):02d}-BB/CB"
        return [f"{parent} || ĐẢNG CỘNG SẢN VIỆT NAM", f"{branch} ||", f"{number} || {place}"]
    return [f"{parent} || ĐẢNG CỘNG SẢN VIỆT NAM", f"{branch} || {place}"]


def _aq_title(facts: Facts) -> list[str]:
    month, year = facts.day.month, facts.day.year
    roman = say.ROMAN[say.quarter(facts.day) - 1]
    return {
        "regular": ["^BIÊN BẢN", f"^SINH HOẠT CHI BỘ ĐỊNH KỲ THÁNG {month} NĂM {year}"],
        "thematic": ["^BIÊN BẢN", f"^SINH HOẠT CHI BỘ CHUYÊN ĐỀ QUÝ {roman} NĂM {year}"],
        "combined": [
            "^BIÊN BẢN",
            f"^SINH HOẠT CHI BỘ ĐỊNH KỲ THÁNG {month} NĂM {year}",
            "^(Có lồng ghép sinh hoạt chuyên đề)",
        ],
        "extraordinary": [
            "^BIÊN BẢN",
            "^SINH HOẠT CHI BỘ BẤT THƯỜNG",
            f"^V/v {_PURPOSES[facts.purpose or 'directives']}",
        ],
    }[facts.meeting_type]


def _aq_time(facts: Facts, rng: random.Random, quill: Quill) -> str:
    day, start = quill.day(facts.day), quill.clock(facts.start)
    weekday = f" ({weekday_name(facts.day)})" if rng.random() < 0.4 else ""
    if rng.random() < 0.5:
        return f"- Thời gian: khai mạc vào {start}, ngày {day}{weekday}."
    return f"- Chi bộ bắt đầu sinh hoạt vào {start} ngày {day}{weekday}."


def _aq_people(facts: Facts, quill: Quill) -> list[str]:
    clerk = f", {facts.secretary_role}" if facts.secretary_role else ""
    lines = [
        f"- Chủ trì hội nghị: đồng chí {facts.chair}, {facts.chair_role}.",
        f"- Thư ký hội nghị: đồng chí {facts.secretary}{clerk}.",
    ]
    guests = _guests(facts)
    return lines + ([f"- Về dự có: {guests}."] if guests else [])


def _aq_roll(facts: Facts, quill: Quill) -> list[str]:
    """The counts: members, those due, those present, the absent by kind (and by name)."""
    n = quill.n
    said = f"- Chi bộ hiện có {n(facts.total)} đảng viên"
    if facts.exempt == 0:
        said += "; không có đảng viên miễn sinh hoạt"
    elif facts.exempt:
        said += f"; được miễn sinh hoạt {n(facts.exempt)} đồng chí"
    lines = [said + "."]
    due = facts.total - (facts.exempt or 0)
    present = f"dự họp: {n(facts.present)} đồng chí"
    if facts.present <= due:
        present += f", đạt {say.share(facts.present, due)}"
    if facts.exempt is not None:
        lines.append(f"- Số đảng viên phải dự: {n(due)} đồng chí; {present}.")
    else:
        lines.append(f"- Đảng viên {present}.")
    return lines + _aq_absent(facts, quill)


def _aq_absent(facts: Facts, quill: Quill) -> list[str]:
    n = quill.n
    absent = facts.excused + facts.unexcused
    if not absent:
        return ["- Vắng mặt: không."]
    if not named_absentees(facts):
        kinds = f"có lý do: {n(facts.excused)}; không lý do: {n(facts.unexcused)}"
        return [f"- Vắng mặt: {n(absent)} đồng chí ({kinds})."]
    lines = [f"- Vắng mặt: {n(absent)} đồng chí, gồm:"]
    excused = [a for a in facts.absentees if a.excused]
    if excused:
        names = "; ".join(f"đ/c {a.name} – {a.reason}" for a in excused)
        lines.append(f"  + Có lý do: {n(len(excused))} đồng chí ({names}).")
    others = [a.name for a in facts.absentees if not a.excused]
    if others:
        names = ", ".join(f"đ/c {name}" for name in others)
        lines.append(f"  + Không lý do: {n(len(others))} đồng chí ({names}).")
    return lines


def named_absentees(facts: Facts) -> bool:
    """Whether every absentee is named (the minutes then give each one)."""
    return bool(facts.absentees) and len(facts.absentees) == facts.excused + facts.unexcused


def _aq_close(facts: Facts, rng: random.Random, quill: Quill) -> list[str]:
    read = "Biên bản được thông qua trước chi bộ, các đồng chí dự họp không có ý kiến khác."
    if facts.end is None:
        return [read, "Hội nghị bế mạc."]
    after = quill.day(facts.day + timedelta(days=1))
    when = f"ngày {after}" if facts.end_next_day else "cùng ngày"
    ended = f"Hội nghị bế mạc vào {quill.clock(facts.end)} {when}."
    return [read, ended] if rng.random() < 0.6 else [ended, read]


def _aq_signatures(facts: Facts, rng: random.Random) -> list[str]:
    names = f"{facts.secretary} || {facts.chair}"
    if rng.random() < 0.45:
        return ["", "THƯ KÝ HỘI NGHỊ || CHỦ TRÌ HỘI NGHỊ", "||", "||", names]
    role = "PHÓ BÍ THƯ" if facts.chair_role.startswith("Phó") else "BÍ THƯ"
    return ["", "THƯ KÝ || T/M CHI BỘ", f"|| {role}", "||", "||", names]


# AR: a school or health-station cell's minutes, typed by a young secretary ---------------------


def _ar_minutes(facts: Facts, rng: random.Random, quill: Quill) -> list[str]:
    lines = [*_ar_head(facts, rng, quill), "", *_ar_title(facts), ""]
    lines += ["A. THÔNG TIN CHUNG", *_ar_opening(facts, rng, quill)]
    lines += _ar_roll(facts, rng, quill)
    lines += ["B. NỘI DUNG", *parts.ar_reports(facts, rng, quill), *parts.ar_talk(facts, quill)]
    lines += ["<<page>>"] if rng.random() < 0.2 else []
    lines += ["C. KẾT LUẬN", *parts.ar_tasks(facts, rng, quill), *parts.vote(facts, "AR")]
    later = facts.sections.get("next_meeting")
    if later is not None:
        lines.append(f"Cuộc họp tới dự kiến vào ngày {quill.day(later)}.")
    return lines + _ar_close(facts, rng, quill) + _ar_signatures(facts, rng)


def _ar_head(facts: Facts, rng: random.Random, quill: Quill) -> list[str]:
    parent, branch = facts.unit.parent, facts.unit.branch
    if rng.random() < 0.6:
        parent, branch = parent.upper(), branch.upper()
    place = f"{facts.unit.head_place}, ngày {quill.day(facts.head_day)}"
    lines = [f"{parent} || ĐẢNG CỘNG SẢN VIỆT NAM", f"{branch} || {place}"]
    if rng.random() < 0.4:
        lines.append(f"Số: {rng.randint(1, 40)}/BB-CB ||")
    return lines


def _ar_title(facts: Facts) -> list[str]:
    month, year = f"{facts.day.month:02d}", facts.day.year
    return {
        "regular": ["^BIÊN BẢN HỌP CHI BỘ THƯỜNG KỲ", f"^Tháng {month}/{year}"],
        "thematic": [
            "^BIÊN BẢN SINH HOẠT CHUYÊN ĐỀ",
            f"^Quý {say.ROMAN[say.quarter(facts.day) - 1]}/{year}",
        ],
        "combined": [
            "^BIÊN BẢN HỌP CHI BỘ THƯỜNG KỲ",
            f"^Tháng {month}/{year} – lồng ghép chuyên đề",
        ],
        "extraordinary": ["^BIÊN BẢN HỌP CHI BỘ BẤT THƯỜNG"],
    }[facts.meeting_type]


def _ar_opening(facts: Facts, rng: random.Random, quill: Quill) -> list[str]:
    day, start = quill.day(facts.day), quill.clock(facts.start)
    if rng.random() < 0.5:
        when = f"Bắt đầu: {start}, {weekday_name(facts.day)} ngày {day}."
    else:
        when = f"Bắt đầu: {start} ngày {day}."
    role = "Phó Bí thư" if facts.chair_role.startswith("Phó") else "Bí thư"
    lines = [when, f"Tại: {facts.location}."]
    if rng.random() < 0.5:
        lines += [f"Chủ trì: đ/c {facts.chair} ({role}).", f"Thư ký: đ/c {facts.secretary}."]
    else:
        lines.append(f"Chủ trì: đ/c {facts.chair} ({role}); thư ký: đ/c {facts.secretary}.")
    if facts.purpose:
        lines.append(f"Nội dung: {_PURPOSES[facts.purpose]}.")
    guests = _guests(facts)
    return lines + ([f"Đại biểu tham dự: {guests}."] if guests else [])


def _ar_roll(facts: Facts, rng: random.Random, quill: Quill) -> list[str]:
    """The counts as a short dashed list in figures, or one sentence in the document's form."""
    if rng.random() < 0.5:
        return _ar_roll_list(facts)
    n = quill.n
    said = f"Đảng viên: chi bộ có {n(facts.total)} đảng viên"
    if facts.exempt == 0:
        said += " (không có đ/c miễn SH)"
    elif facts.exempt:
        said += f", {n(facts.exempt)} đ/c miễn SH"
    said += f"; hôm nay có mặt {n(facts.present)} đ/c"
    absent = facts.excused + facts.unexcused
    if not absent:
        return [said + ", không ai vắng."]
    said += f", vắng {n(absent)} đ/c ({n(facts.excused)} có phép, {n(facts.unexcused)} không phép)"
    if named_absentees(facts):
        said += ": " + "; ".join(f"đ/c {a.name} – {a.reason}" for a in facts.absentees)
    return [said + "."]


def _ar_roll_list(facts: Facts) -> list[str]:
    lines = ["Đảng viên:", f"- Tổng số: {facts.total} đ/c"]
    if facts.exempt is not None:
        lines.append(f"- Miễn sinh hoạt: {facts.exempt} đ/c")
    lines.append(f"- Có mặt: {facts.present} đ/c")
    if not facts.excused + facts.unexcused:
        return [*lines, "- Vắng: không"]
    named = named_absentees(facts)
    for excused, label in ((True, "có phép"), (False, "không phép")):
        many = facts.excused if excused else facts.unexcused
        who = [a for a in facts.absentees if a.excused == excused] if named else []
        names = f" ({'; '.join(f'đ/c {a.name} – {a.reason}' for a in who)})" if who else ""
        lines.append(f"- Vắng {label}: {many} đ/c{names}")
    return lines


def _ar_close(facts: Facts, rng: random.Random, quill: Quill) -> list[str]:
    read = rng.choice(
        [
            "Thư ký đọc lại biên bản, chi bộ thống nhất thông qua.",
            "Biên bản đã đọc lại cho chi bộ nghe, không ai có ý kiến khác.",
        ]
    )
    if facts.end is None:
        return [read]
    when = f"ngày {quill.day(facts.day + timedelta(days=1))}" if facts.end_next_day else "cùng ngày"
    return [read, f"Kết thúc: {quill.clock(facts.end)} {when}."]


def _ar_signatures(facts: Facts, rng: random.Random) -> list[str]:
    right = rng.choice(
        ["CHỦ TRÌ", "BÍ THƯ CHI BỘ" if facts.chair_role == "Bí thư chi bộ" else "CHỦ TRÌ"]
    )
    signed = ["(Đã ký) || (Đã ký)"] if rng.random() < 0.3 else ["||", "||"]
    return ["", f"THƯ KÝ || {right}", *signed, f"{facts.secretary} || {facts.chair}"]

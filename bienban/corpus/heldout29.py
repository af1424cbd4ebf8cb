"""Held-out template families BK and BL: two further secretaries' hands, written after BI and
BJ.

HELD-OUT: this module, `heldout29_parts.py`, `heldout29_phrases.py` and
`tests/corpus/test_heldout29.py` are closed to whoever writes or tunes the extraction rules, and
BK/BL documents must not be run through extraction while tuning. Both are opt-in (`bienban
corpus generate --families BK,BL`): the default mix stays A–F, and existing seeds still give
byte-identical corpora.
"""

from __future__ import annotations

import random
from datetime import timedelta
from functools import partial

from bienban.corpus import heldout29_parts as parts
from bienban.corpus import heldout29_phrases as say
from bienban.corpus.facts import Facts
from bienban.corpus.heldout2_phrases import guest_name
from bienban.corpus.heldout11 import Hand
from bienban.corpus.heldout27_phrases import ROMAN, percent, quarter
from bienban.corpus.heldout29_parts import Pen
from bienban.corpus.heldout_phrases import weekday_name

_PURPOSES = {
    "member_development": "xét đề nghị kết nạp đảng viên",
    "inspection": "xem xét kỷ luật đảng viên",
    "directives": "triển khai nhiệm vụ đột xuất",
}

# Each hand's forms of a date, a clock and a count.
HELDOUT_FAMILIES: dict[str, Hand] = {
    "BK": Hand(
        "BK",
        {
            "date": ("words", "words_pad"),
            "clock": ("gio_phut", "h"),
            "count": ("pad", "digits"),
        },
    ),
    "BL": Hand(
        "BL",
        {
            "date": ("slash", "slash_pad"),
            "clock": ("h", "h_period"),
            "count": ("digits",),
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
    lines = _bk_minutes(facts, rng, pen) if family == "BK" else _bl_minutes(facts, rng, pen)
    return "\n".join(lines) + "\n"


def named_absentees(facts: Facts) -> bool:
    """Whether every absentee is known by name (the minutes then give each one)."""
    return bool(facts.absentees) and len(facts.absentees) == facts.excused + facts.unexcused


def required(facts: Facts) -> int:
    """The members bound to attend: all but the exempt."""
    return facts.total - (facts.exempt or 0)


def _end_day(facts: Facts, pen: Pen) -> str:
    """ "cùng ngày", or the next day's date for a meeting that went past midnight."""
    return f"ngày {pen.day(facts.day + timedelta(days=1))}" if facts.end_next_day else "cùng ngày"


def _is_deputy(facts: Facts) -> bool:
    return facts.chair_role.startswith("Phó")


def _guests(facts: Facts, sep: str) -> str:
    """The named guests with their roles, or the unnamed representative, or ""."""
    if facts.guests:
        return sep.join(f"{guest_name(name, {})} – {role}" for name, role in facts.guests)
    return facts.unnamed_guest or ""


# BK: the usual typed form, "Hôm nay, vào lúc …", parts I to IV ------------------------------


def _bk_minutes(facts: Facts, rng: random.Random, pen: Pen) -> list[str]:
    lines = [*_bk_head(facts, rng, pen), "", *_bk_title(facts), ""]
    lines += [_bk_opening(facts, pen), "I. THÀNH PHẦN", *_bk_roll(facts, pen)]
    lines += _bk_people(facts, rng)
    lines.append("II. NỘI DUNG")
    sections = parts.reports(facts, rng, pen)
    for index, (head, said) in enumerate(sections):
        lines += [f"{index + 1}. {head}", *said]
    lines += [f"{len(sections) + 1}. Thảo luận", *parts.talk(facts, pen)]
    lines += ["III. KẾT LUẬN", parts.tasks_lead(facts, pen), *parts.tasks(facts, rng, pen)]
    lines += parts.vote(facts, pen)
    later = facts.sections.get("next_meeting")
    if later is not None:
        lines.append(f"Thời gian sinh hoạt kỳ tới: ngày {pen.day(later)}.")
    lines += _bk_close(facts, rng, pen)
    return lines + _bk_signatures(facts, rng)


def _bk_head(facts: Facts, rng: random.Random, pen: Pen) -> list[str]:
    left = f"Số: {rng.randint(1, 24):02d}-BB/CB" if rng.random() < 0.5 else "*"
    return [
        f"{facts.unit.parent.upper()} || ĐẢNG CỘNG SẢN VIỆT NAM",
        f"{facts.unit.branch.upper()} ||",
        f"{left} || {facts.unit.head_place}, ngày {pen.day(facts.head_day)}",
    ]


def _bk_title(facts: Facts) -> list[str]:
    day = facts.day
    if facts.meeting_type == "extraordinary":
        purpose = _PURPOSES[facts.purpose or "directives"]
        return ["^BIÊN BẢN", "^HỌP CHI BỘ BẤT THƯỜNG", f"^(V/v {purpose})"]
    if facts.meeting_type == "thematic":
        return ["^BIÊN BẢN", f"^SINH HOẠT CHUYÊN ĐỀ QUÝ {ROMAN[quarter(day) - 1]} NĂM {day.year}"]
    lines = ["^BIÊN BẢN", f"^SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG {day.month} NĂM {day.year}"]
    if facts.meeting_type == "combined":
        lines.append(f"^KẾT HỢP SINH HOẠT CHUYÊN ĐỀ QUÝ {ROMAN[quarter(day) - 1]}")
    return lines


def _bk_kind(facts: Facts) -> str:
    return {
        "regular": f"thường kỳ tháng {facts.day.month}",
        "thematic": f"chuyên đề quý {ROMAN[quarter(facts.day) - 1]}",
        "combined": f"thường kỳ tháng {facts.day.month} kết hợp sinh hoạt chuyên đề",
        "extraordinary": "bất thường",
    }[facts.meeting_type]


def _bk_opening(facts: Facts, pen: Pen) -> str:
    return (
        f"Hôm nay, vào lúc {pen.clock(facts.start)}, ngày {pen.day(facts.day)}, tại"
        f" {facts.location}, {facts.unit.branch} tiến hành sinh hoạt {_bk_kind(facts)}."
    )


def _bk_roll(facts: Facts, pen: Pen) -> list[str]:
    n = pen.n
    head = f"- Tổng số đảng viên của chi bộ: {n(facts.total)} đ/c"
    if facts.exempt:
        head += f"; miễn sinh hoạt: {n(facts.exempt)} đ/c"
    elif facts.exempt == 0:
        head += "; không có đảng viên miễn sinh hoạt"
    lines = [f"{head}.", f"- Có mặt: {n(facts.present)} đ/c."]
    absent = facts.excused + facts.unexcused
    if not absent:
        return [*lines, "- Vắng: không."]
    gone = f"- Vắng: {n(absent)} đ/c (có lý do: {n(facts.excused)} đ/c; không lý do:"
    gone += f" {n(facts.unexcused)} đ/c)"
    if named_absentees(facts):
        gone += ", gồm: " + "; ".join(f"đ/c {a.name} ({a.reason})" for a in facts.absentees)
    return [*lines, f"{gone}."]


def _bk_people(facts: Facts, rng: random.Random) -> list[str]:
    lines = []
    if facts.guests or facts.unnamed_guest:
        lines.append(f"- Đại biểu tham dự: {_guests(facts, '; ')}.")
    lines.append(f"- Chủ trì: đồng chí {facts.chair} – {facts.chair_role}.")
    role = facts.secretary_role
    clerk = f" – {role[:1].upper()}{role[1:]}" if role else ""
    lines.append(f"- Thư ký: đồng chí {facts.secretary}{clerk}.")
    return lines


def _bk_close(facts: Facts, rng: random.Random, pen: Pen) -> list[str]:
    lines = ["IV. BẾ MẠC"]
    if facts.meeting_type != "extraordinary" and rng.random() < 0.35:
        level = rng.choice(["Tốt", "Khá"])
        lines.append(f"Chi bộ tự đánh giá chất lượng buổi sinh hoạt: {level}.")
    read = "Biên bản đã được đọc lại trước chi bộ, các đồng chí dự họp nhất trí thông qua."
    if facts.end is None:
        return [*lines, read]
    end = f"Cuộc họp kết thúc vào lúc {pen.clock(facts.end)} {_end_day(facts, pen)}."
    return [*lines, read, end]


def _bk_signatures(facts: Facts, rng: random.Random) -> list[str]:
    names = f"{facts.secretary} || {facts.chair}"
    if rng.random() < 0.5:
        return ["", "THƯ KÝ || CHỦ TRÌ", "||", names]
    role = "PHÓ BÍ THƯ" if _is_deputy(facts) else "BÍ THƯ"
    return ["", "THƯ KÝ || T/M CHI BỘ", f"|| {role}", "||", names]


# BL: a residential cell's notebook, short labelled notes and "đ/c" ---------------------------


def _bl_minutes(facts: Facts, rng: random.Random, pen: Pen) -> list[str]:
    lines = [*_bl_head(facts, rng), "", *_bl_title(facts), ""]
    lines += _bl_when(facts, pen)
    lines += _bl_roll(facts, pen)
    lines.append("Nội dung:")
    for label, said in parts.reports(facts, rng, pen):
        lines += [f"* {label}: {said[0]}", *said[1:]]
    lines += ["* Thảo luận:", *parts.talk(facts, pen)]
    lines += [parts.tasks_lead(facts, pen), *parts.tasks(facts, rng, pen)]
    lines += parts.vote(facts, pen)
    later = facts.sections.get("next_meeting")
    if later is not None:
        lines.append(f"Lịch họp tháng sau: ngày {pen.day(later)}.")
    if facts.end is not None:
        lines.append(f"Họp xong lúc {pen.clock(facts.end)} {_end_day(facts, pen)}.")
    return lines + _bl_signatures(facts, rng)


def _bl_head(facts: Facts, rng: random.Random) -> list[str]:
    if rng.random() < 0.6:
        return [facts.unit.parent, facts.unit.branch]
    return [
        f"{facts.unit.parent.upper()} || ĐẢNG CỘNG SẢN VIỆT NAM",
        f"{facts.unit.branch.upper()} ||",
    ]


def _bl_title(facts: Facts) -> list[str]:
    day = facts.day
    if facts.meeting_type == "extraordinary":
        return ["^BIÊN BẢN HỌP CHI BỘ", "^(Họp bất thường)"]
    if facts.meeting_type == "thematic":
        return [
            "^BIÊN BẢN SINH HOẠT CHI BỘ",
            f"^Chuyên đề quý {ROMAN[quarter(day) - 1]}/{day.year}",
        ]
    if facts.meeting_type == "combined":
        return [
            "^BIÊN BẢN SINH HOẠT CHI BỘ",
            f"^Tháng {day.month}/{day.year} (thường kỳ và chuyên đề)",
        ]
    return ["^BIÊN BẢN SINH HOẠT CHI BỘ", f"^Tháng {day.month}/{day.year}"]


def _bl_when(facts: Facts, pen: Pen) -> list[str]:
    weekday = weekday_name(facts.day)
    return [
        f"Thời gian: {pen.clock(facts.start)}, {weekday}, ngày {pen.day(facts.day)}.",
        f"Địa điểm: {facts.location}.",
        f"Chủ trì: đ/c {facts.chair}, {facts.chair_role}.",
        f"Thư ký: đ/c {facts.secretary}.",
    ]


def _bl_roll(facts: Facts, pen: Pen) -> list[str]:
    n, must = pen.n, required(facts)
    said = f"Tổng số ĐV: {n(facts.total)}"
    if facts.exempt is not None:
        said += f"; miễn SH: {n(facts.exempt)}"
    if 0 < facts.present <= must:
        said += f"; có mặt: {n(facts.present)}/{n(must)} ({percent(facts.present, must)})"
    else:
        said += f"; có mặt: {n(facts.present)}"
    if facts.excused and facts.unexcused:
        said += f"; vắng: {n(facts.excused)} có lý do, {n(facts.unexcused)} không lý do."
    elif facts.excused:
        said += f"; vắng: {n(facts.excused)} có lý do."
    elif facts.unexcused:
        said += f"; vắng: {n(facts.unexcused)} không lý do."
    else:
        said += "; vắng: 0."
    lines = [said]
    if named_absentees(facts):
        lines.append("ĐV vắng: " + ", ".join(f"{a.name} ({a.reason})" for a in facts.absentees))
    if facts.guests or facts.unnamed_guest:
        lines.append(f"Dự họp: {_guests(facts, '; ')}.")
    return lines


def _bl_signatures(facts: Facts, rng: random.Random) -> list[str]:
    names = f"{facts.secretary} || {facts.chair}"
    right = "Chủ trì" if rng.random() < 0.5 or _is_deputy(facts) else "Bí thư"
    if rng.random() < 0.5:
        return ["", f"Thư ký || {right}", "(đã ký) || (đã ký)", names]
    return ["", f"Thư ký || {right}", "||", names]

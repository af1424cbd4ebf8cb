"""Held-out template families AS and AT: two further secretaries' hands, written after AQ and
AR.

HELD-OUT: this module, `heldout20_parts.py`, `heldout20_phrases.py` and
`tests/corpus/test_heldout20.py` are closed to whoever writes or tunes the extraction rules, and
AS/AT documents must not be run through extraction while tuning. Both are opt-in (`bienban
corpus generate --families AS,AT`): the default mix stays A–F, and existing seeds still give
byte-identical corpora.
"""

from __future__ import annotations

import random
from datetime import timedelta
from functools import partial

from bienban.corpus import heldout20_parts as parts
from bienban.corpus import heldout20_phrases as say
from bienban.corpus.facts import Facts
from bienban.corpus.heldout2_phrases import guest_name
from bienban.corpus.heldout11 import Hand
from bienban.corpus.heldout20_parts import Pen
from bienban.corpus.heldout_phrases import weekday_name

_PURPOSES = {
    "member_development": "xét đề nghị kết nạp đảng viên mới",
    "inspection": "xem xét thi hành kỷ luật đảng viên",
    "directives": "triển khai nhiệm vụ cấp bách",
}

# Each hand's forms of a date, a clock and a count.
HELDOUT_FAMILIES: dict[str, Hand] = {
    "AS": Hand(
        "AS",
        {
            "date": ("words_pad", "slash"),
            "clock": ("gio", "gio_period"),
            "count": ("digits", "words_digits"),
        },
    ),
    "AT": Hand(
        "AT",
        {
            "date": ("slash_pad", "dot"),
            "clock": ("h", "colon", "gio_phut_pad"),
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
    lines = _as_minutes(facts, rng, pen) if family == "AS" else _at_minutes(facts, rng, pen)
    return "\n".join(lines) + "\n"


def named_absentees(facts: Facts) -> bool:
    """Whether every absentee is named (the minutes then give each one)."""
    return bool(facts.absentees) and len(facts.absentees) == facts.excused + facts.unexcused


def _absentee_names(facts: Facts) -> str:
    """ "đ/c A (ốm); đ/c B (không báo cáo)": each absentee with the reason."""
    return "; ".join(f"đ/c {a.name} ({a.reason})" for a in facts.absentees)


def _guests(facts: Facts) -> str:
    """The named guests, each with the role in brackets, or the unnamed representative."""
    if facts.guests:
        return "; ".join(f"{guest_name(name, {})} ({role})" for name, role in facts.guests)
    return facts.unnamed_guest or ""


def _end_day(facts: Facts, pen: Pen) -> str:
    """ "cùng ngày", or the next day's date for a meeting that went past midnight."""
    return f"ngày {pen.day(facts.day + timedelta(days=1))}" if facts.end_next_day else "cùng ngày"


def _role(facts: Facts) -> str:
    return "PHÓ BÍ THƯ" if facts.chair_role.startswith("Phó") else "BÍ THƯ"


# AS: a residential cell's minutes, typed at home by a retired member --------------------------


def _as_minutes(facts: Facts, rng: random.Random, pen: Pen) -> list[str]:
    lines = [*_as_head(facts, rng, pen), "", *_as_title(facts, rng), ""]
    lines += [_as_opening(facts, rng, pen), *_as_people(facts, rng)]
    lines += _as_roll(facts, rng, pen)
    lines.append("Nội dung cuộc họp:")
    sections = [*parts.as_reports(facts, rng, pen), parts.as_talk(facts, pen)]
    for index, (first, *rest) in enumerate(sections):
        lines += [f"{index + 1}/ {first}", *rest]
    lines += [parts.tasks_lead(facts, pen), *parts.tasks(facts, rng, pen)]
    lines += parts.vote(facts, "AS")
    later = facts.sections.get("next_meeting")
    if later is not None:
        lines.append(
            f"Tháng sau chi bộ họp vào ngày {pen.day(later)}, đề nghị các đ/c đi họp đầy đủ."
        )
    return lines + _as_close(facts, rng, pen) + _as_signatures(facts, rng)


def _as_head(facts: Facts, rng: random.Random, pen: Pen) -> list[str]:
    place = f"{facts.unit.head_place}, ngày {pen.day(facts.head_day)}"
    lines = [
        f"{facts.unit.parent.upper()} || ĐẢNG CỘNG SẢN VIỆT NAM",
        f"{facts.unit.branch.upper()} || {place}",
    ]
    if rng.random() < 0.5:
        lines.append("* ||")
    if rng.random() < 0.35:
        lines.append(f"Số: {rng.randint(1, 15):02d} - BB/CB ||")
    return lines


def _as_title(facts: Facts, rng: random.Random) -> list[str]:
    day = facts.day
    month = f"tháng {say.month_name(day.month)}" if rng.random() < 0.5 else f"tháng {day.month}"
    return {
        "regular": ["^BIÊN BẢN", f"^Họp chi bộ thường kỳ {month} năm {day.year}"],
        "thematic": ["^BIÊN BẢN", f"^Sinh hoạt chuyên đề quý {say.quarter(day)} năm {day.year}"],
        "combined": [
            "^BIÊN BẢN",
            f"^Họp chi bộ thường kỳ {month} năm {day.year}",
            "^(kết hợp sinh hoạt chuyên đề)",
        ],
        "extraordinary": [
            "^BIÊN BẢN",
            "^Họp chi bộ bất thường",
            f"^Về việc {_PURPOSES[facts.purpose or 'directives']}",
        ],
    }[facts.meeting_type]


def _as_opening(facts: Facts, rng: random.Random, pen: Pen) -> str:
    day, start = pen.day(facts.day), pen.clock(facts.start)
    if rng.random() < 0.5:
        weekday = weekday_name(facts.day)
        where = f"chi bộ chúng tôi họp tại {facts.location}"
        return f"Hôm nay, {weekday} ngày {day}, hồi {start}, {where}."
    return f"Hồi {start} ngày {day}, tại {facts.location}, chi bộ tiến hành họp."


def _as_people(facts: Facts, rng: random.Random) -> list[str]:
    clerk = f" ({facts.secretary_role})" if facts.secretary_role else ""
    if rng.random() < 0.5:
        lines = [
            f"Chủ trì: đ/c {facts.chair} – {facts.chair_role}.",
            f"Thư ký: đ/c {facts.secretary}{clerk}.",
        ]
    else:
        lines = [
            f"Đ/c {facts.chair}, {facts.chair_role} chủ trì; đ/c {facts.secretary}{clerk} "
            "làm thư ký."
        ]
    guests = _guests(facts)
    return lines + ([f"Dự họp có: {guests}."] if guests else [])


def _as_roll(facts: Facts, rng: random.Random, pen: Pen) -> list[str]:
    """The counts in two sentences, or on one line between dashes; the absent by name."""
    n = pen.n
    absent = facts.excused + facts.unexcused
    if rng.random() < 0.35:
        said = f"Số đảng viên: {n(facts.total)}"
        if facts.exempt is not None:
            said += f" – miễn sinh hoạt: {n(facts.exempt)}"
        said += f" – có mặt: {n(facts.present)} – vắng: {n(absent)}"
        if absent:
            said += f" (có lý do: {n(facts.excused)}, không lý do: {n(facts.unexcused)})"
        lines = [said + "."]
        if named_absentees(facts):
            lines.append(f"Các đ/c vắng: {_absentee_names(facts)}.")
        return lines
    said = f"Chi bộ có {n(facts.total)} đảng viên"
    if facts.exempt == 0:
        said += ", không có đ/c nào được miễn sinh hoạt"
    elif facts.exempt:
        said += f", trong đó {n(facts.exempt)} đ/c được miễn sinh hoạt đảng"
    present = f"Có mặt {n(facts.present)} đ/c"
    if not absent:
        return [said + ".", present + ", không đ/c nào vắng."]
    if facts.excused and facts.unexcused:
        kinds = f" ({n(facts.excused)} có lý do, {n(facts.unexcused)} không lý do)"
    else:
        kinds = " (có lý do)" if facts.excused else " (không lý do)"
    present += f"; vắng {n(absent)} đ/c{kinds}"
    if named_absentees(facts):
        present += f": {_absentee_names(facts)}"
    return [said + ".", present + "."]


def _as_close(facts: Facts, rng: random.Random, pen: Pen) -> list[str]:
    read = "Biên bản được đọc lại cho chi bộ nghe, các đ/c nhất trí, không ai có ý kiến khác."
    if facts.end is None:
        return [read]
    ended = f"Cuộc họp kết thúc hồi {pen.clock(facts.end)} {_end_day(facts, pen)}."
    return [read, ended] if rng.random() < 0.5 else [ended, read]


def _as_signatures(facts: Facts, rng: random.Random) -> list[str]:
    names = f"{facts.secretary} || {facts.chair}"
    roll = rng.random()
    if roll < 0.4:
        return ["", "THƯ KÝ || CHỦ TRÌ", "||", "||", names]
    if roll < 0.7:
        return ["", "Thư ký cuộc họp || Chủ trì cuộc họp", "||", "||", names]
    return ["", "THƯ KÝ || T/M CHI BỘ", f"|| {_role(facts)}", "||", "||", names]


# AT: an agency or enterprise cell's minutes on the office's own template ---------------------


def _at_minutes(facts: Facts, rng: random.Random, pen: Pen) -> list[str]:
    ranged = facts.end is not None and rng.random() < 0.5
    lines = [*_at_head(facts, rng, pen), "", *_at_title(facts), ""]
    lines += ["1. THỜI GIAN, ĐỊA ĐIỂM", _at_time(facts, rng, pen, ranged=ranged)]
    lines += [f"- Địa điểm: {facts.location}."]
    lines += ["2. THÀNH PHẦN", *_at_people(facts, rng), *_at_roll(facts, rng, pen)]
    lines += ["3. NỘI DUNG CUỘC HỌP"]
    for index, (head, said) in enumerate(parts.at_reports(facts, rng, pen)):
        lines += [f"3.{index + 1}. {head}", *said]
    lines += ["4. Ý KIẾN THẢO LUẬN", *parts.at_talk(facts, pen)]
    lines += [f"5. {parts.tasks_lead(facts, pen)}", *parts.tasks(facts, rng, pen)]
    if facts.vote:
        lines += ["6. BIỂU QUYẾT", *parts.vote(facts, "AT")]
    later = facts.sections.get("next_meeting")
    if later is not None:
        lines.append(f"Thời gian họp chi bộ tháng tới: ngày {pen.day(later)}.")
    return lines + _at_close(facts, pen, ranged=ranged) + _at_signatures(facts, rng)


def _at_head(facts: Facts, rng: random.Random, pen: Pen) -> list[str]:
    place = f"{facts.unit.head_place}, ngày {pen.day(facts.head_day)}"
    number = f"Số: {rng.randint(1, 60)}-BB/CB"
    return [
        f"{facts.unit.parent.upper()} || ĐẢNG CỘNG SẢN VIỆT NAM",
        f"{facts.unit.branch.upper()} ||",
        f"{number} || {place}",
    ]


def _at_title(facts: Facts) -> list[str]:
    day = facts.day
    month = f"{day.month:02d}/{day.year}"
    roman = ("I", "II", "III", "IV")[say.quarter(day) - 1]
    return {
        "regular": ["^BIÊN BẢN", f"^HỌP CHI BỘ THƯỜNG KỲ THÁNG {month}"],
        "thematic": ["^BIÊN BẢN", f"^SINH HOẠT CHUYÊN ĐỀ QUÝ {roman}/{day.year}"],
        "combined": ["^BIÊN BẢN", f"^HỌP CHI BỘ THƯỜNG KỲ THÁNG {month} KẾT HỢP CHUYÊN ĐỀ"],
        "extraordinary": [
            "^BIÊN BẢN",
            "^HỌP CHI BỘ BẤT THƯỜNG",
            f"^(V/v {_PURPOSES[facts.purpose or 'directives']})",
        ],
    }[facts.meeting_type]


def _at_time(facts: Facts, rng: random.Random, pen: Pen, *, ranged: bool) -> str:
    day, start = pen.day(facts.day), pen.clock(facts.start)
    weekday = f" ({say.capital(weekday_name(facts.day))})" if rng.random() < 0.3 else ""
    if not ranged or facts.end is None:
        return f"- Thời gian: bắt đầu {start}, ngày {day}{weekday}."
    end = pen.clock(facts.end)
    if facts.end_next_day:
        after = pen.day(facts.day + timedelta(days=1))
        return f"- Thời gian: từ {start} ngày {day}{weekday} đến {end} ngày {after}."
    return f"- Thời gian: từ {start} đến {end}, ngày {day}{weekday}."


def _at_people(facts: Facts, rng: random.Random) -> list[str]:
    clerk = f" – {say.capital(facts.secretary_role)}" if facts.secretary_role else ""
    guests = _guests(facts) or "không"
    return [
        f"- Chủ trì: Đ/c {facts.chair} – {facts.chair_role}.",
        f"- Thư ký: Đ/c {facts.secretary}{clerk}.",
        f"- Đại biểu cấp trên: {guests}.",
    ]


_TABLE_HEADS = ("Tổng số ĐV", "Miễn SH", "Có mặt", "Vắng có lý do", "Vắng không lý do")


def _at_roll(facts: Facts, rng: random.Random, pen: Pen) -> list[str]:
    """The counts in a one-row table or on labelled lines; the absent by name after them."""
    n = pen.n
    values = [facts.total, facts.exempt, facts.present, facts.excused, facts.unexcused]
    names = f": {_absentee_names(facts)}" if named_absentees(facts) else ""
    if rng.random() < 0.45:
        kept = [(head, v) for head, v in zip(_TABLE_HEADS, values, strict=True) if v is not None]
        lines = ["- Đảng viên:"]
        lines.append("| " + " | ".join(head for head, _ in kept) + " |")
        lines.append("| " + " | ".join(n(v) for _, v in kept) + " |")
        return lines + ([f"- Đảng viên vắng{names}."] if names else [])
    lines = [f"- Tổng số đảng viên: {n(facts.total)} đ/c."]
    if facts.exempt is not None:
        lines.append(f"- Miễn sinh hoạt: {n(facts.exempt)} đ/c.")
    lines.append(f"- Có mặt: {n(facts.present)} đ/c.")
    lines.append(f"- Vắng có lý do: {n(facts.excused)} đ/c.")
    lines.append(f"- Vắng không lý do: {n(facts.unexcused)} đ/c.")
    return lines + ([f"- Đảng viên vắng{names}."] if names else [])


def _at_close(facts: Facts, pen: Pen, *, ranged: bool) -> list[str]:
    read = "Biên bản đã được thông qua tại cuộc họp, các đ/c dự họp thống nhất."
    if facts.end is None or ranged:
        return [read]
    return [read, f"Cuộc họp kết thúc lúc {pen.clock(facts.end)}, {_end_day(facts, pen)}."]


def _at_signatures(facts: Facts, rng: random.Random) -> list[str]:
    names = f"{facts.secretary} || {facts.chair}"
    if rng.random() < 0.5:
        heads = ["THƯ KÝ || CHỦ TRÌ"]
    else:
        heads = ["THƯ KÝ || T/M CHI BỘ", f"|| {_role(facts)}"]
    signed = ["(Ký, ghi rõ họ tên) || (Ký, ghi rõ họ tên)"] if rng.random() < 0.3 else []
    lines = ["", *heads, *signed, "||", "||", names]
    if rng.random() < 0.5:
        lines += ["", "Nơi nhận:", f"- {facts.unit.parent} (để báo cáo);", "- Lưu: Chi bộ."]
    return lines

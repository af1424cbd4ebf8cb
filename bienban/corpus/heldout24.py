"""Held-out template families BA and BB: two further secretaries' hands, written after AY and
AZ.

HELD-OUT: this module, `heldout24_parts.py`, `heldout24_phrases.py` and
`tests/corpus/test_heldout24.py` are closed to whoever writes or tunes the extraction rules, and
BA/BB documents must not be run through extraction while tuning. Both are opt-in (`bienban
corpus generate --families BA,BB`): the default mix stays A–F, and existing seeds still give
byte-identical corpora.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from functools import partial

from bienban.corpus import heldout24_parts as parts
from bienban.corpus import heldout24_phrases as say
from bienban.corpus.facts import Facts
from bienban.corpus.heldout2_phrases import guest_name
from bienban.corpus.heldout11 import Hand
from bienban.corpus.heldout24_parts import Pen
from bienban.corpus.heldout_phrases import weekday_name

_PURPOSES = {
    "member_development": "xét đề nghị kết nạp quần chúng vào Đảng",
    "inspection": "xem xét, đề nghị thi hành kỷ luật đảng viên",
    "directives": "triển khai nhiệm vụ đột xuất theo chỉ đạo của cấp trên",
}
# The central guidance a typed form cites before its opening: (in force from, how it is cited).
_GUIDANCE = (
    (
        date(2018, 7, 6),
        "Hướng dẫn số 12-HD/BTCTW ngày 06/7/2018 của Ban Tổ chức Trung ương về nâng cao chất"
        " lượng sinh hoạt chi bộ",
    ),
    (
        date(2012, 3, 2),
        "Hướng dẫn số 09-HD/BTCTW ngày 02/3/2012 của Ban Tổ chức Trung ương về nâng cao chất"
        " lượng sinh hoạt chi bộ",
    ),
)

# Each hand's forms of a date, a clock and a count.
HELDOUT_FAMILIES: dict[str, Hand] = {
    "BA": Hand(
        "BA",
        {
            "date": ("slash", "words", "dot"),
            "clock": ("tick", "dial"),
            "count": ("digits", "words"),
        },
    ),
    "BB": Hand(
        "BB",
        {
            "date": ("slash_pad", "words_pad"),
            "clock": ("h", "colon", "gio_phut"),
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
    lines = _ba_minutes(facts, rng, pen) if family == "BA" else _bb_minutes(facts, rng, pen)
    return "\n".join(lines) + "\n"


def named_absentees(facts: Facts) -> bool:
    """Whether every absentee is known by name (the minutes then give each one)."""
    return bool(facts.absentees) and len(facts.absentees) == facts.excused + facts.unexcused


def required(facts: Facts) -> int:
    """The members bound to attend: all but the exempt."""
    return facts.total - (facts.exempt or 0)


def has_rate(facts: Facts) -> bool:
    """Whether an attendance rate can be written (the counts leave room for those present)."""
    return 0 < facts.present <= required(facts)


def probationary(facts: Facts, rng: random.Random) -> int:
    """How many of the members are probationary when the minutes say so, else 0; never where
    only full members vote (on admitting a candidate)."""
    if facts.purpose == "member_development" or facts.total < 8 or rng.random() > 0.3:
        return 0
    return rng.randint(1, 3)


def _end_day(facts: Facts, pen: Pen) -> str:
    """ "cùng ngày", or the next day's date for a meeting that went past midnight."""
    return f"ngày {pen.day(facts.day + timedelta(days=1))}" if facts.end_next_day else "cùng ngày"


def _role(facts: Facts) -> str:
    return "PHÓ BÍ THƯ" if facts.chair_role.startswith("Phó") else "BÍ THƯ"


def _clerk(facts: Facts) -> str:
    return f" ({facts.secretary_role})" if facts.secretary_role else ""


def _names(facts: Facts) -> str:
    return f"{facts.secretary} || {facts.chair}"


# BA: a commune cell's minutes book, kept by an older secretary's hand ----------------------


def _ba_minutes(facts: Facts, rng: random.Random, pen: Pen) -> list[str]:
    lines = [*_ba_head(facts, rng, pen), "", *_ba_title(facts, rng), ""]
    lines += _ba_opening(facts, rng, pen)
    people, roll = _ba_people(facts, rng), _ba_roll(facts, rng, pen)
    lines += people + roll if rng.random() < 0.5 else roll + people
    lines += _ba_guests(facts)
    if facts.sections.get("fees"):
        month = parts.month_label(facts.day)
        lines.append(f"Thu đảng phí tháng {month}: {parts.fee_amount(rng)}đ.")
    lines.append("Nội dung cuộc họp:")
    sections = parts.reports(facts, rng, pen)
    sections.append(("Ý kiến thảo luận", parts.talk(facts, rng, pen)))
    for index, (head, said) in enumerate(sections):
        lines += [f"{index + 1}) {head}:", *said]
    lines += [parts.tasks_lead(facts, pen), *parts.tasks(facts, rng, pen)]
    lines += parts.vote(facts, "BA")
    later = facts.sections.get("next_meeting")
    if later is not None:
        weekday = f" ({weekday_name(later)})" if rng.random() < 0.4 else ""
        lines.append(f"Kỳ họp tới: ngày {pen.day(later)}{weekday}, các đ/c nhớ đi họp đúng giờ.")
    return lines + _ba_close(facts, rng, pen) + _ba_signatures(facts, rng)


def _ba_head(facts: Facts, rng: random.Random, pen: Pen) -> list[str]:
    if rng.random() < 0.6:
        place = f"{facts.unit.head_place}, ngày {pen.day(facts.head_day)}"
        return [
            f"{facts.unit.parent.upper()} || ĐẢNG CỘNG SẢN VIỆT NAM",
            f"{facts.unit.branch.upper()} || {place}",
        ]
    return [f"{facts.unit.parent} || ĐẢNG CỘNG SẢN VIỆT NAM", f"{facts.unit.branch} ||"]


def _ba_kind(facts: Facts) -> str:
    month = f"tháng {facts.day.month}"
    return {
        "regular": f"định kỳ {month}",
        "thematic": "sinh hoạt chuyên đề",
        "combined": f"định kỳ {month} có lồng ghép chuyên đề",
        "extraordinary": "bất thường",
    }[facts.meeting_type]


def _ba_title(facts: Facts, rng: random.Random) -> list[str]:
    day = facts.day
    quarter = say.ROMAN[say.quarter(day) - 1]
    if facts.meeting_type == "thematic":
        return ["^BIÊN BẢN HỌP CHI BỘ", f"^Sinh hoạt chuyên đề quý {quarter} năm {day.year}"]
    if facts.meeting_type == "extraordinary":
        purpose = _PURPOSES[facts.purpose or "directives"]
        return ["^BIÊN BẢN HỌP CHI BỘ", "^(Họp bất thường)", f"^Về việc: {purpose}"]
    tail = ["^(có lồng ghép sinh hoạt chuyên đề)"] if facts.meeting_type == "combined" else []
    if rng.random() < 0.5:
        return ["^BIÊN BẢN HỌP CHI BỘ", f"^Định kỳ tháng {day.month} năm {day.year}", *tail]
    return ["^BIÊN BẢN", f"^Sinh hoạt chi bộ định kỳ tháng {day.month}/{day.year}", *tail]


def _ba_opening(facts: Facts, rng: random.Random, pen: Pen) -> list[str]:
    day, start = pen.day(facts.day), pen.clock(facts.start)
    if rng.random() < 0.5:
        return [
            f"Hồi {start} ngày {day}, tại {facts.location}, {facts.unit.branch} tiến hành họp"
            f" {_ba_kind(facts)}."
        ]
    return [
        f"Hôm nay ngày {day}, chi bộ họp {_ba_kind(facts)} tại {facts.location}. Bắt đầu từ"
        f" {start}."
    ]


def _ba_people(facts: Facts, rng: random.Random) -> list[str]:
    abbr = facts.chair_role.replace("Bí thư", "BT")
    if rng.random() < 0.5:
        return [
            f"Đ/c {facts.chair} ({abbr}) chủ trì cuộc họp; chi bộ cử đ/c {facts.secretary}"
            f"{_clerk(facts)} ghi biên bản."
        ]
    return [
        f"Người chủ trì: đ/c {facts.chair} – {abbr}.",
        f"Người ghi biên bản: đ/c {facts.secretary}{_clerk(facts)}.",
    ]


def _ba_guests(facts: Facts) -> list[str]:
    if facts.guests:
        named = " và ".join(f"{guest_name(name, {})} ({role})" for name, role in facts.guests)
        return [f"Có {named} về dự."]
    if facts.unnamed_guest:
        return [f"Có {facts.unnamed_guest} về dự."]
    return []


def _ba_kinds(facts: Facts, pen: Pen) -> str:
    """ "(1 có lý do, 1 không lý do)", or "có lý do" / "không lý do" when all are of a kind."""
    if facts.excused and facts.unexcused:
        return f"({pen.n(facts.excused)} có lý do, {pen.n(facts.unexcused)} không lý do)"
    return "có lý do" if facts.excused else "không lý do"


def _ba_roll(facts: Facts, rng: random.Random, pen: Pen) -> list[str]:
    """The counts in one sentence (the absent named after it) or one a line (the absent listed
    under theirs)."""
    n = pen.n
    absent = facts.excused + facts.unexcused
    extra = probationary(facts, rng)
    if rng.random() < 0.5:
        said = f"Chi bộ hiện có {n(facts.total)} ĐV"
        said += f" (trong đó {n(extra)} ĐV dự bị)" if extra else ""
        if facts.exempt == 0:
            said += ", không có ĐV miễn sinh hoạt"
        elif facts.exempt:
            said += f", được miễn sinh hoạt {n(facts.exempt)} ĐV"
        said += f"; dự họp {n(facts.present)} ĐV"
        if has_rate(facts):
            said += f" (đạt {say.round_percent(facts.present, required(facts))})"
        said += f"; vắng {n(absent)} ĐV {_ba_kinds(facts, pen)}." if absent else "; không ai vắng."
        if not named_absentees(facts):
            return [said]
        gone = ", ".join(f"đ/c {a.name} ({a.reason})" for a in facts.absentees)
        return [said, f"ĐV vắng: {gone}."]
    total = f"- Tổng số ĐV: {n(facts.total)} đ/c"
    total += f" (chính thức {facts.total - extra}, dự bị {extra})" if extra else ""
    lines = [f"{total}."]
    if facts.exempt == 0:
        lines.append("- Miễn sinh hoạt: không.")
    elif facts.exempt:
        lines.append(f"- Miễn sinh hoạt: {n(facts.exempt)} đ/c.")
    lines.append(f"- Có mặt: {n(facts.present)} đ/c.")
    if not absent:
        return [*lines, "- Vắng: không."]
    if not named_absentees(facts):
        return [*lines, f"- Vắng: {n(absent)} đ/c {_ba_kinds(facts, pen)}."]
    listed = [f"   {i + 1}. Đ/c {a.name}: {a.reason}" for i, a in enumerate(facts.absentees)]
    return [*lines, f"- Vắng: {n(absent)} đ/c, gồm:", *listed]


def _ba_close(facts: Facts, rng: random.Random, pen: Pen) -> list[str]:
    read = "Biên bản đã đọc lại cho chi bộ cùng nghe, các đ/c nhất trí thông qua."
    if facts.end is None:
        return [read]
    end, same = pen.clock(facts.end), _end_day(facts, pen)
    if rng.random() < 0.5:
        return [f"Đến {end} {same} cuộc họp kết thúc.", read]
    return [f"Cuộc họp kết thúc hồi {end} {same}.", read]


def _ba_signatures(facts: Facts, rng: random.Random) -> list[str]:
    if rng.random() < 0.5:
        return ["", "THƯ KÝ || CHỦ TRÌ", "||", "||", _names(facts)]
    return ["", "THƯ KÝ || T.M CHI BỘ", f"|| {_role(facts)}", "||", "||", _names(facts)]


# BB: a school's or a company's cell, its minutes typed on a printed form --------------------


def _bb_minutes(facts: Facts, rng: random.Random, pen: Pen) -> list[str]:
    lines = [*_bb_head(facts, rng), "", *_bb_title(facts, rng), ""]
    parts_done = 0
    if rng.random() < 0.5:
        lines += ["I. THỜI GIAN, ĐỊA ĐIỂM", *_bb_when(facts, pen)]
        parts_done = 1
    else:
        lines += [*_bb_grounds(facts, rng), _bb_opening(facts, pen)]
    lines += [f"{say.ROMAN[parts_done]}. THÀNH PHẦN", *_bb_people(facts, rng)]
    lines += [*_bb_guests(facts), *_bb_roll(facts, rng, pen)]
    lines.append(f"{say.ROMAN[parts_done + 1]}. NỘI DUNG SINH HOẠT")
    sections = parts.reports(facts, rng, pen)
    sections.append(("Thảo luận, đóng góp ý kiến", parts.talk(facts, rng, pen)))
    if rng.random() < 0.5:
        lines.append(
            "Đ/c chủ trì nêu mục đích, yêu cầu; chi bộ thống nhất chương trình gồm"
            f" {pen.n(len(sections))} nội dung."
        )
    for index, (head, said) in enumerate(sections):
        lines += [f"Nội dung {index + 1}: {head}.", *said]
    number = parts_done + 3
    closing = "KẾT LUẬN" if facts.meeting_type == "extraordinary" else "KẾT LUẬN, NGHỊ QUYẾT"
    lines += [f"{say.ROMAN[number - 1]}. {closing}", parts.tasks_lead(facts, pen)]
    parts.add_deadlines(facts, rng, pen)
    lines += parts.tasks(facts, rng, pen, section=number) + parts.vote(facts, "BB")
    later = facts.sections.get("next_meeting")
    if later is not None:
        lines.append(f"Lịch sinh hoạt kỳ tiếp theo: ngày {pen.day(later)}.")
    return lines + _bb_close(facts, rng, pen) + _bb_signatures(facts, rng)


def _bb_head(facts: Facts, rng: random.Random) -> list[str]:
    place = f"{facts.unit.head_place}, ngày {say.write_date(facts.head_day, style='words_pad')}"
    number = rng.choice([f"Số: {rng.randint(1, 24):02d}-BB/CB", f"Số {rng.randint(1, 24)}/BB-CB"])
    return [
        f"{facts.unit.parent.upper()} || ĐẢNG CỘNG SẢN VIỆT NAM",
        f"{facts.unit.branch.upper()} ||",
        f"{number if rng.random() < 0.7 else '*'} || {place}",
    ]


def _bb_title(facts: Facts, rng: random.Random) -> list[str]:
    day = facts.day
    month = f"THÁNG {day.month:02d}/{day.year}"
    quarter = f"QUÝ {say.ROMAN[say.quarter(day) - 1]}/{day.year}"
    said = {
        "regular": [f"^SINH HOẠT CHI BỘ THƯỜNG KỲ {month}"],
        "thematic": [f"^SINH HOẠT CHUYÊN ĐỀ {quarter}"],
        "combined": [
            f"^SINH HOẠT CHI BỘ THƯỜNG KỲ {month}",
            f"^KẾT HỢP SINH HOẠT CHUYÊN ĐỀ {quarter}",
        ],
        "extraordinary": [
            "^HỌP CHI BỘ BẤT THƯỜNG",
            f"^(Về việc {_PURPOSES[facts.purpose or 'directives']})",
        ],
    }[facts.meeting_type]
    rule = ["^---oOo---"] if rng.random() < 0.5 else []
    return ["^BIÊN BẢN", *said, *rule]


def _bb_kind(facts: Facts) -> str:
    month = f"tháng {facts.day.month:02d}/{facts.day.year}"
    quarter = f"quý {say.ROMAN[say.quarter(facts.day) - 1]}/{facts.day.year}"
    return {
        "regular": f"sinh hoạt thường kỳ {month}",
        "thematic": f"sinh hoạt chuyên đề {quarter}",
        "combined": f"sinh hoạt thường kỳ {month} kết hợp sinh hoạt chuyên đề",
        "extraordinary": "họp bất thường",
    }[facts.meeting_type]


def _bb_when(facts: Facts, pen: Pen) -> list[str]:
    return [
        f"– Khai mạc: {pen.clock(facts.start)}, ngày {pen.day(facts.day)}.",
        f"– Địa điểm: {facts.location}.",
    ]


def _bb_grounds(facts: Facts, rng: random.Random) -> list[str]:
    """What the form cites before its opening, when the guidance was already in force."""
    cited = next((said for since, said in _GUIDANCE if facts.day >= since), None)
    if cited is None or rng.random() < 0.4:
        return []
    return [f"Căn cứ {cited};", f"Thực hiện chương trình công tác năm {facts.day.year} của chi bộ."]


def _bb_opening(facts: Facts, pen: Pen) -> str:
    return (
        f"Hôm nay, vào hồi {pen.clock(facts.start)} ngày {pen.day(facts.day)}, tại"
        f" {facts.location}, {facts.unit.branch} tổ chức {_bb_kind(facts)}."
    )


def _bb_people(facts: Facts, rng: random.Random) -> list[str]:
    if rng.random() < 0.5:
        return [
            f"Chủ trì: đ/c {facts.chair} ({facts.chair_role}) || Thư ký: đ/c {facts.secretary}"
            f"{_clerk(facts)}"
        ]
    return [
        f"– Chủ trì: đ/c {facts.chair}, {facts.chair_role}.",
        f"– Thư ký: đ/c {facts.secretary}{_clerk(facts)}.",
    ]


def _bb_guests(facts: Facts) -> list[str]:
    if facts.guests:
        named = "; ".join(f"{guest_name(name, {})} – {role}" for name, role in facts.guests)
        return [f"– Đại biểu mời: {named}."]
    return [f"– Đại biểu mời: {facts.unnamed_guest or 'không'}."]


def _bb_roll(facts: Facts, rng: random.Random, pen: Pen) -> list[str]:
    """The counts in a numbered table (the absent named in its notes) or one a line (the absent
    listed under theirs)."""
    extra = probationary(facts, rng)
    if rng.random() < 0.5:
        return _bb_table(facts, rng, pen, extra)
    n = pen.n
    absent = facts.excused + facts.unexcused
    total = f"– Tổng số đảng viên của chi bộ: {n(facts.total)} đ/c"
    total += f" (chính thức {n(facts.total - extra)}, dự bị {n(extra)})" if extra else ""
    lines = [f"{total}."]
    if facts.exempt == 0:
        lines.append("– Số đảng viên được miễn sinh hoạt: không.")
    elif facts.exempt:
        lines.append(f"– Số đảng viên được miễn sinh hoạt: {n(facts.exempt)} đ/c.")
    if has_rate(facts):
        rate = say.percent(facts.present, required(facts))
        lines.append(
            f"– Số đảng viên có mặt: {n(facts.present)}/{n(required(facts))} đ/c, đạt {rate}."
        )
    else:
        lines.append(f"– Số đảng viên có mặt: {n(facts.present)} đ/c.")
    if not absent:
        return [*lines, "– Số đảng viên vắng mặt: không."]
    kinds = f"có lý do: {n(facts.excused)}; không lý do: {n(facts.unexcused)}"
    lines.append(f"– Số đảng viên vắng mặt: {n(absent)} đ/c ({kinds}).")
    if named_absentees(facts):
        lines += [f"   + Đ/c {a.name} – {a.reason}." for a in facts.absentees]
    return lines


def _bb_table(facts: Facts, rng: random.Random, pen: Pen, extra: int) -> list[str]:
    named = named_absentees(facts)

    def gone(excused: bool) -> str:
        who = [a for a in facts.absentees if a.excused == excused] if named else []
        return "; ".join(f"đ/c {a.name} ({a.reason})" for a in who)

    rows = [("Tổng số đảng viên", facts.total, f"chính thức {facts.total - extra}, dự bị {extra}")]
    if not extra:
        rows[0] = ("Tổng số đảng viên", facts.total, "")
    if facts.exempt is not None:
        rows.append(("Miễn sinh hoạt", facts.exempt, ""))
        if rng.random() < 0.5:
            rows.append(("Phải dự", required(facts), ""))
    rate = f"tỷ lệ {say.percent(facts.present, required(facts))}" if has_rate(facts) else ""
    rows.append(("Có mặt", facts.present, rate))
    rows.append(("Vắng có lý do", facts.excused, gone(True)))
    rows.append(("Vắng không lý do", facts.unexcused, gone(False)))
    table = [
        f"| {i + 1} | {what} | {pen.n(many)} | {note} |"
        for i, (what, many, note) in enumerate(rows)
    ]
    return ["– Tình hình đảng viên dự họp:", "| STT | Chỉ tiêu | Số lượng | Ghi chú |", *table]


def _bb_close(facts: Facts, rng: random.Random, pen: Pen) -> list[str]:
    copies = (
        f"Biên bản được lập thành {pen.n(2)} bản, đã đọc lại trước chi bộ và được các đ/c dự"
        " họp nhất trí."
    )
    if facts.end is None:
        return [copies]
    ended = f"Chi bộ kết thúc sinh hoạt vào hồi {pen.clock(facts.end)} {_end_day(facts, pen)}."
    length = facts.duration_minutes
    spent = [f"Thời lượng sinh hoạt: {say.span(length)}."] if length and rng.random() < 0.5 else []
    return [ended, *spent, copies]


def _bb_signatures(facts: Facts, rng: random.Random) -> list[str]:
    if rng.random() < 0.5:
        return [
            "",
            "NGƯỜI GHI BIÊN BẢN || T.M CHI BỘ",
            f"|| {_role(facts)}",
            "||",
            "||",
            _names(facts),
        ]
    return ["", "THƯ KÝ || CHỦ TRÌ", "||", "(đã ký) || (đã ký)", _names(facts)]

"""Held-out template families BE and BF: two further secretaries' hands, written after BA and
BB.

HELD-OUT: this module, `heldout26_parts.py`, `heldout26_phrases.py` and
`tests/corpus/test_heldout26.py` are closed to whoever writes or tunes the extraction rules, and
BE/BF documents must not be run through extraction while tuning. Both are opt-in (`bienban
corpus generate --families BE,BF`): the default mix stays A–F, and existing seeds still give
byte-identical corpora.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from functools import partial

from bienban.corpus import heldout26_parts as parts
from bienban.corpus import heldout26_phrases as say
from bienban.corpus.facts import Facts
from bienban.corpus.heldout2_phrases import guest_name
from bienban.corpus.heldout11 import Hand
from bienban.corpus.heldout26_parts import Pen
from bienban.corpus.heldout_phrases import weekday_name

_PURPOSES = {
    "member_development": "xét đề nghị kết nạp đảng viên mới",
    "inspection": "xem xét thi hành kỷ luật đảng viên",
    "directives": "triển khai nhiệm vụ cấp bách theo chỉ đạo của cấp trên",
}
_RANKS = ("Thiếu úy", "Trung úy", "Thượng úy", "Đại úy", "Thiếu tá", "Trung tá", "Thượng tá")

# Each hand's forms of a date, a clock and a count.
HELDOUT_FAMILIES: dict[str, Hand] = {
    "BE": Hand(
        "BE",
        {
            "date": ("words", "month_name", "dash"),
            "clock": ("gio_phut", "dial"),
            "count": ("words", "both", "digits"),
        },
    ),
    "BF": Hand(
        "BF",
        {
            "date": ("slash_daypad", "dot_pad"),
            "clock": ("pad_gio_phut", "pad_h", "pad_gio"),
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
    lines = _be_minutes(facts, rng, pen) if family == "BE" else _bf_minutes(facts, rng, pen)
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


def _after_next(facts: Facts, rng: random.Random, low: int, high: int) -> date:
    """A day after the meeting that is neither the meeting's nor the next meeting's."""
    later = facts.day + timedelta(days=rng.randint(low, high))
    while later == facts.sections.get("next_meeting"):
        later += timedelta(days=1)
    return later


# BE: a residential cell's minutes book, kept in long prose by a veteran ----------------------


def _be_minutes(facts: Facts, rng: random.Random, pen: Pen) -> list[str]:
    lines = [*_be_head(facts, rng, pen), "", *_be_title(facts, rng), ""]
    lines.append(_be_opening(facts, rng, pen))
    people, roll = [_be_people(facts, rng)], _be_roll(facts, rng, pen)
    lines += people + roll if rng.random() < 0.6 else roll + people
    lines += _be_guests(facts)
    sections = parts.reports(facts, rng, pen)
    if rng.random() < 0.5:
        lines.append(
            "Đồng chí chủ trì thông qua chương trình buổi sinh hoạt gồm"
            f" {pen.n(len(sections) + 1)} nội dung; chi bộ nhất trí."
        )
    run_in = rng.random() < 0.5
    for index, (head, said) in enumerate(sections):
        if run_in:
            lines += [f"{index + 1}/ {head}: {said[0]}", *said[1:]]
        else:
            lines += [f"{index + 1}/ {head}.", *said]
    if rng.random() < 0.5:
        lines.append(f"{len(sections) + 1}/ Thảo luận, góp ý.")
    else:
        lines.append("Sau khi nghe các báo cáo, chi bộ tiến hành thảo luận.")
    lines += parts.talk(facts, rng, pen)
    lines += parts.be_tasks(facts, rng, parts.tasks_lead(facts, pen))
    lines += parts.vote(facts, pen)
    lines += _be_aside(facts, rng, pen)
    later = facts.sections.get("next_meeting")
    if later is not None:
        lines.append(
            f"Kỳ sinh hoạt tới của chi bộ sẽ tiến hành vào {weekday_name(later)}, ngày"
            f" {pen.day(later)}."
        )
    return lines + _be_close(facts, rng, pen) + _be_signatures(facts, rng)


def _be_head(facts: Facts, rng: random.Random, pen: Pen) -> list[str]:
    """Two columns with the place and date under the motto, or the book's own head: the
    committee and the cell written at the top left, the motto centred under them."""
    if rng.random() < 0.6:
        place = f"{facts.unit.head_place}, ngày {pen.day(facts.head_day)}"
        return [
            f"{facts.unit.parent.upper()} || ĐẢNG CỘNG SẢN VIỆT NAM",
            f"{facts.unit.branch.upper()} || {place}",
        ]
    return [facts.unit.parent, facts.unit.branch, "", "^ĐẢNG CỘNG SẢN VIỆT NAM"]


def _be_title(facts: Facts, rng: random.Random) -> list[str]:
    day = facts.day
    month = f"tháng {say.month_name(day.month)} năm {day.year}"
    quarter = f"quý {say.ROMAN[say.quarter(day) - 1]} năm {day.year}"
    if facts.meeting_type == "extraordinary":
        purpose = _PURPOSES[facts.purpose or "directives"]
        return ["^BIÊN BẢN", "^Họp chi bộ bất thường", f"^Nội dung: {purpose}"]
    if facts.meeting_type == "thematic":
        if rng.random() < 0.5:
            return ["^BIÊN BẢN", f"^Sinh hoạt chuyên đề {quarter}"]
        return ["^BIÊN BẢN SINH HOẠT CHUYÊN ĐỀ", f"^{say.capital(quarter)}"]
    tail = ["^(Kết hợp sinh hoạt chuyên đề)"] if facts.meeting_type == "combined" else []
    if rng.random() < 0.5:
        return ["^BIÊN BẢN", f"^Sinh hoạt chi bộ thường kỳ {month}", *tail]
    return ["^BIÊN BẢN SINH HOẠT CHI BỘ THƯỜNG KỲ", f"^{say.capital(month)}", *tail]


def _be_kind(facts: Facts) -> str:
    month = f"tháng {say.month_name(facts.day.month)}"
    return {
        "regular": f"sinh hoạt thường kỳ {month}",
        "thematic": f"sinh hoạt chuyên đề quý {say.ROMAN[say.quarter(facts.day) - 1]}",
        "combined": f"sinh hoạt thường kỳ {month} kết hợp sinh hoạt chuyên đề",
        "extraordinary": f"họp bất thường nhằm {_PURPOSES[facts.purpose or 'directives']}",
    }[facts.meeting_type]


def _be_opening(facts: Facts, rng: random.Random, pen: Pen) -> str:
    day, start = pen.day(facts.day), pen.clock(facts.start)
    weekday = weekday_name(facts.day)
    if rng.random() < 0.5:
        return (
            f"Thực hiện chương trình công tác năm {facts.day.year}, hôm nay, {weekday}, ngày"
            f" {day}, vào hồi {start}, tại {facts.location}, {facts.unit.branch} tiến hành"
            f" {_be_kind(facts)}."
        )
    return (
        f"Vào {weekday}, ngày {day}, đúng {start}, các đồng chí đảng viên {facts.unit.branch}"
        f" đã có mặt tại {facts.location} để {_be_kind(facts)}."
    )


def _be_people(facts: Facts, rng: random.Random) -> str:
    if rng.random() < 0.5:
        return (
            f"Buổi sinh hoạt do đồng chí {facts.chair}, {facts.chair_role}, chủ trì; đồng chí"
            f" {facts.secretary}{_clerk(facts)} được chi bộ cử làm thư ký."
        )
    return (
        f"Chủ trì buổi sinh hoạt là đồng chí {facts.chair} – {facts.chair_role}; người ghi biên"
        f" bản là đồng chí {facts.secretary}{_clerk(facts)}."
    )


def _be_guests(facts: Facts) -> list[str]:
    if facts.guests:
        named = " và ".join(
            f"{say.lower_first(guest_name(name, {}))} ({role})" for name, role in facts.guests
        )
        return [f"Chi bộ vinh dự được đón {named} về dự và chỉ đạo buổi sinh hoạt."]
    if facts.unnamed_guest:
        return [f"Chi bộ vinh dự được đón {facts.unnamed_guest} về dự và chỉ đạo buổi sinh hoạt."]
    return []


def _exempt_reason(facts: Facts) -> str:
    return "do tuổi cao, sức yếu" if facts.unit.domain in ("urban", "rural") else "theo quy định"


def _be_gone(facts: Facts) -> str:
    return ", ".join(f"đồng chí {a.name} ({a.reason})" for a in facts.absentees)


def _be_roll(facts: Facts, rng: random.Random, pen: Pen) -> list[str]:
    """The counts in one paragraph (the absent named after them), or a dashed list with the
    absent one a line under theirs."""
    n, absent, extra = pen.n, facts.excused + facts.unexcused, probationary(facts, rng)
    if rng.random() < 0.5:
        said = f"Chi bộ hiện có {n(facts.total)} đảng viên"
        said += f" (trong đó có {n(extra)} đảng viên dự bị)" if extra else ""
        if facts.exempt == 0:
            said += ", không có đồng chí nào được miễn sinh hoạt"
        elif facts.exempt:
            said += f", {n(facts.exempt)} đồng chí được miễn sinh hoạt {_exempt_reason(facts)}"
        said += f". Có mặt tại buổi sinh hoạt {n(facts.present)} đồng chí"
        if has_rate(facts):
            said += f", đạt {say.percent(facts.present, required(facts))} so với số phải dự"
        if not absent:
            return [f"{said}; không có đồng chí nào vắng mặt."]
        said += f"; vắng mặt {n(absent)} đồng chí"
        if facts.excused and facts.unexcused:
            said += (
                f", trong đó {n(facts.excused)} đồng chí có lý do và {n(facts.unexcused)} đồng"
                " chí không có lý do."
            )
        else:
            said += " (đều có lý do)." if facts.excused else " (đều không có lý do)."
        return (
            [said, f"Các đồng chí vắng mặt: {_be_gone(facts)}."]
            if named_absentees(facts)
            else [said]
        )
    lines = ["Về số lượng đảng viên:", f"– Tổng số: {n(facts.total)} đồng chí."]
    if extra:
        lines[-1] = (
            f"– Tổng số: {n(facts.total)} đồng chí (chính thức {n(facts.total - extra)}, dự bị"
            f" {n(extra)})."
        )
    if facts.exempt == 0:
        lines.append("– Được miễn sinh hoạt: không có.")
    elif facts.exempt:
        lines.append(f"– Được miễn sinh hoạt: {n(facts.exempt)} đồng chí.")
        if rng.random() < 0.5:
            lines.append(f"– Phải dự: {n(required(facts))} đồng chí.")
    lines.append(f"– Có mặt: {n(facts.present)} đồng chí.")
    if not absent:
        return [*lines, "– Vắng mặt: không có."]
    said = f"– Vắng mặt: {n(absent)} đồng chí (có lý do: {n(facts.excused)}, không lý do:"
    lines.append(f"{said} {n(facts.unexcused)}).")
    if named_absentees(facts):
        lines += [f"   + Đồng chí {a.name}: {a.reason}." for a in facts.absentees]
    return lines


def _be_aside(facts: Facts, rng: random.Random, pen: Pen) -> list[str]:
    """Other business at the end: a notice with a later date, or small gifts with their sums."""
    roll = rng.random()
    if roll < 0.2:
        later = _after_next(facts, rng, 3, 20)
        return [
            "Việc khác: Hội Người cao tuổi thông báo lịch khám sức khỏe định kỳ cho các cụ vào"
            f" ngày {pen.day(later)}."
        ]
    if roll < 0.35:
        gifts = rng.randint(2, 6)
        value = say.money(rng.choice([200, 300, 500]) * 1000)
        return [
            f"Việc khác: chi bộ trích quỹ thăm hỏi {pen.n(gifts)} đồng chí đảng viên cao tuổi"
            f" ốm đau, mỗi suất {value} đồng."
        ]
    return []


def _be_close(facts: Facts, rng: random.Random, pen: Pen) -> list[str]:
    if rng.random() < 0.5:
        read = (
            "Biên bản đã được đọc lại trước chi bộ, các đồng chí dự họp nhất trí với nội dung"
            " đã ghi."
        )
    else:
        read = (
            f"Biên bản được ghi thành {pen.n(2)} bản, đã đọc lại cho chi bộ cùng nghe và được"
            " nhất trí thông qua."
        )
    if facts.end is None:
        return [read]
    end, same = pen.clock(facts.end), _end_day(facts, pen)
    if rng.random() < 0.5:
        return [f"Chi bộ sinh hoạt đến {end} {same} thì kết thúc.", read]
    return [f"Buổi sinh hoạt kết thúc vào hồi {end} {same}.", read]


def _be_signatures(facts: Facts, rng: random.Random) -> list[str]:
    names = f"{facts.secretary} || {facts.chair}"
    if rng.random() < 0.5:
        return ["", "NGƯỜI GHI BIÊN BẢN || CHỦ TRÌ", "||", "||", names]
    return ["", "THƯ KÝ || T/M CHI BỘ", f"|| {_role(facts)}", "||", "||", names]


# BF: a police or army unit's cell, its minutes typed terse and numbered -----------------------


def _ranks(facts: Facts, rng: random.Random) -> tuple[str, str]:
    """The chair's and the minute-taker's ranks before their names, in the forces only."""
    if facts.unit.domain not in ("police", "army") or rng.random() < 0.3:
        return "", ""
    high, low = rng.randint(3, 6), rng.randint(0, 3)
    return f"{_RANKS[high]} ", f"{_RANKS[low]} "


def _bf_minutes(facts: Facts, rng: random.Random, pen: Pen) -> list[str]:
    ranks = _ranks(facts, rng)
    quoted = facts.meeting_type != "thematic" or rng.random() < 0.5
    lines = [*_bf_head(facts, rng), "", *_bf_title(facts, rng, quoted=quoted), ""]
    lines += [rng.choice(["I. THỦ TỤC", "I. PHẦN MỞ ĐẦU"]), *_bf_when(facts, rng, pen)]
    lines += [*_bf_people(facts, rng, ranks), *_bf_guests(facts), *_bf_roll(facts, rng, pen)]
    lines.append("II. NỘI DUNG")
    for index, (head, said) in enumerate(parts.reports(facts, rng, pen, quoted=quoted)):
        lines += [f"II.{index + 1}. {head}", *said]
    lines += ["III. THẢO LUẬN", *parts.talk(facts, rng, pen)]
    closing = "IV. KẾT LUẬN" if facts.meeting_type == "extraordinary" else "IV. NGHỊ QUYẾT"
    lines += [closing, parts.tasks_lead(facts, pen), *parts.bf_tasks(facts, rng)]
    lines += parts.vote(facts, pen)
    if facts.meeting_type != "extraordinary" and rng.random() < 0.35:
        points = rng.randint(78, 97)
        level = "Tốt" if points >= 90 else "Khá"
        lines.append(f"Chấm điểm chất lượng sinh hoạt: {points} điểm – loại {level}.")
    later = facts.sections.get("next_meeting")
    if later is not None:
        lines.append(f"Sinh hoạt CB tháng {later.month}/{later.year}: ngày {pen.day(later)}.")
    return lines + _bf_close(facts, rng, pen) + _bf_signatures(facts, rng, ranks)


def _bf_head(facts: Facts, rng: random.Random) -> list[str]:
    day = facts.head_day
    place = f"{facts.unit.head_place}, ngày {day.day:02d} tháng {day.month:02d} năm {day.year}"
    lines = [
        f"{facts.unit.parent.upper()} || ĐẢNG CỘNG SẢN VIỆT NAM",
        f"{facts.unit.branch.upper()} || {place}",
    ]
    if rng.random() < 0.5:
        lines.append(f"Số: {rng.randint(1, 12):02d}-BB/CB ||")
    return lines


def _bf_title(facts: Facts, rng: random.Random, *, quoted: bool) -> list[str]:
    day = facts.day
    quarter = f"QUÝ {say.ROMAN[say.quarter(day) - 1]}/{day.year}"
    if facts.meeting_type == "extraordinary":
        word = "ĐỘT XUẤT" if rng.random() < 0.4 else "BẤT THƯỜNG"
        return [
            "^BIÊN BẢN",
            f"^HỌP CHI BỘ {word}",
            f"^({_PURPOSES[facts.purpose or 'directives']})",
        ]
    if facts.meeting_type == "thematic":
        theme = [] if quoted else [f"^“{facts.thematic_title}”"]
        return ["^BIÊN BẢN", f"^SINH HOẠT CHUYÊN ĐỀ {quarter}", *theme]
    if rng.random() < 0.5 and facts.meeting_type == "regular":
        return ["^BIÊN BẢN", f"^SINH HOẠT CHI BỘ THÁNG {day.month}/{day.year}"]
    tail = ["^(Kết hợp sinh hoạt chuyên đề)"] if facts.meeting_type == "combined" else []
    return ["^BIÊN BẢN HỌP CHI BỘ THƯỜNG KỲ", f"^Tháng {day.month:02d} năm {day.year}", *tail]


def _bf_kind(facts: Facts) -> str:
    return {
        "regular": f"sinh hoạt tháng {facts.day.month}/{facts.day.year}",
        "thematic": f"sinh hoạt chuyên đề quý {say.ROMAN[say.quarter(facts.day) - 1]}",
        "combined": f"sinh hoạt tháng {facts.day.month}/{facts.day.year} kết hợp chuyên đề",
        "extraordinary": "họp bất thường",
    }[facts.meeting_type]


def _bf_when(facts: Facts, rng: random.Random, pen: Pen) -> list[str]:
    start, day = pen.clock(facts.start), pen.day(facts.day)
    if rng.random() < 0.5:
        return [f"1. Thời gian: {start}, ngày {day}.", f"2. Địa điểm: {facts.location}."]
    return [
        f"Vào {start} ngày {day}, tại {facts.location}, {facts.unit.branch} tiến hành"
        f" {_bf_kind(facts)}."
    ]


def _bf_people(facts: Facts, rng: random.Random, ranks: tuple[str, str]) -> list[str]:
    role = "Phó BT CB" if facts.chair_role.startswith("Phó") else "Bí thư CB"
    short = {"chi ủy viên": "CUV", "đảng viên": "ĐV"}.get(facts.secretary_role or "", "")
    high, low = ranks
    if rng.random() < 0.5:
        clerk = f" – {short}" if short else ""
        return [
            f"Chủ trì: đ/c {high}{facts.chair} – {role}.",
            f"Thư ký: đ/c {low}{facts.secretary}{clerk}.",
        ]
    clerk = f" ({short})" if short else ""
    return [f"Chủ trì: đ/c {facts.chair} ({role}); thư ký: đ/c {facts.secretary}{clerk}."]


def _bf_guests(facts: Facts) -> list[str]:
    if facts.guests:
        named = "; ".join(f"{guest_name(name, {})} – {role}" for name, role in facts.guests)
        return [f"Đại biểu dự: {named}."]
    if facts.unnamed_guest:
        return [f"Đại biểu dự: {facts.unnamed_guest}."]
    return []


def _bf_gone(facts: Facts) -> list[str]:
    if not named_absentees(facts):
        return []
    return ["Vắng: " + "; ".join(f"đ/c {a.name} ({a.reason})" for a in facts.absentees) + "."]


def _bf_roll(facts: Facts, rng: random.Random, pen: Pen) -> list[str]:
    """The counts as a row under a row of heads, or on one terse line; the absent named after."""
    n, absent = pen.n, facts.excused + facts.unexcused
    if rng.random() < 0.5:
        heads, values = ["Tổng số ĐV"], [facts.total]
        if facts.exempt is not None:
            heads += ["Miễn SH", "Phải dự"]
            values += [facts.exempt, required(facts)]
        heads += ["Có mặt", "Vắng có lý do", "Vắng không lý do"]
        values += [facts.present, facts.excused, facts.unexcused]
        table = [f"| {' | '.join(heads)} |", f"| {' | '.join(n(v) for v in values)} |"]
        return ["Tình hình dự họp:", *table, *_bf_gone(facts)]
    extra = probationary(facts, rng)
    said = f"ĐV: {n(facts.total)}"
    said += f" (chính thức {n(facts.total - extra)}, dự bị {n(extra)})." if extra else "."
    if facts.exempt is not None:
        said += f" Miễn SH: {n(facts.exempt)}."
    if has_rate(facts):
        said += f" Có mặt: {n(facts.present)}/{n(required(facts))}."
    else:
        said += f" Có mặt: {n(facts.present)}."
    if absent:
        kinds = f"có lý do {n(facts.excused)}, không lý do {n(facts.unexcused)}"
        said += f" Vắng: {n(absent)} ({kinds})."
    else:
        said += " Vắng: 0."
    return [said, *_bf_gone(facts)]


def _bf_close(facts: Facts, rng: random.Random, pen: Pen) -> list[str]:
    read = "Biên bản đã đọc lại, chi bộ nhất trí thông qua."
    if facts.end is None:
        return [read]
    end, same = pen.clock(facts.end), _end_day(facts, pen)
    if rng.random() < 0.5:
        return [read, f"Kết thúc lúc {end} {same}."]
    return [f"Sinh hoạt kết thúc {end} {same}.", read]


def _bf_signatures(facts: Facts, rng: random.Random, ranks: tuple[str, str]) -> list[str]:
    high, low = ranks
    names = f"{low}{facts.secretary} || {high}{facts.chair}"
    if rng.random() < 0.5:
        return ["", "THƯ KÝ || T/M CHI BỘ", f"|| {_role(facts)}", "||", "||", names]
    return ["", "THƯ KÝ HỘI NGHỊ || CHỦ TRÌ HỘI NGHỊ", "||", "||", names]

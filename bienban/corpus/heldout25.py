"""Held-out template families BC and BD: two further secretaries' hands, written after BA and
BB.

HELD-OUT: this module, `heldout25_parts.py`, `heldout25_phrases.py` and
`tests/corpus/test_heldout25.py` are closed to whoever writes or tunes the extraction rules, and
BC/BD documents must not be run through extraction while tuning. Both are opt-in (`bienban
corpus generate --families BC,BD`): the default mix stays A–F, and existing seeds still give
byte-identical corpora.
"""

from __future__ import annotations

import random
from datetime import timedelta
from functools import partial

from bienban.corpus import heldout25_parts as parts
from bienban.corpus import heldout25_phrases as say
from bienban.corpus.facts import Facts
from bienban.corpus.heldout11 import Hand
from bienban.corpus.heldout25_parts import Pen
from bienban.corpus.heldout_phrases import weekday_name

_PURPOSES = {
    "BC": {
        "member_development": "xét hồ sơ đề nghị kết nạp đảng viên",
        "inspection": "xem xét, đề nghị xử lý kỷ luật đảng viên vi phạm",
        "directives": "triển khai nhiệm vụ cấp bách theo chỉ đạo của cấp trên",
    },
    "BD": {
        "member_development": "xét đơn xin vào Đảng",
        "inspection": "xem xét đảng viên vi phạm",
        "directives": "làm việc gấp cấp trên giao",
    },
}

# Each hand's forms of a date, a clock and a count.
HELDOUT_FAMILIES: dict[str, Hand] = {
    "BC": Hand(
        "BC",
        {
            "date": ("day_pad_slash", "day_pad_words", "dash_pad"),
            "clock": ("gio_pad", "h_spaced", "h_short"),
            "count": ("digits", "pad", "both"),
        },
    ),
    "BD": Hand(
        "BD",
        {
            "date": ("mung", "dash", "slash"),
            "clock": ("dial", "gio_bare"),
            "count": ("words", "digits"),
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
    lines = _bc_minutes(facts, rng, pen) if family == "BC" else _bd_minutes(facts, rng, pen)
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


def _is_deputy(facts: Facts) -> bool:
    return facts.chair_role.startswith("Phó")


def _names(facts: Facts) -> str:
    return f"{facts.secretary} || {facts.chair}"


def _sections(
    facts: Facts, rng: random.Random, pen: Pen, talk_head: str
) -> list[tuple[str, list[str]]]:
    sections = parts.reports(facts, rng, pen)
    sections.append((talk_head, parts.talk(facts, rng, pen)))
    return sections


# BC: a typed form copied from the district committee's model, its parts under "I/" to "V/" --


def _bc_minutes(facts: Facts, rng: random.Random, pen: Pen) -> list[str]:
    lines = [*_bc_head(facts, rng), "", *_bc_title(facts, rng), ""]
    lines += ["I/ THỜI GIAN, ĐỊA ĐIỂM", *_bc_when(facts, rng, pen)]
    lines += ["II/ THÀNH PHẦN", *_bc_people(facts, rng), *_bc_guests(facts, rng)]
    lines += _bc_roll(facts, rng, pen)
    lines.append("III/ NỘI DUNG SINH HOẠT")
    sections = _sections(facts, rng, pen, "Thảo luận")
    if rng.random() < 0.6:
        lines.append(
            "Đồng chí chủ trì nêu mục đích, yêu cầu và thông qua chương trình sinh hoạt gồm"
            f" {pen.n(len(sections))} nội dung."
        )
    for index, (head, said) in enumerate(sections):
        lines += [f"{index + 1}/ {head}", *said]
    closing = "QUYẾT NGHỊ" if facts.meeting_type in ("regular", "combined") else "KẾT LUẬN"
    lines += [f"IV/ {closing}", parts.tasks_lead(facts, pen), *parts.tasks(facts, rng, pen)]
    lines += parts.vote(facts, rng, pen)
    if facts.meeting_type in ("regular", "combined") and rng.random() < 0.25:
        score = rng.randint(70, 97)
        level = "Tốt" if score >= 90 else "Khá"
        lines.append(
            f"Chi bộ tự đánh giá chất lượng buổi sinh hoạt đạt {score} điểm, xếp loại {level}."
        )
    later = facts.sections.get("next_meeting")
    if later is not None:
        lines.append(f"Thời gian sinh hoạt chi bộ kỳ tới: ngày {pen.day(later)}.")
    return lines + ["V/ KẾT THÚC", *_bc_close(facts, rng, pen), *_bc_signatures(facts, rng)]


def _bc_head(facts: Facts, rng: random.Random) -> list[str]:
    """The letter head; the form's number and date sometimes left as the model had them."""
    roll = rng.random()
    number = f"Số: {rng.randint(1, 12):02d} - BB/CB" if roll < 0.4 else "*"
    if roll > 0.8:
        number = "Số:      -BB/CB"
    if rng.random() < 0.15:
        dated = "ngày ..... tháng ..... năm ......"
    else:
        dated = f"ngày {say.write_date(facts.head_day, style='day_pad_words')}"
    return [
        f"{facts.unit.parent.upper()} || ĐẢNG CỘNG SẢN VIỆT NAM",
        f"{facts.unit.branch.upper()} ||",
        f"{number} || {facts.unit.head_place}, {dated}",
    ]


def _bc_title(facts: Facts, rng: random.Random) -> list[str]:
    day = facts.day
    month = f"THÁNG {day.month} NĂM {day.year}"
    quarter = f"QUÝ {say.ROMAN[say.quarter(day) - 1]} NĂM {day.year}"
    return {
        "regular": [
            "^BIÊN BẢN",
            "^SINH HOẠT CHI BỘ THƯỜNG KỲ",
            f"^Tháng {day.month} năm {day.year}"
            if rng.random() < 0.5
            else f"^Tháng {day.month:02d}/{day.year}",
        ],
        "combined": [
            "^BIÊN BẢN",
            f"^SINH HOẠT CHI BỘ THƯỜNG KỲ {month}",
            "^(Có nội dung sinh hoạt chuyên đề)",
        ],
        "thematic": ["^BIÊN BẢN", f"^SINH HOẠT CHI BỘ CHUYÊN ĐỀ {quarter}"],
        "extraordinary": [
            "^BIÊN BẢN",
            "^HỌP CHI BỘ BẤT THƯỜNG",
            f"^V/v {_PURPOSES['BC'][facts.purpose or 'directives']}",
        ],
    }[facts.meeting_type]


def _bc_kind(facts: Facts) -> str:
    return {
        "regular": f"sinh hoạt thường kỳ tháng {say.month_label(facts.day)}",
        "thematic": "sinh hoạt chuyên đề",
        "combined": "sinh hoạt thường kỳ, kết hợp sinh hoạt chuyên đề",
        "extraordinary": "họp bất thường",
    }[facts.meeting_type]


def _bc_when(facts: Facts, rng: random.Random, pen: Pen) -> list[str]:
    day, start = pen.day(facts.day), pen.clock(facts.start)
    if rng.random() < 0.5:
        return [
            f"- Bắt đầu: {start}, {weekday_name(facts.day)} ngày {day}.",
            f"- Địa điểm sinh hoạt: {facts.location}.",
        ]
    return [
        f"Thực hiện chương trình công tác, vào lúc {start} ngày {day}, {facts.unit.branch} tiến"
        f" hành {_bc_kind(facts)} tại {facts.location}."
    ]


def _bc_people(facts: Facts, rng: random.Random) -> list[str]:
    clerk = facts.secretary_role
    if rng.random() < 0.5:
        return [
            f"- Đồng chí chủ trì: {facts.chair} – {facts.chair_role}.",
            f"- Đồng chí thư ký: {facts.secretary}" + (f" – {clerk}." if clerk else "."),
        ]
    said = f" ({clerk})" if clerk else ""
    return [
        f"Đồng chí {facts.chair}, {facts.chair_role}, chủ trì buổi sinh hoạt; đồng chí"
        f" {facts.secretary}{said} được phân công làm thư ký."
    ]


def _bc_guests(facts: Facts, rng: random.Random) -> list[str]:
    if facts.guests:
        named = "; ".join(f"đồng chí {name} – {role}" for name, role in facts.guests)
        return [f"- Đại biểu cấp trên dự: {named}."]
    if facts.unnamed_guest:
        return [f"- Đại biểu cấp trên dự: {facts.unnamed_guest}."]
    return ["- Đại biểu cấp trên dự: không có."] if rng.random() < 0.5 else []


def _bc_roll(facts: Facts, rng: random.Random, pen: Pen) -> list[str]:
    """The counts in a table of one row under its headings, or one a line; the absent named
    after them when all are known."""
    extra = probationary(facts, rng)
    if rng.random() < 0.5:
        return _bc_table(facts, rng, extra)
    n = pen.n
    absent = facts.excused + facts.unexcused
    total = f"- Tổng số đảng viên trong danh sách: {n(facts.total)} đ/c"
    total += f" (chính thức: {facts.total - extra}; dự bị: {extra})" if extra else ""
    lines = [f"{total}."]
    if facts.exempt == 0:
        lines.append("- Miễn sinh hoạt đảng: không có.")
    elif facts.exempt:
        lines.append(f"- Miễn sinh hoạt đảng: {n(facts.exempt)} đ/c.")
    if has_rate(facts) and rng.random() < 0.6:
        rate = say.percent(facts.present, required(facts))
        lines.append(f"- Có mặt: {facts.present}/{required(facts)} đ/c phải dự, tỷ lệ {rate}.")
    else:
        lines.append(f"- Có mặt: {n(facts.present)} đ/c.")
    if not absent:
        return [*lines, "- Vắng mặt: không có."]
    if facts.excused and facts.unexcused:
        kinds = f"trong đó có lý do: {n(facts.excused)} đ/c, không lý do: {n(facts.unexcused)} đ/c"
        lines.append(f"- Vắng mặt: {n(absent)} đ/c, {kinds}.")
    else:
        lines.append(
            f"- Vắng mặt: {n(absent)} đ/c ({'đều có' if facts.excused else 'không có'} lý do)."
        )
    if named_absentees(facts):
        lines += [f"  + Đ/c {a.name} – {a.reason}." for a in facts.absentees]
    return lines


def _bc_table(facts: Facts, rng: random.Random, extra: int) -> list[str]:
    heads = ["Tổng số ĐV"]
    values = [facts.total]
    if facts.exempt is not None:
        heads += ["Miễn SH", "Phải có mặt"]
        values += [facts.exempt, required(facts)]
    heads += ["Có mặt", "Vắng CLD", "Vắng KLD"]
    values += [facts.present, facts.excused, facts.unexcused]
    lines = ["- Tình hình đảng viên dự sinh hoạt:", f"| {' | '.join(heads)} |"]
    lines.append(f"| {' | '.join(str(v) for v in values)} |")
    if extra:
        lines.append(f"(Trong tổng số có {extra} đảng viên dự bị.)")
    if has_rate(facts) and rng.random() < 0.5:
        lines.append(
            f"Tỷ lệ đảng viên dự sinh hoạt: {say.percent(facts.present, required(facts))}."
        )
    if named_absentees(facts):
        gone = "; ".join(f"đ/c {a.name} ({a.reason})" for a in facts.absentees)
        lines.append(f"Đảng viên vắng: {gone}.")
    return lines


def _bc_close(facts: Facts, rng: random.Random, pen: Pen) -> list[str]:
    adopted = "Biên bản đã được thông qua trước chi bộ, không có ý kiến bổ sung."
    if facts.end is None:
        return [adopted]
    end, same = pen.clock(facts.end), _end_day(facts, pen)
    length = facts.duration_minutes
    if rng.random() < 0.5:
        spent = f", tổng thời gian sinh hoạt {say.span(length)}" if length else ""
        return [f"Buổi sinh hoạt kết thúc lúc {end} {same}{spent}.", adopted]
    return [f"Hội nghị kết thúc vào hồi {end} {same}.", adopted]


def _bc_signatures(facts: Facts, rng: random.Random) -> list[str]:
    role = "PHÓ BÍ THƯ" if _is_deputy(facts) else "BÍ THƯ"
    if rng.random() < 0.5:
        lines = [
            "",
            "THƯ KÝ || T/M CHI BỘ",
            f"|| {role}",
            "(Ký, ghi rõ họ tên) || (Ký, ghi rõ họ tên)",
            "||",
            _names(facts),
        ]
    else:
        lines = ["", "NGƯỜI GHI BIÊN BẢN || CHỦ TRÌ", "||", "||", _names(facts)]
    if rng.random() < 0.3:
        lines += ["", "Nơi nhận:", f"- {facts.unit.parent} (b/c);", "- Lưu chi bộ."]
    return lines


# BD: a highland cell's minutes book, written by hand in plain words ---------------------------


def _bd_minutes(facts: Facts, rng: random.Random, pen: Pen) -> list[str]:
    lines = [*_bd_head(facts, rng, pen), "", *_bd_title(facts), ""]
    lines += [*_bd_opening(facts, rng, pen), *_bd_people(facts, rng), *_bd_guests(facts)]
    lines += _bd_roll(facts, rng, pen)
    sections = _sections(facts, rng, pen, "Ý kiến đảng viên")
    if rng.random() < 0.5:
        heads = "; ".join(say.lower_first(head) for head, _ in sections)
        lines.append(f"Họp {pen.n(len(sections))} việc: {heads}.")
    starred = rng.random() < 0.5
    for index, (head, said) in enumerate(sections):
        opened = f"* {head}:" if starred else f"{say.capital(say.ordinal(index))}: {head}."
        lines += [opened, *said]
    work = parts.tasks(facts, rng, pen)
    lead = [] if parts.has_lead(work, facts, pen) else [parts.tasks_lead(facts, pen)]
    lines += [*lead, *work, *parts.vote(facts, rng, pen)]
    later = facts.sections.get("next_meeting")
    if later is not None:
        lines.append(f"Hẹn kỳ họp sau vào ngày {pen.day(later)}.")
    return lines + _bd_close(facts, rng, pen) + _bd_signatures(facts, rng)


def _bd_head(facts: Facts, rng: random.Random, pen: Pen) -> list[str]:
    roll = rng.random()
    if roll < 0.4:
        return [f"{facts.unit.parent} || ĐẢNG CỘNG SẢN VIỆT NAM", f"{facts.unit.branch} ||"]
    if roll < 0.7:
        return [facts.unit.parent, facts.unit.branch]
    place = f"{facts.unit.head_place}, ngày {pen.day(facts.head_day)}"
    return [
        f"{facts.unit.parent.upper()} || ĐẢNG CỘNG SẢN VIỆT NAM",
        f"{facts.unit.branch.upper()} || {place}",
    ]


def _bd_title(facts: Facts) -> list[str]:
    day = facts.day
    return {
        "regular": ["^BIÊN BẢN HỌP CHI BỘ", f"^Tháng {day.month} năm {day.year}"],
        "combined": [
            "^BIÊN BẢN HỌP CHI BỘ",
            f"^Họp thường kỳ tháng {day.month} năm {day.year} và sinh hoạt chuyên đề",
        ],
        "thematic": [
            "^BIÊN BẢN HỌP CHI BỘ",
            f"^Sinh hoạt chuyên đề quý {say.quarter(day)} năm {day.year}",
        ],
        "extraordinary": [
            "^BIÊN BẢN HỌP CHI BỘ BẤT THƯỜNG",
            f"^Về việc {_PURPOSES['BD'][facts.purpose or 'directives']}",
        ],
    }[facts.meeting_type]


def _bd_kind(facts: Facts) -> str:
    return {
        "regular": f"thường kỳ tháng {facts.day.month}",
        "thematic": "sinh hoạt chuyên đề",
        "combined": f"thường kỳ tháng {facts.day.month} và sinh hoạt chuyên đề",
        "extraordinary": "bất thường",
    }[facts.meeting_type]


def _bd_opening(facts: Facts, rng: random.Random, pen: Pen) -> list[str]:
    day, start = pen.day(facts.day), pen.clock(facts.start)
    if rng.random() < 0.5:
        return [
            f"Hôm nay, {weekday_name(facts.day)} ngày {day}. Đúng {start}, {facts.unit.branch}"
            f" họp {_bd_kind(facts)} ở {facts.location}."
        ]
    return [f"Lúc {start} ngày {day}, tại {facts.location}, chi bộ họp {_bd_kind(facts)}."]


def _bd_people(facts: Facts, rng: random.Random) -> list[str]:
    if rng.random() < 0.5:
        clerk = f", {facts.secretary_role}," if facts.secretary_role else ""
        return [
            f"Đ/c {facts.chair} – {say.lower_first(facts.chair_role)} – điều khiển cuộc họp.",
            f"Đ/c {facts.secretary}{clerk} ghi biên bản.",
        ]
    return [f"Chủ trì họp: đ/c {facts.chair}.", f"Người ghi: đ/c {facts.secretary}."]


def _bd_guests(facts: Facts) -> list[str]:
    if facts.guests:
        named = " và ".join(f"đ/c {name} – {role}" for name, role in facts.guests)
        return [f"Đến dự có {named}."]
    if facts.unnamed_guest:
        return [f"Đến dự có {facts.unnamed_guest}."]
    return []


def _bd_absence_words(rng: random.Random) -> tuple[str, str]:
    return ("có xin phép", "không xin phép") if rng.random() < 0.5 else ("có báo", "không báo")


def _bd_roll(facts: Facts, rng: random.Random, pen: Pen) -> list[str]:
    """The counts in sentences (the absent named in the last) or a short list."""
    n = pen.n
    absent = facts.excused + facts.unexcused
    yes, no = _bd_absence_words(rng)
    extra = probationary(facts, rng)
    if rng.random() < 0.5:
        lines = [
            f"Chi bộ có {n(facts.total)} đảng viên"
            + (f", trong đó {n(extra)} đ/c dự bị." if extra else ".")
        ]
        if facts.exempt == 0:
            lines.append("Không có đ/c nào miễn sinh hoạt.")
        elif facts.exempt:
            lines.append(f"{say.capital(n(facts.exempt))} đ/c già yếu được miễn sinh hoạt.")
        said = f"Hôm nay đi họp {n(facts.present)} đ/c"
        if not absent:
            return [*lines, f"{said}, không ai vắng."]
        if named_absentees(facts):
            gone = ", ".join(f"{a.name} ({a.reason})" for a in facts.absentees)
            return [*lines, f"{said}, vắng {n(absent)} đ/c: {gone}."]
        if facts.excused and facts.unexcused:
            kinds = f" ({n(facts.excused)} {yes}, {n(facts.unexcused)} {no})"
        else:
            kinds = f", đều {yes}" if facts.excused else f" {no}"
        return [*lines, f"{said}, vắng {n(absent)} đ/c{kinds}."]
    lines = [f"Số đảng viên: {n(facts.total)}" + (f" (dự bị {n(extra)})" if extra else "")]
    if facts.exempt is not None:
        lines.append(f"Miễn sinh hoạt: {n(facts.exempt)}")
    lines.append(f"Đi họp: {n(facts.present)}")
    if not absent:
        return [*lines, "Vắng: không"]
    if named_absentees(facts):
        gone = "; ".join(f"{a.name}: {a.reason}" for a in facts.absentees)
        return [*lines, f"Vắng: {n(absent)} – {gone}"]
    if facts.excused and facts.unexcused:
        kinds = f"({n(facts.excused)} {yes}, {n(facts.unexcused)} {no})"
    else:
        kinds = f"({yes})" if facts.excused else f"({no})"
    return [*lines, f"Vắng: {n(absent)} {kinds}"]


def _bd_close(facts: Facts, rng: random.Random, pen: Pen) -> list[str]:
    read = (
        "Biên bản đọc lại cho chi bộ nghe, mọi người nhất trí."
        if facts.vote and rng.random() < 0.5
        else "Biên bản đã đọc lại, không ai có ý kiến gì khác."
    )
    if facts.end is None:
        return [read]
    end, same = pen.clock(facts.end), _end_day(facts, pen)
    if rng.random() < 0.5:
        return [f"Đến {end} {same} thì nghỉ họp.", read]
    return [f"Cuộc họp xong lúc {end} {same}.", read]


def _bd_signatures(facts: Facts, rng: random.Random) -> list[str]:
    if rng.random() < 0.5:
        right = "Phó bí thư chi bộ" if _is_deputy(facts) else "Bí thư chi bộ"
        return ["", f"Người ghi biên bản || {right}", "||", _names(facts)]
    return ["", "THƯ KÝ || CHỦ TRÌ", "||", "||", _names(facts)]

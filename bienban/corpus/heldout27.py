"""Held-out template families BG and BH: two further secretaries' hands, written after BE and
BF.

HELD-OUT: this module, `heldout27_parts.py`, `heldout27_phrases.py` and
`tests/corpus/test_heldout27.py` are closed to whoever writes or tunes the extraction rules, and
BG/BH documents must not be run through extraction while tuning. Both are opt-in (`bienban
corpus generate --families BG,BH`): the default mix stays A–F, and existing seeds still give
byte-identical corpora.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from functools import partial

from bienban.corpus import heldout27_parts as parts
from bienban.corpus import heldout27_phrases as say
from bienban.corpus.facts import Facts
from bienban.corpus.heldout2_phrases import guest_name
from bienban.corpus.heldout11 import Hand
from bienban.corpus.heldout27_parts import Pen
from bienban.corpus.heldout_phrases import weekday_name

_PURPOSES = {
    "BG": {
        "member_development": "xem xét hồ sơ, đề nghị kết nạp quần chúng ưu tú vào Đảng",
        "inspection": "kiểm điểm và đề nghị kỷ luật đảng viên có vi phạm",
        "directives": "triển khai ngay công việc đột xuất do cấp trên chỉ đạo",
    },
    "BH": {
        "member_development": "bàn việc xét kết nạp đảng viên",
        "inspection": "bàn việc kỷ luật đảng viên",
        "directives": "bàn việc làm ngay theo chỉ đạo của cấp trên",
    },
}
_FORM_MARKS = ("Mẫu số 01", "Mẫu số 1", "Mẫu 1A", "Mẫu số 01/BB-CB")

# Each hand's forms of a date, a clock and a count.
HELDOUT_FAMILIES: dict[str, Hand] = {
    "BG": Hand(
        "BG",
        {
            "date": ("slash_pad", "words_pad"),
            "clock": ("gio_phut", "h"),
            "count": ("digits", "pad"),
        },
    ),
    "BH": Hand(
        "BH",
        {
            "date": ("slash", "words", "dash"),
            "clock": ("h_bare", "period"),
            "count": ("digits", "small_words"),
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
        short=family == "BH" and rng.random() < 0.6,
    )
    if pen.short:
        facts.resolutions = [pen.hand(item) for item in facts.resolutions]
        if facts.conclusion_decision:
            facts.conclusion_decision = pen.hand(facts.conclusion_decision)
    lines = _bg_minutes(facts, rng, pen) if family == "BG" else _bh_minutes(facts, rng, pen)
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


def _numbered(lines: list[str]) -> list[str]:
    return [f"{index + 1}. {line}" for index, line in enumerate(lines)]


# BG: the district organisation committee's form, its blanks filled in -----------------------


def _bg_minutes(facts: Facts, rng: random.Random, pen: Pen) -> list[str]:
    lines = [*_bg_head(facts, rng, pen), "", *_bg_title(facts, rng), ""]
    lines.append(rng.choice(["I. THÔNG TIN CHUNG", "I. THÀNH PHẦN, THỜI GIAN, ĐỊA ĐIỂM"]))
    fields = [*_bg_when(facts, rng, pen), *_bg_people(facts, rng), _bg_guests(facts)]
    fields.append("Đảng viên dự sinh hoạt (ghi cụ thể số lượng):")
    lines += [*_numbered(fields), *_bg_roll(facts, rng, pen)]
    lines.append(rng.choice(["II. DIỄN BIẾN BUỔI SINH HOẠT", "II. NỘI DUNG BUỔI SINH HOẠT"]))
    lines.append(f"1. {_bg_opening(facts)}")
    sections = parts.reports(facts, rng, pen)
    for index, (head, said) in enumerate(sections):
        lines += [f"{index + 2}. {head}", *said]
    lines.append(f"{len(sections) + 2}. Ý kiến phát biểu của đảng viên (ghi tóm tắt từng ý kiến)")
    lines += parts.talk(facts, rng, pen)
    lines += ["III. KẾT LUẬN CỦA CHI BỘ", parts.tasks_lead(facts, pen)]
    lines += [*parts.bg_tasks(facts, rng), *parts.vote(facts, pen)]
    if facts.meeting_type != "extraordinary" and rng.random() < 0.35:
        points = rng.randint(76, 97)
        level = "Tốt" if points >= 90 else "Khá"
        lines.append(f"Chi bộ tự chấm: {points}/100 điểm, xếp loại {level}.")
    later = facts.sections.get("next_meeting")
    if later is not None:
        lines.append(f"Dự kiến sinh hoạt kỳ tới: ngày {pen.day(later)}.")
    lines += ["IV. KẾT THÚC", *_bg_close(facts, rng, pen)]
    return lines + _bg_signatures(facts, rng)


def _guidance(facts: Facts, rng: random.Random) -> str:
    """The guidance the form came with: issued years before the meeting."""
    ward = "phường" in facts.unit.parent
    level, code = rng.choice([("Quận", "Q"), ("Thị", "T")]) if ward else ("Huyện", "H")
    issued = date(facts.day.year - rng.randint(1, 6), rng.randint(1, 12), rng.randint(1, 28))
    return (
        f"(Kèm theo Hướng dẫn số {rng.randint(2, 19):02d}-HD/BTC{code}U ngày"
        f" {issued.day}/{issued.month}/{issued.year} của Ban Tổ chức {level} ủy)"
    )


def _bg_head(facts: Facts, rng: random.Random, pen: Pen) -> list[str]:
    """The form's mark over the right column, sometimes with the guidance it came with; the
    committee over the cell on the left, the motto and the place and date on the right."""
    lines = []
    if rng.random() < 0.6:
        lines.append(f"|| {rng.choice(_FORM_MARKS)}")
        if rng.random() < 0.45:
            lines.append(f"|| {_guidance(facts, rng)}")
    place = f"{facts.unit.head_place}, ngày {pen.day(facts.head_day)}"
    return lines + [
        f"{facts.unit.parent.upper()} || ĐẢNG CỘNG SẢN VIỆT NAM",
        f"{facts.unit.branch.upper()} || {place}",
    ]


def _bg_title(facts: Facts, rng: random.Random) -> list[str]:
    day = facts.day
    if facts.meeting_type == "extraordinary":
        purpose = _PURPOSES["BG"][facts.purpose or "directives"]
        return ["^BIÊN BẢN SINH HOẠT CHI BỘ BẤT THƯỜNG", f"^(Về nội dung: {purpose})"]
    quarter = f"QUÝ {say.ROMAN[say.quarter(day) - 1]} NĂM {day.year}"
    if facts.meeting_type == "thematic":
        if rng.random() < 0.5:
            return ["^BIÊN BẢN SINH HOẠT CHUYÊN ĐỀ", f"^{quarter}"]
        return ["^BIÊN BẢN", f"^SINH HOẠT CHUYÊN ĐỀ {quarter}"]
    tail = ["^(Kết hợp nội dung sinh hoạt chuyên đề)"] if facts.meeting_type == "combined" else []
    if rng.random() < 0.5:
        return [
            "^BIÊN BẢN SINH HOẠT CHI BỘ ĐỊNH KỲ",
            f"^THÁNG {day.month:02d} NĂM {day.year}",
            *tail,
        ]
    return ["^BIÊN BẢN", f"^SINH HOẠT CHI BỘ ĐỊNH KỲ THÁNG {day.month:02d}/{day.year}", *tail]


def _bg_when(facts: Facts, rng: random.Random, pen: Pen) -> list[str]:
    day, start = pen.day(facts.day), pen.clock(facts.start)
    if rng.random() < 0.5:
        return [
            f"Ngày sinh hoạt: {day} ({weekday_name(facts.day)}).",
            f"Giờ bắt đầu: {start}.",
            f"Địa điểm: {facts.location}.",
        ]
    return [f"Thời gian, địa điểm: {start} ngày {day}, tại {facts.location}."]


def _bg_people(facts: Facts, rng: random.Random) -> list[str]:
    clerk = f" ({facts.secretary_role})" if facts.secretary_role else ""
    if rng.random() < 0.5:
        return [
            f"Chủ trì: đồng chí {facts.chair}, {facts.chair_role}.",
            f"Thư ký: đồng chí {facts.secretary}{clerk}.",
        ]
    return [
        f"Chủ trì (chủ tọa): đồng chí {facts.chair} – {facts.chair_role}; thư ký: đồng chí"
        f" {facts.secretary}{clerk}."
    ]


def _bg_guests(facts: Facts) -> str:
    if facts.guests:
        named = "; ".join(f"{guest_name(name, {})} – {role}" for name, role in facts.guests)
        return f"Đại biểu tham dự (nếu có): {named}."
    if facts.unnamed_guest:
        return f"Đại biểu tham dự (nếu có): {facts.unnamed_guest}."
    return "Đại biểu tham dự (nếu có): không có."


def _bg_gone(facts: Facts) -> list[str]:
    if not named_absentees(facts):
        return []
    return [
        "- Lý do vắng: " + "; ".join(f"đồng chí {a.name} – {a.reason}" for a in facts.absentees)
    ]


def _bg_roll(facts: Facts, rng: random.Random, pen: Pen) -> list[str]:
    """Two lines of paired blanks (all, exempt; present, absent by kind), or one blank a line;
    the absent named after them."""
    n, absent, extra = pen.n, facts.excused + facts.unexcused, probationary(facts, rng)
    unit = rng.choice(["đồng chí", "đ/c"])
    if rng.random() < 0.5:
        said = f"- Tổng số đảng viên: {n(facts.total)} {unit}"
        said += f" (chính thức {n(facts.total - extra)}, dự bị {n(extra)})" if extra else ""
        if facts.exempt == 0:
            said += "; được miễn sinh hoạt: không"
        elif facts.exempt:
            said += f"; được miễn sinh hoạt: {n(facts.exempt)} {unit}"
        here = f"- Có mặt: {n(facts.present)} {unit}"
        if has_rate(facts) and rng.random() < 0.6:
            here += f" (tỷ lệ {say.percent(facts.present, required(facts))} so với số phải dự)"
        if absent:
            kinds = f"có lý do: {n(facts.excused)}; không lý do: {n(facts.unexcused)}"
            here += f"; vắng: {n(absent)} {unit} ({kinds})."
        else:
            here += "; vắng: không."
        return [f"{said}.", here, *_bg_gone(facts)]
    lines = [f"- Số đảng viên của chi bộ: {n(facts.total)}."]
    if facts.exempt is not None:
        lines.append(f"- Số được miễn sinh hoạt: {n(facts.exempt)}.")
        if rng.random() < 0.5:
            lines.append(f"- Số phải dự: {n(required(facts))}.")
    lines.append(f"- Số có mặt: {n(facts.present)}.")
    if absent:
        lines.append(
            f"- Số vắng có lý do: {n(facts.excused)}; số vắng không lý do: {n(facts.unexcused)}."
        )
    else:
        lines.append(f"- Số vắng: {n(0)}.")
    return lines + _bg_gone(facts)


def _bg_opening(facts: Facts) -> str:
    said = (
        "giới thiệu đại biểu về dự"
        if facts.guests or facts.unnamed_guest
        else "mục đích buổi sinh hoạt"
    )
    return (
        f"Đồng chí chủ trì nêu lý do, {said}; chi bộ nhất trí với chương trình do chủ trì đề xuất."
    )


def _bg_close(facts: Facts, rng: random.Random, pen: Pen) -> list[str]:
    read = "Biên bản được đọc lại trước khi bế mạc; các đồng chí dự họp không bổ sung, sửa đổi."
    if facts.end is None:
        return [read]
    end, same = pen.clock(facts.end), _end_day(facts, pen)
    if rng.random() < 0.5:
        return [f"Giờ kết thúc: {end}, {same}.", read]
    return [f"Chi bộ bế mạc buổi sinh hoạt vào lúc {end} {same}.", read]


def _bg_signatures(facts: Facts, rng: random.Random) -> list[str]:
    names = f"{facts.secretary} || {facts.chair}"
    if rng.random() < 0.5:
        hint = "(Ký và ghi rõ họ tên)"
        return ["", "THƯ KÝ || CHỦ TRÌ", f"{hint} || {hint}", "||", "||", names]
    role = "PHÓ BÍ THƯ" if _is_deputy(facts) else "BÍ THƯ"
    return ["", "THƯ KÝ GHI BIÊN BẢN || T/M CHI ỦY", f"|| {role}", "||", "||", names]


# BH: a village cell's minutes book, written by hand and typed out later --------------------


def _bh_minutes(facts: Facts, rng: random.Random, pen: Pen) -> list[str]:
    page = rng.randint(12, 96) if rng.random() < 0.5 else 0
    lines = [f"(Chép lại từ sổ biên bản sinh hoạt của chi bộ, trang {page})"] if page else []
    lines += [*_bh_head(facts, rng), *_bh_title(facts, rng), ""]
    lines += [_bh_opening(facts, rng, pen), _bh_people(facts, rng), *_bh_guests(facts)]
    lines += _bh_roll(facts, rng, pen)
    body = []
    sections = parts.reports(facts, rng, pen)
    for index, (head, said) in enumerate(sections):
        body += [f"{index + 1}) {head}: {said[0]}", *said[1:]]
    body += [f"{len(sections) + 1}) Ý kiến đóng góp:", *parts.talk(facts, rng, pen)]
    if page and rng.random() < 0.6:
        body.insert(rng.randint(1, len(body) - 1), f"[trang {page + 1}]")
    lines += [*body, parts.tasks_lead(facts, pen), *parts.bh_tasks(facts, rng)]
    lines += parts.vote(facts, pen)
    if facts.meeting_type != "extraordinary" and rng.random() < 0.25:
        money = say.money(rng.randrange(300, 9000) * 1000)
        lines.append(f"Ngoài ra, đ/c {rng.choice(facts.members)} báo cáo quỹ chi bộ còn {money}đ.")
    later = facts.sections.get("next_meeting")
    if later is not None:
        lines.append(f"Hẹn họp tháng sau vào ngày {pen.day(later)}.")
    return lines + _bh_close(facts, rng, pen) + _bh_signatures(facts, rng, transcribed=bool(page))


def _bh_head(facts: Facts, rng: random.Random) -> list[str]:
    """The committee over the cell as the hand writes them, or the cell with its committee in
    brackets on one line."""
    if rng.random() < 0.6:
        return [facts.unit.parent, facts.unit.branch]
    return [f"{facts.unit.branch} ({facts.unit.parent})"]


def _bh_title(facts: Facts, rng: random.Random) -> list[str]:
    day = facts.day
    if facts.meeting_type == "extraordinary":
        return [
            "^Biên bản họp bất thường của chi bộ",
            f"^({_PURPOSES['BH'][facts.purpose or 'directives']})",
        ]
    if facts.meeting_type == "thematic":
        return [
            f"^Biên bản sinh hoạt chuyên đề quý {say.ROMAN[say.quarter(day) - 1]} năm {day.year}"
        ]
    if facts.meeting_type == "combined":
        return [
            f"^Biên bản họp chi bộ tháng {day.month}/{day.year}",
            "^(thường kỳ, có học chuyên đề)",
        ]
    if rng.random() < 0.5:
        return [f"^Biên bản họp chi bộ tháng {day.month}/{day.year}"]
    return [f"^Biên bản sinh hoạt chi bộ tháng {day.month} năm {day.year}"]


def _bh_kind(facts: Facts) -> str:
    month = f"tháng {facts.day.month}"
    return {
        "regular": f"thường kỳ {month}",
        "thematic": f"chuyên đề quý {say.ROMAN[say.quarter(facts.day) - 1]}",
        "combined": f"thường kỳ {month}, có học chuyên đề",
        "extraordinary": "bất thường",
    }[facts.meeting_type]


def _bh_opening(facts: Facts, rng: random.Random, pen: Pen) -> str:
    day, start = pen.day(facts.day), pen.clock(facts.start)
    where = f"{facts.unit.branch} họp {_bh_kind(facts)} tại {facts.location}"
    if rng.random() < 0.5:
        part = say.day_part(facts.start[0])
        return f"{part} nay, {weekday_name(facts.day)} ngày {day}, lúc {start}, {where}."
    return f"Ngày {day}, {where}. Giờ vào họp: {start}."


def _bh_people(facts: Facts, rng: random.Random) -> str:
    if rng.random() < 0.5:
        role = "Phó Bí thư" if _is_deputy(facts) else "Bí thư"
        return f"Chủ trì: đ/c {facts.chair} ({role}). Người ghi sổ: đ/c {facts.secretary}."
    role = "PBT" if _is_deputy(facts) else "BT"
    return f"Đ/c {facts.chair} – {role} – chủ trì; đ/c {facts.secretary} ghi biên bản."


def _bh_guests(facts: Facts) -> list[str]:
    if facts.guests:
        named = " và ".join(
            f"{say.lower_first(guest_name(name, {}))} ({role})" for name, role in facts.guests
        )
        return [f"Có {named} đến dự họp."]
    if facts.unnamed_guest:
        return [f"Có {facts.unnamed_guest} đến dự họp."]
    return []


def _bh_gone(facts: Facts) -> list[str]:
    if not named_absentees(facts):
        return []
    return ["Người vắng: " + ", ".join(f"đ/c {a.name} ({a.reason})" for a in facts.absentees) + "."]


def _bh_roll(facts: Facts, rng: random.Random, pen: Pen) -> list[str]:
    """The counts in two sentences, or one tally a line; the absent named after them."""
    n, absent, extra = pen.n, facts.excused + facts.unexcused, probationary(facts, rng)
    if rng.random() < 0.5:
        said = f"Chi bộ có {n(facts.total)} ĐV"
        said += f" ({n(extra)} dự bị)" if extra else ""
        if facts.exempt == 0:
            said += ", không ai được miễn sinh hoạt"
        elif facts.exempt:
            said += f", miễn sinh hoạt {n(facts.exempt)} đ/c"
        said += f". Hôm nay có mặt {n(facts.present)} đ/c"
        if not absent:
            said += ", không vắng ai."
        elif facts.excused and facts.unexcused:
            kinds = f"{n(facts.excused)} có lý do, {n(facts.unexcused)} không lý do"
            said += f", vắng {n(absent)} đ/c ({kinds})."
        else:
            said += f", vắng {n(absent)} đ/c {'có' if facts.excused else 'không có'} lý do."
        return [said, *_bh_gone(facts)]
    lines = [f"Số ĐV của chi bộ: {n(facts.total)}"]
    if facts.exempt is not None:
        lines.append(f"Số miễn sinh hoạt: {n(facts.exempt)}")
    lines.append(f"Số có mặt: {n(facts.present)}")
    if absent:
        kinds = f"{n(facts.excused)} có lý do, {n(facts.unexcused)} không lý do"
        lines.append(f"Số vắng: {n(absent)} ({kinds})")
    else:
        lines.append(f"Số vắng: {n(0)}")
    return lines + _bh_gone(facts)


def _bh_close(facts: Facts, rng: random.Random, pen: Pen) -> list[str]:
    read = "Đọc lại biên bản cho cả chi bộ cùng nghe, mọi người đồng ý."
    if facts.end is None:
        return [read]
    end, same = pen.clock(facts.end), _end_day(facts, pen)
    if rng.random() < 0.5:
        return [f"Kết thúc họp lúc {end} {same}.", read]
    return [read, f"Họp đến {end} {same} thì xong."]


def _bh_signatures(facts: Facts, rng: random.Random, *, transcribed: bool) -> list[str]:
    names = f"{facts.secretary} || {facts.chair}"
    heads = "Thư ký || Chủ trì" if rng.random() < 0.5 else "Người ghi || Chủ trì"
    signed = "[chữ ký] || [chữ ký]" if transcribed else "||"
    return ["", heads, signed, names]

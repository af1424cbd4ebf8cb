"""Held-out template families AK and AL: two further secretaries' hands, written after AI and
AJ.

HELD-OUT: this module, `heldout16_parts.py`, `heldout16_phrases.py` and
`tests/corpus/test_heldout16.py` are closed to whoever writes or tunes the extraction rules, and
AK/AL documents must not be run through extraction while tuning. Both are opt-in (`bienban
corpus generate --families AK,AL`): the default mix stays A–F, and existing seeds still give
byte-identical corpora.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from functools import partial

from bienban.corpus import heldout16_parts as parts
from bienban.corpus import heldout16_phrases as say
from bienban.corpus.facts import Facts
from bienban.corpus.heldout2_phrases import EXEMPT_REASONS, guest_name
from bienban.corpus.heldout11 import Hand
from bienban.corpus.heldout16_parts import Pen
from bienban.corpus.heldout_phrases import weekday_name

_PURPOSES = {
    "AK": {
        "member_development": "xét kết nạp quần chúng vào Đảng",
        "inspection": "xem xét kỷ luật đảng viên",
        "directives": "làm ngay việc Đảng ủy chỉ đạo",
    },
    "AL": {
        "member_development": "xem xét, đề nghị kết nạp đảng viên mới",
        "inspection": "xem xét, đề nghị thi hành kỷ luật đảng viên",
        "directives": "triển khai thực hiện chỉ đạo khẩn của Đảng ủy cấp trên",
    },
}

# Each hand's forms of a date, a clock and a count.
HELDOUT_FAMILIES: dict[str, Hand] = {
    "AK": Hand(
        "AK",
        {"date": ("slash", "dash"), "clock": ("ruoi", "h_bare"), "count": ("digits", "words")},
    ),
    "AL": Hand(
        "AL",
        {
            "date": ("words", "padded_words", "dash_padded"),
            "clock": ("gio_phut", "h"),
            "count": ("digits", "padded"),
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
        style["date"] != "words" and family == "AL",
        _PURPOSES[family][facts.purpose or "directives"],
    )
    if family == "AK":
        per = "/" if style["count"] == "digits" else " trên "
        lines = _ak_minutes(facts, rng, pen, per=per)
    else:
        lines = _al_minutes(facts, rng, pen)
    return "\n".join(lines) + "\n"


def _next_day(facts: Facts) -> date:
    return facts.day + timedelta(days=1)


def _exempt_reason(facts: Facts, rng: random.Random) -> str:
    return rng.choice(EXEMPT_REASONS) if facts.exempt else ""


def _guests(facts: Facts, *, joiner: str) -> str:
    """The named guests, each with the role after `joiner`, or the unnamed representative."""
    if facts.guests:
        return "; ".join(f"{guest_name(name, {})}{joiner}{role}" for name, role in facts.guests)
    return facts.unnamed_guest or ""


# AK: a rural cell's minutes book, short lines in the secretary's own hand ------------------


def _ak_minutes(facts: Facts, rng: random.Random, pen: Pen, *, per: str) -> list[str]:
    lines = [*_ak_head(facts, rng, pen), "", *_ak_title(facts, rng, pen), ""]
    lines += [_ak_opening(facts, rng, pen), *_ak_people(facts, rng)]
    guests = _guests(facts, joiner=" – ")
    if guests:
        lines.append(f"Khách mời: {guests}." if facts.guests else f"Có {guests} về dự.")
    lines += _ak_roll(facts, rng, pen, per=per)
    for _, said in parts.reports(facts, rng, pen):
        lines += [f"* {said[0]}", *said[1:]]
    talk = parts.talk(facts, pen)
    lines += [f"* {talk[0]}", *talk[1:]]
    lines += [f"* {parts.lead(facts, pen)}", *parts.ak_items(facts, rng)]
    lines += parts.vote_and_next(facts, pen, per=per)
    lines += _ak_close(facts, rng, pen)
    left = rng.choice(["Thư ký", "Người ghi biên bản"])
    signed = ["(Đã ký) || (Đã ký)"] if rng.random() < 0.3 else []
    return lines + [
        "",
        f"{left} || Chủ tọa",
        *signed,
        *(["||"] * rng.randint(1, 2)),
        f"{facts.secretary} || {facts.chair}",
    ]


def _ak_head(facts: Facts, rng: random.Random, pen: Pen) -> list[str]:
    """The committee over the cell, as written in the book; sometimes with the Party's name and
    the letter-head date on the right."""
    parent, branch = facts.unit.parent, facts.unit.branch
    if rng.random() < 0.3:
        parent, branch = parent.upper(), branch.upper()
    if rng.random() < 0.5:
        return [parent, branch]
    place = f"{facts.unit.head_place}, ngày {pen.day(facts.head_day)}"
    return [f"{parent} || ĐẢNG CỘNG SẢN VIỆT NAM", f"{branch} || {place}"]


def _ak_title(facts: Facts, rng: random.Random, pen: Pen) -> list[str]:
    month = f"{facts.day.month}/{facts.day.year}"
    plain = rng.choice(["thường kỳ", "định kỳ"])
    return {
        "regular": ["^BIÊN BẢN HỌP CHI BỘ", f"^(Họp {plain} tháng {month})"],
        "thematic": [
            "^BIÊN BẢN HỌP CHI BỘ",
            f"^(Sinh hoạt chuyên đề quý {say.quarter(facts.day)} năm {facts.day.year})",
        ],
        "combined": ["^BIÊN BẢN HỌP CHI BỘ", f"^(Thường kỳ tháng {month} + chuyên đề)"],
        "extraordinary": ["^BIÊN BẢN HỌP CHI BỘ BẤT THƯỜNG", f"^(Việc: {pen.purpose})"],
    }[facts.meeting_type]


def _ak_opening(facts: Facts, rng: random.Random, pen: Pen) -> str:
    day, clock, weekday = pen.day(facts.day), pen.clock(facts.start), weekday_name(facts.day)
    if rng.random() < 0.5:
        return f"Vào họp lúc {clock}, {weekday} ngày {day}, tại {facts.location}."
    return f"Ngày {day} ({weekday}), chi bộ họp tại {facts.location}, bắt đầu lúc {clock}."


def _ak_people(facts: Facts, rng: random.Random) -> list[str]:
    clerk = f" ({facts.secretary_role})" if facts.secretary_role else ""
    if rng.random() < 0.5:
        return [f"Chủ trì: {facts.chair_role} {facts.chair}; thư ký: đ/c {facts.secretary}{clerk}."]
    return [
        f"Đ/c {facts.chair} ({facts.chair_role}) chủ tọa, đ/c {facts.secretary}{clerk} làm thư ký."
    ]


def _ak_split(facts: Facts, pen: Pen) -> str:
    """Who asked leave ("có xin phép") and who did not, or which kind they all were."""
    if facts.excused and facts.unexcused:
        return f"{pen.n(facts.excused)} có xin phép, {pen.n(facts.unexcused)} không xin phép"
    return "có xin phép" if facts.excused else "không xin phép"


def _ak_roll(facts: Facts, rng: random.Random, pen: Pen, *, per: str) -> list[str]:
    """The counts in one line, or those present over those who had to come; then who was
    away."""
    n, absent = pen.n, facts.excused + facts.unexcused
    why = _exempt_reason(facts, rng)
    exempt = "" if facts.exempt is None else f"miễn sinh hoạt {n(facts.exempt)}"
    exempt += f" ({why})" if why else ""
    away = f"vắng {n(absent)} ({_ak_split(facts, pen)})" if absent else "không ai vắng"
    if rng.random() < 0.5:
        said = f"Đảng viên: tổng số {n(facts.total)}"
        said += f", {exempt}" if exempt else ""
        lines = [f"{said}; có mặt {n(facts.present)}; {away}."]
    else:
        due = facts.total - (facts.exempt or 0)
        said = f"Có mặt {n(facts.present)}{per}{n(due)} đ/c phải dự (tổng số {n(facts.total)} đ/c"
        said += f", {exempt})" if exempt else ")"
        lines = [f"{said}; {away}."]
    if say.named_absentees(facts):
        excused = [f"đ/c {a.name} ({a.reason})" for a in facts.absentees if a.excused]
        unexcused = [f"đ/c {a.name}" for a in facts.absentees if not a.excused]
        lines += [f"Vắng có xin phép: {', '.join(excused)}."] if excused else []
        lines += [f"Vắng không xin phép: {', '.join(unexcused)}."] if unexcused else []
    return lines


def _ak_close(facts: Facts, rng: random.Random, pen: Pen) -> list[str]:
    read = rng.choice(
        [
            "Biên bản đọc lại cho chi bộ nghe, không ai có ý kiến khác.",
            "Thư ký đọc lại biên bản, chi bộ nhất trí.",
        ]
    )
    if facts.end is None:
        return [read]
    when = f"Họp xong lúc {pen.clock(facts.end)}"
    when += f", sang ngày {pen.day(_next_day(facts))}." if facts.end_next_day else "."
    return [read, when] if rng.random() < 0.5 else [when, read]


# AL: a large agency cell's typed minutes, in numbered parts --------------------------------


def _al_minutes(facts: Facts, rng: random.Random, pen: Pen) -> list[str]:
    lines = [*_al_head(facts, rng), "", *_al_title(facts, rng, pen), ""]
    lines += ["I. THỜI GIAN, ĐỊA ĐIỂM", *_al_when(facts, rng, pen)]
    lines += ["II. THÀNH PHẦN THAM DỰ", *_al_people(facts, rng, pen)]
    lines += ["III. DIỄN BIẾN HỘI NGHỊ", *_al_body(facts, rng, pen)]
    if rng.random() < 0.4:
        lines.append("<<page>>")
    lines += ["IV. HỘI NGHỊ QUYẾT NGHỊ", parts.lead(facts, pen), *parts.al_items(facts, rng)]
    votes = parts.vote_and_next(facts, pen, per="/")
    if facts.vote is not None:
        lines += ["V. KẾT QUẢ BIỂU QUYẾT", votes[0]]
        votes = votes[1:]
    lines += votes
    lines += _al_close(facts, pen)
    role = "PHÓ BÍ THƯ" if facts.chair_role.startswith("Phó") else "BÍ THƯ"
    lines += [
        "",
        "THƯ KÝ || T/M CHI BỘ",
        f"|| {role}",
        *(["||"] * rng.randint(2, 3)),
        f"{facts.secretary} || {facts.chair}",
    ]
    if rng.random() < 0.5:
        lines += ["", "Nơi nhận:", f"- {facts.unit.parent} (b/c);", "- Lưu hồ sơ chi bộ."]
    return lines


def _al_head(facts: Facts, rng: random.Random) -> list[str]:
    day = facts.head_day
    place = f"{facts.unit.head_place}, ngày {day.day:02d} tháng {day.month:02d} năm {day.year}"
    number = f"Số: {rng.randint(1, 30):02d}-BB/CB" if rng.random() < 0.6 else ""
    lines = [
        f"{facts.unit.parent.upper()} || ĐẢNG CỘNG SẢN VIỆT NAM",
        f"{facts.unit.branch.upper()} ||",
    ]
    if rng.random() < 0.5:
        lines.append("* ||")
    return [*lines, f"{number} || {place}"]


def _al_title(facts: Facts, rng: random.Random, pen: Pen) -> list[str]:
    month = say.month_label(facts.day, padded=pen.padded)
    roman = say.ROMAN[say.quarter(facts.day) - 1]
    titles = {
        "regular": f"^HỘI NGHỊ CHI BỘ THƯỜNG KỲ THÁNG {month}",
        "thematic": f"^SINH HOẠT CHI BỘ CHUYÊN ĐỀ QUÝ {roman}/{facts.day.year}",
        "combined": f"^HỘI NGHỊ CHI BỘ THƯỜNG KỲ THÁNG {month}\n^(Có lồng ghép sinh hoạt "
        f"chuyên đề quý {roman})",
        "extraordinary": f"^HỌP CHI BỘ BẤT THƯỜNG\n^V/v {pen.purpose}",
    }
    rule = ["^-----"] if rng.random() < 0.5 else []
    return ["^BIÊN BẢN", *titles[facts.meeting_type].split("\n"), *rule]


def _al_when(facts: Facts, rng: random.Random, pen: Pen) -> list[str]:
    """The opening (or the opening and the end, as a span) with the day, then the place."""
    day, weekday, start = pen.day(facts.day), weekday_name(facts.day), pen.clock(facts.start)
    if facts.end is not None and rng.random() < 0.5:
        end = pen.clock(facts.end)
        if facts.end_next_day:
            said = f"{start}, {weekday}, ngày {day} – {end}, ngày {pen.day(_next_day(facts))}"
        else:
            said = f"{start} – {end}, {weekday}, ngày {day}"
    else:
        said = f"khai mạc {start}, {weekday}, ngày {day}"
    return [f"1. Thời gian: {said}.", f"2. Địa điểm: {facts.location}."]


def _al_people(facts: Facts, rng: random.Random, pen: Pen) -> list[str]:
    clerk = f", {facts.secretary_role}" if facts.secretary_role else ""
    lines = [
        f"1. Chủ trì hội nghị: đồng chí {facts.chair}, {facts.chair_role}.",
        f"2. Thư ký hội nghị: đồng chí {facts.secretary}{clerk}.",
    ]
    guests = _guests(facts, joiner=", ")
    if guests:
        lines.append(f"3. Đại biểu cấp trên dự: {guests}.")
    head = f"{len(lines) + 1}. Đảng viên dự hội nghị:"
    if rng.random() < 0.55:
        return [*lines, head, *_al_table(facts, rng, pen)]
    return [*lines, head, *_al_sentence(facts, rng, pen)]


def _official(facts: Facts, rng: random.Random) -> str:
    """Sometimes the official and probationary members, which add up to the total."""
    if rng.random() < 0.5:
        return ""
    probationary = rng.choice([0, 1, 1, 2]) if facts.total > 8 else rng.choice([0, 1])
    return f"chính thức {facts.total - probationary}, dự bị {probationary}"


def _rate(facts: Facts) -> str:
    """Those present over those who had to come, when that share makes sense."""
    due = facts.total - (facts.exempt or 0)
    return say.share(facts.present, due) if 0 < facts.present <= due else ""


def _al_table(facts: Facts, rng: random.Random, pen: Pen) -> list[str]:
    """A row a count, its note beside it (names of the absent when all are known)."""
    n, named = pen.n, say.named_absentees(facts)
    rate = _rate(facts)
    rows = [("Tổng số đảng viên", facts.total, _official(facts, rng))]
    if facts.exempt is not None:
        rows.append(("Miễn sinh hoạt", facts.exempt, _exempt_reason(facts, rng)))
    rows.append(("Có mặt", facts.present, f"đạt {rate}" if rate else ""))
    for excused, label, count in (
        (True, "Vắng có lý do", facts.excused),
        (False, "Vắng không lý do", facts.unexcused),
    ):
        away = [a for a in facts.absentees if a.excused == excused] if named else []
        note = "; ".join(f"đ/c {a.name} ({a.reason})" if excused else f"đ/c {a.name}" for a in away)
        rows.append((label, count, note))
    body = [f"| {label} | {n(value)} | {note} |" for label, value, note in rows]
    return ["| Nội dung | Số lượng (đồng chí) | Ghi chú |", *body]


def _al_sentence(facts: Facts, rng: random.Random, pen: Pen) -> list[str]:
    n, absent = pen.n, facts.excused + facts.unexcused
    official = _official(facts, rng)
    said = f"Tổng số đảng viên của chi bộ: {n(facts.total)} đồng chí"
    said += f" ({official})" if official else ""
    if facts.exempt is not None:
        said += f"; miễn sinh hoạt đảng: {n(facts.exempt)} đồng chí"
    rate = _rate(facts)
    said += f"; có mặt: {n(facts.present)} đồng chí" + (f" (đạt {rate})" if rate else "")
    if not absent:
        return [f"{said}; không có đồng chí vắng mặt."]
    said += f"; vắng mặt: {n(absent)} đồng chí, trong đó: "
    kinds = [f"có lý do {n(facts.excused)}"] if facts.excused else []
    kinds += [f"không lý do {n(facts.unexcused)}"] if facts.unexcused else []
    lines = [said + ", ".join(kinds) + "."]
    if say.named_absentees(facts):
        who = [
            f"đồng chí {a.name} – lý do: {a.reason}"
            if a.excused
            else f"đồng chí {a.name} – vắng không lý do"
            for a in facts.absentees
        ]
        lines.append(f"Đảng viên vắng mặt: {'; '.join(who)}.")
    return lines


def _al_body(facts: Facts, rng: random.Random, pen: Pen) -> list[str]:
    """Each report under its number, the discussion the last."""
    found = [*parts.reports(facts, rng, pen), ("Thảo luận", parts.talk(facts, pen))]
    lines = []
    for index, (title, said) in enumerate(found):
        lines += [f"{index + 1}. {title}", *said]
    return lines


def _al_close(facts: Facts, pen: Pen) -> list[str]:
    read = "Biên bản đã được đọc lại trước hội nghị và được các đồng chí dự họp thông qua."
    if facts.end is None:
        return [read]
    when = f"ngày {pen.day(_next_day(facts))}" if facts.end_next_day else "cùng ngày"
    return [f"Hội nghị kết thúc vào {pen.clock(facts.end)} {when}.", read]

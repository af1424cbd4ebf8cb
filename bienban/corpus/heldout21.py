"""Held-out template families AU and AV: two further secretaries' hands, written after AS and
AT.

HELD-OUT: this module, `heldout21_parts.py`, `heldout21_phrases.py` and
`tests/corpus/test_heldout21.py` are closed to whoever writes or tunes the extraction rules, and
AU/AV documents must not be run through extraction while tuning. Both are opt-in (`bienban
corpus generate --families AU,AV`): the default mix stays A–F, and existing seeds still give
byte-identical corpora.
"""

from __future__ import annotations

import random
from datetime import timedelta
from functools import partial

from bienban.corpus import heldout21_parts as parts
from bienban.corpus import heldout21_phrases as say
from bienban.corpus.facts import Facts
from bienban.corpus.heldout2_phrases import guest_name
from bienban.corpus.heldout11 import Hand
from bienban.corpus.heldout21_parts import Pen
from bienban.corpus.heldout_phrases import weekday_name

_PURPOSES = {
    "member_development": "xét kết nạp đảng viên",
    "inspection": "xem xét kỷ luật đảng viên",
    "directives": "triển khai việc cấp bách",
}

# Each hand's forms of a date, a clock and a count.
HELDOUT_FAMILIES: dict[str, Hand] = {
    "AU": Hand(
        "AU",
        {
            "date": ("dash", "words"),
            "clock": ("h_period", "gio_phut"),
            "count": ("digits", "words"),
        },
    ),
    "AV": Hand(
        "AV",
        {
            "date": ("slash_daypad", "words_pad"),
            "clock": ("period12", "hpad"),
            "count": ("pad", "digits_words"),
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
    lines = _au_minutes(facts, rng, pen) if family == "AU" else _av_minutes(facts, rng, pen)
    return "\n".join(lines) + "\n"


def named_absentees(facts: Facts) -> bool:
    """Whether every absentee is named (the minutes then give each one)."""
    return bool(facts.absentees) and len(facts.absentees) == facts.excused + facts.unexcused


def _absentee_names(facts: Facts, pen: Pen) -> str:
    """ "Nguyễn Văn A (ốm), Trần Thị B (không báo cáo)" or with "đ/c" before each (AV)."""
    lead = "" if pen.is_au else "đ/c "
    return ", ".join(f"{lead}{a.name} ({a.reason})" for a in facts.absentees)


def _guests(facts: Facts, pen: Pen) -> str:
    """The named guests with their roles, or the unnamed representative."""
    if facts.guests:
        if pen.is_au:
            return "; ".join(f"{guest_name(name, {})}, {role}" for name, role in facts.guests)
        return ", ".join(f"{guest_name(name, {})} ({role})" for name, role in facts.guests)
    return facts.unnamed_guest or ""


def _end_day(facts: Facts, pen: Pen) -> str:
    """ "cùng ngày", or the next day's date for a meeting that went past midnight."""
    return f"ngày {pen.day(facts.day + timedelta(days=1))}" if facts.end_next_day else "cùng ngày"


def _role(facts: Facts) -> str:
    return "PHÓ BÍ THƯ" if facts.chair_role.startswith("Phó") else "BÍ THƯ"


def _head(facts: Facts, rng: random.Random, pen: Pen) -> list[str]:
    place = f"{facts.unit.head_place}, ngày {pen.day(facts.head_day)}"
    top = f"{facts.unit.parent.upper()} || ĐẢNG CỘNG SẢN VIỆT NAM"
    if pen.is_au:
        lines = [top, f"{facts.unit.branch.upper()} || {place}"]
        if rng.random() < 0.5:
            lines.append(f"Số: {rng.randint(1, 24)}/BB-CB ||")
        return lines
    number = f"Số {rng.randint(1, 40):02d}-BB/CB" if rng.random() < 0.7 else "*"
    return [top, f"{facts.unit.branch.upper()} || ***", f"{number} || {place}"]


# AU: a commune cell's minutes book, kept by hand by the cooperative's accountant -------------


def _au_minutes(facts: Facts, rng: random.Random, pen: Pen) -> list[str]:
    lines = [*_head(facts, rng, pen), "", *_au_title(facts, rng), ""]
    lines += [*_au_opening(facts, rng, pen), *_au_people(facts, rng, pen)]
    lines += _au_roll(facts, rng, pen)
    lines.append("NỘI DUNG:")
    sections = parts.au_reports(facts, rng, pen)
    sections.append(("Ý kiến đóng góp của đảng viên", parts.au_talk(facts, pen)))
    sections.append((parts.tasks_lead(facts, pen).rstrip(":"), parts.tasks(facts, rng, pen)))
    for index, (head, said) in enumerate(sections):
        lines += [f"{chr(ord('A') + index)}. {head}:", *said]
    lines += parts.vote(facts, "AU")
    later = facts.sections.get("next_meeting")
    if later is not None:
        weekday = f"{weekday_name(later)}, " if rng.random() < 0.4 else ""
        lines.append(f"Lịch sinh hoạt chi bộ tháng sau: {weekday}ngày {pen.day(later)}.")
    return lines + _au_close(facts, rng, pen) + _au_signatures(facts, rng)


def _au_title(facts: Facts, rng: random.Random) -> list[str]:
    day = facts.day
    regular = "định kỳ" if rng.random() < 0.5 else "thường kỳ"
    month = f"tháng {day.month} năm {day.year}"
    return {
        "regular": ["^BIÊN BẢN", f"^SINH HOẠT CHI BỘ {regular.upper()} {month.upper()}"],
        "thematic": ["^BIÊN BẢN", f"^SINH HOẠT CHUYÊN ĐỀ QUÝ {say.ROMAN[say.quarter(day) - 1]}"],
        "combined": [
            "^BIÊN BẢN",
            f"^SINH HOẠT CHI BỘ {regular.upper()} {month.upper()}",
            "^VÀ SINH HOẠT CHUYÊN ĐỀ",
        ],
        "extraordinary": [
            "^BIÊN BẢN",
            "^SINH HOẠT CHI BỘ BẤT THƯỜNG",
            f"^(Về việc {_PURPOSES[facts.purpose or 'directives']})",
        ],
    }[facts.meeting_type]


def _au_opening(facts: Facts, rng: random.Random, pen: Pen) -> list[str]:
    day, start = pen.day(facts.day), pen.clock(facts.start)
    if rng.random() < 0.5:
        return [f"Vào hồi {start} ngày {day}, tại {facts.location}, chi bộ tiến hành họp."]
    weekday = weekday_name(facts.day)
    return [f"Thời gian: khai mạc {start}, {weekday} ngày {day}.", f"Nơi họp: {facts.location}."]


def _au_people(facts: Facts, rng: random.Random, pen: Pen) -> list[str]:
    clerk = f", {facts.secretary_role}" if facts.secretary_role else ""
    role = f" ({facts.secretary_role})" if facts.secretary_role else ""
    if rng.random() < 0.5:
        lines = [
            f"Đồng chí {facts.chair} – {facts.chair_role} điều hành buổi sinh hoạt.",
            f"Ghi biên bản: đồng chí {facts.secretary}{clerk}.",
        ]
    else:
        lines = [
            f"Điều hành: đồng chí {facts.chair} ({facts.chair_role}).",
            f"Phân công đồng chí {facts.secretary}{role} ghi biên bản.",
        ]
    guests = _guests(facts, pen)
    return lines + ([f"Khách mời: {guests}."] if guests else [])


def _au_roll(facts: Facts, rng: random.Random, pen: Pen) -> list[str]:
    """The counts: in one run of clauses, or on "+" lines; the absent by name after them."""
    n = pen.n
    absent = facts.excused + facts.unexcused
    said = [f"Đảng viên toàn chi bộ: {n(facts.total)} đồng chí"]
    if facts.exempt == 0:
        said.append("không có đồng chí nào được miễn sinh hoạt")
    elif facts.exempt:
        said.append(f"được miễn công tác và sinh hoạt đảng: {n(facts.exempt)} đồng chí")
    said.append(f"đến dự: {n(facts.present)} đồng chí")
    if not absent:
        said.append("không có đồng chí nào vắng mặt")
    elif facts.excused and facts.unexcused:
        said.append(
            f"vắng: {n(absent)} đồng chí (có phép: {n(facts.excused)}; "
            f"không phép: {n(facts.unexcused)})"
        )
    else:
        said.append(f"vắng: {n(absent)} đồng chí ({'có' if facts.excused else 'không'} phép)")
    named = [f"Vắng gồm: {_absentee_names(facts, pen)}."] if named_absentees(facts) else []
    if rng.random() < 0.5:
        return ["; ".join(said) + ".", *named]
    return [f"+ {say.capital(clause)}." for clause in said] + named


def _au_close(facts: Facts, rng: random.Random, pen: Pen) -> list[str]:
    read = "Biên bản được thông qua trước chi bộ, các đồng chí dự họp nhất trí."
    if facts.end is None:
        return [read]
    ended = f"Buổi sinh hoạt bế mạc lúc {pen.clock(facts.end)} {_end_day(facts, pen)}."
    return [ended, read] if rng.random() < 0.5 else [read, ended]


def _au_signatures(facts: Facts, rng: random.Random) -> list[str]:
    names = f"{facts.secretary} || {facts.chair}"
    roll = rng.random()
    if roll < 0.4:
        return ["", "NGƯỜI GHI BIÊN BẢN || CHỦ TRÌ", "||", "||", names]
    if roll < 0.7:
        return ["", f"THƯ KÝ || {_role(facts)} CHI BỘ", "||", "||", names]
    return ["", "THƯ KÝ || T/M CHI BỘ", f"|| {_role(facts)}", "(đã ký) || (đã ký)", names]


# AV: a school or police post cell's minutes, typed as running prose -------------------------


def _av_minutes(facts: Facts, rng: random.Random, pen: Pen) -> list[str]:
    lines = [*_head(facts, rng, pen), "", *_av_title(facts), ""]
    lines += [_av_opening(facts, rng, pen), *_av_people(facts, rng, pen)]
    lines += _av_roll(facts, rng, pen)
    lines += ["DIỄN BIẾN CUỘC HỌP", *parts.av_reports(facts, rng, pen)]
    lines += ["Thảo luận:", *parts.av_talk(facts, pen)]
    lines += [parts.tasks_lead(facts, pen), *parts.tasks(facts, rng, pen)]
    lines += parts.vote(facts, "AV")
    later = facts.sections.get("next_meeting")
    if later is not None:
        lines.append(f"Chi ủy sẽ triệu tập kỳ sinh hoạt tiếp theo vào ngày {pen.day(later)}.")
    return lines + _av_close(facts, pen) + _av_signatures(facts, rng)


def _av_title(facts: Facts) -> list[str]:
    day = facts.day
    month = f"tháng {day.month:02d} năm {day.year}"
    roman = say.ROMAN[say.quarter(day) - 1]
    return {
        "regular": ["^BIÊN BẢN SINH HOẠT CHI BỘ", f"^Kỳ sinh hoạt thường kỳ {month}"],
        "thematic": ["^BIÊN BẢN SINH HOẠT CHUYÊN ĐỀ", f"^Quý {roman} năm {day.year}"],
        "combined": [
            "^BIÊN BẢN SINH HOẠT CHI BỘ",
            f"^Thường kỳ {month}, lồng ghép sinh hoạt chuyên đề",
        ],
        "extraordinary": [
            "^BIÊN BẢN HỌP CHI BỘ BẤT THƯỜNG",
            f"^Nội dung: {_PURPOSES[facts.purpose or 'directives']}",
        ],
    }[facts.meeting_type]


def _av_opening(facts: Facts, rng: random.Random, pen: Pen) -> str:
    day, start = pen.day(facts.day), pen.clock(facts.start)
    if rng.random() < 0.5:
        weekday = say.capital(weekday_name(facts.day))
        return f"Đúng {start}, {weekday} ngày {day}, chi bộ tổ chức sinh hoạt tại {facts.location}."
    return (
        f"Thực hiện kế hoạch của chi ủy, vào lúc {start} ngày {day}, chi bộ họp tại "
        f"{facts.location}."
    )


def _av_people(facts: Facts, rng: random.Random, pen: Pen) -> list[str]:
    clerk = f" ({facts.secretary_role})" if facts.secretary_role else ""
    if rng.random() < 0.5:
        lines = [
            f"Chủ trì cuộc họp là đ/c {facts.chair}, {facts.chair_role}; thư ký là đ/c "
            f"{facts.secretary}{clerk}."
        ]
    else:
        lines = [
            f"Đ/c {facts.chair} ({facts.chair_role}) chủ trì.",
            f"Đ/c {facts.secretary}{clerk} được chi bộ cử làm thư ký.",
        ]
    if facts.guests:
        lines.append(f"Tham dự có {_guests(facts, pen)}.")
    elif facts.unnamed_guest:
        lines.append(f"Cuộc họp có sự tham dự của {facts.unnamed_guest}.")
    return lines


def _av_roll(facts: Facts, rng: random.Random, pen: Pen) -> list[str]:
    """The counts in one sentence or on dashed lines; the absent by name after them."""
    n = pen.n
    absent = facts.excused + facts.unexcused
    named = [f"Vắng mặt gồm: {_absentee_names(facts, pen)}."] if named_absentees(facts) else []
    if rng.random() < 0.5:
        said = f"Về số lượng: chi bộ có {n(facts.total)} đảng viên"
        if facts.exempt == 0:
            said += ", không có đ/c miễn sinh hoạt"
        elif facts.exempt:
            said += f", {n(facts.exempt)} đ/c miễn sinh hoạt"
        said += f"; có mặt {n(facts.present)} đ/c"
        if absent:
            said += (
                f"; vắng {n(absent)} đ/c, trong đó {n(facts.excused)} có lý do và "
                f"{n(facts.unexcused)} không lý do"
            )
        else:
            said += "; không có đ/c nào vắng"
        return [said + ".", *named]
    lines = [f"- Tổng số đảng viên của chi bộ: {n(facts.total)} đ/c"]
    if facts.exempt is not None:
        lines.append(f"- Số đ/c được miễn sinh hoạt: {n(facts.exempt)}")
    lines.append(f"- Số đ/c có mặt: {n(facts.present)}")
    lines.append(f"- Vắng có lý do: {n(facts.excused)}; vắng không lý do: {n(facts.unexcused)}")
    return lines + named


def _av_close(facts: Facts, pen: Pen) -> list[str]:
    read = "Biên bản được thư ký đọc lại và được các đ/c có mặt nhất trí thông qua."
    if facts.end is None:
        return [read]
    ended = f"Đến {pen.clock(facts.end)} {_end_day(facts, pen)}, chương trình sinh hoạt đã"
    return [f"{ended} hoàn thành, cuộc họp kết thúc.", read]


def _av_signatures(facts: Facts, rng: random.Random) -> list[str]:
    names = f"{facts.secretary} || {facts.chair}"
    if rng.random() < 0.5:
        heads = ["THƯ KÝ || CHỦ TRÌ CUỘC HỌP"]
    else:
        heads = ["THƯ KÝ || T/M CHI ỦY", f"|| {_role(facts)}"]
    lines = ["", *heads, "||", "||", names]
    if rng.random() < 0.4:
        lines += ["", "Nơi nhận:", "- Đảng ủy (b/c);", "- Lưu hồ sơ chi bộ."]
    return lines

"""Held-out template families BI and BJ: two further secretaries' hands, written after BG and
BH.

HELD-OUT: this module, `heldout28_parts.py`, `heldout28_phrases.py` and
`tests/corpus/test_heldout28.py` are closed to whoever writes or tunes the extraction rules, and
BI/BJ documents must not be run through extraction while tuning. Both are opt-in (`bienban
corpus generate --families BI,BJ`): the default mix stays A–F, and existing seeds still give
byte-identical corpora.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from functools import partial

from bienban.corpus import heldout28_parts as parts
from bienban.corpus import heldout28_phrases as say
from bienban.corpus.facts import Facts
from bienban.corpus.heldout2_phrases import guest_name
from bienban.corpus.heldout11 import Hand
from bienban.corpus.heldout27_phrases import ROMAN, lower_first, percent, quarter
from bienban.corpus.heldout28_parts import Pen
from bienban.corpus.heldout_phrases import weekday_name

_PURPOSES = {
    "member_development": "xét đề nghị kết nạp đảng viên mới",
    "inspection": "xem xét, đề nghị thi hành kỷ luật đảng viên",
    "directives": "triển khai nhiệm vụ đột xuất theo chỉ đạo của cấp trên",
}
# The guidance a cell cites, with the day it was issued.
_GUIDANCE = (
    (
        date(2018, 7, 6),
        "Thực hiện Hướng dẫn số 12-HD/BTCTW ngày 06/7/2018 của Ban Tổ chức Trung ương về một"
        " số vấn đề về nâng cao chất lượng sinh hoạt chi bộ",
    ),
    (
        date(2012, 3, 2),
        "Thực hiện Hướng dẫn số 09-HD/BTCTW ngày 02/3/2012 của Ban Tổ chức Trung ương về nâng"
        " cao chất lượng sinh hoạt chi bộ",
    ),
)

# Each hand's forms of a date, a clock and a count.
HELDOUT_FAMILIES: dict[str, Hand] = {
    "BI": Hand(
        "BI",
        {
            "date": ("words", "slash_pad"),
            "clock": ("gio_phut", "gio_pad"),
            "count": ("digits", "pad"),
        },
    ),
    "BJ": Hand(
        "BJ",
        {
            "date": ("words", "slash"),
            "clock": ("phut_period", "gio_bare"),
            "count": ("digits", "words"),
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
    lines = _bi_minutes(facts, rng, pen) if family == "BI" else _bj_minutes(facts, rng, pen)
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


# BI: a state agency's cell, keeping to the steps of Hướng dẫn 12 -----------------------------


def _bi_minutes(facts: Facts, rng: random.Random, pen: Pen) -> list[str]:
    lines = [*_bi_head(facts, pen), "", *_bi_title(facts, rng), "", *_bi_when(facts, rng, pen)]
    lines += ["PHẦN MỘT – KHAI MẠC", *_bi_people(facts, rng), *_bi_roll(facts, rng, pen)]
    lines.append("Đồng chí chủ trì nêu mục đích, yêu cầu; chi bộ nhất trí nội dung sinh hoạt.")
    lines.append("PHẦN HAI – NỘI DUNG")
    sections = parts.reports(facts, rng, pen)
    for index, (head, said) in enumerate(sections):
        lines += [f"{index + 1}. {head}", *said]
    lines += [f"{len(sections) + 1}. Thảo luận", *parts.talk(facts, pen)]
    close = "Kết luận, biểu quyết" if facts.vote else "Kết luận"
    lines += [f"{len(sections) + 2}. {close}", parts.tasks_lead(facts, pen)]
    lines += [*parts.bi_tasks(facts, rng), *parts.vote(facts, pen)]
    lines += ["PHẦN BA – BẾ MẠC", *_bi_close(facts, rng, pen)]
    return lines + _bi_signatures(facts, rng)


def _bi_head(facts: Facts, pen: Pen) -> list[str]:
    place = f"{facts.unit.head_place}, ngày {pen.day(facts.head_day)}"
    return [
        f"{facts.unit.parent.upper()} || ĐẢNG CỘNG SẢN VIỆT NAM",
        f"{facts.unit.branch.upper()} ||",
        f"* || {place}",
    ]


def _bi_kind(facts: Facts) -> str:
    day = facts.day
    return {
        "regular": f"thường kỳ tháng {day.month}/{day.year}",
        "thematic": f"chuyên đề quý {ROMAN[quarter(day) - 1]}/{day.year}",
        "combined": f"thường kỳ tháng {day.month}/{day.year} kết hợp sinh hoạt chuyên đề",
        "extraordinary": "bất thường",
    }[facts.meeting_type]


def _bi_title(facts: Facts, rng: random.Random) -> list[str]:
    day = facts.day
    if facts.meeting_type == "extraordinary":
        return [
            "^BIÊN BẢN",
            "^HỌP CHI BỘ BẤT THƯỜNG",
            f"^Về việc {_PURPOSES[facts.purpose or 'directives']}",
        ]
    if facts.meeting_type == "thematic":
        return ["^BIÊN BẢN", f"^Sinh hoạt chuyên đề quý {ROMAN[quarter(day) - 1]} năm {day.year}"]
    tail = ["^(Có sinh hoạt chuyên đề)"] if facts.meeting_type == "combined" else []
    if rng.random() < 0.5:
        return ["^BIÊN BẢN", f"^Sinh hoạt chi bộ thường kỳ tháng {day.month} năm {day.year}", *tail]
    return ["^BIÊN BẢN SINH HOẠT CHI BỘ THƯỜNG KỲ", f"^Tháng {day.month} năm {day.year}", *tail]


def _bi_when(facts: Facts, rng: random.Random, pen: Pen) -> list[str]:
    day, start = pen.day(facts.day), pen.clock(facts.start)
    cited = next((text for issued, text in _GUIDANCE if issued < facts.day), None)
    if cited and rng.random() < 0.55:
        return [
            f"{cited}, {facts.unit.branch} tổ chức sinh hoạt {_bi_kind(facts)}, khai mạc lúc"
            f" {start} ngày {day}, tại {facts.location}."
        ]
    return [
        f"Bắt đầu: {start}, ngày {day}.",
        f"Nơi sinh hoạt: {facts.location}.",
    ]


def _bi_people(facts: Facts, rng: random.Random) -> list[str]:
    clerk = f" ({facts.secretary_role})" if facts.secretary_role else ""
    if rng.random() < 0.5:
        lines = [
            f"Điều hành sinh hoạt: đồng chí {facts.chair}, {facts.chair_role}.",
            f"Chi bộ cử đồng chí {facts.secretary}{clerk} ghi biên bản.",
        ]
    else:
        lines = [
            f"Đồng chí {facts.chair} ({facts.chair_role}) chủ trì; đồng chí"
            f" {facts.secretary}{clerk} được phân công ghi biên bản."
        ]
    if facts.guests or facts.unnamed_guest:
        lines.append(f"Dự sinh hoạt với chi bộ có: {_guests(facts, '; ')}.")
    return lines


def _bi_roll(facts: Facts, rng: random.Random, pen: Pen) -> list[str]:
    """A table of the counts, or one line of them; the absent named after them."""
    n, absent = pen.n, facts.excused + facts.unexcused
    lines = ["Tình hình đảng viên dự sinh hoạt:"]
    if rng.random() < 0.5:
        head = ["Tổng số đảng viên"]
        row = [n(facts.total)]
        if facts.exempt is not None:
            head += ["Miễn sinh hoạt", "Phải có mặt"]
            row += [n(facts.exempt), n(required(facts))]
        head += ["Có mặt", "Vắng có lý do", "Vắng không lý do"]
        row += [n(facts.present), n(facts.excused), n(facts.unexcused)]
        lines += [f"| {' | '.join(head)} |", f"| {' | '.join(row)} |"]
    else:
        said = f"Đảng viên trong danh sách: {n(facts.total)}"
        if facts.exempt is not None:
            said += f", miễn công tác và sinh hoạt đảng: {n(facts.exempt)}"
        said += f"; dự sinh hoạt: {n(facts.present)}"
        if 0 < facts.present <= required(facts):
            said += f", đạt {percent(facts.present, required(facts))}"
        if absent:
            said += f"; vắng có lý do: {n(facts.excused)}, vắng không lý do: {n(facts.unexcused)}."
        else:
            said += "; không có đảng viên vắng."
        lines.append(said)
    if named_absentees(facts):
        gone = "; ".join(f"{a.name} – {a.reason}" for a in facts.absentees)
        lines.append(f"Đảng viên vắng: {gone}.")
    return lines


def _bi_close(facts: Facts, rng: random.Random, pen: Pen) -> list[str]:
    lines = []
    if facts.meeting_type != "extraordinary" and rng.random() < 0.4:
        level = rng.choice(["Tốt", "Khá"])
        lines.append(f"Chi bộ tự nhận xét, xếp chất lượng buổi sinh hoạt ở mức {level}.")
    later = facts.sections.get("next_meeting")
    if later is not None:
        lines.append(f"Sinh hoạt chi bộ kỳ sau dự kiến tổ chức ngày {pen.day(later)}.")
    read = "Thư ký đọc lại biên bản; chi bộ nhất trí thông qua toàn văn."
    if facts.end is None:
        return [*lines, read]
    end = f"Hoàn thành chương trình, buổi sinh hoạt bế mạc vào {pen.clock(facts.end)}"
    return [*lines, read, f"{end} {_end_day(facts, pen)}."]


def _bi_signatures(facts: Facts, rng: random.Random) -> list[str]:
    names = f"{facts.secretary} || {facts.chair}"
    role = "PHÓ BÍ THƯ" if _is_deputy(facts) else "BÍ THƯ"
    lines = ["", "THƯ KÝ || T/M CHI BỘ", f"|| {role}", "||", names]
    if rng.random() < 0.6:
        lines += ["", "Nơi nhận:", f"- {facts.unit.parent} (để báo cáo);", "- Lưu văn thư chi bộ."]
    return lines


# BJ: a rural cell's secretary, telling the meeting in plain paragraphs -----------------------


def _bj_minutes(facts: Facts, rng: random.Random, pen: Pen) -> list[str]:
    run_on = rng.random() < 0.55
    if run_on:
        facts.resolutions = [_small(item) for item in facts.resolutions]
    lines = [*_bj_head(facts, rng), *_bj_title(facts), ""]
    lines += [_bj_opening(facts, rng, pen), _bj_roll(facts, pen), *_bj_people(facts, rng)]
    for index, (_, said) in enumerate(parts.reports(facts, rng, pen)):
        step = parts.BJ_STEPS[min(index, len(parts.BJ_STEPS) - 1)]
        lines += [f"{step}, {said[0]}", *said[1:]]
    lines += parts.talk(facts, pen)
    lines += parts.bj_tasks(facts, run_on=run_on, lead=parts.tasks_lead(facts, pen))
    lines += parts.vote(facts, pen)
    later = facts.sections.get("next_meeting")
    if later is not None:
        lines.append(f"Chi bộ định họp lần tới vào ngày {pen.day(later)}.")
    return lines + _bj_close(facts, rng, pen) + _bj_signatures(facts, rng)


def _small(item: str) -> str:
    """A task as it reads inside a sentence: its first letter small, unless it starts with a
    short form ("UBND")."""
    return item if item[1:2].isupper() else lower_first(item)


def _bj_head(facts: Facts, rng: random.Random) -> list[str]:
    if rng.random() < 0.5:
        return [
            f"{facts.unit.parent.upper()} || ĐẢNG CỘNG SẢN VIỆT NAM",
            f"{facts.unit.branch.upper()} ||",
            "",
        ]
    return [facts.unit.parent, facts.unit.branch, ""]


def _bj_title(facts: Facts) -> list[str]:
    day = facts.day
    if facts.meeting_type == "extraordinary":
        return ["^BIÊN BẢN HỌP CHI BỘ", "^(họp bất thường)"]
    if facts.meeting_type == "thematic":
        return ["^BIÊN BẢN HỌP CHI BỘ", f"^Buổi sinh hoạt chuyên đề quý {ROMAN[quarter(day) - 1]}"]
    if facts.meeting_type == "combined":
        return [
            "^BIÊN BẢN HỌP CHI BỘ",
            f"^Kỳ họp thường kỳ tháng {day.month} năm {day.year} (có sinh hoạt chuyên đề)",
        ]
    return ["^BIÊN BẢN HỌP CHI BỘ", f"^Tháng {day.month} năm {day.year}"]


def _bj_kind(facts: Facts) -> str:
    month = f"tháng {facts.day.month}"
    return {
        "regular": f"thường kỳ {month}",
        "thematic": f"chuyên đề quý {ROMAN[quarter(facts.day) - 1]}",
        "combined": f"thường kỳ {month}, kết hợp học chuyên đề",
        "extraordinary": "bất thường",
    }[facts.meeting_type]


def _bj_opening(facts: Facts, rng: random.Random, pen: Pen) -> str:
    day, start = pen.day(facts.day), pen.clock(facts.start)
    kind, branch, where = _bj_kind(facts), facts.unit.branch, facts.location
    if rng.random() < 0.5:
        return f"Ngày {day}, {branch} họp {kind} tại {where}, bắt đầu lúc {start}."
    return f"Lúc {start} {weekday_name(facts.day)}, ngày {day}, tại {where}, {branch} họp {kind}."


def _bj_roll(facts: Facts, pen: Pen) -> str:
    """The counts told in two sentences, the absent named after them."""
    n, absent = pen.n, facts.excused + facts.unexcused
    said = f"Chi bộ có tất cả {n(facts.total)} đảng viên"
    if facts.exempt == 0:
        said += ", không có ai được miễn sinh hoạt"
    elif facts.exempt:
        said += f", trong đó {n(facts.exempt)} đồng chí được miễn sinh hoạt"
    said += f". Đến họp có {n(facts.present)} đồng chí"
    if not absent:
        said += ", không có đồng chí nào vắng."
    elif facts.excused and facts.unexcused:
        said += f", vắng {n(absent)} đồng chí ({n(facts.excused)} có lý do, {n(facts.unexcused)}"
        said += " không có lý do)."
    else:
        said += f", vắng {n(absent)} đồng chí ({'có' if facts.excused else 'không có'} lý do)."
    if named_absentees(facts):
        said += " Những đồng chí vắng: "
        said += "; ".join(f"{a.name} – {a.reason}" for a in facts.absentees) + "."
    return said


def _bj_people(facts: Facts, rng: random.Random) -> list[str]:
    if rng.random() < 0.5:
        said = (
            f"Đồng chí {facts.chair}, {facts.chair_role}, chủ trì; đồng chí"
            f" {facts.secretary} viết biên bản."
        )
    else:
        said = (
            f"Chủ trì là đồng chí {facts.chair} ({facts.chair_role}); người viết biên bản là"
            f" đồng chí {facts.secretary}."
        )
    if facts.guests or facts.unnamed_guest:
        return [said, f"Buổi họp có {_guests(facts, ' và ')} đến dự."]
    return [said]


def _bj_close(facts: Facts, rng: random.Random, pen: Pen) -> list[str]:
    read = "Biên bản được đọc cho cả chi bộ nghe, các đồng chí dự họp đều đồng ý."
    if facts.end is None:
        return [read]
    end = pen.clock(facts.end)
    if rng.random() < 0.5:
        return [read, f"Đến {end} {_end_day(facts, pen)} thì buổi họp kết thúc."]
    return [f"Buổi họp kết thúc vào {end} {_end_day(facts, pen)}.", read]


def _bj_signatures(facts: Facts, rng: random.Random) -> list[str]:
    names = f"{facts.secretary} || {facts.chair}"
    right = "Chủ trì" if _is_deputy(facts) else "Bí thư chi bộ"
    if rng.random() < 0.5:
        return ["", f"Người viết biên bản || {right}", "||", names]
    return ["", f"Thư ký || {right}", "(đã ký) || (đã ký)", names]

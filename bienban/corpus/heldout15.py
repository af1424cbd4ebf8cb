"""Held-out template families AI and AJ: two further secretaries' hands, written after AG and
AH.

HELD-OUT: this module, `heldout15_parts.py`, `heldout15_phrases.py` and
`tests/corpus/test_heldout15.py` are closed to whoever writes or tunes the extraction rules, and
AI/AJ documents must not be run through extraction while tuning. Both are opt-in (`bienban
corpus generate --families AI,AJ`): the default mix stays A–F, and existing seeds still give
byte-identical corpora.
"""

from __future__ import annotations

import random
from functools import partial

from bienban.corpus import heldout15_parts as parts
from bienban.corpus import heldout15_phrases as say
from bienban.corpus.facts import Facts
from bienban.corpus.heldout2_phrases import EXEMPT_REASONS, split_members
from bienban.corpus.heldout9_phrases import guests_text, named_absentees, weekday
from bienban.corpus.heldout10 import next_day
from bienban.corpus.heldout11 import Hand
from bienban.corpus.heldout12 import Pick

_PURPOSES = {
    "AI": {
        "member_development": "xét đề nghị kết nạp đảng viên",
        "inspection": "xem xét kỷ luật đảng viên",
        "directives": "triển khai chỉ đạo khẩn của Đảng ủy",
    },
    "AJ": {
        "member_development": "xét kết nạp quần chúng vào Đảng",
        "inspection": "xem xét đảng viên vi phạm",
        "directives": "thực hiện chỉ đạo đột xuất của Đảng ủy",
    },
}
_KINDS = {
    "regular": "sinh hoạt thường kỳ",
    "thematic": "sinh hoạt chuyên đề",
    "combined": "sinh hoạt thường kỳ và chuyên đề",
    "extraordinary": "bất thường",
}
CLOSE = {
    "AI": "Biên bản đã đọc lại cho chi bộ nghe, không có ý kiến bổ sung.",
    "AJ": "Biên bản được đọc lại, các đ/c dự họp không có ý kiến khác.",
}

# Each hand's forms of a date, a clock and a count.
HELDOUT_FAMILIES: dict[str, Hand] = {
    "AI": Hand(
        "AI",
        {"date": ("words", "dash"), "clock": ("gio_dung", "h"), "count": ("digits", "words")},
    ),
    "AJ": Hand(
        "AJ",
        {"date": ("mung", "dot"), "clock": ("gio_ph", "period24"), "count": ("digits", "padded")},
    ),
}


def write_minutes(facts: Facts, rng: random.Random, *, family: str) -> str:
    """The minutes of `facts` in held-out `family`'s style, as layout-marked text."""
    style = {kind: rng.choice(forms) for kind, forms in HELDOUT_FAMILIES[family].forms.items()}
    pick = Pick(
        family,
        partial(say.write_date, style=style["date"]),
        lambda hour_minute: say.write_clock(*hour_minute, style=style["clock"]),
        partial(say.count, style=style["count"]),
        _PURPOSES[family][facts.purpose or "directives"],
    )
    lines = _ai_minutes(facts, rng, pick) if family == "AI" else _aj_minutes(facts, rng, pick)
    return "\n".join(lines) + "\n"


def _end(facts: Facts, pick: Pick, *, next_day_lead: str) -> str:
    """The end's clock, then "cùng ngày" or (after `next_day_lead`) the next day's date."""
    assert facts.end is not None
    if facts.end_next_day:
        return f"{pick.clock(facts.end)} {next_day_lead}ngày {pick.day(next_day(facts))}"
    return f"{pick.clock(facts.end)} cùng ngày"


def _members_split(facts: Facts, rng: random.Random) -> str:
    """Sometimes "chính thức 25, dự bị 2"; never with no probationary member, nor where only
    the full members vote (on admitting a candidate), lest the counts seem to disagree."""
    official, probationary = split_members(facts, rng)
    if probationary and facts.purpose != "member_development" and rng.random() < 0.5:
        return f"chính thức {official}, dự bị {probationary}"
    return ""


def _absent_split(facts: Facts, pick: Pick) -> str:
    """ "(có lý do 1, không lý do 1)", or which kind all the absences were."""
    if facts.excused and facts.unexcused:
        return f"(có lý do {pick.n(facts.excused)}, không lý do {pick.n(facts.unexcused)})"
    return "(có lý do)" if facts.excused else "(không lý do)"


# AI: a typed template, the frame and the roll in tables or "1/" lines --------------------


def _ai_minutes(facts: Facts, rng: random.Random, pick: Pick) -> list[str]:
    ranged = facts.end is not None and rng.random() < 0.4
    lines = [*_ai_head(facts, rng, pick), "", *_ai_title(facts, pick), ""]
    lines += ["I. PHẦN MỞ ĐẦU", *_ai_frame(facts, rng, pick, ranged=ranged)]
    lines += _ai_roll(facts, rng, pick)
    guests = " giới thiệu đại biểu," if facts.guests or facts.unnamed_guest else ""
    lines += [
        "II. PHẦN NỘI DUNG",
        f"Đồng chí chủ trì tuyên bố lý do,{guests} thông qua chương trình; chi bộ tiến hành "
        "các nội dung sau:",
    ]
    letters = "abcdefghiklmn"
    for index, (label, said) in enumerate(parts.reports(facts, rng, pick)):
        lines += [f"{letters[index]}/ {label}: {said[0]}", *said[1:]]
    lines += ["III. THẢO LUẬN", *parts.talk(facts, rng, pick)]
    if rng.random() < 0.3:
        lines.append("<<page>>")
    lines += [f"IV. {parts.lead(facts, pick)}", *parts.ai_items(facts, rng)]
    lines += parts.decision_vote_next(facts, rng, pick)
    lines.append("V. BẾ MẠC")
    if facts.end is not None and not ranged:
        sitting = "Cuộc họp" if facts.meeting_type == "extraordinary" else "Buổi sinh hoạt"
        lines.append(f"{sitting} kết thúc lúc {_end(facts, pick, next_day_lead='')}.")
    return lines + [CLOSE["AI"], "", *_ai_signatures(facts, rng)]


def _ai_head(facts: Facts, rng: random.Random, pick: Pick) -> list[str]:
    """The letter head, with the minutes' number ("Số 03-BB/CB") or the star under the cell."""
    dated = f"{facts.unit.head_place}, ngày {pick.day(facts.head_day)}"
    number = rng.choice([facts.day.month, rng.randint(1, 40), None])
    mark = f"Số {number:02d}-BB/CB" if number else "*"
    return [
        f"{facts.unit.parent.upper()} || ĐẢNG CỘNG SẢN VIỆT NAM",
        f"{facts.unit.branch.upper()} ||",
        f"{mark} || {dated}",
    ]


def _ai_title(facts: Facts, pick: Pick) -> list[str]:
    month = say.month_label(facts.day)
    quoted = f"“{facts.thematic_title}”"
    return {
        "regular": ["^BIÊN BẢN", f"^SINH HOẠT CHI BỘ ĐỊNH KỲ THÁNG {month}"],
        "thematic": [
            "^BIÊN BẢN",
            f"^SINH HOẠT CHUYÊN ĐỀ QUÝ {say.quarter(facts.day)}/{facts.day.year}",
            f"^Chuyên đề: {quoted}",
        ],
        "combined": [
            "^BIÊN BẢN",
            f"^SINH HOẠT CHI BỘ ĐỊNH KỲ THÁNG {month} KẾT HỢP SINH HOẠT CHUYÊN ĐỀ",
            f"^Chuyên đề: {quoted}",
        ],
        "extraordinary": ["^BIÊN BẢN", "^HỌP CHI BỘ BẤT THƯỜNG", f"^V/v: {pick.purpose}"],
    }[facts.meeting_type]


def _ai_when(facts: Facts, pick: Pick, *, ranged: bool) -> str:
    day = f"{weekday(facts.day)} ngày {pick.day(facts.day)}"
    start = pick.clock(facts.start)
    if not ranged:
        return f"{start}, {day}"
    assert facts.end is not None
    if facts.end_next_day:
        return f"Từ {start} {day} đến {pick.clock(facts.end)} ngày {pick.day(next_day(facts))}"
    return f"Từ {start} đến {pick.clock(facts.end)}, {day}"


def _ai_frame(facts: Facts, rng: random.Random, pick: Pick, *, ranged: bool) -> list[str]:
    """When, where, who chaired, who wrote and who came from outside: a two-column table or
    "1/" lines."""
    clerk = facts.secretary + (f", {facts.secretary_role}" if facts.secretary_role else "")
    guests = guests_text(facts, form="{who}, {role}")
    when = _ai_when(facts, pick, ranged=ranged)
    if rng.random() < 0.5:
        rows = [
            f"| Thời gian | {when} |",
            f"| Địa điểm | {say.first_upper(facts.location)} |",
            f"| Chủ trì | Đồng chí {facts.chair}, {facts.chair_role} |",
            f"| Thư ký | Đồng chí {clerk} |",
        ]
        return rows + ([f"| Đại biểu dự | {say.first_upper(guests)} |"] if guests else [])
    lines = [
        f"1/ Thời gian: {when}.",
        f"2/ Địa điểm: {facts.location}.",
        f"3/ Chủ trì: đồng chí {facts.chair} – {facts.chair_role}; thư ký: đồng chí {clerk}.",
    ]
    return lines + ([f"4/ Đại biểu dự: {guests}."] if guests else [])


def _ai_roll(facts: Facts, rng: random.Random, pick: Pick) -> list[str]:
    """The counts in a table of three columns (what, how many, a note naming the absentees),
    or in one sentence with the absentees after it."""
    split = _members_split(facts, rng)
    reason = rng.choice(EXEMPT_REASONS)
    named = named_absentees(facts)
    must = facts.total - (facts.exempt or 0)
    if rng.random() < 0.55:
        rate = f"Đạt {say.share(facts.present, must)}%" if 0 < facts.present <= must else ""
        excused = "; ".join(f"{a.name} ({a.reason})" for a in named if a.excused)
        unexcused = "; ".join(f"{a.name} ({a.reason})" for a in named if not a.excused)
        rows = [
            "Tình hình đảng viên dự họp:",
            "| Đảng viên | Số lượng | Ghi chú |",
            f"| Tổng số | {facts.total} | {split} |",
        ]
        if facts.exempt is not None:
            rows.append(f"| Miễn sinh hoạt | {facts.exempt} | {reason if facts.exempt else ''} |")
        return rows + [
            f"| Có mặt | {facts.present} | {rate} |",
            f"| Vắng có lý do | {facts.excused} | {excused} |",
            f"| Vắng không lý do | {facts.unexcused} | {unexcused} |",
        ]
    n, absent = pick.n, facts.excused + facts.unexcused
    said = f"Đảng viên: tổng số {n(facts.total)} đồng chí" + (f" ({split})" if split else "")
    if facts.exempt is not None:
        said += f"; miễn sinh hoạt {n(facts.exempt)} ({reason})" if facts.exempt else ""
        said += "; miễn sinh hoạt: không" if facts.exempt == 0 else ""
    said += f"; có mặt {n(facts.present)}"
    said += f"; vắng {n(absent)} {_absent_split(facts, pick)}." if absent else "; không ai vắng."
    lines = [said]
    if named:
        lines.append("Vắng: " + "; ".join(f"đồng chí {a.name} ({a.reason})" for a in named) + ".")
    return lines


def _ai_signatures(facts: Facts, rng: random.Random) -> list[str]:
    """The secretary on the left; the chair on the right, for the cell or as chair."""
    blank = ["||"] * rng.randint(2, 3)
    names = f"{facts.secretary} || {facts.chair}"
    if rng.random() < 0.6:
        office = "BÍ THƯ" if facts.chair_role == "Bí thư chi bộ" else "PHÓ BÍ THƯ"
        return ["THƯ KÝ || T/M CHI BỘ", f"|| {office}", *blank, names]
    return ["THƯ KÝ || CHỦ TRÌ", *blank, names]


# AJ: a minutes book kept by hand, labelled lines and "1-" tasks --------------------------


def _aj_minutes(facts: Facts, rng: random.Random, pick: Pick) -> list[str]:
    lines = [*_aj_head(facts, rng, pick), "", *_aj_title(facts, pick), ""]
    ranged = facts.end is not None and rng.random() < 0.35
    lines += _aj_opening(facts, rng, pick, ranged=ranged)
    lines += ["Thành phần:", *_aj_roll(facts, rng, pick), *_aj_people(facts, rng)]
    lines.append("Nội dung cuộc họp:")
    for label, said in parts.reports(facts, rng, pick):
        lines += [f"* {label}:", *said]
    lines += ["* Ý kiến tham gia:", *parts.talk(facts, rng, pick)]
    lines += [parts.lead(facts, pick), *parts.aj_items(facts, rng)]
    lines += parts.decision_vote_next(facts, rng, pick)
    if facts.end is not None and not ranged:
        ended = f"Cuộc họp kết thúc vào {_end(facts, pick, next_day_lead='rạng sáng ')}"
        if rng.random() < 0.5:
            assert facts.duration_minutes is not None
            form = rng.choice(["hours", "minutes"])
            ended += f", thời gian họp {say.length(facts.duration_minutes, style=form)}"
        lines.append(f"{ended}.")
    return lines + [CLOSE["AJ"], "", *_aj_signatures(facts, rng)]


def _aj_head(facts: Facts, rng: random.Random, pick: Pick) -> list[str]:
    dated = f"{facts.unit.head_place}, ngày {pick.day(facts.head_day)}"
    if rng.random() < 0.5:
        return [
            f"{facts.unit.parent.upper()} || ĐẢNG CỘNG SẢN VIỆT NAM",
            f"{facts.unit.branch.upper()} || {dated}",
        ]
    return [facts.unit.parent, facts.unit.branch, f"|| {dated}"]


def _aj_title(facts: Facts, pick: Pick) -> list[str]:
    day = facts.day
    return {
        "regular": ["^BIÊN BẢN HỌP CHI BỘ", f"^(Sinh hoạt thường kỳ {say.month_word(day)})"],
        "thematic": [
            "^BIÊN BẢN HỌP CHI BỘ",
            f"^(Sinh hoạt chuyên đề quý {say.quarter(day)} năm {day.year})",
        ],
        "combined": [
            "^BIÊN BẢN HỌP CHI BỘ",
            f"^(Sinh hoạt thường kỳ {say.month_word(day)}, có sinh hoạt chuyên đề)",
        ],
        "extraordinary": ["^BIÊN BẢN HỌP CHI BỘ", f"^(Họp bất thường – {pick.purpose})"],
    }[facts.meeting_type]


def _aj_opening(facts: Facts, rng: random.Random, pick: Pick, *, ranged: bool) -> list[str]:
    """The day, the start and the place: in one sentence, in two, or as a "from … to …" line
    with the end (and the next day's date past midnight)."""
    day = f"{weekday(facts.day)}, ngày {pick.day(facts.day)}"
    kind, start = _KINDS[facts.meeting_type], pick.clock(facts.start)
    if ranged:
        assert facts.end is not None
        end = pick.clock(facts.end)
        if facts.end_next_day:
            said = f"từ {start} {day} đến {end} rạng sáng ngày {pick.day(next_day(facts))}"
        else:
            said = f"{day}, từ {start} đến {end}"
        return [f"Thời gian họp: {said}.", f"Địa điểm: {facts.location}."]
    if rng.random() < 0.5:
        return [f"Vào lúc {start}, {day}, tại {facts.location}, {facts.unit.branch} họp {kind}."]
    return [
        f"Hôm nay, {day}, {facts.unit.branch} họp {kind} tại {facts.location}.",
        f"Cuộc họp bắt đầu lúc {start}.",
    ]


def _aj_roll(facts: Facts, rng: random.Random, pick: Pick) -> list[str]:
    """One count a line, the members who must attend and the share present when some are
    exempt; each absentee on a line of its own."""
    n, absent = pick.n, facts.excused + facts.unexcused
    split = _members_split(facts, rng)
    said = f"– Đảng viên toàn chi bộ: {n(facts.total)} đ/c"
    lines = [said + (f" ({split})." if split else ".")]
    must = facts.total - (facts.exempt or 0)
    if facts.exempt:
        lines.append(f"– Miễn sinh hoạt: {n(facts.exempt)} đ/c ({rng.choice(EXEMPT_REASONS)}).")
    elif facts.exempt == 0:
        lines.append("– Miễn sinh hoạt: không.")
    if facts.exempt and 0 < facts.present <= must and rng.random() < 0.6:
        rate = say.share(facts.present, must)
        lines.append(f"– Có mặt: {n(facts.present)}/{n(must)} đ/c phải dự (tỷ lệ {rate}%).")
    else:
        lines.append(f"– Có mặt: {n(facts.present)} đ/c.")
    if not absent:
        return [*lines, "– Vắng: không."]
    if facts.excused and facts.unexcused:
        kinds = f"có lý do {n(facts.excused)} đ/c, không lý do {n(facts.unexcused)} đ/c"
    else:
        kinds = "có lý do" if facts.excused else "không lý do"
    lines.append(f"– Vắng: {n(absent)} đ/c, {kinds}.")
    return lines + [f"  + Đ/c {a.name}: {a.reason}." for a in named_absentees(facts)]


def _aj_people(facts: Facts, rng: random.Random) -> list[str]:
    guests = guests_text(facts, form="{who} ({role})")
    said = [f"– Đại biểu: {guests}."] if guests else []
    if rng.random() < 0.5:
        return said + [
            f"– Chủ trì: đ/c {facts.chair}, {facts.chair_role}.",
            f"– Thư ký: đ/c {facts.secretary}.",
        ]
    return said + [
        f"– Chủ trì: đ/c {facts.chair} ({facts.chair_role}); thư ký: đ/c {facts.secretary}."
    ]


def _aj_signatures(facts: Facts, rng: random.Random) -> list[str]:
    return [
        "Chủ trì || Thư ký",
        "(ký, ghi rõ họ tên) || (ký, ghi rõ họ tên)",
        *(["||"] * rng.randint(1, 3)),
        f"{facts.chair} || {facts.secretary}",
    ]

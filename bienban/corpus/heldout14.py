"""Held-out template families AG and AH: two further secretaries' hands, written after AE and
AF.

HELD-OUT: this module, `heldout14_parts.py`, `heldout14_phrases.py` and
`tests/corpus/test_heldout14.py` are closed to whoever writes or tunes the extraction rules, and
AG/AH documents must not be run through extraction while tuning. Both are opt-in (`bienban
corpus generate --families AG,AH`): the default mix stays A–F, and existing seeds still give
byte-identical corpora.
"""

from __future__ import annotations

import random
from functools import partial

from bienban.corpus import heldout14_parts as parts
from bienban.corpus import heldout14_phrases as say
from bienban.corpus.facts import Facts
from bienban.corpus.heldout9_phrases import capital, guests_text, named_absentees, weekday
from bienban.corpus.heldout10 import next_day
from bienban.corpus.heldout11 import Hand
from bienban.corpus.heldout12 import Pick

_PURPOSES = {
    "AG": {
        "member_development": "xét đề nghị kết nạp quần chúng vào Đảng",
        "inspection": "xem xét, đề nghị kỷ luật đảng viên vi phạm",
        "directives": "triển khai nhiệm vụ đột xuất theo chỉ đạo của Đảng ủy",
    },
    "AH": {
        "member_development": "xét kết nạp đảng viên",
        "inspection": "kiểm điểm đảng viên vi phạm",
        "directives": "thực hiện chỉ đạo khẩn của Đảng ủy",
    },
}

# Each hand's forms of a date, a clock and a count.
HELDOUT_FAMILIES: dict[str, Hand] = {
    "AG": Hand(
        "AG",
        {
            "date": ("slash_nam", "month_word"),
            "clock": ("g_spaced", "padded_gio"),
            "count": ("digits", "digits_words"),
        },
    ),
    "AH": Hand(
        "AH",
        {
            "date": ("short_year", "padded_words"),
            "clock": ("kem", "h_tick"),
            "count": ("digits", "words"),
        },
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
    lines = _ag_minutes(facts, rng, pick) if family == "AG" else _ah_minutes(facts, rng, pick)
    return "\n".join(lines) + "\n"


def _ended(facts: Facts, pick: Pick) -> str:
    """The end's clock, then "cùng ngày" or the next day's date."""
    assert facts.end is not None
    when = f"ngày {pick.day(next_day(facts))}" if facts.end_next_day else "cùng ngày"
    return f"{pick.clock(facts.end)} {when}"


def _split(facts: Facts, pick: Pick, *, yes: str, no: str, joiner: str) -> str:
    """How many of the absent had a reason and how many had none, or which kind they all were."""
    if facts.excused and facts.unexcused:
        return f"{yes}{joiner}{pick.n(facts.excused)}, {no}{joiner}{pick.n(facts.unexcused)}"
    return yes if facts.excused else no


# AG: a printed form with Roman-numbered parts, filled in by hand --------------------------


def _ag_minutes(facts: Facts, rng: random.Random, pick: Pick) -> list[str]:
    lines = [
        f"{facts.unit.parent.upper()} || ĐẢNG CỘNG SẢN VIỆT NAM",
        f"{facts.unit.branch.upper()} || {facts.unit.head_place}, ngày {pick.day(facts.head_day)}",
        "",
        *_ag_title(facts, pick),
        "",
        "I. THỜI GIAN, ĐỊA ĐIỂM",
        _ag_when(facts, rng, pick),
        f"- Địa điểm: {facts.location}.",
        "II. THÀNH PHẦN",
        *_ag_people(facts, rng),
        *_ag_roll(facts, rng, pick),
        "III. NỘI DUNG",
    ]
    found = parts.reports(facts, rng, pick)
    for index, (_, said) in enumerate(found):
        lines += [f"{index + 1}. {said[0]}", *said[1:]]
    lines += [
        f"{len(found) + 1}. {line}" if i == 0 else line
        for i, line in enumerate(parts.talk(facts, pick))
    ]
    if rng.random() < 0.35:
        lines.append("<<page>>")
    lines += ["IV. KẾT LUẬN", parts.lead(facts, pick), *parts.items(facts, pick)]
    lines += parts.vote_and_next(facts, pick)
    close = "Biên bản được đọc lại và thông qua trước chi bộ"
    lines += ["V. KẾT THÚC"]
    if facts.end is None:
        lines.append(f"{close}.")
    else:
        lines.append(f"{close}; buổi sinh hoạt kết thúc vào {_ended(facts, pick)}.")
    return lines + [
        "",
        "CHỦ TỌA || THƯ KÝ",
        *(["||"] * rng.randint(2, 3)),
        f"{facts.chair} || {facts.secretary}",
    ]


def _ag_title(facts: Facts, pick: Pick) -> list[str]:
    month = f"THÁNG {facts.day.month} NĂM {facts.day.year}"
    quarter = say.ROMAN[(facts.day.month - 1) // 3]
    return {
        "regular": ["^BIÊN BẢN SINH HOẠT CHI BỘ THƯỜNG KỲ", f"^{month}"],
        "thematic": ["^BIÊN BẢN SINH HOẠT CHUYÊN ĐỀ", f"^QUÝ {quarter} NĂM {facts.day.year}"],
        "combined": ["^BIÊN BẢN SINH HOẠT THƯỜNG KỲ KẾT HỢP CHUYÊN ĐỀ", f"^{month}"],
        "extraordinary": ["^BIÊN BẢN HỌP CHI BỘ BẤT THƯỜNG", f"^(Về việc: {pick.purpose})"],
    }[facts.meeting_type]


def _ag_when(facts: Facts, rng: random.Random, pick: Pick) -> str:
    day, clock = pick.day(facts.day), pick.clock(facts.start)
    if rng.random() < 0.5:
        return f"- Bắt đầu: {clock}, {weekday(facts.day)}, ngày {day}."
    return f"- Thời gian: {weekday(facts.day)} ngày {day}, bắt đầu lúc {clock}."


def _ag_people(facts: Facts, rng: random.Random) -> list[str]:
    clerk = (
        f"{facts.secretary}, {facts.secretary_role}" if facts.secretary_role else facts.secretary
    )
    if rng.random() < 0.5:
        lines = [
            f"- Chủ tọa: đồng chí {facts.chair} – {facts.chair_role}.",
            f"- Thư ký: đồng chí {clerk}.",
        ]
    else:
        lines = [f"- Chủ tọa: đ/c {facts.chair} ({facts.chair_role}); thư ký: đ/c {clerk}."]
    guests = guests_text(facts, form="{who} ({role})")
    return lines + ([f"- Khách mời: {guests}."] if guests else [])


def _ag_roll(facts: Facts, rng: random.Random, pick: Pick) -> list[str]:
    """The counts on the form's lines, the members who must attend among them when some are
    exempt; then each absentee on a line of its own."""
    n, absent = pick.n, facts.excused + facts.unexcused
    must = facts.total - (facts.exempt or 0)
    if rng.random() < 0.5:
        said = f"- Tổng số đảng viên: {n(facts.total)}"
        if facts.exempt is not None:
            exempt = n(facts.exempt) if facts.exempt else "không"
            said += f"; miễn sinh hoạt: {exempt}; phải dự: {n(must)}"
        lines = [said + ".", f"- Có mặt: {n(facts.present)}."]
    else:
        said = f"- Chi bộ hiện có {n(facts.total)} đảng viên"
        if facts.exempt:
            said += f" ({n(facts.exempt)} đồng chí được miễn sinh hoạt)"
        elif facts.exempt == 0:
            said += " (không có đồng chí nào được miễn sinh hoạt)"
        lines = [f"{said}; dự họp: {n(facts.present)} trên {n(must)} đồng chí phải dự."]
    if absent:
        split = _split(facts, pick, yes="có phép", no="không phép", joiner=": ")
        lines.append(f"- Vắng mặt: {n(absent)} ({split}).")
    else:
        lines.append("- Vắng mặt: không.")
    named = named_absentees(facts)
    if named:
        lines += ["- Vắng mặt gồm:", *(f"  + {a.name} – {a.reason}" for a in named)]
    return lines


# AH: a narrative record, the roll call before the presiding, headed parts in capitals -----


def _ah_minutes(facts: Facts, rng: random.Random, pick: Pick) -> list[str]:
    lines = [
        f"{facts.unit.parent.upper()} || ĐẢNG CỘNG SẢN VIỆT NAM",
        f"{facts.unit.branch.upper()} ||",
        f"|| {facts.unit.head_place}, ngày {pick.day(facts.head_day)}",
        "",
        *_ah_title(facts, pick),
        "",
    ]
    early_end = facts.end is not None and rng.random() < 0.5
    lines.append(_ah_opening(facts, pick, with_end=early_end))
    lines += _ah_roll(facts, rng, pick)
    lines.append(_ah_people(facts))
    found = parts.reports(facts, rng, pick)
    found.append((parts.AH_DISCUSSION, parts.talk(facts, pick)))
    letters = "ABCDEFGHIKLMN"
    for index, (title, said) in enumerate(found):
        lines += [f"{letters[index]}. {title}", *said]
    lines += [
        f"{letters[len(found)]}. KẾT LUẬN",
        parts.lead(facts, pick),
        *parts.items(facts, pick),
    ]
    lines += parts.vote_and_next(facts, pick)
    if facts.end is not None and not early_end:
        lines.append(f"Cuộc họp bế mạc hồi {_ended(facts, pick)}.")
    lines.append("Biên bản lập xong, đã đọc lại cho chi bộ nghe và được nhất trí thông qua.")
    return lines + [
        "",
        "NGƯỜI GHI BIÊN BẢN || CHỦ TRÌ",
        "(Ký tên) || (Ký tên)",
        *(["||"] * rng.randint(1, 3)),
        f"{facts.secretary} || {facts.chair}",
    ]


def _ah_title(facts: Facts, pick: Pick) -> list[str]:
    year = facts.day.year
    return {
        "regular": ["^BIÊN BẢN", f"^Kỳ họp thường kỳ tháng {facts.day.month} năm {year}"],
        "thematic": [
            "^BIÊN BẢN",
            f"^Buổi sinh hoạt chuyên đề quý {(facts.day.month - 1) // 3 + 1} năm {year}",
        ],
        "combined": [
            "^BIÊN BẢN",
            f"^Kỳ họp thường kỳ tháng {facts.day.month} năm {year} và sinh hoạt chuyên đề",
        ],
        "extraordinary": ["^BIÊN BẢN", "^Cuộc họp bất thường của chi bộ", f"^Về: {pick.purpose}"],
    }[facts.meeting_type]


def _ah_opening(facts: Facts, pick: Pick, *, with_end: bool) -> str:
    kind = {
        "regular": "sinh hoạt thường kỳ",
        "thematic": "sinh hoạt chuyên đề",
        "combined": "sinh hoạt thường kỳ kết hợp chuyên đề",
        "extraordinary": "họp bất thường",
    }[facts.meeting_type]
    day = f"{weekday(facts.day)}, ngày {pick.day(facts.day)}"
    place = f"tại {facts.location}, {facts.unit.branch} {kind}."
    if with_end:
        assert facts.end is not None
        end = pick.clock(facts.end)
        end += f" ngày {pick.day(next_day(facts))}" if facts.end_next_day else ""
        return f"{capital(day)}, từ {pick.clock(facts.start)} đến {end}, {place}"
    return f"Hồi {pick.clock(facts.start)}, {day}, {place}"


def _ah_roll(facts: Facts, rng: random.Random, pick: Pick) -> list[str]:
    """The counts in sentences; then the absentees with their reasons in brackets."""
    n, absent = pick.n, facts.excused + facts.unexcused
    said = f"Chi bộ có {n(facts.total)} đảng viên"
    if facts.exempt:
        said += f", trong đó {n(facts.exempt)} đồng chí được miễn sinh hoạt"
    elif facts.exempt == 0:
        said += ", không có đồng chí nào được miễn sinh hoạt"
    if not absent:
        lines = [f"{said}. Dự họp {n(facts.present)} đồng chí, không ai vắng."]
    elif rng.random() < 0.5:
        split = _split(facts, pick, yes="có lý do", no="không lý do", joiner=" ")
        lines = [
            f"{said}. Dự họp {n(facts.present)} đồng chí; vắng {n(absent)} đồng chí ({split})."
        ]
    else:
        kinds = [f"{n(facts.excused)} đồng chí có lý do"] if facts.excused else []
        kinds += [f"{n(facts.unexcused)} đồng chí không lý do"] if facts.unexcused else []
        lines = [
            f"Số đảng viên dự họp: {n(facts.present)}; vắng {n(absent)}, gồm {' và '.join(kinds)}.",
            f"{said}.",
        ]
    named = named_absentees(facts)
    if named:
        lines.append("Vắng: " + "; ".join(f"{a.name} ({a.reason})" for a in named) + ".")
    return lines


def _ah_people(facts: Facts) -> str:
    said = (
        f"Đồng chí {facts.chair}, {facts.chair_role}, điều khiển cuộc họp; đồng chí "
        f"{facts.secretary} được cử làm thư ký."
    )
    guests = guests_text(facts, form="{who}, {role}")
    return f"{said} Về dự có: {guests}." if guests else said

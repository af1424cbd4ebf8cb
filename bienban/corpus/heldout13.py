"""Held-out template families AE and AF: two further secretaries' hands, written after AC and
AD.

HELD-OUT: this module, `heldout13_parts.py`, `heldout13_phrases.py` and
`tests/corpus/test_heldout13.py` are closed to whoever writes or tunes the extraction rules, and
AE/AF documents must not be run through extraction while tuning. Both are opt-in (`bienban
corpus generate --families AE,AF`): the default mix stays A–F, and existing seeds still give
byte-identical corpora.
"""

from __future__ import annotations

import random
from datetime import date
from functools import partial

from bienban.corpus import heldout13_parts as parts
from bienban.corpus import heldout13_phrases as say
from bienban.corpus.facts import Facts
from bienban.corpus.heldout2_phrases import EXEMPT_REASONS
from bienban.corpus.heldout9_phrases import capital, guests_text, named_absentees, weekday
from bienban.corpus.heldout10 import next_day
from bienban.corpus.heldout10_phrases import quarter
from bienban.corpus.heldout11 import Hand
from bienban.corpus.heldout12 import Pick

_PURPOSES = {
    "AE": {
        "member_development": "xét kết nạp đảng viên mới",
        "inspection": "xem xét kỷ luật đảng viên",
        "directives": "triển khai chỉ đạo đột xuất của Đảng ủy",
    },
    "AF": {
        "member_development": "xem xét hồ sơ kết nạp quần chúng ưu tú vào Đảng",
        "inspection": "kiểm điểm và đề nghị hình thức kỷ luật đảng viên",
        "directives": "thực hiện ý kiến chỉ đạo khẩn cấp của cấp ủy cấp trên",
    },
}

# Each hand's forms of a date, a clock, a count and a lunar note.
HELDOUT_FAMILIES: dict[str, Hand] = {
    "AE": Hand(
        "AE",
        {
            "date": ("spaced_slash", "short_dots"),
            "clock": ("colon_twelve", "gio_p"),
            "count": ("digits", "words"),
            "lunar": ("",),
        },
    ),
    "AF": Hand(
        "AF",
        {
            "date": ("spelled", "words"),
            "clock": ("spelled_twelve", "g_tick"),
            "count": ("padded", "padded_words"),
            "lunar": ("", "year_name", "year_name"),
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
    if family == "AE":
        lines = _ae_minutes(facts, rng, pick)
    else:
        lines = _af_minutes(facts, rng, pick, lunar=say.lunar_note(facts.day, style=style["lunar"]))
    return "\n".join(lines) + "\n"


def _when_ended(facts: Facts, pick: Pick) -> str:
    """ "cùng ngày", or the next day's date."""
    return f"ngày {pick.day(next_day(facts))}" if facts.end_next_day else "cùng ngày"


def _letter_day(day: date, *, padded: bool) -> str:
    if padded:
        return f"ngày {day.day:02d} tháng {day.month:02d} năm {day.year}"
    return f"ngày {day.day} tháng {day.month} năm {day.year}"


# AE: a handwritten log of the meeting against the clock ------------------------------------


def _ae_minutes(facts: Facts, rng: random.Random, pick: Pick) -> list[str]:
    place = f"{facts.unit.head_place}, {_letter_day(facts.head_day, padded=False)}"
    lines = [
        f"{facts.unit.parent.upper()} || ĐẢNG CỘNG SẢN VIỆT NAM",
        f"{facts.unit.branch.upper()} || {place}",
    ]
    if rng.random() < 0.4:
        lines.append(f"(Sổ biên bản, tr. {rng.randint(3, 96)}) ||")
    lines += ["", "^BIÊN BẢN", *_ae_title(facts, pick), ""]
    lines += _ae_setup(facts, rng, pick)
    lines += ["QUÁ TRÌNH SINH HOẠT", *_ae_log(facts, rng, pick)]
    return lines + [
        "",
        "Thư ký || Chủ trì",
        "(ký, ghi rõ họ tên) || (ký, ghi rõ họ tên)",
        *(["||"] * rng.randint(1, 3)),
        f"{facts.secretary} || {facts.chair}",
    ]


def _ae_title(facts: Facts, pick: Pick) -> list[str]:
    month = f"{facts.day.month}/{facts.day.year}"
    return {
        "regular": [f"^Chi bộ sinh hoạt thường kỳ tháng {month}"],
        "thematic": [f"^Chi bộ sinh hoạt chuyên đề (quý {quarter(facts.day)}/{facts.day.year})"],
        "combined": [f"^Chi bộ sinh hoạt thường kỳ tháng {month} kết hợp chuyên đề"],
        "extraordinary": ["^Chi bộ họp bất thường", f"^(V/v: {pick.purpose})"],
    }[facts.meeting_type]


def _ae_setup(facts: Facts, rng: random.Random, pick: Pick) -> list[str]:
    """The day and the place, who presided and who wrote, the guests."""
    day = pick.day(facts.day)
    if rng.random() < 0.5:
        lines = [f"Ngày họp: {day} ({weekday(facts.day)}).", f"Địa điểm: {facts.location}."]
    else:
        lines = [f"{facts.unit.branch} họp tại {facts.location}, {weekday(facts.day)} ngày {day}."]
    clerk_role = f" ({facts.secretary_role})" if facts.secretary_role else ""
    if rng.random() < 0.5:
        lines.append(
            f"Chủ trì: đ/c {facts.chair} ({facts.chair_role}). Ghi biên bản: đ/c "
            f"{facts.secretary}{clerk_role}."
        )
    else:
        lines.append(
            f"Đ/c {facts.chair}, {facts.chair_role}, chủ trì; người ghi: đ/c "
            f"{facts.secretary}{clerk_role}."
        )
    guests = guests_text(facts, form="{who} – {role}")
    return lines + ([f"Đại biểu tham dự: {guests}."] if guests else [])


def _stamps(facts: Facts, rng: random.Random, pick: Pick, count: int) -> list[str]:
    """The clocks of `count` log entries: the first at the start, the others strictly between
    start and end in order; "–" alone when no end is stated."""
    if facts.end is None:
        return [pick.clock(facts.start)] + ["–"] * (count - 1)
    length = facts.duration_minutes or 0
    step = 5 if (length - 1) // 5 >= count - 1 else 1
    offsets = sorted(rng.sample(range(step, length, step), count - 1))
    start = facts.start[0] * 60 + facts.start[1]
    clocks = [(((start + o) // 60) % 24, (start + o) % 60) for o in offsets]
    return [pick.clock(facts.start), *(f"{pick.clock(clock)} –" for clock in clocks)]


def _ae_log(facts: Facts, rng: random.Random, pick: Pick) -> list[str]:
    """The log's entries, each led by its clock, the last one the close."""
    guests = " và giới thiệu đại biểu" if facts.guests or facts.unnamed_guest else ""
    entries = [
        [f"Đ/c {facts.chair} tuyên bố lý do{guests}, khai mạc."],
        _ae_roll(facts, rng, pick),
        *(said for _, said in parts.reports(facts, rng, pick)),
        parts.talk(facts, pick),
        [
            parts.lead(facts, pick),
            *parts.items(facts, number=""),
            *parts.vote_and_next(facts, pick),
        ],
    ]
    stamps = _stamps(facts, rng, pick, len(entries))
    stamps[0] += " –"
    lines = []
    for stamp, (first, *rest) in zip(stamps, entries, strict=True):
        lines += [f"{stamp} {first}", *rest]
    close = "Thư ký đọc lại biên bản, chi bộ nhất trí; bế mạc."
    if facts.end is None:
        return [*lines, f"– {close}"]
    return [*lines, f"{pick.clock(facts.end)} {_when_ended(facts, pick)} – {close}"]


def _ae_roll(facts: Facts, rng: random.Random, pick: Pick) -> list[str]:
    """The counts as "-" lines or in one sentence, then the absentees numbered."""
    n, absent = pick.n, facts.excused + facts.unexcused
    if facts.excused and facts.unexcused:
        split = f"có lý do {n(facts.excused)}, không lý do {n(facts.unexcused)}"
    else:
        split = "có lý do" if facts.excused else "không lý do"
        split = f"đều {split}" if absent > 1 else split
    if rng.random() < 0.55:
        lines = ["Kiểm tra số lượng:", f"- Đảng viên trong danh sách chi bộ: {n(facts.total)}"]
        if facts.exempt is not None:
            lines.append(f"- Được miễn sinh hoạt: {_exempt(facts, rng, pick)}")
        lines.append(f"- Có mặt: {n(facts.present)}")
        lines.append(f"- Vắng: {n(absent)}, {split}" if absent else "- Vắng: không")
    else:
        said = f"Đến dự {n(facts.present)} trên tổng số {n(facts.total)} đảng viên của chi bộ"
        if facts.exempt is not None:
            said += f"; được miễn sinh hoạt: {_exempt(facts, rng, pick)}"
        said += f"; vắng {n(absent)} ({split})." if absent else "; không ai vắng."
        lines = [said]
    named = named_absentees(facts)
    if named:
        who = "; ".join(f"{i + 1}) đ/c {a.name}: {a.reason}" for i, a in enumerate(named))
        lines.append(f"Vắng gồm: {who}.")
    return lines


def _exempt(facts: Facts, rng: random.Random, pick: Pick) -> str:
    if not facts.exempt:
        return "không có ai"
    return f"{pick.n(facts.exempt)} ({rng.choice(EXEMPT_REASONS)})"


# AF: a typed record that announces its agenda and takes it item by item ---------------------


def _af_minutes(facts: Facts, rng: random.Random, pick: Pick, *, lunar: str) -> list[str]:
    number = f"Số: {rng.randint(1, 12):02d}/BB-CB" if rng.random() < 0.5 else ""
    place = f"{facts.unit.head_place}, {_letter_day(facts.head_day, padded=True)}"
    lines = [
        f"{facts.unit.parent.upper()} || ĐẢNG CỘNG SẢN VIỆT NAM",
        f"{facts.unit.branch.upper()} ||",
        f"{number} || {place}",
        "",
        *_af_title(facts, pick),
        "",
        _af_opening(facts, rng, pick, lunar),
        *_af_people(facts, rng),
    ]
    guests = guests_text(facts, form="{who}, {role}")
    lines += [f"Cùng dự có: {guests}."] if guests else []
    lines += _af_roll(facts, rng, pick)
    lines += _af_agenda(facts, rng, pick)
    if facts.end is not None:
        lines.append(
            f"Chương trình kết thúc lúc {pick.clock(facts.end)} {_when_ended(facts, pick)}."
        )
    lines.append("Biên bản đã được đọc lại cho các đồng chí dự họp nghe và nhất trí.")
    role = "PHÓ BÍ THƯ" if facts.chair_role.startswith("Phó") else "BÍ THƯ"
    return lines + [
        "",
        "THƯ KÝ CUỘC HỌP || T/M CHI BỘ",
        f"|| {role}",
        *(["||"] * rng.randint(2, 3)),
        f"{facts.secretary} || {facts.chair}",
    ]


def _af_title(facts: Facts, pick: Pick) -> list[str]:
    month = f"tháng {facts.day.month:02d} năm {facts.day.year}"
    return {
        "regular": ["^BIÊN BẢN SINH HOẠT CHI BỘ", f"^Sinh hoạt định kỳ – {month}"],
        "thematic": [
            "^BIÊN BẢN SINH HOẠT CHUYÊN ĐỀ",
            f"^Quý {quarter(facts.day)} năm {facts.day.year}",
        ],
        "combined": [
            "^BIÊN BẢN SINH HOẠT CHI BỘ",
            f"^Thường kỳ {month} – có lồng ghép chuyên đề",
        ],
        "extraordinary": ["^BIÊN BẢN HỌP CHI BỘ (BẤT THƯỜNG)", f"^Nội dung: {pick.purpose}"],
    }[facts.meeting_type]


def _af_opening(facts: Facts, rng: random.Random, pick: Pick, lunar: str) -> str:
    day, clock = f"ngày {pick.day(facts.day)}{lunar}", pick.clock(facts.start)
    kind = {
        "regular": "sinh hoạt định kỳ",
        "thematic": "sinh hoạt chuyên đề",
        "combined": "sinh hoạt thường kỳ, lồng ghép chuyên đề",
        "extraordinary": "họp bất thường",
    }[facts.meeting_type]
    if rng.random() < 0.5:
        return f"Đúng {clock} {day}, {facts.unit.branch} tiến hành {kind} tại {facts.location}."
    return f"Buổi {kind} của {facts.unit.branch} được tổ chức vào {clock}, {day}, tại {facts.location}."


def _af_people(facts: Facts, rng: random.Random) -> list[str]:
    clerk_role = f" – {facts.secretary_role}" if facts.secretary_role else ""
    if rng.random() < 0.5:
        return [
            f"Người điều hành (chủ trì): đồng chí {facts.chair}, {facts.chair_role}.",
            f"Người ghi biên bản: đồng chí {facts.secretary}{clerk_role}.",
        ]
    return [
        f"Đồng chí {facts.chair} ({facts.chair_role}) chủ trì và điều hành; đồng chí "
        f"{facts.secretary} chịu trách nhiệm ghi biên bản."
    ]


def _split(rng: random.Random, whole: int, sizes: list[int]) -> list[int]:
    """`whole` shared out over groups of `sizes`, none given more than its size."""
    shares = [0] * len(sizes)
    for _ in range(whole):
        room = [i for i, size in enumerate(sizes) if shares[i] < size]
        shares[rng.choice(room)] += 1
    return shares


def _af_roll(facts: Facts, rng: random.Random, pick: Pick) -> list[str]:
    """The counts by party group in a table with its sum ("Cộng"), or in one sentence; then the
    absentees."""
    n, absent = pick.n, facts.excused + facts.unexcused
    if facts.total >= 10 and rng.random() < 0.6:
        lines = _af_groups(facts, rng)
    else:
        said = f"Đảng viên có mặt: {n(facts.present)}; vắng: {n(absent)}"
        kinds = [f"có lý do: {n(facts.excused)}"] if facts.excused else []
        kinds += [f"không lý do: {n(facts.unexcused)}"] if facts.unexcused else []
        said += f" ({'; '.join(kinds)})" if kinds else ""
        said += f"; tổng số đảng viên của chi bộ: {n(facts.total)}"
        if facts.exempt is not None:
            said += f"; đã được miễn sinh hoạt: {n(facts.exempt)}"
        lines = [said + "."]
    named = named_absentees(facts)
    if named:
        said = "; ".join(
            f"{a.name}, lý do: {a.reason}" if a.excused else f"{a.name}, {a.reason}" for a in named
        )
        lines.append(f"Đồng chí vắng: {said}.")
    return lines


def _af_groups(facts: Facts, rng: random.Random) -> list[str]:
    """One row a party group (its members, exempt, present, absent with and without reason) and
    the sum; the groups' present add up to the stated present even when the counts do not."""
    groups = rng.randint(2, min(4, facts.total // 4))
    sizes = [2 + extra for extra in _split(rng, facts.total - 2 * groups, [facts.total] * groups)]
    exempt = _split(rng, facts.exempt or 0, sizes)
    room = [size - e for size, e in zip(sizes, exempt, strict=True)]
    excused = _split(rng, facts.excused, room)
    room = [r - e for r, e in zip(room, excused, strict=True)]
    unexcused = _split(rng, facts.unexcused, room)
    present = [r - u for r, u in zip(room, unexcused, strict=True)]
    gap = facts.present - sum(present)
    present[max(range(groups), key=present.__getitem__)] += gap
    heads = ["Tổ đảng", "Đảng viên", "Miễn SH", "Có mặt", "Vắng có lý do", "Vắng không lý do"]
    columns = [sizes, exempt, present, excused, unexcused]
    if facts.exempt is None:
        del heads[2], columns[1]
    rows = [f"| {' | '.join(heads)} |"]
    for index, row in enumerate(zip(*columns, strict=True)):
        rows.append(f"| Tổ {index + 1} | {' | '.join(str(value) for value in row)} |")
    rows.append(f"| Cộng | {' | '.join(str(sum(column)) for column in columns)} |")
    return ["Tình hình dự họp theo tổ đảng:", *rows]


def _af_agenda(facts: Facts, rng: random.Random, pick: Pick) -> list[str]:
    """The agenda announced, then each item taken in turn ("Về nội dung thứ hai – …:"), the
    discussion and the conclusion the last two."""
    found = parts.reports(facts, rng, pick)
    close = {
        "extraordinary": "Kết luận và quyết nghị",
        "thematic": "Kết luận chuyên đề",
    }.get(facts.meeting_type, "Thống nhất nhiệm vụ tháng tới")
    found += [(parts.AF_DISCUSSION, parts.talk(facts, pick))]
    titles = [title for title, _ in found] + [close]
    lines = [f"Chương trình sinh hoạt gồm {pick.n(len(titles))} nội dung:"]
    lines += [f"{i + 1}. {capital(title)}." for i, title in enumerate(titles)]
    for index, (title, said) in enumerate(found):
        lines += [f"Về nội dung {say.ordinal(index)} – {title}:", *said]
    if rng.random() < 0.4:
        lines.append("<<page>>")
    last = len(titles)
    lines += [f"Về nội dung {say.ordinal(last - 1)} – {close}:", parts.lead(facts, pick)]
    return lines + parts.items(facts, number=str(last)) + parts.vote_and_next(facts, pick)

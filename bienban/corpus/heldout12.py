"""Held-out template families AC and AD: two further secretaries' hands, written after AA and
AB.

HELD-OUT: this module, `heldout12_parts.py`, `heldout12_phrases.py` and
`tests/corpus/test_heldout12.py` are closed to whoever writes or tunes the extraction rules, and
AC/AD documents must not be run through extraction while tuning. Both are opt-in (`bienban
corpus generate --families AC,AD`): the default mix stays A–F, and existing seeds still give
byte-identical corpora.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from functools import partial

from bienban.corpus import heldout12_parts as parts
from bienban.corpus import heldout12_phrases as say
from bienban.corpus.facts import Facts
from bienban.corpus.heldout2_phrases import EXEMPT_REASONS
from bienban.corpus.heldout9_phrases import capital, guests_text, named_absentees, weekday
from bienban.corpus.heldout10 import next_day
from bienban.corpus.heldout10_phrases import quarter
from bienban.corpus.heldout11 import Hand
from bienban.corpus.heldout11_phrases import count

_PURPOSES = {
    "AC": {
        "member_development": "xét hồ sơ đề nghị kết nạp Đảng",
        "inspection": "xem xét vi phạm của đảng viên",
        "directives": "bàn biện pháp thực hiện chỉ đạo khẩn của Đảng ủy",
    },
    "AD": {
        "member_development": "biểu quyết đề nghị kết nạp quần chúng vào Đảng",
        "inspection": "kiểm điểm, đề nghị kỷ luật đảng viên",
        "directives": "triển khai công văn hỏa tốc của cấp trên",
    },
}

# Each hand's forms of a date, a clock and a count.
HELDOUT_FAMILIES: dict[str, Hand] = {
    name: Hand(name, dict(zip(("date", "clock", "count"), forms, strict=True)))
    for name, forms in (
        ("AC", (("month_slash", "slash_padded"), ("upper_h", "h_twelve"), ("digits", "padded"))),
        ("AD", (("words", "dash_padded"), ("gio_phut", "spelled"), ("digits", "words"))),
    )
}


@dataclass(frozen=True)
class Pick:
    """One document's writers, each in the form drawn for it and kept throughout: `day` (a
    date), `clock` (an (hour, minute)) and `n` (a count); and why an extraordinary meeting was
    called, in the family's words."""

    family: str
    day: Callable[[date], str]
    clock: Callable[[tuple[int, int]], str]
    n: Callable[[int], str]
    purpose: str

    @property
    def is_ac(self) -> bool:
        return self.family == "AC"


def write_minutes(facts: Facts, rng: random.Random, *, family: str) -> str:
    """The minutes of `facts` in held-out `family`'s style, as layout-marked text."""
    date_style, clock_style, count_style = (
        rng.choice(HELDOUT_FAMILIES[family].forms[kind]) for kind in ("date", "clock", "count")
    )
    pick = Pick(
        family,
        partial(say.write_date, style=date_style),
        lambda hour_minute: say.write_clock(*hour_minute, style=clock_style),
        partial(count, style=count_style),
        _PURPOSES[family][facts.purpose or "directives"],
    )
    lines = _ac_minutes(facts, rng, pick) if pick.is_ac else _ad_minutes(facts, rng, pick)
    return "\n".join(lines) + "\n"


def _head(facts: Facts, *, right: str, below: str) -> list[str]:
    """Parent committee and branch on the left, the Party's name and `right` on the right,
    `below` under the branch."""
    return [
        f"{facts.unit.parent.upper()} || ĐẢNG CỘNG SẢN VIỆT NAM",
        f"{facts.unit.branch.upper()} || {right}".rstrip(),
        *([f"{below} ||"] if below else []),
    ]


def _ended(facts: Facts, pick: Pick) -> str:
    """The end's clock, then "cùng ngày" or the next day's date."""
    assert facts.end is not None
    when = f"ngày {pick.day(next_day(facts))}" if facts.end_next_day else "cùng ngày"
    return f"{pick.clock(facts.end)} {when}"


def _signatures(left: str, right: str, names: tuple[str, str], rng: random.Random) -> list[str]:
    return ["", f"{left} || {right}", *(["||"] * rng.randint(2, 3)), " || ".join(names)]


# AC: a terse typed record with abbreviations, starred items and a checkbox table of absentees


def _ac_minutes(facts: Facts, rng: random.Random, pick: Pick) -> list[str]:
    head = facts.head_day
    number = f"Số {rng.randint(1, 24):02d}-BB/CB" if rng.random() < 0.5 else ""
    lines = _head(facts, right=f"{facts.unit.head_place}, ngày {pick.day(head)}", below=number)
    lines += ["", *_ac_title(facts), "", _ac_opening(facts, rng, pick)]
    people = [_ac_people(facts, rng)]
    guests = guests_text(facts, form="{who} ({role})")
    people += [f"Đại biểu về dự: {guests}."] if guests else []
    roll = _ac_roll(facts, rng, pick)
    lines += people + roll if rng.random() < 0.5 else roll + people
    lines += ["", "^NỘI DUNG", *parts.ac_body(facts, rng, pick)]
    if facts.end is not None:
        lines.append(f"Họp xong lúc {_ended(facts, pick)}.")
    lines.append(
        rng.choice(
            (
                "Biên bản đã đọc lại, các đ/c dự họp nhất trí.",
                "Thư ký đọc lại biên bản, không đ/c nào có ý kiến khác.",
            )
        )
    )
    names = (facts.secretary, facts.chair)
    return lines + _signatures("THƯ KÝ", "CHỦ TRÌ", names, rng)


def _ac_title(facts: Facts) -> list[str]:
    month = say.month_of(facts.day)
    below = {
        "regular": f"^Kỳ họp định kỳ tháng {month}",
        "thematic": f"^Sinh hoạt chuyên đề quý {quarter(facts.day)}/{facts.day.year}",
        "combined": f"^Kỳ họp thường kỳ tháng {month} và sinh hoạt chuyên đề",
        "extraordinary": "^(Họp bất thường)",
    }[facts.meeting_type]
    return ["^BIÊN BẢN HỌP CHI BỘ", below]


def _ac_opening(facts: Facts, rng: random.Random, pick: Pick) -> str:
    kind = {
        "regular": "họp định kỳ",
        "thematic": "sinh hoạt chuyên đề",
        "combined": "họp định kỳ kết hợp sinh hoạt chuyên đề",
        "extraordinary": f"họp bất thường để {pick.purpose}",
    }[facts.meeting_type]
    day, clock, branch = pick.day(facts.day), pick.clock(facts.start), facts.unit.branch
    if rng.random() < 0.5:
        return f"Tại {facts.location}, bắt đầu từ {clock} ngày {day}, {branch} {kind}."
    return f"{branch} {kind} ngày {day} tại {facts.location}; giờ khai mạc: {clock}."


def _ac_people(facts: Facts, rng: random.Random) -> str:
    chair, role, clerk = facts.chair, facts.chair_role, facts.secretary
    if rng.random() < 0.5:
        clerk += f", {facts.secretary_role}," if facts.secretary_role else ""
        return f"Đ/c {chair} ({role}) chủ trì; đ/c {clerk} ghi biên bản."
    clerk += f" – {facts.secretary_role}" if facts.secretary_role else ""
    return f"Chủ trì: đ/c {chair} – {role}; thư ký: đ/c {clerk}."


def _ac_roll(facts: Facts, rng: random.Random, pick: Pick) -> list[str]:
    """One line of counts with abbreviations, then the absentees ticked in a table."""
    lines = [_counts_said(facts, rng, pick)]
    named = named_absentees(facts)
    if named:
        lines += ["Đ/c vắng:", "| Họ tên | Có phép | Không phép | Lý do |"]
        for person in named:
            ticks = "x | –" if person.excused else "– | x"
            lines.append(f"| {person.name} | {ticks} | {capital(person.reason)} |")
    return lines


# The counts as a sentence: the total, those exempt (none; some, {why}), those present, then
# nobody absent, or the absent with those excused and not ({e}, {u}), or all of one {kind}
# ("đều", all, before it when more than one).
_COUNTS = {
    "AC": {
        "total": "Số lượng: ĐV toàn chi bộ {} đ/c",
        "no_exempt": ", không có đ/c miễn SH",
        "exempt": ", trong đó {} đ/c miễn SH ({why})",
        "present": "; dự họp {} đ/c; ",
        "nobody": "không có đ/c vắng.",
        "split": "vắng {n} đ/c (có phép: {e}, không phép: {u}).",
        "one": "vắng {n} đ/c ({kind}).",
        "kinds": "có phép|không phép",
    },
    "AD": {
        "total": "Chi bộ có {} đảng viên",
        "no_exempt": ", không đồng chí nào được miễn sinh hoạt",
        "exempt": ", {} đồng chí được miễn sinh hoạt đảng",
        "present": "; có mặt {} đồng chí; ",
        "nobody": "không vắng đồng chí nào.",
        "split": "vắng {n} đồng chí ({e} có lý do, {u} không có lý do).",
        "one": "vắng {n} đồng chí ({kind}).",
        "kinds": "có lý do|không có lý do",
    },
}


def _counts_said(facts: Facts, rng: random.Random, pick: Pick) -> str:
    said, n, absent = _COUNTS[pick.family], pick.n, facts.excused + facts.unexcused
    text = said["total"].format(n(facts.total))
    if facts.exempt == 0:
        text += said["no_exempt"]
    elif facts.exempt:
        text += said["exempt"].format(n(facts.exempt), why=rng.choice(EXEMPT_REASONS))
    text += said["present"].format(n(facts.present))
    if facts.excused and facts.unexcused:
        return text + said["split"].format(n=n(absent), e=n(facts.excused), u=n(facts.unexcused))
    if absent:
        kind = said["kinds"].split("|")[0 if facts.excused else 1]
        kind = f"đều {kind}" if absent > 1 else kind
        return text + said["one"].format(n=n(absent), kind=kind)
    return text + said["nobody"]


# AD: a formal record in three parts, numbered items, counts often in words -------------------


def _ad_minutes(facts: Facts, rng: random.Random, pick: Pick) -> list[str]:
    head = facts.head_day
    right = f"{facts.unit.head_place}, ngày {head.day} tháng {head.month} năm {head.year}"
    lines = _head(facts, right=right, below="")
    lines += ["", *_ad_title(facts, pick), "", "PHẦN THỨ NHẤT – KHAI MẠC"]
    lines += _ad_opening(facts, rng, pick)
    guests = guests_text(facts, form="{who}, {role}")
    lines += [f"Khách mời: {guests}."] if guests else []
    lines += _ad_roll(facts, rng, pick)
    lines += ["PHẦN THỨ HAI – NỘI DUNG CUỘC HỌP", *parts.ad_body(facts, rng, pick)]
    if rng.random() < 0.4:
        lines.append("<<page>>")
    lines += ["PHẦN THỨ BA – KẾT LUẬN VÀ BẾ MẠC", *parts.ad_conclusion(facts, rng, pick)]
    if facts.end is not None:
        lines.append(f"Cuộc họp bế mạc vào {_ended(facts, pick)}.")
    lines.append(
        "Biên bản lập thành 02 bản (01 bản lưu chi bộ, 01 bản gửi Đảng ủy), đã đọc lại trước "
        "chi bộ và được các đồng chí dự họp nhất trí thông qua."
    )
    names = (facts.secretary, facts.chair)
    return lines + _signatures("NGƯỜI GHI BIÊN BẢN", "CHỦ TỌA CUỘC HỌP", names, rng)


def _ad_title(facts: Facts, pick: Pick) -> list[str]:
    month = f"tháng {facts.day.month} năm {facts.day.year}"
    return {
        "regular": ["^BIÊN BẢN CUỘC HỌP CHI BỘ THƯỜNG KỲ", f"^({month})"],
        "thematic": [
            "^BIÊN BẢN SINH HOẠT CHUYÊN ĐỀ",
            f"^(Quý {quarter(facts.day)} năm {facts.day.year})",
        ],
        "combined": [
            "^BIÊN BẢN CUỘC HỌP CHI BỘ THƯỜNG KỲ",
            f"^({month}, có nội dung sinh hoạt chuyên đề)",
        ],
        "extraordinary": ["^BIÊN BẢN CUỘC HỌP CHI BỘ BẤT THƯỜNG", f"^({pick.purpose})"],
    }[facts.meeting_type]


def _ad_opening(facts: Facts, rng: random.Random, pick: Pick) -> list[str]:
    """When and where, then who presided and who kept the minutes."""
    day, clock = f"{weekday(facts.day)}, ngày {pick.day(facts.day)}", pick.clock(facts.start)
    if rng.random() < 0.5:
        kind = "Cuộc họp bất thường" if facts.meeting_type == "extraordinary" else "Cuộc họp"
        if facts.meeting_type == "thematic":
            kind = "Buổi sinh hoạt chuyên đề"
        when = f"{kind} của {facts.unit.branch} khai mạc lúc {clock}, {day}, tại {facts.location}."
    else:
        when = f"Thời điểm khai mạc: {clock}, {day}. Nơi họp: {facts.location}."
    role = facts.secretary_role
    if rng.random() < 0.5:
        return [
            when,
            f"Chủ tọa: đồng chí {facts.chair}, {facts.chair_role}.",
            f"Thư ký: đồng chí {facts.secretary}{f', {role}' if role else ''}.",
        ]
    return [
        when,
        f"Đồng chí {facts.chair}, {facts.chair_role}, làm chủ tọa; đồng chí {facts.secretary}"
        f"{f', {role},' if role else ''} làm thư ký.",
    ]


def _ad_roll(facts: Facts, rng: random.Random, pick: Pick) -> list[str]:
    """The counts in a table across the page (digits) or in a sentence, then the absentees."""
    if rng.random() < 0.55:
        heads = ["Tổng số", "Miễn sinh hoạt", "Có mặt", "Vắng có lý do", "Vắng không lý do"]
        values = [facts.total, facts.exempt, facts.present, facts.excused, facts.unexcused]
        if facts.exempt is None:
            del heads[1], values[1]
        row = [str(value) for value in values if value is not None]
        lines = [
            "Tình hình đảng viên dự họp:",
            f"| {' | '.join(heads)} |",
            f"| {' | '.join(row)} |",
        ]
    else:
        lines = [_counts_said(facts, rng, pick)]
    named = named_absentees(facts)
    if named:
        who = ", ".join(f"{person.name} ({person.reason})" for person in named)
        lines.append(f"Vắng mặt gồm các đồng chí: {who}.")
    return lines

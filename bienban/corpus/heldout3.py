"""Held-out template families K and L: two more secretaries' styles the extraction rules never saw.

Held out until extractor 0.8.0 was measured on them once (seed 9901); since then they are
development families, and M/N (`heldout4.py`) are the held-out ones. K and L are opt-in (`bienban corpus generate --families K,L`); the
default mix stays A–F, so existing seeds give the same corpus byte for byte.

K types an office's "hội nghị chi bộ" minutes in Word: parts under "A. PHẦN THỦ TỤC"-like
heads, the time and roll call as a bulleted list ("- Thời gian bắt đầu: 7 giờ 30, ngày
15-03-2024", "- Số đảng viên dự họp: 13 đồng chí", "- Vắng: 02 đồng chí (01 có lý do, 01 không
lý do)"), "Đồng chí X – Bí thư chi bộ điều hành hội nghị", a paragraph per speaker ("Đồng chí X
phát biểu: …", "Ý kiến của đồng chí Y (…): …"), "Chi bộ thống nhất các nội dung sau:" with a),
b), c), "Biểu quyết: 13/13 đồng chí tán thành (đạt 100%)", "Hội nghị kết thúc: 10h15 cùng ngày".
L keeps a village cell's terse book: "Hồi 19h30 tối ngày 03/4/2024", counts in words ("có mặt
hai mươi mốt đồng chí"), the absentees and their reasons on one line, guests from the commune,
yields in "tấn/ha", "Nghị quyết:" with "+" items of which one runs on to a second line, a
quoted thematic title, "Kỳ họp tới vào ngày …", "Tan họp lúc 0h15 rạng sáng ngày …".
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta

from bienban.corpus import heldout3_parts as parts
from bienban.corpus import heldout3_phrases as say
from bienban.corpus.facts import Facts
from bienban.corpus.heldout2_phrases import is_fully_named, percent, rank_titles

_ROMAN = ("I", "II", "III", "IV")
_PURPOSES = {
    "member_development": "xét đề nghị kết nạp đảng viên",
    "inspection": "kiểm điểm đảng viên vi phạm",
    "directives": "triển khai công điện khẩn của cấp trên",
}
_K_HEADS = (
    ("A. PHẦN THỦ TỤC", "B. NỘI DUNG HỘI NGHỊ", "C. KẾT LUẬN CỦA HỘI NGHỊ"),
    ("I. PHẦN MỞ ĐẦU", "II. PHẦN NỘI DUNG", "III. PHẦN KẾT LUẬN"),
)


@dataclass(frozen=True)
class Secretary:
    """One held-out family: the options one secretary draws from."""

    name: str
    numbers: tuple[str, ...]
    dates: tuple[str, ...]
    starts: tuple[str, ...]
    ends: tuple[str, ...]
    counts: tuple[str, ...]
    speeches: tuple[str, ...]
    votes: tuple[str, ...]
    signatures: tuple[tuple[str, str], ...]


HELDOUT_FAMILIES: dict[str, Secretary] = {
    s.name: s
    for s in (
        Secretary(
            "K",
            ("Số: {n}-BB/CB", "*", ""),
            ("dash", "ngay", "slash_padded"),
            ("gio_pad", "h", "gio_phut"),
            ("h", "gio_pad"),
            ("padded", "plain"),
            ("paragraphs",),
            ("ty_le", "tan_thanh"),
            (("THƯ KÝ", "CHỦ TRÌ"), ("THƯ KÝ HỘI NGHỊ", "CHỦ TRÌ HỘI NGHỊ")),
        ),
        Secretary(
            "L",
            ("Số {n}-BB/CB", "Số: {n}/BB-CB", "*"),
            ("ngay_slash", "ngay", "words"),
            ("h_period", "gio_toi"),
            ("h", "h_period", "gio_toi"),
            ("words", "words", "both"),
            ("lines", "names"),
            ("words", "words", "ratio"),
            (("THƯ KÝ", "{role}"), ("THƯ KÝ", "T/M CHI BỘ|{role}"), ("NGƯỜI GHI", "CHỦ TRÌ")),
        ),
    )
}


@dataclass
class Pick:
    """What one document uses, drawn once so it reads the same way throughout."""

    family: Secretary
    date_style: str
    start_style: str
    end_style: str
    count_style: str
    speech_style: str
    owners: bool
    titles: dict[str, str] = field(default_factory=dict)

    @property
    def is_k(self) -> bool:
        return self.family.name == "K"

    def day(self, day: date) -> str:
        """The date with "ngày" in front: "ngày 15-03-2024", "ngày 3/4/2024", "ngày 3 tháng 4 năm 2024"."""
        text = say.write_date(day, style=self.date_style)
        return text if text.startswith("ngày") else f"ngày {text}"

    def n(self, count: int) -> str:
        return say.count(count, style=self.count_style)

    def who(self, name: str, *, lead: str = "đồng chí") -> str:
        return say.person(name, self.titles, lead=lead)


def write_minutes(facts: Facts, rng: random.Random, *, family: str) -> str:
    """The minutes of `facts` in held-out `family`'s style, as layout-marked text."""
    style = HELDOUT_FAMILIES[family]
    pick = Pick(
        style,
        rng.choice(style.dates),
        rng.choice(style.starts),
        rng.choice(style.ends),
        rng.choice(style.counts),
        rng.choice(style.speeches),
        rng.random() < 0.4,
        rank_titles(facts, rng),
    )
    lines = _letterhead(facts, rng, pick) + [""] + _title(facts, rng, pick) + [""]
    lines += _k_minutes(facts, rng, pick) if pick.is_k else _l_minutes(facts, rng, pick)
    return "\n".join(lines + _signatures(facts, rng, pick)) + "\n"


def _letterhead(facts: Facts, rng: random.Random, pick: Pick) -> list[str]:
    serial = rng.randint(1, 24)
    number = rng.choice(pick.family.numbers).format(n=f"{serial:02d}" if pick.is_k else serial)
    dated = say.write_date(facts.head_day, style=rng.choice(["words", "words_padded"]))
    return [
        f"{facts.unit.parent.upper()} || ĐẢNG CỘNG SẢN VIỆT NAM",
        f"{facts.unit.branch.upper()} ||",
        f"{number} || {facts.unit.head_place}, {dated}",
    ]


def _title(facts: Facts, rng: random.Random, pick: Pick) -> list[str]:
    month, year = facts.day.month, facts.day.year
    quarter, kind = _ROMAN[(month - 1) // 3], facts.meeting_type
    if kind == "extraordinary":
        about = _PURPOSES[facts.purpose or "directives"]
        if pick.is_k:
            return ["^BIÊN BẢN HỘI NGHỊ CHI BỘ BẤT THƯỜNG", f"^(Về việc {about})"]
        return ["^BIÊN BẢN", "^Họp chi bộ bất thường", f"^Về việc: {about}"]
    if pick.is_k:
        what = {
            "thematic": f"Sinh hoạt chuyên đề quý {quarter} năm {year}",
            "combined": f"Sinh hoạt thường kỳ tháng {month}/{year} kết hợp sinh hoạt chuyên đề",
            "regular": f"Sinh hoạt thường kỳ tháng {month}/{year}",
        }[kind]
        if kind == "regular" and rng.random() < 0.4:
            return ["^BIÊN BẢN", f"^HỘI NGHỊ CHI BỘ THƯỜNG KỲ THÁNG {month:02d} NĂM {year}"]
        return ["^BIÊN BẢN HỘI NGHỊ CHI BỘ", f"^({what})"]
    if kind == "thematic":
        return ["^BIÊN BẢN", f"^Sinh hoạt chuyên đề quý {quarter} năm {year}"]
    if kind == "combined":
        return ["^BIÊN BẢN", f"^Họp chi bộ tháng {month}/{year} (thường kỳ + chuyên đề)"]
    return rng.choice(
        [
            ["^BIÊN BẢN", f"^Họp chi bộ thường kỳ tháng {month}/{year}"],
            ["^BIÊN BẢN HỌP CHI BỘ", f"^Tháng {month} năm {year}"],
        ]
    )


def _clock(pick: Pick, hour_minute: tuple[int, int], *, end: bool = False) -> str:
    return say.write_clock(*hour_minute, style=pick.end_style if end else pick.start_style)


# K: an office's typed minutes ---------------------------------------------------------------


def _k_minutes(facts: Facts, rng: random.Random, pick: Pick) -> list[str]:
    heads = rng.choice(_K_HEADS)
    lines = [heads[0], *_k_when(facts, rng, pick), *_k_roll(facts, rng, pick)]
    lines += _k_people(facts, rng, pick)
    lines.append(heads[1])
    for index, (title, body) in enumerate(parts.sections(facts, rng, pick)):
        lines += [f"{index + 1}. {title}", *body]
    lines += [rng.choice(["Thảo luận", "Ý kiến thảo luận"]), *parts.speech_lines(facts, rng, pick)]
    lines += [heads[2], *parts.resolution_lines(facts, rng, pick)]
    lines += parts.vote_lines(facts, rng, pick)
    return lines + _k_end(facts, rng, pick)


def _k_when(facts: Facts, rng: random.Random, pick: Pick) -> list[str]:
    clock, day = _clock(pick, facts.start), pick.day(facts.day)
    where = f"- Địa điểm: {facts.location}."
    if rng.random() < 0.5:
        return [f"- Thời gian bắt đầu: {clock}, {day}.", where]
    return [f"- Ngày họp: {day.removeprefix('ngày ')}.", f"- Thời gian bắt đầu: {clock}.", where]


def _k_roll(facts: Facts, rng: random.Random, pick: Pick) -> list[str]:
    n = pick.n
    split = say.members_split(facts, rng, style=pick.count_style)
    lines = [f"- Tổng số đảng viên trong chi bộ: {n(facts.total)} đồng chí{split}."]
    due = facts.total - (facts.exempt or 0)
    if facts.exempt:
        lines.append(
            f"- Số đảng viên được miễn sinh hoạt: {n(facts.exempt)} đồng chí ({say.exempt_reason(rng)})."
        )
        if rng.random() < 0.5:
            lines.append(f"- Số đảng viên phải dự họp: {n(due)} đồng chí.")
    elif facts.exempt == 0:
        lines.append("- Số đảng viên được miễn sinh hoạt: không.")
    if rng.random() < 0.6:
        lines.append(f"- Số đảng viên dự họp: {n(facts.present)} đồng chí.")
    else:
        share = percent(facts.present, due)
        lines.append(f"- Có mặt: {n(facts.present)}/{n(due)} đồng chí (đạt {share}%).")
    return lines + _k_absent(facts, pick) + _k_guests(facts, pick)


def _k_absent(facts: Facts, pick: Pick) -> list[str]:
    absent = facts.excused + facts.unexcused
    if not absent:
        return ["- Vắng: không."]
    head = f"- Vắng: {pick.n(absent)} đồng chí {say.split_absence(facts, style=pick.count_style)}"
    if not is_fully_named(facts):
        return [f"{head}."]
    return [f"{head}, gồm:"] + [
        f"+ {parts.capital(pick.who(a.name))}: {a.reason}." for a in facts.absentees
    ]


def _k_guests(facts: Facts, pick: Pick) -> list[str]:
    guests = say.guests_text(facts, pick.titles, joiner=" – ")
    return [f"- Đại biểu dự: {guests}."] if guests else []


def _k_people(facts: Facts, rng: random.Random, pick: Pick) -> list[str]:
    chair, clerk = pick.who(facts.chair), pick.who(facts.secretary)
    clerk_role = f" – {facts.secretary_role}" if facts.secretary_role else ""
    opened = (
        "tuyên bố lý do, giới thiệu đại biểu"
        if facts.guests or facts.unnamed_guest
        else "tuyên bố lý do"
    )
    if rng.random() < 0.5:
        return [
            f"{parts.capital(chair)} – {facts.chair_role} điều hành hội nghị; {clerk}{clerk_role} làm thư ký.",
            f"Đồng chí chủ trì {opened} và thông qua chương trình hội nghị.",
        ]
    return [
        f"- Chủ trì hội nghị: {chair} – {facts.chair_role}.",
        f"- Thư ký hội nghị: {clerk}{clerk_role}.",
    ]


def _k_end(facts: Facts, rng: random.Random, pick: Pick) -> list[str]:
    lines = []
    nxt = facts.sections.get("next_meeting")
    if nxt is not None:
        lines.append(f"Thời gian sinh hoạt chi bộ tháng tới: {pick.day(nxt)}.")
    lines.append(
        "Biên bản được đọc lại trước hội nghị, các đồng chí dự họp không có ý kiến bổ sung."
    )
    if facts.end is None:
        return lines + ["Hội nghị kết thúc cùng ngày."]
    clock = _clock(pick, facts.end, end=True)
    when = pick.day(facts.day + timedelta(days=1)) if facts.end_next_day else "cùng ngày"
    label = rng.choice(["Hội nghị kết thúc", "Thời gian kết thúc"])
    return lines + [f"{label}: {clock} {when}."]


# L: a village cell's book --------------------------------------------------------------------


def _l_minutes(facts: Facts, rng: random.Random, pick: Pick) -> list[str]:
    lines = [_l_opening(facts, rng, pick), _l_people(facts, rng, pick), *_l_roll(facts, rng, pick)]
    guests = say.guests_text(facts, pick.titles)
    if guests:
        lines.append(rng.choice([f"Mời dự: {guests}.", f"Về dự có: {guests}."]))
    lines.append("Nội dung:")
    for index, (_, body) in enumerate(parts.sections(facts, rng, pick)):
        lines += [f"{index + 1}/ {body[0]}", *body[1:]]
    lines += parts.speech_lines(facts, rng, pick)
    lines += parts.resolution_lines(facts, rng, pick) + parts.vote_lines(facts, rng, pick)
    nxt = facts.sections.get("next_meeting")
    if nxt is not None:
        lines.append(f"Kỳ họp tới vào {say.write_date(nxt, style='ngay_slash')}.")
    return lines + _l_end(facts, rng, pick)


def _l_opening(facts: Facts, rng: random.Random, pick: Pick) -> str:
    clock, day, where = _clock(pick, facts.start), pick.day(facts.day), facts.location
    kind = {
        "regular": f"họp thường kỳ tháng {facts.day.month}",
        "thematic": "sinh hoạt chuyên đề",
        "combined": f"họp thường kỳ tháng {facts.day.month} và sinh hoạt chuyên đề",
        "extraordinary": "họp bất thường",
    }[facts.meeting_type]
    if rng.random() < 0.5:
        return f"Hồi {clock} {day}, tại {where}, chi bộ {kind}."
    return f"Vào lúc {clock}, {day}, chi bộ {kind} tại {where}."


def _l_people(facts: Facts, rng: random.Random, pick: Pick) -> str:
    chair, clerk = pick.who(facts.chair, lead="đ/c"), pick.who(facts.secretary, lead="đ/c")
    role = facts.chair_role.removesuffix(" chi bộ")
    if rng.random() < 0.5:
        return f"Chủ trì: {chair} - {role}. Thư ký: {clerk}."
    return f"{parts.capital(chair)} ({role}) chủ trì, {clerk} ghi biên bản."


def _l_roll(facts: Facts, rng: random.Random, pick: Pick) -> list[str]:
    n, absent = pick.n, facts.excused + facts.unexcused
    said = [f"Tổng số đảng viên: {n(facts.total)} đồng chí"]
    if facts.exempt:
        said.append(f"miễn sinh hoạt {n(facts.exempt)} đồng chí")
    elif facts.exempt == 0:
        said.append("không có đồng chí miễn sinh hoạt")
    said.append(f"có mặt {n(facts.present)} đồng chí")
    if not absent:
        return ["; ".join(said) + "; không ai vắng."]
    named = is_fully_named(facts)
    split = "" if named else f" {say.split_absence(facts, style=pick.count_style)}"
    said.append(f"vắng {n(absent)} đồng chí{split}")
    lines = ["; ".join(said) + "."]
    if named:
        lines.append(f"Vắng: {say.named_absentees(facts, pick.titles)}.")
    return lines


def _l_end(facts: Facts, rng: random.Random, pick: Pick) -> list[str]:
    if facts.end is None:
        return [rng.choice(["Tan họp.", "Buổi họp kết thúc cùng ngày."])]
    if facts.end_next_day:
        clock = say.write_clock(*facts.end, style="h")
        after = say.write_date(facts.day + timedelta(days=1), style="ngay_slash")
        return [
            rng.choice(
                [
                    f"Tan họp lúc {clock} rạng sáng {after}.",
                    f"Buổi họp kết thúc {clock} ngày hôm sau.",
                ]
            )
        ]
    clock = _clock(pick, facts.end, end=True)
    return [rng.choice([f"Buổi họp kết thúc lúc {clock}.", f"Tan họp {clock} cùng ngày."])]


def _signatures(facts: Facts, rng: random.Random, pick: Pick) -> list[str]:
    left, right = rng.choice(pick.family.signatures)
    role = "BÍ THƯ" if facts.chair_role == "Bí thư chi bộ" else "PHÓ BÍ THƯ"
    head, _, under = right.format(role=role).partition("|")
    lines = ["", f"{left} || {head}"] + ([f"|| {under}"] if under else [])
    if pick.is_k and rng.random() < 0.4:
        lines.append("(Đã ký) || (Đã ký)")
    return lines + ["||"] * rng.randint(1, 2) + [f"{facts.secretary} || {facts.chair}"]

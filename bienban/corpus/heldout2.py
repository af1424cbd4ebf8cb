"""Held-out template families I and J: two more secretaries' styles the extraction rules never saw.

Held out until extractor 0.8.0 was measured on them (seeds 9604, 9801, 9802); since then
they are development families like G and H, and K/L (`heldout3.py`) are the held-out ones. I and J are opt-in (`bienban corpus generate --families I,J`); the default mix
stays A–F, so existing seeds give the same corpus byte for byte.

I types the ward's form: labelled fields ("Thời gian:", "Địa điểm:", "Chủ trì hội nghị:",
"Thành phần tham dự:", "Vắng mặt:", "Khách mời:"), the lunar date in brackets, counts padded
("02"), the agenda announced up front ("Nội dung sinh hoạt gồm: …"), "DIỄN BIẾN SINH HOẠT",
numbered opinions, "KẾT LUẬN CỦA ĐỒNG CHÍ CHỦ TRÌ" with tasks in a table or with owners and
deadlines. J keeps a minutes book: "Hôm nay, ngày mùng 3 tháng 4", the meeting step by step,
"Đảng viên có mặt: 18/20 đồng chí (vắng 02 đồng chí: …)", several speakers named in one
sentence, "Hội nghị nhất trí 100%", "TM. CHI ỦY / BÍ THƯ", the minute-taker sometimes named
only under the signature.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta

from bienban.corpus import heldout2_parts as parts
from bienban.corpus import heldout2_phrases as say
from bienban.corpus.facts import Facts

_ROMAN = ("I", "II", "III", "IV")
_PURPOSES = {
    "member_development": "xét đề nghị kết nạp đảng viên",
    "inspection": "xem xét, kiểm điểm đảng viên vi phạm",
    "directives": "triển khai công điện khẩn của cấp trên",
}


@dataclass(frozen=True)
class Secretary:
    """One held-out family: the options one secretary draws from."""

    name: str
    numbers: tuple[str, ...]
    dates: tuple[str, ...]
    times: tuple[str, ...]
    lunar: float
    padded: float
    speeches: tuple[str, ...]
    tasks: tuple[str, ...]
    votes: tuple[str, ...]
    signatures: tuple[tuple[str, str, bool], ...]


HELDOUT_FAMILIES: dict[str, Secretary] = {
    s.name: s
    for s in (
        Secretary(
            "I",
            ("Số: {n}/BB-CB", "Số {n}-BB/CB", ""),
            ("slash_daypad", "slash_padded", "words_padded"),
            ("apos", "phut", "phut_period"),
            0.35,
            0.8,
            ("numbered", "named_list"),
            ("table", "owner_inline", "dash"),
            ("nhat_tri", "tan_thanh"),
            (
                ("CHỦ TRÌ HỘI NGHỊ", "THƯ KÝ HỘI NGHỊ", True),
                ("THƯ KÝ", "TM. CHI ỦY|{role}", False),
            ),
        ),
        Secretary(
            "J",
            ("*", "Số {n}-BB/CB"),
            ("mung", "words", "slash_daypad"),
            ("apos", "phut_period", "apos_period"),
            0.3,
            0.5,
            ("one_sentence", "plus"),
            ("plus", "owner_paren", "letters"),
            ("hoi_nghi", "thong_qua"),
            (("THƯ KÝ", "TM. CHI ỦY|{role}", False), ("THƯ KÝ", "CHỦ TRÌ", False)),
        ),
    )
}


@dataclass
class Pick:
    """What one document uses, drawn once so it reads the same way throughout."""

    family: Secretary
    date_style: str
    time_style: str
    lunar: bool
    padded: bool
    titles: dict[str, str] = field(default_factory=dict)
    secretary_named: bool = True

    def clock(self, hour_minute: tuple[int, int]) -> str:
        return say.write_time(*hour_minute, style=self.time_style)

    def day(self, day: date, *, year: bool = True) -> str:
        text = say.write_date(day, style=self.date_style)
        if not year and self.date_style == "mung":
            text = text.rsplit(" năm ", 1)[0]
        return text

    def n(self, count: int) -> str:
        return say.pad(count, padded=self.padded)

    def who(self, name: str, *, lead: str = "đồng chí") -> str:
        return say.person(name, self.titles, lead=lead)


def write_minutes(facts: Facts, rng: random.Random, *, family: str) -> str:
    """The minutes of `facts` in held-out `family`'s style, as layout-marked text."""
    style = HELDOUT_FAMILIES[family]
    pick = Pick(
        style,
        rng.choice(style.dates),
        rng.choice(style.times),
        rng.random() < style.lunar,
        rng.random() < style.padded,
        say.rank_titles(facts, rng),
        style.name == "I" or rng.random() < 0.6,
    )
    title = _title(facts, rng, pick)
    lines = _letterhead(facts, rng, pick) + [""] + title + [""]
    if style.name == "I":
        lines += _form_top(facts, rng, pick) + _form_body(facts, rng, pick)
    else:
        year_in_title = any(str(facts.day.year) in line for line in title)
        lines += _book_top(facts, rng, pick, year=not year_in_title)
        lines += _book_body(facts, rng, pick)
    lines += parts.vote_lines(facts, rng, style=rng.choice(style.votes), pick=pick)
    return "\n".join(lines + _closing(facts, rng, pick)) + "\n"


def _letterhead(facts: Facts, rng: random.Random, pick: Pick) -> list[str]:
    number = rng.choice(pick.family.numbers).format(n=f"{rng.randint(1, 24):02d}")
    dated = say.write_date(facts.head_day, style=rng.choice(["words", "words_padded"]))
    return [
        f"{facts.unit.parent.upper()} || ĐẢNG CỘNG SẢN VIỆT NAM",
        f"{facts.unit.branch.upper()} ||",
        f"{number} || {facts.unit.head_place}, {dated}",
    ]


def _title(facts: Facts, rng: random.Random, pick: Pick) -> list[str]:
    month, year = facts.day.month, facts.day.year
    quarter = _ROMAN[(month - 1) // 3]
    kind, form = facts.meeting_type, pick.family.name == "I"
    if kind == "extraordinary":
        about = f"^(V/v {_PURPOSES[facts.purpose or 'directives']})"
        return (
            ["^BIÊN BẢN", "^HỌP CHI BỘ BẤT THƯỜNG", about]
            if form
            else [
                "^BIÊN BẢN HỌP CHI BỘ BẤT THƯỜNG",
                about,
            ]
        )
    if kind == "thematic":
        if form:
            return ["^BIÊN BẢN", f"^SINH HOẠT CHI BỘ CHUYÊN ĐỀ QUÝ {quarter}/{year}"]
        return ["^BIÊN BẢN SINH HOẠT CHUYÊN ĐỀ", f"^Quý {quarter} năm {year}"]
    if kind == "combined":
        if form:
            return [
                f"^BIÊN BẢN SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG {month:02d}/{year}",
                f"^(Có lồng ghép sinh hoạt chuyên đề quý {quarter})",
            ]
        return ["^BIÊN BẢN SINH HOẠT CHI BỘ", f"^Tháng {month} năm {year} (thường kỳ và chuyên đề)"]
    options = (
        [
            ["^BIÊN BẢN", f"^SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG {month:02d}/{year}"],
            [f"^BIÊN BẢN SINH HOẠT CHI BỘ THÁNG {month}/{year}"],
        ]
        if form
        else [
            ["^BIÊN BẢN HỌP CHI BỘ", f"^Tháng {month} năm {year}"],
            ["^BIÊN BẢN SINH HOẠT CHI BỘ ĐỊNH KỲ", f"^Tháng {month} năm {year}"],
            ["^BIÊN BẢN SINH HOẠT CHI BỘ THƯỜNG KỲ"],
        ]
    )
    return rng.choice(options)


def _dated(facts: Facts, rng: random.Random, pick: Pick, *, year: bool = True) -> str:
    text = pick.day(facts.day, year=year)
    if pick.lunar:
        return say.with_lunar(facts.day, text, lead=rng.choice(["tức", "nhằm"]))
    return text


def _form_top(facts: Facts, rng: random.Random, pick: Pick) -> list[str]:
    """I: the form's labelled fields, in one of two orders."""
    when = f"{pick.clock(facts.start)}, {_dated(facts, rng, pick)}"
    if rng.random() < 0.5:
        when = f"vào lúc {pick.clock(facts.start)} {_dated(facts, rng, pick)}"
    people = [
        f"Chủ trì hội nghị: {pick.who(facts.chair)} - {facts.chair_role}.",
        f"Thư ký hội nghị: {pick.who(facts.secretary)}"
        + (f" - {facts.secretary_role}." if facts.secretary_role else "."),
    ]
    roll = _form_roll(facts, rng, pick)
    if rng.random() < 0.5:
        return [f"Thời gian: {when}.", f"Địa điểm: {facts.location}.", *people, *roll]
    return [f"Thời gian, địa điểm: {when}, tại {facts.location}.", *roll, *people]


def _form_roll(facts: Facts, rng: random.Random, pick: Pick) -> list[str]:
    total = say.total_clause(facts, rng, padded=pick.padded)
    due = facts.total - (facts.exempt or 0)
    lines = [f"Thành phần tham dự: đảng viên trong chi bộ, tổng số {total}."]
    if facts.exempt is not None:
        lines.append(f"Miễn sinh hoạt: {say.exempt_clause(facts, rng, padded=pick.padded)}.")
    ratio = say.present_ratio(facts, padded=pick.padded)
    lines.append(f"Có mặt: {ratio}, đạt {say.percent(facts.present, due)}%.")
    lines.append(f"Vắng mặt: {say.absence_detail(facts, pick.titles, padded=pick.padded)}.")
    guests = say.guest_list(facts, pick.titles)
    if guests or rng.random() < 0.5:
        lines.append(f"Khách mời: {guests or 'không'}.")
    return lines


def _book_top(facts: Facts, rng: random.Random, pick: Pick, *, year: bool) -> list[str]:
    """J: the opening sentence, who chaired, then the roll call in one sentence."""
    kind = parts.kind_words(facts, rng)
    clock, day = pick.clock(facts.start), _dated(facts, rng, pick, year=year)
    where, branch = facts.location, facts.unit.branch
    if rng.random() < 0.5:
        opening = f"Hôm nay, {day}, vào lúc {clock}, tại {where}, {branch} tiến hành {kind}."
    else:
        opening = f"Vào lúc {clock}, hôm nay {day}, {branch} tổ chức {kind} tại {where}."
    lines = [opening]
    chair = f"{pick.who(facts.chair)}, {facts.chair_role} chủ trì hội nghị"
    if pick.secretary_named:
        lines.append(f"{chair[0].upper()}{chair[1:]}; {pick.who(facts.secretary)} ghi biên bản.")
    else:
        lines.append(f"{chair[0].upper()}{chair[1:]}.")
    guests = say.guest_list(facts, pick.titles)
    if guests:
        lines.append(f"Về dự có {guests}.")
    opened = "Đồng chí chủ trì khai mạc, nêu lý do"
    opened += ", giới thiệu đại biểu" if guests else ""
    lines.append(opened + " và thông qua chương trình sinh hoạt.")
    return lines + [_book_roll(facts, rng, pick)]


def _book_roll(facts: Facts, rng: random.Random, pick: Pick) -> str:
    clerk = pick.who(facts.secretary) if pick.secretary_named else "đồng chí thư ký"
    total = say.total_clause(facts, rng, padded=pick.padded)
    text = f"{clerk[0].upper()}{clerk[1:]} báo cáo: tổng số đảng viên chi bộ: {total}"
    if facts.exempt:
        text += (
            f", trong đó được miễn sinh hoạt: {say.exempt_clause(facts, rng, padded=pick.padded)}"
        )
    elif facts.exempt == 0:
        text += ", không có đồng chí nào được miễn sinh hoạt"
    absent = say.absence_detail(facts, pick.titles, padded=pick.padded)
    absent = "không có đồng chí nào vắng" if absent == "không" else f"vắng {absent}"
    ratio = say.present_ratio(facts, padded=pick.padded)
    return f"{text}. Đảng viên có mặt: {ratio} ({absent})."


def _form_body(facts: Facts, rng: random.Random, pick: Pick) -> list[str]:
    """I: the agenda, "DIỄN BIẾN SINH HOẠT" with numbered parts, then the chair's conclusion."""
    sections = parts.sections(facts, rng, pick)
    agenda = [title for title, _ in sections] + ["thảo luận"]
    if "plan" in facts.topics:
        nxt = _next_month(facts.day)
        agenda.append(f"phương hướng, nhiệm vụ tháng {nxt.month}/{nxt.year}")
    agenda_text = "; ".join(
        f"({i + 1}) {item[0].lower()}{item[1:]}" for i, item in enumerate(agenda)
    )
    lines = [f"Nội dung sinh hoạt gồm: {agenda_text}.", "DIỄN BIẾN SINH HOẠT"]
    for index, (title, body) in enumerate(sections):
        lines += [f"{index + 1}. {title}", *body]
    lines.append(f"{len(sections) + 1}. {rng.choice(['Thảo luận', 'Ý kiến tham gia'])}")
    lines += parts.speech_lines(facts, rng, pick, style=rng.choice(pick.family.speeches))
    lines.append("KẾT LUẬN CỦA ĐỒNG CHÍ CHỦ TRÌ")
    return lines + _decided(facts, rng, pick)


def _book_body(facts: Facts, rng: random.Random, pick: Pick) -> list[str]:
    """J: the meeting step by step; a combined meeting in two parts."""
    lines: list[str] = []
    sections = parts.sections(facts, rng, pick)
    theme = [body for title, body in sections if title == parts.THEME_TITLE]
    regular = [body for title, body in sections if title != parts.THEME_TITLE]
    if facts.meeting_type == "combined":
        lines.append("PHẦN I. NỘI DUNG SINH HOẠT THƯỜNG KỲ")
    for body in regular:
        lines += body
    if facts.meeting_type == "combined":
        lines.append("PHẦN II. SINH HOẠT CHUYÊN ĐỀ")
    for body in theme:
        lines += body
    lines.append(rng.choice(["Thảo luận:", "Ý kiến thảo luận:"]))
    lines += parts.speech_lines(facts, rng, pick, style=rng.choice(pick.family.speeches))
    lines.append("Kết luận của đồng chí chủ trì:")
    return lines + _decided(facts, rng, pick)


def _next_month(day: date) -> date:
    return (day.replace(day=1) + timedelta(days=32)).replace(day=1)


def _decided(facts: Facts, rng: random.Random, pick: Pick) -> list[str]:
    lines = [parts.tasks_intro(facts, rng, pick)]
    style = rng.choice(pick.family.tasks)
    if facts.meeting_type == "extraordinary":
        style = "dash" if pick.family.name == "I" else "plus"
    lines += parts.task_lines(facts, rng, pick, style=style)
    if facts.conclusion_decision:
        lines.append(f"{facts.conclusion_decision}.")
    return lines


def _closing(facts: Facts, rng: random.Random, pick: Pick) -> list[str]:
    lines = _next_meeting(facts, rng, pick) + _end(facts, rng, pick)
    left, right, chair_left = rng.choice(pick.family.signatures)
    role = "BÍ THƯ" if facts.chair_role == "Bí thư chi bộ" else "PHÓ BÍ THƯ"
    right = right.format(role=role)
    lines += ["", f"{left} || {right.split('|')[0]}"]
    if "|" in right:
        lines.append(f"|| {right.split('|')[1]}")
    if rng.random() < 0.5:
        lines.append("(Ký, ghi rõ họ tên) || (Ký, ghi rõ họ tên)")
    names = [facts.chair, facts.secretary] if chair_left else [facts.secretary, facts.chair]
    if facts.unit.domain in ("police", "army") and rng.random() < 0.5:
        names = [f"{pick.titles[name]} {name}" for name in names]
    return lines + ["||"] * rng.randint(1, 3) + [f"{names[0]} || {names[1]}"]


def _next_meeting(facts: Facts, rng: random.Random, pick: Pick) -> list[str]:
    nxt = facts.sections.get("next_meeting")
    if nxt is None:
        return []
    if pick.family.name == "I":
        return [f"Thời gian sinh hoạt kỳ tới: {pick.clock(facts.start)}, {pick.day(nxt)}."]
    return [f"Chi bộ thống nhất kỳ sinh hoạt tháng tới vào {pick.day(nxt)}."]


def _end(facts: Facts, rng: random.Random, pick: Pick) -> list[str]:
    read = "Biên bản đã được đọc lại trước hội nghị và được các đồng chí dự họp nhất trí thông qua."
    if facts.end is None:
        return [rng.choice(["Hội nghị kết thúc cùng ngày.", read])]
    clock = pick.clock(facts.end)
    if pick.family.name == "I":
        after = say.write_date(facts.day + timedelta(days=1), style="slash_daypad")
        when = f"{clock} {after}" if facts.end_next_day else f"{clock} cùng ngày"
        return [f"Hội nghị kết thúc vào lúc {when}.", read]
    when = f"{clock} sang ngày hôm sau" if facts.end_next_day else f"{clock} cùng ngày"
    if rng.random() < 0.5:
        return [f"Cuộc họp kết thúc hồi {when}."]
    return [
        f"Biên bản kết thúc vào lúc {when}, đã được đọc lại cho hội nghị nghe và nhất trí thông qua."
    ]

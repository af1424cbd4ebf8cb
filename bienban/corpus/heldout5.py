"""Held-out template families O and P: two more secretaries' styles the extraction rules never saw.

HELD-OUT: people who write or tune extraction rules must not read this module,
`heldout5_parts.py`, `heldout5_phrases.py` or `tests/corpus/test_heldout5.py`, nor run extraction
on O/P documents while tuning. O and P are opt-in (`bienban corpus generate --families O,P`); the
default mix stays A–F, so existing seeds give the same corpus byte for byte.

O keeps the meeting as a log: the date and place up top ("Ngày họp: thứ Sáu, 15-03-2024"),
"Điều hành: đ/c … (BT). Ghi biên bản: đ/c …", a roll call with abbreviations ("Điểm danh: ĐV
toàn chi bộ 27; miễn SH 02; …"), absentees grouped under "Vắng có lý do:" / "Vắng không lý
do:", then each step under a clock stamp ("14g00 – Khai mạc …", "15g20: Thảo luận"), people
after their first mention by their given name ("+ Đ/c Hùng: …"), the adopted items "(1) …",
the cell's own points, and the last stamp for the close ("16g15 – Bế mạc."). P writes formal
minutes that cite the guidance they follow ("Thực hiện Hướng dẫn số 12-HD/BTCTW …, vào hồi …"),
"chi bộ cử đồng chí … làm thư ký", the roll call as prose over those who must attend, parts
headed "1. Về …" (last month's results first), a paragraph per speaker without a colon
("Đồng chí X đề nghị …"), "Biên bản được lập xong vào hồi …", and, in longer minutes, the
resolution as a document of its own on the next page ("Số 05-NQ/CB", "NGHỊ QUYẾT", "QUYẾT NGHỊ:",
"Nơi nhận", "T/M CHI BỘ").
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta

from bienban.corpus import heldout5_parts as parts
from bienban.corpus import heldout5_phrases as say
from bienban.corpus.facts import Facts
from bienban.corpus.heldout2_phrases import EXEMPT_REASONS, percent, person, rank_titles
from bienban.corpus.markup import PAGE_BREAK

_ROMAN = ("I", "II", "III", "IV")
_PURPOSES = {
    "O": {
        "member_development": "xét đề nghị kết nạp đảng viên",
        "inspection": "kiểm điểm đảng viên vi phạm",
        "directives": "triển khai công điện khẩn",
    },
    "P": {
        "member_development": "xem xét đề nghị kết nạp quần chúng vào Đảng",
        "inspection": "xem xét kỷ luật đảng viên vi phạm",
        "directives": "triển khai nhiệm vụ cấp bách theo chỉ đạo của cấp trên",
    },
}


@dataclass(frozen=True)
class Secretary:
    """One held-out family: the options one secretary draws from."""

    name: str
    numbers: tuple[str, ...]
    dates: tuple[str, ...]
    clocks: tuple[str, ...]
    counts: tuple[str, ...]
    votes: tuple[str, ...]
    signatures: tuple[tuple[str, str], ...]


HELDOUT_FAMILIES: dict[str, Secretary] = {
    s.name: s
    for s in (
        Secretary(
            "O",
            ("Số: {n}/BB-CB", "BB số {n}", ""),
            ("dash", "dot", "weekday_dash", "weekday_dot", "slash_padded"),
            ("g", "g", "h", "gio_pad"),
            ("plain", "padded"),
            ("tally", "hands", "pct"),
            (
                ("NGƯỜI GHI BIÊN BẢN", "NGƯỜI ĐIỀU HÀNH"),
                ("THƯ KÝ", "{role}"),
                ("THƯ KÝ", "T/M CHI BỘ|{role}"),
            ),
        ),
        Secretary(
            "P",
            ("Số {n}-BB/CB", "Số: {n}-BB/CB"),
            ("words", "words_padded", "slash"),
            ("gio_phut", "phut_period"),
            ("plain", "padded", "both"),
            ("ket_qua", "tan_thanh"),
            (
                ("THƯ KÝ", "CHỦ TRÌ"),
                ("THƯ KÝ HỘI NGHỊ", "T/M CHI BỘ|{role}"),
                ("NGƯỜI GHI BIÊN BẢN", "CHỦ TRÌ HỘI NGHỊ"),
            ),
        ),
    )
}


@dataclass
class Pick:
    """What one document uses, drawn once so it reads the same way throughout."""

    family: Secretary
    date_style: str
    clock_style: str
    count_style: str
    short_names: bool
    titles: dict[str, str] = field(default_factory=dict)
    purpose_key: str = "directives"

    @property
    def is_o(self) -> bool:
        return self.family.name == "O"

    def day(self, day: date) -> str:
        return say.write_date(day, style=self.date_style)

    def clock(self, hour_minute: tuple[int, int]) -> str:
        return say.write_clock(*hour_minute, style=self.clock_style)

    def n(self, count: int) -> str:
        return say.count(count, style="padded" if self.count_style == "padded" else "plain")

    def total(self, count: int) -> str:
        return say.count(count, style=self.count_style)

    def who(self, name: str, *, lead: str = "đồng chí") -> str:
        """A full name with its title: "đồng chí Nguyễn Văn Hùng", "đ/c Đại úy Lê Văn An"."""
        return person(name, self.titles, lead=lead)

    def ref(self, name: str) -> str:
        """O after the roll call: "đ/c Hùng" where the secretary shortens names, else in full."""
        if self.short_names:
            return f"đ/c {say.given_name(name)}"
        return self.who(name, lead="đ/c")

    @property
    def purpose(self) -> str:
        """Why an extraordinary meeting was called, in the family's words."""
        return _PURPOSES[self.family.name][self.purpose_key]


def write_minutes(facts: Facts, rng: random.Random, *, family: str) -> str:
    """The minutes of `facts` in held-out `family`'s style, as layout-marked text."""
    style = HELDOUT_FAMILIES[family]
    pick = Pick(
        style,
        rng.choice(style.dates),
        rng.choice(style.clocks),
        rng.choice(style.counts),
        rng.random() < 0.6 if family == "O" else False,
    )
    pick.titles = rank_titles(facts, rng) if pick.is_o else {}
    pick.purpose_key = facts.purpose or "directives"
    lines = _letterhead(facts, rng, pick) + [""] + _title(facts, rng, pick) + [""]
    if pick.is_o:
        lines += _o_minutes(facts, rng, pick) + _signatures(facts, rng, pick)
    else:
        attached = facts.length != "short" and rng.random() < 0.75
        lines += _p_minutes(facts, rng, pick, attached=attached)
        lines += _signatures(facts, rng, pick)
        if attached:
            lines += [PAGE_BREAK, *parts.resolution_page(facts, rng, pick)]
    return "\n".join(lines) + "\n"


def _letterhead(facts: Facts, rng: random.Random, pick: Pick) -> list[str]:
    number = rng.choice(pick.family.numbers).format(n=f"{rng.randint(1, 30):02d}")
    style = rng.choice(["words", "words_padded"] if not pick.is_o else ["words_padded", "dash"])
    dated = say.write_date(facts.head_day, style=style)
    day = f"ngày {dated}" if style != "dash" else dated
    return [
        f"{facts.unit.parent.upper()} || ĐẢNG CỘNG SẢN VIỆT NAM",
        f"{facts.unit.branch.upper()} ||",
        f"{number} || {facts.unit.head_place}, {day}",
    ]


def _title(facts: Facts, rng: random.Random, pick: Pick) -> list[str]:
    month, year, kind = facts.day.month, facts.day.year, facts.meeting_type
    quarter = _ROMAN[(month - 1) // 3]
    if kind == "extraordinary":
        if pick.is_o:
            return ["^BIÊN BẢN HỌP CHI BỘ BẤT THƯỜNG", f"^V/v: {pick.purpose}"]
        return ["^BIÊN BẢN", "^HỘI NGHỊ CHI BỘ BẤT THƯỜNG", f"^Về việc {pick.purpose}"]
    if pick.is_o:
        if kind == "regular" and rng.random() < 0.4:
            return [f"^BIÊN BẢN HỌP CHI BỘ THÁNG {month:02d}/{year}"]
        return [
            "^BIÊN BẢN HỌP CHI BỘ",
            {
                "regular": f"^(Định kỳ tháng {month:02d}/{year})",
                "thematic": f"^(Chuyên đề quý {quarter}/{year})",
                "combined": f"^(Thường kỳ tháng {month:02d}/{year}, có sinh hoạt chuyên đề)",
            }[kind],
        ]
    spelled = say.month_name(month).upper() if rng.random() < 0.4 else str(month)
    return {
        "regular": ["^BIÊN BẢN", f"^SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG {spelled} NĂM {year}"],
        "thematic": ["^BIÊN BẢN", f"^Sinh hoạt chi bộ chuyên đề quý {quarter} năm {year}"],
        "combined": [
            "^BIÊN BẢN",
            f"^SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG {spelled} NĂM {year}",
            f"^(Kết hợp sinh hoạt chuyên đề quý {quarter})",
        ],
    }[kind]


def _next_day(facts: Facts) -> date:
    return facts.day + timedelta(days=1)


# O: the meeting as a log ----------------------------------------------------------------------


def _o_minutes(facts: Facts, rng: random.Random, pick: Pick) -> list[str]:
    where = rng.choice(["Địa điểm", "Nơi họp"])
    lines = [f"Ngày họp: {pick.day(facts.day)}.", f"{where}: {say.capital(facts.location)}."]
    people, roll = _o_people(facts, rng, pick), _o_roll(facts, rng, pick)
    lines += people + roll if rng.random() < 0.5 else roll + people
    guests = say.guests_text(facts, pick.titles, joiner=" – ")
    if guests:
        lines.append(f"{rng.choice(['Khách mời', 'Dự họp có'])}: {guests}.")
    lines.append(rng.choice(["DIỄN TIẾN CUỘC HỌP", "TIẾN TRÌNH BUỔI SINH HOẠT", "Diễn tiến:"]))
    entries = _o_entries(facts, rng, pick)
    sep = rng.choice([" – ", ": "])
    for entry, stamp in zip(entries, _o_stamps(facts, rng, pick, count=len(entries)), strict=True):
        lines += [f"{stamp}{sep}{entry[0]}" if stamp else entry[0], *entry[1:]]
    return lines


def _o_people(facts: Facts, rng: random.Random, pick: Pick) -> list[str]:
    chair, clerk = pick.who(facts.chair, lead="đ/c"), pick.who(facts.secretary, lead="đ/c")
    role = say.role_short(facts.chair_role) if rng.random() < 0.7 else facts.chair_role
    clerk_role = say.clerk_short(facts.secretary_role)
    clerk += f" ({clerk_role})" if clerk_role else ""
    if rng.random() < 0.5:
        return [f"Điều hành: {chair} ({role}). Ghi biên bản: {clerk}."]
    return [f"{say.capital(chair)} – {role} điều hành; {clerk} ghi biên bản."]


def _o_roll(facts: Facts, rng: random.Random, pick: Pick) -> list[str]:
    """ "Điểm danh: ĐV toàn chi bộ 27; miễn SH 02; phải dự 25; có mặt 23; vắng 02 (…)" or a list."""
    n, absent = pick.n, facts.excused + facts.unexcused
    due = facts.total - (facts.exempt or 0)
    excused, unexcused = say.absentees_by_reason(facts)
    named = bool(excused or unexcused)
    if rng.random() < 0.5:
        said = [f"ĐV toàn chi bộ {n(facts.total)}"]
        if facts.exempt is not None:
            said += [f"miễn SH {n(facts.exempt)}" if facts.exempt else "miễn SH: không"]
            said.append(f"phải dự {n(due)}")
        said.append(f"có mặt {n(facts.present)}")
        said.append(
            f"vắng {n(absent)}{'' if named else _o_split(facts, pick)}" if absent else "vắng: không"
        )
        lines = ["Điểm danh: " + "; ".join(said) + "."]
    else:
        lines = ["Điểm danh:", f"- Tổng số ĐV: {n(facts.total)} đ/c."]
        if facts.exempt:
            why = rng.choice(EXEMPT_REASONS)
            lines.append(f"- Miễn sinh hoạt: {n(facts.exempt)} đ/c ({why}).")
        elif facts.exempt == 0:
            lines.append("- Miễn sinh hoạt: không.")
        ratio = f"/{n(due)}" if facts.exempt is not None else ""
        lines.append(f"- Có mặt: {n(facts.present)}{ratio} đ/c.")
        if not absent:
            lines.append("- Vắng: không.")
        elif not named:
            lines.append(f"- Vắng: {n(absent)} đ/c{_o_split(facts, pick)}.")
    if excused:
        listed = say.listed(excused, pick.titles, lead="đ/c", reasons=True)
        lines.append(f"Vắng có lý do ({n(len(excused))}): {listed}.")
    if unexcused:
        listed = say.listed(unexcused, pick.titles, lead="đ/c", reasons=False)
        lines.append(f"Vắng không lý do ({n(len(unexcused))}): {listed}.")
    return lines


def _o_split(facts: Facts, pick: Pick) -> str:
    """ " (có lý do 01, không lý do 01)", " (có lý do 02)", " (không lý do 01)"."""
    said = []
    if facts.excused:
        said.append(f"có lý do {pick.n(facts.excused)}")
    if facts.unexcused:
        said.append(f"không lý do {pick.n(facts.unexcused)}")
    return f" ({', '.join(said)})"


def _o_entries(facts: Facts, rng: random.Random, pick: Pick) -> list[list[str]]:
    """The steps of the meeting, each a list of lines whose first may carry a clock stamp."""
    chair = say.capital(pick.ref(facts.chair))
    welcome = ", giới thiệu khách mời" if facts.guests or facts.unnamed_guest else ""
    entries = [[f"Khai mạc. {chair} tuyên bố lý do{welcome}, thông qua chương trình."]]
    entries += [body for _, body in parts.sections(facts, rng, pick)]
    entries.append(parts.speech_lines(facts, rng, pick))
    entries.append(
        [parts.resolution_head(facts, pick), *parts.resolution_items(facts, mark="({})")]
    )
    entries += [line] if (line := parts.vote_lines(facts, rng, pick)) else []
    nxt = facts.sections.get("next_meeting")
    if nxt is not None:
        entries.append([f"Thống nhất họp kỳ tới: {pick.day(nxt)}."])
    if facts.meeting_type != "extraordinary" and rng.random() < 0.6:
        points = rng.randint(78, 98)
        level = "Tốt" if points >= 90 else "Khá"
        entries.append([f"Chi bộ tự chấm {points} điểm, xếp loại {level}."])
    clerk = say.capital(pick.ref(facts.secretary))
    entries.append([f"{clerk} đọc lại biên bản; chi bộ nhất trí thông qua."])
    entries.append([rng.choice(["Bế mạc.", "Kết thúc cuộc họp."])])
    return entries


def _o_stamps(facts: Facts, rng: random.Random, pick: Pick, *, count: int) -> list[str | None]:
    """A clock for the first step (the start) and the last (the end, when known), and for all or
    some steps between, in order and before midnight."""
    start = facts.start[0] * 60 + facts.start[1]
    span = facts.duration_minutes or rng.randrange(90, 150, 5)
    room = min(span, 24 * 60 - start)
    between = list(range(1, count - 1))
    if rng.random() >= 0.5:
        between = sorted(rng.sample(between, min(len(between), rng.randint(1, 3))))
    slots = range(5, room - 4, 5)
    between = sorted(rng.sample(between, min(len(between), len(slots))))
    offsets = sorted(rng.sample(slots, len(between)))
    stamps: list[str | None] = [None] * count
    stamps[0] = pick.clock(facts.start)
    for index, offset in zip(between, offsets, strict=True):
        stamps[index] = pick.clock(divmod(start + offset, 60))
    if facts.end is not None:
        after = f" ({pick.day(_next_day(facts))})" if facts.end_next_day else ""
        stamps[-1] = pick.clock(facts.end) + after
    return stamps


# P: formal minutes, the resolution attached -------------------------------------------------


def _p_minutes(facts: Facts, rng: random.Random, pick: Pick, *, attached: bool) -> list[str]:
    lines = [_p_opening(facts, rng, pick), _p_people(facts, rng, pick)]
    guests = say.guests_text(facts, pick.titles, joiner=" – ")
    if guests:
        lines.append(rng.choice([f"Dự hội nghị có {guests}.", f"Tham dự và chỉ đạo: {guests}."]))
    lines += _p_roll(facts, rng, pick)
    lines.append(rng.choice(["NỘI DUNG HỘI NGHỊ", "Hội nghị lần lượt tiến hành các nội dung sau:"]))
    body = parts.sections(facts, rng, pick)
    body.append(("Ý kiến thảo luận", parts.speech_lines(facts, rng, pick)))
    body.append(
        ("Kết luận của đồng chí chủ trì", _p_conclusion(facts, rng, pick, attached=attached))
    )
    for index, (title, said) in enumerate(body):
        lines += [f"{index + 1}. {title}", *said]
    nxt = facts.sections.get("next_meeting")
    if nxt is not None:
        day = say.write_date(nxt, style=pick.date_style)
        lines.append(f"Chi bộ thống nhất sinh hoạt kỳ tới vào ngày {day}.")
    return lines + [_p_end(facts, rng, pick)]


def _p_kind(facts: Facts) -> str:
    month, year = facts.day.month, facts.day.year
    quarter = _ROMAN[(month - 1) // 3]
    return {
        "regular": f"sinh hoạt thường kỳ tháng {month}/{year}",
        "thematic": f"sinh hoạt chuyên đề quý {quarter} năm {year}",
        "combined": f"sinh hoạt thường kỳ tháng {month}/{year} kết hợp sinh hoạt chuyên đề",
        "extraordinary": "hội nghị bất thường",
    }[facts.meeting_type]


def _p_opening(facts: Facts, rng: random.Random, pick: Pick) -> str:
    when = f"vào hồi {pick.clock(facts.start)} ngày {pick.day(facts.day)}"
    where, branch, kind = facts.location, facts.unit.branch, _p_kind(facts)
    guide = say.guide_reference(facts.day)
    roll = rng.random()
    if guide and roll < 0.4:
        return f"Thực hiện {guide}, {when}, tại {where}, {branch} tiến hành {kind}."
    if roll < 0.7:
        plan = f"Thực hiện chương trình công tác năm {facts.day.year} của Chi ủy"
        return f"{plan}, {when}, {branch} tổ chức {kind} tại {where}."
    return f"{say.capital(when)}, tại {where}, {branch} tiến hành {kind}."


def _p_people(facts: Facts, rng: random.Random, pick: Pick) -> str:
    role = say.formal_role(facts.chair_role)
    if rng.random() < 0.5:
        return (
            f"Đồng chí {facts.chair}, {role}, chủ trì hội nghị; "
            f"chi bộ cử đồng chí {facts.secretary} làm thư ký."
        )
    return (
        f"Chủ trì hội nghị: đồng chí {facts.chair} ({role}). "
        f"Thư ký: đồng chí {facts.secretary}, do chủ trì phân công."
    )


def _p_roll(facts: Facts, rng: random.Random, pick: Pick) -> list[str]:
    """The roll call as prose: the whole cell, the exempt, those who must attend, the absent."""
    n, absent = pick.n, facts.excused + facts.unexcused
    due = facts.total - (facts.exempt or 0)
    absence = _p_absence(facts, pick)
    if rng.random() < 0.5:
        said = f"Tổng số đảng viên của Chi bộ: {pick.total(facts.total)} đồng chí"
        if facts.exempt:
            said += f"; được miễn công tác và sinh hoạt đảng: {n(facts.exempt)} đồng chí"
            said += f"; số đảng viên phải tham dự: {n(due)} đồng chí"
        elif facts.exempt == 0:
            said += "; không có đồng chí nào được miễn công tác và sinh hoạt đảng"
        rate = f" (đạt {percent(facts.present, due)}%)" if due else ""
        gone = f"vắng {n(absent)} đồng chí{absence}" if absent else "không có đồng chí nào vắng"
        return [f"{said}.", f"Có mặt: {n(facts.present)} đồng chí{rate}; {gone}."]
    said = f"Dự họp {n(facts.present)} trên tổng số {pick.total(facts.total)} đảng viên"
    if facts.exempt:
        said += f" (có {n(facts.exempt)} đồng chí được miễn công tác và sinh hoạt đảng)"
    elif facts.exempt == 0:
        said += " (không có đồng chí nào được miễn công tác và sinh hoạt đảng)"
    gone = f"vắng {n(absent)} đồng chí{absence}" if absent else "không có đồng chí nào vắng mặt"
    return [f"{said}; {gone}."]


def _p_absence(facts: Facts, pick: Pick) -> str:
    """ ", trong đó có lý do 2 đồng chí (…), không lý do 1 đồng chí (…)" or " có lý do"."""
    excused, unexcused = say.absentees_by_reason(facts)
    named = bool(excused or unexcused)
    groups = []
    if facts.excused:
        who = f" ({say.listed(excused, {}, lead='đồng chí', reasons=True)})" if named else ""
        groups.append((f"có lý do {pick.n(facts.excused)} đồng chí", who))
    if facts.unexcused:
        who = f" ({say.listed(unexcused, {}, lead='đồng chí', reasons=False)})" if named else ""
        groups.append((f"không lý do {pick.n(facts.unexcused)} đồng chí", who))
    if len(groups) == 1 and not named:
        return " có lý do" if facts.excused else " không lý do"
    return ", trong đó " + ", ".join(f"{label}{who}" for label, who in groups)


def _p_conclusion(facts: Facts, rng: random.Random, pick: Pick, *, attached: bool) -> list[str]:
    if attached:
        asked = "đề nghị chi bộ biểu quyết" if facts.vote else "chi bộ thống nhất"
        lines = [
            f"Đồng chí chủ trì tiếp thu ý kiến, kết luận và {asked} thông qua nghị quyết "
            "(có nghị quyết kèm theo)."
        ]
    else:
        lines = ["Đồng chí chủ trì kết luận; chi bộ thống nhất ra nghị quyết với các nội dung:"]
        lines += parts.resolution_items(facts, mark="-")
    return lines + parts.vote_lines(facts, rng, pick)


def _p_end(facts: Facts, rng: random.Random, pick: Pick) -> str:
    if facts.end is None:
        return "Biên bản đã được đọc lại và thông qua trước hội nghị."
    clock = pick.clock(facts.end)
    when = f"ngày {pick.day(_next_day(facts))}" if facts.end_next_day else "cùng ngày"
    return rng.choice(
        [
            f"Hội nghị kết thúc vào hồi {clock} {when}; biên bản đã được thông qua trước hội nghị.",
            f"Biên bản được lập xong vào hồi {clock} {when}, đã đọc lại cho các đồng chí dự họp "
            "cùng nghe và nhất trí thông qua.",
        ]
    )


def _signatures(facts: Facts, rng: random.Random, pick: Pick) -> list[str]:
    left, right = rng.choice(pick.family.signatures)
    role = "BÍ THƯ" if facts.chair_role == "Bí thư chi bộ" else "PHÓ BÍ THƯ"
    head, _, under = right.format(role=role).partition("|")
    lines = ["", f"{left} || {head}"] + ([f"|| {under}"] if under else [])
    lines += ["||"] * rng.randint(1, 2)
    return lines + [f"{facts.secretary} || {facts.chair}"]

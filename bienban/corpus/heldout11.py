"""Held-out template families AA and AB: two more secretaries' styles the extraction rules never
saw.

HELD-OUT: people who write or tune extraction rules must not read this module,
`heldout11_parts.py`, `heldout11_phrases.py` or `tests/corpus/test_heldout11.py`, nor run
extraction on AA/AB documents while tuning. AA and AB are opt-in (`bienban corpus generate
--families AA,AB`); the default mix stays A–F, so existing seeds give the same corpus byte for
byte.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date

from bienban.corpus import heldout11_parts as parts
from bienban.corpus import heldout11_phrases as say
from bienban.corpus.facts import Facts
from bienban.corpus.heldout2_phrases import EXEMPT_REASONS
from bienban.corpus.heldout9_phrases import capital, guests_text, named_absentees, weekday
from bienban.corpus.heldout10 import next_day
from bienban.corpus.heldout10_phrases import quarter
from bienban.corpus.words import period_word

_PURPOSES = {
    "AA": {
        "member_development": "xét đề nghị kết nạp đảng viên",
        "inspection": "xem xét kỷ luật đảng viên",
        "directives": "triển khai nhiệm vụ khẩn cấp theo chỉ đạo của cấp trên",
    },
    "AB": {
        "member_development": "kết nạp quần chúng ưu tú vào Đảng",
        "inspection": "xử lý kỷ luật đảng viên vi phạm",
        "directives": "thực hiện chỉ đạo đột xuất của cấp ủy cấp trên",
    },
}
# How the minutes are said to have been read out and adopted.
_READ = {
    "AA": (
        "Trước khi bế mạc, đồng chí thư ký đọc lại biên bản; các đồng chí dự họp thống nhất với "
        "nội dung đã ghi.",
        "Biên bản được ghi đầy đủ, đọc lại cho chi bộ nghe và không ai đề nghị sửa đổi.",
    ),
    "AB": (
        "Người lập biên bản đã đọc lại toàn văn; chi bộ không bổ sung, sửa đổi.",
        "Biên bản lập xong, đọc lại trước chi bộ và được thông qua.",
    ),
}
# Who chaired and who wrote the minutes ({clerk}: the name, with the role in brackets).
_AA_PEOPLE = (
    "Đồng chí {chair}, {role}, chủ trì {word}; đồng chí {clerk} được chi bộ phân công ghi biên "
    "bản.",
    "Chi bộ thống nhất cử đồng chí {clerk} làm thư ký; đồng chí {chair} – {role} – điều khiển "
    "{word}.",
)
_PLANNED = {"regular": 90, "thematic": 90, "combined": 120, "extraordinary": 60}


@dataclass(frozen=True)
class Hand:
    """One held-out family and, for each kind of form ("date", "clock", "count", "lunar"), the
    forms its secretary moves between."""

    name: str
    forms: dict[str, tuple[str, ...]]


HELDOUT_FAMILIES: dict[str, Hand] = {
    "AA": Hand(
        "AA",
        {
            "date": ("slash", "words"),
            "clock": ("dot", "h_p"),
            "count": ("digits", "words"),
            "lunar": ("", "", "short", "long"),
        },
    ),
    "AB": Hand(
        "AB",
        {
            "date": ("dash", "slash_month_padded"),
            "clock": ("gio_phut", "twelve"),
            "count": ("digits", "padded"),
            "lunar": ("",),
        },
    ),
}


@dataclass(frozen=True)
class Pick:
    """One document's choice among its hand's forms ("date", "clock", "count", "lunar"), kept
    throughout, and why an extraordinary meeting was called, in the family's words."""

    hand: Hand
    styles: dict[str, str]
    purpose: str

    @property
    def is_aa(self) -> bool:
        return self.hand.name == "AA"

    def day(self, day: date) -> str:
        return say.write_date(day, style=self.styles["date"])

    def clock(self, hour_minute: tuple[int, int]) -> str:
        return say.write_clock(*hour_minute, style=self.styles["clock"])

    def bare(self, hour_minute: tuple[int, int]) -> str:
        return say.bare_clock(*hour_minute, style=self.styles["clock"])

    def n(self, value: int) -> str:
        return say.count(value, style=self.styles["count"])


def write_minutes(facts: Facts, rng: random.Random, *, family: str) -> str:
    """The minutes of `facts` in held-out `family`'s style, as layout-marked text."""
    hand = HELDOUT_FAMILIES[family]
    styles = {kind: rng.choice(forms) for kind, forms in hand.forms.items()}
    pick = Pick(hand, styles, _PURPOSES[family][facts.purpose or "directives"])
    lines = _aa_minutes(facts, rng, pick) if pick.is_aa else _ab_minutes(facts, rng, pick)
    return "\n".join(lines) + "\n"


def _letter_head(facts: Facts, *, dated: str, below: str) -> list[str]:
    """The two-column head: parent committee and branch left, the Party's name and `dated`
    right, `below` (a number, a star) under the branch."""
    lines = [
        f"{facts.unit.parent.upper()} || ĐẢNG CỘNG SẢN VIỆT NAM",
        f"{facts.unit.branch.upper()} || {dated}".rstrip(),
    ]
    return lines + ([f"{below} ||"] if below else [])


def _close(facts: Facts, rng: random.Random, pick: Pick) -> list[str]:
    """The minutes read out and adopted, and when the meeting ended: AA reads before the end,
    AB after it."""
    read = rng.choice(_READ[pick.hand.name])
    if facts.end is None:
        return [read]
    if pick.is_aa:
        when = f", sang ngày {pick.day(next_day(facts))}" if facts.end_next_day else " cùng ngày"
        word = capital(say.sitting(facts.meeting_type))
        return [read, f"{word} bế mạc lúc {pick.clock(facts.end)}{when}."]
    tail = " cùng ngày."
    if facts.end_next_day:
        tail = f", ngày {pick.day(next_day(facts))}."
    elif rng.random() < 0.5:
        tail = f" cùng ngày; thời gian sinh hoạt: {facts.duration_minutes} phút."
    word = say.sitting(facts.meeting_type)
    return [f"Chi bộ kết thúc {word} vào {pick.clock(facts.end)}{tail}", read]


# AA: a narrative record under three centred headings ----------------------------------------


def _aa_minutes(facts: Facts, rng: random.Random, pick: Pick) -> list[str]:
    head = facts.head_day
    dated = f"{facts.unit.head_place}, ngày {head.day} tháng {head.month} năm {head.year}"
    lines = _letter_head(
        facts, dated=dated if rng.random() < 0.6 else "", below=rng.choice(["*", ""])
    )
    lines += ["", *_aa_title(facts, pick), "", _aa_opening(facts, rng, pick), "^THÀNH PHẦN"]
    people, roll = _aa_people(facts, rng), _aa_roll(facts, rng, pick)
    lines += people + roll if rng.random() < 0.5 else roll + people
    guests = guests_text(facts, form="{who} ({role})")
    if guests:
        lines.append(f"Đến dự và theo dõi {say.sitting(facts.meeting_type)} có {guests}.")
    lines += ["^DIỄN BIẾN", *parts.aa_course(facts, rng, pick)]
    if rng.random() < 0.35:
        lines.append("<<page>>")
    lines += ["^KẾT LUẬN", *parts.aa_conclusion(facts, rng, pick)]
    return lines + _close(facts, rng, pick) + _aa_signatures(facts, rng)


def _aa_title(facts: Facts, pick: Pick) -> list[str]:
    month, year = facts.day.month, facts.day.year
    return {
        "regular": ["^BIÊN BẢN", f"^Sinh hoạt chi bộ thường kỳ tháng {month} năm {year}"],
        "thematic": [
            "^BIÊN BẢN",
            f"^Sinh hoạt chi bộ chuyên đề quý {quarter(facts.day)} năm {year}",
        ],
        "combined": [
            "^BIÊN BẢN",
            f"^Sinh hoạt chi bộ thường kỳ tháng {month} năm {year}",
            "^(có lồng ghép sinh hoạt chuyên đề)",
        ],
        "extraordinary": [
            "^BIÊN BẢN",
            "^Cuộc họp chi bộ bất thường",
            f"^(Về việc: {pick.purpose})",
        ],
    }[facts.meeting_type]


def _aa_opening(facts: Facts, rng: random.Random, pick: Pick) -> str:
    """The day (maybe with its lunar date), the clock and the place, in one of two sentences."""
    day = f"ngày {pick.day(facts.day)}{say.lunar_note(facts.day, style=pick.styles['lunar'])}"
    clock, where, branch = pick.clock(facts.start), facts.location, facts.unit.branch
    if rng.random() < 0.5:
        kind = {
            "regular": "buổi sinh hoạt thường kỳ",
            "thematic": "buổi sinh hoạt chuyên đề",
            "combined": "buổi sinh hoạt thường kỳ kết hợp chuyên đề",
            "extraordinary": "cuộc họp bất thường",
        }[facts.meeting_type]
        lead = capital(f"{period_word(facts.start[0])} {weekday(facts.day)}")
        return f"{lead}, {day}, vào lúc {clock}, tại {where}, {branch} đã tổ chức {kind}."
    if facts.meeting_type == "extraordinary":
        lead = "Theo giấy triệu tập của chi ủy"
    else:
        lead = f"Thực hiện chương trình công tác năm {facts.day.year}"
    return f"{lead}, {branch} nhóm họp vào lúc {clock} {weekday(facts.day)}, {day}, tại {where}."


def _aa_people(facts: Facts, rng: random.Random) -> list[str]:
    clerk = (
        f"{facts.secretary} ({facts.secretary_role})" if facts.secretary_role else facts.secretary
    )
    said = rng.choice(_AA_PEOPLE).format(
        chair=facts.chair, role=facts.chair_role, clerk=clerk, word=say.sitting(facts.meeting_type)
    )
    return [said]


def _aa_roll(facts: Facts, rng: random.Random, pick: Pick) -> list[str]:
    """The members in a sentence or in a "Sĩ số" line, then who was absent."""
    n, exempt = pick.n, facts.exempt
    if rng.random() < 0.5:
        head = f"Chi bộ hiện quản lý {n(facts.total)} đảng viên"
        if exempt == 0:
            head += ", không có đồng chí nào được miễn công tác và sinh hoạt đảng"
        elif exempt:
            head += (
                f", trong đó {n(exempt)} đồng chí được miễn công tác và sinh hoạt đảng "
                f"({rng.choice(EXEMPT_REASONS)})"
            )
        lines = [f"{head}.", f"Dự họp: {n(facts.present)} đồng chí."]
    else:
        said = [f"Sĩ số chi bộ: {n(facts.total)} đảng viên"]
        said += [f"miễn sinh hoạt: {n(exempt)}"] if exempt is not None else []
        said += [f"dự họp: {n(facts.present)}", f"vắng: {n(facts.excused + facts.unexcused)}"]
        lines = [" – ".join(said) + "."]
        if not facts.excused + facts.unexcused:
            return lines
    return lines + _aa_absent(facts, pick)


def _aa_absent(facts: Facts, pick: Pick) -> list[str]:
    """Nobody absent; a count with or without leave; or each absentee by name and reason,
    those with leave first."""
    n, absent = pick.n, facts.excused + facts.unexcused
    if not absent:
        return ["Không có đảng viên vắng mặt."]
    named = named_absentees(facts)
    if not named:
        if facts.excused and facts.unexcused:
            kinds = (
                f"{n(facts.excused)} đồng chí có xin phép, "
                f"{n(facts.unexcused)} đồng chí không xin phép"
            )
        else:
            kinds = "có xin phép" if facts.excused else "không xin phép"
        return [f"Không đến dự: {n(absent)} đồng chí ({kinds})."]
    lines = [f"Không đến dự: {n(absent)} đồng chí, gồm:"]
    for excused, label in ((True, "Có xin phép"), (False, "Không xin phép")):
        group = [person for person in named if person.excused == excused]
        if group:
            who = ", ".join(f"đồng chí {person.name} ({person.reason})" for person in group)
            lines.append(f"+ {label}: {who}.")
    return lines


def _aa_signatures(facts: Facts, rng: random.Random) -> list[str]:
    """The chair signs on the left under the title of the office or "CHỦ TRÌ"."""
    title = rng.choice([facts.chair_role.upper(), "CHỦ TRÌ"])
    lines = ["", f"{title} || THƯ KÝ"]
    if rng.random() < 0.4:
        lines.append("(đã ký) || (đã ký)")
    lines += ["||"] * rng.randint(2, 3)
    return lines + [f"{facts.chair} || {facts.secretary}"]


# AB: a typed record with a label column, a count table and numbered questions ---------------


def _ab_minutes(facts: Facts, rng: random.Random, pick: Pick) -> list[str]:
    head = facts.head_day
    dated = f"{facts.unit.head_place}, ngày {head.day:02d} tháng {head.month:02d} năm {head.year}"
    number = f"Số: {rng.randint(1, 40)}/BB-CB" if rng.random() < 0.6 else ""
    lines = _letter_head(facts, dated=dated, below=number)
    lines += ["", *_ab_title(facts, pick), ""]
    guests = guests_text(facts, form="{who}, {role}")
    if rng.random() < 0.5:
        lines += _ab_block(facts, rng, pick, guests)
    else:
        clerk = f", {facts.secretary_role}" if facts.secretary_role else ""
        lines += [
            _ab_opening(facts, rng, pick),
            f"Chủ trì cuộc họp là đồng chí {facts.chair}, {facts.chair_role}; người lập biên bản "
            f"là đồng chí {facts.secretary}{clerk}.",
        ]
        lines += [f"Đại biểu cấp trên dự họp: {guests}."] if guests else []
    lines += _ab_roll(facts, rng, pick) + parts.ab_body(facts, rng, pick)
    return lines + _close(facts, rng, pick) + _ab_signatures(facts, rng)


def _ab_title(facts: Facts, pick: Pick) -> list[str]:
    """ "BIÊN BẢN" and the kind of meeting on one line, its month, quarter or business below."""
    month = f"Tháng {facts.day.month:02d}/{facts.day.year}"
    kind, below = {
        "regular": ("SINH HOẠT CHI BỘ THƯỜNG KỲ", month),
        "thematic": ("SINH HOẠT CHI BỘ CHUYÊN ĐỀ", f"Quý {quarter(facts.day)}/{facts.day.year}"),
        "combined": ("SINH HOẠT CHI BỘ THƯỜNG KỲ", f"{month} – kết hợp sinh hoạt chuyên đề"),
        "extraordinary": ("HỌP CHI BỘ BẤT THƯỜNG", f"Nội dung: {pick.purpose}"),
    }[facts.meeting_type]
    return [f"^BIÊN BẢN {kind}", f"^{below}"]


def _ab_block(facts: Facts, rng: random.Random, pick: Pick, guests: str) -> list[str]:
    """Labels in the left column, what they say in the right one."""
    clerk = f", {facts.secretary_role}" if facts.secretary_role else ""
    when = f"{pick.clock(facts.start)}, {weekday(facts.day)} ngày {pick.day(facts.day)}"
    rows = [
        ("Thời gian", when),
        ("Địa điểm", capital(facts.location)),
        ("Chủ trì", f"đồng chí {facts.chair}, {facts.chair_role}"),
        ("Người lập biên bản", f"đồng chí {facts.secretary}{clerk}"),
    ]
    if facts.end is not None and rng.random() < 0.3:
        rows.insert(1, ("Thời lượng dự kiến", f"{_PLANNED[facts.meeting_type]} phút"))
    if guests:
        rows.append(("Đại biểu", guests))
    return [f"{label}: || {value}" for label, value in rows]


def _ab_opening(facts: Facts, rng: random.Random, pick: Pick) -> str:
    """The part of the day before the date and the clock after it, or the clock first."""
    day, where = f"ngày {pick.day(facts.day)}", facts.location
    kind = {
        "regular": "sinh hoạt thường kỳ",
        "thematic": "sinh hoạt chuyên đề",
        "combined": "sinh hoạt thường kỳ kết hợp chuyên đề",
        "extraordinary": "họp bất thường",
    }[facts.meeting_type]
    if rng.random() < 0.5:
        period = period_word(facts.start[0])
        return (
            f"Vào {period} {weekday(facts.day)}, {day}, lúc {pick.bare(facts.start)}, tại {where}, "
            f"{facts.unit.branch} tiến hành {kind}."
        )
    clock = pick.clock(facts.start)
    return f"Vào lúc {clock}, {weekday(facts.day)}, {day}, {facts.unit.branch} {kind} tại {where}."


def _ab_roll(facts: Facts, rng: random.Random, pick: Pick) -> list[str]:
    """The counts in a table or a sentence, then the absentees by name and reason."""
    n, absent = pick.n, facts.excused + facts.unexcused
    if rng.random() < 0.6:
        rows = [("Tổng số đảng viên của chi bộ", facts.total)]
        rows += [("Miễn sinh hoạt", facts.exempt)] if facts.exempt is not None else []
        rows += [
            ("Có mặt", facts.present),
            ("Vắng có lý do", facts.excused),
            ("Vắng không lý do", facts.unexcused),
        ]
        table = [f"| {label} | {n(value)} |" for label, value in rows]
        lines = ["Đảng viên tham dự:", "| Nội dung | Số đồng chí |", *table]
    else:
        said = [f"Tổng cộng {n(facts.total)} đảng viên"]
        if facts.exempt is not None:
            said.append(f"{n(facts.exempt)} đồng chí miễn sinh hoạt")
        said.append(f"{n(facts.present)} đồng chí có mặt")
        if absent:
            kinds = f"{n(facts.excused)} có lý do, {n(facts.unexcused)} không lý do"
            said.append(f"{n(absent)} đồng chí vắng ({kinds})")
        else:
            said.append("không có đồng chí nào vắng")
        lines = ["; ".join(said) + "."]
    named = named_absentees(facts)
    if named:
        who = "; ".join(f"{person.name} – {person.reason}" for person in named)
        lines.append(f"Đồng chí vắng mặt: {who}.")
    return lines


def _ab_signatures(facts: Facts, rng: random.Random) -> list[str]:
    """The minute-taker signs on the left, the chair on the right for the cell or as chair."""
    role = "BÍ THƯ" if facts.chair_role == "Bí thư chi bộ" else "PHÓ BÍ THƯ"
    right, under = rng.choice([("T/M CHI BỘ", role), ("NGƯỜI CHỦ TRÌ", "")])
    lines = ["", f"NGƯỜI LẬP BIÊN BẢN || {right}"]
    lines += [f"|| {under}"] if under else []
    lines += ["||"] * rng.randint(1, 3)
    return lines + [f"{facts.secretary} || {facts.chair}"]

"""Held-out template families Y and Z: two more secretaries' styles the extraction rules never saw.

HELD-OUT: people who write or tune extraction rules must not read this module,
`heldout10_parts.py`, `heldout10_phrases.py` or `tests/corpus/test_heldout10.py`, nor run
extraction on Y/Z documents while tuning. Y and Z are opt-in (`bienban corpus generate
--families Y,Z`); the default mix stays A–F, so existing seeds give the same corpus byte for byte.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta

from bienban.corpus import heldout10_parts as parts
from bienban.corpus import heldout10_phrases as say
from bienban.corpus.facts import Facts
from bienban.corpus.heldout2_phrases import EXEMPT_REASONS
from bienban.corpus.heldout9_phrases import capital, guests_text, named_absentees, weekday

_PURPOSES = {
    "Y": {
        "member_development": "xét hồ sơ quần chúng xin vào Đảng",
        "inspection": "xét kỷ luật đối với đảng viên vi phạm",
        "directives": "bàn triển khai ngay chỉ đạo của cấp trên",
    },
    "Z": {
        "member_development": "đề nghị kết nạp đảng viên mới",
        "inspection": "xem xét, đề nghị hình thức kỷ luật đảng viên",
        "directives": "tổ chức thực hiện nhiệm vụ đột xuất",
    },
}
_ADOPTED = {
    "Y": (
        "Biên bản được thư ký đọc lại, chi bộ nhất trí, không bổ sung.",
        "Thư ký đọc lại biên bản; các đồng chí dự họp không có ý kiến sửa đổi.",
    ),
    "Z": (
        "Toàn văn biên bản được đọc lại trước chi bộ; không có ý kiến khác.",
        "Biên bản được thông qua ngay tại cuộc họp, các đồng chí dự họp không đề nghị sửa đổi.",
    ),
}
_ABSENT_HEAD = "| TT | Họ và tên | Lý do vắng | Ghi chú |"
_GUIDES = (
    (date(2013, 1, 1), "Hướng dẫn số 09-HD/BTCTW năm 2012 của Ban Tổ chức Trung ương"),
    (date(2018, 7, 7), "Hướng dẫn số 12-HD/BTCTW ngày 06/7/2018 của Ban Tổ chức Trung ương"),
    (date(2025, 10, 29), "Hướng dẫn số 42-HD/BTCTW ngày 28/10/2025 của Ban Tổ chức Trung ương"),
)


@dataclass(frozen=True)
class Hand:
    """One held-out family: the forms one secretary's hand moves between."""

    name: str
    dates: tuple[str, ...]
    clocks: tuple[str, ...]
    counts: tuple[str, ...]
    signatures: tuple[tuple[str, str], ...]


HELDOUT_FAMILIES: dict[str, Hand] = {
    hand.name: hand
    for hand in (
        Hand(
            "Y",
            ("spaced_dash", "short_year"),
            ("gio_phut_bracket", "h_prime"),
            ("digits", "padded"),
            (("CHỦ TRÌ", "NGƯỜI GHI BIÊN BẢN"), ("T/M CHI BỘ|{role}", "THƯ KÝ")),
        ),
        Hand(
            "Z",
            ("roman", "words_padded"),
            ("h", "gio_phut"),
            ("digits", "words"),
            (("THƯ KÝ", "CHỦ TRÌ"), ("NGƯỜI GHI BIÊN BẢN", "T/M CHI BỘ|{role}")),
        ),
    )
}


@dataclass
class Pick:
    """The forms one document uses, drawn once so that it reads the same way throughout."""

    hand: Hand
    date_style: str
    clock_style: str
    count_style: str
    purpose_key: str

    @property
    def is_y(self) -> bool:
        return self.hand.name == "Y"

    def day(self, day: date) -> str:
        return say.write_date(day, style=self.date_style)

    def clock(self, hour_minute: tuple[int, int]) -> str:
        return say.write_clock(*hour_minute, style=self.clock_style)

    def n(self, value: int) -> str:
        return say.count(value, style=self.count_style)

    def ended(self, facts: Facts) -> str:
        """The end: its clock, then "cùng ngày" or the next day's date."""
        day = f"ngày {self.day(next_day(facts))}" if facts.end_next_day else "cùng ngày"
        return f"{self.clock(facts.end or facts.start)} {day}"

    @property
    def purpose(self) -> str:
        """Why an extraordinary meeting was called, in the family's words."""
        return _PURPOSES[self.hand.name][self.purpose_key]


def write_minutes(facts: Facts, rng: random.Random, *, family: str) -> str:
    """The minutes of `facts` in held-out `family`'s style, as layout-marked text."""
    hand = HELDOUT_FAMILIES[family]
    pick = Pick(
        hand,
        rng.choice(hand.dates),
        rng.choice(hand.clocks),
        rng.choice(hand.counts),
        facts.purpose or "directives",
    )
    lines = _y_minutes(facts, rng, pick) if pick.is_y else _z_minutes(facts, rng, pick)
    return "\n".join(lines + _signatures(facts, rng, pick)) + "\n"


def next_day(facts: Facts) -> date:
    return facts.day + timedelta(days=1)


def _signatures(facts: Facts, rng: random.Random, pick: Pick) -> list[str]:
    """Y signs with the chair on the left, Z with the minute-taker on the left."""
    role = "BÍ THƯ" if facts.chair_role == "Bí thư chi bộ" else "PHÓ BÍ THƯ"
    left, right = (
        side.format(role=role).partition("|") for side in rng.choice(pick.hand.signatures)
    )
    lines = ["", f"{left[0]} || {right[0]}"]
    if left[2] or right[2]:
        lines.append(f"{left[2]} || {right[2]}".strip())
    lines += ["||"] * rng.randint(2, 3)
    names = (facts.chair, facts.secretary) if pick.is_y else (facts.secretary, facts.chair)
    return lines + [" || ".join(names)]


# Y: an entry in the cell's minutes book, parts numbered I/ to IV/ --------------------------


def _y_minutes(facts: Facts, rng: random.Random, pick: Pick) -> list[str]:
    lines = [
        f"{facts.unit.parent.upper()} || ĐẢNG CỘNG SẢN VIỆT NAM",
        f"{facts.unit.branch.upper()} ||",
        "",
        *_y_title(facts, rng, pick),
        "",
        _y_opening(facts, rng, pick),
    ]
    lines += ["I/ ỔN ĐỊNH TỔ CHỨC", *_y_setup(facts, rng, pick)]
    lines += ["II/ CÁC VẤN ĐỀ ĐƯA RA CHI BỘ", *parts.y_items(facts, rng, pick)]
    lines += ["III/ ĐẢNG VIÊN PHÁT BIỂU", *parts.talk_lines(facts, rng, pick)]
    if rng.random() < 0.35:
        lines.append("<<page>>")
    lines += ["IV/ ĐỒNG CHÍ CHỦ TRÌ TỔNG HỢP, KẾT LUẬN", *parts.y_conclusion(facts, rng, pick)]
    return lines + _y_close(facts, rng, pick)


def _y_title(facts: Facts, rng: random.Random, pick: Pick) -> list[str]:
    month, year = facts.day.month, facts.day.year
    sitting = month + rng.randint(0, 2)
    kind = {
        "regular": rng.choice([f"họp thường lệ tháng {month}", f"định kỳ tháng {month}"]),
        "thematic": f"sinh hoạt chuyên đề quý {say.quarter(facts.day)}",
        "combined": f"thường kỳ tháng {month} kết hợp chuyên đề",
        "extraordinary": f"họp bất thường: {pick.purpose}",
    }[facts.meeting_type]
    if rng.random() < 0.5:
        return ["^BIÊN BẢN HỌP CHI BỘ", f"^Lần thứ {sitting} năm {year} – {kind}"]
    return ["^BIÊN BẢN", f"^HỌP CHI BỘ LẦN THỨ {sitting}/{year}", f"^({capital(kind)})"]


def _y_opening(facts: Facts, rng: random.Random, pick: Pick) -> str:
    day, clock, where = pick.day(facts.day), pick.clock(facts.start), facts.location
    if rng.random() < 0.5:
        return f"Chi bộ bắt đầu họp lúc {clock}, ngày {day}, tại {where}."
    return f"Vào ngày {day}, từ {clock}, {facts.unit.branch} họp tại {where}."


def _y_setup(facts: Facts, rng: random.Random, pick: Pick) -> list[str]:
    """Who chairs and writes, the roll call, the guests, the agenda adopted."""
    clerk = f" ({facts.secretary_role})" if facts.secretary_role else ""
    if rng.random() < 0.5:
        people = [
            f"Chi bộ thống nhất để đồng chí {facts.chair} ({facts.chair_role}) chủ trì, "
            f"đồng chí {facts.secretary}{clerk} ghi biên bản."
        ]
    else:
        people = [
            f"Chủ trì: đ/c {facts.chair}, {facts.chair_role}.",
            f"Người ghi biên bản: đ/c {facts.secretary}{clerk}.",
        ]
    roll = _y_roll(facts, rng, pick)
    lines = people + roll if rng.random() < 0.5 else roll + people
    guests = guests_text(facts, form="{who} – {role}")
    if guests:
        lines.append(f"Về dự, theo dõi cuộc họp có {guests}.")
    return lines + ["Chi bộ nhất trí với chương trình họp do đồng chí chủ trì nêu."]


def _y_roll(facts: Facts, rng: random.Random, pick: Pick) -> list[str]:
    n, exempt = pick.n, facts.exempt
    lead = rng.choice(["Chi bộ có", "Đảng viên trong danh sách:"])
    head = f"{lead} {n(facts.total)} đ/c."
    if exempt == 0:
        head += " Không có đ/c nào miễn sinh hoạt."
    elif exempt:
        due = facts.total - exempt
        head += (
            f" Miễn sinh hoạt: {n(exempt)} đ/c ({rng.choice(EXEMPT_REASONS)}); "
            f"phải dự họp: {n(due)} đ/c."
        )
    return [head, f"Có mặt: {n(facts.present)} đ/c.", *_absent(facts, pick)]


def _y_close(facts: Facts, rng: random.Random, pick: Pick) -> list[str]:
    done = "chương trình họp hoàn thành, đồng chí chủ trì tuyên bố kết thúc"
    said = f"Đến {pick.ended(facts)}, {done}." if facts.end else f"{capital(done)}."
    return [rng.choice(_ADOPTED["Y"]), said]


# Z: a typed record opening with its grounds, with tables where the secretary likes them ----


def _z_minutes(facts: Facts, rng: random.Random, pick: Pick) -> list[str]:
    head = facts.head_day
    dated = f"{facts.unit.head_place}, ngày {head.day:02d} tháng {head.month:02d} năm {head.year}"
    lines = [
        f"{facts.unit.parent.upper()} || ĐẢNG CỘNG SẢN VIỆT NAM",
        f"{facts.unit.branch.upper()} || {dated}",
    ]
    number = rng.choice(["Số: {n}-BB/CB", "Số {n}/BB-CB", ""]).format(n=rng.randint(1, 30))
    lines += [f"{number} ||"] if number else []
    lines += ["", *_z_title(facts, pick), ""]
    if rng.random() < 0.6:
        lines += _z_grounds(facts)
    lines += [_z_opening(facts, rng, pick), *_z_people(facts, rng), *_z_roll(facts, rng, pick)]
    guests = guests_text(facts, form="{who} – {role}")
    if guests:
        lines.append(f"Tham dự có: {guests}.")
    return lines + parts.z_body(facts, rng, pick) + _z_close(facts, rng, pick)


def _z_title(facts: Facts, pick: Pick) -> list[str]:
    month, year = facts.day.month, facts.day.year
    return {
        "regular": ["^BIÊN BẢN", f"^HỌP CHI BỘ ĐỊNH KỲ THÁNG {month:02d}/{year}"],
        "thematic": ["^BIÊN BẢN", f"^HỌP CHI BỘ CHUYÊN ĐỀ QUÝ {say.quarter(facts.day)}/{year}"],
        "combined": [
            "^BIÊN BẢN",
            f"^HỌP CHI BỘ THƯỜNG KỲ THÁNG {month:02d}/{year}",
            "^(Kết hợp sinh hoạt chuyên đề)",
        ],
        "extraordinary": ["^BIÊN BẢN", "^HỌP CHI BỘ BẤT THƯỜNG", f"^(Nội dung: {pick.purpose})"],
    }[facts.meeting_type]


def _z_grounds(facts: Facts) -> list[str]:
    """The documents the meeting rests on; their numbers and dates are not the meeting's."""
    lines = ["- Căn cứ Điều lệ Đảng Cộng sản Việt Nam;"]
    guides = [text for since, text in _GUIDES if facts.day >= since]
    if guides:
        lines.append(f"- Căn cứ {guides[-1]} về nâng cao chất lượng sinh hoạt chi bộ;")
    if facts.meeting_type == "extraordinary":
        return [*lines, "- Căn cứ tình hình thực tế và đề nghị của Chi ủy;"]
    return [*lines, f"- Căn cứ chương trình công tác năm {facts.day.year} của Chi ủy;"]


def _z_opening(facts: Facts, rng: random.Random, pick: Pick) -> str:
    day, clock, where = pick.day(facts.day), pick.clock(facts.start), facts.location
    if rng.random() < 0.5:
        return (
            f"{facts.unit.branch} tiến hành họp vào lúc {clock} {weekday(facts.day)} "
            f"ngày {day}, tại {where}."
        )
    return (
        f"Cuộc họp được tổ chức vào {weekday(facts.day)}, ngày {day}, bắt đầu từ {clock}, "
        f"tại {where}."
    )


def _z_people(facts: Facts, rng: random.Random) -> list[str]:
    clerk = f" ({facts.secretary_role})" if facts.secretary_role else ""
    if rng.random() < 0.5:
        return [
            f"Chủ trì: đồng chí {facts.chair} – {facts.chair_role} || "
            f"Thư ký: đồng chí {facts.secretary}{clerk}"
        ]
    return [
        f"Đồng chí {facts.chair}, {facts.chair_role}, điều hành cuộc họp; "
        f"đồng chí {facts.secretary}{clerk} được cử làm thư ký."
    ]


def _z_roll(facts: Facts, rng: random.Random, pick: Pick) -> list[str]:
    n, exempt = pick.n, facts.exempt
    due = facts.total - (exempt or 0)
    present = f"có mặt {n(facts.present)} đồng chí"
    if 0 < facts.present <= due and rng.random() < 0.5:
        present += f" (đạt {say.share(facts.present, due)})"
    if exempt is None:
        head = f"Chi bộ hiện có {n(facts.total)} đảng viên; {present}."
    elif exempt == 0:
        head = (
            f"Chi bộ hiện có {n(facts.total)} đảng viên, không có đồng chí nào được miễn "
            f"sinh hoạt; {present}."
        )
    else:
        head = (
            f"Chi bộ hiện có {n(facts.total)} đảng viên; trừ {n(exempt)} đồng chí được miễn "
            f"sinh hoạt ({rng.choice(EXEMPT_REASONS)}), số phải dự họp là {n(due)} đồng chí; "
            f"{present}."
        )
    return [head, *_absent(facts, pick)]


def _absent(facts: Facts, pick: Pick) -> list[str]:
    """Who was absent: none; a count split by kind; or everyone by name, Y in two lists by
    kind, Z in a table."""
    n, absent = pick.n, facts.excused + facts.unexcused
    named = named_absentees(facts)
    if not absent:
        return ["Đảng viên vắng: không." if pick.is_y else "Không có đồng chí nào vắng mặt."]
    if not named and pick.is_y:
        split = f"có lý do {n(facts.excused)}, không lý do {n(facts.unexcused)}"
        return [f"Vắng {n(absent)} đ/c, trong đó: {split}."]
    if not named:
        return [f"Vắng mặt {n(absent)} đồng chí ({say.absence_split(facts, n)})."]
    if not pick.is_y:
        rows = [
            f"| {i + 1} | {a.name} | {a.reason} | {say.excused_word(a.excused)} |"
            for i, a in enumerate(named)
        ]
        return [f"Đảng viên vắng mặt ({n(absent)} đồng chí):", _ABSENT_HEAD, *rows]
    lines = []
    for excused in (True, False):
        if group := [a for a in named if a.excused == excused]:
            who = "; ".join(f"đ/c {a.name} – {a.reason}" for a in group)
            lines.append(f"Vắng {say.excused_word(excused)} ({n(len(group))} đ/c): {who}.")
    return lines


def _z_close(facts: Facts, rng: random.Random, pick: Pick) -> list[str]:
    adopted = rng.choice(_ADOPTED["Z"])
    if facts.duration_minutes is None:
        return [adopted]
    if rng.random() < 0.5:
        return [f"Thời gian kết thúc: {pick.ended(facts)}.", adopted]
    lasted = say.lasted(facts.duration_minutes)
    return [f"Cuộc họp kéo dài {lasted}, kết thúc lúc {pick.ended(facts)}.", adopted]

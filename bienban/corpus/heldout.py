"""Template families G and H: two secretaries' styles written without sight of the extraction
rules, held out until extractor 0.5.0 was measured on them; since extractor 0.6.0 they are
development families (the held-out ones are I and J, `heldout2.py`). G and H are opt-in (`bienban corpus generate --families G,H`); the
default mix stays A–F, so existing seeds give the same corpus byte for byte.

G writes like a commune secretary with a narrative hand: "Vào hồi 19 giờ 30 phút tối, thứ
Sáu, ngày ...", counts in words, "Phần thứ nhất: ...", "Một là, ...". H fills the printed form
of the district's guidance: "I. THỜI GIAN, ĐỊA ĐIỂM", "Số đảng viên phải dự", a count table,
"Thứ nhất, ...", "•", a resolution section that may start on a new page.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass
from datetime import date, timedelta

from bienban.corpus import heldout_phrases as say
from bienban.corpus.facts import Facts
from bienban.corpus.markup import PAGE_BREAK

_ROMAN = ("I", "II", "III", "IV", "V", "VI")
_PART_ORDINALS = (
    "nhất",
    "hai",
    "ba",
    "tư",
    "năm",
    "sáu",
    "bảy",
    "tám",
    "chín",
    "mười",
    "mười một",
    "mười hai",
)
_KIND_WORDS = {
    "regular": ("định kỳ", "thường kỳ"),
    "thematic": ("chuyên đề", "chuyên đề"),
    "combined": ("thường kỳ kết hợp sinh hoạt chuyên đề", "thường kỳ và sinh hoạt chuyên đề"),
    "extraordinary": ("bất thường", "bất thường"),
}
_PURPOSE_TITLES = {
    "member_development": "(V/v xét đề nghị kết nạp đảng viên)",
    "inspection": "(V/v xem xét, kiểm điểm đảng viên vi phạm)",
    "directives": "(V/v triển khai công điện khẩn của cấp trên)",
}
_STORIES = (
    "Bác Hồ với đức tính tiết kiệm",
    "Chuyện đôi dép của Bác",
    "Bác Hồ và bài học về tinh thần tự học",
    "Bác Hồ với việc lắng nghe ý kiến của nhân dân",
)


@dataclass(frozen=True)
class HeldoutFamily:
    name: str
    numbers: tuple[str, ...]
    openings: tuple[str, ...]
    dates: tuple[str, ...]
    times: tuple[str, ...]
    rolls: tuple[str, ...]
    guests: str
    people: tuple[str, ...]
    headings: tuple[str, ...]
    speeches: tuple[str, ...]
    lists: tuple[str, ...]
    votes: tuple[str, ...]
    signatures: tuple[tuple[str, str, bool], ...]


HELDOUT_FAMILIES: dict[str, HeldoutFamily] = {
    f.name: f
    for f in (
        HeldoutFamily(
            "G",
            ("Số: {n}-BB/CB", "*"),
            ("vao_hoi", "weekday_first"),
            ("words", "words_daypad", "dash"),
            ("hoi", "h_period", "clock12"),
            ("words", "digits_words", "official_split"),
            "narrative",
            ("sentence", "chu_toa"),
            ("phan", "star"),
            ("tham_gia", "role_paren"),
            ("mot_la", "bullet"),
            ("show_of_hands", "all_present"),
            (("CHỦ TỌA", "THƯ KÝ", True), ("NGƯỜI GHI BIÊN BẢN", "T/M CHI BỘ|{role}", False)),
        ),
        HeldoutFamily(
            "H",
            ("Số {n}-BB/CB", "*", ""),
            ("form_from", "form_range"),
            ("slash_daypad", "slash", "words_daypad"),
            ("bare", "h_apos", "hoi"),
            ("form", "table", "rate"),
            "form",
            ("form", "hoi_nghi"),
            ("form_dot", "form_slash"),
            ("numbered", "plus_role"),
            ("thu_nhat", "bullet", "slash"),
            ("share", "against", "all_present"),
            (
                ("NGƯỜI CHỦ TRÌ", "THƯ KÝ GHI BIÊN BẢN", True),
                ("THƯ KÝ HỘI NGHỊ", "CHỦ TỌA HỘI NGHỊ", False),
            ),
        ),
    )
}


@dataclass(frozen=True)
class _Choices:
    """What one document of a family uses: drawn once, so the same date reads the same way."""

    family: HeldoutFamily
    opening: str
    date_style: str
    time_style: str

    @property
    def has_time_range(self) -> bool:
        """Whether the opening states the end too ("từ 8 giờ 30 đến 11 giờ")."""
        return self.opening == "form_range"


def write_minutes(facts: Facts, rng: random.Random, *, family: str) -> str:
    """The minutes of `facts` in held-out `family`'s style, as layout-marked text."""
    style = HELDOUT_FAMILIES[family]
    opening = rng.choice(style.openings)
    if opening == "form_range" and (facts.end is None or facts.end_next_day):
        opening = "form_from"
    pick = _Choices(style, opening, rng.choice(style.dates), rng.choice(style.times))
    lines = _letterhead(facts, rng, style) + [""] + _title(facts, rng, style) + [""]
    if style.name == "H":
        lines += _form_top(facts, rng, pick)
    else:
        lines += _narrative_top(facts, rng, pick)
    lines += _content(facts, rng, pick)
    lines += _closing(facts, rng, pick)
    return "\n".join(lines) + "\n"


def _letterhead(facts: Facts, rng: random.Random, style: HeldoutFamily) -> list[str]:
    number = rng.choice(style.numbers).format(n=f"{rng.randint(1, 30):02d}")
    dated = say.write_date(facts.head_day, style=rng.choice(["words", "words_daypad"]))
    return [
        f"{facts.unit.parent.upper()} || ĐẢNG CỘNG SẢN VIỆT NAM",
        f"{facts.unit.branch.upper()} ||",
        f"{number} || {facts.unit.head_place}, {dated}",
    ]


def _quarter(day: date) -> str:
    return _ROMAN[(day.month - 1) // 3]


def _title(facts: Facts, rng: random.Random, style: HeldoutFamily) -> list[str]:
    month, year, quarter = facts.day.month, facts.day.year, _quarter(facts.day)
    kind = facts.meeting_type
    if kind == "extraordinary":
        subject = _PURPOSE_TITLES.get(facts.purpose or "", "")
        return ["^BIÊN BẢN", "^HỌP CHI BỘ BẤT THƯỜNG"] + ([f"^{subject}"] if subject else [])
    if kind == "thematic":
        options = [
            ["^BIÊN BẢN", f"^SINH HOẠT CHUYÊN ĐỀ QUÝ {quarter}/{year}"],
            ["^BIÊN BẢN SINH HOẠT CHI BỘ", f"^(Chuyên đề quý {quarter} năm {year})"],
        ]
    elif kind == "combined":
        options = [
            [
                "^BIÊN BẢN",
                f"^SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG {month} VÀ SINH HOẠT CHUYÊN ĐỀ QUÝ {quarter} NĂM {year}",
            ],
            ["^BIÊN BẢN SINH HOẠT CHI BỘ", f"^(Thường kỳ kết hợp chuyên đề, tháng {month}/{year})"],
        ]
    elif style.name == "G":
        options = [
            ["^BIÊN BẢN", f"^HỌP CHI BỘ ĐỊNH KỲ THÁNG {month} NĂM {year}"],
            ["^BIÊN BẢN SINH HOẠT CHI BỘ THƯỜNG KỲ", f"^Tháng {month} năm {year}"],
        ]
    else:
        options = [
            ["^BIÊN BẢN", "^SINH HOẠT CHI BỘ", f"^Kỳ họp thường kỳ tháng {month}/{year}"],
            ["^BIÊN BẢN", f"^SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG {month:02d}/{year}"],
        ]
    return rng.choice(options)


def _day(facts: Facts, pick: _Choices, *, weekday: bool = False) -> str:
    return say.write_date(facts.day, style=pick.date_style, weekday=weekday)


def _clock(hour_minute: tuple[int, int], pick: _Choices) -> str:
    return say.write_time(*hour_minute, style=pick.time_style)


def _narrative_top(facts: Facts, rng: random.Random, pick: _Choices) -> list[str]:
    """G: the opening sentence, then roll call, guests and who chaired."""
    kind = _KIND_WORDS[facts.meeting_type][0]
    where, branch = facts.location, facts.unit.branch
    clock = _clock(facts.start, pick)
    if pick.opening == "vao_hoi":
        weekday = rng.random() < 0.5
        day = _day(facts, pick, weekday=weekday)
        opening = f"Vào hồi {clock}{', ' if weekday else ' '}{day}, tại {where}, {branch} tiến hành họp {kind}."
    else:
        opening = f"Hôm nay, {_day(facts, pick, weekday=True)}, vào lúc {clock}, tại {where}, {branch} tổ chức sinh hoạt {kind}."
    roll = say.ROLLS[rng.choice(pick.family.rolls)](facts, rng)
    guests = say.guest_lines(facts, rng, style=pick.family.guests)
    people = say.people_lines(facts, rng, style=rng.choice(pick.family.people))
    return [opening] + roll + guests + people


def _form_top(facts: Facts, rng: random.Random, pick: _Choices) -> list[str]:
    """H: "I. THỜI GIAN, ĐỊA ĐIỂM" and "II. THÀNH PHẦN THAM DỰ" of the printed form."""
    when = f"{_clock(facts.start, pick)}, {_day(facts, pick, weekday=rng.random() < 0.5)}"
    if pick.has_time_range and facts.end:
        time_line = f"- Thời gian: từ {_clock(facts.start, pick)} đến {_clock(facts.end, pick)}, {_day(facts, pick)}."
    else:
        time_line = f"- Thời gian: bắt đầu từ {when}."
    kind = _KIND_WORDS[facts.meeting_type][1]
    lines = ["I. THỜI GIAN, ĐỊA ĐIỂM", time_line, f"- Địa điểm: {facts.location}."]
    lines.append(f"- Hình thức: sinh hoạt chi bộ {kind}.")
    lines.append("II. THÀNH PHẦN THAM DỰ")
    lines += say.ROLLS[rng.choice(pick.family.rolls)](facts, rng)
    lines += say.guest_lines(facts, rng, style=pick.family.guests)
    lines += say.people_lines(facts, rng, style=rng.choice(pick.family.people))
    return lines


def _content(facts: Facts, rng: random.Random, pick: _Choices) -> list[str]:
    """The body: the agenda parts, the discussion, then the tasks adopted."""
    parts = _parts(facts, rng)
    speeches = say.speech_lines(facts, rng, style=rng.choice(pick.family.speeches))
    parts.append((rng.choice(["Ý kiến thảo luận", "Thảo luận, đóng góp ý kiến"]), speeches))
    decided = _decisions(facts, rng, pick)
    new_page = facts.length != "short" and rng.random() < 0.4
    heading = rng.choice(pick.family.headings)
    if pick.family.name == "H":
        return _form_body(parts, decided, rng, heading=heading, new_page=new_page)
    lines: list[str] = []
    for index, (title, body) in enumerate([*parts, ("Chi bộ thống nhất nghị quyết", decided)]):
        if index == len(parts) and new_page:
            lines.append(PAGE_BREAK)
        lines.append(
            f"Phần thứ {_PART_ORDINALS[index]}: {title}" if heading == "phan" else f"* {title}:"
        )
        lines += body
    return lines


def _form_body(
    parts: list[tuple[str, list[str]]],
    decided: list[str],
    rng: random.Random,
    *,
    heading: str,
    new_page: bool,
) -> list[str]:
    """H: "III. NỘI DUNG SINH HOẠT" with "1." or "1/" parts, then "IV." with the tasks."""
    mark = "{}." if heading == "form_dot" else "{}/"
    lines = ["III. NỘI DUNG SINH HOẠT"]
    for index, (title, body) in enumerate(parts):
        lines.append(f"{mark.format(index + 1)} {title}")
        lines += body
    lines += [PAGE_BREAK] if new_page else []
    lines.append(
        rng.choice(["IV. NGHỊ QUYẾT CỦA CHI BỘ", "IV. KẾT LUẬN VÀ NHIỆM VỤ THỜI GIAN TỚI"])
    )
    return lines + decided


def _decisions(facts: Facts, rng: random.Random, pick: _Choices) -> list[str]:
    lines = [_tasks_intro(facts, rng)]
    lines += say.resolution_lines(facts, rng, style=rng.choice(pick.family.lists))
    if facts.conclusion_decision:
        decision = facts.conclusion_decision
        facts.conclusion_decision = decision[0].lower() + decision[1:]
        lines.append(f"Đồng thời, {facts.conclusion_decision}.")
    return lines + say.vote_lines(facts, rng, style=rng.choice(pick.family.votes))


def _tasks_intro(facts: Facts, rng: random.Random) -> str:
    if facts.meeting_type == "extraordinary":
        return "Đồng chí chủ trì kết luận, chi bộ thống nhất:"
    if facts.meeting_type == "thematic":
        return "Các giải pháp thực hiện chuyên đề trong thời gian tới:"
    nxt = (facts.day.replace(day=1) + timedelta(days=32)).replace(day=1)
    return rng.choice(
        [
            f"Chi bộ thống nhất các nhiệm vụ trọng tâm tháng {nxt.month}/{nxt.year}:",
            "Nhiệm vụ, giải pháp thời gian tới:",
            f"Nghị quyết tháng {facts.day.month}/{facts.day.year}, chi bộ quyết nghị:",
        ]
    )


def _parts(facts: Facts, rng: random.Random) -> list[tuple[str, list[str]]]:
    if facts.meeting_type == "extraordinary":
        return [("Nội dung cuộc họp", _extraordinary(facts))]
    makers = (
        ("current_affairs", "Thông tin thời sự, chính sách mới", _current_affairs),
        ("directive", "Triển khai văn bản của cấp trên", _directive),
        ("review", "Đánh giá kết quả thực hiện nghị quyết tháng trước", _review),
        ("ideology", "Tình hình tư tưởng đảng viên và quần chúng", _ideology),
        ("criticism", "Nhận xét, đánh giá đảng viên", _criticism),
        ("hcm", "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh", _hcm),
        ("mass_mobilization", "Công tác dân vận, Mặt trận và các đoàn thể", _mass),
        ("inspection", "Kiểm tra, giám sát đảng viên", _inspection),
        ("presenter", "Sinh hoạt chuyên đề", _theme),
        ("fees", "Thu nộp đảng phí", _fees),
    )
    return [(title, make(facts, rng)) for key, title, make in makers if facts.sections.get(key)]


def _current_affairs(facts: Facts, rng: random.Random) -> list[str]:
    news = "; ".join(facts.sections["current_affairs"])
    return [f"Đồng chí Bí thư thông báo tình hình thời sự trong nước và địa phương: {news}."]


def _directive(facts: Facts, rng: random.Random) -> list[str]:
    text = facts.sections["directive"]
    issued = facts.day - timedelta(days=rng.randint(8, 70))
    found = re.match(r"(.*? số \S+) (.*)", text)
    if found:
        text = f"{found[1]} ngày {issued.day}/{issued.month}/{issued.year} {found[2]}"
    return [f"Chi bộ triển khai {text}; yêu cầu mỗi đảng viên nắm vững và tổ chức thực hiện."]


def _review(facts: Facts, rng: random.Random) -> list[str]:
    s = facts.sections
    prev = facts.day.replace(day=1) - timedelta(days=1)
    lines = [
        f"Thực hiện nghị quyết tháng {prev.month}/{prev.year}, chi bộ đã lãnh đạo đạt được một số kết quả: "
        + "; ".join(s["review"])
        + "."
    ]
    if s.get("shortcomings"):
        lines.append("Tồn tại, hạn chế: " + "; ".join(s["shortcomings"]) + ".")
    if "distractor" in s:
        deadline = facts.day + timedelta(days=rng.randint(20, 90))
        lines.append(
            s["distractor"].replace(
                "ngày .", f"ngày {deadline.day}/{deadline.month}/{deadline.year}."
            )
        )
    return lines


def _ideology(facts: Facts, rng: random.Random) -> list[str]:
    text = " ".join(facts.sections["ideology"])
    return [f"Nhìn chung, {text[0].lower()}{text[1:]}"]


def _criticism(facts: Facts, rng: random.Random) -> list[str]:
    return [
        "Chi ủy nhận xét, đánh giá đảng viên trong tháng: " + " ".join(facts.sections["criticism"])
    ]


def _hcm(facts: Facts, rng: random.Random) -> list[str]:
    reader = rng.choice(facts.members)
    return [
        f"Đồng chí {reader} đọc bài viết “{rng.choice(_STORIES)}”; các đồng chí đảng viên liên hệ bản thân, học tập và làm theo tấm gương đạo đức Hồ Chí Minh."
    ]


def _mass(facts: Facts, rng: random.Random) -> list[str]:
    n = facts.sections["mass_mobilization"]
    return [
        f"Chi bộ lãnh đạo Ban công tác Mặt trận và các đoàn thể tổ chức {n} buổi tuyên truyền, vận động nhân dân; thực hiện tốt Quy chế dân chủ ở cơ sở."
    ]


def _inspection(facts: Facts, rng: random.Random) -> list[str]:
    name = facts.sections["inspection"]
    return [
        f"Chi ủy giám sát việc đảng viên {name} thực hiện những điều đảng viên không được làm và nghĩa vụ công dân nơi cư trú; kết quả: chấp hành tốt."
    ]


def _theme(facts: Facts, rng: random.Random) -> list[str]:
    presenter = facts.sections["presenter"]
    return [
        f"Đồng chí {facts.chair} nêu mục đích, yêu cầu của buổi sinh hoạt chuyên đề.",
        f"Đồng chí {presenter} trình bày chuyên đề “{facts.thematic_title}”, liên hệ với thực tế của chi bộ và đề xuất giải pháp thực hiện.",
    ]


def _fees(facts: Facts, rng: random.Random) -> list[str]:
    money = f"{rng.randrange(300, 3000) * 1000:,}".replace(",", ".")
    month = f"{facts.day.month}/{facts.day.year}"
    return [
        f"Chi bộ đã thu đảng phí tháng {month}, tổng số tiền {money} đồng, nộp về Đảng ủy đúng hạn."
    ]


def _extraordinary(facts: Facts) -> list[str]:
    s = facts.sections
    if facts.purpose == "member_development":
        return [
            f"Chi bộ họp bất thường để xem xét hồ sơ đề nghị kết nạp quần chúng {s['candidate']} vào Đảng Cộng sản Việt Nam.",
            f"Quần chúng {s['candidate']} trình bày đơn xin vào Đảng và lý lịch; chi ủy báo cáo nhận xét của các đoàn thể và nơi cư trú.",
        ]
    if facts.purpose == "inspection":
        return [
            f"Chi bộ họp bất thường để xem xét khuyết điểm, vi phạm của đảng viên {s['offender']}.",
            f"Đồng chí {s['offender']} trình bày bản kiểm điểm, nhận khuyết điểm và hứa sửa chữa.",
        ]
    return [
        f"Thực hiện chỉ đạo khẩn của Đảng ủy về {s['urgent']}, chi bộ họp bất thường để triển khai nhiệm vụ.",
        f"Đồng chí {facts.chair} phổ biến nội dung công điện và phân công đảng viên trực.",
    ]


def _closing(facts: Facts, rng: random.Random, pick: _Choices) -> list[str]:
    lines = _next_meeting(facts, rng, pick) + _end(facts, rng, pick)
    left, right, chair_left = rng.choice(pick.family.signatures)
    role = "BÍ THƯ" if facts.chair_role == "Bí thư chi bộ" else "PHÓ BÍ THƯ"
    left, right = left.format(role=role), right.format(role=role)
    lines += ["", f"{left} || {right.split('|')[0]}"]
    if "|" in right:
        lines.append(f"|| {right.split('|')[1]}")
    if rng.random() < 0.5:
        lines.append("(Ký, ghi rõ họ tên) || (Ký, ghi rõ họ tên)")
    names = (facts.chair, facts.secretary) if chair_left else (facts.secretary, facts.chair)
    return lines + ["||"] * rng.randint(1, 3) + [f"{names[0]} || {names[1]}"]


def _next_meeting(facts: Facts, rng: random.Random, pick: _Choices) -> list[str]:
    nxt = facts.sections.get("next_meeting")
    if nxt is None:
        return []
    day = say.write_date(nxt, style=rng.choice(["slash", "words"]))
    if pick.family.name == "H":
        return [f"Thời gian sinh hoạt kỳ tới: {day}."]
    return [f"Chi bộ sẽ họp lần tới vào lúc {_clock(facts.start, pick)}, {day}."]


def _end(facts: Facts, rng: random.Random, pick: _Choices) -> list[str]:
    held = "Hội nghị" if pick.family.name == "H" else "Buổi sinh hoạt"
    copies = " Biên bản được lập thành 02 bản." if pick.family.name == "H" else ""
    if pick.has_time_range:
        return ["Biên bản đã được đọc lại cho chi bộ nghe, nhất trí thông qua và lập thành 02 bản."]
    if facts.end is None:
        return [f"{held} kết thúc cùng ngày.{copies}"] if rng.random() < 0.5 else []
    clock = _clock(facts.end, pick)
    if facts.end_next_day:
        after = say.write_date(facts.day + timedelta(days=1), style="slash")
        return [f"{held} kết thúc vào lúc {clock} {after}.{copies}"]
    tail = rng.choice(
        [
            " cùng ngày",
            " cùng ngày; biên bản đã được đọc lại cho chi bộ nghe và nhất trí thông qua",
        ]
    )
    verb = "hồi" if pick.family.name == "G" else "vào lúc"
    return [f"{held} kết thúc {verb} {clock}{tail}.{copies}"]

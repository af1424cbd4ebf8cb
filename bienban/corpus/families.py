"""Template families: each writes the minutes the way one secretary would.

A family fixes the letter head, the title wording, the opening sentence, the order of the
sections and the phrasing options it draws from; the facts come from `content.draw_facts`.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import timedelta

from bienban.corpus import phrases
from bienban.corpus.facts import Facts
from bienban.corpus.words import format_date, format_time, pick_time_style

_TYPE_WORDS = {
    "regular": ("THƯỜNG KỲ", "thường kỳ"),
    "thematic": ("CHUYÊN ĐỀ", "chuyên đề"),
    "combined": ("THƯỜNG KỲ KẾT HỢP CHUYÊN ĐỀ", "thường kỳ kết hợp sinh hoạt chuyên đề"),
    "extraordinary": ("BẤT THƯỜNG", "bất thường"),
}
_ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X")
_ORDINALS = (
    "thứ nhất",
    "thứ hai",
    "thứ ba",
    "thứ tư",
    "thứ năm",
    "thứ sáu",
    "thứ bảy",
    "thứ tám",
    "thứ chín",
    "thứ mười",
)


@dataclass(frozen=True)
class Family:
    name: str
    numbers: tuple[str, ...]
    opening: str
    dates: tuple[str, ...]
    times: tuple[str, ...]
    attendance: tuple[str, ...]
    chair: tuple[str, ...]
    headings: str
    speeches: tuple[str, ...]
    bullets: tuple[str, ...]
    votes: tuple[str, ...]
    signatures: tuple[tuple[str, str], ...]
    chair_first: bool = False


FAMILIES: dict[str, Family] = {
    f.name: f
    for f in (
        Family(
            "A",
            ("Số: {n}-BB/CB", "*"),
            "hom_nay",
            ("words", "words_padded"),
            ("gio_phut", "gio_pad"),
            ("lines", "inline", "words"),
            ("label",),
            "roman",
            ("colon",),
            ("1.", "-"),
            ("pct", "pct100"),
            (("THƯ KÝ", "CHỦ TRÌ"), ("THƯ KÝ", "T/M CHI BỘ|BÍ THƯ")),
        ),
        Family(
            "B",
            ("*",),
            "narrative",
            ("words", "words_padded"),
            ("gio_phut", "clock12", "gio_phut_period"),
            ("words", "inline"),
            ("dieu_khien",),
            "caps",
            ("narrative", "colon"),
            ("a)",),
            ("dong_y", "pct"),
            (("NGƯỜI GHI BIÊN BẢN", "NGƯỜI ĐIỀU KHIỂN"),),
        ),
        Family(
            "C",
            ("Số: {n}-BB/CB", "Số {n}/BB-CB", ""),
            "terse",
            ("slash", "slash_padded", "ngay_slash"),
            ("h",),
            ("terse", "table"),
            ("abbrev",),
            "numbered",
            ("dash",),
            ("x.y", "-"),
            ("dv_nhat_tri", "ket_qua"),
            (("THƯ KÝ", "BÍ THƯ CHI BỘ"), ("THƯ KÝ", "T/M CHI ỦY|BÍ THƯ")),
        ),
        Family(
            "D",
            ("*", ""),
            "vao_luc",
            ("dash", "slash_padded"),
            ("gio_phut", "h"),
            ("table", "table", "lines"),
            ("role_first",),
            "roman_program",
            ("dc_phat_bieu",),
            ("-", "+"),
            ("pct", "ket_qua", "pct100"),
            (("THƯ KÝ", "CHỦ TỌA"),),
            chair_first=True,
        ),
        Family(
            "E",
            ("", "*"),
            "fields",
            ("words", "slash", "dot", "ngay_slash"),
            ("gio_phut_period", "clock12", "h_period"),
            ("lines", "inline", "of_total"),
            ("label",),
            "letters",
            ("y_kien", "dash"),
            ("semicolon", "+"),
            ("pct100", "pct", "thong_qua"),
            (("THƯ KÝ HỘI NGHỊ", "CHỦ TRÌ HỘI NGHỊ"), ("NGƯỜI GHI BIÊN BẢN", "CHỦ TRÌ")),
        ),
        Family(
            "F",
            ("*", "Số: {n}-BB/CB"),
            "subject_first",
            ("slash", "ngay_slash", "words"),
            ("h", "gio_only", "gio_pad"),
            ("of_total", "inline", "terse"),
            ("sentence",),
            "noi_dung",
            ("colon", "dash"),
            ("1)", "1."),
            ("thong_qua", "pct"),
            (("NGƯỜI GHI BIÊN BẢN", "BÍ THƯ CHI BỘ"), ("THƯ KÝ", "CHỦ TRÌ")),
            chair_first=True,
        ),
    )
}


def write_minutes(facts: Facts, rng: random.Random, *, family: str) -> str:
    """The minutes of `facts` in `family`'s style, as layout-marked text."""
    style = FAMILIES[family]
    lines = _header(facts, rng, style) + [""] + _title(facts, rng) + [""]
    lines += _opening(facts, rng, style)
    people = phrases.chair_lines(facts, rng, style=rng.choice(style.chair))
    roll = phrases.attendance_lines(facts, rng, style=rng.choice(style.attendance))
    guests = phrases.guest_lines(facts, rng)
    lines += (people + roll + guests) if style.chair_first else (roll + guests + people)
    lines += _body(facts, rng, style)
    lines += _closing(facts, rng, style)
    return "\n".join(lines) + "\n"


def _header(facts: Facts, rng: random.Random, style: Family) -> list[str]:
    third = rng.choice(style.numbers).format(n=f"{rng.randint(1, 40):02d}")
    place = facts.unit.head_place
    dated = f"{place}, {format_date(facts.head_day, style=rng.choice(['words', 'words_padded']))}"
    return [
        f"{facts.unit.parent.upper()} || ĐẢNG CỘNG SẢN VIỆT NAM",
        f"{facts.unit.branch.upper()} ||",
        f"{third} || {dated}",
    ]


def _title(facts: Facts, rng: random.Random) -> list[str]:
    caps, _ = _TYPE_WORDS[facts.meeting_type]
    month, year = facts.day.month, facts.day.year
    quarter = _ROMAN[(month - 1) // 3]
    if facts.meeting_type == "thematic":
        options = [
            ["^BIÊN BẢN SINH HOẠT CHUYÊN ĐỀ", f"^(Quý {quarter} năm {year})"],
            ["^BIÊN BẢN", f"^SINH HOẠT CHI BỘ CHUYÊN ĐỀ QUÝ {quarter} NĂM {year}"],
        ]
    elif facts.meeting_type == "extraordinary":
        options = [
            ["^BIÊN BẢN", "^HỌP CHI BỘ BẤT THƯỜNG"],
            ["^BIÊN BẢN SINH HOẠT CHI BỘ (BẤT THƯỜNG)"],
        ]
    else:
        options = [
            ["^BIÊN BẢN", f"^SINH HOẠT CHI BỘ {caps} THÁNG {month} NĂM {year}"],
            [f"^BIÊN BẢN SINH HOẠT CHI BỘ {caps} THÁNG {month}/{year}"],
            [
                "^BIÊN BẢN HỌP CHI BỘ",
                f"^Kỳ sinh hoạt {_TYPE_WORDS[facts.meeting_type][1]} tháng {month} năm {year}",
            ],
        ]
        if facts.meeting_type == "regular":
            options.append(["^BIÊN BẢN", f"^SINH HOẠT CHI BỘ ĐỊNH KỲ THÁNG {month} NĂM {year}"])
    return rng.choice(options)


def _when(facts: Facts, rng: random.Random, style: Family) -> tuple[str, str]:
    day = format_date(facts.day, style=rng.choice(style.dates))
    day = day if day.startswith("ngày") else f"ngày {day}"
    clock = format_time(
        *facts.start, style=pick_time_style(rng, hour=facts.start[0], preferred=style.times)
    )
    return day, clock


def _opening(facts: Facts, rng: random.Random, style: Family) -> list[str]:
    day, clock = _when(facts, rng, style)
    _, kind = _TYPE_WORDS[facts.meeting_type]
    branch, where = facts.unit.branch, facts.location
    month = f"tháng {facts.day.month} năm {facts.day.year}"
    if style.opening == "narrative":
        return [f"Buổi sinh hoạt {kind} {month} của {branch} bắt đầu lúc {clock} {day}, ở {where}."]
    if style.opening == "terse":
        return [
            f"Hôm nay, {clock} {day}, tại {where}, CB {facts.unit.unit} tổ chức sinh hoạt {kind}."
        ]
    if style.opening == "vao_luc":
        return [f"Vào lúc {clock} {day}, tại {where}, {branch} họp {kind} {month}."]
    if style.opening == "fields":
        return [
            f"Thời gian: bắt đầu lúc {clock}, {day}.",
            f"Địa điểm: {where}.",
            f"Hình thức: sinh hoạt {kind}.",
        ]
    if style.opening == "subject_first":
        return [f"{branch} họp sinh hoạt {kind} vào lúc {clock} {day} tại {where}."]
    return [
        f"Hôm nay, vào lúc {clock}, {day}, tại {where}, {branch} tiến hành sinh hoạt {kind} {month}."
    ]


def _heading(style: Family, index: int, text: str) -> str:
    if style.headings == "roman" or style.headings == "roman_program":
        return f"{_ROMAN[index]}. {text.upper()}"
    if style.headings == "numbered":
        return f"{index + 1}. {text}:"
    if style.headings == "letters":
        return f"{'ABCDEFGHIJ'[index]}. {text.upper()}"
    if style.headings == "noi_dung":
        return f"Nội dung {_ORDINALS[index]}. {text}."
    return text.upper()


def _body(facts: Facts, rng: random.Random, style: Family) -> list[str]:
    parts: list[tuple[str, list[str]]] = []
    if facts.meeting_type == "extraordinary":
        parts.append(("Lý do và nội dung cuộc họp", _extraordinary_lines(facts, rng)))
    else:
        parts += _regular_parts(facts, rng)
    parts.append(("Thảo luận", phrases.speech_lines(facts, rng, style=rng.choice(style.speeches))))
    decided = [
        "Kết luận của chủ trì:"
        if facts.meeting_type == "extraordinary"
        else _tasks_intro(facts, rng)
    ]
    decided += phrases.resolution_lines(
        facts, rng, bullet=rng.choice(style.bullets), section=len(parts) + 1
    )
    if facts.conclusion_decision:
        decided.append(f"Kết luận: {facts.conclusion_decision}.")
    parts.append(("Nghị quyết", decided))
    lines: list[str] = []
    if style.headings == "roman_program":
        lines.append(
            "Chủ tọa thông qua chương trình: "
            + "; ".join(f"({i + 1}) {t.lower()}" for i, (t, _) in enumerate(parts))
            + "."
        )
    for index, (title, body) in enumerate(parts):
        lines.append(_heading(style, index, title))
        lines += body
    return lines


def _tasks_intro(facts: Facts, rng: random.Random) -> str:
    nxt = (facts.day.replace(day=1) + timedelta(days=32)).replace(day=1)
    if facts.meeting_type == "thematic":
        return rng.choice(
            [
                "Chi bộ thống nhất thực hiện một số giải pháp sau:",
                "Để thực hiện chuyên đề, chi bộ đề ra các giải pháp:",
            ]
        )
    return rng.choice(
        [
            f"Nhiệm vụ tháng {nxt.month}/{nxt.year}, chi bộ quyết nghị:",
            "Chi bộ thống nhất phương hướng, nhiệm vụ tháng tới như sau:",
            f"Phương hướng nhiệm vụ tháng {nxt.month} năm {nxt.year}:",
        ]
    )


def _regular_parts(facts: Facts, rng: random.Random) -> list[tuple[str, list[str]]]:
    s = facts.sections
    parts: list[tuple[str, list[str]]] = []
    if "current_affairs" in s:
        parts.append(
            (
                "Thông tin thời sự",
                [f"Đồng chí {facts.chair} thông tin: " + "; ".join(s["current_affairs"]) + "."],
            )
        )
    if "directive" in s:
        parts.append(
            (
                "Quán triệt văn bản cấp trên",
                [f"Chi bộ quán triệt {s['directive']}; yêu cầu đảng viên nghiêm túc thực hiện."],
            )
        )
    if "review" in s:
        prev = facts.day.replace(day=1) - timedelta(days=1)
        body = [
            f"Đánh giá kết quả thực hiện nghị quyết tháng {prev.month}/{prev.year}: "
            + "; ".join(s["review"])
            + "."
        ]
        if s.get("shortcomings"):
            body.append("Hạn chế: " + "; ".join(s["shortcomings"]) + ".")
        if "distractor" in s:
            body.append(s["distractor"])
        parts.append(("Kết quả thực hiện nghị quyết tháng trước", body))
    if "ideology" in s:
        parts.append(("Tình hình tư tưởng", list(s["ideology"])))
    if "criticism" in s:
        parts.append(
            (
                "Tự phê bình và phê bình",
                ["Chi ủy nhận xét đảng viên trong tháng. " + " ".join(s["criticism"])],
            )
        )
    if "hcm" in s:
        parts.append(
            (
                "Học tập và làm theo Bác",
                [
                    "Chi bộ đọc và thảo luận một mẩu chuyện về tấm gương đạo đức Hồ Chí Minh; mỗi đảng viên liên hệ bản thân."
                ],
            )
        )
    if "mass_mobilization" in s:
        parts.append(
            (
                "Công tác dân vận",
                [
                    f"Phối hợp với Mặt trận và các đoàn thể tổ chức {s['mass_mobilization']} buổi vận động nhân dân; các hội đoàn thể hoạt động ổn định."
                ],
            )
        )
    if "inspection" in s:
        parts.append(
            (
                "Công tác kiểm tra, giám sát",
                [
                    f"Chi ủy báo cáo kết quả kiểm tra đảng viên {s['inspection']} chấp hành nghĩa vụ đảng viên nơi cư trú: đạt yêu cầu."
                ],
            )
        )
    if "presenter" in s:
        parts.append(("Sinh hoạt chuyên đề", _theme_lines(facts, rng)))
    if s.get("fees"):
        parts.append(
            (
                "Thu đảng phí",
                [
                    f"Thu đảng phí tháng {facts.day.month}/{facts.day.year}: {facts.present}/{facts.present} đồng chí có mặt đã nộp."
                ],
            )
        )
    return parts


def _theme_lines(facts: Facts, rng: random.Random) -> list[str]:
    quote = rng.choice(["“{}”", "{}", '"{}"']).format(facts.thematic_title)
    presenter = facts.sections["presenter"]
    body = [
        f"Đồng chí {facts.chair} nêu mục đích, yêu cầu và giới thiệu chuyên đề: {quote}.",
        f"Đồng chí {presenter} trình bày nội dung chuyên đề, phân tích thực trạng ở đơn vị, nguyên nhân của hạn chế và đề xuất giải pháp trong thời gian tới.",
    ]
    if facts.length != "short":
        body.append(
            "Chuyên đề nêu rõ trách nhiệm nêu gương của cán bộ, đảng viên, trước hết là người đứng đầu; gắn nội dung chuyên đề với việc thực hiện nhiệm vụ chính trị của chi bộ."
        )
    return body


def _extraordinary_lines(facts: Facts, rng: random.Random) -> list[str]:
    s = facts.sections
    if facts.purpose == "member_development":
        return [
            f"Chi bộ họp xét đề nghị kết nạp quần chúng {s['candidate']} vào Đảng Cộng sản Việt Nam.",
            f"Quần chúng {s['candidate']} đọc lý lịch tóm tắt; đại diện đảng viên giới thiệu nhận xét quá trình phấn đấu.",
        ]
    if facts.purpose == "inspection":
        return [
            f"Chi bộ họp để xem xét, kiểm điểm đảng viên {s['offender']} vi phạm quy định về những điều đảng viên không được làm.",
            f"Đồng chí {s['offender']} đọc bản tự kiểm điểm, nhận khuyết điểm.",
        ]
    return [
        f"Chi bộ họp khẩn để triển khai công điện của cấp trên về {s['urgent']}.",
        f"Đồng chí {facts.chair} quán triệt nội dung chỉ đạo và phân công lực lượng trực.",
    ]


def _closing(facts: Facts, rng: random.Random, style: Family) -> list[str]:
    lines = phrases.vote_line(facts, rng, style=rng.choice(style.votes))
    if "next_meeting" in facts.sections:
        nxt = format_date(facts.sections["next_meeting"], style=rng.choice(style.dates))
        lines.append(
            f"Kỳ sinh hoạt tới dự kiến tổ chức vào {nxt if nxt.startswith('ngày') else 'ngày ' + nxt}."
        )
    lines += _end_line(facts, rng, style)
    left, right = rng.choice(style.signatures)
    lines += ["", f"{left} || {right.split('|')[0]}"]
    if "|" in right:
        lines.append(f"|| {right.split('|')[1]}")
    lines += ["||"] * rng.randint(1, 3) + [f"{facts.secretary} || {facts.chair}"]
    return lines


def _end_line(facts: Facts, rng: random.Random, style: Family) -> list[str]:
    if facts.end is None:
        return [] if rng.random() < 0.6 else ["Cuộc họp kết thúc cùng ngày."]
    clock = format_time(
        *facts.end, style=pick_time_style(rng, hour=facts.end[0], preferred=style.times)
    )
    if facts.end_next_day:
        nxt = format_date(facts.day + timedelta(days=1), style="words")
        return [f"Cuộc họp kết thúc vào lúc {clock} rạng sáng {nxt}."]
    tail = rng.choice([" cùng ngày", "", " cùng ngày, biên bản đã được thông qua trước chi bộ"])
    return [
        f"{rng.choice(['Cuộc họp kết thúc vào lúc', 'Buổi sinh hoạt kết thúc lúc', 'Chi bộ họp xong lúc'])} {clock}{tail}."
    ]

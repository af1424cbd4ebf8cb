"""The body of the held-out families O and P: agenda parts, discussion, resolutions, the vote and
P's resolution attached on its own page.

HELD-OUT: people who write or tune extraction rules must not read this module (see
`heldout5.py`).
"""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import timedelta
from typing import TYPE_CHECKING

from bienban.corpus import heldout5_phrases as say
from bienban.corpus.facts import Facts
from bienban.corpus.heldout2_phrases import gist, guest_name, percent
from bienban.corpus.heldout3_parts import next_month, previous_month

if TYPE_CHECKING:
    from bienban.corpus.heldout5 import Pick

_STORIES = (
    "Bác Hồ với đức tính khiêm tốn, giản dị",
    "Bác Hồ và những bài học về tiết kiệm",
    "Bác Hồ với tình thương yêu con người",
    "Bác Hồ với việc rèn luyện sức khỏe",
)
# P reports on last month first, then news and directives, and takes the party fees last.
_P_ORDER = (3, 4, 5, 1, 2, 6, 7, 8, 9, 0)
capital = say.capital

Part = Callable[[Facts, random.Random, "Pick"], list[str]]


def sections(facts: Facts, rng: random.Random, pick: Pick) -> list[tuple[str, list[str]]]:
    """The agenda parts the facts hold, each (P's heading, lines), in the family's order; O's
    first line names its part."""
    if facts.meeting_type == "extraordinary":
        return [(f"Về việc {pick.purpose}", _extraordinary(facts, rng, pick))]
    makers: list[tuple[str, str, Part]] = [
        ("fees", "Về thu, nộp đảng phí", _fees),
        ("current_affairs", "Về thông tin thời sự", _news),
        ("directive", "Về việc quán triệt văn bản của cấp trên", _directive),
        ("review", "Về kết quả thực hiện nghị quyết tháng trước", _review),
        ("ideology", "Về tình hình tư tưởng", _ideology),
        ("criticism", "Về tự phê bình và phê bình", _criticism),
        ("hcm", "Về học tập và làm theo Bác", _hcm),
        ("mass_mobilization", "Về công tác dân vận", _mass),
        ("inspection", "Về công tác kiểm tra, giám sát", _inspection),
        ("presenter", "Về sinh hoạt chuyên đề", _theme),
    ]
    if not pick.is_o:
        makers = [makers[i] for i in _P_ORDER]
    return [
        (title, make(facts, rng, pick)) for key, title, make in makers if facts.sections.get(key)
    ]


def _fees(facts: Facts, rng: random.Random, pick: Pick) -> list[str]:
    money = f"{rng.randrange(150, 2500) * 1000:,}".replace(",", ".")
    month, year = facts.day.month, facts.day.year
    if pick.is_o:
        return [f"Thu đảng phí tháng {month}/{year}: {money}đ, nộp cấp trên đúng hạn."]
    return [
        f"Tổng số đảng phí thu được tháng {month} năm {year}: {money} đồng; "
        "chi bộ đã nộp về cấp ủy cấp trên theo quy định."
    ]


def _news(facts: Facts, rng: random.Random, pick: Pick) -> list[str]:
    news = "; ".join(facts.sections["current_affairs"])
    if pick.is_o:
        return [f"Thông tin thời sự ({pick.ref(facts.chair)}): {news}."]
    return [f"Chi ủy thông báo một số tin tức thời sự nổi bật trong tháng: {news}."]


def _directive(facts: Facts, rng: random.Random, pick: Pick) -> list[str]:
    text = facts.sections["directive"]
    if pick.is_o:
        return [f"Quán triệt {text}; ĐV nghiên cứu, thực hiện."]
    return [
        f"Chi bộ nghiên cứu, quán triệt {text}; yêu cầu mỗi đảng viên cụ thể hóa trong công việc."
    ]


def _review(facts: Facts, rng: random.Random, pick: Pick) -> list[str]:
    s, prev = facts.sections, previous_month(facts.day)
    items = [capital(item) for item in s["review"]]
    ends = [";"] * (len(items) - 1) + ["."]
    if pick.is_o:
        lines = [
            f"Kiểm điểm thực hiện NQ tháng {prev.month}/{prev.year} ({pick.ref(facts.chair)}):"
        ]
        lines += [f"+ {item}{end}" for item, end in zip(items, ends, strict=True)]
        if s.get("shortcomings"):
            lines.append("Chưa làm được: " + "; ".join(s["shortcomings"]) + ".")
    else:
        lines = [
            f"{capital(pick.who(facts.chair))} thay mặt chi ủy báo cáo kết quả thực hiện "
            f"Nghị quyết tháng {prev.month}/{prev.year}. Kết quả đạt được:"
        ]
        lines += [f"- {item}{end}" for item, end in zip(items, ends, strict=True)]
        if s.get("shortcomings"):
            lines.append("Tồn tại, hạn chế: " + "; ".join(s["shortcomings"]) + ".")
    if "distractor" in s:
        due = facts.day + timedelta(days=rng.randint(20, 90))
        lines.append(s["distractor"].replace("ngày .", f"ngày {due.day}/{due.month}/{due.year}."))
    return lines


def _ideology(facts: Facts, rng: random.Random, pick: Pick) -> list[str]:
    said = " ".join(facts.sections["ideology"])
    return [f"Tư tưởng ĐV, quần chúng: {said}" if pick.is_o else said]


def _criticism(facts: Facts, rng: random.Random, pick: Pick) -> list[str]:
    said = " ".join(facts.sections["criticism"])
    if pick.is_o:
        return [f"Phê bình, tự phê bình: {said}"]
    return [f"Từng đảng viên tự liên hệ, kiểm điểm việc thực hiện nhiệm vụ trong tháng. {said}"]


def _hcm(facts: Facts, rng: random.Random, pick: Pick) -> list[str]:
    reader, story = rng.choice(facts.members), rng.choice(_STORIES)
    topic = "học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh"
    if pick.is_o:
        return [f"{capital(topic)}: {pick.ref(reader)} kể chuyện “{story}”."]
    return [
        f"{capital(pick.who(reader))} kể câu chuyện “{story}”; "
        f"các đồng chí liên hệ việc {topic} của bản thân."
    ]


def _mass(facts: Facts, rng: random.Random, pick: Pick) -> list[str]:
    n = facts.sections["mass_mobilization"]
    if pick.is_o:
        return [f"Công tác dân vận: {n} đợt cùng Mặt trận, đoàn thể vận động nhân dân."]
    return [
        f"Trong tháng, chi bộ lãnh đạo Ban công tác Mặt trận và các đoàn thể tổ chức {n} cuộc "
        "vận động nhân dân thực hiện chủ trương của địa phương."
    ]


def _inspection(facts: Facts, rng: random.Random, pick: Pick) -> list[str]:
    name = facts.sections["inspection"]
    if pick.is_o:
        return [f"Kiểm tra, giám sát: chi ủy giám sát {pick.ref(name)}; chưa phát hiện vi phạm."]
    return [
        f"Chi ủy kiểm tra {pick.who(name)} về việc chấp hành Điều lệ Đảng; "
        "kết quả: đồng chí chấp hành tốt, không có vi phạm."
    ]


def _theme(facts: Facts, rng: random.Random, pick: Pick) -> list[str]:
    presenter, title = facts.sections["presenter"], facts.thematic_title
    if pick.is_o:
        return [f"Sinh hoạt chuyên đề: “{title}” – {pick.ref(presenter)} trình bày; ĐV liên hệ."]
    return [
        f"{capital(pick.who(facts.chair))} nêu mục đích, yêu cầu của buổi sinh hoạt chuyên đề; "
        f"{pick.who(presenter)} trình bày nội dung chuyên đề “{title}”.",
        "Chuyên đề chỉ rõ những việc chi bộ đã làm được, những hạn chế và đề ra giải pháp "
        "trong thời gian tới.",
    ]


def _extraordinary(facts: Facts, rng: random.Random, pick: Pick) -> list[str]:
    s = facts.sections
    if facts.purpose == "member_development":
        if pick.is_o:
            return [
                f"Lý do họp: {pick.purpose}. Quần chúng {s['candidate']} đọc đơn xin vào Đảng; "
                "ĐV giới thiệu báo cáo quá trình phấn đấu của quần chúng."
            ]
        return [
            f"Chi bộ xem xét hồ sơ của quần chúng {s['candidate']}: đơn xin vào Đảng, lý lịch, "
            "nghị quyết giới thiệu của đoàn thể và nhận xét của đảng viên được phân công giúp đỡ."
        ]
    if facts.purpose == "inspection":
        if pick.is_o:
            return [
                f"Lý do họp: {pick.purpose}. {capital(pick.ref(s['offender']))} đọc bản tự kiểm "
                "điểm, nhận khuyết điểm vi phạm những điều ĐV không được làm."
            ]
        return [
            f"{capital(pick.who(s['offender']))} trình bày bản tự kiểm điểm về vi phạm những điều "
            "đảng viên không được làm; các đồng chí đảng viên góp ý, phân tích mức độ vi phạm."
        ]
    if pick.is_o:
        return [f"Lý do họp: {pick.purpose} của cấp trên về {s['urgent']}; phân công ĐV trực."]
    return [
        f"{capital(pick.who(facts.chair))} quán triệt công điện khẩn của cấp trên về "
        f"{s['urgent']} và đề xuất phương án phân công đảng viên."
    ]


def speech_lines(facts: Facts, rng: random.Random, pick: Pick) -> list[str]:
    """O: "Thảo luận:" then "+ Đ/c Hùng: …"; P: a paragraph per speaker, "Đồng chí X đề nghị …"."""
    stated = facts.stated_speakers
    head = "Thảo luận" if pick.is_o else ""
    if stated == 0:
        said = "không có ý kiến khác, chi bộ nhất trí với báo cáo"
        return [f"{head}: {said}." if head else f"{capital(said)}."]
    if stated is not None and (facts.sections.get("summarise") or not facts.speeches):
        gists = "; ".join(dict.fromkeys(gist(s.text) for s in facts.speeches[:3]))
        said = f"có {pick.n(stated)} ý kiến, chủ yếu về: {gists or 'nhất trí với báo cáo'}"
        return [f"{head}: {said}." if head else f"{capital(said)}."]
    if pick.is_o:
        count = f", có {pick.n(stated)} ý kiến" if stated is not None else ""
        lines = [f"Thảo luận{count}:"]
        return lines + [
            f"+ {capital(_speaker(facts, s.speaker, pick))}: {capital(s.text)}"
            for s in facts.speeches
        ]
    lines = [f"Có {pick.n(stated)} ý kiến phát biểu, trong đó:"] if stated is not None else []
    return lines + [f"{capital(_speaker(facts, s.speaker, pick))} {s.text}" for s in facts.speeches]


def _speaker(facts: Facts, name: str, pick: Pick) -> str:
    guests = dict(facts.guests)
    if name not in guests:
        return pick.ref(name) if pick.is_o else pick.who(name)
    if pick.is_o:
        return f"{guest_name(name, pick.titles)} (khách mời)"
    return f"{guest_name(name, pick.titles)}, {guests[name]},"


def resolution_head(facts: Facts, pick: Pick) -> str:
    """O: the chair's conclusion that opens the list of what the cell adopted."""
    chair = capital(pick.ref(facts.chair))
    if facts.meeting_type == "thematic":
        return f"{chair} kết luận chuyên đề; chi bộ thống nhất thực hiện:"
    if facts.meeting_type == "extraordinary":
        return f"{chair} kết luận; chi bộ thống nhất các nhiệm vụ trước mắt:"
    nxt = next_month(facts.day)
    return f"{chair} kết luận; chi bộ thống nhất NQ tháng {nxt.month}/{nxt.year} gồm:"


def resolution_items(facts: Facts, *, mark: str) -> list[str]:
    """The adopted items, "(1) …;" or "1. …;" or "- …;", the last with a stop, then the decision."""
    items = facts.resolutions
    ends = [";"] * (len(items) - 1) + ["."]
    lines = [
        f"{mark.format(i + 1)} {item}{end}"
        for i, (item, end) in enumerate(zip(items, ends, strict=True))
    ]
    if facts.conclusion_decision:
        lines.append(f"{facts.conclusion_decision}.")
    return lines


def vote_lines(facts: Facts, rng: random.Random, pick: Pick) -> list[str]:
    """How the resolution was voted on, in the family's words."""
    if facts.vote is None:
        return []
    agree, total = facts.vote
    share = percent(agree, total)
    if facts.purpose == "member_development":
        who = "ĐV" if pick.is_o else "đảng viên"
        return [
            f"Biểu quyết đề nghị kết nạp: {agree}/{total} {who} chính thức tán thành (đạt {share}%)."
        ]
    if facts.purpose == "inspection":
        return [f"Bỏ phiếu kín về hình thức kỷ luật: {agree}/{total} phiếu tán thành."]
    style = rng.choice(pick.family.votes)
    if style == "tally":
        return [f"Biểu quyết NQ: {agree}/{total} đ/c tán thành."]
    if style == "hands":
        return [
            f"Giơ tay biểu quyết: {agree} tán thành, {total - agree} không tán thành, "
            f"trên {total} đ/c dự họp."
        ]
    if style == "pct":
        return [f"Biểu quyết thông qua NQ: nhất trí {agree}/{total} đ/c, đạt {share}%."]
    if style == "ket_qua":
        return [
            f"Kết quả biểu quyết thông qua nghị quyết: {agree}/{total} đồng chí có mặt tán thành, "
            f"đạt {share}%."
        ]
    return [
        f"Chi bộ biểu quyết thông qua nghị quyết: tán thành {agree} đồng chí, không tán thành "
        f"{total - agree} đồng chí, trên tổng số {total} đồng chí biểu quyết."
    ]


def resolution_page(facts: Facts, rng: random.Random, pick: Pick) -> list[str]:
    """P: the cell's resolution as its own document, after the minutes, on a page of its own."""
    number = f"{rng.randint(1, 24):02d}"
    head_day = say.write_date(facts.head_day, style="words")
    lines = [
        f"{facts.unit.parent.upper()} || ĐẢNG CỘNG SẢN VIỆT NAM",
        f"{facts.unit.branch.upper()} || *",
        f"Số {number}-NQ/CB || {facts.unit.head_place}, ngày {head_day}",
        "",
        "^NGHỊ QUYẾT",
        f"^{_resolution_subject(facts)}",
        "",
        _resolution_preamble(facts, pick),
        _resolution_grounds(facts),
        "^QUYẾT NGHỊ:",
        *resolution_items(facts, mark="{}."),
    ]
    lines += _resolution_vote(facts)
    return lines + _receivers(facts, rng, pick)


def _resolution_subject(facts: Facts) -> str:
    nxt, kind = next_month(facts.day), facts.meeting_type
    quarter = ("I", "II", "III", "IV")[(facts.day.month - 1) // 3]
    if kind == "extraordinary":
        return f"Về việc {_NQ_PURPOSES[facts.purpose or 'directives']}"
    if kind == "thematic":
        return f"Về thực hiện chuyên đề quý {quarter} năm {facts.day.year}"
    return f"Về phương hướng, nhiệm vụ tháng {nxt.month} năm {nxt.year}"


_NQ_PURPOSES = {
    "member_development": "đề nghị kết nạp đảng viên",
    "inspection": "đề nghị thi hành kỷ luật đảng viên",
    "directives": "triển khai nhiệm vụ cấp bách",
}


def _resolution_preamble(facts: Facts, pick: Pick) -> str:
    day = say.write_date(facts.day, style="slash")
    chair = f"đồng chí {facts.chair} – {say.formal_role(facts.chair_role)}"
    return (
        f"Ngày {day}, {facts.unit.branch} họp tại {facts.location}, có {pick.n(facts.present)} "
        f"đảng viên dự họp, dưới sự chủ trì của {chair}."
    )


def _resolution_grounds(facts: Facts) -> str:
    if facts.meeting_type == "thematic":
        return "Sau khi nghe trình bày chuyên đề và ý kiến thảo luận của đảng viên,"
    if facts.meeting_type == "extraordinary":
        return "Sau khi xem xét và thảo luận dân chủ,"
    return "Sau khi nghe báo cáo của chi ủy và ý kiến thảo luận của đảng viên,"


def _resolution_vote(facts: Facts) -> list[str]:
    if facts.vote is None:
        return ["Nghị quyết được hội nghị chi bộ thông qua."]
    agree, total = facts.vote
    if facts.purpose == "member_development":
        return [f"Nghị quyết được {agree}/{total} đảng viên chính thức biểu quyết tán thành."]
    if facts.purpose == "inspection":
        return [f"Nghị quyết được thông qua với {agree}/{total} phiếu tán thành."]
    return [f"Nghị quyết được {agree}/{total} đồng chí dự họp biểu quyết tán thành."]


def _receivers(facts: Facts, rng: random.Random, pick: Pick) -> list[str]:
    """ "Nơi nhận" on the left, the signature of the chair on the right."""
    role = "BÍ THƯ" if facts.chair_role == "Bí thư chi bộ" else "PHÓ BÍ THƯ"
    lines = [
        "",
        "Nơi nhận: || T/M CHI BỘ",
        f"- {facts.unit.parent} (b/c); || {role}",
        "- Đảng viên trong chi bộ; ||",
        "- Lưu. ||",
    ]
    return lines + ["||"] * rng.randint(0, 1) + [f"|| {facts.chair}"]

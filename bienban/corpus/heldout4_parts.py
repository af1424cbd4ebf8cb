"""The body of the held-out families M and N: agenda parts, discussion, resolutions and the vote.

HELD-OUT: people who write or tune extraction rules must not read this module (see
`heldout4.py`).
"""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import timedelta
from typing import TYPE_CHECKING

from bienban.corpus import heldout4_phrases as say
from bienban.corpus.facts import Facts
from bienban.corpus.heldout2_phrases import gist, guest_name, percent
from bienban.corpus.heldout3_parts import next_month, previous_month
from bienban.corpus.markup import PAGE_BREAK

if TYPE_CHECKING:
    from bienban.corpus.heldout4 import Pick

_STORIES = (
    "Bác Hồ với việc giữ gìn đoàn kết nội bộ",
    "Bác dạy cán bộ phải gần dân",
    "Đôi dép cao su của Bác",
    "Bác Hồ và tinh thần tự học",
)
capital = say.capital

Part = Callable[[Facts, random.Random, "Pick"], list[str]]


def sections(facts: Facts, rng: random.Random, pick: Pick) -> list[tuple[str, list[str]]]:
    """The agenda parts the facts hold, each (heading, lines)."""
    if facts.meeting_type == "extraordinary":
        return [("Nội dung cuộc họp", _extraordinary(facts, rng, pick))]
    makers: list[tuple[str, str, str, Part]] = [
        ("current_affairs", "Thông tin thời sự, chính sách", "THÔNG TIN THỜI SỰ", _news),
        ("directive", "Triển khai văn bản cấp trên", "QUÁN TRIỆT VĂN BẢN CẤP TRÊN", _directive),
        ("review", "Đánh giá kết quả tháng qua", "KẾT QUẢ THỰC HIỆN NHIỆM VỤ", _review),
        ("ideology", "Tình hình tư tưởng", "TÌNH HÌNH TƯ TƯỞNG", _ideology),
        ("criticism", "Tự phê bình và phê bình", "NHẬN XÉT ĐẢNG VIÊN", _criticism),
        ("hcm", "Học tập và làm theo Bác", "HỌC TẬP VÀ LÀM THEO BÁC", _hcm),
        ("mass_mobilization", "Công tác dân vận", "CÔNG TÁC DÂN VẬN", _mass),
        ("inspection", "Công tác kiểm tra, giám sát", "CÔNG TÁC KIỂM TRA", _inspection),
        ("fees", "Thu, nộp đảng phí", "ĐẢNG PHÍ", _fees),
        ("presenter", "Sinh hoạt chuyên đề", "SINH HOẠT CHUYÊN ĐỀ", _theme),
    ]
    if pick.is_m and facts.sections.get("fees"):
        makers.insert(0, makers.pop(-2))
    return [
        (m_title if pick.is_m else n_title, make(facts, rng, pick))
        for key, m_title, n_title, make in makers
        if facts.sections.get(key)
    ]


def _news(facts: Facts, rng: random.Random, pick: Pick) -> list[str]:
    news = "; ".join(facts.sections["current_affairs"])
    if pick.is_m:
        return [f"Đồng chí chủ trì thông tin thời sự trong nước, của địa phương: {news}."]
    return [f"Phổ biến tình hình thời sự, nhiệm vụ của đơn vị: {news}."]


def _directive(facts: Facts, rng: random.Random, pick: Pick) -> list[str]:
    text = facts.sections["directive"]
    if pick.is_m:
        return [f"Triển khai {text} đến toàn thể đảng viên trong chi bộ."]
    return [f"Quán triệt {text}; đảng viên nghiêm túc nghiên cứu, thực hiện."]


def _review(facts: Facts, rng: random.Random, pick: Pick) -> list[str]:
    s, prev = facts.sections, previous_month(facts.day)
    if pick.is_m:
        lines = [f"Đánh giá kết quả thực hiện nghị quyết tháng {prev.month}/{prev.year}:"]
        lines += [f"- {capital(item)}." for item in s["review"]]
        if s.get("shortcomings"):
            lines.append("Tồn tại, hạn chế: " + "; ".join(s["shortcomings"]) + ".")
    else:
        done = "; ".join(s["review"])
        lines = [f"Kết quả thực hiện nghị quyết tháng {prev.month}: {done}."]
        if s.get("shortcomings"):
            lines.append("Khuyết điểm: " + "; ".join(s["shortcomings"]) + ".")
    if "distractor" in s:
        due = facts.day + timedelta(days=rng.randint(20, 90))
        lines.append(s["distractor"].replace("ngày .", f"ngày {due.day}/{due.month}/{due.year}."))
    return lines


def _ideology(facts: Facts, rng: random.Random, pick: Pick) -> list[str]:
    said = " ".join(facts.sections["ideology"])
    lead = "Tình hình tư tưởng đảng viên, quần chúng" if pick.is_m else "Tình hình tư tưởng"
    return [f"{lead}: {said}"]


def _criticism(facts: Facts, rng: random.Random, pick: Pick) -> list[str]:
    said = " ".join(facts.sections["criticism"])
    if pick.is_m:
        return [f"Chi bộ tiến hành tự phê bình và phê bình: {said}"]
    return [f"Chi ủy nhận xét đảng viên trong tháng: {said}"]


def _hcm(facts: Facts, rng: random.Random, pick: Pick) -> list[str]:
    reader, story = pick.who(rng.choice(facts.members)), rng.choice(_STORIES)
    topic = "học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh"
    if pick.is_m:
        return [f"{capital(topic)}: {reader} đọc câu chuyện “{story}”."]
    return [f"{capital(reader)} kể chuyện {story}, liên hệ việc {topic}."]


def _mass(facts: Facts, rng: random.Random, pick: Pick) -> list[str]:
    n = facts.sections["mass_mobilization"]
    if pick.is_m:
        return [
            f"Chi bộ phối hợp Ban công tác Mặt trận và các đoàn thể tổ chức {n} đợt vận động nhân dân."
        ]
    return [f"Công tác dân vận: {pick.n(n)} lần cùng đoàn thể xuống địa bàn giúp dân."]


def _inspection(facts: Facts, rng: random.Random, pick: Pick) -> list[str]:
    name = pick.who(facts.sections["inspection"])
    if pick.is_m:
        return [f"Chi ủy giám sát {name} về thực hiện nhiệm vụ đảng viên; không phát hiện vi phạm."]
    return [f"Chi ủy kiểm tra {name} chấp hành Điều lệ Đảng; chưa phát hiện vi phạm."]


def _theme(facts: Facts, rng: random.Random, pick: Pick) -> list[str]:
    presenter, title = pick.who(facts.sections["presenter"]), facts.thematic_title
    if pick.is_m:
        return [f"Chuyên đề: “{title}”, {presenter} trình bày; chi bộ liên hệ thực tế địa bàn."]
    return [
        f"Chi bộ sinh hoạt chuyên đề với chủ đề {title}, do {presenter} trình bày.",
        "Đảng viên liên hệ trách nhiệm bản thân với nhiệm vụ được giao.",
    ]


def _fees(facts: Facts, rng: random.Random, pick: Pick) -> list[str]:
    money = f"{rng.randrange(150, 2500) * 1000:,}".replace(",", ".")
    month, year = facts.day.month, facts.day.year
    if pick.is_m:
        return [f"Thu đảng phí tháng {month}/{year}: {money} đồng, nộp Đảng ủy đúng quy định."]
    return [f"Đảng phí tháng {month}/{year} thu đủ, số tiền {money} đồng."]


def _extraordinary(facts: Facts, rng: random.Random, pick: Pick) -> list[str]:
    s = facts.sections
    if facts.purpose == "member_development":
        return [
            f"Chi bộ xét hồ sơ đề nghị kết nạp quần chúng {s['candidate']} vào Đảng: đơn, lý lịch, "
            "nhận xét của đảng viên giới thiệu và của các đoàn thể."
        ]
    if facts.purpose == "inspection":
        offender = pick.who(s["offender"])
        return [
            f"Chi bộ kiểm điểm {offender} vi phạm những điều đảng viên không được làm; "
            f"{offender} đọc bản tự kiểm điểm."
        ]
    return [
        f"Triển khai công điện khẩn của cấp trên về {s['urgent']}; phân công đảng viên theo dõi từng khu vực."
    ]


def speech_lines(facts: Facts, rng: random.Random, pick: Pick) -> list[str]:
    """M: "Ý kiến thảo luận:" and numbered names; N: a count then "+ Đồng chí X: …"."""
    head = "Ý kiến thảo luận:" if pick.is_m else "Thảo luận:"
    if facts.stated_speakers == 0:
        return [head, "Không có ý kiến; chi bộ nhất trí với dự thảo nghị quyết."]
    stated = facts.stated_speakers
    if stated is not None and (facts.sections.get("summarise") or not facts.speeches):
        gists = "; ".join(dict.fromkeys(gist(s.text) for s in facts.speeches[:3]))
        return [
            head,
            f"Có {pick.n(stated)} ý kiến, tập trung vào: {gists or 'nhất trí với báo cáo'}.",
        ]
    lines = [head]
    if stated is not None:
        lines.append(f"Có {pick.n(stated)} ý kiến tham gia, trong đó:")
    elif not pick.is_m:
        lines.append(f"Có {pick.n(len(facts.speeches))} đồng chí tham gia ý kiến:")
    for index, speech in enumerate(facts.speeches):
        name = capital(_speaker(facts, speech.speaker, pick))
        mark = f"{index + 1}." if pick.is_m else "+"
        lines.append(f"{mark} {name}: {capital(speech.text)}")
    return lines


def _speaker(facts: Facts, name: str, pick: Pick) -> str:
    if name in dict(facts.guests):
        return guest_name(name, pick.titles)
    return pick.who(name)


def resolution_lines(facts: Facts, rng: random.Random, pick: Pick) -> list[str]:
    """M: "NGHỊ QUYẾT" / "Chi bộ quyết nghị:" and "1.", "2."; N: "- " items that may run on to
    the next page."""
    items = facts.resolutions
    ends = [";"] * (len(items) - 1) + ["."]
    if pick.is_m:
        lines = ["NGHỊ QUYẾT", "Chi bộ quyết nghị:"]
        lines += [
            f"{i + 1}. {item}{end}" for i, (item, end) in enumerate(zip(items, ends, strict=True))
        ]
    else:
        lines = [_n_intro(facts, rng)]
        body = [f"- {item}{end}" for item, end in zip(items, ends, strict=True)]
        if len(body) >= 3 and facts.length != "short" and rng.random() < 0.6:
            body.insert(rng.randint(1, len(body) - 1), PAGE_BREAK)
        lines += body
    if facts.conclusion_decision:
        lines.append(f"{facts.conclusion_decision}.")
    return lines


def _n_intro(facts: Facts, rng: random.Random) -> str:
    if facts.meeting_type == "thematic":
        return "Chi bộ thống nhất các nội dung sau:"
    if facts.meeting_type == "extraordinary":
        return "Chi bộ thống nhất nghị quyết về các nhiệm vụ trước mắt:"
    nxt = next_month(facts.day)
    return rng.choice(
        [
            f"Chi bộ thống nhất ra nghị quyết lãnh đạo thực hiện nhiệm vụ tháng {nxt.month}/{nxt.year}:",
            "Chi bộ thống nhất nghị quyết với các nội dung:",
        ]
    )


def vote_lines(facts: Facts, rng: random.Random, pick: Pick) -> list[str]:
    """M: "Biểu quyết: 29/29 đồng chí tán thành"; N: "… giơ tay: 18/18 đồng chí tán thành, tỷ lệ 100%"."""
    if facts.vote is None:
        return []
    agree, total = facts.vote
    share = percent(agree, total)
    if facts.purpose == "member_development":
        return [
            f"Biểu quyết đề nghị kết nạp: {agree}/{total} đảng viên chính thức tán thành, tỷ lệ {share}%."
        ]
    if facts.purpose == "inspection":
        return [
            f"Bỏ phiếu kín về hình thức kỷ luật: {agree}/{total} phiếu tán thành, tỷ lệ {share}%."
        ]
    style = rng.choice(pick.family.votes)
    if style == "ratio":
        return [f"Biểu quyết thông qua nghị quyết: {agree}/{total} đồng chí tán thành."]
    if style == "split":
        return [f"Kết quả biểu quyết: tán thành {agree}/{total}, không tán thành {total - agree}."]
    if style == "hands":
        return [
            f"Biểu quyết bằng hình thức giơ tay: {agree}/{total} đồng chí tán thành, tỷ lệ {share}%."
        ]
    return [f"Chi bộ biểu quyết thông qua: {agree}/{total} đồng chí nhất trí, tỷ lệ {share}%."]

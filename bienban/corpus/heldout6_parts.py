"""The body of the held-out families Q and R: agenda parts, discussion, the adopted items and the
vote.

HELD-OUT: people who write or tune extraction rules must not read this module (see
`heldout6.py`).
"""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import timedelta
from typing import TYPE_CHECKING

from bienban.corpus import heldout6_phrases as say
from bienban.corpus.facts import Facts
from bienban.corpus.heldout2_phrases import gist, guest_name, percent
from bienban.corpus.heldout3_parts import next_month, previous_month

if TYPE_CHECKING:
    from bienban.corpus.heldout6 import Pick

_STORIES = (
    "Bác Hồ với tinh thần tự học",
    "Chiếc đồng hồ",
    "Bác Hồ và bài học về đoàn kết",
    "Bác Hồ với thanh niên",
)
_LETTERS = "abcdefghijklmnop"
# R takes the thematic part first, then last month's results, and the party fees last.
_R_ORDER = (9, 3, 0, 1, 4, 5, 2, 7, 6, 8)
capital = say.capital

Part = Callable[[Facts, random.Random, "Pick"], list[str]]


def sections(facts: Facts, rng: random.Random, pick: Pick) -> list[tuple[str, list[str]]]:
    """The agenda parts the facts hold, each (heading, lines), in the family's order."""
    if facts.meeting_type == "extraordinary":
        return [(capital(pick.purpose), _extraordinary(facts, rng, pick))]
    prev = previous_month(facts.day)
    review = f"nghị quyết tháng {prev.month}/{prev.year}"
    q = pick.is_q
    makers: list[tuple[str, str, Part]] = [
        ("current_affairs", "Thông tin thời sự" if q else "Thời sự, chính sách mới", _news),
        (
            "directive",
            "Quán triệt văn bản cấp trên" if q else "Triển khai văn bản cấp trên",
            _directive,
        ),
        ("ideology", "Tình hình tư tưởng" if q else "Tư tưởng đảng viên và quần chúng", _ideology),
        ("review", f"Kiểm điểm việc thực hiện {review}" if q else "Kết quả tháng qua", _review),
        ("mass_mobilization", "Công tác dân vận" if q else "Dân vận, Mặt trận và đoàn thể", _mass),
        ("inspection", "Kiểm tra, giám sát" if q else "Kiểm tra đảng viên", _inspection),
        ("hcm", "Học tập và làm theo Bác" if q else "Làm theo gương Bác", _hcm),
        ("criticism", "Tự phê bình và phê bình" if q else "Phê bình, tự phê bình", _criticism),
        ("fees", "Thu nộp đảng phí" if q else "Đảng phí", _fees),
        ("presenter", "Sinh hoạt chuyên đề" if q else "Nội dung chuyên đề", _theme),
    ]
    if not q:
        makers = [makers[i] for i in _R_ORDER]
    return [
        (title, make(facts, rng, pick)) for key, title, make in makers if facts.sections.get(key)
    ]


def _news(facts: Facts, rng: random.Random, pick: Pick) -> list[str]:
    news = "; ".join(facts.sections["current_affairs"])
    if pick.is_q:
        return [f"Đồng chí chủ trì thông tin thời sự trong tháng: {news}."]
    return [f"Những tin chính trong tháng: {news}."]


def _directive(facts: Facts, rng: random.Random, pick: Pick) -> list[str]:
    text = facts.sections["directive"]
    if pick.is_q:
        return [f"Chi bộ quán triệt {text} đến toàn thể đảng viên."]
    return [f"Triển khai {text}; đảng viên tự nghiên cứu, chi ủy hướng dẫn thực hiện."]


def _ideology(facts: Facts, rng: random.Random, pick: Pick) -> list[str]:
    said = " ".join(facts.sections["ideology"])
    return [f"Nhìn chung, tư tưởng ổn định. {said}" if pick.is_q else said]


def _review(facts: Facts, rng: random.Random, pick: Pick) -> list[str]:
    s, prev = facts.sections, previous_month(facts.day)
    items = [capital(item) for item in s["review"]]
    if pick.is_q:
        lines = [f"Đồng chí {facts.chair} báo cáo kết quả thực hiện nghị quyết tháng trước:"]
        ends = [";"] * (len(items) - 1) + ["."]
        lines += [f"– {item}{end}" for item, end in zip(items, ends, strict=True)]
        if s.get("shortcomings"):
            lines.append("Hạn chế: " + "; ".join(s["shortcomings"]) + ".")
    else:
        said = "; ".join([items[0], *(item[:1].lower() + item[1:] for item in items[1:])])
        lines = [f"Kết quả thực hiện nghị quyết tháng {prev.month}/{prev.year}: {said}."]
        if s.get("shortcomings"):
            lines.append("Còn tồn tại: " + "; ".join(s["shortcomings"]) + ".")
    if "distractor" in s:
        due = facts.day + timedelta(days=rng.randint(20, 90))
        lines.append(s["distractor"].replace("ngày .", f"ngày {due.day}/{due.month}/{due.year}."))
    return lines


def _mass(facts: Facts, rng: random.Random, pick: Pick) -> list[str]:
    n = facts.sections["mass_mobilization"]
    if pick.is_q:
        return [f"Phối hợp Mặt trận và các đoàn thể tổ chức {n} buổi vận động nhân dân."]
    return [f"Trong tháng có {n} đợt dân vận cùng Mặt trận và các đoàn thể."]


def _inspection(facts: Facts, rng: random.Random, pick: Pick) -> list[str]:
    name = facts.sections["inspection"]
    if pick.is_q:
        return [f"Chi ủy giám sát đ/c {name} việc chấp hành nghị quyết; chưa phát hiện vi phạm."]
    return [f"Chi ủy kiểm tra đảng viên {name} thực hiện nhiệm vụ được giao: hoàn thành tốt."]


def _hcm(facts: Facts, rng: random.Random, pick: Pick) -> list[str]:
    reader, story = rng.choice(facts.members), rng.choice(_STORIES)
    topic = "học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh"
    if pick.is_q:
        return [f"Đ/c {reader} đọc bài “{story}”; chi bộ liên hệ việc {topic}."]
    return [f"Đ/c {reader} kể chuyện {story}; mỗi đảng viên đăng ký một việc {topic}."]


def _criticism(facts: Facts, rng: random.Random, pick: Pick) -> list[str]:
    said = " ".join(facts.sections["criticism"])
    return [f"Các đồng chí tự liên hệ bản thân. {said}" if pick.is_q else said]


def _fees(facts: Facts, rng: random.Random, pick: Pick) -> list[str]:
    money = f"{rng.randrange(150, 2500) * 1000:,}".replace(",", ".")
    month, year = facts.day.month, facts.day.year
    if pick.is_q:
        return [f"Đã thu đảng phí tháng {month}/{year}: {money} đồng, nộp Đảng ủy đúng hạn."]
    return [f"Chi bộ thu đảng phí được {money}đ; đã nộp lên cấp trên."]


def _theme(facts: Facts, rng: random.Random, pick: Pick) -> list[str]:
    presenter, title = facts.sections["presenter"], facts.thematic_title or ""
    if pick.is_q:
        return [
            f"Đồng chí chủ trì nêu mục đích, yêu cầu; đ/c {presenter} trình bày chuyên đề "
            f"“{title}”.",
            "Các đồng chí liên hệ thực tế của chi bộ, đề ra những việc cần làm.",
        ]
    return [
        f"Tên chuyên đề: {pick.fill(title)}{pick.stop}",
        f"Người trình bày: {pick.fill(presenter)}{pick.stop}",
        "Đảng viên thảo luận, liên hệ bản thân và đơn vị.",
    ]


def _extraordinary(facts: Facts, rng: random.Random, pick: Pick) -> list[str]:
    s = facts.sections
    if facts.purpose == "member_development":
        if pick.is_q:
            return [
                f"Quần chúng {s['candidate']} trình bày đơn xin vào Đảng; đảng viên được phân công "
                "giúp đỡ nhận xét quá trình phấn đấu."
            ]
        return [
            f"Chi ủy báo cáo hồ sơ đề nghị kết nạp quần chúng {s['candidate']}; đảng viên nhận "
            "xét ưu, khuyết điểm của quần chúng."
        ]
    if facts.purpose == "inspection":
        if pick.is_q:
            return [
                f"Đ/c {s['offender']} đọc bản kiểm điểm; chi bộ phân tích nội dung, mức độ vi phạm."
            ]
        return [
            f"Đảng viên {s['offender']} tự kiểm điểm trước chi bộ; các đồng chí góp ý, đề xuất "
            "hình thức kỷ luật."
        ]
    if pick.is_q:
        return [
            f"Đồng chí chủ trì phổ biến chỉ đạo của cấp trên về {s['urgent']}; chi bộ bàn phương "
            "án phân công đảng viên."
        ]
    return [f"Chi ủy triển khai công điện khẩn về {s['urgent']}; chi bộ bàn cách thực hiện."]


def speech_lines(facts: Facts, rng: random.Random, pick: Pick) -> list[str]:
    """Q: each speaker's name on a line above the opinion; R: "Đ/c X ý kiến: …"."""
    stated = facts.stated_speakers
    if stated == 0:
        if pick.is_q:
            return [
                "Không có đồng chí nào phát biểu thêm; chi bộ nhất trí với các nội dung đã nêu."
            ]
        return ["Các đồng chí dự họp nhất trí hoàn toàn, không ai phát biểu thêm."]
    if stated is not None and (facts.sections.get("summarise") or not facts.speeches):
        gists = "; ".join(dict.fromkeys(gist(s.text) for s in facts.speeches[:3]))
        about = gists or "nhất trí với báo cáo"
        if pick.is_q:
            return [f"Có {pick.n(stated)} ý kiến phát biểu, tập trung vào: {about}."]
        return [f"Có {pick.n(stated)} ý kiến tham gia, chủ yếu về: {about}."]
    if pick.is_q:
        lines = [f"Số ý kiến phát biểu: {pick.n(stated)}; trong đó:"] if stated is not None else []
        for speech in facts.speeches:
            lines += [f"{_q_speaker(facts, speech.speaker, rng)}:", capital(speech.text)]
        return lines
    lines = [f"Tổng số ý kiến: {pick.n(stated)}."] if stated is not None else []
    form = rng.choice(["{who} ý kiến: {text}", "Ý kiến {who}: {text}"])
    return lines + [
        form.format(who=_r_speaker(facts, s.speaker, form), text=capital(s.text))
        for s in facts.speeches
    ]


def _q_speaker(facts: Facts, name: str, rng: random.Random) -> str:
    guests = dict(facts.guests)
    if name in guests:
        return f"{capital(guest_name(name, {}))} ({guests[name]})"
    role = f" ({rng.choice(say.SPEAKER_ROLES)})" if rng.random() < 0.3 else ""
    return f"Đ/c {name}{role}"


def _r_speaker(facts: Facts, name: str, form: str) -> str:
    """ "Đ/c X" opening the line, "đ/c X" after "Ý kiến"; a guest with the role."""
    leads = form.startswith("{who}")
    role = dict(facts.guests).get(name)
    if role is not None:
        guest = guest_name(name, {})
        return f"{capital(guest)}, {role}," if leads else f"{guest} ({role})"
    return f"Đ/c {name}" if leads else f"đ/c {name}"


def conclusion_lines(facts: Facts, rng: random.Random, pick: Pick) -> list[str]:
    """What the cell adopted, the vote, Q's score and the next meeting."""
    mark = "{}/" if pick.is_q else "*"
    lines = [_resolution_head(facts, pick)]
    items = facts.resolutions
    ends = [";"] * (len(items) - 1) + ["."]
    lines += [
        f"{mark.format(_LETTERS[i])} {item}{end}"
        for i, (item, end) in enumerate(zip(items, ends, strict=True))
    ]
    if facts.conclusion_decision:
        lines.append(f"{facts.conclusion_decision}.")
    lines += vote_lines(facts, rng, pick)
    if pick.is_q and facts.meeting_type != "extraordinary" and rng.random() < 0.4:
        points = rng.randint(76, 98)
        level = "Tốt" if points >= 90 else "Khá"
        lines.append(f"Chi bộ tự chấm điểm buổi sinh hoạt: {points}/100 điểm, xếp loại {level}.")
    nxt = facts.sections.get("next_meeting")
    if nxt is not None:
        if pick.is_q:
            lines.append(f"Kỳ họp sau dự kiến vào ngày {pick.day(nxt)}.")
        else:
            lines.append(f"Thời gian sinh hoạt kỳ tới: {pick.fill(pick.day(nxt))}{pick.stop}")
    return lines


def _resolution_head(facts: Facts, pick: Pick) -> str:
    nxt = next_month(facts.day)
    if pick.is_q:
        return {
            "thematic": "Đồng chí chủ trì kết luận chuyên đề; chi bộ thống nhất thực hiện:",
            "extraordinary": "Đồng chí chủ trì kết luận; chi bộ thống nhất các nhiệm vụ trước mắt:",
        }.get(
            facts.meeting_type,
            f"Đồng chí chủ trì kết luận; chi bộ thống nhất nhiệm vụ tháng {nxt.month}/{nxt.year}:",
        )
    return {
        "thematic": "Những việc cần làm sau chuyên đề:",
        "extraordinary": "Những việc cần làm ngay:",
    }.get(facts.meeting_type, f"Công việc trọng tâm tháng {nxt.month}/{nxt.year}:")


def vote_lines(facts: Facts, rng: random.Random, pick: Pick) -> list[str]:
    """How the adopted items were voted on, in the family's words."""
    if facts.vote is None:
        return []
    agree, total = facts.vote
    against, share = total - agree, percent(agree, total)
    if facts.purpose == "member_development":
        if pick.is_q:
            return [f"Biểu quyết đề nghị kết nạp: {agree}/{total} đảng viên chính thức đồng ý."]
        return [f"Số đảng viên chính thức biểu quyết: {total}; tán thành: {agree}."]
    if facts.purpose == "inspection":
        if pick.is_q:
            return [f"Bỏ phiếu kín: {agree}/{total} phiếu đồng ý với hình thức kỷ luật."]
        return [f"Bỏ phiếu kín: phát ra {total} phiếu, tán thành {agree} phiếu."]
    style = rng.choice(pick.family.votes)
    if style == "tally":
        return [
            f"Biểu quyết: tổng số {total} đồng chí biểu quyết; đồng ý {agree}; "
            f"không đồng ý {against}; tỷ lệ đồng ý {share}%."
        ]
    if style == "share":
        return [f"Kết quả biểu quyết: {agree}/{total} đồng chí đồng ý ({share}%)."]
    if style == "hands":
        return [
            f"Chi bộ biểu quyết bằng giơ tay: {agree} đồng chí tán thành trên tổng số {total} "
            "đồng chí biểu quyết."
        ]
    return [f"Biểu quyết – tán thành: {agree}/{total} đ/c; không tán thành: {against}/{total} đ/c."]

"""The body of the held-out families Y and Z: the reports, the opinions, the adopted items and
the vote.

HELD-OUT: people who write or tune extraction rules must not read this module (see
`heldout10.py`).
"""

from __future__ import annotations

import random
import string
from collections.abc import Callable
from datetime import timedelta
from typing import TYPE_CHECKING, Any

from bienban.corpus import heldout10_phrases as say
from bienban.corpus.facts import Facts, Speech
from bienban.corpus.heldout2_phrases import gist, guest_name
from bienban.corpus.heldout3_parts import previous_month
from bienban.corpus.heldout9_parts import ORDINALS
from bienban.corpus.heldout9_phrases import capital, guest_role, money

if TYPE_CHECKING:
    from bienban.corpus.heldout10 import Pick

Section = tuple[str, list[str]]
_STORIES = (
    "Bữa cơm đạm bạc của Bác",
    "Bác Hồ thăm hợp tác xã",
    "Bác viết thư cho các cháu thiếu nhi",
    "Bác dặn cán bộ nói đi đôi với làm",
)
# Each report's lead in Y (run on with its first line) and heading in Z, in Y's order.
_HEADS = {
    "current_affairs": ("Thời sự", "TIN TỨC THỜI SỰ TRONG THÁNG"),
    "directive": ("Quán triệt văn bản cấp trên", "QUÁN TRIỆT, TRIỂN KHAI VĂN BẢN CẤP TRÊN"),
    "review": ("Báo cáo của chi ủy", "ĐÁNH GIÁ VIỆC THỰC HIỆN NGHỊ QUYẾT THÁNG TRƯỚC"),
    "ideology": ("Tình hình tư tưởng", "DƯ LUẬN, TƯ TƯỞNG TRONG ĐẢNG VIÊN VÀ NHÂN DÂN"),
    "criticism": ("Tự phê bình và phê bình", "TỰ PHÊ BÌNH VÀ PHÊ BÌNH"),
    "hcm": ("Học tập và làm theo Bác", "HỌC TẬP VÀ LÀM THEO TẤM GƯƠNG CỦA BÁC"),
    "mass_mobilization": ("Dân vận", "CÔNG TÁC DÂN VẬN"),
    "inspection": ("Kiểm tra, giám sát", "CÔNG TÁC KIỂM TRA, GIÁM SÁT"),
    "presenter": ("Sinh hoạt chuyên đề", "NỘI DUNG CHUYÊN ĐỀ"),
    "fees": ("Đảng phí", "THU, NỘP ĐẢNG PHÍ"),
}
_Z_ORDER = (
    "review",
    "current_affairs",
    "directive",
    "ideology",
    "inspection",
    "mass_mobilization",
    "hcm",
    "criticism",
    "fees",
    "presenter",
)
# What Y and Z write for a report or an extraordinary meeting's business that is one template
# ("\n" between printed lines), filled from `_values`.
_SAID = {
    "directive": (
        "chi bộ nghe đ/c {chair} quán triệt {directive}.",
        "Chi bộ được quán triệt {directive}; từng đảng viên nghiên cứu, vận dụng vào phần việc "
        "của mình.",
    ),
    "hcm": (
        "đ/c {reader} đọc mẩu chuyện “{story}”; đảng viên liên hệ việc học tập và làm theo tư "
        "tưởng, đạo đức, phong cách Hồ Chí Minh.",
        "Đồng chí {reader} giới thiệu câu chuyện “{story}” về tấm gương đạo đức Hồ Chí Minh; "
        "chi bộ trao đổi, liên hệ bản thân.",
    ),
    "mass_mobilization": (
        "trong tháng, chi bộ cùng Mặt trận, các đoàn thể tổ chức {times} buổi tuyên truyền, vận "
        "động quần chúng.",
        "Phối hợp Mặt trận Tổ quốc và các đoàn thể thực hiện {times} cuộc vận động, tuyên truyền "
        "trong tháng.",
    ),
    "inspection": (
        "chi ủy đã giám sát đ/c {watched}; đồng chí chấp hành đúng Điều lệ Đảng.",
        "Chi ủy thông báo kết quả giám sát đảng viên {watched}: không phát hiện vi phạm.",
    ),
    "presenter": (
        "đ/c {presenter} trình bày chuyên đề “{title}”; chi bộ liên hệ với thực tế của {unit}.",
        "Tên chuyên đề: “{title}”.\nNgười trình bày: đồng chí {presenter}.\nChuyên đề được "
        "chuẩn bị bằng văn bản, gửi trước để đảng viên nghiên cứu.",
    ),
    "fees": (
        "thu đảng phí tháng {month}: {amount} đồng.",
        "Số đảng phí thu được: {amount} đồng, chi bộ nộp về Đảng ủy theo quy định.",
    ),
    "candidate": (
        "chi bộ nghe đọc đơn xin vào Đảng, lý lịch và nhận xét của đoàn thể, nơi cư trú đối với "
        "quần chúng {candidate}.",
        "Đồng chí {chair} báo cáo quá trình bồi dưỡng, thẩm tra lý lịch quần chúng {candidate}; "
        "quần chúng {candidate} trình bày nguyện vọng được đứng trong hàng ngũ của Đảng.",
    ),
    "offender": (
        "đảng viên {offender} đọc bản tự kiểm điểm; chi bộ phân tích nguyên nhân, mức độ.",
        "Chi ủy trình bày báo cáo về vi phạm của đảng viên {offender}; đồng chí {offender} tự "
        "nhận khuyết điểm trước chi bộ.",
    ),
    "urgent": (
        "đ/c {chair} phổ biến chỉ đạo khẩn của cấp trên về {urgent}.",
        "Chi bộ nghe quán triệt ý kiến chỉ đạo của cấp ủy cấp trên về {urgent}.",
    ),
}
_BUSINESS = {"member_development": "candidate", "inspection": "offender", "directives": "urgent"}


def _values(facts: Facts, rng: random.Random) -> dict[str, Any]:
    """What `_SAID`'s templates are filled with."""
    s = facts.sections
    return {
        **{
            key: s.get(key) for key in ("directive", "presenter", "candidate", "offender", "urgent")
        },
        "chair": facts.chair,
        "unit": facts.unit.unit,
        "title": facts.thematic_title,
        "month": f"{facts.day.month}/{facts.day.year}",
        "times": s.get("mass_mobilization"),
        "watched": s.get("inspection"),
        "reader": rng.choice(facts.members),
        "story": rng.choice(_STORIES),
        "amount": money(rng.randrange(150, 2500) * 1000),
    }


def _news(facts: Facts, rng: random.Random, pick: Pick) -> list[str]:
    items = facts.sections["current_affairs"]
    if pick.is_y:
        return [f"đ/c {facts.chair} điểm tin: " + "; ".join(items) + "."]
    lead = f"Đồng chí {facts.chair} thông báo những tin tức nổi bật:"
    return [lead, *(f"+ {capital(item)}." for item in items)]


def _review(facts: Facts, rng: random.Random, pick: Pick) -> list[str]:
    s, prev = facts.sections, previous_month(facts.day)
    if pick.is_y:
        said = f"đ/c {facts.chair} báo cáo kết quả thực hiện nghị quyết tháng {prev.month}/"
        lines = [f"{said}{prev.year}: " + "; ".join(s["review"]) + "."]
        weak = "Tồn tại"
    else:
        lines = ["Những việc đã làm được:", *(f"+ {capital(item)}." for item in s["review"])]
        weak = "Những mặt còn yếu"
    if s.get("shortcomings"):
        lines.append(f"{weak}: " + "; ".join(s["shortcomings"]) + ".")
    if "distractor" in s:
        due = facts.day + timedelta(days=rng.randint(20, 90))
        lines.append(s["distractor"].replace("ngày .", f"ngày {pick.day(due)}."))
    return lines


def _sentences(facts: Facts, rng: random.Random, pick: Pick, *, key: str, lead: str) -> list[str]:
    """Y runs the pool's sentences together; Z prints them one a line after `lead`."""
    said = list(facts.sections[key])
    if pick.is_y:
        return [" ".join(said)]
    return ([lead] if lead else []) + [f"{'- ' if lead else ''}{line}" for line in said]


_WRITERS: dict[str, Callable[[Facts, random.Random, Pick], list[str]]] = {
    "current_affairs": _news,
    "review": _review,
    "ideology": lambda facts, rng, pick: _sentences(facts, rng, pick, key="ideology", lead=""),
    "criticism": lambda facts, rng, pick: _sentences(
        facts, rng, pick, key="criticism", lead="Chi ủy nhận xét:"
    ),
}


def _reports(facts: Facts, rng: random.Random, pick: Pick) -> list[Section]:
    """(the family's lead or heading, lines) for each report the facts hold."""
    values, side = _values(facts, rng), 0 if pick.is_y else 1
    if facts.meeting_type == "extraordinary":
        said = _SAID[_BUSINESS[pick.purpose_key]][side].format(**values)
        heading = capital(pick.purpose) if pick.is_y else pick.purpose.upper()
        return [(heading, said.split("\n"))]
    found = []
    for key in _HEADS if pick.is_y else _Z_ORDER:
        if not facts.sections.get(key):
            continue
        if key in _WRITERS:
            said_lines = _WRITERS[key](facts, rng, pick)
        else:
            said_lines = _SAID[key][side].format(**values).split("\n")
        found.append((_HEADS[key][side], said_lines))
    return found


def is_listed(facts: Facts) -> bool:
    """Whether the minutes give each opinion (rather than a count and a summary)."""
    return (
        facts.stated_speakers != 0 and bool(facts.speeches) and not facts.sections.get("summarise")
    )


def _about(facts: Facts) -> str:
    said = dict.fromkeys(gist(speech.text) for speech in facts.speeches[:3])
    return "; ".join(said) or "tán thành các nội dung đã trình bày"


def _speaker(facts: Facts, speech: Speech, *, lead: str) -> str:
    role = guest_role(facts, speech.speaker)
    if role is None:
        return f"{lead} {speech.speaker}"
    return f"{guest_name(speech.speaker, {})} ({role})"


def _vote(facts: Facts, rng: random.Random, pick: Pick) -> list[str]:
    if facts.vote is None:
        return []
    agree, total = facts.vote
    if pick.is_y:
        of = f"{agree} trên {total}"
        if facts.purpose == "member_development":
            return [f"Đảng viên chính thức tán thành đề nghị kết nạp: {of} đồng chí."]
        if facts.purpose == "inspection":
            return [f"Bỏ phiếu kín về hình thức kỷ luật: {of} phiếu tán thành."]
        return [f"Kết quả biểu quyết thông qua nghị quyết: {of} đồng chí tán thành."]
    if facts.purpose == "member_development":
        return [f"Số đảng viên chính thức đồng ý đề nghị kết nạp: {agree}/{total}."]
    if facts.purpose == "inspection":
        return [
            f"Bỏ phiếu kín: {total} phiếu hợp lệ, trong đó {agree} phiếu đồng ý đề nghị kỷ luật."
        ]
    if rng.random() < 0.5:
        return [
            "Kết quả biểu quyết:",
            "| Số đồng chí biểu quyết | Tán thành | Không tán thành |",
            f"| {total} | {agree} | {total - agree} |",
        ]
    return [
        f"Biểu quyết (giơ tay): {agree}/{total} đồng chí đồng ý, đạt {say.share(agree, total)}."
    ]


def _after_items(facts: Facts, rng: random.Random, pick: Pick, *, lead: str) -> list[str]:
    """The chair's further decision, the vote and the next meeting's date."""
    lines = [f"{facts.conclusion_decision}."] if facts.conclusion_decision else []
    lines += _vote(facts, rng, pick)
    nxt = facts.sections.get("next_meeting")
    return lines + ([f"{lead} ngày {pick.day(nxt)}."] if nxt is not None else [])


# What Y and Z say when nobody spoke, when the opinions are counted and summed up, and before
# the opinions listed one by one.
_TALK = {
    "Y": (
        "Không đồng chí nào đăng ký phát biểu.",
        "Có {n} lượt phát biểu; các ý kiến chủ yếu: {about}.",
        "Có {n} lượt phát biểu.",
    ),
    "Z": (
        "Không có đồng chí nào tham gia ý kiến.",
        "Có {n} lượt ý kiến tham gia, tập trung vào: {about}.",
        "Số lượt ý kiến phát biểu: {n}.",
    ),
}
# The line before the adopted items: for an urgent order, another extraordinary meeting, a
# thematic meeting, and a monthly one ({month}: the month after the meeting).
_LEADS = {
    "Y": (
        "Chi bộ thống nhất triển khai ngay:",
        "Chi bộ đi đến thống nhất:",
        "Để chuyên đề đi vào cuộc sống, chi bộ thống nhất:",
        "Tháng {month}, chi bộ tập trung làm tốt những việc sau:",
    ),
    "Z": (
        "Những việc làm ngay:",
        "Chi bộ quyết nghị:",
        "Giải pháp thực hiện chuyên đề:",
        "Công việc tháng {month}:",
    ),
}


def talk_lines(facts: Facts, rng: random.Random, pick: Pick) -> list[str]:
    """The discussion: nobody spoke, a count and a summary, or each opinion."""
    nobody, summed, counted = _TALK[pick.hand.name]
    stated = facts.stated_speakers
    if stated == 0:
        return [nobody]
    if not is_listed(facts):
        return [summed.format(n=pick.n(stated or 0), about=_about(facts))]
    lines = [counted.format(n=pick.n(stated))] if stated is not None else []
    return lines + (_y_opinions(facts, rng) if pick.is_y else _z_opinions(facts, rng))


def _lead(facts: Facts, pick: Pick) -> str:
    urgent, other, thematic, monthly = _LEADS[pick.hand.name]
    if facts.meeting_type == "extraordinary":
        return urgent if facts.purpose == "directives" else other
    if facts.meeting_type == "thematic":
        return thematic
    return monthly.format(month=say.month_after(facts.day))


# Y -------------------------------------------------------------------------------------------


def y_items(facts: Facts, rng: random.Random, pick: Pick) -> list[str]:
    """Y's reports, lettered a), b)…, the first line run on after the lead."""
    lines = []
    for letter, (lead, said) in zip(
        string.ascii_lowercase, _reports(facts, rng, pick), strict=False
    ):
        lines += [f"{letter}) {lead}: {said[0]}", *said[1:]]
    return lines


def _y_opinions(facts: Facts, rng: random.Random) -> list[str]:
    lines = [
        f"Ý kiến thứ {ORDINALS[i]} – {_speaker(facts, speech, lead='đ/c')}: {capital(speech.text)}"
        for i, speech in enumerate(facts.speeches)
    ]
    if rng.random() < 0.4:
        lines.append("Đồng chí chủ trì tiếp thu, giải trình thêm các ý kiến.")
    return lines


def y_conclusion(facts: Facts, rng: random.Random, pick: Pick) -> list[str]:
    items = [f"{i + 1}. {item}." for i, item in enumerate(facts.resolutions)]
    return [_lead(facts, pick), *items, *_after_items(facts, rng, pick, lead="Lần họp sau:")]


# Z -------------------------------------------------------------------------------------------


def z_body(facts: Facts, rng: random.Random, pick: Pick) -> list[str]:
    """Z's numbered parts: the reports, then either the talk and the adopted items, or the
    draft, the talk on it and the vote."""
    found = _reports(facts, rng, pick)
    talk = talk_lines(facts, rng, pick)
    items = [_lead(facts, pick), *_z_items(facts, rng)]
    after = _after_items(facts, rng, pick, lead="Thời gian họp kỳ tới:")
    if facts.meeting_type in ("regular", "combined") and rng.random() < 0.5:
        found += [
            (f"DỰ THẢO NGHỊ QUYẾT THÁNG {say.month_after(facts.day)}", items),
            ("THẢO LUẬN DỰ THẢO", talk),
            ("BIỂU QUYẾT THÔNG QUA", after)
            if facts.vote
            else ("THÔNG QUA NGHỊ QUYẾT", ["Chi bộ nhất trí với dự thảo, không bổ sung.", *after]),
        ]
    else:
        found += [
            ("TRAO ĐỔI, THẢO LUẬN", talk),
            ("NHỮNG NỘI DUNG CHI BỘ QUYẾT NGHỊ", items + after),
        ]
    lines = []
    for index, (heading, said) in enumerate(found):
        if index == len(found) - 1 and rng.random() < 0.4:
            lines += ["<<page>>", "^Biên bản họp chi bộ (tiếp theo)"]
        lines += [f"{index + 1}) {heading}", *said]
    return lines


def _z_opinions(facts: Facts, rng: random.Random) -> list[str]:
    said = [
        (capital(_speaker(facts, speech, lead="đồng chí")), capital(speech.text))
        for speech in facts.speeches
    ]
    if rng.random() < 0.6:
        rows = [f"| {i + 1} | {who} | {text} |" for i, (who, text) in enumerate(said)]
        return ["| STT | Người phát biểu | Nội dung ý kiến |", *rows]
    return [f"- {who} nêu ý kiến: {text}" for who, text in said]


def _z_items(facts: Facts, rng: random.Random) -> list[str]:
    if rng.random() < 0.5:
        rows = [
            f"| {i + 1} | {item}. | {say.by_when(facts, rng)} |"
            for i, item in enumerate(facts.resolutions)
        ]
        return ["| TT | Nội dung công việc | Thời gian thực hiện |", *rows]
    return [f"{string.ascii_lowercase[i]}) {item}." for i, item in enumerate(facts.resolutions)]

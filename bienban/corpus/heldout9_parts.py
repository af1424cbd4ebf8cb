"""The body of the held-out families W and X: the parts, discussion, the adopted items and the
vote.

HELD-OUT: people who write or tune extraction rules must not read this module (see
`heldout9.py`).
"""

from __future__ import annotations

import random
from datetime import timedelta
from typing import TYPE_CHECKING

from bienban.corpus import heldout9_phrases as say
from bienban.corpus.facts import Facts
from bienban.corpus.heldout2_phrases import gist, guest_name
from bienban.corpus.heldout3_parts import next_month, previous_month

if TYPE_CHECKING:
    from bienban.corpus.heldout9 import Pick

ORDINALS = ("nhất", "hai", "ba", "tư", "năm", "sáu", "bảy", "tám", "chín", "mười")
_FIRSTS = ("Thứ nhất", "Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Thứ tám")
_STORIES = ("Bác Hồ với tinh thần tiết kiệm", "Bác đến thăm đồng bào", "Tấm gương giản dị của Bác")
capital = say.capital
Section = tuple[str, list[str]]


def _distractor(facts: Facts, rng: random.Random, pick: Pick) -> list[str]:
    if "distractor" not in facts.sections:
        return []
    due = facts.day + timedelta(days=rng.randint(20, 90))
    return [facts.sections["distractor"].replace("ngày .", f"ngày {pick.day(due)}.")]


def _review(facts: Facts, rng: random.Random, pick: Pick, mark: str) -> list[str]:
    s, prev = facts.sections, previous_month(facts.day)
    lines = [f"Kết quả thực hiện nghị quyết tháng {prev.month}/{prev.year}:"]
    lines += [f"{mark} {capital(item)}." for item in s["review"]]
    if s.get("shortcomings"):
        lines.append("Hạn chế: " + "; ".join(s["shortcomings"]) + ".")
    return lines + _distractor(facts, rng, pick)


def _theme(facts: Facts) -> list[str]:
    title = facts.thematic_title or ""
    return [f"Chuyên đề “{title}” do đ/c {facts.sections['presenter']} trình bày."]


def _hcm(facts: Facts, rng: random.Random) -> str:
    reader, story = rng.choice(facts.members), rng.choice(_STORIES)
    return f"Đ/c {reader} kể chuyện “{story}” về học tập và làm theo Bác Hồ Chí Minh."


def _extraordinary(facts: Facts) -> list[str]:
    s = facts.sections
    if facts.purpose == "member_development":
        return [
            f"Chi ủy thông qua hồ sơ, lý lịch và nhận xét của đoàn thể về quần chúng {s['candidate']}."
        ]
    if facts.purpose == "inspection":
        return [
            f"Chi ủy báo cáo vi phạm của đảng viên {s['offender']}; {s['offender']} tự kiểm điểm."
        ]
    return [f"Đ/c {facts.chair} truyền đạt chỉ đạo của Đảng ủy về {s['urgent']}."]


def _regular(facts: Facts, rng: random.Random, pick: Pick, mark: str) -> list[Section]:
    s, found = facts.sections, []
    if s.get("current_affairs") or s.get("directive"):
        said = (
            [f"{mark} Thời sự: " + "; ".join(s["current_affairs"]) + "."]
            if s.get("current_affairs")
            else []
        )
        if s.get("directive"):
            said.append(f"{mark} Quán triệt {s['directive']}.")
        found.append(("Thông tin, quán triệt văn bản", said))
    if s.get("review"):
        found.append(("Chi ủy đánh giá tháng qua", _review(facts, rng, pick, mark)))
    others = list(s.get("ideology", [])) + list(s.get("criticism", []))
    if s.get("criticism"):
        others.insert(len(s.get("ideology", [])), "Tự phê bình và phê bình:")
    if s.get("mass_mobilization"):
        others.append(f"Dân vận: {s['mass_mobilization']} đợt phối hợp với Mặt trận, đoàn thể.")
    if s.get("inspection"):
        others.append(f"Chi ủy kiểm tra, giám sát đ/c {s['inspection']}: chấp hành tốt.")
    if s.get("hcm"):
        others.append(_hcm(facts, rng))
    if others:
        head = "Tư tưởng đảng viên" if s.get("ideology") else "Công tác khác"
        found.append((head, [f"{mark} {capital(line)}" for line in others]))
    if s.get("presenter"):
        found.append(("Sinh hoạt chuyên đề", _theme(facts)))
    return found


def _who(facts: Facts, name: str) -> str:
    role = say.guest_role(facts, name)
    return f"đ/c {name}" if role is None else f"{guest_name(name, {})} ({role})"


def _is_listed(facts: Facts) -> bool:
    return facts.stated_speakers != 0 and not (
        facts.sections.get("summarise") or not facts.speeches
    )


def _talk(facts: Facts, rng: random.Random, pick: Pick, forms: tuple[str, ...]) -> list[str]:
    stated = facts.stated_speakers
    if stated == 0:
        return ["Không có đồng chí nào phát biểu ý kiến."]
    about = "; ".join(dict.fromkeys(gist(s.text) for s in facts.speeches[:3])) or "tán thành"
    if not _is_listed(facts):
        return [f"Số đồng chí phát biểu: {pick.n(stated or 0)}, tập trung vào: {about}."]
    form = rng.choice(forms)
    lines = [
        form.format(
            who=_who(facts, s.speaker), Who=capital(_who(facts, s.speaker)), text=capital(s.text)
        )
        for s in facts.speeches
    ]
    if stated is not None:
        lines.insert(0, f"Số đồng chí phát biểu: {pick.n(stated)}.")
    return lines


def _vote(facts: Facts, *, x: bool) -> list[str]:
    if facts.vote is None:
        return []
    agree, total = facts.vote
    if x:
        return [f"Kết quả biểu quyết: thống nhất {agree}/{total} đảng viên."]
    if facts.purpose == "member_development":
        return [f"Đảng viên chính thức biểu quyết kết nạp: đồng ý {agree}/{total}."]
    if facts.purpose == "inspection":
        return [f"Bỏ phiếu kín: phát ra {total} phiếu, đồng ý kỷ luật {agree} phiếu."]
    return [
        f"Biểu quyết giơ tay: đồng ý {agree}, không đồng ý {total - agree}, trên {total} đảng viên."
    ]


def _head(facts: Facts) -> str:
    nxt = next_month(facts.day)
    if facts.meeting_type == "extraordinary":
        return (
            "Chi bộ thống nhất các việc cần làm ngay:"
            if facts.purpose == "directives"
            else "Chi bộ thống nhất:"
        )
    if facts.meeting_type == "thematic":
        return "Qua chuyên đề, chi bộ thống nhất thực hiện:"
    return f"Chi bộ thống nhất nhiệm vụ tháng {nxt.month}/{nxt.year}:"


def _closing_items(facts: Facts, pick: Pick, lead: str) -> list[str]:
    lines = [f"{facts.conclusion_decision}."] if facts.conclusion_decision else []
    lines += _vote(facts, x=not pick.is_w)
    nxt = facts.sections.get("next_meeting")
    if nxt is not None:
        lines.append(f"{lead} {pick.day(nxt)}.")
    return lines


# W ------------------------------------------------------------------------------------------


def w_parts(facts: Facts, rng: random.Random, pick: Pick) -> list[Section]:
    """W's numbered items under the proceedings, ending with the discussion and fees."""
    forms = ("+ Ý kiến của {who}: {text}", "+ {Who} góp ý: {text}")
    if facts.meeting_type == "extraordinary":
        found = [(capital(pick.purpose), _extraordinary(facts))]
    else:
        found = _regular(facts, rng, pick, "+")
    found.append(("Thảo luận", _talk(facts, rng, pick, forms)))
    if facts.sections.get("fees"):
        amount = say.money(rng.randrange(150, 2500) * 1000)
        found.append(("Thu đảng phí", [f"Đảng phí nộp kỳ này: {amount}đ."]))
    return found


def w_resolution(facts: Facts, rng: random.Random, pick: Pick) -> list[str]:
    if rng.random() < 0.5:
        items = [f"({chr(97 + i)}) {item}." for i, item in enumerate(facts.resolutions)]
    else:
        items = [f"{i + 1}/ {item}." for i, item in enumerate(facts.resolutions)]
    return [_head(facts), *items, *_closing_items(facts, pick, "Lịch họp kỳ tới:")]


# X ------------------------------------------------------------------------------------------


def x_parts(facts: Facts, rng: random.Random, pick: Pick) -> list[Section]:
    """X's parts: what was reported, the opinions, then the resolution with fees."""
    forms = ("{Who}: {text}", "Tiếp theo, {who} phát biểu: {text}")
    if facts.meeting_type == "extraordinary":
        found = [(capital(pick.purpose), _extraordinary(facts))]
    else:
        found = [(title, lines) for title, lines in _regular(facts, rng, pick, "–")]
    found.append(("Ý kiến đóng góp", _talk(facts, rng, pick, forms)))
    found.append(("Chi bộ thống nhất", x_resolution(facts, rng, pick)))
    return found


def x_resolution(facts: Facts, rng: random.Random, pick: Pick) -> list[str]:
    if rng.random() < 0.6 and len(facts.resolutions) <= len(_FIRSTS):
        items = [f"{_FIRSTS[i]}: {item}." for i, item in enumerate(facts.resolutions)]
    else:
        items = [f"◦ {item}." for item in facts.resolutions]
    lines = [_head(facts), *items, *_closing_items(facts, pick, "Buổi họp tới dự kiến ngày")]
    if facts.sections.get("fees"):
        amount = say.money(rng.randrange(150, 2500) * 1000)
        lines.append(f"Đảng phí thu được trong buổi họp: {amount} đồng.")
    return lines

"""The body of the held-out families U and V: the parts, discussion, the adopted items and the
vote.

HELD-OUT: people who write or tune extraction rules must not read this module (see
`heldout8.py`).
"""

from __future__ import annotations

import random
from datetime import timedelta
from typing import TYPE_CHECKING

from bienban.corpus import heldout8_phrases as say
from bienban.corpus.facts import Facts
from bienban.corpus.heldout2_phrases import gist, guest_name
from bienban.corpus.heldout3_parts import next_month, previous_month

if TYPE_CHECKING:
    from bienban.corpus.heldout8 import Pick

_STORIES = (
    "Bác Hồ và chiếc đồng hồ",
    "Bác dạy cán bộ phải gần dân",
    "Chiếc áo ấm của Bác",
)
_ORDINALS = ("Một", "Hai", "Ba", "Bốn", "Năm", "Sáu", "Bảy", "Tám", "Chín", "Mười")
capital = say.capital
Section = tuple[str, list[str]]


def _distractor(facts: Facts, rng: random.Random, pick: Pick) -> list[str]:
    """A pool sentence with a yield, a sum or another document's deadline, when drawn."""
    if "distractor" not in facts.sections:
        return []
    due = facts.day + timedelta(days=rng.randint(20, 90))
    return [facts.sections["distractor"].replace("ngày .", f"ngày {pick.day(due)}.")]


def _review(facts: Facts, rng: random.Random, pick: Pick, mark: str) -> list[str]:
    s, prev = facts.sections, previous_month(facts.day)
    lines = [f"Kết quả thực hiện nghị quyết tháng {prev.month}/{prev.year}:"]
    lines += [f"{mark} {capital(item)}." for item in s["review"]]
    if s.get("shortcomings"):
        lines.append("Tồn tại: " + "; ".join(s["shortcomings"]) + ".")
    return lines + _distractor(facts, rng, pick)


def _theme(facts: Facts, rng: random.Random) -> list[str]:
    presenter, title = facts.sections["presenter"], facts.thematic_title or ""
    if rng.random() < 0.5:
        return [
            f"Tên chuyên đề: “{title}”; người trình bày: đ/c {presenter}.",
            "Đảng viên liên hệ trách nhiệm của bản thân và đơn vị.",
        ]
    return [f"Đ/c {presenter} trình bày chuyên đề “{title}”, chi bộ trao đổi, liên hệ thực tế."]


def _news(facts: Facts) -> str:
    return "; ".join(capital(item) for item in facts.sections["current_affairs"]) + "."


def _hcm(facts: Facts, rng: random.Random) -> str:
    reader, story = rng.choice(facts.members), rng.choice(_STORIES)
    return (
        f"Đ/c {reader} đọc mẩu chuyện “{story}”, chi bộ liên hệ việc học tập và làm theo tư "
        "tưởng, đạo đức, phong cách Hồ Chí Minh."
    )


def _extraordinary(facts: Facts) -> list[str]:
    s = facts.sections
    if facts.purpose == "member_development":
        return [
            f"Chi ủy báo cáo tóm tắt lý lịch và quá trình phấn đấu của quần chúng "
            f"{s['candidate']}; ý kiến nhận xét của đoàn thể nơi quần chúng sinh hoạt."
        ]
    if facts.purpose == "inspection":
        return [
            f"Chi ủy báo cáo kết quả xác minh vi phạm của đảng viên {s['offender']}; đảng viên "
            f"{s['offender']} đọc bản kiểm điểm."
        ]
    return [f"Đồng chí {facts.chair} phổ biến chỉ đạo của Đảng ủy về {s['urgent']}."]


def _who(facts: Facts, name: str, *, lead: str) -> str:
    role = say.guest_role(facts, name)
    return f"{lead} {name}" if role is None else capital(f"{guest_name(name, {})} – {role}")


def _is_listed(facts: Facts) -> bool:
    return facts.stated_speakers != 0 and not (
        facts.sections.get("summarise") or not facts.speeches
    )


def _summary(facts: Facts, pick: Pick, template: str) -> list[str]:
    about = "; ".join(dict.fromkeys(gist(s.text) for s in facts.speeches[:3]))
    return [template.format(n=pick.n(facts.stated_speakers or 0), about=about or "tán thành")]


# U ------------------------------------------------------------------------------------------


def u_fees(facts: Facts, rng: random.Random) -> str:
    amount = say.money(rng.randrange(150, 2500) * 1000)
    return f"Thu đảng phí tháng {facts.day.month}/{facts.day.year}: {amount} đồng."


def u_parts(facts: Facts, rng: random.Random, pick: Pick) -> list[Section]:
    """U's items under "Nội dung", each (title, lines), ending with the discussion."""
    if facts.meeting_type == "extraordinary":
        return [(capital(pick.purpose), _extraordinary(facts)), _u_talk(facts, rng, pick)]
    s, found = facts.sections, []
    if s.get("current_affairs") or s.get("directive"):
        said = [f"- Thời sự: {_news(facts)}"] if s.get("current_affairs") else []
        if s.get("directive"):
            said.append(f"- Quán triệt {s['directive']}.")
        found.append(("Thông tin thời sự, văn bản cấp trên", said))
    if s.get("review"):
        found.append(("Đánh giá tình hình tháng qua", _review(facts, rng, pick, "-")))
    if s.get("ideology") or s.get("criticism"):
        said = list(s.get("ideology", [])) + list(s.get("criticism", []))
        title = "Tư tưởng; tự phê bình và phê bình"
        found.append((title if s.get("criticism") else "Tình hình tư tưởng", said))
    if s.get("mass_mobilization"):
        found.append(
            (
                "Công tác dân vận",
                [f"Tham gia {s['mass_mobilization']} đợt vận động cùng Mặt trận, đoàn thể."],
            )
        )
    if s.get("inspection"):
        found.append(
            (
                "Kiểm tra, giám sát",
                [f"Chi ủy giám sát đ/c {s['inspection']}: thực hiện tốt nhiệm vụ được giao."],
            )
        )
    if s.get("hcm"):
        found.append(("Học tập và làm theo Bác", [_hcm(facts, rng)]))
    if s.get("presenter"):
        found.append(("Sinh hoạt chuyên đề", _theme(facts, rng)))
    return found + [_u_talk(facts, rng, pick)]


def _u_talk(facts: Facts, rng: random.Random, pick: Pick) -> Section:
    title = rng.choice(["Ý kiến thảo luận", "Các ý kiến tham gia"])
    stated = facts.stated_speakers
    if stated == 0:
        return title, ["Các đồng chí dự họp không có ý kiến thảo luận thêm."]
    if not _is_listed(facts):
        return title, _summary(facts, pick, "Có {n} đ/c tham gia ý kiến, chủ yếu: {about}.")
    form = rng.choice(["- {who} nêu: {text}", "- Ý kiến {who}: {text}"])
    lead = "Đ/c" if form.startswith("- {who}") else "đ/c"
    lines = [f"Có {pick.n(stated)} đ/c tham gia ý kiến:"] if stated is not None else []
    for speech in facts.speeches:
        who = _who(facts, speech.speaker, lead=lead)
        lines.append(form.format(who=who, text=capital(speech.text)))
    return title, lines


def u_conclusion(facts: Facts, rng: random.Random, pick: Pick) -> list[str]:
    """The head, the adopted items as 4.1., 4.2., …, the vote and the next meeting."""
    lines = [_u_resolution_head(facts)]
    lines += [f"4.{i + 1}. {item}." for i, item in enumerate(facts.resolutions)]
    if facts.conclusion_decision:
        lines.append(f"{facts.conclusion_decision}.")
    lines += _u_vote(facts)
    nxt = facts.sections.get("next_meeting")
    if nxt is not None:
        lines.append(f"Kỳ sinh hoạt sau dự kiến vào ngày {pick.day(nxt)}.")
    return lines


def _u_resolution_head(facts: Facts) -> str:
    kind, nxt = facts.meeting_type, next_month(facts.day)
    if kind == "extraordinary":
        if facts.purpose == "directives":
            return "Đồng chí chủ tọa kết luận, chi bộ thống nhất các nhiệm vụ trước mắt:"
        return "Đồng chí chủ tọa kết luận, chi bộ thống nhất:"
    if kind == "thematic":
        return "Đồng chí chủ tọa kết luận chuyên đề, chi bộ thống nhất thực hiện:"
    return f"Đồng chí chủ tọa kết luận, chi bộ thống nhất nhiệm vụ tháng {nxt.month}/{nxt.year}:"


def _u_vote(facts: Facts) -> list[str]:
    if facts.vote is None:
        return []
    agree, total = facts.vote
    if facts.purpose == "member_development":
        return [f"Đảng viên chính thức biểu quyết đề nghị kết nạp: {agree}/{total} đ/c đồng ý."]
    if facts.purpose == "inspection":
        return [f"Bỏ phiếu kín: {total} phiếu phát ra, {agree} phiếu đồng ý hình thức kỷ luật."]
    return [
        f"Biểu quyết: {agree} đ/c nhất trí, {total - agree} đ/c không nhất trí, trên tổng số "
        f"{total} đ/c biểu quyết."
    ]


# V ------------------------------------------------------------------------------------------


def v_parts(facts: Facts, rng: random.Random, pick: Pick) -> list[Section]:
    """V's parts, each (title, lines): the committee's report, what was passed on, the thematic
    part, the discussion, the resolution and other business."""
    if facts.meeting_type == "extraordinary":
        return [
            (pick.purpose, _extraordinary(facts)),
            ("Thảo luận", _v_talk(facts, rng, pick)),
            ("Chi bộ quyết định", _v_resolution(facts, rng, pick)),
        ]
    s, found = facts.sections, []
    report = _review(facts, rng, pick, "+") if s.get("review") else []
    if s.get("ideology"):
        report.append("Tư tưởng đảng viên: " + " ".join(s["ideology"]))
    if s.get("criticism"):
        report += ["Tự phê bình và phê bình: " + " ".join(s["criticism"])]
    if s.get("mass_mobilization"):
        report.append(
            f"Dân vận: đảng viên dự {s['mass_mobilization']} buổi họp dân cùng Mặt trận, đoàn thể."
        )
    if s.get("inspection"):
        report.append(f"Kiểm tra: chi ủy kiểm tra đ/c {s['inspection']}, không có vi phạm.")
    if report:
        found.append(("Chi ủy báo cáo", report))
    passed = [f"Tin thời sự: {_news(facts)}"] if s.get("current_affairs") else []
    if s.get("directive"):
        passed.append(f"Triển khai {s['directive']}.")
    if s.get("hcm"):
        passed.append(_hcm(facts, rng))
    if passed:
        found.append(("Phổ biến, triển khai", passed))
    if s.get("presenter"):
        found.append(("Chuyên đề", _theme(facts, rng)))
    found += [("Thảo luận", _v_talk(facts, rng, pick))]
    found.append(("Nghị quyết", _v_resolution(facts, rng, pick)))
    if s.get("fees"):
        amount = say.money(rng.randrange(150, 2500) * 1000)
        month = f"{facts.day.month}/{facts.day.year}"
        found.append(("Việc khác", [f"Đảng phí tháng {month} đã thu: {amount} đồng."]))
    return found


def _v_talk(facts: Facts, rng: random.Random, pick: Pick) -> list[str]:
    stated = facts.stated_speakers
    if stated == 0:
        return ["Không có đồng chí nào phát biểu."]
    if not _is_listed(facts):
        return _summary(facts, pick, "Có {n} đồng chí phát biểu, nội dung: {about}.")
    form = rng.choice(["Ý kiến {i} ({who}): {text}", "({i}) {who} phát biểu: {text}"])
    lines = []
    for i, speech in enumerate(facts.speeches):
        who = _who(facts, speech.speaker, lead="đ/c" if form.startswith("Ý") else "Đ/c")
        lines.append(form.format(i=i + 1, who=who, text=capital(speech.text)))
    if stated is not None:
        lines.append(f"Tổng cộng có {pick.n(stated)} ý kiến.")
    return lines


def _v_resolution(facts: Facts, rng: random.Random, pick: Pick) -> list[str]:
    nxt = next_month(facts.day)
    if facts.meeting_type == "extraordinary":
        head = "Chi bộ nhất trí các việc cần làm ngay:" if facts.purpose == "directives" else ""
        head = head or "Chi bộ nhất trí:"
    elif facts.meeting_type == "thematic":
        head = "Sau chuyên đề, chi bộ nhất trí thực hiện:"
    else:
        head = f"Chi bộ nhất trí ra nghị quyết, nhiệm vụ tháng {nxt.month}/{nxt.year} như sau:"
    if rng.random() < 0.4 and len(facts.resolutions) <= len(_ORDINALS):
        items = [f"{_ORDINALS[i]} là, {item}." for i, item in enumerate(facts.resolutions)]
    else:
        items = [f"{i + 1}) {item}." for i, item in enumerate(facts.resolutions)]
    lines = [head, *items]
    if facts.conclusion_decision:
        lines.append(f"{facts.conclusion_decision}.")
    lines += _v_vote(facts)
    nxt_day = facts.sections.get("next_meeting")
    if nxt_day is not None:
        lines.append(f"Ngày họp tới: {pick.day(nxt_day)}.")
    return lines


def _v_vote(facts: Facts) -> list[str]:
    if facts.vote is None:
        return []
    agree, total = facts.vote
    if facts.purpose == "member_development":
        return [f"Số đảng viên chính thức biểu quyết: {total}, tán thành kết nạp: {agree}."]
    if facts.purpose == "inspection":
        return [f"Kết quả bỏ phiếu kín: {agree}/{total} phiếu đồng ý kỷ luật."]
    return [f"Tán thành {agree}, không tán thành {total - agree}, tổng {total} đ/c biểu quyết."]

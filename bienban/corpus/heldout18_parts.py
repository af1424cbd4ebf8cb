"""AO's and AP's reports, discussion, tasks and vote.

HELD-OUT: closed to whoever writes or tunes the extraction rules, together with `heldout18.py`,
`heldout18_phrases.py` and `tests/corpus/test_heldout18.py`.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from bienban.corpus import heldout18_phrases as say
from bienban.corpus.facts import Facts, Speech
from bienban.corpus.heldout2_phrases import guest_name


@dataclass(frozen=True)
class Pen:
    """One document's hand: the family, how it writes a date, a clock and a count, the ranks
    it puts before names (in the forces), and how it names an extraordinary meeting's business."""

    family: str
    day: Callable[[date], str]
    clock: Callable[[tuple[int, int]], str]
    n: Callable[[int], str]
    ranks: dict[str, str]
    purpose: str

    @property
    def is_ao(self) -> bool:
        return self.family == "AO"

    def who(self, name: str) -> str:
        return say.ranked(name, self.ranks)


_STORIES = (
    "Bác Hồ với những bữa cơm đạm bạc",
    "Chiếc đồng hồ của Bác",
    "Bác dạy cán bộ phải gần dân",
    "Bác Hồ và tinh thần tự học",
    "Đôi dép cao su của Bác",
)
ORDER = {
    "AO": (
        "current_affairs",
        "directive",
        "review",
        "ideology",
        "criticism",
        "inspection",
        "mass_mobilization",
        "presenter",
        "hcm",
        "fees",
    ),
    "AP": (
        "current_affairs",
        "review",
        "directive",
        "presenter",
        "hcm",
        "mass_mobilization",
        "ideology",
        "criticism",
        "inspection",
        "fees",
    ),
}
BUSINESS = {"member_development": "candidate", "inspection": "offender", "directives": "urgent"}
# AO: (the numbered heading, the dashed lines under it); "{list:…}" lines are one per item.
_AO_SAID: dict[str, tuple[str, list[str]]] = {
    "current_affairs": ("Thông báo thời sự", ["{list:news}"]),
    "directive": (
        "Quán triệt văn bản cấp trên",
        ["Đ/c {chair} phổ biến {directive}; yêu cầu từng đảng viên nghiêm túc chấp hành."],
    ),
    "review": ("Kiểm điểm thực hiện NQ tháng {prev}", []),
    "ideology": ("Tình hình tư tưởng", ["{list:ideology}"]),
    "criticism": ("Tự phê bình và phê bình", ["{list:criticism}"]),
    "inspection": (
        "Kiểm tra, giám sát",
        ["Chi ủy giám sát đ/c {watched} theo chương trình: chưa phát hiện vi phạm."],
    ),
    "mass_mobilization": (
        "Công tác dân vận",
        ["Phối hợp Mặt trận, các đoàn thể tổ chức {times} đợt tuyên truyền, vận động nhân dân."],
    ),
    "presenter": (
        "Sinh hoạt chuyên đề",
        ["Đ/c {presenter} thông qua bản chuyên đề “{title}”; đảng viên liên hệ trách nhiệm."],
    ),
    "hcm": (
        "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
        ["Đ/c {reader} đọc tư liệu “{story}”, liên hệ với nhiệm vụ của đơn vị."],
    ),
    "fees": ("Đảng phí", ["Thu tháng {month}: {amount} đồng; nộp cấp trên đủ, đúng hạn."]),
    "candidate": (
        "Xét kết nạp quần chúng {candidate}",
        ["Đ/c {chair} báo cáo hồ sơ: đơn, lý lịch, nhận xét của đoàn thể và nơi cư trú đủ."],
    ),
    "offender": (
        "Xem xét kỷ luật đ/c {offender}",
        ["Đ/c {offender} đọc bản kiểm điểm; chi ủy báo cáo kết quả kiểm tra, đề xuất hình thức."],
    ),
    "urgent": (
        "Triển khai chỉ đạo khẩn của cấp trên",
        ["Đ/c {chair} truyền đạt yêu cầu về {urgent}; thực hiện ngay sau hội nghị."],
    ),
}
# AP: one starred line a report, said simply.
_AP_SAID = {
    "current_affairs": "* Tin tức trong tháng (đ/c {chair} đọc cho CB nghe): {news}.",
    "directive": "* Đ/c {chair} phổ biến {directive} để CB biết và làm theo.",
    "presenter": "* Đ/c {presenter} đọc bài chuyên đề “{title}” cho CB nghe; mọi người liên hệ "
    "với việc làm của mình.",
    "hcm": "* Học và làm theo tư tưởng, đạo đức Hồ Chí Minh: đ/c {reader} kể chuyện “{story}”.",
    "mass_mobilization": "* Việc dân vận: CB cùng Mặt trận, các hội đi vận động bà con được "
    "{times} lần.",
    "ideology": "* Tư tưởng ĐV và bà con: {ideology}",
    "criticism": "* Phê bình, tự phê bình: {criticism}",
    "inspection": "* Chi ủy kiểm tra việc làm của đ/c {watched}: đ/c làm tốt, không có sai phạm.",
    "fees": "* Đảng phí tháng {month}: thu được {amount} đ, đủ cả.",
    "candidate": "* Xét kết nạp quần chúng {candidate} vào Đảng: đ/c {chair} đọc đơn, lý lịch và "
    "ý kiến của đoàn thể, nơi ở; hồ sơ đầy đủ.",
    "offender": "* Xem xét kỷ luật đ/c {offender}: đ/c {offender} đọc bản kiểm điểm, chi ủy báo "
    "cáo việc kiểm tra.",
    "urgent": "* Đ/c {chair} truyền đạt chỉ đạo gấp của cấp trên về {urgent}.",
}


def _values(facts: Facts, rng: random.Random, pen: Pen) -> dict[str, Any]:
    """What the report templates are filled with."""
    s = facts.sections
    month = facts.day
    return {
        "chair": pen.who(facts.chair),
        "title": facts.thematic_title,
        "presenter": pen.who(s.get("presenter") or ""),
        "directive": s.get("directive"),
        "candidate": s.get("candidate"),
        "offender": pen.who(s.get("offender") or ""),
        "urgent": s.get("urgent"),
        "watched": pen.who(s.get("inspection") or ""),
        "times": pen.n(s.get("mass_mobilization") or 0),
        "reader": pen.who(rng.choice(facts.members)),
        "story": rng.choice(_STORIES),
        "month": f"{month.month:02d}/{month.year}" if pen.is_ao else str(month.month),
        "prev": _month(say.month_before(facts.day), pen),
        "amount": say.money(rng.randrange(150, 2500) * 1000),
        "news": "; ".join(s.get("current_affairs") or []),
        "ideology": " ".join(s.get("ideology") or []),
        "criticism": " ".join(s.get("criticism") or []),
    }


def _month(day: date, pen: Pen) -> str:
    """ "03/2024" as AO writes a month, "3" as AP does."""
    return f"{day.month:02d}/{day.year}" if pen.is_ao else str(day.month)


def report_keys(facts: Facts, family: str) -> list[str]:
    """The reports the facts hold, in the family's order; an extraordinary meeting's business."""
    if facts.meeting_type == "extraordinary":
        return [BUSINESS[facts.purpose or "directives"]]
    return [key for key in ORDER[family] if facts.sections.get(key)]


def distractor(facts: Facts, rng: random.Random, pen: Pen) -> str:
    """A figure or deadline that is not the meeting's, when the facts hold one."""
    if "distractor" not in facts.sections:
        return ""
    due = facts.day + timedelta(days=rng.randint(20, 90))
    if due == facts.sections.get("next_meeting"):
        due += timedelta(days=1)
    return str(facts.sections["distractor"]).replace("ngày .", f"ngày {pen.day(due)}.")


def _ao_review(facts: Facts, rng: random.Random, pen: Pen) -> list[str]:
    lines = ["a) Kết quả:", *(f"- {say.capital(item)}." for item in facts.sections["review"])]
    lines += [f"- {said}" for said in [distractor(facts, rng, pen)] if said]
    if facts.sections.get("shortcomings"):
        lines.append("b) Tồn tại:")
        lines += [f"- {say.capital(item)}." for item in facts.sections["shortcomings"]]
    return lines


def ao_reports(facts: Facts, rng: random.Random, pen: Pen) -> list[tuple[str, list[str]]]:
    """AO's reports as (the numbered heading, the lines under it)."""
    values = _values(facts, rng, pen)
    found = []
    for key in report_keys(facts, "AO"):
        head, said = _AO_SAID[key]
        lines: list[str] = []
        for line in said:
            if line.startswith("{list:"):
                items = facts.sections[line[6:-1].replace("news", "current_affairs")]
                lines += [f"- {say.capital(item).rstrip('.')}." for item in items]
            else:
                lines.append(f"- {line.format(**values)}")
        if key == "review":
            lines = _ao_review(facts, rng, pen)
        found.append((head.format(**values), lines))
    return found


def ap_reports(facts: Facts, rng: random.Random, pen: Pen) -> list[str]:
    """AP's reports, a starred line each; the review with what was done and what was not."""
    values = _values(facts, rng, pen)
    lines: list[str] = []
    for key in report_keys(facts, "AP"):
        if key != "review":
            lines.append(_AP_SAID[key].format(**values))
            continue
        lines.append(f"* Những việc đã làm theo NQ tháng {values['prev']}:")
        lines += [f"+ {say.capital(item)}." for item in facts.sections["review"]]
        lines += [f"+ {said}" for said in [distractor(facts, rng, pen)] if said]
        if facts.sections.get("shortcomings"):
            lines.append(f"+ Còn chưa làm được: {'; '.join(facts.sections['shortcomings'])}.")
    return lines


def _speaker(facts: Facts, speech: Speech, pen: Pen) -> str:
    """A member as "đ/c Đại úy Name" (the rank in the forces), a guest as "Ông Name (role)"."""
    role = say.guest_role(facts, speech.speaker)
    if role is None:
        return f"đ/c {pen.who(speech.speaker)}"
    return f"{guest_name(speech.speaker, {})} ({role})"


def ao_talk(facts: Facts, pen: Pen) -> tuple[str, list[str]]:
    """AO's discussion heading and lines: none; a count and the gist; or each opinion
    numbered."""
    stated = facts.stated_speakers
    if stated == 0:
        return "Thảo luận: không có ý kiến", []
    if not say.is_listed(facts):
        many = pen.n(stated or len(facts.speeches))
        return f"Thảo luận: {many} ý kiến", [f"- Tập trung vào: {say.gist(facts.speeches)}."]
    head = "Thảo luận" if stated is None else f"Thảo luận: {pen.n(stated)} ý kiến"
    lines = [
        f"Ý kiến {i + 1} – {_speaker(facts, speech, pen)}: {say.capital(speech.text)}"
        for i, speech in enumerate(facts.speeches)
    ]
    return head, lines


def ap_talk(facts: Facts, rng: random.Random, pen: Pen) -> list[str]:
    """AP's discussion: nobody; a count and what it was about; or each speaker's words."""
    stated = facts.stated_speakers
    if stated == 0:
        return ["* Không ai có ý kiến gì thêm."]
    if not say.is_listed(facts):
        many = pen.n(stated or len(facts.speeches))
        return [f"* Có {many} ý kiến, nói về {say.gist(facts.speeches)}."]
    head = "* Ý kiến của các đ/c:"
    if stated is not None:
        head = f"* Ý kiến của các đ/c (có {pen.n(stated)} ý kiến):"
    verb = rng.choice(["nói", "ý kiến", "phát biểu"])
    lines = [head]
    for speech in facts.speeches:
        lines.append(f"- {say.capital(_speaker(facts, speech, pen))} {verb}: {speech.text}")
    return lines


def _kind(facts: Facts) -> str:
    return (facts.purpose if facts.meeting_type == "extraordinary" else facts.meeting_type) or ""


_OWNERS = ("Chi ủy", "Toàn chi bộ", "Các tổ đảng", "Chi ủy, các đoàn thể")


def _owner(facts: Facts, rng: random.Random, item: str, pen: Pen) -> str:
    """Who carries a task out: the member it names, a member where the meeting assigned members
    their tasks, else the committee or the whole cell."""
    named = [m for m in facts.members if f"đồng chí {m}" in item]
    if named and item.startswith(("Phân công", "Giao")):
        return f"đ/c {pen.who(named[0])}"
    if "member_assignment" in facts.topics and rng.random() < 0.5:
        return f"đ/c {pen.who(rng.choice(facts.members))}"
    return rng.choice(_OWNERS)


def _deadline(facts: Facts, rng: random.Random) -> str:
    """A task's deadline, never before the meeting."""
    roll = rng.random()
    if roll < 0.45:
        due = facts.day + timedelta(days=rng.randint(10, 40))
        return f"trước {due.day:02d}/{due.month:02d}"
    if roll < 0.7:
        return f"hết tháng {say.month_after(facts.day).month:02d}"
    return rng.choice(["thường xuyên", "hằng tuần", "trong quý"])


def ao_tasks_head(facts: Facts, pen: Pen) -> str:
    month = _month(say.month_after(facts.day), pen)
    return {
        "thematic": "VẬN DỤNG KẾT QUẢ CHUYÊN ĐỀ",
        "directives": "KẾT LUẬN, NHIỆM VỤ TRIỂN KHAI NGAY",
        "member_development": "KẾT LUẬN",
        "inspection": "KẾT LUẬN",
    }.get(_kind(facts), f"NHIỆM VỤ THÁNG {month}")


def ao_tasks(facts: Facts, rng: random.Random, pen: Pen) -> list[str]:
    """AO's tasks "NV1. …", each sometimes with who and by when below, long ones wrapped, the
    list sometimes going over the page; the extra decision after them."""
    width = rng.randint(60, 80)
    owners = rng.random() < 0.55
    breaks = rng.randint(1, len(facts.resolutions) - 1) if len(facts.resolutions) > 2 else 0
    breaks = breaks if rng.random() < 0.25 else 0
    lines: list[str] = []
    for i, item in enumerate(facts.resolutions):
        lines += ["<<page>>"] if breaks and i == breaks else []
        lines += say.wrap(f"NV{i + 1}. {item}.", width=width, indent="      ")
        if owners:
            who, due = _owner(facts, rng, item, pen), _deadline(facts, rng)
            lines.append(f"      Phụ trách: {who}; thời hạn: {due}.")
    if facts.conclusion_decision:
        lines.append(f"{facts.conclusion_decision}.")
    return lines


def ap_tasks(facts: Facts, rng: random.Random, pen: Pen) -> list[str]:
    """AP's tasks "Việc thứ nhất: …", long ones wrapped; the extra decision after them."""
    month = say.month_after(facts.day).month
    lead = {
        "thematic": "* Học xong chuyên đề, CB thống nhất làm mấy việc sau:",
        "directives": "* CB thống nhất làm ngay mấy việc sau:",
        "member_development": "* CB thống nhất:",
        "inspection": "* CB thống nhất:",
    }.get(_kind(facts), f"* Tháng {month} CB thống nhất làm mấy việc sau:")
    width = rng.randint(55, 75)
    lines = [lead]
    for i, item in enumerate(facts.resolutions):
        lines += say.wrap(f"Việc thứ {say.ordinal(i + 1)}: {item}.", width=width)
    if facts.conclusion_decision:
        lines.append(f"{facts.conclusion_decision}.")
    return lines


# The vote: on admitting a candidate, on a penalty (secret ballot), by show of hands; {a} in
# favour, {t} voting, {p} the share, {c} those against as the family says them.
VOTES = {
    "AO": {
        "member_development": "Biểu quyết kết nạp (đảng viên chính thức): {a}/{t} tán thành, "
        "đạt {p}.",
        "inspection": "Bỏ phiếu kín: {a}/{t} phiếu tán thành hình thức kỷ luật, đạt {p}.",
        "hands": "Biểu quyết giơ tay: {a}/{t} đ/c có mặt tán thành{c}, đạt {p}.",
    },
    "AP": {
        "member_development": "ĐV chính thức biểu quyết cho kết nạp: {a} đ/c đồng ý trên {t} đ/c.",
        "inspection": "Bỏ phiếu kín về kỷ luật: {a} phiếu đồng ý trên {t} phiếu.",
        "hands": "CB giơ tay biểu quyết: {a} đ/c đồng ý{c}, trên tổng số {t} đ/c có mặt.",
    },
}
AGAINST = {"AO": " ({} không tán thành)", "AP": ", {} đ/c chưa đồng ý"}


def vote(facts: Facts, pen: Pen) -> list[str]:
    """The vote in the family's form."""
    if facts.vote is None:
        return []
    agree, total = facts.vote
    forms = VOTES[pen.family]
    form = forms.get(facts.purpose or "", forms["hands"])
    against = AGAINST[pen.family].format(pen.n(total - agree)) if total > agree else ""
    return [form.format(a=pen.n(agree), t=pen.n(total), c=against, p=say.share(agree, total))]

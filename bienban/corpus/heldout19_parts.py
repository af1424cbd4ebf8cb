"""AQ's and AR's reports, discussion, tasks and vote.

HELD-OUT: closed to whoever writes or tunes the extraction rules, together with `heldout19.py`,
`heldout19_phrases.py` and `tests/corpus/test_heldout19.py`.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from bienban.corpus import heldout19_phrases as say
from bienban.corpus.facts import Facts, Speech
from bienban.corpus.heldout2_phrases import guest_name


@dataclass(frozen=True)
class Quill:
    """One document's hand: the family, and how it writes a date, a clock and a count."""

    family: str
    day: Callable[[date], str]
    clock: Callable[[tuple[int, int]], str]
    n: Callable[[int], str]

    @property
    def is_aq(self) -> bool:
        return self.family == "AQ"


_STORIES = (
    "Bác Hồ với lời dạy về tiết kiệm",
    "Chuyện Bác Hồ thăm lớp học bình dân",
    "Bác Hồ và những người nông dân",
    "Tấm áo trấn thủ của Bác",
    "Bác Hồ dạy cán bộ về tác phong quần chúng",
)
ORDER = {
    "AQ": (
        "current_affairs",
        "directive",
        "review",
        "presenter",
        "hcm",
        "ideology",
        "criticism",
        "mass_mobilization",
        "inspection",
        "fees",
    ),
    "AR": (
        "current_affairs",
        "directive",
        "presenter",
        "review",
        "fees",
        "ideology",
        "criticism",
        "hcm",
        "inspection",
        "mass_mobilization",
    ),
}
BUSINESS = {"member_development": "candidate", "inspection": "offender", "directives": "urgent"}
# AQ: (the numbered heading, the dashed lines under it); "{list:…}" lines are one per item.
_AQ_SAID: dict[str, tuple[str, list[str]]] = {
    "current_affairs": ("Thông tin thời sự trong tháng", ["{list:current_affairs}"]),
    "directive": (
        "Quán triệt văn bản của cấp trên",
        ["Đồng chí {chair} quán triệt {directive}; đảng viên nghiên cứu, tổ chức thực hiện."],
    ),
    "review": ("Đánh giá việc thực hiện nghị quyết tháng {prev}", []),
    "presenter": (
        "Nội dung chuyên đề",
        ["Đồng chí {presenter} trình bày chuyên đề “{title}”.", "{reflect}"],
    ),
    "hcm": (
        "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
        ["Đồng chí {reader} giới thiệu câu chuyện “{story}”, mỗi đảng viên tự liên hệ."],
    ),
    "ideology": ("Tình hình tư tưởng của đảng viên và nhân dân", ["{list:ideology}"]),
    "criticism": ("Tự phê bình và phê bình", ["{list:criticism}"]),
    "mass_mobilization": (
        "Công tác dân vận",
        ["Chi bộ phối hợp Ban công tác Mặt trận, các đoàn thể vận động nhân dân {times} đợt."],
    ),
    "inspection": (
        "Công tác kiểm tra, giám sát",
        ["Chi ủy giám sát đồng chí {watched} việc thực hiện nhiệm vụ; đồng chí chấp hành tốt."],
    ),
    "fees": (
        "Thu, nộp đảng phí",
        ["Đảng phí tháng {month} thu được {amount} đồng, đã nộp về cấp trên đúng quy định."],
    ),
    "candidate": (
        "Xét đề nghị kết nạp quần chúng {candidate} vào Đảng",
        [
            "Đồng chí {chair} báo cáo hồ sơ của quần chúng: đơn xin vào Đảng, lý lịch, giấy "
            "chứng nhận học lớp nhận thức về Đảng, nhận xét của đoàn thể và nơi cư trú."
        ],
    ),
    "offender": (
        "Xem xét, đề nghị kỷ luật đảng viên {offender}",
        [
            "Đồng chí {offender} đọc bản tự kiểm điểm; chi ủy báo cáo kết quả kiểm tra, đề xuất "
            "hình thức kỷ luật."
        ],
    ),
    "urgent": (
        "Triển khai nhiệm vụ đột xuất",
        ["Đồng chí {chair} truyền đạt chỉ đạo của Đảng ủy về {urgent}."],
    ),
}
# AR: one dashed line a report, a short label first.
_AR_SAID = {
    "current_affairs": "- Thời sự: đ/c {chair} điểm tin trong tháng: {news}.",
    "directive": "- Văn bản cấp trên: đ/c {chair} triển khai {directive}.",
    "presenter": "- Chuyên đề: đ/c {presenter} báo cáo chuyên đề “{title}”; {reflect}",
    "fees": "- Đảng phí: đã thu tháng {month} được {amount}đ, nộp lên trên đúng hạn.",
    "ideology": "- Tư tưởng: {ideology}",
    "criticism": "- Phê bình và tự phê bình: {criticism}",
    "hcm": "- Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh: đ/c {reader} chia "
    "sẻ câu chuyện “{story}”.",
    "inspection": "- Kiểm tra, giám sát: chi ủy giám sát đ/c {watched}, chưa thấy vi phạm.",
    "mass_mobilization": "- Dân vận: phối hợp Công đoàn, Đoàn thanh niên vận động {public} được "
    "{times} lần.",
    "candidate": "- Xét kết nạp quần chúng {candidate}: đ/c {chair} đọc hồ sơ (đơn, lý lịch, "
    "nhận xét của các đoàn thể và nơi cư trú), hồ sơ đủ theo quy định.",
    "offender": "- Xem xét kỷ luật đ/c {offender}: đ/c {offender} tự kiểm điểm trước chi bộ, "
    "chi ủy báo cáo kết quả kiểm tra.",
    "urgent": "- Việc đột xuất: đ/c {chair} truyền đạt chỉ đạo của cấp trên về {urgent}.",
}


def _month(day: date, quill: Quill) -> str:
    """ "3/2024" as AQ writes a month, "03/2024" as AR does."""
    return f"{day.month}/{day.year}" if quill.is_aq else f"{day.month:02d}/{day.year}"


def _values(facts: Facts, rng: random.Random, quill: Quill) -> dict[str, Any]:
    """What the report templates are filled with."""
    s = facts.sections
    return {
        "chair": facts.chair,
        "title": facts.thematic_title,
        "presenter": s.get("presenter"),
        "directive": s.get("directive"),
        "candidate": s.get("candidate"),
        "offender": s.get("offender"),
        "urgent": s.get("urgent"),
        "watched": s.get("inspection"),
        "times": quill.n(s.get("mass_mobilization") or 0),
        "reader": rng.choice(facts.members),
        "story": rng.choice(_STORIES),
        "reflect": rng.choice(
            [
                "các đồng chí liên hệ bản thân, nêu việc làm cụ thể.",
                "đảng viên trao đổi, liên hệ với nhiệm vụ được giao.",
            ]
        ),
        "month": _month(facts.day, quill),
        "prev": _month(say.month_before(facts.day), quill),
        "amount": say.money(rng.randrange(120, 3000) * 1000),
        "public": "phụ huynh và nhân dân" if facts.unit.domain == "school" else "nhân dân",
        "news": "; ".join(s.get("current_affairs") or []),
        "ideology": " ".join(s.get("ideology") or []),
        "criticism": " ".join(s.get("criticism") or []),
    }


def report_keys(facts: Facts, family: str) -> list[str]:
    """The reports the facts hold, in the family's order; an extraordinary meeting's business."""
    if facts.meeting_type == "extraordinary":
        return [BUSINESS[facts.purpose or "directives"]]
    return [key for key in ORDER[family] if facts.sections.get(key)]


def distractor(facts: Facts, rng: random.Random, quill: Quill) -> str:
    """A figure or deadline that is not the meeting's, when the facts hold one."""
    if "distractor" not in facts.sections:
        return ""
    due = facts.day + timedelta(days=rng.randint(20, 90))
    if due == facts.sections.get("next_meeting"):
        due += timedelta(days=1)
    return str(facts.sections["distractor"]).replace("ngày .", f"ngày {quill.day(due)}.")


def _aq_review(facts: Facts, rng: random.Random, quill: Quill) -> list[str]:
    lines = ["* Kết quả đạt được:", *(f"- {say.capital(i)}." for i in facts.sections["review"])]
    lines += [f"- {said}" for said in [distractor(facts, rng, quill)] if said]
    if facts.sections.get("shortcomings"):
        lines.append("* Hạn chế, tồn tại:")
        lines += [f"- {say.capital(item)}." for item in facts.sections["shortcomings"]]
    return lines


def aq_reports(facts: Facts, rng: random.Random, quill: Quill) -> list[tuple[str, list[str]]]:
    """AQ's reports as (the numbered heading, the lines under it)."""
    values = _values(facts, rng, quill)
    found = []
    for key in report_keys(facts, "AQ"):
        head, said = _AQ_SAID[key]
        lines: list[str] = []
        for line in said:
            if line.startswith("{list:"):
                items = facts.sections[line[6:-1]]
                lines += [f"- {say.capital(item).rstrip('.')}." for item in items]
            else:
                lines.append(f"- {say.capital(line.format(**values))}")
        if key == "review":
            lines = _aq_review(facts, rng, quill)
        found.append((head.format(**values), lines))
    return found


def ar_reports(facts: Facts, rng: random.Random, quill: Quill) -> list[str]:
    """AR's reports, a dashed line each; the review with what was done and what was not."""
    values = _values(facts, rng, quill)
    lines: list[str] = []
    for key in report_keys(facts, "AR"):
        if key != "review":
            lines.append(_AR_SAID[key].format(**values))
            continue
        lines.append(f"- Kết quả thực hiện NQ tháng {values['prev']}:")
        lines += [f"  + {say.capital(item)}." for item in facts.sections["review"]]
        lines += [f"  + {said}" for said in [distractor(facts, rng, quill)] if said]
        if facts.sections.get("shortcomings"):
            lines.append(f"  + Chưa làm được: {'; '.join(facts.sections['shortcomings'])}.")
    return lines


def is_listed(facts: Facts) -> bool:
    """Whether the minutes give each opinion, rather than a count and what it was about."""
    return (
        facts.stated_speakers != 0 and bool(facts.speeches) and not facts.sections.get("summarise")
    )


def gist(speeches: list[Speech]) -> str:
    """What the first opinions were about: their first clauses."""
    heads = [s.text.split(".")[0].split("; đồng thời")[0].strip() for s in speeches[:2]]
    said = "; ".join(dict.fromkeys(say.lower_first(head) for head in heads if head))
    return said or "sự thống nhất với dự thảo nghị quyết của chi ủy"


def _speaker(facts: Facts, speech: Speech, lead: str) -> str:
    """A member as "Đ/c Name", a guest as "Ông Name (role)"."""
    role = dict(facts.guests).get(speech.speaker)
    if role is None:
        return f"{lead} {speech.speaker}"
    return f"{say.capital(guest_name(speech.speaker, {}))} ({role})"


def aq_talk(facts: Facts, rng: random.Random, quill: Quill) -> tuple[str, list[str]]:
    """AQ's discussion heading and lines: none; a count and the gist; or each opinion."""
    stated = facts.stated_speakers
    if stated == 0:
        return "Thảo luận", ["Không có đồng chí nào phát biểu thêm, chi bộ đồng tình với báo cáo."]
    if not is_listed(facts):
        many = quill.n(stated or len(facts.speeches))
        return "Thảo luận", [
            f"Có {many} đồng chí phát biểu, tập trung vào: {gist(facts.speeches)}."
        ]
    head = "Thảo luận" if stated is None else f"Thảo luận ({quill.n(stated)} ý kiến)"
    verb = rng.choice(["phát biểu", "trao đổi", "tham gia"])
    lines = [f"+ {_speaker(facts, s, 'Đồng chí')} {verb}: {s.text}" for s in facts.speeches]
    return head, lines


def ar_talk(facts: Facts, quill: Quill) -> list[str]:
    """AR's discussion: nobody; a count and what it was about; or each opinion numbered."""
    stated = facts.stated_speakers
    if stated == 0:
        return ["Ý kiến đóng góp: không có."]
    if not is_listed(facts):
        many = quill.n(stated or len(facts.speeches))
        return [f"Ý kiến đóng góp: có {many} ý kiến, chủ yếu về {gist(facts.speeches)}."]
    head = "Ý kiến đóng góp:"
    if stated is not None:
        head = f"Ý kiến đóng góp (tổng cộng {quill.n(stated)} ý kiến):"
    lines = [head]
    for i, speech in enumerate(facts.speeches):
        lines.append(f"({i + 1}) {_speaker(facts, speech, 'Đ/c')}: {speech.text}")
    return lines


def _kind(facts: Facts) -> str:
    return (facts.purpose if facts.meeting_type == "extraordinary" else facts.meeting_type) or ""


_OWNERS = ("Chi ủy", "Toàn thể đảng viên", "Chi ủy, các đoàn thể", "Bí thư chi bộ")


def _owner_line(facts: Facts, rng: random.Random) -> str:
    """Who carries a task out and by when, on its own bracketed line."""
    roll = rng.random()
    if roll < 0.4:
        due = facts.day + timedelta(days=rng.randint(10, 40))
        when = f"trước ngày {due.day:02d}/{due.month:02d}"
    elif roll < 0.7:
        when = f"trong tháng {say.month_after(facts.day).month}"
    else:
        when = rng.choice(["thường xuyên", "cả quý"])
    return f"      (Phụ trách: {rng.choice(_OWNERS)}; thời gian: {when})"


def aq_tasks_head(facts: Facts, quill: Quill) -> str:
    month = _month(say.month_after(facts.day), quill)
    return {
        "thematic": "CHI BỘ THỐNG NHẤT VẬN DỤNG NỘI DUNG CHUYÊN ĐỀ",
        "directives": "NHIỆM VỤ CẦN LÀM NGAY",
        "member_development": "KẾT LUẬN CỦA CHI BỘ",
        "inspection": "KẾT LUẬN CỦA CHI BỘ",
    }.get(_kind(facts), f"NHIỆM VỤ TRỌNG TÂM THÁNG {month}")


def aq_tasks(facts: Facts, rng: random.Random, part: int) -> list[str]:
    """AQ's tasks "4.1. …" under part `part`, long ones wrapped, sometimes with who and by when,
    the list sometimes going over the page; the extra decision after them."""
    width = rng.randint(62, 84)
    owners = rng.random() < 0.4
    breaks = rng.randint(1, len(facts.resolutions) - 1) if len(facts.resolutions) > 2 else 0
    breaks = breaks if rng.random() < 0.3 else 0
    lines: list[str] = []
    for i, item in enumerate(facts.resolutions):
        lines += ["<<page>>"] if breaks and i == breaks else []
        lines += say.wrap(f"{part}.{i + 1}. {item}.", width=width, indent="      ")
        lines += [_owner_line(facts, rng)] if owners else []
    if facts.conclusion_decision:
        lines.append(f"{facts.conclusion_decision}.")
    return lines


def ar_tasks(facts: Facts, rng: random.Random, quill: Quill) -> list[str]:
    """AR's tasks, dashed or numbered "1)", long ones wrapped, sometimes over the page; the extra
    decision after them."""
    month = _month(say.month_after(facts.day), quill)
    lead = {
        "thematic": "Sau chuyên đề, chi bộ thống nhất:",
        "directives": "Việc cần làm ngay:",
        "member_development": "Chi bộ thống nhất:",
        "inspection": "Chi bộ thống nhất:",
    }.get(_kind(facts), f"Nhiệm vụ tháng {month}:")
    width = rng.randint(58, 80)
    numbered = rng.random() < 0.5
    breaks = len(facts.resolutions) // 2 if rng.random() < 0.25 else 0
    lines = [lead]
    for i, item in enumerate(facts.resolutions):
        lines += ["<<page>>"] if breaks and i == breaks else []
        mark = f"{i + 1})" if numbered else "-"
        lines += say.wrap(f"{mark} {item}.", width=width, indent="   ")
    if facts.conclusion_decision:
        lines.append(f"{facts.conclusion_decision}.")
    return lines


# The vote: on admitting a candidate, on a penalty (secret ballot), by show of hands; {a} in
# favour, {t} voting, {p} the share, {c} those against, always in figures.
VOTES = {
    "AQ": {
        "member_development": "Đảng viên chính thức biểu quyết đề nghị kết nạp: {a}/{t} đồng "
        "chí tán thành, đạt tỷ lệ {p}.",
        "inspection": "Chi bộ bỏ phiếu kín về hình thức kỷ luật: {a}/{t} phiếu tán thành, đạt "
        "tỷ lệ {p}.",
        "hands": "Chi bộ biểu quyết bằng hình thức giơ tay: {a}/{t} đồng chí tán thành, đạt tỷ "
        "lệ {p}{c}.",
    },
    "AR": {
        "member_development": "Biểu quyết kết nạp (ĐV chính thức): {a}/{t} đ/c đồng ý ({p}).",
        "inspection": "Bỏ phiếu kín: {a}/{t} phiếu đồng ý hình thức kỷ luật ({p}).",
        "hands": "Biểu quyết thông qua: {a}/{t} đ/c đồng ý ({p}){c}.",
    },
}
AGAINST = {"AQ": "; {} đồng chí không tán thành", "AR": ", {} đ/c không đồng ý"}


def vote(facts: Facts, family: str) -> list[str]:
    """The vote in the family's form."""
    if facts.vote is None:
        return []
    agree, total = facts.vote
    forms = VOTES[family]
    form = forms.get(facts.purpose or "", forms["hands"])
    against = AGAINST[family].format(total - agree) if total > agree else ""
    return [form.format(a=agree, t=total, c=against, p=say.share(agree, total))]

"""AU's and AV's reports, discussion, tasks and vote.

HELD-OUT: closed to whoever writes or tunes the extraction rules, together with `heldout21.py`,
`heldout21_phrases.py` and `tests/corpus/test_heldout21.py`.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from bienban.corpus import heldout21_phrases as say
from bienban.corpus.facts import Facts, Speech
from bienban.corpus.heldout2_phrases import guest_name


@dataclass(frozen=True)
class Pen:
    """One document's hand: the family, and how it writes a date, a clock and a count."""

    family: str
    day: Callable[[date], str]
    clock: Callable[[tuple[int, int]], str]
    n: Callable[[int], str]

    @property
    def is_au(self) -> bool:
        return self.family == "AU"

    @property
    def who(self) -> str:
        """How the hand calls a member: AU in full, AV abbreviated."""
        return "đồng chí" if self.is_au else "đ/c"


_READINGS = (
    "Bác Hồ với tinh thần tiết kiệm trong từng việc nhỏ",
    "Chuyện Bác Hồ thăm hợp tác xã nông nghiệp",
    "Bác Hồ với nghề dạy học",
    "Lời Bác dạy về tư cách người công an cách mệnh",
    "Bác Hồ và chiếc đồng hồ",
)
ORDER = {
    "AU": (
        "current_affairs",
        "review",
        "directive",
        "ideology",
        "criticism",
        "presenter",
        "fees",
        "hcm",
        "inspection",
        "mass_mobilization",
    ),
    "AV": (
        "directive",
        "current_affairs",
        "review",
        "hcm",
        "presenter",
        "criticism",
        "ideology",
        "mass_mobilization",
        "inspection",
        "fees",
    ),
}
BUSINESS = {"member_development": "candidate", "inspection": "offender", "directives": "urgent"}
# AU: (the heading of a part, the lines under it); "{list:…}" gives one "- " line per item.
_AU_SAID: dict[str, tuple[str, list[str]]] = {
    "current_affairs": ("Thông tin thời sự", ["{list:current_affairs}"]),
    "directive": (
        "Phổ biến văn bản cấp trên",
        ["Đồng chí {chair} phổ biến {directive}.", "Yêu cầu từng đảng viên đọc kỹ, làm theo."],
    ),
    "presenter": (
        "Sinh hoạt chuyên đề",
        ["Đồng chí {presenter} giới thiệu chuyên đề “{title}”.", "Đảng viên liên hệ bản thân."],
    ),
    "ideology": ("Tư tưởng trong chi bộ và ngoài dân", ["{list:ideology}"]),
    "criticism": ("Phê bình và tự phê bình", ["{list:criticism}"]),
    "hcm": (
        "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
        ["Đồng chí {reader} kể chuyện “{story}”."],
    ),
    "fees": ("Đảng phí", ["Thu đảng phí tháng {month} được {amount} đồng, đã nộp đủ."]),
    "mass_mobilization": (
        "Dân vận",
        ["Cùng Mặt trận và các hội đoàn thể đi vận động bà con {times} lần trong tháng."],
    ),
    "inspection": (
        "Kiểm tra, giám sát",
        ["Chi ủy đã giám sát đồng chí {watched}; đồng chí chấp hành đúng quy định."],
    ),
    "candidate": (
        "Xét kết nạp quần chúng {candidate}",
        ["Đồng chí {chair} đọc hồ sơ: đơn, lý lịch, ý kiến nhận xét của đoàn thể và chi ủy."],
    ),
    "offender": (
        "Xem xét kỷ luật đồng chí {offender}",
        ["Đồng chí {offender} đọc bản tự kiểm điểm; chi ủy đọc kết luận kiểm tra."],
    ),
    "urgent": (
        "Việc cấp bách",
        ["Đồng chí {chair} thông báo chỉ đạo của Đảng ủy về {urgent}."],
    ),
}
# AV: one sentence per part, after a word of sequence; "{list:…}" gives "+ " lines below.
_AV_SAID: dict[str, str] = {
    "current_affairs": "đ/c {chair} điểm qua một số tin thời sự:{list:current_affairs}",
    "directive": "đ/c {chair} quán triệt {directive} tới toàn thể đảng viên.",
    "presenter": "đ/c {presenter} trình bày nội dung chuyên đề “{title}”; các đ/c trao đổi, "
    "liên hệ với nhiệm vụ của đơn vị.",
    "ideology": "chi bộ nắm tình hình tư tưởng:{list:ideology}",
    "criticism": "chi bộ dành thời gian tự phê bình và phê bình:{list:criticism}",
    "hcm": "đ/c {reader} đọc bài “{story}” trong chuyên mục học tập và làm theo tư tưởng, "
    "đạo đức, phong cách Hồ Chí Minh.",
    "fees": "đ/c {chair} thông báo đảng phí tháng {month} đã thu {amount} đồng.",
    "mass_mobilization": "về dân vận, chi bộ phối hợp các đoàn thể tổ chức {times} buổi "
    "tuyên truyền, vận động {public}.",
    "inspection": "chi ủy báo cáo đã giám sát đ/c {watched}, chưa phát hiện vi phạm.",
    "candidate": "đ/c {chair} báo cáo hồ sơ đề nghị kết nạp quần chúng {candidate}: đơn xin "
    "vào Đảng, lý lịch, nhận xét của đoàn thể; hồ sơ đủ điều kiện.",
    "offender": "đ/c {offender} đọc bản kiểm điểm; chi ủy báo cáo kết quả kiểm tra và đề "
    "xuất hình thức kỷ luật.",
    "urgent": "đ/c {chair} truyền đạt chỉ đạo khẩn của cấp trên về {urgent}.",
}


def month_label(day: date, pen: Pen) -> str:
    """ "3-2024" as AU writes a month, "03/2024" as AV does."""
    return f"{day.month}-{day.year}" if pen.is_au else f"{day.month:02d}/{day.year}"


def _values(facts: Facts, rng: random.Random, pen: Pen) -> dict[str, Any]:
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
        "times": pen.n(s.get("mass_mobilization") or 0),
        "reader": rng.choice(facts.members),
        "story": rng.choice(_READINGS),
        "month": month_label(facts.day, pen),
        "amount": say.money(rng.randrange(120, 3600) * 1000),
        "public": "bà con" if facts.unit.domain == "rural" else "quần chúng",
    }


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


def _items(facts: Facts, key: str, mark: str) -> list[str]:
    return [f"{mark}{say.capital(str(item)).rstrip('.')}." for item in facts.sections[key]]


def _review(facts: Facts, rng: random.Random, pen: Pen, mark: str) -> list[str]:
    items = [f"{mark}{say.capital(item)}." for item in facts.sections["review"]]
    items += [f"{mark}{said}" for said in [distractor(facts, rng, pen)] if said]
    short = facts.sections.get("shortcomings")
    if short:
        lead = "Mặt còn yếu" if pen.is_au else "Tồn tại, hạn chế"
        items.append(f"{mark}{lead}: {'; '.join(short)}.")
    return items


def au_reports(facts: Facts, rng: random.Random, pen: Pen) -> list[tuple[str, list[str]]]:
    """AU's reports as (the heading, the "- " lines under it)."""
    values = _values(facts, rng, pen)
    found = []
    for key in report_keys(facts, "AU"):
        if key == "review":
            prev = month_label(say.month_before(facts.day), pen)
            found.append((f"Nhìn lại việc làm tháng {prev}", _review(facts, rng, pen, "- ")))
            continue
        head, said = _AU_SAID[key]
        lines = []
        for line in said:
            if line.startswith("{list:"):
                lines += _items(facts, line[6:-1], "- ")
            else:
                lines.append(f"- {line.format(**values)}")
        found.append((head.format(**values), lines))
    return found


def av_reports(facts: Facts, rng: random.Random, pen: Pen) -> list[str]:
    """AV's reports: a sentence each, opened by a word of sequence, "+ " lines under some."""
    values = _values(facts, rng, pen)
    lines = []
    for index, key in enumerate(report_keys(facts, "AV")):
        lead = say.sequence(index)
        if key == "review":
            prev = month_label(say.month_before(facts.day), pen)
            lines.append(f"{lead}, chi bộ đánh giá kết quả thực hiện nghị quyết tháng {prev}:")
            lines += _review(facts, rng, pen, "+ ")
            continue
        said, _, listed = _AV_SAID[key].partition("{list:")
        lines.append(f"{lead}, {said.format(**values)}")
        lines += _items(facts, listed[:-1], "+ ") if listed else []
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
    return said or "việc nhất trí với báo cáo của chi ủy"


def speaker(facts: Facts, speech: Speech, pen: Pen) -> str:
    """A member as "đồng chí Name" (AU) or "đ/c Name" (AV), a guest as "Ông Name (role)"."""
    role = dict(facts.guests).get(speech.speaker)
    if role is None:
        return f"{pen.who} {speech.speaker}"
    return f"{guest_name(speech.speaker, {})} ({role})"


AU_NOBODY = "Không có đồng chí nào đóng góp thêm ý kiến."
AV_NOBODY = "Các đ/c đảng viên không có ý kiến bổ sung."


def au_talk(facts: Facts, pen: Pen) -> list[str]:
    """AU's discussion: nobody; a count and the gist; or each opinion, starred."""
    stated = facts.stated_speakers
    if stated == 0:
        return [AU_NOBODY]
    many = pen.n(stated or len(facts.speeches))
    if not is_listed(facts):
        return [f"Có {many} lượt ý kiến đóng góp, xoay quanh: {gist(facts.speeches)}."]
    lines = [] if stated is None else [f"Có {many} lượt ý kiến đóng góp:"]
    return lines + [
        f"* {say.capital(speaker(facts, s, pen))} phát biểu: {s.text}" for s in facts.speeches
    ]


def av_talk(facts: Facts, pen: Pen) -> list[str]:
    """AV's discussion: nobody; a count and the gist; or each opinion, numbered."""
    stated = facts.stated_speakers
    if stated == 0:
        return [AV_NOBODY]
    many = pen.n(stated or len(facts.speeches))
    if not is_listed(facts):
        return [f"Có {many} đ/c tham gia ý kiến, nhìn chung tập trung vào {gist(facts.speeches)}."]
    lines = [] if stated is None else [f"Có {many} đ/c tham gia ý kiến, cụ thể:"]
    return lines + [
        f"Ý kiến {i + 1} – {speaker(facts, s, pen)}: {s.text}" for i, s in enumerate(facts.speeches)
    ]


def kind(facts: Facts) -> str:
    return (facts.purpose if facts.meeting_type == "extraordinary" else facts.meeting_type) or ""


def tasks_lead(facts: Facts, pen: Pen) -> str:
    """The line over the tasks."""
    month = month_label(say.month_after(facts.day), pen)
    if pen.is_au:
        return {
            "thematic": "Sau chuyên đề, chi bộ thống nhất mấy việc:",
            "directives": "Việc triển khai ngay:",
            "member_development": "Chi bộ thống nhất:",
            "inspection": "Chi bộ thống nhất:",
        }.get(kind(facts), f"Công việc tháng {month}:")
    return {
        "thematic": "Chi bộ thống nhất các việc cần làm sau chuyên đề như sau:",
        "directives": "Chi bộ thống nhất các biện pháp cấp bách như sau:",
        "member_development": "Chi bộ thống nhất như sau:",
        "inspection": "Chi bộ thống nhất như sau:",
    }.get(kind(facts), f"Chi bộ thống nhất nhiệm vụ tháng {month} như sau:")


def tasks(facts: Facts, rng: random.Random, pen: Pen) -> list[str]:
    """The tasks, numbered ("1) ", "1. ") or marked ("- ", "+ "), long ones wrapped, the list
    sometimes going over the page, even inside a task; the extra decision after them."""
    width = rng.randint(50, 70)
    style = rng.choice(["paren", "dash"] if pen.is_au else ["dot", "dot", "plus"])
    lines: list[str] = []
    for i, item in enumerate(facts.resolutions):
        lead = {"paren": f"{i + 1}) ", "dot": f"{i + 1}. ", "dash": "- "}.get(style, "+ ")
        lines += say.wrap(f"{lead}{item}.", width=width, indent="   ")
    if len(lines) > 2 and rng.random() < 0.3:
        lines.insert(rng.randint(1, len(lines) - 1), "<<page>>")
    if facts.conclusion_decision:
        lines.append(f"{facts.conclusion_decision}.")
    return lines


# The vote: on admitting a candidate, on a penalty (secret ballot), by show of hands; {a} in
# favour, {t} voting, {p} the share, {c} those against, always in figures.
VOTES = {
    "AU": {
        "member_development": "Đảng viên chính thức biểu quyết tán thành kết nạp: {a}/{t} "
        "đồng chí, đạt {p}.{c}",
        "inspection": "Bỏ phiếu kín: {a}/{t} phiếu đồng ý đề nghị kỷ luật, đạt {p}.{c}",
        "hands": "Biểu quyết bằng hình thức giơ tay: {a}/{t} đồng chí nhất trí, đạt {p}.{c}",
    },
    "AV": {
        "member_development": "Kết quả biểu quyết đề nghị kết nạp: tán thành {a}/{t} đảng viên "
        "chính thức ({p}), không tán thành {c}.",
        "inspection": "Kết quả bỏ phiếu kín đề nghị kỷ luật: tán thành {a}/{t} phiếu ({p}), "
        "không tán thành {c} phiếu.",
        "hands": "Kết quả biểu quyết: tán thành {a}/{t} đ/c dự họp ({p}), không tán thành {c} đ/c.",
    },
}
AGAINST = {"AU": " Không nhất trí: {}."}


def against(family: str, written: str, agree: int, total: int) -> str:
    """Those against as the family writes them: AV always, AU only when there are some."""
    if family == "AV":
        return written
    return AGAINST[family].format(written) if total > agree else ""


def vote(facts: Facts, family: str) -> list[str]:
    """The vote in the family's form."""
    if facts.vote is None:
        return []
    agree, total = facts.vote
    forms = VOTES[family]
    form = forms.get(facts.purpose or "", forms["hands"])
    c = against(family, str(total - agree), agree, total)
    return [form.format(a=agree, t=total, c=c, p=say.share(agree, total))]

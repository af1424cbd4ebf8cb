"""AS's and AT's reports, discussion, tasks and vote.

HELD-OUT: closed to whoever writes or tunes the extraction rules, together with `heldout20.py`,
`heldout20_phrases.py` and `tests/corpus/test_heldout20.py`.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from bienban.corpus import heldout20_phrases as say
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
    def is_as(self) -> bool:
        return self.family == "AS"


_STORIES = (
    "Bác Hồ với việc giữ gìn của công",
    "Bác dạy cán bộ phải gần dân, hiểu dân",
    "Bữa cơm đạm bạc của Bác",
    "Bác Hồ với các cháu thiếu niên nhi đồng",
    "Bác Hồ và đức tính khiêm tốn",
)
ORDER = {
    "AS": (
        "current_affairs",
        "directive",
        "review",
        "presenter",
        "ideology",
        "criticism",
        "hcm",
        "fees",
        "mass_mobilization",
        "inspection",
    ),
    "AT": (
        "current_affairs",
        "directive",
        "presenter",
        "review",
        "hcm",
        "ideology",
        "criticism",
        "inspection",
        "mass_mobilization",
        "fees",
    ),
}
BUSINESS = {"member_development": "candidate", "inspection": "offender", "directives": "urgent"}
# AS: "1/ Label: what was said." on one line; "{list:…}" gives one "+" line per item below it.
_AS_SAID: dict[str, str] = {
    "current_affairs": "Thông tin thời sự: đ/c {chair} thông báo một số tin trong nước, trong "
    "tỉnh:{list:current_affairs}",
    "directive": "Quán triệt {directive}: đ/c {chair} đọc và giải thích, đề nghị mỗi đ/c đảng "
    "viên nắm vững, làm theo.",
    "presenter": "Sinh hoạt chuyên đề: đ/c {presenter} trình bày chuyên đề “{title}”. Sau đó "
    "các đ/c liên hệ với việc làm của bản thân ở nơi ở, nơi làm việc.",
    "ideology": "Tình hình tư tưởng:{list:ideology}",
    "criticism": "Tự phê bình và phê bình:{list:criticism}",
    "hcm": "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh: đ/c {reader} đọc "
    "bài “{story}”, các đ/c cùng trao đổi.",
    "fees": "Đảng phí: thu tháng {month} được {amount} đồng, đã nộp lên trên đủ.",
    "mass_mobilization": "Công tác dân vận: các đ/c cùng Ban công tác Mặt trận và các đoàn thể "
    "đi vận động bà con được {times} buổi.",
    "inspection": "Kiểm tra, giám sát: chi ủy đã giám sát đ/c {watched}, đ/c chấp hành tốt, "
    "không có gì vi phạm.",
    "candidate": "Xét hồ sơ đề nghị kết nạp quần chúng {candidate} vào Đảng: đ/c {chair} đọc "
    "đơn, lý lịch, nhận xét của các đoàn thể; hồ sơ đầy đủ.",
    "offender": "Xem xét kỷ luật đ/c {offender}: đ/c {offender} đọc bản kiểm điểm, chi ủy báo "
    "cáo kết quả kiểm tra và đề nghị hình thức kỷ luật.",
    "urgent": "Triển khai chỉ đạo của Đảng ủy: đ/c {chair} thông báo tình hình {urgent}, đề "
    "nghị các đ/c có mặt ngay tại địa bàn.",
}
# AT: (the "3.k." heading, the lines under it).
_AT_SAID: dict[str, tuple[str, list[str]]] = {
    "current_affairs": ("Điểm tin thời sự", ["{list:current_affairs}"]),
    "directive": (
        "Triển khai văn bản cấp trên",
        ["Đ/c {chair} phổ biến {directive}; giao các đ/c đảng viên nghiên cứu, thực hiện."],
    ),
    "presenter": (
        "Nội dung chuyên đề",
        ["Đ/c {presenter} trình bày chuyên đề “{title}”; đảng viên liên hệ với công việc."],
    ),
    "hcm": (
        "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
        ["Đ/c {reader} đọc bài “{story}”; mỗi đ/c tự liên hệ với vị trí công tác."],
    ),
    "ideology": ("Tình hình tư tưởng đảng viên, người lao động", ["{list:ideology}"]),
    "criticism": ("Tự phê bình và phê bình", ["{list:criticism}"]),
    "inspection": (
        "Kiểm tra, giám sát",
        ["Chi ủy giám sát đ/c {watched} theo kế hoạch; kết quả: chấp hành tốt."],
    ),
    "mass_mobilization": (
        "Công tác dân vận",
        ["Phối hợp Công đoàn, Đoàn Thanh niên tổ chức {times} đợt vận động {public}."],
    ),
    "fees": ("Đảng phí", ["Đã thu đảng phí tháng {month}: {amount} đồng, nộp cấp trên đúng hạn."]),
    "candidate": (
        "Xét đề nghị kết nạp quần chúng {candidate} vào Đảng",
        ["Đ/c {chair} báo cáo hồ sơ: đơn xin vào Đảng, lý lịch, nhận xét của các đoàn thể."],
    ),
    "offender": (
        "Xem xét kỷ luật đảng viên {offender}",
        ["Đ/c {offender} trình bày bản kiểm điểm; chi ủy báo cáo kết quả kiểm tra."],
    ),
    "urgent": (
        "Nhiệm vụ đột xuất",
        ["Đ/c {chair} truyền đạt chỉ đạo của cấp trên về {urgent}."],
    ),
}


def month_label(day: date, pen: Pen) -> str:
    """ "3/2024" as AS writes a month, "03/2024" as AT does."""
    return f"{day.month}/{day.year}" if pen.is_as else f"{day.month:02d}/{day.year}"


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
        "story": rng.choice(_STORIES),
        "month": month_label(facts.day, pen),
        "amount": say.money(rng.randrange(150, 4000) * 1000),
        "public": "người lao động" if facts.unit.domain == "enterprise" else "nhân dân",
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
    if short and pen.is_as:
        items.append(f"{mark}Còn tồn tại: {'; '.join(short)}.")
    elif short:
        items += ["- Hạn chế:", *(f"{mark}{say.capital(item)}." for item in short)]
    return items


def as_reports(facts: Facts, rng: random.Random, pen: Pen) -> list[list[str]]:
    """AS's reports: each a first line (without its number) and the "+" lines under it."""
    values = _values(facts, rng, pen)
    found = []
    for key in report_keys(facts, "AS"):
        if key == "review":
            prev = month_label(say.month_before(facts.day), pen)
            head = f"Kiểm điểm việc thực hiện nghị quyết tháng {prev}:"
            found.append([head, *_review(facts, rng, pen, "   + ")])
            continue
        said, _, listed = _AS_SAID[key].partition("{list:")
        lines = [said.format(**values)]
        found.append(lines + (_items(facts, listed[:-1], "   + ") if listed else []))
    return found


def at_reports(facts: Facts, rng: random.Random, pen: Pen) -> list[tuple[str, list[str]]]:
    """AT's reports as (the heading, the dashed lines under it)."""
    values = _values(facts, rng, pen)
    found = []
    for key in report_keys(facts, "AT"):
        if key == "review":
            prev = month_label(say.month_before(facts.day), pen)
            lines = ["- Đã làm được:", *_review(facts, rng, pen, "  + ")]
            found.append((f"Kết quả thực hiện nghị quyết tháng {prev}", lines))
            continue
        head, said = _AT_SAID[key]
        lines = []
        for line in said:
            if line.startswith("{list:"):
                lines += _items(facts, line[6:-1], "- ")
            else:
                lines.append(f"- {line.format(**values)}")
        found.append((head.format(**values), lines))
    return found


def is_listed(facts: Facts) -> bool:
    """Whether the minutes give each opinion, rather than a count and what it was about."""
    return (
        facts.stated_speakers != 0 and bool(facts.speeches) and not facts.sections.get("summarise")
    )


def gist(speeches: list[Speech]) -> str:
    """What the first opinions were about: their first clauses."""
    heads = [s.text.split(".")[0].split("; đồng thời")[0].strip() for s in speeches[:2]]
    said = "; ".join(dict.fromkeys(say.lower_first(head) for head in heads if head))
    return said or "việc thống nhất với báo cáo của chi ủy"


def speaker(facts: Facts, speech: Speech) -> str:
    """A member as "Đ/c Name", a guest as "Ông Name (role)"."""
    role = dict(facts.guests).get(speech.speaker)
    if role is None:
        return f"Đ/c {speech.speaker}"
    return f"{say.capital(guest_name(speech.speaker, {}))} ({role})"


AS_NOBODY = "Các đ/c nhất trí với các nội dung trên, không ai phát biểu thêm."
AT_NOBODY = "Không có ý kiến thảo luận."


def as_talk(facts: Facts, pen: Pen) -> list[str]:
    """AS's discussion: nobody; a count and the gist; or each opinion (after the count)."""
    stated = facts.stated_speakers
    if stated == 0:
        return ["Thảo luận: " + AS_NOBODY]
    many = pen.n(stated or len(facts.speeches))
    if not is_listed(facts):
        return [f"Thảo luận: có {many} đ/c phát biểu, chủ yếu nói về {gist(facts.speeches)}."]
    head = "Thảo luận:" if stated is None else f"Thảo luận: có {many} đ/c phát biểu, ý chính:"
    return [head, *(f"   + {speaker(facts, s)} có ý kiến: {s.text}" for s in facts.speeches)]


def at_talk(facts: Facts, pen: Pen) -> list[str]:
    """AT's discussion: nobody; a count and the gist; or each opinion, under the count."""
    stated = facts.stated_speakers
    if stated == 0:
        return [AT_NOBODY]
    many = pen.n(stated or len(facts.speeches))
    if not is_listed(facts):
        return [f"Tổng số ý kiến phát biểu: {many}; nội dung chủ yếu: {gist(facts.speeches)}."]
    lines = [] if stated is None else [f"Tổng số ý kiến phát biểu: {many}."]
    return lines + [f"- {speaker(facts, s)}: {s.text}" for s in facts.speeches]


def kind(facts: Facts) -> str:
    return (facts.purpose if facts.meeting_type == "extraordinary" else facts.meeting_type) or ""


def tasks_lead(facts: Facts, pen: Pen) -> str:
    """The line (AS) or heading (AT) over the tasks."""
    month = month_label(say.month_after(facts.day), pen)
    if pen.is_as:
        return {
            "thematic": "Vận dụng chuyên đề vào thực tế, chi bộ nhất trí:",
            "directives": "Những việc phải làm ngay:",
            "member_development": "Chi bộ nhất trí:",
            "inspection": "Chi bộ nhất trí:",
        }.get(kind(facts), f"Nhiệm vụ trong tháng {month}:")
    return {
        "thematic": "KẾT LUẬN SAU CHUYÊN ĐỀ",
        "directives": "NHIỆM VỤ TRIỂN KHAI NGAY",
        "member_development": "KẾT LUẬN",
        "inspection": "KẾT LUẬN",
    }.get(kind(facts), f"NHIỆM VỤ THÁNG {month}")


def tasks(facts: Facts, rng: random.Random, pen: Pen) -> list[str]:
    """The tasks, each marked ("- ", "a) " or "Thứ nhất: "), long ones wrapped, the list
    sometimes going over the page, even inside a task; the extra decision after them."""
    width = rng.randint(52, 72)
    style = rng.choice(["dash", "letter"] if pen.is_as else ["dash", "ordinal", "ordinal"])
    lines: list[str] = []
    for i, item in enumerate(facts.resolutions):
        mark = {"dash": "- ", "letter": f"{chr(ord('a') + i)}) "}.get(style)
        lead = mark or f"{say.ordinal(i)}: "
        lines += say.wrap(f"{lead}{item}.", width=width, indent="    ")
    if len(lines) > 2 and rng.random() < 0.3:
        cut = rng.randint(1, len(lines) - 1)
        lines.insert(cut, "<<page>>")
    if facts.conclusion_decision:
        lines.append(f"{facts.conclusion_decision}.")
    return lines


# The vote: on admitting a candidate, on a penalty (secret ballot), by show of hands; {a} in
# favour, {t} voting, {p} the share, {c} those against, always in figures.
VOTES = {
    "AS": {
        "member_development": "Biểu quyết đề nghị kết nạp: {a}/{t} đảng viên chính thức nhất "
        "trí ({p}){c}.",
        "inspection": "Chi bộ bỏ phiếu kín: {a}/{t} phiếu nhất trí đề nghị kỷ luật ({p}){c}.",
        "hands": "Chi bộ biểu quyết: nhất trí {a}/{t} đ/c ({p}){c}.",
    },
    "AT": {
        "member_development": "Đảng viên chính thức biểu quyết đề nghị kết nạp: nhất trí "
        "{a}/{t} ({p}); không nhất trí: {c}.",
        "inspection": "Bỏ phiếu kín về hình thức kỷ luật: nhất trí {a}/{t} phiếu ({p}); không "
        "nhất trí: {c} phiếu.",
        "hands": "Nhất trí: {a}/{t} đ/c có mặt ({p}); không nhất trí: {c}.",
    },
}
AGAINST = {"AS": "; {} đ/c chưa nhất trí"}


def against(family: str, written: str, agree: int, total: int) -> str:
    """Those against as the family writes them: AT always, AS only when there are some."""
    if family == "AT":
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

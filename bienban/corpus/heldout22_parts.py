"""AW's and AX's reports, discussion, tasks and vote.

HELD-OUT: closed to whoever writes or tunes the extraction rules, together with `heldout22.py`,
`heldout22_phrases.py` and `tests/corpus/test_heldout22.py`.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from bienban.corpus import heldout22_phrases as say
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
    def is_aw(self) -> bool:
        return self.family == "AW"


_READINGS = (
    "Bác Hồ với bà con Nam Bộ",
    "Chiếc áo trấn thủ của Bác",
    "Bác dạy cán bộ phải gần dân, hiểu dân",
    "Lương y như từ mẫu",
    "Bác Hồ và những bữa cơm đạm bạc",
)
ORDER = {
    "AW": (
        "current_affairs",
        "directive",
        "review",
        "ideology",
        "hcm",
        "presenter",
        "criticism",
        "mass_mobilization",
        "inspection",
        "fees",
    ),
    "AX": (
        "directive",
        "current_affairs",
        "presenter",
        "review",
        "criticism",
        "ideology",
        "fees",
        "inspection",
        "hcm",
        "mass_mobilization",
    ),
}
BUSINESS = {"member_development": "candidate", "inspection": "offender", "directives": "urgent"}
# AW: (what the part is called after "Phần N – ", the lines under it); "{list:…}" gives one
# "+ " line per item.
_AW_SAID: dict[str, tuple[str, list[str]]] = {
    "current_affairs": (
        "Thời sự trong tháng",
        ["Đ/c {chair} đọc cho chi bộ nghe mấy tin chính:", "{list:current_affairs}"],
    ),
    "directive": (
        "Văn bản cấp trên",
        ["Đ/c {chair} phổ biến lại {directive}, dặn đảng viên về nói lại cho {public} hiểu."],
    ),
    "ideology": ("Tư tưởng đảng viên và {public}", ["{list:ideology}"]),
    "hcm": (
        "Làm theo lời Bác",
        [
            "Đ/c {reader} đọc bài “{story}”; chi bộ tiếp tục học tập và làm theo tư tưởng,"
            " đạo đức, phong cách Hồ Chí Minh."
        ],
    ),
    "presenter": (
        "Sinh hoạt chuyên đề",
        [
            "Đ/c {presenter} trình bày chuyên đề “{title}”.",
            "Đảng viên nghe xong tự liên hệ với việc làm của mình.",
        ],
    ),
    "criticism": ("Tự phê bình và phê bình", ["{list:criticism}"]),
    "mass_mobilization": (
        "Dân vận",
        ["Chi bộ cùng Mặt trận, các hội đoàn thể đi vận động {public} được {times} đợt."],
    ),
    "inspection": (
        "Giám sát đảng viên",
        ["Chi ủy giám sát đ/c {watched} trong tháng, chưa thấy có vi phạm gì."],
    ),
    "fees": ("Đảng phí", ["Đảng phí tháng {month} thu được {amount} đồng, đã nộp lên trên."]),
    "candidate": (
        "Xét kết nạp quần chúng {candidate}",
        [
            "Đ/c {chair} đọc đơn, lý lịch và nhận xét của các đoàn thể về quần chúng"
            " {candidate}; hồ sơ đủ theo quy định."
        ],
    ),
    "offender": (
        "Xem xét kỷ luật đ/c {offender}",
        ["Đ/c {offender} đọc tự kiểm điểm; chi ủy báo cáo kết quả kiểm tra vụ việc."],
    ),
    "urgent": (
        "Việc gấp",
        ["Đ/c {chair} truyền đạt chỉ đạo của Đảng ủy xã về {urgent}, phải làm liền."],
    ),
}
# AX: numbered sub-parts "3.N. heading" and the sentence under each; "{list:…}" gives "– "
# lines below the sentence.
_AX_SAID: dict[str, tuple[str, str]] = {
    "directive": (
        "Triển khai văn bản",
        "Đ/c {chair} triển khai {directive}; chi bộ ghi nhận và thống nhất tổ chức thực hiện.",
    ),
    "current_affairs": (
        "Thông tin thời sự",
        "Đ/c {chair} cung cấp thông tin:{list:current_affairs}",
    ),
    "presenter": (
        "Nội dung chuyên đề",
        "Đ/c {presenter} báo cáo chuyên đề “{title}”; đảng viên trao đổi, liên hệ công tác.",
    ),
    "criticism": ("Tự phê bình và phê bình", "Chi bộ ghi nhận:{list:criticism}"),
    "ideology": ("Tình hình tư tưởng", "Qua nắm bắt, chi ủy đánh giá:{list:ideology}"),
    "fees": ("Đảng phí", "Đảng phí tháng {month}: đã thu {amount} đồng, nộp đúng hạn."),
    "inspection": (
        "Công tác kiểm tra, giám sát",
        "Chi ủy thực hiện giám sát đ/c {watched} theo kế hoạch; kết quả không có vi phạm.",
    ),
    "hcm": (
        "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
        "Đ/c {reader} giới thiệu câu chuyện “{story}” để đảng viên liên hệ.",
    ),
    "mass_mobilization": (
        "Công tác dân vận",
        "Chi bộ phối hợp công đoàn, đoàn thanh niên thực hiện {times} hoạt động dân vận.",
    ),
    "candidate": (
        "Xét hồ sơ kết nạp",
        "Đ/c {chair} báo cáo hồ sơ đề nghị kết nạp quần chúng {candidate} vào Đảng; hồ sơ"
        " đủ điều kiện theo quy định.",
    ),
    "offender": (
        "Xem xét kỷ luật",
        "Đ/c {offender} trình bày bản kiểm điểm; chi ủy báo cáo kết quả kiểm tra, đề xuất"
        " hình thức kỷ luật.",
    ),
    "urgent": ("Nhiệm vụ đột xuất", "Đ/c {chair} quán triệt chỉ đạo của cấp trên về {urgent}."),
}


def month_label(day: date) -> str:
    """ "3/2024", as both hands write a month."""
    return f"{day.month}/{day.year}"


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
        "month": month_label(facts.day),
        "amount": say.money(rng.randrange(150, 4200) * 1000),
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
        lead = "Còn mấy việc chưa làm tốt" if pen.is_aw else "Hạn chế"
        items.append(f"{mark}{lead}: {'; '.join(short)}.")
    return items


def aw_reports(facts: Facts, rng: random.Random, pen: Pen) -> list[tuple[str, list[str]]]:
    """AW's reports as (what the part is called, the lines under it)."""
    values = _values(facts, rng, pen)
    found = []
    for key in report_keys(facts, "AW"):
        if key == "review":
            prev = month_label(say.month_before(facts.day))
            head = f"Kiểm điểm việc làm tháng {prev} theo nghị quyết"
            found.append((head, _review(facts, rng, pen, "+ ")))
            continue
        head, said = _AW_SAID[key]
        lines = []
        for line in said:
            if line.startswith("{list:"):
                lines += _items(facts, line[6:-1], "+ ")
            else:
                lines.append(line.format(**values))
        found.append((head.format(**values), lines))
    return found


def ax_reports(facts: Facts, rng: random.Random, pen: Pen) -> list[tuple[str, list[str]]]:
    """AX's reports as (the sub-heading, the sentence and "– " lines under it)."""
    values = _values(facts, rng, pen)
    found = []
    for key in report_keys(facts, "AX"):
        if key == "review":
            prev = month_label(say.month_before(facts.day))
            lead = f"Chi ủy báo cáo kết quả thực hiện nghị quyết tháng {prev}:"
            found.append(("Kết quả tháng trước", [lead, *_review(facts, rng, pen, "– ")]))
            continue
        head, sentence = _AX_SAID[key]
        said, _, listed = sentence.partition("{list:")
        lines = [said.format(**values)]
        lines += _items(facts, listed[:-1], "– ") if listed else []
        found.append((head, lines))
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


def speaker(facts: Facts, speech: Speech, *, lead: str = "Đ/c") -> str:
    """A member as "Đ/c Name" (or `lead` Name), a guest as "Ông Name (role)"."""
    role = dict(facts.guests).get(speech.speaker)
    if role is None:
        return f"{lead} {speech.speaker}"
    return f"{say.capital(guest_name(speech.speaker, {}))} ({role})"


AW_NOBODY = "Các đ/c dự họp thống nhất với các nội dung trên, không ai góp ý thêm."
AX_NOBODY = "Không có ý kiến thảo luận."


def aw_talk(facts: Facts, pen: Pen) -> list[str]:
    """AW's discussion: nobody; a count and the gist; or each opinion, the count after them."""
    stated = facts.stated_speakers
    if stated == 0:
        return [AW_NOBODY]
    many = pen.n(stated or len(facts.speeches))
    if not is_listed(facts):
        return [f"Có {many} đ/c góp ý, chủ yếu về: {gist(facts.speeches)}."]
    lines = [f"{speaker(facts, s)} có ý kiến: {s.text}" for s in facts.speeches]
    return lines + ([] if stated is None else [f"Tổng cộng có {many} đ/c góp ý."])


def ax_talk(facts: Facts, pen: Pen) -> list[str]:
    """AX's discussion: nobody; a count and the gist; or each opinion, the count first."""
    stated = facts.stated_speakers
    if stated == 0:
        return [AX_NOBODY]
    many = pen.n(stated or len(facts.speeches))
    if not is_listed(facts):
        return [f"Số lượt ý kiến thảo luận: {many}, tập trung vào: {gist(facts.speeches)}."]
    lines = [] if stated is None else [f"Số lượt ý kiến thảo luận: {many}."]
    return lines + [f"Ý kiến của {speaker(facts, s, lead='đ/c')}: {s.text}" for s in facts.speeches]


def kind(facts: Facts) -> str:
    return (facts.purpose if facts.meeting_type == "extraordinary" else facts.meeting_type) or ""


def tasks_lead(facts: Facts, pen: Pen) -> str:
    """The line over the tasks."""
    month = month_label(say.month_after(facts.day))
    if pen.is_aw:
        return {
            "thematic": "Nghe chuyên đề xong, chi bộ đề ra mấy việc sau:",
            "directives": "Chi bộ bàn và chốt các biện pháp làm liền:",
            "member_development": "Chi bộ thống nhất đề ra:",
            "inspection": "Chi bộ thống nhất đề ra:",
        }.get(kind(facts), f"Chi bộ đề ra việc làm tháng {month} như sau:")
    return {
        "thematic": "Chi bộ kết luận, giao thực hiện sau chuyên đề:",
        "directives": "Chi bộ kết luận, giao nhiệm vụ khẩn cấp:",
        "member_development": "Chi bộ kết luận:",
        "inspection": "Chi bộ kết luận:",
    }.get(kind(facts), f"Chi bộ kết luận, giao nhiệm vụ tháng {month}:")


def _lead(style: str, index: int) -> str:
    return {
        "letter": f"{say.letter(index)}) ",
        "paren": f"({index + 1}) ",
        "number": f"{index + 1}. ",
    }.get(style, "– " if style == "dash" else "+ ")


def tasks(facts: Facts, rng: random.Random, pen: Pen) -> list[str]:
    """The tasks, lettered or marked (AW, ";" after all but the last) or numbered (AX), long
    ones wrapped, the list sometimes going over the page, even inside a task; the extra decision
    after them."""
    width = rng.randint(52, 70)
    style = rng.choice(["letter", "plus"] if pen.is_aw else ["paren", "paren", "dash"])
    lines: list[str] = []
    last = len(facts.resolutions) - 1
    for i, item in enumerate(facts.resolutions):
        end = ";" if pen.is_aw and i < last else "."
        lines += say.wrap(f"{_lead(style, i)}{item}{end}", width=width, indent="    ")
    if len(lines) > 2 and rng.random() < 0.35:
        lines.insert(rng.randint(1, len(lines) - 1), "<<page>>")
    if facts.conclusion_decision:
        lines.append(f"{facts.conclusion_decision}.")
    return lines


# The vote: on admitting a candidate, on a penalty (secret ballot), by show of hands; {a} in
# favour, {t} voting, {c} against, {p} the share, always in figures.
VOTES = {
    "AW": {
        "member_development": "Đảng viên chính thức biểu quyết đề nghị kết nạp: {a}/{t} đ/c"
        " đồng ý.",
        "inspection": "Bỏ phiếu kín về đề nghị kỷ luật: {a}/{t} phiếu đồng ý.",
        "hands": "Chi bộ giơ tay biểu quyết: {a}/{t} đ/c đồng ý ({p}).",
        "split": "Biểu quyết thông qua: đồng ý {a}, không đồng ý {c}, trên tổng số {t} đ/c dự họp.",
    },
    "AX": {
        "member_development": "Biểu quyết đề nghị kết nạp: {a}/{t} đảng viên chính thức tán"
        " thành, tỷ lệ {p}.",
        "inspection": "Bỏ phiếu kín đề nghị kỷ luật: {a}/{t} phiếu tán thành, tỷ lệ {p}.",
        "hands": "Biểu quyết thông qua nghị quyết: {a}/{t} đ/c dự họp tán thành, tỷ lệ {p}.",
        "split": "Biểu quyết: tán thành {a}; không tán thành {c}; tổng số biểu quyết {t}.",
    },
}


def vote(facts: Facts, rng: random.Random, family: str) -> list[str]:
    """The vote in one of the family's forms."""
    if facts.vote is None:
        return []
    agree, total = facts.vote
    forms = VOTES[family]
    key = facts.purpose or ("split" if rng.random() < 0.35 else "hands")
    form = forms.get(key, forms["hands"])
    return [form.format(a=agree, t=total, c=total - agree, p=say.percent(agree, total))]

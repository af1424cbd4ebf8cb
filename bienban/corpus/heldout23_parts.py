"""AY's and AZ's reports, discussion, tasks and vote.

HELD-OUT: closed to whoever writes or tunes the extraction rules, together with `heldout23.py`,
`heldout23_phrases.py` and `tests/corpus/test_heldout23.py`.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from bienban.corpus import heldout23_phrases as say
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
    def is_ay(self) -> bool:
        return self.family == "AY"


_READINGS = (
    "Bác Hồ với đồng bào các dân tộc",
    "Tấm gương tiết kiệm của Bác",
    "Bác Hồ trồng cây",
    "Bác dạy đảng viên phải làm gương",
    "Đôi dép cao su của Bác",
)
ORDER = {
    "AY": (
        "current_affairs",
        "directive",
        "review",
        "ideology",
        "criticism",
        "mass_mobilization",
        "inspection",
        "hcm",
        "fees",
        "presenter",
    ),
    "AZ": (
        "directive",
        "current_affairs",
        "presenter",
        "review",
        "hcm",
        "criticism",
        "ideology",
        "fees",
        "inspection",
        "mass_mobilization",
    ),
}
BUSINESS = {"member_development": "candidate", "inspection": "offender", "directives": "urgent"}
# AY: (what the part is called after "Nội dung N – ", the paragraph under it); {joined:…} gives
# the section's items run together with "; ", {said:…} its sentences one after another.
_AY_SAID: dict[str, tuple[str, str]] = {
    "current_affairs": (
        "Thông tin thời sự",
        "Đ/c {chair} thông tin đến chi bộ: {joined:current_affairs}.",
    ),
    "directive": (
        "Quán triệt văn bản cấp trên",
        "Đ/c {chair} quán triệt {directive} đến toàn thể đảng viên.",
    ),
    "ideology": ("Tình hình tư tưởng", "{said:ideology}"),
    "criticism": ("Tự phê bình và phê bình", "{said:criticism}"),
    "mass_mobilization": (
        "Công tác dân vận",
        "Chi bộ phối hợp Mặt trận và các đoàn thể tổ chức {times} đợt vận động quần chúng.",
    ),
    "inspection": (
        "Kiểm tra, giám sát",
        "Chi ủy giám sát đ/c {watched} theo chương trình năm; chưa phát hiện sai phạm.",
    ),
    "hcm": (
        "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
        "Đ/c {reader} kể câu chuyện “{story}”; chi bộ liên hệ việc làm theo Bác.",
    ),
    "fees": ("Thu đảng phí", "Đảng phí tháng {month}: thu {amount} đồng."),
    "presenter": (
        "Sinh hoạt chuyên đề",
        "Đ/c {presenter} trình bày chuyên đề “{title}”; các đ/c liên hệ với nhiệm vụ của mình.",
    ),
    "candidate": (
        "Xét đề nghị kết nạp",
        "Đ/c {chair} báo cáo hồ sơ của quần chúng {candidate}: đơn xin vào Đảng, lý lịch, nhận"
        " xét của đoàn thể và chi ủy nơi cư trú; hồ sơ đủ thủ tục.",
    ),
    "offender": (
        "Xem xét kỷ luật",
        "Đ/c {offender} đọc bản tự kiểm điểm; chi ủy báo cáo kết quả kiểm tra và đề xuất hình"
        " thức kỷ luật.",
    ),
    "urgent": ("Việc đột xuất", "Đ/c {chair} triển khai ý kiến chỉ đạo của Đảng ủy về {urgent}."),
}
# AZ: "* label: what was said", in shorthand.
_AZ_SAID: dict[str, tuple[str, str]] = {
    "directive": ("Văn bản cấp trên", "đ/c {chair} triển khai {directive}."),
    "current_affairs": ("Thời sự", "{joined:current_affairs}."),
    "presenter": ("Chuyên đề", "{title}. Đ/c {presenter} trình bày, ĐV liên hệ bản thân."),
    "hcm": (
        "Học tập và làm theo tư tưởng, đạo đức, phong cách HCM",
        "đ/c {reader} kể chuyện “{story}”.",
    ),
    "criticism": ("Phê bình, tự phê bình", "{said:criticism}"),
    "ideology": ("Tư tưởng ĐV, quần chúng", "{said:ideology}"),
    "fees": ("Đảng phí", "thu T{month}: {amount}đ, đã nộp ĐU."),
    "inspection": ("KT, GS", "chi ủy giám sát đ/c {watched}, không có vi phạm."),
    "mass_mobilization": ("Dân vận", "phối hợp MTTQ, các đoàn thể vận động được {times} đợt."),
    "candidate": (
        "Xét kết nạp quần chúng {candidate}",
        "đ/c {chair} báo cáo đơn xin vào Đảng, lý lịch, nhận xét của đoàn thể; hồ sơ đủ điều kiện.",
    ),
    "offender": (
        "Xem xét kỷ luật đ/c {offender}",
        "đ/c {offender} đọc kiểm điểm; chi ủy báo cáo kết quả kiểm tra.",
    ),
    "urgent": ("Việc đột xuất", "đ/c {chair} phổ biến chỉ đạo của ĐU về {urgent}."),
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


def _fill(template: str, facts: Facts, values: dict[str, Any]) -> str:
    """A report template with its values, its {joined:…} and {said:…} items."""
    head, mark, rest = template.partition("{joined:")
    if mark:
        key, _, tail = rest.partition("}")
        items = "; ".join(str(item).rstrip(".") for item in facts.sections[key])
        return head.format(**values) + items + tail
    head, mark, rest = template.partition("{said:")
    if mark:
        key = rest.partition("}")[0]
        return head.format(**values) + " ".join(_sentences(facts.sections[key]))
    return template.format(**values)


def _sentences(items: list[Any]) -> list[str]:
    return [f"{say.capital(str(item)).rstrip('.')}." for item in items]


def _review(facts: Facts, rng: random.Random, pen: Pen) -> str:
    """Last month's results in one paragraph, the shortcomings after them."""
    done = "; ".join(say.lower_first(item) for item in facts.sections["review"])
    lead = "Chi ủy báo cáo: trong tháng, " if pen.is_ay else ""
    said = [f"{lead}{done}."]
    said += [extra for extra in [distractor(facts, rng, pen)] if extra]
    short = facts.sections.get("shortcomings")
    if short:
        said.append(f"{'Tồn tại' if pen.is_ay else 'Hạn chế'}: {'; '.join(short)}.")
    return " ".join(said)


def reports(facts: Facts, rng: random.Random, pen: Pen) -> list[tuple[str, str]]:
    """The family's reports as (what the part is called, the paragraph under it)."""
    values = _values(facts, rng, pen)
    said = _AY_SAID if pen.is_ay else _AZ_SAID
    found = []
    for key in report_keys(facts, pen.family):
        if key == "review":
            prev = month_label(say.month_before(facts.day))
            head = (
                f"Kết quả thực hiện nghị quyết tháng {prev}"
                if pen.is_ay
                else f"Đánh giá NQ T{prev}"
            )
            found.append((head, _review(facts, rng, pen)))
            continue
        head, template = said[key]
        found.append((head.format(**values), _fill(template, facts, values)))
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
    return said or "các nội dung chi ủy đã báo cáo"


AY_NOBODY = "Không đ/c nào phát biểu ý kiến."
AZ_NOBODY = "không có ai phát biểu."


def _split(many: int, rng: random.Random) -> tuple[int, int]:
    first = rng.randint(1, many - 1)
    return first, many - first


def ay_talk(facts: Facts, rng: random.Random, pen: Pen) -> list[str]:
    """AY's discussion: nobody; a count, sometimes split by what it was about, and the gist; or
    each opinion as a paragraph, the count over them when one is given."""
    stated = facts.stated_speakers
    if stated == 0:
        return [AY_NOBODY]
    many = stated or len(facts.speeches)
    if not is_listed(facts):
        line = f"Có {pen.n(many)} ý kiến phát biểu"
        if many > 1 and rng.random() < 0.5:
            report, plan = _split(many, rng)
            line += (
                f", trong đó {pen.n(report)} ý kiến về báo cáo của chi ủy, {pen.n(plan)} ý"
                " kiến về việc làm thời gian tới"
            )
        return [f"{line}. Các ý kiến tập trung vào: {gist(facts.speeches)}."]
    lines = [] if stated is None else [f"Có {pen.n(stated)} lượt đ/c tham gia ý kiến:"]
    for speech in facts.speeches:
        role = dict(facts.guests).get(speech.speaker)
        if role is None:
            lines.append(f"Đ/c {speech.speaker} tham gia ý kiến: {speech.text}")
        else:
            who = say.capital(guest_name(speech.speaker, {}))
            lines.append(f"{who}, {role}, tham gia ý kiến: {speech.text}")
    return lines


def az_talk(facts: Facts, pen: Pen) -> list[str]:
    """AZ's discussion under "* Ý kiến ĐV": nobody; a count and the gist; or "- đ/c X: …" for
    each opinion, the count in the heading when one is given."""
    stated = facts.stated_speakers
    if stated == 0:
        return [f"* Ý kiến ĐV: {AZ_NOBODY}"]
    many = stated or len(facts.speeches)
    if not is_listed(facts):
        return [f"* Ý kiến ĐV: có {pen.n(many)} ý kiến, tập trung vào {gist(facts.speeches)}."]
    head = "* Ý kiến ĐV:" if stated is None else f"* Ý kiến ĐV ({pen.n(stated)} ý kiến):"
    lines = [head]
    for speech in facts.speeches:
        role = dict(facts.guests).get(speech.speaker)
        said = "" if role is None else f" ({say.shorthand(role)})"
        lines.append(f"- đ/c {speech.speaker}{said}: {speech.text}")
    return lines


def kind(facts: Facts) -> str:
    return (facts.purpose if facts.meeting_type == "extraordinary" else facts.meeting_type) or ""


def ay_tasks_head(facts: Facts) -> str:
    """What AY calls the part that holds the tasks."""
    month = month_label(say.month_after(facts.day))
    return {
        "thematic": "Giải pháp sau chuyên đề",
        "directives": "Các việc cần làm ngay",
        "member_development": "Kết luận",
        "inspection": "Kết luận",
    }.get(kind(facts), f"Nhiệm vụ tháng {month}")


def ay_tasks(facts: Facts, rng: random.Random) -> list[str]:
    """AY's tasks "1) …", long ones wrapped, the list sometimes going over the page; the chair's
    extra decision after them."""
    width = rng.randint(56, 74)
    lead = "Chi bộ thống nhất:" if kind(facts) in ("member_development", "inspection") else None
    lines = [lead or "Chi bộ thống nhất thực hiện:"]
    for i, item in enumerate(facts.resolutions):
        lines += say.wrap(f"{i + 1}) {item}.", width=width, indent="   ")
    if len(lines) > 3 and rng.random() < 0.3:
        lines.insert(rng.randint(2, len(lines) - 1), "<<page>>")
    if facts.conclusion_decision:
        lines.append(f"Đ/c chủ trì kết luận: {facts.conclusion_decision}.")
    return lines


def az_tasks(facts: Facts, rng: random.Random) -> list[str]:
    """AZ's tasks: run together on the lead's line with ";", or "- …;" one a line; the extra
    decision after them."""
    month = month_label(say.month_after(facts.day))
    lead = {
        "thematic": "* Sau chuyên đề, CB thống nhất:",
        "directives": "* CB thống nhất làm ngay:",
        "member_development": "* CB thống nhất:",
        "inspection": "* CB thống nhất:",
    }.get(kind(facts), f"* NQ T{month} – CB thống nhất các việc:")
    items = facts.resolutions
    if rng.random() < 0.6:
        lines = [f"{lead} {'; '.join(items)}."]
    else:
        lines = [lead, *(f"- {item};" for item in items[:-1]), f"- {items[-1]}."]
    if facts.conclusion_decision:
        lines.append(f"{facts.conclusion_decision}.")
    return lines


# The vote: on admitting a candidate, on a penalty (secret ballot), by show of hands; {a} in
# favour, {t} voting, {c} against, {p} the share, always in figures.
VOTES = {
    "AY": {
        "member_development": "Đảng viên chính thức biểu quyết đề nghị kết nạp: {a}/{t} đ/c"
        " tán thành.",
        "inspection": "Kết quả bỏ phiếu kín: {a}/{t} phiếu tán thành đề nghị kỷ luật.",
        "hands": "Tán thành nghị quyết: {a}/{t} đ/c dự họp ({p}).",
        "split": "Kết quả biểu quyết: {a} đ/c tán thành, {c} đ/c chưa tán thành, trên {t} đ/c"
        " có mặt.",
    },
    "AZ": {
        "member_development": "ĐV chính thức biểu quyết kết nạp: {a}/{t} tán thành.",
        "inspection": "Bỏ phiếu kín kỷ luật: {a}/{t} phiếu tán thành.",
        "hands": "Biểu quyết NQ: {a}/{t} ĐV tán thành.",
        "split": "Biểu quyết NQ: {a} tán thành, {c} không tán thành / {t} ĐV dự họp.",
    },
}


def vote(facts: Facts, rng: random.Random, family: str) -> list[str]:
    """The vote in one of the family's forms."""
    if facts.vote is None:
        return []
    agree, total = facts.vote
    forms = VOTES[family]
    key = facts.purpose or ("split" if agree < total and rng.random() < 0.6 else "hands")
    form = forms.get(key, forms["hands"])
    return [form.format(a=agree, t=total, c=total - agree, p=say.percent(agree, total))]

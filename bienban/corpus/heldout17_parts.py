"""AM's and AN's reports, discussion, adopted tasks and vote: the body between the roll call and
the close.

HELD-OUT: `heldout17.py` says why AM and AN stay closed to whoever writes or tunes the
extraction rules; this module is closed with it.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from bienban.corpus import heldout17_phrases as say
from bienban.corpus.facts import Facts, Speech
from bienban.corpus.heldout2_phrases import guest_name


@dataclass(frozen=True)
class Pen:
    """One document's writers, each in the form drawn for it and kept throughout: `day` (a
    date), `clock` (an (hour, minute)) and `n` (a count); `field` puts a value on a printed
    form's dotted line (AN's book; AM writes values plainly)."""

    family: str
    day: Callable[[date], str]
    clock: Callable[[tuple[int, int]], str]
    n: Callable[[int], str]
    field: Callable[[str], str]
    purpose: str

    @property
    def is_am(self) -> bool:
        return self.family == "AM"


_STORIES = (
    "Bác Hồ với việc giữ gìn của công",
    "Bữa cơm đạm bạc của Bác",
    "Bác đến thăm lớp bình dân học vụ",
    "Đôi dép cao su của Bác",
)
ORDER = {
    "AM": (
        "current_affairs",
        "directive",
        "review",
        "presenter",
        "hcm",
        "ideology",
        "criticism",
        "inspection",
        "mass_mobilization",
        "fees",
    ),
    "AN": (
        "fees",
        "current_affairs",
        "review",
        "directive",
        "ideology",
        "presenter",
        "hcm",
        "mass_mobilization",
        "inspection",
        "criticism",
    ),
}
BUSINESS = {"member_development": "candidate", "inspection": "offender", "directives": "urgent"}
# AM: one flowing paragraph a report, opened with a word that carries the story on.
_AM_SAID = {
    "current_affairs": "Mở đầu phần nội dung, đồng chí {chair} điểm lại một số tin tức thời sự "
    "đáng chú ý trong tháng: {news}.",
    "directive": "Tiếp đó, chi bộ nghe đồng chí {chair} truyền đạt và quán triệt {directive}, "
    "nhấn mạnh những việc chi bộ cần cụ thể hóa tại {unit}.",
    "review": "Về kết quả thực hiện nghị quyết tháng {prev}, đồng chí {chair} thay mặt chi ủy "
    "đánh giá: {items}.{extra}",
    "presenter": "Sang phần sinh hoạt chuyên đề, đồng chí {presenter} trình bày bản chuyên đề "
    "“{title}” đã được chi ủy chuẩn bị bằng văn bản; các đồng chí dự họp liên hệ với công việc "
    "của bản thân.",
    "hcm": "Thực hiện việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh, đồng "
    "chí {reader} kể câu chuyện “{story}”, từ đó liên hệ với nếp làm việc của chi bộ.",
    "ideology": "Nắm tình hình tư tưởng trong tháng, chi ủy nhận định: {ideology}",
    "criticism": "Qua tự phê bình và phê bình, chi bộ thống nhất: {criticism}",
    "inspection": "Về kiểm tra, giám sát, chi ủy đã giám sát đồng chí {watched} theo kế hoạch; "
    "đồng chí chấp hành tốt, chưa phát hiện sai phạm.",
    "mass_mobilization": "Công tác dân vận được duy trì, chi bộ cùng Mặt trận và các đoàn thể "
    "tổ chức được {times} buổi gặp gỡ, vận động nhân dân.",
    "fees": "Đảng phí tháng {month} đã thu đủ, số tiền {amount} đồng, nộp về cấp trên đúng hạn.",
    "candidate": "Đồng chí {chair} báo cáo hồ sơ của quần chúng {candidate} xin vào Đảng: đơn, "
    "lý lịch, nhận xét của đoàn thể và chi ủy nơi cư trú đều đầy đủ, hợp lệ.",
    "offender": "Đồng chí {offender} trình bày bản tường trình về sai phạm của mình; sau đó "
    "đồng chí {chair} báo cáo kết quả kiểm tra của chi ủy và đề xuất hình thức kỷ luật.",
    "urgent": "Đồng chí {chair} truyền đạt chỉ đạo khẩn của Đảng ủy về {urgent}, yêu cầu chi bộ "
    "triển khai ngay sau cuộc họp.",
}
# AN: (the step of the meeting's timeline, what is noted under it).
_AN_SAID = {
    "fees": ("Thu đảng phí", "Thu đảng phí tháng {month}: {amount} đồng; đã nộp đủ."),
    "current_affairs": ("Điểm tin thời sự", "Đ/c {chair} điểm tin: {news}."),
    "review": ("Đánh giá kết quả thực hiện nghị quyết tháng {prev}", "Đ/c {chair} báo cáo:"),
    "directive": ("Quán triệt văn bản cấp trên", "Đ/c {chair} đọc và quán triệt {directive}."),
    "ideology": ("Tình hình tư tưởng đảng viên, nhân dân trong khu vực", "{ideology}"),
    "presenter": (
        "Sinh hoạt chuyên đề",
        "Đ/c {presenter} đọc chuyên đề “{title}”; các đ/c nghe và liên hệ.",
    ),
    "hcm": (
        "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
        "Đ/c {reader} kể chuyện “{story}”.",
    ),
    "mass_mobilization": (
        "Công tác dân vận",
        "Phối hợp Mặt trận, các đoàn thể đi vận động nhân dân được {times} buổi.",
    ),
    "inspection": (
        "Công tác kiểm tra, giám sát",
        "Chi ủy giám sát đ/c {watched}: chấp hành tốt.",
    ),
    "criticism": ("Tự phê bình và phê bình", "{criticism}"),
    "candidate": (
        "Xét đề nghị kết nạp quần chúng {candidate} vào Đảng",
        "Chi ủy đọc đơn, lý lịch, nhận xét của đoàn thể và nơi cư trú.",
    ),
    "offender": (
        "Xem xét kỷ luật đảng viên {offender}",
        "Đ/c {offender} đọc bản tường trình; chi ủy báo cáo kết quả kiểm tra.",
    ),
    "urgent": ("Nghe chỉ đạo khẩn của Đảng ủy", "Đ/c {chair} truyền đạt chỉ đạo về {urgent}."),
}


def _values(facts: Facts, rng: random.Random, pen: Pen) -> dict[str, Any]:
    """What the report templates are filled with."""
    s = facts.sections
    return {
        "chair": facts.chair,
        "unit": facts.unit.unit,
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
        "month": say.month_label(facts.day),
        "prev": say.month_label(say.month_before(facts.day)),
        "amount": say.money(rng.randrange(120, 3000) * 1000),
        "news": "; ".join(s.get("current_affairs") or []),
        "ideology": " ".join(s.get("ideology") or []),
        "criticism": " ".join(s.get("criticism") or []),
        "items": "",
        "extra": "",
    }


def report_keys(facts: Facts, family: str) -> list[str]:
    """The reports the facts hold, in the family's order; an extraordinary meeting's business."""
    if facts.meeting_type == "extraordinary":
        return [BUSINESS[facts.purpose or "directives"]]
    return [key for key in ORDER[family] if facts.sections.get(key)]


def _distractor(facts: Facts, rng: random.Random, pen: Pen) -> str:
    """A figure or deadline that is not the meeting's, when the facts hold one."""
    if "distractor" not in facts.sections:
        return ""
    due = facts.day + timedelta(days=rng.randint(20, 90))
    if due == facts.sections.get("next_meeting"):
        due += timedelta(days=1)
    return str(facts.sections["distractor"]).replace("ngày .", f"ngày {pen.day(due)}.")


def _am_review(facts: Facts, rng: random.Random, pen: Pen, values: dict[str, Any]) -> None:
    """AM's review inline: the results one after another, then what fell short."""
    values["items"] = "; ".join(say.lower_first(item) for item in facts.sections["review"])
    extra = [_distractor(facts, rng, pen)]
    if facts.sections.get("shortcomings"):
        extra.append(f"Tuy vậy vẫn còn {'; '.join(facts.sections['shortcomings'])}.")
    values["extra"] = "".join(f" {said}" for said in extra if said)


def am_reports(facts: Facts, rng: random.Random, pen: Pen) -> list[str]:
    """AM's reports, one paragraph each."""
    values = _values(facts, rng, pen)
    if facts.sections.get("review") and facts.meeting_type != "extraordinary":
        _am_review(facts, rng, pen, values)
    return [_AM_SAID[key].format(**values) for key in report_keys(facts, "AM")]


def an_reports(facts: Facts, rng: random.Random, pen: Pen) -> list[tuple[str, list[str]]]:
    """AN's reports as (the timeline step, the lines noted under it)."""
    values = _values(facts, rng, pen)
    found = []
    for key in report_keys(facts, "AN"):
        step, said = _AN_SAID[key]
        lines = [said.format(**values)]
        if key == "review":
            lines += [f"+ {say.capital(item)}." for item in facts.sections["review"]]
            if facts.sections.get("shortcomings"):
                lines.append(f"+ Chưa làm được: {'; '.join(facts.sections['shortcomings'])}.")
            lines += [said for said in [_distractor(facts, rng, pen)] if said]
        found.append((step.format(**values), lines))
    return found


def _who(facts: Facts, speech: Speech, *, honorific: str) -> str:
    """A member with `honorific`, a guest as "ông Name (role)"."""
    role = say.guest_role(facts, speech.speaker)
    if role is None:
        return f"{honorific} {speech.speaker}"
    return f"{say.lower_first(guest_name(speech.speaker, {}))} ({role})"


_AM_TURNS = ("Phát biểu đầu tiên", "Tiếp lời", "Sau đó", "Cũng tham gia ý kiến", "Tiếp theo")


def am_talk(facts: Facts, pen: Pen) -> str:
    """AM's discussion in one paragraph: nobody spoke; a count and what it was about; or each
    opinion in turn, after the count when the minutes state one."""
    stated = facts.stated_speakers
    if stated == 0:
        return "Không có đồng chí nào phát biểu thêm; chi bộ nhất trí với các nội dung đã nêu."
    if not say.is_listed(facts):
        many = pen.n(stated or len(facts.speeches))
        return (
            f"Phần thảo luận có {many} lượt ý kiến, chủ yếu xoay quanh {say.gist(facts.speeches)}."
        )
    said = ["Chi bộ chuyển sang thảo luận."]
    if stated is not None:
        said = [f"Chi bộ chuyển sang thảo luận với {pen.n(stated)} lượt ý kiến."]
    last = len(facts.speeches) - 1
    for index, speech in enumerate(facts.speeches):
        turn = "Cuối cùng" if index == last and index else _AM_TURNS[min(index, 4)]
        said.append(f"{turn}, {_who(facts, speech, honorific='đồng chí')} {speech.text}")
    return " ".join(said)


def an_talk(facts: Facts, pen: Pen) -> list[str]:
    """AN's discussion, noted under its step."""
    stated = facts.stated_speakers
    if stated == 0:
        return ["Không có đ/c nào phát biểu."]
    if not say.is_listed(facts):
        said = pen.field(pen.n(stated or len(facts.speeches)))
        return [f"Số lượt phát biểu: {said} lượt; ý kiến tập trung: {say.gist(facts.speeches)}."]
    lines = [f"Số lượt phát biểu: {pen.field(pen.n(stated))} lượt."] if stated is not None else []
    for speech in facts.speeches:
        who = say.capital(_who(facts, speech, honorific="đ/c"))
        lines.append(f"+ {who}: {say.capital(speech.text)}")
    return lines


def _kind(facts: Facts) -> str:
    return (facts.purpose if facts.meeting_type == "extraordinary" else facts.meeting_type) or ""


def am_conclusion(facts: Facts, rng: random.Random) -> list[str]:
    """The chair's conclusion with the tasks "(1) …; (2) …", inline or a line each; then the
    extra decision."""
    month = say.month_label(say.month_after(facts.day))
    leads = {
        "directives": "chi bộ thống nhất triển khai ngay các việc sau",
        "thematic": "để đưa nội dung chuyên đề vào việc làm cụ thể, chi bộ thống nhất",
        "member_development": "chi bộ thống nhất",
        "inspection": "chi bộ thống nhất",
    }
    lead = leads.get(_kind(facts), f"trong tháng {month} chi bộ tập trung thực hiện các nhiệm vụ")
    meeting = "cuộc họp" if facts.meeting_type == "extraordinary" else "buổi sinh hoạt"
    head = f"Kết luận {meeting}, đồng chí {facts.chair} nêu rõ {lead}:"
    count = len(facts.resolutions)
    items = [
        f"({i + 1}) {item}{'.' if i == count - 1 else ';'}"
        for i, item in enumerate(facts.resolutions)
    ]
    lines = [" ".join([head, *items])] if rng.random() < 0.6 else [head, *items]
    if facts.conclusion_decision:
        lines.append(f"{facts.conclusion_decision}.")
    return lines


_OWNERS = ("Chi ủy", "Toàn chi bộ", "Các tổ đảng", "Chi ủy và các tổ đảng")


def _owner(facts: Facts, rng: random.Random, item: str) -> str:
    """Who carries a task out: the member it assigns the task to; a member only where the meeting assigned
    members their tasks; else the committee or the whole cell."""
    named = [m for m in facts.members if f"đồng chí {m}" in item]
    if named and item.startswith(("Phân công", "Giao")):
        return f"đ/c {named[0]}"
    if "member_assignment" in facts.topics and rng.random() < 0.6:
        return f"đ/c {rng.choice(facts.members)}"
    return rng.choice(_OWNERS)


def _deadline(facts: Facts, rng: random.Random) -> str:
    """A task's deadline, never before the meeting: a day and month, or in words."""
    roll = rng.random()
    if roll < 0.4:
        due = facts.day + timedelta(days=rng.randint(10, 45))
        return f"trước {due.day}/{due.month}"
    if roll < 0.7:
        return f"trong tháng {say.month_after(facts.day).month}"
    return rng.choice(["thường xuyên", "hằng tuần", "xong trong quý"])


def an_items(facts: Facts, rng: random.Random) -> list[str]:
    """AN's tasks with who carries each out and by when: a ruled grid, or numbered lines with
    who and by when on the line below (a long task sometimes runs on to the next line,
    and the list sometimes goes over the page); the extra decision after them."""
    tasks = [(item, _owner(facts, rng, item), _deadline(facts, rng)) for item in facts.resolutions]
    if rng.random() < 0.5:
        rows = [f"| {i + 1} | {item} | {who} | {due} |" for i, (item, who, due) in enumerate(tasks)]
        lines = ["| TT | Việc cần làm | Thực hiện | Thời hạn |", *rows]
    else:
        width = rng.randint(50, 70)
        lines = []
        breaks = rng.randint(1, len(tasks) - 1) if len(tasks) > 2 and rng.random() < 0.3 else 0
        for i, (item, who, due) in enumerate(tasks):
            lines += ["<<page>>"] if breaks and i == breaks else []
            lines += say.split_line(f"{i + 1}. {item}.", width=width)
            lines.append(f"   Thực hiện: {who}. Thời hạn: {due}.")
    if facts.conclusion_decision:
        lines.append(f"{facts.conclusion_decision}.")
    return lines


def an_lead(facts: Facts) -> str:
    """The step under which AN notes the tasks."""
    month = say.month_label(say.month_after(facts.day))
    leads = {
        "directives": "Chi bộ thống nhất các việc phải làm ngay",
        "thematic": "Chi bộ thống nhất việc làm theo chuyên đề",
        "member_development": "Chi bộ thống nhất kết luận",
        "inspection": "Chi bộ thống nhất kết luận",
    }
    return leads.get(_kind(facts), f"Chi bộ bàn và thống nhất việc làm tháng {month}")


# The vote: on admitting a candidate, on a penalty (secret ballot), by show of hands; {a} in
# favour, {t} voting, {p} the share, {c} those against as the family says them.
VOTES = {
    "AM": {
        "member_development": "Biểu quyết đề nghị kết nạp: có {a} trong tổng số {t} đảng viên "
        "chính thức dự họp tán thành, đạt tỷ lệ {p}.",
        "inspection": "Chi bộ bỏ phiếu kín về hình thức kỷ luật: phát ra {t} phiếu, thu về {t} "
        "phiếu, trong đó {a} phiếu tán thành, đạt tỷ lệ {p}.",
        "hands": "Chi bộ biểu quyết thông qua kết luận: có {a} trong tổng số {t} đồng chí dự họp "
        "giơ tay tán thành, đạt tỷ lệ {p}{c}.",
    },
    "AN": {
        "member_development": "Biểu quyết kết nạp – đảng viên chính thức biểu quyết: {t} đ/c; "
        "tán thành: {a} đ/c.",
        "inspection": "Bỏ phiếu kín – số phiếu phát ra: {t} phiếu; số phiếu tán thành kỷ luật: {a} "
        "phiếu.",
        "hands": "Biểu quyết giơ tay – tán thành: {a} đ/c; không tán thành: {c} đ/c; tổng số "
        "biểu quyết: {t} đ/c.",
    },
}
AGAINST = "; {} đồng chí không tán thành"


def vote(facts: Facts, pen: Pen) -> list[str]:
    """The vote in the family's form; AN's counts on the form's dotted lines."""
    if facts.vote is None:
        return []
    agree, total = facts.vote
    forms = VOTES[pen.family]
    form = forms.get(facts.purpose or "", forms["hands"])
    if pen.is_am:
        against = AGAINST.format(pen.n(total - agree)) if total > agree else ""
        said = form.format(a=pen.n(agree), t=pen.n(total), c=against, p=say.share(agree, total))
    else:
        written = (pen.field(pen.n(value)) for value in (agree, total, total - agree))
        said = form.format(**dict(zip("atc", written, strict=True)))
    return [said]

"""AK's and AL's reports, discussion, adopted tasks, vote and next meeting: the body between the
roll call and the close.

HELD-OUT: `heldout16.py` says why AK and AL stay closed to whoever writes or tunes the
extraction rules; this module is closed with it.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from bienban.corpus import heldout16_phrases as say
from bienban.corpus.facts import Facts, Speech
from bienban.corpus.heldout2_phrases import guest_name
from bienban.corpus.words import number_in_words


@dataclass(frozen=True)
class Pen:
    """One document's writers, each in the form drawn for it and kept throughout: `day` (a
    date), `clock` (an (hour, minute)) and `n` (a count); `padded` months ("03/2024")."""

    family: str
    day: Callable[[date], str]
    clock: Callable[[tuple[int, int]], str]
    n: Callable[[int], str]
    padded: bool
    purpose: str

    @property
    def is_ak(self) -> bool:
        return self.family == "AK"


_STORIES = (
    "Bác Hồ trồng cây ở làng Kim Liên",
    "Chiếc đồng hồ của Bác",
    "Bác ăn cơm cùng bộ đội",
    "Bác dặn cán bộ phải thật thà, gần dân",
)
ORDER = {
    "AK": (
        "current_affairs",
        "review",
        "directive",
        "presenter",
        "ideology",
        "criticism",
        "inspection",
        "mass_mobilization",
        "hcm",
        "fees",
    ),
    "AL": (
        "directive",
        "current_affairs",
        "presenter",
        "hcm",
        "review",
        "ideology",
        "criticism",
        "mass_mobilization",
        "inspection",
        "fees",
    ),
}
BUSINESS = {"member_development": "candidate", "inspection": "offender", "directives": "urgent"}
# AK: one terse line a report, led by what it is.
_AK_SAID = {
    "current_affairs": "Thời sự: {news}.",
    "directive": "Đ/c {chair} phổ biến, quán triệt {directive}.",
    "presenter": "Đ/c {presenter} nói chuyện chuyên đề “{title}”; mọi người liên hệ bản thân.",
    "review": "Kiểm điểm việc làm tháng {prev} theo nghị quyết tháng trước:",
    "fees": "Đảng phí tháng {month}: thu đủ {amount}đ, đã nộp lên Đảng ủy.",
    "ideology": "Tư tưởng đảng viên, nhân dân: {ideology}",
    "criticism": "Phê bình, tự phê bình: {criticism}",
    "hcm": "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh: đ/c {reader} kể "
    "chuyện “{story}”.",
    "inspection": "Chi ủy kiểm tra, giám sát đ/c {watched}: làm tốt, không có vi phạm.",
    "mass_mobilization": "Dân vận: phối hợp Mặt trận, đoàn thể đi vận động nhân dân {times} lần.",
    "candidate": "Xét kết nạp quần chúng {candidate} vào Đảng: chi ủy đọc đơn, lý lịch, nhận "
    "xét của đoàn thể và nơi cư trú.",
    "offender": "Đ/c {offender} đọc bản tự kiểm điểm; chi ủy báo cáo kết quả kiểm tra, đề "
    "nghị hình thức kỷ luật.",
    "urgent": "Đ/c {chair} truyền đạt chỉ đạo khẩn của Đảng ủy về {urgent}.",
}
# AL: (the numbered head of the report, what is said under it).
_AL_SAID = {
    "current_affairs": (
        "Thông tin thời sự",
        "Đồng chí {chair} thông tin đến hội nghị: {news}.",
    ),
    "directive": (
        "Quán triệt văn bản cấp trên",
        "Hội nghị nghe đồng chí {chair} quán triệt {directive}.",
    ),
    "presenter": (
        "Nội dung sinh hoạt chuyên đề",
        "Đồng chí {presenter} trình bày chuyên đề “{title}”.\nĐảng viên thảo luận, liên hệ "
        "trách nhiệm cá nhân và thực tiễn tại {unit}.",
    ),
    "hcm": (
        "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
        "Đồng chí {reader} đọc mẩu chuyện “{story}”; hội nghị rút ra bài học liên hệ.",
    ),
    "review": (
        "Đánh giá kết quả thực hiện Nghị quyết tháng {prev}",
        "Đồng chí {chair} thay mặt chi ủy báo cáo kết quả đạt được:",
    ),
    "ideology": ("Tình hình tư tưởng đảng viên và dư luận xã hội", "{ideology}"),
    "criticism": ("Tự phê bình và phê bình", "{criticism}"),
    "mass_mobilization": (
        "Công tác dân vận",
        "Chi bộ phối hợp Mặt trận Tổ quốc và các đoàn thể tổ chức {times} đợt vận động.",
    ),
    "inspection": (
        "Công tác kiểm tra, giám sát",
        "Chi ủy đã giám sát đồng chí {watched}; qua giám sát, đồng chí chấp hành tốt quy định.",
    ),
    "fees": (
        "Thu, nộp đảng phí",
        "Chi bộ đã thu đảng phí tháng {month} với tổng số tiền {amount} đồng.",
    ),
    "candidate": (
        "Xem xét đề nghị kết nạp đảng viên",
        "Chi ủy báo cáo hồ sơ đề nghị kết nạp quần chúng {candidate}, gồm đơn xin vào Đảng, "
        "lý lịch và nhận xét của các đoàn thể.",
    ),
    "offender": (
        "Xem xét thi hành kỷ luật đảng viên",
        "Đảng viên {offender} trình bày bản kiểm điểm; đồng chí {chair} báo cáo kết luận "
        "kiểm tra của chi ủy.",
    ),
    "urgent": (
        "Triển khai chỉ đạo khẩn của Đảng ủy",
        "Đồng chí {chair} triển khai ý kiến chỉ đạo của Đảng ủy về {urgent}.",
    ),
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
        "month": say.month_label(facts.day, padded=pen.padded),
        "prev": say.month_label(say.month_before(facts.day), padded=pen.padded),
        "amount": say.money(rng.randrange(150, 3600) * 1000),
        "news": "; ".join(say.lower_first(item) for item in s.get("current_affairs") or []),
        "ideology": " ".join(s.get("ideology") or []),
        "criticism": " ".join(s.get("criticism") or []),
    }


def report_keys(facts: Facts, family: str) -> list[str]:
    """The reports the facts hold, in the family's order; an extraordinary meeting's business."""
    if facts.meeting_type == "extraordinary":
        return [BUSINESS[facts.purpose or "directives"]]
    return [key for key in ORDER[family] if facts.sections.get(key)]


def _review(facts: Facts, rng: random.Random, pen: Pen) -> list[str]:
    """The review's items, what fell short, and a figure or deadline not the meeting's."""
    mark, short = ("-", "Còn yếu:") if pen.is_ak else ("+", "Hạn chế, tồn tại:")
    lines = [f"{mark} {say.capital(item)}." for item in facts.sections["review"]]
    if facts.sections.get("shortcomings"):
        lines.append(f"{short} {'; '.join(facts.sections['shortcomings'])}.")
    if "distractor" in facts.sections:
        due = facts.day + timedelta(days=rng.randint(20, 90))
        lines.append(facts.sections["distractor"].replace("ngày .", f"ngày {pen.day(due)}."))
    return lines


def reports(facts: Facts, rng: random.Random, pen: Pen) -> list[tuple[str, list[str]]]:
    """Each report as (its head, its lines); AK's heads are "" (its lines lead with the head)."""
    values = _values(facts, rng, pen)
    found = []
    for key in report_keys(facts, pen.family):
        title, said = ("", _AK_SAID[key]) if pen.is_ak else _AL_SAID[key]
        lines = said.format(**values).split("\n")
        if key == "review":
            lines += _review(facts, rng, pen)
        found.append((title.format(**values), lines))
    return found


def _who(facts: Facts, speech: Speech, *, honorific: str) -> str:
    """A member with `honorific`, a guest as "Ông Name (role)"."""
    role = say.guest_role(facts, speech.speaker)
    if role is None:
        return f"{honorific} {speech.speaker}"
    return say.capital(f"{guest_name(speech.speaker, {})} ({role})")


def talk(facts: Facts, pen: Pen) -> list[str]:
    """The discussion: nobody spoke; a count and what it was about; or the opinions one by one,
    after a count when the minutes state one."""
    stated = facts.stated_speakers
    if pen.is_ak:
        nobody, summary = "Ý kiến: không ai phát biểu thêm.", "Có {n} ý kiến, chủ yếu {about}."
        counted, plain = "Ý kiến ({n} người nói):", "Ý kiến:"
    else:
        nobody = "Hội nghị không có ý kiến phát biểu thêm."
        summary = "Hội nghị đã nghe {n} lượt ý kiến tham gia, tập trung vào: {about}."
        counted = "Hội nghị đã nghe {n} lượt ý kiến tham gia; các ý kiến chính:"
        plain = "Ý kiến tham gia:"
    if stated == 0:
        return [nobody]
    if not say.is_listed(facts):
        return [
            summary.format(n=pen.n(stated or len(facts.speeches)), about=say.gist(facts.speeches))
        ]
    lines = [plain if stated is None else counted.format(n=pen.n(stated))]
    for index, speech in enumerate(facts.speeches):
        if pen.is_ak:
            lines.append(f"- {_who(facts, speech, honorific='Đ/c')} {speech.text}")
        else:
            who = _who(facts, speech, honorific="Đồng chí")
            lines.append(f"{chr(ord('a') + index)}) {who}: {say.capital(speech.text)}")
    return lines


def lead(facts: Facts, pen: Pen) -> str:
    """What the adopted tasks are introduced with."""
    kind = facts.purpose if facts.meeting_type == "extraordinary" else facts.meeting_type
    month = say.month_label(say.month_after(facts.day), padded=pen.padded)
    if pen.is_ak:
        leads = {
            "directives": "Chi bộ thống nhất phải làm ngay:",
            "thematic": "Chi bộ thống nhất vận dụng chuyên đề vào việc làm cụ thể:",
            "member_development": "Chi bộ thống nhất:",
            "inspection": "Chi bộ thống nhất:",
        }
        return leads.get(kind or "", f"Chi bộ thống nhất việc tháng tới ({month}):")
    leads = {
        "directives": "Hội nghị thống nhất triển khai ngay các nhiệm vụ cấp bách sau:",
        "thematic": "Hội nghị thống nhất các giải pháp vận dụng nội dung chuyên đề:",
        "member_development": "Hội nghị thống nhất các nội dung sau:",
        "inspection": "Hội nghị thống nhất các nội dung sau:",
    }
    return leads.get(kind or "", f"Hội nghị thống nhất nhiệm vụ trọng tâm tháng {month} như sau:")


def ak_items(facts: Facts, rng: random.Random) -> list[str]:
    """AK's tasks "1/", "2/": a long one sometimes runs on to the next line; the extra decision
    after them."""
    wraps = rng.random() < 0.5
    lines = []
    for index, item in enumerate(facts.resolutions):
        said = f"{index + 1}/ {item}."
        lines += say.wrap_item(said, width=rng.randint(48, 60)) if wraps else [said]
    if facts.conclusion_decision:
        lines.append(f"{facts.conclusion_decision}.")
    return lines


def al_items(facts: Facts, rng: random.Random) -> list[str]:
    """AL's tasks, the extra decision the last one: a table, "Một là: …", or numbered."""
    items = list(facts.resolutions)
    if facts.conclusion_decision:
        items.append(facts.conclusion_decision)
    form = rng.choice(["table", "table", "word", "numbered"])
    if form == "table":
        rows = [f"| {i + 1} | {item} |" for i, item in enumerate(items)]
        return ["| TT | Nội dung nhiệm vụ |", *rows]
    if form == "word":
        return [
            f"{say.capital(number_in_words(i + 1))} là: {item}." for i, item in enumerate(items)
        ]
    return [f"{i + 1}. {item}{'.' if i == len(items) - 1 else ';'}" for i, item in enumerate(items)]


# The vote: on admitting a candidate, on a penalty (secret ballot), by show of hands; {a} in
# favour, {t} voting, {p} the share, {c} those against as the family says them.
VOTES = {
    "AK": {
        "member_development": "Biểu quyết kết nạp: {a}{per}{t} đ/c chính thức đồng ý.",
        "inspection": "Bỏ phiếu kín: phát ra {t} phiếu, thu về {t} phiếu, {a} phiếu đồng ý kỷ "
        "luật.",
        "hands": "Biểu quyết giơ tay: {a}{per}{t} đ/c nhất trí{c}.",
    },
    "AL": {
        "member_development": "Số đảng viên chính thức tham gia biểu quyết: {t} đồng chí; tán "
        "thành kết nạp: {a} đồng chí, đạt {p}.",
        "inspection": "Kết quả bỏ phiếu kín: số phiếu phát ra {t}, số phiếu tán thành hình thức "
        "kỷ luật {a}, đạt {p}.",
        "hands": "Hội nghị biểu quyết bằng hình thức giơ tay: {a}/{t} đồng chí tán thành, đạt "
        "{p}{c}.",
    },
}
AGAINST = {"AK": "; {} đ/c không nhất trí", "AL": "; không tán thành: {} đồng chí"}
NEXT = {
    "AK": "Hẹn họp kỳ sau: ngày {day}.",
    "AL": "Thời gian sinh hoạt kỳ tới: dự kiến ngày {day}.",
}


def vote_and_next(facts: Facts, pen: Pen, *, per: str) -> list[str]:
    """The vote in the family's form (`per` between AK's counts), and the next meeting."""
    lines = []
    if facts.vote is not None:
        agree, total = facts.vote
        forms = VOTES[pen.family]
        form = forms.get(facts.purpose or "", forms["hands"])
        against = AGAINST[pen.family].format(pen.n(total - agree)) if total > agree else ""
        lines.append(
            form.format(
                a=pen.n(agree), t=pen.n(total), c=against, per=per, p=say.share(agree, total)
            )
        )
    later = facts.sections.get("next_meeting")
    if later is not None:
        lines.append(NEXT[pen.family].format(day=pen.day(later)))
    return lines

"""BK's and BL's reports, discussion, tasks and vote.

HELD-OUT: closed to whoever writes or tunes the extraction rules, together with `heldout29.py`,
`heldout29_phrases.py` and `tests/corpus/test_heldout29.py`.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from bienban.corpus.facts import Facts, Speech
from bienban.corpus.heldout2_phrases import guest_name
from bienban.corpus.heldout27_parts import public
from bienban.corpus.heldout27_phrases import (
    capital,
    joined,
    money,
    month_after,
    month_before,
    percent,
)


@dataclass(frozen=True)
class Pen:
    """One document's hand: the family and how it writes a date, a clock and a count."""

    family: str
    day: Callable[[date], str]
    clock: Callable[[tuple[int, int]], str]
    n: Callable[[int], str]

    @property
    def is_bk(self) -> bool:
        return self.family == "BK"


ORDER = {
    "BK": (
        "current_affairs",
        "directive",
        "review",
        "ideology",
        "criticism",
        "presenter",
        "hcm",
        "mass_mobilization",
        "inspection",
        "fees",
    ),
    "BL": (
        "fees",
        "current_affairs",
        "directive",
        "review",
        "presenter",
        "hcm",
        "inspection",
        "mass_mobilization",
        "ideology",
        "criticism",
    ),
}
BUSINESS = {"member_development": "candidate", "inspection": "offender", "directives": "urgent"}
_BOOKS = (
    "Di chúc của Chủ tịch Hồ Chí Minh",
    "bài “Dân vận” của Chủ tịch Hồ Chí Minh",
    "bài “Cần kiệm liêm chính” của Chủ tịch Hồ Chí Minh",
)
# BK: (the part's heading, its lines); BL: (the note's label, its one line).
_BK: dict[str, tuple[str, list[str]]] = {
    "current_affairs": (
        "Thông tin thời sự",
        ["Đồng chí {chair} thông tin một số tin tức thời sự nổi bật:", "{list:current_affairs}"],
    ),
    "directive": (
        "Quán triệt văn bản của cấp trên",
        ["Đồng chí {chair} quán triệt {directive} đến toàn thể đảng viên trong chi bộ."],
    ),
    "ideology": (
        "Tình hình tư tưởng đảng viên",
        ["{join:ideology}."],
    ),
    "criticism": (
        "Tự phê bình và phê bình",
        ["{list:criticism}"],
    ),
    "presenter": (
        "Nội dung chuyên đề",
        [
            "Đồng chí {presenter} thông qua chuyên đề “{title}”.",
            "Chi bộ thảo luận, liên hệ thực tế tại {place}.",
        ],
    ),
    "hcm": (
        "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
        ["Đồng chí {reader} đọc {book}; đảng viên liên hệ bản thân, đăng ký việc làm theo."],
    ),
    "mass_mobilization": (
        "Công tác dân vận",
        ["Trong tháng, đảng viên phối hợp các đoàn thể vận động {public} được {times} đợt."],
    ),
    "inspection": (
        "Công tác kiểm tra, giám sát",
        ["Chi ủy giám sát đảng viên {watched}; qua giám sát chưa phát hiện vi phạm."],
    ),
    "fees": (
        "Đảng phí",
        ["Đồng chí {treasurer} báo cáo thu đảng phí tháng {month}: {amount} đồng."],
    ),
    "candidate": (
        "Xét đề nghị kết nạp đảng viên",
        [
            "Chi ủy báo cáo lý lịch, quá trình phấn đấu của quần chúng {candidate}; đọc nhận"
            " xét của đảng viên giúp đỡ và ý kiến của các đoàn thể nơi cư trú."
        ],
    ),
    "offender": (
        "Xem xét kỷ luật đảng viên",
        [
            "Đồng chí {offender} đọc bản tự kiểm điểm; chi ủy báo cáo nội dung vi phạm và"
            " đề xuất hình thức kỷ luật."
        ],
    ),
    "urgent": (
        "Triển khai nhiệm vụ đột xuất",
        ["Đồng chí {chair} quán triệt chỉ đạo khẩn của Đảng ủy về {urgent}."],
    ),
}
_BL: dict[str, tuple[str, str]] = {
    "current_affairs": ("Thời sự", "{join:current_affairs}."),
    "directive": ("Văn bản cấp trên", "đ/c {chair} phổ biến {directive}."),
    "presenter": ("Chuyên đề", "đ/c {presenter} trình bày “{title}”; ĐV trao đổi, liên hệ."),
    "hcm": ("Học tập, làm theo Bác", "đ/c {reader} đọc {book}."),
    "mass_mobilization": ("Dân vận", "ĐV tham gia vận động {public} {times} lần."),
    "ideology": ("Tư tưởng", "{join:ideology}."),
    "criticism": ("Phê bình, tự phê bình", "{join:criticism}."),
    "inspection": ("Giám sát", "chi ủy giám sát đ/c {watched}, không có vi phạm."),
    "fees": ("Đảng phí", "đ/c {treasurer} thu tháng {month} được {amount}đ."),
    "candidate": (
        "Xét kết nạp",
        "chi ủy báo cáo hồ sơ quần chúng {candidate}; ĐV xem xét, cho ý kiến.",
    ),
    "offender": ("Kỷ luật", "đ/c {offender} tự kiểm điểm; chi ủy đề xuất mức kỷ luật."),
    "urgent": ("Việc gấp", "đ/c {chair} truyền đạt chỉ đạo của Đảng ủy về {urgent}."),
}


def _values(facts: Facts, rng: random.Random, pen: Pen) -> dict[str, Any]:
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
        "treasurer": rng.choice(facts.members),
        "book": rng.choice(_BOOKS),
        "month": f"{facts.day.month}/{facts.day.year}" if pen.is_bk else str(facts.day.month),
        "amount": money(rng.randrange(120, 3600) * 1000),
        "public": public(facts),
        "place": facts.unit.unit,
    }


def report_keys(facts: Facts, family: str) -> list[str]:
    """The reports the facts hold, in the family's order; an extraordinary meeting's business."""
    if facts.meeting_type == "extraordinary":
        return [BUSINESS[facts.purpose or "directives"]]
    return [key for key in ORDER[family] if facts.sections.get(key)]


def _fill(line: str, facts: Facts, values: dict[str, Any], *, dash: str) -> list[str]:
    if line.startswith("{list:"):
        return [f"{dash} {capital(str(item)).rstrip('.')}." for item in facts.sections[line[6:-1]]]
    for key in ("current_affairs", "ideology", "criticism"):
        marker = "{join:" + key + "}"
        if marker in line:
            line = line.replace(marker, joined([str(i) for i in facts.sections[key]]))
    return [line.format(**values)]


def distractor(facts: Facts, rng: random.Random, pen: Pen) -> str:
    """A figure or deadline that is not the meeting's, when the facts hold one."""
    if "distractor" not in facts.sections:
        return ""
    due = facts.day + timedelta(days=rng.randint(15, 80))
    while due == facts.sections.get("next_meeting"):
        due += timedelta(days=1)
    return str(facts.sections["distractor"]).replace("ngày .", f"ngày {pen.day(due)}.")


def _review(facts: Facts, rng: random.Random, pen: Pen) -> tuple[str, list[str]]:
    before = month_before(facts.day)
    done = [str(item) for item in facts.sections["review"]]
    short = facts.sections.get("shortcomings")
    aside = distractor(facts, rng, pen)
    if pen.is_bk:
        lines = [f"- {capital(item).rstrip('.')}." for item in done]
        lines += [f"- {aside}"] if aside else []
        lines += [f"* Hạn chế: {joined(short)}."] if short else []
        return f"Kết quả thực hiện nghị quyết tháng {before.month}/{before.year}", lines
    said = f"{joined([capital(done[0]), *done[1:]])}."
    said += f" Tồn tại: {joined(short)}." if short else ""
    said += f" {aside}" if aside else ""
    return f"Kiểm điểm NQ tháng {before.month}", [said]


def reports(facts: Facts, rng: random.Random, pen: Pen) -> list[tuple[str, list[str]]]:
    """The family's reports as (the part's heading or label, the lines under it)."""
    values = _values(facts, rng, pen)
    found = []
    for key in report_keys(facts, pen.family):
        if key == "review":
            found.append(_review(facts, rng, pen))
        elif pen.is_bk:
            head, said = _BK[key]
            found.append((head, [o for ln in said for o in _fill(ln, facts, values, dash="-")]))
        else:
            label, line = _BL[key]
            found.append((label, _fill(line, facts, values, dash="-")))
    return found


def is_listed(facts: Facts) -> bool:
    """Whether the minutes give each opinion, rather than a count alone."""
    return (
        facts.stated_speakers != 0 and bool(facts.speeches) and not facts.sections.get("summarise")
    )


def _speaker(facts: Facts, speech: Speech, *, short: bool) -> str:
    """A member as "Đồng chí Name" (BL: "đ/c Name"), a guest as "Ông Name (role)"."""
    role = dict(facts.guests).get(speech.speaker)
    if role is not None:
        name = guest_name(speech.speaker, {})
        return f"{name} ({role})" if short else f"{capital(name)} ({role})"
    return f"đ/c {speech.speaker}" if short else f"Đồng chí {speech.speaker}"


BK_NOBODY = "Không có ý kiến thảo luận thêm."
BL_NOBODY = "Không ai có ý kiến khác."


def talk(facts: Facts, pen: Pen) -> list[str]:
    """The discussion: nobody; a count alone; or each opinion, the count before them when one is
    given."""
    stated = facts.stated_speakers
    if stated == 0:
        return [BK_NOBODY if pen.is_bk else BL_NOBODY]
    many = pen.n(stated or len(facts.speeches))
    if pen.is_bk:
        lead = f"Có {many} đồng chí phát biểu ý kiến"
        if not is_listed(facts):
            return [f"{lead}, các ý kiến thống nhất với nội dung báo cáo."]
        said = [f"- {_speaker(facts, s, short=False)}: {s.text}" for s in facts.speeches]
        return ([f"{lead}, cụ thể:"] if stated is not None else []) + said
    lead = f"Số đ/c phát biểu: {many}."
    if not is_listed(facts):
        return [f"{lead} Các ý kiến nhất trí với báo cáo."]
    said = [f"Ý kiến {_speaker(facts, s, short=True)}: {s.text}" for s in facts.speeches]
    return ([lead] if stated is not None else []) + said


def kind(facts: Facts) -> str:
    return (facts.purpose if facts.meeting_type == "extraordinary" else facts.meeting_type) or ""


def tasks_lead(facts: Facts, pen: Pen) -> str:
    """The words over the tasks."""
    after = month_after(facts.day)
    if pen.is_bk:
        return {
            "thematic": "Đồng chí chủ trì kết luận chuyên đề; chi bộ thống nhất các giải pháp:",
            "directives": "Đồng chí chủ trì kết luận, chi bộ thống nhất triển khai ngay:",
            "member_development": "Đồng chí chủ trì kết luận, chi bộ thống nhất:",
            "inspection": "Đồng chí chủ trì kết luận, chi bộ thống nhất:",
        }.get(
            kind(facts),
            f"Đồng chí chủ trì kết luận, chi bộ thống nhất phương hướng, nhiệm vụ tháng"
            f" {after.month}/{after.year}:",
        )
    return {
        "thematic": "Sau chuyên đề, chi bộ thống nhất:",
        "directives": "Chi bộ thống nhất triển khai ngay:",
        "member_development": "Chi bộ thống nhất:",
        "inspection": "Chi bộ thống nhất:",
    }.get(kind(facts), f"Nhiệm vụ tháng {after.month}:")


def tasks(facts: Facts, rng: random.Random, pen: Pen) -> list[str]:
    """The tasks one a line: BK numbered "1." (or "-"), each closed by ";" and the last by ".";
    BL under "+"; the extra decision last on its own line."""
    items = facts.resolutions
    lines = []
    if pen.is_bk:
        numbered = rng.random() < 0.6
        for index, item in enumerate(items):
            stop = "." if index == len(items) - 1 else ";"
            lines.append(f"{f'{index + 1}.' if numbered else '-'} {item}{stop}")
    else:
        lines = [f"+ {item}." for item in items]
    if facts.conclusion_decision:
        lines.append(f"{facts.conclusion_decision}.")
    return lines


# The vote: on admitting a candidate, on a penalty (secret ballot), on the resolution; {a} in
# favour, {t} voting, {c} against, {p} the share.
VOTES = {
    "BK": {
        "member_development": "Biểu quyết đề nghị kết nạp: {a}/{t} đảng viên chính thức tán"
        " thành, đạt {p}.",
        "inspection": "Kết quả bỏ phiếu kín: {a}/{t} phiếu đồng ý đề nghị thi hành kỷ luật.",
        "all": "Biểu quyết: {a}/{t} đồng chí tán thành, đạt {p}.",
        "split": "Biểu quyết: {a}/{t} đồng chí tán thành, đạt {p}; {c} đồng chí không tán thành.",
    },
    "BL": {
        "member_development": "Biểu quyết kết nạp: {a}/{t} ĐV chính thức đồng ý.",
        "inspection": "Bỏ phiếu kín: {a}/{t} phiếu đồng ý kỷ luật.",
        "all": "Biểu quyết: nhất trí {a}/{t} đ/c.",
        "split": "Biểu quyết: {a}/{t} đ/c nhất trí, {c} đ/c không nhất trí.",
    },
}


def vote(facts: Facts, pen: Pen) -> list[str]:
    """The vote in one of the family's forms, its counts in the hand's form."""
    if facts.vote is None:
        return []
    agree, total = facts.vote
    forms = VOTES[pen.family]
    key = facts.purpose or ("split" if agree < total else "all")
    form = forms.get(key, forms["split" if agree < total else "all"])
    n = pen.n
    return [form.format(a=n(agree), t=n(total), c=n(total - agree), p=percent(agree, total))]

"""BA's and BB's reports, discussion, tasks and vote.

HELD-OUT: closed to whoever writes or tunes the extraction rules, together with `heldout24.py`,
`heldout24_phrases.py` and `tests/corpus/test_heldout24.py`.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from bienban.corpus import heldout24_phrases as say
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
    def is_ba(self) -> bool:
        return self.family == "BA"


_STORIES = (
    "Bác Hồ với việc trồng cây",
    "Ba lần Bác từ chối quà biếu",
    "Bác Hồ và những bữa cơm đạm bạc",
    "Đôi dép cao su của Bác",
    "Bác căn dặn cán bộ phải thật thà, chí công vô tư",
)
ORDER = {
    "BA": (
        "current_affairs",
        "directive",
        "review",
        "ideology",
        "criticism",
        "hcm",
        "presenter",
        "mass_mobilization",
        "inspection",
    ),
    "BB": (
        "directive",
        "current_affairs",
        "review",
        "presenter",
        "hcm",
        "ideology",
        "criticism",
        "inspection",
        "mass_mobilization",
        "fees",
    ),
}
BUSINESS = {"member_development": "candidate", "inspection": "offender", "directives": "urgent"}
# (the part's heading, its lines); "{list:…}" gives one "- " (BA) or "+ " (BB) line per item.
_SAID: dict[str, dict[str, tuple[str, list[str]]]] = {
    "BA": {
        "current_affairs": (
            "Tin tức thời sự",
            ["Đ/c {chair} thông báo một số tin tức trong tháng:", "{list:current_affairs}"],
        ),
        "directive": (
            "Phổ biến văn bản cấp trên",
            [
                "Đ/c {chair} đọc {directive}, yêu cầu mỗi ĐV nắm vững để tuyên truyền cho"
                " gia đình và {public} cùng thực hiện."
            ],
        ),
        "ideology": ("Tình hình tư tưởng ĐV và {public}", ["{list:ideology}"]),
        "criticism": ("Tự phê bình và phê bình", ["{list:criticism}"]),
        "hcm": (
            "Học tập và làm theo Bác",
            [
                "Đ/c {reader} đọc mẩu chuyện “{story}”; chi bộ liên hệ việc học tập và làm theo"
                " tư tưởng, đạo đức, phong cách Hồ Chí Minh trong tháng."
            ],
        ),
        "presenter": (
            "Sinh hoạt chuyên đề",
            ["Đ/c {presenter} trình bày chuyên đề “{title}”.", "ĐV nghe và tự liên hệ bản thân."],
        ),
        "mass_mobilization": (
            "Công tác dân vận",
            ["Trong tháng ĐV cùng Mặt trận, các đoàn thể đi vận động {public} được {times} lần."],
        ),
        "inspection": (
            "Kiểm tra, giám sát",
            ["Chi ủy giám sát đ/c {watched}; kết quả: chấp hành tốt, không thấy vi phạm."],
        ),
        "candidate": (
            "Xét đề nghị kết nạp quần chúng {candidate}",
            [
                "Đ/c {chair} đọc đơn xin vào Đảng, lý lịch và bản nhận xét của đoàn thể, khu"
                " dân cư nơi cư trú đối với quần chúng {candidate}."
            ],
        ),
        "offender": (
            "Xem xét kỷ luật đ/c {offender}",
            ["Đ/c {offender} đọc bản kiểm điểm; đ/c {chair} báo cáo kết quả xác minh của chi ủy."],
        ),
        "urgent": (
            "Triển khai việc đột xuất",
            ["Đ/c {chair} truyền đạt ý kiến chỉ đạo của Đảng ủy về {urgent}."],
        ),
    },
    "BB": {
        "directive": (
            "Quán triệt văn bản của cấp trên",
            [
                "Đ/c {chair} quán triệt {directive}; đảng viên nghiên cứu, vận dụng vào nhiệm vụ"
                " của đơn vị."
            ],
        ),
        "current_affairs": (
            "Thông tin thời sự, chính sách mới",
            ["Đ/c {chair} thông tin một số vấn đề nổi bật:", "{list:current_affairs}"],
        ),
        "presenter": (
            "Sinh hoạt chuyên đề",
            [
                "Đ/c {presenter} trình bày chuyên đề “{title}”; đảng viên trao đổi, liên hệ thực"
                " tiễn tại đơn vị."
            ],
        ),
        "hcm": (
            "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
            ["Đ/c {reader} chia sẻ câu chuyện “{story}”; mỗi đảng viên đăng ký một việc làm theo."],
        ),
        "ideology": (
            "Tình hình tư tưởng cán bộ, đảng viên",
            ["Chi ủy nắm bắt và nhận định:", "{list:ideology}"],
        ),
        "criticism": ("Tự phê bình và phê bình", ["Chi bộ nhận xét:", "{list:criticism}"]),
        "inspection": (
            "Kiểm tra, giám sát",
            ["Chi ủy báo cáo kết quả giám sát đ/c {watched}: không phát hiện vi phạm."],
        ),
        "mass_mobilization": (
            "Công tác dân vận",
            [
                "Chi bộ chỉ đạo công đoàn, đoàn thanh niên tổ chức {times} hoạt động dân vận,"
                " hướng về cơ sở."
            ],
        ),
        "fees": (
            "Thu nộp đảng phí",
            ["Đảng phí tháng {month}: thu {amount} đồng; trích nộp cấp trên đúng quy định."],
        ),
        "candidate": (
            "Xét hồ sơ đề nghị kết nạp đảng viên",
            ["Đ/c {chair} báo cáo hồ sơ của quần chúng {candidate}; hồ sơ đầy đủ, đúng quy trình."],
        ),
        "offender": (
            "Xem xét, đề nghị thi hành kỷ luật",
            [
                "Đ/c {offender} đọc bản tự kiểm điểm; chi ủy báo cáo kết quả xác minh, đề xuất"
                " hình thức kỷ luật."
            ],
        ),
        "urgent": (
            "Triển khai nhiệm vụ đột xuất",
            ["Đ/c {chair} truyền đạt chỉ đạo khẩn của cấp trên về {urgent}."],
        ),
    },
}


def month_label(day: date) -> str:
    """ "3/2024" (BA) as a month is written; BB pads it, "03/2024"."""
    return f"{day.month}/{day.year}"


def padded_month(day: date) -> str:
    return f"{day.month:02d}/{day.year}"


def fee_amount(rng: random.Random) -> str:
    return say.money(rng.randrange(120, 3600) * 1000)


def _values(facts: Facts, rng: random.Random, pen: Pen) -> dict[str, Any]:
    """What the report templates are filled with."""
    s = facts.sections
    month = month_label if pen.is_ba else padded_month
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
        "month": month(facts.day),
        "amount": fee_amount(rng),
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


def _review(facts: Facts, rng: random.Random, pen: Pen) -> tuple[str, list[str]]:
    mark = "- " if pen.is_ba else "+ "
    prev = say.month_before(facts.day)
    items = [f"{mark}{say.capital(item)}." for item in facts.sections["review"]]
    items += [f"{mark}{said}" for said in [distractor(facts, rng, pen)] if said]
    short = facts.sections.get("shortcomings")
    if pen.is_ba:
        head = f"Đánh giá kết quả thực hiện nghị quyết tháng {month_label(prev)}"
        if short:
            items.append(f"Tồn tại: {'; '.join(short)}.")
        return head, items
    head = f"Kết quả thực hiện nghị quyết tháng {padded_month(prev)}"
    if short:
        items.append(f"+ Hạn chế, tồn tại: {'; '.join(short)}.")
    return head, ["Chi ủy báo cáo, chi bộ đánh giá:", *items]


def reports(facts: Facts, rng: random.Random, pen: Pen) -> list[tuple[str, list[str]]]:
    """The family's reports as (the part's heading, the lines under it)."""
    values = _values(facts, rng, pen)
    mark = "- " if pen.is_ba else "+ "
    found = []
    for key in report_keys(facts, pen.family):
        if key == "review":
            found.append(_review(facts, rng, pen))
            continue
        head, said = _SAID[pen.family][key]
        lines = []
        for line in said:
            if line.startswith("{list:"):
                lines += _items(facts, line[6:-1], mark)
            else:
                lines.append(line.format(**values))
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


BA_NOBODY = "Các đ/c đều nhất trí với các nội dung trên, không ai có ý kiến gì thêm."
BB_NOBODY = "Không có đảng viên đăng ký phát biểu."


def talk(facts: Facts, rng: random.Random, pen: Pen) -> list[str]:
    """The discussion: nobody; a count and the gist; or each opinion (BA: the name on a line of
    its own or in the line; BB: numbered), the count before them when one is given."""
    stated = facts.stated_speakers
    if stated == 0:
        return [BA_NOBODY if pen.is_ba else BB_NOBODY]
    many = pen.n(stated or len(facts.speeches))
    if pen.is_ba:
        if not is_listed(facts):
            return [f"Có tất cả {many} ý kiến, chủ yếu bàn về {gist(facts.speeches)}."]
        lines = [] if stated is None else [f"Có tất cả {many} ý kiến:"]
        if rng.random() < 0.5:
            for s in facts.speeches:
                lines += [f"+ {speaker(facts, s)}:", say.capital(s.text)]
            return lines
        return lines + [f"+ {speaker(facts, s)} nêu ý kiến: {s.text}" for s in facts.speeches]
    if not is_listed(facts):
        return [f"Tổng số ý kiến tham gia: {many}; nội dung chủ yếu: {gist(facts.speeches)}."]
    lines = [] if stated is None else [f"Tổng số ý kiến tham gia: {many}."]
    return lines + [
        f"Ý kiến {i + 1}. {speaker(facts, s)}: {say.capital(s.text)}"
        for i, s in enumerate(facts.speeches)
    ]


def kind(facts: Facts) -> str:
    return (facts.purpose if facts.meeting_type == "extraordinary" else facts.meeting_type) or ""


def tasks_lead(facts: Facts, pen: Pen) -> str:
    """The line over the tasks."""
    after = say.month_after(facts.day)
    if pen.is_ba:
        return {
            "thematic": "Sau chuyên đề, chi bộ thống nhất thực hiện mấy việc như sau:",
            "directives": "Chi bộ thống nhất các việc phải làm ngay:",
            "member_development": "Chi bộ thống nhất:",
            "inspection": "Chi bộ thống nhất:",
        }.get(kind(facts), f"Nghị quyết tháng {month_label(after)}, chi bộ thống nhất các việc:")
    return {
        "thematic": "Chi bộ thống nhất các giải pháp thực hiện chuyên đề:",
        "directives": "Chi bộ thống nhất các nhiệm vụ cấp bách:",
        "member_development": "Chi bộ kết luận như sau:",
        "inspection": "Chi bộ kết luận như sau:",
    }.get(kind(facts), f"Chi bộ thống nhất nhiệm vụ trọng tâm tháng {padded_month(after)}:")


def _mark(style: str, index: int, section: int) -> str:
    return {
        "letter_dash": f"{say.letter(index)}- ",
        "number": f"{index + 1}. ",
        "nested": f"{section}.{index + 1}. ",
        "task": f"Nhiệm vụ {index + 1}: ",
    }[style]


def add_deadlines(facts: Facts, rng: random.Random, pen: Pen) -> None:
    """BB: some tasks without a time of their own get a deadline in the month after the
    meeting; the record keeps each task as printed, deadline and all."""
    if facts.meeting_type == "extraordinary":
        return
    after = say.month_after(facts.day)
    for index, item in enumerate(facts.resolutions):
        if rng.random() < 0.3 and "ngày" not in item and "tháng" not in item:
            due = after + timedelta(days=rng.choice([9, 14, 19, 24, 27]))
            if due == facts.sections.get("next_meeting"):
                due += timedelta(days=1)
            facts.resolutions[index] = f"{item}, hoàn thành trước ngày {pen.day(due)}"


def tasks(facts: Facts, rng: random.Random, pen: Pen, *, section: int = 0) -> list[str]:
    """The tasks, each under its mark (BA wraps long ones by hand, its continued lines
    indented), the list sometimes going over the page; the extra decision after them."""
    width = rng.randint(54, 72)
    styles = ["letter_dash", "number"] if pen.is_ba else ["nested", "task"]
    style = rng.choice(styles)
    if style == "nested" and not section:
        style = "task"
    lines: list[str] = []
    for i, item in enumerate(facts.resolutions):
        said = f"{_mark(style, i, section)}{item}."
        lines += say.wrap(said, width=width, indent="   ") if pen.is_ba else [said]
    if len(lines) > 3 and rng.random() < 0.3:
        lines.insert(rng.randint(2, len(lines) - 1), "<<page>>")
    if facts.conclusion_decision:
        lines.append(f"{facts.conclusion_decision}.")
    return lines


# The vote: on admitting a candidate, on a penalty (secret ballot), on the resolution; {a} in
# favour, {t} voting, {c} against, {p} the share, always in figures.
VOTES = {
    "BA": {
        "member_development": "ĐV chính thức biểu quyết đề nghị kết nạp: {a}/{t} đ/c nhất trí.",
        "inspection": "Chi bộ bỏ phiếu kín: {a}/{t} phiếu nhất trí đề nghị kỷ luật.",
        "all": "Chi bộ biểu quyết nhất trí {a}/{t} ĐV dự họp (đạt {p}).",
        "split": "Biểu quyết: {a} đ/c nhất trí, {c} đ/c chưa nhất trí (trên {t} đ/c dự họp).",
    },
    "BB": {
        "member_development": "Kết quả biểu quyết đề nghị kết nạp (đảng viên chính thức):"
        " {a}/{t} tán thành ({p}).",
        "inspection": "Kết quả bỏ phiếu kín về đề nghị kỷ luật: {a}/{t} phiếu tán thành ({p}).",
        "all": "Kết quả biểu quyết thông qua nghị quyết: số đ/c biểu quyết {t}; tán thành {a}"
        " ({p}); không tán thành {c}.",
    },
}


def vote(facts: Facts, family: str) -> list[str]:
    """The vote in one of the family's forms."""
    if facts.vote is None:
        return []
    agree, total = facts.vote
    forms = VOTES[family]
    key = facts.purpose or ("split" if agree < total else "all")
    form = forms.get(key, forms["all"])
    return [form.format(a=agree, t=total, c=total - agree, p=say.percent(agree, total))]

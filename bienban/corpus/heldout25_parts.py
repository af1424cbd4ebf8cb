"""BC's and BD's reports, discussion, tasks and vote.

HELD-OUT: closed to whoever writes or tunes the extraction rules, together with `heldout25.py`,
`heldout25_phrases.py` and `tests/corpus/test_heldout25.py`.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from bienban.corpus import heldout25_phrases as say
from bienban.corpus.facts import Facts, Speech


@dataclass(frozen=True)
class Pen:
    """One document's hand: the family, and how it writes a date, a clock and a count."""

    family: str
    day: Callable[[date], str]
    clock: Callable[[tuple[int, int]], str]
    n: Callable[[int], str]

    @property
    def is_bc(self) -> bool:
        return self.family == "BC"


_STORIES = (
    "Bác Hồ với đồng bào các dân tộc",
    "Chiếc áo ấm của Bác",
    "Bác Hồ dạy cán bộ phải gần dân",
    "Bữa cơm có thêm đĩa cá kho",
    "Bác trồng cây ở Khu di tích Phủ Chủ tịch",
)
ORDER = {
    "BC": (
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
    "BD": (
        "current_affairs",
        "review",
        "directive",
        "ideology",
        "presenter",
        "hcm",
        "mass_mobilization",
        "criticism",
        "inspection",
        "fees",
    ),
}
BUSINESS = {"member_development": "candidate", "inspection": "offender", "directives": "urgent"}
# (the part's heading, its lines); "{list:…}" gives one "• " (BC) or "- " (BD) line per item.
_SAID: dict[str, dict[str, tuple[str, list[str]]]] = {
    "BC": {
        "current_affairs": (
            "Thông tin thời sự trong nước và địa phương",
            ["Đồng chí {chair} thông tin đến đảng viên:", "{list:current_affairs}"],
        ),
        "directive": (
            "Triển khai văn bản của cấp ủy cấp trên",
            [
                "Chi bộ nghe đồng chí {chair} triển khai {directive}. Đảng viên nghiên cứu, cụ thể"
                " hóa vào công việc của mình."
            ],
        ),
        "presenter": (
            "Nội dung sinh hoạt chuyên đề",
            [
                "Đồng chí {presenter} thông qua chuyên đề “{title}”; chi bộ liên hệ trách nhiệm"
                " của từng đảng viên."
            ],
        ),
        "hcm": (
            "{hcm_head}",
            [
                "Đồng chí {reader} đọc bài “{story}”; từng đảng viên đăng ký làm theo tư tưởng,"
                " đạo đức, phong cách Hồ Chí Minh bằng một việc cụ thể."
            ],
        ),
        "ideology": ("Tình hình tư tưởng đảng viên và {public}", ["{list:ideology}"]),
        "criticism": ("Kiểm điểm, tự phê bình và phê bình", ["{list:criticism}"]),
        "mass_mobilization": (
            "Công tác dân vận, phối hợp với Mặt trận và các đoàn thể",
            ["Đảng viên cùng các đoàn thể tham gia {times} đợt vận động {public} trong tháng."],
        ),
        "inspection": (
            "Công tác kiểm tra, giám sát",
            [
                "Chi ủy giám sát đồng chí {watched} theo kế hoạch năm: chấp hành tốt, chưa phát"
                " hiện sai phạm."
            ],
        ),
        "fees": (
            "Thu, nộp đảng phí",
            ["Tổng thu đảng phí tháng {month}: {amount} đồng, nộp cấp trên theo quy định."],
        ),
        "candidate": (
            "Xem xét hồ sơ đề nghị kết nạp quần chúng {candidate}",
            [
                "Đồng chí {chair} báo cáo quá trình bồi dưỡng, thẩm tra lý lịch và nhận xét của"
                " các đoàn thể đối với quần chúng {candidate}."
            ],
        ),
        "offender": (
            "Xem xét vi phạm của đảng viên {offender}",
            [
                "Đảng viên {offender} trình bày bản tự kiểm điểm; chi ủy báo cáo kết quả xác"
                " minh và đề xuất hình thức kỷ luật."
            ],
        ),
        "urgent": (
            "Triển khai nhiệm vụ đột xuất",
            ["Đồng chí {chair} quán triệt ý kiến chỉ đạo của cấp trên về {urgent}."],
        ),
    },
    "BD": {
        "current_affairs": (
            "Nghe tin thời sự",
            ["Đ/c {chair} đọc tin thời sự cho chi bộ nghe:", "{list:current_affairs}"],
        ),
        "directive": (
            "Nghe phổ biến văn bản cấp trên",
            [
                "Đ/c {chair} phổ biến {directive}. Các đ/c về nói lại cho gia đình và {public}"
                " biết để làm theo."
            ],
        ),
        "ideology": ("Tình hình tư tưởng", ["{list:ideology}"]),
        "presenter": (
            "Sinh hoạt chuyên đề",
            [
                "Đ/c {presenter} nói chuyện chuyên đề “{title}”. Đảng viên hỏi thêm và nói"
                " việc mình sẽ làm."
            ],
        ),
        "hcm": (
            "Kể chuyện Bác Hồ",
            [
                "Đ/c {reader} kể chuyện “{story}”. Chi bộ học tập và làm theo tư tưởng, đạo"
                " đức, phong cách Hồ Chí Minh bằng việc làm cụ thể."
            ],
        ),
        "mass_mobilization": (
            "Công tác dân vận",
            ["Tháng qua đảng viên đi cùng Mặt trận, các đoàn thể vận động {public} {times} lần."],
        ),
        "criticism": ("Phê bình, tự phê bình", ["{list:criticism}"]),
        "inspection": (
            "Kiểm tra, giám sát",
            ["Chi ủy đi giám sát đ/c {watched}: làm tốt, không thấy vi phạm."],
        ),
        "fees": ("Thu đảng phí", ["Đảng phí tháng {month} thu được {amount} đồng."]),
        "candidate": (
            "Xét đơn xin vào Đảng của quần chúng {candidate}",
            [
                "Đ/c {chair} đọc đơn, lý lịch và ý kiến của các đoàn thể, của nhân dân nơi ở"
                " về quần chúng {candidate}."
            ],
        ),
        "offender": (
            "Xem xét đ/c {offender} vi phạm",
            ["Đ/c {offender} tự kiểm điểm trước chi bộ; chi ủy báo cáo những việc đã xác minh."],
        ),
        "urgent": (
            "Việc gấp cấp trên giao",
            ["Đ/c {chair} truyền đạt chỉ đạo của Đảng ủy về {urgent}."],
        ),
    },
}


def fee_amount(rng: random.Random) -> str:
    return say.money(rng.randrange(80, 2400) * 1000)


def _public(facts: Facts) -> str:
    if facts.unit.domain == "rural":
        return "nhân dân trong bản" if facts.unit.unit.startswith("bản") else "bà con"
    return "quần chúng"


def _hcm_head(facts: Facts) -> str:
    """The heading a typed form gives Hồ Chí Minh's example, naming the Politburo directive then
    in force."""
    number = "05" if facts.day >= date(2016, 5, 15) else "03"
    return (
        f"Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh theo Chỉ thị {number}-CT/TW"
    )


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
        "month": say.month_label(facts.day),
        "amount": fee_amount(rng),
        "public": _public(facts),
        "hcm_head": _hcm_head(facts),
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
    """Last month's results and what fell short: BC under starred sub-heads, BD in plain
    words."""
    prev = say.month_label(say.month_before(facts.day))
    short = facts.sections.get("shortcomings")
    extra = [said for said in [distractor(facts, rng, pen)] if said]
    if pen.is_bc:
        done = [f"• {say.capital(item)}." for item in facts.sections["review"]]
        done += [f"• {said}" for said in extra]
        lines = ["* Kết quả đạt được:", *done]
        if short:
            lines += ["* Tồn tại, hạn chế:", *(f"• {say.capital(s)}." for s in short)]
        return f"Đánh giá kết quả thực hiện Nghị quyết tháng {prev}", lines
    done = [f"- {say.capital(item)}." for item in facts.sections["review"]]
    done += [f"- {said}" for said in extra]
    lines = ["Làm được:", *done]
    if short:
        lines.append(f"Còn yếu: {'; '.join(short)}.")
    return f"Kiểm điểm việc thực hiện nghị quyết tháng {prev}", lines


def reports(facts: Facts, rng: random.Random, pen: Pen) -> list[tuple[str, list[str]]]:
    """The family's reports as (the part's heading, the lines under it)."""
    values = _values(facts, rng, pen)
    mark = "• " if pen.is_bc else "- "
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
    return said or "sự thống nhất với báo cáo của chi ủy"


def speaker(facts: Facts, speech: Speech, pen: Pen) -> str:
    """A member as "Đồng chí Name" (BC) or "Đ/c Name" (BD); a guest with the role after the
    name."""
    role = dict(facts.guests).get(speech.speaker)
    head = "Đồng chí" if pen.is_bc else "Đ/c"
    if role is None:
        return f"{head} {speech.speaker}"
    return f"{head} {speech.speaker} ({role})"


BC_NOBODY = "Các đồng chí đảng viên thống nhất với các nội dung trên, không tham gia ý kiến thêm."
BD_NOBODY = "Các đ/c nghe xong không ai phát biểu."


def talk(facts: Facts, rng: random.Random, pen: Pen) -> list[str]:
    """The discussion: nobody; a count and the gist; or each opinion, the count before them
    when one is given (BC: "– Đồng chí X:", BD: "Đ/c X nói:")."""
    stated = facts.stated_speakers
    if stated == 0:
        return [BC_NOBODY if pen.is_bc else BD_NOBODY]
    many = pen.n(stated or len(facts.speeches))
    if pen.is_bc:
        if not is_listed(facts):
            return [f"Số đồng chí phát biểu: {many}, tập trung vào {gist(facts.speeches)}."]
        lines = [] if stated is None else [f"Số đồng chí phát biểu: {many}, cụ thể:"]
        return lines + [
            f"– {speaker(facts, s, pen)}: {say.capital(s.text)}" for s in facts.speeches
        ]
    if not is_listed(facts):
        return [f"Có {many} đ/c phát biểu, nói về {gist(facts.speeches)}."]
    lines = [] if stated is None else [f"Có {many} đ/c phát biểu:"]
    if rng.random() < 0.5:
        return lines + [f"{speaker(facts, s, pen)} nói: {s.text}" for s in facts.speeches]
    for s in facts.speeches:
        lines += [f"{speaker(facts, s, pen)}:", say.capital(s.text)]
    return lines


def kind(facts: Facts) -> str:
    return (facts.purpose if facts.meeting_type == "extraordinary" else facts.meeting_type) or ""


def tasks_lead(facts: Facts, pen: Pen) -> str:
    """The line over the tasks."""
    after = say.month_label(say.month_after(facts.day))
    if pen.is_bc:
        return {
            "thematic": "Qua sinh hoạt chuyên đề, chi bộ thống nhất các giải pháp:",
            "directives": "Chi bộ thống nhất triển khai ngay các việc sau:",
            "member_development": "Chi bộ thống nhất kết luận:",
            "inspection": "Chi bộ thống nhất kết luận:",
        }.get(kind(facts), f"Chi bộ thống nhất phương hướng, nhiệm vụ tháng {after} như sau:")
    return {
        "thematic": "Sau chuyên đề, chi bộ làm những việc sau:",
        "directives": "Những việc phải làm ngay:",
        "member_development": "Chi bộ thống nhất:",
        "inspection": "Chi bộ thống nhất:",
    }.get(kind(facts), f"Tháng {after} chi bộ làm những việc sau:")


def owners(facts: Facts, rng: random.Random) -> list[str]:
    """BC's task table: who carries each task out, at least one a named member."""
    pool = ["Chi ủy", "Toàn thể đảng viên", "Đồng chí Bí thư", *facts.members[:4]]
    named = [rng.choice(pool) for _ in facts.resolutions]
    if not set(named) & set(facts.members):
        named[rng.randrange(len(named))] = rng.choice(facts.members[:4])
    return [name if name in pool[:3] else f"Đ/c {name}" for name in named]


def bc_tasks(facts: Facts, rng: random.Random, *, style: str) -> list[str]:
    """BC's tasks: "Một là, …" paragraphs, bullets ending in ";" or a table with who does
    each (the tasks then assigned to members)."""
    items = facts.resolutions
    if style == "table":
        facts.topics.add("member_assignment")
        rows = [f"| {item} | {who} |" for item, who in zip(items, owners(facts, rng), strict=True)]
        return ["| Nội dung công việc | Người thực hiện |", *rows]
    if style == "ordinal":
        items[:] = [say.lower_first(item) for item in items]
        return [f"{say.first_words(i)}, {item}." for i, item in enumerate(items)]
    last = len(items) - 1
    return [f"- {item}{'.' if i == last else ';'}" for i, item in enumerate(items)]


def bd_tasks(facts: Facts, rng: random.Random, *, style: str) -> list[str]:
    """BD's tasks: "1- …" wrapped by hand over several lines, or all on one line, the items
    parted by semicolons (written, and so kept, in small letters)."""
    if style == "one_line":
        facts.resolutions[:] = [say.lower_first(item) for item in facts.resolutions]
        return ["; ".join(facts.resolutions) + "."]
    width = rng.randint(48, 66)
    lines: list[str] = []
    for i, item in enumerate(facts.resolutions):
        lines += say.wrap(f"{i + 1}- {item}.", width=width)
    return lines


def tasks(facts: Facts, rng: random.Random, pen: Pen) -> list[str]:
    """The tasks in one of the hand's forms, sometimes over a page; the extra decision after
    them."""
    if pen.is_bc:
        style = rng.choice(["ordinal", "bullets", "table"])
        if facts.meeting_type == "extraordinary" and style == "table":
            style = "bullets"
        lines = bc_tasks(facts, rng, style=style)
    else:
        short = len(facts.resolutions) <= 4 and facts.meeting_type != "extraordinary"
        style = "one_line" if short and rng.random() < 0.35 else "numbered"
        lines = bd_tasks(facts, rng, style=style)
        if style == "one_line":
            lines = [f"{tasks_lead(facts, pen)[:-1]}: {lines[0]}"]
    if len(lines) > 4 and not lines[0].startswith("|") and rng.random() < 0.3:
        lines.insert(rng.randint(2, len(lines) - 1), "<<page>>")
    if facts.conclusion_decision:
        lines.append(f"{facts.conclusion_decision}.")
    return lines


def has_lead(lines: list[str], facts: Facts, pen: Pen) -> bool:
    """Whether the tasks' first line already carries the lead (BD's one-line tasks)."""
    return bool(lines) and lines[0].startswith(tasks_lead(facts, pen)[:-1] + ": ")


# The vote: on admitting a candidate, on a penalty (secret ballot), on the resolution (all in
# favour, all present in favour, or some against); {a} in favour, {t} voting, {c} against, {p}
# the share, all in figures; {w} those present in the hand's count form.
VOTES = {
    "BC": {
        "member_development": "Đảng viên chính thức biểu quyết đề nghị kết nạp: tán thành"
        " {a}/{t} (tỷ lệ {p}).",
        "inspection": "Chi bộ bỏ phiếu kín về hình thức kỷ luật: {a}/{t} phiếu tán thành, đạt {p}.",
        "all": "Chi bộ biểu quyết bằng hình thức giơ tay: {a}/{t} đồng chí dự họp tán thành"
        " (tỷ lệ {p}).",
        "split": "Kết quả biểu quyết: {a} đồng chí tán thành, {c} đồng chí không tán thành, trên"
        " tổng số {t} đồng chí dự họp.",
    },
    "BD": {
        "member_development": "Đảng viên chính thức giơ tay biểu quyết kết nạp: {a}/{t} đ/c"
        " đồng ý.",
        "inspection": "Bỏ phiếu kín việc kỷ luật: {a}/{t} phiếu đồng ý.",
        "all": "Chi bộ giơ tay biểu quyết: {a}/{t} đ/c đồng ý.",
        "present": "Biểu quyết: cả {w} đ/c có mặt đều giơ tay đồng ý.",
        "split": "Biểu quyết: {a} đ/c đồng ý, {c} đ/c không đồng ý.",
    },
}


def vote(facts: Facts, rng: random.Random, pen: Pen) -> list[str]:
    """The vote in one of the hand's forms."""
    if facts.vote is None:
        return []
    agree, total = facts.vote
    forms = VOTES[pen.family]
    key = facts.purpose or ("split" if agree < total else "all")
    if key == "all" and "present" in forms and total == facts.present and rng.random() < 0.5:
        key = "present"
    said = forms.get(key, forms["all"]).format(
        a=agree, t=total, c=total - agree, p=say.percent(agree, total), w=pen.n(total)
    )
    return [said]

"""BI's and BJ's reports, discussion, tasks and vote.

HELD-OUT: closed to whoever writes or tunes the extraction rules, together with `heldout28.py`,
`heldout28_phrases.py` and `tests/corpus/test_heldout28.py`.
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
    lower_first,
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
    def is_bi(self) -> bool:
        return self.family == "BI"


ORDER = {
    "BI": (
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
    "BJ": (
        "current_affairs",
        "review",
        "directive",
        "fees",
        "presenter",
        "hcm",
        "mass_mobilization",
        "ideology",
        "criticism",
        "inspection",
    ),
}
BUSINESS = {"member_development": "candidate", "inspection": "offender", "directives": "urgent"}
# BJ opens each paragraph with one of these, in order, the last one repeated.
BJ_STEPS = ("Trước hết", "Kế đến", "Tiếp đó", "Sau đó", "Tiếp nữa", "Ngoài ra")
_BOOKS = (
    "Di chúc của Chủ tịch Hồ Chí Minh",
    "bài báo “Nâng cao đạo đức cách mạng, quét sạch chủ nghĩa cá nhân” của Bác",
    "tác phẩm “Sửa đổi lối làm việc” của Bác",
)
# BI: (the part's heading, its lines); BJ: the paragraph after its opening word.
_BI: dict[str, tuple[str, list[str]]] = {
    "current_affairs": (
        "Thông tin thời sự",
        ["Đồng chí {chair} cung cấp cho đảng viên một số thông tin:", "{list:current_affairs}"],
    ),
    "directive": (
        "Phổ biến, quán triệt văn bản cấp trên",
        [
            "Chi bộ nghe phổ biến {directive}. Đồng chí chủ trì nêu những điểm mới, giao"
            " chi ủy cụ thể hóa vào chương trình công tác của đơn vị."
        ],
    ),
    "presenter": (
        "Nội dung sinh hoạt chuyên đề",
        [
            "Đồng chí {presenter} trình bày chuyên đề “{title}” (văn bản gửi trước cho đảng"
            " viên nghiên cứu).",
            "Đảng viên liên hệ với chức trách, nhiệm vụ được giao tại đơn vị.",
        ],
    ),
    "hcm": (
        "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
        [
            "Đồng chí {reader} đọc trích đoạn {book}; mỗi đảng viên gắn việc làm theo Bác với"
            " việc giải quyết hồ sơ, phục vụ {public}."
        ],
    ),
    "ideology": (
        "Tình hình tư tưởng",
        ["Qua nắm bắt của chi ủy: {join:ideology}."],
    ),
    "criticism": (
        "Tự phê bình và phê bình, biểu dương đảng viên",
        ["{list:criticism}"],
    ),
    "inspection": (
        "Công tác kiểm tra, giám sát",
        [
            "Chi ủy báo cáo kết quả giám sát đồng chí {watched} về việc thực hiện những điều"
            " đảng viên không được làm: chưa phát hiện vi phạm."
        ],
    ),
    "mass_mobilization": (
        "Công tác dân vận",
        [
            "Đảng viên tham gia {times} đợt hoạt động cùng Công đoàn, Đoàn Thanh niên; thực hiện"
            " tốt quy chế dân chủ ở cơ sở, dân vận chính quyền."
        ],
    ),
    "fees": (
        "Thu, nộp đảng phí",
        ["Đồng chí {treasurer} báo cáo: đã thu đảng phí tháng {month} được {amount} đồng."],
    ),
    "candidate": (
        "Xét đề nghị kết nạp đảng viên",
        [
            "Chi ủy báo cáo quá trình rèn luyện, phấn đấu của quần chúng {candidate}; đảng"
            " viên được phân công giúp đỡ đọc bản nhận xét; chi bộ thẩm tra, xem xét hồ sơ."
        ],
    ),
    "offender": (
        "Xem xét khuyết điểm của đảng viên",
        [
            "Đồng chí {offender} trình bày bản kiểm điểm; chi ủy báo cáo kết quả thẩm tra,"
            " xác minh và đề xuất hình thức xử lý."
        ],
    ),
    "urgent": (
        "Nhiệm vụ đột xuất",
        [
            "Đồng chí {chair} thông báo văn bản hỏa tốc của cấp trên về {urgent}; yêu cầu đảng viên"
            " sẵn sàng nhận nhiệm vụ."
        ],
    ),
}
_BJ: dict[str, str] = {
    "current_affairs": "đồng chí {chair} thông báo thời sự trong nước và địa phương: {join:current_affairs}.",
    "directive": "đồng chí {chair} đọc và giải thích {directive} cho chi bộ nghe.",
    "presenter": "đồng chí {presenter} đọc bài chuyên đề “{title}”, rồi cả chi bộ bàn xem"
    " vận dụng vào địa phương, đơn vị thế nào.",
    "hcm": "chi bộ học tư tưởng, đạo đức, phong cách Hồ Chí Minh qua {book}, do đồng chí"
    " {reader} đọc.",
    "mass_mobilization": "đảng viên đã cùng Mặt trận và các đoàn thể đi vận động {public} được"
    " {times} lần.",
    "ideology": "chi ủy nói về tư tưởng của đảng viên và quần chúng: {join:ideology}.",
    "criticism": "chi bộ phê bình và tự phê bình: {join:criticism}.",
    "inspection": "chi ủy cho biết đã giám sát đồng chí {watched}, chưa thấy sai phạm gì.",
    "fees": "đồng chí {treasurer} thu đảng phí tháng {month}, được {amount} đồng.",
    "candidate": "chi bộ xem xét việc kết nạp quần chúng {candidate}: đồng chí {chair} đọc"
    " đơn, lý lịch và ý kiến của các đoàn thể nơi quần chúng ở.",
    "offender": "chi bộ xem xét khuyết điểm của đồng chí {offender}; đồng chí tự kiểm điểm"
    " trước chi bộ.",
    "urgent": "đồng chí {chair} báo cáo việc cấp trên chỉ đạo gấp về {urgent}.",
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
        "month": f"{facts.day.month}/{facts.day.year}" if pen.is_bi else str(facts.day.month),
        "amount": money(rng.randrange(150, 4200) * 1000),
        "public": public(facts),
    }


def report_keys(facts: Facts, family: str) -> list[str]:
    """The reports the facts hold, in the family's order; an extraordinary meeting's business."""
    if facts.meeting_type == "extraordinary":
        return [BUSINESS[facts.purpose or "directives"]]
    return [key for key in ORDER[family] if facts.sections.get(key)]


def _fill(line: str, facts: Facts, values: dict[str, Any]) -> list[str]:
    if line.startswith("{list:"):
        return [f"- {capital(str(item)).rstrip('.')}." for item in facts.sections[line[6:-1]]]
    for key in ("current_affairs", "ideology", "criticism"):
        marker = "{join:" + key + "}"
        if marker in line:
            line = line.replace(marker, joined([lower_first(str(i)) for i in facts.sections[key]]))
    return [line.format(**values)]


def distractor(facts: Facts, rng: random.Random, pen: Pen) -> str:
    """A figure or deadline that is not the meeting's, when the facts hold one."""
    if "distractor" not in facts.sections:
        return ""
    due = facts.day + timedelta(days=rng.randint(20, 75))
    while due == facts.sections.get("next_meeting"):
        due += timedelta(days=1)
    return str(facts.sections["distractor"]).replace("ngày .", f"ngày {pen.day(due)}.")


def _review(facts: Facts, rng: random.Random, pen: Pen) -> tuple[str, list[str]]:
    before = month_before(facts.day)
    done = [str(item) for item in facts.sections["review"]]
    short = facts.sections.get("shortcomings")
    aside = distractor(facts, rng, pen)
    if pen.is_bi:
        lines = ["Chi ủy báo cáo kết quả lãnh đạo thực hiện nhiệm vụ chính trị của đơn vị:"]
        lines += [f"- {capital(item).rstrip('.')}." for item in done]
        lines += [f"- {aside}"] if aside else []
        lines += [f"Tồn tại, hạn chế: {joined(short)}."] if short else []
        head = f"Đánh giá kết quả thực hiện nghị quyết tháng {before.month}/{before.year}"
        return head, lines
    said = f"chi bộ điểm lại việc làm theo nghị quyết tháng {before.month}: {joined(done)}."
    said += f" Việc chưa làm được: {joined(short)}." if short else ""
    return "", [said + (f" {aside}" if aside else "")]


def reports(facts: Facts, rng: random.Random, pen: Pen) -> list[tuple[str, list[str]]]:
    """The family's reports as (the part's heading, the lines under it); BJ's heading is ""
    and its one line starts in small letters, for the paragraph's opening word to precede."""
    values = _values(facts, rng, pen)
    found = []
    for key in report_keys(facts, pen.family):
        if key == "review":
            found.append(_review(facts, rng, pen))
        elif pen.is_bi:
            head, said = _BI[key]
            found.append((head, [out for line in said for out in _fill(line, facts, values)]))
        else:
            found.append(("", _fill(_BJ[key], facts, values)))
    return found


def is_listed(facts: Facts) -> bool:
    """Whether the minutes give each opinion, rather than a count alone."""
    return (
        facts.stated_speakers != 0 and bool(facts.speeches) and not facts.sections.get("summarise")
    )


def speaker(facts: Facts, speech: Speech) -> str:
    """A member as "Đồng chí Name", a guest as "Ông Name, role"."""
    role = dict(facts.guests).get(speech.speaker)
    if role is not None:
        return f"{capital(guest_name(speech.speaker, {}))}, {role},"
    return f"Đồng chí {speech.speaker}"


BI_NOBODY = "Đảng viên dự họp thống nhất với các báo cáo, không đăng ký phát biểu."
BJ_NOBODY = "Không đồng chí nào có ý kiến thêm."


def talk(facts: Facts, pen: Pen) -> list[str]:
    """The discussion: nobody; a count alone; or each opinion, the count before them when one is
    given."""
    stated = facts.stated_speakers
    if stated == 0:
        return [BI_NOBODY if pen.is_bi else BJ_NOBODY]
    many = pen.n(stated or len(facts.speeches))
    if pen.is_bi:
        lead = f"Số ý kiến phát biểu: {many}."
        if not is_listed(facts):
            return [f"{lead} Các ý kiến cơ bản thống nhất với báo cáo của chi ủy."]
        said = [f"+ {speaker(facts, s)} {s.text}" for s in facts.speeches]
        return ([lead] if stated is not None else []) + said
    lead = f"Trong phần thảo luận, có {many} đồng chí phát biểu"
    if not is_listed(facts):
        return [f"{lead}, góp thêm ý vào báo cáo."]
    said = [f"{speaker(facts, s)} {s.text}" for s in facts.speeches]
    return ([f"{lead}:"] if stated is not None else []) + said


def kind(facts: Facts) -> str:
    return (facts.purpose if facts.meeting_type == "extraordinary" else facts.meeting_type) or ""


def tasks_lead(facts: Facts, pen: Pen) -> str:
    """The words over the tasks."""
    after = month_after(facts.day)
    if pen.is_bi:
        return {
            "thematic": "Kết luận chuyên đề, chi bộ xác định các việc cần làm:",
            "directives": "Chủ trì kết luận, chi bộ giao nhiệm vụ như sau:",
            "member_development": "Chủ trì kết luận, chi bộ quyết nghị:",
            "inspection": "Chủ trì kết luận, chi bộ quyết nghị:",
        }.get(
            kind(facts),
            f"Chủ trì kết luận, chi bộ đề ra nhiệm vụ tháng {after.month}/{after.year}:",
        )
    return {
        "thematic": "Cuối buổi, chi bộ thống nhất sau chuyên đề sẽ làm những việc sau:",
        "directives": "Cuối buổi, chi bộ thống nhất làm ngay những việc sau:",
        "member_development": "Cuối buổi, chi bộ thống nhất:",
        "inspection": "Cuối buổi, chi bộ thống nhất:",
    }.get(kind(facts), f"Cuối buổi, chi bộ thống nhất tháng {after.month} làm những việc sau:")


def bi_tasks(facts: Facts, rng: random.Random) -> list[str]:
    """BI's tasks, one a line under "a)" or "-", each closed by ";" and the last by "."."""
    items = facts.resolutions
    lettered = rng.random() < 0.5
    lines = []
    for index, item in enumerate(items):
        stop = "." if index == len(items) - 1 else ";"
        mark = f"{'abcdđeghiklm'[index]})" if lettered else "-"
        lines.append(f"{mark} {item}{stop}")
    if facts.conclusion_decision:
        lines.append(f"{facts.conclusion_decision}.")
    return lines


def bj_tasks(facts: Facts, *, run_on: bool, lead: str) -> list[str]:
    """BJ's tasks run together after the lead in one sentence, or one a line under "-"."""
    items = facts.resolutions
    extra = [f"{facts.conclusion_decision}."] if facts.conclusion_decision else []
    if run_on:
        return [f"{lead} {'; '.join(items)}.", *extra]
    return [lead, *(f"- {item}." for item in items), *extra]


# The vote: on admitting a candidate, on a penalty (secret ballot), on the resolution; {a} in
# favour, {t} voting, {c} against, {p} the share.
VOTES = {
    "BI": {
        "member_development": "Số đảng viên chính thức tán thành đề nghị kết nạp: {a}/{t}"
        " đồng chí (đạt {p}).",
        "inspection": "Kiểm phiếu kín: {t} phiếu phát ra, {t} phiếu thu về, {a} phiếu đồng ý"
        " hình thức kỷ luật.",
        "all": "Chi bộ thông qua nghị quyết bằng hình thức giơ tay với {a}/{t} đồng chí tán"
        " thành ({p}).",
        "split": "Chi bộ thông qua nghị quyết bằng hình thức giơ tay với {a}/{t} đồng chí tán"
        " thành ({p}), {c} đồng chí không tán thành.",
    },
    "BJ": {
        "member_development": "Các đảng viên chính thức biểu quyết đồng ý kết nạp: {a}/{t}"
        " đồng chí.",
        "inspection": "Bỏ phiếu kín về mức kỷ luật, có {a}/{t} phiếu đồng ý.",
        "all": "Các đồng chí có mặt giơ tay biểu quyết, {a}/{t} đồng chí nhất trí.",
        "split": "Các đồng chí có mặt giơ tay biểu quyết, {a}/{t} đồng chí nhất trí, {c} đồng"
        " chí còn ý kiến khác.",
    },
}


def vote(facts: Facts, pen: Pen) -> list[str]:
    """The vote in one of the family's forms (BI's counts in its hand, BJ's in figures)."""
    if facts.vote is None:
        return []
    agree, total = facts.vote
    forms = VOTES[pen.family]
    key = facts.purpose or ("split" if agree < total else "all")
    form = forms.get(key, forms["split" if agree < total else "all"])
    n: Callable[[int], str] = pen.n if pen.is_bi else str
    return [form.format(a=n(agree), t=n(total), c=n(total - agree), p=percent(agree, total))]

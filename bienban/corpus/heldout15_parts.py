"""AI's and AJ's reports, discussion, adopted tasks, vote and next meeting: the body between
the roll call and the close.

HELD-OUT: `heldout15.py` says why AI and AJ stay closed to whoever writes or tunes the
extraction rules; this module is closed with it.
"""

from __future__ import annotations

import random
from datetime import timedelta
from typing import TYPE_CHECKING, Any

from bienban.corpus import heldout15_phrases as say
from bienban.corpus.facts import Facts, Speech
from bienban.corpus.heldout2_phrases import gist, guest_name
from bienban.corpus.heldout3_parts import next_month, previous_month
from bienban.corpus.heldout9_phrases import guest_role, money, weekday
from bienban.corpus.heldout10_parts import is_listed

if TYPE_CHECKING:
    from bienban.corpus.heldout12 import Pick

_STORIES = (
    "Bác Hồ với việc giữ gìn của công",
    "Chuyện đôi dép của Bác",
    "Bác Hồ và những bài học về tinh thần tự học",
    "Bác dạy phải gần dân, hiểu dân",
)
# The reports in each family's order; an extraordinary meeting has its business only.
ORDER = {
    "AI": (
        "current_affairs",
        "directive",
        "review",
        "ideology",
        "criticism",
        "hcm",
        "presenter",
        "fees",
        "mass_mobilization",
        "inspection",
    ),
    "AJ": (
        "review",
        "current_affairs",
        "directive",
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
# (the report's label, what is said under it).
_SAID = {
    "AI": {
        "current_affairs": ("Thông tin thời sự", "Đồng chí {chair} thông tin: {news}."),
        "directive": (
            "Quán triệt văn bản cấp trên",
            "Chi ủy phổ biến {directive}; đề nghị từng đảng viên nghiên cứu, thực hiện.",
        ),
        "review": (
            "Kiểm điểm việc thực hiện nghị quyết tháng {prev}",
            "Chi ủy báo cáo, kết quả đạt được như sau:",
        ),
        "ideology": ("Tình hình tư tưởng đảng viên, quần chúng", "{ideology}"),
        "criticism": ("Tự phê bình và phê bình", "{criticism}"),
        "hcm": (
            "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
            "Đồng chí {reader} đọc bài “{story}”; chi bộ liên hệ trách nhiệm của mỗi đảng viên.",
        ),
        "presenter": (
            "Sinh hoạt chuyên đề",
            "Đồng chí {presenter} trình bày chuyên đề “{title}”; các đồng chí liên hệ với thực "
            "tế {unit}.",
        ),
        "fees": ("Đảng phí", "Trong tháng thu được {amount} đồng, đã nộp đủ lên cấp trên."),
        "mass_mobilization": (
            "Công tác dân vận",
            "Đảng viên phối hợp Mặt trận, các đoàn thể vận động nhân dân {times} đợt.",
        ),
        "inspection": (
            "Kiểm tra, giám sát",
            "Chi ủy giám sát đồng chí {watched} theo chương trình năm; đồng chí thực hiện đúng "
            "quy định.",
        ),
        "candidate": (
            "Xét hồ sơ đề nghị kết nạp đảng viên",
            "Chi ủy báo cáo hồ sơ của quần chúng {candidate}: đơn xin vào Đảng, lý lịch, nhận "
            "xét của đoàn thể và của chi ủy nơi cư trú.",
        ),
        "offender": (
            "Xem xét kỷ luật đảng viên",
            "Đồng chí {offender} đọc bản tự kiểm điểm; chi ủy báo cáo kết quả kiểm tra và đề "
            "xuất hình thức kỷ luật.",
        ),
        "urgent": (
            "Triển khai nhiệm vụ đột xuất",
            "Đồng chí {chair} truyền đạt chỉ đạo khẩn của Đảng ủy về {urgent}.",
        ),
    },
    "AJ": {
        "current_affairs": ("Thời sự", "Đ/c {chair} điểm tin: {news}."),
        "directive": ("Văn bản mới", "Quán triệt {directive}."),
        "review": (
            "Kiểm điểm tháng {prev}",
            "Chi ủy báo cáo kết quả thực hiện nghị quyết tháng {prev}:",
        ),
        "ideology": ("Tư tưởng, dư luận", "{ideology}"),
        "criticism": ("Phê bình, tự phê bình", "{criticism}"),
        "hcm": (
            "Làm theo lời Bác",
            "Đ/c {reader} kể chuyện “{story}”; chi bộ liên hệ việc học tập và làm theo tư "
            "tưởng, đạo đức, phong cách Hồ Chí Minh.",
        ),
        "presenter": (
            "Chuyên đề",
            "Đ/c {presenter} trình bày “{title}”; chi bộ trao đổi, liên hệ thực tế {unit}.",
        ),
        "fees": ("Đảng phí", "Đ/c thư ký báo cáo: thu {amount} đ, đã nộp Đảng ủy."),
        "mass_mobilization": (
            "Dân vận",
            "Chi bộ cùng các đoàn thể ra quân vận động nhân dân {times} lần trong tháng.",
        ),
        "inspection": ("Giám sát", "Chi ủy giám sát đ/c {watched}; chưa phát hiện vi phạm."),
        "candidate": (
            "Hồ sơ kết nạp",
            "Chi ủy báo cáo hồ sơ quần chúng {candidate}, đủ điều kiện đề nghị chi bộ xét kết "
            "nạp vào Đảng.",
        ),
        "offender": (
            "Xem xét vi phạm",
            "Đ/c {offender} đọc bản tự kiểm điểm; chi ủy báo cáo kết quả kiểm tra, đề xuất kỷ "
            "luật.",
        ),
        "urgent": ("Việc khẩn", "Đ/c {chair} truyền đạt chỉ đạo của Đảng ủy về {urgent}."),
    },
}
# What fell short in the review, after its items.
_SHORT = {"AI": "Hạn chế:", "AJ": "Tồn tại:"}
# The discussion: nobody spoke; a count and what it was about; a count before the opinions;
# the head of the opinions without a count ("" for none).
TALK = {
    "AI": (
        "Các đồng chí dự họp không có ý kiến thảo luận thêm.",
        "Có {n} ý kiến tham gia thảo luận; các ý kiến tập trung vào: {about}.",
        "Có {n} ý kiến tham gia thảo luận, cụ thể:",
        "",
    ),
    "AJ": (
        "Không có đ/c nào phát biểu.",
        "Có {n} lượt ý kiến phát biểu, chủ yếu về: {about}.",
        "Có {n} lượt ý kiến phát biểu:",
        "",
    ),
}
# AJ's other way of giving the count, as a share of those present.
AJ_SHARE = "Số đ/c phát biểu: {n}/{present} đ/c dự họp; nội dung chủ yếu: {about}."
# The tasks' lead: by extraordinary business, for a thematic meeting, and ("tasks") for the
# month after ({month}).
LEADS = {
    "AI": {
        "directives": "NHIỆM VỤ TRƯỚC MẮT",
        "member_development": "CHI BỘ QUYẾT NGHỊ",
        "inspection": "CHI BỘ QUYẾT NGHỊ",
        "thematic": "KẾT LUẬN CHUYÊN ĐỀ",
        "tasks": "NHIỆM VỤ THÁNG {month}",
    },
    "AJ": {
        "directives": "Chi bộ thống nhất các nhiệm vụ khẩn:",
        "member_development": "Chi bộ quyết nghị:",
        "inspection": "Chi bộ quyết nghị:",
        "thematic": "Đ/c {chair} kết luận chuyên đề; chi bộ thống nhất:",
        "tasks": "Đ/c {chair} kết luận; chi bộ thống nhất nhiệm vụ tháng {month}:",
    },
}
TABLE_HEAD = "| Nội dung nhiệm vụ | Thời gian thực hiện |"
# The vote: on admitting a candidate, on a penalty by secret ballot, by show of hands ({a} in
# favour, {t} voting, {c} against, {p} the share in favour).
VOTES = {
    "AI": {
        "member_development": "Đảng viên chính thức biểu quyết đề nghị kết nạp: {t} đồng chí; "
        "tán thành {a}/{t} ({p}%).",
        "inspection": "Bỏ phiếu kín về hình thức kỷ luật: phát ra {t} phiếu, thu về {t} phiếu; "
        "đồng ý {a} phiếu ({p}%).",
        "hands": "Biểu quyết thông qua: tán thành {a}/{t} ({p}%); không tán thành {c}.",
    },
    "AJ": {
        "member_development": "Đảng viên chính thức biểu quyết kết nạp: {a}/{t} đ/c tán thành.",
        "inspection": "Kết quả bỏ phiếu kín: {a}/{t} phiếu đồng ý hình thức kỷ luật.",
        "hands": "Chi bộ biểu quyết giơ tay: {a} đ/c tán thành, {c} đ/c không tán thành, trên "
        "tổng số {t} đ/c có mặt.",
        "all": "Chi bộ biểu quyết giơ tay: nhất trí {a}/{t} đ/c có mặt.",
    },
}
AI_VOTE_HEAD = "Kết quả biểu quyết thông qua (giơ tay):"
AI_VOTE_TABLE = "| Tán thành | Không tán thành | Tổng số biểu quyết |"
NEXT = {
    "AI": "Sinh hoạt chi bộ kỳ tới: dự kiến ngày {day}.",
    "AJ": "Hẹn họp kỳ tới vào {weekday}, ngày {day}.",
}


def _values(facts: Facts, rng: random.Random, pick: Pick) -> dict[str, Any]:
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
        "times": pick.n(s.get("mass_mobilization") or 0),
        "reader": rng.choice(facts.members),
        "story": rng.choice(_STORIES),
        "prev": say.month_label(previous_month(facts.day)),
        "amount": money(rng.randrange(140, 3100) * 1000),
        "news": "; ".join(say.first_lower(item) for item in s.get("current_affairs") or []),
        "ideology": " ".join(s.get("ideology") or []),
        "criticism": " ".join(s.get("criticism") or []),
    }


def report_keys(facts: Facts, family: str) -> list[str]:
    """The reports the facts hold, in the family's order; an extraordinary meeting's business."""
    if facts.meeting_type == "extraordinary":
        return [BUSINESS[facts.purpose or "directives"]]
    return [key for key in ORDER[family] if facts.sections.get(key)]


def reports(facts: Facts, rng: random.Random, pick: Pick) -> list[tuple[str, list[str]]]:
    """Each report as (its label, its lines)."""
    values = _values(facts, rng, pick)
    found = []
    for key in report_keys(facts, pick.family):
        label, said = _SAID[pick.family][key]
        lines = [said.format(**values)]
        if key == "review":
            lines += _review(facts, rng, pick)
        found.append((label.format(**values), lines))
    return found


def _review(facts: Facts, rng: random.Random, pick: Pick) -> list[str]:
    """The review's items one a line, what fell short, and a figure or a deadline that is not
    the meeting's."""
    mark = "-" if pick.family == "AI" else "+"
    lines = [f"{mark} {say.first_upper(item)}." for item in facts.sections["review"]]
    if facts.sections.get("shortcomings"):
        lines.append(f"{_SHORT[pick.family]} {'; '.join(facts.sections['shortcomings'])}.")
    if "distractor" in facts.sections:
        due = facts.day + timedelta(days=rng.randint(20, 90))
        lines.append(facts.sections["distractor"].replace("ngày .", f"ngày {pick.day(due)}."))
    return lines


def _about(facts: Facts) -> str:
    said = list(dict.fromkeys(gist(speech.text) for speech in facts.speeches[:2]))
    return "; ".join(said) or "các nội dung chi ủy đã báo cáo"


def speaker(facts: Facts, speech: Speech, *, honorific: str) -> str:
    """A member as "{honorific} Name", a guest as "Ông Name (role)"."""
    role = guest_role(facts, speech.speaker)
    if role is None:
        return f"{honorific} {speech.speaker}"
    return say.first_upper(f"{guest_name(speech.speaker, {})} ({role})")


def talk(facts: Facts, rng: random.Random, pick: Pick) -> list[str]:
    """The discussion: nobody spoke; a count and a summary; or the opinions one by one (AI's
    sometimes in a table)."""
    nobody, summary, counted, plain = TALK[pick.family]
    stated = facts.stated_speakers
    if stated == 0:
        return [nobody]
    if not is_listed(facts):
        n = stated or len(facts.speeches)
        if pick.family == "AJ" and n <= facts.present and rng.random() < 0.5:
            return [
                AJ_SHARE.format(n=pick.n(n), present=pick.n(facts.present), about=_about(facts))
            ]
        return [summary.format(n=pick.n(n), about=_about(facts))]
    lines = [plain] if stated is None else [counted.format(n=pick.n(stated))]
    if pick.family == "AI" and rng.random() < 0.45:
        lines.append("| Người phát biểu | Nội dung ý kiến |")
        lines += [
            f"| {speaker(facts, s, honorific='Đ/c')} | {say.first_upper(s.text)} |"
            for s in facts.speeches
        ]
    else:
        for s in facts.speeches:
            if pick.family == "AI":
                lines.append(f"+ {speaker(facts, s, honorific='Đồng chí')} {s.text}")
            else:
                lines.append(f"{speaker(facts, s, honorific='Đ/c')} – {s.text}")
    return [line for line in lines if line]


def lead(facts: Facts, pick: Pick) -> str:
    kind = facts.purpose if facts.meeting_type == "extraordinary" else facts.meeting_type
    leads = LEADS[pick.family]
    month = say.month_label(next_month(facts.day))
    return leads.get(kind or "", leads["tasks"]).format(month=month, chair=facts.chair)


def ai_items(facts: Facts, rng: random.Random) -> list[str]:
    """AI's tasks: "1/ …." one a line, or (not for an extraordinary meeting) a table with when
    each is to be done."""
    items = facts.resolutions
    if facts.meeting_type == "extraordinary" or rng.random() < 0.55:
        return [f"{i + 1}/ {item}." for i, item in enumerate(items)]
    month = f"Tháng {say.month_label(next_month(facts.day))}"
    when = [rng.choice(["Thường xuyên", month, month]) for _ in items]
    rows = [
        f"| {i + 1}/ {item} | {w} |" for i, (item, w) in enumerate(zip(items, when, strict=True))
    ]
    return [TABLE_HEAD, *rows]


def aj_items(facts: Facts, rng: random.Random) -> list[str]:
    """AJ's tasks: "1- …", a long one carried on to a second line the way a hand runs out of
    width."""
    lines = []
    for index, item in enumerate(facts.resolutions):
        said = f"{index + 1}- {item}."
        words = said.split(" ")
        if len(said) > 70 and rng.random() < 0.5:
            cut = _cut(words, rng)
            lines += [" ".join(words[:cut]), " ".join(words[cut:])]
        else:
            lines.append(said)
    return lines


def _cut(words: list[str], rng: random.Random) -> int:
    """Where a long item is carried over: after its sixth word or later, never before a digit
    (a continued line must not read as an item of its own)."""
    cuts = [i for i in range(6, len(words) - 1) if not words[i][:1].isdigit()]
    return rng.choice(cuts) if cuts else len(words) - 1


def vote(facts: Facts, rng: random.Random, pick: Pick) -> list[str]:
    """The vote in the family's form: by purpose, else by show of hands; none without one. AI
    writes a vote's counts in digits whatever its other counts."""
    if facts.vote is None:
        return []
    agree, total = facts.vote
    forms = VOTES[pick.family]
    purpose = facts.purpose or ""
    if pick.family == "AI" and purpose not in forms and rng.random() < 0.5:
        return [AI_VOTE_HEAD, AI_VOTE_TABLE, f"| {agree} | {total - agree} | {total} |"]
    if pick.family == "AJ" and purpose not in forms and agree == total:
        form = forms["all"]
    else:
        form = forms.get(purpose) or forms["hands"]
    n = pick.n if pick.family == "AJ" else str
    return [form.format(a=n(agree), t=n(total), c=n(total - agree), p=say.share(agree, total))]


def decision_vote_next(facts: Facts, rng: random.Random, pick: Pick) -> list[str]:
    """The extra decision, the vote, and the next meeting's date."""
    decided = [f"{facts.conclusion_decision}."] if facts.conclusion_decision else []
    later = facts.sections.get("next_meeting")
    announced = (
        []
        if later is None
        else [NEXT[pick.family].format(weekday=weekday(later), day=pick.day(later))]
    )
    return decided + vote(facts, rng, pick) + announced

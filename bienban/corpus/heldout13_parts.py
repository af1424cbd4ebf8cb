"""AE's and AF's reports, discussion, adopted tasks, vote and next meeting: the body between
the roll call and the close.

HELD-OUT: `heldout13.py` says why AE and AF stay closed to whoever writes or tunes the
extraction rules; this module is closed with it.
"""

from __future__ import annotations

import random
from typing import TYPE_CHECKING, Any

from bienban.corpus import heldout13_phrases as say
from bienban.corpus.facts import Facts, Speech
from bienban.corpus.heldout2_phrases import guest_name
from bienban.corpus.heldout3_parts import next_month, previous_month
from bienban.corpus.heldout7_phrases import lower_first
from bienban.corpus.heldout9_phrases import capital, guest_role, money, weekday
from bienban.corpus.heldout12_parts import review_items, talk_lines

if TYPE_CHECKING:
    from bienban.corpus.heldout12 import Pick

_READINGS = (
    "Bác Hồ với đức tính giản dị, khiêm tốn",
    "Lời Bác dặn cán bộ phải gần dân",
    "Bác thăm hợp tác xã và căn dặn bà con",
    "Tấm áo Bác mặc nhiều năm không thay",
)
# The reports in each family's order; an extraordinary meeting has its business only.
ORDER = {
    "AE": (
        "current_affairs",
        "directive",
        "presenter",
        "review",
        "fees",
        "ideology",
        "criticism",
        "hcm",
        "inspection",
        "mass_mobilization",
    ),
    "AF": (
        "review",
        "current_affairs",
        "ideology",
        "directive",
        "presenter",
        "hcm",
        "mass_mobilization",
        "inspection",
        "criticism",
        "fees",
    ),
}
BUSINESS = {"member_development": "candidate", "inspection": "offender", "directives": "urgent"}
# AE: one entry of the log per report ("\n" starts a line of its own).
_AE_SAID = {
    "current_affairs": "Đ/c {chair} điểm tin thời sự: {news}.",
    "directive": "Đ/c {chair} quán triệt {directive}; mỗi đ/c tự nghiên cứu thêm tài liệu.",
    "presenter": "Đ/c {presenter} trình bày chuyên đề “{title}”; chi bộ liên hệ với tình hình "
    "{unit}.",
    "review": "Chi ủy báo cáo kết quả thực hiện nghị quyết tháng {prev}:",
    "fees": "Thu đảng phí tháng {month}: {amount} đồng, nộp đủ về Đảng ủy.",
    "ideology": "Nắm tình hình tư tưởng trong chi bộ và ngoài dân: {ideology}",
    "criticism": "Chi bộ phê bình và tự phê bình: {criticism}",
    "hcm": "Đ/c {reader} đọc bài “{story}” (học tập và làm theo tư tưởng, đạo đức, phong cách "
    "Hồ Chí Minh).",
    "inspection": "Chi ủy thông báo kết quả giám sát đ/c {watched}: chấp hành tốt Điều lệ, "
    "chưa thấy biểu hiện vi phạm.",
    "mass_mobilization": "Dân vận: đảng viên cùng Mặt trận và các đoàn thể ra quân vận động "
    "nhân dân {times} buổi.",
    "candidate": "Chi ủy trình hồ sơ quần chúng {candidate} (đơn, lý lịch, nhận xét nơi cư "
    "trú), đề nghị chi bộ xét kết nạp.",
    "offender": "Đ/c {offender} đọc bản kiểm điểm; chi ủy báo cáo kết quả kiểm tra và đề xuất "
    "hình thức kỷ luật.",
    "urgent": "Đ/c {chair} truyền đạt chỉ đạo của Đảng ủy về {urgent}.",
}
# AF: (what the agenda calls the report, what is said under it).
_AF_SAID = {
    "current_affairs": (
        "Thông tin thời sự trong nước và ở địa phương",
        "Đồng chí {chair} thông tin: {news}.",
    ),
    "directive": (
        "Quán triệt văn bản của cấp trên",
        "Chi bộ nghe đồng chí {chair} quán triệt {directive}.",
    ),
    "presenter": (
        "Sinh hoạt chuyên đề",
        "Đồng chí {presenter} trình bày chuyên đề “{title}”.\nCác đồng chí dự họp liên hệ bản "
        "thân và thực tế {unit}.",
    ),
    "review": (
        "Đánh giá kết quả thực hiện nghị quyết tháng {prev}",
        "Thay mặt chi ủy, đồng chí {chair} báo cáo những việc đã làm được:",
    ),
    "ideology": (
        "Nắm bắt tư tưởng đảng viên, dư luận nhân dân",
        "{ideology}",
    ),
    "criticism": ("Tự phê bình và phê bình", "{criticism}"),
    "fees": ("Thu, nộp đảng phí", "Chi bộ đã thu đảng phí tháng {month}, tổng số {amount} đồng."),
    "hcm": (
        "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
        "Đồng chí {reader} đọc câu chuyện “{story}”; chi bộ rút ra bài học cho bản thân.",
    ),
    "mass_mobilization": (
        "Công tác dân vận, phối hợp với Mặt trận và đoàn thể",
        "Trong tháng, chi bộ phối hợp tổ chức {times} đợt vận động nhân dân.",
    ),
    "inspection": (
        "Công tác kiểm tra, giám sát",
        "Chi ủy giám sát đồng chí {watched}; kết quả: đồng chí thực hiện đúng quy định.",
    ),
    "candidate": (
        "Xem xét đề nghị kết nạp đảng viên",
        "Chi ủy trình bày hồ sơ của quần chúng {candidate} và kết quả thẩm tra lý lịch.",
    ),
    "offender": (
        "Xem xét kỷ luật đảng viên",
        "Đảng viên {offender} tự kiểm điểm trước chi bộ; đồng chí {chair} đọc kết luận kiểm tra.",
    ),
    "urgent": (
        "Triển khai ý kiến chỉ đạo khẩn của Đảng ủy",
        "Đồng chí {chair} phổ biến chỉ đạo của Đảng ủy về {urgent}.",
    ),
}
# What the conclusion leads with, by extraordinary business, for a thematic meeting, and
# ("tasks") for the month after ({month}).
_LEADS = {
    "AE": {
        "directives": "Đ/c chủ trì kết luận, chi bộ thống nhất làm ngay:",
        "member_development": "Đ/c chủ trì kết luận, chi bộ thống nhất:",
        "inspection": "Đ/c chủ trì kết luận, chi bộ thống nhất:",
        "thematic": "Đ/c chủ trì kết luận chuyên đề; chi bộ thống nhất vận dụng:",
        "tasks": "Đ/c chủ trì kết luận; việc tháng {month} chi bộ thống nhất:",
    },
    "AF": {
        "directives": "Chi bộ thống nhất triển khai khẩn trương các việc:",
        "member_development": "Chi bộ thống nhất:",
        "inspection": "Chi bộ thống nhất:",
        "thematic": "Chi bộ thống nhất các giải pháp vận dụng chuyên đề:",
        "tasks": "Chi bộ thống nhất nhiệm vụ tháng {month}:",
    },
}
# The vote: on admitting a candidate, on a penalty (secret ballot), by show of hands; {a} in
# favour, {t} voting, {c} against.
_VOTES = {
    "AE": {
        "member_development": "Biểu quyết kết nạp: {a} trên {t} đ/c chính thức tán thành.",
        "inspection": "Bỏ phiếu kín về kỷ luật: {t} phiếu phát ra, {a} phiếu tán thành.",
        "hands": "Chi bộ giơ tay biểu quyết: {a} trên {t} đ/c có mặt tán thành{c}.",
    },
    "AF": {
        "member_development": "Số đảng viên chính thức biểu quyết: {t}; số nhất trí kết nạp: {a}.",
        "inspection": "Kiểm phiếu: phát ra {t} phiếu, {a} phiếu nhất trí đề nghị kỷ luật.",
        "hands": "Biểu quyết bằng giơ tay: tổng số {t} đồng chí, nhất trí {a}{c}.",
    },
}
_AGAINST = {"AE": ", {} không tán thành", "AF": ", không nhất trí {}"}
_NEXT = {"AE": "Kỳ họp sau dự kiến: ngày {day}.", "AF": "Kỳ sinh hoạt tới: {weekday}, ngày {day}."}
# The discussion: nobody spoke; a count and what it was about; a count before the opinions;
# the head of the opinions without a count.
TALK = {
    "AE": (
        "Thảo luận: không có ai phát biểu.",
        "Thảo luận: {n} lượt phát biểu, chủ yếu về {about}.",
        "Thảo luận ({n} lượt phát biểu):",
        "Thảo luận:",
    ),
    "AF": (
        "Không có đồng chí nào đăng ký phát biểu.",
        "Có {n} đồng chí phát biểu, nội dung tập trung: {about}.",
        "Có {n} đồng chí đăng ký phát biểu.",
        "",
    ),
}
AF_DISCUSSION = "Thảo luận, đóng góp ý kiến"


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
        "story": rng.choice(_READINGS),
        "month": say.month_label(facts.day, padded=pick.family == "AF"),
        "prev": say.month_label(previous_month(facts.day), padded=pick.family == "AF"),
        "amount": money(rng.randrange(120, 3200) * 1000),
        "news": "; ".join(lower_first(item) for item in s.get("current_affairs") or []),
        "ideology": " ".join(s.get("ideology") or []),
        "criticism": " ".join(s.get("criticism") or []),
    }


def report_keys(facts: Facts, family: str) -> list[str]:
    """The reports the facts hold, in the family's order; an extraordinary meeting's business."""
    if facts.meeting_type == "extraordinary":
        return [BUSINESS[facts.purpose or "directives"]]
    return [key for key in ORDER[family] if facts.sections.get(key)]


def reports(facts: Facts, rng: random.Random, pick: Pick) -> list[tuple[str, list[str]]]:
    """Each report as (its agenda title, its lines): AE's titles are "" (its log has none)."""
    values = _values(facts, rng, pick)
    found = []
    for key in report_keys(facts, pick.family):
        if pick.family == "AE":
            title, said = "", _AE_SAID[key]
        else:
            title, said = _AF_SAID[key]
        lines = said.format(**values).split("\n")
        if key == "review":
            if pick.family == "AE":
                lines += review_items(facts, rng, pick, mark="–", short="Còn hạn chế:")
            else:
                lines += review_items(facts, rng, pick, mark="+", short="Mặt chưa làm được:")
        found.append((title.format(**values), lines))
    return found


def _who(facts: Facts, speech: Speech, *, honorific: str) -> str:
    """The speaker: a member with `honorific` ("" for none), a guest as "Ông Name (role)"."""
    role = guest_role(facts, speech.speaker)
    if role is None:
        return f"{honorific} {speech.speaker}".strip()
    return capital(f"{guest_name(speech.speaker, {})} ({role})")


def talk(facts: Facts, pick: Pick) -> list[str]:
    """The discussion: nobody spoke; a count and a summary; or the opinions one by one."""

    def opinion(speech: Speech) -> list[str]:
        if pick.family == "AE":
            return [f"+ {_who(facts, speech, honorific='')}: {capital(speech.text)}"]
        return [f"- {_who(facts, speech, honorific='Đ/c')} có ý kiến: {speech.text}"]

    return talk_lines(facts, pick, TALK[pick.family], opinion)


def lead(facts: Facts, pick: Pick) -> str:
    kind = facts.purpose if facts.meeting_type == "extraordinary" else facts.meeting_type
    leads = _LEADS[pick.family]
    padded = pick.family == "AF"
    month = say.month_label(next_month(facts.day), padded=padded)
    return leads.get(kind or "", leads["tasks"]).format(month=month)


def items(facts: Facts, *, number: str) -> list[str]:
    """The adopted tasks: AE's "a/", "b/"; AF's numbered under its agenda item ("6.1.")."""
    if not number:
        return [f"{chr(ord('a') + i)}/ {item}." for i, item in enumerate(facts.resolutions)]
    return [f"{number}.{i + 1}. {item}." for i, item in enumerate(facts.resolutions)]


def vote_and_next(facts: Facts, pick: Pick) -> list[str]:
    """The extra decision, the vote in the family's form, and the next meeting's date."""
    lines = [f"{facts.conclusion_decision}."] if facts.conclusion_decision else []
    if facts.vote is not None:
        agree, total = facts.vote
        forms = _VOTES[pick.family]
        form = forms.get(facts.purpose or "", forms["hands"])
        against = _AGAINST[pick.family].format(pick.n(total - agree)) if total > agree else ""
        lines.append(form.format(a=pick.n(agree), t=pick.n(total), c=against))
    later = facts.sections.get("next_meeting")
    if later is not None:
        lines.append(_NEXT[pick.family].format(weekday=weekday(later), day=pick.day(later)))
    return lines

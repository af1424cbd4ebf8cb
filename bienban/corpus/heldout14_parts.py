"""AG's and AH's reports, discussion, adopted tasks, vote and next meeting: the body between
the roll call and the close.

HELD-OUT: `heldout14.py` says why AG and AH stay closed to whoever writes or tunes the
extraction rules; this module is closed with it.
"""

from __future__ import annotations

import random
from typing import TYPE_CHECKING, Any

from bienban.corpus import heldout14_phrases as say
from bienban.corpus.facts import Facts, Speech
from bienban.corpus.heldout2_phrases import guest_name
from bienban.corpus.heldout3_parts import next_month, previous_month
from bienban.corpus.heldout7_phrases import lower_first
from bienban.corpus.heldout9_phrases import capital, guest_role, money, weekday
from bienban.corpus.heldout12_parts import review_items, talk_lines
from bienban.corpus.heldout13_parts import BUSINESS

if TYPE_CHECKING:
    from bienban.corpus.heldout12 import Pick

_STORIES = (
    "Chiếc đồng hồ Bác tặng",
    "Bác Hồ và bữa cơm đạm bạc",
    "Bác dạy cán bộ phải nói đi đôi với làm",
    "Đôi dép cao su của Bác",
)
# The reports in each family's order; an extraordinary meeting has its business only.
ORDER = {
    "AG": (
        "review",
        "fees",
        "directive",
        "current_affairs",
        "inspection",
        "mass_mobilization",
        "presenter",
        "hcm",
        "criticism",
        "ideology",
    ),
    "AH": (
        "ideology",
        "current_affairs",
        "criticism",
        "presenter",
        "directive",
        "review",
        "hcm",
        "inspection",
        "mass_mobilization",
        "fees",
    ),
}
# AG: one numbered point a report, a terse label before what was said.
_AG_SAID = {
    "current_affairs": "Tin thời sự, tình hình địa phương: {news}.",
    "directive": "Phổ biến, quán triệt: {directive} (chi ủy giới thiệu, đảng viên tự đọc thêm).",
    "presenter": "Chuyên đề “{title}” – người chuẩn bị và trình bày: đ/c {presenter}; cả chi "
    "bộ liên hệ thực tế {unit}.",
    "review": "Đánh giá việc thực hiện nghị quyết tháng {prev} (chi ủy báo cáo):",
    "fees": "Đảng phí tháng {month}: đã thu {amount} đ, nộp đủ lên Đảng ủy.",
    "ideology": "Tình hình tư tưởng đảng viên, dư luận quần chúng: {ideology}",
    "criticism": "Tự phê bình, phê bình: {criticism}",
    "hcm": "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh: đ/c {reader} kể "
    "chuyện “{story}”.",
    "inspection": "Kiểm tra, giám sát: chi ủy giám sát đ/c {watched} theo kế hoạch; chưa phát "
    "hiện sai phạm.",
    "mass_mobilization": "Dân vận: đảng viên cùng Mặt trận, các đoàn thể xuống địa bàn vận "
    "động nhân dân {times} lần.",
    "candidate": "Xét hồ sơ quần chúng {candidate}: chi ủy báo cáo lý lịch, đơn xin vào Đảng, "
    "nhận xét của đoàn thể và nơi cư trú; đề nghị chi bộ xét kết nạp.",
    "offender": "Đ/c {offender} trình bày bản tự kiểm điểm; chi ủy báo cáo kết quả kiểm tra và "
    "đề xuất hình thức kỷ luật.",
    "urgent": "Đ/c {chair} phổ biến chỉ đạo khẩn của Đảng ủy về {urgent}.",
}
# AH: (the heading, what is said under it in prose).
_AH_SAID = {
    "current_affairs": (
        "THÔNG TIN THỜI SỰ",
        "Đồng chí {chair} điểm qua một số tin thời sự đáng chú ý: {news}.",
    ),
    "directive": ("VĂN BẢN CẤP TRÊN", "Chi bộ được quán triệt {directive}."),
    "presenter": (
        "CHUYÊN ĐỀ",
        "Đồng chí {presenter} giới thiệu chuyên đề “{title}”. Các đồng chí trao đổi, liên hệ "
        "với thực tiễn ở {unit}.",
    ),
    "review": (
        "KIỂM ĐIỂM THÁNG TRƯỚC",
        "Chi ủy đánh giá việc thực hiện nghị quyết tháng {prev}; kết quả đạt được như sau:",
    ),
    "ideology": ("TƯ TƯỞNG VÀ DƯ LUẬN", "{ideology}"),
    "criticism": ("PHÊ BÌNH VÀ TỰ PHÊ BÌNH", "{criticism}"),
    "fees": (
        "ĐẢNG PHÍ",
        "Thư ký báo cáo đảng phí tháng {month} thu được {amount} đồng, đã nộp lên cấp trên.",
    ),
    "hcm": (
        "HỌC TẬP VÀ LÀM THEO BÁC",
        "Đồng chí {reader} kể câu chuyện “{story}”; chi bộ liên hệ việc học tập và làm theo "
        "tư tưởng, đạo đức, phong cách Hồ Chí Minh.",
    ),
    "mass_mobilization": (
        "DÂN VẬN",
        "Trong tháng, chi bộ cùng Mặt trận và các đoàn thể tổ chức {times} đợt vận động nhân dân.",
    ),
    "inspection": (
        "KIỂM TRA, GIÁM SÁT",
        "Qua giám sát đồng chí {watched}, chi ủy nhận thấy đồng chí giữ gìn tốt tư cách đảng viên.",
    ),
    "candidate": (
        "HỒ SƠ KẾT NẠP",
        "Chi ủy giới thiệu hồ sơ quần chúng {candidate}: đơn xin vào Đảng, lý lịch đã thẩm tra, "
        "ý kiến của đảng viên giúp đỡ; đề nghị chi bộ xét kết nạp.",
    ),
    "offender": (
        "XEM XÉT KỶ LUẬT",
        "Đồng chí {offender} đọc bản tự kiểm điểm; đồng chí {chair} thông báo kết luận kiểm tra "
        "của chi ủy.",
    ),
    "urgent": (
        "CHỈ ĐẠO KHẨN CỦA ĐẢNG ỦY",
        "Đồng chí {chair} truyền đạt chỉ đạo của Đảng ủy về {urgent}.",
    ),
}
# What fell short in the review, after its items.
_SHORT = {"AG": "Khuyết điểm:", "AH": "Những mặt còn yếu:"}
# What the conclusion leads with, by extraordinary business, for a thematic meeting, and
# ("tasks") for the month after ({month}).
_LEADS = {
    "AG": {
        "directives": "Chi bộ thống nhất các việc phải làm ngay:",
        "member_development": "Chi bộ thống nhất:",
        "inspection": "Chi bộ thống nhất:",
        "thematic": "Chủ tọa kết luận chuyên đề, chi bộ thống nhất:",
        "tasks": "Chi bộ thống nhất các việc phải làm trong tháng {month}:",
    },
    "AH": {
        "directives": "Đồng chí chủ trì kết luận và nêu chương trình công tác khẩn:",
        "member_development": "Chi bộ nhất trí:",
        "inspection": "Chi bộ nhất trí:",
        "thematic": "Đồng chí chủ trì kết luận buổi chuyên đề; chi bộ nhất trí vận dụng:",
        "tasks": "Đồng chí chủ trì kết luận và nêu chương trình công tác tháng {month}:",
    },
}
# The vote: on admitting a candidate, on a penalty (secret ballot), by show of hands; {a} in
# favour, {t} voting, {c} against.
VOTES = {
    "AG": {
        "member_development": "Kết quả biểu quyết kết nạp: {t} đảng viên chính thức tham gia, "
        "{a} đồng ý.",
        "inspection": "Bỏ phiếu kín: số phiếu phát ra {t}, số phiếu đồng ý kỷ luật {a}.",
        "hands": "Biểu quyết bằng hình thức giơ tay: dự họp {t}, đồng ý {a}{c}.",
    },
    "AH": {
        "member_development": "Chi bộ biểu quyết: {a} trong số {t} đảng viên chính thức tán "
        "thành việc kết nạp.",
        "inspection": "Chi bộ bỏ phiếu kín, {t} đồng chí tham gia; {a} phiếu tán thành hình "
        "thức kỷ luật.",
        "hands": "Chi bộ biểu quyết thông qua: {a} trong số {t} đồng chí dự họp giơ tay tán "
        "thành{c}.",
    },
}
AGAINST = {"AG": ", không đồng ý {}", "AH": ", {} đồng chí không đồng ý"}
_NEXT = {
    "AG": "Lịch sinh hoạt kỳ tới: ngày {day}.",
    "AH": "Chi bộ sẽ họp kỳ tới vào {weekday}, ngày {day}.",
}
# The discussion: nobody spoke; a count and what it was about; a count before the opinions;
# the head of the opinions without a count.
TALK = {
    "AG": (
        "Ý kiến phát biểu: không.",
        "Ý kiến phát biểu: {n} đồng chí, xoay quanh {about}.",
        "Ý kiến phát biểu ({n} đồng chí):",
        "Ý kiến phát biểu:",
    ),
    "AH": (
        "Không đồng chí nào phát biểu.",
        "Đã có {n} đồng chí phát biểu, đa số đề cập đến {about}.",
        "Đã có {n} đồng chí phát biểu:",
        "",
    ),
}
AH_DISCUSSION = "Ý KIẾN ĐẢNG VIÊN"


def _values(facts: Facts, rng: random.Random, pick: Pick) -> dict[str, Any]:
    """What the report templates are filled with: the sections named as they are, then the
    rest."""
    s = facts.sections
    said = {key: s.get(key) for key in ("presenter", "directive", "candidate", "offender")}
    joined = {key: " ".join(s.get(key) or []) for key in ("ideology", "criticism")}
    return (
        said
        | joined
        | {
            "urgent": s.get("urgent"),
            "watched": s.get("inspection"),
            "chair": facts.chair,
            "unit": facts.unit.unit,
            "title": facts.thematic_title,
            "times": pick.n(s.get("mass_mobilization") or 0),
            "reader": rng.choice(facts.members),
            "story": rng.choice(_STORIES),
            "month": say.month_label(facts.day),
            "prev": say.month_label(previous_month(facts.day)),
            "amount": money(rng.randrange(150, 2900) * 1000),
            "news": "; ".join(lower_first(item) for item in s.get("current_affairs") or []),
        }
    )


def reports(facts: Facts, rng: random.Random, pick: Pick) -> list[tuple[str, list[str]]]:
    """Each report as (its heading, its lines): AG's headings are "" (its points have none)."""
    values = _values(facts, rng, pick)
    if facts.meeting_type == "extraordinary":
        keys = [BUSINESS[facts.purpose or "directives"]]
    else:
        keys = [key for key in ORDER[pick.family] if facts.sections.get(key)]
    found = []
    for key in keys:
        title, said = ("", _AG_SAID[key]) if pick.family == "AG" else _AH_SAID[key]
        lines = said.format(**values).split("\n")
        if key == "review":
            mark = "*" if pick.family == "AG" else "–"
            lines += review_items(facts, rng, pick, mark=mark, short=_SHORT[pick.family])
        found.append((title, lines))
    return found


def _who(facts: Facts, speech: Speech) -> str:
    """A member as "Đ/c Name", a guest as "Ông Name (role)"."""
    role = guest_role(facts, speech.speaker)
    if role is None:
        return f"Đ/c {speech.speaker}"
    return capital(f"{guest_name(speech.speaker, {})} ({role})")


def talk(facts: Facts, pick: Pick) -> list[str]:
    """The discussion: nobody spoke; a count and a summary; or the opinions one by one."""
    counter = iter(range(1, len(facts.speeches) + 1))

    def opinion(speech: Speech) -> list[str]:
        if pick.family == "AG":
            return [f"({next(counter)}) {_who(facts, speech)}: {capital(speech.text)}"]
        return [f"{_who(facts, speech)} góp ý: {capital(speech.text)}"]

    return talk_lines(facts, pick, TALK[pick.family], opinion)


def lead(facts: Facts, pick: Pick) -> str:
    kind = facts.purpose if facts.meeting_type == "extraordinary" else facts.meeting_type
    leads = _LEADS[pick.family]
    month = say.month_label(next_month(facts.day))
    return leads.get(kind or "", leads["tasks"]).format(month=month)


def items(facts: Facts, pick: Pick) -> list[str]:
    """The adopted tasks: AG's "+ …;", AH's "(1) …"."""
    if pick.family == "AG":
        said = [f"+ {item};" for item in facts.resolutions]
        return [*said[:-1], said[-1][:-1] + "."] if said else []
    return [f"({i + 1}) {item}." for i, item in enumerate(facts.resolutions)]


def _vote(facts: Facts, pick: Pick) -> list[str]:
    """The vote in the family's form: by purpose, else by show of hands; none without one."""
    if facts.vote is None:
        return []
    agree, total = facts.vote
    form = VOTES[pick.family].get(facts.purpose or "") or VOTES[pick.family]["hands"]
    c = AGAINST[pick.family].format(pick.n(total - agree)) if agree < total else ""
    return [form.format(a=pick.n(agree), t=pick.n(total), c=c)]


def vote_and_next(facts: Facts, pick: Pick) -> list[str]:
    """The extra decision, the vote, and the next meeting's date."""
    decided = [f"{facts.conclusion_decision}."] if facts.conclusion_decision else []
    later = facts.sections.get("next_meeting")
    announced = (
        []
        if later is None
        else [_NEXT[pick.family].format(weekday=weekday(later), day=pick.day(later))]
    )
    return decided + _vote(facts, pick) + announced

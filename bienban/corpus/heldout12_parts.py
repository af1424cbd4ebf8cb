"""What AC and AD say between the roll call and the close: reports, opinions, adopted tasks,
the vote and the next meeting.

HELD-OUT: closed to whoever writes or tunes the extraction rules, like `heldout12.py` (which
explains why); AC and AD measure how far those rules carry to unseen hands.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import timedelta
from string import ascii_lowercase
from typing import TYPE_CHECKING, Any

from bienban.corpus import heldout12_phrases as say
from bienban.corpus.facts import Facts, Speech
from bienban.corpus.heldout2_phrases import gist, guest_name
from bienban.corpus.heldout7_phrases import lower_first
from bienban.corpus.heldout9_phrases import capital, guest_role, money, weekday
from bienban.corpus.heldout10_parts import is_listed

if TYPE_CHECKING:
    from bienban.corpus.heldout12 import Pick

_STORIES = (
    "Bác Hồ trồng cây",
    "Chiếc đồng hồ",
    "Bác dạy cách ăn, cách ở với dân",
    "Tấm lòng của Bác với thương binh, liệt sĩ",
)
_ORDER = {
    "AC": (
        "fees",
        "current_affairs",
        "directive",
        "review",
        "ideology",
        "criticism",
        "inspection",
        "mass_mobilization",
        "presenter",
        "hcm",
    ),
    "AD": (
        "current_affairs",
        "review",
        "presenter",
        "directive",
        "hcm",
        "ideology",
        "criticism",
        "mass_mobilization",
        "inspection",
        "fees",
    ),
}
# AC: "* label: text"; a "\n" starts a line of its own.
_AC_SAID = {
    "fees": "Đảng phí: đã thu đủ tháng {month}, số tiền {amount}đ, nộp lên Đảng ủy.",
    "current_affairs": "Thời sự: {news}.",
    "directive": "Quán triệt: đ/c {chair} phổ biến {directive}; ĐV tự nghiên cứu thêm.",
    "review": "Đánh giá kết quả thực hiện NQ tháng {prev} (đ/c {chair} báo cáo):",
    "inspection": "Kiểm tra, giám sát: chi ủy giám sát đ/c {watched}, chưa phát hiện vi phạm.",
    "mass_mobilization": "Dân vận: phối hợp MTTQ và các đoàn thể vận động nhân dân được {times} "
    "lần.",
    "ideology": "Tư tưởng ĐV, dư luận quần chúng: {ideology}",
    "criticism": "Phê bình, tự phê bình: {criticism}",
    "hcm": "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh: đ/c {reader} đọc "
    "mẩu chuyện “{story}”.",
    "presenter": "Chuyên đề: “{title}”, do đ/c {presenter} trình bày theo đề cương; các đ/c "
    "liên hệ thực tế {unit}.",
    "candidate": "Chi ủy trình hồ sơ đề nghị kết nạp quần chúng {candidate} (đơn, lý lịch, "
    "nhận xét của đoàn thể và nơi cư trú).\nĐ/c {chair} báo cáo kết quả thẩm tra lý lịch.",
    "offender": "Đ/c {offender} đọc bản tự kiểm điểm.\nChi ủy đọc kết luận kiểm tra, đề xuất "
    "hình thức kỷ luật.",
    "urgent": "Đ/c {chair} phổ biến chỉ đạo khẩn của Đảng ủy về {urgent}.",
}
# AD: (the numbered heading, the text under it).
_AD_SAID = {
    "current_affairs": (
        "Chi bộ nghe thông tin thời sự",
        "Đồng chí {chair} thông tin đến đảng viên: {news}.",
    ),
    "review": (
        "Chi bộ nghe báo cáo kết quả thực hiện nghị quyết tháng {prev}",
        "Đồng chí {chair} thay mặt chi ủy báo cáo; trong tháng chi bộ đã lãnh đạo:",
    ),
    "presenter": (
        "Sinh hoạt chuyên đề",
        "Đồng chí {presenter} trình bày chuyên đề “{title}”; các đồng chí trao đổi, liên hệ "
        "với thực tế của {unit}.",
    ),
    "directive": (
        "Chi bộ học tập, quán triệt văn bản của cấp trên",
        "Chi bộ được quán triệt {directive}.",
    ),
    "hcm": (
        "Chi bộ học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
        "Đồng chí {reader} kể chuyện “{story}”; các đảng viên liên hệ với bản thân.",
    ),
    "ideology": ("Chi bộ đánh giá tình hình tư tưởng", "{ideology}"),
    "criticism": ("Chi bộ tiến hành phê bình và tự phê bình", "{criticism}"),
    "mass_mobilization": (
        "Chi bộ nghe báo cáo công tác dân vận",
        "Chi bộ đã phối hợp với Mặt trận và các đoàn thể tổ chức {times} đợt vận động nhân dân.",
    ),
    "inspection": (
        "Chi bộ nghe thông báo kết quả giám sát",
        "Đảng viên được giám sát: đồng chí {watched}; đồng chí chấp hành tốt Điều lệ Đảng.",
    ),
    "fees": ("Chi bộ thu, nộp đảng phí", "Đảng phí tháng {month} thu được {amount} đồng."),
    "candidate": (
        "",
        "Đồng chí {chair} đọc đơn xin vào Đảng, lý lịch và nghị quyết giới thiệu của đoàn thể "
        "đối với quần chúng {candidate}.",
    ),
    "offender": (
        "",
        "Đảng viên {offender} trình bày bản kiểm điểm; đồng chí {chair} thông báo kết quả "
        "kiểm tra và đề xuất hình thức kỷ luật.",
    ),
    "urgent": ("", "Đồng chí {chair} thông báo công văn chỉ đạo hỏa tốc của Đảng ủy về {urgent}."),
}
_BUSINESS = {"member_development": "candidate", "inspection": "offender", "directives": "urgent"}
# The vote: on admitting a candidate, on a penalty (secret ballot), by show of hands ({a} in
# favour, {c} against, {t} voting).
_VOTES = {
    "AC": {
        "member_development": "ĐV chính thức biểu quyết kết nạp: {a} đ/c đồng ý trên tổng số {t} "
        "đ/c chính thức.",
        "inspection": "Bỏ phiếu kín hình thức kỷ luật: tổng số phiếu {t}, phiếu đồng ý {a}.",
        "hands": "Biểu quyết (giơ tay): {t} đ/c tham gia, {a} đ/c đồng ý, {c} đ/c không đồng ý.",
    },
    "AD": {
        "member_development": "Các đảng viên chính thức biểu quyết đề nghị kết nạp: tán thành "
        "{a}; tổng số đảng viên chính thức biểu quyết: {t}.",
        "inspection": "Kết quả bỏ phiếu kín: số phiếu phát ra {t}; số phiếu tán thành hình thức "
        "kỷ luật {a}.",
        "hands": "Biểu quyết giơ tay: tổng số {t} đồng chí; tán thành {a}; {c}.",
    },
}
_NEXT = {
    "AC": "Lịch họp tháng sau: ngày {1}.",
    "AD": "Thời gian họp kỳ tới (dự kiến): {0}, ngày {1}.",
}


# Template names filled straight from a section of the facts.
_FROM_SECTIONS = {
    "directive": "directive",
    "presenter": "presenter",
    "candidate": "candidate",
    "offender": "offender",
    "urgent": "urgent",
    "times": "mass_mobilization",
    "watched": "inspection",
}


def _values(facts: Facts, rng: random.Random) -> dict[str, Any]:
    """What the report templates are filled with."""
    s = facts.sections
    values = {name: s.get(key) for name, key in _FROM_SECTIONS.items()}
    values.update(
        chair=facts.chair,
        unit=facts.unit.unit,
        title=facts.thematic_title,
        reader=rng.choice(facts.members),
        story=rng.choice(_STORIES),
        month=say.month_of(facts.day),
        prev=say.month_before(facts.day),
        amount=money(rng.randrange(150, 2800) * 1000),
        news="; ".join(lower_first(item) for item in s.get("current_affairs") or []),
        ideology=" ".join(s.get("ideology") or []),
        criticism=" ".join(s.get("criticism") or []),
    )
    return values


def _keys(facts: Facts, pick: Pick) -> list[str]:
    """The reports the facts hold, in the family's order; an extraordinary meeting's business."""
    if facts.meeting_type == "extraordinary":
        return [_BUSINESS[facts.purpose or "directives"]]
    return [key for key in _ORDER[pick.family] if facts.sections.get(key)]


def review_items(
    facts: Facts, rng: random.Random, pick: Pick, *, mark: str, short: str = "Tồn tại, hạn chế:"
) -> list[str]:
    """The review's items one a line after `mark`, what fell short (after `short`), and a figure
    or deadline not the meeting's."""
    lines = [f"{mark} {capital(item)}." for item in facts.sections["review"]]
    if facts.sections.get("shortcomings"):
        lines.append(f"{short} {'; '.join(facts.sections['shortcomings'])}.")
    if "distractor" in facts.sections:
        due = facts.day + timedelta(days=rng.randint(20, 90))
        lines.append(facts.sections["distractor"].replace("ngày .", f"ngày {pick.day(due)}."))
    return lines


def _about(facts: Facts) -> str:
    said = list(dict.fromkeys(gist(speech.text) for speech in facts.speeches[:2]))
    return "; ".join(said) or "các nội dung chi ủy đã báo cáo"


def _speaker(facts: Facts, speech: Speech, *, honorific: str, joiner: str) -> str:
    """ "đ/c Name", or a guest as "Ông Name" followed by the role (after `joiner`)."""
    role = guest_role(facts, speech.speaker)
    if role is None:
        return f"{honorific} {speech.speaker}"
    return f"{guest_name(speech.speaker, {})}{joiner}{role}"


def _vote_and_next(facts: Facts, pick: Pick) -> list[str]:
    lines = [f"{facts.conclusion_decision}."] if facts.conclusion_decision else []
    if facts.vote is not None:
        agree, total = facts.vote
        forms = _VOTES[pick.family]
        form = forms.get(facts.purpose or "", forms["hands"])
        against = pick.n(total - agree)
        if not pick.is_ac:
            against = f"không tán thành {against}" if total > agree else "không có ý kiến khác"
        lines.append(form.format(a=pick.n(agree), t=pick.n(total), c=against))
    later = facts.sections.get("next_meeting")
    if later is not None:
        lines.append(_NEXT[pick.family].format(weekday(later), pick.day(later)))
    return lines


# AC ------------------------------------------------------------------------------------------


def ac_body(facts: Facts, rng: random.Random, pick: Pick) -> list[str]:
    """Starred reports, the discussion, then the chair's conclusion and the numbered tasks."""
    values = _values(facts, rng)
    lines: list[str] = []
    for key in _keys(facts, pick):
        text = _AC_SAID[key].format(**values)
        if key in _BUSINESS.values():
            text = f"{capital(pick.purpose)}: {text}"
        first, *rest = text.split("\n")
        lines += [f"* {first}", *rest]
        if key == "review":
            lines += review_items(facts, rng, pick, mark="-")
    lines += _talk(facts, pick)
    if rng.random() < 0.35:
        lines.append("<<page>>")
    items = [f"({index + 1}) {item}." for index, item in enumerate(facts.resolutions)]
    return lines + [_lead(facts, pick), *items, *_vote_and_next(facts, pick)]


# What the chair's conclusion leads with: for each extraordinary business, for a thematic
# meeting, and ("tasks") the tasks of the month after ({month}).
_LEADS = {
    "AC": {
        "directives": "* Chi bộ thống nhất triển khai ngay:",
        "member_development": "* Đ/c chủ trì kết luận, chi bộ thống nhất:",
        "inspection": "* Đ/c chủ trì kết luận, chi bộ thống nhất:",
        "thematic": "* Đ/c chủ trì kết luận chuyên đề, chi bộ thống nhất các giải pháp:",
        "tasks": "* Đ/c chủ trì kết luận, chi bộ thống nhất nhiệm vụ tháng {month}:",
    },
    "AD": {
        "directives": "Đồng chí chủ tọa kết luận; chi bộ nhất trí triển khai ngay những việc sau:",
        "member_development": "Đồng chí chủ tọa kết luận; chi bộ nhất trí:",
        "inspection": "Đồng chí chủ tọa kết luận; chi bộ nhất trí:",
        "thematic": "Đồng chí chủ tọa kết luận chuyên đề; chi bộ nhất trí các giải pháp vận dụng:",
        "tasks": "Đồng chí chủ tọa kết luận; chi bộ nhất trí các nhiệm vụ tháng {month} sau đây:",
    },
}


def _lead(facts: Facts, pick: Pick) -> str:
    kind = facts.purpose if facts.meeting_type == "extraordinary" else facts.meeting_type
    leads = _LEADS[pick.family]
    return leads.get(kind or "", leads["tasks"]).format(month=say.month_after(facts.day))


# AD ------------------------------------------------------------------------------------------


def ad_body(facts: Facts, rng: random.Random, pick: Pick) -> list[str]:
    """Numbered reports, each a heading and its text, then the discussion as the last item."""
    values = _values(facts, rng)
    lines: list[str] = []
    keys = _keys(facts, pick)
    for index, key in enumerate(keys):
        heading, text = _AD_SAID[key]
        heading = heading.format(**values) or capital(pick.purpose)
        lines += [f"{index + 1}. {heading}.", text.format(**values)]
        if key == "review":
            lines += review_items(facts, rng, pick, mark="–")
    return lines + [f"{len(keys) + 1}. Các ý kiến thảo luận.", *_talk(facts, pick)]


# The discussion: nobody spoke; a count and what it was about ({n}, {about}); the count before
# the opinions, or the head without one ("" for none).
_TALK = {
    "AC": (
        "* Thảo luận: không có ý kiến.",
        "* Thảo luận: {n} ý kiến, tập trung vào: {about}.",
        "* Thảo luận ({n} ý kiến):",
        "* Thảo luận:",
    ),
    "AD": (
        "Không đồng chí nào phát biểu thêm.",
        "Số người phát biểu: {n}; ý kiến tập trung vào: {about}.",
        "Số người phát biểu: {n}.",
        "",
    ),
}


def talk_lines(
    facts: Facts, pick: Pick, forms: tuple[str, ...], opinion: Callable[[Speech], list[str]]
) -> list[str]:
    """The discussion in `forms` (nobody spoke; a count and what it was about, `{n}` and
    `{about}`; the count before the opinions; their head without a count, "" for none), each
    opinion's lines as `opinion` writes them."""
    nobody, summary, counted, plain = forms
    stated = facts.stated_speakers
    if stated == 0:
        return [nobody]
    if not is_listed(facts):
        return [summary.format(n=pick.n(stated or len(facts.speeches)), about=_about(facts))]
    lines = [plain] if stated is None else [counted.format(n=pick.n(stated))]
    for speech in facts.speeches:
        lines += opinion(speech)
    return [line for line in lines if line]


def _talk(facts: Facts, pick: Pick) -> list[str]:
    def opinion(speech: Speech) -> list[str]:
        if pick.is_ac:
            who = _speaker(facts, speech, honorific="đ/c", joiner=" – ")
            return [f"+ Ý kiến {who}: {capital(speech.text)}"]
        who = _speaker(facts, speech, honorific="đồng chí", joiner=", ")
        return [f"Phát biểu của {who}:", capital(speech.text)]

    return talk_lines(facts, pick, _TALK[pick.family], opinion)


def ad_conclusion(facts: Facts, rng: random.Random, pick: Pick) -> list[str]:
    """The chair's conclusion, the items lettered "a)", the vote and the next meeting."""
    items = [f"{ascii_lowercase[i]}) {item};" for i, item in enumerate(facts.resolutions)]
    if items:
        items[-1] = items[-1][:-1] + "."
    return [_lead(facts, pick), *items, *_vote_and_next(facts, pick)]

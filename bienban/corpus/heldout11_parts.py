"""The body of the held-out families AA and AB: the reports, the discussion, the adopted items
and the vote.

HELD-OUT: people who write or tune extraction rules must not read this module (see
`heldout11.py`); AA and AB measure how the rules generalise.
"""

from __future__ import annotations

import random
from datetime import timedelta
from typing import TYPE_CHECKING, Any

from bienban.corpus import heldout11_phrases as say
from bienban.corpus.facts import Facts, Speech
from bienban.corpus.heldout2_phrases import SPEAKER_ROLES, gist, guest_name, percent
from bienban.corpus.heldout3_parts import previous_month
from bienban.corpus.heldout7_phrases import lower_first
from bienban.corpus.heldout9_phrases import capital, guest_role, money, weekday
from bienban.corpus.heldout10_parts import is_listed

if TYPE_CHECKING:
    from bienban.corpus.heldout11 import Pick

Section = tuple[str, list[str]]
_STORIES = (
    "Ngôi nhà sàn của Bác",
    "Bác Hồ với việc giữ lời hứa",
    "Bác nhường áo ấm cho đồng bào",
    "Bài học về đức khiêm tốn của Bác",
)
_ORDER = {
    "AA": (
        "current_affairs",
        "directive",
        "review",
        "ideology",
        "criticism",
        "hcm",
        "mass_mobilization",
        "inspection",
        "presenter",
        "fees",
    ),
    "AB": (
        "review",
        "current_affairs",
        "directive",
        "inspection",
        "mass_mobilization",
        "ideology",
        "criticism",
        "hcm",
        "presenter",
        "fees",
    ),
}
# AA tells each report as a clause after a connective ("Tiếp đó, …"); AB prints it, a line per
# "\n", under a heading of its own (`_AB_HEADS`).
_SAID = {
    "AA": {
        "current_affairs": "đồng chí {chair} cập nhật tin thời sự trong nước và địa phương: {news}.",
        "directive": "chi bộ được nghe quán triệt {directive}; đảng viên ghi chép đầy đủ để tổ "
        "chức thực hiện tại {unit}.",
        "review": "đồng chí {chair} thay mặt chi ủy báo cáo tình hình thực hiện nghị quyết tháng "
        "{prev}: {review}.",
        "ideology": "chi ủy nhận định tình hình tư tưởng trong đảng viên và quần chúng. {ideology}",
        "criticism": "chi bộ dành thời gian tự phê bình và phê bình. {criticism}",
        "hcm": "đồng chí {reader} kể câu chuyện “{story}”; các đồng chí liên hệ việc học tập và "
        "làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.",
        "mass_mobilization": "chi bộ nghe báo cáo công tác dân vận: trong tháng đã cùng Mặt trận, "
        "các đoàn thể ra quân {times} đợt vận động nhân dân.",
        "inspection": "chi ủy thông báo kết quả giám sát đồng chí {watched}: đồng chí thực hiện "
        "đúng quy định về những điều đảng viên không được làm.",
        "presenter": "đồng chí {presenter} trình bày chuyên đề “{title}”, có đề cương chuẩn bị "
        "trước; các đảng viên liên hệ với thực tiễn của {unit}.",
        "fees": "chi bộ thu đảng phí tháng {month}, tổng số tiền {amount} đồng, nộp về cấp ủy cấp "
        "trên đúng hạn.",
        "candidate": "đồng chí {chair} trình bày hồ sơ đề nghị kết nạp quần chúng {candidate}: đơn "
        "xin vào Đảng, lý lịch, nhận xét của đoàn thể và nơi cư trú.",
        "offender": "đảng viên {offender} đọc bản tự kiểm điểm về vi phạm của mình; chi ủy báo "
        "cáo kết quả kiểm tra và đề xuất hình thức kỷ luật.",
        "urgent": "đồng chí {chair} truyền đạt ý kiến chỉ đạo của cấp ủy cấp trên về {urgent}.",
    },
    "AB": {
        "directive": "Đồng chí {chair} phổ biến {directive}; đề nghị mỗi đảng viên tự nghiên cứu, "
        "cụ thể hóa vào việc làm hằng ngày.",
        "inspection": "Chi ủy giám sát việc giữ mối liên hệ với nơi cư trú của đảng viên "
        "{watched}; kết quả: đồng chí chấp hành nghiêm.",
        "mass_mobilization": "Chi bộ phối hợp Mặt trận và các đoàn thể tổ chức được {times} đợt "
        "tuyên truyền, vận động nhân dân.",
        "hcm": "Đồng chí {reader} đọc bài viết “{story}”; chi bộ liên hệ việc học tập và làm theo "
        "tư tưởng, đạo đức, phong cách Hồ Chí Minh.",
        "presenter": "Chuyên đề: “{title}”.\nBáo cáo viên: đồng chí {presenter}.\nĐảng viên đã "
        "nhận tài liệu trước ba ngày để nghiên cứu.",
        "fees": "Thu đảng phí tháng {month}: {amount}đ, đã nộp cấp trên.",
        "candidate": "Chi ủy báo cáo kết quả thẩm tra lý lịch và quá trình bồi dưỡng quần chúng "
        "{candidate}.\nChi bộ nghe đọc đơn xin vào Đảng và bản tự khai lý lịch của quần chúng "
        "{candidate}.",
        "offender": "Chi ủy trình bày báo cáo kiểm tra dấu hiệu vi phạm của đảng viên {offender}."
        "\nĐồng chí {offender} trình bày bản kiểm điểm, nhận khuyết điểm trước chi bộ.",
        "urgent": "Đồng chí {chair} phổ biến văn bản chỉ đạo khẩn của cấp trên về {urgent}.",
    },
}
_AB_HEADS = {
    "review": "Kết quả lãnh đạo thực hiện nghị quyết tháng {prev}",
    "current_affairs": "Thông tin thời sự",
    "directive": "Học tập, quán triệt văn bản cấp trên",
    "inspection": "Kiểm tra, giám sát đảng viên",
    "mass_mobilization": "Công tác dân vận",
    "ideology": "Tư tưởng đảng viên, dư luận nhân dân",
    "criticism": "Phê bình và tự phê bình",
    "hcm": "Làm theo gương Bác",
    "presenter": "Sinh hoạt chuyên đề",
    "fees": "Đảng phí",
}
_BUSINESS = {"member_development": "candidate", "inspection": "offender", "directives": "urgent"}
# The vote: on admitting a candidate, on a penalty (secret ballot), by show of hands, and
# the short form; {a} in favour, {c} against, {t} voting.
_VOTES = {
    "AA": {
        "member_development": "Lấy ý kiến đảng viên chính thức về việc đề nghị kết nạp: {a} trong "
        "tổng số {t} đồng chí tán thành.",
        "inspection": "Kết quả bỏ phiếu kín: {a} trong tổng số {t} phiếu tán thành hình thức kỷ "
        "luật đề xuất.",
        "hands": "Lấy biểu quyết bằng hình thức giơ tay: {a} trong tổng số {t} đồng chí dự họp "
        "tán thành ({share}%).",
        "short": "Kết quả lấy biểu quyết: {a}/{t} đồng chí nhất trí.",
    },
    "AB": {
        "member_development": "Đảng viên chính thức biểu quyết việc đề nghị kết nạp: thuận {a}, "
        "chống {c}, tổng số {t} đồng chí.",
        "inspection": "Bỏ phiếu kín về hình thức kỷ luật: phát ra {t} phiếu, thu về {t} phiếu, "
        "{a} phiếu đồng ý.",
        "hands": "Biểu quyết giơ tay: thuận {a}, chống {c} (tổng số {t} đồng chí biểu quyết).",
        "short": "Nghị quyết được thông qua với {a}/{t} đồng chí biểu quyết thuận{kept}.",
    },
}
# The next meeting ({0}: its weekday, {1}: its date).
_NEXT = {
    "AA": "Chi bộ hẹn kỳ sinh hoạt tới vào {0}, ngày {1}.",
    "AB": "Dự kiến lịch sinh hoạt kỳ sau: ngày {1}.",
}
_AA_NEXT = ("Tiếp đó", "Sau đó", "Tiếp theo", "Kế tiếp")
AB_NEXT = ("Tiếp lời", "Tiếp theo", "Đồng tình với ý kiến trên", "Phát biểu tiếp")


def _values(facts: Facts, rng: random.Random) -> dict[str, Any]:
    """What the `_SAID` templates are filled with."""
    s = facts.sections
    listed = {key: s.get(key) or [] for key in ("current_affairs", "review")}
    return {
        **{
            key: s.get(key) for key in ("directive", "presenter", "candidate", "offender", "urgent")
        },
        "chair": facts.chair,
        "unit": facts.unit.unit,
        "title": facts.thematic_title,
        "times": s.get("mass_mobilization"),
        "watched": s.get("inspection"),
        "reader": rng.choice(facts.members),
        "story": rng.choice(_STORIES),
        "month": f"{facts.day.month}/{facts.day.year}",
        "prev": _month_before(facts),
        "amount": money(rng.randrange(120, 3000) * 1000),
        "news": "; ".join(listed["current_affairs"]),
        "review": lower_first("; ".join(listed["review"])),
        "ideology": " ".join(s.get("ideology") or []),
        "criticism": " ".join(s.get("criticism") or []),
    }


def _month_before(facts: Facts) -> str:
    prev = previous_month(facts.day)
    return f"{prev.month}/{prev.year}"


def _distractor(facts: Facts, rng: random.Random, pick: Pick) -> list[str]:
    """A figure or a deadline that is not the meeting's, after the review."""
    if "distractor" not in facts.sections:
        return []
    due = facts.day + timedelta(days=rng.randint(20, 90))
    return [facts.sections["distractor"].replace("ngày .", f"ngày {pick.day(due)}.")]


def _reports(facts: Facts, rng: random.Random, pick: Pick) -> list[tuple[str, str]]:
    """(key, filled template) for each report the facts hold, in the family's order; an
    extraordinary meeting's business alone."""
    said, values = _SAID[pick.hand.name], _values(facts, rng)
    if facts.meeting_type == "extraordinary":
        key = _BUSINESS[facts.purpose or "directives"]
        return [(key, said[key].format(**values))]
    keys = [key for key in _ORDER[pick.hand.name] if facts.sections.get(key)]
    return [(key, said[key].format(**values) if key in said else "") for key in keys]


def _adopted(facts: Facts, rng: random.Random, pick: Pick, items: list[str]) -> list[str]:
    """After the lead and the `items`: the chair's further decision, the vote and the next
    meeting."""
    lines = items + ([f"{facts.conclusion_decision}."] if facts.conclusion_decision else [])
    if facts.vote is not None:
        agree, total = facts.vote
        forms = _VOTES[pick.hand.name]
        kind = facts.purpose if facts.purpose in forms else "hands"
        if kind == "hands" and pick.styles["count"] != "words" and rng.random() < 0.5:
            kind = "short"
        against, n = total - agree, pick.n
        kept = f", {n(against)} đồng chí bảo lưu ý kiến" if against else ""
        share = percent(agree, total)
        said = forms[kind].format(a=n(agree), t=n(total), c=n(against), kept=kept, share=share)
        lines.append(said)
    later = facts.sections.get("next_meeting")
    if later is not None:
        lines.append(_NEXT[pick.hand.name].format(weekday(later), pick.day(later)))
    return lines


def _about(facts: Facts) -> str:
    said = list(dict.fromkeys(gist(speech.text) for speech in facts.speeches[:2]))
    return "; ".join(said) or "cách thức tổ chức thực hiện các nội dung đã nêu"


def _shortcomings(facts: Facts) -> str:
    return "; ".join(facts.sections.get("shortcomings") or [])


# AA ------------------------------------------------------------------------------------------


def aa_course(facts: Facts, rng: random.Random, pick: Pick) -> list[str]:
    """AA's course of the meeting: the agenda adopted, each report after a connective, then
    the discussion."""
    word = say.sitting(facts.meeting_type)
    lines = [
        f"Đồng chí chủ trì nêu mục đích, yêu cầu của {word}; chi bộ nhất trí với chương trình."
    ]
    reports = _reports(facts, rng, pick)
    leads = _connectives(len(reports) + 1, rng)
    for lead, (key, text) in zip(leads, reports, strict=False):
        lines.append(f"{lead}, {text}")
        if key == "review":
            if facts.sections.get("shortcomings"):
                lines[-1] += f" Tuy vậy, vẫn còn tồn tại: {_shortcomings(facts)}."
            lines += _distractor(facts, rng, pick)
    return lines + _aa_talk(facts, rng, pick, leads[-1])


def _connectives(count: int, rng: random.Random) -> list[str]:
    """ "Mở đầu", then connectives drawn so that no two in a row are the same."""
    leads = ["Mở đầu"]
    while len(leads) < count:
        leads.append(rng.choice([lead for lead in _AA_NEXT if lead != leads[-1]]))
    return leads


def _aa_talk(facts: Facts, rng: random.Random, pick: Pick, lead: str) -> list[str]:
    stated = facts.stated_speakers
    if stated == 0:
        return [f"{lead}, đồng chí chủ trì đề nghị chi bộ góp ý; không có đồng chí nào phát biểu."]
    if not is_listed(facts):
        n = pick.n(stated or len(facts.speeches))
        return [
            f"{lead}, có {n} ý kiến tham gia thảo luận, xoay quanh các nội dung: {_about(facts)}."
        ]
    if stated is None:
        head = f"{lead}, chi bộ thảo luận, các ý kiến cụ thể như sau:"
    else:
        head = f"{lead}, chi bộ thảo luận với {pick.n(stated)} ý kiến phát biểu:"
    after = rng.random() < 0.5
    lines = [head, *(_aa_opinion(facts, speech, after=after) for speech in facts.speeches)]
    if rng.random() < 0.4:
        lines.append("Đồng chí chủ trì giải đáp, làm rõ thêm các ý kiến nêu ra.")
    return lines


def _aa_opinion(facts: Facts, speech: Speech, *, after: bool) -> str:
    """One opinion: the speaker and the words run on, or the words with the speaker after."""
    role = guest_role(facts, speech.speaker)
    if after:
        who = f"đồng chí {speech.speaker}"
        if role is not None:
            who = f"{guest_name(speech.speaker, {})} – {role}"
        return f"– {capital(speech.text)} (ý kiến của {who})"
    who = f"Đồng chí {speech.speaker}"
    if role is not None:
        who = f"{capital(guest_name(speech.speaker, {}))} ({role})"
    return f"– {who} {speech.text}"


def aa_conclusion(facts: Facts, rng: random.Random, pick: Pick) -> list[str]:
    """The chair's conclusion, the items numbered "1/", the vote and the next meeting."""
    items = [f"{index + 1}/ {item}." for index, item in enumerate(facts.resolutions)]
    return _adopted(facts, rng, pick, [_aa_lead(facts), *items])


def _aa_lead(facts: Facts) -> str:
    if facts.meeting_type == "extraordinary":
        what = "triển khai ngay những việc sau" if facts.purpose == "directives" else "như sau"
        return f"Đồng chí chủ trì kết luận; chi bộ thống nhất {what}:"
    if facts.meeting_type == "thematic":
        return "Kết luận phần chuyên đề, chi bộ thống nhất các giải pháp vận dụng:"
    month = say.month_after(facts.day)
    return (
        f"Đồng chí chủ trì tổng hợp ý kiến và kết luận; chi bộ thống nhất nhiệm vụ tháng {month}:"
    )


# AB ------------------------------------------------------------------------------------------


def ab_body(facts: Facts, rng: random.Random, pick: Pick) -> list[str]:
    """AB's numbered questions: one per report, then the opinions, then what was resolved."""
    found = [_ab_section(facts, rng, pick, key, text) for key, text in _reports(facts, rng, pick)]
    found += [
        ("Ý kiến của đảng viên", _ab_talk(facts, rng, pick)),
        ("Chi bộ quyết nghị", _ab_resolved(facts, rng, pick)),
    ]
    word = say.sitting(facts.meeting_type)
    lines = [f"Đồng chí chủ trì thông qua chương trình {word}; chi bộ lần lượt bàn các vấn đề sau:"]
    for index, (heading, said) in enumerate(found):
        if index == len(found) - 1 and rng.random() < 0.3:
            lines.append("<<page>>")
        lines += [f"VẤN ĐỀ {index + 1} – {heading.upper()}", *said]
    return lines


def _ab_section(facts: Facts, rng: random.Random, pick: Pick, key: str, text: str) -> Section:
    """A report's heading and lines: the pool's sentences one a line, the rest as filled."""
    s = facts.sections
    if key in _BUSINESS.values():
        return capital(pick.purpose), text.split("\n")
    heading = _AB_HEADS[key].format(prev=_month_before(facts))
    if key == "review":
        lines = [f"Đồng chí {facts.chair} báo cáo; trong tháng chi bộ đã:"]
        lines += [f"- {lower_first(item)};" for item in s["review"]]
        lines[-1] = lines[-1][:-1] + "."
        if s.get("shortcomings"):
            lines.append(f"Chưa làm được: {_shortcomings(facts)}.")
        return heading, lines + _distractor(facts, rng, pick)
    if key == "current_affairs":
        return heading, ["Chi ủy phổ biến một số tin đáng chú ý:"] + [
            f"- {capital(item)}." for item in s[key]
        ]
    if key in ("ideology", "criticism"):
        return heading, [f"- {line}" for line in s[key]]
    return heading, text.split("\n")


def _ab_talk(facts: Facts, rng: random.Random, pick: Pick) -> list[str]:
    stated = facts.stated_speakers
    if stated == 0:
        return ["Không có ý kiến phát biểu thêm."]
    if not is_listed(facts):
        n = pick.n(stated or len(facts.speeches))
        return [f"Qua {n} lượt ý kiến, các đồng chí chủ yếu đề cập: {_about(facts)}."]
    lines = [f"Đã có {pick.n(stated)} lượt phát biểu."] if stated is not None else []
    # Some secretaries give members their posts, each post to one speaker at most.
    posts = rng.sample(SPEAKER_ROLES[facts.unit.domain], 3) if rng.random() < 0.4 else []
    last = len(facts.speeches) - 1
    for index, speech in enumerate(facts.speeches):
        lead = "Mở đầu phần thảo luận" if index == 0 else "Cuối cùng"
        if 0 < index < last:
            lead = rng.choice(AB_NEXT)
        lines.append(f"{lead}, {_ab_who(facts, speech.speaker, posts)} {speech.text}")
    return lines


def _ab_who(facts: Facts, name: str, posts: list[str]) -> str:
    role = guest_role(facts, name)
    if role is not None:
        return f"{guest_name(name, {})}, {role},"
    if posts:
        return f"đồng chí {name}, {posts.pop(0)},"
    return f"đồng chí {name}"


def _ab_resolved(facts: Facts, rng: random.Random, pick: Pick) -> list[str]:
    """The lead, the items (labelled, or in a table), the chair's decision, the vote and the
    next meeting."""
    if rng.random() < 0.4:
        rows = [f"| {index + 1} | {item}. |" for index, item in enumerate(facts.resolutions)]
        items = ["| Số TT | Nội dung |", *rows]
    else:
        label = _ab_label(facts)
        items = [f"{label} {index + 1}: {item}." for index, item in enumerate(facts.resolutions)]
    return _adopted(facts, rng, pick, [_ab_lead(facts), *items])


def _ab_label(facts: Facts) -> str:
    if facts.meeting_type == "extraordinary":
        return "Nội dung"
    return "Giải pháp" if facts.meeting_type == "thematic" else "Nhiệm vụ"


def _ab_lead(facts: Facts) -> str:
    if facts.meeting_type == "extraordinary":
        return (
            "Những việc phải triển khai ngay:"
            if facts.purpose == "directives"
            else "Chi bộ quyết nghị:"
        )
    if facts.meeting_type == "thematic":
        return "Giải pháp vận dụng chuyên đề vào thực tiễn:"
    return f"Nhiệm vụ tháng {say.month_after(facts.day)} được chi bộ quyết nghị như sau:"

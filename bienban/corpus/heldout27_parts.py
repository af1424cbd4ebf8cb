"""BG's and BH's reports, discussion, tasks and vote.

HELD-OUT: closed to whoever writes or tunes the extraction rules, together with `heldout27.py`,
`heldout27_phrases.py` and `tests/corpus/test_heldout27.py`.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from bienban.corpus import heldout27_phrases as say
from bienban.corpus.facts import Facts, Speech
from bienban.corpus.heldout2_phrases import guest_name


@dataclass(frozen=True)
class Pen:
    """One document's hand: the family, how it writes a date, a clock and a count, and whether
    it shortens the common words (BH)."""

    family: str
    day: Callable[[date], str]
    clock: Callable[[tuple[int, int]], str]
    n: Callable[[int], str]
    short: bool = False

    @property
    def is_bg(self) -> bool:
        return self.family == "BG"

    def hand(self, text: str) -> str:
        """`text` as this hand writes it: shortened where the hand shortens."""
        return say.shorten(text) if self.short else text


_STORIES = (
    "Bác Hồ và đức tính tiết kiệm từng tờ giấy",
    "Chuyện Bác giữ đúng giờ hẹn",
    "Cán bộ là đầy tớ của nhân dân – lời Bác dặn",
    "Bác Hồ thăm nông dân ra đồng chống hạn",
    "Bác chia kẹo cho các cháu nhỏ",
)
ORDER = {
    "BG": (
        "current_affairs",
        "directive",
        "review",
        "ideology",
        "criticism",
        "hcm",
        "presenter",
        "mass_mobilization",
        "inspection",
        "fees",
    ),
    "BH": (
        "current_affairs",
        "review",
        "directive",
        "presenter",
        "hcm",
        "mass_mobilization",
        "inspection",
        "ideology",
        "criticism",
        "fees",
    ),
}
BUSINESS = {"member_development": "candidate", "inspection": "offender", "directives": "urgent"}
# (the part's heading, its lines); "{join:…}" runs the items together in one sentence, "{list:…}"
# gives one "+ " line per item.
_SAID: dict[str, dict[str, tuple[str, list[str]]]] = {
    "BG": {
        "current_affairs": (
            "Thông tin thời sự, tình hình trong nước và địa phương",
            ["Đồng chí {chair} nêu một số thông tin nổi bật:", "{list:current_affairs}"],
        ),
        "directive": (
            "Quán triệt, triển khai văn bản của cấp ủy cấp trên",
            [
                "Đồng chí {chair} quán triệt những nội dung chính của {directive}; yêu cầu từng"
                " đảng viên nghiên cứu kỹ, gương mẫu thực hiện và tuyên truyền đến {public}."
            ],
        ),
        "ideology": (
            "Tình hình tư tưởng đảng viên, quần chúng",
            ["Chi ủy nắm và nhận định như sau: {join:ideology}."],
        ),
        "criticism": (
            "Biểu dương, nhắc nhở; tự phê bình và phê bình",
            ["{list:criticism}"],
        ),
        "hcm": (
            "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
            [
                "Đồng chí {reader} đọc cho chi bộ nghe câu chuyện “{story}”; chi bộ trao đổi, mỗi"
                " đồng chí tự liên hệ việc làm theo của bản thân."
            ],
        ),
        "presenter": (
            "Sinh hoạt chuyên đề",
            [
                "Chủ đề: “{title}”.",
                "Người trình bày chuyên đề: đồng chí {presenter}.",
                "Sau phần trình bày, các đồng chí liên hệ thực tiễn ở chi bộ, nêu giải pháp"
                " vận dụng.",
            ],
        ),
        "mass_mobilization": (
            "Công tác dân vận, phối hợp với Mặt trận và các đoàn thể",
            [
                "Chi bộ lãnh đạo Mặt trận và các đoàn thể tổ chức {times} lượt tuyên truyền, vận"
                " động {public} chấp hành tốt chủ trương, chính sách ở địa phương."
            ],
        ),
        "inspection": (
            "Kiểm tra, giám sát đảng viên",
            [
                "Chi ủy giám sát theo kế hoạch đối với đồng chí {watched}; qua giám sát, đồng chí"
                " thực hiện đúng các quy định của Đảng, chưa có dấu hiệu sai phạm."
            ],
        ),
        "fees": (
            "Thu, nộp đảng phí",
            ["Đảng phí thu trong tháng {month}: {amount} đồng (đã chuyển nộp cấp ủy cấp trên)."],
        ),
        "candidate": (
            "Xem xét đề nghị kết nạp quần chúng {candidate}",
            [
                "Đồng chí {chair} thông qua hồ sơ của quần chúng {candidate} gồm: đơn xin vào"
                " Đảng, lý lịch, giấy chứng nhận bồi dưỡng nhận thức về Đảng, nhận xét của đoàn"
                " thể và chi ủy nơi cư trú."
            ],
        ),
        "offender": (
            "Xem xét kỷ luật đảng viên {offender}",
            [
                "Bản tự kiểm điểm của đồng chí {offender} được đọc trước chi bộ; chi ủy thông"
                " qua biên bản xác minh sự việc và dự kiến hình thức xử lý."
            ],
        ),
        "urgent": (
            "Triển khai nhiệm vụ khẩn cấp",
            [
                "Đồng chí {chair} nêu yêu cầu khẩn của cấp trên trong việc {urgent}; đề nghị"
                " đảng viên có mặt tại địa bàn, sẵn sàng tham gia khi được huy động."
            ],
        ),
    },
    "BH": {
        "current_affairs": (
            "Tình hình chung",
            ["đ/c {chair} nói chuyện thời sự: {join:current_affairs}."],
        ),
        "directive": (
            "Văn bản cấp trên",
            ["đ/c {chair} phổ biến {directive}; ai chưa rõ thì hỏi lại để về làm cho đúng."],
        ),
        "ideology": ("Tư tưởng", ["{join:ideology}."]),
        "criticism": ("Phê bình, tự phê bình", ["{join:criticism}."]),
        "hcm": (
            "Học và làm theo Bác",
            [
                "nghe đ/c {reader} kể lại câu chuyện “{story}”, mọi người liên hệ việc làm theo"
                " tư tưởng, đạo đức, phong cách Hồ Chí Minh."
            ],
        ),
        "presenter": (
            "Học chuyên đề",
            [
                "đ/c {presenter} trình bày bài viết chuyên đề “{title}” (có chuẩn bị trước); các"
                " đ/c nghe, liên hệ bản thân và nơi ở."
            ],
        ),
        "mass_mobilization": (
            "Dân vận",
            [
                "ĐV trong chi bộ tham gia {times} buổi ra quân cùng các đoàn thể, vận động"
                " {public} thực hiện nếp sống văn minh."
            ],
        ),
        "inspection": (
            "Kiểm tra, giám sát",
            ["đ/c {watched} được chi ủy giám sát trong tháng, chấp hành tốt, chưa thấy sai phạm."],
        ),
        "fees": (
            "Đảng phí",
            ["thu của các đ/c dự họp được {amount}đ (tháng {month}), nộp đủ lên cấp trên."],
        ),
        "candidate": (
            "Xét kết nạp quần chúng {candidate}",
            [
                "đ/c {chair} báo cáo quá trình phấn đấu của quần chúng, đọc đơn xin vào Đảng, lý"
                " lịch và nhận xét của các đoàn thể nơi cư trú; các đ/c xem xét từng mặt ưu,"
                " khuyết."
            ],
        ),
        "offender": (
            "Xét kỷ luật đ/c {offender}",
            [
                "đ/c {offender} đứng lên nhận khuyết điểm, hứa sửa chữa; chi ủy nói rõ sự việc"
                " đã xác minh, đề xuất mức kỷ luật."
            ],
        ),
        "urgent": (
            "Việc khẩn",
            [
                "đ/c {chair} báo tin cấp trên chỉ đạo gấp việc {urgent}; yêu cầu các đ/c có mặt"
                " ở nhà, sẵn sàng khi được gọi."
            ],
        ),
    },
}


def month_label(day: date, pen: Pen) -> str:
    """ "03/2024" (BG, as a form's blank is filled), "3" (BH)."""
    return f"{day.month:02d}/{day.year}" if pen.is_bg else str(day.month)


def fee_amount(rng: random.Random) -> str:
    return say.money(rng.randrange(120, 3800) * 1000)


def public(facts: Facts) -> str:
    return "bà con" if facts.unit.domain in ("rural", "urban") else "quần chúng"


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
        "month": month_label(facts.day, pen),
        "amount": fee_amount(rng),
        "public": public(facts),
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
    due = facts.day + timedelta(days=rng.randint(18, 80))
    while due == facts.sections.get("next_meeting"):
        due += timedelta(days=1)
    return str(facts.sections["distractor"]).replace("ngày .", f"ngày {pen.day(due)}.")


def _review(facts: Facts, rng: random.Random, pen: Pen) -> tuple[str, list[str]]:
    prev = month_label(say.month_before(facts.day), pen)
    done = [pen.hand(str(item)) for item in facts.sections["review"]]
    short = facts.sections.get("shortcomings")
    aside = distractor(facts, rng, pen)
    if pen.is_bg:
        lines = [f"Đồng chí {facts.chair} thay mặt chi ủy trình bày báo cáo; kết quả chủ yếu:"]
        lines += [f"+ {say.capital(item).rstrip('.')}." for item in done]
        lines += [f"+ {aside}"] if aside else []
        lines += [f"Mặt hạn chế: {say.joined(short)}."] if short else []
        return f"Đánh giá việc thực hiện nghị quyết tháng {prev}", lines
    said = f"làm được: {say.lower_first(say.joined(done))}."
    said += f" Còn tồn tại: {say.joined(short)}." if short else ""
    said += f" {aside}" if aside else ""
    return f"Kiểm điểm NQ tháng {prev}", [said]


def _fill(line: str, facts: Facts, values: dict[str, Any], pen: Pen) -> list[str]:
    if line.startswith("{list:"):
        items = facts.sections[line[6:-1]]
        return [f"+ {say.capital(pen.hand(str(item))).rstrip('.')}." for item in items]
    for key in ("current_affairs", "ideology", "criticism"):
        marker = "{join:" + key + "}"
        if marker in line:
            line = line.replace(marker, pen.hand(say.joined(facts.sections[key])))
    return [line.format(**values)]


def reports(facts: Facts, rng: random.Random, pen: Pen) -> list[tuple[str, list[str]]]:
    """The family's reports as (the part's heading, the lines under it)."""
    values = _values(facts, rng, pen)
    found = []
    for key in report_keys(facts, pen.family):
        if key == "review":
            found.append(_review(facts, rng, pen))
            continue
        head, said = _SAID[pen.family][key]
        lines = [filled for line in said for filled in _fill(line, facts, values, pen)]
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


def speaker(facts: Facts, speech: Speech, pen: Pen) -> str:
    """A member as "Đồng chí Name" (BG) or "Đ/c Name" (BH), a guest as "Ông Name (role)"."""
    role = dict(facts.guests).get(speech.speaker)
    if role is not None:
        return f"{say.capital(guest_name(speech.speaker, {}))} ({role})"
    return f"Đồng chí {speech.speaker}" if pen.is_bg else f"Đ/c {speech.speaker}"


BG_NOBODY = "Đảng viên dự họp nhất trí với báo cáo, không ai xin phát biểu."
BH_NOBODY = "Không ai phát biểu thêm."


def talk(facts: Facts, rng: random.Random, pen: Pen) -> list[str]:
    """The discussion: nobody; a count and the gist; or each opinion (lettered in BG, numbered
    in BH), the count before them when one is given."""
    stated = facts.stated_speakers
    if stated == 0:
        return [BG_NOBODY if pen.is_bg else BH_NOBODY]
    many = pen.n(stated or len(facts.speeches))
    about = pen.hand(gist(facts.speeches))
    if not is_listed(facts):
        if pen.is_bg:
            return [f"Có {many} ý kiến tham gia thảo luận, chủ yếu về: {about}."]
        return [f"Có {many} đ/c góp ý, chủ yếu là: {about}."]
    if pen.is_bg:
        lead = [] if stated is None else [f"Có {many} ý kiến tham gia thảo luận, gồm:"]
        return lead + [
            f"{say.LETTERS[i]}) {speaker(facts, s, pen)}: {say.capital(s.text)}"
            for i, s in enumerate(facts.speeches)
        ]
    lead = [] if stated is None else [f"Có {many} đ/c góp ý:"]
    return lead + [
        f"{i + 1}. {speaker(facts, s, pen)}: {pen.hand(s.text)}"
        for i, s in enumerate(facts.speeches)
    ]


def kind(facts: Facts) -> str:
    return (facts.purpose if facts.meeting_type == "extraordinary" else facts.meeting_type) or ""


def tasks_lead(facts: Facts, pen: Pen) -> str:
    """The words over the tasks."""
    after = month_label(say.month_after(facts.day), pen)
    if pen.is_bg:
        return {
            "thematic": "Từ nội dung chuyên đề, chi bộ thống nhất những việc làm theo:",
            "directives": "Chi bộ thống nhất, phân công thực hiện ngay:",
            "member_development": "Kết luận của chủ trì, được chi bộ thống nhất:",
            "inspection": "Kết luận của chủ trì, được chi bộ thống nhất:",
        }.get(kind(facts), f"Nhiệm vụ trọng tâm tháng {after}, chi bộ thống nhất:")
    return {
        "thematic": "Học xong chuyên đề, chi bộ nhất trí làm theo:",
        "directives": "Việc phải làm ngay:",
        "member_development": "Chi bộ nhất trí:",
        "inspection": "Chi bộ nhất trí:",
    }.get(kind(facts), f"NQ tháng {after}, chi bộ nhất trí:")


def bg_tasks(facts: Facts, rng: random.Random) -> list[str]:
    """BG's tasks: numbered "1.", or a table with the time each is due (a regular month's);
    the extra decision after them."""
    items = facts.resolutions
    monthly = facts.meeting_type in ("regular", "combined")
    if monthly and rng.random() < 0.4:
        when = ("Thường xuyên", f"Trong tháng {say.month_after(facts.day).month}")
        lines = ["| STT | Việc cần làm | Thời hạn |"]
        lines += [f"| {i + 1} | {item} | {rng.choice(when)} |" for i, item in enumerate(items)]
    else:
        lines = [f"{i + 1}. {item}." for i, item in enumerate(items)]
    if facts.conclusion_decision:
        lines.append(f"{facts.conclusion_decision}.")
    return lines


def bh_tasks(facts: Facts, rng: random.Random) -> list[str]:
    """BH's tasks, one a line under "+" or "a/"; the extra decision after them."""
    items = facts.resolutions
    if rng.random() < 0.5:
        lines = [f"+ {item}." for item in items]
    else:
        lines = [f"{say.LETTERS[i]}/ {item}." for i, item in enumerate(items)]
    if facts.conclusion_decision:
        lines.append(f"{facts.conclusion_decision}.")
    return lines


# The vote: on admitting a candidate, on a penalty (secret ballot), on the resolution; {a} in
# favour, {t} voting, {c} against (each in the hand's form of a count), {p} the share.
VOTES = {
    "BG": {
        "member_development": "Đề nghị kết nạp được {a}/{t} đảng viên chính thức tán thành,"
        " đạt {p}.",
        "inspection": "Phiếu kín về hình thức kỷ luật: hợp lệ {t} phiếu, đồng ý {a} phiếu.",
        "all": "Biểu quyết nghị quyết bằng giơ tay – tán thành: {a}/{t} đồng chí ({p}); không"
        " tán thành: không.",
        "split": "Biểu quyết nghị quyết bằng giơ tay – tán thành: {a}/{t} đồng chí ({p}); không"
        " tán thành: {c} đồng chí.",
    },
    "BH": {
        "member_development": "Số ĐV chính thức giơ tay đồng ý kết nạp: {a}/{t}.",
        "inspection": "Kết quả phiếu kín: đồng ý kỷ luật {a} phiếu trên {t} phiếu.",
        "all": "Giơ tay thông qua NQ: {a}/{t} đ/c nhất trí.",
        "split": "Giơ tay thông qua NQ: {a}/{t} đ/c nhất trí, {c} đ/c chưa đồng ý.",
    },
}


def vote(facts: Facts, pen: Pen) -> list[str]:
    """The vote in one of the family's forms."""
    if facts.vote is None:
        return []
    agree, total = facts.vote
    forms = VOTES[pen.family]
    key = facts.purpose or ("split" if agree < total else "all")
    form = forms.get(key, forms["split" if agree < total else "all"])
    n = pen.n
    return [form.format(a=n(agree), t=n(total), c=n(total - agree), p=say.percent(agree, total))]

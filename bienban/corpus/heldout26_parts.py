"""BE's and BF's reports, discussion, tasks and vote.

HELD-OUT: closed to whoever writes or tunes the extraction rules, together with `heldout26.py`,
`heldout26_phrases.py` and `tests/corpus/test_heldout26.py`.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from bienban.corpus import heldout26_phrases as say
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
    def is_be(self) -> bool:
        return self.family == "BE"


_STORIES = (
    "Chiếc áo trấn thủ của Bác",
    "Bác Hồ với người cao tuổi",
    "Bữa cơm đạm bạc ở chiến khu Việt Bắc",
    "Bác dạy cán bộ phải gần dân, hiểu dân",
    "Tấm lòng của Bác với thương binh, liệt sĩ",
)
ORDER = {
    "BE": (
        "current_affairs",
        "directive",
        "review",
        "ideology",
        "criticism",
        "mass_mobilization",
        "inspection",
        "hcm",
        "presenter",
        "fees",
    ),
    "BF": (
        "directive",
        "current_affairs",
        "review",
        "ideology",
        "presenter",
        "hcm",
        "criticism",
        "fees",
        "inspection",
        "mass_mobilization",
    ),
}
BUSINESS = {"member_development": "candidate", "inspection": "offender", "directives": "urgent"}
# (the part's heading, its lines); "{join:…}" runs the items together in one sentence (BE),
# "{list:…}" gives one "– " line per item (BF).
_SAID: dict[str, dict[str, tuple[str, list[str]]]] = {
    "BE": {
        "current_affairs": (
            "Về thông tin thời sự",
            [
                "Đồng chí {chair} điểm qua một số tin tức đáng chú ý trong tháng: {join:current_affairs}."
            ],
        ),
        "directive": (
            "Về việc quán triệt văn bản của cấp trên",
            [
                "Chi bộ nghe đồng chí {chair} quán triệt {directive}. Các đồng chí chú ý lắng"
                " nghe, ghi chép để về tuyên truyền lại cho gia đình và {public}."
            ],
        ),
        "ideology": (
            "Về tình hình tư tưởng",
            ["Qua nắm bắt, chi ủy nhận định: {join:ideology}."],
        ),
        "criticism": (
            "Tự phê bình và phê bình",
            ["Chi bộ thẳng thắn nhận xét từng đồng chí: {join:criticism}."],
        ),
        "mass_mobilization": (
            "Về công tác dân vận",
            [
                "Trong tháng, đảng viên đã cùng Ban công tác Mặt trận và các đoàn thể tổ chức"
                " được {times} buổi vận động {public} giữ gìn vệ sinh, trật tự nơi ở."
            ],
        ),
        "inspection": (
            "Về công tác kiểm tra, giám sát",
            [
                "Chi ủy đã giám sát đồng chí {watched} trong việc giữ mối liên hệ với nơi cư"
                " trú; kết quả đồng chí chấp hành tốt, không có biểu hiện vi phạm."
            ],
        ),
        "hcm": (
            "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
            [
                "Đồng chí {reader} đọc cho chi bộ nghe câu chuyện “{story}”; các đồng chí tự"
                " liên hệ bản thân, nhắc nhau giữ gìn phẩm chất người đảng viên."
            ],
        ),
        "presenter": (
            "Phần sinh hoạt chuyên đề",
            [
                "Đồng chí {presenter} trình bày chuyên đề “{title}”. Bài viết được chuẩn bị chu"
                " đáo, có dẫn chứng cụ thể ở địa phương; chi bộ lắng nghe, tự liên hệ."
            ],
        ),
        "fees": (
            "Về thu nộp đảng phí",
            [
                "Đồng chí {keeper} đã thu đảng phí tháng {month} được {amount} đồng, nộp lên"
                " cấp trên đúng hạn."
            ],
        ),
        "candidate": (
            "Xét đề nghị kết nạp quần chúng {candidate} vào Đảng",
            [
                "Đồng chí {chair} báo cáo quá trình bồi dưỡng, thử thách quần chúng {candidate};"
                " đọc đơn xin vào Đảng, bản lý lịch và ý kiến nhận xét của các đoàn thể nơi cư"
                " trú."
            ],
        ),
        "offender": (
            "Xem xét kỷ luật đối với đồng chí {offender}",
            [
                "Đồng chí {offender} đọc bản kiểm điểm của mình; đồng chí {chair} thông báo kết"
                " quả thẩm tra, xác minh của chi ủy và đề xuất hình thức kỷ luật."
            ],
        ),
        "urgent": (
            "Triển khai nhiệm vụ cấp bách",
            [
                "Đồng chí {chair} truyền đạt ý kiến chỉ đạo của cấp ủy cấp trên về việc {urgent};"
                " đề nghị mỗi đồng chí nêu cao tinh thần trách nhiệm."
            ],
        ),
    },
    "BF": {
        "directive": (
            "Quán triệt văn bản cấp trên",
            [
                "– Đ/c {chair} quán triệt {directive}.",
                "– Yêu cầu: 100% CB, ĐV nắm vững, triển khai thực hiện.",
            ],
        ),
        "current_affairs": ("Thông tin thời sự", ["{list:current_affairs}"]),
        "ideology": ("Tình hình tư tưởng CB, ĐV", ["{list:ideology}"]),
        "presenter": ("Sinh hoạt chuyên đề", ["– {presented}"]),
        "hcm": (
            "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
            ["– Đ/c {reader} kể chuyện “{story}”; ĐV liên hệ, đăng ký làm theo."],
        ),
        "criticism": ("Tự phê bình và phê bình", ["{list:criticism}"]),
        "fees": ("Đảng phí", ["– Thu đảng phí tháng {month}: {amount}đ; nộp cấp trên đúng hạn."]),
        "inspection": ("Kiểm tra, giám sát", ["– Giám sát đ/c {watched}: chấp hành tốt."]),
        "mass_mobilization": (
            "Công tác dân vận",
            ["– Phối hợp đoàn thể tổ chức {times} đợt dân vận trên địa bàn."],
        ),
        "candidate": (
            "Xét đề nghị kết nạp quần chúng {candidate}",
            ["– Đ/c {chair} báo cáo hồ sơ, quá trình rèn luyện của quần chúng {candidate}."],
        ),
        "offender": (
            "Xem xét kỷ luật đ/c {offender}",
            [
                "– Đ/c {offender} đọc bản kiểm điểm.",
                "– Chi ủy báo cáo kết quả xác minh, đề xuất hình thức kỷ luật.",
            ],
        ),
        "urgent": (
            "Nhiệm vụ cấp bách",
            ["– Đ/c {chair} truyền đạt chỉ đạo của cấp trên về {urgent}."],
        ),
    },
}


def month_words(day: date) -> str:
    """ "Ba" (BE names the month), or "3/2024" (BF)."""
    return say.month_name(day.month)


def month_figures(day: date) -> str:
    return f"{day.month}/{day.year}"


def fee_amount(rng: random.Random) -> str:
    return say.money(rng.randrange(150, 4200) * 1000)


def _values(facts: Facts, rng: random.Random, pen: Pen, *, quoted: bool) -> dict[str, Any]:
    """What the report templates are filled with."""
    s = facts.sections
    month = month_words if pen.is_be else month_figures
    presented = (
        f"Đ/c {s.get('presenter')} trình bày chuyên đề “{facts.thematic_title}”."
        if quoted
        else f"Đ/c {s.get('presenter')} trình bày nội dung chuyên đề (đã nêu ở trên)."
    )
    return {
        "chair": facts.chair,
        "title": facts.thematic_title,
        "presenter": s.get("presenter"),
        "presented": presented,
        "directive": s.get("directive"),
        "candidate": s.get("candidate"),
        "offender": s.get("offender"),
        "urgent": s.get("urgent"),
        "watched": s.get("inspection"),
        "times": pen.n(s.get("mass_mobilization") or 0),
        "reader": rng.choice(facts.members),
        "keeper": rng.choice(facts.members),
        "story": rng.choice(_STORIES),
        "month": month(facts.day),
        "amount": fee_amount(rng),
        "public": "bà con" if facts.unit.domain in ("rural", "urban") else "quần chúng",
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


def _review(facts: Facts, rng: random.Random, pen: Pen) -> tuple[str, list[str]]:
    prev = say.month_before(facts.day)
    done = facts.sections["review"]
    short = facts.sections.get("shortcomings")
    aside = distractor(facts, rng, pen)
    if pen.is_be:
        said = (
            f"Đồng chí {facts.chair} thay mặt chi ủy báo cáo: trong tháng qua chi bộ đã đạt"
            f" được một số kết quả, đó là {say.sentences(done)}."
        )
        said += f" {aside}" if aside else ""
        said += f" Bên cạnh đó vẫn còn tồn tại: {say.sentences(short)}." if short else ""
        return f"Kiểm điểm việc thực hiện nghị quyết tháng {month_words(prev)}", [said]
    lines = [f"– {say.capital(str(item)).rstrip('.')}." for item in done]
    lines += [f"– {aside}"] if aside else []
    lines += [f"– Tồn tại, hạn chế: {say.sentences(short)}."] if short else []
    return f"Kết quả thực hiện NQ tháng {month_figures(prev)}", lines


def _fill(line: str, facts: Facts, values: dict[str, Any]) -> list[str]:
    if line.startswith("{list:"):
        items = facts.sections[line[6:-1]]
        return [f"– {say.capital(str(item)).rstrip('.')}." for item in items]
    for key in ("current_affairs", "ideology", "criticism"):
        marker = "{join:" + key + "}"
        if marker in line:
            line = line.replace(marker, say.sentences(facts.sections[key]))
    return [line.format(**values)]


def reports(
    facts: Facts, rng: random.Random, pen: Pen, *, quoted: bool = True
) -> list[tuple[str, list[str]]]:
    """The family's reports as (the part's heading, the lines under it); BF's theme is quoted
    in its report unless the title already quotes it."""
    values = _values(facts, rng, pen, quoted=quoted)
    found = []
    for key in report_keys(facts, pen.family):
        if key == "review":
            found.append(_review(facts, rng, pen))
            continue
        head, said = _SAID[pen.family][key]
        lines = [filled for line in said for filled in _fill(line, facts, values)]
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


def speaker(facts: Facts, speech: Speech, *, formal: bool) -> str:
    """A member as "đồng chí Name" (BE) or "Đ/c Name" (BF), a guest as "ông Name (role)"."""
    role = dict(facts.guests).get(speech.speaker)
    if role is not None:
        return f"{say.lower_first(guest_name(speech.speaker, {}))} ({role})"
    return f"đồng chí {speech.speaker}" if formal else f"Đ/c {speech.speaker}"


BE_NOBODY = "Chi bộ nhất trí cao với các báo cáo, không đồng chí nào phát biểu thêm."
BF_NOBODY = "Không có ý kiến."
_OPENERS = ("Tiếp theo", "Tiếp đó", "Sau đó")


def _be_turns(facts: Facts, rng: random.Random) -> list[str]:
    """Each opinion as a paragraph opened by a connective: "Mở đầu, đồng chí X …", …,
    "Cuối cùng, đồng chí Z …"; a lone opinion without one."""
    speeches = facts.speeches
    lines = []
    for index, s in enumerate(speeches):
        who = speaker(facts, s, formal=True)
        if len(speeches) == 1:
            lines.append(f"{say.capital(who)} {s.text}")
        elif index == 0:
            lines.append(f"Mở đầu, {who} {s.text}")
        elif index == len(speeches) - 1:
            lines.append(f"Cuối cùng, {who} {s.text}")
        else:
            lines.append(f"{rng.choice(_OPENERS)}, {who} {s.text}")
    return lines


def talk(facts: Facts, rng: random.Random, pen: Pen) -> list[str]:
    """The discussion: nobody; a count and the gist; or each opinion, the count before them
    when one is given."""
    stated = facts.stated_speakers
    if stated == 0:
        return [BE_NOBODY if pen.is_be else BF_NOBODY]
    many = pen.n(stated or len(facts.speeches))
    if pen.is_be:
        if not is_listed(facts):
            return [f"Đã có {many} ý kiến phát biểu, chủ yếu tập trung vào {gist(facts.speeches)}."]
        lead = [] if stated is None else [f"Đã có {many} ý kiến phát biểu, cụ thể như sau:"]
        return lead + _be_turns(facts, rng)
    if not is_listed(facts):
        return [f"Số ý kiến: {many}; tập trung: {gist(facts.speeches)}."]
    lead = [] if stated is None else [f"Số ý kiến: {many}."]
    return lead + [
        f"– {say.capital(speaker(facts, s, formal=False))}: {say.capital(s.text)}"
        for s in facts.speeches
    ]


def kind(facts: Facts) -> str:
    return (facts.purpose if facts.meeting_type == "extraordinary" else facts.meeting_type) or ""


def tasks_lead(facts: Facts, pen: Pen) -> str:
    """The words over the tasks."""
    after = say.month_after(facts.day)
    if pen.is_be:
        return {
            "thematic": "Kết luận phần chuyên đề, chi bộ thống nhất vận dụng như sau:",
            "directives": "Chi bộ thống nhất những việc cần làm ngay trong mấy ngày tới:",
            "member_development": "Sau khi thảo luận, chi bộ thống nhất:",
            "inspection": "Sau khi thảo luận, chi bộ thống nhất:",
        }.get(
            kind(facts),
            "Kết luận buổi sinh hoạt, đồng chí chủ trì nêu những việc chi bộ cần tập trung làm"
            f" trong tháng {month_words(after)}:",
        )
    return {
        "thematic": "Giải pháp thực hiện chuyên đề:",
        "directives": "Nhiệm vụ trước mắt:",
        "member_development": "Kết luận của chi bộ:",
        "inspection": "Kết luận của chi bộ:",
    }.get(kind(facts), f"Nhiệm vụ tháng {month_figures(after)}:")


def be_tasks(facts: Facts, rng: random.Random, lead: str) -> list[str]:
    """BE's tasks: run together after the lead in one paragraph (each then begins in small
    letters, and the record keeps it so), or one a line under "1/", "2/", a long one running
    on to a second line; the extra decision after them."""
    items = facts.resolutions
    if len(items) <= 4 and rng.random() < 0.4:
        facts.resolutions = [say.lower_first(item) for item in items]
        lines = [f"{lead} {'; '.join(facts.resolutions)}."]
    else:
        width = rng.randint(58, 80)
        lines = [lead]
        for index, item in enumerate(items):
            lines += say.split_line(f"{index + 1}/ {item}.", width=width)
    if facts.conclusion_decision:
        lines.append(f"{facts.conclusion_decision}.")
    return lines


def bf_tasks(facts: Facts, rng: random.Random) -> list[str]:
    """BF's tasks: "1/", "– " or a two-column table; the extra decision after them."""
    style = rng.choice(["slash", "dash", "table"])
    items = facts.resolutions
    if style == "table":
        lines = ["| TT | Nội dung |"]
        lines += [f"| {i + 1} | {item} |" for i, item in enumerate(items)]
    elif style == "slash":
        lines = [f"{i + 1}/ {item}." for i, item in enumerate(items)]
    else:
        lines = [f"– {item}." for item in items]
    if facts.conclusion_decision:
        lines.append(f"{facts.conclusion_decision}.")
    return lines


# The vote: on admitting a candidate, on a penalty (secret ballot), on the resolution; {a} in
# favour, {t} voting, {c} against (each in the hand's form of a count), {p} the share.
VOTES = {
    "BE": {
        "member_development": "Các đồng chí đảng viên chính thức biểu quyết đề nghị kết nạp:"
        " {a} trên tổng số {t} đồng chí tán thành.",
        "inspection": "Chi bộ bỏ phiếu kín, kết quả: {a} trên tổng số {t} phiếu đồng ý đề nghị"
        " kỷ luật.",
        "all": "Nghị quyết được chi bộ biểu quyết thông qua: {a} trên tổng số {t} đồng chí dự"
        " họp giơ tay tán thành.",
        "split": "Biểu quyết: {a} trên tổng số {t} đồng chí tán thành, {c} đồng chí chưa tán"
        " thành.",
    },
    "BF": {
        "member_development": "ĐV chính thức biểu quyết kết nạp: {a}/{t} = {p}.",
        "inspection": "Bỏ phiếu kín đề nghị kỷ luật: {a}/{t} phiếu đồng ý ({p}).",
        "all": "Biểu quyết: {a}/{t} đ/c tán thành = {p}.",
        "split": "Biểu quyết: tán thành {a}/{t} đ/c ({p}); không tán thành {c} đ/c.",
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

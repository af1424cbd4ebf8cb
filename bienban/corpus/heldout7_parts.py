"""The body of the held-out families S and T: agenda parts, discussion, the adopted items and the
vote.

HELD-OUT: people who write or tune extraction rules must not read this module (see
`heldout7.py`).
"""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import date, timedelta
from typing import TYPE_CHECKING

from bienban.corpus import heldout7_phrases as say
from bienban.corpus.facts import Facts, Speech
from bienban.corpus.heldout2_phrases import gist, guest_name, percent
from bienban.corpus.heldout3_parts import next_month, previous_month

if TYPE_CHECKING:
    from bienban.corpus.heldout7 import Pick

_STORIES = (
    "Bác Hồ với đức tính tiết kiệm",
    "Ba lần Bác từ chối",
    "Tấm gương tự học của Bác",
    "Bác Hồ với việc giữ gìn đoàn kết trong Đảng",
)
capital = say.capital
Part = Callable[[Facts, random.Random, "Pick"], list[str]]
Section = tuple[str, list[str]]


def _ended(items: list[str], marks: list[str]) -> list[str]:
    """Items one a line after their marks, ";" after each but the last, which takes "."."""
    ends = [";"] * (len(items) - 1) + ["."]
    return [f"{mark} {item}{end}" for mark, item, end in zip(marks, items, ends, strict=True)]


def _distractor(facts: Facts, rng: random.Random, pick: Pick) -> list[str]:
    """A pool sentence with a yield, a sum or another document's deadline, when drawn."""
    if "distractor" not in facts.sections:
        return []
    due = facts.day + timedelta(days=rng.randint(20, 90))
    return [facts.sections["distractor"].replace("ngày .", f"ngày {pick.day(due)}.")]


def _prior_day(facts: Facts) -> date:
    """Last month's meeting, on the same day of the month."""
    return previous_month(facts.day).replace(day=min(facts.day.day, 28))


# S: a few large parts ------------------------------------------------------------------------


def s_parts(facts: Facts, rng: random.Random, pick: Pick) -> list[Section]:
    """S's parts, each (title, lines): the month's work, news and documents, the thematic part,
    sometimes the draft tasks, the discussion and the conclusion."""
    talk = rng.choice(["Thảo luận", "Ý kiến tham gia"])
    if facts.meeting_type == "extraordinary":
        return [
            (capital(pick.purpose), _s_extraordinary(facts)),
            (talk, s_speech_lines(facts, rng, pick)),
            ("Kết luận", conclusion_lines(facts, rng, pick, listed=False)),
        ]
    found: list[Section] = []
    work = _s_work(facts, rng, pick)
    if work:
        found.append((_s_work_title(facts), work))
    info, info_title = _s_info(facts, rng)
    if info:
        found.append((info_title, info))
    if facts.sections.get("presenter"):
        found.append(("Sinh hoạt chuyên đề", _s_theme(facts, rng)))
    early = rng.random() < 0.5
    if early:
        found.append((_s_plan_title(facts), _s_draft(facts, pick)))
    found.append((talk, s_speech_lines(facts, rng, pick)))
    closing = "Kết luận và biểu quyết" if facts.vote and rng.random() < 0.5 else "Kết luận"
    return found + [(closing, conclusion_lines(facts, rng, pick, listed=early))]


def _s_work_title(facts: Facts) -> str:
    prev = previous_month(facts.day)
    if facts.sections.get("review"):
        return f"Tình hình thực hiện nhiệm vụ tháng {prev.month}/{prev.year}"
    return "Tình hình chi bộ trong tháng"


def _s_work(facts: Facts, rng: random.Random, pick: Pick) -> list[str]:
    """Last month's results, then run-in "- Về …:" items for the rest of the month's work."""
    s, lines = facts.sections, []
    if s.get("review"):
        prev = previous_month(facts.day)
        ref = ""
        if rng.random() < 0.4:
            number = f"{rng.randint(1, 12):02d}"
            ref = f" (Nghị quyết số {number}-NQ/CB ngày {pick.day(_prior_day(facts))})"
        lines.append(
            f"Chi ủy báo cáo kết quả thực hiện nghị quyết tháng {prev.month}/{prev.year}{ref}, "
            "cụ thể:"
        )
        items = [capital(item) for item in s["review"]]
        lines += _ended(items, ["+"] * len(items))
        if s.get("shortcomings"):
            lines.append("Mặt còn hạn chế: " + "; ".join(s["shortcomings"]) + ".")
        lines += _distractor(facts, rng, pick)
    if s.get("ideology"):
        lines.append("- Về tư tưởng: " + " ".join(s["ideology"]))
    if s.get("criticism"):
        lines.append("- Về tự phê bình và phê bình: " + " ".join(s["criticism"]))
    if s.get("mass_mobilization"):
        lines.append(
            f"- Về công tác dân vận: chi bộ phối hợp Mặt trận và các đoàn thể tổ chức "
            f"{s['mass_mobilization']} cuộc vận động nhân dân."
        )
    if s.get("inspection"):
        lines.append(
            f"- Về kiểm tra, giám sát: chi ủy giám sát đồng chí {s['inspection']} trong việc "
            "thực hiện nhiệm vụ được giao, chưa phát hiện vi phạm."
        )
    if s.get("fees"):
        amount = say.money(rng.randrange(150, 2500) * 1000)
        month, year = facts.day.month, facts.day.year
        lines.append(
            f"- Về đảng phí: chi bộ đã thu đảng phí tháng {month}/{year}, tổng số {amount} đồng."
        )
    return lines


def _s_info(facts: Facts, rng: random.Random) -> tuple[list[str], str]:
    """News, the higher committee's documents and Hồ Chí Minh's example, and their part's title."""
    s, lines, names = facts.sections, [], []
    if s.get("current_affairs"):
        names.append("thông tin thời sự")
        lines.append("- Về thời sự: " + "; ".join(s["current_affairs"]) + ".")
    if s.get("directive"):
        names.append("quán triệt văn bản cấp trên")
        lines.append(f"- Về văn bản cấp trên: chi bộ quán triệt {s['directive']}.")
    if s.get("hcm"):
        names.append("học tập và làm theo Bác")
        reader, story = rng.choice(facts.members), rng.choice(_STORIES)
        lines.append(
            f"- Về học tập và làm theo Bác: đồng chí {reader} đọc bài “{story}”, các đồng chí "
            "liên hệ việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh."
        )
    return lines, capital(", ".join(names))


def _s_theme(facts: Facts, rng: random.Random) -> list[str]:
    presenter, title = facts.sections["presenter"], facts.thematic_title or ""
    if rng.random() < 0.5:
        said = f"Đồng chí {presenter} trình bày chuyên đề “{title}”."
    else:
        said = f"Chuyên đề “{title}” do đồng chí {presenter} chuẩn bị và trình bày."
    return [said, "Chi bộ trao đổi, liên hệ thực tế đơn vị và trách nhiệm của từng đảng viên."]


def _s_plan_title(facts: Facts) -> str:
    if facts.meeting_type == "thematic":
        return "Những việc cần làm sau chuyên đề"
    nxt = next_month(facts.day)
    return f"Phương hướng, nhiệm vụ tháng {nxt.month}/{nxt.year}"


def _s_draft(facts: Facts, pick: Pick) -> list[str]:
    """The draft tasks read out before the discussion."""
    if facts.meeting_type == "thematic":
        head = f"Đồng chí {facts.chair} nêu những việc chi bộ cần làm sau chuyên đề:"
    else:
        nxt = next_month(facts.day)
        head = (
            f"Đồng chí {facts.chair} trình bày dự thảo nghị quyết tháng {nxt.month}/{nxt.year}, "
            "gồm các nhiệm vụ:"
        )
    return [head, *_items(facts, pick)]


def _items(facts: Facts, pick: Pick) -> list[str]:
    return _ended(facts.resolutions, [pick.item(i) for i in range(len(facts.resolutions))])


def _s_extraordinary(facts: Facts) -> list[str]:
    s = facts.sections
    if facts.purpose == "member_development":
        return [
            f"Quần chúng {s['candidate']} đọc đơn xin vào Đảng và bản tự kiểm điểm; đảng viên được "
            "phân công giúp đỡ báo cáo nhận xét; chi ủy báo cáo kết quả thẩm tra lý lịch."
        ]
    if facts.purpose == "inspection":
        return [
            f"Chi ủy báo cáo nội dung vi phạm của đảng viên {s['offender']}; đồng chí "
            f"{s['offender']} đọc bản tự kiểm điểm, nhận khuyết điểm."
        ]
    return [
        f"Chi ủy thông báo chỉ đạo của cấp trên về {s['urgent']}; chi bộ bàn biện pháp, phân công "
        "đảng viên thực hiện."
    ]


def s_speech_lines(facts: Facts, rng: random.Random, pick: Pick) -> list[str]:
    """S's discussion: prose "Đồng chí X nêu ý kiến: …" or a table of who said what."""
    stated, n = facts.stated_speakers, pick.n
    if stated == 0:
        return ["Không có ý kiến phát biểu; các đồng chí dự họp đều nhất trí với báo cáo."]
    if stated is not None and (facts.sections.get("summarise") or not facts.speeches):
        about = "; ".join(dict.fromkeys(gist(s.text) for s in facts.speeches[:3]))
        about = about or "nhất trí với báo cáo của chi ủy"
        return [f"Có {n(stated)} lượt ý kiến phát biểu, tập trung vào: {about}."]
    lines = [f"Có {n(stated)} lượt ý kiến phát biểu:"] if stated is not None else []
    if rng.random() < 0.3:
        rows = [
            f"| {i + 1} | {_s_speaker(facts, s.speaker, lead='Đ/c')} | {capital(s.text)} |"
            for i, s in enumerate(facts.speeches)
        ]
        return lines + ["| TT | Người phát biểu | Nội dung ý kiến |", *rows]
    verb = rng.choice(["nêu ý kiến", "góp ý"])
    return lines + [
        f"{_s_speaker(facts, s.speaker, lead='Đồng chí')} {verb}: {capital(s.text)}"
        for s in facts.speeches
    ]


def _s_speaker(facts: Facts, name: str, *, lead: str) -> str:
    role = say.guest_role(facts, name)
    if role is not None:
        return f"{capital(guest_name(name, {}))} ({role})"
    return f"{lead} {name}"


# T: lettered parts, opinions after the report they answer -------------------------------------


def t_parts(facts: Facts, rng: random.Random, pick: Pick) -> list[Section]:
    """T's parts, each (title, lines), with some opinions right after last month's report."""
    early, later = _t_split(facts, rng)
    if facts.meeting_type == "extraordinary":
        return [
            (capital(pick.purpose), _t_extraordinary(facts)),
            ("Ý kiến đảng viên", t_speech_lines(facts, rng, pick, later)),
            ("Chi bộ thống nhất", conclusion_lines(facts, rng, pick, listed=False)),
        ]
    prev, nxt = previous_month(facts.day), next_month(facts.day)
    makers: list[tuple[str, str, Part]] = [
        ("review", f"Đánh giá kết quả tháng {prev.month}/{prev.year}", _t_review),
        ("ideology", "Tư tưởng đảng viên, quần chúng", _t_ideology),
        ("criticism", "Tự phê bình và phê bình", _t_criticism),
        ("inspection", "Công tác kiểm tra", _t_inspection),
        ("mass_mobilization", "Công tác dân vận", _t_mass),
        ("directive", "Văn bản cấp trên", _t_directive),
        ("presenter", "Chuyên đề", _t_theme),
        ("hcm", "Làm theo lời Bác", _t_hcm),
        ("current_affairs", "Thông tin thời sự", _t_news),
        ("fees", "Đảng phí", _t_fees),
    ]
    found = [
        (title, make(facts, rng, pick)) for key, title, make in makers if facts.sections.get(key)
    ]
    if early:
        found[0][1].extend(["Ý kiến tham gia vào báo cáo:", *_t_opinions(facts, early, rng)])
    if not early or later:
        found.append(
            (rng.choice(["Thảo luận", "Ý kiến đảng viên"]), t_speech_lines(facts, rng, pick, later))
        )
    if facts.meeting_type == "thematic":
        closing = "Kết luận chuyên đề"
    else:
        closing = f"Kết luận – nhiệm vụ tháng {nxt.month}/{nxt.year}"
    return found + [(closing, conclusion_lines(facts, rng, pick, listed=False))]


def _t_split(facts: Facts, rng: random.Random) -> tuple[list[Speech], list[Speech]]:
    """The opinions answering last month's report, and the rest; nothing split when the
    discussion is summarised or nobody spoke."""
    speeches = facts.speeches
    listed = facts.stated_speakers != 0 and not facts.sections.get("summarise")
    has_review = facts.meeting_type != "extraordinary" and facts.sections.get("review")
    if listed and has_review and len(speeches) >= 2 and rng.random() < 0.6:
        cut = len(speeches) // 2
        return speeches[:cut], speeches[cut:]
    return [], speeches


def t_agenda(body: list[Section], rng: random.Random) -> list[str]:
    """The agenda as a table with the minutes each part was given."""
    rows = [("Khai mạc, điểm danh", 10)]
    rows += [(title, rng.randrange(10, 45, 5)) for title, _ in body]
    rows.append(("Thông qua biên bản", 5))
    return [
        "Chương trình sinh hoạt:",
        "| TT | Nội dung | Thời lượng |",
        *(f"| {i + 1} | {title} | {minutes} phút |" for i, (title, minutes) in enumerate(rows)),
    ]


def _t_review(facts: Facts, rng: random.Random, pick: Pick) -> list[str]:
    s, prev = facts.sections, previous_month(facts.day)
    lines = [
        f"Đồng chí {facts.chair} báo cáo kết quả thực hiện nghị quyết tháng "
        f"{prev.month}/{prev.year}:"
    ]
    items = [capital(item) for item in s["review"]]
    lines += _ended(items, ["-"] * len(items))
    if s.get("shortcomings"):
        lines.append("Những việc chưa đạt: " + "; ".join(s["shortcomings"]) + ".")
    return lines + _distractor(facts, rng, pick)


def _t_ideology(facts: Facts, rng: random.Random, pick: Pick) -> list[str]:
    return [f"- {sentence}" for sentence in facts.sections["ideology"]]


def _t_criticism(facts: Facts, rng: random.Random, pick: Pick) -> list[str]:
    return ["Từng đảng viên tự liên hệ bản thân.", *facts.sections["criticism"]]


def _t_inspection(facts: Facts, rng: random.Random, pick: Pick) -> list[str]:
    name = facts.sections["inspection"]
    return [
        f"Chi ủy kiểm tra đảng viên {name} về việc chấp hành Điều lệ Đảng; kết quả: "
        "không có vi phạm."
    ]


def _t_mass(facts: Facts, rng: random.Random, pick: Pick) -> list[str]:
    count = facts.sections["mass_mobilization"]
    return [
        f"Đảng viên tham gia {count} buổi sinh hoạt cùng Mặt trận và các đoàn thể ở khu dân cư."
    ]


def _t_directive(facts: Facts, rng: random.Random, pick: Pick) -> list[str]:
    return [f"Triển khai {facts.sections['directive']}; mỗi đảng viên nhận một bản để nghiên cứu."]


def _t_theme(facts: Facts, rng: random.Random, pick: Pick) -> list[str]:
    presenter, title = facts.sections["presenter"], facts.thematic_title or ""
    return [
        f"Chuyên đề: {title} (người trình bày: đồng chí {presenter}).",
        "Đảng viên liên hệ bản thân, đề xuất cách làm ở đơn vị.",
    ]


def _t_hcm(facts: Facts, rng: random.Random, pick: Pick) -> list[str]:
    reader, story = rng.choice(facts.members), rng.choice(_STORIES)
    return [
        f"Đồng chí {reader} kể chuyện “{story}”; chi bộ liên hệ việc học tập và làm theo tư "
        "tưởng, đạo đức, phong cách Hồ Chí Minh."
    ]


def _t_news(facts: Facts, rng: random.Random, pick: Pick) -> list[str]:
    return ["Một số tin thời sự trong tháng: " + "; ".join(facts.sections["current_affairs"]) + "."]


def _t_fees(facts: Facts, rng: random.Random, pick: Pick) -> list[str]:
    amount = say.money(rng.randrange(150, 2500) * 1000)
    return [f"Thu đảng phí tháng {facts.day.month}/{facts.day.year}: {amount}đ, đã nộp Đảng ủy."]


def _t_extraordinary(facts: Facts) -> list[str]:
    s = facts.sections
    if facts.purpose == "member_development":
        return [
            f"Chi ủy báo cáo quá trình rèn luyện của quần chúng {s['candidate']}; đảng viên giúp "
            "đỡ nhận xét ưu, khuyết điểm."
        ]
    if facts.purpose == "inspection":
        return [
            f"Đảng viên {s['offender']} trình bày bản tự kiểm điểm; chi ủy báo cáo kết quả "
            "xác minh."
        ]
    return [f"Đồng chí {facts.chair} thông báo chỉ đạo của Đảng ủy về {s['urgent']}."]


def t_speech_lines(
    facts: Facts, rng: random.Random, pick: Pick, speeches: list[Speech]
) -> list[str]:
    """T's discussion: nobody spoke, a summary, or opinions by bare name."""
    stated = facts.stated_speakers
    if stated == 0:
        return ["Không đồng chí nào có ý kiến thêm."]
    if stated is not None and (facts.sections.get("summarise") or not facts.speeches):
        about = "; ".join(dict.fromkeys(gist(s.text) for s in facts.speeches[:3]))
        about = about or "nhất trí với báo cáo"
        return [f"Có {pick.n(stated)} ý kiến tham gia, nội dung chủ yếu: {about}."]
    return _t_opinions(facts, speeches, rng)


def _t_opinions(facts: Facts, speeches: list[Speech], rng: random.Random) -> list[str]:
    form = rng.choice(["{who}: {text}", "{who} phát biểu: {text}"])
    lines = []
    for speech in speeches:
        role = say.guest_role(facts, speech.speaker)
        who = speech.speaker if role is None else f"{guest_name(speech.speaker, {})} ({role})"
        lines.append(form.format(who=capital(who), text=capital(speech.text)))
    return lines


# Both: the conclusion and the vote -------------------------------------------------------------


def conclusion_lines(facts: Facts, rng: random.Random, pick: Pick, *, listed: bool) -> list[str]:
    """The adopted items (unless already read out as a draft), the vote, the speaker count T
    states here, and the next meeting."""
    lines = []
    if not pick.is_s and _t_states_count(facts):
        lines.append(f"Buổi sinh hoạt có {pick.n(facts.stated_speakers or 0)} ý kiến phát biểu.")
    if listed:
        lines.append(
            "Đồng chí chủ trì tiếp thu ý kiến, kết luận; chi bộ nhất trí thông qua các nhiệm vụ "
            "nêu trên."
        )
    else:
        lines += [_resolution_head(facts, pick), *_items(facts, pick)]
    if facts.conclusion_decision:
        lines.append(f"{facts.conclusion_decision}.")
    lines += vote_lines(facts, rng, pick)
    if not pick.is_s and facts.meeting_type in ("regular", "combined") and rng.random() < 0.3:
        lines.append(f"Xếp loại buổi sinh hoạt: {rng.choice(['Tốt', 'Khá'])}.")
    nxt = facts.sections.get("next_meeting")
    if nxt is not None:
        if pick.is_s:
            lines.append(f"Ngày họp kỳ tới: {pick.day(nxt)}.")
        else:
            lines.append(f"Lịch sinh hoạt kỳ tới: {pick.clock(facts.start)} ngày {pick.day(nxt)}.")
    return lines


def _t_states_count(facts: Facts) -> bool:
    """T gives the number of opinions in the conclusion when it lists them one by one."""
    stated = facts.stated_speakers
    return bool(stated) and not (facts.sections.get("summarise") or not facts.speeches)


def _resolution_head(facts: Facts, pick: Pick) -> str:
    nxt = next_month(facts.day)
    kind = facts.meeting_type
    if kind == "extraordinary":
        if facts.purpose == "directives":
            return "Chi bộ thống nhất các nhiệm vụ trước mắt:" if pick.is_s else "Việc làm ngay:"
        return "Chi bộ thống nhất:"
    if kind == "thematic":
        if pick.is_s:
            return "Đồng chí chủ trì kết luận chuyên đề; chi bộ thống nhất:"
        return "Sau chuyên đề, chi bộ thống nhất thực hiện:"
    if pick.is_s:
        return (
            f"Đồng chí chủ trì kết luận, chi bộ thống nhất nhiệm vụ tháng {nxt.month}/{nxt.year}:"
        )
    return f"Chi bộ thống nhất những nhiệm vụ tháng {nxt.month}/{nxt.year}:"


def vote_lines(facts: Facts, rng: random.Random, pick: Pick) -> list[str]:
    """How the adopted items were voted on, in the family's words."""
    if facts.vote is None:
        return []
    agree, total = facts.vote
    against = total - agree
    if facts.purpose == "member_development":
        if pick.is_s:
            return [
                "Biểu quyết của đảng viên chính thức về việc đề nghị kết nạp: "
                f"{agree}/{total} đồng chí tán thành."
            ]
        return [
            f"Đảng viên chính thức tham gia biểu quyết: {total} đồng chí; đồng ý kết nạp: "
            f"{agree} đồng chí."
        ]
    if facts.purpose == "inspection":
        if pick.is_s:
            return [f"Bỏ phiếu kín về hình thức kỷ luật: {agree} phiếu đồng ý trên {total} phiếu."]
        return [f"Kiểm phiếu: {total} phiếu hợp lệ, {agree} phiếu đồng ý hình thức kỷ luật."]
    if pick.is_s:
        if rng.random() < 0.5:
            share = percent(agree, total)
            return [f"Biểu quyết thông qua: nhất trí {agree}/{total} đồng chí, đạt {share}%."]
        return [
            f"Số đồng chí tán thành: {agree}; không tán thành: {against}; tổng số biểu quyết: "
            f"{total}."
        ]
    if rng.random() < 0.5:
        return [f"Chi bộ giơ tay biểu quyết: {agree}/{total} đồng chí nhất trí."]
    return [
        f"Tán thành: {agree} đồng chí – không tán thành: {against} đồng chí – tổng số biểu "
        f"quyết: {total} đồng chí."
    ]

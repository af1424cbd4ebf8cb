"""The body of the held-out families I and J: agenda parts, discussion, tasks and the vote.

HELD-OUT: people who write or tune extraction rules must not read this module (see
`heldout2.py`).
"""

from __future__ import annotations

import random
import re
from datetime import timedelta
from typing import TYPE_CHECKING

from bienban.corpus import heldout2_phrases as say
from bienban.corpus.facts import Facts

if TYPE_CHECKING:
    from bienban.corpus.heldout2 import Pick

THEME_TITLE = "Sinh hoạt chuyên đề"
_STORIES = (
    "Bác Hồ với bài học về đoàn kết",
    "Tấm gương giản dị của Bác",
    "Bác Hồ và những mùa xuân",
    "Bác dạy cán bộ phải gần dân",
)
_ROMAN = ("I", "II", "III", "IV")


def kind_words(facts: Facts, rng: random.Random) -> str:
    """J's opening: "sinh hoạt thường kỳ tháng 4", "họp chi bộ thường lệ tháng 4", …"""
    month, quarter = facts.day.month, _ROMAN[(facts.day.month - 1) // 3]
    if facts.meeting_type == "thematic":
        return f"sinh hoạt chuyên đề quý {quarter}"
    if facts.meeting_type == "combined":
        return f"sinh hoạt thường kỳ tháng {month} kết hợp sinh hoạt chuyên đề"
    if facts.meeting_type == "extraordinary":
        return "cuộc họp bất thường"
    return rng.choice(
        [
            f"sinh hoạt thường kỳ tháng {month}",
            "sinh hoạt chi bộ định kỳ",
            f"cuộc họp chi bộ thường lệ tháng {month}",
        ]
    )


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def _actor(facts: Facts, pick: Pick) -> str:
    """Who reports: I writes "Đồng chí Bí thư", J the chair's name."""
    if pick.family.name == "I":
        return "Đồng chí Bí thư" if facts.chair_role == "Bí thư chi bộ" else "Đồng chí chủ trì"
    return _capital(pick.who(facts.chair, lead="đ/c"))


def sections(facts: Facts, rng: random.Random, pick: Pick) -> list[tuple[str, list[str]]]:
    """The agenda parts the facts hold, each (title, lines)."""
    if facts.meeting_type == "extraordinary":
        return [("Nội dung cuộc họp", _extraordinary(facts, pick))]
    makers = (
        ("current_affairs", "Thông tin thời sự, tình hình địa phương", _news),
        ("directive", "Quán triệt, triển khai văn bản cấp trên", _directive),
        ("review", "Kiểm điểm việc thực hiện nghị quyết tháng trước", _review),
        ("ideology", "Nắm tình hình tư tưởng đảng viên, quần chúng", _ideology),
        ("criticism", "Tự phê bình và phê bình", _criticism),
        ("hcm", "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh", _hcm),
        ("mass_mobilization", "Công tác dân vận", _mass),
        ("inspection", "Công tác kiểm tra, giám sát", _inspection),
        ("presenter", THEME_TITLE, _theme),
        ("fees", "Thu, nộp đảng phí", _fees),
    )
    return [
        (title, make(facts, rng, pick)) for key, title, make in makers if facts.sections.get(key)
    ]


def _news(facts: Facts, rng: random.Random, pick: Pick) -> list[str]:
    news = "; ".join(facts.sections["current_affairs"])
    return [f"{_actor(facts, pick)} thông tin tình hình thời sự trong nước và địa phương: {news}."]


def _directive(facts: Facts, rng: random.Random, pick: Pick) -> list[str]:
    text = facts.sections["directive"]
    issued = facts.day - timedelta(days=rng.randint(6, 60))
    found = re.match(r"(.*? số \S+) (.*)", text)
    if found:
        text = f"{found[1]} (ban hành ngày {issued.day:02d}/{issued.month:02d}/{issued.year}) {found[2]}"
    return [
        f"Chi bộ quán triệt {text}; mỗi đảng viên nghiên cứu, tổ chức thực hiện tại nơi cư trú và nơi công tác."
    ]


def _review(facts: Facts, rng: random.Random, pick: Pick) -> list[str]:
    s = facts.sections
    prev = facts.day.replace(day=1) - timedelta(days=1)
    head = f"{_actor(facts, pick)} báo cáo kết quả thực hiện Nghị quyết tháng {prev.month}/{prev.year}."
    if rng.random() < 0.6:
        targets = rng.randint(4, 9)
        met = targets - rng.choice([0, 0, 1, 2])
        share = say.percent(met, targets)
        head += (
            f" Nghị quyết tháng {prev.month}/{prev.year} đề ra {pick.n(targets)} chỉ tiêu, nhiệm vụ;"
            f" đến nay hoàn thành {pick.n(met)}/{pick.n(targets)} chỉ tiêu ({share}%)."
        )
    lines = [head, "Kết quả đạt được: " + "; ".join(s["review"]) + "."]
    if facts.unit.domain in ("rural", "urban") and rng.random() < 0.4:
        homes = rng.randint(120, 640)
        people = homes * rng.randint(3, 4) + rng.randint(0, 90)
        lines.append(f"Hiện nay toàn địa bàn có {homes} hộ với {people} nhân khẩu.")
    if s.get("shortcomings"):
        lines.append("Tồn tại, hạn chế: " + "; ".join(s["shortcomings"]) + ".")
    if "distractor" in s:
        due = facts.day + timedelta(days=rng.randint(20, 90))
        lines.append(s["distractor"].replace("ngày .", f"ngày {due.day}/{due.month}/{due.year}."))
    return lines


def _ideology(facts: Facts, rng: random.Random, pick: Pick) -> list[str]:
    return ["Tình hình tư tưởng: " + " ".join(facts.sections["ideology"])]


def _criticism(facts: Facts, rng: random.Random, pick: Pick) -> list[str]:
    said = " ".join(facts.sections["criticism"])
    return [f"Chi ủy nhận xét, đánh giá việc thực hiện nhiệm vụ của đảng viên trong tháng. {said}"]


def _hcm(facts: Facts, rng: random.Random, pick: Pick) -> list[str]:
    reader = _capital(pick.who(rng.choice(facts.members), lead="đ/c"))
    return [
        f"{reader} kể chuyện “{rng.choice(_STORIES)}”; chi bộ liên hệ việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh của từng đảng viên."
    ]


def _mass(facts: Facts, rng: random.Random, pick: Pick) -> list[str]:
    n = facts.sections["mass_mobilization"]
    return [
        f"Chi bộ lãnh đạo Ban công tác Mặt trận và các đoàn thể tổ chức {pick.n(n)} đợt tuyên truyền, vận động nhân dân chấp hành chủ trương, chính sách ở địa phương."
    ]


def _inspection(facts: Facts, rng: random.Random, pick: Pick) -> list[str]:
    name = pick.who(facts.sections["inspection"], lead="đảng viên")
    return [
        f"Chi ủy kiểm tra việc chấp hành Điều lệ Đảng và nghĩa vụ công dân nơi cư trú của {name}; kết quả: chưa phát hiện vi phạm."
    ]


def _theme(facts: Facts, rng: random.Random, pick: Pick) -> list[str]:
    presenter = _capital(pick.who(facts.sections["presenter"], lead="đ/c"))
    return [
        f"{_capital(pick.who(facts.chair))} nêu mục đích, yêu cầu của buổi sinh hoạt chuyên đề.",
        f"{presenter} trình bày chuyên đề “{facts.thematic_title}”, nêu thực trạng ở đơn vị và những việc đảng viên cần làm.",
    ]


def _fees(facts: Facts, rng: random.Random, pick: Pick) -> list[str]:
    money = f"{rng.randrange(250, 2500) * 1000:,}".replace(",", ".")
    return [
        f"Thu đảng phí tháng {facts.day.month}/{facts.day.year}: {money} đồng, đã nộp về Đảng ủy đúng thời gian quy định."
    ]


def _extraordinary(facts: Facts, pick: Pick) -> list[str]:
    s = facts.sections
    if facts.purpose == "member_development":
        return [
            f"Chi bộ họp xét hồ sơ đề nghị kết nạp quần chúng {s['candidate']} vào Đảng.",
            f"Quần chúng {s['candidate']} đọc đơn xin vào Đảng; đảng viên được phân công giúp đỡ báo cáo quá trình rèn luyện, phấn đấu.",
        ]
    if facts.purpose == "inspection":
        offender = pick.who(s["offender"])
        return [
            f"Chi bộ họp xem xét, kiểm điểm {offender} về vi phạm những điều đảng viên không được làm.",
            f"{_capital(offender)} đọc bản kiểm điểm cá nhân, tự nhận hình thức kỷ luật.",
        ]
    return [
        f"Chi bộ họp khẩn để triển khai công điện của cấp trên về {s['urgent']}.",
        f"{_capital(pick.who(facts.chair))} quán triệt nội dung chỉ đạo và phân công đảng viên trực.",
    ]


def _speaker(facts: Facts, name: str, pick: Pick, *, lead: str) -> str:
    if name in dict(facts.guests):
        return say.guest_name(name, pick.titles)
    return pick.who(name, lead=lead)


def speech_lines(facts: Facts, rng: random.Random, pick: Pick, *, style: str) -> list[str]:
    """The discussion: numbered opinions, several speakers in one sentence, or "+ Đ/c X (role): …"."""
    if facts.stated_speakers == 0:
        return [
            "Không có ý kiến khác; các đồng chí đảng viên thống nhất với nội dung báo cáo."
            if pick.family.name == "I"
            else "Hội nghị không có ý kiến bổ sung."
        ]
    lines: list[str] = []
    gists = "; ".join(dict.fromkeys(say.gist(s.text) for s in facts.speeches[:3]))
    if facts.stated_speakers is not None:
        noun = "ý kiến tham gia thảo luận" if pick.family.name == "I" else "lượt ý kiến phát biểu"
        lines.append(f"Có {pick.n(facts.stated_speakers)} {noun}.")
        if facts.sections.get("summarise") or not facts.speeches:
            summary = gists or "thống nhất với báo cáo của chi ủy"
            return [f"{lines[0]} Nội dung chủ yếu: {summary}."]
        style = {"named_list": "numbered"}.get(style, style)
    names = [_speaker(facts, s.speaker, pick, lead="đồng chí") for s in facts.speeches]
    if style == "named_list":
        listed = ", ".join(name.removeprefix("đồng chí ") for name in names)
        count = pick.n(len(names))
        return lines + [
            f"Có {count} ý kiến phát biểu của các đồng chí: {listed}. Các ý kiến tập trung vào: {gists}."
        ]
    if style == "one_sentence" and len(names) > 1:
        bare = [name.removeprefix("đồng chí ") for name in names]
        who = ", ".join(bare[:-1]) + " và " + bare[-1]
        return lines + [f"Các đồng chí {who} tham gia ý kiến, tập trung vào: {gists}."]
    out = []
    for index, speech in enumerate(facts.speeches):
        name = _speaker(facts, speech.speaker, pick, lead="Đ/c")
        role = say.speaker_role(facts, speech.speaker, rng)
        text = _capital(speech.text)
        if style == "numbered":
            out.append(f"({index + 1}) {_capital(name)} - {role}: {text}")
        elif style == "one_sentence":
            out.append(f"{_capital(name)} tham gia ý kiến: {text}")
        else:
            out.append(f"+ {_capital(name)} ({role}): {text}")
    return lines + out


def tasks_intro(facts: Facts, rng: random.Random, pick: Pick) -> str:
    if facts.meeting_type == "extraordinary":
        return (
            "Chi bộ thống nhất các nhiệm vụ cấp bách:"
            if "plan" in facts.topics
            else "Chi bộ thống nhất:"
        )
    if facts.meeting_type == "thematic":
        return "Để thực hiện có hiệu quả nội dung chuyên đề, chi bộ thống nhất:"
    nxt = (facts.day.replace(day=1) + timedelta(days=32)).replace(day=1)
    if pick.family.name == "I":
        return rng.choice(
            [
                f"Nhiệm vụ trọng tâm tháng {nxt.month:02d}/{nxt.year}:",
                "Chi bộ thống nhất nghị quyết với các nhiệm vụ sau:",
            ]
        )
    return rng.choice(
        [
            f"Phương hướng, nhiệm vụ tháng {nxt.month} năm {nxt.year}:",
            "Chi bộ thống nhất các nhiệm vụ tháng tới:",
        ]
    )


def _has_owner(item: str) -> bool:
    return "đồng chí" in item or "đảng viên" in item


def task_lines(facts: Facts, rng: random.Random, pick: Pick, *, style: str) -> list[str]:
    """The adopted tasks; rewrites `facts.resolutions` to each task exactly as printed.

    Tasks given to a named member add the `member_assignment` topic.
    """
    items = list(facts.resolutions)
    if style == "table":
        return _task_table(facts, rng, pick, items)
    if style in ("owner_inline", "owner_paren"):
        free = [i for i, item in enumerate(items) if not _has_owner(item)]
        chosen = {i for i in free if rng.random() < 0.6} or set(free[:1])
        for i in sorted(chosen):
            owner = pick.who(rng.choice(facts.members), lead="đ/c")
            due = say.deadline(facts, rng)
            done = "thực hiện thường xuyên" if due == "thường xuyên" else f"hoàn thành {due}"
            if style == "owner_inline":
                items[i] = f"{items[i]}; giao {owner} phụ trách, {done}"
            else:
                items[i] = f"{items[i]} ({owner} phụ trách; thời gian: {due})"
        if chosen:
            facts.topics.add("member_assignment")
    facts.resolutions = items
    if style == "letters":
        ends = [";"] * (len(items) - 1) + ["."]
        return [
            f"{'abcdefghijk'[i]}) {item}{end}"
            for i, (item, end) in enumerate(zip(items, ends, strict=True))
        ]
    mark = "-" if style in ("dash", "owner_inline") else "+"
    return [f"{mark} {item}." for item in items]


def _task_table(facts: Facts, rng: random.Random, pick: Pick, items: list[str]) -> list[str]:
    rows = ["| TT | Nội dung công việc | Người phụ trách | Thời gian |"]
    named = rng.randrange(len(items))
    for index, item in enumerate(items):
        if index == named or rng.random() < 0.5:
            owner = _capital(pick.who(rng.choice(facts.members), lead="đ/c"))
        else:
            owner = rng.choice(["Chi ủy", "Toàn chi bộ", "Các đoàn thể"])
        rows.append(f"| {index + 1} | {item} | {owner} | {_capital(say.deadline(facts, rng))} |")
    facts.resolutions = items
    facts.topics.add("member_assignment")
    return rows


def vote_lines(facts: Facts, rng: random.Random, *, style: str, pick: Pick) -> list[str]:
    """The vote: "Biểu quyết thông qua nghị quyết: 18/18 đồng chí có mặt nhất trí (100%)", "Hội nghị nhất trí 100%"."""
    if facts.vote is None:
        return []
    agree, total = facts.vote
    share, n = say.percent(agree, total), pick.n
    if facts.purpose == "member_development":
        return [
            f"Biểu quyết đề nghị kết nạp: {n(agree)}/{n(total)} đảng viên chính thức có mặt tán thành ({share}%)."
        ]
    if facts.purpose == "inspection":
        return [
            f"Kết quả bỏ phiếu kín: {n(agree)}/{n(total)} phiếu tán thành hình thức kỷ luật ({share}%)."
        ]
    unanimous = agree == total == facts.present
    if style == "hoi_nghi" and unanimous:
        return ["Hội nghị nhất trí 100%."]
    if style == "nhat_tri":
        verb = "có mặt nhất trí" if unanimous else "tán thành"
        return [
            f"Biểu quyết thông qua nghị quyết: {n(agree)}/{n(total)} đồng chí {verb} ({share}%)."
        ]
    if style == "tan_thanh":
        return [
            f"Kết quả biểu quyết: tán thành {n(agree)}/{n(total)} đ/c, không tán thành {n(total - agree)} đ/c, đạt {share}%."
        ]
    return [
        f"Nghị quyết được thông qua với {n(agree)}/{n(total)} đồng chí biểu quyết tán thành ({share}%)."
    ]

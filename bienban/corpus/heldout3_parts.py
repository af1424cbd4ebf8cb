"""The body of the held-out families K and L: agenda parts, discussion, resolutions and the vote.

HELD-OUT: people who write or tune extraction rules must not read this module (see
`heldout3.py`).
"""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import date, timedelta
from typing import TYPE_CHECKING

from bienban.corpus import heldout3_phrases as say
from bienban.corpus.facts import Facts
from bienban.corpus.heldout2_phrases import deadline, gist, guest_name, percent, speaker_role

if TYPE_CHECKING:
    from bienban.corpus.heldout3 import Pick

_STORIES = (
    "Bác Hồ với người lao động",
    "Bác Hồ và bài học về dùng người",
    "Bác Hồ với nông dân",
    "Chiếc đồng hồ của Bác",
)
_SEASONS = ("đông xuân", "hè thu", "mùa")
_LETTERS = "abcdefghijklmn"

Part = Callable[[Facts, random.Random, "Pick"], list[str]]


def capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def previous_month(day: date) -> date:
    return day.replace(day=1) - timedelta(days=1)


def next_month(day: date) -> date:
    return (day.replace(day=1) + timedelta(days=32)).replace(day=1)


def sections(facts: Facts, rng: random.Random, pick: Pick) -> list[tuple[str, list[str]]]:
    """The agenda parts the facts hold, each (K's heading, lines); L's lines carry their label."""
    if facts.meeting_type == "extraordinary":
        return [("Nội dung cuộc họp", _extraordinary(facts, rng, pick))]
    makers: list[tuple[str, str, Part]] = [
        ("current_affairs", "Thông tin thời sự", _news),
        ("directive", "Triển khai văn bản của cấp trên", _directive),
        ("review", "Đánh giá kết quả thực hiện nhiệm vụ tháng qua", _review),
        ("ideology", "Tình hình tư tưởng", _ideology),
        ("criticism", "Tự phê bình và phê bình", _criticism),
        ("hcm", "Học tập và làm theo Bác", _hcm),
        ("mass_mobilization", "Công tác dân vận", _mass),
        ("inspection", "Công tác kiểm tra, giám sát", _inspection),
        ("presenter", "Sinh hoạt chuyên đề", _theme),
        ("fees", "Thu, nộp đảng phí", _fees),
    ]
    if not pick.is_k and facts.sections.get("fees"):
        makers.insert(0, makers.pop())
    return [
        (title, make(facts, rng, pick)) for key, title, make in makers if facts.sections.get(key)
    ]


def _news(facts: Facts, rng: random.Random, pick: Pick) -> list[str]:
    news = "; ".join(facts.sections["current_affairs"])
    if pick.is_k:
        return [f"Đồng chí chủ trì thông tin một số vấn đề thời sự nổi bật: {news}."]
    return [f"Thời sự: {news}."]


def _directive(facts: Facts, rng: random.Random, pick: Pick) -> list[str]:
    text = facts.sections["directive"]
    if pick.is_k:
        return [
            f"Chi bộ triển khai {text}; yêu cầu mỗi đảng viên nghiên cứu, vận dụng vào nhiệm vụ được giao."
        ]
    return [f"Phổ biến {text}."]


def _review(facts: Facts, rng: random.Random, pick: Pick) -> list[str]:
    s, prev = facts.sections, previous_month(facts.day)
    if pick.is_k:
        lines = [f"Báo cáo kết quả thực hiện nghị quyết tháng {prev.month}/{prev.year}:"]
        lines += [f"- {capital(item)};" for item in s["review"][:-1]]
        lines.append(f"- {capital(s['review'][-1])}.")
        if s.get("shortcomings"):
            lines.append("Hạn chế: " + "; ".join(s["shortcomings"]) + ".")
    else:
        lines = [
            f"Đánh giá thực hiện nghị quyết tháng {prev.month}: " + "; ".join(s["review"]) + "."
        ]
        lines += _rural_notes(facts, rng)
        if s.get("shortcomings"):
            lines.append("Tồn tại: " + "; ".join(s["shortcomings"]) + ".")
    if "distractor" in s:
        due = facts.day + timedelta(days=rng.randint(20, 90))
        lines.append(s["distractor"].replace("ngày .", f"ngày {due.day}/{due.month}/{due.year}."))
    return lines


def _rural_notes(facts: Facts, rng: random.Random) -> list[str]:
    """L in a village: the harvest's yield, land disputes, security — numbers that are not counts."""
    if facts.unit.domain != "rural":
        return []
    notes = [
        f"Lúa vụ {rng.choice(_SEASONS)} thu hoạch xong, năng suất bình quân {rng.randint(5, 7)},{rng.randint(1, 9)} tấn/ha.",
        f"Hòa giải xong {rng.randint(2, 6)} vụ tranh chấp đất đai, ranh giới đất.",
        "An ninh trật tự trên địa bàn ổn định, không có vụ việc phức tạp.",
    ]
    return rng.sample(notes, rng.randint(1, 2))


def _ideology(facts: Facts, rng: random.Random, pick: Pick) -> list[str]:
    said = " ".join(facts.sections["ideology"])
    return [f"{'Tình hình tư tưởng đảng viên, quần chúng' if pick.is_k else 'Tư tưởng'}: {said}"]


def _criticism(facts: Facts, rng: random.Random, pick: Pick) -> list[str]:
    said = " ".join(facts.sections["criticism"])
    if pick.is_k:
        return [f"Chi ủy nhận xét đảng viên trong tháng; tự phê bình và phê bình: {said}"]
    return [f"Phê bình, tự phê bình: {said}"]


def _hcm(facts: Facts, rng: random.Random, pick: Pick) -> list[str]:
    reader, story = rng.choice(facts.members), rng.choice(_STORIES)
    topic = "học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh"
    if pick.is_k:
        return [f"{capital(pick.who(reader))} đọc bài “{story}”; chi bộ liên hệ việc {topic}."]
    return [f'{capital(topic)}: {pick.who(reader, lead="đ/c")} kể chuyện "{story}".']


def _mass(facts: Facts, rng: random.Random, pick: Pick) -> list[str]:
    n = facts.sections["mass_mobilization"]
    if pick.is_k:
        return [
            f"Chi bộ lãnh đạo Công đoàn, Đoàn Thanh niên tổ chức {pick.n(n)} hoạt động vận động quần chúng, thực hiện tốt công tác dân vận."
        ]
    return [f"Dân vận: phối hợp các đoàn thể đi {n} đợt vận động nhân dân."]


def _inspection(facts: Facts, rng: random.Random, pick: Pick) -> list[str]:
    name = facts.sections["inspection"]
    if pick.is_k:
        return [
            f"Chi ủy giám sát {pick.who(name)} về việc thực hiện nhiệm vụ được giao; chưa phát hiện vi phạm."
        ]
    return [
        f"Kiểm tra: chi ủy kiểm tra {pick.who(name, lead='đ/c')} chấp hành Điều lệ Đảng, chưa thấy vi phạm."
    ]


def _theme(facts: Facts, rng: random.Random, pick: Pick) -> list[str]:
    presenter, title = facts.sections["presenter"], facts.thematic_title
    if pick.is_k:
        return [
            f"{capital(pick.who(facts.chair))} nêu mục đích, yêu cầu của buổi sinh hoạt chuyên đề.",
            f"Chuyên đề: “{title}” do {pick.who(presenter)} trình bày.",
        ]
    return [f'Sinh hoạt chuyên đề "{title}", {pick.who(presenter, lead="đ/c")} trình bày.']


def _fees(facts: Facts, rng: random.Random, pick: Pick) -> list[str]:
    money = f"{rng.randrange(150, 2500) * 1000:,}".replace(",", ".")
    month, year = facts.day.month, facts.day.year
    if pick.is_k:
        return [
            f"Đảng phí tháng {month}/{year}: thu {money} đồng, đã nộp về cấp ủy cấp trên đúng hạn."
        ]
    return [f"Đảng phí: thu đủ tháng {month}, {money}đ."]


def _extraordinary(facts: Facts, rng: random.Random, pick: Pick) -> list[str]:
    s = facts.sections
    if facts.purpose == "member_development":
        if pick.is_k:
            return [
                f"Chi bộ xem xét hồ sơ đề nghị kết nạp quần chúng {s['candidate']} vào Đảng.",
                f"Quần chúng {s['candidate']} trình bày đơn xin vào Đảng; đảng viên giới thiệu báo cáo quá trình phấn đấu, rèn luyện.",
            ]
        return [
            f"Xét kết nạp quần chúng {s['candidate']}: đọc đơn, lý lịch, nhận xét của đảng viên giới thiệu."
        ]
    if facts.purpose == "inspection":
        offender = pick.who(s["offender"], lead="đồng chí" if pick.is_k else "đ/c")
        return [
            f"Kiểm điểm {offender} vi phạm quy định những điều đảng viên không được làm; {offender} đọc bản tự kiểm điểm, tự nhận hình thức kỷ luật."
        ]
    return [
        f"Triển khai công điện khẩn của cấp trên về {s['urgent']}; phân công đảng viên xuống từng khu vực, từng hộ."
    ]


def speech_lines(facts: Facts, rng: random.Random, pick: Pick) -> list[str]:
    """The discussion: K a paragraph per speaker, L "- Đ/c X: …" or a count with the gist."""
    if facts.stated_speakers == 0:
        return [
            "Không có ý kiến phát biểu thêm; các đồng chí nhất trí với báo cáo và dự thảo nghị quyết."
            if pick.is_k
            else "Không có ý kiến khác."
        ]
    stated = facts.stated_speakers
    gists = "; ".join(dict.fromkeys(gist(s.text) for s in facts.speeches[:3]))
    if pick.is_k:
        head = f"Có {pick.n(stated)} lượt ý kiến phát biểu" if stated is not None else ""
    else:
        head = f"Có {pick.n(stated)} ý kiến" if stated is not None else ""
    if stated is not None and (facts.sections.get("summarise") or not facts.speeches):
        return [f"{head}, tập trung vào: {gists or 'thống nhất với báo cáo của chi ủy'}."]
    if pick.is_k:
        return ([f"{head}, cụ thể:"] if head else []) + _k_speeches(facts, rng, pick)
    if pick.speech_style == "names":
        names = ", ".join(_speaker(facts, s.speaker, pick, lead="đ/c") for s in facts.speeches)
        head = head or f"Có {pick.n(len(facts.speeches))} ý kiến"
        return [f"{head}: {names}; tập trung vào: {gists}."]
    lines = [f"Ý kiến: {head[0].lower()}{head[1:]}." if head else "Ý kiến:"]
    for speech in facts.speeches:
        name = _speaker(facts, speech.speaker, pick, lead="đ/c")
        lines.append(f"- {capital(name)}: {capital(speech.text)}")
    return lines


def _speaker(facts: Facts, name: str, pick: Pick, *, lead: str) -> str:
    if name in dict(facts.guests):
        return guest_name(name, pick.titles)
    return pick.who(name, lead=lead)


def _k_speeches(facts: Facts, rng: random.Random, pick: Pick) -> list[str]:
    lines = []
    guests = dict(facts.guests)
    for speech in facts.speeches:
        name = capital(_speaker(facts, speech.speaker, pick, lead="đồng chí"))
        first, _, second = speech.text.partition("; đồng thời ")
        text = capital(first) + ("." if second else "")
        if speech.speaker in guests:
            lines.append(f"{name} – {guests[speech.speaker]} phát biểu: {text}")
        elif rng.random() < 0.5:
            lines.append(f"{name} phát biểu: {text}")
        else:
            role = speaker_role(facts, speech.speaker, rng)
            lines.append(f"Ý kiến của {name[0].lower()}{name[1:]} ({role}): {text}")
        if second:
            lines.append(f"Đồng chí còn {second}")
    return lines


def resolution_lines(facts: Facts, rng: random.Random, pick: Pick) -> list[str]:
    """The adopted resolution; rewrites `facts.resolutions` to the items exactly as printed."""
    lines = [_resolution_intro(facts, rng, pick)]
    lines += _k_items(facts, rng, pick) if pick.is_k else _l_items(facts, rng)
    if facts.conclusion_decision:
        lines.append(f"{facts.conclusion_decision}.")
    return lines


def _resolution_intro(facts: Facts, rng: random.Random, pick: Pick) -> str:
    if not pick.is_k:
        return rng.choice(["Nghị quyết:", "Chi bộ ra nghị quyết:"])
    if facts.meeting_type == "thematic":
        return "Sau khi nghe trình bày chuyên đề và các ý kiến thảo luận, chi bộ thống nhất các nội dung sau:"
    nxt = next_month(facts.day)
    return rng.choice(
        [
            "Chi bộ thống nhất các nội dung sau:",
            "Hội nghị chi bộ thống nhất các nội dung sau:",
            f"Về nhiệm vụ tháng {nxt.month}/{nxt.year}, chi bộ thống nhất các nội dung sau:",
        ]
    )


def _k_items(facts: Facts, rng: random.Random, pick: Pick) -> list[str]:
    """K: a), b), c); with owners, some items get "(phụ trách: đồng chí X, trước ngày …)"."""
    items = list(facts.resolutions)
    if pick.owners and facts.meeting_type != "extraordinary":
        free = [i for i, item in enumerate(items) if "đồng chí" not in item]
        for i in {i for i in free if rng.random() < 0.5} or set(free[:1]):
            items[i] += (
                f" (phụ trách: {pick.who(rng.choice(facts.members))}, {deadline(facts, rng)})"
            )
            facts.topics.add("member_assignment")
    facts.resolutions = items
    ends = [";"] * (len(items) - 1) + ["."]
    return [
        f"{_LETTERS[i]}) {item}{end}" for i, (item, end) in enumerate(zip(items, ends, strict=True))
    ]


def _l_items(facts: Facts, rng: random.Random) -> list[str]:
    """L: "+ item."; one long item runs on to a second line without its own mark."""
    long_items = [i for i, item in enumerate(facts.resolutions) if len(item.split()) >= 9]
    broken = rng.choice(long_items) if long_items and rng.random() < 0.75 else None
    lines = []
    for index, item in enumerate(facts.resolutions):
        if index != broken:
            lines.append(f"+ {item}.")
            continue
        words = item.split()
        cut = _line_break(words, rng)
        lines += [f"+ {' '.join(words[:cut])}", f"{' '.join(words[cut:])}."]
    return lines


def _line_break(words: list[str], rng: random.Random) -> int:
    """Where the hand ran out of line: after a comma when there is one, else between syllables."""
    commas = [i + 1 for i, word in enumerate(words[2:-2], start=2) if word.endswith(",")]
    if commas and rng.random() < 0.6:
        return rng.choice(commas)
    return max(3, round(len(words) * rng.uniform(0.45, 0.7)))


def vote_lines(facts: Facts, rng: random.Random, pick: Pick) -> list[str]:
    """K: "Biểu quyết: 13/13 đồng chí tán thành (đạt 100%)"; L: "… nhất trí, … không nhất trí"."""
    if facts.vote is None:
        return []
    agree, total = facts.vote
    share, n = percent(agree, total), pick.n if pick.is_k else str
    if facts.purpose == "member_development":
        return [
            f"Biểu quyết đề nghị kết nạp: {n(agree)}/{n(total)} đảng viên chính thức tán thành (đạt {share}%)."
        ]
    if facts.purpose == "inspection":
        return [
            f"Kết quả bỏ phiếu kín: {n(agree)}/{n(total)} phiếu tán thành hình thức kỷ luật (đạt {share}%)."
        ]
    style = rng.choice(pick.family.votes)
    if style == "ty_le":
        return [f"Biểu quyết: {n(agree)}/{n(total)} đồng chí tán thành (đạt {share}%)."]
    if style == "tan_thanh":
        return [
            f"Hội nghị biểu quyết thông qua: tán thành {n(agree)}/{n(total)} đồng chí, không tán thành {n(total - agree)} đồng chí (đạt {share}%)."
        ]
    if style == "words" and say.is_unanimous(facts):
        return [f"Biểu quyết giơ tay: {pick.n(agree)} đồng chí có mặt nhất trí 100%."]
    if style == "words":
        return [
            f"Biểu quyết: {pick.n(agree)} đồng chí nhất trí, {pick.n(total - agree)} đồng chí không nhất trí."
        ]
    return [f"Biểu quyết: nhất trí {agree}/{total}."]

"""Phrasings of families G and H: clocks, dates, roll call, people, speeches, votes.

Written without sight of the extraction rules to measure how they generalise; development
families since extractor 0.6.0 (see `heldout.py`).
"""

from __future__ import annotations

import random
from datetime import date

from bienban.corpus.facts import Absentee, Facts
from bienban.corpus.words import number_in_words, period_word

WEEKDAYS = ("thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu", "thứ Bảy", "Chủ nhật")
_SPEAKER_ROLES = ("chi ủy viên", "đảng viên", "tổ trưởng tổ đảng", "chi ủy viên", "đảng viên")


def weekday_name(day: date) -> str:
    """'thứ Tư' for a Wednesday, 'Chủ nhật' for a Sunday."""
    return WEEKDAYS[day.weekday()]


def write_date(day: date, *, style: str, weekday: bool = False) -> str:
    """A date as G and H write it, always with "ngày": "ngày 03 tháng 4 năm 2024", "ngày 15-03-2024"."""
    styles = {
        "words": f"ngày {day.day} tháng {day.month} năm {day.year}",
        "words_daypad": f"ngày {day.day:02d} tháng {day.month} năm {day.year}",
        "slash": f"ngày {day.day}/{day.month}/{day.year}",
        "slash_daypad": f"ngày {day.day:02d}/{day.month}/{day.year}",
        "dash": f"ngày {day.day:02d}-{day.month:02d}-{day.year}",
    }
    text = styles[style]
    return f"{weekday_name(day)}, {text}" if weekday else text


def write_time(hour: int, minute: int, *, style: str) -> str:
    """A clock as G and H write it: "19 giờ 30 phút tối", "8 giờ 30", "14 giờ", "19h30'", "2 giờ chiều"."""
    period = period_word(hour) if hour >= 4 else ""
    if style == "clock12" and (hour < 5 or hour in (12, 23)):
        style = "hoi"
    if style == "hoi":
        return f"{hour} giờ {minute:02d} phút {period}".rstrip()
    if style == "bare":
        return f"{hour} giờ {minute:02d}" if minute else f"{hour} giờ"
    if style == "h_period":
        return f"{hour}h{minute:02d} {period}".rstrip()
    if style == "h_apos":
        return f"{hour}h{minute:02d}'"
    hour12 = hour - 12 if hour > 12 else hour
    return f"{hour12} giờ {minute:02d} {period}" if minute else f"{hour12} giờ {period}"


def count(n: int, *, words: bool = False) -> str:
    return number_in_words(n) if words else str(n)


def percent(part: int, whole: int) -> str:
    """'92', '95,7': a share as a Vietnamese decimal, one place at most."""
    if not whole:
        return "0"
    text = f"{100 * part / whole:.1f}"
    return text[:-2] if text.endswith(".0") else text.replace(".", ",")


def is_fully_named(facts: Facts) -> bool:
    """Whether every absentee is named (the draw names at most eight)."""
    return bool(facts.absentees) and len(facts.absentees) == facts.excused + facts.unexcused


def _named(people: list[Absentee], *, form: str) -> str:
    if form == "dash":
        return ", ".join(f"đ/c {a.name} - {a.reason}" for a in people)
    return ", ".join(f"đ/c {a.name} {a.reason}" for a in people)


def absence(facts: Facts, rng: random.Random, *, words: bool = False, lead: str = "vắng") -> str:
    """'vắng 2 đ/c (có lý do: đ/c A đi công tác; không lý do: đ/c B)', or counts only."""
    absent = facts.excused + facts.unexcused
    if absent == 0:
        return "không có đồng chí nào vắng mặt" if words else f"{lead}: 0"
    head = f"{lead} {count(absent, words=words)} đồng chí"
    if is_fully_named(facts):
        form = rng.choice(["plain", "dash"])
        excused = [a for a in facts.absentees if a.excused]
        parts = [f"có lý do: {_named(excused, form=form)}"] if excused else []
        unexcused = [a.name for a in facts.absentees if not a.excused]
        if unexcused:
            parts.append("không lý do: " + ", ".join(f"đ/c {name}" for name in unexcused))
        return f"{head} ({'; '.join(parts)})"
    if facts.unexcused == 0:
        return f"{head} (có lý do)"
    if facts.excused == 0:
        return f"{head} (không lý do)"
    return (
        f"{head} (có lý do: {count(facts.excused, words=words)}; "
        f"không lý do: {count(facts.unexcused, words=words)})"
    )


def split_members(facts: Facts, rng: random.Random) -> tuple[int, int]:
    """(chính thức, dự bị): how the total splits into full and probationary members."""
    probationary = rng.choice([0, 0, 1, 1, 2, 3]) if facts.total > 8 else rng.choice([0, 1])
    return facts.total - probationary, probationary


def roll_in_words(facts: Facts, rng: random.Random) -> list[str]:
    """G: every count written out in words."""
    parts = [f"Tổng số đảng viên của chi bộ: {count(facts.total, words=True)} đồng chí"]
    if facts.exempt is not None:
        exempt = count(facts.exempt, words=True) + " đồng chí" if facts.exempt else "không"
        parts.append(f"miễn công tác và sinh hoạt đảng: {exempt}")
    parts.append(f"có mặt: {count(facts.present, words=True)} đồng chí")
    parts.append(absence(facts, rng, words=True))
    return ["; ".join(parts) + "."]


def roll_digits_and_words(facts: Facts, rng: random.Random) -> list[str]:
    """G: "Chi bộ hiện có 27 (hai mươi bảy) đảng viên, trong đó ..."."""
    both = "{} ({})".format
    text = f"Chi bộ hiện có {both(facts.total, count(facts.total, words=True))} đảng viên"
    if facts.exempt:
        text += f", trong đó có {facts.exempt} đồng chí được miễn công tác và sinh hoạt đảng"
    elif facts.exempt == 0:
        text += ", không có đồng chí nào được miễn sinh hoạt"
    present = both(facts.present, count(facts.present, words=True))
    return [f"{text}. Có mặt {present} đồng chí; {absence(facts, rng)}."]


def roll_official_split(facts: Facts, rng: random.Random) -> list[str]:
    """G: full and probationary members, with or without the total written."""
    official, probationary = split_members(facts, rng)
    if probationary and rng.random() < 0.5:
        lines = [f"Chi bộ có {official} đảng viên chính thức và {probationary} đảng viên dự bị."]
    else:
        lines = [
            f"Tổng số đảng viên: {facts.total} đ/c (Đảng viên chính thức: {official}, dự bị: {probationary})."
        ]
    if facts.exempt is not None:
        lines.append(
            f"Miễn công tác và sinh hoạt đảng: {facts.exempt} đ/c. "
            f"Số đảng viên phải dự: {facts.total - facts.exempt} đ/c."
        )
    clause = absence(facts, rng, lead="Vắng")
    lines.append(f"Có mặt: {facts.present} đ/c. {clause}.")
    return lines


def roll_form(facts: Facts, rng: random.Random) -> list[str]:
    """H: the printed form's lines, "Số đảng viên phải dự", "Số đảng viên vắng mặt"."""
    official, probationary = split_members(facts, rng)
    lines = [
        f"- Tổng số đảng viên trong chi bộ: {facts.total} đồng chí (chính thức: {official}; dự bị: {probationary})."
    ]
    if facts.exempt is not None:
        lines += [
            f"- Số đảng viên được miễn công tác và sinh hoạt đảng: {facts.exempt} đồng chí.",
            f"- Số đảng viên phải dự: {facts.total - facts.exempt} đồng chí.",
        ]
    lines.append(f"- Số đảng viên có mặt: {facts.present} đồng chí.")
    clause = absence(facts, rng, lead="vắng mặt")
    lines.append(f"- Số đảng viên {clause}.")
    return lines


def roll_table(facts: Facts, rng: random.Random) -> list[str]:
    """H: a two-column table, one count per row, absentees named below it."""
    rows = [("Tổng số đảng viên", facts.total)]
    if facts.exempt is not None:
        rows += [("Miễn công tác và sinh hoạt đảng", facts.exempt)]
        rows += [("Đảng viên phải dự", facts.total - facts.exempt)]
    rows += [
        ("Có mặt", facts.present),
        ("Vắng có lý do", facts.excused),
        ("Vắng không lý do", facts.unexcused),
    ]
    lines = ["Tình hình đảng viên dự họp:", "| Nội dung | Số đồng chí |"]
    lines += [f"| {label} | {value} |" for label, value in rows]
    if is_fully_named(facts):
        lines.append("Đảng viên vắng: " + _named(facts.absentees, form="dash") + ".")
    return lines


def roll_rate(facts: Facts, rng: random.Random) -> list[str]:
    """H: present against those who must attend, with the rate."""
    due = facts.total - (facts.exempt or 0)
    head = f"- Tổng số đảng viên: {facts.total} đồng chí"
    if facts.exempt is not None:
        head += f"; miễn sinh hoạt: {facts.exempt} đồng chí"
    due_words = "đồng chí phải dự" if facts.exempt is not None else "đồng chí"
    return [
        head + ".",
        f"- Có mặt: {facts.present}/{due} {due_words}, đạt {percent(facts.present, due)}%; "
        f"{absence(facts, rng)}.",
    ]


ROLLS = {
    "words": roll_in_words,
    "digits_words": roll_digits_and_words,
    "official_split": roll_official_split,
    "form": roll_form,
    "table": roll_table,
    "rate": roll_rate,
}


def guest_lines(facts: Facts, rng: random.Random, *, style: str) -> list[str]:
    """Those from the higher committee: "Đồng chí X, Đảng ủy viên, dự và chỉ đạo"."""
    named = [f"đồng chí {name} - {role}" for name, role in facts.guests]
    if style == "form":
        if named:
            return ["- Đại biểu cấp trên dự: " + "; ".join(named) + "."]
        if facts.unnamed_guest:
            return [f"- Đại biểu cấp trên dự: {facts.unnamed_guest}."]
        return ["- Đại biểu cấp trên dự: không."] if rng.random() < 0.4 else []
    if len(facts.guests) == 1 and rng.random() < 0.5:
        name, role = facts.guests[0]
        return [f"Đồng chí {name}, {role}, dự và chỉ đạo."]
    if named:
        return ["Về dự và chỉ đạo buổi sinh hoạt có " + " và ".join(named) + "."]
    if facts.unnamed_guest:
        return [f"Dự và chỉ đạo có {facts.unnamed_guest}."]
    return []


def people_lines(facts: Facts, rng: random.Random, *, style: str) -> list[str]:
    """Who chaired and who took the minutes: "Đồng chí X - Bí thư chi bộ chủ trì; ..."."""
    chair, sec = facts.chair, facts.secretary
    role = facts.chair_role if rng.random() < 0.6 else facts.chair_role.replace("chi bộ", "Chi bộ")
    sec_role = f", {facts.secretary_role}" if facts.secretary_role else ""
    if style == "sentence":
        return [f"Đồng chí {chair} - {role} chủ trì; đồng chí {sec} ghi biên bản."]
    if style == "chu_toa":
        return [
            f"Chủ tọa: đồng chí {chair}, {role}. Thư ký ghi biên bản: đồng chí {sec}{sec_role}."
        ]
    if style == "hoi_nghi":
        return [
            f"- Chủ tọa hội nghị: đồng chí {chair}, {role}.",
            f"- Thư ký hội nghị: đồng chí {sec}{sec_role}.",
        ]
    return [
        f"- Người chủ trì: đ/c {chair} - {role}.",
        f"- Thư ký ghi biên bản: đ/c {sec}{sec_role}.",
    ]


def speech_lines(facts: Facts, rng: random.Random, *, style: str) -> list[str]:
    """The discussion: "Đồng chí X tham gia ý kiến: ...", "Đ/c X (chi ủy viên) phát biểu ý kiến: ..."."""
    if facts.stated_speakers == 0:
        return [
            rng.choice(
                [
                    "Các đồng chí đảng viên thống nhất với báo cáo, không có ý kiến bổ sung.",
                    "Không có ý kiến nào khác.",
                ]
            )
        ]
    lines = [] if facts.stated_speakers is None else [_stated(facts, rng, style=style)]
    if lines and (facts.sections.get("summarise") or not facts.speeches):
        gist = "; ".join(dict.fromkeys(s.text.split(".")[0] for s in facts.speeches[:3]))
        return [lines[0] + (f" Các ý kiến tập trung vào: {gist}." if gist else "")]
    roles = dict(facts.guests)
    for index, speech in enumerate(facts.speeches):
        role = roles.get(speech.speaker) or rng.choice(_SPEAKER_ROLES)
        text = speech.text[0].upper() + speech.text[1:]
        lines.append(_speech(style, index=index, name=speech.speaker, role=role, text=text))
    if rng.random() < 0.6:
        lines.append("Đồng chí chủ trì tiếp thu các ý kiến, giải trình và kết luận.")
    return lines


def _stated(facts: Facts, rng: random.Random, *, style: str) -> str:
    n = facts.stated_speakers or 0
    if style in ("tham_gia", "role_paren"):
        return f"Có {count(n, words=rng.random() < 0.6)} lượt ý kiến tham gia thảo luận."
    return f"Số ý kiến phát biểu: {n:02d}."


def _speech(style: str, *, index: int, name: str, role: str, text: str) -> str:
    if style == "tham_gia":
        return f"Đồng chí {name} tham gia ý kiến: {text}"
    if style == "role_paren":
        return f"Đ/c {name} ({role}) phát biểu ý kiến: {text}"
    if style == "numbered":
        return f"Ý kiến {index + 1} (đ/c {name}): {text}"
    return f"+ Đồng chí {name}, {role}: {text}"


_ORDINALS = {
    "mot_la": ("Một", "Hai", "Ba", "Bốn", "Năm", "Sáu", "Bảy", "Tám", "Chín", "Mười"),
    "thu_nhat": ("nhất", "hai", "ba", "tư", "năm", "sáu", "bảy", "tám", "chín", "mười"),
}


def _lower_first(text: str) -> str:
    """Lower-case the first letter unless the first word is an abbreviation ("UBND")."""
    if len(text) > 1 and text[1].isupper():
        return text
    return text[:1].lower() + text[1:]


def _marked(style: str, index: int, text: str) -> str:
    if style == "mot_la" and index < len(_ORDINALS["mot_la"]):
        return f"{_ORDINALS['mot_la'][index]} là, {text}"
    if style == "thu_nhat" and index < len(_ORDINALS["thu_nhat"]):
        return f"Thứ {_ORDINALS['thu_nhat'][index]}, {text}"
    if style == "bullet":
        return f"• {text}"
    return f"{index + 1}/ {text}"


def resolution_lines(facts: Facts, rng: random.Random, *, style: str) -> list[str]:
    """The adopted tasks as "Một là, ...", "Thứ nhất, ...", "• ..." or "1/ ...".

    Rewrites `facts.resolutions` to the strings exactly as printed (without their markers).
    """
    items = facts.resolutions
    spoken = style in ("mot_la", "thu_nhat")
    texts = [_lower_first(item) if spoken else item for item in items]
    ends = [";" if spoken and i < len(texts) - 1 else "." for i in range(len(texts))]
    facts.resolutions = list(texts) if spoken else [f"{text}." for text in texts]
    return [
        _marked(style, i, f"{text}{end}")
        for i, (text, end) in enumerate(zip(texts, ends, strict=True))
    ]


def vote_lines(facts: Facts, rng: random.Random, *, style: str) -> list[str]:
    """The vote: "Biểu quyết bằng hình thức giơ tay: 23/23 đồng chí tán thành (đạt 100%)"."""
    if facts.vote is None:
        return []
    agree, total = facts.vote
    share = percent(agree, total)
    if facts.purpose == "member_development":
        return [
            f"Số đảng viên chính thức có mặt: {total} đồng chí; số đồng chí tán thành đề nghị kết nạp: {agree}, đạt {share}%."
        ]
    if facts.purpose == "inspection":
        return [
            f"Kết quả bỏ phiếu kín: phát ra {total} phiếu, thu vào {total} phiếu; số phiếu đồng ý hình thức kỷ luật: {agree} phiếu."
        ]
    if style == "all_present" and agree == total == facts.present:
        return ["Nghị quyết được 100% đảng viên có mặt nhất trí thông qua."]
    if style == "share":
        return [f"- Số đảng viên tán thành: {agree}/{total} đồng chí, đạt tỷ lệ {share}%."]
    if style == "against":
        return [
            f"Biểu quyết thông qua nghị quyết: tán thành {agree} đ/c; không tán thành {total - agree} đ/c."
        ]
    return [
        f"Chi bộ biểu quyết bằng hình thức giơ tay: {agree}/{total} đồng chí tán thành (đạt {share}%)."
    ]

"""The phrasings of each part of the minutes: attendance, chair, speeches, resolutions, vote."""

from __future__ import annotations

import random
import string

from bienban.corpus.facts import Facts
from bienban.corpus.words import number_in_words


def _count(n: int, *, words: bool) -> str:
    return number_in_words(n) if words else str(n)


def absent_clause(facts: Facts, *, words: bool = False, dv: str = "đồng chí") -> str:
    """'vắng 2 đồng chí có lý do', 'vắng: 0', or the named list; always says which kind each absence is."""
    absent = facts.excused + facts.unexcused
    if facts.absentees:
        listed = "; ".join(f"đồng chí {a.name} ({a.reason})" for a in facts.absentees)
        return f"vắng {_count(absent, words=words)} {dv}, gồm: {listed}"
    if absent == 0:
        return "vắng: không" if words else "vắng: 0"
    if facts.unexcused == 0:
        return f"vắng {_count(absent, words=words)} {dv} có lý do"
    if facts.excused == 0:
        return f"vắng {_count(absent, words=words)} {dv} không lý do"
    excused, unexcused = _count(facts.excused, words=words), _count(facts.unexcused, words=words)
    return f"vắng {_count(absent, words=words)} {dv} ({excused} có lý do, {unexcused} không lý do)"


def attendance_lines(facts: Facts, rng: random.Random, *, style: str) -> list[str]:
    """The roll call in one of several forms: digits, words, a table, terse, 'có mặt 9/10'."""
    exempt = facts.exempt
    if style == "table":
        return _attendance_table(facts)
    if style == "words":
        parts = [f"Chi bộ hiện có {number_in_words(facts.total)} đảng viên"]
        if exempt is not None:
            parts.append(f"miễn sinh hoạt {number_in_words(exempt)} đồng chí")
        parts += [
            f"có mặt {number_in_words(facts.present)} đồng chí",
            absent_clause(facts, words=True),
        ]
        return ["; ".join(parts) + "."]
    if style == "terse":
        parts = [f"Tổng số ĐV: {facts.total}"]
        if exempt is not None:
            parts.append(f"miễn SH: {exempt}")
        parts += [
            f"có mặt: {facts.present}",
            absent_clause(facts, dv="ĐV").replace("vắng ", "vắng: ", 1),
        ]
        return ["Thành phần: " + "; ".join(parts) + "."]
    if style == "of_total" and exempt is None:
        return [f"Có mặt: {facts.present}/{facts.total} đảng viên; {absent_clause(facts)}."]
    if style == "lines":
        official = facts.total - rng.randint(0, 2)
        lines = [
            f"- Tổng số đảng viên của chi bộ: {facts.total} đồng chí (chính thức {official}, dự bị {facts.total - official})."
        ]
        if exempt is not None:
            lines.append(f"- Đảng viên được miễn sinh hoạt: {exempt} đồng chí.")
        lines.append(f"- Có mặt: {facts.present} đồng chí.")
        clause = absent_clause(facts)
        lines.append(f"- {clause[0].upper()}{clause[1:]}.")
        return lines
    exempt_part = f", miễn sinh hoạt {exempt} đồng chí" if exempt is not None else ""
    return [
        f"Tổng số đảng viên: {facts.total}{exempt_part}; có mặt {facts.present} đồng chí; {absent_clause(facts)}."
    ]


def _attendance_table(facts: Facts) -> list[str]:
    absent = facts.excused + facts.unexcused
    header = ["Tổng số ĐV", "Có mặt", "Vắng có lý do", "Vắng không lý do"]
    values = [facts.total, facts.present, facts.excused, facts.unexcused]
    if facts.exempt is not None:
        header[1:1] = ["Miễn SH", "Phải dự"]
        values[1:1] = [facts.exempt, facts.total - facts.exempt]
    lines = ["Tình hình đảng viên dự họp:", _row(header), _row([str(v) for v in values])]
    if facts.absentees:
        lines.append(
            f"Đảng viên vắng ({absent}): "
            + "; ".join(f"{a.name} - {a.reason}" for a in facts.absentees)
            + "."
        )
    return lines


def _row(cells: list[str]) -> str:
    return "| " + " | ".join(cells) + " |"


def guest_lines(facts: Facts, rng: random.Random) -> list[str]:
    """Who attended from outside the chi bộ: named cadres with roles, or an unnamed representative."""
    if facts.guests:
        named = "; ".join(f"đồng chí {name}, {role}" for name, role in facts.guests)
        lead = rng.choice(["Khách mời: ", "Đại biểu tham dự: ", "Dự họp có "])
        return [f"{lead}{named}."]
    if facts.unnamed_guest:
        return [f"Dự họp có {facts.unnamed_guest}."]
    return []


def chair_lines(facts: Facts, rng: random.Random, *, style: str) -> list[str]:
    """Who chaired and who took the minutes, in one family's phrasing."""
    chair, role, sec = facts.chair, facts.chair_role, facts.secretary
    sec_role = f" - {facts.secretary_role}" if facts.secretary_role else ""
    if style == "role_first":
        return [
            f"Chủ tọa: {role} {chair}.",
            f"Thư ký: {facts.secretary_role or 'đảng viên'} {sec}.",
        ]
    if style == "sentence":
        return [f"Đ/c {chair} ({role}) chủ trì buổi họp. Đ/c {sec} ghi biên bản."]
    if style == "dieu_khien":
        return [f"Người điều khiển: đồng chí {chair}, {role}.", f"Ghi biên bản: đồng chí {sec}."]
    if style == "abbrev":
        short = "BT CB" if role == "Bí thư chi bộ" else "PBT CB"
        return [f"Chủ trì: đ/c {chair} - {short}.", f"Thư ký: đ/c {sec}{sec_role}."]
    lead = rng.choice(["Chủ trì", "Chủ trì hội nghị", "Chủ tọa"])
    return [f"{lead}: đồng chí {chair} - {role}.", f"Thư ký: đồng chí {sec}{sec_role}."]


def speech_lines(facts: Facts, rng: random.Random, *, style: str) -> list[str]:
    """The discussion: one line per named speaker, a stated count, or 'no opinions'."""
    if facts.stated_speakers == 0:
        return [rng.choice(["Không có ý kiến.", "Các đồng chí đảng viên không có ý kiến khác."])]
    lines: list[str] = []
    if facts.stated_speakers is not None:
        lines.append(
            f"Có {facts.stated_speakers:0{rng.choice([1, 2])}d} {rng.choice(['ý kiến', 'lượt ý kiến', 'ý kiến phát biểu'])} tham gia."
        )
        if facts.sections.get("summarise") or not facts.speeches:
            topics = (
                "; ".join(s.text.split(".")[0].lower() for s in facts.speeches[:3])
                or "thống nhất với báo cáo"
            )
            return [lines[0] + f" Các ý kiến tập trung: {topics}."]
    if style == "narrative":
        return lines + [" ".join(f"Đồng chí {s.speaker} {s.text}" for s in facts.speeches)]
    forms = {
        "colon": "Đồng chí {n}: {t}",
        "dc_phat_bieu": "Đ/c {n} phát biểu: {t}",
        "dash": "- Đ/c {n}: {t}",
        "y_kien": "Ý kiến đồng chí {n}: {t}",
    }
    form = forms.get(style, forms["colon"])
    return lines + [
        form.format(n=s.speaker, t=s.text[0].upper() + s.text[1:]) for s in facts.speeches
    ]


def resolution_lines(
    facts: Facts, rng: random.Random, *, bullet: str, section: int = 3
) -> list[str]:
    """The adopted tasks, numbered, lettered, bulleted or run together with semicolons.

    Rewrites `facts.resolutions` to the strings exactly as printed (without their bullets).
    """
    items = facts.resolutions
    if bullet == "semicolon" and len(items) > 1:
        facts.resolutions = list(items)
        return [rng.choice(["Chi bộ thống nhất: ", "Nhiệm vụ tới: "]) + "; ".join(items) + "."]
    facts.resolutions = [f"{item}." for item in items]
    marks = {
        "1.": lambda i: f"{i + 1}.",
        "1)": lambda i: f"{i + 1})",
        "a)": lambda i: f"{string.ascii_lowercase[i]})",
        "-": lambda i: "-",
        "+": lambda i: "+",
        "x.y": lambda i: f"{section}.{i + 1}.",
    }
    mark = marks.get(bullet, marks["-"])
    return [f"{mark(i)} {text}" for i, text in enumerate(facts.resolutions)]


def vote_line(facts: Facts, rng: random.Random, *, style: str) -> list[str]:
    """The vote adopting the resolution, in a family's phrasing (nothing when there was none)."""
    if facts.vote is None:
        return []
    agree, total = facts.vote
    if facts.purpose == "member_development":
        return [
            f"Kết quả biểu quyết: {agree}/{total} đảng viên chính thức có mặt tán thành đề nghị kết nạp."
        ]
    if facts.purpose == "inspection":
        return [
            f"Chi bộ bỏ phiếu kín: số phiếu phát ra {total}, thu về {total}; đồng ý {agree} phiếu."
        ]
    if style == "pct100" and agree == total == facts.present:
        return ["100% đảng viên có mặt nhất trí thông qua nghị quyết."]
    percent = f"{100 * agree / total:.1f}".replace(".0", "").replace(".", ",") if total else "0"
    forms = {
        "dong_y": f"Biểu quyết thông qua nghị quyết tháng: {agree}/{total} đồng chí đồng ý.",
        "dv_nhat_tri": f"Biểu quyết: {agree}/{total} ĐV nhất trí.",
        "thong_qua": f"Nghị quyết được {agree}/{total} đảng viên dự họp biểu quyết thông qua.",
        "ket_qua": f"Kết quả biểu quyết: tán thành {agree}, không tán thành {total - agree}.",
    }
    return [forms.get(style, f"Biểu quyết: {agree}/{total} đồng chí tán thành, đạt {percent}%.")]

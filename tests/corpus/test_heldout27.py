"""Tests of BG and BH, the newest held-out families: opt-in, deterministic, true to their page.

HELD-OUT: BG and BH are closed to whoever writes or tunes the extraction rules, and so is this
file, which shows them. Its checks read the printed words the way a careful person reads them,
never through the product's extractors: every value of the expected record has to stand on the
page in some written form, and nothing on the page may say otherwise.
"""

from __future__ import annotations

import random
import re
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from bienban.corpus import content, heldout26, heldout27
from bienban.corpus.content import (
    all_families,
    draw_facts,
    families,
    heldout_be_bf_families,
    heldout_bg_bh_families,
    make_minutes,
)
from bienban.corpus.facts import Facts
from bienban.corpus.heldout27_parts import BG_NOBODY, BH_NOBODY, VOTES
from bienban.corpus.heldout27_phrases import (
    ROMAN,
    count,
    percent,
    shorten,
    write_clock,
    write_date,
)
from bienban.corpus.heldout_phrases import weekday_name
from bienban.corpus.markup import to_plain_text
from bienban.corpus.words import number_in_words, period_word
from tests.corpus.helpers import (
    WrittenForms,
    assert_written_deterministically,
    check_family_corpora,
    check_listed_opinions,
    check_people_named,
    generate_clean_corpus,
    heldout_case,
    heldout_markups,
    only,
    plain_lines,
    titles,
)

SEEDS = range(100)
NAMES = ("BG", "BH")
HANDS = heldout27.HELDOUT_FAMILIES
FORMS = WrittenForms(count, write_date, write_clock, {f: HANDS[f].forms for f in NAMES})
TOPIC_WORDS = {
    "current_affairs": ("thời sự",),
    "directives": ("quán triệt", "phổ biến", "chỉ đạo"),
    "review": ("thực hiện nghị quyết tháng", "kiểm điểm nq tháng"),
    "plan": ("nhiệm vụ trọng tâm tháng", "nq tháng", "làm ngay", "thực hiện ngay"),
    "ideology": ("tư tưởng",),
    "criticism": ("phê bình",),
    "thematic": ("chuyên đề",),
    "ho_chi_minh": ("hồ chí minh",),
    "party_fees": ("đảng phí",),
    "member_development": ("kết nạp",),
    "member_assignment": (
        "phân công",
        "phụ trách",
        "giao đồng chí",
        "giao đ/c",
        "mỗi đảng viên",
        "mỗi đv",
    ),
    "inspection": ("kiểm tra", "giám sát", "kỷ luật"),
    "mass_mobilization": ("mặt trận", "dân vận", "vận động", "đoàn thể"),
}
# Words that stand on the page only when the record has the topic.
ONLY_WITH = {
    "current_affairs": "thời sự",
    "criticism": "phê bình",
    "thematic": "chuyên đề",
    "member_development": "kết nạp",
    "ho_chi_minh": "hồ chí minh",
}
_PERIOD = r"(?:sáng|trưa|chiều|tối|đêm)"
CLOCK_RE = {
    "BG": r"\b\d{1,2}(?:h\d{2}\b| giờ \d{2} phút)",
    "BH": rf"\b\d{{1,2}}(?:h(?:\d{{2}})?\b| giờ(?: \d{{2}})? {_PERIOD})",
}
DATE_RE = {
    "BG": r"\b\d{2}(?:/\d{2}/| tháng \d{2} năm )\d{4}\b",
    "BH": r"\b\d{1,2}(?:/\d{1,2}/|-\d{1,2}-| tháng \d{1,2} năm )\d{4}\b",
}
# Numbers as words, longest first, so that "hai mươi bảy" is read before "hai".
_WORDS = sorted(((number_in_words(i), i) for i in range(1000)), key=lambda p: -len(p[0]))


def _reader(family: str, write: Any, styles: str, values: list[Any]) -> dict[str, Any]:
    return {write(*v, style=s): v for s in HANDS[family].forms[styles] for v in values}


_MINUTES = [(h, m) for h in range(24) for m in range(60)]
_DAYS = [(date(2011, 1, 1) + timedelta(days=d),) for d in range(16 * 366)]
CLOCKS = {f: _reader(f, write_clock, "clock", _MINUTES) for f in NAMES}
DATES = {f: _reader(f, write_date, "date", _DAYS) for f in NAMES}
HHMM = "{:02d}:{:02d}".format


def _case(seed: int, family: str) -> tuple[Facts, str, dict[str, Any]]:
    return heldout_case(heldout27.write_minutes, seed, family)


def _clocks_in(line: str, family: str) -> list[str]:
    """The clocks written in `line`, read back to "HH:MM"."""
    return [HHMM(*CLOCKS[family][said]) for said in re.findall(CLOCK_RE[family], line)]


def _dates_in(line: str, family: str) -> list[date]:
    return [DATES[family][said][0] for said in re.findall(DATE_RE[family], line)]


def _read_number(rest: str) -> int | None:
    """The count that `rest` starts with, in figures (padded or not) or in words."""
    digits = re.match(r"\d+", rest)
    if digits:
        return int(digits[0])
    for words, value in _WORDS:
        if rest.startswith(words) and not rest[len(words) : len(words) + 1].isalpha():
            return value
    return None


def _number_after(text: str, label: str) -> int | None:
    """The count written right after `label`, which stands once in `text`."""
    (found,) = list(re.finditer(re.escape(label), text))
    return _read_number(text[found.end() :])


def _lines(markup: str, *starts: str) -> list[str]:
    return [ln for ln in plain_lines(markup) if ln.startswith(starts)]


def _matching(markup: str, pattern: str) -> list[str]:
    return [ln for ln in plain_lines(markup) if re.match(pattern, ln)]


# When: the day, the start, the end ------------------------------------------------------------

_OPENINGS = {
    "BG": r"^\d+\. (?:Ngày sinh hoạt|Giờ bắt đầu|Thời gian, địa điểm): ",
    "BH": r"^(?:(?:Sáng|Trưa|Chiều|Tối|Đêm) nay, |Ngày \d)",
}
_ENDS = {
    "BG": r"^(?:Giờ kết thúc: .+\.|Chi bộ bế mạc buổi sinh hoạt vào lúc .+\.)$",
    "BH": r"^(?:Kết thúc họp lúc .+\.|Họp đến .+ thì xong\.)$",
}


def _opening(markup: str, family: str) -> str:
    """The line or lines that say when the meeting began, joined."""
    found = _matching(markup, _OPENINGS[family])
    assert len(found) == (2 if found[0].startswith("1. Ngày sinh hoạt: ") else 1), found
    return " ".join(found)


def _check_when(markup: str, record: dict[str, Any], facts: Facts, family: str) -> None:
    """The opening gives the day (with its weekday where the hand writes one) and the start; a
    closing line gives the end, dated to the next day past midnight, "cùng ngày" otherwise."""
    day = date.fromisoformat(record["date"])
    opening = _opening(markup, family)
    assert _dates_in(opening, family) == [day], opening
    assert _clocks_in(opening, family) == [record["start_time"]], opening
    if "Ngày sinh hoạt: " in opening:
        assert f"({weekday_name(day)})." in opening, opening
    if re.match(r"^\w+ nay, ", opening):
        assert opening.startswith(f"{period_word(facts.start[0]).capitalize()} nay, ")
        assert f", {weekday_name(day)} ngày " in opening, opening
    ends = _matching(markup, _ENDS[family])
    if record["end_time"] is None:
        assert record["duration_minutes"] is None and not ends, ends
        return
    end = only(ends)
    assert _clocks_in(end, family) == [record["end_time"]], end
    assert (_dates_in(end, family) == [day + timedelta(days=1)]) == facts.end_next_day, end
    assert ("cùng ngày" in end) != facts.end_next_day, end
    start, stop = (int(t[:2]) * 60 + int(t[3:]) for t in (record["start_time"], record["end_time"]))
    assert record["duration_minutes"] == (stop - start) % 1440


# Who came: the counts and the absent --------------------------------------------------------


def _bg_pairs(lines: list[str]) -> dict[str, int | None]:
    """BG's counts off its two lines of paired blanks; the rate, when written, agrees."""
    first = only([ln for ln in lines if ln.startswith("- Tổng số đảng viên: ")])
    found: dict[str, int | None] = {"total": _number_after(first, "- Tổng số đảng viên: ")}
    extra = re.search(r"\(chính thức (\d+), dự bị (\d+)\)", first)
    if extra:
        assert int(extra[1]) + int(extra[2]) == found["total"]
    if first.endswith("; được miễn sinh hoạt: không."):
        found["exempt"] = 0
    elif "; được miễn sinh hoạt: " in first:
        found["exempt"] = _number_after(first, "; được miễn sinh hoạt: ")
    here = only([ln for ln in lines if ln.startswith("- Có mặt: ")])
    found["present"] = _number_after(here, "- Có mặt: ")
    rate = re.search(r"\(tỷ lệ (.+?) so với số phải dự\)", here)
    if rate:
        must = (found["total"] or 0) - (found.get("exempt") or 0)
        assert rate[1] == percent(found["present"] or 0, must), here
    if here.endswith("; vắng: không."):
        return {**found, "excused": 0, "unexcused": 0}
    gone = re.search(
        r"; vắng: (\d+) (?:đồng chí|đ/c) \(có lý do: (\d+); không lý do: (\d+)\)\.$", here
    )
    assert gone, here
    assert int(gone[1]) == int(gone[2]) + int(gone[3])
    return {**found, "excused": int(gone[2]), "unexcused": int(gone[3])}


def _bg_blanks(lines: list[str]) -> dict[str, int | None]:
    """BG's counts off its one blank a line; the must-attend figure, when written, agrees."""

    def one(start: str) -> str:
        return only([ln for ln in lines if ln.startswith(start)])

    found: dict[str, int | None] = {
        "total": _number_after(one("- Số đảng viên của chi bộ: "), ": ")
    }
    if any(ln.startswith("- Số được miễn sinh hoạt: ") for ln in lines):
        found["exempt"] = _number_after(one("- Số được miễn sinh hoạt: "), ": ")
    if any(ln.startswith("- Số phải dự: ") for ln in lines):
        must = _number_after(one("- Số phải dự: "), ": ")
        assert must == (found["total"] or 0) - (found.get("exempt") or 0)
    found["present"] = _number_after(one("- Số có mặt: "), ": ")
    if any(re.fullmatch(r"- Số vắng: 0+\.", ln) for ln in lines):
        return {**found, "excused": 0, "unexcused": 0}
    gone = one("- Số vắng có lý do: ")
    found["excused"] = _number_after(gone, "- Số vắng có lý do: ")
    found["unexcused"] = _number_after(gone, "; số vắng không lý do: ")
    return found


def _bh_sentence(line: str) -> dict[str, int | None]:
    """BH's counts off its two sentences."""
    head = re.match(r"^Chi bộ có (.+?) ĐV(?: \((.+?) dự bị\))?[,.]", line)
    assert head, line
    found: dict[str, int | None] = {"total": _read_number(head[1])}
    if ", không ai được miễn sinh hoạt." in line:
        found["exempt"] = 0
    elif ", miễn sinh hoạt " in line:
        found["exempt"] = _number_after(line, ", miễn sinh hoạt ")
    found["present"] = _number_after(line, ". Hôm nay có mặt ")
    if line.endswith(", không vắng ai."):
        return {**found, "excused": 0, "unexcused": 0}
    both = re.search(r", vắng (.+?) đ/c \((.+?) có lý do, (.+?) không lý do\)\.$", line)
    if both:
        excused, unexcused = _read_number(both[2]), _read_number(both[3])
        assert (excused or 0) + (unexcused or 0) == _read_number(both[1])
        return {**found, "excused": excused, "unexcused": unexcused}
    one = re.search(r", vắng (.+?) đ/c (có|không có) lý do\.$", line)
    assert one, line
    absent = _read_number(one[1])
    if one[2] == "không có":
        return {**found, "excused": 0, "unexcused": absent}
    return {**found, "excused": absent, "unexcused": 0}


def _bh_tally(lines: list[str]) -> dict[str, int | None]:
    """BH's counts off its tally, one a line."""

    def one(start: str) -> str:
        return only([ln for ln in lines if ln.startswith(start)])

    found: dict[str, int | None] = {"total": _number_after(one("Số ĐV của chi bộ: "), ": ")}
    if any(ln.startswith("Số miễn sinh hoạt: ") for ln in lines):
        found["exempt"] = _number_after(one("Số miễn sinh hoạt: "), ": ")
    found["present"] = _number_after(one("Số có mặt: "), ": ")
    gone = one("Số vắng: ")
    absent = _number_after(gone, "Số vắng: ")
    kinds = re.search(r"\((.+?) có lý do, (.+?) không lý do\)$", gone)
    if not kinds:
        assert absent == 0, gone
        return {**found, "excused": 0, "unexcused": 0}
    excused, unexcused = _read_number(kinds[1]), _read_number(kinds[2])
    assert absent == (excused or 0) + (unexcused or 0), gone
    return {**found, "excused": excused, "unexcused": unexcused}


def _counts(markup: str, family: str) -> dict[str, int | None]:
    lines = plain_lines(markup)
    if family == "BG":
        paired = any(ln.startswith("- Tổng số đảng viên: ") for ln in lines)
        return _bg_pairs(lines) if paired else _bg_blanks(lines)
    said = [ln for ln in lines if ln.startswith("Chi bộ có ")]
    return _bh_sentence(only(said)) if said else _bh_tally(lines)


def _check_roll(markup: str, record: dict[str, Any], family: str) -> None:
    found = _counts(markup, family)
    counts = record["attendance"]
    assert found["total"] == counts["total_members"]
    assert found["present"] == counts["present"]
    assert found.get("exempt") == counts["exempt"]
    assert (found["excused"], found["unexcused"]) == (
        counts["absent_excused"],
        counts["absent_unexcused"],
    )


def _absentees_said(markup: str, family: str) -> list[tuple[str, str]] | None:
    """The absentees the page names, as (name, reason), in order; None when it names none."""
    start = "- Lý do vắng: " if family == "BG" else "Người vắng: "
    said = _lines(markup, start)
    if not said:
        return None
    rest = only(said)[len(start) :]
    if family == "BG":
        return [(name, reason) for name, reason in re.findall(r"đồng chí (.+?) – ([^;]+)", rest)]
    return [(name, reason) for name, reason in re.findall(r"đ/c (.+?) \(([^)]+)\)", rest)]


def _check_absentees(markup: str, record: dict[str, Any], facts: Facts, family: str) -> None:
    """When every absentee is known, each is named in order with the reason after the name,
    the unexcused ones saying "không"; otherwise nobody is named."""
    said = _absentees_said(markup, family)
    named = bool(facts.absentees) and len(facts.absentees) == facts.excused + facts.unexcused
    assert (said is not None) == named, said
    if said is None:
        return
    assert [name for name, _ in said] == [a.name for a in facts.absentees], said
    unexcused = sum("không" in reason for _, reason in said)
    assert unexcused == record["attendance"]["absent_unexcused"], said
    assert len(said) - unexcused == record["attendance"]["absent_excused"], said


# Who chaired, who wrote, who came, who spoke ----------------------------------------------------

_CLERK_ROLE = r"(?: \([^)]+\))?"
PRESIDING = {
    "BG": (
        r"^\d+\. Chủ trì(?:: đồng chí (.+?), (?:Phó )?Bí thư chi bộ\.$| \(chủ tọa\): đồng chí"
        r" (.+?) – )",
        rf"(?:^\d+\. Thư ký: đồng chí (.+?){_CLERK_ROLE}\.$|; thư ký: đồng chí (.+?)"
        rf"{_CLERK_ROLE}\.$)",
        r"^\d+\. Đại biểu tham dự \(nếu có\): (?!không có\.$)(.+)\.$",
        r"(?:Ông|Bà|đồng chí) (.+?) – ",
    ),
    "BH": (
        r"^(?:Chủ trì: đ/c (.+?) \((?:Phó )?Bí thư\)\. |Đ/c (.+?) – P?BT – chủ trì; )",
        r"(?:Người ghi sổ: đ/c (.+?)\.$|; đ/c (.+?) ghi biên bản\.$)",
        r"^Có (.+) đến dự họp\.$",
        r"(?:ông|bà|đồng chí) (.+?) \(",
    ),
}


def _check_presiding(markup: str, record: dict[str, Any], facts: Facts, family: str) -> None:
    """The chair and the minute-taker named once each, and under their signatures; the guests
    on their one line, the unnamed representative without a name."""
    text = to_plain_text(markup)
    check_people_named(text, record)
    signed = re.escape(record["secretary"]) + r" \|\| " + re.escape(record["chair"])
    assert re.search(rf"^{signed}$", markup, re.M), "signatures"
    chair_re, clerk_re, guest_re, name_re = PRESIDING[family]
    chaired = ["".join(found) for found in re.findall(chair_re, text, re.M)]
    wrote = ["".join(found) for found in re.findall(clerk_re, text, re.M)]
    assert chaired == [record["chair"]] and wrote == [record["secretary"]], text
    guests = re.findall(guest_re, text, re.M)
    assert len(guests) == bool(facts.guests or facts.unnamed_guest), guests
    named = re.findall(name_re, guests[0]) if facts.guests else []
    assert named == record["attendance"]["guests"], guests
    if facts.unnamed_guest:
        assert only(guests) == facts.unnamed_guest and not record["attendance"]["guests"]
    if family == "BG" and not guests:
        assert "Đại biểu tham dự (nếu có): không có." in text


_BG_LEAD = (
    r"^(?:Nhiệm vụ trọng tâm tháng \d{2}/\d{4}, chi bộ thống nhất:|Từ nội dung chuyên đề, chi"
    r" bộ thống nhất những việc làm theo:|Chi bộ thống nhất, phân công thực hiện ngay:|Kết"
    r" luận của chủ trì, được chi bộ thống nhất:)$"
)
_BH_LEAD = (
    r"^(?:NQ tháng \d{1,2}, chi bộ nhất trí:|Học xong chuyên đề, chi bộ nhất trí làm theo:"
    r"|Việc phải làm ngay:|Chi bộ nhất trí:)$"
)
_LEADS = {"BG": _BG_LEAD, "BH": _BH_LEAD}
_TALK_HEAD = {"BG": r"^\d+\. Ý kiến phát biểu của đảng viên ", "BH": r"^\d+\) Ý kiến đóng góp:$"}
_TURN = {
    "BG": r"^[a-zđ]\) (?:Đồng chí|Ông|Bà) ",
    "BH": r"^\d+\. (?:Đ/c|Đồng chí|Ông|Bà) ",
}
_STATED = {
    "BG": r"^Có (\d+) ý kiến tham gia thảo luận, (?:gồm:$|chủ yếu về: )",
    "BH": r"^Có (.+?) đ/c góp ý(?::$|, chủ yếu là: )",
}


def _discussion(text: str, family: str) -> list[str]:
    """The discussion's lines: from its heading to the conclusion, page marks left out."""
    lines = text.splitlines()
    start = only([str(i) for i, ln in enumerate(lines) if re.match(_TALK_HEAD[family], ln)])
    rest = lines[int(start) + 1 :]
    stop = next(i for i, ln in enumerate(rest) if re.match(r"^III\. |" + _LEADS[family], ln))
    return [ln for ln in rest[:stop] if not re.fullmatch(r"\[trang \d+\]", ln)]


def _check_discussion(markup: str, record: dict[str, Any], facts: Facts, family: str) -> None:
    """Nobody spoke; or a count and the gist; or the opinions in order, each naming its
    speaker, with the count when one is given."""
    text = to_plain_text(markup)
    nobody = BG_NOBODY if family == "BG" else BH_NOBODY
    assert (nobody in text) == (record["speakers"] == 0)
    part = _discussion(text, family)
    said = [ln for ln in part if re.match(_TURN[family], ln)]
    stated = [m[1] for ln in part if (m := re.match(_STATED[family], ln))]
    assert len(part) == len(said) + len(stated) or part == [nobody], part
    counts = [_read_number(written) for written in stated]
    check_listed_opinions(said, facts)
    if record["speakers"] and facts.stated_speakers is not None:
        assert counts == [record["speakers"]], part
    else:
        assert not counts and record["speakers"] == len(said), part


# What was adopted ---------------------------------------------------------------------------

_AFTER_TASKS = {
    "BG": ("Biểu quyết nghị quyết", "Đề nghị kết nạp được", "Phiếu kín", "Chi bộ tự chấm"),
    "BH": ("Giơ tay thông qua", "Số ĐV chính thức", "Kết quả phiếu kín", "Ngoài ra,", "Hẹn họp"),
}
_AFTER_TASKS["BG"] += ("Dự kiến sinh hoạt", "IV. KẾT THÚC")
_AFTER_TASKS["BH"] += ("Kết thúc họp", "Đọc lại biên bản", "Họp đến")


def _task_lines(markup: str, family: str) -> list[str]:
    """The printed lines from the tasks' lead to the vote or the close, the lead included."""
    lines = plain_lines(markup)
    start = only([str(i) for i, ln in enumerate(lines) if re.match(_LEADS[family], ln)])
    rest = lines[int(start) :]
    after = _AFTER_TASKS[family]
    stop = next((i for i, ln in enumerate(rest[1:], 1) if ln.startswith(after)), len(rest))
    return rest[:stop]


def _check_resolutions(markup: str, record: dict[str, Any], facts: Facts, family: str) -> None:
    """The tasks in order under their marks, one a line (a row of BG's table each), as many
    marks as tasks, the extra decision last on its own line."""
    area = _task_lines(markup, family)
    tasks = [r for r in record["resolutions"] if r != facts.conclusion_decision]
    body = area[1:]
    if facts.conclusion_decision:
        assert record["resolutions"][-1] == facts.conclusion_decision
        assert body.pop() == f"{facts.conclusion_decision}."
    if family == "BG" and "| STT | Việc cần làm | Thời hạn |" in markup:
        rows = [
            m
            for row in markup.splitlines()
            if (m := re.match(r"^\| (\d+) \| (.+) \| (.+) \|$", row))
        ]
        assert [(int(m[1]), m[2]) for m in rows] == [(i + 1, t) for i, t in enumerate(tasks)]
        month = f"Trong tháng {(facts.day.month % 12) + 1}"
        assert all(m[3] in ("Thường xuyên", month) for m in rows), rows
        return
    if family == "BG":
        assert body == [f"{i + 1}. {item}." for i, item in enumerate(tasks)], body
        return
    marks = [f"+ {item}." for item in tasks]
    letters = [f"{'abcdđeghiklm'[i]}/ {item}." for i, item in enumerate(tasks)]
    assert body in (marks, letters), body


def _check_vote(markup: str, record: dict[str, Any], family: str) -> None:
    """No vote is mentioned without one; otherwise exactly one of the family's forms gives it,
    its counts in one of the hand's forms, the share right."""
    text = to_plain_text(markup)
    vote = record["vote"]
    if vote is None:
        for word in ("biểu quyết", "phiếu", "giơ tay", "tán thành"):
            assert word not in text.lower(), word
        return
    a, t = vote["agree"], vote["total"]
    shown = set()
    for style in HANDS[family].forms["count"]:
        values = {"a": count(a, style=style), "t": count(t, style=style)}
        values |= {"c": count(t - a, style=style), "p": percent(a, t)}
        shown |= {form for form in VOTES[family].values() if form.format(**values) in text}
    assert len(shown) == 1, shown


# The rest: type, topics, headings, the next meeting --------------------------------------------


def _without_names(joined: str, facts: Facts) -> str:
    """The page in small letters without people's names (a member may be called "Hồ Chí Minh
    Tài")."""
    people = [facts.chair, facts.secretary, *facts.members, *(a.name for a in facts.absentees)]
    people += [name for name, _ in facts.guests]
    people += [facts.sections[k] for k in ("candidate", "offender") if k in facts.sections]
    for name in sorted(people, key=len, reverse=True):
        joined = joined.replace(name.lower(), "")
    return joined


def _check_type(markup: str, record: dict[str, Any], facts: Facts, family: str) -> None:
    """The titles say the meeting's type and nothing else, and the month or quarter they name
    is the meeting's."""
    heading = titles(markup).lower()
    kind = record["meeting_type"]
    day = facts.day
    assert ("bất thường" in heading) == (kind == "extraordinary"), heading
    assert ("chuyên đề" in heading) == (kind in ("thematic", "combined")), heading
    monthly = "định kỳ" in heading or "thường kỳ" in heading or "tháng" in heading
    assert monthly == (kind in ("regular", "combined")), heading
    if monthly and family == "BG":
        said = (f"tháng {day.month:02d} năm {day.year}", f"tháng {day.month:02d}/{day.year}")
        assert any(form in heading for form in said), heading
    if monthly and family == "BH":
        said = (f"tháng {day.month} năm {day.year}", f"tháng {day.month}/{day.year}")
        assert any(form in heading for form in said), heading
    if kind == "thematic":
        assert f"quý {ROMAN[(day.month - 1) // 3].lower()} năm {day.year}" in heading, heading


def _check_header(markup: str, record: dict[str, Any], facts: Facts, family: str) -> None:
    """The committee stands over the cell at the top left (BG: under the form's mark and the
    guidance it came with, issued before the meeting), or BH names the cell with its committee
    in brackets."""
    lines = markup.splitlines()
    if family == "BG":
        marks = [ln for ln in lines[:2] if ln.startswith("|| ")]
        left = [ln.split("||")[0].strip() for ln in lines[len(marks) : len(marks) + 2]]
        assert left == [record["parent_committee"].upper(), record["branch"].upper()], left
        for issued in re.findall(r"ngày (\d{1,2})/(\d{1,2})/(\d{4}) của Ban Tổ chức", markup):
            day, month, year = (int(part) for part in issued)
            assert date(year, month, day) < facts.day
        return
    top = [ln for ln in lines if ln and not ln.startswith("(Chép lại")]
    joined = f"{record['branch']} ({record['parent_committee']})"
    assert top[:2] == [record["parent_committee"], record["branch"]] or top[0] == joined, top


_NEXT = {"BG": "Dự kiến sinh hoạt kỳ tới: ngày ", "BH": "Hẹn họp tháng sau vào ngày "}
_THEME = {"BG": r"^Chủ đề: “([^”]+)”\.$", "BH": r"chuyên đề “([^”]+)”"}


def _check_content(markup: str, record: dict[str, Any], facts: Facts, family: str) -> None:
    text = to_plain_text(markup)
    joined = " ".join(text.splitlines()).lower()
    _check_type(markup, record, facts, family)
    _check_header(markup, record, facts, family)
    for topic in record["topics"]:
        assert any(word in joined for word in TOPIC_WORDS[topic]), topic
    for topic, word in ONLY_WITH.items():
        assert word not in _without_names(joined, facts) or topic in record["topics"], topic
    themes = re.findall(_THEME[family], text, re.M)
    assert themes == ([record["thematic_title"]] if record["thematic_title"] else []), themes
    later = facts.sections.get("next_meeting")
    announced = _lines(markup, _NEXT[family])
    assert len(announced) == (later is not None)
    if later:
        assert later > facts.day and record["date"] == facts.day.isoformat()
        assert _dates_in(only(announced), family) == [later]
    assert "<<" not in text and "||" not in text


def check_case(facts: Facts, markup: str, record: dict[str, Any], family: str) -> None:
    """Every check above on one meeting's minutes."""
    _check_when(markup, record, facts, family)
    _check_roll(markup, record, family)
    _check_absentees(markup, record, facts, family)
    _check_presiding(markup, record, facts, family)
    _check_discussion(markup, record, facts, family)
    _check_resolutions(markup, record, facts, family)
    _check_vote(markup, record, family)
    _check_content(markup, record, facts, family)


@pytest.mark.parametrize("family", NAMES)
def test_every_value_of_the_record_is_on_the_page(family: str) -> None:
    """The checks above, on each seed's minutes in the family."""
    for seed in SEEDS:
        check_case(*_case(seed, family), family)


def _wrong_values(facts: Facts, record: dict[str, Any]) -> list[tuple[str, Any]]:
    """Expected values changed by hand, each of which the page contradicts."""
    counts = record["attendance"]
    topics = set(record["topics"]) ^ {"member_development"}
    wrong: list[tuple[str, Any]] = [
        ("total_members", counts["total_members"] + 1),
        ("present", counts["present"] - 1),
        ("start_time", "23:59"),
        ("chair", facts.secretary),
        ("secretary", facts.chair),
        ("date", (facts.day + timedelta(days=1)).isoformat()),
        ("absent_excused", counts["absent_excused"] + 1),
        ("absent_unexcused", counts["absent_unexcused"] + 1),
        ("exempt", 1 if counts["exempt"] is None else None),
        ("guests", [*counts["guests"], "Nguyễn Văn Khách"]),
        ("speakers", record["speakers"] + 1),
        ("resolutions", [*record["resolutions"][:-1], "Một việc không có trên trang"]),
        ("meeting_type", "regular" if record["meeting_type"] == "thematic" else "thematic"),
        ("duration_minutes", (record["duration_minutes"] or 0) + 5),
        ("location", "hội trường khác"),
        ("branch", "Chi bộ khác"),
        ("parent_committee", "Đảng bộ khác"),
        ("thematic_title", None if record["thematic_title"] else "Một chuyên đề khác"),
        ("topics", sorted(topics)),
        ("vote", None if record["vote"] else {"agree": 1, "total": 1}),
    ]
    if record["end_time"]:
        wrong.append(("end_time", "00:01" if record["end_time"] != "00:01" else "00:02"))
    if record["vote"]:
        wrong.append(("vote", {**record["vote"], "agree": record["vote"]["agree"] - 1}))
    return wrong


@pytest.mark.parametrize("family", NAMES)
@pytest.mark.parametrize("seed", [7, 12, 31, 44])
def test_the_checks_catch_a_wrong_record(family: str, seed: int) -> None:
    """An expected value changed by hand is caught by the checks."""
    facts, markup, record = _case(seed, family)
    check_case(facts, markup, record, family)
    for key, value in _wrong_values(facts, record):
        altered = {**record, "attendance": dict(record["attendance"])}
        if key in altered["attendance"]:
            altered["attendance"][key] = value
        else:
            altered[key] = value
        with pytest.raises(AssertionError):
            check_case(facts, markup, altered, family)


# Written forms as they should read: (the writer, its arguments, the style) → the text.
EXAMPLES: tuple[tuple[Any, ...], ...] = (
    (write_clock, (19, 30), "gio_phut", "19 giờ 30 phút"),
    (write_clock, (7, 0), "gio_phut", "7 giờ 00 phút"),
    (write_clock, (19, 30), "h", "19h30"),
    (write_clock, (7, 0), "h", "7h00"),
    (write_clock, (19, 0), "h_bare", "19h"),
    (write_clock, (19, 5), "h_bare", "19h05"),
    (write_clock, (19, 30), "period", "7 giờ 30 tối"),
    (write_clock, (14, 0), "period", "2 giờ chiều"),
    (write_clock, (0, 15), "period", "12 giờ 15 đêm"),
    (write_clock, (12, 0), "period", "12 giờ trưa"),
    (write_date, (date(2024, 3, 5),), "slash_pad", "05/03/2024"),
    (write_date, (date(2024, 3, 5),), "words_pad", "05 tháng 03 năm 2024"),
    (write_date, (date(2024, 3, 5),), "slash", "5/3/2024"),
    (write_date, (date(2024, 3, 5),), "words", "5 tháng 3 năm 2024"),
    (write_date, (date(2024, 3, 5),), "dash", "5-3-2024"),
    (count, (7,), "digits", "7"),
    (count, (7,), "pad", "07"),
    (count, (7,), "small_words", "bảy"),
    (count, (27,), "small_words", "27"),
    (percent, (31, 35), None, "88,6%"),
    (percent, (23, 25), None, "92%"),
    (percent, (23, 23), None, "100%"),
    (shorten, ("Mỗi đảng viên giúp đỡ đồng chí A",), None, "Mỗi ĐV giúp đỡ đ/c A"),
    (shorten, ("Báo cáo Ủy ban nhân dân và chi bộ",), None, "Báo cáo UBND và CB"),
)


def test_clocks_and_dates_read_back_to_one_value() -> None:
    """No two values are written alike, every minute has its own form, and the forms read as
    they should."""
    FORMS.assert_unambiguous()
    for family in NAMES:
        assert len(CLOCKS[family]) == 24 * 60 * len(set(HANDS[family].forms["clock"]))
        for written in CLOCKS[family]:
            assert re.fullmatch(CLOCK_RE[family], written), written
        for written in DATES[family]:
            assert re.fullmatch(DATE_RE[family], written), written
    said = [
        write(*args) if style is None else write(*args, style=style)
        for write, args, style, _ in EXAMPLES
    ]
    assert said == [text for *_, text in EXAMPLES]


def test_meetings_over_midnight_are_dated_to_the_next_day() -> None:
    """The first dozen meetings that end after midnight say so in both families."""
    seeds = [s for s in range(2000) if draw_facts(random.Random(s)).end_next_day][:12]
    assert len(seeds) == 12
    for seed in seeds:
        for family in NAMES:
            facts, markup, record = _case(seed, family)
            _check_when(markup, record, facts, family)


def test_a_shortening_hand_keeps_the_record_as_written() -> None:
    """Where BH shortens "đảng viên" and "đồng chí", the record's tasks are the short ones on
    the page, and the other facts are left as they were."""
    seen = 0
    for seed in range(60):
        original = draw_facts(random.Random(seed)).resolutions
        facts, markup, record = _case(seed, "BH")
        tasks = [r for r in record["resolutions"] if r != facts.conclusion_decision]
        assert tasks in (original, [shorten(item) for item in original])
        if tasks != original:
            seen += 1
            assert all("đảng viên" not in item for item in tasks)
    assert seen >= 5


def test_bg_and_bh_are_written_deterministically_and_only_on_request() -> None:
    for family in NAMES:
        assert_written_deterministically(heldout27.write_minutes, family)
    assert heldout_bg_bh_families() == ["BG", "BH"]
    assert heldout_be_bf_families() == ["BE", "BF"]
    assert families() == ["A", "B", "C", "D", "E", "F"]
    modules = content.HELDOUT_MODULES
    assert modules.index(heldout27) == modules.index(heldout26) + 1
    names = all_families()
    assert names.index("BH") == names.index("BG") + 1 and names.index("BG") > names.index("BF")
    for seed in range(40):
        markup, _ = make_minutes(random.Random(seed))
        assert "(ghi tóm tắt từng ý kiến)" not in markup and "Người ghi sổ" not in markup


def test_the_families_vary_within_themselves() -> None:
    """Each secretary has habits, not one fixed text: the variants all occur over the seeds."""
    joined = {f: "\n".join(m) for f, m in heldout_markups(heldout27.write_minutes, NAMES).items()}
    bg_needles = ["|| Mẫu", "Kèm theo Hướng dẫn số", "I. THÔNG TIN CHUNG", "I. THÀNH PHẦN, "]
    bg_needles += ["Ngày sinh hoạt: ", "Thời gian, địa điểm: ", "Chủ trì (chủ tọa)"]
    bg_needles += ["- Tổng số đảng viên: ", "- Số đảng viên của chi bộ: ", "- Số phải dự: "]
    bg_needles += ["dự bị", "(tỷ lệ ", "- Lý do vắng: ", "(nếu có): không có.", "\nđ) "]
    bg_needles += ["II. DIỄN BIẾN", "II. NỘI DUNG", "giới thiệu đại biểu", BG_NOBODY]
    bg_needles += ["| STT | Việc cần làm | Thời hạn |", "\n1. ", "Chi bộ tự chấm", "Dự kiến"]
    bg_needles += ["Giờ kết thúc: ", "Chi bộ bế mạc", "T/M CHI ỦY", "(Ký và ghi rõ họ tên)"]
    bg_needles += ["không tán thành: không", "không tán thành: 1", "đ/c (có lý do: "]
    bh_needles = ["(Chép lại từ sổ", "[trang ", " nay, ", "Giờ vào họp: ", "Người ghi sổ"]
    bh_needles += ["– BT – chủ trì", "đến dự họp", "Chi bộ có ", "Số ĐV của chi bộ: "]
    bh_needles += ["không vắng ai", "Người vắng: ", BH_NOBODY, "\n+ ", "\na/ ", "Mỗi ĐV"]
    bh_needles += ["Ngoài ra, đ/c", "Hẹn họp", "Kết thúc họp lúc", "thì xong", "[chữ ký]"]
    bh_needles += ["Người ghi || Chủ trì", "Thư ký || Chủ trì", "chưa đồng ý", " tối,"]
    needles = {"BG": bg_needles, "BH": bh_needles}
    missing = {f: [n for n in needles[f] if n not in joined[f]] for f in NAMES}
    assert missing == {"BG": [], "BH": []}
    assert re.search(r"\b0\d/0\d/\d{4}\b", joined["BG"])
    assert re.search(r"\| 0?\d \| ", joined["BG"])
    assert re.search(r"- Số có mặt: 0\d\.", joined["BG"])
    assert re.search(r"Hôm nay có mặt (?:hai|ba|bốn|năm|sáu|bảy|tám|chín) đ/c", joined["BH"])
    assert re.search(r"\b\d{1,2}h\b", joined["BH"])
    assert re.search(rf"\d giờ(?: \d{{2}})? {_PERIOD}", joined["BH"])


def test_truth_of_a_bg_bh_corpus_honours_the_schema(
    tmp_path: Path, record_schema: dict[str, Any]
) -> None:
    check_family_corpora(tmp_path, NAMES, record_schema)


def test_two_letter_family_names_on_the_command_line(tmp_path: Path) -> None:
    """`--families BG,BH` gives only BG and BH, the truth naming them in full."""
    generate_clean_corpus(tmp_path / "both", NAMES, seed=1)

"""Tests of BA and BB, the newest held-out families: opt-in, deterministic, true to their page.

HELD-OUT: BA and BB are closed to whoever writes or tunes the extraction rules, and so is this
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

from bienban.corpus import heldout24
from bienban.corpus.content import (
    all_families,
    draw_facts,
    families,
    heldout_aw_ax_families,
    heldout_ba_bb_families,
    make_minutes,
)
from bienban.corpus.facts import Facts
from bienban.corpus.heldout24_parts import VOTES
from bienban.corpus.heldout24_phrases import (
    count,
    letter,
    percent,
    span,
    write_clock,
    write_date,
)
from bienban.corpus.markup import to_plain_text
from bienban.corpus.words import number_in_words
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
NAMES = ("BA", "BB")
HANDS = heldout24.HELDOUT_FAMILIES
FORMS = WrittenForms(count, write_date, write_clock, {f: HANDS[f].forms for f in NAMES})
TOPIC_WORDS = {
    "current_affairs": ("thời sự",),
    "directives": ("phổ biến", "quán triệt", "triển khai", "chỉ đạo"),
    "review": ("kết quả thực hiện nghị quyết tháng",),
    "plan": ("nghị quyết tháng", "nhiệm vụ trọng tâm", "phải làm ngay", "nhiệm vụ cấp bách"),
    "ideology": ("tư tưởng",),
    "criticism": ("phê bình",),
    "thematic": ("chuyên đề",),
    "ho_chi_minh": ("hồ chí minh",),
    "party_fees": ("đảng phí",),
    "member_development": ("kết nạp",),
    "member_assignment": ("phân công", "phụ trách", "giao đồng chí", "mỗi đảng viên"),
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
    "BA": rf"\b(?:\d{{1,2}} giờ \d{{2}}'|\d{{1,2}} giờ(?: \d{{2}} phút)? {_PERIOD})",
    "BB": r"\b(?:\d{1,2}h\d{2}\b|\d{2}:\d{2}\b|\d{1,2} giờ \d{2} phút)",
}
DATE_RE = {
    "BA": r"\b(?:\d{1,2}/\d{1,2}/\d{4}|\d{1,2} tháng \d{1,2} năm \d{4}|\d{1,2}\.\d{1,2}\.\d{4})\b",
    "BB": r"\b(?:\d{2}/\d{2}/\d{4}|\d{2} tháng \d{2} năm \d{4})\b",
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
    return heldout_case(heldout24.write_minutes, seed, family)


def _clocks_in(line: str, family: str) -> list[str]:
    """The clocks written in `line`, read back to "HH:MM"."""
    return [HHMM(*CLOCKS[family][said]) for said in re.findall(CLOCK_RE[family], line)]


def _dates_in(line: str, family: str) -> list[date]:
    return [DATES[family][said][0] for said in re.findall(DATE_RE[family], line)]


def _read_number(rest: str) -> int | None:
    """The count that `rest` starts with, in figures or in words."""
    digits = re.match(r"\d+", rest)
    if digits:
        return int(digits[0])
    for words, value in _WORDS:
        if rest.startswith(words) and not rest[len(words) : len(words) + 1].isalpha():
            return value
    return None


def _one_number(text: str, label: str) -> int | None:
    """The count written right after `label`, which stands once in `text`."""
    (found,) = list(re.finditer(re.escape(label), text))
    return _read_number(text[found.end() :])


def _lines(markup: str, *starts: str) -> list[str]:
    return [ln for ln in plain_lines(markup) if ln.startswith(starts)]


# When: the day, the start, the end ------------------------------------------------------------

_OPENINGS = {"BA": ("Hồi ", "Hôm nay ngày "), "BB": ("– Khai mạc: ", "Hôm nay, vào hồi ")}
_ENDS = {
    "BA": r"^(?:Đến .+ cuộc họp kết thúc\.|Cuộc họp kết thúc hồi .+\.)$",
    "BB": r"^Chi bộ kết thúc sinh hoạt vào hồi .+\.$",
}


def _check_when(markup: str, record: dict[str, Any], facts: Facts, family: str) -> None:
    """The opening line gives the day and the start; a closing line gives the end, dated to
    the next day past midnight, "cùng ngày" otherwise; BB's stated length, when given, is the
    record's duration."""
    day = date.fromisoformat(record["date"])
    opening = only(_lines(markup, *_OPENINGS[family]))
    assert _dates_in(opening, family) == [day], opening
    assert _clocks_in(opening, family) == [record["start_time"]], opening
    ends = [ln for ln in plain_lines(markup) if re.match(_ENDS[family], ln)]
    spent = _lines(markup, "Thời lượng sinh hoạt: ")
    if record["end_time"] is None:
        assert record["duration_minutes"] is None and not ends and not spent, ends
        return
    end = only(ends)
    assert _clocks_in(end, family) == [record["end_time"]], end
    assert (_dates_in(end, family) == [day + timedelta(days=1)]) == facts.end_next_day, end
    assert ("cùng ngày" in end) != facts.end_next_day, end
    start, stop = (int(t[:2]) * 60 + int(t[3:]) for t in (record["start_time"], record["end_time"]))
    assert record["duration_minutes"] == (stop - start) % 1440
    if spent:
        assert family == "BB"
        assert only(spent) == f"Thời lượng sinh hoạt: {span(record['duration_minutes'])}."


# Who came: the counts and the absent --------------------------------------------------------


def _ba_kinds(said: str, absent: int | None) -> tuple[int | None, int | None]:
    """The excused and unexcused counts of an absence written `said` (what follows the number
    of the absent and its unit): both counts in brackets, or one kind for all."""
    both = re.match(r"\((.+?) có lý do, (.+?) không lý do\)\.$", said)
    if both:
        return _read_number(both[1]), _read_number(both[2])
    assert said in ("có lý do.", "không lý do."), said
    return (absent, 0) if said == "có lý do." else (0, absent)


def _after_number(rest: str, unit: str) -> str:
    """What follows the count `rest` starts with and its `unit` ("ĐV", "đ/c")."""
    found = re.match(rf"(?:\d+|[a-zà-ỹ ]+?) {re.escape(unit)}[ ,]", rest)
    assert found, rest
    return rest[found.end() :].lstrip()


def _ba_counts(text: str) -> dict[str, int | None]:
    """BA's counts, off its one sentence or its lines."""
    lines = text.splitlines()
    found: dict[str, int | None] = {}
    if any(ln.startswith("Chi bộ hiện có ") for ln in lines):
        line = only([ln for ln in lines if ln.startswith("Chi bộ hiện có ")])
        found["total"] = _one_number(line, "Chi bộ hiện có ")
        if ", không có ĐV miễn sinh hoạt" in line:
            found["exempt"] = 0
        elif ", được miễn sinh hoạt " in line:
            found["exempt"] = _one_number(line, ", được miễn sinh hoạt ")
        found["present"] = _one_number(line, "; dự họp ")
        if line.endswith("; không ai vắng."):
            return {**found, "excused": 0, "unexcused": 0}
        absent = _one_number(line, "; vắng ")
        said = _after_number(line[line.index("; vắng ") + 7 :], "ĐV")
        found["excused"], found["unexcused"] = _ba_kinds(said, absent)
        assert found["excused"] + found["unexcused"] == absent  # type: ignore[operator]
        return found
    found["total"] = _one_number(
        only([ln for ln in lines if ln.startswith("- Tổng số ĐV: ")]), ": "
    )
    exempt = [ln for ln in lines if ln.startswith("- Miễn sinh hoạt: ")]
    if exempt:
        said = only(exempt)
        found["exempt"] = 0 if said == "- Miễn sinh hoạt: không." else _one_number(said, ": ")
    found["present"] = _one_number(only([ln for ln in lines if ln.startswith("- Có mặt: ")]), ": ")
    gone = only([ln for ln in lines if ln.startswith("- Vắng: ")])
    if gone == "- Vắng: không.":
        return {**found, "excused": 0, "unexcused": 0}
    absent = _one_number(gone, "- Vắng: ")
    said = _after_number(gone[8:], "đ/c")
    if said == "gồm:":
        at = lines.index(gone)
        listed = lines[at + 1 : at + 1 + (absent or 0)]
        assert all(re.match(rf"{i + 1}\. Đ/c ", ln) for i, ln in enumerate(listed)), listed
        unexcused = sum("không" in ln.split(": ", 1)[1] for ln in listed)
        return {**found, "excused": len(listed) - unexcused, "unexcused": unexcused}
    found["excused"], found["unexcused"] = _ba_kinds(said, absent)
    assert found["excused"] + found["unexcused"] == absent  # type: ignore[operator]
    return found


_BB_ROWS = {
    "Tổng số đảng viên": "total",
    "Miễn sinh hoạt": "exempt",
    "Phải dự": "required",
    "Có mặt": "present",
    "Vắng có lý do": "excused",
    "Vắng không lý do": "unexcused",
}


def _bb_table(markup: str) -> tuple[dict[str, int | None], dict[str, str]]:
    """BB's counts and notes, off its numbered table."""
    rows = [line[1:-1].split("|") for line in markup.splitlines() if line.startswith("| ")]
    assert [cell.strip() for cell in rows[0]] == ["STT", "Chỉ tiêu", "Số lượng", "Ghi chú"]
    found: dict[str, int | None] = {}
    notes = {}
    for index, row in enumerate(rows[1:]):
        number, what, many, note = (cell.strip() for cell in row)
        assert number == str(index + 1)
        found[_BB_ROWS[what]] = int(many)
        notes[_BB_ROWS[what]] = note
    return found, notes


def _bb_counts(markup: str, facts: Facts) -> dict[str, int | None]:
    """BB's counts, off its table or its lines; the must-attend figure and the rate, when
    written, agree with them."""
    text = to_plain_text(markup)
    lines = text.splitlines()
    if "– Tình hình đảng viên dự họp:" in lines:
        found, notes = _bb_table(markup)
        if "required" in found:
            assert found["required"] == found["total"] - (found.get("exempt") or 0)
        required = (found["total"] or 0) - (found.get("exempt") or 0)
        if notes["present"]:
            assert notes["present"] == f"tỷ lệ {percent(found['present'] or 0, required)}"
        extra = re.fullmatch(r"chính thức (\d+), dự bị (\d+)", notes["total"])
        assert extra or not notes["total"]
        if extra:
            assert int(extra[1]) + int(extra[2]) == found["total"]
        return found
    line = only([ln for ln in lines if ln.startswith("– Tổng số đảng viên của chi bộ: ")])
    found = {"total": _one_number(line, "chi bộ: ")}
    exempt = [ln for ln in lines if ln.startswith("– Số đảng viên được miễn sinh hoạt: ")]
    if exempt:
        said = only(exempt)
        found["exempt"] = 0 if said.endswith(": không.") else _one_number(said, ": ")
    here = only([ln for ln in lines if ln.startswith("– Số đảng viên có mặt: ")])
    found["present"] = _one_number(here, "có mặt: ")
    ratio = re.search(r"/(\d+) đ/c, đạt (.+)\.$", here)
    if ratio:
        required = (found["total"] or 0) - (found.get("exempt") or 0)
        assert int(ratio[1]) == required and ratio[2] == percent(facts.present, required)
    gone = only([ln for ln in lines if ln.startswith("– Số đảng viên vắng mặt: ")])
    if gone.endswith(": không."):
        return {**found, "excused": 0, "unexcused": 0}
    absent = _one_number(gone, "vắng mặt: ")
    found["excused"] = _one_number(gone, " (có lý do: ")
    found["unexcused"] = _one_number(gone, "; không lý do: ")
    assert found["excused"] + found["unexcused"] == absent  # type: ignore[operator]
    return found


def _check_roll(markup: str, record: dict[str, Any], facts: Facts, family: str) -> None:
    text = to_plain_text(markup)
    found = _ba_counts(text) if family == "BA" else _bb_counts(markup, facts)
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
    lines = plain_lines(markup)
    if family == "BA":
        said = [ln for ln in lines if ln.startswith("ĐV vắng: đ/c ")]
        if said:
            found = only(said)[len("ĐV vắng: đ/c ") : -1].split(", đ/c ")
            return [tuple(re.fullmatch(r"(.+?) \((.+)\)", e).groups()) for e in found]  # type: ignore[misc,union-attr]
        listed = [re.fullmatch(r"\d+\. Đ/c (.+?): (.+)", ln) for ln in lines]
        found_ = [(m[1], m[2]) for m in listed if m]
        return found_ or None
    listed = [re.fullmatch(r"\+ Đ/c (.+?) – (.+)\.", ln) for ln in lines]
    if any(listed):
        return [(m[1], m[2]) for m in listed if m]
    if "– Tình hình đảng viên dự họp:" not in lines:
        return None
    _, notes = _bb_table(markup)
    both = [note for note in (notes["excused"], notes["unexcused"]) if note]
    entries = [e for note in both for e in note.split("; ")]
    found = [re.fullmatch(r"đ/c (.+?) \((.+)\)", e) for e in entries]
    return [(m[1], m[2]) for m in found if m] or None


def _check_absentees(markup: str, record: dict[str, Any], facts: Facts, family: str) -> None:
    """When every absentee is known, each is named with the reason after the name, the
    unexcused ones saying "không"; otherwise nobody is named."""
    said = _absentees_said(markup, family)
    named = bool(facts.absentees) and len(facts.absentees) == facts.excused + facts.unexcused
    assert (said is not None) == named, said
    if said is None:
        return
    assert sorted(name for name, _ in said) == sorted(a.name for a in facts.absentees), said
    if family == "BA":
        assert [name for name, _ in said] == [a.name for a in facts.absentees]
    unexcused = sum("không" in reason for _, reason in said)
    assert unexcused == record["attendance"]["absent_unexcused"], said
    assert len(said) - unexcused == record["attendance"]["absent_excused"], said


# Who chaired, who wrote, who came, who spoke ----------------------------------------------------

_ROLE = r"(?: \([^)]+\))?"
PRESIDING = {
    "BA": (
        r"^(?:Đ/c (.+?) \([^)]+\) chủ trì cuộc họp; |Người chủ trì: đ/c (.+?) – [^–]+\.$)",
        rf"(?:chi bộ cử đ/c (.+?){_ROLE} ghi biên bản\.$|^Người ghi biên bản: đ/c (.+?){_ROLE}\.$)",
        r"^Có (.+) về dự\.$",
        r"(?:Ông|Bà|đồng chí) (.+?) \([^)]+\)",
    ),
    "BB": (
        r"^(?:Chủ trì: đ/c (.+?) \([^)]+\)$|– Chủ trì: đ/c (.+?), [^,]+\.$)",
        rf"^(?:Thư ký: đ/c (.+?){_ROLE}$|– Thư ký: đ/c (.+?){_ROLE}\.$)",
        r"^– Đại biểu mời: (.+)\.$",
        r"(?:Ông|Bà|đồng chí) (.+?) – ",
    ),
}


def _check_presiding(markup: str, record: dict[str, Any], facts: Facts, family: str) -> None:
    text = to_plain_text(markup)
    check_people_named(text, record)
    assert f"{record['secretary']} || {record['chair']}" in markup.splitlines()
    chair_re, clerk_re, guest_re, name_re = PRESIDING[family]
    chaired = ["".join(found) for found in re.findall(chair_re, text, re.M)]
    wrote = ["".join(found) for found in re.findall(clerk_re, text, re.M)]
    guests = re.findall(guest_re, text, re.M)
    assert chaired == [record["chair"]] and wrote == [record["secretary"]], text
    expect_line = bool(facts.guests or facts.unnamed_guest) or family == "BB"
    assert len(guests) == expect_line, guests
    named = re.findall(name_re, guests[0]) if facts.guests else []
    assert named == record["attendance"]["guests"], guests
    if facts.unnamed_guest:
        assert only(guests) == facts.unnamed_guest and not record["attendance"]["guests"]
    elif not facts.guests and family == "BB":
        assert only(guests) == "không"


_LEAD = (
    r"^(?:Nghị quyết tháng \d+/\d{4}, chi bộ thống nhất các việc:|Sau chuyên đề, .+:"
    r"|Chi bộ thống nhất(?: các việc phải làm ngay)?:)$"
)


def _discussion(text: str, family: str) -> str:
    """The discussion's part of the page: from its heading to the tasks."""
    if family == "BA":
        (found,) = re.finditer(r"^\d+\) Ý kiến thảo luận:$", text, re.M)
        rest = text[found.end() :]
        return rest[: re.search(_LEAD, rest, re.M).start()]  # type: ignore[union-attr]
    (found,) = re.finditer(r"^Nội dung \d+: Thảo luận, đóng góp ý kiến\.$", text, re.M)
    rest = text[found.end() :]
    return rest[: re.search(r"^[IVX]+\. KẾT LUẬN", rest, re.M).start()]  # type: ignore[union-attr]


def _check_discussion(markup: str, record: dict[str, Any], facts: Facts, family: str) -> None:
    """Nobody spoke; or a count and the gist; or the opinions in order, each naming its
    speaker, with the count when one is given."""
    text = to_plain_text(markup)
    nobody = {
        "BA": "không ai có ý kiến gì thêm.",
        "BB": "Không có đảng viên đăng ký phát biểu.",
    }
    assert (nobody[family] in text) == (record["speakers"] == 0)
    part = _discussion(text, family)
    who = r"(?:Đ/c|Ông|Bà|Đồng chí)"
    if family == "BA":
        said = re.findall(rf"^\+ {who} (.+?)(?: \([^)]*\))?(?::$| nêu ý kiến: )", part, re.M)
        stated = re.findall(r"^Có tất cả (.+?) ý kiến[:,]", part, re.M)
    else:
        opened = re.findall(rf"^Ý kiến (\d+)\. {who} (.+?)(?: \([^)]*\))?: ", part, re.M)
        assert [int(i) for i, _ in opened] == list(range(1, len(opened) + 1))
        said = [name for _, name in opened]
        stated = re.findall(r"^Tổng số ý kiến tham gia: (\d+)[.;]", part, re.M)
    counts = [_read_number(written) for written in stated]
    check_listed_opinions(said, facts)
    if record["speakers"] and facts.stated_speakers is not None:
        assert counts == [record["speakers"]], part
    else:
        assert not counts and record["speakers"] == len(said), part


# What was adopted ---------------------------------------------------------------------------

_MARKS = {"BA": (r"[a-zđ]- ", r"\d+\. "), "BB": (r"\d+\.\d+\. ", r"Nhiệm vụ \d+: ")}


def _check_resolutions(markup: str, record: dict[str, Any], facts: Facts, family: str) -> None:
    """Each task in order under its mark (wrapped lines read on, over a page too), the extra
    decision after them on its own line; BB's deadlines fall after the meeting."""
    joined = " ".join(plain_lines(markup))
    tasks = [r for r in record["resolutions"] if r != facts.conclusion_decision]
    for item in tasks:
        found = [re.search(f"{m}{re.escape(item)}\\.", joined) for m in _MARKS[family]]
        assert any(found), item
        for due in re.findall(r", hoàn thành trước ngày (.+)$", item):
            assert family == "BB"
            assert _dates_in(due, family)[0] > facts.day, item
    places = [joined.index(item) for item in tasks]
    assert places == sorted(places)
    if facts.conclusion_decision:
        assert record["resolutions"][-1] == facts.conclusion_decision
        assert f"{facts.conclusion_decision}." in plain_lines(markup)


def _check_vote(markup: str, record: dict[str, Any], family: str) -> None:
    """No vote is mentioned without one; otherwise exactly one of the family's forms gives it,
    with those in favour, those voting, those against and the share."""
    text = to_plain_text(markup)
    vote = record["vote"]
    if vote is None:
        assert "biểu quyết" not in text.lower() and "phiếu" not in text
        return
    a, t = vote["agree"], vote["total"]
    values = {"a": a, "t": t, "c": t - a, "p": percent(a, t)}
    shown = [form for form in set(VOTES[family].values()) if form.format(**values) in text]
    assert len(shown) == 1, shown


# The rest: type, topics, the next meeting ------------------------------------------------------


def _without_names(joined: str, facts: Facts) -> str:
    """The page in small letters without people's names (a member may be called "Hồ Chí Minh
    Tài")."""
    people = [facts.chair, facts.secretary, *facts.members, *(a.name for a in facts.absentees)]
    people += [name for name, _ in facts.guests]
    for name in sorted(people, key=len, reverse=True):
        joined = joined.replace(name.lower(), "")
    return joined


_NEXT = {"BA": "Kỳ họp tới: ngày ", "BB": "Lịch sinh hoạt kỳ tiếp theo: ngày "}
_REGULAR = {"BA": "định kỳ", "BB": "thường kỳ"}


def _check_grounds(markup: str, facts: Facts) -> None:
    """The guidance a form cites was issued before the meeting."""
    for line in _lines(markup, "Căn cứ "):
        issued = re.search(r"ngày (\d{2})/(\d{1,2})/(\d{4})", line)
        assert issued, line
        assert date(int(issued[3]), int(issued[2]), int(issued[1])) <= facts.day, line


def _check_content(markup: str, record: dict[str, Any], facts: Facts, family: str) -> None:
    text = to_plain_text(markup)
    joined = " ".join(text.splitlines()).lower()
    heading = titles(markup).lower()
    kind = record["meeting_type"]
    assert ("bất thường" in heading) == (kind == "extraordinary"), heading
    assert ("chuyên đề" in heading) == (kind in ("thematic", "combined")), heading
    assert (_REGULAR[family] in heading) == (kind in ("regular", "combined")), heading
    assert ("tháng" in heading) == (kind in ("regular", "combined")), heading
    for topic in record["topics"]:
        assert any(word in joined for word in TOPIC_WORDS[topic]), topic
    for topic, word in ONLY_WITH.items():
        assert word not in _without_names(joined, facts) or topic in record["topics"], topic
    themes = re.findall(r"chuyên đề “([^”]+)”", text)
    assert themes == ([record["thematic_title"]] if record["thematic_title"] else []), themes
    later = facts.sections.get("next_meeting")
    announced = _lines(markup, _NEXT[family])
    assert len(announced) == (later is not None)
    if later:
        assert later > facts.day and record["date"] == facts.day.isoformat()
        assert _dates_in(only(announced), family) == [later]
    _check_grounds(markup, facts)
    assert "<<" not in text and "||" not in text


def check_case(facts: Facts, markup: str, record: dict[str, Any], family: str) -> None:
    """Every check above on one meeting's minutes."""
    _check_when(markup, record, facts, family)
    _check_roll(markup, record, facts, family)
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
@pytest.mark.parametrize("seed", [7, 12, 31])
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
    (write_clock, (19, 30), "tick", "19 giờ 30'"),
    (write_clock, (7, 0), "tick", "7 giờ 00'"),
    (write_clock, (19, 30), "dial", "7 giờ 30 phút tối"),
    (write_clock, (14, 0), "dial", "2 giờ chiều"),
    (write_clock, (0, 15), "dial", "12 giờ 15 phút đêm"),
    (write_clock, (12, 0), "dial", "12 giờ trưa"),
    (write_clock, (8, 15), "h", "8h15"),
    (write_clock, (8, 15), "colon", "08:15"),
    (write_clock, (14, 0), "gio_phut", "14 giờ 00 phút"),
    (write_date, (date(2024, 3, 5),), "slash", "5/3/2024"),
    (write_date, (date(2024, 3, 5),), "words", "5 tháng 3 năm 2024"),
    (write_date, (date(2024, 3, 5),), "dot", "5.3.2024"),
    (write_date, (date(2024, 3, 5),), "slash_pad", "05/03/2024"),
    (write_date, (date(2024, 3, 5),), "words_pad", "05 tháng 03 năm 2024"),
    (count, (27,), "words", "hai mươi bảy"),
    (count, (2,), "pad", "02"),
    (count, (7,), "digits", "7"),
    (letter, (4,), None, "đ"),
    (letter, (5,), None, "e"),
    (percent, (22, 23), None, "95,7%"),
    (percent, (23, 23), None, "100%"),
    (span, (150,), None, "2 giờ 30 phút"),
    (span, (120,), None, "2 giờ"),
    (span, (45,), None, "45 phút"),
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


def test_ba_and_bb_are_written_deterministically_and_only_on_request() -> None:
    for family in NAMES:
        assert_written_deterministically(heldout24.write_minutes, family)
    assert heldout_ba_bb_families() == ["BA", "BB"]
    assert heldout_aw_ax_families() == ["AW", "AX"]
    assert families() == ["A", "B", "C", "D", "E", "F"]
    names = all_families()
    assert names.index("BB") == names.index("BA") + 1 and names.index("BA") > names.index("AX")
    for seed in range(40):
        markup, _ = make_minutes(random.Random(seed))
        assert "Tổng số ý kiến tham gia" not in markup and "Nội dung cuộc họp:" not in markup


def test_the_families_vary_within_themselves() -> None:
    """Each secretary has habits, not one fixed text: the variants all occur over the seeds."""
    joined = {f: "\n".join(m) for f, m in heldout_markups(heldout24.write_minutes, NAMES).items()}
    ba_needles = [" ||\n\n^BIÊN BẢN", ", ngày ", "'", " tối", "Hồi ", "Hôm nay ngày "]
    ba_needles += ["chủ trì cuộc họp; chi bộ cử", "Người chủ trì: đ/c", "về dự.", "Chi bộ hiện có "]
    ba_needles += ["- Tổng số ĐV: ", "ĐV vắng: đ/c ", ", gồm:", " dự bị", "Thu đảng phí tháng "]
    ba_needles += ["nêu ý kiến: ", "Có tất cả ", "a- ", "\n1. ", "<<page>>", "chưa nhất trí"]
    ba_needles += ["Kỳ họp tới", "Đến ", "kết thúc hồi", "T.M CHI BỘ", "THƯ KÝ || CHỦ TRÌ"]
    bb_needles = ["Số: ", "/BB-CB", "^---oOo---", "I. THỜI GIAN, ĐỊA ĐIỂM"]
    bb_needles += ["Căn cứ Hướng dẫn số 12-HD", "Căn cứ Hướng dẫn số 09-HD", "Hôm nay, vào hồi"]
    bb_needles += [" || Thư ký: đ/c", "– Chủ trì: đ/c", "– Đại biểu mời: không.", "| STT |"]
    bb_needles += ["| Phải dự |", "dự bị", "– Số đảng viên có mặt: ", "+ Đ/c ", "Ý kiến 1. "]
    bb_needles += ["thống nhất chương trình gồm", ".1. ", "Nhiệm vụ 1: ", "hoàn thành trước ngày"]
    bb_needles += ["<<page>>", "Thời lượng sinh hoạt", "Lịch sinh hoạt", "(đã ký)", "T.M CHI BỘ"]
    needles = {"BA": ba_needles, "BB": bb_needles}
    missing = {f: [n for n in needles[f] if n not in joined[f]] for f in NAMES}
    assert missing == {"BA": [], "BB": []}
    assert re.search(r"Chi bộ hiện có (?:hai|ba|bốn) mươi", joined["BA"])
    assert re.search(r"\| 0\d \|", joined["BB"])
    assert re.search(r"\b\d{1,2}\.\d{1,2}\.\d{4}\b", joined["BA"])
    for clock in (r"\b\d{1,2}h\d{2}\b", r"\b\d{2}:\d{2}\b", r"\b\d{1,2} giờ \d{2} phút\b"):
        assert re.search(rf"Khai mạc: {clock}|vào hồi {clock}", joined["BB"]), clock


def test_truth_of_a_ba_bb_corpus_honours_the_schema(
    tmp_path: Path, record_schema: dict[str, Any]
) -> None:
    check_family_corpora(tmp_path, NAMES, record_schema)


def test_two_letter_family_names_on_the_command_line(tmp_path: Path) -> None:
    """`--families BA,BB` gives only BA and BB, the truth naming them in full."""
    generate_clean_corpus(tmp_path / "both", NAMES, seed=1)

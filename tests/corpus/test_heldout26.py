"""Tests of BE and BF, the newest held-out families: opt-in, deterministic, true to their page.

HELD-OUT: BE and BF are closed to whoever writes or tunes the extraction rules, and so is this
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

from bienban.corpus import content, heldout24, heldout25, heldout26
from bienban.corpus.content import (
    all_families,
    draw_facts,
    families,
    heldout_ba_bb_families,
    heldout_be_bf_families,
    make_minutes,
)
from bienban.corpus.facts import Facts
from bienban.corpus.heldout26_parts import BE_NOBODY, BF_NOBODY, VOTES
from bienban.corpus.heldout26_phrases import (
    MONTH_NAMES,
    ROMAN,
    count,
    month_name,
    percent,
    split_line,
    write_clock,
    write_date,
)
from bienban.corpus.heldout_phrases import weekday_name
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
NAMES = ("BE", "BF")
HANDS = heldout26.HELDOUT_FAMILIES
FORMS = WrittenForms(count, write_date, write_clock, {f: HANDS[f].forms for f in NAMES})
TOPIC_WORDS = {
    "current_affairs": ("thời sự",),
    "directives": ("quán triệt", "chỉ đạo"),
    "review": ("thực hiện nghị quyết tháng", "thực hiện nq tháng"),
    "plan": ("cần tập trung làm trong tháng", "nhiệm vụ tháng", "cần làm ngay", "trước mắt"),
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
    "BE": rf"\b\d{{1,2}} giờ(?: rưỡi| \d{{2}} phút)?(?: {_PERIOD})?",
    "BF": r"\b\d{2}(?:h\d{2}\b| giờ \d{2}(?: phút)?)",
}
_MONTHS = "|".join(sorted(MONTH_NAMES, key=len, reverse=True))
DATE_RE = {
    "BE": rf"\b\d{{1,2}}(?: tháng (?:\d{{1,2}}|{_MONTHS}) năm \d{{4}}|-\d{{1,2}}-\d{{4}})\b",
    "BF": r"\b\d{2}(?:/\d{1,2}/\d{4}|\.\d{2}\.\d{4})\b",
}
# Numbers as words, longest first, so that "hai mươi bảy" is read before "hai".
_WORDS = sorted(((number_in_words(i), i) for i in range(1000)), key=lambda p: -len(p[0]))
_RANK = r"(?:(?:Thiếu|Trung|Thượng|Đại) (?:úy|tá) )?"


def _reader(family: str, write: Any, styles: str, values: list[Any]) -> dict[str, Any]:
    return {write(*v, style=s): v for s in HANDS[family].forms[styles] for v in values}


_MINUTES = [(h, m) for h in range(24) for m in range(60)]
_DAYS = [(date(2011, 1, 1) + timedelta(days=d),) for d in range(16 * 366)]
CLOCKS = {f: _reader(f, write_clock, "clock", _MINUTES) for f in NAMES}
DATES = {f: _reader(f, write_date, "date", _DAYS) for f in NAMES}
HHMM = "{:02d}:{:02d}".format


def _case(seed: int, family: str) -> tuple[Facts, str, dict[str, Any]]:
    return heldout_case(heldout26.write_minutes, seed, family)


def _clocks_in(line: str, family: str) -> list[str]:
    """The clocks written in `line`, read back to "HH:MM"."""
    return [HHMM(*CLOCKS[family][said]) for said in re.findall(CLOCK_RE[family], line)]


def _dates_in(line: str, family: str) -> list[date]:
    return [DATES[family][said][0] for said in re.findall(DATE_RE[family], line)]


def _read_number(rest: str) -> int | None:
    """The count that `rest` starts with: in figures, in words, or in figures with the words
    in brackets after them (which must say the same)."""
    digits = re.match(r"(\d+)(?: \(([a-zà-ỹ ]+)\))?", rest)
    if digits:
        if digits[2]:
            assert digits[2] == number_in_words(int(digits[1])), rest
        return int(digits[1])
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


# When: the day, the start, the end ------------------------------------------------------------

_OPENINGS = {
    "BE": ("Thực hiện chương trình công tác năm ", "Vào "),
    "BF": ("1. Thời gian: ", "Vào "),
}
_ENDS = {
    "BE": r"^(?:Chi bộ sinh hoạt đến .+ thì kết thúc\.|Buổi sinh hoạt kết thúc vào hồi .+\.)$",
    "BF": r"^(?:Kết thúc lúc .+\.|Sinh hoạt kết thúc .+\.)$",
}


def _check_when(markup: str, record: dict[str, Any], facts: Facts, family: str) -> None:
    """The opening line gives the day (with its weekday, in BE) and the start; a closing line
    gives the end, dated to the next day past midnight, "cùng ngày" otherwise."""
    day = date.fromisoformat(record["date"])
    opening = only(_lines(markup, *_OPENINGS[family]))
    assert _dates_in(opening, family) == [day], opening
    assert _clocks_in(opening, family) == [record["start_time"]], opening
    if family == "BE":
        assert f"{weekday_name(day)}, ngày " in opening, opening
    ends = [ln for ln in plain_lines(markup) if re.match(_ENDS[family], ln)]
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


def _be_sentence(line: str) -> dict[str, int | None]:
    """BE's counts off its one paragraph; the rate, when written, agrees with them."""
    found: dict[str, int | None] = {"total": _number_after(line, "Chi bộ hiện có ")}
    if ", không có đồng chí nào được miễn sinh hoạt" in line:
        found["exempt"] = 0
    elif "được miễn sinh hoạt" in line:
        said = re.search(r", ([^,]+?) đồng chí được miễn sinh hoạt", line)
        assert said, line
        found["exempt"] = _read_number(said[1])
    found["present"] = _number_after(line, "Có mặt tại buổi sinh hoạt ")
    rate = re.search(r", đạt (.+?) so với số phải dự", line)
    if rate:
        must = (found["total"] or 0) - (found.get("exempt") or 0)
        assert rate[1] == percent(found["present"] or 0, must), line
    if line.endswith("; không có đồng chí nào vắng mặt."):
        return {**found, "excused": 0, "unexcused": 0}
    absent = _number_after(line, "; vắng mặt ")
    both = re.search(
        r", trong đó (.+?) đồng chí có lý do và (.+?) đồng chí không có lý do\.$", line
    )
    if both:
        found["excused"], found["unexcused"] = _read_number(both[1]), _read_number(both[2])
    else:
        assert line.endswith((" (đều có lý do).", " (đều không có lý do).")), line
        excused = line.endswith(" (đều có lý do).")
        found["excused"], found["unexcused"] = (absent, 0) if excused else (0, absent)
    assert found["excused"] + found["unexcused"] == absent  # type: ignore[operator]
    return found


def _be_list(lines: list[str]) -> dict[str, int | None]:
    """BE's counts off its dashed list; the must-attend figure, when written, agrees."""

    def one(start: str) -> str:
        return only([ln for ln in lines if ln.startswith(start)])

    found: dict[str, int | None] = {"total": _number_after(one("– Tổng số: "), ": ")}
    extra = re.search(r"\(chính thức (.+?), dự bị (.+?)\)\.$", one("– Tổng số: "))
    if extra:
        assert _read_number(extra[1]) + _read_number(extra[2]) == found["total"]  # type: ignore[operator]
    if any(ln.startswith("– Được miễn sinh hoạt: ") for ln in lines):
        said = one("– Được miễn sinh hoạt: ")
        found["exempt"] = 0 if said.endswith(": không có.") else _number_after(said, ": ")
    if any(ln.startswith("– Phải dự: ") for ln in lines):
        must = _number_after(one("– Phải dự: "), ": ")
        assert must == (found["total"] or 0) - (found.get("exempt") or 0)
    found["present"] = _number_after(one("– Có mặt: "), ": ")
    gone = one("– Vắng mặt: ")
    if gone == "– Vắng mặt: không có.":
        return {**found, "excused": 0, "unexcused": 0}
    absent = _number_after(gone, "– Vắng mặt: ")
    found["excused"] = _number_after(gone, "(có lý do: ")
    found["unexcused"] = _number_after(gone, ", không lý do: ")
    assert found["excused"] + found["unexcused"] == absent  # type: ignore[operator]
    return found


_BF_HEADS = {
    "Tổng số ĐV": "total",
    "Miễn SH": "exempt",
    "Phải dự": "required",
    "Có mặt": "present",
    "Vắng có lý do": "excused",
    "Vắng không lý do": "unexcused",
}


def _bf_table(markup: str) -> dict[str, int | None]:
    """BF's counts off the row under its row of heads."""
    lines = markup.splitlines()
    at = lines.index("Tình hình dự họp:")
    heads, values = (
        [cell.strip() for cell in row[1:-1].split("|")] for row in lines[at + 1 : at + 3]
    )
    found: dict[str, int | None] = {
        _BF_HEADS[head]: int(value) for head, value in zip(heads, values, strict=True)
    }
    if "required" in found:
        assert found.pop("required") == (found["total"] or 0) - (found["exempt"] or 0)
    return found


def _bf_line(line: str) -> dict[str, int | None]:
    """BF's counts off its one terse line; the must-attend figure, when written, agrees."""
    found: dict[str, int | None] = {"total": _number_after(line, "ĐV: ")}
    extra = re.search(r"\(chính thức (\d+), dự bị (\d+)\)", line)
    if extra:
        assert int(extra[1]) + int(extra[2]) == found["total"]
    if " Miễn SH: " in line:
        found["exempt"] = _number_after(line, " Miễn SH: ")
    here = re.search(r" Có mặt: (\d+)(?:/(\d+))?\.", line)
    assert here, line
    found["present"] = int(here[1])
    if here[2]:
        assert int(here[2]) == (found["total"] or 0) - (found.get("exempt") or 0)
    if line.endswith(" Vắng: 0."):
        return {**found, "excused": 0, "unexcused": 0}
    gone = re.search(r" Vắng: (\d+) \(có lý do (\d+), không lý do (\d+)\)\.$", line)
    assert gone, line
    assert int(gone[1]) == int(gone[2]) + int(gone[3])
    return {**found, "excused": int(gone[2]), "unexcused": int(gone[3])}


def _counts(markup: str, family: str) -> dict[str, int | None]:
    lines = plain_lines(markup)
    if family == "BE":
        said = [ln for ln in lines if ln.startswith("Chi bộ hiện có ")]
        return _be_sentence(only(said)) if said else _be_list(lines)
    if "Tình hình dự họp:" in lines:
        return _bf_table(markup)
    return _bf_line(only([ln for ln in lines if ln.startswith("ĐV: ")]))


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
    lines = plain_lines(markup)
    if family == "BE":
        said = [ln for ln in lines if ln.startswith("Các đồng chí vắng mặt: ")]
        if said:
            rest = only(said)[len("Các đồng chí vắng mặt: ") :]
            found = re.findall(r"đồng chí (.+?) \(([^)]+)\)", rest)
            return [(name, reason) for name, reason in found]
        listed = [re.fullmatch(r"\+ Đồng chí (.+?): (.+)\.", ln) for ln in lines]
        return [(m[1], m[2]) for m in listed if m] or None
    said = [ln for ln in lines if ln.startswith("Vắng: đ/c ")]
    if not said:
        return None
    return [
        tuple(re.fullmatch(r"đ/c (.+?) \((.+)\)", e).groups()) for e in only(said)[6:-1].split("; ")
    ]  # type: ignore[misc,union-attr]


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

_ROLE = r"(?: \([^)]+\))?"
PRESIDING = {
    "BE": (
        r"^(?:Buổi sinh hoạt do đồng chí (.+?), [^,]+, chủ trì; |Chủ trì buổi sinh hoạt là đồng"
        r" chí (.+?) – )",
        rf"(?:đồng chí ([^;]+?){_ROLE} được chi bộ cử làm thư ký\.$|người ghi biên bản là đồng"
        rf" chí (.+?){_ROLE}\.$)",
        r"^Chi bộ vinh dự được đón (.+) về dự và chỉ đạo buổi sinh hoạt\.$",
        r"(?:ông|bà|đồng chí) (.+?) \([^)]+\)",
    ),
    "BF": (
        rf"^Chủ trì: đ/c (?:{_RANK}(.+?) – [^–]+\.$|(.+?) \([^)]+\); thư ký: )",
        rf"(?:^Thư ký: đ/c {_RANK}(.+?)(?: – (?:CUV|ĐV))?\.$|; thư ký: đ/c (.+?)"
        r"(?: \((?:CUV|ĐV)\))?\.$)",
        r"^Đại biểu dự: (.+)\.$",
        r"(?:Ông|Bà|đồng chí) (.+?) – ",
    ),
}


def _check_presiding(markup: str, record: dict[str, Any], facts: Facts, family: str) -> None:
    """The chair and the minute-taker named once each, and under their signatures; the guests
    on their one line, the unnamed representative without a name."""
    text = to_plain_text(markup)
    check_people_named(text, record)
    signed = re.escape(record["secretary"]) + r" \|\| " + _RANK + re.escape(record["chair"])
    assert re.search(rf"^{_RANK}{signed}$", markup, re.M), "signatures"
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


_BE_LEAD = (
    r"^(?:Kết luận buổi sinh hoạt, đồng chí chủ trì nêu|Kết luận phần chuyên đề, chi bộ"
    r"|Chi bộ thống nhất những việc cần làm ngay|Sau khi thảo luận, chi bộ thống nhất:)"
)
_BF_LEAD = (
    r"^(?:Nhiệm vụ tháng \d+/\d{4}:|Giải pháp thực hiện chuyên đề:|Nhiệm vụ trước mắt:"
    r"|Kết luận của chi bộ:)$"
)
_BE_TURN = r"^(?:(?:Mở đầu|Tiếp theo|Tiếp đó|Sau đó|Cuối cùng), )?(?:[Đđ]ồng chí|[Ôô]ng|[Bb]à) "


def _discussion(text: str, family: str) -> list[str]:
    """The discussion's lines: from its heading to the tasks."""
    lines = text.splitlines()
    if family == "BE":
        heads = [
            i
            for i, ln in enumerate(lines)
            if re.fullmatch(r"\d+/ Thảo luận, góp ý\.", ln)
            or ln == "Sau khi nghe các báo cáo, chi bộ tiến hành thảo luận."
        ]
        lead = _BE_LEAD
    else:
        heads = [i for i, ln in enumerate(lines) if ln == "III. THẢO LUẬN"]
        lead = r"^IV\. "
    start = only([str(i) for i in heads])
    rest = lines[int(start) + 1 :]
    stop = next(i for i, ln in enumerate(rest) if re.match(lead, ln))
    return rest[:stop]


def _check_discussion(markup: str, record: dict[str, Any], facts: Facts, family: str) -> None:
    """Nobody spoke; or a count and the gist; or the opinions in order, each naming its
    speaker, with the count when one is given."""
    text = to_plain_text(markup)
    nobody = BE_NOBODY if family == "BE" else BF_NOBODY
    assert (nobody in text) == (record["speakers"] == 0)
    part = _discussion(text, family)
    if family == "BE":
        said = [ln for ln in part if re.match(_BE_TURN, ln)]
        stated = [m[1] for ln in part if (m := re.match(r"^Đã có (.+?) ý kiến phát biểu,", ln))]
    else:
        who = r"(?:Đ/c|Ông|Bà|Đồng chí)"
        said = [ln for ln in part if re.match(rf"^– {who} (.+?)(?: \([^)]*\))?: ", ln)]
        stated = [m[1] for ln in part if (m := re.match(r"^Số ý kiến: (\d+)[.;]", ln))]
    assert len(part) == len(said) + len(stated) or part == [nobody], part
    counts = [_read_number(written) for written in stated]
    check_listed_opinions(said, facts)
    if record["speakers"] and facts.stated_speakers is not None:
        assert counts == [record["speakers"]], part
    else:
        assert not counts and record["speakers"] == len(said), part


# What was adopted ---------------------------------------------------------------------------

_VOTE_STARTS = ("Nghị quyết được", "Biểu quyết", "Các đồng chí đảng viên chính thức", "Chi bộ bỏ")
_AFTER_TASKS = (*_VOTE_STARTS, "ĐV chính thức", "Bỏ phiếu", "Việc khác", "Kỳ sinh hoạt tới")
_AFTER_TASKS += ("Chấm điểm", "Sinh hoạt", "Chi bộ sinh hoạt đến", "Buổi sinh hoạt", "Biên bản")
_AFTER_TASKS += ("Kết thúc lúc",)


def _task_lines(markup: str, family: str) -> list[str]:
    """The printed lines from the tasks' lead to the vote or the close, the lead included."""
    lines = plain_lines(markup)
    start = only(
        [
            str(i)
            for i, ln in enumerate(lines)
            if re.match(_BE_LEAD if family == "BE" else _BF_LEAD, ln)
        ]
    )
    rest = lines[int(start) :]
    stop = next((i for i, ln in enumerate(rest[1:], 1) if ln.startswith(_AFTER_TASKS)), len(rest))
    return rest[:stop]


def _check_resolutions(markup: str, record: dict[str, Any], facts: Facts, family: str) -> None:
    """The tasks in order under their marks (a BE task may run on to a second line, or all of
    them run together after the lead), as many marks as tasks, the extra decision last on its
    own line."""
    area = _task_lines(markup, family)
    joined = " ".join(area)
    tasks = [r for r in record["resolutions"] if r != facts.conclusion_decision]
    if facts.conclusion_decision:
        assert record["resolutions"][-1] == facts.conclusion_decision
        assert area[-1] == f"{facts.conclusion_decision}."
    if family == "BE" and not any(re.match(r"\d+/ ", ln) for ln in area):
        assert area[0].endswith(f": {'; '.join(tasks)}."), area[0]
        return
    marks = {
        "BE": [f"{i + 1}/ {item}." for i, item in enumerate(tasks)],
        "BF": [f"{i + 1}/ {item}." for i, item in enumerate(tasks)],
    }[family]
    rows = [f"| {i + 1} | {item} |" for i, item in enumerate(tasks)]
    if family == "BF" and "| TT | Nội dung |" in markup:
        lines = markup.splitlines()
        at = lines.index("| TT | Nội dung |") + 1
        table = lines[at : at + len(tasks) + 1]
        assert not table[len(tasks) :] or not table[-1].startswith("| "), table
        table = table[: len(tasks)]
        assert table == rows, table
        return
    if family == "BF" and not any(re.match(r"\d+/ ", ln) for ln in area):
        marks = [f"– {item}." for item in tasks]
        assert [ln for ln in area if ln.startswith("– ")] == marks, area
        return
    assert len([ln for ln in area if re.match(r"\d+/ ", ln)]) == len(tasks), area
    assert all(mark in joined for mark in marks), area
    places = [joined.index(mark) for mark in marks]
    assert places == sorted(places)


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
    for name in sorted(people, key=len, reverse=True):
        joined = joined.replace(name.lower(), "")
    return joined


def _check_type(markup: str, record: dict[str, Any], facts: Facts) -> None:
    """The titles say the meeting's type and nothing else, and the month or quarter they name
    is the meeting's."""
    heading = titles(markup).lower()
    kind = record["meeting_type"]
    day = facts.day
    urgent = "bất thường" in heading or "đột xuất" in heading
    assert urgent == (kind == "extraordinary"), heading
    assert ("chuyên đề" in heading) == (kind in ("thematic", "combined")), heading
    monthly = "thường kỳ" in heading or "tháng" in heading
    assert monthly == (kind in ("regular", "combined")), heading
    if monthly:
        said = f"tháng {month_name(day.month).lower()} năm {day.year}"
        assert any(f in heading for f in (said, f"tháng {day.month}/", f"tháng {day.month:02d} "))
    if kind == "thematic":
        assert f"quý {ROMAN[(day.month - 1) // 3].lower()}" in heading, heading


def _check_header(markup: str, record: dict[str, Any]) -> None:
    """The committee stands over the cell at the top left."""
    first = [line.split("||")[0].strip().lower() for line in markup.splitlines()[:2]]
    assert first == [record["parent_committee"].lower(), record["branch"].lower()], first


_NEXT = {"BE": "Kỳ sinh hoạt tới của chi bộ sẽ tiến hành vào ", "BF": "Sinh hoạt CB tháng "}


def _check_content(markup: str, record: dict[str, Any], facts: Facts, family: str) -> None:
    text = to_plain_text(markup)
    joined = " ".join(text.splitlines()).lower()
    _check_type(markup, record, facts)
    _check_header(markup, record)
    for topic in record["topics"]:
        assert any(word in joined for word in TOPIC_WORDS[topic]), topic
    for topic, word in ONLY_WITH.items():
        assert word not in _without_names(joined, facts) or topic in record["topics"], topic
    themes = re.findall(r"chuyên đề “([^”]+)”", text)
    themes += [line[2:-1] for line in markup.splitlines() if line.startswith("^“")]
    assert themes == ([record["thematic_title"]] if record["thematic_title"] else []), themes
    later = facts.sections.get("next_meeting")
    announced = _lines(markup, _NEXT[family])
    assert len(announced) == (later is not None)
    if later:
        assert later > facts.day and record["date"] == facts.day.isoformat()
        assert _dates_in(only(announced), family) == [later]
        if family == "BE":
            assert f"vào {weekday_name(later)}, ngày " in only(announced)
        else:
            assert only(announced).startswith(f"Sinh hoạt CB tháng {later.month}/{later.year}:")
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
    (write_clock, (19, 0), "gio_phut", "19 giờ"),
    (write_clock, (19, 30), "dial", "7 giờ rưỡi tối"),
    (write_clock, (19, 15), "dial", "7 giờ 15 phút tối"),
    (write_clock, (14, 0), "dial", "2 giờ chiều"),
    (write_clock, (0, 15), "dial", "12 giờ 15 phút đêm"),
    (write_clock, (12, 0), "dial", "12 giờ trưa"),
    (write_clock, (7, 30), "pad_gio_phut", "07 giờ 30 phút"),
    (write_clock, (7, 30), "pad_h", "07h30"),
    (write_clock, (7, 0), "pad_gio", "07 giờ 00"),
    (write_date, (date(2024, 3, 5),), "words", "5 tháng 3 năm 2024"),
    (write_date, (date(2024, 4, 5),), "month_name", "5 tháng Tư năm 2024"),
    (write_date, (date(2024, 12, 5),), "month_name", "5 tháng Mười hai năm 2024"),
    (write_date, (date(2024, 3, 5),), "dash", "5-3-2024"),
    (write_date, (date(2024, 3, 5),), "slash_daypad", "05/3/2024"),
    (write_date, (date(2024, 3, 5),), "dot_pad", "05.03.2024"),
    (count, (27,), "words", "hai mươi bảy"),
    (count, (31,), "both", "31 (ba mươi mốt)"),
    (count, (2,), "pad", "02"),
    (count, (7,), "digits", "7"),
    (percent, (31, 35), None, "88,57%"),
    (percent, (23, 23), None, "100%"),
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


def test_a_long_line_runs_on_to_a_second_one() -> None:
    """A task too long for the line breaks at a space, the second line keeping a few words
    and never starting with a figure."""
    text = "1/ Phối hợp Mặt trận và các đoàn thể vận động nhân dân tham gia phong trào văn hóa."
    head, rest = split_line(text, width=40)
    assert f"{head} {rest}" == text and len(head) >= 40 and len(rest) >= 16
    assert split_line("1/ Ngắn gọn.", width=40) == ["1/ Ngắn gọn."]
    figures = "1/ Vận động các hộ trong khu dân cư ký cam kết 125 hộ (đạt 100%) trong tháng tới."
    for width in range(20, 90):
        said = split_line(figures, width=width)
        assert " ".join(said) == figures
        assert all(not line[:1].isdigit() and line[:1] != "(" for line in said[1:]), said


def test_meetings_over_midnight_are_dated_to_the_next_day() -> None:
    """The first dozen meetings that end after midnight say so in both families."""
    seeds = [s for s in range(2000) if draw_facts(random.Random(s)).end_next_day][:12]
    assert len(seeds) == 12
    for seed in seeds:
        for family in NAMES:
            facts, markup, record = _case(seed, family)
            _check_when(markup, record, facts, family)


def test_be_and_bf_are_written_deterministically_and_only_on_request() -> None:
    for family in NAMES:
        assert_written_deterministically(heldout26.write_minutes, family)
    assert heldout_be_bf_families() == ["BE", "BF"]
    assert heldout_ba_bb_families() == ["BA", "BB"]
    assert families() == ["A", "B", "C", "D", "E", "F"]
    modules = content.HELDOUT_MODULES
    assert modules.index(heldout26) == modules.index(heldout25) + 1
    assert modules.index(heldout25) == modules.index(heldout24) + 1
    names = all_families()
    assert names.index("BF") == names.index("BE") + 1 and names.index("BE") > names.index("BB")
    for seed in range(40):
        markup, _ = make_minutes(random.Random(seed))
        assert "vinh dự được đón" not in markup and "Số ý kiến: " not in markup


def test_the_families_vary_within_themselves() -> None:
    """Each secretary has habits, not one fixed text: the variants all occur over the seeds."""
    joined = {f: "\n".join(m) for f, m in heldout_markups(heldout26.write_minutes, NAMES).items()}
    be_needles = [" || ĐẢNG CỘNG SẢN VIỆT NAM", "\n^ĐẢNG CỘNG SẢN VIỆT NAM", "Thực hiện chương"]
    be_needles += ["đúng ", "Buổi sinh hoạt do đồng chí", "Chủ trì buổi sinh hoạt là", "rưỡi"]
    be_needles += ["Chi bộ hiện có ", "Về số lượng đảng viên:", "Các đồng chí vắng mặt: "]
    be_needles += ["+ Đồng chí ", "– Phải dự: ", "dự bị", "vinh dự được đón", "gồm "]
    be_needles += ["Thảo luận, góp ý.", "Sau khi nghe các báo cáo", "Mở đầu, ", "Cuối cùng, "]
    be_needles += ["Đã có ", "\n1/ ", "Việc khác: Hội", "Việc khác: chi bộ", "Kỳ sinh hoạt tới"]
    be_needles += ["thì kết thúc", "kết thúc vào hồi", "T/M CHI BỘ", "NGƯỜI GHI BIÊN BẢN"]
    be_needles += ["chưa tán thành", "(đều có lý do)"]
    bf_needles = ["Số: ", "I. THỦ TỤC", "I. PHẦN MỞ ĐẦU", "1. Thời gian: ", "\nVào ", "Đại úy"]
    bf_needles += ["Chủ trì: đ/c ", "; thư ký: đ/c ", "Đại biểu dự: ", "| Tổng số ĐV |"]
    bf_needles += ["| Miễn SH | Phải dự |", "ĐV: ", "dự bị", "Vắng: đ/c ", "II.1. ", "CB, ĐV"]
    bf_needles += ["Số ý kiến: ", BF_NOBODY, "| TT | Nội dung |", "\n1/ ", "\n– ", "= 100%"]
    bf_needles += ["Chấm điểm", "Sinh hoạt CB tháng", "Kết thúc lúc", "THƯ KÝ HỘI NGHỊ"]
    bf_needles += ["^“", "ĐỘT XUẤT", "BẤT THƯỜNG", "không tán thành"]
    needles = {"BE": be_needles, "BF": bf_needles}
    missing = {f: [n for n in needles[f] if n not in joined[f]] for f in NAMES}
    assert missing == {"BE": [], "BF": []}
    assert re.search(r"Chi bộ hiện có (?:hai|ba|bốn|năm) mươi", joined["BE"])
    assert re.search(r"hiện có \d+ \([a-zà-ỹ ]+\) đảng viên", joined["BE"])
    assert re.search(r"tháng (?:Tư|Ba|Chín|Mười) năm \d{4}", joined["BE"])
    assert re.search(r"\| 0\d \|", joined["BF"])
    for clock in (r"\d{2}h\d{2}", r"\d{2} giờ \d{2} phút", r"\d{2} giờ \d{2},"):
        assert re.search(rf"(?:Thời gian: |Vào ){clock}", joined["BF"]), clock


def test_truth_of_a_be_bf_corpus_honours_the_schema(
    tmp_path: Path, record_schema: dict[str, Any]
) -> None:
    check_family_corpora(tmp_path, NAMES, record_schema)


def test_two_letter_family_names_on_the_command_line(tmp_path: Path) -> None:
    """`--families BE,BF` gives only BE and BF, the truth naming them in full."""
    generate_clean_corpus(tmp_path / "both", NAMES, seed=1)

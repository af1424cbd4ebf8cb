"""Tests of BI and BJ, the newest held-out families: opt-in, deterministic, true to their page.

HELD-OUT: BI and BJ are closed to whoever writes or tunes the extraction rules, and so is this
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

from bienban.corpus import content, heldout27, heldout28
from bienban.corpus.content import (
    all_families,
    draw_facts,
    families,
    heldout_bg_bh_families,
    heldout_bi_bj_families,
    make_minutes,
)
from bienban.corpus.facts import Facts
from bienban.corpus.heldout27_phrases import ROMAN, percent
from bienban.corpus.heldout28_parts import BI_NOBODY, BJ_NOBODY, VOTES
from bienban.corpus.heldout28_phrases import count, write_clock, write_date
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
NAMES = ("BI", "BJ")
HANDS = heldout28.HELDOUT_FAMILIES
FORMS = WrittenForms(count, write_date, write_clock, {f: HANDS[f].forms for f in NAMES})
TOPIC_WORDS = {
    "current_affairs": ("thời sự",),
    "directives": ("quán triệt", "phổ biến", "giải thích", "chỉ đạo", "hỏa tốc"),
    "review": ("thực hiện nghị quyết tháng", "điểm lại việc làm theo nghị quyết"),
    "plan": ("nhiệm vụ tháng", "làm những việc sau", "giao nhiệm vụ", "làm ngay"),
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
    "BI": r"\b\d{1,2} giờ \d{2}(?: phút)?",
    "BJ": rf"\b\d{{1,2}} giờ(?: \d{{2}}(?: phút)?)?(?: {_PERIOD}\b)?",
}
DATE_RE = {
    "BI": r"\b(?:\d{1,2} tháng \d{1,2} năm \d{4}|\d{2}/\d{2}/\d{4})\b",
    "BJ": r"\b(?:\d{1,2} tháng \d{1,2} năm \d{4}|\d{1,2}/\d{1,2}/\d{4})\b",
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
    return heldout_case(heldout28.write_minutes, seed, family)


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


def _matching(markup: str, pattern: str) -> list[str]:
    return [ln for ln in plain_lines(markup) if re.match(pattern, ln)]


# When: the day, the start, the end ------------------------------------------------------------

_OPENINGS = {
    "BI": r"^(?:Thực hiện Hướng dẫn số \d{2}-HD/BTCTW |Bắt đầu: )",
    "BJ": r"^(?:Ngày \d|Lúc \d)",
}
_ENDS = {
    "BI": r"^Hoàn thành chương trình, buổi sinh hoạt bế mạc vào .+\.$",
    "BJ": r"^(?:Đến .+ thì buổi họp kết thúc\.|Buổi họp kết thúc vào .+\.)$",
}


def _opening(markup: str, family: str) -> str:
    return only(_matching(markup, _OPENINGS[family]))


def _check_when(markup: str, record: dict[str, Any], facts: Facts, family: str) -> None:
    """The opening gives the day (with its weekday where the hand writes one) and the start,
    any guidance it cites issued before; a closing line gives the end, dated to the next day
    past midnight, "cùng ngày" otherwise."""
    day = date.fromisoformat(record["date"])
    opening = _opening(markup, family)
    assert _dates_in(opening, family) == [day], opening
    assert _clocks_in(opening, family) == [record["start_time"]], opening
    for issued in re.findall(r"-HD/BTCTW ngày (\d{2})/(\d{1,2})/(\d{4})", opening):
        assert date(int(issued[2]), int(issued[1]), int(issued[0])) < day, opening
    if opening.startswith("Lúc "):
        assert f" {weekday_name(day)}, ngày " in opening, opening
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


def _bi_counts(markup: str) -> dict[str, int | None]:
    rows = [ln for ln in markup.splitlines() if ln.startswith("| ")]
    if rows:
        assert rows[0].startswith("| Tổng số đảng viên |") and len(rows) == 2, rows
        heads, cells = ([c.strip() for c in row.strip("|").split("|")] for row in rows)
        table = dict(zip(heads, (int(c) for c in cells), strict=True))
        found: dict[str, int | None] = {
            "total": table["Tổng số đảng viên"],
            "present": table["Có mặt"],
            "excused": table["Vắng có lý do"],
            "unexcused": table["Vắng không lý do"],
        }
        if "Miễn sinh hoạt" in table:
            found["exempt"] = table["Miễn sinh hoạt"]
            assert table["Phải có mặt"] == table["Tổng số đảng viên"] - table["Miễn sinh hoạt"]
        return found
    line = only(_matching(markup, r"^Đảng viên trong danh sách: "))
    found = {"total": _number_after(line, "Đảng viên trong danh sách: ")}
    if ", miễn công tác và sinh hoạt đảng: " in line:
        found["exempt"] = _number_after(line, ", miễn công tác và sinh hoạt đảng: ")
    found["present"] = _number_after(line, "; dự sinh hoạt: ")
    rate = re.search(r", đạt ([\d,]+%)", line)
    if rate:
        must = (found["total"] or 0) - (found.get("exempt") or 0)
        assert rate[1] == percent(found["present"] or 0, must), line
    if line.endswith("; không có đảng viên vắng."):
        return {**found, "excused": 0, "unexcused": 0}
    found["excused"] = _number_after(line, "; vắng có lý do: ")
    found["unexcused"] = _number_after(line, ", vắng không lý do: ")
    return found


def _bj_counts(markup: str) -> dict[str, int | None]:
    line = only(_matching(markup, r"^Chi bộ có tất cả "))
    found: dict[str, int | None] = {"total": _number_after(line, "Chi bộ có tất cả ")}
    if ", không có ai được miễn sinh hoạt." in line:
        found["exempt"] = 0
    elif ", trong đó " in line:
        found["exempt"] = _number_after(line, ", trong đó ")
        assert " đồng chí được miễn sinh hoạt. " in line
    found["present"] = _number_after(line, ". Đến họp có ")
    if ", không có đồng chí nào vắng." in line:
        return {**found, "excused": 0, "unexcused": 0}
    both = re.search(r", vắng (.+?) đồng chí \((.+?) có lý do, (.+?) không có lý do\)\.", line)
    if both:
        excused, unexcused = _read_number(both[2]), _read_number(both[3])
        assert (excused or 0) + (unexcused or 0) == _read_number(both[1])
        return {**found, "excused": excused, "unexcused": unexcused}
    one = re.search(r", vắng (.+?) đồng chí \((có|không có) lý do\)\.", line)
    assert one, line
    absent = _read_number(one[1])
    if one[2] == "không có":
        return {**found, "excused": 0, "unexcused": absent}
    return {**found, "excused": absent, "unexcused": 0}


def _check_roll(markup: str, record: dict[str, Any], family: str) -> None:
    found = _bi_counts(markup) if family == "BI" else _bj_counts(markup)
    counts = record["attendance"]
    assert found["total"] == counts["total_members"]
    assert found["present"] == counts["present"]
    assert found.get("exempt") == counts["exempt"]
    assert (found["excused"], found["unexcused"]) == (
        counts["absent_excused"],
        counts["absent_unexcused"],
    )


_GONE = {"BI": r"^Đảng viên vắng: (.+)\.$", "BJ": r" Những đồng chí vắng: (.+)\.$"}


def _check_absentees(markup: str, record: dict[str, Any], facts: Facts, family: str) -> None:
    """When every absentee is known, each is named in order with the reason after the name,
    the unexcused ones saying "không"; otherwise nobody is named."""
    said = re.findall(_GONE[family], to_plain_text(markup), re.M)
    named = bool(facts.absentees) and len(facts.absentees) == facts.excused + facts.unexcused
    assert len(said) == named, said
    if not said:
        return
    pairs = [item.split(" – ") for item in said[0].split("; ")]
    assert [name for name, _ in pairs] == [a.name for a in facts.absentees], said
    unexcused = sum("không" in reason for _, reason in pairs)
    assert unexcused == record["attendance"]["absent_unexcused"], said
    assert len(pairs) - unexcused == record["attendance"]["absent_excused"], said


# Who chaired, who wrote, who came, who spoke ----------------------------------------------------

_CLERK_ROLE = r"(?: \([^)]+\))?"
PRESIDING = {
    "BI": (
        r"^(?:Điều hành sinh hoạt: đồng chí (.+?), (?:Phó )?Bí thư chi bộ\.$|Đồng chí (.+?)"
        r" \((?:Phó )?Bí thư chi bộ\) chủ trì; )",
        rf"(?:^Chi bộ cử đồng chí (.+?){_CLERK_ROLE} ghi biên bản\.$|; đồng chí (.+?)"
        rf"{_CLERK_ROLE} được phân công ghi biên bản\.$)",
        r"^Dự sinh hoạt với chi bộ có: (.+)\.$",
    ),
    "BJ": (
        r"^(?:Đồng chí (.+?), (?:Phó )?Bí thư chi bộ, chủ trì; |Chủ trì là đồng chí (.+?)"
        r" \((?:Phó )?Bí thư chi bộ\); )",
        r"(?:; đồng chí (.+?) viết biên bản\.$|; người viết biên bản là đồng chí (.+?)\.$)",
        r"^Buổi họp có (.+) đến dự\.$",
    ),
}


def _check_presiding(markup: str, record: dict[str, Any], facts: Facts, family: str) -> None:
    """The chair and the minute-taker named once each, and under their signatures; the guests
    on their one line, the unnamed representative without a name."""
    text = to_plain_text(markup)
    check_people_named(text, record)
    signed = re.escape(record["secretary"]) + r" \|\| " + re.escape(record["chair"])
    assert re.search(rf"^{signed}$", markup, re.M), "signatures"
    chair_re, clerk_re, guest_re = PRESIDING[family]
    chaired = ["".join(found) for found in re.findall(chair_re, text, re.M)]
    wrote = ["".join(found) for found in re.findall(clerk_re, text, re.M)]
    assert chaired == [record["chair"]] and wrote == [record["secretary"]], text
    guests = re.findall(guest_re, text, re.M)
    assert len(guests) == bool(facts.guests or facts.unnamed_guest), guests
    named = re.findall(r"(?:Ông|Bà|đồng chí) (.+?) – ", guests[0]) if facts.guests else []
    assert named == record["attendance"]["guests"], guests
    if facts.unnamed_guest:
        assert only(guests) == facts.unnamed_guest and not record["attendance"]["guests"]


_LEADS = {
    "BI": r"^(?:Kết luận chuyên đề, chi bộ xác định các việc cần làm:|Chủ trì kết luận, chi bộ"
    r" (?:giao nhiệm vụ như sau|quyết nghị|đề ra nhiệm vụ tháng \d{1,2}/\d{4}):$)",
    "BJ": r"^Cuối buổi, chi bộ thống nhất(?: sau chuyên đề sẽ làm những việc sau| làm ngay"
    r" những việc sau| tháng \d{1,2} làm những việc sau)?:",
}
_TURN = {
    "BI": r"^\+ (?:Đồng chí|Ông|Bà) ",
    "BJ": r"^(?:Đồng chí|Ông|Bà) (?!.*, chủ trì; )",
}
_STATED = {
    "BI": r"^Số ý kiến phát biểu: (\d+)\.",
    "BJ": r"^Trong phần thảo luận, có (.+?) đồng chí phát biểu(?::$|, góp thêm ý vào báo cáo\.$)",
}


def _discussion(text: str, family: str) -> list[str]:
    """The discussion's lines: from its heading (BI) or after the last report (BJ) to the
    tasks' lead."""
    lines = text.splitlines()
    stop = int(only([str(i) for i, ln in enumerate(lines) if re.match(_LEADS[family], ln)]))
    if family == "BI":
        start = only([str(i) for i, ln in enumerate(lines) if re.fullmatch(r"\d+\. Thảo luận", ln)])
        assert re.fullmatch(r"\d+\. Kết luận(?:, biểu quyết)?", lines[stop - 1])
        return lines[int(start) + 1 : stop - 1]
    start = stop
    talk = (_TURN["BJ"], _STATED["BJ"], re.escape(BJ_NOBODY))
    while any(re.match(pattern, lines[start - 1]) for pattern in talk):
        start -= 1
    return lines[start:stop]


def _check_discussion(markup: str, record: dict[str, Any], facts: Facts, family: str) -> None:
    """Nobody spoke; or a count alone; or the opinions in order, each naming its speaker, with
    the count when one is given."""
    text = to_plain_text(markup)
    nobody = BI_NOBODY if family == "BI" else BJ_NOBODY
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
    "BI": ("Chi bộ thông qua nghị quyết", "Số đảng viên chính thức", "Kiểm phiếu", "PHẦN BA"),
    "BJ": ("Các đồng chí có mặt", "Các đảng viên chính thức", "Bỏ phiếu kín", "Chi bộ định"),
}
_AFTER_TASKS["BJ"] += ("Biên bản được đọc", "Đến ", "Buổi họp kết thúc")


def _task_lines(markup: str, family: str) -> list[str]:
    """The printed lines from the tasks' lead to the vote or the close, the lead included."""
    lines = plain_lines(markup)
    start = only([str(i) for i, ln in enumerate(lines) if re.match(_LEADS[family], ln)])
    rest = lines[int(start) :]
    after = _AFTER_TASKS[family]
    stop = next((i for i, ln in enumerate(rest[1:], 1) if ln.startswith(after)), len(rest))
    return rest[:stop]


def _check_resolutions(markup: str, record: dict[str, Any], facts: Facts, family: str) -> None:
    """The tasks in order under their marks, one a line (BJ: or all in the lead's sentence),
    the extra decision last on its own line."""
    area = _task_lines(markup, family)
    tasks = [r for r in record["resolutions"] if r != facts.conclusion_decision]
    lead, body = area[0], area[1:]
    if facts.conclusion_decision:
        assert record["resolutions"][-1] == facts.conclusion_decision
        assert body.pop() == f"{facts.conclusion_decision}."
    if family == "BI":
        assert re.fullmatch(_LEADS["BI"], lead), lead
        stops = [";"] * (len(tasks) - 1) + ["."]
        dashes = [f"- {item}{stop}" for item, stop in zip(tasks, stops, strict=True)]
        letters = [
            f"{'abcdđeghiklm'[i]}) {item}{stop}"
            for i, (item, stop) in enumerate(zip(tasks, stops, strict=True))
        ]
        assert body in (dashes, letters), body
        return
    if body:
        assert lead.endswith(":") and body == [f"- {item}." for item in tasks], body
        assert all(item[:1].isupper() for item in tasks), tasks
        return
    assert lead.endswith(f": {'; '.join(tasks)}."), lead
    assert all(item[:1].islower() or item[1:2].isupper() for item in tasks), tasks


def _check_vote(markup: str, record: dict[str, Any], family: str) -> None:
    """No vote is mentioned without one; otherwise exactly one of the family's forms gives it,
    its counts in one of the hand's forms (BJ: in figures), the share right."""
    text = to_plain_text(markup)
    vote = record["vote"]
    if vote is None:
        for word in ("biểu quyết", "phiếu", "giơ tay", "tán thành"):
            assert word not in text.lower(), word
        return
    a, t = vote["agree"], vote["total"]
    styles = HANDS[family].forms["count"] if family == "BI" else ("digits",)
    shown = set()
    for style in styles:
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


def _check_type(markup: str, record: dict[str, Any], facts: Facts) -> None:
    """The titles say the meeting's type and nothing else, and the month or quarter they name
    is the meeting's."""
    heading = titles(markup).lower()
    kind = record["meeting_type"]
    day = facts.day
    assert ("bất thường" in heading) == (kind == "extraordinary"), heading
    assert ("chuyên đề" in heading) == (kind in ("thematic", "combined")), heading
    assert ("tháng" in heading) == (kind in ("regular", "combined")), heading
    if kind == "combined":
        assert "thường kỳ" in heading, heading
    if kind in ("regular", "combined"):
        assert f"tháng {day.month} năm {day.year}" in heading, heading
    if kind == "thematic":
        assert "thường kỳ" not in heading
        assert re.search(rf"quý {ROMAN[(day.month - 1) // 3].lower()}\b", heading), heading


def _check_header(markup: str, record: dict[str, Any], facts: Facts, family: str) -> None:
    """The committee stands over the cell at the top left (BJ: or as two plain lines); BI's
    letter-head date is the day the minutes were written, not before the meeting."""
    lines = markup.splitlines()
    left = [ln.split("||")[0].strip() for ln in lines[:2]]
    upper = [record["parent_committee"].upper(), record["branch"].upper()]
    plain = [record["parent_committee"], record["branch"]]
    assert left == upper or (family == "BJ" and left == plain), left
    if family == "BI":
        head = re.fullmatch(r"\* \|\| (.+), ngày (.+)", lines[2])
        assert head, lines[2]
        assert _dates_in(head[2], family) == [facts.head_day] and facts.head_day >= facts.day


_NEXT = {
    "BI": "Sinh hoạt chi bộ kỳ sau dự kiến tổ chức ngày ",
    "BJ": "Chi bộ định họp lần tới vào ngày ",
}
_THEME = {"BI": r"trình bày chuyên đề “([^”]+)”", "BJ": r"đọc bài chuyên đề “([^”]+)”"}


def _check_content(markup: str, record: dict[str, Any], facts: Facts, family: str) -> None:
    text = to_plain_text(markup)
    joined = " ".join(text.splitlines()).lower()
    _check_type(markup, record, facts)
    _check_header(markup, record, facts, family)
    for topic in record["topics"]:
        assert any(word in joined for word in TOPIC_WORDS[topic]), topic
    for topic, word in ONLY_WITH.items():
        assert word not in _without_names(joined, facts) or topic in record["topics"], topic
    themes = re.findall(_THEME[family], text)
    assert themes == ([record["thematic_title"]] if record["thematic_title"] else []), themes
    later = facts.sections.get("next_meeting")
    announced = _matching(markup, re.escape(_NEXT[family]))
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
    (write_clock, (7, 0), "gio_pad", "7 giờ 00"),
    (write_clock, (19, 30), "phut_period", "7 giờ 30 phút tối"),
    (write_clock, (14, 0), "phut_period", "2 giờ chiều"),
    (write_clock, (0, 15), "phut_period", "12 giờ 15 phút đêm"),
    (write_clock, (19, 0), "gio_bare", "19 giờ"),
    (write_clock, (19, 5), "gio_bare", "19 giờ 05"),
    (write_date, (date(2024, 3, 5),), "words", "5 tháng 3 năm 2024"),
    (write_date, (date(2024, 3, 5),), "slash_pad", "05/03/2024"),
    (write_date, (date(2024, 3, 5),), "slash", "5/3/2024"),
    (count, (7,), "digits", "7"),
    (count, (7,), "pad", "07"),
    (count, (27,), "words", "hai mươi bảy"),
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
    said = [write(*args, style=style) for write, args, style, _ in EXAMPLES]
    assert said == [text for *_, text in EXAMPLES]


def test_meetings_over_midnight_are_dated_to_the_next_day() -> None:
    """The first dozen meetings that end after midnight say so in both families."""
    seeds = [s for s in range(2000) if draw_facts(random.Random(s)).end_next_day][:12]
    assert len(seeds) == 12
    for seed in seeds:
        for family in NAMES:
            facts, markup, record = _case(seed, family)
            _check_when(markup, record, facts, family)


def test_bi_and_bj_are_written_deterministically_and_only_on_request() -> None:
    for family in NAMES:
        assert_written_deterministically(heldout28.write_minutes, family)
    assert heldout_bi_bj_families() == ["BI", "BJ"]
    assert heldout_bg_bh_families() == ["BG", "BH"]
    assert families() == ["A", "B", "C", "D", "E", "F"]
    modules = content.HELDOUT_MODULES
    assert modules.index(heldout28) == modules.index(heldout27) + 1
    names = all_families()
    assert names.index("BJ") == names.index("BI") + 1 and names.index("BI") > names.index("BH")
    for seed in range(40):
        markup, _ = make_minutes(random.Random(seed))
        assert "PHẦN MỘT – KHAI MẠC" not in markup and "Chi bộ có tất cả" not in markup


def test_the_families_vary_within_themselves() -> None:
    """Each secretary has habits, not one fixed text: the variants all occur over the seeds."""
    joined = {f: "\n".join(m) for f, m in heldout_markups(heldout28.write_minutes, NAMES).items()}
    bi_needles = ["Hướng dẫn số 12-HD/BTCTW", "Hướng dẫn số 09-HD/BTCTW", "Bắt đầu: "]
    bi_needles += ["Điều hành sinh hoạt: ", "được phân công ghi biên bản", "| Miễn sinh hoạt |"]
    bi_needles += ["| Tổng số đảng viên | Có mặt |", "Đảng viên trong danh sách: ", ", đạt "]
    bi_needles += ["Đảng viên vắng: ", "Dự sinh hoạt với chi bộ có: ", BI_NOBODY, "\na) "]
    bi_needles += ["Số ý kiến phát biểu: ", "\n+ Đồng chí ", "ở mức", "kỳ sau", "Nơi nhận:"]
    bi_needles += ["PHÓ BÍ THƯ", "không tán thành", "(Có sinh hoạt chuyên đề)"]
    bj_needles = ["ĐẢNG CỘNG SẢN VIỆT NAM", "\nĐảng bộ ", "Lúc ", "\nNgày ", ", bắt đầu lúc "]
    bj_needles += ["Trước hết, ", "Kế đến, ", "Tiếp đó, ", "Những đồng chí vắng: ", BJ_NOBODY]
    bj_needles += ["Chủ trì là đồng chí", "viết biên bản.", "đến dự.", "Trong phần thảo luận"]
    bj_needles += ["\n- ", "thì buổi họp kết thúc", "Buổi họp kết thúc vào", "(đã ký)"]
    bj_needles += ["Người viết biên bản ||", "còn ý kiến khác", "Chi bộ định họp", " tối"]
    needles = {"BI": bi_needles, "BJ": bj_needles}
    missing = {f: [n for n in needles[f] if n not in joined[f]] for f in NAMES}
    assert missing == {"BI": [], "BJ": []}
    assert re.search(r"\b0\d/0\d/\d{4}\b", joined["BI"])
    assert re.search(r"\| 0\d \|", joined["BI"])
    assert re.search(r"Chi bộ có tất cả (?:hai|ba|bốn|năm|sáu|bảy|tám|chín) mươi", joined["BJ"])
    assert re.search(r"làm những việc sau: [a-zđ]", joined["BJ"])
    assert re.search(r"\b\d{1,2} giờ \d{2} phút (?:sáng|chiều|tối)", joined["BJ"])


def test_truth_of_a_bi_bj_corpus_honours_the_schema(
    tmp_path: Path, record_schema: dict[str, Any]
) -> None:
    check_family_corpora(tmp_path, NAMES, record_schema)


def test_two_letter_family_names_on_the_command_line(tmp_path: Path) -> None:
    """`--families BI,BJ` gives only BI and BJ, the truth naming them in full."""
    generate_clean_corpus(tmp_path / "both", NAMES, seed=1)

"""Tests of BC and BD, the newest held-out families: opt-in, deterministic, true to their page.

HELD-OUT: BC and BD are closed to whoever writes or tunes the extraction rules, and so is this
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

from bienban.corpus import heldout25
from bienban.corpus.content import (
    all_families,
    draw_facts,
    families,
    heldout_ba_bb_families,
    heldout_bc_bd_families,
    make_minutes,
)
from bienban.corpus.facts import Facts
from bienban.corpus.heldout25_parts import VOTES
from bienban.corpus.heldout25_phrases import (
    count,
    first_words,
    ordinal,
    percent,
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
NAMES = ("BC", "BD")
HANDS = heldout25.HELDOUT_FAMILIES
FORMS = WrittenForms(count, write_date, write_clock, {f: HANDS[f].forms for f in NAMES})
TOPIC_WORDS = {
    "current_affairs": ("thời sự",),
    "directives": ("triển khai", "phổ biến", "quán triệt", "truyền đạt"),
    "review": ("thực hiện nghị quyết tháng",),
    "plan": ("nhiệm vụ tháng", "chi bộ làm những việc sau", "phải làm ngay", "triển khai ngay"),
    "ideology": ("tình hình tư tưởng",),
    "criticism": ("phê bình",),
    "thematic": ("chuyên đề",),
    "ho_chi_minh": ("hồ chí minh",),
    "party_fees": ("đảng phí",),
    "member_development": ("kết nạp", "xin vào đảng"),
    "member_assignment": ("người thực hiện", "phân công", "giao đồng chí", "mỗi đảng viên"),
    "inspection": ("kiểm tra", "giám sát", "kỷ luật", "vi phạm"),
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
    "BC": r"\b(?:\d{1,2} giờ \d{2}|\d{1,2} h \d{2}|\d{1,2}h(?:\d{2})?)\b",
    "BD": rf"\b(?:\d{{1,2}} giờ(?: rưỡi| \d{{2}} phút)? {_PERIOD}|\d{{1,2}} giờ(?: \d{{2}})?)\b",
}
DATE_RE = {
    "BC": r"\b(?:\d{2}/\d{1,2}/\d{4}|\d{2} tháng \d{1,2} năm \d{4}|\d{2}-\d{2}-\d{4})\b",
    "BD": r"(?:mùng \d{1,2}|\b\d{1,2}) tháng \d{1,2} năm \d{4}\b|\b\d{1,2}[-/]\d{1,2}[-/]\d{4}\b",
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
    return heldout_case(heldout25.write_minutes, seed, family)


def _clocks_in(line: str, family: str) -> list[str]:
    """The clocks written in `line`, read back to "HH:MM"."""
    return [HHMM(*CLOCKS[family][said]) for said in re.findall(CLOCK_RE[family], line)]


def _dates_in(line: str, family: str) -> list[date]:
    return [DATES[family][said][0] for said in re.findall(DATE_RE[family], line)]


def _read_number(rest: str) -> int | None:
    """The count that `rest` starts with, in figures or in words (any capital first)."""
    digits = re.match(r"\d+", rest)
    if digits:
        return int(digits[0])
    rest = rest[:1].lower() + rest[1:]
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

_OPENINGS = {
    "BC": ("- Bắt đầu: ", "Thực hiện chương trình công tác, vào lúc "),
    "BD": ("Hôm nay, ", "Lúc "),
}
_ENDS = {
    "BC": r"^(?:Buổi sinh hoạt kết thúc lúc .+|Hội nghị kết thúc vào hồi .+)\.$",
    "BD": r"^(?:Đến .+ thì nghỉ họp|Cuộc họp xong lúc .+)\.$",
}


def _opening(markup: str, family: str) -> str:
    return only(_lines(markup, *_OPENINGS[family]))


def _check_when(markup: str, record: dict[str, Any], facts: Facts, family: str) -> None:
    """The opening line gives the day and the start; a closing line gives the end, dated to
    the next day past midnight, "cùng ngày" otherwise; BC's stated length, when given, is the
    record's duration. A date in the letter head is the meeting's or a later one."""
    day = date.fromisoformat(record["date"])
    opening = _opening(markup, family)
    assert _dates_in(opening, family) == [day], opening
    assert _clocks_in(opening, family) == [record["start_time"]], opening
    head = [ln for ln in markup.splitlines()[:4] if "||" in ln and ", ngày " in ln]
    for line in head:
        said = _dates_in(line.split("||")[1], family)
        if "....." in line:
            assert not said, line
        else:
            assert said == [facts.head_day] and facts.head_day >= day, line
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
    spent = re.search(r", tổng thời gian sinh hoạt (\d+) phút\.$", end)
    if spent:
        assert family == "BC" and int(spent[1]) == record["duration_minutes"], end


# Who came: the counts and the absent --------------------------------------------------------


def _check_words_agree(text: str) -> None:
    """A count written in figures and words, "27 (hai mươi bảy)", says the same twice."""
    for figure, words in re.findall(r"\b(\d+) \(([a-zà-ỹ ]+)\)", text):
        assert number_in_words(int(figure)) == words, (figure, words)


def _bc_table(lines: list[str]) -> dict[str, int | None]:
    """BC's counts off its one-row table."""
    at = lines.index("- Tình hình đảng viên dự sinh hoạt:")
    names = re.findall(r"Tổng số ĐV|Miễn SH|Phải có mặt|Có mặt|Vắng CLD|Vắng KLD", lines[at + 1])
    assert " ".join(names) == lines[at + 1]
    values = lines[at + 2].split(" ")
    keys = {
        "Tổng số ĐV": "total",
        "Miễn SH": "exempt",
        "Phải có mặt": "required",
        "Có mặt": "present",
        "Vắng CLD": "excused",
        "Vắng KLD": "unexcused",
    }
    assert len(values) == len(names)
    found: dict[str, int | None] = {keys[k]: int(v) for k, v in zip(names, values, strict=True)}
    if "required" in found:
        assert found["required"] == (found["total"] or 0) - (found["exempt"] or 0)
    for line in lines:
        rate = re.fullmatch(r"Tỷ lệ đảng viên dự sinh hoạt: (.+)\.", line)
        if rate:
            required = (found["total"] or 0) - (found.get("exempt") or 0)
            assert rate[1] == percent(found["present"] or 0, required)
    return found


def _bc_counts(text: str) -> dict[str, int | None]:
    """BC's counts, off its table or its lines."""
    lines = text.splitlines()
    if "- Tình hình đảng viên dự sinh hoạt:" in lines:
        return _bc_table(lines)
    line = only([ln for ln in lines if ln.startswith("- Tổng số đảng viên trong danh sách: ")])
    found = {"total": _one_number(line, "danh sách: ")}
    extra = re.search(r"\(chính thức: (\d+); dự bị: (\d+)\)", line)
    if extra:
        assert int(extra[1]) + int(extra[2]) == found["total"]
    exempt = [ln for ln in lines if ln.startswith("- Miễn sinh hoạt đảng: ")]
    if exempt:
        said = only(exempt)
        found["exempt"] = 0 if said.endswith(": không có.") else _one_number(said, ": ")
    here = only([ln for ln in lines if ln.startswith("- Có mặt: ")])
    found["present"] = _one_number(here, ": ")
    ratio = re.fullmatch(r"- Có mặt: \d+/(\d+) đ/c phải dự, tỷ lệ (.+)\.", here)
    if ratio:
        required = (found["total"] or 0) - (found.get("exempt") or 0)
        assert int(ratio[1]) == required and ratio[2] == percent(found["present"] or 0, required)
    gone = only([ln for ln in lines if ln.startswith("- Vắng mặt: ")])
    if gone == "- Vắng mặt: không có.":
        return {**found, "excused": 0, "unexcused": 0}
    absent = _one_number(gone, "Vắng mặt: ")
    if gone.endswith("(đều có lý do)."):
        return {**found, "excused": absent, "unexcused": 0}
    if gone.endswith("(không có lý do)."):
        return {**found, "excused": 0, "unexcused": absent}
    found["excused"] = _one_number(gone, "trong đó có lý do: ")
    found["unexcused"] = _one_number(gone, ", không lý do: ")
    assert found["excused"] + found["unexcused"] == absent  # type: ignore[operator]
    return found


def _bd_kinds(said: str, absent: int | None) -> tuple[int | None, int | None]:
    """The excused and unexcused counts of BD's absence, written after the count."""
    yes, no = r"(?:có xin phép|có báo)", r"(?:không xin phép|không báo)"
    both = re.fullmatch(rf"\((.+?) {yes}, (.+?) {no}\)", said)
    if both:
        return _read_number(both[1]), _read_number(both[2])
    if re.fullmatch(rf"(?:, đều {yes}|\({yes}\))", said):
        return absent, 0
    assert re.fullmatch(rf"(?:{no}|\({no}\))", said), said
    return 0, absent


def _split_count(rest: str) -> tuple[int | None, str]:
    """A count at the start of `rest` and what follows it."""
    found = re.match(r"(\d+|[a-zà-ỹ ]+?)(?= đ/c|$| \(| –)", rest)
    assert found, rest
    return _read_number(found[1]), rest[found.end() :]


def _bd_counts(text: str) -> dict[str, int | None]:
    """BD's counts, off its sentences or its short list."""
    lines = text.splitlines()
    sentence = [ln for ln in lines if ln.startswith("Chi bộ có ")]
    if sentence:
        found = {"total": _one_number(only(sentence), "Chi bộ có ")}
        if "Không có đ/c nào miễn sinh hoạt." in lines:
            found["exempt"] = 0
        exempt = [ln for ln in lines if ln.endswith(" đ/c già yếu được miễn sinh hoạt.")]
        if exempt:
            found["exempt"] = _read_number(only(exempt))
        here = only([ln for ln in lines if ln.startswith("Hôm nay đi họp ")])
        found["present"] = _one_number(here, "Hôm nay đi họp ")
        if here.endswith(", không ai vắng."):
            return {**found, "excused": 0, "unexcused": 0}
        absent, rest = _split_count(here.split(", vắng ", 1)[1])
        rest = rest.removeprefix(" đ/c")
        if rest.startswith(": "):
            return {**found, **_named_kinds(rest[2:-1], "bd_sentence")}
        found["excused"], found["unexcused"] = _bd_kinds(rest.removesuffix(".").strip(), absent)
        return found
    found = {"total": _one_number(only(_starting(lines, "Số đảng viên: ")), ": ")}
    exempt = _starting(lines, "Miễn sinh hoạt: ")
    if exempt:
        found["exempt"] = _one_number(only(exempt), ": ")
    found["present"] = _one_number(only(_starting(lines, "Đi họp: ")), ": ")
    gone = only(_starting(lines, "Vắng: "))
    if gone == "Vắng: không":
        return {**found, "excused": 0, "unexcused": 0}
    absent, rest = _split_count(gone[len("Vắng: ") :])
    if rest.startswith(" – "):
        return {**found, **_named_kinds(rest[3:], "bd_list")}
    found["excused"], found["unexcused"] = _bd_kinds(rest.lstrip(), absent)
    return found


def _starting(lines: list[str], start: str) -> list[str]:
    return [ln for ln in lines if ln.startswith(start)]


def _named(said: str, form: str) -> list[tuple[str, str]]:
    """(name, reason) of each absentee in BD's list of them, or BC's."""
    if form == "bd_list":
        return [tuple(e.split(": ", 1)) for e in said.split("; ")]  # type: ignore[misc]
    return re.findall(r"(?:^|[,;] )(?:đ/c )?([^,;()]+?) \(([^)]*)\)", said)


def _named_kinds(said: str, form: str) -> dict[str, int]:
    people = _named(said, form)
    unexcused = sum("không" in reason for _, reason in people)
    return {"excused": len(people) - unexcused, "unexcused": unexcused}


def _check_roll(markup: str, record: dict[str, Any], family: str) -> None:
    text = to_plain_text(markup)
    if family == "BC":
        _check_words_agree(text)
    found = _bc_counts(text) if family == "BC" else _bd_counts(text)
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
    if family == "BC":
        listed = [re.fullmatch(r"\+ Đ/c (.+?) – (.+)\.", ln) for ln in lines]
        if any(listed):
            return [(m[1], m[2]) for m in listed if m]
        said = _starting(lines, "Đảng viên vắng: ")
        return _named(only(said)[len("Đảng viên vắng: ") : -1], "bc") if said else None
    here = _starting(lines, "Hôm nay đi họp ")
    if here and re.search(r", vắng .+? đ/c: ", here[0]):
        return _named(here[0].split(" đ/c: ", 1)[1][:-1], "bd_sentence")
    gone = _starting(lines, "Vắng: ")
    if gone and " – " in gone[0]:
        return _named(gone[0].split(" – ", 1)[1], "bd_list")
    return None


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

PRESIDING = {
    "BC": (
        r"^(?:- Đồng chí chủ trì: (.+?) – [^–]+\.$|Đồng chí (.+?), [^,]+, chủ trì buổi sinh hoạt;)",
        r"(?:^- Đồng chí thư ký: (.+?)(?: – [^–]+)?\.$|; đồng chí (.+?)(?: \([^)]+\))? được"
        r" phân công làm thư ký\.$)",
        r"^- Đại biểu cấp trên dự: (.+)\.$",
        r"đồng chí (.+?) – ",
    ),
    "BD": (
        r"^(?:Đ/c (.+?) – [^–]+ – điều khiển cuộc họp\.$|Chủ trì họp: đ/c (.+?)\.$)",
        r"^(?:Đ/c (.+?)(?:, [^,]+,)? ghi biên bản\.$|Người ghi: đ/c (.+?)\.$)",
        r"^Đến dự có (.+)\.$",
        r"đ/c (.+?) – ",
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
    assert len(guests) <= 1, guests
    assert bool(guests) or not (facts.guests or facts.unnamed_guest)
    named = re.findall(name_re, guests[0]) if facts.guests else []
    assert named == record["attendance"]["guests"], guests
    if facts.unnamed_guest:
        assert only(guests) == facts.unnamed_guest and not record["attendance"]["guests"]
    elif not facts.guests and guests:
        assert family == "BC" and only(guests) == "không có"


_LEAD = {
    "BC": r"^IV/ (?:QUYẾT NGHỊ|KẾT LUẬN)$",
    "BD": r"^(?:Tháng \d+/\d{4} chi bộ làm những việc sau|Sau chuyên đề, chi bộ làm những việc"
    r" sau|Những việc phải làm ngay|Chi bộ thống nhất):",
}
_TALK = {
    "BC": r"^\d+/ Thảo luận$",
    "BD": r"^(?:\* Ý kiến đảng viên:|Thứ \S+: Ý kiến đảng viên\.)$",
}


def _discussion(text: str, family: str) -> str:
    """The discussion's part of the page: from its heading to the tasks."""
    (found,) = re.finditer(_TALK[family], text, re.M)
    rest = text[found.end() :]
    return rest[: re.search(_LEAD[family], rest, re.M).start()]  # type: ignore[union-attr]


def _check_discussion(markup: str, record: dict[str, Any], facts: Facts, family: str) -> None:
    """Nobody spoke; or a count and the gist; or the opinions in order, each naming its
    speaker, with the count when one is given."""
    text = to_plain_text(markup)
    nobody = {"BC": "không tham gia ý kiến thêm.", "BD": "Các đ/c nghe xong không ai phát biểu."}
    assert (nobody[family] in text) == (record["speakers"] == 0)
    part = _discussion(text, family)
    if family == "BC":
        said = re.findall(r"^– Đồng chí (.+?)(?: \([^)]*\))?: ", part, re.M)
        stated = re.findall(
            r"^Số đồng chí phát biểu: (.+?), (?:cụ thể:|tập trung vào )", part, re.M
        )
    else:
        said = re.findall(r"^Đ/c (.+?)(?: \([^)]*\))?(?: nói: |:$)", part, re.M)
        stated = re.findall(r"^Có (.+?) đ/c phát biểu[:,]", part, re.M)
    counts = [_read_number(written) for written in stated]
    check_listed_opinions(said, facts)
    if record["speakers"] and facts.stated_speakers is not None:
        assert counts == [record["speakers"]], part
    else:
        assert not counts and record["speakers"] == len(said), part


# What was adopted ---------------------------------------------------------------------------


def _task_forms(family: str, item: str) -> list[str]:
    """The ways a task stands in the joined page, its mark or its neighbours around it."""
    said = re.escape(item)
    if family == "BC":
        return [rf" là, {said}\.", rf"- {said}[;.]"]
    return [rf"\b\d+- {said}\.", rf"(?:: |; ){said}[;.]"]


def _check_tasks_table(markup: str, record: dict[str, Any], facts: Facts) -> bool:
    """BC's task table, when there is one: each task in its row in order, with who carries it
    out, one at least a named member; the record then counts the tasks as assigned."""
    rows = [ln[1:-1].split(" | ") for ln in markup.splitlines() if ln.startswith("| ")]
    at = [i for i, row in enumerate(rows) if row[0].strip() == "Nội dung công việc"]
    if not at:
        return False
    tasks = [r for r in record["resolutions"] if r != facts.conclusion_decision]
    table = [(what.strip(), who.strip()) for what, who in rows[at[0] + 1 :]]
    assert [what for what, _ in table] == tasks
    members = {f"Đ/c {name}" for name in facts.members}
    assert members & {who for _, who in table}, table
    assert "member_assignment" in record["topics"]
    return True


def _check_resolutions(markup: str, record: dict[str, Any], facts: Facts, family: str) -> None:
    """Each task in order under its mark (wrapped lines read on, over a page too), the extra
    decision after them on its own line."""
    joined = " ".join(plain_lines(markup))
    tasks = [r for r in record["resolutions"] if r != facts.conclusion_decision]
    if not (family == "BC" and _check_tasks_table(markup, record, facts)):
        for item in tasks:
            assert any(re.search(form, joined) for form in _task_forms(family, item)), item
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
        assert "mọi người nhất trí" not in text
        return
    a, t = vote["agree"], vote["total"]
    shown = set()
    for w in FORMS.counts(t, family):
        values = {"a": a, "t": t, "c": t - a, "p": percent(a, t), "w": w}
        shown |= {form for form in VOTES[family].values() if form.format(**values) in text}
    assert len(shown) == 1, shown
    if "{w}" in shown.pop():
        assert a == t == record["attendance"]["present"]


# The rest: type, topics, the next meeting ------------------------------------------------------


def _without_names(joined: str, facts: Facts) -> str:
    """The page in small letters without people's names (a member may be called "Hồ Chí Minh
    Tài")."""
    people = [facts.chair, facts.secretary, *facts.members, *(a.name for a in facts.absentees)]
    people += [name for name, _ in facts.guests]
    people += [str(facts.sections[k]) for k in ("candidate", "offender") if k in facts.sections]
    for name in sorted(people, key=len, reverse=True):
        joined = joined.replace(name.lower(), "")
    return joined


_NEXT = {"BC": "Thời gian sinh hoạt chi bộ kỳ tới: ngày ", "BD": "Hẹn kỳ họp sau vào ngày "}


def _check_type(markup: str, record: dict[str, Any], family: str) -> None:
    """The titles say the meeting's type, and only that type."""
    heading = titles(markup).lower()
    kind = record["meeting_type"]
    assert ("bất thường" in heading) == (kind == "extraordinary"), heading
    assert ("chuyên đề" in heading) == (kind in ("thematic", "combined")), heading
    assert ("tháng" in heading) == (kind in ("regular", "combined")), heading
    if kind in ("thematic", "extraordinary"):
        assert "thường kỳ" not in heading, heading
    if kind == "combined" or (kind == "regular" and family == "BC"):
        assert "thường kỳ" in heading, heading


def _check_head(markup: str, record: dict[str, Any], family: str) -> None:
    """The letter head gives the parent committee over the branch, as written or in capitals."""
    top = [ln.split("||")[0].strip() for ln in markup.splitlines()[:2]]
    parent, branch = record["parent_committee"], record["branch"]
    assert top in ([parent, branch], [parent.upper(), branch.upper()]), top
    if family == "BC":
        assert top == [parent.upper(), branch.upper()]


_PLACES = {
    "BC": r"^(?:- Địa điểm sinh hoạt: (.+)\.|Thực hiện chương trình công tác, .+ tại (.+)\.)$",
    "BD": r"^(?:Hôm nay, .+ họp .+ ở (.+)\.|Lúc .+, tại (.+), chi bộ họp .+\.)$",
}


def _place(markup: str, family: str) -> str:
    """Where the meeting was, as the opening or the line under it says."""
    found = re.findall(_PLACES[family], to_plain_text(markup), re.M)
    return "".join(only(found))


def _check_content(markup: str, record: dict[str, Any], facts: Facts, family: str) -> None:
    text = to_plain_text(markup)
    joined = " ".join(text.splitlines()).lower()
    _check_type(markup, record, family)
    _check_head(markup, record, family)
    assert _place(markup, family) == record["location"]
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
    for directive in re.findall(r"Chỉ thị (\d{2})-CT/TW", text):
        assert (directive == "05") == (facts.day >= date(2016, 5, 15)), directive
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
    (write_clock, (14, 0), "gio_pad", "14 giờ 00"),
    (write_clock, (19, 30), "h_spaced", "19 h 30"),
    (write_clock, (14, 0), "h_short", "14h"),
    (write_clock, (8, 45), "h_short", "8h45"),
    (write_clock, (19, 30), "dial", "7 giờ rưỡi tối"),
    (write_clock, (7, 0), "dial", "7 giờ sáng"),
    (write_clock, (14, 15), "dial", "2 giờ 15 phút chiều"),
    (write_clock, (0, 30), "dial", "12 giờ rưỡi đêm"),
    (write_clock, (12, 0), "dial", "12 giờ trưa"),
    (write_clock, (19, 0), "gio_bare", "19 giờ"),
    (write_clock, (19, 5), "gio_bare", "19 giờ 05"),
    (write_date, (date(2024, 3, 5),), "day_pad_slash", "05/3/2024"),
    (write_date, (date(2024, 3, 5),), "day_pad_words", "05 tháng 3 năm 2024"),
    (write_date, (date(2024, 3, 5),), "dash_pad", "05-03-2024"),
    (write_date, (date(2024, 3, 5),), "mung", "mùng 5 tháng 3 năm 2024"),
    (write_date, (date(2024, 3, 15),), "mung", "15 tháng 3 năm 2024"),
    (write_date, (date(2024, 3, 5),), "dash", "5-3-2024"),
    (write_date, (date(2024, 3, 5),), "slash", "5/3/2024"),
    (count, (27,), "both", "27 (hai mươi bảy)"),
    (count, (2,), "pad", "02"),
    (count, (16,), "words", "mười sáu"),
    (count, (7,), "digits", "7"),
    (first_words, (0,), None, "Một là"),
    (first_words, (10,), None, "Mười một là"),
    (ordinal, (0,), None, "thứ nhất"),
    (ordinal, (3,), None, "thứ tư"),
    (percent, (23, 25), None, "92,00%"),
    (percent, (22, 23), None, "95,65%"),
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


def test_meetings_over_midnight_are_dated_to_the_next_day() -> None:
    """The first dozen meetings that end after midnight say so in both families."""
    seeds = [s for s in range(2000) if draw_facts(random.Random(s)).end_next_day][:12]
    assert len(seeds) == 12
    for seed in seeds:
        for family in NAMES:
            facts, markup, record = _case(seed, family)
            _check_when(markup, record, facts, family)


def test_bc_and_bd_are_written_deterministically_and_only_on_request() -> None:
    for family in NAMES:
        assert_written_deterministically(heldout25.write_minutes, family)
    assert heldout_bc_bd_families() == ["BC", "BD"]
    assert heldout_ba_bb_families() == ["BA", "BB"]
    assert families() == ["A", "B", "C", "D", "E", "F"]
    names = all_families()
    assert names.index("BD") == names.index("BC") + 1 and names.index("BC") > names.index("BB")
    for seed in range(40):
        markup, _ = make_minutes(random.Random(seed))
        assert "III/ NỘI DUNG SINH HOẠT" not in markup and "thì nghỉ họp" not in markup


def test_the_families_vary_within_themselves() -> None:
    """Each secretary has habits, not one fixed text: the variants all occur over the seeds."""
    joined = {f: "\n".join(m) for f, m in heldout_markups(heldout25.write_minutes, NAMES).items()}
    bc_needles = ["Số: 0", "Số:      -BB/CB", "ngày ..... tháng", "- Bắt đầu: ", "vào lúc "]
    bc_needles += ["- Đồng chí chủ trì: ", "được phân công làm thư ký", "dự: không có."]
    bc_needles += ["| Tổng số ĐV | Miễn SH |", "| Tổng số ĐV | Có mặt |", "Đảng viên vắng: đ/c"]
    bc_needles += ["- Tổng số đảng viên trong danh sách: ", "; dự bị: ", "đ/c phải dự, tỷ lệ"]
    bc_needles += ["(đều có lý do)", "trong đó có lý do: ", "  + Đ/c ", "gồm 0", "Một là, "]
    bc_needles += ["| Nội dung công việc | Người thực hiện |", ";\n- ", "– Đồng chí ", "cụ thể:"]
    bc_needles += [
        "tập trung vào",
        "xếp loại",
        "(Trong tổng số có ",
        "Tỷ lệ đảng viên dự",
        "kỳ tới: ngày",
        "tổng thời gian",
        "vào hồi",
    ]
    bc_needles += ["(Ký, ghi rõ họ tên)", "NGƯỜI GHI BIÊN BẢN || CHỦ TRÌ", "Nơi nhận:", "<<page>>"]
    bc_needles += [" h ", " giờ ", "^Tháng 0", "^Tháng ", "Chỉ thị 05-CT/TW", "Chỉ thị 03-CT/TW"]
    bd_needles = ["|| ĐẢNG CỘNG SẢN VIỆT NAM\nChi bộ", "\nChi bộ ", ", ngày ", "Hôm nay, thứ"]
    bd_needles += ["Lúc ", "– điều khiển cuộc họp.", "Chủ trì họp: đ/c", "Đến dự có "]
    bd_needles += ["Chi bộ có ", "già yếu", "Không có đ/c nào", "không ai vắng", "Số đảng viên: "]
    bd_needles += [
        "Đi họp: ",
        "có xin phép",
        "có báo",
        "đ/c dự bị",
        "\nHọp ",
        "\n* Ý kiến",
        "Thứ nhất: ",
    ]
    bd_needles += [
        " nói: ",
        " đ/c phát biểu:",
        " đ/c phát biểu, nói về ",
        "1- ",
        "chi bộ làm những việc sau: ",
        "giơ tay biểu quyết",
    ]
    bd_needles += [
        "Biểu quyết: cả ",
        "Hẹn kỳ họp sau",
        "thì nghỉ họp",
        "Cuộc họp xong lúc",
        "mọi người",
    ]
    bd_needles += ["rưỡi", "mùng ", "Người ghi biên bản || ", "THƯ KÝ || CHỦ TRÌ", "<<page>>"]
    needles = {"BC": bc_needles, "BD": bd_needles}
    missing = {f: [n for n in needles[f] if n not in joined[f]] for f in NAMES}
    assert missing == {"BC": [], "BD": []}
    assert re.search(r"\d+ \((?:hai|ba|bốn) mươi", joined["BC"])
    assert re.search(r"Hôm nay đi họp (?:hai|ba|bốn) mươi", joined["BD"])
    assert re.search(r"^Đ/c [^\n]+:\n[A-ZĐ]", joined["BD"], re.M)
    assert re.search(r"\d{2}-\d{2}-\d{4}", joined["BC"])
    assert re.search(r"\d{1,2}-\d{1,2}-\d{4}", joined["BD"])
    for clock in (r"\d{1,2} giờ \d{2}", r"\d{1,2} h \d{2}", r"\d{1,2}h\b"):
        assert re.search(rf"Bắt đầu: {clock}|vào lúc {clock}", joined["BC"]), clock


def test_truth_of_a_bc_bd_corpus_honours_the_schema(
    tmp_path: Path, record_schema: dict[str, Any]
) -> None:
    check_family_corpora(tmp_path, NAMES, record_schema)


def test_two_letter_family_names_on_the_command_line(tmp_path: Path) -> None:
    """`--families BC,BD` gives only BC and BD, the truth naming them in full."""
    generate_clean_corpus(tmp_path / "both", NAMES, seed=1)

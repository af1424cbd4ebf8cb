"""Tests of AW and AX, the newest held-out families: opt-in, deterministic, true to their page.

HELD-OUT: AW and AX are closed to whoever writes or tunes the extraction rules, and so is this
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

from bienban.corpus import heldout22
from bienban.corpus.content import (
    all_families,
    draw_facts,
    families,
    heldout_au_av_families,
    heldout_aw_ax_families,
    make_minutes,
)
from bienban.corpus.facts import Facts
from bienban.corpus.heldout22_parts import VOTES
from bienban.corpus.heldout22_phrases import count, letter, percent, write_clock, write_date
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
NAMES = ("AW", "AX")
HANDS = heldout22.HELDOUT_FAMILIES
FORMS = WrittenForms(count, write_date, write_clock, {f: HANDS[f].forms for f in NAMES})
TOPIC_WORDS = {
    "current_affairs": ("thời sự",),
    "directives": ("phổ biến", "quán triệt", "triển khai", "chỉ đạo"),
    "review": ("kiểm điểm việc làm tháng", "kết quả thực hiện nghị quyết tháng"),
    "plan": ("việc làm tháng", "giao nhiệm vụ", "biện pháp làm liền"),
    "ideology": ("tư tưởng",),
    "criticism": ("phê bình",),
    "thematic": ("chuyên đề",),
    "ho_chi_minh": ("hồ chí minh",),
    "party_fees": ("đảng phí",),
    "member_development": ("kết nạp",),
    "member_assignment": ("phân công", "phụ trách", "giao đồng chí"),
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
    "AW": rf"\b(?:\d{{1,2}}g\d{{2}}|\d{{1,2}} giờ(?: \d{{2}})? {_PERIOD})",
    "AX": r"\b(?:\d{2} giờ \d{2} phút|\d{1,2}h(?:\d{2})?\b)",
}
DATE_RE = {
    "AW": r"\b\d{1,2}/\d{1,2}/\d{4}\b",
    "AX": r"\b(?:\d{1,2}-\d{1,2}-\d{4}|\d{2} tháng \d{1,2} năm \d{4})\b",
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
    return heldout_case(heldout22.write_minutes, seed, family)


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

_OPENINGS = {
    "AW": ("Hôm nay, ", "Thời gian họp: "),
    "AX": ("– Thời gian: bắt đầu ", "Cuộc họp được tổ chức tại "),
}
_ENDS = {"AW": ("Buổi họp kết thúc lúc ", "Họp xong lúc "), "AX": ("Biên bản kết thúc lúc ",)}


def _check_when(markup: str, record: dict[str, Any], facts: Facts, family: str) -> None:
    """The opening line gives the day and the start; a closing line gives the end, dated to
    the next day past midnight, "cùng ngày" otherwise."""
    day = date.fromisoformat(record["date"])
    opening = only(_lines(markup, *_OPENINGS[family]))
    assert _dates_in(opening, family) == [day], opening
    assert _clocks_in(opening, family) == [record["start_time"]], opening
    ends = _lines(markup, *_ENDS[family])
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


def _absence_kinds(said: str, absent: int | None) -> tuple[int | None, int | None]:
    """The excused and unexcused counts of an absence written `said` (what follows the number
    of the absent): both counts, or one kind in brackets."""
    both = re.match(r" đ/c \(có phép (.+?), không phép (.+?)\)", said)
    if both:
        return _read_number(both[1]), _read_number(both[2])
    assert said.startswith((" đ/c (có phép)", " đ/c (không phép)")), said
    return (absent, 0) if said.startswith(" đ/c (có phép)") else (0, absent)


def _aw_counts(text: str) -> dict[str, int | None]:
    """AW's counts, off its one sentence or its "present/total" and absence lines."""
    found: dict[str, int | None] = {}
    if "\nChi bộ có " in text:
        line = only([ln for ln in text.splitlines() if ln.startswith("Chi bộ có ")])
        found["total"] = _one_number(line, "Chi bộ có ")
        if ", không có đ/c nào miễn sinh hoạt" in line:
            found["exempt"] = 0
        elif ", trong đó miễn sinh hoạt " in line:
            found["exempt"] = _one_number(line, ", trong đó miễn sinh hoạt ")
        found["present"] = _one_number(line, "; hiện diện ")
        if line.endswith("; không ai vắng."):
            return {**found, "excused": 0, "unexcused": 0}
        absent = _one_number(line, "; vắng ")
        rest = line[line.index("; vắng ") + 7 :]
    else:
        line = only([ln for ln in text.splitlines() if ln.startswith("Hiện diện: ")])
        ratio = re.match(r"Hiện diện: (\d+)/(\d+) đảng viên", line)
        assert ratio, line
        found["present"], found["total"] = int(ratio[1]), int(ratio[2])
        if "(không có đ/c miễn sinh hoạt)" in line:
            found["exempt"] = 0
        elif "(miễn sinh hoạt: " in line:
            found["exempt"] = _one_number(line, "(miễn sinh hoạt: ")
        gone = only([ln for ln in text.splitlines() if ln.startswith("Vắng: ")])
        if gone == "Vắng: không có.":
            return {**found, "excused": 0, "unexcused": 0}
        absent = _one_number(gone, "Vắng: ")
        rest = gone[6:]
    said = rest[re.match(r"\d+|[a-zà-ỹ ]+?(?= đ/c)", rest).end() :]  # type: ignore[union-attr]
    found["excused"], found["unexcused"] = _absence_kinds(said, absent)
    assert found["excused"] + found["unexcused"] == absent  # type: ignore[operator]
    return found


_AX_HEADS = {
    "Tổng số đảng viên": "total",
    "Miễn sinh hoạt": "exempt",
    "Có mặt": "present",
    "Vắng có lý do": "excused",
    "Vắng không lý do": "unexcused",
}


def _ax_counts(text: str) -> dict[str, int | None]:
    """AX's counts, off its small table (a row of headings over a row of figures) or its one
    line."""
    lines = text.splitlines()
    if "– Tình hình đảng viên:" in lines:
        at = lines.index("– Tình hình đảng viên:")
        heads = [h for h in _AX_HEADS if h in lines[at + 1]]
        assert " ".join(heads) == lines[at + 1], lines[at + 1]
        figures = lines[at + 2].split(" ")
        assert len(figures) == len(heads), lines[at + 2]
        return {_AX_HEADS[h]: int(f) for h, f in zip(heads, figures, strict=True)}
    line = only([ln for ln in lines if ln.startswith("– Đảng viên trong chi bộ: ")])
    found = {"total": _one_number(line, "– Đảng viên trong chi bộ: ")}
    if "; miễn sinh hoạt: " in line:
        found["exempt"] = _one_number(line, "; miễn sinh hoạt: ")
    found["present"] = _one_number(line, "; dự họp: ")
    if line.endswith("; vắng: không có."):
        return {**found, "excused": 0, "unexcused": 0}
    absent = _one_number(line, "; vắng: ")
    found["excused"] = _one_number(line, " đ/c (có lý do: ")
    found["unexcused"] = _one_number(line, ", không lý do: ")
    assert found["excused"] + found["unexcused"] == absent  # type: ignore[operator]
    return found


def _check_roll(markup: str, record: dict[str, Any], family: str) -> None:
    text = to_plain_text(markup)
    found = _aw_counts(text) if family == "AW" else _ax_counts(text)
    counts = record["attendance"]
    assert found["total"] == counts["total_members"]
    assert found["present"] == counts["present"]
    assert found.get("exempt") == counts["exempt"]
    assert (found["excused"], found["unexcused"]) == (
        counts["absent_excused"],
        counts["absent_unexcused"],
    )


_ABSENT = {"AW": ("Những đ/c vắng: ", "; ", " – "), "AX": ("– Đ/c vắng: ", "; ", ", ")}


def _check_absentees(markup: str, record: dict[str, Any], facts: Facts, family: str) -> None:
    """When every absentee is known, each is named on the absence line with the reason after
    the name, the unexcused ones saying "không"; otherwise nobody is named."""
    start, between, after = _ABSENT[family]
    listed = _lines(markup, start)
    named = bool(facts.absentees) and len(facts.absentees) == facts.excused + facts.unexcused
    assert len(listed) == named
    if not named:
        return
    said = [entry.split(after, 1) for entry in only(listed)[len(start) : -1].split(between)]
    assert [name for name, _ in said] == [a.name for a in facts.absentees], said
    unexcused = sum("không" in reason for _, reason in said)
    assert unexcused == record["attendance"]["absent_unexcused"], said
    assert len(said) - unexcused == record["attendance"]["absent_excused"], said


# Who chaired, who wrote, who came, who spoke ----------------------------------------------------

_ROLE = r"(?: \([^)]+\))?"
PRESIDING = {
    "AW": (
        r"^(?:Đ/c (.+?), [^,;]+, chủ trì; đ/c |Chủ trì: đ/c (.+?) – [^–]+\.$)",
        rf"(?:; đ/c (.+?){_ROLE} lo ghi biên bản\.$|^Ghi chép: đ/c (.+?){_ROLE}\.$)",
        r"^Dự họp với chi bộ có: (.+)\.$",
        r"(?:Ông|Bà|đồng chí) (.+?) \([^)]+\)",
    ),
    "AX": (
        r"^(?:– Chủ tọa: đ/c (.+?), [^,]+\.$|– Đ/c (.+?) \([^)]+\) chủ tọa; )",
        rf"(?:^– Thư ký: đ/c (.+?){_ROLE}\.$|; đ/c (.+?){_ROLE} làm thư ký\.$)",
        r"^– Đại biểu cấp trên: (.+)\.$",
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
    assert len(guests) == bool(facts.guests or facts.unnamed_guest)
    named = re.findall(name_re, guests[0]) if facts.guests else []
    assert named == record["attendance"]["guests"], guests
    if facts.unnamed_guest:
        assert only(guests) == facts.unnamed_guest and not record["attendance"]["guests"]


def _discussion(text: str, family: str) -> str:
    """The discussion's part of the page: from its heading to the tasks."""
    if family == "AW":
        (found,) = re.finditer(r"^Phần \d+ – Đảng viên góp ý:$", text, re.M)
        rest = text[found.end() :]
        return rest[: re.search(r"^Phần \d+ – ", rest, re.M).start()]  # type: ignore[union-attr]
    (found,) = re.finditer(r"^3\.\d+\. Thảo luận$", text, re.M)
    return text[found.end() : text.index("\n4. Kết luận\n")]


def _check_discussion(markup: str, record: dict[str, Any], facts: Facts, family: str) -> None:
    """Nobody spoke; or a count and the gist; or the opinions in order, each naming its
    speaker, with the count when one is given."""
    text = to_plain_text(markup)
    nobody = {"AW": "không ai góp ý thêm.", "AX": "Không có ý kiến thảo luận."}
    assert (nobody[family] in text) == (record["speakers"] == 0)
    part = _discussion(text, family)
    who = r"(?:Đ/c|đ/c|Ông|Bà|Đồng chí|đồng chí)"
    if family == "AW":
        said = re.findall(rf"^{who} (.+?)(?: \([^)]*\))? có ý kiến: ", part, re.M)
        stated = re.findall(r"^(?:Tổng cộng có|Có) (.+?) đ/c góp ý[.,]", part, re.M)
    else:
        said = re.findall(rf"^Ý kiến của {who} (.+?)(?: \([^)]*\))?: ", part, re.M)
        stated = re.findall(r"^Số lượt ý kiến thảo luận: (\d+)[.,]", part, re.M)
    counts = [_read_number(written) for written in stated]
    check_listed_opinions(said, facts)
    if record["speakers"] and facts.stated_speakers is not None:
        assert counts == [record["speakers"]], part
    else:
        assert not counts and record["speakers"] == len(said), part


# What was adopted ---------------------------------------------------------------------------

_MARKS = {"AW": (r"[a-zđ]\) ", r"\+ "), "AX": (r"\(\d+\) ", "– ")}


def _check_resolutions(markup: str, record: dict[str, Any], facts: Facts, family: str) -> None:
    """Each task in order under its mark (wrapped lines read on, over a page too), the extra
    decision after them on its own line."""
    joined = " ".join(plain_lines(markup))
    ends = "[;.]" if family == "AW" else r"\."
    tasks = [r for r in record["resolutions"] if r != facts.conclusion_decision]
    for item in tasks:
        found = [re.search(f"{m}{re.escape(item)}{ends}", joined) for m in _MARKS[family]]
        assert any(found), item
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
    shown = [form for form in VOTES[family].values() if form.format(**values) in text]
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


_NEXT = {"AW": "Hẹn kỳ họp tới vào ", "AX": "Thời gian họp chi bộ kỳ sau: ngày "}


def _check_content(markup: str, record: dict[str, Any], facts: Facts, family: str) -> None:
    text = to_plain_text(markup)
    joined = " ".join(text.splitlines()).lower()
    heading = titles(markup).lower()
    kind = record["meeting_type"]
    assert ("bất thường" in heading) == (kind == "extraordinary"), heading
    assert ("chuyên đề" in heading) == (kind in ("thematic", "combined")), heading
    assert ("thường kỳ" in heading) == (kind in ("regular", "combined")), heading
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
    (write_clock, (19, 30), "g", "19g30"),
    (write_clock, (7, 0), "g", "7g00"),
    (write_clock, (19, 30), "gio_period", "7 giờ 30 tối"),
    (write_clock, (14, 0), "gio_period", "2 giờ chiều"),
    (write_clock, (0, 15), "gio_period", "12 giờ 15 đêm"),
    (write_clock, (14, 0), "h_compact", "14h"),
    (write_clock, (9, 5), "h_compact", "9h05"),
    (write_clock, (7, 30), "gio_phut_pad", "07 giờ 30 phút"),
    (write_date, (date(2024, 3, 15),), "slash", "15/3/2024"),
    (write_date, (date(2024, 3, 5),), "slash_pad", "05/03/2024"),
    (write_date, (date(2024, 3, 5),), "dash_bare", "5-3-2024"),
    (write_date, (date(2024, 3, 5),), "words_daypad", "05 tháng 3 năm 2024"),
    (count, (27,), "words", "hai mươi bảy"),
    (count, (2,), "pad", "02"),
    (count, (7,), "digits", "7"),
    (letter, (4,), None, "đ"),
    (letter, (5,), None, "e"),
    (letter, (6,), None, "g"),
    (percent, (22, 23), None, "95,7%"),
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


def test_aw_and_ax_are_written_deterministically_and_only_on_request() -> None:
    for family in NAMES:
        assert_written_deterministically(heldout22.write_minutes, family)
    assert heldout_aw_ax_families() == ["AW", "AX"]
    assert heldout_au_av_families() == ["AU", "AV"]
    assert families() == ["A", "B", "C", "D", "E", "F"]
    names = all_families()
    assert names.index("AX") == names.index("AW") + 1 and names.index("AW") > names.index("AV")
    for seed in range(40):
        markup, _ = make_minutes(random.Random(seed))
        assert " – Đảng viên góp ý:" not in markup and "\n2. Thành phần\n" not in markup


def test_the_families_vary_within_themselves() -> None:
    """Each secretary has habits, not one fixed text: the variants all occur over the seeds."""
    joined = {f: "\n".join(m) for f, m in heldout_markups(heldout22.write_minutes, NAMES).items()}
    aw_needles = ["-BB/CB ||", "/0", "g", " tối", "Hôm nay, ", "Thời gian họp: ", "lo ghi"]
    aw_needles += ["Chủ trì: đ/c", "Dự họp với chi bộ có: ", "Chi bộ có ", "Hiện diện: "]
    aw_needles += ["Những đ/c vắng: ", "có ý kiến: ", "a) ", "\n+ ", "<<page>>", "Hẹn kỳ"]
    aw_needles += ["không đồng ý", "Họp xong lúc", "NGƯỜI GHI BIÊN BẢN", "THƯ KÝ || CHỦ TRÌ"]
    ax_needles = ["Số: 0", "-20", " tháng ", " phút", "– Thời gian: bắt đầu ", "Cuộc họp được"]
    ax_needles += ["– Chủ tọa: ", "làm thư ký", "– Đại biểu cấp trên: ", "| Tổng số đảng viên"]
    ax_needles += ["– Đảng viên trong chi bộ: ", "– Đ/c vắng: ", "Ý kiến của ", "(1) ", "\n– "]
    ax_needles += ["<<page>>", "không tán thành", "T/M CHI BỘ", "(Ký, ghi rõ họ tên)"]
    needles = {"AW": aw_needles, "AX": ax_needles}
    missing = {f: [n for n in needles[f] if n not in joined[f]] for f in NAMES}
    assert missing == {"AW": [], "AX": []}
    assert re.search(r"Chi bộ có (?:hai|ba|bốn) mươi", joined["AW"])
    assert re.search(r"dự họp: 0\d đ/c|\| 0\d \|", joined["AX"])


def test_truth_of_an_aw_ax_corpus_honours_the_schema(
    tmp_path: Path, record_schema: dict[str, Any]
) -> None:
    check_family_corpora(tmp_path, NAMES, record_schema)


def test_two_letter_family_names_on_the_command_line(tmp_path: Path) -> None:
    """`--families AW,AX` gives only AW and AX, the truth naming them in full."""
    generate_clean_corpus(tmp_path / "both", NAMES, seed=1)

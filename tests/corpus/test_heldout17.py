"""Tests of AM and AN, the newest held-out families: opt-in, deterministic, true to their page.

HELD-OUT: AM and AN are closed to whoever writes or tunes the extraction rules, and so is this
file, which shows them. Its checks read the printed words the way a careful person reads them,
never through the product's extractors: every value of the expected record has to stand on the
page in some written form.
"""

from __future__ import annotations

import random
import re
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from bienban.corpus import heldout17
from bienban.corpus.content import (
    all_families,
    families,
    heldout_ak_al_families,
    heldout_am_an_families,
    make_minutes,
)
from bienban.corpus.facts import Facts
from bienban.corpus.heldout17_parts import AGAINST, VOTES
from bienban.corpus.heldout17_phrases import count, share, write_clock, write_date
from bienban.corpus.heldout_phrases import weekday_name
from bienban.corpus.markup import to_plain_text
from bienban.corpus.words import number_in_words
from tests.corpus.helpers import (
    WrittenForms,
    assert_written_deterministically,
    check_family_corpora,
    check_listed_opinions,
    check_people_named,
    check_vote_forms,
    generate_clean_corpus,
    heldout_case,
    heldout_markups,
    only,
    plain_lines,
    titles,
)

SEEDS = range(300)
NAMES = ("AM", "AN")
HANDS = heldout17.HELDOUT_FAMILIES
FORMS = WrittenForms(count, write_date, write_clock, {f: HANDS[f].forms for f in NAMES})
TOPIC_WORDS = {
    "current_affairs": ("thời sự",),
    "directives": ("quán triệt", "chỉ đạo khẩn"),
    "review": ("kết quả thực hiện nghị quyết tháng",),
    "plan": ("tập trung thực hiện các nhiệm vụ", "việc làm tháng", "triển khai ngay", "làm ngay"),
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
    "directives": "quán triệt",
    "review": "kết quả thực hiện nghị quyết",
    "member_development": "kết nạp",
}
_PERIOD = r"(?:sáng|trưa|chiều|tối|đêm)"
_NUM = r"(?:mười|một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mươi|mốt|lăm)"
_NUMS = rf"{_NUM}(?: {_NUM})*"
CLOCK_RE = {
    "AM": rf"\d{{1,2}} giờ (?:đúng|\d{{2}} phút(?: {_PERIOD})?|{_PERIOD})|\d{{1,2}}h\d{{2}}",
    "AN": rf"\d{{1,2}}h\d{{2}} {_PERIOD}|\d{{1,2}} giờ(?: \d{{2}})?"
    rf"|{_NUMS} giờ(?: rưỡi| {_NUMS} phút)? {_PERIOD}",
}
DATE_RE = {
    "AM": r"\d{1,2} tháng \d{1,2} năm \d{4}|\d{2}/\d{2}/\d{4}|\d{1,2}\.\d{1,2}\.\d{4}",
    "AN": r"\d{1,2}/\d{1,2}/\d{4}|\.\.\d{1,2}\.\. tháng \.\.\d{1,2}\.\. năm \d{4}",
}
# Numbers as words, longest first, so that "hai mươi bảy" is read before "hai".
_WORDS = sorted(((number_in_words(i), i) for i in range(1000)), key=lambda p: -len(p[0]))


def _reader(family: str, write: Any, styles: str, values: list[Any]) -> dict[str, Any]:
    return {write(*v, style=s): v for s in HANDS[family].forms[styles] for v in values}


_MINUTES = [(h, m) for h in range(24) for m in range(60)]
_DAYS = [(date(2011, 1, 1) + timedelta(days=d),) for d in range(16 * 366)]
CLOCKS = {f: _reader(f, write_clock, "clock", _MINUTES) for f in NAMES}
DATES = {f: _reader(f, write_date, "date", _DAYS) for f in NAMES}


def _case(seed: int, family: str) -> tuple[Facts, str, dict[str, Any]]:
    return heldout_case(heldout17.write_minutes, seed, family)


def _clocks_in(line: str, family: str) -> list[tuple[int, int]]:
    """The clocks written in `line`, read back to (hour, minute)."""
    return [CLOCKS[family][said] for said in re.findall(CLOCK_RE[family], line)]


def _dates_in(line: str, family: str) -> list[date]:
    return [DATES[family][said][0] for said in re.findall(DATE_RE[family], line)]


def _unfield(text: str) -> str:
    """The text with the printed form's dotted lines taken away, the values left."""

    def gap(found: re.Match[str]) -> str:
        after = found.string[found.end() : found.end() + 1]
        return "" if after in ("", "\n", ";", ",", ".", ")") else " "

    return re.sub(r"[ \t]*(?<![.…])(?:\.{5,}|…{2,})(?![.…])[ \t]*", gap, text)


def _read_number(rest: str) -> int | None:
    """The count that `rest` starts with: digits (their words in brackets, when given, must
    agree), or words."""
    digits = re.match(r"(\d+)(?: \(([^()]+)\))?", rest)
    if digits:
        if digits[2] is not None:
            assert digits[2] == number_in_words(int(digits[1])), rest
        return int(digits[1])
    for words, value in _WORDS:
        if rest.startswith(words) and not rest[len(words) : len(words) + 1].isalpha():
            return value
    return None


def _numbers_after(text: str, label: str) -> list[int | None]:
    """Each count written right after `label` in `text`."""
    return [_read_number(text[m.end() :]) for m in re.finditer(re.escape(label), text)]


def _line(markup: str, *starts: str) -> str:
    return only([ln for ln in plain_lines(markup) if ln.startswith(starts)])


# When: the day, the start, the end ------------------------------------------------------------


def _opening(markup: str, family: str) -> str:
    """Where the meeting's day and start stand: AM's first paragraph, AN's form head."""
    if family == "AM":
        return _line(markup, "Vào ", "Thực hiện kế hoạch")
    return _line(markup, "Hôm nay, ngày ") + "\n" + _line(markup, "Bắt đầu lúc: ")


def _timeline(markup: str) -> list[tuple[tuple[int, int] | None, str]]:
    """AN's steps: (the clock leading it, or None for a bullet, the rest of the line)."""
    lines = plain_lines(markup)
    head = next(i for i, ln in enumerate(lines) if ln.startswith("Nội dung buổi họp"))
    steps = []
    for line in lines[head + 1 :]:
        found = re.match(rf"({CLOCK_RE['AN']}): (.+)\.$", line) or re.match(r"\* (.+)\.$", line)
        if found and found.lastindex == 2:
            steps.append((CLOCKS["AN"][found[1]], found[2]))
        elif found:
            steps.append((None, found[1]))
    return steps


def _check_when(markup: str, record: dict[str, Any], facts: Facts, family: str) -> None:
    opening = _opening(markup, family)
    assert _dates_in(opening, family) == [facts.day], opening
    assert weekday_name(facts.day) in opening
    assert _clocks_in(opening, family) == [facts.start], opening
    assert record["start_time"] == "{:02d}:{:02d}".format(*facts.start)
    next_day = facts.day + timedelta(days=1)
    if family == "AM":
        ends = [ln for ln in plain_lines(markup) if " kết thúc lúc " in ln]
        if facts.end is None:
            assert not ends
            return
        end = only(ends)
        assert _clocks_in(end, family) == [facts.end], end
        assert ("cùng ngày" in end) != facts.end_next_day
        assert (_dates_in(end, family) == [next_day]) == facts.end_next_day
    else:
        _check_an_end(markup, facts, next_day)
    if facts.end is None:
        assert record["end_time"] is None and record["duration_minutes"] is None
        return
    minutes = (facts.end[0] - facts.start[0]) * 60 + facts.end[1] - facts.start[1]
    assert record["duration_minutes"] == minutes % 1440
    assert record["end_time"] == "{:02d}:{:02d}".format(*facts.end)


def _check_an_end(markup: str, facts: Facts, next_day: date) -> None:
    """AN's end: on the last step of a timeline kept by the clock, whose clocks run forward from
    the start; or on its own line; nowhere when unknown."""
    steps = _timeline(markup)
    assert steps[0][1] == "Khai mạc; điểm danh; thông qua chương trình"
    assert steps[-1][1].startswith("Thông qua biên bản; bế mạc")
    closes = [ln for ln in plain_lines(markup) if ln.startswith("Bế mạc lúc: ")]
    clocked = [clock for clock, _ in steps if clock is not None]
    if facts.end is None:
        assert not closes and not clocked
        return
    if clocked:
        assert not closes and steps[0][0] == facts.start and steps[-1][0] == facts.end
        start = facts.start[0] * 60 + facts.start[1]
        offsets = [(h * 60 + m - start) % 1440 for h, m in clocked]
        assert offsets == sorted(set(offsets)) and offsets[-1] == facts.duration_minutes
        end = steps[-1][1]
    else:
        assert all(clock is None for clock, _ in steps)
        end = only(closes)
        assert _clocks_in(end, "AN") == [facts.end], end
        assert ("cùng ngày" in end) != facts.end_next_day
    assert (_dates_in(end, "AN") == [next_day]) == facts.end_next_day, end


# Who came: the counts and the absent --------------------------------------------------------


def _check_am_roll(markup: str, facts: Facts) -> None:
    roll = _line(markup, "Chi bộ hiện có ", "Tổng số đảng viên của chi bộ là ")
    absent = facts.excused + facts.unexcused
    due = facts.total - (facts.exempt or 0)
    assert _numbers_after(roll, "hiện có ") + _numbers_after(roll, "chi bộ là ") == [facts.total]
    ratio = re.findall(r"Có mặt (\d+)/(\d+) đồng chí", roll)
    present = [int(p) for p, d in ratio if int(d) == due] + _numbers_after(roll, "dự họp là ")
    assert present == [facts.present], roll
    official = re.search(r"\(chính thức (.+?), dự bị (.+?)\)(?:,|\.|;)", roll)
    if official:
        parts = [_read_number(official[1]), _read_number(official[2])]
        assert sum(p or 0 for p in parts) == facts.total
    exempt = _numbers_after(roll, "trong đó ")
    if "không có đồng chí nào được miễn" in roll:
        exempt.append(0)
    assert exempt == ([] if facts.exempt is None else [facts.exempt]), roll
    if not absent:
        assert "không có đồng chí nào vắng mặt" in roll
        return
    assert _numbers_after(roll, ", vắng ") == [absent]
    after = roll.index(" đồng chí (", roll.index(", vắng ")) + len(" đồng chí (")
    kinds = roll[after : roll.index(").", after)]
    split = re.fullmatch(r"(.+) có lý do, (.+) không có lý do", kinds)
    if facts.excused and facts.unexcused:
        assert split and [_read_number(split[1]), _read_number(split[2])] == [
            facts.excused,
            facts.unexcused,
        ]
    else:
        kind = "có lý do" if facts.excused else "không có lý do"
        assert kinds == (f"đều {kind}" if absent > 1 else kind), kinds


def _an_counts(markup: str) -> dict[str, int | None]:
    """AN's counts by label: from the ruled grid, or read off the dotted lines."""
    rows = [ln for ln in markup.splitlines() if ln.startswith("| ")]
    if rows and rows[0].startswith("| Tổng số |"):
        labels, values = ([c.strip() for c in row.strip("|").split("|")] for row in rows[:2])
        return {label: int(value) for label, value in zip(labels, values, strict=True)}
    text = _unfield(to_plain_text(markup))
    found: dict[str, int | None] = {}
    for label, key in (
        ("Tổng số đảng viên: ", "Tổng số"),
        ("; miễn sinh hoạt: ", "Được miễn"),
        ("; vắng: ", "Vắng"),
        ("(có lý do: ", "Vắng có lý do"),
        ("; không lý do: ", "Vắng không lý do"),
    ):
        numbers = _numbers_after(text, label)
        if numbers:
            (found[key],) = numbers
    present = re.search(r"Có mặt: (\d+)/(\d+) đ/c", text)
    if present:
        found["Có mặt"], found["Phải dự"] = int(present[1]), int(present[2])
    else:
        (found["Có mặt"],) = _numbers_after(text, "Có mặt: ")
    return found


def _check_an_roll(markup: str, facts: Facts) -> None:
    found = _an_counts(markup)
    absent = facts.excused + facts.unexcused
    assert found["Tổng số"] == facts.total and found["Có mặt"] == facts.present
    assert found.get("Được miễn") == facts.exempt
    if "Phải dự" in found:
        assert found["Phải dự"] == facts.total - (facts.exempt or 0)
    if "Vắng" in found:
        assert found["Vắng"] == absent
        if not absent:
            assert "Vắng có lý do" not in found
            return
    assert (found["Vắng có lý do"], found["Vắng không lý do"]) == (facts.excused, facts.unexcused)


def _check_absentees(markup: str, facts: Facts, family: str) -> None:
    """When every absentee is known, each is named with the reason (with "không" exactly when
    unexcused, and AN's grid says whether leave was asked); otherwise nobody is named."""
    named = bool(facts.absentees) and len(facts.absentees) == facts.excused + facts.unexcused
    text = to_plain_text(markup)
    lead = "Vắng mặt: đồng chí " if family == "AM" else "Vắng: đ/c "
    listed = lead in text or "| STT | Họ và tên | Lý do | Xin phép |" in markup
    assert listed == named
    for person in facts.absentees if named else []:
        assert ("không" in person.reason) != person.excused
        honorific = "đồng chí" if family == "AM" else "đ/c"
        row = f"| {person.name} | {person.reason} | {'có' if person.excused else 'không'} |"
        assert f"{honorific} {person.name} ({person.reason})" in text or row in markup


# Who chaired, who wrote, who spoke -----------------------------------------------------------


def _check_presiding(markup: str, record: dict[str, Any], facts: Facts, family: str) -> None:
    text = to_plain_text(markup)
    check_people_named(text, record)
    lines = markup.splitlines()
    assert lines[-1] == f"{facts.secretary} || {facts.chair}"
    assert any(ln.startswith(("THƯ KÝ ||", "Thư ký ||")) for ln in lines)
    if family == "AM":
        opening = _opening(markup, "AM")
        chaired = re.search(
            r"do đồng chí (.+?) – .+? – chủ trì|Chủ trì là đồng chí (.+?) \(", opening
        )
        wrote = re.search(
            r"đồng chí ([^,]+?)(?:, [^,]+,)? làm thư ký|thư ký ghi biên bản là đồng chí ([^,.]+)",
            opening,
        )
        assert chaired and facts.chair in (chaired[1], chaired[2]), opening
        assert wrote and facts.secretary in (wrote[1], wrote[2]), opening
        guests = re.findall(r"Đến dự và chỉ đạo có (.+)\.$", opening)
    else:
        assert f"Chủ trì: {facts.chair}" in _unfield(text).replace("đ/c ", "")
        assert f"Thư ký: {facts.secretary}" in _unfield(text).replace("đ/c ", "")
        guests = [ln for ln in plain_lines(markup) if ln.startswith("Đại biểu dự: ")]
    assert len(guests) == bool(facts.guests or facts.unnamed_guest)
    for name, role in facts.guests:
        assert f"{name}, {role}" in only(guests)


def _check_discussion(markup: str, record: dict[str, Any], facts: Facts, family: str) -> None:
    """Nobody spoke; or a count; or the opinions in order, each naming its speaker."""
    text = _unfield(to_plain_text(markup))
    nobody = {"AM": "Không có đồng chí nào phát biểu thêm", "AN": "Không có đ/c nào phát biểu."}
    assert (nobody[family] in text) == (record["speakers"] == 0)
    if family == "AM":
        lead = r"(?:Phát biểu đầu tiên|Tiếp lời|Sau đó|Cũng tham gia ý kiến|Tiếp theo|Cuối cùng)"
        said = re.findall(rf"{lead}, (?:đồng chí|ông|bà) ([^.(]+?) (?:\(|đề|phản|nêu)", text)
        counts = _numbers_after(text, "thảo luận với ") + _numbers_after(text, "thảo luận có ")
    else:
        said = re.findall(r"^\+ (?:Đ/c|Ông|Bà|Đồng chí) ([^:(]+?)(?: \([^)]*\))?: ", text, re.M)
        counts = _numbers_after(text, "Số lượt phát biểu: ")
    check_listed_opinions(said, facts)
    if facts.stated_speakers:
        assert counts == [facts.stated_speakers] == [record["speakers"]]
    elif facts.stated_speakers is None:
        assert not counts and record["speakers"] == len(said)


# What was adopted ---------------------------------------------------------------------------


def _check_resolutions(markup: str, record: dict[str, Any], facts: Facts, family: str) -> None:
    """Each task in order under its number (AN's sometimes run on to the next line or page),
    the extra decision after them."""
    joined = " ".join(plain_lines(markup))
    for item in record["resolutions"]:
        assert item in joined, item
    numbered = [
        f"({i + 1}) {item}" if family == "AM" else f"{i + 1}. {item}."
        for i, item in enumerate(facts.resolutions)
    ]
    rows = [f"| {i + 1} | {item} |" for i, item in enumerate(facts.resolutions)]
    in_rows = all(row in markup for row in rows)
    assert in_rows or all(said in joined for said in numbered)
    places = [joined.index(item) for item in facts.resolutions]
    assert places == sorted(places)
    if facts.conclusion_decision:
        assert f"{facts.conclusion_decision}." in plain_lines(markup)


def _check_vote(markup: str, record: dict[str, Any], family: str) -> None:
    """No vote is mentioned without one; otherwise exactly one of the family's forms gives it,
    all its counts in one written form; a show of hands counts those present."""
    vote = record["vote"]
    text = _unfield(to_plain_text(markup))
    forms = list(VOTES[family].values())
    if vote:
        forms = [f.replace("{p}", share(vote["agree"], vote["total"])) for f in forms]

    def against(c: str, agree: int, total: int) -> str:
        if family == "AN":
            return c
        return AGAINST.format(c) if total > agree else ""

    def written(n: int) -> list[str]:
        return FORMS.counts(n, family)

    form = check_vote_forms(text, record, forms, written, against)
    if "giơ tay" in form:
        assert vote["total"] == record["attendance"]["present"]


# The rest: type, topics, the next meeting, the order of AN's steps -----------------------------


def _check_content(markup: str, record: dict[str, Any], facts: Facts, family: str) -> None:
    text = to_plain_text(markup)
    joined = " ".join(text.splitlines()).lower()
    heading = titles(markup).lower()
    kind = record["meeting_type"]
    assert ("bất thường" in heading) == (kind == "extraordinary"), heading
    assert ("chuyên đề" in heading) == (kind in ("thematic", "combined")), heading
    assert ("định kỳ" in heading or "hằng tháng" in heading) == (kind in ("regular", "combined"))
    assert "tháng" not in heading or kind in ("regular", "combined")
    for topic in record["topics"]:
        assert any(word in joined for word in TOPIC_WORDS[topic]), topic
    for topic, word in ONLY_WITH.items():
        assert word not in joined or topic in record["topics"], topic
    if record["thematic_title"]:
        assert f"“{record['thematic_title']}”" in text
    later = facts.sections.get("next_meeting")
    if later:
        assert later > facts.day and record["date"] == facts.day.isoformat()
        said = [ln for ln in plain_lines(markup) if later in _dates_in(ln, family)]
        assert only(said).startswith(("Chi bộ thống nhất lần sinh hoạt tới", "Ngày họp kỳ tới"))
    assert "<<" not in text and "||" not in text


def _check_an_agenda(markup: str) -> None:
    """AN's programme, when written, names the steps the timeline then follows."""
    lines = plain_lines(markup)
    if "Chương trình họp:" not in lines:
        return
    start = lines.index("Chương trình họp:") + 1
    agenda = []
    while re.match(r"\d+\. ", lines[start + len(agenda)]):
        agenda.append(lines[start + len(agenda)].split(". ", 1)[1].rstrip("."))
    steps = [label for _, label in _timeline(markup)]
    assert agenda == steps[1:-1]


@pytest.mark.parametrize(("seed", "family"), [(s, f) for s in SEEDS for f in NAMES])
def test_every_value_of_the_record_is_on_the_page(seed: int, family: str) -> None:
    """The checks above, on each seed's minutes in each family."""
    facts, markup, record = _case(seed, family)
    _check_when(markup, record, facts, family)
    if family == "AM":
        _check_am_roll(markup, facts)
    else:
        _check_an_roll(markup, facts)
        _check_an_agenda(markup)
    _check_absentees(markup, facts, family)
    _check_presiding(markup, record, facts, family)
    _check_discussion(markup, record, facts, family)
    _check_resolutions(markup, record, facts, family)
    _check_vote(markup, record, family)
    _check_content(markup, record, facts, family)


# Written forms as they should read: (the writer, its arguments, the style) → the text.
EXAMPLES = (
    (write_clock, (14, 0), "dung", "14 giờ đúng"),
    (write_clock, (14, 5), "dung", "14 giờ 05 phút"),
    (write_clock, (14, 0), "afternoon", "2 giờ chiều"),
    (write_clock, (14, 30), "afternoon", "2 giờ 30 phút chiều"),
    (write_clock, (0, 15), "afternoon", "12 giờ 15 phút đêm"),
    (write_clock, (14, 0), "hm", "14h00"),
    (write_clock, (19, 30), "gio", "19 giờ 30"),
    (write_clock, (19, 0), "gio", "19 giờ"),
    (write_clock, (19, 30), "spoken", "bảy giờ rưỡi tối"),
    (write_clock, (19, 15), "spoken", "bảy giờ mười lăm phút tối"),
    (write_clock, (12, 0), "spoken", "mười hai giờ trưa"),
    (write_clock, (19, 30), "h_period", "19h30 tối"),
    (write_date, (date(2024, 3, 15),), "words", "15 tháng 3 năm 2024"),
    (write_date, (date(2024, 3, 5),), "slash_padded", "05/03/2024"),
    (write_date, (date(2024, 3, 5),), "dot", "5.3.2024"),
    (write_date, (date(2024, 3, 5),), "slash", "5/3/2024"),
    (write_date, (date(2024, 3, 5),), "dotted", "..5.. tháng ..3.. năm 2024"),
    (count, (27,), "both", "27 (hai mươi bảy)"),
    (count, (27,), "words", "hai mươi bảy"),
    (count, (7,), "digits", "7"),
    (share, (22, 23), None, "95,65%"),
)


def test_clocks_and_dates_read_back_to_one_value() -> None:
    """No two values are written alike, every minute has its own form, and the forms read as
    they should."""
    FORMS.assert_unambiguous()
    for family in NAMES:
        assert len(CLOCKS[family]) == 24 * 60 * len(HANDS[family].forms["clock"])
        for said in CLOCKS[family]:
            assert re.fullmatch(CLOCK_RE[family], said), said
    said = [
        write(*args) if style is None else write(*args, style=style)
        for write, args, style, _ in EXAMPLES
    ]
    assert said == [text for *_, text in EXAMPLES]
    assert share(23, 23) == "100%"


def test_am_and_an_are_written_deterministically_and_only_on_request() -> None:
    for family in NAMES:
        assert_written_deterministically(heldout17.write_minutes, family)
    assert heldout_am_an_families() == ["AM", "AN"]
    assert heldout_ak_al_families() == ["AK", "AL"]
    assert families() == ["A", "B", "C", "D", "E", "F"]
    names = all_families()
    assert names.index("AN") == names.index("AM") + 1 and names.index("AM") > names.index("AL")
    for seed in range(40):
        markup, _ = make_minutes(random.Random(seed))
        assert "Nội dung buổi họp" not in markup and "Chi bộ chuyển sang thảo luận" not in markup


def test_the_families_vary_within_themselves() -> None:
    """Each secretary has habits, not one fixed text: the variants all occur over the seeds."""
    joined = {f: "\n".join(m) for f, m in heldout_markups(heldout17.write_minutes, NAMES).items()}
    am_needles = ["\n* || ", "\nVào ", "\nThực hiện kế hoạch", "giờ đúng", " chiều", "h00"]
    am_needles += [" tháng ", ".20", "/0", " (hai", "Có mặt ", "dự họp là ", "dự bị "]
    am_needles += ["không có đồng chí nào vắng", "đều có lý do", "Vắng mặt: ", "Đến dự"]
    am_needles += ["Phát biểu đầu tiên", "Cuối cùng, ", "lượt ý kiến", "xoay quanh"]
    am_needles += ["phát biểu thêm", ":\n(1) ", ": (1) ", "<<page>>", "giơ tay"]
    am_needles += ["không tán thành", "lần sinh hoạt tới", "T/M CHI BỘ", "(Ký, ghi rõ", "ngày "]
    an_needles = ["Số: ", "ĐẢNG BỘ ", "\nĐảng bộ ", "..", "……", "........", "giờ rưỡi", "h", "tối"]
    an_needles += ["| Tổng số | Được miễn | Phải dự |", "Có mặt: ", "/", "miễn sinh hoạt: "]
    an_needles += ["| STT | Họ và tên |", "\nVắng: đ/c", "Chương trình họp:", "(ghi theo giờ)"]
    an_needles += ["\n* Thảo luận.", "Số lượt phát biểu", "ý kiến tập trung", "\n+ Đ/c "]
    an_needles += ["| TT | Việc cần làm |", "   Thực hiện: ", "<<page>>"]
    an_needles += ["không tán thành: ", "Ngày họp kỳ tới", "Bế mạc lúc", "(ký, ghi"]
    needles = {"AM": am_needles, "AN": an_needles}
    missing = {f: [n for n in needles[f] if n not in joined[f]] for f in NAMES}
    assert missing == {"AM": [], "AN": []}
    assert re.search(r"\n\d{1,2}h\d\d (?:sáng|chiều|tối):", joined["AN"])


def test_truth_of_an_am_an_corpus_honours_the_schema(
    tmp_path: Path, record_schema: dict[str, Any]
) -> None:
    check_family_corpora(tmp_path, NAMES, record_schema)


def test_two_letter_family_names_on_the_command_line(tmp_path: Path) -> None:
    """`--families AM,AN` gives only AM and AN, the truth naming them in full."""
    generate_clean_corpus(tmp_path / "both", NAMES, seed=1)

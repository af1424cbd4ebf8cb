"""Tests of AS and AT, the newest held-out families: opt-in, deterministic, true to their page.

HELD-OUT: AS and AT are closed to whoever writes or tunes the extraction rules, and so is this
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

from bienban.corpus import heldout20
from bienban.corpus.content import (
    all_families,
    draw_facts,
    families,
    heldout_aq_ar_families,
    heldout_as_at_families,
    make_minutes,
)
from bienban.corpus.facts import Facts
from bienban.corpus.heldout20_parts import VOTES, against
from bienban.corpus.heldout20_phrases import count, share, write_clock, write_date
from bienban.corpus.markup import to_plain_text
from bienban.corpus.words import number_in_words
from tests.corpus.helpers import (
    WrittenForms,
    assert_written_deterministically,
    check_family_corpora,
    check_listed_opinions,
    check_named_absentees,
    check_people_named,
    check_vote_forms,
    generate_clean_corpus,
    heldout_case,
    heldout_markups,
    only,
    plain_lines,
    titles,
)

SEEDS = range(100)
NAMES = ("AS", "AT")
HANDS = heldout20.HELDOUT_FAMILIES
FORMS = WrittenForms(count, write_date, write_clock, {f: HANDS[f].forms for f in NAMES})
_MASS = ("mặt trận", "dân vận", "vận động", "đoàn thể")
TOPIC_WORDS = {
    "current_affairs": ("thời sự",),
    "directives": ("quán triệt", "triển khai", "chỉ đạo"),
    "review": ("thực hiện nghị quyết tháng",),
    "plan": ("nhiệm vụ trong tháng", "nhiệm vụ tháng", "phải làm ngay", "triển khai ngay"),
    "ideology": ("tư tưởng",),
    "criticism": ("phê bình",),
    "thematic": ("chuyên đề",),
    "ho_chi_minh": ("hồ chí minh",),
    "party_fees": ("đảng phí",),
    "member_development": ("kết nạp",),
    "member_assignment": ("phân công", "phụ trách", "giao đồng chí"),
    "inspection": ("kiểm tra", "giám sát", "kỷ luật"),
    "mass_mobilization": _MASS,
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
    "AS": rf"\d{{1,2}} giờ(?: \d{{2}})? {_PERIOD}|\d{{1,2}} giờ \d{{2}}",
    "AT": r"\d{1,2}h\d{2}|\d{2}:\d{2}|\d{2} giờ \d{2} phút",
}
DATE_RE = {
    "AS": r"\d{1,2} tháng \d{2} năm \d{4}|\d{1,2}/\d{1,2}/\d{4}",
    "AT": r"\d{2}/\d{2}/\d{4}|\d{2}\.\d{2}\.\d{4}",
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
    return heldout_case(heldout20.write_minutes, seed, family)


def _clocks_in(line: str, family: str) -> list[str]:
    """The clocks written in `line`, read back to "HH:MM"."""
    return [HHMM(*CLOCKS[family][said]) for said in re.findall(CLOCK_RE[family], line)]


def _dates_in(line: str, family: str) -> list[date]:
    return [DATES[family][said][0] for said in re.findall(DATE_RE[family], line)]


def _read_number(rest: str) -> int | None:
    """The count that `rest` starts with: figures, or words (with the figures after them in
    brackets, which must agree)."""
    digits = re.match(r"\d+", rest)
    if digits:
        return int(digits[0])
    for words, value in _WORDS:
        if rest.startswith(words) and not rest[len(words) : len(words) + 1].isalpha():
            bracket = re.match(r" \((\d+)\)", rest[len(words) :])
            assert bracket is None or int(bracket[1]) == value, rest
            return value
    return None


def _numbers_after(text: str, label: str) -> list[int | None]:
    """Each count written right after `label` in `text`."""
    return [_read_number(text[m.end() :]) for m in re.finditer(re.escape(label), text)]


def _one_number(text: str, label: str) -> int | None:
    (found,) = _numbers_after(text, label)
    return found


def _lines(markup: str, *starts: str) -> list[str]:
    return [ln for ln in plain_lines(markup) if ln.startswith(starts)]


# When: the day, the start, the end ------------------------------------------------------------


def _check_when(markup: str, record: dict[str, Any], facts: Facts, family: str) -> None:
    """The opening line gives the day and the start; the end stands once (AS: a closing line;
    AT: the time line's range or a closing line), dated to the next day past midnight."""
    day = date.fromisoformat(record["date"])
    if family == "AS":
        opening = only(_lines(markup, "Hôm nay, ", "Hồi "))
        assert _dates_in(opening, family) == [day], opening
        assert _clocks_in(opening, family) == [record["start_time"]], opening
        ends = _lines(markup, "Cuộc họp kết thúc hồi ")
    else:
        opening = only(_lines(markup, "- Thời gian: "))
        clocks, dates = _clocks_in(opening, family), _dates_in(opening, family)
        assert clocks[0] == record["start_time"] and dates[0] == day, opening
        ends = _lines(markup, "Cuộc họp kết thúc lúc ")
        if len(clocks) == 2:
            assert opening.startswith("- Thời gian: từ ") and not ends, opening
            ends = [opening.split(" đến ")[1]]
        assert len(clocks) <= 2 and len(dates) == 1 + (len(clocks) == 2 and facts.end_next_day)
    if record["end_time"] is None:
        assert record["duration_minutes"] is None and not ends, ends
        return
    end = only(ends)
    assert _clocks_in(end, family) == [record["end_time"]], end
    assert (_dates_in(end, family) == [day + timedelta(days=1)]) == facts.end_next_day, end
    if end.startswith("Cuộc họp kết thúc"):
        assert ("cùng ngày" in end) != facts.end_next_day, end
    start, stop = (int(t[:2]) * 60 + int(t[3:]) for t in (record["start_time"], record["end_time"]))
    assert record["duration_minutes"] == (stop - start) % 1440


# Who came: the counts and the absent --------------------------------------------------------


def _as_counts(text: str) -> dict[str, int | None]:
    """AS's counts, off its one line between dashes or its two sentences."""
    if "\nSố đảng viên: " in text:
        found = {"total": _one_number(text, "\nSố đảng viên: ")}
        if " – miễn sinh hoạt: " in text:
            found["exempt"] = _one_number(text, " – miễn sinh hoạt: ")
        found["present"] = _one_number(text, " – có mặt: ")
        absent = _one_number(text, " – vắng: ")
        if absent:
            found["excused"] = _one_number(text, "(có lý do: ")
            found["unexcused"] = _one_number(text, ", không lý do: ")
        else:
            found["excused"] = found["unexcused"] = 0
        assert found["excused"] + found["unexcused"] == absent  # type: ignore[operator]
        return found
    members = only([ln for ln in text.splitlines() if ln.startswith("Chi bộ có ")])
    found = {"total": _one_number(members, "Chi bộ có ")}
    if members.endswith(", không có đ/c nào được miễn sinh hoạt."):
        found["exempt"] = 0
    elif members.endswith(" đ/c được miễn sinh hoạt đảng."):
        found["exempt"] = _one_number(members, ", trong đó ")
    line = only([ln for ln in text.splitlines() if ln.startswith("Có mặt ")])
    found["present"] = _one_number(line, "Có mặt ")
    if line.endswith(", không đ/c nào vắng."):
        found["excused"] = found["unexcused"] = 0
        return found
    absent = _one_number(line, "; vắng ")
    both = re.search(r" đ/c \((.+?) có lý do, (.+?) không lý do\)", line)
    if both:
        found["excused"], found["unexcused"] = _read_number(both[1]), _read_number(both[2])
    else:
        excused = " đ/c (có lý do)" in line
        assert excused != (" đ/c (không lý do)" in line), line
        found["excused"], found["unexcused"] = (absent, 0) if excused else (0, absent)
    assert found["excused"] + found["unexcused"] == absent  # type: ignore[operator]
    return found


_AT_LABELS = {
    "total": ("Tổng số ĐV", "\n- Tổng số đảng viên: "),
    "exempt": ("Miễn SH", "\n- Miễn sinh hoạt: "),
    "present": ("Có mặt", "\n- Có mặt: "),
    "excused": ("Vắng có lý do", "\n- Vắng có lý do: "),
    "unexcused": ("Vắng không lý do", "\n- Vắng không lý do: "),
}


def _at_counts(text: str) -> dict[str, int | None]:
    """AT's counts, off its one-row table (a column per label present) or its labelled lines."""
    lines = text.splitlines()
    heads = [i for i, line in enumerate(lines) if line.startswith("Tổng số ĐV ")]
    if heads:
        (index,) = heads
        keys = [key for key, (column, _) in _AT_LABELS.items() if column in lines[index]]
        values = lines[index + 1].split()
        assert len(values) == len(keys), (lines[index], values)
        return {key: int(value) for key, value in zip(keys, values, strict=True)}
    found = {}
    for key, (_, label) in _AT_LABELS.items():
        if label in text:
            found[key] = _one_number(text, label)
    return found


def _check_roll(markup: str, record: dict[str, Any], facts: Facts, family: str) -> None:
    text = to_plain_text(markup)
    found = _as_counts(text) if family == "AS" else _at_counts(text)
    counts = record["attendance"]
    assert found["total"] == counts["total_members"] == facts.total
    assert found["present"] == counts["present"]
    assert found.get("exempt") == counts["exempt"]
    assert (found["excused"], found["unexcused"]) == (
        counts["absent_excused"],
        counts["absent_unexcused"],
    )


def _check_absentees(markup: str, record: dict[str, Any], facts: Facts) -> None:
    """When every absentee is known, each is named with the reason in brackets, the unexcused
    ones saying "không"; otherwise nobody is named."""
    text = to_plain_text(markup)
    named = bool(facts.absentees) and len(facts.absentees) == facts.excused + facts.unexcused
    for person in facts.absentees:
        assert (f"đ/c {person.name} (" in text) == named
    if not named:
        return
    check_named_absentees(text, facts, r" \(([^)]+)\)")
    said = re.findall(r"đ/c [^;:(]+ \(([^)]+)\)[;.]", text)
    said = [reason for reason in said if reason in [a.reason for a in facts.absentees]]
    unexcused = sum("không" in reason for reason in said)
    assert unexcused == record["attendance"]["absent_unexcused"], said
    assert len(said) - unexcused == record["attendance"]["absent_excused"], said


# Who chaired, who wrote, who came, who spoke ----------------------------------------------------


def _check_presiding(markup: str, record: dict[str, Any], facts: Facts, family: str) -> None:
    text = to_plain_text(markup)
    check_people_named(text, record)
    assert f"{record['secretary']} || {record['chair']}" in markup.splitlines()
    if family == "AS":
        chaired = re.findall(r"^(?:Chủ trì: đ/c (.+?) – |Đ/c (.+?), [^,;]+ chủ trì;)", text, re.M)
        chaired = ["".join(found) for found in chaired]
        clerk = r"(.+?)(?: \([^)]+\))?"
        wrote = re.findall(rf"(?:^Thư ký: đ/c {clerk}\.|; đ/c {clerk} làm thư ký\.)$", text, re.M)
        wrote = ["".join(found) for found in wrote]
        guests = re.findall(r"^Dự họp có: (.+)\.$", text, re.M)
    else:
        chaired = re.findall(r"^- Chủ trì: Đ/c (.+?) – ", text, re.M)
        wrote = re.findall(r"^- Thư ký: Đ/c (.+?)(?: – .+)?\.$", text, re.M)
        guests = re.findall(r"^- Đại biểu cấp trên: (.+)\.$", text, re.M)
        guests = [g for g in guests if g != "không"]
    assert chaired == [record["chair"]] and wrote == [record["secretary"]], text
    assert len(guests) == bool(facts.guests or facts.unnamed_guest)
    assert record["attendance"]["guests"] == [name for name, _ in facts.guests]
    for name in record["attendance"]["guests"]:
        assert f"{name} (" in only(guests)
    if facts.unnamed_guest:
        assert only(guests) == facts.unnamed_guest


def _discussion(text: str, family: str) -> str:
    """The discussion's part of the page: from its heading to the tasks."""
    if family == "AS":
        (found,) = re.finditer(r"^\d+/ Thảo luận:", text, re.M)
        return text[found.start() :]
    return text[text.index("4. Ý KIẾN THẢO LUẬN") : text.index("\n5. ")]


def _check_discussion(markup: str, record: dict[str, Any], facts: Facts, family: str) -> None:
    """Nobody spoke; or a count and the gist; or the opinions in order, each naming its
    speaker, after the count when one is given."""
    text = to_plain_text(markup)
    nobody = {"AS": "không ai phát biểu thêm", "AT": "Không có ý kiến thảo luận."}
    assert (nobody[family] in text) == (record["speakers"] == 0)
    part = _discussion(text, family)
    who = r"(?:Đ/c |Ông |Bà |đồng chí |Đồng chí )"
    if family == "AS":
        said = re.findall(rf"^\+ {who}(.+?)(?: \([^)]*\))? có ý kiến: ", part, re.M)
        counts = _numbers_after(part, " Thảo luận: có ")
    else:
        said = re.findall(rf"^- {who}(.+?)(?: \([^)]*\))?: ", part, re.M)
        counts = _numbers_after(part, "Tổng số ý kiến phát biểu: ")
    check_listed_opinions(said, facts)
    if facts.stated_speakers:
        assert counts == [facts.stated_speakers] == [record["speakers"]]
    elif facts.stated_speakers is None:
        assert not counts and record["speakers"] == len(said)


# What was adopted ---------------------------------------------------------------------------


def _check_resolutions(markup: str, record: dict[str, Any], facts: Facts, family: str) -> None:
    """Each task in order under its mark (wrapped lines read on, over a page too), the extra
    decision after them on its own line."""
    joined = " ".join(plain_lines(markup))
    for item in record["resolutions"]:
        assert item in joined, item
    marks = [r"- ", r"[a-z]\) "] if family == "AS" else [r"- ", r"Thứ [a-zà-ỹ ]+?: "]
    for item in facts.resolutions:
        assert any(re.search(f"{mark}{re.escape(item)}\\.", joined) for mark in marks), item
    places = [joined.index(item) for item in facts.resolutions]
    assert places == sorted(places)
    if facts.conclusion_decision:
        assert f"{facts.conclusion_decision}." in plain_lines(markup)


def _check_vote(markup: str, record: dict[str, Any], family: str) -> None:
    """No vote is mentioned without one; otherwise exactly one of the family's forms gives it;
    a show of hands counts those present."""
    vote = record["vote"]
    forms = list(VOTES[family].values())
    if vote:
        forms = [f.replace("{p}", share(vote["agree"], vote["total"])) for f in forms]

    def written_against(c: str, agree: int, total: int) -> str:
        return against(family, c, agree, total)

    text = to_plain_text(markup)
    form = check_vote_forms(text, record, forms, lambda n: [str(n)], written_against)
    if form.startswith(("Chi bộ biểu quyết:", "Nhất trí:")):
        assert vote["total"] == record["attendance"]["present"]


# The rest: type, topics, the next meeting ------------------------------------------------------


def _without_names(joined: str, facts: Facts) -> str:
    """The page in small letters without people's names (a member may be called "Hồ Chí Minh
    Tài")."""
    people = [facts.chair, facts.secretary, *facts.members, *(a.name for a in facts.absentees)]
    people += [name for name, _ in facts.guests]
    for name in sorted(people, key=len, reverse=True):
        joined = joined.replace(name.lower(), "")
    return joined


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
    if record["thematic_title"]:
        assert f"“{record['thematic_title']}”" in text
    later = facts.sections.get("next_meeting")
    lead = "Tháng sau chi bộ họp vào" if family == "AS" else "Thời gian họp chi bộ tháng tới"
    announced = _lines(markup, lead)
    assert len(announced) == (later is not None)
    if later:
        assert later > facts.day and record["date"] == facts.day.isoformat()
        assert _dates_in(only(announced), family) == [later]
    assert "<<" not in text and "||" not in text


def check_case(facts: Facts, markup: str, record: dict[str, Any], family: str) -> None:
    """Every check above on one meeting's minutes."""
    _check_when(markup, record, facts, family)
    _check_roll(markup, record, facts, family)
    _check_absentees(markup, record, facts)
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


@pytest.mark.parametrize("family", NAMES)
@pytest.mark.parametrize("seed", [7, 12])
def test_the_checks_catch_a_wrong_record(family: str, seed: int) -> None:
    """An expected value changed by hand is caught by the checks: a count, a clock, the chair,
    a resolution, the speakers, the vote."""
    facts, markup, record = _case(seed, family)
    check_case(facts, markup, record, family)
    wrong: list[tuple[str, Any]] = [
        ("total_members", record["attendance"]["total_members"] + 1),
        ("present", record["attendance"]["present"] - 1),
        ("start_time", "23:59"),
        ("chair", facts.secretary),
        ("secretary", facts.chair),
        ("date", (facts.day + timedelta(days=1)).isoformat()),
        ("absent_excused", record["attendance"]["absent_excused"] + 1),
        ("absent_unexcused", record["attendance"]["absent_unexcused"] + 1),
        ("exempt", 1 if record["attendance"]["exempt"] is None else None),
        ("speakers", record["speakers"] + 1),
        ("resolutions", [*record["resolutions"][:-1], "Một việc không có trên trang"]),
        ("meeting_type", "regular" if record["meeting_type"] == "thematic" else "thematic"),
        ("duration_minutes", (record["duration_minutes"] or 0) + 5),
    ]
    if record["end_time"]:
        wrong.append(("end_time", "00:01"))
    if record["vote"]:
        wrong.append(("vote", {**record["vote"], "agree": record["vote"]["agree"] - 1}))
    for key, value in wrong:
        altered = {**record, "attendance": dict(record["attendance"])}
        if key in altered["attendance"]:
            altered["attendance"][key] = value
        else:
            altered[key] = value
        with pytest.raises(AssertionError):
            check_case(facts, markup, altered, family)


# Written forms as they should read: (the writer, its arguments, the style) → the text.
EXAMPLES = (
    (write_clock, (19, 30), "gio", "19 giờ 30"),
    (write_clock, (14, 0), "gio", "14 giờ 00"),
    (write_clock, (19, 30), "gio_period", "7 giờ 30 tối"),
    (write_clock, (14, 0), "gio_period", "2 giờ chiều"),
    (write_clock, (0, 15), "gio_period", "12 giờ 15 đêm"),
    (write_clock, (14, 0), "h", "14h00"),
    (write_clock, (8, 30), "colon", "08:30"),
    (write_clock, (8, 5), "gio_phut_pad", "08 giờ 05 phút"),
    (write_date, (date(2024, 3, 15),), "words_pad", "15 tháng 03 năm 2024"),
    (write_date, (date(2024, 3, 15),), "slash", "15/3/2024"),
    (write_date, (date(2024, 3, 5),), "slash_pad", "05/03/2024"),
    (write_date, (date(2024, 3, 5),), "dot", "05.03.2024"),
    (count, (27,), "words_digits", "hai mươi bảy (27)"),
    (count, (2,), "pad", "02"),
    (count, (7,), "digits", "7"),
    (share, (22, 23), None, "95,7%"),
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


def test_as_and_at_are_written_deterministically_and_only_on_request() -> None:
    for family in NAMES:
        assert_written_deterministically(heldout20.write_minutes, family)
    assert heldout_as_at_families() == ["AS", "AT"]
    assert heldout_aq_ar_families() == ["AQ", "AR"]
    assert families() == ["A", "B", "C", "D", "E", "F"]
    names = all_families()
    assert names.index("AT") == names.index("AS") + 1 and names.index("AS") > names.index("AR")
    for seed in range(40):
        markup, _ = make_minutes(random.Random(seed))
        assert "Nội dung cuộc họp:" not in markup and "3. NỘI DUNG CUỘC HỌP" not in markup


def test_the_families_vary_within_themselves() -> None:
    """Each secretary has habits, not one fixed text: the variants all occur over the seeds."""
    joined = {f: "\n".join(m) for f, m in heldout_markups(heldout20.write_minutes, NAMES).items()}
    as_needles = ["* ||", "Số: ", " tháng 0", "/20", " giờ 30 tối", "Hôm nay, thứ", "Hồi "]
    as_needles += ["Chủ trì: đ/c", "làm thư ký.", "Dự họp có: ", "Số đảng viên: ", "Chi bộ có "]
    as_needles += ["không đ/c nào vắng", "không lý do)", " không ai phát biểu thêm", "a) "]
    as_needles += ["có ý kiến: ", "<<page>>", "chưa nhất trí", "Tháng sau", "T/M CHI BỘ"]
    as_needles += ["Thư ký cuộc họp", "tháng Ba", "thường kỳ tháng 1"]
    at_needles = ["/20", ".20", "h00", ":00", " giờ 00 phút", "- Thời gian: từ ", "bắt đầu "]
    at_needles += ["| Tổng số ĐV", "- Vắng có lý do: ", "Đại biểu cấp trên: không", "(Thứ "]
    at_needles += ["Thứ nhất: ", "Thứ hai: ", "Tổng số ý kiến phát biểu: ", "<<page>>"]
    at_needles += ["không nhất trí: 1", "Nơi nhận:", "(Ký, ghi rõ", "T/M CHI BỘ", "kết thúc lúc"]
    needles = {"AS": as_needles, "AT": at_needles}
    missing = {f: [n for n in needles[f] if n not in joined[f]] for f in NAMES}
    assert missing == {"AS": [], "AT": []}
    assert re.search(r"(?:hai|ba) mươi [a-zà-ỹ ]*\(\d+\)", joined["AS"])
    assert re.search(r": 0\d đ/c\.", joined["AT"])


def test_truth_of_an_as_at_corpus_honours_the_schema(
    tmp_path: Path, record_schema: dict[str, Any]
) -> None:
    check_family_corpora(tmp_path, NAMES, record_schema)


def test_two_letter_family_names_on_the_command_line(tmp_path: Path) -> None:
    """`--families AS,AT` gives only AS and AT, the truth naming them in full."""
    generate_clean_corpus(tmp_path / "both", NAMES, seed=1)

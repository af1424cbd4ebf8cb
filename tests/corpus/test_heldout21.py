"""Tests of AU and AV, the newest held-out families: opt-in, deterministic, true to their page.

HELD-OUT: AU and AV are closed to whoever writes or tunes the extraction rules, and so is this
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

from bienban.corpus import heldout21
from bienban.corpus.content import (
    all_families,
    draw_facts,
    families,
    heldout_as_at_families,
    heldout_au_av_families,
    make_minutes,
)
from bienban.corpus.facts import Facts
from bienban.corpus.heldout21_parts import VOTES, against
from bienban.corpus.heldout21_phrases import count, share, write_clock, write_date
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
NAMES = ("AU", "AV")
HANDS = heldout21.HELDOUT_FAMILIES
FORMS = WrittenForms(count, write_date, write_clock, {f: HANDS[f].forms for f in NAMES})
TOPIC_WORDS = {
    "current_affairs": ("thời sự",),
    "directives": ("phổ biến", "quán triệt", "chỉ đạo", "triển khai"),
    "review": ("nhìn lại việc làm tháng", "thực hiện nghị quyết tháng"),
    "plan": ("công việc tháng", "triển khai ngay", "nhiệm vụ tháng", "biện pháp cấp bách"),
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
    "AU": rf"\b(?:\d{{1,2}}h\d{{2}} {_PERIOD}|\d{{1,2}} giờ \d{{2}} phút)",
    "AV": rf"\b(?:\d{{1,2}} giờ(?: \d{{2}} phút)? {_PERIOD}|\d{{2}}h\d{{2}})",
}
DATE_RE = {
    "AU": r"\b(?:\d{2}-\d{2}-\d{4}|\d{1,2} tháng \d{1,2} năm \d{4})\b",
    "AV": r"\b(?:\d{2}/\d{1,2}/\d{4}|\d{2} tháng \d{2} năm \d{4})\b",
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
    return heldout_case(heldout21.write_minutes, seed, family)


def _clocks_in(line: str, family: str) -> list[str]:
    """The clocks written in `line`, read back to "HH:MM"."""
    return [HHMM(*CLOCKS[family][said]) for said in re.findall(CLOCK_RE[family], line)]


def _dates_in(line: str, family: str) -> list[date]:
    return [DATES[family][said][0] for said in re.findall(DATE_RE[family], line)]


def _read_number(rest: str) -> int | None:
    """The count that `rest` starts with: figures (with the words after them in brackets,
    which must agree), or words alone."""
    digits = re.match(r"(\d+)(?: \(([^)]+)\))?", rest)
    if digits:
        value = int(digits[1])
        assert digits[2] is None or digits[2] == number_in_words(value), rest
        return value
    for words, value in _WORDS:
        if rest.startswith(words) and not rest[len(words) : len(words) + 1].isalpha():
            return value
    return None


def _numbers_after(text: str, label: str) -> list[int | None]:
    """Each count written right after `label` in `text` (small letters or capital)."""
    found = re.finditer(re.escape(label), text, re.IGNORECASE)
    return [_read_number(text[m.end() :]) for m in found]


def _one_number(text: str, label: str) -> int | None:
    (found,) = _numbers_after(text, label)
    return found


def _lines(markup: str, *starts: str) -> list[str]:
    return [ln for ln in plain_lines(markup) if ln.startswith(starts)]


# When: the day, the start, the end ------------------------------------------------------------

_OPENINGS = {
    "AU": ("Vào hồi ", "Thời gian: khai mạc "),
    "AV": ("Đúng ", "Thực hiện kế hoạch của chi ủy, vào lúc "),
}


def _check_when(markup: str, record: dict[str, Any], facts: Facts, family: str) -> None:
    """The opening line gives the day and the start; a closing line gives the end, dated to
    the next day past midnight, "cùng ngày" otherwise."""
    day = date.fromisoformat(record["date"])
    opening = only(_lines(markup, *_OPENINGS[family]))
    assert _dates_in(opening, family) == [day], opening
    assert _clocks_in(opening, family) == [record["start_time"]], opening
    if family == "AU":
        ends = _lines(markup, "Buổi sinh hoạt bế mạc lúc ")
    else:
        ends = [ln for ln in _lines(markup, "Đến ") if ln.endswith("cuộc họp kết thúc.")]
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


def _au_counts(text: str) -> dict[str, int | None]:
    """AU's counts, off its clauses (one run, or one "+" line each)."""
    low = text.lower()
    found = {"total": _one_number(low, "đảng viên toàn chi bộ: ")}
    if "không có đồng chí nào được miễn sinh hoạt" in low:
        found["exempt"] = 0
    elif "được miễn công tác và sinh hoạt đảng: " in low:
        found["exempt"] = _one_number(low, "được miễn công tác và sinh hoạt đảng: ")
    found["present"] = _one_number(low, "đến dự: ")
    if "không có đồng chí nào vắng mặt" in low:
        found["excused"] = found["unexcused"] = 0
        return found
    absent = _one_number(low, "vắng: ")
    both = re.search(r" đồng chí \(có phép: (.+?); không phép: (.+?)\)", low)
    if both:
        found["excused"], found["unexcused"] = _read_number(both[1]), _read_number(both[2])
    else:
        excused = " đồng chí (có phép)" in low
        assert excused != (" đồng chí (không phép)" in low), low
        found["excused"], found["unexcused"] = (absent, 0) if excused else (0, absent)
    assert found["excused"] + found["unexcused"] == absent  # type: ignore[operator]
    return found


def _av_counts(text: str) -> dict[str, int | None]:
    """AV's counts, off its one sentence or its dashed lines."""
    if "\n- Tổng số đảng viên của chi bộ: " in text:
        found = {"total": _one_number(text, "\n- Tổng số đảng viên của chi bộ: ")}
        if "\n- Số đ/c được miễn sinh hoạt: " in text:
            found["exempt"] = _one_number(text, "\n- Số đ/c được miễn sinh hoạt: ")
        found["present"] = _one_number(text, "\n- Số đ/c có mặt: ")
        found["excused"] = _one_number(text, "\n- Vắng có lý do: ")
        found["unexcused"] = _one_number(text, "; vắng không lý do: ")
        return found
    line = only([ln for ln in text.splitlines() if ln.startswith("Về số lượng: ")])
    found = {"total": _one_number(line, "Về số lượng: chi bộ có ")}
    if ", không có đ/c miễn sinh hoạt" in line:
        found["exempt"] = 0
    else:
        exempt = re.search(r" đảng viên, (.+?) đ/c miễn sinh hoạt", line)
        if exempt:
            found["exempt"] = _read_number(exempt[1])
    found["present"] = _one_number(line, "; có mặt ")
    if line.endswith("; không có đ/c nào vắng."):
        found["excused"] = found["unexcused"] = 0
        return found
    absent = _one_number(line, "; vắng ")
    found["excused"] = _one_number(line, " đ/c, trong đó ")
    found["unexcused"] = _one_number(line, " có lý do và ")
    assert found["excused"] + found["unexcused"] == absent  # type: ignore[operator]
    return found


def _check_roll(markup: str, record: dict[str, Any], facts: Facts, family: str) -> None:
    text = to_plain_text(markup)
    found = _au_counts(text) if family == "AU" else _av_counts(text)
    counts = record["attendance"]
    assert found["total"] == counts["total_members"] == facts.total
    assert found["present"] == counts["present"]
    assert found.get("exempt") == counts["exempt"]
    assert (found["excused"], found["unexcused"]) == (
        counts["absent_excused"],
        counts["absent_unexcused"],
    )


def _check_absentees(markup: str, record: dict[str, Any], facts: Facts) -> None:
    """When every absentee is known, each is named on the absence line with the reason in
    brackets, the unexcused ones saying "không"; otherwise nobody is named."""
    text = to_plain_text(markup)
    named = bool(facts.absentees) and len(facts.absentees) == facts.excused + facts.unexcused
    listed = [ln for ln in text.splitlines() if ln.startswith(("Vắng gồm: ", "Vắng mặt gồm: "))]
    assert len(listed) == named
    if not named:
        return
    check_named_absentees(only(listed), facts, r" \(([^)]+)\)")
    said = re.findall(r"(?:: |, )(?:đ/c )?[^,:(]+ \(([^)]+)\)", only(listed))
    assert len(said) == len(facts.absentees), said
    unexcused = sum("không" in reason for reason in said)
    assert unexcused == record["attendance"]["absent_unexcused"], said
    assert len(said) - unexcused == record["attendance"]["absent_excused"], said


# Who chaired, who wrote, who came, who spoke ----------------------------------------------------

_ROLE = r"(?: \([^)]+\))?"
PRESIDING = {
    "AU": (
        r"^(?:Đồng chí (.+?) – [^–]+ điều hành buổi sinh hoạt\.|Điều hành: đồng chí (.+?) "
        r"\([^)]+\)\.)$",
        rf"^(?:Ghi biên bản: đồng chí (.+?)(?:, [^,]+)?\.|Phân công đồng chí (.+?){_ROLE} ghi "
        r"biên bản\.)$",
        r"^Khách mời: (.+)\.$",
    ),
    "AV": (
        r"^(?:Chủ trì cuộc họp là đ/c (.+?), [^;]+; thư ký|Đ/c (.+?) \([^)]+\) chủ trì\.$)",
        rf"(?:; thư ký là đ/c (.+?){_ROLE}\.$|^Đ/c (.+?){_ROLE} được chi bộ cử làm thư ký\.$)",
        r"^(?:Tham dự có |Cuộc họp có sự tham dự của )(.+)\.$",
    ),
}


def _check_presiding(markup: str, record: dict[str, Any], facts: Facts, family: str) -> None:
    text = to_plain_text(markup)
    check_people_named(text, record)
    assert f"{record['secretary']} || {record['chair']}" in markup.splitlines()
    chair_re, clerk_re, guest_re = PRESIDING[family]
    chaired = ["".join(found) for found in re.findall(chair_re, text, re.M)]
    wrote = ["".join(found) for found in re.findall(clerk_re, text, re.M)]
    guests = re.findall(guest_re, text, re.M)
    assert chaired == [record["chair"]] and wrote == [record["secretary"]], text
    assert len(guests) == bool(facts.guests or facts.unnamed_guest)
    assert record["attendance"]["guests"] == [name for name, _ in facts.guests]
    for name in record["attendance"]["guests"]:
        assert re.search(rf"{name}(?:, | \()", only(guests)), name
    if facts.unnamed_guest:
        assert only(guests) == facts.unnamed_guest


def _discussion(text: str, family: str) -> str:
    """The discussion's part of the page: from its heading to the tasks."""
    if family == "AU":
        (found,) = re.finditer(r"^[A-Z]\. Ý kiến đóng góp của đảng viên:$", text, re.M)
        rest = text[found.end() :]
        return rest[: re.search(r"^[A-Z]\. ", rest, re.M).start()]  # type: ignore[union-attr]
    start = text.index("\nThảo luận:\n")
    return text[start : text.index("\nChi bộ thống nhất ", start)]


def _check_discussion(markup: str, record: dict[str, Any], facts: Facts, family: str) -> None:
    """Nobody spoke; or a count and the gist; or the opinions in order, each naming its
    speaker, after the count when one is given."""
    text = to_plain_text(markup)
    nobody = {"AU": "Không có đồng chí nào đóng góp thêm ý kiến.", "AV": "không có ý kiến bổ sung"}
    assert (nobody[family] in text) == (record["speakers"] == 0)
    part = _discussion(text, family)
    who = r"(?:Đồng chí |đồng chí |đ/c |Ông |Bà )"
    if family == "AU":
        said = re.findall(rf"^\* {who}(.+?)(?: \([^)]*\))? phát biểu: ", part, re.M)
        stated = re.findall(r"^Có (.+?) lượt ý kiến đóng góp[,:]", part, re.M)
    else:
        numbered = re.findall(rf"^Ý kiến (\d+) – {who}(.+?)(?: \([^)]*\))?: ", part, re.M)
        assert [int(n) for n, _ in numbered] == list(range(1, len(numbered) + 1))
        said = [name for _, name in numbered]
        stated = re.findall(r"^Có (.+?) đ/c tham gia ý kiến, ", part, re.M)
    counts = [_read_number(written) for written in stated]
    assert len(re.findall(r"^Có ", part, re.M)) == len(counts), part
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
    marks = [r"\d+\) ", r"- "] if family == "AU" else [r"\d+\. ", r"\+ "]
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
    if form.startswith(("Biểu quyết bằng hình thức giơ tay:", "Kết quả biểu quyết: tán")):
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


_NEXT = {"AU": "Lịch sinh hoạt chi bộ tháng sau: ", "AV": "Chi ủy sẽ triệu tập kỳ sinh hoạt"}


def _check_content(markup: str, record: dict[str, Any], facts: Facts, family: str) -> None:
    text = to_plain_text(markup)
    joined = " ".join(text.splitlines()).lower()
    heading = titles(markup).lower()
    kind = record["meeting_type"]
    regular = "thường kỳ" in heading or "định kỳ" in heading
    assert ("bất thường" in heading) == (kind == "extraordinary"), heading
    assert ("chuyên đề" in heading) == (kind in ("thematic", "combined")), heading
    assert regular == (kind in ("regular", "combined")), heading
    assert ("tháng" in heading) == (kind in ("regular", "combined")), heading
    for topic in record["topics"]:
        assert any(word in joined for word in TOPIC_WORDS[topic]), topic
    for topic, word in ONLY_WITH.items():
        assert word not in _without_names(joined, facts) or topic in record["topics"], topic
    if record["thematic_title"]:
        assert f"“{record['thematic_title']}”" in text
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
EXAMPLES: tuple[tuple[Any, ...], ...] = (
    (write_clock, (19, 30), "h_period", "19h30 tối"),
    (write_clock, (0, 15), "h_period", "0h15 đêm"),
    (write_clock, (14, 0), "gio_phut", "14 giờ 00 phút"),
    (write_clock, (7, 30), "period12", "7 giờ 30 phút sáng"),
    (write_clock, (14, 0), "period12", "2 giờ chiều"),
    (write_clock, (0, 15), "period12", "12 giờ 15 phút đêm"),
    (write_clock, (7, 30), "hpad", "07h30"),
    (write_date, (date(2024, 3, 15),), "dash", "15-03-2024"),
    (write_date, (date(2024, 3, 15),), "words", "15 tháng 3 năm 2024"),
    (write_date, (date(2024, 3, 5),), "slash_daypad", "05/3/2024"),
    (write_date, (date(2024, 3, 5),), "words_pad", "05 tháng 03 năm 2024"),
    (count, (27,), "words", "hai mươi bảy"),
    (count, (15,), "digits_words", "15 (mười lăm)"),
    (count, (0,), "digits_words", "0"),
    (count, (2,), "pad", "02"),
    (count, (7,), "digits", "7"),
    (share, (22, 23), None, "95,65%"),
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


def test_au_and_av_are_written_deterministically_and_only_on_request() -> None:
    for family in NAMES:
        assert_written_deterministically(heldout21.write_minutes, family)
    assert heldout_au_av_families() == ["AU", "AV"]
    assert heldout_as_at_families() == ["AS", "AT"]
    assert families() == ["A", "B", "C", "D", "E", "F"]
    names = all_families()
    assert names.index("AV") == names.index("AU") + 1 and names.index("AU") > names.index("AT")
    for seed in range(40):
        markup, _ = make_minutes(random.Random(seed))
        assert "Ý kiến đóng góp của đảng viên:" not in markup and "DIỄN BIẾN CUỘC HỌP" not in markup


def test_the_families_vary_within_themselves() -> None:
    """Each secretary has habits, not one fixed text: the variants all occur over the seeds."""
    joined = {f: "\n".join(m) for f, m in heldout_markups(heldout21.write_minutes, NAMES).items()}
    au_needles = ["/BB-CB ||", "-20", " tháng ", " tối", " phút", "Vào hồi ", "khai mạc "]
    au_needles += ["điều hành buổi sinh hoạt", "Điều hành: ", "Ghi biên bản: ", "Phân công đồng"]
    au_needles += ["Khách mời: ", "+ Đến dự: ", "; đến dự: ", "không phép", "Vắng gồm: "]
    au_needles += ["lượt ý kiến", " phát biểu: ", "1) ", "<<page>>", "Không nhất trí: "]
    au_needles += ["Lịch sinh hoạt", "ĐỊNH KỲ", "THƯỜNG KỲ", "NGƯỜI GHI BIÊN BẢN", "T/M CHI BỘ"]
    av_needles = ["Số 0", "* ||", "/20", " tháng 0", "h00", " giờ chiều", "Đúng ", "Thực hiện"]
    av_needles += ["Chủ trì cuộc họp là", "được chi bộ cử", "Tham dự có ", "Về số lượng: "]
    av_needles += ["- Số đ/c có mặt: ", "Vắng mặt gồm: ", "Ý kiến 1 – ", "tham gia ý kiến, cụ"]
    av_needles += ["1. ", "\n+ ", "<<page>>", "không tán thành 1", "Nơi nhận:", "T/M CHI ỦY"]
    needles = {"AU": au_needles, "AV": av_needles}
    missing = {f: [n for n in needles[f] if n not in joined[f]] for f in NAMES}
    assert missing == {"AU": [], "AV": []}
    assert re.search(r"toàn chi bộ: (?:hai|ba|bốn) mươi", joined["AU"])
    assert re.search(r"có mặt 0\d đ/c", joined["AV"])
    assert re.search(r"\d+ \((?:hai|ba) mươi [a-zà-ỹ ]*\)", joined["AV"])


def test_truth_of_an_au_av_corpus_honours_the_schema(
    tmp_path: Path, record_schema: dict[str, Any]
) -> None:
    check_family_corpora(tmp_path, NAMES, record_schema)


def test_two_letter_family_names_on_the_command_line(tmp_path: Path) -> None:
    """`--families AU,AV` gives only AU and AV, the truth naming them in full."""
    generate_clean_corpus(tmp_path / "both", NAMES, seed=1)

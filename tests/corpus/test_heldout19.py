"""Tests of AQ and AR, the newest held-out families: opt-in, deterministic, true to their page.

HELD-OUT: AQ and AR are closed to whoever writes or tunes the extraction rules, and so is this
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

from bienban.corpus import heldout19
from bienban.corpus.content import (
    all_families,
    draw_facts,
    families,
    heldout_ao_ap_families,
    heldout_aq_ar_families,
    make_minutes,
)
from bienban.corpus.facts import Facts
from bienban.corpus.heldout19_parts import AGAINST, VOTES
from bienban.corpus.heldout19_phrases import count, share, write_clock, write_date
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

SEEDS = range(100)
NAMES = ("AQ", "AR")
HANDS = heldout19.HELDOUT_FAMILIES
FORMS = WrittenForms(count, write_date, write_clock, {f: HANDS[f].forms for f in NAMES})
_ASSIGN = ("phân công", "phụ trách", "giao đồng chí")
_MASS = ("mặt trận", "dân vận", "vận động", "đoàn thể")
TOPIC_WORDS = {
    "current_affairs": ("thời sự",),
    "directives": ("quán triệt", "triển khai", "đột xuất"),
    "review": ("thực hiện nghị quyết tháng", "thực hiện nq tháng"),
    "plan": ("nhiệm vụ trọng tâm tháng", "nhiệm vụ tháng", "việc cần làm ngay", "cần làm ngay"),
    "ideology": ("tư tưởng",),
    "criticism": ("phê bình",),
    "thematic": ("chuyên đề",),
    "ho_chi_minh": ("hồ chí minh",),
    "party_fees": ("đảng phí",),
    "member_development": ("kết nạp",),
    "member_assignment": _ASSIGN,
    "inspection": ("kiểm tra", "giám sát", "kỷ luật"),
    "mass_mobilization": _MASS,
}
# Words that stand on the page only when the record has the topic.
ONLY_WITH = {
    "current_affairs": "thời sự",
    "criticism": "phê bình",
    "thematic": "chuyên đề",
    "member_development": "kết nạp",
}
_PERIOD = r"(?:sáng|trưa|chiều|tối|đêm)"
CLOCK_RE = {
    "AQ": rf"\d{{1,2}} giờ \d{{2}} phút(?: {_PERIOD})?",
    "AR": rf"\d{{1,2}}h\d{{2}}(?: {_PERIOD})?|\d{{1,2}} giờ(?: rưỡi| \d{{2}} phút)? {_PERIOD}",
}
DATE_RE = {
    "AQ": r"\d{1,2} tháng \d{1,2} năm \d{4}|\d{2}/\d{2}/\d{4}",
    "AR": r"\d{1,2}/\d{1,2}/\d{4}|\d{2}-\d{2}-\d{4}",
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
    return heldout_case(heldout19.write_minutes, seed, family)


def _clocks_in(line: str, family: str) -> list[tuple[int, int]]:
    """The clocks written in `line`, read back to (hour, minute)."""
    return [CLOCKS[family][said] for said in re.findall(CLOCK_RE[family], line)]


def _dates_in(line: str, family: str) -> list[date]:
    return [DATES[family][said][0] for said in re.findall(DATE_RE[family], line)]


def _read_number(rest: str) -> int | None:
    """The count that `rest` starts with: figures (with the words after them in brackets,
    which must agree), or words."""
    digits = re.match(r"(\d+)(?: \(([^)]+)\))?", rest)
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


def _one_number(text: str, label: str) -> int | None:
    (found,) = _numbers_after(text, label)
    return found


def _lines(markup: str, *starts: str) -> list[str]:
    return [ln for ln in plain_lines(markup) if ln.startswith(starts)]


# When: the day, the start, the end ------------------------------------------------------------


def _check_when(markup: str, record: dict[str, Any], facts: Facts, family: str) -> None:
    if family == "AQ":
        opening = only(_lines(markup, "- Thời gian: khai mạc vào ", "- Chi bộ bắt đầu sinh"))
        ends = _lines(markup, "Hội nghị bế mạc")
    else:
        opening = only(_lines(markup, "Bắt đầu: "))
        ends = _lines(markup, "Kết thúc: ")
    hhmm = "{:02d}:{:02d}".format
    assert _dates_in(opening, family) == [date.fromisoformat(record["date"])], opening
    assert [hhmm(*c) for c in _clocks_in(opening, family)] == [record["start_time"]], opening
    if facts.end is None:
        assert record["end_time"] is None and record["duration_minutes"] is None
        assert all(not _clocks_in(end, family) for end in ends), ends
        return
    end = only(ends)
    assert [hhmm(*c) for c in _clocks_in(end, family)] == [record["end_time"]], end
    assert ("cùng ngày" in end) != facts.end_next_day, end
    next_day = facts.day + timedelta(days=1)
    assert (_dates_in(end, family) == [next_day]) == facts.end_next_day, end
    minutes = (facts.end[0] - facts.start[0]) * 60 + facts.end[1] - facts.start[1]
    assert record["duration_minutes"] == minutes % 1440


# Who came: the counts and the absent --------------------------------------------------------


def _aq_counts(markup: str) -> dict[str, int | None]:
    """AQ's counts by label, off its dashed lines."""
    text = to_plain_text(markup)
    found: dict[str, int | None] = {"total": _one_number(text, "- Chi bộ hiện có ")}
    if "; không có đảng viên miễn sinh hoạt." in text:
        found["exempt"] = 0
    elif "; được miễn sinh hoạt " in text:
        found["exempt"] = _one_number(text, "; được miễn sinh hoạt ")
    if "- Số đảng viên phải dự: " in text:
        found["due"] = _one_number(text, "- Số đảng viên phải dự: ")
    found["present"] = _one_number(text, "dự họp: ")
    share_said = re.search(r"dự họp: .+ đồng chí, đạt ([\d,]+%)\.", text)
    if share_said:
        found["share"] = share_said[1]  # type: ignore[assignment]
    if "- Vắng mặt: không." in text:
        found["excused"] = found["unexcused"] = 0
        return found
    absent = _one_number(text, "- Vắng mặt: ")
    kinds = _numbers_after(text, "(có lý do: ") + _numbers_after(text, "; không lý do: ")
    if not kinds:
        kinds = [
            (_numbers_after(text, "\n+ Có lý do: ") or [0])[0],
            (_numbers_after(text, "\n+ Không lý do: ") or [0])[0],
        ]
    found["excused"], found["unexcused"] = kinds
    assert kinds[0] + kinds[1] == absent  # type: ignore[operator]
    return found


def _ar_counts(markup: str) -> dict[str, int | None]:
    """AR's counts, off its dashed list (in figures) or its one sentence."""
    text = to_plain_text(markup)
    if "\n- Tổng số: " in text:
        found: dict[str, int | None] = {"total": _one_number(text, "\n- Tổng số: ")}
        if "\n- Miễn sinh hoạt: " in text:
            found["exempt"] = _one_number(text, "\n- Miễn sinh hoạt: ")
        found["present"] = _one_number(text, "\n- Có mặt: ")
        if "\n- Vắng: không" in text:
            found["excused"] = found["unexcused"] = 0
        else:
            found["excused"] = _one_number(text, "\n- Vắng có phép: ")
            found["unexcused"] = _one_number(text, "\n- Vắng không phép: ")
        return found
    roll = only(_lines(markup, "Đảng viên: chi bộ có "))
    found = {"total": _one_number(roll, "chi bộ có ")}
    if "(không có đ/c miễn SH)" in roll:
        found["exempt"] = 0
    elif " đ/c miễn SH" in roll:
        found["exempt"] = _read_number(roll.split(" đảng viên, ")[1])
    found["present"] = _one_number(roll, "hôm nay có mặt ")
    if roll.endswith(", không ai vắng."):
        found["excused"] = found["unexcused"] = 0
        return found
    absent = _one_number(roll, ", vắng ")
    kinds = re.search(r" đ/c \((.+?) có phép, (.+?) không phép\)", roll)
    assert kinds, roll
    found["excused"], found["unexcused"] = _read_number(kinds[1]), _read_number(kinds[2])
    assert found["excused"] + found["unexcused"] == absent  # type: ignore[operator]
    return found


def _check_roll(markup: str, record: dict[str, Any], facts: Facts, family: str) -> None:
    found = _aq_counts(markup) if family == "AQ" else _ar_counts(markup)
    counts = record["attendance"]
    assert found["total"] == counts["total_members"] == facts.total
    assert found["present"] == counts["present"]
    assert found.get("exempt") == counts["exempt"]
    assert (found["excused"], found["unexcused"]) == (
        counts["absent_excused"],
        counts["absent_unexcused"],
    )
    due = facts.total - (facts.exempt or 0)
    if "due" in found:
        assert found["due"] == due
    if "share" in found:
        assert found["share"] == share(facts.present, due)


def _check_absentees(markup: str, facts: Facts, family: str) -> None:
    """When every absentee is known, each is named, the excused with the reason, under the kind
    of absence (AQ: a line a kind; AR: the kind before the names, in a list or a sentence);
    otherwise nobody is named."""
    named = bool(facts.absentees) and len(facts.absentees) == facts.excused + facts.unexcused
    text = to_plain_text(markup)
    for person in facts.absentees:
        assert (f"đ/c {person.name}" in text) == named
        if named and person.excused:
            assert f"đ/c {person.name} – {person.reason}" in text
    if not named:
        return
    for excused in (True, False):
        people = [a.name for a in facts.absentees if a.excused == excused]
        if family == "AQ":
            label = "Có lý do" if excused else "Không lý do"
            kind = re.findall(rf"^\+ {label}: [^(]+\((.+)\)\.$", text, re.M)
            assert bool(kind) == bool(people), kind
            assert all(name in only(kind) for name in people)
        elif "\n- Tổng số: " in text:
            label = "có phép" if excused else "không phép"
            line = only(_lines(markup, f"- Vắng {label}: "))
            assert all(name in line for name in people), line


# Who chaired, who wrote, who came, who spoke ----------------------------------------------------


def _check_presiding(markup: str, record: dict[str, Any], facts: Facts, family: str) -> None:
    text = to_plain_text(markup)
    check_people_named(text, record)
    assert markup.splitlines()[-1] == f"{record['secretary']} || {record['chair']}"
    if family == "AQ":
        chaired = re.findall(r"^- Chủ trì hội nghị: đồng chí (.+?), ", text, re.M)
        wrote = re.findall(r"^- Thư ký hội nghị: đồng chí ([^,.]+)", text, re.M)
        guests = re.findall(r"^- Về dự có: (.+)\.$", text, re.M)
    else:
        chaired = re.findall(r"^Chủ trì: đ/c (.+?) \(", text, re.M)
        wrote = re.findall(r"[Tt]hư ký: đ/c (.+?)\.$", text, re.M)
        guests = re.findall(r"^Đại biểu tham dự: (.+)\.$", text, re.M)
    assert chaired == [record["chair"]] and wrote == [record["secretary"]], text
    assert len(guests) == bool(facts.guests or facts.unnamed_guest)
    assert record["attendance"]["guests"] == [name for name, _ in facts.guests]
    for name, role in facts.guests:
        assert f"{name}, {role}" in only(guests)
    if facts.unnamed_guest:
        assert only(guests) == facts.unnamed_guest


def _check_discussion(markup: str, record: dict[str, Any], facts: Facts, family: str) -> None:
    """Nobody spoke; or a count and the gist; or the opinions in order, each naming its
    speaker."""
    text = to_plain_text(markup)
    nobody = {
        "AQ": "Không có đồng chí nào phát biểu thêm",
        "AR": "Ý kiến đóng góp: không có.",
    }
    assert (nobody[family] in text) == (record["speakers"] == 0)
    who = r"(?:Đ/c |Đồng chí |Ông |Bà |đồng chí )"
    if family == "AQ":
        said = re.findall(
            rf"^\+ {who}(.+?)(?: \([^)]*\))? (?:phát biểu|trao đổi|tham gia): ", text, re.M
        )
        counts = _numbers_after(text, ". Thảo luận (") + _numbers_after(text, "\nCó ")
    else:
        said = re.findall(rf"^\((\d+)\) {who}(.+?)(?: \([^)]*\))?: ", text, re.M)
        numbers = [int(n) for n, _ in said]
        assert numbers == list(range(1, len(numbers) + 1))
        said = [name for _, name in said]
        counts = _numbers_after(text, "(tổng cộng ") + _numbers_after(text, "đóng góp: có ")
    check_listed_opinions(said, facts)
    if facts.stated_speakers:
        assert counts == [facts.stated_speakers] == [record["speakers"]]
    elif facts.stated_speakers is None:
        assert not counts and record["speakers"] == len(said)


# What was adopted ---------------------------------------------------------------------------


def _check_resolutions(markup: str, record: dict[str, Any], facts: Facts, family: str) -> None:
    """Each task in order under its number or dash (wrapped lines read on, over a page too),
    the extra decision after them."""
    joined = " ".join(plain_lines(markup))
    for item in record["resolutions"]:
        assert item in joined, item
    for i, item in enumerate(facts.resolutions):
        marks = [f"4.{i + 1}. "] if family == "AQ" else [f"{i + 1}) ", "- "]
        assert any(f"{mark}{item}." in joined for mark in marks), item
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

    def against(c: str, agree: int, total: int) -> str:
        return AGAINST[family].format(c) if total > agree else ""

    form = check_vote_forms(to_plain_text(markup), record, forms, lambda n: [str(n)], against)
    if "giơ tay" in form or "thông qua:" in form:
        assert vote["total"] == record["attendance"]["present"]


# The rest: type, topics, the next meeting ------------------------------------------------------


def _check_content(markup: str, record: dict[str, Any], facts: Facts, family: str) -> None:
    text = to_plain_text(markup)
    joined = " ".join(text.splitlines()).lower()
    heading = titles(markup).lower()
    kind = record["meeting_type"]
    assert ("bất thường" in heading) == (kind == "extraordinary"), heading
    assert ("chuyên đề" in heading) == (kind in ("thematic", "combined")), heading
    regular = "thường kỳ" in heading or "định kỳ" in heading
    assert regular == (kind in ("regular", "combined")), heading
    assert ("tháng" in heading) == (record["meeting_type"] in ("regular", "combined")), heading
    for topic in record["topics"]:
        assert any(word in joined for word in TOPIC_WORDS[topic]), topic
    for topic, word in ONLY_WITH.items():
        assert word not in joined or topic in record["topics"], topic
    if record["thematic_title"]:
        assert f"“{record['thematic_title']}”" in text
    later = facts.sections.get("next_meeting")
    lead = "Chi bộ thống nhất lịch sinh hoạt" if family == "AQ" else "Cuộc họp tới dự kiến"
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
    _check_absentees(markup, facts, family)
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
def test_the_checks_catch_a_wrong_record(family: str) -> None:
    """An expected value changed by hand is caught by the checks: a count, a clock, the chair,
    a resolution, the speakers, the vote."""
    facts, markup, record = _case(7, family)
    check_case(facts, markup, record, family)
    wrong: list[tuple[str, Any]] = [
        ("total_members", record["attendance"]["total_members"] + 1),
        ("present", record["attendance"]["present"] - 1),
        ("start_time", "23:59"),
        ("chair", facts.secretary),
        ("secretary", facts.chair),
        ("date", (facts.day + timedelta(days=1)).isoformat()),
        ("absent_excused", record["attendance"]["absent_excused"] + 1),
        ("exempt", 1 if record["attendance"]["exempt"] is None else None),
        ("speakers", record["speakers"] + 1),
        ("resolutions", [*record["resolutions"][:-1], "Một việc không có trên trang"]),
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
    (write_clock, (14, 0), "gio_phut", "14 giờ 00 phút"),
    (write_clock, (19, 30), "gio_phut_period", "7 giờ 30 phút tối"),
    (write_clock, (19, 30), "h", "19h30"),
    (write_clock, (19, 30), "h_period", "19h30 tối"),
    (write_clock, (14, 0), "ruoi", "2 giờ chiều"),
    (write_clock, (19, 30), "ruoi", "7 giờ rưỡi tối"),
    (write_clock, (0, 15), "ruoi", "12 giờ 15 phút đêm"),
    (write_date, (date(2024, 3, 15),), "words", "15 tháng 3 năm 2024"),
    (write_date, (date(2024, 3, 5),), "slash_pad", "05/03/2024"),
    (write_date, (date(2024, 3, 15),), "slash", "15/3/2024"),
    (write_date, (date(2024, 3, 15),), "dash", "15-03-2024"),
    (count, (2,), "pad", "02"),
    (count, (27,), "digits_words", "27 (hai mươi bảy)"),
    (count, (27,), "words", "hai mươi bảy"),
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


def test_aq_and_ar_are_written_deterministically_and_only_on_request() -> None:
    for family in NAMES:
        assert_written_deterministically(heldout19.write_minutes, family)
    assert heldout_aq_ar_families() == ["AQ", "AR"]
    assert heldout_ao_ap_families() == ["AO", "AP"]
    assert families() == ["A", "B", "C", "D", "E", "F"]
    names = all_families()
    assert names.index("AR") == names.index("AQ") + 1 and names.index("AQ") > names.index("AP")
    for seed in range(40):
        markup, _ = make_minutes(random.Random(seed))
        assert "III. NỘI DUNG SINH HOẠT" not in markup and "A. THÔNG TIN CHUNG" not in markup


def test_the_families_vary_within_themselves() -> None:
    """Each secretary has habits, not one fixed text: the variants all occur over the seeds."""
    joined = {f: "\n".join(m) for f, m in heldout_markups(heldout19.write_minutes, NAMES).items()}
    aq_needles = ["Số: ", " tháng ", "/20", " phút tối", " phút sáng", "khai mạc vào"]
    aq_needles += ["bắt đầu sinh hoạt", "(thứ ", " (hai", "Về dự có", "phải dự", "đạt 100%"]
    aq_needles += ["Vắng mặt: không.", "  + Có lý do: ", "  + Không lý do: ", "(có lý do: "]
    aq_needles += ["thông qua chương trình", "Thảo luận (", "Có ", " trao đổi: ", "(Phụ trách: "]
    aq_needles += ["<<page>>", "không tán thành", "lịch sinh hoạt", "T/M CHI BỘ", "CHỦ TRÌ HỘI"]
    ar_needles = ["ĐẢNG BỘ", "\nĐảng", "Số: ", "-20", "/20", "h00", " tối", " rưỡi ", "Bắt đầu"]
    ar_needles += ["; thư ký: ", "Thư ký: ", "- Tổng số: ", "- Vắng có phép: ", "không ai vắng"]
    ar_needles += ["không phép)", "Ý kiến đóng góp: không có.", "(tổng cộng ", "(2) Đ/c "]
    ar_needles += ["1) ", "không đồng ý", "Cuộc họp tới", "(Đã ký)", "BÍ THƯ CHI BỘ", "<<page>>"]
    needles = {"AQ": aq_needles, "AR": ar_needles}
    missing = {f: [n for n in needles[f] if n not in joined[f]] for f in NAMES}
    assert missing == {"AQ": [], "AR": []}
    assert re.search(r"\d+ \((?:hai|ba) mươi", joined["AQ"])
    assert re.search(r"có (?:hai|ba) mươi", joined["AR"])


def test_truth_of_an_aq_ar_corpus_honours_the_schema(
    tmp_path: Path, record_schema: dict[str, Any]
) -> None:
    check_family_corpora(tmp_path, NAMES, record_schema)


def test_two_letter_family_names_on_the_command_line(tmp_path: Path) -> None:
    """`--families AQ,AR` gives only AQ and AR, the truth naming them in full."""
    generate_clean_corpus(tmp_path / "both", NAMES, seed=1)

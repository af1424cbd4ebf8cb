"""Tests of BK and BL, the newest held-out families: opt-in, deterministic, true to their page.

HELD-OUT: BK and BL are closed to whoever writes or tunes the extraction rules, and so is this
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

from bienban.corpus import content, heldout28, heldout29
from bienban.corpus.content import (
    all_families,
    draw_facts,
    families,
    heldout_bi_bj_families,
    heldout_bk_bl_families,
    make_minutes,
)
from bienban.corpus.facts import Facts
from bienban.corpus.heldout27_phrases import ROMAN, percent
from bienban.corpus.heldout29_parts import BK_NOBODY, BL_NOBODY, VOTES
from bienban.corpus.heldout29_phrases import count, write_clock, write_date
from bienban.corpus.heldout_phrases import weekday_name
from bienban.corpus.markup import to_plain_text
from tests.corpus.helpers import (
    WrittenForms,
    assert_written_deterministically,
    check_end_line,
    check_family_corpora,
    check_listed_opinions,
    check_named_absentees,
    check_page_content,
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
NAMES = ("BK", "BL")
HANDS = heldout29.HELDOUT_FAMILIES
FORMS = WrittenForms(count, write_date, write_clock, {f: HANDS[f].forms for f in NAMES})
TOPIC_WORDS = {
    "current_affairs": ("thời sự",),
    "directives": ("quán triệt", "phổ biến", "chỉ đạo"),
    "review": ("thực hiện nghị quyết tháng", "kiểm điểm nq tháng"),
    "plan": ("nhiệm vụ tháng", "triển khai ngay"),
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
    "BK": r"\b\d{1,2}(?: giờ \d{2} phút|h\d{2})",
    "BL": rf"\b\d{{1,2}}h\d{{2}}(?: {_PERIOD}\b)?",
}
DATE_RE = {
    "BK": r"\b\d{1,2} tháng \d{1,2} năm \d{4}\b",
    "BL": r"\b\d{1,2}/\d{1,2}/\d{4}\b",
}
NOBODY = {"BK": BK_NOBODY, "BL": BL_NOBODY}


def _reader(family: str, write: Any, styles: str, values: list[Any]) -> dict[str, Any]:
    return {write(*v, style=s): v for s in HANDS[family].forms[styles] for v in values}


_MINUTES = [(h, m) for h in range(24) for m in range(60)]
_DAYS = [(date(2011, 1, 1) + timedelta(days=d),) for d in range(16 * 366)]
CLOCKS = {f: _reader(f, write_clock, "clock", _MINUTES) for f in NAMES}
DATES = {f: _reader(f, write_date, "date", _DAYS) for f in NAMES}
HHMM = "{:02d}:{:02d}".format


def _case(seed: int, family: str) -> tuple[Facts, str, dict[str, Any]]:
    return heldout_case(heldout29.write_minutes, seed, family)


def _clocks_in(line: str, family: str) -> list[str]:
    return [HHMM(*CLOCKS[family][said]) for said in re.findall(CLOCK_RE[family], line)]


def _dates_in(line: str, family: str) -> list[date]:
    return [DATES[family][said][0] for said in re.findall(DATE_RE[family], line)]


def _matching(markup: str, pattern: str) -> list[str]:
    return [ln for ln in plain_lines(markup) if re.match(pattern, ln)]


def _number(text: str, label: str) -> int | None:
    """The figure written right after `label` (once in `text`), or None without the label."""
    found = re.findall(re.escape(label) + r"(\d+)", text)
    assert len(found) <= 1, found
    return int(found[0]) if found else None


# When ---------------------------------------------------------------------------------------

_OPENINGS = {"BK": r"^Hôm nay, vào lúc ", "BL": r"^Thời gian: "}
_ENDS = {"BK": r"^Cuộc họp kết thúc vào lúc ", "BL": r"^Họp xong lúc "}


def _check_when(markup: str, record: dict[str, Any], facts: Facts, family: str) -> None:
    """The opening gives the day (BL: with its weekday) and the start; one closing line gives
    the end, dated to the next day past midnight, "cùng ngày" otherwise."""
    day = date.fromisoformat(record["date"])
    opening = only(_matching(markup, _OPENINGS[family]))
    assert _dates_in(opening, family) == [day], opening
    assert _clocks_in(opening, family) == [record["start_time"]], opening
    if family == "BL":
        assert f", {weekday_name(day)}, ngày " in opening, opening
        assert f"Địa điểm: {record['location']}." in plain_lines(markup)
    else:
        assert f", tại {record['location']}, {record['branch']} tiến hành" in opening
    ends = _matching(markup, _ENDS[family])
    check_end_line(
        ends,
        record,
        facts,
        lambda hhmm: FORMS.clocks(hhmm, family),
        lambda d: FORMS.dates(d, family),
    )
    if ends:
        assert _clocks_in(ends[0], family) == [record["end_time"]], ends
        assert (_dates_in(ends[0], family) == [day + timedelta(days=1)]) == facts.end_next_day


# Who came -----------------------------------------------------------------------------------


def _bk_counts(markup: str) -> dict[str, int | None]:
    text = to_plain_text(markup)
    head = only(_matching(markup, r"^- Tổng số đảng viên của chi bộ: "))
    found: dict[str, int | None] = {
        "total": _number(head, "của chi bộ: "),
        "exempt": _number(head, "; miễn sinh hoạt: "),
    }
    if head.endswith("; không có đảng viên miễn sinh hoạt."):
        found["exempt"] = 0
    found["present"] = _number(only(_matching(markup, r"^- Có mặt: ")), "- Có mặt: ")
    gone = only(_matching(markup, r"^- Vắng: "))
    if gone == "- Vắng: không.":
        return {**found, "excused": 0, "unexcused": 0}
    found["excused"] = _number(gone, "(có lý do: ")
    found["unexcused"] = _number(gone, "; không lý do: ")
    absent = _number(gone, "- Vắng: ")
    assert absent == (found["excused"] or 0) + (found["unexcused"] or 0), gone
    assert "Vắng" not in text.replace(gone, "")
    return found


def _bl_counts(markup: str) -> dict[str, int | None]:
    line = only(_matching(markup, r"^Tổng số ĐV: "))
    found: dict[str, int | None] = {
        "total": _number(line, "Tổng số ĐV: "),
        "exempt": _number(line, "; miễn SH: "),
        "present": _number(line, "; có mặt: "),
    }
    ratio = re.search(r"; có mặt: (\d+)/(\d+) \(([\d,]+%)\)", line)
    if ratio:
        must = (found["total"] or 0) - (found["exempt"] or 0)
        assert int(ratio[2]) == must and ratio[3] == percent(int(ratio[1]), must), line
    if line.endswith("; vắng: 0."):
        return {**found, "excused": 0, "unexcused": 0}
    excused = re.search(r"; vắng: (\d+) có lý do", line)
    unexcused = re.search(r"(?:; vắng: |, )(\d+) không lý do\.$", line)
    assert excused or unexcused, line
    found["excused"] = int(excused[1]) if excused else 0
    found["unexcused"] = int(unexcused[1]) if unexcused else 0
    return found


def _check_roll(markup: str, record: dict[str, Any], facts: Facts, family: str) -> None:
    found = _bk_counts(markup) if family == "BK" else _bl_counts(markup)
    counts = record["attendance"]
    assert found["total"] == counts["total_members"]
    assert found["present"] == counts["present"]
    assert found["exempt"] == counts["exempt"]
    assert (found["excused"], found["unexcused"]) == (
        counts["absent_excused"],
        counts["absent_unexcused"],
    )
    text = to_plain_text(markup)
    named = bool(facts.absentees) and len(facts.absentees) == facts.excused + facts.unexcused
    lead = ", gồm: đ/c " if family == "BK" else "ĐV vắng: "
    assert (lead in text) == named
    if named:
        check_named_absentees(text, facts, r" \(([^)]+)\)")
        segment = text.split(lead, 1)[1].split("\n")[0]
        gone = re.findall(r"(?:^|; |, )(?:đ/c )?([^();,]+?) \(", segment)
        assert gone == [a.name for a in facts.absentees], gone
        unexcused = sum(not a.excused for a in facts.absentees)
        assert unexcused == counts["absent_unexcused"]


# Who chaired, who wrote, who came, who spoke --------------------------------------------------

PRESIDING = {
    "BK": (
        r"^- Chủ trì: đồng chí (.+?) – (?:Phó )?Bí thư chi bộ\.$",
        r"^- Thư ký: đồng chí (.+?)(?: – [^–]+)?\.$",
        r"^- Đại biểu tham dự: (.+)\.$",
    ),
    "BL": (
        r"^Chủ trì: đ/c (.+?), (?:Phó )?Bí thư chi bộ\.$",
        r"^Thư ký: đ/c (.+?)\.$",
        r"^Dự họp: (.+)\.$",
    ),
}


def _check_presiding(markup: str, record: dict[str, Any], facts: Facts, family: str) -> None:
    text = to_plain_text(markup)
    check_people_named(text, record)
    signed = re.escape(record["secretary"]) + r" \|\| " + re.escape(record["chair"])
    assert re.search(rf"^{signed}$", markup, re.M), "signatures"
    chair_re, clerk_re, guest_re = PRESIDING[family]
    assert re.findall(chair_re, text, re.M) == [record["chair"]], text
    assert re.findall(clerk_re, text, re.M) == [record["secretary"]], text
    guests = re.findall(guest_re, text, re.M)
    assert len(guests) == bool(facts.guests or facts.unnamed_guest), guests
    named = re.findall(r"(?:Ông|Bà|đồng chí) (.+?) – ", guests[0]) if facts.guests else []
    assert named == record["attendance"]["guests"], guests
    if facts.unnamed_guest:
        assert only(guests) == facts.unnamed_guest and not record["attendance"]["guests"]


_LEADS = {
    "BK": r"^Đồng chí chủ trì kết luận(?: chuyên đề; chi bộ thống nhất các giải pháp:|, chi bộ"
    r" thống nhất(?: triển khai ngay| phương hướng, nhiệm vụ tháng \d{1,2}/\d{4})?:)$",
    "BL": r"^(?:Sau chuyên đề, chi bộ thống nhất:|Chi bộ thống nhất(?: triển khai ngay)?:|Nhiệm"
    r" vụ tháng \d{1,2}:)$",
}
_TURN = {"BK": r"^- (?:Đồng chí|Ông|Bà) [^:]+: ", "BL": r"^Ý kiến (?:đ/c|đồng chí|Ông|Bà) "}
_STATED = {
    "BK": r"^Có (\d+) đồng chí phát biểu ý kiến(?:, cụ thể:|, các ý kiến thống nhất với nội"
    r" dung báo cáo\.)$",
    "BL": r"^Số đ/c phát biểu: (\d+)\.",
}
_TALK_HEAD = {"BK": r"^\d+\. Thảo luận$", "BL": r"^\* Thảo luận:$"}


def _check_discussion(markup: str, record: dict[str, Any], facts: Facts, family: str) -> None:
    """Nobody spoke; or a count alone; or the opinions in order, each naming its speaker, with
    the count when one is given; all between the discussion's heading and the tasks' lead."""
    lines = plain_lines(markup)
    start = int(only([str(i) for i, ln in enumerate(lines) if re.match(_TALK_HEAD[family], ln)]))
    stop = int(only([str(i) for i, ln in enumerate(lines) if re.match(_LEADS[family], ln)]))
    if family == "BK":
        assert lines[stop - 1] == "III. KẾT LUẬN"
        stop -= 1
    part = lines[start + 1 : stop]
    nobody = NOBODY[family]
    assert (nobody in to_plain_text(markup)) == (record["speakers"] == 0)
    if record["speakers"] == 0:
        assert part == [nobody], part
        return
    said = [ln for ln in part if re.match(_TURN[family], ln)]
    stated = [int(m[1]) for ln in part if (m := re.match(_STATED[family], ln))]
    assert len(part) == len(said) + len(stated), part
    check_listed_opinions(said, facts)
    if facts.stated_speakers is not None:
        assert stated == [record["speakers"]], part
    else:
        assert not stated and record["speakers"] == len(said), part


# What was adopted ---------------------------------------------------------------------------

_AFTER = ("Biểu quyết", "Kết quả bỏ phiếu", "Bỏ phiếu kín", "Thời gian sinh hoạt kỳ tới")
_AFTER += ("IV. BẾ MẠC", "Lịch họp tháng sau", "Họp xong", "Thư ký")


def _check_resolutions(markup: str, record: dict[str, Any], facts: Facts, family: str) -> None:
    """The tasks in order under their marks, one a line, the extra decision last."""
    lines = plain_lines(markup)
    start = int(only([str(i) for i, ln in enumerate(lines) if re.match(_LEADS[family], ln)]))
    rest = lines[start + 1 :]
    body = rest[: next((i for i, ln in enumerate(rest) if ln.startswith(_AFTER)), len(rest))]
    tasks = [r for r in record["resolutions"] if r != facts.conclusion_decision]
    if facts.conclusion_decision:
        assert record["resolutions"][-1] == facts.conclusion_decision
        assert body.pop() == f"{facts.conclusion_decision}."
    if family == "BL":
        assert body == [f"+ {item}." for item in tasks], body
        return
    stops = [";"] * (len(tasks) - 1) + ["."]
    dashes = [f"- {item}{stop}" for item, stop in zip(tasks, stops, strict=True)]
    numbers = [f"{i + 1}. {item}{s}" for i, (item, s) in enumerate(zip(tasks, stops, strict=True))]
    assert body in (dashes, numbers), body


def _check_vote(markup: str, record: dict[str, Any], family: str) -> None:
    text = to_plain_text(markup)
    if record["vote"] is None:
        for word in ("biểu quyết", "phiếu", "tán thành", "nhất trí"):
            if word == "nhất trí":
                text = text.replace("các đồng chí dự họp nhất trí thông qua", "")
                text = text.replace("Các ý kiến nhất trí với báo cáo", "")
            assert word not in text.lower(), word
        return
    a, t = record["vote"]["agree"], record["vote"]["total"]
    forms = [form.replace("{p}", percent(a, t)) for form in VOTES[family].values()]
    check_vote_forms(text, record, forms, lambda n: FORMS.counts(n, family), lambda c, _a, _t: c)


# The rest -----------------------------------------------------------------------------------


def _without_names(joined: str, facts: Facts) -> str:
    people = [facts.chair, facts.secretary, *facts.members, *(a.name for a in facts.absentees)]
    people += [name for name, _ in facts.guests]
    people += [facts.sections[k] for k in ("candidate", "offender") if k in facts.sections]
    for name in sorted(people, key=len, reverse=True):
        joined = joined.replace(name.lower(), "")
    return joined


_THEME = {"BK": r"thông qua chuyên đề “([^”]+)”", "BL": r"trình bày “([^”]+)”"}


def _check_content(markup: str, record: dict[str, Any], facts: Facts, family: str) -> None:
    text = to_plain_text(markup)
    joined = " ".join(text.splitlines()).lower()
    check_page_content(
        markup,
        record,
        facts,
        shows_count=lambda n: any(
            f": {w}" in text or f"Có {w} " in text for w in FORMS.counts(n, family)
        ),
        topic_words=TOPIC_WORDS,
        dates=lambda d: FORMS.dates(d, family),
        opening=lambda: only(_matching(markup, _OPENINGS[family])),
    )
    themes = re.findall(_THEME[family], text)
    assert themes == ([record["thematic_title"]] if record["thematic_title"] else []), themes
    for topic, word in ONLY_WITH.items():
        assert word not in _without_names(joined, facts) or topic in record["topics"], topic
    heading = titles(markup).lower()
    day = facts.day
    kind = record["meeting_type"]
    month = (
        f"tháng {day.month} năm {day.year}" if family == "BK" else f"tháng {day.month}/{day.year}"
    )
    assert (month in heading) == (kind in ("regular", "combined")), heading
    assert ("tháng" in heading) == (kind in ("regular", "combined")), heading
    if kind == "thematic":
        assert re.search(rf"quý {ROMAN[(day.month - 1) // 3].lower()}\b", heading), heading
    lines = markup.splitlines()
    left = [ln.split("||")[0].strip() for ln in lines[:2]]
    upper = [record["parent_committee"].upper(), record["branch"].upper()]
    plain = [record["parent_committee"], record["branch"]]
    assert left == upper or (family == "BL" and left == plain), left
    if family == "BK":
        head = re.fullmatch(r"(?:\*|Số: \d{2}-BB/CB) \|\| (.+), ngày (.+)", lines[2])
        assert head and _dates_in(head[2], family) == [facts.head_day], lines[2]
    later = facts.sections.get("next_meeting")
    label = "Thời gian sinh hoạt kỳ tới: ngày " if family == "BK" else "Lịch họp tháng sau: ngày "
    announced = _matching(markup, re.escape(label))
    assert len(announced) == (later is not None)
    if later:
        assert _dates_in(only(announced), family) == [later]


def check_case(facts: Facts, markup: str, record: dict[str, Any], family: str) -> None:
    """Every check above on one meeting's minutes."""
    _check_when(markup, record, facts, family)
    _check_roll(markup, record, facts, family)
    _check_presiding(markup, record, facts, family)
    _check_discussion(markup, record, facts, family)
    _check_resolutions(markup, record, facts, family)
    _check_vote(markup, record, family)
    _check_content(markup, record, facts, family)


@pytest.mark.parametrize("family", NAMES)
def test_every_value_of_the_record_is_on_the_page(family: str) -> None:
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


EXAMPLES: tuple[tuple[Any, ...], ...] = (
    (write_clock, (14, 0), "gio_phut", "14 giờ 00 phút"),
    (write_clock, (19, 30), "h", "19h30"),
    (write_clock, (19, 30), "h_period", "19h30 tối"),
    (write_clock, (7, 5), "h_period", "7h05 sáng"),
    (write_date, (date(2024, 3, 5),), "words", "5 tháng 3 năm 2024"),
    (write_date, (date(2024, 3, 5),), "words_pad", "05 tháng 03 năm 2024"),
    (write_date, (date(2024, 3, 5),), "slash", "5/3/2024"),
    (write_date, (date(2024, 3, 5),), "slash_pad", "05/3/2024"),
    (count, (7,), "digits", "7"),
    (count, (7,), "pad", "07"),
)


def test_clocks_and_dates_read_back_to_one_value() -> None:
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
    seeds = [s for s in range(2000) if draw_facts(random.Random(s)).end_next_day][:12]
    assert len(seeds) == 12
    for seed in seeds:
        for family in NAMES:
            facts, markup, record = _case(seed, family)
            _check_when(markup, record, facts, family)


def test_bk_and_bl_are_written_deterministically_and_only_on_request() -> None:
    for family in NAMES:
        assert_written_deterministically(heldout29.write_minutes, family)
    assert heldout_bk_bl_families() == ["BK", "BL"]
    assert heldout_bi_bj_families() == ["BI", "BJ"]
    assert families() == ["A", "B", "C", "D", "E", "F"]
    modules = content.HELDOUT_MODULES
    assert modules.index(heldout29) == modules.index(heldout28) + 1
    names = all_families()
    assert names.index("BL") == names.index("BK") + 1 and names.index("BK") > names.index("BJ")
    for seed in range(40):
        markup, _ = make_minutes(random.Random(seed))
        assert "IV. BẾ MẠC" not in markup and "Họp xong lúc" not in markup


def test_the_families_vary_within_themselves() -> None:
    joined = {f: "\n".join(m) for f, m in heldout_markups(heldout29.write_minutes, NAMES).items()}
    needles = {
        "BK": [
            "Số: ",
            "\n* || ",
            " phút",
            "h00",
            "; miễn sinh hoạt: ",
            ", gồm: đ/c ",
            "không có đảng viên miễn sinh hoạt",
            "- Đại biểu tham dự: ",
            BK_NOBODY,
            ", cụ thể:",
            "\n1. ",
            "T/M CHI BỘ",
            "THƯ KÝ || CHỦ TRÌ",
            "tự đánh giá",
            "không tán thành",
            "KẾT HỢP SINH HOẠT CHUYÊN ĐỀ",
        ],
        "BL": [
            "\nĐảng bộ ",
            "ĐẢNG CỘNG SẢN VIỆT NAM",
            " tối,",
            "; miễn SH: ",
            "ĐV vắng: ",
            "Dự họp: ",
            BL_NOBODY,
            "Số đ/c phát biểu: ",
            "(đã ký)",
            "không nhất trí",
            "Lịch họp tháng sau",
            "(thường kỳ và chuyên đề)",
            "Ý kiến đ/c ",
        ],
    }
    missing = {f: [n for n in needles[f] if n not in joined[f]] for f in NAMES}
    assert missing == {"BK": [], "BL": []}
    assert re.search(r"\b0\d tháng 0\d năm", joined["BK"])
    assert re.search(r"\b0\d/\d{1,2}/\d{4}", joined["BL"])


def test_truth_of_a_bk_bl_corpus_honours_the_schema(
    tmp_path: Path, record_schema: dict[str, Any]
) -> None:
    check_family_corpora(tmp_path, NAMES, record_schema)


def test_two_letter_family_names_on_the_command_line(tmp_path: Path) -> None:
    generate_clean_corpus(tmp_path / "both", NAMES, seed=1)

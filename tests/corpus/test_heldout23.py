"""Tests of AY and AZ, the newest held-out families: opt-in, deterministic, true to their page.

HELD-OUT: AY and AZ are closed to whoever writes or tunes the extraction rules, and so is this
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

from bienban.corpus import heldout23
from bienban.corpus.content import (
    all_families,
    draw_facts,
    families,
    heldout_aw_ax_families,
    heldout_ay_az_families,
    make_minutes,
)
from bienban.corpus.facts import Facts
from bienban.corpus.heldout23_parts import AY_NOBODY, AZ_NOBODY, VOTES
from bienban.corpus.heldout23_phrases import (
    count,
    percent,
    shorthand,
    span,
    write_clock,
    write_date,
)
from bienban.corpus.markup import to_plain_text
from bienban.corpus.pools import load_pools
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
NAMES = ("AY", "AZ")
HANDS = heldout23.HELDOUT_FAMILIES
FORMS = WrittenForms(count, write_date, write_clock, {f: HANDS[f].forms for f in NAMES})
_COMMON_TOPIC_WORDS = {
    "current_affairs": ("thời sự",),
    "directives": ("phổ biến", "quán triệt", "triển khai", "chỉ đạo"),
    "ideology": ("tư tưởng",),
    "criticism": ("phê bình",),
    "thematic": ("chuyên đề",),
    "party_fees": ("đảng phí",),
    "member_development": ("kết nạp",),
    "member_assignment": ("phân công", "phụ trách", "giao đồng chí"),
    "inspection": ("kiểm tra", "giám sát", "kỷ luật"),
    "mass_mobilization": ("mặt trận", "mttq", "dân vận", "vận động", "đoàn thể"),
}
TOPIC_WORDS = {
    "AY": {
        **_COMMON_TOPIC_WORDS,
        "review": ("kết quả thực hiện nghị quyết tháng",),
        "plan": ("nhiệm vụ tháng", "các việc cần làm ngay"),
        "ho_chi_minh": ("hồ chí minh",),
    },
    "AZ": {
        **_COMMON_TOPIC_WORDS,
        "review": ("đánh giá nq t",),
        "plan": ("* nq t", "cb thống nhất làm ngay"),
        "ho_chi_minh": ("hồ chí minh", "phong cách hcm"),
    },
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
    "AY": r"\b(?:\d{2}h\d{2}'?|\d{2} giờ \d{2})(?!\d)",
    "AZ": rf"\b(?:\d{{1,2}}g(?:\d{{2}})?\b|\d{{1,2}} giờ(?: \d{{2}} phút)?(?: {_PERIOD})?)",
}
DATE_RE = {
    "AY": r"(?:mồng )?\b\d{1,2}/\d{1,2}/\d{4}\b|\b\d{1,2} tháng \d{1,2} năm \d{4}\b",
    "AZ": r"\b\d{1,2}/\d{1,2}/\d{4}\b|\b\d{2}\.\d{2}\.\d{4}\b|\b\d{2} tháng \d{2} năm \d{4}\b",
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
    return heldout_case(heldout23.write_minutes, seed, family)


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


def _number_after(text: str, label: str) -> int | None:
    """The count written right after `label`, which stands once in `text`."""
    (found,) = list(re.finditer(re.escape(label), text))
    return _read_number(text[found.end() :])


def _lines(markup: str, *starts: str) -> list[str]:
    return [ln for ln in plain_lines(markup) if ln.startswith(starts)]


# When and where: the day, the start, the place, the end ----------------------------------------


def _opening(markup: str, facts: Facts, family: str) -> str:
    """The line (or, for AY's labelled form, the two lines) giving the start and the place."""
    if family == "AY":
        found = _lines(markup, f"{facts.unit.branch} họp vào lúc ", "Ngày họp: ")
        line = only(found)
        if line.startswith("Ngày họp: "):
            return f"{line} {only(_lines(markup, 'Tại: '))}"
        return line
    return only(_lines(markup, "Hôm nay, vào lúc ", "Vào lúc ", "Lúc "))


_PLACE_RE = {
    "AY": r"(?: tại | Tại: )(.+)\.$",
    "AZ": r"(?:, tại (.+?), CB tiến hành | tại (.+)\.$)",
}


def _head_date(markup: str, family: str) -> list[date]:
    """The letter head's date (on the right of its rows), if it has one."""
    rows = [ln.split("||")[1] for ln in markup.splitlines()[:3] if "||" in ln]
    return [day for row in rows if ", ngày " in row for day in _dates_in(row, family)]


def _check_when(markup: str, record: dict[str, Any], facts: Facts, family: str) -> None:
    """The opening gives the start, the place and the day (the day in the letter head when the
    opening says "Hôm nay"); a closing line gives the end, dated to the next day past midnight,
    "cùng ngày" otherwise, and AY's tally of the time, when given, the duration."""
    day = date.fromisoformat(record["date"])
    opening = _opening(markup, facts, family)
    dates = _dates_in(opening, family)
    if opening.startswith("Hôm nay, "):
        assert not dates and _head_date(markup, family) == [day], opening
    else:
        assert dates == [day], opening
    assert _clocks_in(opening, family) == [record["start_time"]], opening
    place = re.search(_PLACE_RE[family], opening)
    assert place and "".join(p or "" for p in place.groups()) == record["location"], opening
    ends = _lines(markup, "Buổi sinh hoạt kết thúc lúc ", "Buổi họp kết thúc lúc ", "Họp xong lúc ")
    if record["end_time"] is None:
        assert record["duration_minutes"] is None and not ends, ends
        assert "tổng thời gian" not in to_plain_text(markup)
        return
    end = only(ends)
    assert _clocks_in(end, family) == [record["end_time"]], end
    assert (_dates_in(end, family) == [day + timedelta(days=1)]) == facts.end_next_day, end
    assert ("cùng ngày" in end) != facts.end_next_day, end
    start, stop = (int(t[:2]) * 60 + int(t[3:]) for t in (record["start_time"], record["end_time"]))
    assert record["duration_minutes"] == (stop - start) % 1440
    tally = re.search(r"; tổng thời gian sinh hoạt (.+)\.$", end)
    assert tally is None or tally[1] == span(record["duration_minutes"]), end


# Who came: the counts and the absent --------------------------------------------------------


def _named_absent(said: str, start: str, between: str) -> tuple[list[str], int, int]:
    """The names on an absence list and how many of the absences were (un)excused."""
    entries = [e.split(between, 1) for e in said.split("; ")]
    assert all(name.startswith(start) for name, _ in entries), said
    unexcused = sum("không" in reason for _, reason in entries)
    return [name[len(start) :] for name, _ in entries], len(entries) - unexcused, unexcused


def _ay_absence(line: str) -> dict[str, Any]:
    if line == "Vắng: không có.":
        return {"excused": 0, "unexcused": 0, "named": []}
    absent = _number_after(line, "Vắng: ")
    rest = line[6:]
    rest = rest[re.match(r"\d+|[a-zà-ỹ ]+?(?= đ/c)", rest).end() :]  # type: ignore[union-attr]
    found: dict[str, Any] = {"named": []}
    if rest.startswith(" đ/c – "):
        names, excused, unexcused = _named_absent(rest[7:-1], "đ/c ", ": ")
        found.update(named=names, excused=excused, unexcused=unexcused)
    elif rest.startswith(" đ/c ("):
        kinds = re.fullmatch(r" đ/c \((.+?) có lý do, (.+?) không lý do\)\.", rest)
        assert kinds, rest
        found.update(excused=_read_number(kinds[1]), unexcused=_read_number(kinds[2]))
    else:
        assert rest in (" đ/c, có lý do.", " đ/c, không lý do."), rest
        excused = rest == " đ/c, có lý do."
        found.update(excused=absent if excused else 0, unexcused=0 if excused else absent)
    assert found["excused"] + found["unexcused"] == absent, line
    return found


def _ay_counts(text: str) -> dict[str, Any]:
    """AY's counts: its members line, its present line (with the share of those due) and its
    absence line."""
    lines = text.splitlines()
    total = only([ln for ln in lines if ln.startswith("Tổng số đảng viên: ")])
    found: dict[str, Any] = {"total": _number_after(total, "Tổng số đảng viên: ")}
    if total.endswith(", không có đ/c miễn sinh hoạt."):
        found["exempt"] = 0
    elif ", miễn sinh hoạt " in total:
        found["exempt"] = _number_after(total, ", miễn sinh hoạt ")
    here = only([ln for ln in lines if ln.startswith("Có mặt: ")])
    found["present"] = _number_after(here, "Có mặt: ")
    share = re.search(r", đạt (.+) số đảng viên phải dự\.$", here)
    if share:
        due = found["total"] - (found.get("exempt") or 0)
        assert share[1] == percent(found["present"], due), here
    return found | _ay_absence(only([ln for ln in lines if ln.startswith("Vắng: ")]))


def _az_counts(text: str) -> dict[str, Any]:
    """AZ's counts, off its labelled shorthand or its one sentence; the absent by name."""
    lines = text.splitlines()
    found: dict[str, Any] = {"named": []}
    named = [ln for ln in lines if ln.startswith("ĐV vắng: ")]
    if named:
        names, *listed = _named_absent(only(named)[9:-1], "đ/c ", " – ")
        found["named"] = names
    labelled = [ln for ln in lines if ln.startswith("Tổng số ĐV: ")]
    if labelled:
        line = only(labelled)
        found["total"] = _number_after(line, "Tổng số ĐV: ")
        if "; miễn SH: " in line:
            found["exempt"] = _number_after(line, "; miễn SH: ")
        found["present"] = _number_after(line, "; có mặt: ")
        absent = _number_after(line, "; vắng: ")
        both = re.search(r" \(có LD: (.+?), không LD: (.+?)\)\.$", line)
        if both:
            found["excused"], found["unexcused"] = _read_number(both[1]), _read_number(both[2])
        elif line.endswith(" (có LD)."):
            found["excused"], found["unexcused"] = absent, 0
        elif line.endswith(" (không LD)."):
            found["excused"], found["unexcused"] = 0, absent
        else:
            assert absent == 0, line
            found["excused"] = found["unexcused"] = 0
    else:
        line = only([ln for ln in lines if ln.startswith("CB hiện có ")])
        found["total"] = _number_after(line, "CB hiện có ")
        if " (không có đ/c miễn SH)" in line:
            found["exempt"] = 0
        elif " đ/c miễn SH)" in line:
            found["exempt"] = _read_number(line[line.index(" ĐV (") + 5 :])
        present = re.search(r", ([^,]+) đ/c dự họp, ", line)
        assert present, line
        found["present"] = _read_number(present[1])
        rest = line[present.end() :]
        both = re.fullmatch(r"vắng (.+?) đ/c \((.+?) có LD, (.+?) không LD\)\.", rest)
        one = re.fullmatch(r"vắng (.+?) đ/c (có|không) LD\.", rest)
        if both:
            absent = _read_number(both[1])
            found["excused"], found["unexcused"] = _read_number(both[2]), _read_number(both[3])
        elif one:
            absent = _read_number(one[1])
            excused = one[2] == "có"
            found["excused"], found["unexcused"] = (absent, 0) if excused else (0, absent)
        else:
            assert rest == "không ai vắng.", rest
            absent = found["excused"] = found["unexcused"] = 0
    assert found["excused"] + found["unexcused"] == absent, line
    if named:
        assert listed == [found["excused"], found["unexcused"]], named
    return found


def _check_roll(markup: str, record: dict[str, Any], facts: Facts, family: str) -> None:
    """The counts read back to the record's; when every absentee is known, each is named in
    order and the list's reasons give the (un)excused counts; otherwise nobody is named."""
    text = to_plain_text(markup)
    found = _ay_counts(text) if family == "AY" else _az_counts(text)
    counts = record["attendance"]
    assert found["total"] == counts["total_members"]
    assert found["present"] == counts["present"]
    assert found.get("exempt") == counts["exempt"]
    assert (found["excused"], found["unexcused"]) == (
        counts["absent_excused"],
        counts["absent_unexcused"],
    )
    named = bool(facts.absentees) and len(facts.absentees) == facts.excused + facts.unexcused
    assert found["named"] == ([a.name for a in facts.absentees] if named else [])


# Who chaired, who wrote, who came, who spoke ----------------------------------------------------

_ROLE = r"(?: \([^)]+\))?"
PRESIDING = {
    "AY": (
        r"(?:^Chủ trì: (?:Phó )?Bí thư chi bộ (.+)\.$|^Đ/c (.+?) \([^)]+\) chủ trì, )",
        rf"(?:^Thư ký: (?:Chi ủy viên |Đảng viên |đ/c )(.+)\.$| chủ trì, đ/c (.+?){_ROLE}"
        r" ghi biên bản\.$)",
        r"^Về dự với chi bộ: (.+)\.$",
    ),
    "AZ": (
        r"(?:^Chủ trì: đ/c (.+?) \(P?BT CB\) – |^Đ/c (.+?) – P?BT CB chủ trì; )",
        rf"(?: – Thư ký: đ/c (.+?){_ROLE}\.$|; đ/c (.+?){_ROLE} làm TK\.$)",
        r"^Dự họp có: (.+)\.$",
    ),
}


def _guest_names(said: str, family: str) -> list[str]:
    """The names in a guest line: "Ông Name, role" or "role Name" (AY), "đ/c Name – role"
    (AZ)."""
    if family == "AZ":
        return re.findall(r"đ/c (.+?) – ", said)
    roles = sorted(load_pools()["guest_roles"], key=len, reverse=True)
    names = []
    for part in re.split(r" và |; ", said):
        honorific = re.match(r"(?:Ông|Bà|đồng chí) ", part)
        if honorific:
            names.append(part[honorific.end() :].split(", ")[0])
            continue
        role = next(r for r in roles if part.startswith(f"{r} "))
        names.append(part[len(role) + 1 :])
    return names


def _check_presiding(markup: str, record: dict[str, Any], facts: Facts, family: str) -> None:
    text = to_plain_text(markup)
    check_people_named(text, record)
    signed = markup.splitlines()
    assert f"{record['secretary']} || {record['chair']}" in signed or (
        f"|| {record['chair']}" in signed and "^TRÍCH BIÊN BẢN HỌP CHI BỘ" in signed
    )
    chair_re, clerk_re, guest_re = PRESIDING[family]
    chaired = ["".join(found) for found in re.findall(chair_re, text, re.M)]
    wrote = ["".join(found) for found in re.findall(clerk_re, text, re.M)]
    guests = re.findall(guest_re, text, re.M)
    assert chaired == [record["chair"]] and wrote == [record["secretary"]], text
    assert len(guests) == bool(facts.guests or facts.unnamed_guest)
    named = _guest_names(guests[0], family) if facts.guests else []
    assert named == record["attendance"]["guests"], guests
    if facts.unnamed_guest:
        unnamed = facts.unnamed_guest if family == "AY" else shorthand(facts.unnamed_guest)
        assert only(guests) == unnamed and not record["attendance"]["guests"]


def _discussion(text: str, family: str) -> str:
    """The discussion's part of the page: from its heading to the next part."""
    if family == "AY":
        (found,) = re.finditer(r"^Nội dung \d+ – Thảo luận$", text, re.M)
        rest = text[found.end() :]
        return rest[: re.search(r"^Nội dung \d+ – ", rest, re.M).start()]  # type: ignore[union-attr]
    (found,) = re.finditer(r"^\* Ý kiến ĐV", text, re.M)
    rest = text[found.start() :]
    return rest[: re.search(r"^\* (?!Ý kiến ĐV)", rest, re.M).start()]  # type: ignore[union-attr]


def _check_discussion(markup: str, record: dict[str, Any], facts: Facts, family: str) -> None:
    """Nobody spoke; or a count (AY's sometimes split in two) and the gist; or the opinions in
    order, each naming its speaker, with the count when one is given."""
    text = to_plain_text(markup)
    nobody = {"AY": AY_NOBODY, "AZ": f"* Ý kiến ĐV: {AZ_NOBODY}"}
    assert (nobody[family] in text) == (record["speakers"] == 0)
    part = _discussion(text, family)
    if family == "AY":
        said = re.findall(
            r"^(?:Đ/c|Ông|Bà|Đồng chí) (.+?)(?:, [^,]+,)? tham gia ý kiến: ", part, re.M
        )
        stated = re.findall(
            r"^Có (.+?) (?:lượt đ/c tham gia ý kiến:$|ý kiến phát biểu[.,])", part, re.M
        )
        split = re.search(r", trong đó (.+?) ý kiến về báo cáo của chi ủy, (.+?) ý kiến", part)
        if split:
            assert _read_number(split[1]) + _read_number(split[2]) == record["speakers"]  # type: ignore[operator]
    else:
        said = re.findall(r"^- đ/c (.+?)(?: \([^)]*\))?: ", part, re.M)
        stated = re.findall(r"^\* Ý kiến ĐV(?: \((.+?) ý kiến\):$|: có (.+?) ý kiến, )", part, re.M)
        stated = ["".join(found) for found in stated]
    counts = [_read_number(written) for written in stated]
    check_listed_opinions(said, facts)
    if record["speakers"] and facts.stated_speakers is not None:
        assert counts == [record["speakers"]], part
    else:
        assert not counts and record["speakers"] == len(said), part


# What was adopted ---------------------------------------------------------------------------

_MARKS = {"AY": (r"\d+\) ",), "AZ": (r"(?:: |; |- )",)}
_ENDS = {"AY": r"\.", "AZ": "[;.]"}


def _check_resolutions(markup: str, record: dict[str, Any], facts: Facts, family: str) -> None:
    """Each task in order under its mark (wrapped lines read on, over a page too), the extra
    decision after them on its own line."""
    joined = " ".join(plain_lines(markup))
    tasks = [r for r in record["resolutions"] if r != facts.conclusion_decision]
    for index, item in enumerate(tasks):
        mark = f"{index + 1}\\) " if family == "AY" else _MARKS[family][0]
        assert re.search(f"{mark}{re.escape(item)}{_ENDS[family]}", joined), item
    places = [joined.index(item) for item in tasks]
    assert places == sorted(places)
    if facts.conclusion_decision:
        assert record["resolutions"][-1] == facts.conclusion_decision
        lead = "Đ/c chủ trì kết luận: " if family == "AY" else ""
        assert f"{lead}{facts.conclusion_decision}." in plain_lines(markup)


def _check_vote(markup: str, record: dict[str, Any], family: str) -> None:
    """No vote is mentioned without one; otherwise exactly one of the family's forms gives it,
    with those in favour, those voting, those against and the share."""
    text = to_plain_text(markup)
    vote = record["vote"]
    if vote is None:
        assert "biểu quyết" not in text.lower() and "phiếu" not in text
        assert "tán thành" not in text.lower() and "/100 điểm" not in text
        return
    a, t = vote["agree"], vote["total"]
    values = {"a": a, "t": t, "c": t - a, "p": percent(a, t)}
    shown = [form for form in VOTES[family].values() if form.format(**values) in text]
    assert len(shown) == 1, shown


# The rest: type, topics, the theme, the next meeting --------------------------------------------


def _without_names(joined: str, facts: Facts) -> str:
    """The page in small letters without people's names (a member may be called "Hồ Chí Minh
    Tài")."""
    people = [facts.chair, facts.secretary, *facts.members, *(a.name for a in facts.absentees)]
    people += [name for name, _ in facts.guests]
    for name in sorted(people, key=len, reverse=True):
        joined = joined.replace(name.lower(), "")
    return joined


_NEXT = {"AY": "Ngày sinh hoạt kỳ tới: ", "AZ": "Lịch SH kỳ tới: ngày "}
_THEME_RE = {"AY": r"chuyên đề “([^”]+)”", "AZ": r"^\* Chuyên đề: (.+?)\. Đ/c "}


def _check_type(markup: str, record: dict[str, Any], family: str) -> None:
    heading = titles(markup).lower()
    kind = record["meeting_type"]
    assert ("bất thường" in heading) == (kind == "extraordinary"), heading
    assert ("chuyên đề" in heading) == (kind in ("thematic", "combined")), heading
    assert ("thường kỳ" in heading) == (kind in ("regular", "combined")), heading
    day = date.fromisoformat(record["date"])
    month = f"tháng {day.month:02d}" if family == "AY" else f"t{day.month}/{day.year}"
    assert (month in heading) == (kind in ("regular", "combined")), heading
    if kind in ("thematic", "combined"):
        quarter = (day.month - 1) // 3
        said = ("I", "II", "III", "IV")[quarter] if family == "AY" else str(quarter + 1)
        assert f"quý {said.lower()}" in heading, heading


def _check_content(markup: str, record: dict[str, Any], facts: Facts, family: str) -> None:
    text = to_plain_text(markup)
    joined = " ".join(text.splitlines()).lower()
    _check_type(markup, record, family)
    for topic in record["topics"]:
        assert any(word in joined for word in TOPIC_WORDS[family][topic]), topic
    for topic, word in ONLY_WITH.items():
        assert word not in _without_names(joined, facts) or topic in record["topics"], topic
    themes = re.findall(_THEME_RE[family], text, re.M)
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
    _check_roll(markup, record, facts, family)
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
    (write_clock, (7, 30), "h_pad", "07h30"),
    (write_clock, (19, 0), "h_pad", "19h00"),
    (write_clock, (7, 30), "gio_pad_bare", "07 giờ 30"),
    (write_clock, (14, 5), "h_pad_tick", "14h05'"),
    (write_clock, (19, 30), "g_bare", "19g30"),
    (write_clock, (19, 0), "g_bare", "19g"),
    (write_clock, (7, 5), "gio_phut", "7 giờ 05 phút"),
    (write_clock, (19, 30), "twelve_period", "7 giờ 30 phút tối"),
    (write_clock, (14, 0), "twelve_period", "2 giờ chiều"),
    (write_clock, (0, 15), "twelve_period", "12 giờ 15 phút đêm"),
    (write_date, (date(2024, 3, 15),), "words", "15 tháng 3 năm 2024"),
    (write_date, (date(2024, 3, 5),), "mong_slash", "mồng 5/3/2024"),
    (write_date, (date(2024, 3, 15),), "mong_slash", "15/3/2024"),
    (write_date, (date(2024, 3, 5),), "slash_pad", "05/03/2024"),
    (write_date, (date(2024, 3, 5),), "slash", "5/3/2024"),
    (write_date, (date(2024, 3, 5),), "dot_pad", "05.03.2024"),
    (write_date, (date(2024, 3, 5),), "words_pad", "05 tháng 03 năm 2024"),
    (count, (27,), "words", "hai mươi bảy"),
    (count, (2,), "pad", "02"),
    (count, (7,), "digits", "7"),
    (percent, (22, 23), None, "95,65%"),
    (percent, (23, 23), None, "100%"),
    (span, (95,), None, "1 giờ 35 phút"),
    (span, (120,), None, "2 giờ"),
    (span, (45,), None, "45 phút"),
    (shorthand, ("Phó Chủ tịch UBND xã",), None, "PCT UBND xã"),
    (shorthand, ("Đảng ủy viên phụ trách chi bộ",), None, "ĐUV phụ trách CB"),
    (shorthand, ("Chủ tịch Ủy ban Mặt trận Tổ quốc xã",), None, "CT UBMTTQ xã"),
    (shorthand, ("đồng chí đảng ủy viên phụ trách",), None, "đ/c ĐUV phụ trách"),
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


def test_ay_and_az_are_written_deterministically_and_only_on_request() -> None:
    for family in NAMES:
        assert_written_deterministically(heldout23.write_minutes, family)
    assert heldout_ay_az_families() == ["AY", "AZ"]
    assert heldout_aw_ax_families() == ["AW", "AX"]
    assert families() == ["A", "B", "C", "D", "E", "F"]
    names = all_families()
    assert names.index("AZ") == names.index("AY") + 1 and names.index("AY") > names.index("AX")
    for seed in range(40):
        markup, _ = make_minutes(random.Random(seed))
        assert "\nNội dung 1 – " not in markup and "\n* Ý kiến ĐV" not in markup


def test_the_families_vary_within_themselves() -> None:
    """Each secretary has habits, not one fixed text: the variants all occur over the seeds."""
    joined = {f: "\n".join(m) for f, m in heldout_markups(heldout23.write_minutes, NAMES).items()}
    ay_needles = ["* ||", "-BB/CB ||", "mồng ", " tháng ", " giờ ", " họp vào lúc "]
    ay_needles += ["Ngày họp: ", "Chủ trì: Bí thư chi bộ ", " ghi biên bản.", "Về dự với chi bộ"]
    ay_needles += ["sinh hoạt tạm thời", "số đảng viên phải dự", "Vắng: không có.", "Chương trình"]
    ay_needles += ["lượt đ/c tham gia ý kiến", ", trong đó ", "1) ", "<<page>>", "chưa tán thành"]
    ay_needles += ["tự chấm điểm", "Ngày sinh hoạt kỳ tới", "tổng thời gian", "(Đã ký)"]
    ay_needles += ["TRÍCH BIÊN BẢN", "CHỦ TRÌ CUỘC HỌP", "T/M CHI BỘ", "Đ/c chủ trì kết luận"]
    az_needles = ["||\n\n^", "Đảng bộ ", "Hôm nay, vào lúc ", "Vào lúc ", "Lúc ", ".20"]
    az_needles += [" tháng 0", " phút", " tối", "Chủ trì: đ/c ", " làm TK.", "(CUV)"]
    az_needles += ["Dự họp có: ", "Tổng số ĐV: ", "CB hiện có ", "ĐV vắng: ", "không LD"]
    az_needles += ["* Ý kiến ĐV (", "* Ý kiến ĐV: có ", "- đ/c ", "* NQ T", "; ", "\n- "]
    az_needles += ["không tán thành", "Lịch SH kỳ tới", "02 bản", "Thư ký || Chủ trì", "THƯ KÝ ||"]
    needles = {"AY": ay_needles, "AZ": az_needles}
    missing = {f: [n for n in needles[f] if n not in joined[f]] for f in NAMES}
    assert missing == {"AY": [], "AZ": []}
    assert re.search(r"\b\d{2}h\d{2}[ .,]", joined["AY"])
    assert re.search(r"\b\d{2}h\d{2}'", joined["AY"])
    assert re.search(r"\b\d{1,2}g\d{2}\b", joined["AZ"])
    assert re.search(r"\b\d{1,2}g[ .,]", joined["AZ"])
    assert re.search(r"Tổng số đảng viên: (?:hai|ba|bốn) mươi", joined["AY"])
    assert re.search(r"; có mặt: 0\d;|, 0\d đ/c dự họp", joined["AZ"])


def test_truth_of_an_ay_az_corpus_honours_the_schema(
    tmp_path: Path, record_schema: dict[str, Any]
) -> None:
    check_family_corpora(tmp_path, NAMES, record_schema)


def test_two_letter_family_names_on_the_command_line(tmp_path: Path) -> None:
    """`--families AY,AZ` gives only AY and AZ, the truth naming them in full."""
    generate_clean_corpus(tmp_path / "both", NAMES, seed=1)

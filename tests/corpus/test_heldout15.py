"""Tests of AI and AJ, the newest held-out families: opt-in, deterministic, true to their page.

HELD-OUT: AI and AJ are closed to whoever writes or tunes the extraction rules, and so is this
file, which shows them. Its checks read the printed words the way a careful person reads them,
never through the product's extractors: each clock, date and count is read back from its
written form, and every value of the expected record has to stand on the page.
"""

from __future__ import annotations

import random
import re
from datetime import date, timedelta
from functools import cache, partial
from pathlib import Path
from typing import Any

import pytest

from bienban.corpus import heldout15
from bienban.corpus.content import (
    all_families,
    families,
    heldout_ag_ah_families,
    heldout_ai_aj_families,
    make_minutes,
)
from bienban.corpus.facts import Facts
from bienban.corpus.heldout15_phrases import count, length, share, write_clock, write_date
from bienban.corpus.heldout_phrases import weekday_name
from bienban.corpus.markup import to_plain_text
from tests.corpus.helpers import (
    WrittenForms,
    assert_written_deterministically,
    check_duration,
    check_family_corpora,
    check_listed_opinions,
    check_named_absentees,
    check_next_meeting,
    check_people_named,
    check_stated_content,
    heldout_case,
    heldout_markups,
    only,
    plain_lines,
    titles,
)

SEEDS = range(120)
NAMES = ("AI", "AJ")
HANDS = heldout15.HELDOUT_FAMILIES
FORMS = WrittenForms(count, write_date, write_clock, {f: HANDS[f].forms for f in NAMES})
TOPIC_WORDS = {
    "current_affairs": ("thời sự",),
    "directives": ("quán triệt", "chỉ đạo"),
    "review": ("thực hiện nghị quyết tháng",),
    "plan": ("nhiệm vụ",),
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
_NOBODY = {
    "AI": "Các đồng chí dự họp không có ý kiến thảo luận thêm.",
    "AJ": "Không có đ/c nào phát biểu.",
}
SPEAKER_COUNTS = {
    "AI": ("Có {} ý kiến tham gia thảo luận",),
    "AJ": ("Có {} lượt ý kiến phát biểu", "Số đ/c phát biểu: {}/"),
}
_WEEKDAY = r"(?P<wd>thứ \w+|Chủ nhật)"
_heldout = partial(heldout_case, heldout15.write_minutes)


# Reading written values back, the way a careful person does ---------------------------------


@cache
def _reader(family: str, kind: str) -> dict[str, Any]:
    """Every clock ("HH:MM"), date (2011–2026) or count (0–299) the family's hand may write,
    mapped to what it means."""
    styles = HANDS[family].forms[kind]
    if kind == "clock":
        minutes = ((h, m) for h in range(24) for m in range(60))
        return {
            write_clock(*t, style=s): "{:02d}:{:02d}".format(*t) for t in minutes for s in styles
        }
    if kind == "date":
        days = [date(2011, 1, 1) + timedelta(days=d) for d in range(16 * 366)]
        return {write_date(d, style=s): d for d in days for s in styles}
    return {count(n, style=s): n for n in range(300) for s in styles}


def _clock(said: str, family: str) -> Any:
    return _reader(family, "clock")[said]


def _date(said: str, family: str) -> Any:
    return _reader(family, "date")[said]


def _n(said: str, family: str) -> Any:
    return _reader(family, "count")[said]


def _matches(patterns: tuple[str, ...], line: str) -> bool:
    return any(re.fullmatch(pattern, line) for pattern in patterns)


def _match(patterns: tuple[str, ...], line: str) -> dict[str, str]:
    """The named parts of the first pattern that matches the whole line."""
    for pattern in patterns:
        found = re.fullmatch(pattern, line)
        if found:
            return {k: v for k, v in found.groupdict().items() if v is not None}
    raise AssertionError(line)


# When ----------------------------------------------------------------------------------------

_AI_WHEN = (
    rf"Từ (?P<start>.+?) {_WEEKDAY} ngày (?P<date>.+?) đến (?P<end>.+?) ngày (?P<next>.+)",
    rf"Từ (?P<start>.+?) đến (?P<end>.+?), {_WEEKDAY} ngày (?P<date>.+)",
    rf"(?P<start>.+?), {_WEEKDAY} ngày (?P<date>.+)",
)
_AJ_WHEN = (
    rf"Vào lúc (?P<start>.+?), {_WEEKDAY}, ngày (?P<date>.+?), tại .+",
    rf"Hôm nay, {_WEEKDAY}, ngày (?P<date>.+?), .+ tại .+\.",
    rf"Thời gian họp: từ (?P<start>.+?) {_WEEKDAY}, ngày (?P<date>.+?) đến (?P<end>.+?) rạng "
    r"sáng ngày (?P<next>.+)\.",
    rf"Thời gian họp: {_WEEKDAY}, ngày (?P<date>.+?), từ (?P<start>.+?) đến (?P<end>.+)\.",
)
_ENDS = {
    "AI": (
        r"(?:Buổi sinh hoạt|Cuộc họp) kết thúc lúc (?P<end>.+?) cùng ngày\.",
        r"(?:Buổi sinh hoạt|Cuộc họp) kết thúc lúc (?P<end>.+?) ngày (?P<next>.+)\.",
    ),
    "AJ": (
        r"Cuộc họp kết thúc vào (?P<end>.+?) (?:cùng ngày|rạng sáng ngày (?P<next>.+?))"
        r"(?:, thời gian họp (?P<length>.+?))?\.",
    ),
}


def _read_when(markup: str, family: str) -> dict[str, str]:
    """The opening's parts: AI's "Thời gian" (a table row or a "1/" line), AJ's first lines."""
    lines = plain_lines(markup)
    if family == "AI":
        found = only([line for line in lines if re.match(r"(1/ )?Thời gian:? ", line)])
        said = _match(_AI_WHEN, re.sub(r"^(1/ )?Thời gian:? ", "", found).rstrip("."))
    else:
        leads = ("Vào lúc ", "Hôm nay, ", "Thời gian họp: ")
        said = _match(_AJ_WHEN, only([line for line in lines if line.startswith(leads)]))
        if "start" not in said:
            begun = only([line for line in lines if line.startswith("Cuộc họp bắt đầu lúc ")])
            said["start"] = begun.removeprefix("Cuộc họp bắt đầu lúc ").rstrip(".")
    ends = [line for line in lines if _matches(_ENDS[family], line)]
    if ends:
        assert "end" not in said, "the end is stated twice"
        said |= _match(_ENDS[family], only(ends))
    return said


def _check_when(markup: str, record: dict[str, Any], facts: Facts, family: str) -> None:
    """The day, its weekday and the start in the opening; the end once (in the opening's "from
    … to …" or at the close) with the next day's date exactly when it ran past midnight; a
    stated length agrees; the letter head is dated."""
    said = _read_when(markup, family)
    assert _date(said["date"], family) == facts.day
    assert said["wd"] == weekday_name(facts.day)
    assert _clock(said["start"], family) == record["start_time"]
    if record["end_time"] is None:
        assert "end" not in said and "kết thúc" not in to_plain_text(markup)
        return
    check_duration(record)
    assert _clock(said["end"], family) == record["end_time"]
    assert ("next" in said) == facts.end_next_day
    if "next" in said:
        assert _date(said["next"], family) == facts.day + timedelta(days=1)
    if "length" in said:
        minutes = record["duration_minutes"]
        assert said["length"] in (length(minutes, style=s) for s in ("hours", "minutes"))
    head = f"{facts.unit.head_place}, ngày "
    dated = only([line for line in plain_lines(markup) if line.startswith(head)])
    assert _date(dated.removeprefix(head), family) == facts.head_day


# Who -----------------------------------------------------------------------------------------

_AI_ROLL = (
    r"Đảng viên: tổng số (?P<total>[^;(]+?) đồng chí(?: \(chính thức \d+, dự bị \d+\))?"
    r"(?:; miễn sinh hoạt (?P<exempt>[^;(]+?) \([^)]+\)|; miễn sinh hoạt: (?P<none>không))?"
    r"; có mặt (?P<present>[^;]+?)(?:; vắng (?P<absent>[^(]+?) \((?P<kinds>[^)]+)\)|; "
    r"(?P<nobody>không ai vắng))\."
)


def _ai_counts(text: str, family: str) -> dict[str, int | None]:
    rows = {
        key: re.search(rf"^{label} (\d+)", text, re.M)
        for key, label in (
            ("total", "Tổng số"),
            ("exempt", "Miễn sinh hoạt"),
            ("present", "Có mặt"),
            ("excused", "Vắng có lý do"),
            ("unexcused", "Vắng không lý do"),
        )
    }
    if rows["total"]:
        return {key: int(found[1]) if found else None for key, found in rows.items()}
    said = _match((_AI_ROLL,), only([s for s in text.splitlines() if s.startswith("Đảng viên:")]))
    return _counts_said(said, family)


def _counts_said(said: dict[str, str], family: str) -> dict[str, int | None]:
    """The counts from a roll's parts: the absent split by reason ("có lý do 2, không lý do 1",
    or one kind for all)."""
    n = partial(_n, family=family)
    exempt = n(said["exempt"]) if "exempt" in said else (0 if "none" in said else None)
    absent = n(said["absent"]) if "absent" in said else 0
    kinds = said.get("kinds", "")
    split = re.fullmatch(r"có lý do (.+), không lý do (.+)", kinds.replace(" đ/c", ""))
    if split:
        excused, unexcused = n(split[1]), n(split[2])
        assert excused + unexcused == absent
    else:
        excused, unexcused = (absent, 0) if kinds == "có lý do" else (0, absent)
    return {
        "total": n(said["total"]),
        "exempt": exempt,
        "present": n(said["present"]),
        "excused": excused,
        "unexcused": unexcused,
    }


def _aj_counts(text: str, family: str) -> dict[str, int | None]:
    lines = text.splitlines()

    def line(lead: str) -> str:
        return only([s for s in lines if s.startswith(f"– {lead}: ")]).split(": ", 1)[1]

    said: dict[str, str] = {"total": line("Đảng viên toàn chi bộ").split(" đ/c")[0]}
    exempt = [s for s in lines if s.startswith("– Miễn sinh hoạt: ")]
    if exempt:
        value = only(exempt).split(": ", 1)[1]
        said |= {"none": "không"} if value == "không." else {"exempt": value.split(" đ/c")[0]}
    present = line("Có mặt")
    said["present"] = present.split(" đ/c")[0].split("/")[0]
    if "phải dự" in present:
        found = re.fullmatch(r".+/(.+) đ/c phải dự \(tỷ lệ (.+)%\)\.", present)
        assert found
        must, rate = found.groups()
        assert (_n(must, family), rate) == (
            _n(said["total"], family) - _n(said["exempt"], family),
            share(_n(said["present"], family), _n(must, family)),
        )
    absent = line("Vắng")
    if absent != "không.":
        said["absent"], said["kinds"] = absent.rstrip(".").split(" đ/c, ", 1)
    return _counts_said(said, family)


def _check_roll(markup: str, record: dict[str, Any], facts: Facts, family: str) -> None:
    """Every count of the record read back from the page; no word of exemption without one."""
    text = to_plain_text(markup)
    counts = (_ai_counts if family == "AI" else _aj_counts)(text, family)
    attendance = record["attendance"]
    assert counts == {
        "total": attendance["total_members"],
        "exempt": attendance["exempt"],
        "present": attendance["present"],
        "excused": attendance["absent_excused"],
        "unexcused": attendance["absent_unexcused"],
    }
    if facts.exempt is None:
        assert "miễn" not in text.lower()


def _check_absentees(markup: str, facts: Facts, family: str) -> None:
    """When every absentee is named, each stands with the reason, which says "không" exactly
    for the unexcused; otherwise none is named."""
    text = to_plain_text(markup)
    named = len(facts.absentees) == facts.excused + facts.unexcused and facts.absentees
    for person in facts.absentees:
        assert (person.name in text) == bool(named)
    if named:
        check_named_absentees(text, facts, r" \(([^)]+)\)" if family == "AI" else r": (.+)\.")


def _check_presiding(markup: str, record: dict[str, Any], facts: Facts, family: str) -> None:
    """Who chaired (with the role) and who wrote, in one of the family's phrasings; the guests;
    the signatures under the right headings."""
    text = to_plain_text(markup)
    check_people_named(text, record)
    chair, clerk, role = facts.chair, facts.secretary, facts.chair_role
    if family == "AI":
        clerk = f"{clerk}, {facts.secretary_role}" if facts.secretary_role else clerk
        phrasings = [
            f"Chủ trì Đồng chí {chair}, {role}\nThư ký Đồng chí {clerk}\n",
            f"3/ Chủ trì: đồng chí {chair} – {role}; thư ký: đồng chí {clerk}.\n",
        ]
        heads: tuple[str, ...] = ("THƯ KÝ || T/M CHI BỘ", "THƯ KÝ || CHỦ TRÌ")
        names = f"{facts.secretary} || {chair}"
    else:
        phrasings = [
            f"– Chủ trì: đ/c {chair}, {role}.\n– Thư ký: đ/c {clerk}.\n",
            f"– Chủ trì: đ/c {chair} ({role}); thư ký: đ/c {clerk}.\n",
        ]
        heads, names = ("Chủ trì || Thư ký",), f"{chair} || {clerk}"
    assert sum(phrasing in text + "\n" for phrasing in phrasings) == 1
    assert markup.rstrip().splitlines()[-1] == names
    assert any(head in markup.splitlines() for head in heads)
    if "T/M CHI BỘ" in markup:
        assert ("|| PHÓ BÍ THƯ" in markup) == (role == "Phó Bí thư chi bộ")
    guests = [s for s in text.splitlines() if re.match(r"(4/ |– )?Đại biểu( dự)?:? ", s)]
    if facts.guests or facts.unnamed_guest:
        said = only(guests)
        for name, guest_role in facts.guests:
            assert name in said and guest_role in said
        assert facts.unnamed_guest is None or facts.unnamed_guest.lower() in said.lower()
    else:
        assert not guests


# What ----------------------------------------------------------------------------------------


def _discussion(markup: str, family: str) -> list[str]:
    """The discussion's lines: under AI's "III. THẢO LUẬN", after AJ's "* Ý kiến tham gia:"."""
    lines = plain_lines(markup)
    start = lines.index("III. THẢO LUẬN" if family == "AI" else "* Ý kiến tham gia:") + 1
    lead = r"IV\. |Đ/c [^–]+ kết luận|Chi bộ (thống nhất|quyết nghị)"
    stop = next(i for i in range(start, len(lines)) if re.match(lead, lines[i]))
    return lines[start:stop]


def _check_opinions(markup: str, facts: Facts, family: str) -> None:
    """One line an opinion, in the order spoken, each naming its speaker, when they are listed."""
    lines = _discussion(markup, family)
    if family == "AI":
        said = [s for s in lines if s.startswith("+ ")]
        if "Người phát biểu Nội dung ý kiến" in lines:
            said = lines[lines.index("Người phát biểu Nội dung ý kiến") + 1 :]
    else:
        said = [s for s in lines if " – " in s]
    check_listed_opinions(said, facts)


def _check_items(markup: str, facts: Facts, family: str) -> None:
    """The tasks numbered from 1 in order ("1/" in AI's list or table after its part IV, "1-"
    in AJ's), one a number, each standing as written."""
    lines = plain_lines(markup)
    if family == "AI":
        lines = lines[next(i for i, s in enumerate(lines) if s.startswith("IV. ")) :]
    mark = r"(\d+)/ " if family == "AI" else r"(\d+)- "
    numbers = [int(found[1]) for s in lines if (found := re.match(mark, s))]
    assert numbers == list(range(1, len(facts.resolutions) + 1))


def _check_vote(markup: str, record: dict[str, Any], facts: Facts, family: str) -> None:
    """No vote is mentioned without one; otherwise one of the family's forms gives it, read back
    to the record's counts (and the share in favour); a hand vote counts those present."""
    text = to_plain_text(markup)
    vote = record["vote"]
    if vote is None:
        assert "biểu quyết" not in text.lower() and "phiếu" not in text
        return
    n = partial(_n, family=family)
    patterns = (
        r"Biểu quyết thông qua: tán thành (?P<a>\d+)/(?P<t>\d+) \((?P<p>[\d,]+)%\); không tán "
        r"thành (?P<c>\d+)\.",
        r"Đảng viên chính thức biểu quyết đề nghị kết nạp: (?P<t>\d+) đồng chí; tán thành "
        r"(?P<a>\d+)/(?P=t) \((?P<p>[\d,]+)%\)\.",
        r"Bỏ phiếu kín về hình thức kỷ luật: phát ra (?P<t>\d+) phiếu, thu về (?P=t) phiếu; đồng "
        r"ý (?P<a>\d+) phiếu \((?P<p>[\d,]+)%\)\.",
        r"Chi bộ biểu quyết giơ tay: (?P<a>\w+) đ/c tán thành, (?P<c>\w+) đ/c không tán thành, "
        r"trên tổng số (?P<t>\w+) đ/c có mặt\.",
        r"Chi bộ biểu quyết giơ tay: nhất trí (?P<a>\w+)/(?P<t>\w+) đ/c có mặt\.",
        r"Đảng viên chính thức biểu quyết kết nạp: (?P<a>\w+)/(?P<t>\w+) đ/c tán thành\.",
        r"Kết quả bỏ phiếu kín: (?P<a>\w+)/(?P<t>\w+) phiếu đồng ý hình thức kỷ luật\.",
    )
    lines = text.splitlines()
    if "Tán thành Không tán thành Tổng số biểu quyết" in lines:
        row = lines[lines.index("Tán thành Không tán thành Tổng số biểu quyết") + 1]
        said = dict(zip("act", row.split(), strict=True))
    else:
        found = [s for s in lines if _matches(patterns, s)]
        said = _match(patterns, only(found))
    agree, total = n(said["a"]), n(said["t"])
    assert (agree, total) == (vote["agree"], vote["total"])
    if "c" in said:
        assert n(said["c"]) == total - agree
    if "p" in said:
        assert said["p"] == share(agree, total)
    if facts.purpose in (None, "directives"):
        assert total == record["attendance"]["present"]


def _check_type(markup: str, record: dict[str, Any]) -> None:
    """The titles say the meeting's type, and only that type (AI's regular meeting is
    "định kỳ")."""
    heading = titles(markup).lower()
    kind = record["meeting_type"]
    assert ("bất thường" in heading) == (kind == "extraordinary"), heading
    assert ("chuyên đề" in heading) == (kind in ("thematic", "combined")), heading
    regular = "thường kỳ" in heading or "định kỳ" in heading
    assert regular == (kind in ("regular", "combined")), heading


def _check_content(markup: str, record: dict[str, Any], facts: Facts, family: str) -> None:
    """The tasks, the title, the speaker count, the topics and the next meeting."""
    text = to_plain_text(markup)
    assert (_NOBODY[family] in text) == (facts.stated_speakers == 0)
    check_stated_content(
        text,
        record,
        facts,
        shows_count=lambda n: any(FORMS.shown(text, family, t, n) for t in SPEAKER_COUNTS[family]),
        topic_words=TOPIC_WORDS,
    )
    _check_type(markup, record)
    check_next_meeting(
        markup,
        record,
        facts,
        partial(FORMS.dates, family=family),
        lambda: str(_read_when(markup, family)),
    )


@pytest.mark.parametrize(("seed", "family"), [(s, f) for s in SEEDS for f in NAMES])
def test_every_value_of_the_record_is_on_the_page(seed: int, family: str) -> None:
    """The checks above, on each seed's minutes in each family."""
    facts, markup, record = _heldout(seed, family)
    _check_when(markup, record, facts, family)
    _check_roll(markup, record, facts, family)
    _check_absentees(markup, facts, family)
    _check_presiding(markup, record, facts, family)
    _check_opinions(markup, facts, family)
    _check_items(markup, facts, family)
    _check_vote(markup, record, facts, family)
    _check_content(markup, record, facts, family)


# Written forms as they should read: (the writer, its arguments, the style) → the text.
EXAMPLES = (
    (write_clock, (14, 0), "gio_dung", "14 giờ đúng"),
    (write_clock, (14, 5), "gio_dung", "14 giờ 05 phút"),
    (write_clock, (0, 20), "h", "0h20"),
    (write_clock, (19, 30), "gio_ph", "19 giờ 30 ph"),
    (write_clock, (19, 0), "gio_ph", "19 giờ"),
    (write_clock, (19, 30), "period24", "19 giờ 30 tối"),
    (write_clock, (0, 15), "period24", "0 giờ 15 đêm"),
    (write_clock, (7, 0), "period24", "7 giờ sáng"),
    (write_date, (date(2024, 3, 15),), "words", "15 tháng 3 năm 2024"),
    (write_date, (date(2024, 3, 5),), "dash", "5-3-2024"),
    (write_date, (date(2024, 3, 5),), "mung", "mùng 5 tháng 3 năm 2024"),
    (write_date, (date(2024, 3, 15),), "mung", "15 tháng 3 năm 2024"),
    (write_date, (date(2024, 3, 5),), "dot", "5.3.2024"),
    (count, (7,), "padded", "07"),
    (count, (21,), "words", "hai mươi mốt"),
    (length, (135,), "hours", "2 tiếng 15 phút"),
    (length, (120,), "hours", "2 tiếng"),
    (length, (135,), "minutes", "135 phút"),
)


def test_clocks_and_dates_read_back_to_one_value() -> None:
    """No two values are written alike, and the forms read as they should."""
    FORMS.assert_unambiguous()
    assert [write(*args, style=style) for write, args, style, _ in EXAMPLES] == [
        said for *_, said in EXAMPLES
    ]
    assert (share(22, 23), share(23, 23), share(0, 0)) == ("95,7", "100", "0")


def test_no_clock_of_a_family_reads_as_another_minute() -> None:
    """Every minute of the day has its own written form in each of AI's and AJ's clocks."""
    for family in NAMES:
        assert len(_reader(family, "clock")) == 24 * 60 * len(HANDS[family].forms["clock"])


def test_ai_and_aj_are_written_deterministically_and_only_on_request() -> None:
    for family in NAMES:
        assert_written_deterministically(heldout15.write_minutes, family)
    assert heldout_ai_aj_families() == ["AI", "AJ"]
    assert heldout_ag_ah_families() == ["AG", "AH"]
    assert families() == ["A", "B", "C", "D", "E", "F"]
    assert all_families()[32:36] == ["AG", "AH", "AI", "AJ"]
    for seed in range(40):
        markup, _ = make_minutes(random.Random(seed))
        assert "V. BẾ MẠC" not in markup and "Ý kiến tham gia:" not in markup


def test_the_families_vary_within_themselves() -> None:
    """Each secretary has habits, not one fixed text: the variants all occur over the seeds."""
    joined = {f: "\n".join(m) for f, m in heldout_markups(heldout15.write_minutes, NAMES).items()}
    ai_needles = ["| Thời gian | ", "1/ Thời gian: ", "| Thời gian | Từ ", " giờ đúng", "h30"]
    ai_needles += ["Số 0", "\n* || ", "| Tổng số | ", "Đảng viên: tổng số ", "miễn sinh hoạt"]
    ai_needles += ["| Miễn sinh hoạt | 0 |", "(có lý do ", "không ai vắng", "Vắng: đồng chí "]
    ai_needles += ["| Đại biểu dự | ", "4/ Đại biểu dự: ", "| Người phát biểu |", "\n+ "]
    ai_needles += ["tham gia thảo luận, cụ thể:", "các ý kiến tập trung vào", "<<page>>"]
    ai_needles += ["| Nội dung nhiệm vụ |", "\n1/ ", "| Tán thành |", "Biểu quyết thông qua:"]
    ai_needles += ["T/M CHI BỘ", "THƯ KÝ || CHỦ TRÌ", "Sinh hoạt chi bộ kỳ tới", "V/v: "]
    ai_needles += ["ĐỊNH KỲ", "QUÝ ", "Hạn chế:", "mươi"]
    aj_needles = ["Vào lúc ", "Hôm nay, ", "Thời gian họp: ", " ph,", " tối", "mùng "]
    aj_needles += [".20", "ĐẢNG CỘNG SẢN VIỆT NAM", "\nĐảng bộ ", "(chính thức ", "phải dự"]
    aj_needles += ["– Miễn sinh hoạt: không.", "– Vắng: không.", "  + Đ/c ", "– Đại biểu: "]
    aj_needles += ["; thư ký: đ/c ", "– Thư ký: đ/c ", "lượt ý kiến phát biểu:", " – "]
    aj_needles += ["Số đ/c phát biểu: ", "Không có đ/c nào phát biểu.", "\n1- ", " tiếng"]
    aj_needles += ["nhất trí ", "không tán thành", "Hẹn họp kỳ tới", "Tồn tại:", "(Họp bất "]
    aj_needles += [" phút.", "cùng ngày", "tháng Mười"]
    needles = {"AI": ai_needles, "AJ": aj_needles}
    missing = {f: [n for n in needles[f] if n not in joined[f]] for f in NAMES}
    assert missing == {"AI": [], "AJ": []}
    items = [m for m in joined["AJ"].split("\n") if re.match(r"\d+- ", m) and not m.endswith(".")]
    assert items, "no long task is carried over to a second line"


def test_minutes_past_midnight_name_the_next_day() -> None:
    """Over the seeds, both families write a meeting that ran past midnight, dated."""
    for family in NAMES:
        late = []
        for seed in range(400):
            facts, markup, record = _heldout(seed, family)
            if facts.end_next_day:
                late.append(_read_when(markup, family))
        assert late and all("next" in said for said in late), family


def test_truth_of_an_ai_aj_corpus_honours_the_schema(
    tmp_path: Path, record_schema: dict[str, Any]
) -> None:
    check_family_corpora(tmp_path, NAMES, record_schema)

"""The held-out families O and P: opt-in, deterministic, and their truth agrees with the page.

HELD-OUT: people who write or tune extraction rules must not read this file (it shows O and P).

The checks read the printed text the way a careful person would, never through the product's
extractors: each value of the expected record must be visible on the page in some written form.
"""

from __future__ import annotations

import random
import re
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from bienban.corpus import heldout5
from bienban.corpus.content import (
    all_families,
    families,
    latest_heldout_families,
    make_minutes,
    newest_heldout_families,
)
from bienban.corpus.facts import Facts
from bienban.corpus.heldout5_phrases import given_name, write_clock, write_date
from bienban.corpus.layout import Style, layout_markup
from bienban.corpus.markup import PAGE_BREAK, to_plain_text
from bienban.corpus.words import number_in_words
from tests.corpus.helpers import (
    assert_corpus_deterministic,
    assert_written_deterministically,
    check_duration,
    check_next_meeting,
    check_people_named,
    check_type,
    generate_clean_corpus,
    heldout_case,
    heldout_markups,
)

SEEDS = range(120)
CLOCK_STYLES = {"O": ("g", "h", "gio_pad"), "P": ("gio_phut", "phut_period")}
DATE_STYLES: tuple[str, ...] = ("dash", "dot", "slash_padded", "slash", "words", "words_padded")
DATE_STYLES += tuple(f"weekday_{style}" for style in ("dash", "dot"))
TOPIC_WORDS = {
    "current_affairs": ("thời sự",),
    "directives": ("quán triệt", "công điện", "nhiệm vụ cấp bách"),
    "review": ("thực hiện nq tháng", "thực hiện nghị quyết tháng"),
    "plan": ("nq tháng", "nghị quyết", "nhiệm vụ tháng", "nhiệm vụ trước mắt"),
    "ideology": ("tư tưởng",),
    "criticism": ("phê bình",),
    "thematic": ("chuyên đề",),
    "ho_chi_minh": ("hồ chí minh",),
    "party_fees": ("đảng phí",),
    "member_development": ("kết nạp",),
    "member_assignment": ("phân công", "phụ trách", "giao đồng chí"),
    "inspection": ("kiểm tra", "giám sát", "kiểm điểm", "kỷ luật"),
    "mass_mobilization": ("mặt trận", "dân vận", "vận động", "đoàn thể"),
}
_STAMP = re.compile(r"^(\d{1,2}(?:g|h| giờ )\d\d)(?: \(([^)]*)\))?(?: – |: )")


def _heldout(seed: int, family: str) -> tuple[Facts, str, dict[str, Any]]:
    return heldout_case(heldout5.write_minutes, seed, family)


def _counts(n: int) -> list[str]:
    """Every way O and P write a count."""
    return [str(n), f"{n:02d}", f"{n} ({number_in_words(n)})"]


def _dates(day: date) -> list[str]:
    return [write_date(day, style=style) for style in DATE_STYLES]


def _clocks(hhmm: str, family: str) -> set[str]:
    hour, minute = (int(part) for part in hhmm.split(":"))
    return {write_clock(hour, minute, style=style) for style in CLOCK_STYLES[family]}


def _minutes_part(markup: str) -> str:
    """The minutes without P's resolution attached on the next page."""
    return markup.split(f"\n{PAGE_BREAK}\n")[0]


def _opening(markup: str, family: str) -> str:
    """O: the line with the meeting's date; P: the opening sentence with the date and time."""
    lines = to_plain_text(markup).splitlines()
    lead = ("Ngày họp: ",) if family == "O" else ("Thực hiện ", "Vào hồi ")
    return next(line for line in lines if line.startswith(lead))


def _stamps(markup: str) -> list[tuple[int, str, str | None]]:
    """O's stamped steps: (line number, clock, bracketed date or None)."""
    lines = to_plain_text(_minutes_part(markup)).splitlines()
    found = [(i, _STAMP.match(line)) for i, line in enumerate(lines)]
    return [(i, match[1], match[2]) for i, match in found if match]


def _any_phrase(text: str, template: str, n: int) -> bool:
    return any(template.format(n=form) in text for form in _counts(n))


def _check_o_when(markup: str, record: dict[str, Any], facts: Facts) -> None:
    assert any(form in _opening(markup, "O") for form in _dates(facts.day))
    lines = to_plain_text(_minutes_part(markup)).splitlines()
    stamps = _stamps(markup)
    first = next(i for i, line in enumerate(lines) if "Khai mạc." in line)
    assert stamps[0][0] == first and stamps[0][1] in _clocks(record["start_time"], "O")
    close = next(i for i, line in enumerate(lines) if "Bế mạc." in line or "Kết thúc cuộc" in line)
    assert all(at <= close for at, _, _ in stamps)
    if record["end_time"] is None:
        assert stamps[-1][0] != close
        return
    assert stamps[-1][0] == close and stamps[-1][1] in _clocks(record["end_time"], "O")
    check_duration(record)
    crossed = stamps[-1][2]
    assert (crossed is not None) == facts.end_next_day
    if crossed:
        assert crossed in _dates(facts.day + timedelta(days=1))


def _check_p_when(markup: str, record: dict[str, Any], facts: Facts) -> None:
    opening = _opening(markup, "P")
    assert any(form in opening for form in _dates(facts.day)), opening
    assert any(form in opening for form in _clocks(record["start_time"], "P")), opening
    text = to_plain_text(_minutes_part(markup))
    ends = [line for line in text.splitlines() if "kết thúc" in line or "lập xong" in line]
    if record["end_time"] is None:
        assert not ends and "Biên bản đã được đọc lại" in text
        return
    assert len(ends) == 1, ends
    assert any(form in ends[0] for form in _clocks(record["end_time"], "P")), ends
    check_duration(record)
    crossed = any(form in ends[0] for form in _dates(facts.day + timedelta(days=1)))
    assert crossed == facts.end_next_day and ("cùng ngày" in ends[0]) != crossed, ends


def _check_absences(text: str, facts: Facts, family: str) -> None:
    absent = facts.excused + facts.unexcused
    if absent == 0:
        nobody = ("vắng: không", "Vắng: không.", "không có đồng chí nào vắng")
        assert any(phrase in text for phrase in nobody)
        return
    named = bool(facts.absentees) and len(facts.absentees) == absent
    if family == "O":
        _check_o_absences(text, facts, named=named)
        return
    assert _any_phrase(text, "vắng {n} đồng chí", absent)
    if named:
        for person in facts.absentees:
            kind = "có lý do" if person.excused else "không lý do"
            group = re.search(rf"{kind} \d+ đồng chí \(([^)]*)\)", text)
            assert group and person.name in group[1], person
            assert not person.excused or f"{person.name} – {person.reason}" in group[1]
    elif facts.excused and facts.unexcused:
        assert _any_phrase(text, "có lý do {n} đồng chí", facts.excused)
        assert _any_phrase(text, "không lý do {n} đồng chí", facts.unexcused)
    else:
        kind = "có lý do" if facts.excused else "không lý do"
        assert _any_phrase(text, f"vắng {{n}} đồng chí {kind}.", absent)


def _check_o_absences(text: str, facts: Facts, *, named: bool) -> None:
    if named:
        for person in facts.absentees:
            kind = "có lý do" if person.excused else "không lý do"
            group = re.search(rf"^Vắng {kind} \((\d+)\): (.*)$", text, re.M)
            assert group and person.name in group[2], person
            assert int(group[1]) == (facts.excused if person.excused else facts.unexcused)
            assert not person.excused or f"{person.name} – {person.reason}" in group[2]
        return
    assert any(
        _any_phrase(text, form, facts.excused + facts.unexcused)
        for form in ("vắng {n} (", "- Vắng: {n} đ/c (")
    )
    split = []
    if facts.excused:
        split.append([f"có lý do {form}" for form in _counts(facts.excused)])
    if facts.unexcused:
        split.append([f"không lý do {form}" for form in _counts(facts.unexcused)])
    assert any(f"({', '.join(forms)})" in text for forms in zip(*split, strict=True))


def _check_counts(markup: str, record: dict[str, Any], facts: Facts, family: str) -> None:
    text = to_plain_text(_minutes_part(markup))
    counts = record["attendance"]
    totals: tuple[str, ...] = (
        "ĐV toàn chi bộ {n};",
        "Tổng số ĐV: {n} đ/c.",
        "của Chi bộ: {n} đồng chí",
    )
    totals += ("trên tổng số {n} đảng viên",)
    assert any(_any_phrase(text, template, counts["total_members"]) for template in totals)
    presents: tuple[str, ...] = (
        "có mặt {n};",
        "- Có mặt: {n} đ/c",
        "- Có mặt: {n}/",
        "Có mặt: {n} đồng chí",
    )
    presents += ("Dự họp {n} trên",)
    assert any(_any_phrase(text, template, counts["present"]) for template in presents)
    exempt = counts["exempt"]
    if exempt is None:
        assert "miễn" not in text.lower()
    elif exempt == 0:
        zero = ("miễn SH: không", "Miễn sinh hoạt: không.", "không có đồng chí nào được miễn")
        assert any(phrase in text for phrase in zero)
    else:
        templates: tuple[str, ...] = ("miễn SH {n};", "Miễn sinh hoạt: {n} đ/c (")
        templates += ("miễn công tác và sinh hoạt đảng: {n} đồng chí", "có {n} đồng chí được miễn")
        assert any(_any_phrase(text, template, exempt) for template in templates)
    _check_absences(text, facts, family)
    _check_vote(text, record)


def _check_vote(text: str, record: dict[str, Any]) -> None:
    if record["vote"] is None:
        assert "biểu quyết" not in text.lower()
        return
    agree, total = record["vote"]["agree"], record["vote"]["total"]
    assert (
        f"{agree}/{total} " in text
        or f"{agree}/{total}," in text
        or f"{agree} tán thành, {total - agree} không tán thành, trên {total} đ/c" in text
        or f"tán thành {agree} đồng chí, không tán thành {total - agree} đồng chí, "
        f"trên tổng số {total}"
        in text
    )


def _check_people(markup: str, record: dict[str, Any]) -> None:
    check_people_named(to_plain_text(markup), record)
    assert f"\n{record['secretary']} || {record['chair']}\n" in _minutes_part(markup) + "\n"
    if PAGE_BREAK in markup:
        assert markup.rstrip().splitlines()[-1] == f"|| {record['chair']}"


def _check_speakers(text: str, record: dict[str, Any], facts: Facts) -> None:
    if facts.stated_speakers is not None:
        assert record["speakers"] == facts.stated_speakers
        if facts.stated_speakers == 0:
            assert "không có ý kiến" in text.lower()
        else:
            assert _any_phrase(text.lower(), "có {n} ý kiến", facts.stated_speakers)
    else:
        assert record["speakers"] == len(facts.speeches)
    for speech in facts.speeches if not facts.sections.get("summarise") else []:
        shown = (speech.speaker, f"Đ/c {given_name(speech.speaker)}: ")
        assert any(form in text for form in shown), speech.speaker


def _check_content(markup: str, record: dict[str, Any], facts: Facts) -> None:
    text = to_plain_text(markup)
    joined = " ".join(text.splitlines())
    for item in record["resolutions"]:
        assert item.rstrip(".") in joined, item
    if record["thematic_title"]:
        assert f"“{record['thematic_title']}”" in text
    _check_speakers(text, record, facts)
    for topic in record["topics"]:
        assert any(word in joined.lower() for word in TOPIC_WORDS[topic]), topic
    assert "<<" not in text and "||" not in text


@pytest.mark.parametrize("family", ["O", "P"])
@pytest.mark.parametrize("seed", SEEDS)
def test_truth_agrees_with_printed_text(seed: int, family: str) -> None:
    facts, markup, record = _heldout(seed, family)
    if family == "O":
        _check_o_when(markup, record, facts)
    else:
        _check_p_when(markup, record, facts)
    _check_counts(markup, record, facts, family)
    _check_people(markup, record)
    _check_content(markup, record, facts)
    check_type(markup, record)
    check_next_meeting(markup, record, facts, _dates, lambda: _opening(markup, family))


@pytest.mark.parametrize("family", ["O", "P"])
def test_make_minutes_writes_the_family_deterministically(family: str) -> None:
    assert_written_deterministically(heldout5.write_minutes, family)


def test_o_and_p_are_opt_in() -> None:
    assert newest_heldout_families() == ["O", "P"]
    assert latest_heldout_families() == ["M", "N"]
    assert families() == ["A", "B", "C", "D", "E", "F"]
    assert all_families()[10:16] == ["K", "L", "M", "N", "O", "P"]
    for seed in range(40):
        markup, _ = make_minutes(random.Random(seed))
        assert "Điểm danh" not in markup and "(có nghị quyết kèm theo)" not in markup
        assert "Ngày họp: " not in markup and "NQ/CB" not in markup


def test_the_families_vary_within_themselves() -> None:
    """Each secretary has habits, not one fixed text: the variants all occur over the seeds."""
    texts = heldout_markups(heldout5.write_minutes, "OP")
    joined = {family: "\n".join(markups) for family, markups in texts.items()}
    o_needles = [
        "Ngày họp: thứ ",
        "Ngày họp: Chủ nhật",
        "Điểm danh: ĐV toàn chi bộ ",
        "Điểm danh:\n",
    ]
    o_needles += ["Nơi họp: ", "Địa điểm: ", "Điều hành: đ/c ", " (BT)", "(PBT", " ghi biên bản."]
    o_needles += ["DIỄN TIẾN CUỘC HỌP", "Diễn tiến:", "g00 – Khai mạc.", "0: Khai mạc."]
    o_needles += [" giờ ", "Vắng có lý do (", "Vắng không lý do (", "(có lý do ", "miễn SH "]
    o_needles += ["+ Đ/c ", "(1) ", "Giơ tay biểu quyết: ", "Biểu quyết NQ: ", "đạt 100%"]
    o_needles += ["Chi bộ tự chấm ", "Thống nhất họp kỳ tới: ", "Bế mạc.", "Kết thúc cuộc họp."]
    o_needles += ["NGƯỜI ĐIỀU HÀNH", "T/M CHI BỘ", "Đại úy", "(khách mời)", "Lý do họp: "]
    for needle in o_needles:
        assert needle in joined["O"], needle
    p_needles = ["Thực hiện Hướng dẫn số 12-HD/BTCTW", "Thực hiện chương trình công tác năm "]
    p_needles += ["Vào hồi ", "chi bộ cử đồng chí ", "Thư ký: đồng chí ", "Dự họp ", "(đạt "]
    p_needles += ["1. Về kết quả thực hiện nghị quyết tháng trước", "Ý kiến thảo luận", " (hai"]
    p_needles += ["THÁNG BA NĂM", "chi bộ thống nhất ra nghị quyết", "(có nghị quyết kèm theo)"]
    p_needles += ["^QUYẾT NGHỊ:", "-NQ/CB", "Nơi nhận: || T/M CHI BỘ", "Biên bản được lập xong"]
    p_needles += ["Hội nghị kết thúc vào hồi", " phút tối", "có lý do 1 đồng chí (đồng chí "]
    p_needles += ["HỘI NGHỊ CHI BỘ BẤT THƯỜNG", "trên tổng số ", " ý kiến phát biểu, trong đó:"]
    for needle in p_needles:
        assert needle in joined["P"], needle
    assert re.search(r"^Đồng chí [^:\n]+ (đề nghị|phản ánh|nêu) ", joined["P"], re.M)
    assert re.search(r"^\d\dg\d\d – ", joined["O"], re.M)
    assert re.search(r"^\+ Đ/c \w+: ", joined["O"], re.M)


def test_o_stamps_its_steps_in_order_from_start_to_end() -> None:
    stamped = {True: 0, False: 0}
    for seed in range(80):
        _, markup, record = _heldout(seed, "O")
        stamps = _stamps(markup)
        start = int(record["start_time"][:2]) * 60 + int(record["start_time"][3:])
        minutes = []
        for _, clock, _ in stamps:
            hour, minute = (int(part) for part in re.split(r"g|h| giờ ", clock))
            minutes.append((hour * 60 + minute - start) % 1440)
        assert minutes[0] == 0 and minutes == sorted(set(minutes)), stamps
        if record["end_time"] is not None:
            assert minutes[-1] == record["duration_minutes"]
        reread = next(line for line in markup.splitlines() if "đọc lại biên bản" in line)
        stamped[bool(_STAMP.match(reread))] += 1
    assert min(stamped.values()) >= 10, stamped


def test_p_attaches_the_resolution_on_a_page_of_its_own() -> None:
    attached = 0
    for seed in range(80):
        facts, markup, record = _heldout(seed, "P")
        if PAGE_BREAK not in markup:
            assert "(có nghị quyết kèm theo)" not in markup
            continue
        assert facts.length != "short"
        minutes, resolution = markup.split(f"\n{PAGE_BREAK}\n")
        assert "(có nghị quyết kèm theo)" in minutes
        assert not any(item in minutes for item in record["resolutions"])
        lines = resolution.splitlines()
        assert lines[0].endswith("|| ĐẢNG CỘNG SẢN VIỆT NAM") and "-NQ/CB || " in lines[2]
        items = [line for line in lines if re.match(r"\d+\. ", line)]
        assert [re.sub(r"^\d+\. |[;.]$", "", line) for line in items] == facts.resolutions
        pages = layout_markup(markup, style=Style())
        assert len(pages) >= 2 and "NGHỊ QUYẾT" in pages[-1].text
        attached += 1
    assert attached >= 20


def test_short_p_minutes_stay_on_one_sheet() -> None:
    for seed in range(30):
        markup, _ = make_minutes(random.Random(seed), family="P", length="short")
        assert PAGE_BREAK not in markup


def test_truth_of_an_o_p_corpus_honours_the_schema(
    tmp_path: Path, record_schema: dict[str, Any]
) -> None:
    generate_clean_corpus(tmp_path / "op", "OP", record_schema)
    assert_corpus_deterministic(tmp_path / "a", tmp_path / "b", count=4, families="OP")

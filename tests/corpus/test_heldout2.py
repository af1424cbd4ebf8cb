"""The held-out families I and J: opt-in, deterministic, and their truth agrees with the page.

HELD-OUT: people who write or tune extraction rules must not read this file (it shows I and J).

The checks read the printed text the way a careful person would, never through the product's
extractors: each value of the expected record must be visible on the page in some written form.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from pathlib import Path

import pytest

from bienban.corpus import heldout2
from bienban.corpus.content import heldout_families
from bienban.corpus.facts import Facts
from bienban.corpus.heldout2_phrases import is_fully_named, lunar_text, write_time
from bienban.corpus.lunar import solar_to_lunar
from bienban.corpus.markup import to_plain_text
from tests.corpus.helpers import (
    assert_corpus_deterministic,
    assert_written_deterministically,
    check_duration,
    check_named_absentees,
    check_next_meeting,
    check_people_named,
    check_speakers_and_topics,
    check_type,
    generate_clean_corpus,
    heldout_case,
    heldout_markups,
    titles,
)

SEEDS = range(120)
TIME_STYLES = ("apos", "apos_period", "phut", "phut_period")
TITLES = ("đồng chí", "đ/c", "bí thư", "thiếu", "trung", "thượng", "đại úy", "bs", "bác sĩ")
TITLES += ("y sĩ", "ông", "bà", "thầy", "cô giáo")
TOPIC_WORDS = {
    "current_affairs": ("thời sự",),
    "directives": ("quán triệt", "công điện"),
    "review": ("thực hiện nghị quyết tháng",),
    "plan": ("nhiệm vụ",),
    "ideology": ("tư tưởng",),
    "criticism": ("nhận xét", "phê bình"),
    "thematic": ("chuyên đề",),
    "ho_chi_minh": ("hồ chí minh",),
    "party_fees": ("đảng phí",),
    "member_development": ("kết nạp",),
    "member_assignment": ("phân công", "phụ trách"),
    "inspection": ("kiểm tra", "giám sát", "kiểm điểm", "kỷ luật"),
    "mass_mobilization": ("mặt trận", "dân vận", "vận động", "đoàn thể"),
}


def _heldout(seed: int, family: str) -> tuple[Facts, str, dict]:
    return heldout_case(heldout2.write_minutes, seed, family)


def _has_number(text: str, n: int) -> bool:
    return bool(re.search(rf"(?<![\d/,.])0?{n}(?![\d])", text))


def _date_forms(day: date, *, with_year: bool = True) -> list[str]:
    forms = [
        f"ngày {day.day:02d}/{day.month}/{day.year}",
        f"ngày {day.day:02d}/{day.month:02d}/{day.year}",
        f"ngày {day.day} tháng {day.month} năm {day.year}",
        f"ngày {day.day:02d} tháng {day.month:02d} năm {day.year}",
        f"ngày mùng {day.day} tháng {day.month} năm {day.year}",
    ]
    if with_year:
        return forms
    short = [
        f"ngày {m}{day.day} tháng {day.month}{end}" for m in ("", "mùng ") for end in (",", " (")
    ]
    return forms + short


def _time_forms(hhmm: str) -> set[str]:
    hour, minute = (int(part) for part in hhmm.split(":"))
    return {write_time(hour, minute, style=style) for style in TIME_STYLES}


def _opening(markup: str) -> str:
    return next(
        line for line in markup.splitlines() if line.startswith(("Thời gian", "Hôm nay", "Vào lúc"))
    )


def _check_when(markup: str, record: dict, facts: Facts) -> None:
    text, opening = to_plain_text(markup), _opening(markup)
    year_in_title = str(facts.day.year) in titles(markup)
    assert any(form in opening for form in _date_forms(facts.day, with_year=not year_in_title)), (
        opening
    )
    assert any(form in opening for form in _time_forms(record["start_time"])), opening
    if "(tức" in opening or "(nhằm" in opening:
        assert lunar_text(facts.day) in opening
    ends = [line for line in text.splitlines() if "kết thúc" in line]
    if record["end_time"] is None:
        assert not any(re.search(r"\d+ giờ", line) for line in ends), ends
        return
    assert any(form in line for line in ends for form in _time_forms(record["end_time"])), ends
    check_duration(record)
    if facts.end_next_day:
        after = facts.day + timedelta(days=1)
        assert f"ngày {after.day:02d}/{after.month}/{after.year}" in text or any(
            "sang ngày hôm sau" in line for line in ends
        )


def _check_absences(text: str, facts: Facts) -> None:
    absent = facts.excused + facts.unexcused
    if absent == 0:
        assert "Vắng mặt: không." in text or "không có đồng chí nào vắng" in text
    elif is_fully_named(facts):
        check_named_absentees(text, facts, r" \(([^)]*)\)")
    else:
        for n, kind in ((facts.excused, "có lý do"), (facts.unexcused, "không lý do")):
            if n:
                assert re.search(rf"(?<!\d)0?{n} đ/c {kind}", text), (n, kind)
    if absent:
        assert re.search(rf"(?<!\d)0?{absent} đồng chí", text)


def _check_counts(markup: str, record: dict, facts: Facts) -> None:
    text = to_plain_text(markup)
    counts = record["attendance"]
    assert re.search(rf"tổng số (đảng viên chi bộ: )?0?{counts['total_members']} đồng chí", text)
    due = counts["total_members"] - (counts["exempt"] or 0)
    assert re.search(rf"(?<!\d)0?{counts['present']}/0?{due} đồng chí", text)
    if counts["exempt"] is None:
        assert "miễn" not in text.lower()
    elif counts["exempt"] == 0:
        assert "Miễn sinh hoạt: không" in text or "không có đồng chí nào được miễn" in text
    else:
        assert re.search(rf"(?i)miễn sinh hoạt: 0?{counts['exempt']} đ/c \(", text)
    _check_absences(text, facts)
    if record["vote"]:
        agree, total = record["vote"]["agree"], record["vote"]["total"]
        assert re.search(rf"(?<!\d)0?{agree}/0?{total}(?!\d)", text) or (
            agree == total == counts["present"] and "Hội nghị nhất trí 100%." in text
        )


def _check_people(markup: str, record: dict, facts: Facts) -> None:
    text = to_plain_text(markup)
    check_people_named(text, record)
    for name in [record["chair"], record["secretary"], *record["attendance"]["guests"]]:
        assert not name.lower().startswith(TITLES), name
    signature = markup.rstrip().splitlines()[-1]
    assert record["chair"] in signature and record["secretary"] in signature


def _check_content(markup: str, record: dict, facts: Facts) -> None:
    text = to_plain_text(markup)
    for item in record["resolutions"]:
        assert item.rstrip(".") in text, item
    if record["thematic_title"]:
        assert f"“{record['thematic_title']}”" in text
    check_speakers_and_topics(
        text,
        record,
        facts,
        shows_count=lambda n: _has_number(text, n),
        topic_words=TOPIC_WORDS,
        topic_text=text,
    )


@pytest.mark.parametrize("family", ["I", "J"])
@pytest.mark.parametrize("seed", SEEDS)
def test_truth_agrees_with_printed_text(seed: int, family: str) -> None:
    facts, markup, record = _heldout(seed, family)
    _check_when(markup, record, facts)
    _check_counts(markup, record, facts)
    _check_people(markup, record, facts)
    _check_content(markup, record, facts)
    check_type(markup, record)
    check_next_meeting(markup, record, facts, _date_forms)


@pytest.mark.parametrize("family", ["I", "J"])
def test_make_minutes_writes_the_family_deterministically(family: str) -> None:
    assert_written_deterministically(heldout2.write_minutes, family)


def test_the_families_vary_within_themselves() -> None:
    """Each secretary has habits, not one fixed text: the variants all occur over the seeds."""
    texts = heldout_markups(heldout2.write_minutes, "IJ")
    joined = {family: "\n".join(markups) for family, markups in texts.items()}
    for needle in ("(tức ngày", "| TT | Nội dung công việc", "giao đ/c", "Thời gian, địa điểm:"):
        assert needle in joined["I"], needle
    for needle in ("ngày mùng", "Các đồng chí", "Hội nghị nhất trí 100%.", "sang ngày hôm sau"):
        assert needle in joined["J"], needle
    assert any("ghi biên bản" not in markup for markup in texts["J"])
    assert any(re.search(r"(Thiếu|Trung|Thượng|Đại) (úy|tá) ", m) for m in texts["J"])


@pytest.mark.parametrize(
    ("day", "lunar", "name"),
    [
        (date(2024, 2, 10), (1, 1, 2024, False), "Giáp Thìn"),
        (date(2024, 4, 3), (25, 2, 2024, False), "Giáp Thìn"),
        (date(2024, 2, 9), (30, 12, 2023, False), "Quý Mão"),
        (date(2023, 3, 22), (1, 2, 2023, True), "Quý Mão"),
        (date(2020, 5, 23), (1, 4, 2020, True), "Canh Tý"),
        (date(2012, 1, 23), (1, 1, 2012, False), "Nhâm Thìn"),
        (date(2025, 1, 29), (1, 1, 2025, False), "Ất Tỵ"),
    ],
)
def test_lunar_dates_match_the_vietnamese_calendar(
    day: date, lunar: tuple[int, int, int, bool], name: str
) -> None:
    moon = solar_to_lunar(day)
    assert (moon.day, moon.month, moon.year, moon.leap) == lunar
    assert moon.year_name == name
    assert lunar_text(date(2024, 4, 3)) == "ngày 25 tháng 2 năm Giáp Thìn"


def test_corpus_of_heldout_and_all_families(tmp_path: Path) -> None:
    assert heldout_families() == ["I", "J"]
    for line in generate_clean_corpus(tmp_path / "ij", "IJ"):
        if line["generator"]["format"] == "png":
            assert line["source"]["pages"] == 1
    assert_corpus_deterministic(
        tmp_path / "all", tmp_path / "again", count=6, families=tuple("ABCDEFGHIJ")
    )

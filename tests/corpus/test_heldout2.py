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

from bienban.cli import main
from bienban.corpus import heldout2
from bienban.corpus.content import heldout_families
from bienban.corpus.facts import Facts
from bienban.corpus.generate import generate_corpus
from bienban.corpus.heldout2_phrases import is_fully_named, lunar_text, write_time
from bienban.corpus.lunar import solar_to_lunar
from bienban.corpus.markup import to_plain_text
from tests.corpus.helpers import assert_written_deterministically, heldout_case, read_truth

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


def _titles(markup: str) -> str:
    return " ".join(line[1:] for line in markup.splitlines() if line.startswith("^"))


def _check_when(markup: str, record: dict, facts: Facts) -> None:
    text, opening = to_plain_text(markup), _opening(markup)
    year_in_title = str(facts.day.year) in _titles(markup)
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
    start, end = (int(t[:2]) * 60 + int(t[3:]) for t in (record["start_time"], record["end_time"]))
    assert record["duration_minutes"] == (end - start) % 1440
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
        for person in facts.absentees:
            found = re.search(rf"{person.name} \(([^)]*)\)", text)
            assert found, person
            assert ("không" in found[1]) == (not person.excused), found[1]
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
    for key in ("chair", "secretary", "location", "branch", "parent_committee"):
        assert record[key].lower() in text.lower(), key
    names = [record["chair"], record["secretary"], *record["attendance"]["guests"]]
    for name in names:
        assert name in text
        assert not name.lower().startswith(TITLES), name
    signature = markup.rstrip().splitlines()[-1]
    assert record["chair"] in signature and record["secretary"] in signature


def _check_content(markup: str, record: dict, facts: Facts) -> None:
    text = to_plain_text(markup)
    for item in record["resolutions"]:
        assert item.rstrip(".") in text, item
    if record["thematic_title"]:
        assert f"“{record['thematic_title']}”" in text
    if facts.stated_speakers is not None:
        assert record["speakers"] == facts.stated_speakers
        assert facts.stated_speakers == 0 or _has_number(text, facts.stated_speakers)
    else:
        assert record["speakers"] == len(facts.speeches)
    for speech in facts.speeches if not facts.sections.get("summarise") else []:
        assert speech.speaker in text
    for topic in record["topics"]:
        assert any(word in text.lower() for word in TOPIC_WORDS[topic]), topic
    assert "<<" not in text and "||" not in text


def _check_type(markup: str, record: dict) -> None:
    titles = _titles(markup).lower()
    kind = record["meeting_type"]
    assert ("bất thường" in titles) == (kind == "extraordinary"), titles
    assert ("chuyên đề" in titles) == (kind in ("thematic", "combined")), titles
    if kind == "combined":
        assert "thường kỳ" in titles
    if kind == "thematic":
        assert "thường kỳ" not in titles and "tháng" not in titles


@pytest.mark.parametrize("family", ["I", "J"])
@pytest.mark.parametrize("seed", SEEDS)
def test_truth_agrees_with_printed_text(seed: int, family: str) -> None:
    facts, markup, record = _heldout(seed, family)
    _check_when(markup, record, facts)
    _check_counts(markup, record, facts)
    _check_people(markup, record, facts)
    _check_content(markup, record, facts)
    _check_type(markup, record)
    if facts.sections.get("next_meeting"):
        later = facts.sections["next_meeting"]
        assert later > facts.day and record["date"] == facts.day.isoformat()
        assert any(form in to_plain_text(markup) for form in _date_forms(later))


@pytest.mark.parametrize("family", ["I", "J"])
def test_make_minutes_writes_the_family_deterministically(family: str) -> None:
    assert_written_deterministically(heldout2.write_minutes, family)


def test_the_families_vary_within_themselves() -> None:
    """Each secretary has habits, not one fixed text: the variants all occur over the seeds."""
    texts = {family: [_heldout(seed, family)[1] for seed in range(60)] for family in "IJ"}
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
    code = main(
        [
            "corpus",
            "generate",
            "--out",
            str(tmp_path / "ij"),
            "--count",
            "4",
            "--seed",
            "5",
            "--families",
            "I,J",
            "--formats",
            "pdf_text,png",
            "--levels",
            "clean",
        ]
    )
    assert code == 0
    lines = read_truth(tmp_path / "ij")
    assert {line["generator"]["family"] for line in lines} == {"I", "J"}
    for line in lines:
        assert len(line["page_texts"]) == line["source"]["pages"]
        if line["generator"]["format"] == "png":
            assert line["source"]["pages"] == 1
    every = tuple("ABCDEFGHIJ")
    first = generate_corpus(
        tmp_path / "all", count=6, seed=9, formats=("pdf_text",), families=every
    )
    again = generate_corpus(
        tmp_path / "again", count=6, seed=9, formats=("pdf_text",), families=every
    )
    assert first.read_bytes() == again.read_bytes()

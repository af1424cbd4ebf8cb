"""The held-out families M and N: opt-in, deterministic, and their truth agrees with the page.

HELD-OUT: people who write or tune extraction rules must not read this file (it shows M and N).

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

from bienban.corpus import heldout4
from bienban.corpus.content import (
    all_families,
    families,
    later_heldout_families,
    latest_heldout_families,
    make_minutes,
)
from bienban.corpus.facts import Facts
from bienban.corpus.heldout2_phrases import is_fully_named
from bienban.corpus.heldout4_phrases import write_clock, write_date
from bienban.corpus.layout import Style, layout_markup
from bienban.corpus.markup import PAGE_BREAK, to_plain_text
from bienban.corpus.words import number_in_words
from tests.corpus.helpers import (
    assert_corpus_deterministic,
    assert_written_deterministically,
    check_absence_reasons,
    check_duration,
    check_named_absentees,
    check_next_meeting,
    check_people_named,
    check_speakers_and_topics,
    check_type,
    generate_clean_corpus,
    heldout_case,
    heldout_markups,
)

SEEDS = range(120)
CLOCK_STYLES = ("gio_phut", "gio_pad", "h", "colon")
DATE_STYLES = ("words", "slash", "slash_padded", "weekday", "weekday_padded")
TOPIC_WORDS = {
    "current_affairs": ("thời sự",),
    "directives": ("triển khai", "quán triệt", "công điện"),
    "review": ("thực hiện nghị quyết tháng",),
    "plan": ("nghị quyết", "quyết nghị", "nhiệm vụ"),
    "ideology": ("tư tưởng",),
    "criticism": ("nhận xét", "phê bình"),
    "thematic": ("chuyên đề",),
    "ho_chi_minh": ("hồ chí minh",),
    "party_fees": ("đảng phí",),
    "member_development": ("kết nạp",),
    "member_assignment": ("phân công", "phụ trách", "giao đồng chí"),
    "inspection": ("kiểm tra", "giám sát", "kiểm điểm", "kỷ luật"),
    "mass_mobilization": ("mặt trận", "dân vận", "vận động", "đoàn thể"),
}


def _heldout(seed: int, family: str) -> tuple[Facts, str, dict[str, Any]]:
    return heldout_case(heldout4.write_minutes, seed, family)


def _counts(n: int) -> list[str]:
    """Every way M and N write a count."""
    return [str(n), f"{n:02d}"] + ([number_in_words(n)] if n <= 10 else [])


def _dates(day: date) -> list[str]:
    return [write_date(day, style=style) for style in DATE_STYLES]


def _clocks(hhmm: str) -> set[str]:
    hour, minute = (int(part) for part in hhmm.split(":"))
    return {write_clock(hour, minute, style=style) for style in CLOCK_STYLES}


def _opening(markup: str, family: str) -> str:
    """M: the table's time row; N: the line with the start time and date."""
    lines = to_plain_text(markup).splitlines()
    lead = ("Thời gian ",) if family == "M" else ("Thời gian: ", "Hồi ")
    return next(line for line in lines if line.startswith(lead))


def _any_phrase(text: str, template: str, n: int) -> bool:
    return any(template.format(n=form) in text for form in _counts(n))


def _check_when(markup: str, record: dict[str, Any], facts: Facts, family: str) -> None:
    text, opening = to_plain_text(markup), _opening(markup, family)
    assert any(form in opening for form in _dates(facts.day)), opening
    assert any(form in opening for form in _clocks(record["start_time"])), opening
    ends = [line for line in text.splitlines() if "kết thúc" in line]
    assert len(ends) == 1, ends
    if record["end_time"] is None:
        assert not re.search(r"\d+ ?(giờ|h|:)", ends[0]), ends
        return
    assert any(form in ends[0] for form in _clocks(record["end_time"])), ends
    check_duration(record)
    after = facts.day + timedelta(days=1)
    crossed = any(form in ends[0] for form in _dates(after))
    assert crossed == facts.end_next_day and ("cùng ngày" in ends[0]) != crossed, ends


def _check_absences(text: str, facts: Facts, family: str) -> None:
    absent = facts.excused + facts.unexcused
    if absent == 0:
        assert any(
            phrase in text
            for phrase in ("vắng: không", "Vắng: không.", "không có đồng chí nào vắng")
        )
        return
    assert any(
        _any_phrase(text, template, absent)
        for template in ("vắng {n}", "Vắng: {n} đồng chí", "vắng {n} đồng chí")
    )
    if is_fully_named(facts):
        check_named_absentees(text, facts, r" \(([^)\n]*)\)")
        return
    yes, no = ("có phép", "không phép") if family == "M" else ("có lý do", "không lý do")
    check_absence_reasons(text, facts, _counts, yes, no)


def _check_counts(markup: str, record: dict[str, Any], facts: Facts, family: str) -> None:
    text = to_plain_text(markup)
    counts = record["attendance"]
    totals = ("tổng số {n};", "Quân số đảng viên: {n} đồng chí", "Chi bộ có {n} đảng viên,")
    assert any(_any_phrase(text, template, counts["total_members"]) for template in totals)
    presents = ("có mặt {n}", "Có mặt: {n} đồng chí")
    assert any(_any_phrase(text, template, counts["present"]) for template in presents)
    exempt = counts["exempt"]
    if exempt is None:
        assert "miễn" not in text.lower()
    elif exempt == 0:
        assert any(
            phrase in text
            for phrase in (
                "miễn sinh hoạt: không",
                "Miễn sinh hoạt: không.",
                "không có đồng chí nào được miễn sinh hoạt",
            )
        )
    else:
        templates = (
            "miễn sinh hoạt {n};",
            "Miễn sinh hoạt: {n} đồng chí (",
            "{n} đồng chí được miễn sinh hoạt",
        )
        assert any(_any_phrase(text, template, exempt) for template in templates)
    _check_absences(text, facts, family)
    if record["vote"]:
        agree, total = record["vote"]["agree"], record["vote"]["total"]
        assert f"{agree}/{total} " in text or f"{agree}/{total}," in text


def _check_people(markup: str, record: dict[str, Any]) -> None:
    text = to_plain_text(markup)
    check_people_named(text, record)
    clerk, _, chair = markup.rstrip().splitlines()[-1].partition(" || ")
    assert clerk.endswith(record["secretary"]) and chair.endswith(record["chair"])


def _check_content(markup: str, record: dict[str, Any], facts: Facts, family: str) -> None:
    text = to_plain_text(markup)
    joined = " ".join(text.splitlines())
    for item in record["resolutions"]:
        assert item.rstrip(".") in joined, item
    if record["thematic_title"]:
        title = record["thematic_title"]
        assert (f"“{title}”" if family == "M" else f"với chủ đề {title}, do ") in text
        if family == "N":
            assert f"“{title}" not in text and f'"{title}' not in text
    check_speakers_and_topics(
        text,
        record,
        facts,
        shows_count=lambda n: _any_phrase(text, "Có {n} ý kiến", n),
        topic_words=TOPIC_WORDS,
        topic_text=joined,
    )


@pytest.mark.parametrize("family", ["M", "N"])
@pytest.mark.parametrize("seed", SEEDS)
def test_truth_agrees_with_printed_text(seed: int, family: str) -> None:
    facts, markup, record = _heldout(seed, family)
    _check_when(markup, record, facts, family)
    _check_counts(markup, record, facts, family)
    _check_people(markup, record)
    _check_content(markup, record, facts, family)
    check_type(markup, record)
    check_next_meeting(markup, record, facts, _dates, lambda: _opening(markup, family))


@pytest.mark.parametrize("family", ["M", "N"])
def test_make_minutes_writes_the_family_deterministically(family: str) -> None:
    assert_written_deterministically(heldout4.write_minutes, family)


def test_m_and_n_are_opt_in() -> None:
    assert latest_heldout_families() == ["M", "N"]
    assert later_heldout_families() == ["K", "L"]
    assert families() == ["A", "B", "C", "D", "E", "F"]
    assert all_families()[10:14] == ["K", "L", "M", "N"]
    for seed in range(40):
        markup, _ = make_minutes(random.Random(seed))
        assert "tự đánh giá chất lượng buổi sinh hoạt" not in markup
        assert "Quân số đảng viên" not in markup and "với chủ đề" not in markup


def test_the_families_vary_within_themselves() -> None:
    """Each secretary has habits, not one fixed text: the variants all occur over the seeds."""
    texts = heldout_markups(heldout4.write_minutes, "MN")
    joined = {family: "\n".join(markups) for family, markups in texts.items()}
    m_needles = ["| Thời gian | ", "| Thời gian bắt đầu | ", "| Nội dung | Chi tiết |"]
    m_needles += ["| Địa điểm | ", "| Chủ trì | ", "| Người chủ trì | ", "| Thư ký ghi biên bản | "]
    m_needles += ["| Đảng viên | tổng số ", "Đảng viên: tổng số ", "có phép", "không phép"]
    m_needles += ["Ý kiến thảo luận:\n1. Đồng chí ", "NGHỊ QUYẾT\nChi bộ quyết nghị:\n1. "]
    m_needles += ["Chi bộ tự đánh giá chất lượng buổi sinh hoạt: Tốt.", "Kỳ sinh hoạt tới: ngày"]
    m_needles += ["Cuộc họp kết thúc lúc ", "phút cùng ngày.", "T/M CHI BỘ", "(đạt "]
    for needle in m_needles:
        assert needle in joined["M"], needle
    n_needles = ["Quân số đảng viên: ", "Chi bộ có ", "Thời gian: ", "Hồi ", "1- ", "+ Đồng chí "]
    n_needles += ["với chủ đề ", "Biểu quyết bằng hình thức giơ tay: ", "tỷ lệ 100%", PAGE_BREAK]
    n_needles += ["Đại biểu cấp trên dự: ", "CHỦ TRÌ HỘI NGHỊ", "Đại úy", "BS", "tham gia ý kiến:"]
    for needle in n_needles:
        assert needle in joined["N"], needle
    assert re.search(
        r"^Thời gian: \d\d:\d\d Ngày \d\d/\d+/\d{4} \((thứ \w+|Chủ nhật)\)", joined["N"], re.M
    )
    assert re.search(r"kết thúc (vào|lúc) \d\d:\d\d cùng ngày\.", joined["N"])
    assert re.search(r"có mặt (hai|ba|bốn|năm|sáu|bảy|tám|chín|mười) đồng chí", joined["N"])
    assert re.search(r"^\| Thời gian[^|]*\| \d+(h| giờ )\d\d", joined["M"], re.M)


def test_m_sets_the_time_and_people_in_a_table_before_the_body() -> None:
    for seed in range(30):
        _, markup, record = _heldout(seed, "M")
        lines = markup.splitlines()
        body = lines.index("II. NỘI DUNG SINH HOẠT")
        rows = [line for line in lines[:body] if line.startswith("| ")]
        assert len(rows) >= 4 and all(line.count("|") == 3 for line in rows)
        assert any(record["chair"] in row for row in rows)
        assert any(record["secretary"] in row for row in rows)


def test_n_runs_the_resolution_on_to_a_second_page() -> None:
    broken = 0
    for seed in range(80):
        _, markup, record = _heldout(seed, "N")
        if PAGE_BREAK not in markup:
            continue
        lines = markup.splitlines()
        at = lines.index(PAGE_BREAK)
        assert lines[at - 1].startswith("- ") and lines[at + 1].startswith("- ")
        pages = layout_markup(markup, style=Style())
        assert len(pages) >= 2
        assert PAGE_BREAK not in "".join(line for page in pages for line in page.lines)
        broken += 1
    assert broken >= 10


def test_truth_of_an_m_n_corpus_honours_the_schema(
    tmp_path: Path, record_schema: dict[str, Any]
) -> None:
    generate_clean_corpus(tmp_path / "mn", "MN", record_schema)
    assert_corpus_deterministic(tmp_path / "a", tmp_path / "b", count=4, families="MN")

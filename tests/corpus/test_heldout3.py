"""The held-out families K and L: opt-in, deterministic, and their truth agrees with the page.

HELD-OUT: people who write or tune extraction rules must not read this file (it shows K and L).

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

from bienban.corpus import heldout3
from bienban.corpus.content import (
    all_families,
    families,
    heldout_families,
    later_heldout_families,
    make_minutes,
)
from bienban.corpus.facts import Facts
from bienban.corpus.heldout2_phrases import is_fully_named
from bienban.corpus.heldout3_phrases import write_clock
from bienban.corpus.markup import to_plain_text
from bienban.corpus.words import format_date, number_in_words
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
CLOCK_STYLES = ("gio_pad", "h", "gio_phut", "h_period", "gio_toi")
DATE_STYLES = ("dash", "slash", "slash_padded", "ngay_slash", "words")
TOPIC_WORDS = {
    "current_affairs": ("thời sự",),
    "directives": ("triển khai", "phổ biến", "công điện"),
    "review": ("thực hiện nghị quyết tháng",),
    "plan": ("nhiệm vụ", "nghị quyết", "thống nhất"),
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
    return heldout_case(heldout3.write_minutes, seed, family)


def _counts(n: int) -> list[str]:
    """Every way K and L write a count."""
    return [str(n), f"{n:02d}", number_in_words(n), f"{n} ({number_in_words(n)})"]


def _dates(day: date) -> list[str]:
    return [format_date(day, style=style) for style in DATE_STYLES]


def _clocks(hhmm: str) -> set[str]:
    hour, minute = (int(part) for part in hhmm.split(":"))
    return {write_clock(hour, minute, style=style) for style in CLOCK_STYLES}


def _opening(markup: str, family: str) -> str:
    """K: the procedure part up to the second heading; L: the opening sentence."""
    lines = markup.splitlines()
    if family == "L":
        return next(line for line in lines if line.startswith(("Hồi ", "Vào lúc ")))
    start = next(i for i, line in enumerate(lines) if line in ("A. PHẦN THỦ TỤC", "I. PHẦN MỞ ĐẦU"))
    end = next(i for i, line in enumerate(lines) if line.startswith(("B. NỘI", "II. PHẦN")))
    return "\n".join(lines[start:end])


def _check_when(markup: str, record: dict[str, Any], facts: Facts, family: str) -> None:
    text, opening = to_plain_text(markup), _opening(markup, family)
    assert any(form in opening for form in _dates(facts.day)), opening
    assert any(form in opening for form in _clocks(record["start_time"])), opening
    ends = [line for line in text.splitlines() if "kết thúc" in line or "Tan họp" in line]
    assert len(ends) == 1, ends
    if record["end_time"] is None:
        assert not re.search(r"\d+ ?(giờ|h)", ends[0]), ends
        return
    assert any(form in ends[0] for form in _clocks(record["end_time"])), ends
    check_duration(record)
    after = facts.day + timedelta(days=1)
    crossed = "hôm sau" in ends[0] or any(form in ends[0] for form in _dates(after))
    assert crossed == facts.end_next_day, ends


def _any_phrase(text: str, template: str, n: int) -> bool:
    return any(template.format(n=form) in text for form in _counts(n))


def _check_absences(text: str, facts: Facts) -> None:
    absent = facts.excused + facts.unexcused
    if absent == 0:
        assert "Vắng: không." in text or "không ai vắng" in text
        return
    assert _any_phrase(text, "ắng: {n} đồng chí", absent) or _any_phrase(
        text, "vắng {n} đồng chí", absent
    )
    if is_fully_named(facts):
        check_named_absentees(text, facts, r"(?: \(|: )([^)\n]*)")
    else:
        check_absence_reasons(text, facts, _counts, "có lý do", "không lý do")


def _check_counts(markup: str, record: dict[str, Any], facts: Facts) -> None:
    text = to_plain_text(markup)
    counts = record["attendance"]
    assert _any_phrase(text, "Tổng số đảng viên trong chi bộ: {n} đồng chí", facts.total) or (
        _any_phrase(text, "Tổng số đảng viên: {n} đồng chí", facts.total)
    )
    due = counts["total_members"] - (counts["exempt"] or 0)
    present = counts["present"]
    assert any(
        _any_phrase(text, template, present)
        for template in ("dự họp: {n} đồng chí", "có mặt {n} đồng chí")
    ) or any(
        f"Có mặt: {p}/{d} đồng chí" in text
        for p, d in zip(_counts(present), _counts(due), strict=True)
    )
    if counts["exempt"] is None:
        assert "miễn" not in text.lower()
    elif counts["exempt"] == 0:
        assert "miễn sinh hoạt: không" in text or "không có đồng chí miễn sinh hoạt" in text
    else:
        assert _any_phrase(text, "miễn sinh hoạt: {n} đồng chí (", counts["exempt"]) or (
            _any_phrase(text, "miễn sinh hoạt {n} đồng chí", counts["exempt"])
        )
    _check_absences(text, facts)
    if record["vote"]:
        _check_vote(text, record["vote"]["agree"], record["vote"]["total"], present)


def _check_vote(text: str, agree: int, total: int, present: int) -> None:
    ratio = any(f"{a}/{t}" in text for a, t in zip(_counts(agree), _counts(total), strict=True))
    unanimous = agree == total == present and _any_phrase(
        text, "{n} đồng chí có mặt nhất trí 100%", agree
    )
    split = any(
        f"{a} đồng chí nhất trí, {d} đồng chí không nhất trí" in text
        for a, d in zip(_counts(agree), _counts(total - agree), strict=True)
    )
    assert ratio or unanimous or split, (agree, total)


def _check_people(markup: str, record: dict[str, Any]) -> None:
    text = to_plain_text(markup)
    check_people_named(text, record)
    signature = markup.rstrip().splitlines()[-1]
    assert signature == f"{record['secretary']} || {record['chair']}"


def _check_content(markup: str, record: dict[str, Any], facts: Facts, family: str) -> None:
    text = to_plain_text(markup)
    joined = " ".join(text.splitlines())
    for item in record["resolutions"]:
        assert item.rstrip(".") in joined, item
    if record["thematic_title"]:
        quoted = (
            f"“{record['thematic_title']}”" if family == "K" else f'"{record["thematic_title"]}"'
        )
        assert quoted in text
    check_speakers_and_topics(
        text,
        record,
        facts,
        shows_count=lambda n: _any_phrase(text.lower(), "có {n} ", n),
        topic_words=TOPIC_WORDS,
        topic_text=joined,
    )


@pytest.mark.parametrize("family", ["K", "L"])
@pytest.mark.parametrize("seed", SEEDS)
def test_truth_agrees_with_printed_text(seed: int, family: str) -> None:
    facts, markup, record = _heldout(seed, family)
    _check_when(markup, record, facts, family)
    _check_counts(markup, record, facts)
    _check_people(markup, record)
    _check_content(markup, record, facts, family)
    check_type(markup, record)
    check_next_meeting(markup, record, facts, _dates, lambda: _opening(markup, family))


@pytest.mark.parametrize("family", ["K", "L"])
def test_make_minutes_writes_the_family_deterministically(family: str) -> None:
    assert_written_deterministically(heldout3.write_minutes, family)


def test_k_and_l_are_opt_in() -> None:
    assert later_heldout_families() == ["K", "L"]
    assert heldout_families() == ["I", "J"]
    assert families() == ["A", "B", "C", "D", "E", "F"]
    assert all_families()[10:12] == ["K", "L"]
    for seed in range(40):
        markup, _ = make_minutes(random.Random(seed))
        assert "A. PHẦN THỦ TỤC" not in markup and "Kỳ họp tới vào" not in markup


def test_the_families_vary_within_themselves() -> None:
    """Each secretary has habits, not one fixed text: the variants all occur over the seeds."""
    texts = heldout_markups(heldout3.write_minutes, "KL")
    joined = {family: "\n".join(markups) for family, markups in texts.items()}
    k_needles = ["A. PHẦN THỦ TỤC", "I. PHẦN MỞ ĐẦU", "- Thời gian bắt đầu:", "- Ngày họp:"]
    k_needles += ["điều hành hội nghị", "phát biểu: ", "Ý kiến của đồng chí", "a) ", "(đạt 100%)"]
    k_needles += ["(phụ trách: ", "miễn sinh hoạt", "Hội nghị kết thúc: ", "(01 có lý do, 01"]
    for needle in k_needles:
        assert needle in joined["K"], needle
    assert re.search(r"- Thời gian bắt đầu: \d+ giờ \d\d, ngày \d\d-\d\d-\d{4}\.", joined["K"])
    l_needles = ["Nghị quyết:", "+ ", "tấn/ha", "Kỳ họp tới vào ngày", "Mời dự:", "Số "]
    l_needles += ["có mặt hai mươi", "tối", "Vắng: đ/c", "có mặt nhất trí 100%", "Tan họp"]
    for needle in l_needles:
        assert needle in joined["L"], needle
    assert re.search(r"^Số \d+-BB/CB \|\|", joined["L"], re.MULTILINE)


def test_l_runs_one_resolution_on_to_a_second_line() -> None:
    broken = 0
    for seed in range(60):
        _, markup, record = _heldout(seed, "L")
        lines = to_plain_text(markup).splitlines()
        for item in record["resolutions"]:
            if not any(item in line for line in lines):
                start = next(
                    i
                    for i, line in enumerate(lines)
                    if line.startswith("+ ") and item.startswith(line[2:])
                )
                assert not lines[start + 1].startswith("+")
                assert f"{lines[start][2:]} {lines[start + 1]}".rstrip(".") == item
                broken += 1
    assert broken >= 20


def test_truth_of_a_k_l_corpus_honours_the_schema(
    tmp_path: Path, record_schema: dict[str, Any]
) -> None:
    generate_clean_corpus(tmp_path / "kl", "KL", record_schema)
    assert_corpus_deterministic(tmp_path / "a", tmp_path / "b", count=4, families="KL")

"""The held-out families W and X: opt-in, deterministic, and their truth agrees with the page.

HELD-OUT: people who write or tune extraction rules must not read this file (it shows W and X).

The checks read the printed text the way a careful person would, never through the product's
extractors: each value of the expected record must be visible on the page in some written form.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from bienban.corpus import heldout9
from bienban.corpus.content import (
    all_families,
    families,
    fresh_heldout_families,
    heldout_w_x_families,
    make_minutes,
)
from bienban.corpus.facts import Facts
from bienban.corpus.heldout9_phrases import count, write_clock, write_date
from bienban.corpus.markup import to_plain_text
from tests.corpus.helpers import (
    assert_corpus_deterministic,
    assert_written_deterministically,
    check_duration,
    check_next_meeting,
    check_people_named,
    check_speakers_and_topics,
    check_type,
    generate_clean_corpus,
    heldout_case,
    heldout_markups,
)

SEEDS = range(120)
CLOCK_STYLES = {"W": ("gio_bare", "colon"), "X": ("g", "g_period")}
DATE_STYLES = {"W": ("dot", "dot_padded"), "X": ("slash_padded", "spelled")}
COUNT_STYLES = ("digits_words", "words_digits", "words")
TOPIC_WORDS = {
    "current_affairs": ("thời sự",),
    "directives": ("quán triệt", "chỉ đạo"),
    "review": ("kết quả thực hiện nghị quyết tháng",),
    "plan": ("nhiệm vụ tháng", "thực hiện:", "việc cần làm ngay"),
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


def _heldout(seed: int, family: str) -> tuple[Facts, str, dict[str, Any]]:
    return heldout_case(heldout9.write_minutes, seed, family)


def _counts(n: int) -> list[str]:
    return [str(n), f"{n:02d}"] + [count(n, style=style) for style in COUNT_STYLES]


def _dates(day: date, family: str) -> list[str]:
    return [write_date(day, style=style) for style in DATE_STYLES[family]]


def _clocks(hhmm: str, family: str) -> list[str]:
    hour, minute = (int(part) for part in hhmm.split(":"))
    return [write_clock(hour, minute, style=style) for style in CLOCK_STYLES[family]]


def _opening(markup: str, family: str) -> str:
    lines = to_plain_text(markup).splitlines()
    lead = ("Bắt đầu ", "Cuộc họp bắt đầu") if family == "W" else ("Vào lúc ", "Hôm nay, ")
    return next(line for line in lines if line.startswith(lead))


def _check_when(markup: str, record: dict[str, Any], facts: Facts, family: str) -> None:
    opening = _opening(markup, family)
    assert any(form in opening for form in _dates(facts.day, family)), opening
    assert any(form in opening for form in _clocks(record["start_time"], family)), opening
    ends = [line for line in to_plain_text(markup).splitlines() if " kết thúc " in line]
    if record["end_time"] is None:
        assert not ends, ends
        return
    check_duration(record)
    assert len(ends) == 1, ends
    assert any(form in ends[0] for form in _clocks(record["end_time"], family)), ends
    after = _dates(facts.day + timedelta(days=1), family)
    assert any(form in ends[0] for form in after) == facts.end_next_day, ends
    assert ("cùng ngày" in ends[0]) != facts.end_next_day, ends


def test_clocks_read_back_to_one_time() -> None:
    seen: dict[str, tuple[int, int]] = {}
    for hour in range(24):
        for minute in range(0, 60, 5):
            for style in CLOCK_STYLES["W"] + CLOCK_STYLES["X"]:
                said = write_clock(hour, minute, style=style)
                assert seen.setdefault(said, (hour, minute)) == (hour, minute), said
    assert write_clock(19, 30, style="g_period") == "7g30 tối"
    assert write_clock(0, 20, style="g_period") == "0g20 đêm"
    assert write_clock(19, 5, style="colon") == "19:05"


def _shown(text: str, label: str, n: int) -> bool:
    return any(f"{label}{form}" in text for form in _counts(n))


def _check_counts(markup: str, text: str, record: dict[str, Any], facts: Facts) -> None:
    counts = record["attendance"]
    exempt = counts["exempt"]
    row = [counts["total_members"], counts["present"], facts.excused, facts.unexcused]
    if exempt is not None:
        row.insert(1, exempt)
    if "| Tổng số đảng viên |" in markup:
        assert "| " + " | ".join(map(str, row)) + " |" in markup
        assert ("Miễn sinh hoạt" in markup) == (exempt is not None)
        return
    totals = ("Đảng viên của chi bộ: ", "Tổng số đảng viên trong chi bộ: ")
    assert any(_shown(text, t, counts["total_members"]) for t in totals)
    assert any(_shown(text, t, counts["present"]) for t in ("có mặt ", "Hiện diện: "))
    if exempt is None:
        assert "miễn" not in text.lower()
    elif exempt == 0:
        assert "không có đồng chí nào" in text.lower() and "miễn sinh hoạt" in text
    else:
        assert any(_shown(text, t, exempt) for t in ("miễn sinh hoạt ", "miễn sinh hoạt: "))
    absent = facts.excused + facts.unexcused
    if not absent:
        assert "vắng: không" in text.lower()
    else:
        assert any(_shown(text, t, absent) for t in ("vắng ", "Vắng "))


def _check_absentees(markup: str, facts: Facts) -> None:
    if not facts.absentees or len(facts.absentees) != facts.excused + facts.unexcused:
        return
    for person in facts.absentees:
        line = next(line for line in markup.splitlines() if person.name in line)
        after = line.split(person.name, 1)[1].split(";")[0]
        assert person.reason in after, line
        excused = "| có |" in after or "(có xin phép)" in after
        assert excused == person.excused, line


def _check_vote(text: str, record: dict[str, Any]) -> None:
    if record["vote"] is None:
        assert "biểu quyết" not in text.lower() and "phiếu" not in text
        return
    agree, total = record["vote"]["agree"], record["vote"]["total"]
    forms = (
        f"đồng ý {agree}, không đồng ý {total - agree}, trên {total} đảng viên",
        f"kết nạp: đồng ý {agree}/{total}",
        f"phát ra {total} phiếu, đồng ý kỷ luật {agree} phiếu",
        f"thống nhất {agree}/{total} đảng viên",
    )
    assert any(form in text for form in forms)


def _check_people(markup: str, record: dict[str, Any], family: str) -> None:
    text = to_plain_text(markup)
    check_people_named(text, record)
    last = markup.rstrip().splitlines()[-1]
    chair, clerk = record["chair"], record["secretary"]
    assert last == (f"{clerk} || {chair}" if family == "W" else f"Đ/c {chair} || Đ/c {clerk}")
    if family == "W":
        assert f"Chủ trì | Đ/c {chair} " in markup or f"Đ/c {chair} (" in text
        assert f"Thư ký | Đ/c {clerk}" in markup or f"đ/c {clerk}" in text
    else:
        assert f"Chủ tọa buổi họp: đ/c {chair}," in text or f"Đ/c {chair} (" in text
        assert f"Thư ký buổi họp: đ/c {clerk}" in text or f"đ/c {clerk}" in text


@pytest.mark.parametrize("family", ["W", "X"])
@pytest.mark.parametrize("seed", SEEDS)
def test_truth_agrees_with_printed_text(seed: int, family: str) -> None:
    facts, markup, record = _heldout(seed, family)
    text = to_plain_text(markup)
    joined = " ".join(text.splitlines())
    _check_when(markup, record, facts, family)
    _check_counts(markup, text, record, facts)
    _check_absentees(markup, facts)
    _check_vote(text, record)
    _check_people(markup, record, family)
    for item in record["resolutions"]:
        assert item.rstrip(".") in joined, item
    if record["thematic_title"]:
        assert f"“{record['thematic_title']}”" in text
    check_speakers_and_topics(
        text,
        record,
        facts,
        shows_count=lambda n: _shown(text, "Số đồng chí phát biểu: ", n),
        topic_words=TOPIC_WORDS,
        topic_text=joined,
    )
    check_type(markup, record)
    check_next_meeting(
        markup, record, facts, lambda day: _dates(day, family), lambda: _opening(markup, family)
    )


@pytest.mark.parametrize("family", ["W", "X"])
def test_make_minutes_writes_the_family_deterministically(family: str) -> None:
    assert_written_deterministically(heldout9.write_minutes, family)


def test_w_and_x_are_opt_in() -> None:
    assert heldout_w_x_families() == ["W", "X"]
    assert fresh_heldout_families() == ["U", "V"]
    assert families() == ["A", "B", "C", "D", "E", "F"]
    assert all_families()[10:24] == list("KLMNOPQRSTUVWX")
    for seed in range(40):
        markup, _ = make_minutes(random.Random(seed))
        assert "A/ THÀNH PHẦN" not in markup and "* Phần thứ " not in markup


def test_the_families_vary_within_themselves() -> None:
    """Each secretary has habits, not one fixed text: the variants all occur over the seeds."""
    joined = {f: "\n".join(m) for f, m in heldout_markups(heldout9.write_minutes, "WX").items()}
    w_needles = ["Số: ", "-BB/CB", "/BB-CB", "^(Định kỳ tháng ", "^Kỳ sinh hoạt tháng "]
    w_needles += ["| Tổng số đảng viên |", "Đảng viên của chi bộ: ", "| STT |", "Khách mời: "]
    w_needles += ["| Bắt đầu |", "Cuộc họp bắt đầu vào ", " giờ ", ":", "+ Ý kiến của đ/c "]
    w_needles += [
        " góp ý: ",
        "<<page>>\nD/ ",
        "\n(a) ",
        "\n1/ ",
        "Lịch họp kỳ tới: ",
        "(qua nửa đêm)",
    ]
    w_needles += ["THƯ KÝ CUỘC HỌP || CHỦ TRÌ", "NGƯỜI LẬP BIÊN BẢN", "Đảng phí nộp kỳ này"]
    for needle in w_needles:
        assert needle in joined["W"], needle
    x_needles = ["Số: ", "Vào lúc ", "Hôm nay, ", "g", " tối", " tháng ", "Chủ tọa buổi họp: "]
    x_needles += [") chủ tọa;", "Hiện diện: ", "(có xin phép)", "Vắng: không.", "Có sự tham dự"]
    x_needles += ["* Phần thứ nhất: ", "Tiếp theo, đ/c ", "Thứ nhất: ", "◦ ", "^(Trang 2)"]
    x_needles += ["Buổi họp tới dự kiến", "(sang ngày ", "TM. CHI BỘ", "CHỦ TỌA || THƯ KÝ"]
    for needle in x_needles:
        assert needle in joined["X"], needle


def test_truth_of_a_w_x_corpus_honours_the_schema(
    tmp_path: Path, record_schema: dict[str, Any]
) -> None:
    for family in "WX":
        generate_clean_corpus(tmp_path / family, family, record_schema)
    assert_corpus_deterministic(tmp_path / "a", tmp_path / "b", count=4, families="WX")

"""The held-out families Q and R: opt-in, deterministic, and their truth agrees with the page.

HELD-OUT: people who write or tune extraction rules must not read this file (it shows Q and R).

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

from bienban.corpus import heldout6
from bienban.corpus.content import (
    all_families,
    families,
    final_heldout_families,
    make_minutes,
    newest_heldout_families,
)
from bienban.corpus.facts import Facts
from bienban.corpus.heldout6_phrases import write_clock, write_date
from bienban.corpus.markup import to_plain_text
from bienban.corpus.words import number_in_words
from tests.corpus.helpers import (
    assert_corpus_deterministic,
    assert_written_deterministically,
    check_duration,
    check_named_absentees,
    check_next_meeting,
    check_people_named,
    check_type,
    generate_clean_corpus,
    heldout_case,
    heldout_markups,
)

SEEDS = range(120)
CLOCK_STYLES = {"Q": ("gio_pad", "h_apos", "gio_phut"), "R": ("gio_phut", "h")}
DATE_STYLES = ("slash", "slash_daypad", "slash_padded", "words", "words_padded")
TOPIC_WORDS = {
    "current_affairs": ("thời sự",),
    "directives": ("quán triệt", "triển khai", "chỉ đạo", "công điện"),
    "review": ("thực hiện nghị quyết tháng",),
    "plan": ("nhiệm vụ tháng", "công việc trọng tâm tháng", "nhiệm vụ trước mắt", "việc cần làm"),
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
_LEADER = re.compile(r"…+\.?|\.{3,}")


def _heldout(seed: int, family: str) -> tuple[Facts, str, dict[str, Any]]:
    return heldout_case(heldout6.write_minutes, seed, family)


def _plain(markup: str) -> str:
    """The printed text, table rows with their cells between bars, and R's leader dots taken
    out of its filled-in blanks."""
    lines = [line if line.startswith("| ") else to_plain_text(line) for line in markup.splitlines()]
    return _LEADER.sub("", "\n".join(line for line in lines if line))


def _counts(n: int) -> list[str]:
    """Every way Q and R write a count."""
    return [str(n), f"{n:02d}", f"{number_in_words(n)} ({n:02d})" if n else "không"]


def _any_phrase(text: str, template: str, n: int) -> bool:
    return any(template.format(n=form) in text for form in _counts(n))


def _dates(day: date) -> list[str]:
    return [write_date(day, style=style) for style in DATE_STYLES]


def _clocks(hhmm: str, family: str) -> set[str]:
    hour, minute = (int(part) for part in hhmm.split(":"))
    return {write_clock(hour, minute, style=style) for style in CLOCK_STYLES[family]}


def _opening(markup: str, family: str) -> str:
    """Q: the line with the opening clock; R: the field with the start."""
    lead = ("Khai mạc lúc ", "Chi bộ họp lúc ") if family == "Q" else ("Thời gian bắt đầu: ",)
    lead += ("Bắt đầu lúc: ",) if family == "R" else ()
    return next(line for line in _plain(markup).splitlines() if line.startswith(lead))


def _check_when(markup: str, record: dict[str, Any], facts: Facts, family: str) -> None:
    opening = _opening(markup, family)
    assert any(form in opening for form in _dates(facts.day)), opening
    assert any(form in opening for form in _clocks(record["start_time"], family)), opening
    lines = _plain(markup).splitlines()
    ends = [line for line in lines if "bế mạc lúc" in line or "kết thúc" in line.lower()]
    if record["end_time"] is None:
        assert all(line.strip() == "Thời gian kết thúc:" for line in ends), ends
        return
    assert len(ends) == 1, ends
    assert any(form in ends[0] for form in _clocks(record["end_time"], family)), ends
    check_duration(record)
    crossed = any(form in ends[0] for form in _dates(facts.day + timedelta(days=1)))
    assert crossed == facts.end_next_day and ("cùng ngày" in ends[0]) != crossed, ends


def _check_counts(text: str, record: dict[str, Any]) -> None:
    counts = record["attendance"]
    totals = ("| Tổng số | {n} |", "Đảng viên toàn chi bộ: {n}", "Chi bộ có {n} đảng viên")
    totals += ("Tổng số đảng viên của chi bộ: {n} đồng chí",)
    assert any(_any_phrase(text, template, counts["total_members"]) for template in totals)
    presents = ("| Có mặt | {n} |", "Có mặt {n}/", "hiện diện {n} đồng chí")
    presents += ("Số đảng viên có mặt: {n} đồng chí",)
    assert any(_any_phrase(text, template, counts["present"]) for template in presents)
    exempt = counts["exempt"]
    if exempt is None:
        assert "miễn" not in text.lower()
        return
    templates = ("| Miễn sinh hoạt | {n} |", "miễn sinh hoạt {n}, phải dự")
    templates += ("được miễn sinh hoạt: {n}", "trong đó {n} đồng chí được miễn")
    if exempt == 0:
        templates += ("không có đồng chí nào được miễn",)
    assert any(_any_phrase(text, template, exempt) for template in templates)


def _check_absences(text: str, facts: Facts) -> None:
    absent = facts.excused + facts.unexcused
    table = all(
        _any_phrase(text, f"| {label} | {{n}} |", n)
        for label, n in (("Vắng có lý do", facts.excused), ("Vắng không lý do", facts.unexcused))
    )
    if absent == 0:
        nobody = ("Không có đồng chí nào vắng.", "vắng mặt: không", "không ai vắng.")
        assert table or any(phrase in text for phrase in nobody)
        return
    shown = ("Vắng {n} đồng chí", "vắng mặt: {n} đồng chí", "vắng {n} đồng chí")
    assert table or any(_any_phrase(text, template, absent) for template in shown)
    if facts.absentees and len(facts.absentees) == absent:
        check_named_absentees(text, facts, r" (?:\(|\| )([^)|]*)")
        return
    if facts.excused and facts.unexcused:
        pairs = zip(_counts(facts.excused), _counts(facts.unexcused), strict=True)
        split = [f"{e} có lý do, {u} không lý do" for e, u in pairs]
        pairs = zip(_counts(facts.excused), _counts(facts.unexcused), strict=True)
        split += [f"(có lý do: {e}; không lý do: {u})" for e, u in pairs]
    elif facts.excused:
        split = [", đều có lý do.", " (có lý do)."]
    else:
        split = [", đều không có lý do.", " (không lý do)."]
    assert table or any(form in text for form in split)


def _check_vote(text: str, record: dict[str, Any]) -> None:
    if record["vote"] is None:
        assert "biểu quyết" not in text.lower() and "phiếu" not in text
        return
    agree, total = record["vote"]["agree"], record["vote"]["total"]
    forms = (
        f"{agree}/{total} ",
        f"tổng số {total} đồng chí biểu quyết; đồng ý {agree};",
        f"{agree} đồng chí tán thành trên tổng số {total} đồng chí biểu quyết",
        f"biểu quyết: {total}; tán thành: {agree}.",
        f"phát ra {total} phiếu, tán thành {agree} phiếu",
    )
    assert any(form in text for form in forms)


def _check_people(markup: str, record: dict[str, Any], family: str) -> None:
    check_people_named(_plain(markup), record)
    names = (record["chair"], record["secretary"])
    left, right = names if family == "Q" else names[::-1]
    assert markup.rstrip().splitlines()[-1] == f"{left} || {right}"


def _check_speakers(text: str, record: dict[str, Any], facts: Facts) -> None:
    stated = facts.stated_speakers
    if stated is not None:
        assert record["speakers"] == stated
        if stated == 0:
            assert any(
                p in text.lower() for p in ("không có đồng chí nào phát biểu", "không ai phát")
            )
        else:
            forms = ("Có {n} ý kiến", "Số ý kiến phát biểu: {n};", "Tổng số ý kiến: {n}.")
            assert any(_any_phrase(text, form, stated) for form in forms)
    else:
        assert record["speakers"] == len(facts.speeches)
    for speech in facts.speeches if not facts.sections.get("summarise") else []:
        assert speech.speaker in text, speech.speaker


def _check_content(markup: str, record: dict[str, Any], facts: Facts) -> None:
    text = _plain(markup)
    joined = " ".join(text.splitlines())
    for item in record["resolutions"]:
        assert item.rstrip(".") in joined, item
    if record["thematic_title"]:
        assert record["thematic_title"] in text
    _check_speakers(text, record, facts)
    for topic in record["topics"]:
        assert any(word in joined.lower() for word in TOPIC_WORDS[topic]), topic
    assert "<<" not in text and "||" not in text


@pytest.mark.parametrize("family", ["Q", "R"])
@pytest.mark.parametrize("seed", SEEDS)
def test_truth_agrees_with_printed_text(seed: int, family: str) -> None:
    facts, markup, record = _heldout(seed, family)
    text = _plain(markup)
    _check_when(markup, record, facts, family)
    _check_counts(text, record)
    _check_absences(text, facts)
    _check_vote(text, record)
    _check_people(markup, record, family)
    _check_content(markup, record, facts)
    check_type(markup, record)
    check_next_meeting(
        markup.replace("…", ""), record, facts, _dates, lambda: _opening(markup, family)
    )


@pytest.mark.parametrize("family", ["Q", "R"])
def test_make_minutes_writes_the_family_deterministically(family: str) -> None:
    assert_written_deterministically(heldout6.write_minutes, family)


def test_q_and_r_are_opt_in() -> None:
    assert final_heldout_families() == ["Q", "R"]
    assert newest_heldout_families() == ["O", "P"]
    assert families() == ["A", "B", "C", "D", "E", "F"]
    assert all_families()[10:18] == ["K", "L", "M", "N", "O", "P", "Q", "R"]
    for seed in range(40):
        markup, _ = make_minutes(random.Random(seed))
        assert "BIÊN BẢN CUỘC HỌP CHI BỘ" not in markup and "Bước 1" not in markup
        assert "Mục 1: " not in markup and "Tổng số ý kiến" not in markup


def test_the_families_vary_within_themselves() -> None:
    """Each secretary has habits, not one fixed text: the variants all occur over the seeds."""
    texts = heldout_markups(heldout6.write_minutes, "QR")
    joined = {family: "\n".join(markups) for family, markups in texts.items()}
    q_needles = ["Số: 0", "/BB-CB ||", "Số 0", "* ||", "Khai mạc lúc ", "Chi bộ họp lúc ", "h30'"]
    q_needles += ["Chủ trì: Bí thư chi bộ ", "Chủ trì: Phó Bí thư chi bộ ", "được cử làm thư ký"]
    q_needles += ["Bước 1. Khai mạc", "BƯỚC 1: KHAI MẠC", "Bước 1 – Khai mạc", "| Tổng số | "]
    q_needles += ["| STT | Họ và tên | Lý do |", "Đảng viên toàn chi bộ: ", ", đều có lý do."]
    q_needles += ["Không có đồng chí nào vắng.", "Đại biểu cấp trên: ", "a/ ", "Kết luận\n"]
    q_needles += ["Kết quả biểu quyết: ", "không đồng ý 0;", "/100 điểm", "Kỳ họp sau dự kiến"]
    q_needles += ["ngày hôm sau, ", "lập thành 0", "CHỦ TRÌ CUỘC HỌP", "(Đã ký) || (Đã ký)"]
    q_needles += [
        "T/M CHI BỘ || NGƯỜI GHI BIÊN BẢN",
        "Số ý kiến phát biểu: ",
        "(tổ trưởng tổ đảng)",
    ]
    for needle in q_needles:
        assert needle in joined["Q"], needle
    r_needles = ["ngày …", "…….", ".....", "Thời gian bắt đầu: ", "Bắt đầu lúc: ", "Tại: "]
    r_needles += ["Người chủ trì: ", "Người ghi biên bản: ", "; chức vụ: chi ủy viên", "hiện diện"]
    r_needles += ["Thành phần:\n", "- Họ tên đảng viên vắng: ", "không ai vắng", "(có lý do: "]
    r_needles += ["NỘI DUNG CUỘC HỌP", "CÁC NỘI DUNG ĐÃ TIẾN HÀNH", "Mục 1: Nội dung chuyên đề"]
    r_needles += [
        "Tên chuyên đề: ",
        " ý kiến: ",
        "Ý kiến đ/c ",
        "\n* ",
        "giơ tay",
        "không tán thành",
    ]
    r_needles += ["Tổng số ý kiến: ", "Thời gian kết thúc: ", "Cuộc họp kết thúc lúc ", " (0"]
    r_needles += ["Người ghi biên bản || Người chủ trì", "THƯ KÝ || BÍ THƯ CHI BỘ"]
    for needle in r_needles:
        assert needle in joined["R"], needle
    assert re.search(r"^Thời gian kết thúc: [.…]+$", joined["R"], re.M)
    assert re.search(r"^Đ/c [^:\n]+:\n[A-ZĐ]", joined["Q"], re.M)


@pytest.mark.parametrize(("family", "mark"), [("Q", "Bước"), ("R", "Mục")])
def test_parts_are_numbered_in_order(family: str, mark: str) -> None:
    for seed in range(40):
        _, markup, _ = _heldout(seed, family)
        numbers = [int(n) for n in re.findall(rf"^{mark} (\d+)", markup, re.M | re.I)]
        assert numbers == list(range(1, len(numbers) + 1)) and len(numbers) >= 3, numbers


def test_truth_of_a_q_r_corpus_honours_the_schema(
    tmp_path: Path, record_schema: dict[str, Any]
) -> None:
    generate_clean_corpus(tmp_path / "qr", "QR", record_schema)
    assert_corpus_deterministic(tmp_path / "a", tmp_path / "b", count=4, families="QR")

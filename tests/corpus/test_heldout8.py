"""The held-out families U and V: opt-in, deterministic, and their truth agrees with the page.

HELD-OUT: people who write or tune extraction rules must not read this file (it shows U and V).

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

from bienban.corpus import heldout8
from bienban.corpus.content import (
    all_families,
    families,
    fresh_heldout_families,
    last_heldout_families,
    make_minutes,
)
from bienban.corpus.facts import Facts
from bienban.corpus.heldout8_phrases import write_clock, write_date
from bienban.corpus.markup import to_plain_text
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
CLOCK_STYLES = {"U": ("spoken", "twelve_phut"), "V": ("h_tick", "gio_tick")}
DATE_STYLES = {"U": ("dash_daypad", "mong_words"), "V": ("slash", "month_words")}
TOPIC_WORDS = {
    "current_affairs": ("thời sự",),
    "directives": ("quán triệt", "triển khai", "chỉ đạo"),
    "review": ("kết quả thực hiện nghị quyết tháng",),
    "plan": ("nhiệm vụ tháng", "nhiệm vụ trước mắt", "việc cần làm ngay"),
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
    return heldout_case(heldout8.write_minutes, seed, family)


def _plain(markup: str) -> str:
    return to_plain_text(markup)


def _counts(n: int) -> list[str]:
    return [str(n), f"{n:02d}"]


def _any_phrase(text: str, template: str, n: int) -> bool:
    return any(template.format(n=form) in text for form in _counts(n))


def _dates(day: date, family: str = "UV") -> list[str]:
    styles = [style for name in family for style in DATE_STYLES[name]]
    return [write_date(day, style=style) for style in styles]


def _clocks(hhmm: str, family: str) -> set[str]:
    hour, minute = (int(part) for part in hhmm.split(":"))
    return {write_clock(hour, minute, style=style) for style in CLOCK_STYLES[family]}


def _opening(markup: str, family: str) -> str:
    """U: the line with the start; V: the sentence that opens the minutes."""
    lines = _plain(markup).splitlines()
    if family == "U":
        return next(line for line in lines if line.startswith("1.1. "))
    return next(line for line in lines if " ngày " in line and (" hồi " in line or "Đúng " in line))


def _check_when(markup: str, record: dict[str, Any], facts: Facts, family: str) -> None:
    opening = _opening(markup, family)
    assert any(form in opening for form in _dates(facts.day, family)), opening
    assert any(form in opening for form in _clocks(record["start_time"], family)), opening
    ends = [
        line for line in _plain(markup).splitlines() if " kết thúc lúc " in line or "bế mạc" in line
    ]
    if record["end_time"] is None:
        assert not ends, ends
        return
    check_duration(record)
    assert len(ends) == 1, ends
    closing = ends[0]
    assert any(form in closing for form in _clocks(record["end_time"], family)), closing
    after = _dates(facts.day + timedelta(days=1), family)
    assert any(form in closing for form in after) == facts.end_next_day, closing
    assert ("cùng ngày" in closing) != facts.end_next_day, closing


def _clock_is_unambiguous() -> None:
    """A spoken 12-hour clock names its part of the day, so each reads back to one time."""
    seen: dict[str, tuple[int, int]] = {}
    for hour in range(24):
        for minute in range(0, 60, 5):
            for style in CLOCK_STYLES["U"] + CLOCK_STYLES["V"]:
                said = write_clock(hour, minute, style=style)
                assert seen.setdefault(said, (hour, minute)) == (hour, minute), said


def test_clocks_read_back_to_one_time() -> None:
    _clock_is_unambiguous()
    assert write_clock(19, 30, style="spoken") == "7 giờ rưỡi tối"
    assert write_clock(7, 45, style="spoken") == "8 giờ kém 15 sáng"
    assert write_clock(23, 45, style="spoken") == "12 giờ kém 15 đêm"
    assert write_clock(0, 20, style="twelve_phut") == "0 giờ 20 phút đêm"
    assert write_clock(19, 5, style="h_tick") == "19h05'"


def _check_counts(text: str, record: dict[str, Any], family: str) -> None:
    counts = record["attendance"]
    if family == "U":
        totals = ("Tổng số ĐV của chi bộ: {n} đ/c", "Chi bộ có {n} đảng viên")
        presents = ("có mặt: {n} đ/c", "dự họp {n} đồng chí")
        exempts = ("miễn sinh hoạt: {n} đ/c", "trong đó {n} đồng chí được miễn")
        nobody = ("miễn sinh hoạt: không", "không có đảng viên được miễn sinh hoạt")
    else:
        totals = ("trên tổng số {n} đảng viên", "/{n} đảng viên")
        presents = ("Có mặt {n} trên", "Có mặt: {n}/")
        exempts = (", miễn sinh hoạt {n}.",)
        nobody = ("không có ai miễn sinh hoạt",)
    assert any(_any_phrase(text, t, counts["total_members"]) for t in totals)
    assert any(_any_phrase(text, t, counts["present"]) for t in presents)
    exempt = counts["exempt"]
    if exempt is None:
        assert "miễn" not in text.lower()
    elif exempt == 0:
        assert any(phrase in text for phrase in nobody)
    else:
        assert any(_any_phrase(text, t, exempt) for t in exempts)


def _check_absences(text: str, facts: Facts, family: str) -> None:
    absent = facts.excused + facts.unexcused
    if absent == 0:
        nobody = ("vắng: không.", "không có đồng chí nào vắng", "Vắng mặt: không có.")
        assert any(phrase in text for phrase in nobody)
        return
    if family == "V":
        assert _any_phrase(text, "Vắng mặt {n} đồng chí", absent)
    else:
        assert _any_phrase(text, "vắng: {n} đ/c", absent) or _any_phrase(
            text, "vắng {n} đồng chí", absent
        )
    if facts.absentees and len(facts.absentees) == absent:
        check_named_absentees(text, facts, r"(?:: | \()([^;)\n]*)")
        for person in facts.absentees:
            found = re.search(rf"{person.name}(?:: | \()([^;)\n]*)", text)
            assert found and ("– có lý do" in found[1]) == person.excused, found
        if family == "V":
            return
    e, u = facts.excused, facts.unexcused
    if family == "U" and e and u:
        assert any(
            f"(có lý do: {a}; không lý do: {b})" in text
            for a, b in zip(_counts(e), _counts(u), strict=True)
        )
    elif family == "V" and e and u:
        assert any(
            f"({a} có lý do, {b} không lý do)" in text
            for a, b in zip(_counts(e), _counts(u), strict=True)
        )
    elif family == "U":
        assert ("có lý do)" if e else "không có lý do)") in text
    else:
        assert ("(có lý do)" if e else "(không lý do)") in text


def _check_vote(text: str, record: dict[str, Any]) -> None:
    if record["vote"] is None:
        assert "biểu quyết" not in text.lower() and "phiếu" not in text
        return
    agree, total = record["vote"]["agree"], record["vote"]["total"]
    forms = (
        f"Biểu quyết: {agree} đ/c nhất trí, {total - agree} đ/c không nhất trí, trên tổng số "
        f"{total} đ/c biểu quyết.",
        f"biểu quyết đề nghị kết nạp: {agree}/{total} đ/c đồng ý.",
        f"{total} phiếu phát ra, {agree} phiếu đồng ý",
        f"Tán thành {agree}, không tán thành {total - agree}, tổng {total} đ/c biểu quyết.",
        f"biểu quyết: {total}, tán thành kết nạp: {agree}.",
        f"bỏ phiếu kín: {agree}/{total} phiếu đồng ý",
    )
    assert any(form in text for form in forms)


def _check_people(markup: str, record: dict[str, Any], family: str) -> None:
    text = _plain(markup)
    check_people_named(text, record)
    last = markup.rstrip().splitlines()[-1]
    pair = ("secretary", "chair") if family == "U" else ("chair", "secretary")
    assert last == f"{record[pair[0]]} || {record[pair[1]]}"
    chair, clerk = record["chair"], record["secretary"]
    if family == "U":
        assert f"Chủ tọa: đồng chí {chair}" in text or f"Đồng chí {chair}, " in text
        assert f"Thư ký: đồng chí {clerk}" in text or f"biên bản: đ/c {clerk}" in text
    else:
        assert f"Chủ trì: đ/c {chair} " in text or f"{chair}, " in text
        assert f"Thư ký: đ/c {clerk}" in text or f"{clerk}" in text.split("ghi biên bản")[0]


def _check_speakers(text: str, record: dict[str, Any], facts: Facts) -> None:
    stated = facts.stated_speakers
    if stated is not None:
        assert record["speakers"] == stated
        if stated == 0:
            nobody = ("không có ý kiến thảo luận thêm", "Không có đồng chí nào phát biểu.")
            assert any(phrase in text for phrase in nobody)
        else:
            forms = (
                "Có {n} đ/c tham gia ý kiến",
                "Có {n} đồng chí phát biểu",
                "Tổng cộng có {n} ý",
            )
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
        assert f"“{record['thematic_title']}”" in text
    _check_speakers(text, record, facts)
    for topic in record["topics"]:
        assert any(word in joined.lower() for word in TOPIC_WORDS[topic]), topic
    assert "<<" not in text and "||" not in text


@pytest.mark.parametrize("family", ["U", "V"])
@pytest.mark.parametrize("seed", SEEDS)
def test_truth_agrees_with_printed_text(seed: int, family: str) -> None:
    facts, markup, record = _heldout(seed, family)
    text = _plain(markup)
    _check_when(markup, record, facts, family)
    _check_counts(text, record, family)
    _check_absences(text, facts, family)
    _check_vote(text, record)
    _check_people(markup, record, family)
    _check_content(markup, record, facts)
    check_type(markup, record)
    check_next_meeting(
        markup, record, facts, lambda day: _dates(day, family), lambda: _opening(markup, family)
    )


@pytest.mark.parametrize("family", ["U", "V"])
def test_make_minutes_writes_the_family_deterministically(family: str) -> None:
    assert_written_deterministically(heldout8.write_minutes, family)


def test_u_and_v_are_opt_in() -> None:
    assert fresh_heldout_families() == ["U", "V"]
    assert last_heldout_families() == ["S", "T"]
    assert families() == ["A", "B", "C", "D", "E", "F"]
    assert all_families()[10:22] == list("KLMNOPQRSTUV")
    for seed in range(40):
        markup, _ = make_minutes(random.Random(seed))
        assert "1.1. " not in markup and "2.3. " not in markup
        assert "Vắng mặt: không có." not in markup and "Về dự có: " not in markup


def test_the_families_vary_within_themselves() -> None:
    """Each secretary has habits, not one fixed text: the variants all occur over the seeds."""
    texts = heldout_markups(heldout8.write_minutes, "UV")
    joined = {family: "\n".join(markups) for family, markups in texts.items()}
    u_needles = ["Số: 0", "* ||", " - BB/CB ||", "^SINH HOẠT CHI BỘ ĐỊNH KỲ THÁNG ", "^Tháng 0"]
    u_needles += [
        "1. THỜI GIAN, ĐỊA ĐIỂM",
        "1. Thời gian, địa điểm",
        "khai mạc lúc ",
        "Bắt đầu lúc ",
    ]
    u_needles += [" giờ rưỡi ", " giờ kém ", " phút sáng", "mồng ", "Chủ tọa: đồng chí "]
    u_needles += [
        ", chủ tọa.",
        "Người ghi biên bản: đ/c",
        "Tổng số ĐV",
        "Chi bộ có ",
        "(đều có lý do)",
    ]
    u_needles += ["Đảng viên vắng mặt:", "Đại biểu dự: ", "Thu đảng phí", " nêu: ", "- Ý kiến đ/c "]
    u_needles += ["\n4.1. ", "Biểu quyết: ", " cùng ngày.", "<<page>>\n4. ", "Biên bản gồm "]
    u_needles += ["NGƯỜI GHI BIÊN BẢN || CHỦ TỌA", "THƯ KÝ || T/M CHI BỘ", "Kỳ sinh hoạt sau"]
    for needle in u_needles:
        assert needle in joined["U"], needle
    v_needles = ["Số ", "/BB ||", "^Kỳ họp thường lệ tháng ", "^BIÊN BẢN HỌP CHI BỘ THÁNG "]
    v_needles += ["Tối thứ ", "Đúng ", "' ngày ", " giờ ", "h", "tháng Mười", "Chủ trì: đ/c "]
    v_needles += [" || Thư ký: đ/c ", "tuyên bố lý do", "Vắng mặt: không có.", "Có mặt: "]
    v_needles += ["trên tổng số ", "Về dự có: ", "I- CHI ỦY BÁO CÁO", "Ý kiến 1 (đ/c ", "(1) Đ/c "]
    v_needles += ["Một là, ", "\n1) ", "Tổng cộng có ", "<<page>>\n^(tiếp theo trang 1)"]
    v_needles += ["VIỆC KHÁC", "Ngày họp tới: ", "rạng ngày ", "\n|| ", "(đã ký) || (đã ký)"]
    v_needles += ["CHỦ TRÌ || THƯ KÝ", "T/M CHI BỘ || NGƯỜI GHI"]
    for needle in v_needles:
        assert needle in joined["V"], needle


@pytest.mark.parametrize(("family", "mark"), [("U", r"(\d)\. "), ("V", r"([IVX]+)- ")])
def test_parts_are_numbered_in_order(family: str, mark: str) -> None:
    order = ["1", "2", "3", "4"] if family == "U" else ["I", "II", "III", "IV", "V", "VI", "VII"]
    for seed in range(40):
        _, markup, _ = _heldout(seed, family)
        numbers = re.findall(rf"^{mark}", markup, re.M)
        assert numbers == order[: len(numbers)] and len(numbers) >= 3, numbers
        if family == "U":
            subs = re.findall(r"^3\.(\d+)\. ", markup, re.M)
            assert subs == [str(i + 1) for i in range(len(subs))] and subs, subs


def test_truth_of_a_u_v_corpus_honours_the_schema(
    tmp_path: Path, record_schema: dict[str, Any]
) -> None:
    for family in "UV":
        generate_clean_corpus(tmp_path / family, family, record_schema)
    assert_corpus_deterministic(tmp_path / "a", tmp_path / "b", count=4, families="UV")

"""The held-out families S and T: opt-in, deterministic, and their truth agrees with the page.

HELD-OUT: people who write or tune extraction rules must not read this file (it shows S and T).

The checks read the printed text the way a careful person would, never through the product's
extractors: each value of the expected record must be visible on the page in some written form.
"""

from __future__ import annotations

import random
import re
from datetime import date, timedelta
from itertools import product
from pathlib import Path
from typing import Any

import pytest

from bienban.corpus import heldout7
from bienban.corpus.content import (
    all_families,
    families,
    final_heldout_families,
    last_heldout_families,
    make_minutes,
)
from bienban.corpus.facts import Facts
from bienban.corpus.heldout7_phrases import write_clock, write_date
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
CLOCK_STYLES = {"S": ("gio_phut", "gio_phut_day"), "T": ("h", "h_spaced", "gio_pad")}
DATE_STYLES = {"S": ("words_daypad", "slash_daypad"), "T": ("dot", "dot_padded", "slash_padded")}
TOPIC_WORDS = {
    "current_affairs": ("thời sự",),
    "directives": ("quán triệt", "triển khai", "chỉ đạo"),
    "review": ("kết quả thực hiện nghị quyết tháng",),
    "plan": ("nhiệm vụ tháng", "nhiệm vụ trước mắt", "việc làm ngay"),
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
    return heldout_case(heldout7.write_minutes, seed, family)


def _plain(markup: str) -> str:
    """The printed text, with table rows keeping their cells between bars."""
    lines = [line if line.startswith("| ") else to_plain_text(line) for line in markup.splitlines()]
    return "\n".join(line for line in lines if line)


def _counts(n: int) -> list[str]:
    """Every way S and T write a count."""
    return [str(n), f"{n:02d}"] + ([number_in_words(n)] if n <= 10 else [])


def _any_phrase(text: str, template: str, n: int) -> bool:
    return any(template.format(n=form) in text for form in _counts(n))


def _dates(day: date, family: str = "ST") -> list[str]:
    styles = [style for name in family for style in DATE_STYLES[name]]
    return [write_date(day, style=style) for style in styles]


def _clocks(hhmm: str, family: str) -> set[str]:
    hour, minute = (int(part) for part in hhmm.split(":"))
    return {write_clock(hour, minute, style=style) for style in CLOCK_STYLES[family]}


def _opening(markup: str, family: str) -> str:
    """S: the sentence that opens with the date; T: the line with the time range."""
    lead = ("Ngày ", "Vào ngày ") if family == "S" else ("Thời gian: ", "Buổi sinh hoạt ")
    return next(line for line in _plain(markup).splitlines() if line.startswith(lead))


def _roll_table(markup: str) -> dict[str, str]:
    """S's roll-call table across the page: each header cell with the count under it."""
    lines = markup.splitlines()
    for index, line in enumerate(lines):
        if line.startswith("| Tổng số đảng viên |"):
            labels, values = (
                [cell.strip() for cell in row.strip("|").split("|")]
                for row in (line, lines[index + 1])
            )
            return dict(zip(labels, values, strict=True))
    return {}


def _check_when(markup: str, record: dict[str, Any], facts: Facts, family: str) -> None:
    opening = _opening(markup, family)
    assert any(form in opening for form in _dates(facts.day, family)), opening
    start = _clocks(record["start_time"], family)
    assert any(form in opening.split(" đến ")[0] for form in start), opening
    ends = [line for line in _plain(markup).splitlines() if "kết thúc" in line]
    if record["end_time"] is None:
        assert not ends and " đến " not in opening, (opening, ends)
        return
    check_duration(record)
    after = _dates(facts.day + timedelta(days=1), family)
    finish = _clocks(record["end_time"], family)
    if family == "S":
        assert len(ends) == 1, ends
        closing = ends[0]
        assert ("cùng ngày" in closing or any(f in closing for f in _dates(facts.day, "S"))) != (
            facts.end_next_day
        ), closing
    else:
        assert len(ends) <= 1, ends
        closing = opening.split(" đến ")[1]
        assert not ends or any(form in ends[0] for form in finish), ends
    assert any(form in closing for form in finish), closing
    assert any(form in closing for form in after) == facts.end_next_day, closing


def _check_counts(markup: str, text: str, record: dict[str, Any], family: str) -> None:
    counts, table = record["attendance"], _roll_table(markup)
    if table:
        assert table["Tổng số đảng viên"] in _counts(counts["total_members"])
        assert table["Có mặt"] in _counts(counts["present"])
        exempt = table.get("Miễn sinh hoạt")
        assert exempt is None if counts["exempt"] is None else exempt in _counts(counts["exempt"])
        return
    if family == "S":
        totals, presents = ("trên tổng số {n} đảng viên",), ("Đảng viên đến dự: {n} đồng chí",)
        exempts = ("miễn sinh hoạt: {n} đồng chí",)
        nobody = "không có đồng chí nào được miễn sinh hoạt"
    else:
        totals, presents, exempts = ("tổng số {n} –",), ("có mặt {n} –",), ("miễn SH {n} –",)
        nobody = "không có đồng chí miễn SH"
    assert any(_any_phrase(text, t, counts["total_members"]) for t in totals)
    assert any(_any_phrase(text, t, counts["present"]) for t in presents)
    exempt = counts["exempt"]
    if exempt is None:
        assert "miễn" not in text.lower()
    elif exempt == 0:
        assert nobody in text
    else:
        assert any(_any_phrase(text, t, exempt) for t in exempts)


def _check_absences(markup: str, text: str, facts: Facts) -> None:
    absent, table = facts.excused + facts.unexcused, _roll_table(markup)
    if table:
        assert table["Vắng có lý do"] in _counts(facts.excused)
        assert table["Vắng không lý do"] in _counts(facts.unexcused)
    elif absent == 0:
        assert "Vắng mặt: không." in text or "không ai vắng" in text
        return
    else:
        shown = ("Vắng mặt: {n} đồng chí", "– vắng {n} (")
        assert any(_any_phrase(text, template, absent) for template in shown)
    if facts.absentees and len(facts.absentees) == absent:
        check_named_absentees(text, facts, r"(?:: | \(| – )([^;)\n]*)")
        return
    if table:
        return
    if facts.excused and facts.unexcused or "Vắng mặt: " in text:
        pairs = product(_counts(facts.excused), _counts(facts.unexcused))
        assert any(f"(có lý do {e}, không lý do {u})" in text for e, u in pairs)
    else:
        assert ("(có lý do)" if facts.excused else "(không lý do)") in text


def _check_vote(text: str, record: dict[str, Any]) -> None:
    if record["vote"] is None:
        assert "biểu quyết" not in text.lower() and "phiếu" not in text
        return
    agree, total = record["vote"]["agree"], record["vote"]["total"]
    forms = (
        f"{agree}/{total} đồng chí",
        f"Số đồng chí tán thành: {agree}; không tán thành: {total - agree}; tổng số biểu "
        f"quyết: {total}.",
        f"Tán thành: {agree} đồng chí – không tán thành: {total - agree} đồng chí – tổng số "
        f"biểu quyết: {total} đồng chí.",
        f"tham gia biểu quyết: {total} đồng chí; đồng ý kết nạp: {agree} đồng chí.",
        f"{agree} phiếu đồng ý trên {total} phiếu.",
        f"{total} phiếu hợp lệ, {agree} phiếu đồng ý",
    )
    assert any(form in text for form in forms)


def _check_people(markup: str, record: dict[str, Any]) -> None:
    check_people_named(_plain(markup), record)
    last = markup.rstrip().splitlines()[-1]
    assert last == f"{record['secretary']} || {record['chair']}"


def _check_speakers(text: str, record: dict[str, Any], facts: Facts) -> None:
    stated = facts.stated_speakers
    if stated is not None:
        assert record["speakers"] == stated
        if stated == 0:
            nobody = ("Không có ý kiến phát biểu;", "Không đồng chí nào có ý kiến thêm.")
            assert any(phrase in text for phrase in nobody)
        else:
            forms = ("Có {n} lượt ý kiến", "Có {n} ý kiến tham gia", "Buổi sinh hoạt có {n} ý kiến")
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


@pytest.mark.parametrize("family", ["S", "T"])
@pytest.mark.parametrize("seed", SEEDS)
def test_truth_agrees_with_printed_text(seed: int, family: str) -> None:
    facts, markup, record = _heldout(seed, family)
    text = _plain(markup)
    _check_when(markup, record, facts, family)
    _check_counts(markup, text, record, family)
    _check_absences(markup, text, facts)
    _check_vote(text, record)
    _check_people(markup, record)
    _check_content(markup, record, facts)
    check_type(markup, record)
    check_next_meeting(
        markup, record, facts, lambda day: _dates(day, family), lambda: _opening(markup, family)
    )


@pytest.mark.parametrize("family", ["S", "T"])
def test_make_minutes_writes_the_family_deterministically(family: str) -> None:
    assert_written_deterministically(heldout7.write_minutes, family)


def test_s_and_t_are_opt_in() -> None:
    assert last_heldout_families() == ["S", "T"]
    assert final_heldout_families() == ["Q", "R"]
    assert families() == ["A", "B", "C", "D", "E", "F"]
    assert all_families()[10:20] == list("KLMNOPQRST")
    for seed in range(40):
        markup, _ = make_minutes(random.Random(seed))
        assert "Thành phần gồm có:" not in markup and "Nơi sinh hoạt:" not in markup
        assert "Ngày họp kỳ tới" not in markup and "Ghi chép: " not in markup


def test_the_families_vary_within_themselves() -> None:
    """Each secretary has habits, not one fixed text: the variants all occur over the seeds."""
    texts = heldout_markups(heldout7.write_minutes, "ST")
    joined = {family: "\n".join(markups) for family, markups in texts.items()}
    s_needles = ["Số: 0", " - BB/CB ||", "/BB-CB ||", "^Họp chi bộ thường kỳ tháng ", "\nNgày "]
    s_needles += ["^Thường kỳ tháng ", "Vào ngày ", " phút tối", "Thành phần gồm có:", "4. Khách"]
    s_needles += ["– Thư ký: đồng chí ", "| Tổng số đảng viên | Miễn sinh hoạt |", "Tỷ lệ đảng"]
    s_needles += ["Đảng viên vắng: ", "(có lý do)", "(có lý do ", "Có sự tham"]
    s_needles += ["I/ ", "Phần I. ", "-NQ/CB ngày ", "- Về tư tưởng: ", "trình bày dự thảo"]
    s_needles += ["| TT | Người phát biểu |", " góp ý: ", " nêu ý kiến: ", "lượt ý kiến"]
    s_needles += ["\na. ", "\n1/ ", "Biểu quyết thông qua: ", "Số đồng chí tán thành: "]
    s_needles += ["Ngày họp kỳ tới: ", " cùng ngày.", "lập thành 0", "(Ký, ghi rõ họ tên)"]
    s_needles += ["THƯ KÝ CUỘC HỌP || CHỦ TRÌ CUỘC HỌP", "NGƯỜI GHI BIÊN BẢN || T/M CHI ỦY"]
    for needle in s_needles:
        assert needle in joined["S"], needle
    t_needles = ["* ||", "Số: 0", "\n ||", "^BIÊN BẢN SINH HOẠT\n^CHI BỘ ", "Thời gian: từ "]
    t_needles += ["Buổi sinh hoạt diễn ra từ ", "Thời gian: bắt đầu từ ", " h ", "h30", " giờ "]
    t_needles += ["Nơi sinh hoạt: ", "Chủ trì, điều hành: ", " – ghi chép biên bản.", "(thứ "]
    t_needles += ["Số lượng đảng viên: ", "Đảng viên: tổng số ", "miễn SH ", "không ai vắng"]
    t_needles += ["(có lý do ", ", gồm: ", "Dự họp với chi bộ có: ", "| TT | Nội dung | Thời"]
    t_needles += ["A/ ", "Ý kiến tham gia vào báo cáo:", " phát biểu: ", "<<page>>\n^- 2 -"]
    t_needles += ["\n– ", "\n1- ", "Chi bộ giơ tay biểu quyết: ", "Tán thành: ", "Xếp loại"]
    t_needles += ["Lịch sinh hoạt kỳ tới: ", "Buổi sinh hoạt kết thúc lúc ", "Buổi sinh hoạt có "]
    t_needles += ["NGƯỜI GHI CHÉP || T/M CHI BỘ", "Thư ký || ", "CHỦ TRÌ BUỔI SINH HOẠT"]
    for needle in t_needles:
        assert needle in joined["T"], needle
    assert re.search(r"^[A-ZĐ][^:\n]+ [A-ZĐ]\w*: [A-ZĐ]", joined["T"], re.M)
    assert re.search(r"– vắng [^\d(]+ \(", joined["T"])


@pytest.mark.parametrize(
    ("family", "mark"), [("S", r"(?:Phần )?([IVX]+)[/.] "), ("T", r"([A-H])/ ")]
)
def test_parts_are_numbered_in_order(family: str, mark: str) -> None:
    order = (
        ["I", "II", "III", "IV", "V", "VI", "VII", "VIII"] if family == "S" else list("ABCDEFGH")
    )
    for seed in range(40):
        _, markup, _ = _heldout(seed, family)
        numbers = re.findall(rf"^{mark}", markup, re.M)
        assert numbers == order[: len(numbers)] and len(numbers) >= 3, numbers


def test_truth_of_an_s_t_corpus_honours_the_schema(
    tmp_path: Path, record_schema: dict[str, Any]
) -> None:
    for family in "ST":
        generate_clean_corpus(tmp_path / family, family, record_schema)
    assert_corpus_deterministic(tmp_path / "a", tmp_path / "b", count=4, families="ST")

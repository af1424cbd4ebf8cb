"""The held-out families Y and Z: opt-in, deterministic, and their truth agrees with the page.

HELD-OUT: people who write or tune extraction rules must not read this file (it shows Y and Z).

The checks read the printed text the way a careful person would, never through the product's
extractors: each value of the expected record must be visible on the page in some written form.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from bienban.corpus import heldout10
from bienban.corpus.content import (
    all_families,
    families,
    heldout_w_x_families,
    heldout_y_z_families,
    make_minutes,
)
from bienban.corpus.facts import Facts
from bienban.corpus.heldout10_phrases import (
    count,
    excused_word,
    lasted,
    share,
    write_clock,
    write_date,
)
from bienban.corpus.markup import to_plain_text
from tests.corpus.helpers import (
    assert_corpus_deterministic,
    assert_written_deterministically,
    check_end_line,
    check_next_meeting,
    check_people_named,
    check_stated_content,
    check_type,
    generate_clean_corpus,
    heldout_case,
    heldout_markups,
)
from tests.corpus.test_heldout9 import TOPIC_WORDS as W_X_TOPIC_WORDS

SEEDS = range(120)
HANDS = heldout10.HELDOUT_FAMILIES
OPENINGS = {"Y": ("Chi bộ bắt đầu họp lúc ", "Vào ngày "), "Z": ("Cuộc họp được tổ chức vào ",)}
ENDINGS = {"Y": ("Đến ",), "Z": ("Thời gian kết thúc: ", "Cuộc họp kéo dài ")}
TOPIC_WORDS = {
    **W_X_TOPIC_WORDS,
    "review": ("kết quả thực hiện nghị quyết tháng", "thực hiện nghị quyết tháng trước"),
    "plan": ("những việc sau", "triển khai ngay", "công việc tháng", "những việc làm ngay"),
}


def _heldout(seed: int, family: str) -> tuple[Facts, str, dict[str, Any]]:
    return heldout_case(heldout10.write_minutes, seed, family)


def _counts(n: int, family: str) -> list[str]:
    return [count(n, style=style) for style in HANDS[family].counts]


def _dates(day: date, family: str) -> list[str]:
    return [write_date(day, style=style) for style in HANDS[family].dates]


def _clocks(hhmm: str, family: str) -> list[str]:
    hour, minute = (int(part) for part in hhmm.split(":"))
    return [write_clock(hour, minute, style=style) for style in HANDS[family].clocks]


def _lines(markup: str, leads: tuple[str, ...]) -> list[str]:
    return [line for line in to_plain_text(markup).splitlines() if line.startswith(leads)]


def _opening(markup: str, family: str) -> str:
    if family == "Z":
        found = [line for line in to_plain_text(markup).splitlines() if " tiến hành họp " in line]
        found += _lines(markup, OPENINGS["Z"])
    else:
        found = _lines(markup, OPENINGS["Y"])
    assert len(found) == 1, found
    return found[0]


def _check_when(markup: str, record: dict[str, Any], facts: Facts, family: str) -> None:
    opening = _opening(markup, family)
    assert any(f"ngày {form}," in opening for form in _dates(facts.day, family)), opening
    assert any(form in opening for form in _clocks(record["start_time"], family)), opening
    ends = _lines(markup, ENDINGS[family])
    check_end_line(
        ends,
        record,
        facts,
        lambda hhmm: _clocks(hhmm, family),
        lambda day: [f"ngày {form}" for form in _dates(day, family)],
    )
    if ends and "kéo dài" in ends[0]:
        assert f"kéo dài {lasted(record['duration_minutes'])}," in ends[0]


def _shown(text: str, family: str, template: str, n: int) -> bool:
    """Whether `template` (with "{}" for the count) is on the page with `n` in a family form."""
    return any(template.format(form) in text for form in _counts(n, family))


def _check_counts(text: str, record: dict[str, Any], facts: Facts, family: str) -> None:
    counts, exempt = record["attendance"], record["attendance"]["exempt"]
    total, present = counts["total_members"], counts["present"]
    absent = facts.excused + facts.unexcused
    due = total - (exempt or 0)
    if family == "Y":
        leads = ("Chi bộ có {} đ/c.", "Đảng viên trong danh sách: {} đ/c.")
        assert any(_shown(text, family, lead, total) for lead in leads)
        assert _shown(text, family, "Có mặt: {} đ/c.", present)
        none, exempted, must = (
            "Không có đ/c nào miễn sinh hoạt.",
            "Miễn sinh hoạt: {} đ/c (",
            "phải dự họp: {} đ/c.",
        )
    else:
        assert _shown(text, family, "Chi bộ hiện có {} đảng viên", total)
        assert _shown(text, family, "có mặt {} đồng chí", present)
        none, exempted, must = (
            "không có đồng chí nào được miễn sinh hoạt",
            "trừ {} đồng chí được miễn sinh hoạt (",
            "số phải dự họp là {} đồng chí",
        )
        if "(đạt " in text.split("Chi bộ hiện có", 1)[1].splitlines()[0]:
            assert f"(đạt {share(present, due)})" in text
    if exempt is None:
        assert "miễn sinh hoạt" not in text
    elif exempt == 0:
        assert none in text
    else:
        assert _shown(text, family, exempted, exempt) and _shown(text, family, must, due)
    _check_absences(text, facts, family, absent)


def _check_absences(text: str, facts: Facts, family: str, absent: int) -> None:
    if not absent:
        assert (
            "Đảng viên vắng: không." if family == "Y" else "Không có đồng chí nào vắng mặt."
        ) in text
        return
    named = facts.absentees if len(facts.absentees) == absent else []
    if family == "Y" and named:
        for excused in (True, False):
            group = [a for a in named if a.excused == excused]
            lead = f"Vắng {excused_word(excused)} ({{}} đ/c): "
            assert _shown(text, family, lead, len(group)) == bool(group)
    elif family == "Y":
        assert any(
            f"Vắng {a} đ/c, trong đó: có lý do {e}, không lý do {u}." in text
            for a, e, u in zip(
                _counts(absent, family),
                _counts(facts.excused, family),
                _counts(facts.unexcused, family),
                strict=True,
            )
        )
    elif named:
        assert _shown(text, family, "Đảng viên vắng mặt ({} đồng chí):", absent)
    else:
        assert _shown(text, family, "Vắng mặt {} đồng chí (", absent)
        if facts.excused and facts.unexcused:
            assert any(f"({e} có lý do, " in text for e in _counts(facts.excused, family))
        else:
            assert ("(đều có lý do)" if facts.excused else "(đều không có lý do)") in text


def _check_named_absentees(markup: str, facts: Facts, family: str) -> None:
    if len(facts.absentees) != facts.excused + facts.unexcused:
        return
    for person in facts.absentees:
        kind = excused_word(person.excused)
        if family == "Y":
            line = next(line for line in markup.splitlines() if f"đ/c {person.name} – " in line)
            assert line.startswith(f"Vắng {kind} ("), line
            assert f"đ/c {person.name} – {person.reason}" in line
        else:
            assert f"| {person.name} | {person.reason} | {kind} |" in markup


def _check_vote(markup: str, text: str, record: dict[str, Any]) -> None:
    if record["vote"] is None:
        assert "biểu quyết" not in text.lower() and "phiếu" not in text
        return
    agree, total = record["vote"]["agree"], record["vote"]["total"]
    forms = (
        f"Kết quả biểu quyết thông qua nghị quyết: {agree} trên {total} đồng chí tán thành.",
        f"tán thành đề nghị kết nạp: {agree} trên {total} đồng chí.",
        f"Bỏ phiếu kín về hình thức kỷ luật: {agree} trên {total} phiếu tán thành.",
        f"đồng ý đề nghị kết nạp: {agree}/{total}.",
        f"{total} phiếu hợp lệ, trong đó {agree} phiếu đồng ý đề nghị kỷ luật.",
        "Số đồng chí biểu quyết | Tán thành | Không tán thành |\n"
        f"| {total} | {agree} | {total - agree} |",
        f"{agree}/{total} đồng chí đồng ý, đạt {share(agree, total)}.",
    )
    assert sum(form in markup for form in forms) == 1


def _check_people(markup: str, record: dict[str, Any], facts: Facts, family: str) -> None:
    text = to_plain_text(markup)
    check_people_named(text, record)
    chair, clerk = record["chair"], record["secretary"]
    last = markup.rstrip().splitlines()[-1]
    assert last == (f"{chair} || {clerk}" if family == "Y" else f"{clerk} || {chair}")
    role = facts.chair_role
    if family == "Y":
        assert f"đồng chí {chair} ({role}) chủ trì, đồng chí {clerk}" in text or (
            f"Chủ trì: đ/c {chair}, {role}." in text and f"Người ghi biên bản: đ/c {clerk}" in text
        )
    else:
        assert f"Chủ trì: đồng chí {chair} – {role} || Thư ký: đồng chí {clerk}" in markup or (
            f"Đồng chí {chair}, {role}, điều hành cuộc họp; đồng chí {clerk}" in text
            and " được cử làm thư ký." in text
        )


def _check_opinions(markup: str, facts: Facts, family: str) -> None:
    """Listed opinions are one line (or table row) each, in the order spoken."""
    text = to_plain_text(markup)
    if family == "Y":
        said = [line for line in text.splitlines() if line.startswith("Ý kiến thứ ")]
    else:
        said = [line for line in markup.splitlines() if " nêu ý kiến: " in line]
        said += _rows_after(markup, "| STT | Người phát biểu | Nội dung ý kiến |")
    listed = facts.stated_speakers != 0 and facts.speeches and not facts.sections.get("summarise")
    assert len(said) == (len(facts.speeches) if listed else 0), said
    for line, speech in zip(said, facts.speeches, strict=False):
        assert speech.speaker in line


def _rows_after(markup: str, header: str) -> list[str]:
    """The table rows printed under `header`, if it is there."""
    lines = markup.splitlines()
    if header not in lines:
        return []
    rows = []
    for line in lines[lines.index(header) + 1 :]:
        if not line.startswith("| "):
            break
        rows.append(line)
    return rows


def _shows_speakers(text: str, family: str, n: int) -> bool:
    if family == "Y":
        return _shown(text, family, "Có {} lượt phát biểu", n)
    return _shown(text, family, "Số lượt ý kiến phát biểu: {}.", n) or _shown(
        text, family, "Có {} lượt ý kiến tham gia", n
    )


@pytest.mark.parametrize("family", ["Y", "Z"])
@pytest.mark.parametrize("seed", SEEDS)
def test_truth_agrees_with_printed_text(seed: int, family: str) -> None:
    facts, markup, record = _heldout(seed, family)
    text = to_plain_text(markup)
    _check_when(markup, record, facts, family)
    _check_counts(text, record, facts, family)
    _check_named_absentees(markup, facts, family)
    _check_vote(markup, text, record)
    _check_people(markup, record, facts, family)
    _check_opinions(markup, facts, family)
    check_stated_content(
        text,
        record,
        facts,
        shows_count=lambda n: _shows_speakers(text, family, n),
        topic_words=TOPIC_WORDS,
    )
    check_type(markup, record)
    check_next_meeting(
        markup, record, facts, lambda day: _dates(day, family), lambda: _opening(markup, family)
    )


def test_clocks_and_dates_read_back_to_one_value() -> None:
    seen: dict[str, tuple[int, int]] = {}
    for hour in range(24):
        for minute in range(0, 60, 5):
            for style in HANDS["Y"].clocks + HANDS["Z"].clocks:
                said = write_clock(hour, minute, style=style)
                assert seen.setdefault(said, (hour, minute)) == (hour, minute), said
    assert write_clock(19, 30, style="gio_phut_bracket") == "19 giờ 30 phút (7 giờ 30 tối)"
    assert write_clock(14, 0, style="gio_phut_bracket") == "14 giờ 00 phút (2 giờ chiều)"
    assert write_clock(8, 5, style="h_prime") == "8h05'"
    days: dict[str, date] = {}
    for offset in range(0, 14 * 366, 3):
        day = date(2012, 1, 1) + timedelta(days=offset)
        for style in HANDS["Y"].dates + HANDS["Z"].dates:
            assert days.setdefault(write_date(day, style=style), day) == day
    assert write_date(date(2024, 3, 5), style="roman") == "05/III/2024"
    assert write_date(date(2024, 3, 5), style="short_year") == "5/3/24"


@pytest.mark.parametrize("family", ["Y", "Z"])
def test_make_minutes_writes_the_family_deterministically(family: str) -> None:
    assert_written_deterministically(heldout10.write_minutes, family)


def test_y_and_z_are_opt_in() -> None:
    assert heldout_y_z_families() == ["Y", "Z"]
    assert heldout_w_x_families() == ["W", "X"]
    assert families() == ["A", "B", "C", "D", "E", "F"]
    assert all_families()[10:26] == list("KLMNOPQRSTUVWXYZ")
    for seed in range(40):
        markup, _ = make_minutes(random.Random(seed))
        assert "I/ ỔN ĐỊNH TỔ CHỨC" not in markup and "- Căn cứ Điều lệ Đảng" not in markup


def test_the_families_vary_within_themselves() -> None:
    """Each secretary has habits, not one fixed text: the variants all occur over the seeds."""
    joined = {f: "\n".join(m) for f, m in heldout_markups(heldout10.write_minutes, "YZ").items()}
    y_needles = ["^Lần thứ ", "^HỌP CHI BỘ LẦN THỨ ", "Chi bộ bắt đầu họp lúc ", "Vào ngày "]
    y_needles += [" - 20", "h00'", " phút (", "Chi bộ thống nhất để đồng chí ", "Chủ trì: đ/c "]
    y_needles += ["Đảng viên trong danh sách: ", "Miễn sinh hoạt: 0", "Vắng có lý do (", "Về dự"]
    y_needles += ["Vắng không lý do (", ", trong đó: có lý do ", "b) ", "Ý kiến thứ hai – "]
    y_needles += ["lượt phát biểu; các ý kiến chủ yếu", "tiếp thu, giải trình", "<<page>>\nIV/"]
    y_needles += ["Lần họp sau: ngày ", "T/M CHI BỘ || THƯ KÝ", "CHỦ TRÌ || NGƯỜI GHI BIÊN BẢN"]
    y_needles += ["Đến ", "không có ý kiến sửa đổi", "Không đồng chí nào đăng ký phát biểu."]
    for needle in y_needles:
        assert needle in joined["Y"], needle
    z_needles = ["Số: ", "/BB-CB", "- Căn cứ Hướng dẫn số 12-HD/BTCTW", "/IV/", " tháng 0"]
    z_needles += [" tiến hành họp vào lúc ", "Cuộc họp được tổ chức vào ", "h00", " giờ 00 phút"]
    z_needles += ["|| Thư ký: đồng chí ", "được cử làm thư ký", "trừ ", "(đạt ", "mười"]
    z_needles += ["| TT | Họ và tên | Lý do vắng | Ghi chú |", "(đều có lý do)", "Tham dự có: "]
    z_needles += ["| STT | Người phát biểu |", " nêu ý kiến: ", "| TT | Nội dung công việc |"]
    z_needles += ["\na) ", "DỰ THẢO NGHỊ QUYẾT THÁNG ", "TRAO ĐỔI, THẢO LUẬN", "(tiếp theo)"]
    z_needles += ["| Số đồng chí biểu quyết |", "Biểu quyết (giơ tay): ", "Thời gian họp kỳ tới"]
    z_needles += ["Cuộc họp kéo dài ", "Thời gian kết thúc: ", "NGƯỜI GHI BIÊN BẢN || T/M CHI BỘ"]
    for needle in z_needles:
        assert needle in joined["Z"], needle


def test_truth_of_a_y_z_corpus_honours_the_schema(
    tmp_path: Path, record_schema: dict[str, Any]
) -> None:
    for family in "YZ":
        generate_clean_corpus(tmp_path / family, family, record_schema)
    assert_corpus_deterministic(tmp_path / "a", tmp_path / "b", count=4, families="YZ")

"""The held-out families AA and AB: opt-in, deterministic, and their truth agrees with the page.

HELD-OUT: people who write or tune extraction rules must not read this file (it shows AA and AB).

The checks read the printed text the way a careful person would, never through the product's
extractors: each value of the expected record must be visible on the page in some written form.
Two-letter family names must work wherever a family is named (command line, truth records).
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from functools import partial
from pathlib import Path
from typing import Any

import pytest

from bienban.corpus import heldout11
from bienban.corpus.content import (
    all_families,
    families,
    heldout_aa_ab_families,
    heldout_y_z_families,
    make_minutes,
)
from bienban.corpus.facts import Facts
from bienban.corpus.generate import generate_corpus
from bienban.corpus.heldout2_phrases import percent
from bienban.corpus.heldout11_parts import AB_NEXT
from bienban.corpus.heldout11_phrases import (
    bare_clock,
    count,
    lunar_note,
    write_clock,
    write_date,
)
from bienban.corpus.heldout_phrases import weekday_name
from bienban.corpus.lunar import solar_to_lunar
from bienban.corpus.markup import to_plain_text
from bienban.corpus.words import period_word
from tests.corpus.helpers import (
    WrittenForms,
    assert_written_deterministically,
    check_end_line,
    check_family_corpora,
    check_listed_opinions,
    check_page_content,
    check_people_named,
    generate_clean_corpus,
    heldout_case,
    heldout_markups,
    written_forms,
)
from tests.corpus.test_heldout9 import TOPIC_WORDS as W_X_TOPIC_WORDS

SEEDS = range(120)
NAMES = ("AA", "AB")
HANDS = heldout11.HELDOUT_FAMILIES
OPENINGS = {
    "AA": ("Sáng ", "Trưa ", "Chiều ", "Tối ", "Đêm ", "Thực hiện chương trình", "Theo giấy"),
    "AB": ("Vào ",),
}
ENDINGS = {
    "AA": ("Buổi sinh hoạt bế mạc lúc ", "Cuộc họp bế mạc lúc "),
    "AB": ("Chi bộ kết thúc buổi sinh hoạt vào ", "Chi bộ kết thúc cuộc họp vào "),
}
AB_LEADS = ("Mở đầu phần thảo luận, ", "Cuối cùng, ", *(f"{lead}, " for lead in AB_NEXT))
TOPIC_WORDS = {
    **W_X_TOPIC_WORDS,
    "review": ("thực hiện nghị quyết tháng",),
    "plan": ("nhiệm vụ tháng", "triển khai ngay"),
}


def _heldout(seed: int, family: str) -> tuple[Facts, str, dict[str, Any]]:
    return heldout_case(heldout11.write_minutes, seed, family)


FORMS = WrittenForms(count, write_date, write_clock, {f: HANDS[f].forms for f in NAMES})
_counts, _dates, _days, _clocks, _shown = (
    FORMS.counts,
    FORMS.dates,
    FORMS.days,
    FORMS.clocks,
    FORMS.shown,
)


def _opening(markup: str, family: str) -> str:
    """The words that say when the meeting began: AB's "Thời gian" cell or the opening."""
    found = [
        line.split("||", 1)[1] for line in markup.splitlines() if line.startswith("Thời gian:")
    ]
    found += [
        line for line in to_plain_text(markup).splitlines() if line.startswith(OPENINGS[family])
    ]
    assert len(found) == 1, found
    return found[0]


def _check_when(markup: str, record: dict[str, Any], facts: Facts, family: str) -> None:
    opening = _opening(markup, family)
    assert any(form in opening for form in _days(facts.day, family)), opening
    assert weekday_name(facts.day) in opening, opening
    hour, minute = facts.start
    period = period_word(hour)
    if opening.startswith(("Sáng ", "Trưa ", "Chiều ", "Tối ", "Đêm ", "Vào sáng ", "Vào trưa ")):
        assert opening.lower().startswith((period, f"vào {period} ")), opening
    bare = written_forms(bare_clock, HANDS[family].forms["clock"], hour, minute)
    said = any(form in opening for form in _clocks(record["start_time"], family))
    split = opening.startswith(f"Vào {period} ") and any(f"lúc {b}," in opening for b in bare)
    assert said or split, opening
    _check_lunar(opening, facts.day)
    ends = [line for line in to_plain_text(markup).splitlines() if line.startswith(ENDINGS[family])]
    check_end_line(
        ends, record, facts, partial(_clocks, family=family), partial(_days, family=family)
    )
    if ends and "thời gian sinh hoạt:" in ends[0]:
        assert ends[0].endswith(f"thời gian sinh hoạt: {record['duration_minutes']} phút."), ends
    if "Thời lượng dự kiến" in markup:
        assert record["end_time"] is not None


def _check_lunar(opening: str, day: date) -> None:
    """A lunar note, when there is one, gives the lunar day and month of the meeting's day."""
    moon = solar_to_lunar(day)
    leap = " nhuận" if moon.leap else ""
    notes = (
        f" (nhằm {moon.day:02d}/{moon.month:02d}{leap} ÂL)",
        f" (tức ngày {moon.day} tháng {moon.month}{leap} âm lịch)",
    )
    has_note = "ÂL)" in opening or "âm lịch)" in opening
    assert has_note == any(note in opening for note in notes), opening


def _check_counts(markup: str, record: dict[str, Any], facts: Facts, family: str) -> None:
    text = to_plain_text(markup)
    counts = record["attendance"]
    total, exempt, present = counts["total_members"], counts["exempt"], counts["present"]
    if exempt is None:
        assert "miễn sinh hoạt" not in text.lower() and "miễn công tác" not in text
    if family == "AA":
        _check_aa_counts(text, facts, total, exempt, present)
    else:
        _check_ab_counts(markup, facts, total, exempt, present)


def _check_aa_counts(text: str, facts: Facts, total: int, exempt: int | None, present: int) -> None:
    absent = facts.excused + facts.unexcused
    if _shown(text, "AA", "Chi bộ hiện quản lý {} đảng viên", total):
        assert _shown(text, "AA", "Dự họp: {} đồng chí.", present)
        if exempt == 0:
            assert ", không có đồng chí nào được miễn công tác và sinh hoạt đảng." in text
        elif exempt:
            held = ", trong đó {} đồng chí được miễn công tác và sinh hoạt đảng ("
            assert _shown(text, "AA", held, exempt)
        if not absent:
            assert "Không có đảng viên vắng mặt." in text
    else:
        exempted = "" if exempt is None else " – miễn sinh hoạt: {}"
        numbers = [total] + ([] if exempt is None else [exempt]) + [present, absent]
        line = "Sĩ số chi bộ: {} đảng viên" + exempted + " – dự họp: {} – vắng: {}."
        assert _shown(text, "AA", line, *numbers)
    if not absent:
        assert "Không đến dự" not in text
        return
    named = facts.absentees if len(facts.absentees) == absent else []
    if named:
        assert _shown(text, "AA", "Không đến dự: {} đồng chí, gồm:", absent)
        for excused, label in ((True, "+ Có xin phép: "), (False, "+ Không xin phép: ")):
            assert (label in text) == any(person.excused == excused for person in named)
    elif facts.excused and facts.unexcused:
        kinds = "Không đến dự: {} đồng chí ({} đồng chí có xin phép, {} đồng chí không xin phép)."
        assert _shown(text, "AA", kinds, absent, facts.excused, facts.unexcused)
    else:
        kind = "có xin phép" if facts.excused else "không xin phép"
        assert _shown(text, "AA", f"Không đến dự: {{}} đồng chí ({kind}).", absent)


def _check_ab_counts(
    markup: str, facts: Facts, total: int, exempt: int | None, present: int
) -> None:
    """The counts in AB's table (read in the marked-up rows) or in its sentence."""
    absent, text = facts.excused + facts.unexcused, to_plain_text(markup)
    if "| Nội dung | Số đồng chí |" in markup:
        rows = [("Tổng số đảng viên của chi bộ", total), ("Có mặt", present)]
        rows += [("Vắng có lý do", facts.excused), ("Vắng không lý do", facts.unexcused)]
        rows += [("Miễn sinh hoạt", exempt)] if exempt is not None else []
        for label, value in rows:
            assert _shown(markup, "AB", f"| {label} | {{}} |", value), label
        return
    assert _shown(text, "AB", "Tổng cộng {} đảng viên; ", total)
    assert _shown(text, "AB", "; {} đồng chí có mặt; ", present)
    if exempt is not None:
        assert _shown(text, "AB", "; {} đồng chí miễn sinh hoạt; ", exempt)
    if absent:
        split = "; {} đồng chí vắng ({} có lý do, {} không lý do)."
        assert _shown(text, "AB", split, absent, facts.excused, facts.unexcused)
    else:
        assert "; không có đồng chí nào vắng." in text


def _check_named_absentees(markup: str, record: dict[str, Any], facts: Facts, family: str) -> None:
    """Every absentee is named with the reason; AA files each under "Có/Không xin phép", AB's
    reasons say "không" exactly for those absent without reason."""
    text = to_plain_text(markup)
    if len(facts.absentees) != facts.excused + facts.unexcused:
        assert "Đồng chí vắng mặt: " not in text and "+ Có xin phép" not in text
        return
    lines = text.splitlines()
    for person in facts.absentees:
        if family == "AA":
            said = f"đồng chí {person.name} ({person.reason})"
            line = next(line for line in lines if said in line)
            assert line.startswith("+ Có xin phép: " if person.excused else "+ Không xin phép: ")
        else:
            assert f"{person.name} – {person.reason}" in text
            assert ("không" in person.reason) == (not person.excused)


def _check_vote(markup: str, record: dict[str, Any], facts: Facts, family: str) -> None:
    text = to_plain_text(markup)
    if record["vote"] is None:
        assert "biểu quyết" not in text.lower() and "phiếu" not in text
        return
    agree, total = record["vote"]["agree"], record["vote"]["total"]
    against = total - agree
    if family == "AA":
        forms = [
            ("đề nghị kết nạp: {} trong tổng số {} đồng chí tán thành.", agree, total),
            ("Kết quả bỏ phiếu kín: {} trong tổng số {} phiếu tán thành", agree, total),
            (
                "giơ tay: {} trong tổng số {} đồng chí dự họp tán thành "
                f"({percent(agree, total)}%).",
                agree,
                total,
            ),
            ("Kết quả lấy biểu quyết: {}/{} đồng chí nhất trí.", agree, total),
        ]
    else:
        kept = ", {} đồng chí bảo lưu ý kiến." if against else "."
        forms = [
            (
                "việc đề nghị kết nạp: thuận {}, chống {}, tổng số {} đồng chí.",
                agree,
                against,
                total,
            ),
            ("phát ra {} phiếu, thu về {} phiếu, {} phiếu đồng ý.", total, total, agree),
            ("thuận {}, chống {} (tổng số {} đồng chí biểu quyết).", agree, against, total),
            ("Nghị quyết được thông qua với {}/{} đồng chí biểu quyết thuận" + kept, agree, total)
            + ((against,) if against else ()),
        ]
    shown = [form for form, *values in forms if _shown(text, family, form, *values)]
    assert len(shown) == 1, shown


def _check_people(markup: str, record: dict[str, Any], facts: Facts, family: str) -> None:
    """Who chaired and who wrote, in one of the family's phrasings, and the signatures: AA's
    chair on the left, AB's minute-taker."""
    text = to_plain_text(markup)
    check_people_named(text, record)
    chair, clerk, role, clerk_role = (
        record["chair"],
        record["secretary"],
        facts.chair_role,
        facts.secretary_role,
    )
    lines = markup.rstrip().splitlines()
    aa_clerk, ab_clerk = (f" ({clerk_role})", f", {clerk_role}") if clerk_role else ("", "")
    phrasings = {
        "AA": (
            (
                f"Đồng chí {chair}, {role}, chủ trì ",
                f"; đồng chí {clerk}{aa_clerk} được chi bộ phân công ghi biên bản.",
            ),
            (
                f"Chi bộ thống nhất cử đồng chí {clerk}{aa_clerk} làm thư ký; đồng chí {chair} – {role} – ",
            ),
        ),
        "AB": (
            (
                f"Chủ trì: || đồng chí {chair}, {role}\n",
                f"Người lập biên bản: || đồng chí {clerk}{ab_clerk}\n",
            ),
            (
                f"Chủ trì cuộc họp là đồng chí {chair}, {role}; người lập biên bản là đồng chí "
                f"{clerk}{ab_clerk}.",
            ),
        ),
    }[family]
    said = markup + to_plain_text(markup)
    assert any(all(part in said for part in parts) for parts in phrasings)
    if family == "AA":
        assert lines[-1] == f"{chair} || {clerk}"
        assert f"{role.upper()} || THƯ KÝ" in lines or "CHỦ TRÌ || THƯ KÝ" in lines
    else:
        assert lines[-1] == f"{clerk} || {chair}"
        assert any(line.startswith("NGƯỜI LẬP BIÊN BẢN || ") for line in lines)


def _check_opinions(markup: str, record: dict[str, Any], facts: Facts, family: str) -> None:
    """Listed opinions are one line each, in the order spoken, each naming its speaker."""
    lines = to_plain_text(markup).splitlines()
    said = [line for line in lines if line.startswith("– " if family == "AA" else AB_LEADS)]
    check_listed_opinions(said, facts)


def _shows_speakers(text: str, family: str, n: int) -> bool:
    if family == "AA":
        return _shown(text, family, "thảo luận với {} ý kiến phát biểu:", n) or _shown(
            text, family, "có {} ý kiến tham gia thảo luận, xoay quanh", n
        )
    return _shown(text, family, "Đã có {} lượt phát biểu.", n) or _shown(
        text, family, "Qua {} lượt ý kiến, ", n
    )


def _check_speakers_and_content(
    markup: str, record: dict[str, Any], facts: Facts, family: str
) -> None:
    """Nobody spoke exactly when the record says none did; the resolutions, the thematic title,
    the speaker count, the topics, the type and the next meeting are on the page."""
    text = to_plain_text(markup)
    nobody = (
        "không có đồng chí nào phát biểu." if family == "AA" else "Không có ý kiến phát biểu thêm."
    )
    assert (nobody in text) == (facts.stated_speakers == 0)
    check_page_content(
        markup,
        record,
        facts,
        shows_count=lambda n: _shows_speakers(text, family, n),
        topic_words=TOPIC_WORDS,
        dates=partial(_dates, family=family),
        opening=partial(_opening, markup, family),
    )


CHECKS = (
    _check_when,
    _check_counts,
    _check_named_absentees,
    _check_vote,
    _check_people,
    _check_opinions,
    _check_speakers_and_content,
)


@pytest.mark.parametrize("family", NAMES)
@pytest.mark.parametrize("seed", SEEDS)
def test_truth_agrees_with_printed_text(seed: int, family: str) -> None:
    facts, markup, record = _heldout(seed, family)
    for check in CHECKS:
        check(markup, record, facts, family)


def test_clocks_dates_and_lunar_notes_read_back_to_one_value() -> None:
    seen: dict[str, tuple[int, int]] = {}
    parts: dict[tuple[str, str], tuple[int, int]] = {}
    for hour in range(24):
        for minute in range(0, 60, 5):
            for style in HANDS["AA"].forms["clock"] + HANDS["AB"].forms["clock"]:
                said = write_clock(hour, minute, style=style)
                assert seen.setdefault(said, (hour, minute)) == (hour, minute), said
                split = (bare_clock(hour, minute, style=style), period_word(hour))
                assert parts.setdefault(split, (hour, minute)) == (hour, minute), split
    assert write_clock(19, 30, style="dot") == "19.30"
    assert write_clock(19, 30, style="h_p") == "19h30p"
    assert write_clock(7, 0, style="h_p") == "7h"
    assert write_clock(19, 30, style="twelve") == "7 giờ 30 phút tối"
    assert write_clock(0, 20, style="twelve") == "12 giờ 20 phút đêm"
    assert write_clock(12, 0, style="twelve") == "12 giờ 00 phút trưa"
    days: dict[str, date] = {}
    for offset in range(0, 14 * 366, 3):
        day = date(2012, 1, 1) + timedelta(days=offset)
        for style in HANDS["AA"].forms["date"] + HANDS["AB"].forms["date"]:
            assert days.setdefault(write_date(day, style=style), day) == day
    assert write_date(date(2024, 3, 5), style="dash") == "5-3-2024"
    assert write_date(date(2024, 3, 5), style="slash_month_padded") == "5/03/2024"
    assert lunar_note(date(2024, 4, 3), style="short") == " (nhằm 25/02 ÂL)"
    assert lunar_note(date(2024, 4, 3), style="long") == " (tức ngày 25 tháng 2 âm lịch)"
    assert lunar_note(date(2024, 4, 3), style="") == ""


@pytest.mark.parametrize("family", NAMES)
def test_make_minutes_writes_the_family_deterministically(family: str) -> None:
    assert_written_deterministically(heldout11.write_minutes, family)


def test_aa_and_ab_are_opt_in() -> None:
    assert heldout_aa_ab_families() == ["AA", "AB"]
    assert heldout_y_z_families() == ["Y", "Z"]
    assert families() == ["A", "B", "C", "D", "E", "F"]
    assert all_families()[:26] == list("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
    assert all_families()[26:28] == ["AA", "AB"]
    for seed in range(40):
        markup, _ = make_minutes(random.Random(seed))
        assert "^THÀNH PHẦN" not in markup and "VẤN ĐỀ 1 – " not in markup


def test_the_families_vary_within_themselves() -> None:
    """Each secretary has habits, not one fixed text: the variants all occur over the seeds."""
    joined = {f: "\n".join(m) for f, m in heldout_markups(heldout11.write_minutes, NAMES).items()}
    aa_needles = ["* ||", "Thực hiện chương trình công tác năm ", "Tối ", "Chiều ", " ÂL)"]
    aa_needles += [" âm lịch)", "h30p", ".30 ", "Chi bộ hiện quản lý ", "Sĩ số chi bộ: "]
    aa_needles += ["được miễn công tác và sinh hoạt đảng (", "được chi bộ phân công ghi biên bản"]
    aa_needles += ["Chi bộ thống nhất cử đồng chí ", "+ Có xin phép: ", "+ Không xin phép: "]
    aa_needles += ["Không đến dự: ", "Đến dự và theo dõi ", "Mở đầu, ", "Tiếp đó, ", "Kế tiếp, "]
    aa_needles += ["(ý kiến của ", "\n– Đồng chí ", "Đồng chí chủ trì giải đáp", "xoay quanh"]
    aa_needles += ["không có đồng chí nào phát biểu", "<<page>>\n^KẾT LUẬN", "\n2/ "]
    aa_needles += ["Lấy biểu quyết bằng hình thức giơ tay", "Kết quả lấy biểu quyết: "]
    aa_needles += ["Chi bộ hẹn kỳ sinh hoạt tới vào ", "sang ngày ", "(đã ký) || (đã ký)"]
    aa_needles += ["CHỦ TRÌ || THƯ KÝ", "BÍ THƯ CHI BỘ || THƯ KÝ", "mươi", "Tuy vậy, vẫn còn"]
    for needle in aa_needles:
        assert needle in joined["AA"], needle
    ab_needles = ["Số: ", "Thời gian: || ", "Thời lượng dự kiến: || ", "Vào lúc ", "Vào tối "]
    ab_needles += [" phút tối", " phút chiều", "/0", "-20", "| Nội dung | Số đồng chí |"]
    ab_needles += ["| Miễn sinh hoạt | ", "Tổng cộng ", "Đồng chí vắng mặt: ", "VẤN ĐỀ 2 – "]
    ab_needles += ["Đại biểu cấp trên dự họp: ", "Đại biểu: || ", "Mở đầu phần thảo luận, "]
    ab_needles += ["Cuối cùng, ", "Qua ", "Đã có ", "| Số TT | Nội dung |", "Nhiệm vụ 1: "]
    ab_needles += ["Giải pháp 1: ", "Nội dung 1: ", "Biểu quyết giơ tay: thuận ", "bảo lưu ý kiến"]
    ab_needles += [
        "đề nghị kết nạp: thuận ",
        "Dự kiến lịch sinh hoạt kỳ sau",
        "thời gian sinh hoạt: ",
    ]
    ab_needles += ["|| T/M CHI BỘ", "|| NGƯỜI CHỦ TRÌ", "<<page>>\nVẤN ĐỀ", " | 0", "Chưa làm"]
    for needle in ab_needles:
        assert needle in joined["AB"], needle


def test_truth_of_an_aa_ab_corpus_honours_the_schema(
    tmp_path: Path, record_schema: dict[str, Any]
) -> None:
    check_family_corpora(tmp_path, NAMES, record_schema)


def test_two_letter_family_names_on_the_command_line(tmp_path: Path) -> None:
    """`--families AA,AB` gives only AA and AB (never A), the truth naming them in full; a name
    not known is refused."""
    generate_clean_corpus(tmp_path / "both", NAMES)
    with pytest.raises(ValueError, match="ZZ"):
        generate_corpus(tmp_path / "bad", count=1, seed=1, formats=("pdf_text",), families=["ZZ"])

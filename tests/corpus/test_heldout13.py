"""Tests of AE and AF, the newest held-out families: opt-in, deterministic, true to their page.

HELD-OUT: AE and AF are closed to whoever writes or tunes the extraction rules, and so is this
file, which shows them. Its checks read the printed words the way a careful person reads them,
never through the product's extractors: every value of the expected record has to stand on the
page in some written form.
"""

from __future__ import annotations

import random
import re
from datetime import date
from functools import partial
from pathlib import Path
from typing import Any

import pytest

from bienban.corpus import heldout13
from bienban.corpus.content import (
    all_families,
    families,
    heldout_ac_ad_families,
    heldout_ae_af_families,
    make_minutes,
)
from bienban.corpus.facts import Facts
from bienban.corpus.generate import generate_corpus
from bienban.corpus.heldout13_phrases import count, lunar_note, ordinal, write_clock, write_date
from bienban.corpus.heldout_phrases import weekday_name
from bienban.corpus.markup import to_plain_text
from tests.corpus.helpers import (
    WrittenForms,
    assert_written_deterministically,
    check_end_line,
    check_family_corpora,
    check_listed_opinions,
    check_named_absentees,
    check_people_named,
    check_vote_forms,
    generate_clean_corpus,
    heldout_case,
    heldout_markups,
)
from tests.corpus.test_heldout9 import TOPIC_WORDS as W_X_TOPIC_WORDS

SEEDS = range(120)
NAMES = ("AE", "AF")
HANDS = heldout13.HELDOUT_FAMILIES
FORMS = WrittenForms(count, write_date, write_clock, {f: HANDS[f].forms for f in NAMES})
_dates, _days, _clocks, _shown = FORMS.dates, FORMS.days, FORMS.clocks, FORMS.shown
TOPIC_WORDS = {
    **W_X_TOPIC_WORDS,
    "plan": ("việc tháng", "làm ngay", "nhiệm vụ tháng", "triển khai khẩn trương"),
}
_NOBODY = {"AE": "Thảo luận: không có ai phát biểu.", "AF": "Không có đồng chí nào đăng ký"}
SPEAKER_COUNTS = {
    "AE": ("Thảo luận ({} lượt phát biểu):", "Thảo luận: {} lượt phát biểu, chủ yếu về "),
    "AF": ("Có {} đồng chí đăng ký phát biểu.", "Có {} đồng chí phát biểu, nội dung tập trung: "),
}
_LOG = "QUÁ TRÌNH SINH HOẠT"


def _heldout(seed: int, family: str) -> tuple[Facts, str, dict[str, Any]]:
    return heldout_case(heldout13.write_minutes, seed, family)


def _lines(markup: str) -> list[str]:
    return to_plain_text(markup).splitlines()


def _only(found: list[str]) -> str:
    assert len(found) == 1, found
    return found[0]


def _opening(markup: str, family: str) -> str:
    """Where the meeting's day stands: AE's "Ngày họp" line or its sentence, AF's opening."""
    if family == "AE":
        return _only(
            [
                line
                for line in _lines(markup)
                if line.startswith("Ngày họp: ")
                or (line.startswith("Chi bộ ") and " họp tại " in line)
            ]
        )
    leads = ("Đúng ", "Buổi ")
    return _only([line for line in _lines(markup) if line.startswith(leads)])


def _check_when(markup: str, record: dict[str, Any], facts: Facts, family: str) -> None:
    """The day (with its weekday in AE, with a true lunar note when AF gives one), the start
    and the place, and the one end line."""
    opening = _opening(markup, family)
    text = to_plain_text(markup)
    assert any(form in opening for form in _dates(facts.day, family)), opening
    if family == "AE":
        assert weekday_name(facts.day) in opening
        start = _only([line for line in _lines(markup) if line.endswith(", khai mạc.")])
        assert facts.location in text
    else:
        start = opening
        assert facts.location in opening
        if "âm lịch" in opening:
            assert lunar_note(facts.day, style="year_name") in opening
    assert any(form in start for form in _clocks(record["start_time"], family)), start
    lead = " – Thư ký đọc lại biên bản" if family == "AE" else "Chương trình kết thúc lúc "
    ends = [line for line in _lines(markup) if lead in line and not line.startswith("– ")]
    check_end_line(
        ends, record, facts, partial(_clocks, family=family), partial(_days, family=family)
    )


def _clock_minutes(family: str) -> dict[str, int]:
    """Every clock the family may write, to the minute of the day it means."""
    return {
        write_clock(hour, minute, style=style): hour * 60 + minute
        for style in HANDS[family].forms["clock"]
        for hour in range(24)
        for minute in range(60)
    }


_AE_CLOCKS = _clock_minutes("AE")


def _check_log(markup: str, record: dict[str, Any], facts: Facts) -> None:
    """AE's log: its clocks run in order from the start to the end; with no end stated, only
    the start is clocked."""
    lines = _lines(markup)
    stamps = []
    for line in lines[lines.index(_LOG) + 1 :]:
        head = line.split(" – ")[0].removesuffix(" cùng ngày").split(" ngày ")[0]
        if " – " in line and head in _AE_CLOCKS:
            stamps.append(_AE_CLOCKS[head])
    start = facts.start[0] * 60 + facts.start[1]
    assert stamps[0] == start
    if facts.end is None:
        assert len(stamps) == 1
        return
    offsets = [(stamp - start) % 1440 for stamp in stamps]
    assert offsets == sorted(set(offsets)), offsets
    assert offsets[-1] == record["duration_minutes"]


def _check_roll(markup: str, record: dict[str, Any], facts: Facts, family: str) -> None:
    """The counts: AF's table by party group (read in the marked-up rows) or each family's
    lines or sentence."""
    text = to_plain_text(markup)
    total, exempt, present = facts.total, facts.exempt, facts.present
    absent, excused, unexcused = facts.excused + facts.unexcused, facts.excused, facts.unexcused
    assert (record["attendance"]["total_members"], record["attendance"]["exempt"]) == (
        total,
        exempt,
    )
    if exempt is None:
        assert "miễn" not in text.lower()
    if "| Tổ đảng |" in markup:
        assert family == "AF"
        _check_groups(markup, facts)
        return
    show = partial(_shown, text, family)
    if family == "AF":
        assert show("Đảng viên có mặt: {}; vắng: {}", present, absent)
        assert show("; tổng số đảng viên của chi bộ: {}", total)
        assert exempt is None or show("; đã được miễn sinh hoạt: {}", exempt)
        both = show(" (có lý do: {}; không lý do: {})", excused, unexcused)
        assert both == bool(excused and unexcused)
        assert bool(excused) == show("(có lý do: {}", excused)
        assert bool(unexcused) == show("không lý do: {})", unexcused)
        return
    if excused and unexcused:
        split = "có lý do {}, không lý do {}"
        values: tuple[int, ...] = (excused, unexcused)
    else:
        kind = "có lý do" if excused else "không lý do"
        split, values = (f"đều {kind}" if absent > 1 else kind), ()
    if "- Có mặt: " in text:
        assert show("- Đảng viên trong danh sách chi bộ: {}\n", total)
        assert show("- Có mặt: {}\n", present)
        assert (
            show(f"- Vắng: {{}}, {split}\n", absent, *values) if absent else "- Vắng: không" in text
        )
        said_exempt = "- Được miễn sinh hoạt: {}"
    else:
        assert show("Đến dự {} trên tổng số {} đảng viên của chi bộ", present, total)
        assert (
            show(f"; vắng {{}} ({split}).", absent, *values)
            if absent
            else "; không ai vắng." in text
        )
        said_exempt = "; được miễn sinh hoạt: {}"
    if exempt == 0:
        assert said_exempt.format("không có ai") in text
    elif exempt:
        assert show(said_exempt + " (", exempt)


def _check_groups(markup: str, facts: Facts) -> None:
    """The groups' rows add up to the sum row, which gives the record's counts."""
    lines = markup.splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("| Tổ đảng |"))
    rows = []
    for line in lines[start + 1 :]:
        if not line.startswith("| "):
            break
        rows.append(line.strip("| ").split(" | "))
    *groups, last = rows
    assert last[0] == "Cộng" and all(row[0] == f"Tổ {i + 1}" for i, row in enumerate(groups))
    sums = [int(value) for value in last[1:]]
    assert sums == [sum(int(row[i + 1]) for row in groups) for i in range(len(sums))]
    values = [facts.total, facts.exempt, facts.present, facts.excused, facts.unexcused]
    assert sums == [value for value in values if value is not None]
    assert all(int(row[1]) >= 2 for row in groups)


def _check_absentees(markup: str, facts: Facts, family: str) -> None:
    """When every absentee is named, each stands with the reason, which says "không" exactly
    for the unexcused."""
    named = len(facts.absentees) == facts.excused + facts.unexcused and facts.absentees
    text = to_plain_text(markup)
    lead = "Vắng gồm: 1) đ/c " if family == "AE" else "Đồng chí vắng: "
    assert (lead in text) == bool(named)
    if named:
        after = r": ([^;.]+)" if family == "AE" else r", (?:lý do: )?([^;.]+)"
        check_named_absentees(text, facts, after)


def _check_presiding(markup: str, record: dict[str, Any], facts: Facts, family: str) -> None:
    """Who chaired and who wrote, in one of the family's phrasings; the signatures with the
    minute-taker on the left."""
    text = to_plain_text(markup)
    check_people_named(text, record)
    chair, clerk, role, clerk_role = facts.chair, facts.secretary, facts.chair_role, ""
    if family == "AE":
        clerk_role = f" ({facts.secretary_role})" if facts.secretary_role else ""
        phrasings = [
            f"Chủ trì: đ/c {chair} ({role}). Ghi biên bản: đ/c {clerk}{clerk_role}.",
            f"Đ/c {chair}, {role}, chủ trì; người ghi: đ/c {clerk}{clerk_role}.",
        ]
        heads = "Thư ký || Chủ trì"
    else:
        clerk_role = f" – {facts.secretary_role}" if facts.secretary_role else ""
        phrasings = [
            f"Người điều hành (chủ trì): đồng chí {chair}, {role}.\nNgười ghi biên bản: đồng "
            f"chí {clerk}{clerk_role}.",
            f"Đồng chí {chair} ({role}) chủ trì và điều hành; đồng chí {clerk} chịu trách "
            "nhiệm ghi biên bản.",
        ]
        heads = "THƯ KÝ CUỘC HỌP || T/M CHI BỘ"
        office = "PHÓ BÍ THƯ" if role.startswith("Phó") else "BÍ THƯ"
        assert f"|| {office}" in markup.splitlines()
    assert sum(phrasing in text for phrasing in phrasings) == 1
    assert markup.rstrip().splitlines()[-1] == f"{clerk} || {chair}"
    assert heads in markup.splitlines()


def _check_opinions(markup: str, facts: Facts, family: str) -> None:
    lines = _lines(markup)
    if family == "AE":
        said = [line for line in lines if line.startswith("+ ")]
    else:
        said = [line for line in lines if line.startswith("- ") and " có ý kiến: " in line]
    check_listed_opinions(said, facts)


# The vote on admitting a candidate, on a penalty (secret ballot), by show of hands: {a} in
# favour, {t} voting, {c} those against as the family says them.
VOTES = {
    "AE": (
        "Biểu quyết kết nạp: {a} trên {t} đ/c chính thức tán thành.",
        "Bỏ phiếu kín về kỷ luật: {t} phiếu phát ra, {a} phiếu tán thành.",
        "Chi bộ giơ tay biểu quyết: {a} trên {t} đ/c có mặt tán thành{c}.",
    ),
    "AF": (
        "Số đảng viên chính thức biểu quyết: {t}; số nhất trí kết nạp: {a}.",
        "Kiểm phiếu: phát ra {t} phiếu, {a} phiếu nhất trí đề nghị kỷ luật.",
        "Biểu quyết bằng giơ tay: tổng số {t} đồng chí, nhất trí {a}{c}.",
    ),
}
AGAINST = {"AE": ", {} không tán thành", "AF": ", không nhất trí {}"}


def _check_vote(markup: str, record: dict[str, Any], family: str) -> None:
    """No vote is mentioned without one; otherwise exactly one of the family's forms gives it,
    all its counts in one written form; a hand vote counts those present."""

    def against(c: str, agree: int, total: int) -> str:
        return AGAINST[family].format(c) if total > agree else ""

    counts = partial(FORMS.counts, family=family)
    form = check_vote_forms(to_plain_text(markup), record, VOTES[family], counts, against)
    if "giơ tay" in form:
        assert record["vote"]["total"] == record["attendance"]["present"]


def _check_agenda(markup: str, family: str) -> None:
    """AF announces its agenda and takes each item in turn, numbering the tasks under the last;
    AE's log has no agenda."""
    lines = _lines(markup)
    heads = [line for line in lines if line.startswith("Về nội dung ")]
    if family == "AE":
        assert not heads and _LOG in lines
        return
    announced = _only([line for line in lines if line.startswith("Chương trình sinh hoạt gồm ")])
    titles = lines[lines.index(announced) + 1 : lines.index(announced) + 1 + len(heads)]
    assert any(f"gồm {form} nội dung:" in announced for form in FORMS.counts(len(heads), family))
    for index, (title, head) in enumerate(zip(titles, heads, strict=True)):
        assert title == f"{index + 1}. {head.split(' – ', 1)[1].removesuffix(':')}."
        assert head.startswith(f"Về nội dung {ordinal(index)} – ")
    assert any(line.startswith(f"{len(heads)}.1. ") for line in lines)


def _check_discussion(markup: str, record: dict[str, Any], facts: Facts, family: str) -> None:
    FORMS.check_discussion(
        markup,
        record,
        facts,
        family,
        nobody=_NOBODY[family],
        templates=SPEAKER_COUNTS[family],
        topic_words=TOPIC_WORDS,
        opening=partial(_opening, markup, family),
    )


@pytest.mark.parametrize(("seed", "family"), [(s, f) for s in SEEDS for f in NAMES])
def test_every_value_of_the_record_is_on_the_page(seed: int, family: str) -> None:
    """The checks above, on each seed's minutes in each family."""
    facts, markup, record = _heldout(seed, family)
    _check_when(markup, record, facts, family)
    if family == "AE":
        _check_log(markup, record, facts)
    _check_roll(markup, record, facts, family)
    _check_absentees(markup, facts, family)
    _check_presiding(markup, record, facts, family)
    _check_opinions(markup, facts, family)
    _check_vote(markup, record, family)
    _check_agenda(markup, family)
    _check_discussion(markup, record, facts, family)


# Written forms as they should read: (the writer, its arguments, the style) → the text.
EXAMPLES = (
    (write_clock, (19, 30), "colon_twelve", "7:30 tối"),
    (write_clock, (0, 10), "colon_twelve", "12:10 đêm"),
    (write_clock, (19, 0), "gio_p", "19 giờ"),
    (write_clock, (19, 5), "gio_p", "19 giờ 05p"),
    (write_clock, (19, 45), "spelled_twelve", "bảy giờ bốn mươi lăm phút tối"),
    (write_clock, (14, 0), "spelled_twelve", "hai giờ chiều"),
    (write_clock, (8, 15), "g_tick", "8g15'"),
    (write_date, (date(2024, 3, 5),), "spaced_slash", "5 / 3 / 2024"),
    (write_date, (date(2024, 3, 5),), "short_dots", "5.3.24"),
    (write_date, (date(2024, 4, 5),), "spelled", "mồng năm tháng tư năm 2024"),
    (write_date, (date(2024, 12, 21),), "spelled", "hai mươi mốt tháng mười hai năm 2024"),
    (lunar_note, (date(2024, 4, 3),), "year_name", " (âm lịch: 25/2 năm Giáp Thìn)"),
    (lunar_note, (date(2024, 4, 3),), "", ""),
    (count, (7,), "padded_words", "07 (bảy)"),
)


def test_clocks_and_dates_read_back_to_one_value() -> None:
    """No two values are written alike, and the forms read as they should."""
    FORMS.assert_unambiguous()
    assert [write(*args, style=style) for write, args, style, _ in EXAMPLES] == [
        said for *_, said in EXAMPLES
    ]
    assert [ordinal(i) for i in (0, 3, 10)] == ["thứ nhất", "thứ tư", "thứ mười một"]


def test_ae_and_af_are_written_deterministically_and_only_on_request() -> None:
    for family in NAMES:
        assert_written_deterministically(heldout13.write_minutes, family)
    assert heldout_ae_af_families() == ["AE", "AF"]
    assert heldout_ac_ad_families() == ["AC", "AD"]
    assert families() == ["A", "B", "C", "D", "E", "F"]
    assert all_families()[26:32] == ["AA", "AB", "AC", "AD", "AE", "AF"]
    for seed in range(40):
        markup, _ = make_minutes(random.Random(seed))
        assert _LOG not in markup and "Về nội dung thứ" not in markup


def test_the_families_vary_within_themselves() -> None:
    """Each secretary has habits, not one fixed text: the variants all occur over the seeds."""
    joined = {f: "\n".join(m) for f, m in heldout_markups(heldout13.write_minutes, NAMES).items()}
    ae_needles = ["(Sổ biên bản, tr. ", "Ngày họp: ", " họp tại ", " / ", " tối", "p – "]
    ae_needles += ["Chủ trì: đ/c ", "người ghi: đ/c ", "Đại biểu tham dự: ", "- Có mặt: ", "mươi"]
    ae_needles += ["Đến dự ", "không có ai", "đều có lý do", "Vắng gồm: 1) ", "\n– ", "(V/v: "]
    ae_needles += ["Thảo luận (", "Thảo luận: không", "lượt phát biểu, chủ yếu", "\n+ ", "b/ "]
    ae_needles += ["giơ tay", "không tán thành", "Kỳ họp sau", "Còn hạn chế", "cùng ngày – "]
    ae_needles += ["Biểu quyết kết nạp"]
    af_needles = ["Số: ", "Đúng ", "Buổi ", "âm lịch: ", "mồng ", " phút ", "g30'"]
    af_needles += [
        "| Tổ đảng | Đảng viên | Miễn SH |",
        "| Tổ đảng | Đảng viên | Có mặt |",
        "| Cộng |",
    ]
    af_needles += ["Đảng viên có mặt: ", "Đồng chí vắng: ", "Cùng dự có: ", "Người điều hành"]
    af_needles += ["chịu trách nhiệm", "Về nội dung thứ ba", "đăng ký phát biểu", " có ý kiến: "]
    af_needles += ["<<page>>\nVề nội dung", ".2. ", "không nhất trí", "Kỳ sinh hoạt tới", "PHÓ BÍ"]
    af_needles += ["Mặt chưa làm được", "lồng ghép"]
    needles = {"AE": ae_needles, "AF": af_needles}
    missing = {f: [n for n in needles[f] if n not in joined[f]] for f in NAMES}
    assert missing == {"AE": [], "AF": []}
    assert re.search(r" \d+\.\d+\.\d\d \(", joined["AE"])


def test_truth_of_an_ae_af_corpus_honours_the_schema(
    tmp_path: Path, record_schema: dict[str, Any]
) -> None:
    check_family_corpora(tmp_path, NAMES, record_schema)


def test_two_letter_family_names_on_the_command_line(tmp_path: Path) -> None:
    """`--families AE,AF` gives only AE and AF, the truth naming them in full; a name not known
    is refused."""
    generate_clean_corpus(tmp_path / "both", NAMES, seed=3)
    with pytest.raises(ValueError, match="ZZ"):
        generate_corpus(tmp_path / "bad", count=1, seed=1, formats=("pdf_text",), families=["ZZ"])


def test_no_clock_of_a_family_reads_as_another_minute() -> None:
    """Every minute of the day has its own written form in each of AE's and AF's clocks."""
    for family in NAMES:
        assert len(_clock_minutes(family)) == 24 * 60 * len(HANDS[family].forms["clock"])

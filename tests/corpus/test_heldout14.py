"""Tests of AG and AH, the newest held-out families: opt-in, deterministic, true to their page.

HELD-OUT: AG and AH are closed to whoever writes or tunes the extraction rules, and so is this
file, which shows them. Its checks read the printed words the way a careful person reads them,
never through the product's extractors: every value of the expected record has to stand on the
page in some written form.
"""

from __future__ import annotations

import random
import re
from datetime import date, timedelta
from functools import partial
from pathlib import Path
from typing import Any

import pytest

from bienban.corpus import heldout14
from bienban.corpus.content import (
    all_families,
    families,
    heldout_ae_af_families,
    heldout_ag_ah_families,
    make_minutes,
)
from bienban.corpus.facts import Facts
from bienban.corpus.heldout14_parts import AGAINST, VOTES
from bienban.corpus.heldout14_phrases import count, write_clock, write_date
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
    only,
    plain_lines,
)
from tests.corpus.test_heldout9 import TOPIC_WORDS as W_X_TOPIC_WORDS

SEEDS = range(120)
NAMES = ("AG", "AH")
HANDS = heldout14.HELDOUT_FAMILIES
FORMS = WrittenForms(count, write_date, write_clock, {f: HANDS[f].forms for f in NAMES})
_dates, _days, _clocks, _shown = FORMS.dates, FORMS.days, FORMS.clocks, FORMS.shown
TOPIC_WORDS = {
    **W_X_TOPIC_WORDS,
    "review": ("việc thực hiện nghị quyết tháng",),
    "plan": ("việc phải làm", "chương trình công tác"),
}
_NOBODY = {"AG": "Ý kiến phát biểu: không.", "AH": "Không đồng chí nào phát biểu."}
SPEAKER_COUNTS = {
    "AG": ("Ý kiến phát biểu ({} đồng chí):", "Ý kiến phát biểu: {} đồng chí, xoay quanh "),
    "AH": ("Đã có {} đồng chí phát biểu:", "Đã có {} đồng chí phát biểu, đa số đề cập đến "),
}


_heldout = partial(heldout_case, heldout14.write_minutes)
_lines, _only = plain_lines, only


def _opening(markup: str, family: str) -> str:
    """Where the meeting's day and start stand: AG's time line, AH's first sentence."""
    if family == "AG":
        leads: tuple[str, ...] = ("- Bắt đầu: ", "- Thời gian: ")
    else:
        leads = ("Hồi ", *(f"{capital} " for capital in ("Thứ", "Chủ nhật,")))
    return _only([line for line in _lines(markup) if line.startswith(leads)])


def _check_when(markup: str, record: dict[str, Any], facts: Facts, family: str) -> None:
    """The day with its weekday, the start and the place; the end stated once: at the close, or
    in AH's opening as "từ … đến …" (with the next day's date when it ran past midnight)."""
    opening = _opening(markup, family)
    assert any(form in opening for form in _dates(facts.day, family)), opening
    assert weekday_name(facts.day).lower() in opening.lower()
    starts = _clocks(record["start_time"], family)
    assert any(f" {form}{after}" in opening for form in starts for after in ",. "), opening
    assert facts.location in (opening if family == "AH" else to_plain_text(markup))
    lead = "buổi sinh hoạt kết thúc vào " if family == "AG" else "Cuộc họp bế mạc hồi "
    ends = [line for line in _lines(markup) if lead in line]
    if family == "AH" and " đến " in opening.split(", tại ")[0]:
        assert not ends and record["end_time"] is not None
        said = opening.split(" đến ", 1)[1].split(", tại ")[0]
        assert any(said.startswith(form) for form in _clocks(record["end_time"], family)), said
        after = _days(facts.day + timedelta(days=1), family)
        assert any(form in said for form in after) == facts.end_next_day, said
        return
    check_end_line(
        ends, record, facts, partial(_clocks, family=family), partial(_days, family=family)
    )


def _check_roll(markup: str, record: dict[str, Any], facts: Facts, family: str) -> None:
    """The total, the exempt (and AG's members who must attend), the present and the absent,
    split by reason, in one of the family's phrasings, all counts in one written form."""
    text = to_plain_text(markup)
    total, exempt, present = facts.total, facts.exempt, facts.present
    absent, excused, unexcused = facts.excused + facts.unexcused, facts.excused, facts.unexcused
    assert (record["attendance"]["total_members"], record["attendance"]["exempt"]) == (
        total,
        exempt,
    )
    assert record["attendance"]["present"] == present
    if exempt is None:
        assert "miễn" not in text.lower()
    show = partial(_shown, text, family)
    must = total - (exempt or 0)
    if family == "AG":
        yes, no, joiner = "có phép", "không phép", ": "
        if "- Tổng số đảng viên: " in text:
            assert show("- Tổng số đảng viên: {}", total)
            assert show("- Có mặt: {}.", present)
            if exempt:
                assert show("; miễn sinh hoạt: {}; phải dự: {}.", exempt, must)
            elif exempt == 0:
                assert show("; miễn sinh hoạt: không; phải dự: {}.", must)
        else:
            assert show("- Chi bộ hiện có {} đảng viên", total)
            assert show("dự họp: {} trên {} đồng chí phải dự.", present, must)
            assert (
                exempt is None
                or show("({} đồng chí được miễn sinh hoạt)", exempt)
                or (exempt == 0 and "(không có đồng chí nào được miễn sinh hoạt)" in text)
            )
        said_absent = "- Vắng mặt: {} ({})."
        none = "- Vắng mặt: không."
    else:
        yes, no, joiner = "có lý do", "không lý do", " "
        assert show("Chi bộ có {} đảng viên", total)
        if exempt:
            assert show(", trong đó {} đồng chí được miễn sinh hoạt", exempt)
        elif exempt == 0:
            assert ", không có đồng chí nào được miễn sinh hoạt" in text
        if absent and "Số đảng viên dự họp: " in text:
            kinds = [("{} đồng chí có lý do", excused)] if excused else []
            kinds += [("{} đồng chí không lý do", unexcused)] if unexcused else []
            template = "Số đảng viên dự họp: {}; vắng {}, gồm " + " và ".join(k for k, _ in kinds)
            assert show(template + ".", present, absent, *(v for _, v in kinds))
            return
        assert show("Dự họp {} đồng chí", present)
        said_absent = "; vắng {} đồng chí ({})."
        none = "Dự họp {} đồng chí, không ai vắng."
    if not absent:
        assert show(none, present) if "{}" in none else none in text
        return
    if excused and unexcused:
        split = f"{yes}{joiner}{{}}, {no}{joiner}{{}}"
        assert show(said_absent.format("{}", split), absent, excused, unexcused)
    else:
        assert show(said_absent.format("{}", yes if excused else no), absent)


def _check_absentees(markup: str, facts: Facts, family: str) -> None:
    """When every absentee is named, each stands with the reason, which says "không" exactly
    for the unexcused."""
    named = len(facts.absentees) == facts.excused + facts.unexcused and facts.absentees
    text = to_plain_text(markup)
    lead = "- Vắng mặt gồm:" if family == "AG" else "Vắng: "
    assert any(line.startswith(lead) for line in text.splitlines()) == bool(named)
    if named:
        check_named_absentees(text, facts, r" – ([^\n]+)" if family == "AG" else r" \(([^)]+)\)")


def _check_presiding(markup: str, record: dict[str, Any], facts: Facts, family: str) -> None:
    """Who chaired and who wrote, in one of the family's phrasings; the signatures."""
    text = to_plain_text(markup)
    check_people_named(text, record)
    chair, clerk, role = facts.chair, facts.secretary, facts.chair_role
    if family == "AG":
        clerk = f"{clerk}, {facts.secretary_role}" if facts.secretary_role else clerk
        phrasings = [
            f"- Chủ tọa: đồng chí {chair} – {role}.\n- Thư ký: đồng chí {clerk}.",
            f"- Chủ tọa: đ/c {chair} ({role}); thư ký: đ/c {clerk}.",
        ]
        heads, names = "CHỦ TỌA || THƯ KÝ", f"{chair} || {facts.secretary}"
    else:
        phrasings = [
            f"Đồng chí {chair}, {role}, điều khiển cuộc họp; đồng chí {clerk} được cử làm thư ký."
        ]
        heads, names = "NGƯỜI GHI BIÊN BẢN || CHỦ TRÌ", f"{clerk} || {chair}"
    assert sum(phrasing in text for phrasing in phrasings) == 1
    assert markup.rstrip().splitlines()[-1] == names
    assert heads in markup.splitlines()


def _check_opinions(markup: str, facts: Facts, family: str) -> None:
    lines = _lines(markup)
    if family == "AG":
        said = [line for line in lines if re.match(r"\(\d+\) ", line)]
    else:
        said = [line for line in lines if " góp ý: " in line]
    check_listed_opinions(said, facts)


def _check_vote(markup: str, record: dict[str, Any], family: str) -> None:
    """No vote is mentioned without one; otherwise exactly one of the family's forms gives it,
    all its counts in one written form; a hand vote counts those present."""

    def against(c: str, agree: int, total: int) -> str:
        return AGAINST[family].format(c) if total > agree else ""

    counts = partial(FORMS.counts, family=family)
    forms = tuple(VOTES[family].values())
    form = check_vote_forms(to_plain_text(markup), record, forms, counts, against)
    if "giơ tay" in form:
        assert record["vote"]["total"] == record["attendance"]["present"]


def _check_layout(markup: str, facts: Facts, family: str) -> None:
    """AG's parts numbered I–V in order, its points numbered from 1; AH's headed parts lettered
    in order, the conclusion last, its tasks numbered."""
    lines = _lines(markup)
    if family == "AG":
        heads = [line.split(".")[0] for line in lines if re.match(r"[IV]+\. [A-ZĐ]", line)]
        assert heads == ["I", "II", "III", "IV", "V"]
        body = lines[lines.index("III. NỘI DUNG") + 1 : lines.index("IV. KẾT LUẬN")]
        points = [int(line.split(".")[0]) for line in body if re.match(r"\d+\. ", line)]
        assert points == list(range(1, len(points) + 1)) and points
        return
    heads = [line for line in lines if re.match(r"[A-N]\. [A-ZĐÝ]", line)]
    assert [h[0] for h in heads] == list("ABCDEFGHIKLMN"[: len(heads)])
    assert heads[-1].endswith("KẾT LUẬN") and heads[-2].endswith("Ý KIẾN ĐẢNG VIÊN")
    numbered = [line for line in lines if re.match(r"\(\d+\) ", line)]
    assert len(numbered) == len(facts.resolutions)


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
    _check_roll(markup, record, facts, family)
    _check_absentees(markup, facts, family)
    _check_presiding(markup, record, facts, family)
    _check_opinions(markup, facts, family)
    _check_vote(markup, record, family)
    _check_layout(markup, facts, family)
    _check_discussion(markup, record, facts, family)


# Written forms as they should read: (the writer, its arguments, the style) → the text.
EXAMPLES = (
    (write_clock, (19, 5), "g_spaced", "19 g 05"),
    (write_clock, (8, 0), "padded_gio", "08 giờ 00 phút"),
    (write_clock, (14, 45), "kem", "3 giờ kém 15 chiều"),
    (write_clock, (23, 50), "kem", "12 giờ kém 10 đêm"),
    (write_clock, (14, 0), "kem", "2 giờ chiều"),
    (write_clock, (19, 30), "kem", "7 giờ 30 tối"),
    (write_clock, (8, 15), "h_tick", "8h 15'"),
    (write_date, (date(2024, 3, 5),), "slash_nam", "5/3 năm 2024"),
    (write_date, (date(2024, 4, 5),), "month_word", "5 tháng Tư năm 2024"),
    (write_date, (date(2024, 3, 5),), "short_year", "5/3/24"),
    (write_date, (date(2024, 3, 5),), "padded_words", "05 tháng 03 năm 2024"),
    (count, (7,), "digits_words", "7 (bảy)"),
    (count, (21,), "words", "hai mươi mốt"),
)


def test_clocks_and_dates_read_back_to_one_value() -> None:
    """No two values are written alike, and the forms read as they should."""
    FORMS.assert_unambiguous()
    assert [write(*args, style=style) for write, args, style, _ in EXAMPLES] == [
        said for *_, said in EXAMPLES
    ]


def test_no_clock_of_a_family_reads_as_another_minute() -> None:
    """Every minute of the day has its own written form in each of AG's and AH's clocks."""
    for family in NAMES:
        styles = HANDS[family].forms["clock"]
        said = {write_clock(h, m, style=s) for s in styles for h in range(24) for m in range(60)}
        assert len(said) == 24 * 60 * len(styles)


def test_ag_and_ah_are_written_deterministically_and_only_on_request() -> None:
    for family in NAMES:
        assert_written_deterministically(heldout14.write_minutes, family)
    assert heldout_ag_ah_families() == ["AG", "AH"]
    assert heldout_ae_af_families() == ["AE", "AF"]
    assert families() == ["A", "B", "C", "D", "E", "F"]
    assert all_families()[28:34] == ["AC", "AD", "AE", "AF", "AG", "AH"]
    for seed in range(40):
        markup, _ = make_minutes(random.Random(seed))
        assert "V. KẾT THÚC" not in markup and "Ý KIẾN ĐẢNG VIÊN" not in markup


def test_the_families_vary_within_themselves() -> None:
    """Each secretary has habits, not one fixed text: the variants all occur over the seeds."""
    joined = {f: "\n".join(m) for f, m in heldout_markups(heldout14.write_minutes, NAMES).items()}
    ag_needles = ["- Bắt đầu: ", "- Thời gian: ", " năm 20", "tháng Mười", " g ", " phút"]
    ag_needles += ["- Chủ tọa: đồng chí ", "; thư ký: đ/c ", "- Khách mời: ", "phải dự: "]
    ag_needles += ["- Chi bộ hiện có ", "miễn sinh hoạt: không", "(có phép: ", "(không phép)"]
    ag_needles += ["- Vắng mặt gồm:", "- Vắng mặt: không.", "(Về việc: ", "QUÝ I"]
    ag_needles += ["Ý kiến phát biểu (", "Ý kiến phát biểu: không.", "xoay quanh", "\n(2) "]
    ag_needles += ["<<page>>\nIV. KẾT LUẬN", "giơ tay", "không đồng ý", "Lịch sinh hoạt kỳ tới"]
    ag_needles += ["Khuyết điểm:", "Kết quả biểu quyết kết nạp"]
    ah_needles = ["Hồi ", ", từ ", "/24", " tháng 0", " kém ", "' ", "Về dự có: "]
    ah_needles += ["Số đảng viên dự họp: ", "không ai vắng", "Vắng: ", "(có lý do)"]
    ah_needles += ["được miễn sinh hoạt", "Cuộc họp bế mạc hồi ", "^Về: ", "quý 4"]
    ah_needles += ["Đã có ", "góp ý: ", "Không đồng chí nào", "Những mặt còn yếu"]
    ah_needles += ["\n(3) ", "không đồng ý", "Chi bộ sẽ họp kỳ tới"]
    needles = {"AG": ag_needles, "AH": ah_needles}
    missing = {f: [n for n in needles[f] if n not in joined[f]] for f in NAMES}
    assert missing == {"AG": [], "AH": []}
    assert re.search(r"(đến|bế mạc hồi) [^,]+ ngày \d", joined["AH"])


def test_truth_of_an_ag_ah_corpus_honours_the_schema(
    tmp_path: Path, record_schema: dict[str, Any]
) -> None:
    check_family_corpora(tmp_path, NAMES, record_schema)


def test_two_letter_family_names_on_the_command_line(tmp_path: Path) -> None:
    """`--families AG,AH` gives only AG and AH, the truth naming them in full."""
    generate_clean_corpus(tmp_path / "both", NAMES, seed=3)

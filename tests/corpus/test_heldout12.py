"""AC and AD, the newest held-out families: opt-in, deterministic, true to their page.

HELD-OUT: closed to whoever writes or tunes the extraction rules (it shows AC and AD).

Every check reads the printed words as a careful person would, never through the product's
extractors: each value of the expected record must stand on the page in some written form.
"""

from __future__ import annotations

import random
from datetime import date
from functools import partial
from pathlib import Path
from typing import Any

import pytest

from bienban.corpus import heldout12
from bienban.corpus.content import (
    all_families,
    families,
    heldout_aa_ab_families,
    heldout_ac_ad_families,
    make_minutes,
)
from bienban.corpus.facts import Facts
from bienban.corpus.generate import generate_corpus
from bienban.corpus.heldout11_phrases import count
from bienban.corpus.heldout12_phrases import write_clock, write_date
from bienban.corpus.heldout_phrases import weekday_name
from bienban.corpus.markup import to_plain_text
from tests.corpus.helpers import (
    WrittenForms,
    assert_written_deterministically,
    check_end_line,
    check_family_corpora,
    check_listed_opinions,
    check_people_named,
    check_vote_forms,
    generate_clean_corpus,
    heldout_case,
    heldout_markups,
)
from tests.corpus.test_heldout9 import TOPIC_WORDS as W_X_TOPIC_WORDS

SEEDS = range(120)
NAMES = ("AC", "AD")
HANDS = heldout12.HELDOUT_FAMILIES
OPENINGS = {"AC": ("Tại ", "Chi bộ "), "AD": ("Cuộc họp ", "Buổi sinh hoạt ", "Thời điểm khai mạc")}
ENDINGS = {"AC": "Họp xong lúc ", "AD": "Cuộc họp bế mạc vào "}
OPINIONS = {"AC": "+ Ý kiến ", "AD": "Phát biểu của "}
_TALK_NOBODY = {"AC": "* Thảo luận: không có ý kiến.", "AD": "Không đồng chí nào phát biểu"}
TOPIC_WORDS = {
    **W_X_TOPIC_WORDS,
    "review": ("kết quả thực hiện nq tháng", "kết quả thực hiện nghị quyết tháng"),
    "plan": ("nhiệm vụ tháng", "triển khai ngay"),
}


def _heldout(seed: int, family: str) -> tuple[Facts, str, dict[str, Any]]:
    return heldout_case(heldout12.write_minutes, seed, family)


FORMS = WrittenForms(count, write_date, write_clock, {f: HANDS[f].forms for f in NAMES})
_dates, _days, _clocks, _shown = FORMS.dates, FORMS.days, FORMS.clocks, FORMS.shown


def _opening(markup: str, family: str) -> str:
    found = [
        line
        for line in to_plain_text(markup).splitlines()
        if line.startswith(OPENINGS[family]) and ("khai mạc" in line or "bắt đầu từ" in line)
    ]
    assert len(found) == 1, found
    return found[0]


def _check_when(markup: str, record: dict[str, Any], facts: Facts, family: str) -> None:
    opening = _opening(markup, family)
    assert any(form in opening for form in _days(facts.day, family)), opening
    assert any(form in opening for form in _clocks(record["start_time"], family)), opening
    assert (weekday_name(facts.day) in opening) == (family == "AD"), opening
    assert facts.location in opening
    text = to_plain_text(markup)
    ends = [line for line in text.splitlines() if line.startswith(ENDINGS[family])]
    check_end_line(
        ends, record, facts, partial(_clocks, family=family), partial(_days, family=family)
    )


# The counts sentence as each family words it: total, present, no one exempt, some exempt,
# nobody absent, absent with and without leave, absent all of one kind ("đều" when several).
SENTENCES = {
    "AC": (
        "Số lượng: ĐV toàn chi bộ {} đ/c",
        "; dự họp {} đ/c; ",
        ", không có đ/c miễn SH;",
        ", trong đó {} đ/c miễn SH (",
        "; không có đ/c vắng.",
        "; vắng {} đ/c (có phép: {}, không phép: {}).",
        ("; vắng {} đ/c ({}có phép).", "; vắng {} đ/c ({}không phép)."),
    ),
    "AD": (
        "Chi bộ có {} đảng viên",
        "; có mặt {} đồng chí; ",
        ", không đồng chí nào được miễn sinh hoạt;",
        ", {} đồng chí được miễn sinh hoạt đảng;",
        "; không vắng đồng chí nào.",
        "; vắng {} đồng chí ({} có lý do, {} không có lý do).",
        ("; vắng {} đồng chí ({}có lý do).", "; vắng {} đồng chí ({}không có lý do)."),
    ),
}


def _check_roll(markup: str, record: dict[str, Any], facts: Facts, family: str) -> None:
    """The counts in AD's table across the page (read in the marked-up rows), or in the
    family's sentence."""
    text = to_plain_text(markup)
    counts = record["attendance"]
    total, exempt, present = counts["total_members"], counts["exempt"], counts["present"]
    if exempt is None:
        assert "miễn" not in text.lower()
    heads = ["Tổng số", "Miễn sinh hoạt", "Có mặt", "Vắng có lý do", "Vắng không lý do"]
    values = [total, exempt, present, facts.excused, facts.unexcused]
    if exempt is None:
        del heads[1], values[1]
    header = f"| {' | '.join(heads)} |"
    if header in markup:
        assert family == "AD"
        row = markup.splitlines()[markup.splitlines().index(header) + 1]
        assert row == f"| {' | '.join(str(value) for value in values)} |", row
        return
    said_total, said_present, no_exempt, some_exempt, nobody, split, one = SENTENCES[family]
    assert _shown(text, family, said_total, total)
    assert _shown(text, family, said_present, present)
    if exempt == 0:
        assert no_exempt in text
    elif exempt:
        assert _shown(text, family, some_exempt, exempt)
    absent = facts.excused + facts.unexcused
    if not absent:
        assert nobody in text
    elif facts.excused and facts.unexcused:
        assert _shown(text, family, split, absent, facts.excused, facts.unexcused)
    else:
        form = one[0 if facts.excused else 1].replace("({}", "(đều " if absent > 1 else "(")
        assert _shown(text, family, form, absent)


def _check_absentees(markup: str, record: dict[str, Any], facts: Facts, family: str) -> None:
    """Every absentee is named with the reason: AC ticks "Có phép" or "Không phép" in a table,
    AD's reasons say "không" exactly for those absent without reason."""
    named = len(facts.absentees) == facts.excused + facts.unexcused and facts.absentees
    assert ("| Họ tên | Có phép | Không phép | Lý do |" in markup) == bool(named and family == "AC")
    assert ("Vắng mặt gồm các đồng chí: " in markup) == bool(named and family == "AD")
    for person in facts.absentees if named else []:
        if family == "AC":
            ticks = "x | –" if person.excused else "– | x"
            reason = person.reason[:1].upper() + person.reason[1:]
            assert f"| {person.name} | {ticks} | {reason} |" in markup
        else:
            assert f"{person.name} ({person.reason})" in markup
            assert ("không" in person.reason) == (not person.excused)


# The vote on admitting a candidate, on a penalty (secret ballot), by show of hands: {a} in
# favour, {t} voting, {c} those against as the family says them.
VOTES = {
    "AC": (
        "biểu quyết kết nạp: {a} đ/c đồng ý trên tổng số {t} đ/c chính thức.",
        "kỷ luật: tổng số phiếu {t}, phiếu đồng ý {a}.",
        "Biểu quyết (giơ tay): {t} đ/c tham gia, {a} đ/c đồng ý, {c} đ/c không đồng ý.",
    ),
    "AD": (
        "đề nghị kết nạp: tán thành {a}; tổng số đảng viên chính thức biểu quyết: {t}.",
        "số phiếu phát ra {t}; số phiếu tán thành hình thức kỷ luật {a}.",
        "Biểu quyết giơ tay: tổng số {t} đồng chí; tán thành {a}; {c}.",
    ),
}


def _check_vote(markup: str, record: dict[str, Any], facts: Facts, family: str) -> None:
    """No vote is mentioned without one; otherwise exactly one of the family's forms gives it,
    all its counts in one written form."""

    def against(c: str, agree: int, total: int) -> str:
        if family == "AD":
            return f"không tán thành {c}" if total > agree else "không có ý kiến khác"
        return c

    counts = partial(FORMS.counts, family=family)
    check_vote_forms(to_plain_text(markup), record, VOTES[family], counts, against)


def _check_presiding(markup: str, record: dict[str, Any], facts: Facts, family: str) -> None:
    """Who chaired and who wrote, in one of the family's phrasings, and the signatures with the
    minute-taker on the left."""
    text = to_plain_text(markup)
    check_people_named(text, record)
    chair, clerk, role, clerk_role = (
        record["chair"],
        record["secretary"],
        facts.chair_role,
        facts.secretary_role,
    )
    lines = markup.rstrip().splitlines()
    if family == "AC":
        phrasings = [
            f"Đ/c {chair} ({role}) chủ trì; đ/c {clerk}"
            + (f", {clerk_role}," if clerk_role else "")
            + " ghi biên bản.",
            f"Chủ trì: đ/c {chair} – {role}; thư ký: đ/c {clerk}"
            + (f" – {clerk_role}" if clerk_role else "")
            + ".",
        ]
        heads = "THƯ KÝ || CHỦ TRÌ"
    else:
        with_role = f", {clerk_role}" if clerk_role else ""
        phrasings = [
            f"Chủ tọa: đồng chí {chair}, {role}.\nThư ký: đồng chí {clerk}{with_role}.",
            f"Đồng chí {chair}, {role}, làm chủ tọa; đồng chí {clerk}"
            + (f"{with_role}," if clerk_role else "")
            + " làm thư ký.",
        ]
        heads = "NGƯỜI GHI BIÊN BẢN || CHỦ TỌA CUỘC HỌP"
    assert sum(phrasing in text for phrasing in phrasings) == 1
    assert lines[-1] == f"{clerk} || {chair}"
    assert heads in lines


def _check_opinions(markup: str, record: dict[str, Any], facts: Facts, family: str) -> None:
    lines = to_plain_text(markup).splitlines()
    check_listed_opinions([line for line in lines if line.startswith(OPINIONS[family])], facts)


# How many spoke: before the opinions, or with a summary of them.
SPEAKER_COUNTS = {
    "AC": ("* Thảo luận ({} ý kiến):", "* Thảo luận: {} ý kiến, tập trung vào: "),
    "AD": ("Số người phát biểu: {}.", "Số người phát biểu: {}; ý kiến tập trung vào: "),
}


def _check_discussion(markup: str, record: dict[str, Any], facts: Facts, family: str) -> None:
    """Nobody spoke exactly when the record says none did; the resolutions, the thematic title,
    the speaker count, the topics, the type and the next meeting are on the page."""
    FORMS.check_discussion(
        markup,
        record,
        facts,
        family,
        nobody=_TALK_NOBODY[family],
        templates=SPEAKER_COUNTS[family],
        topic_words=TOPIC_WORDS,
        opening=partial(_opening, markup, family),
    )


@pytest.mark.parametrize("family", NAMES)
@pytest.mark.parametrize("seed", SEEDS)
def test_truth_agrees_with_printed_text(seed: int, family: str) -> None:
    """Each check of this file holds on the minutes of every seed."""
    facts, markup, record = _heldout(seed, family)
    _check_when(markup, record, facts, family)
    _check_roll(markup, record, facts, family)
    _check_absentees(markup, record, facts, family)
    _check_presiding(markup, record, facts, family)
    _check_opinions(markup, record, facts, family)
    _check_vote(markup, record, facts, family)
    _check_discussion(markup, record, facts, family)


def test_clocks_and_dates_read_back_to_one_value() -> None:
    FORMS.assert_unambiguous()
    assert write_clock(19, 30, style="upper_h") == "19H30"
    assert write_clock(19, 30, style="h_twelve") == "7h30 tối"
    assert write_clock(0, 15, style="h_twelve") == "12h15 đêm"
    assert write_clock(12, 0, style="h_twelve") == "12h00 trưa"
    assert write_clock(14, 0, style="spelled") == "mười bốn giờ"
    assert write_clock(19, 45, style="spelled") == "mười chín giờ bốn mươi lăm phút"
    assert write_date(date(2024, 3, 5), style="month_slash") == "5 tháng 3/2024"
    assert write_date(date(2024, 3, 5), style="dash_padded") == "05-03-2024"


def test_ac_and_ad_are_written_deterministically_and_only_on_request() -> None:
    for family in NAMES:
        assert_written_deterministically(heldout12.write_minutes, family)
    assert heldout_ac_ad_families() == ["AC", "AD"]
    assert heldout_aa_ab_families() == ["AA", "AB"]
    assert families() == ["A", "B", "C", "D", "E", "F"]
    assert all_families()[26:30] == ["AA", "AB", "AC", "AD"]
    for seed in range(40):
        markup, _ = make_minutes(random.Random(seed))
        assert "Số lượng: ĐV toàn chi bộ" not in markup and "PHẦN THỨ NHẤT" not in markup


def test_the_families_vary_within_themselves() -> None:
    """Each secretary has habits, not one fixed text: the variants all occur over the seeds."""
    joined = {f: "\n".join(m) for f, m in heldout_markups(heldout12.write_minutes, NAMES).items()}
    ac_needles = ["-BB/CB ||", "Tại ", "; giờ khai mạc: ", "H30", " tối", "tháng 1/", "/0"]
    ac_needles += [
        "Đ/c vắng:",
        "| Họ tên | Có phép |",
        "(có phép: ",
        "đều có phép",
        " đ/c (có phép).",
        "miễn SH (",
    ]
    ac_needles += ["không có đ/c vắng", "Đại biểu về dự: ", "* Đảng phí: ", "* Thời sự: "]
    ac_needles += ["* Thảo luận (", "* Thảo luận: ", "+ Ý kiến đ/c ", "<<page>>", "(2) "]
    ac_needles += ["Biểu quyết (giơ tay)", "Lịch họp tháng sau", "Tồn tại"]
    ac_needles += ["chủ trì; đ/c ", "Chủ trì: đ/c ", "ngày 0"]
    ad_needles = [
        "PHẦN THỨ BA",
        "Thời điểm khai mạc: ",
        "Buổi sinh hoạt chuyên đề",
        " giờ ",
        "mươi",
    ]
    ad_needles += ["| Tổng số | Miễn sinh hoạt |", "| Tổng số | Có mặt |", "Chi bộ có ", "(đều "]
    ad_needles += ["Vắng mặt gồm các đồng chí: ", "Khách mời: ", "Số người phát biểu: "]
    ad_needles += ["Phát biểu của đồng chí ", "<<page>>\nPHẦN", "b) ", "không tán thành "]
    ad_needles += ["không có ý kiến khác", "Thời gian họp kỳ tới", "Chủ tọa: ", "làm chủ tọa"]
    ad_needles += ["phút cùng ngày", "-0"]
    needles = {"AC": ac_needles, "AD": ad_needles}
    missing = {f: [n for n in needles[f] if n not in joined[f]] for f in NAMES}
    assert missing == {"AC": [], "AD": []}


def test_truth_of_an_ac_ad_corpus_honours_the_schema(
    tmp_path: Path, record_schema: dict[str, Any]
) -> None:
    check_family_corpora(tmp_path, NAMES, record_schema)


def test_two_letter_family_names_on_the_command_line(tmp_path: Path) -> None:
    """`--families AC,AD` gives only AC and AD, the truth naming them in full; a name not known
    is refused."""
    generate_clean_corpus(tmp_path / "both", NAMES)
    with pytest.raises(ValueError, match="ZZ"):
        generate_corpus(tmp_path / "bad", count=1, seed=1, formats=("pdf_text",), families=["ZZ"])

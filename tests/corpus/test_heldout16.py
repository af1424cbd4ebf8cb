"""Tests of AK and AL, the newest held-out families: opt-in, deterministic, true to their page.

HELD-OUT: AK and AL are closed to whoever writes or tunes the extraction rules, and so is this
file, which shows them. Its checks read the printed words the way a careful person reads them,
never through the product's extractors: every value of the expected record has to stand on the
page in some written form.
"""

from __future__ import annotations

import random
import re
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from bienban.corpus import heldout16
from bienban.corpus.content import (
    all_families,
    families,
    heldout_ag_ah_families,
    heldout_ak_al_families,
    make_minutes,
)
from bienban.corpus.facts import Facts
from bienban.corpus.heldout16_phrases import count, share, write_clock, write_date
from bienban.corpus.heldout_phrases import weekday_name
from bienban.corpus.markup import to_plain_text
from bienban.corpus.words import number_in_words
from tests.corpus.helpers import (
    WrittenForms,
    assert_written_deterministically,
    check_family_corpora,
    check_listed_opinions,
    check_people_named,
    check_vote_forms,
    generate_clean_corpus,
    heldout_case,
    heldout_markups,
    only,
    plain_lines,
)

SEEDS = range(150)
NAMES = ("AK", "AL")
HANDS = heldout16.HELDOUT_FAMILIES
FORMS = WrittenForms(count, write_date, write_clock, {f: HANDS[f].forms for f in NAMES})
TOPIC_WORDS = {
    "current_affairs": ("thời sự",),
    "directives": ("quán triệt", "chỉ đạo"),
    "review": ("kiểm điểm việc làm tháng", "đánh giá kết quả thực hiện nghị quyết tháng"),
    "plan": ("việc tháng tới", "nhiệm vụ trọng tâm tháng", "phải làm ngay", "cấp bách"),
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
NOBODY = {"AK": "Ý kiến: không ai phát biểu thêm.", "AL": "Hội nghị không có ý kiến phát biểu"}
SPEAKER_COUNTS = {
    "AK": ("Có {} ý kiến, chủ yếu ", "Ý kiến ({} người nói):"),
    "AL": (
        "Hội nghị đã nghe {} lượt ý kiến tham gia; các ý kiến chính:",
        "Hội nghị đã nghe {} lượt ý kiến tham gia, tập trung vào: ",
    ),
}
# Numbers as words, longest first, so that "hai mươi bảy" is read before "hai".
_WORDS = sorted(((number_in_words(i), i) for i in range(1000)), key=lambda p: -len(p[0]))
_CLOCK = (
    r"\d{1,2} giờ(?: rưỡi| \d{2})? (?:sáng|trưa|chiều|tối|đêm)|\d{1,2} giờ \d{2} phút"
    r"|\d{1,2}h(?:\d{2})?"
)
_DATE = r"\d{1,2} tháng \d{1,2} năm \d{4}|\d{1,2}[/-]\d{1,2}[/-]\d{4}"


def _case(seed: int, family: str) -> tuple[Facts, str, dict[str, Any]]:
    return heldout_case(heldout16.write_minutes, seed, family)


def _read_number(rest: str) -> int | None:
    """The count that `rest` starts with, in digits or in words."""
    digits = re.match(r"\d+", rest)
    if digits:
        return int(digits[0])
    for words, value in _WORDS:
        if rest.startswith(words) and not rest[len(words) : len(words) + 1].isalpha():
            return value
    return None


def _numbers_after(text: str, label: str) -> list[int | None]:
    """Each count written right after `label` in `text`."""
    return [_read_number(text[m.end() :]) for m in re.finditer(re.escape(label), text)]


def _reader(family: str, write: Any, styles: str, values: list[Any]) -> dict[str, Any]:
    return {write(*v, style=s): v for s in HANDS[family].forms[styles] for v in values}


_MINUTES = [(h, m) for h in range(24) for m in range(60)]
_DAYS = [(date(2011, 1, 1) + timedelta(days=d),) for d in range(16 * 366)]
CLOCKS = {f: _reader(f, write_clock, "clock", _MINUTES) for f in NAMES}
DATES = {f: _reader(f, write_date, "date", _DAYS) for f in NAMES}


def _clocks_in(line: str, family: str) -> list[tuple[int, int]]:
    """The clocks written in `line`, read back to (hour, minute)."""
    return [CLOCKS[family][said] for said in re.findall(_CLOCK, line)]


def _dates_in(line: str, family: str) -> list[date]:
    return [DATES[family][said][0] for said in re.findall(_DATE, line)]


def _opening(markup: str, family: str) -> str:
    """Where the meeting's day and start stand: AK's first sentence, AL's time line."""
    lines = plain_lines(markup)
    if family == "AK":
        return only([ln for ln in lines if ln.startswith(("Vào họp lúc ", "Ngày "))])
    return only([ln for ln in lines if ln.startswith("1. Thời gian: ")])


def _check_when(markup: str, record: dict[str, Any], facts: Facts, family: str) -> None:
    """The day with its weekday, the start (and the end, where the time line gives a span),
    and the one line of the close with the end and, past midnight, the next day."""
    opening = _opening(markup, family)
    assert _dates_in(opening, family)[0] == facts.day, opening
    assert weekday_name(facts.day) in opening
    clocks = _clocks_in(opening, family)
    assert clocks[0] == facts.start, opening
    assert facts.location in to_plain_text(markup)
    lead = "Họp xong lúc " if family == "AK" else "Hội nghị kết thúc vào "
    ends = [line for line in plain_lines(markup) if line.startswith(lead)]
    if facts.end is None:
        assert not ends and len(clocks) == 1
        return
    end = only(ends)
    assert _clocks_in(end, family) == [facts.end], end
    assert (_dates_in(end, family) == [facts.day + timedelta(days=1)]) == facts.end_next_day
    if family == "AL":
        assert ("cùng ngày" in end) != facts.end_next_day
        assert clocks in ([facts.start], [facts.start, facts.end])
    minutes = (facts.end[0] - facts.start[0]) * 60 + facts.end[1] - facts.start[1]
    assert record["duration_minutes"] == minutes % 1440
    assert (record["start_time"], record["end_time"]) == tuple(
        f"{h:02d}:{m:02d}" for h, m in (facts.start, facts.end)
    )


def _roll_text(markup: str, family: str) -> str:
    lines = plain_lines(markup)
    if family == "AK":
        return only([ln for ln in lines if ln.startswith(("Đảng viên: tổng số ", "Có mặt "))])
    head = next(i for i, ln in enumerate(lines) if ln.endswith(". Đảng viên dự hội nghị:"))
    return lines[head + 1]


def _check_ak_roll(markup: str, facts: Facts) -> None:
    roll = _roll_text(markup, "AK")
    absent = facts.excused + facts.unexcused
    assert _numbers_after(roll, "tổng số ") == [facts.total]
    assert _numbers_after(roll.lower(), "có mặt ") == [facts.present]
    if roll.startswith("Có mặt "):
        due = re.search(r"(?:/| trên )(.+?) đ/c phải dự", roll)
        assert due and _read_number(due[1]) == facts.total - (facts.exempt or 0)
    if facts.exempt is None:
        assert "miễn" not in roll
    else:
        assert _numbers_after(roll, "miễn sinh hoạt ") == [facts.exempt]
    if not absent:
        assert "không ai vắng" in roll
        return
    assert _numbers_after(roll, "; vắng ") == [absent]
    if facts.excused and facts.unexcused:
        split = re.search(r"\(([^()]+) có xin phép, ([^()]+) không xin phép\)", roll)
        assert split and [_read_number(split[1]), _read_number(split[2])] == [
            facts.excused,
            facts.unexcused,
        ]
    else:
        assert ("(có xin phép)" if facts.excused else "(không xin phép)") in roll


def _check_al_roll(markup: str, facts: Facts) -> None:
    """The table's rows, or the sentence; a share of those present, when given, is theirs over
    those who had to come."""
    absent = facts.excused + facts.unexcused
    due = facts.total - (facts.exempt or 0)
    rows = {
        cells[0]: cells[1:]
        for line in markup.splitlines()
        if line.startswith("| ") and (cells := [c.strip() for c in line.strip("|").split("|")])
    }
    if "Tổng số đảng viên" in rows:
        values = {label: int(cells[0]) for label, cells in rows.items() if cells[0].isdigit()}
        wanted = {
            "Tổng số đảng viên": facts.total,
            "Có mặt": facts.present,
            "Vắng có lý do": facts.excused,
            "Vắng không lý do": facts.unexcused,
        }
        if facts.exempt is not None:
            wanted["Miễn sinh hoạt"] = facts.exempt
        assert ("Miễn sinh hoạt" in rows) == (facts.exempt is not None)
        assert {k: v for k, v in values.items() if k in wanted} == wanted
        rate = rows["Có mặt"][1]
    else:
        roll = _roll_text(markup, "AL")
        assert _numbers_after(roll, "của chi bộ: ") == [facts.total]
        assert _numbers_after(roll, "; có mặt: ") == [facts.present]
        exempt = _numbers_after(roll, "miễn sinh hoạt đảng: ")
        assert exempt == ([] if facts.exempt is None else [facts.exempt])
        if absent:
            assert _numbers_after(roll, "vắng mặt: ") == [absent]
            assert _numbers_after(roll, "có lý do ") == ([facts.excused] if facts.excused else [])
            wanted = [facts.unexcused] if facts.unexcused else []
            assert _numbers_after(roll, "không lý do ") == wanted
        else:
            assert "không có đồng chí vắng mặt" in roll
        rate = roll
    shown = re.search(r"đạt (\d+(?:,\d)?%)", rate)
    if shown:
        assert shown[1] == share(facts.present, due)


def _check_absentees(markup: str, facts: Facts, family: str) -> None:
    """When every absentee is named, each stands with the kind of absence (and the reason when
    excused); otherwise nobody is named."""
    named = bool(facts.absentees) and len(facts.absentees) == facts.excused + facts.unexcused
    text = to_plain_text(markup)
    if family == "AK":
        groups = {
            True: [ln for ln in plain_lines(markup) if ln.startswith("Vắng có xin phép: ")],
            False: [ln for ln in plain_lines(markup) if ln.startswith("Vắng không xin phép: ")],
        }
        assert bool(groups[True] or groups[False]) == named
        for person in facts.absentees if named else []:
            line = only(groups[person.excused])
            said = f"đ/c {person.name} ({person.reason})" if person.excused else person.name
            assert said in line
        return
    notes = {
        cells[1].strip(): cells[3].strip()
        for line in markup.splitlines()
        if line.startswith("| ") and len(cells := line.split("|")) == 5
    }
    listed = "Đảng viên vắng mặt: " in text
    if "Vắng có lý do" in notes:
        assert not listed
        for person in facts.absentees if named else []:
            note = notes["Vắng có lý do" if person.excused else "Vắng không lý do"]
            assert person.name in note and (person.reason in note) == person.excused
        assert named or not (notes["Vắng có lý do"] or notes["Vắng không lý do"])
        return
    assert listed == named
    for person in facts.absentees if named else []:
        said = "lý do: " + person.reason if person.excused else "vắng không lý do"
        assert f"đồng chí {person.name} – {said}" in text


def _check_presiding(markup: str, record: dict[str, Any], facts: Facts, family: str) -> None:
    """Who chaired and who wrote, in one of the family's phrasings; the signatures with the
    minute-taker on the left."""
    text = to_plain_text(markup)
    check_people_named(text, record)
    chair, clerk, role = facts.chair, facts.secretary, facts.chair_role
    if family == "AK":
        clerk_role = f" ({facts.secretary_role})" if facts.secretary_role else ""
        phrasings = [
            f"Chủ trì: {role} {chair}; thư ký: đ/c {clerk}{clerk_role}.",
            f"Đ/c {chair} ({role}) chủ tọa, đ/c {clerk}{clerk_role} làm thư ký.",
        ]
        heads = ("Thư ký || Chủ tọa", "Người ghi biên bản || Chủ tọa")
    else:
        clerk_role = f", {facts.secretary_role}" if facts.secretary_role else ""
        phrasings = [
            f"1. Chủ trì hội nghị: đồng chí {chair}, {role}.\n2. Thư ký hội nghị: đồng chí "
            f"{clerk}{clerk_role}."
        ]
        heads = ("THƯ KÝ || T/M CHI BỘ",)
        office = "PHÓ BÍ THƯ" if role.startswith("Phó") else "BÍ THƯ"
        assert f"|| {office}" in markup.splitlines()
    assert sum(phrasing in text for phrasing in phrasings) == 1
    assert f"{clerk} || {chair}" in markup.splitlines()
    assert any(head in markup.splitlines() for head in heads)
    guests = [ln for ln in plain_lines(markup) if ln.startswith(("Khách mời: ", "3. Đại biểu"))]
    assert len(guests) == bool(facts.guests) + (family == "AL" and bool(facts.unnamed_guest))
    for name, guest_role in facts.guests:
        assert name in only(guests) and guest_role in only(guests)


def _check_opinions(markup: str, facts: Facts, family: str) -> None:
    lines = plain_lines(markup)
    if family == "AK":
        said = [ln for ln in lines if re.match(r"- (Đ/c|Ông|Bà|Đồng chí) ", ln)]
    else:
        said = [ln for ln in lines if re.match(r"[a-k]\) ", ln)]
        letters = [ln[0] for ln in said]
        assert letters == [chr(ord("a") + i) for i in range(len(said))]
    check_listed_opinions(said, facts)


VOTES = heldout16.parts.VOTES
AGAINST = heldout16.parts.AGAINST


def _check_vote(markup: str, record: dict[str, Any], family: str) -> None:
    """No vote is mentioned without one; otherwise exactly one of the family's forms gives it,
    all its counts in one written form, with its share; a hand vote counts those present."""
    vote = record["vote"]
    forms = []
    for form in VOTES[family].values():
        for per in ("/", " trên ") if "{per}" in form else ("",):
            forms.append(form.replace("{per}", per))
    if vote:
        forms = [f.replace("{p}", share(vote["agree"], vote["total"])) for f in forms]

    def against(c: str, agree: int, total: int) -> str:
        return AGAINST[family].format(c) if total > agree else ""

    def written(n: int) -> list[str]:
        return FORMS.counts(n, family)

    form = check_vote_forms(to_plain_text(markup), record, forms, written, against)
    if "giơ tay" in form:
        assert vote["total"] == record["attendance"]["present"]


def _check_order(markup: str, facts: Facts, family: str) -> None:
    """AK's tasks are "1/", "2/" … in order (a long one may run on to the next line); AL's
    parts run I to IV (V with a vote) and its reports are numbered in turn."""
    lines = plain_lines(markup)
    if family == "AK":
        heads = [ln for ln in lines if re.match(r"\d+/ ", ln)]
        assert [h.split("/")[0] for h in heads] == [str(i + 1) for i in range(len(heads))]
        assert len(heads) == len(facts.resolutions)
        return
    parts = [ln.split(".")[0] for ln in lines if re.match(r"[IV]+\. [A-ZĐ]", ln)]
    assert parts == ["I", "II", "III", "IV"] + (["V"] if facts.vote else [])
    start = lines.index("III. DIỄN BIẾN HỘI NGHỊ")
    body = lines[start : lines.index("IV. HỘI NGHỊ QUYẾT NGHỊ")]
    numbers = [ln.split(".")[0] for ln in body if re.match(r"\d+\. ", ln)]
    assert numbers == [str(i + 1) for i in range(len(numbers))] and numbers


@pytest.mark.parametrize(("seed", "family"), [(s, f) for s in SEEDS for f in NAMES])
def test_every_value_of_the_record_is_on_the_page(seed: int, family: str) -> None:
    """The checks above, on each seed's minutes in each family."""
    facts, markup, record = _case(seed, family)
    _check_when(markup, record, facts, family)
    assert (record["attendance"]["total_members"], record["attendance"]["exempt"]) == (
        facts.total,
        facts.exempt,
    )
    if family == "AK":
        _check_ak_roll(markup, facts)
    else:
        _check_al_roll(markup, facts)
    _check_absentees(markup, facts, family)
    _check_presiding(markup, record, facts, family)
    _check_opinions(markup, facts, family)
    _check_vote(markup, record, family)
    _check_order(markup, facts, family)
    FORMS.check_discussion(
        markup,
        record,
        facts,
        family,
        nobody=NOBODY[family],
        templates=SPEAKER_COUNTS[family],
        topic_words=TOPIC_WORDS,
        opening=lambda: _opening(markup, family),
    )


# Written forms as they should read: (the writer, its arguments, the style) → the text.
EXAMPLES = (
    (write_clock, (19, 30), "ruoi", "7 giờ rưỡi tối"),
    (write_clock, (14, 0), "ruoi", "2 giờ chiều"),
    (write_clock, (0, 5), "ruoi", "12 giờ 05 đêm"),
    (write_clock, (7, 15), "ruoi", "7 giờ 15 sáng"),
    (write_clock, (19, 0), "h_bare", "19h"),
    (write_clock, (19, 5), "h_bare", "19h05"),
    (write_clock, (14, 0), "gio_phut", "14 giờ 00 phút"),
    (write_clock, (8, 30), "h", "8h30"),
    (write_date, (date(2024, 3, 5),), "slash", "5/3/2024"),
    (write_date, (date(2024, 3, 5),), "dash", "5-3-2024"),
    (write_date, (date(2024, 3, 15),), "words", "15 tháng 3 năm 2024"),
    (write_date, (date(2024, 3, 5),), "padded_words", "05 tháng 03 năm 2024"),
    (write_date, (date(2024, 3, 5),), "dash_padded", "05-03-2024"),
    (count, (27,), "words", "hai mươi bảy"),
    (count, (7,), "padded", "07"),
    (share, (22, 23), None, "95,7%"),
)


def test_clocks_and_dates_read_back_to_one_value() -> None:
    """No two values are written alike, every minute has its own form, and the forms read as
    they should."""
    FORMS.assert_unambiguous()
    for family in NAMES:
        assert len(CLOCKS[family]) == 24 * 60 * len(HANDS[family].forms["clock"])
    said = [
        write(*args) if style is None else write(*args, style=style)
        for write, args, style, _ in EXAMPLES
    ]
    assert said == [text for *_, text in EXAMPLES]
    assert share(23, 23) == "100%"


def test_ak_and_al_are_written_deterministically_and_only_on_request() -> None:
    for family in NAMES:
        assert_written_deterministically(heldout16.write_minutes, family)
    assert heldout_ak_al_families() == ["AK", "AL"]
    assert heldout_ag_ah_families() == ["AG", "AH"]
    assert families() == ["A", "B", "C", "D", "E", "F"]
    names = all_families()
    assert names.index("AL") == names.index("AK") + 1 > names.index("AH") + 1
    for seed in range(40):
        markup, _ = make_minutes(random.Random(seed))
        assert "Họp xong lúc" not in markup and "HỘI NGHỊ QUYẾT NGHỊ" not in markup


def test_the_families_vary_within_themselves() -> None:
    """Each secretary has habits, not one fixed text: the variants all occur over the seeds."""
    joined = {f: "\n".join(m) for f, m in heldout_markups(heldout16.write_minutes, NAMES).items()}
    ak_needles = ["|| ĐẢNG CỘNG SẢN VIỆT NAM", "\nĐẢNG BỘ ", "Vào họp lúc ", "\nNgày ", "rưỡi"]
    ak_needles += ["h, ", "/20", "-20", "Chủ trì: ", " chủ tọa, ", "Khách mời: ", " về dự."]
    ak_needles += ["Đảng viên: tổng số ", "đ/c phải dự", " trên ", "không ai vắng", "mươi"]
    ak_needles += ["Vắng có xin phép: ", "Vắng không xin phép: ", "* Ý kiến:", "người nói):"]
    ak_needles += ["* Ý kiến: không ai", "chủ yếu ", "* Kiểm điểm", "Còn yếu:", "+ chuyên đề"]
    ak_needles += ["(Việc: ", "giơ tay", "không nhất trí", "Hẹn họp", "sang ngày", "(Đã ký)"]
    ak_needles += ["Biểu quyết kết nạp", "Người ghi biên bản"]
    al_needles = ["Số: ", "\n* ||", "^-----", "khai mạc ", " – ", " tháng 0", "-0", "phút"]
    al_needles += ["| Nội dung | Số lượng", "(đạt ", "chính thức ", "3. Đại biểu", "Ý kiến tham"]
    al_needles += ["Đảng viên vắng mặt: ", "các ý kiến chính:", "tập trung vào:", "\nb) "]
    al_needles += ["không có ý kiến", "<<page>>\nIV.", "| TT | Nội dung nhiệm vụ |", "Một là: "]
    al_needles += ["Hai là: ", ";\n2. ", "V. KẾT QUẢ", "không tán thành", "kỳ tới", "PHÓ BÍ THƯ"]
    al_needles += ["Nơi nhận:", "lồng ghép", "QUÝ I", "Hạn chế, tồn tại", "V/v "]
    needles = {"AK": ak_needles, "AL": al_needles}
    missing = {f: [n for n in needles[f] if n not in joined[f]] for f in NAMES}
    assert missing == {"AK": [], "AL": []}
    assert re.search(r" \d{1,2}h\d\d", joined["AL"]) and re.search(r" \d{1,2}h[,.]", joined["AK"])


def test_truth_of_an_ak_al_corpus_honours_the_schema(
    tmp_path: Path, record_schema: dict[str, Any]
) -> None:
    check_family_corpora(tmp_path, NAMES, record_schema)


def test_two_letter_family_names_on_the_command_line(tmp_path: Path) -> None:
    """`--families AK,AL` gives only AK and AL, the truth naming them in full."""
    generate_clean_corpus(tmp_path / "both", NAMES, seed=1)

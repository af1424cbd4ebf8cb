"""The held-out families G and H: opt-in, deterministic, and their truth agrees with the page.

HELD-OUT: people who write or tune extraction rules must not read this file (it shows G and H).

The checks read the printed text the way a careful person would, never through the product's
extractors: each value of the expected record must be visible on the page in some written form.
"""

from __future__ import annotations

import hashlib
import json
import random
import re
from datetime import date, timedelta
from pathlib import Path

import pytest

from bienban.cli import main
from bienban.corpus import heldout
from bienban.corpus.content import all_families, families, make_minutes
from bienban.corpus.facts import Facts
from bienban.corpus.generate import generate_corpus
from bienban.corpus.heldout_phrases import WEEKDAYS, is_fully_named, weekday_name, write_time
from bienban.corpus.layout import Style, layout_markup
from bienban.corpus.markup import PAGE_BREAK, to_plain_text
from bienban.corpus.words import number_in_words
from tests.corpus.helpers import assert_written_deterministically, heldout_case, read_truth

SEEDS = range(120)
# sha256 over make_minutes for seeds 0..39 with the default mix and with each of A–F: the
# corpus every existing seed gives. Change it only for a deliberate change to A–F.
DEFAULT_DIGEST = "6c381ac043ff6d5739467ecbd74af94ca79ae50c55b226635ab9bae659c6a031"
TIME_STYLES = ("hoi", "bare", "h_period", "h_apos", "clock12")
TOPIC_WORDS = {
    "current_affairs": ("thời sự",),
    "directives": ("triển khai", "công điện"),
    "review": ("thực hiện nghị quyết tháng",),
    "plan": ("nhiệm vụ", "giải pháp", "quyết nghị", "thống nhất"),
    "ideology": ("tư tưởng",),
    "criticism": ("nhận xét",),
    "thematic": ("chuyên đề",),
    "ho_chi_minh": ("hồ chí minh",),
    "party_fees": ("đảng phí",),
    "member_development": ("kết nạp",),
    "member_assignment": ("phân công", "phụ trách"),
    "inspection": ("kiểm tra", "giám sát", "kiểm điểm", "kỷ luật"),
    "mass_mobilization": ("mặt trận", "dân vận", "vận động", "đoàn thể"),
}
TYPE_WORDS = {
    "regular": ("THƯỜNG KỲ", "ĐỊNH KỲ", "thường kỳ"),
    "thematic": ("CHUYÊN ĐỀ", "Chuyên đề"),
    "combined": ("VÀ SINH HOẠT CHUYÊN ĐỀ", "kết hợp chuyên đề"),
    "extraordinary": ("BẤT THƯỜNG",),
}


def _heldout(seed: int, family: str) -> tuple[Facts, str, dict]:
    return heldout_case(heldout.write_minutes, seed, family)


def _has_number(text: str, n: int) -> bool:
    return bool(re.search(rf"(?<![\d/])0?{n}(?!\d)", text)) or number_in_words(n) in text


def _date_forms(day: date) -> list[str]:
    return [
        f"ngày {day.day} tháng {day.month} năm {day.year}",
        f"ngày {day.day:02d} tháng {day.month} năm {day.year}",
        f"ngày {day.day}/{day.month}/{day.year}",
        f"ngày {day.day:02d}/{day.month}/{day.year}",
        f"ngày {day.day:02d}-{day.month:02d}-{day.year}",
    ]


def _time_forms(hhmm: str) -> set[str]:
    hour, minute = (int(part) for part in hhmm.split(":"))
    return {write_time(hour, minute, style=style) for style in TIME_STYLES}


def _parse_date(text: str) -> date:
    numbers = [int(n) for n in re.findall(r"\d+", text)]
    return date(numbers[2], numbers[1], numbers[0])


def _opening(markup: str) -> str:
    return next(
        line
        for line in markup.splitlines()
        if line.startswith(("Vào hồi", "Hôm nay", "- Thời gian:"))
    )


def _check_when(markup: str, record: dict, facts: Facts) -> None:
    text, opening = to_plain_text(markup), _opening(markup)
    assert any(form in opening for form in _date_forms(facts.day)), opening
    assert any(form in opening for form in _time_forms(record["start_time"])), opening
    date_pattern = r"((?:thứ \w+|Chủ nhật)), (ngày \d+(?: tháng \d+ năm |[/-])\d+(?: |[/-])?\d*)"
    for weekday, written in re.findall(date_pattern, text):
        assert weekday in WEEKDAYS and weekday == weekday_name(_parse_date(written)), written
    ends = [line for line in text.splitlines() if "kết thúc" in line or " đến " in line]
    if record["end_time"] is None:
        assert not any(re.search(r"\d+ ?(giờ|h)", line) for line in ends), ends
        return
    assert any(form in line for line in ends for form in _time_forms(record["end_time"])), ends
    if facts.end_next_day:
        after = facts.day + timedelta(days=1)
        assert f"ngày {after.day}/{after.month}/{after.year}" in text


def _check_total(text: str, total: int) -> None:
    split = re.search(r"(\d+) đảng viên chính thức và (\d+) đảng viên dự bị", text)
    if split:
        assert int(split[1]) + int(split[2]) == total
    else:
        assert _has_number(text, total), total


def _check_absences(text: str, facts: Facts) -> None:
    absent = facts.excused + facts.unexcused
    if absent and not is_fully_named(facts):
        if facts.excused and facts.unexcused:
            assert _has_number(text, facts.excused) and _has_number(text, facts.unexcused)
        else:
            assert _has_number(text, absent)
    if absent and is_fully_named(facts):
        line = next(li for li in text.splitlines() if facts.absentees[0].name in li)
        for person in facts.absentees:
            assert person.name in line
        if "có lý do:" in line:
            excused_part = line.split("có lý do:")[1].split("không lý do")[0]
            for person in facts.absentees:
                assert (person.name in excused_part) == person.excused, person


def _check_counts(markup: str, record: dict, facts: Facts) -> None:
    text = to_plain_text(markup)
    counts = record["attendance"]
    _check_total(text, counts["total_members"])
    assert _has_number(text, counts["present"])
    if counts["exempt"] is None:
        assert "miễn" not in text.lower()
    else:
        assert "miễn" in text.lower() and (
            _has_number(text, counts["exempt"]) or counts["exempt"] == 0
        )
    _check_absences(text, facts)
    if record["vote"]:
        agree, total = record["vote"]["agree"], record["vote"]["total"]
        assert (_has_number(text, agree) and _has_number(text, total)) or (
            agree == total == counts["present"] and "100%" in text
        )


def _check_people_and_content(markup: str, record: dict, facts: Facts) -> None:
    text = to_plain_text(markup)
    for key in ("chair", "secretary", "location", "branch", "parent_committee"):
        assert record[key].lower() in text.lower(), key
    for key in ("chair", "secretary"):
        assert not re.match(r"(?i)(đồng chí|đ/c|bí thư)", record[key])
    for guest in record["attendance"]["guests"]:
        assert guest in text
    for item in record["resolutions"]:
        assert item.rstrip(".") in text, item
    if record["thematic_title"]:
        assert record["thematic_title"] in text
    if facts.stated_speakers is not None:
        assert _has_number(text, facts.stated_speakers) or facts.stated_speakers == 0
    else:
        assert record["speakers"] == len(facts.speeches)
    for speech in facts.speeches if not facts.sections.get("summarise") else []:
        assert speech.speaker in text
    for topic in record["topics"]:
        assert any(word in text.lower() for word in TOPIC_WORDS[topic]), topic
    titles = " ".join(line for line in markup.splitlines() if line.startswith("^"))
    assert any(word in titles for word in TYPE_WORDS[record["meeting_type"]]), titles
    assert "<<" not in text and "||" not in text


@pytest.mark.parametrize("family", ["G", "H"])
@pytest.mark.parametrize("seed", SEEDS)
def test_truth_agrees_with_printed_text(seed: int, family: str) -> None:
    facts, markup, record = _heldout(seed, family)
    _check_when(markup, record, facts)
    _check_counts(markup, record, facts)
    _check_people_and_content(markup, record, facts)
    if facts.sections.get("next_meeting"):
        later = facts.sections["next_meeting"]
        assert later > facts.day and record["date"] == facts.day.isoformat()
        assert any(form in to_plain_text(markup) for form in _date_forms(later))


@pytest.mark.parametrize("family", ["G", "H"])
def test_make_minutes_writes_the_family_deterministically(family: str) -> None:
    assert_written_deterministically(heldout.write_minutes, family)


def _default_digest() -> str:
    digest = hashlib.sha256()
    for seed in range(40):
        for family in [None, *families()]:
            markup, record = make_minutes(random.Random(seed), family=family)
            digest.update(markup.encode())
            digest.update(json.dumps(record, ensure_ascii=False, sort_keys=True).encode())
    return digest.hexdigest()


def test_default_mix_is_a_to_f_and_unchanged() -> None:
    assert families() == ["A", "B", "C", "D", "E", "F"]
    assert all_families()[:26] == list("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
    assert _default_digest() == DEFAULT_DIGEST


def test_resolutions_may_start_on_a_new_page() -> None:
    seed = next(
        s
        for s in range(200)
        if PAGE_BREAK in make_minutes(random.Random(s), family="H", length="long")[0]
    )
    markup, _ = make_minutes(random.Random(seed), family="H", length="long")
    pages = layout_markup(markup, style=Style())
    assert len(pages) >= 2
    assert any(page.lines[0].startswith("IV. ") for page in pages[1:])
    assert PAGE_BREAK not in "".join(line for page in pages for line in page.lines)


def test_corpus_of_heldout_and_mixed_families(tmp_path: Path) -> None:
    code = main(
        [
            "corpus",
            "generate",
            "--out",
            str(tmp_path / "gh"),
            "--count",
            "4",
            "--seed",
            "5",
            "--families",
            "G,H",
            "--formats",
            "pdf_text,png",
            "--levels",
            "clean",
        ]
    )
    assert code == 0
    lines = read_truth(tmp_path / "gh")
    assert {line["generator"]["family"] for line in lines} == {"G", "H"}
    for line in lines:
        assert len(line["page_texts"]) == line["source"]["pages"]
        if line["generator"]["format"] == "png":
            assert line["source"]["pages"] == 1
    generate_corpus(
        tmp_path / "all", count=6, seed=9, formats=("pdf_text",), families=tuple("ABCDEFGH")
    )
    again = generate_corpus(
        tmp_path / "again", count=6, seed=9, formats=("pdf_text",), families=tuple("ABCDEFGH")
    )
    assert (tmp_path / "all" / "truth.jsonl").read_bytes() == again.read_bytes()
    with pytest.raises(ValueError):
        generate_corpus(tmp_path / "bad", count=1, seed=1, families=("ZZ",))

"""Expected records are well-formed and agree with the minutes they describe."""

from __future__ import annotations

import random
import re
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bienban.corpus.content import families, make_minutes
from bienban.corpus.facts import MEETING_TYPES, TOPICS
from bienban.corpus.markup import to_plain_text
from bienban.corpus.words import format_time, number_in_words

KEYS = {
    "branch",
    "parent_committee",
    "meeting_type",
    "date",
    "start_time",
    "end_time",
    "duration_minutes",
    "location",
    "chair",
    "secretary",
    "attendance",
    "topics",
    "thematic_title",
    "resolutions",
    "speakers",
    "vote",
}
COUNTS = ("total_members", "exempt", "present", "absent_excused", "absent_unexcused")


def _minutes(hhmm: str) -> int:
    hours, minutes = hhmm.split(":")
    return int(hours) * 60 + int(minutes)


def test_families_are_named_and_selectable() -> None:
    names = families()
    assert len(names) >= 6
    for name in names:
        markup, record = make_minutes(random.Random(1), family=name)
        assert "BIÊN BẢN" in markup and record["chair"]
    with pytest.raises(ValueError):
        make_minutes(random.Random(1), family="nope")


@pytest.mark.parametrize("seed", range(25))
def test_record_has_contract_shape(seed: int) -> None:
    markup, record = make_minutes(random.Random(seed))
    assert set(record) == KEYS
    assert record["meeting_type"] in MEETING_TYPES
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", record["date"])
    assert re.fullmatch(r"\d{2}:\d{2}", record["start_time"])
    if record["end_time"] is None:
        assert record["duration_minutes"] is None
    else:
        assert (_minutes(record["end_time"]) - _minutes(record["start_time"])) % 1440 == record[
            "duration_minutes"
        ]
        assert 0 < record["duration_minutes"] < 600
    for key in COUNTS:
        value = record["attendance"][key]
        assert value is None if key == "exempt" and value is None else value >= 0
    assert set(record["topics"]) <= set(TOPICS)
    assert record["speakers"] >= 0
    assert (record["thematic_title"] is None) == (
        record["meeting_type"] in ("regular", "extraordinary")
    )
    assert unicodedata.is_normalized("NFC", markup)


def _check_consistent(markup: str, record: dict) -> None:
    text = to_plain_text(markup)
    low = text.lower()
    for key in ("chair", "secretary", "location"):
        assert record[key] in text, key
    assert record["branch"].lower() in low
    assert record["parent_committee"].lower() in low
    for guest in record["attendance"]["guests"]:
        assert guest in text
    for item in record["resolutions"]:
        assert item.rstrip(".") in text
    if record["thematic_title"]:
        assert record["thematic_title"] in text
    if record["vote"]:
        assert record["vote"]["agree"] <= record["vote"]["total"]
        assert str(record["vote"]["total"]) in text or "100%" in text
    present = record["attendance"]["present"]
    assert str(present) in text or number_in_words(present) in text


@settings(max_examples=30, deadline=None)
@given(seed=st.integers(0, 2**32), family=st.sampled_from(families()))
def test_record_agrees_with_text(seed: int, family: str) -> None:
    markup, record = make_minutes(random.Random(seed), family=family)
    _check_consistent(markup, record)


def test_same_seed_same_minutes() -> None:
    assert make_minutes(random.Random(7)) == make_minutes(random.Random(7))
    assert make_minutes(random.Random(7)) != make_minutes(random.Random(8))


@pytest.mark.parametrize(
    ("n", "words"),
    [
        (0, "không"),
        (15, "mười lăm"),
        (21, "hai mươi mốt"),
        (27, "hai mươi bảy"),
        (105, "một trăm linh năm"),
        (44, "bốn mươi bốn"),
    ],
)
def test_number_in_words(n: int, words: str) -> None:
    assert number_in_words(n) == words


def test_time_formats() -> None:
    assert format_time(14, 0, style="gio_phut") == "14 giờ 00 phút"
    assert format_time(19, 30, style="h_period") == "19h30 tối"
    assert format_time(14, 0, style="clock12") == "2 giờ chiều"
    assert format_time(7, 30, style="gio_phut_period") == "7 giờ 30 phút sáng"

"""Scoring rules against cases worked by hand from the sheet in ../shared/domain/MEETINGS.md."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from bienban.scoring import MeetingScore, RubricError, load_rubric, score_meeting
from bienban.scoring.rubric import DEFAULT_RUBRIC
from tests.store.helpers import make_record

RUBRIC = load_rubric()


def points(score: MeetingScore, criterion: str) -> float | None:
    return next(c.points for c in score.criteria if c.id == criterion)


def test_default_sheet_adds_up_to_100_with_four_levels() -> None:
    assert RUBRIC.total == 100
    assert sum(c.max for c in RUBRIC.criteria) == 100
    assert [level.name for level in RUBRIC.levels] == ["Tốt", "Khá", "Trung bình", "Kém"]


def test_a_full_regular_meeting_is_good() -> None:
    score = score_meeting(make_record(), rubric=RUBRIC)
    assert (score.points, score.assessable_max, score.scaled) == (28, 28, 100)
    assert score.level == "Tốt"
    judged = {c.id for c in score.criteria if not c.assessable}
    assert {"preparation", "chairing", "results", "thematic_content"} <= judged
    assert all(c.reason for c in score.criteria)
    minutes = next(c for c in score.criteria if c.id == "minutes_adopted")
    assert "biên bản đã được thông qua" in minutes.evidence[0]


@pytest.mark.parametrize(
    ("meeting_type", "minutes", "expected"),
    [
        ("regular", 120, 5),
        ("regular", 90, 5),
        ("regular", 80, 4),  # short by 10
        ("regular", 75, 4),  # short by 15
        ("regular", 65, 3),  # short by 25
        ("regular", 50, 2),  # short by 40, 56% of 90: about half
        ("regular", 40, 1),  # under half
        ("combined", 120, 5),
        ("combined", 100, 3),  # short by 20 of 120
        ("combined", 60, 2),
    ],
)
def test_duration(meeting_type: str, minutes: int, expected: float) -> None:
    record = make_record(meeting_type=meeting_type, duration_minutes=minutes)
    assert points(score_meeting(record, rubric=RUBRIC), "duration") == expected


@pytest.mark.parametrize(
    ("total", "exempt", "present", "unexcused", "expected"),
    [
        (27, 2, 23, 0, 4),  # 23/25 = 92%
        (20, 0, 18, 0, 4),  # exactly 90%
        (27, 2, 20, 0, 3),  # 80%
        (20, 0, 14, 0, 2),  # 70%
        (20, 0, 12, 0, 1),  # 60%
        (27, 2, 23, 1, 1),  # any unexcused absence
        (30, 10, 19, 0, 4),  # exempt members out of the denominator: 19/20
    ],
)
def test_attendance(total: int, exempt: int, present: int, unexcused: int, expected: float) -> None:
    record = make_record(
        total_members=total, exempt=exempt, present=present, absent_unexcused=unexcused
    )
    assert points(score_meeting(record, rubric=RUBRIC), "attendance_rate") == expected


@pytest.mark.parametrize(
    ("speakers", "present", "expected"),
    [(11, 20, 5), (10, 20, 4), (8, 20, 4), (7, 20, 3), (6, 20, 3), (5, 20, 2), (0, 20, 2)],
)
def test_speakers(speakers: int, present: int, expected: float) -> None:
    record = make_record(speakers=speakers, present=present, total_members=present)
    assert points(score_meeting(record, rubric=RUBRIC), "speakers") == expected


def test_90_plus_without_full_marks_is_fair() -> None:
    score = score_meeting(make_record(speakers=10), rubric=RUBRIC)  # 10/23 = 43%: 4 of 5
    assert score.points == 27 and score.scaled == 96.4
    assert score.level == "Khá"
    assert "Số ý kiến phát biểu" in score.level_reason


def test_what_the_minutes_do_not_show_is_not_assessable() -> None:
    record = make_record(duration_minutes=None, start_time=None, end_time=None)
    score = score_meeting(record, rubric=RUBRIC)
    duration = next(c for c in score.criteria if c.id == "duration")
    assert (duration.assessable, duration.points) == (False, None)
    assert score.assessable_max == 23
    assert score.level == "Khá"  # full marks on duration cannot be shown: not Tốt
    sparse = make_record(
        duration_minutes=None, present=None, speakers=None, topics=[], vote=None, resolutions=[]
    )
    assert score_meeting(sparse, rubric=RUBRIC).level is None


def test_thematic_meeting_is_judged_on_its_topic() -> None:
    record = make_record(meeting_type="combined", thematic_title="Học tập và làm theo Bác")
    score = score_meeting(record, rubric=RUBRIC)
    assert points(score, "thematic_content") == 5
    assert score.assessable_max == 33


def test_levels_by_points() -> None:
    weak = make_record(
        duration_minutes=40,
        present=12,
        total_members=20,
        exempt=0,
        speakers=1,
        topics=["plan"],
        vote=None,
    )
    score = score_meeting(weak, rubric=RUBRIC)
    # 1 + 1 + 1 (1 of 4 steps) + 0 + 2 + 1 + 0 + 0 + 1 + 1 = 8 of 28
    assert score.points == 8 and score.level == "Kém"


def test_the_cells_own_rating_is_shown_beside() -> None:
    fields = {
        "end_time": {
            "confidence": 0.9,
            "text": "Chi bộ tự đánh giá xếp loại chất lượng sinh hoạt: Khá, chấm điểm 82 điểm.",
        }
    }
    score = score_meeting(make_record(fields=fields), rubric=RUBRIC)
    assert score.stated is not None
    assert (score.stated.level, score.stated.points) == ("Khá", 82)
    assert score.level == "Tốt"


def test_a_province_sheet_without_code_changes(tmp_path: Path) -> None:
    data = yaml.safe_load(DEFAULT_RUBRIC.read_text(encoding="utf-8"))
    data.update(id="tinh-x", version="2026.1", minimum_minutes={"default": 60, "combined": 90})
    data["levels"][0]["min"] = 95
    path = tmp_path / "tinh-x.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    rubric = load_rubric(path)
    score = score_meeting(make_record(duration_minutes=65), rubric=rubric)
    assert (score.rubric_id, score.rubric_version) == ("tinh-x", "2026.1")
    assert points(score, "duration") == 5 and score.level == "Tốt"


def test_a_broken_sheet_is_refused(tmp_path: Path) -> None:
    data = yaml.safe_load(DEFAULT_RUBRIC.read_text(encoding="utf-8"))
    data["groups"][0]["criteria"][0]["max"] = 7
    path = tmp_path / "bad.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    with pytest.raises(RubricError, match="không hợp lệ"):
        load_rubric(path)


def test_cues_and_the_stated_rating_are_found_anywhere_in_the_page_texts() -> None:
    pages = [
        "BIÊN BẢN SINH HOẠT CHI BỘ\nHôm nay ...",
        "Chi bộ tự đánh giá xếp loại buổi sinh hoạt đạt loại Tốt.\n"
        "Biên bản đã được đọc lại và được hội nghị thông qua.",
    ]
    record = make_record(fields={}, page_texts=pages)
    score = score_meeting(record, rubric=RUBRIC)
    assert points(score, "minutes_adopted") == 1
    assert score.stated is not None and score.stated.level == "Tốt"
    without_text = score_meeting(make_record(fields={}), rubric=RUBRIC)
    assert points(without_text, "minutes_adopted") in (0, None)

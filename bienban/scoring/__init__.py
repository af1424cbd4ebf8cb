"""Scoring meetings against a versioned sheet (rules as data: `rubrics/*.yaml`)."""

from bienban.models.score import CriterionScore, MeetingScore, StatedRating
from bienban.scoring.rubric import DEFAULT_RUBRIC, Rubric, RubricError, load_rubric
from bienban.scoring.score import score_meeting

__all__ = [
    "DEFAULT_RUBRIC",
    "CriterionScore",
    "MeetingScore",
    "Rubric",
    "RubricError",
    "StatedRating",
    "load_rubric",
    "score_meeting",
]

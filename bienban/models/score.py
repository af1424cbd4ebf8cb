"""The score of one meeting against one scoring sheet: per criterion, with reasons."""

from __future__ import annotations

from pydantic import BaseModel, Field


class CriterionScore(BaseModel):
    id: str
    group: str
    name: str
    max: float
    points: float | None = Field(description="None when not assessable from the minutes.")
    assessable: bool
    reason: str = Field(description="Vietnamese: why these points, or why not assessable.")
    evidence: list[str] = Field(default_factory=list, description="The minutes' own words.")


class StatedRating(BaseModel):
    """The rating the minutes themselves state (the cell's own chấm điểm)."""

    level: str | None = None
    points: float | None = None
    text: str


class MeetingScore(BaseModel):
    rubric_id: str
    rubric_version: str
    extractor_version: str | None = None
    criteria: list[CriterionScore]
    points: float = Field(description="Points on the assessable criteria.")
    assessable_max: float = Field(description="Most points the assessable criteria allow.")
    max_points: float = Field(description="The sheet's total (100).")
    scaled: float | None = Field(
        default=None, description="points / assessable_max on the sheet's scale (0..100)."
    )
    level: str | None = Field(default=None, description="Level name, e.g. 'Tốt'.")
    level_code: str | None = None
    level_reason: str
    stated: StatedRating | None = None

    @property
    def summary(self) -> str:
        return (
            f"{self.points:g}/{self.assessable_max:g} điểm đánh giá được "
            f"(trên {self.max_points:g} điểm của thang)"
        )

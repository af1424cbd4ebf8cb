"""The scoring sheet as validated data: a versioned YAML file read into pydantic models.

A province drops in its own sheet (`--rubric FILE` or `BIENBAN_RUBRIC_PATH`) without code
changes: the criteria, their points, the bands, the levels and the cue phrases all live in the
file. Only the *kinds* of rule (`rule:`) are code, listed in `RULES`.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from bienban.errors import ConfigError
from bienban.yamlfile import safe_load

RUBRICS = Path(__file__).with_name("rubrics")
DEFAULT_RUBRIC = RUBRICS / "default-2025.yaml"

RuleName = Literal[
    "duration",
    "attendance_rate",
    "speakers",
    "steps",
    "thematic_content",
    "topic_present",
    "fields_present",
    "vote_adopted",
    "tasks_assigned",
    "text_cue",
]


class RubricError(ConfigError):
    """A scoring sheet that cannot be read or does not validate (bad input: fix the file)."""


class _Strict(BaseModel):
    """Unknown keys are refused, so a misspelt key in a province's sheet is caught at load."""

    model_config = ConfigDict(extra="forbid")


class Band(_Strict):
    """`points` when the measured value is at least `min` (more than `min` when `strict`)."""

    min: float
    strict: bool = False
    points: float = Field(ge=0)

    def matches(self, value: float) -> bool:
        return value > self.min if self.strict else value >= self.min


class Step(_Strict):
    name: str
    any_of: list[str] = Field(min_length=1)


class Criterion(_Strict):
    """One line of the sheet. No `rule`: needs outside judgement, never assessable."""

    id: str = Field(pattern=r"^[a-z0-9_]+$")
    name: str
    max: float = Field(gt=0)
    rule: RuleName | None = None
    note: str | None = Field(default=None, description="Why it is not assessable.")
    bands: list[Band] = Field(default_factory=list)
    fraction_bands: list[Band] = Field(default_factory=list)
    steps: list[Step] = Field(default_factory=list)
    any_of: list[str] = Field(default_factory=list)
    fields: list[str] = Field(default_factory=list)
    cues: list[str] = Field(default_factory=list)
    meeting_types: list[str] = Field(default_factory=list)
    unexcused_points: float | None = None

    @model_validator(mode="after")
    def _check_rule_data(self) -> Criterion:
        needs = {
            "duration": ("bands", "fraction_bands"),
            "attendance_rate": ("bands",),
            "speakers": ("bands",),
            "steps": ("steps",),
            "topic_present": ("any_of",),
            "fields_present": ("fields",),
            "text_cue": ("cues",),
        }.get(self.rule or "", ())
        for name in needs:
            if not getattr(self, name):
                raise ValueError(f"criterion {self.id}: rule {self.rule} needs '{name}'")
        for band in (*self.bands, *self.fraction_bands):
            if band.points > self.max:
                raise ValueError(f"criterion {self.id}: a band gives more than max {self.max}")
        for cue in self.cues:
            re.compile(cue)
        return self


class Group(_Strict):
    id: str
    name: str
    criteria: list[Criterion] = Field(min_length=1)

    @property
    def max(self) -> float:
        return sum(c.max for c in self.criteria)


class Level(_Strict):
    code: str
    name: str
    min: float = Field(ge=0)
    requires_full: list[str] = Field(
        default_factory=list, description="Criteria that must have full marks for this level."
    )
    aliases: list[str] = Field(default_factory=list)


class StatedRating(_Strict):
    """Regular expressions finding the rating the minutes state (group 1: level or points)."""

    level_patterns: list[str] = Field(default_factory=list)
    points_patterns: list[str] = Field(default_factory=list)


class Rubric(_Strict):
    id: str
    version: str
    title: str
    source: str | None = None
    total: float = Field(gt=0)
    minimum_minutes: dict[str, int] = Field(
        description="Minimum duration per meeting type; key 'default' for the others."
    )
    large_cell_members: int | None = None
    large_cell_minutes: int | None = None
    min_assessable_points: float = Field(
        ge=0, description="Below this many assessable points no level is given."
    )
    levels: list[Level] = Field(min_length=1)
    groups: list[Group] = Field(min_length=1)
    stated_rating: StatedRating = Field(default_factory=StatedRating)

    @model_validator(mode="after")
    def _check(self) -> Rubric:
        ids = [c.id for c in self.criteria]
        if len(ids) != len(set(ids)):
            raise ValueError("criterion ids must be unique")
        total = sum(g.max for g in self.groups)
        if abs(total - self.total) > 1e-6:
            raise ValueError(f"the criteria add up to {total}, not the sheet's total {self.total}")
        for level in self.levels:
            unknown = set(level.requires_full) - set(ids)
            if unknown:
                raise ValueError(f"level {level.code} requires unknown criteria {sorted(unknown)}")
        if "default" not in self.minimum_minutes:
            raise ValueError("minimum_minutes needs a 'default' entry")
        self.levels.sort(key=lambda level: level.min, reverse=True)
        return self

    @property
    def criteria(self) -> list[Criterion]:
        return [c for g in self.groups for c in g.criteria]

    def group_of(self, criterion_id: str) -> Group:
        return next(g for g in self.groups if any(c.id == criterion_id for c in g.criteria))

    def minimum_for(self, meeting_type: str | None, members: int | None) -> int:
        minimum = self.minimum_minutes.get(meeting_type or "", self.minimum_minutes["default"])
        large, large_minutes = self.large_cell_members, self.large_cell_minutes
        if large and large_minutes and members is not None and members >= large:
            minimum = max(minimum, large_minutes)
        return minimum


def load_rubric(path: Path | str | None = None) -> Rubric:
    """Read and validate a sheet; the built-in default-2025 sheet when `path` is None."""
    return _load(Path(path) if path else DEFAULT_RUBRIC)


@lru_cache(maxsize=8)
def _load(path: Path) -> Rubric:
    try:
        data: Any = safe_load(path.read_text(encoding="utf-8"))
    except OSError as error:
        raise RubricError(f"Không đọc được thang điểm '{path}': {error.strerror}.") from error
    except yaml.YAMLError as error:
        raise RubricError(f"Thang điểm '{path}' không phải YAML hợp lệ: {error}.") from error
    try:
        return Rubric.model_validate(data)
    except ValidationError as error:
        raise RubricError(
            f"Thang điểm '{path}' không hợp lệ: {error.errors()[0]['msg']} "
            f"(tại {'.'.join(str(p) for p in error.errors()[0]['loc'])})."
        ) from error

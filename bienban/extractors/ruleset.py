"""Loading and validating the rule files in `rules/` (cue phrases, topic keywords)."""

from __future__ import annotations

import re
import unicodedata
from functools import cache, cached_property, lru_cache
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, field_validator

from bienban.models import TOPIC_LABELS
from bienban.yamlfile import safe_load

RULES_DIR = Path(__file__).with_name("rules")


def _compile_all(patterns: list[str]) -> list[str]:
    for pattern in patterns:
        try:
            re.compile(pattern)
        except re.error as exc:
            raise ValueError(f"bad pattern {pattern!r}: {exc}") from exc
    return patterns


class MeetingTypeCues(BaseModel):
    extraordinary: list[str]
    thematic: list[str]
    regular: list[str]
    combined_link: list[str]
    thematic_section: list[str]

    @field_validator("*")
    @classmethod
    def _patterns(cls, value: list[str]) -> list[str]:
        return _compile_all(value)


@lru_cache(maxsize=1 << 16)
def unmarked(text: str) -> str:
    """`text` without diacritics, one character for one ("đ" -> "d"): same length."""
    return "".join(map(_unmarked_char, text))


@cache
def _unmarked_char(ch: str) -> str:
    if ch in "đĐ":
        return "d" if ch == "đ" else "D"
    return unicodedata.normalize("NFD", ch)[0]


class Rules(BaseModel):
    """Everything in rules/cues.yaml and rules/topics.yaml, validated."""

    model_config = ConfigDict(ignored_types=(cached_property,))

    version: str
    topics_version: str
    ocr_fixes: list[tuple[str, str]]
    snap_phrases: list[str] = Field(default_factory=list)
    snap_words: list[str] = Field(default_factory=list)
    snap_keep: frozenset[str] = Field(default_factory=frozenset)
    wrap_tails: frozenset[str]
    honorific: str
    role_words: frozenset[str]
    role_stops: frozenset[str]
    role_words_unmarked: list[str] = Field(default_factory=list)
    surname_roles: frozenset[str] = Field(default_factory=frozenset)
    surnames: frozenset[str]
    cues: dict[str, Any]
    meeting_types: MeetingTypeCues
    topics: dict[str, list[str]] = Field(default_factory=dict)

    @field_validator("ocr_fixes")
    @classmethod
    def _same_length(cls, value: list[tuple[str, str]]) -> list[tuple[str, str]]:
        for wrong, right in value:
            if len(wrong) != len(right):
                raise ValueError(f"OCR fix {wrong!r} -> {right!r} must keep the length")
        return value

    @field_validator("cues")
    @classmethod
    def _cue_patterns(cls, value: dict[str, Any]) -> dict[str, Any]:
        for name, patterns in value.items():
            _compile_all(patterns if isinstance(patterns, list) else [patterns])
            if not patterns:
                raise ValueError(f"cue list {name!r} is empty")
        return value

    @field_validator("topics")
    @classmethod
    def _topic_labels(cls, value: dict[str, list[str]]) -> dict[str, list[str]]:
        unknown = set(value) - set(TOPIC_LABELS)
        if unknown:
            raise ValueError(f"unknown topic labels: {sorted(unknown)}")
        for patterns in value.values():
            _compile_all(patterns)
        return value

    @cached_property
    def snaps(self) -> dict[str, str]:
        """Unmarked form -> cue phrase, for `snap_phrases` and `snap_words`."""
        table: dict[str, str] = {}
        for phrase in [*self.snap_phrases, *self.snap_words]:
            table[unmarked(phrase)] = phrase
        return table

    @cached_property
    def role_unmarked(self) -> dict[str, str]:
        """Unmarked form -> role word, for the roles OCR may write without diacritics."""
        return {unmarked(word): word for word in self.role_words_unmarked}

    def cue(self, name: str) -> str:
        """The cue list `name` as one alternation group."""
        patterns = self.cues[name]
        if isinstance(patterns, str):
            return f"(?:{patterns})"
        return "(?:" + "|".join(patterns) + ")"


def _read_yaml(path: Path) -> dict[str, Any]:
    data = safe_load(path.read_text(encoding="utf-8"))
    if not isinstance(data, dict):
        raise ValueError(f"{path}: expected a mapping at top level")
    return data


@cache
def load_rules(directory: Path = RULES_DIR) -> Rules:
    """The validated rules from `directory` (cached: files are read once per process)."""
    cues = _read_yaml(directory / "cues.yaml")
    topics = _read_yaml(directory / "topics.yaml")
    return Rules(**cues, topics_version=topics["version"], topics=topics["topics"])

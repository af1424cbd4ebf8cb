"""The meeting record of ../shared/contract/RECORD.md, as typed models.

`MeetingFields` is what the extractors produce; `MeetingRecord` adds the source document and
is what `bienban extract` writes, one JSON object per line.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from bienban.models.page import DocumentKind

SCHEMA_ID = "bienban.record/1"

TOPIC_LABELS: tuple[str, ...] = (
    "current_affairs",
    "directives",
    "review",
    "plan",
    "ideology",
    "criticism",
    "thematic",
    "ho_chi_minh",
    "party_fees",
    "member_development",
    "member_assignment",
    "inspection",
    "mass_mobilization",
)

# What people read for each label (RECORD.md); one table for every page and report.
TOPIC_NAMES: dict[str, str] = {
    "current_affairs": "thông tin thời sự",
    "directives": "quán triệt văn bản, chỉ thị cấp trên",
    "review": "đánh giá kết quả kỳ trước",
    "plan": "phương hướng, nhiệm vụ kỳ tới",
    "ideology": "tình hình tư tưởng",
    "criticism": "tự phê bình và phê bình",
    "thematic": "sinh hoạt chuyên đề",
    "ho_chi_minh": "học tập và làm theo Bác Hồ",
    "party_fees": "đảng phí",
    "member_development": "phát triển đảng viên",
    "member_assignment": "phân công đảng viên",
    "inspection": "kiểm tra, giám sát, kỷ luật",
    "mass_mobilization": "dân vận, mặt trận, đoàn thể",
}
MEETING_TYPE_NAMES: dict[str, str] = {
    "regular": "thường kỳ",
    "thematic": "chuyên đề",
    "combined": "thường kỳ + chuyên đề",
    "extraordinary": "bất thường",
}

# The record's single-valued fields (beyond attendance, topics and resolutions), in contract order.
SCALAR_FIELDS: tuple[str, ...] = (
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
    "thematic_title",
    "speakers",
    "vote",
)

MeetingType = Literal["regular", "thematic", "combined", "extraordinary"]


class Evidence(BaseModel):
    """Where a field's value came from: a confidence in 0..1, the page and the words."""

    confidence: float = Field(ge=0.0, le=1.0)
    page: int | None = Field(default=None, ge=1)
    text: str | None = None
    boxes: list[list[float]] = Field(
        default_factory=list,
        description="Where the words are on the page: [left, top, width, height] per line, as "
        "fractions of the page's width and height (empty when not known).",
    )


class Attendance(BaseModel):
    total_members: int | None = Field(default=None, ge=0)
    exempt: int | None = Field(default=None, ge=0)
    present: int | None = Field(default=None, ge=0)
    absent_excused: int | None = Field(default=None, ge=0)
    absent_unexcused: int | None = Field(default=None, ge=0)
    guests: list[str] | None = None


class Vote(BaseModel):
    agree: int = Field(ge=0)
    total: int = Field(ge=1)


class Absentee(BaseModel):
    """A member named as absent, and whether the absence had a reason (có lý do)."""

    name: str
    excused: bool


class MeetingFields(BaseModel):
    """Every extracted field of the record, with evidence and warnings."""

    model_config = ConfigDict(extra="allow")

    branch: str | None = None
    parent_committee: str | None = None
    meeting_type: MeetingType | None = None
    date: str | None = Field(default=None, description="ISO YYYY-MM-DD")
    start_time: str | None = Field(default=None, description="24-hour HH:MM")
    end_time: str | None = Field(default=None, description="24-hour HH:MM")
    duration_minutes: int | None = Field(default=None, ge=0, le=1440)
    location: str | None = None
    chair: str | None = None
    secretary: str | None = None
    attendance: Attendance = Field(default_factory=Attendance)
    topics: list[str] = Field(default_factory=list)
    thematic_title: str | None = None
    resolutions: list[str] = Field(default_factory=list)
    speakers: int | None = Field(default=None, ge=0)
    vote: Vote | None = None
    absentees: list[Absentee] = Field(
        default_factory=list,
        description="Beyond the contract: absentees named in the roll call (for repeat absences).",
    )
    fields: dict[str, Evidence] = Field(default_factory=dict)
    warnings: list[str] = Field(default_factory=list)


class Source(BaseModel):
    path: str
    sha256: str = Field(pattern=r"^[0-9a-f]{64}$")
    pages: int = Field(ge=1)
    kind: DocumentKind


class MeetingRecord(MeetingFields):
    """One record per document: the contract's `bienban.record/1`."""

    schema_: str = Field(default=SCHEMA_ID, alias="schema")
    source: Source
    extractor: dict[str, Any] = Field(
        default_factory=dict, description="Names and versions of what produced the record."
    )
    page_texts: list[str] = Field(
        default_factory=list,
        description="Beyond the contract: each page's normalised text, as read (for scoring "
        "cues, review and re-extraction without OCR).",
    )
    raw_page_texts: list[str | None] | None = Field(
        default=None,
        description="Beyond the contract: each page's text as OCR read it, where normalisation "
        "(tone marks, repaired misreadings) changed it; null for pages it left alone.",
    )

    model_config = ConfigDict(populate_by_name=True, extra="allow")

    def to_json_dict(self) -> dict[str, Any]:
        """The record as the contract's JSON object (keys in the contract's order)."""
        data = self.model_dump(mode="json", by_alias=True)
        ordered = {"schema": data.pop("schema"), "source": data.pop("source")}
        ordered.update(data)
        return ordered

"""A document on disk as intake found it, and the outcome of processing it."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path

from pydantic import BaseModel, Field

from bienban.models.record import MeetingRecord


class FileFormat(StrEnum):
    PDF = "pdf"
    TIFF = "tiff"
    JPEG = "jpeg"
    PNG = "png"
    BMP = "bmp"
    WEBP = "webp"


class DocumentFile(BaseModel):
    """One input file: one document (one PDF, one multi-page TIFF or one image)."""

    path: Path
    display_path: str = Field(description="The path as the user gave it (source.path).")
    size: int = Field(ge=0)


class DocumentStatus(StrEnum):
    OK = "ok"
    FAILED = "failed"


class DocumentResult(BaseModel):
    """What processing one document gave: a record, or the reason it could not be read."""

    display_path: str
    status: DocumentStatus
    record: MeetingRecord | None = None
    reason: str | None = Field(default=None, description="Vietnamese, says what to do.")
    error_type: str | None = None
    sha256: str | None = None
    pages: int = 0
    seconds: float = 0.0

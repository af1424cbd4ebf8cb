"""The one settings object. Nothing else in bienban reads the environment.

Every setting can be given as an environment variable `BIENBAN_<NAME>` (for example
`BIENBAN_WORKERS=4`) or in a `.env` file in the working directory; command-line options
override them.
"""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path

from pydantic import Field, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from bienban.pipeline.steps import ALL_STEPS, DEFAULT_STEPS
from bienban.ui.settings import UiOptions


def _default_workers() -> int:
    return max(1, os.cpu_count() or 1)


class Settings(UiOptions, BaseSettings):
    model_config = SettingsConfigDict(env_prefix="BIENBAN_", env_file=".env", extra="ignore")

    ocr_language: str = Field(
        default="vie", description="Tesseract language model(s), e.g. 'vie' or 'vie+eng'."
    )
    ocr_dpi: int = Field(
        default=300, ge=72, le=600, description="Resolution at which PDF pages are rasterised."
    )
    ocr_page_timeout_s: float = Field(
        default=120.0,
        gt=0,
        description="Seconds one page may take in Tesseract before it is marked failed.",
    )
    ocr_preprocess: str = Field(
        default=",".join(DEFAULT_STEPS),
        description=(
            f"Preprocessing steps before OCR, comma-separated, from: {', '.join(ALL_STEPS)} "
            "(empty: none). The default is what the benchmark measured best."
        ),
    )
    cache_dir: Path | None = Field(
        default_factory=lambda: Path.home() / ".cache" / "bienban" / "ocr",
        description="Where OCR readings are cached by page content (empty: no cache).",
    )
    tesseract_cmd: str = Field(default="tesseract", description="The Tesseract program to run.")
    workers: int = Field(
        default_factory=_default_workers,
        ge=1,
        description="Documents processed at once, each in its own process (default: all cores).",
    )
    database_url: str = Field(
        default="sqlite:///bienban.db",
        description=(
            "Where records are stored: an SQLAlchemy URL. Default: the SQLite file bienban.db "
            "in the working directory; PostgreSQL as postgresql://user@host:5432/name."
        ),
    )
    database_busy_timeout_s: float = Field(
        default=30.0,
        gt=0,
        description="Seconds SQLite waits for a lock held by another writer before giving up.",
    )
    database_retries: int = Field(
        default=3,
        ge=1,
        description="Attempts at one document's load when the database is briefly locked.",
    )
    rubric_path: Path | None = Field(
        default=None,
        description="A scoring sheet (YAML) to use instead of the built-in default-2025 sheet.",
    )
    inbox_poll_s: float = Field(
        default=30.0,
        gt=0,
        description="Seconds between two looks at the drop folder in 'bienban watch'.",
    )
    inbox_stable_s: float = Field(
        default=10.0,
        ge=0,
        description=(
            "A dropped file is taken only when its size and modification time have not "
            "changed for this many seconds (a file still being copied is left alone)."
        ),
    )
    claim_timeout_s: float = Field(
        default=3600.0,
        gt=0,
        description=(
            "A file claimed by a runner that has died is put back after this many seconds "
            "(at once when the runner was on this machine and its process is gone)."
        ),
    )
    dask_address: str | None = Field(
        default=None,
        description=(
            "Address of a Dask scheduler (tcp://host:8786) over whose workers the archive "
            "flow spreads documents; empty: the documents are spread over local processes."
        ),
    )
    nightly_cron: str = Field(
        default="0 2 * * *",
        description="When the nightly run starts (cron syntax) under 'bienban serve'.",
    )
    nightly_timezone: str = Field(
        default="Asia/Ho_Chi_Minh", description="The time zone of the nightly cron schedule."
    )
    inbox_path: Path | None = Field(
        default=None,
        description="The drop folder the nightly run of 'bienban serve' processes.",
    )
    report_dir: Path = Field(
        default=Path("reports"),
        description="Where the flows write the reports (HTML) of the periods they touched.",
    )
    max_file_mb: int = Field(
        default=500, ge=1, description="Files larger than this many MiB are set aside unread."
    )
    max_pages: int = Field(
        default=1000, ge=1, description="Documents with more pages than this are set aside unread."
    )
    max_image_pixels: int = Field(
        default=120_000_000,
        ge=1_000_000,
        description="Images with more pixels than this are set aside (decompression-bomb guard).",
    )

    @field_validator("ocr_preprocess")
    @classmethod
    def _known_steps(cls, value: str) -> str:
        unknown = [step for step in _split(value) if step not in ALL_STEPS]
        if unknown:
            raise ValueError(f"unknown preprocessing step(s): {', '.join(unknown)}")
        return value

    @field_validator("cache_dir", mode="before")
    @classmethod
    def _empty_is_none(cls, value: object) -> object:
        return None if value == "" else value

    @property
    def preprocess_steps(self) -> tuple[str, ...]:
        return _split(self.ocr_preprocess)


def _split(value: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in value.split(",") if part.strip())


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """The settings read once from the environment."""
    return Settings()

"""The one settings object. Nothing else in bienban reads the environment.

Every setting can be given as an environment variable `BIENBAN_<NAME>` (for example
`BIENBAN_WORKERS=4`) or in a `.env` file in the working directory; command-line options
override them.
"""

from __future__ import annotations

import os
from functools import lru_cache

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


def _default_workers() -> int:
    return max(1, os.cpu_count() or 1)


class Settings(BaseSettings):
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
    tesseract_cmd: str = Field(default="tesseract", description="The Tesseract program to run.")
    workers: int = Field(
        default_factory=_default_workers,
        ge=1,
        description="Documents processed at once, each in its own process (default: all cores).",
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
    min_text_layer_chars: int = Field(
        default=200,
        ge=0,
        description="A PDF page whose text layer has fewer letters than this is OCRed instead.",
    )


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """The settings read once from the environment."""
    return Settings()

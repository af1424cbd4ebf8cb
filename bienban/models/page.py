"""The engine-neutral page: what every text source (OCR engine, PDF text layer) produces.

Extractors only ever see these objects, never engine-specific output.
"""

from __future__ import annotations

from enum import StrEnum

from pydantic import BaseModel, Field


class DocumentKind(StrEnum):
    """How a document's text was obtained (`source.kind` in the record contract)."""

    IMAGE = "image"
    SCANNED_PDF = "scanned_pdf"
    TEXT_PDF = "text_pdf"


class PageStatus(StrEnum):
    OK = "ok"
    BLANK = "blank"
    FAILED = "failed"


class Word(BaseModel):
    """One recognised word with its box in page pixels and a confidence in 0..1."""

    text: str
    left: int = 0
    top: int = 0
    width: int = 0
    height: int = 0
    confidence: float = Field(default=1.0, ge=0.0, le=1.0)
    line: int = Field(default=0, description="Index of the text line within the page.")


class Page(BaseModel):
    """The text of one page, as lines, with the words it was built from."""

    number: int = Field(ge=1, description="1-based page number within the document.")
    text: str = Field(default="", description="The page's text, one text line per line.")
    raw_text: str | None = Field(
        default=None,
        description="The text as the engine read it, when normalisation changed it (evidence).",
    )
    words: list[Word] = Field(default_factory=list)
    width: int = 0
    height: int = 0
    from_text_layer: bool = False
    geometry_changed: bool = Field(
        default=False,
        description="OCR read a turned, deskewed or rescaled copy: word boxes are not in the "
        "scan's own coordinates.",
    )
    status: PageStatus = PageStatus.OK
    error: str | None = None
    seconds: float = 0.0

    @property
    def mean_confidence(self) -> float | None:
        """Mean word confidence, or None when the page has no words."""
        if not self.words:
            return None
        return sum(w.confidence for w in self.words) / len(self.words)


def join_lines(words: list[Word]) -> str:
    """A page's text from its words: one line per line index, in order."""
    lines: dict[int, list[str]] = {}
    for word in words:
        lines.setdefault(word.line, []).append(word.text)
    return "\n".join(" ".join(parts) for _, parts in sorted(lines.items()))

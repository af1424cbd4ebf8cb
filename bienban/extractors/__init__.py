"""Field extractors: the text of a document's pages in, the meeting's fields out.

`extract_fields(pages)` is the one entry point. Every value comes with evidence (the page, the
words it was read from, a confidence) and problems are reported as Vietnamese warnings.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import Any

from bienban.extractors.assemble import assemble_fields
from bienban.extractors.text import build_document
from bienban.models import MeetingFields, Page

__all__ = ["EXTRACTOR_VERSION", "extract_fields"]

EXTRACTOR_VERSION = "0.12.0"

logger = logging.getLogger(__name__)


def extract_fields(pages: Sequence[Page]) -> MeetingFields:
    """The meeting's fields read from `pages` (failed pages skipped), with evidence and warnings."""
    doc = build_document(pages)
    if not doc.paragraphs:
        return MeetingFields(
            warnings=["Không có trang nào đọc được: không trích xuất được thông tin"]
        )
    try:
        return assemble_fields(doc)
    except Exception:  # a bad document must never sink a batch
        logger.exception("field extraction failed")
        fields: dict[str, Any] = {
            "warnings": ["Lỗi khi trích xuất thông tin: cần kiểm tra thủ công"]
        }
        return MeetingFields(**fields)

"""Text normalisation after reading a page: Unicode NFC, one kind of space, no empty lines.

Normalising twice changes nothing (tested as a property). Deeper Vietnamese repairs (tone-mark
placement, OCR confusions in domain words) belong here too, keeping the raw text as evidence.
"""

from __future__ import annotations

import re
import unicodedata

from bienban.models import Page

_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u205f\u3000]+")
_CONTROL = re.compile(r"[\u0000-\u0008\u000b-\u001f\u007f\ufeff]")


def normalise_text(text: str) -> str:
    """NFC, unusual spaces and control characters folded, lines stripped, empty lines dropped."""
    text = unicodedata.normalize("NFC", _CONTROL.sub("", text.replace("\r\n", "\n")))
    lines = (_SPACES.sub(" ", line).strip() for line in text.split("\n"))
    return "\n".join(line for line in lines if line)


def normalise_page(page: Page) -> Page:
    """The page with its text and words normalised (a new object; the input is unchanged)."""
    words = [w.model_copy(update={"text": normalise_text(w.text)}) for w in page.words]
    return page.model_copy(
        update={"text": normalise_text(page.text), "words": [w for w in words if w.text]}
    )

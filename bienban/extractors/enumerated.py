"""Decisions numbered in running prose: "…, chi bộ thống nhất: (1) …; (2) …; (3) …." — the
items may go on over the paragraph's wrapped lines and the paragraphs after it, each opened by
its number in brackets, the last one ended by its sentence."""

from __future__ import annotations

import re

from bienban.extractors.hits import Hit
from bienban.extractors.text import Document

# A decision's words just before the colon that opens the numbered items ("chi bộ thống
# nhất:", "thực hiện các nhiệm vụ:", "QUYẾT NGHỊ:"), the first item "(1)" after it on the same
# paragraph or opening the next.
_OPENING = re.compile(
    r"(?:thống\s*nhất|nhất\s*trí|quyết\s*nghị|nhiệm\s*vụ|giải\s*pháp|việc\s*làm)"
    r"[^.:;\n]{0,40}:\s*(?=\(1\)|$)"
)
_NUMBER = re.compile(r"\((\d{1,2})\)\s*")
_SENTENCE_END = re.compile(r"\.(?:\s|$)")
MAX_PARAGRAPHS = 12


def enumerated_items(doc: Document, index: int) -> tuple[list[Hit[str]], int] | None:
    """The items numbered "(1)", "(2)", … after paragraph `index`'s decision words, and the
    index of the paragraph after them; None when the paragraph opens no such list."""
    folded = doc.folded_paragraph(index)
    opening = _OPENING.search(folded)
    if opening is None:
        return None
    start = doc.starts[index] + opening.end()
    end = index + 1
    while end < len(doc.paragraphs) and end - index < MAX_PARAGRAPHS:
        if not _NUMBER.match(doc.paragraphs[end].text):
            break  # "(n) …" paragraphs go on with the list
        end += 1
    stop = doc.starts[end - 1] + len(doc.paragraphs[end - 1].text)
    while start < stop and doc.text[start].isspace():
        start += 1
    text = doc.text[start:stop]
    numbers = list(_NUMBER.finditer(text))
    if not numbers or numbers[0].start() != 0 or numbers[0].group(1) != "1":
        return None
    hits: list[Hit[str]] = []
    for at, number in enumerate(numbers):
        if int(number.group(1)) != at + 1:
            break
        close = numbers[at + 1].start() if at + 1 < len(numbers) else len(text)
        value = text[number.end() : close]
        if at + 1 == len(numbers) or int(numbers[at + 1].group(1)) != at + 2:
            ended = _SENTENCE_END.search(value)  # the last item ends with its sentence
            value = value[: ended.start()] if ended else value
        value = " ".join(value.split()).rstrip(";,. ")
        if len(value.split()) >= 3:
            begin = start + number.end()
            hits.append(Hit(value, begin, begin + len(value), 0.8))
    return (hits, end) if len(hits) >= 2 else None

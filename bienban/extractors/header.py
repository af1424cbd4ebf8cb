"""The letter head (branch, parent committee), the meeting type, and the place."""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from bienban.extractors.hits import Hit
from bienban.extractors.ruleset import load_rules, unmarked
from bienban.extractors.text import Document, fold, strip_marks

HEAD_LINES = 14
MAX_WRAP_LINES = 3
# "ĐẢNG" as OCR engines misread it in capitals: "ĐẢẲNG", "ĐẲNG", "DẢNG".
_DANG = r"[đd][ảẳẩạăâaằắấầ]{1,2}ng"
_GAP = r"[\s.,:;]*"  # OCR specks may part the words: "ĐẲNG, BỘ", "CHI: BỘ"
_BRANCH = re.compile(r"[^\w]{0,3}chi" + _GAP + r"bộ\s+\S")
_PARENT = re.compile(r"[^\w]{0,3}" + _DANG + _GAP + r"(?:bộ|ủy)\s+\S")
_LEAD_CUE = re.compile(r"^[^\w]{0,3}(?:chi|" + _DANG + ")" + _GAP + r"(?:bộ|ủy)(?![^\W\d_])")
_NOT_PARENT = re.compile(r"cộng\s*s\w{1,3}n|việt\s*nam|độc\s*lập")
_RIGHT_COLUMN = re.compile(
    r"(?<![^\W\d_])(?:[đd]\w{0,4}ng\W{0,3}c\w{1,3}ng\W{0,3}s\w{1,3}n(?![^\W\d_])|độc\s*lập"
    r"|c\w{1,3}ng\s*h\w{1,3}\s*x\w{1,3}\s*h\w{1,3}\s*ch\w{1,3}\s*ngh)"
)
_HEAD_NOISE = re.compile(
    r"\s*(?:[đd]\w{1,4}ng\s*c\w{1,3}ng\s*s\w{1,3}n\s*v\w{1,3}t\s*nam|độc\s*lập.*|số\s*[:.].*|\*+"
    r"|[-–—_]+)\s*$"
)
# Lines of the right column (or marks) that may sit between a wrapped head line and its rest.
_HEAD_SKIP = re.compile(
    r"^\s*(?:[*\-–—_.\s]+|đảng\s*cộng\s*sản.*|độc\s*lập.*|số\s*[:.]?\s*\S*\d.*"
    r"|[^,\n\d]{2,45},\s*ngày\b.*|\d{4}\s*)$"
)
_HEAD_STOP = re.compile(r"biên\s*bản|chi\s*bộ|đảng\s*(?:bộ|ủy)|cộng\s*sản|độc\s*lập|\d{3,}")
_LOWER_WORDS = frozenset(
    [
        "ấp",
        "thôn",
        "xã",
        "bản",
        "khu",
        "phố",
        "phường",
        "huyện",
        "thị",
        "trấn",
        "thành",
        "tỉnh",
        "tổ",
        "dân",
        "số",
        "khóm",
        "buôn",
        "làng",
        "xóm",
        "quận",
        "sóc",
        "thủy",
    ]
)
_CANONICAL_HEAD = {"chi bộ": "Chi bộ", "đảng bộ": "Đảng bộ", "đảng ủy": "Đảng ủy"}
_TITLE = re.compile(r"biên\s*bản")
_PLACE_LABEL = re.compile(r"^\W*địa\s*điểm\s*:")
_PLACE = re.compile(r"(?<![^\W\d_])(?:tại|ở|địa\s*điểm\s*:)\s+")
_PLACE_STOP = re.compile(
    r"\s*(?:[,.;]\s|[,.;]?$|(?<!bí\sthư)\s(?:chi\s*bộ|cb|đảng\s*bộ)\s|\s(?:vào\s*lúc|lúc|hồi|ngày)\s)"
)


def _head_lines(doc: Document) -> list[tuple[int, str, str]]:
    """(offset, text, folded) of the first lines of the first page."""
    out = []
    offset = 0
    for line in doc.lines[:HEAD_LINES]:
        at = doc.text.find(line.text, offset)
        if at < 0:
            continue
        offset = at + len(line.text)
        out.append((at, line.text, doc.folded[at:offset]))
    return out


def _clean_head(text: str) -> str:
    """A letter-head line without what the other column left on it (and OCR's "ĐẢẲNG")."""
    lead = _LEAD_CUE.match(fold(text))
    if lead:
        cue = "CHI BỘ" if "chi" in lead.group(0) else "ĐẢNG " + text[lead.end() - 2 : lead.end()]
        text = cue + text[lead.end() :]
    folded = fold(text)
    m = _HEAD_NOISE.search(folded)
    cut = m.start() if m and m.start() > 0 else len(text)
    other = _RIGHT_COLUMN.search(folded, 1)  # the right column's words, then OCR noise
    cut = min(cut, other.start()) if other else cut
    words = text[:cut].split()
    words = [w.strip(".,:;'\"`") for w in words]  # specks stuck to the words of a name
    words = [w for w in words if any(ch.isalnum() for ch in w) or w in ("-", "–")]
    while words and not words[0][:1].isalnum():
        words.pop(0)
    if words and words[0].isupper():  # "CHI BỘ ẤP X Tân Ngãi, ngày …": keep the capitals
        kept = []
        for word in words:
            if not (word.isupper() or word.isdigit() or not any(ch.isalpha() for ch in word)):
                break
            kept.append(word)
        words = kept
    return " ".join(words).strip(" ,.;:-–*")


def find_branch_and_parent(doc: Document) -> tuple[Hit[str] | None, Hit[str] | None]:
    """The "CHI BỘ …" line of the letter head and the "ĐẢNG BỘ …" line above it.

    A name the narrow column wrapped ("CHI BỘ TRƯỜNG MẦM NON XUÂN" / "LẠC BẮC") is joined
    with its continuation lines, which may follow directly or after the right column's text.
    """
    branch: Hit[str] | None = None
    parent: Hit[str] | None = None
    head = _head_lines(doc)
    for index, (offset, text, folded) in enumerate(head):
        if _BRANCH.match(folded) and branch is None:
            value = _join_wrapped(text, head[index + 1 :])
            branch = Hit(_nicer_case(doc, value), offset, offset + len(text), 0.9)
        elif _PARENT.match(folded) and branch is None:
            value = _join_wrapped(text, head[index + 1 :])
            if value and not _NOT_PARENT.search(fold(value)):
                parent = Hit(_nicer_case(doc, value), offset, offset + len(text), 0.9)
    return branch, parent


def _join_wrapped(line: str, following: list[tuple[int, str, str]]) -> str:
    """The head `line` with the capitalised continuation lines a narrow column wrapped it onto.

    A dash the line was cut at ("PHÒNG LAO ĐỘNG -" / "THƯƠNG BINH VÀ XÃ HỘI") is kept; one
    opening the next line is more often an OCR speck and is not.
    """
    value = _clean_head(line)
    if not value.isupper():
        return value
    parts = [value]
    dash = _has_dash_end(line)
    for _offset, text, folded in following:
        if _HEAD_SKIP.match(folded):
            continue
        piece = _clean_head(text)
        if not _is_wrapped_rest(piece, text):
            break
        parts.append(("- " if dash else "") + piece)
        dash = _has_dash_end(text)
        if len(parts) > MAX_WRAP_LINES:
            break
    return " ".join(parts)


def _has_dash_end(text: str) -> bool:
    return text.rstrip().endswith(("-", "–")) and not _HEAD_NOISE.fullmatch(text.strip())


def _is_wrapped_rest(piece: str, text: str) -> bool:
    """A short all-capitals fragment that is no other head line (nor the title)."""
    words = piece.split()
    return (
        bool(piece)
        and (piece.isupper() or (piece.isdigit() and len(piece) <= 3))
        and len(piece) <= 40
        and len(words) <= 7
        and not _HEAD_STOP.search(fold(piece))
        and len(text.strip()) - len(piece) < 30
    )


def _nicer_case(doc: Document, value: str) -> str:
    """An all-capitals head line as the body spells it, else in title case."""
    if not value.isupper():
        return value
    folded = fold(value)
    at = doc.folded.find(folded)
    while at >= 0:
        candidate = doc.text[at : at + len(value)]
        if not candidate.isupper():
            return candidate
        at = doc.folded.find(folded, at + 1)
    words = value.split()
    head = fold(" ".join(words[:2]))
    cased = [_CANONICAL_HEAD.get(head, " ".join(words[:2]).capitalize())]
    for at, word in enumerate(words[2:], start=2):
        # OCR reads the marks and spaces of capitals worst ("HIỆP ĐIỂN", "HƯNGA"): the rest
        # of the name as the body spells it, when it does
        spelled = body_spelling(doc, " ".join(words[at:]))
        if spelled is not None:
            return " ".join([*cased, spelled])
        low = word.lower()
        if low in _LOWER_WORDS:
            cased.append(low)
        else:
            cased.append(word if _is_abbreviation(word) else word.capitalize())
    return " ".join(cased)


def _is_abbreviation(word: str) -> bool:
    return not set("aeiouy") & set(strip_marks(word).lower())


def find_title(doc: Document) -> tuple[int, str]:
    """Offset and folded text of the title block (the "BIÊN BẢN" line and the lines after)."""
    for index, _para in enumerate(doc.paragraphs[:20]):
        folded = doc.folded_paragraph(index)
        if _TITLE.search(folded) and len(folded) < 160:
            parts = [
                doc.folded_paragraph(i) for i in range(index, min(index + 4, len(doc.paragraphs)))
            ]
            return doc.starts[index], "\n".join(parts)
    return 0, "\n".join(doc.folded_paragraph(i) for i in range(min(8, len(doc.paragraphs))))


def find_meeting_type(doc: Document) -> Hit[str] | None:
    """regular / thematic / combined / extraordinary, from the title and the opening."""
    cues = load_rules().meeting_types
    start, title = find_title(doc)
    opening = doc.folded[start : start + len(title) + 400]

    def has(patterns: list[str], text: str) -> bool:
        return any(re.search(p, text, re.MULTILINE) for p in patterns)

    end = start + len(title)
    if has(cues.extraordinary, title) or has(cues.extraordinary, opening):
        return Hit("extraordinary", start, end, 0.95 if has(cues.extraordinary, title) else 0.8)
    thematic = has(cues.thematic, opening)
    regular = has(cues.regular, opening) or has(cues.combined_link, opening)
    section = has(cues.thematic_section, doc.folded)
    if thematic and regular:
        return Hit("combined", start, end, 0.9)
    if thematic:
        return Hit("thematic", start, end, 0.9)
    if regular:
        return Hit("combined" if section else "regular", start, end, 0.75 if section else 0.9)
    if section:
        return Hit("thematic", start, end, 0.6)
    return Hit("regular", start, end, 0.5, "default")


def find_location(doc: Document, *, near: int | None) -> Hit[str] | None:
    """The place phrase after "tại"/"ở" in the opening sentence (the one with the date)."""
    if near is None:
        return None
    index = doc.paragraph_at(near)
    for idx in (index, *range(max(0, index - 2), min(len(doc.paragraphs), index + 3))):
        hit = _place_in(doc, idx)
        if hit is not None:
            return hit if idx == index else Hit(hit.value, hit.start, hit.end, 0.6)
    for idx in range(min(len(doc.paragraphs), HEAD_LINES + 6)):  # "Địa điểm: …" on its own
        if _PLACE_LABEL.match(doc.folded_paragraph(idx)):
            hit = _place_in(doc, idx)
            if hit is not None:
                return Hit(hit.value, hit.start, hit.end, 0.6)
    return None


def _place_in(doc: Document, index: int) -> Hit[str] | None:
    folded = doc.folded_paragraph(index)
    base = doc.starts[index]
    matches = sorted(
        _PLACE.finditer(folded), key=lambda m: (not m.group(0).startswith("tại"), m.start())
    )
    for m in matches:
        end = _place_end(folded, m.end())
        value = doc.text[base + m.end() : base + end].strip(" ,.;:")
        if 3 <= len(value) <= 120 and not re.match(r"\d|ngày|lúc", fold(value)):
            return Hit(value, base + m.end(), base + m.end() + len(value), 0.85)
    return None


def _place_end(folded: str, start: int) -> int:
    depth = 0
    for i in range(start, len(folded)):
        ch = folded[i]
        depth += (ch == "(") - (ch == ")")
        if depth == 0 and _PLACE_STOP.match(folded, i) and not _is_speck_stop(folded, i):
            return i
    return len(folded)


def _is_speck_stop(folded: str, at: int) -> bool:
    """A full stop after a place's kind ("khu phố. Nghĩa Quới"): its name must follow."""
    words = folded[:at].split()
    return (
        folded[at] == "."
        and bool(words)
        and words[-1] in _LOWER_WORDS
        and folded[at + 1 : at + 3].strip()[:1].isalnum()
    )


@lru_cache(maxsize=2)
def _squash(text: str) -> tuple[str, list[int]]:
    """`text`'s letters and digits only, unmarked and lower case, with each one's offset."""
    keep = [(i, ch) for i, ch in enumerate(unmarked(text.lower())) if ch.isalnum()]
    return "".join(ch for _, ch in keep), [i for i, _ in keep]


def body_spelling(doc: Document, name: str) -> str | None:
    """How the body spells `name` (a letter-head name in capitals): the most frequent writing,
    not in capitals, whose letters without marks, spaces and punctuation equal `name`'s."""
    key = "".join(ch for ch in unmarked(name.lower()) if ch.isalnum())
    if len(key) < 5:
        return None
    squashed, offsets = _squash(doc.text)
    found: Counter[str] = Counter()
    at = squashed.find(key)
    while at >= 0:
        start, end = offsets[at], offsets[at + len(key) - 1] + 1
        candidate = doc.text[start:end]
        candidate = " ".join(w.strip(".,:;") for w in candidate.split())
        if _is_word_span(doc.text, start, end) and _is_proper_name(candidate):
            found[candidate] += 1
        at = squashed.find(key, at + 1)
    return found.most_common(1)[0][0] if found else None


def _is_proper_name(text: str) -> bool:
    """Capitalised words (a place's kind, "xã", "khu phố", may be lower case), not capitals."""
    words = [w for w in text.split() if w[:1].isalpha()]
    return (
        bool(words)
        and not text.isupper()
        and all(w[0].isupper() or w.lower() in _LOWER_WORDS for w in words)
        and words[-1][0].isupper()
    )


def _is_word_span(text: str, start: int, end: int) -> bool:
    before = text[start - 1 : start]
    after = text[end : end + 1]
    return not (before.isalnum() or after.isalnum())

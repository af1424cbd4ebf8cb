"""The letter head (branch, parent committee), the meeting type, and the place."""

from __future__ import annotations

import re

from bienban.extractors.hits import Hit
from bienban.extractors.ruleset import load_rules
from bienban.extractors.spelling import (
    Witness,
    find_witnesses,
    merge_spelling,
    squash,
    tidy_span,
)
from bienban.extractors.text import Document, fold, strip_marks

HEAD_LINES = 14
MAX_WRAP_LINES = 3
# "ĐẢNG" as OCR engines misread it in capitals: "ĐẢẲNG", "ĐẲNG", "DẢNG".
_DANG = r"[đd][ảẳẩạăâaằắấầáàãẫẵ]{1,2}ng"
_GAP = r"[\s.,:;]*"  # OCR specks may part the words: "ĐẲNG, BỘ", "CHI: BỘ"
_BO = r"b[ộọôồốổỗo]{1,2}"  # "BỘ" as OCR may read it: "BỌỘ", "BÔ"
_BRANCH = re.compile(r"[^\w]{0,3}chi" + _GAP + _BO + r"[.,:;]?\s+\S")
_PARENT = re.compile(r"[^\w]{0,3}" + _DANG + _GAP + r"(?:bộ|ủy)[.,:;]?\s+\S")
_LEAD_CUE = re.compile(
    r"^[^\w]{0,3}(?:chi" + _GAP + _BO + "|" + _DANG + _GAP + r"(?:bộ|ủy))(?![^\W\d_])"
)
_NOT_PARENT = re.compile(r"cộng\s*s\w{1,3}n|việt\s*nam|độc\s*lập")
_RIGHT_COLUMN = re.compile(
    r"(?<![^\W\d_])(?:[đd]\w{0,4}ng\W{0,3}c\w{1,3}ng\W{0,3}s\w{1,3}n(?![^\W\d_])|độc\s*lập"
    # the right column's first words garbled: "ĐẲNG CỘN NG SỈ", "ĐĂNG š CỘNG"
    r"|" + _DANG + r"\W{0,3}(?:[^\W\d_]\W{1,3})?c[ộôo]n"
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
_HEAD_STOP = re.compile(
    r"bi[^\W\d_]{1,3}n\s*b[^\W\d_]{1,2}n|chi\s*bộ|đảng\s*(?:bộ|ủy)|cộng\s*sản|độc\s*lập|\d{3,}"
)  # the title as OCR may read it too ("BIÊỀNBẢN")
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
_KIND_ENDS = {"thành": ("phố",), "thị": ("trấn", "xã")}  # kinds of two words, by their first
_CANONICAL_HEAD = {"chi bộ": "Chi bộ", "đảng bộ": "Đảng bộ", "đảng ủy": "Đảng ủy"}
_TITLE = re.compile(r"biên\s*bản")
_PLACE_WORD = r"(?:địa\s*điểm(?:\s*(?:họp|sinh\s*hoạt))?|nơi\s*(?:họp|sinh\s*hoạt)|tại)"
_PLACE_LABEL = re.compile(r"^\W*(?:\d{1,2}\s*[.)/]\s*)?" + _PLACE_WORD + r"\s*:")  # "3. Địa điểm:"
_PLACE = re.compile(r"(?<![^\W\d_])(?:tại\s+|ở\s+|" + _PLACE_WORD + r"\s*:\s*)")
_PLACE_STOP = re.compile(
    r"\s*(?:[,.;]\s|[,.;]?$|(?<!bí\sthư)\s(?:chi\s*bộ|cb|đảng\s*bộ)\s|\s(?:vào\s*lúc|lúc|hồi|ngày)\s"
    r"|\s(?:để|nhằm)\s"  # "… tại Nhà văn hóa khu phố để sinh hoạt thường kỳ": what for
    # the next line's label ("… Quân sự thị trấn" / "Giờ vào họp: 8h")
    r"|\s(?:giờ|thời\s*gian|chủ\s*trì|chủ\s*tọa|thư\s*ký|người\s*ghi)(?![^\W\d_])[^.,;:\n]{0,15}:)"
)


def _head_lines(doc: Document) -> list[tuple[int, str, str]]:
    """(offset, text, folded) of the first lines of the first page, up to the title (the body
    below it may name the cell too: "Chi bộ xóm 9 họp …")."""
    out: list[tuple[int, str, str]] = []
    offset = 0
    for line in doc.lines[:HEAD_LINES]:
        at = doc.text.find(line.text, offset)
        if at < 0:
            continue
        offset = at + len(line.text)
        folded = doc.folded[at:offset]
        if out and _LOOSE_TITLE.match(folded):
            break
        out.append((at, line.text, folded))
    return out


_LOOSE_TITLE = re.compile(r"^\W{0,4}bi[^\W\d_]{1,3}n\s*b[^\W\d_]{1,2}n(?![^\W\d_])")


def _clean_head(text: str, *, capitals_only: bool = True, head: str = "") -> str:
    """A letter-head line without what the other column left on it (and OCR's "ĐẢẲNG"), and
    without specks read as words ("——T—"); with `capitals_only`, a line that opens in
    capitals ends at its first word that is not ("CHI BỘ ẤP X Tân Ngãi, ngày …")."""
    lead = _LEAD_CUE.match(fold(text))
    if lead:
        after = [word for word in text[lead.end() :].split() if any(map(str.isalnum, word))]
        kind = text[lead.end() - 2 : lead.end()]
        if after and not after[0].isupper() and not after[0][:1].isdigit():
            capitals_only = False  # "Chi bộ Quân sự xã …": a head written in small letters
            cue = "Chi bộ" if "chi" in lead.group(0) else "Đảng " + kind.lower()
        else:
            cue = "CHI BỘ" if "chi" in lead.group(0) else "ĐẢNG " + kind
        text = cue + text[lead.end() :]
    folded = fold(text)
    if not capitals_only:
        text = _without_place_and_date(text, head)  # "CHI BỘ … PHÚ Phú Khánh, ngày …"
        folded = fold(text)
    m = _HEAD_NOISE.search(folded)
    cut = m.start() if m and m.start() > 0 else len(text)
    other = _RIGHT_COLUMN.search(folded, 1)  # the right column's words, then OCR noise
    cut = min(cut, other.start()) if other else cut
    words = text[:cut].split()
    words = [w.strip(".,:;'\"`") for w in words]  # specks stuck to the words of a name
    words = [w for w in words if _is_head_word(w)]
    while words and not words[0][:1].isalnum():
        words.pop(0)
    if capitals_only and words and words[0].isupper():
        kept = []
        for word in words:
            if not (word.isupper() or word.isdigit() or not any(ch.isalpha() for ch in word)):
                break
            kept.append(word)
        words = kept
    return " ".join(words).strip(" ,.;:-–*")


_DATED = re.compile(r"\s*,\s*ngày\b")
# The other column's motto, between a name's words where the left column wrapped it.
_MOTTO = re.compile(r"đ\w{1,3}ng\s+c\w{1,2}ng\s+s\w{1,3}n\s+vi\w{1,3}t\s+nam", re.IGNORECASE)


def _without_place_and_date(text: str, head: str = "") -> str:
    """A head line without the right column's "<Place>, ngày …" when the line's own words
    stand before it. The place's words are capitalised, not in capitals; so are a name's
    written in small letters ("Chi bộ Trạm Y tế xã Phước Quới Phước Quới, ngày …"): then the
    place is the run's last words that the other head lines (`head`) name too, or that
    repeat the words before them; else the whole capitalised run."""
    dated = _DATED.search(text)
    if dated is None:
        return text
    head = " ".join(_MOTTO.sub(" ", head).split())  # "… huyện Thanh" / "Quới": one name
    words = text[: dated.start()].split()
    run = 0
    while run < len(words) and _is_capitalised(words[-1 - run]):
        run += 1
    for size in range(min(run, 4), 0, -1):
        place = words[len(words) - size :]
        kept = words[: len(words) - size]
        if kept and (
            kept[-size:] == place or re.search(rf"\b{re.escape(' '.join(place))}\b", head)
        ):
            return " ".join(kept)
    return " ".join(words[: len(words) - run]) if run < len(words) else text


def _is_capitalised(word: str) -> bool:
    return word[:1].isupper() and (len(word) == 1 or word[1:].islower())


def _is_head_word(word: str) -> bool:
    """A word of a name, or a dash between two: not a speck OCR read ("——T—", "»")."""
    alnum = sum(ch.isalnum() for ch in word)
    return word in ("-", "–") or (alnum > 0 and 2 * alnum >= len(word))


def find_branch_and_parent(doc: Document) -> tuple[Hit[str] | None, Hit[str] | None]:
    """The "CHI BỘ …" line of the letter head and the "ĐẢNG BỘ …" line above it, each spelled
    as the rest of the document writes it when it does (see `spell_head_name`).

    A name the narrow column wrapped ("CHI BỘ TRƯỜNG MẦM NON XUÂN" / "LẠC BẮC") is joined
    with its continuation lines, which may follow directly or after the right column's text.
    """
    branch: Hit[str] | None = None
    parent: Hit[str] | None = None
    head = _head_lines(doc)

    def others(index: int) -> str:  # the other head lines, where the place may be named
        return "\n".join(line for at, (_, line, _) in enumerate(head) if at != index)

    for index, (offset, text, folded) in enumerate(head):
        loose = _clean_head(text, capitals_only=False, head=others(index))
        if _BRANCH.match(folded) and branch is None:
            value = _join_wrapped(text, head[index + 1 :], others(index))
            branch = spell_head_name(doc, value, offset, offset + len(text), loose=loose)
        elif _PARENT.match(folded) and branch is None:
            value = _join_wrapped(text, head[index + 1 :], others(index))
            if value and not _NOT_PARENT.search(fold(value)):
                parent = spell_head_name(doc, value, offset, offset + len(text), loose=loose)
    if branch is None:
        branch, parent = _branch_without_cue(doc, head, parent)
    return _parent_in_brackets(branch, parent)


# "Chi bộ thôn X (Đảng ủy xã Y)": the cell's name with its parent committee after it.
_PARENT_IN_BRACKETS = re.compile(
    r"\s*\(\s*(đ\w{1,3}ng\s+(?:bộ|ủy|uỷ)\s+[^()]{2,80}?)\s*\)?\s*$", re.IGNORECASE
)


def _parent_in_brackets(
    branch: Hit[str] | None, parent: Hit[str] | None
) -> tuple[Hit[str] | None, Hit[str] | None]:
    """The cell's name without the parent committee it names in brackets, and that parent
    when the letter head gives no other."""
    m = _PARENT_IN_BRACKETS.search(branch.value) if branch is not None else None
    if branch is None or m is None or m.start() == 0:
        return branch, parent
    named = branch.value[: m.start()].rstrip()
    kind, _, rest = m.group(1).partition(" ")
    kind_rest, _, name = rest.partition(" ")
    spelled = _CANONICAL_HEAD.get(fold(f"{kind} {kind_rest}"), f"{kind} {kind_rest}")
    if parent is None:
        parent = Hit(
            f"{spelled} {name}", branch.start, branch.end, branch.confidence * 0.9, "brackets"
        )
    return Hit(named, branch.start, branch.end, branch.confidence, branch.note), parent


def _branch_without_cue(
    doc: Document, head: list[tuple[int, str, str]], parent: Hit[str] | None
) -> tuple[Hit[str] | None, Hit[str] | None]:
    """The cell's name from a letter-head line whose "CHI BỘ" OCR lost ("KHU PHỐ 1 ——T"),
    when the body names the cell so ("Chi bộ khu phố 1 họp …"); a parent line that took
    that line for its own continuation gives it back."""
    for offset, text, folded in head[1:]:
        if _TITLE.search(folded) or _HEAD_SKIP.match(folded):
            continue
        piece = _clean_head(text)
        name = re.sub(r"^(?:BỘ|Bộ|bộ)\s+", "", piece)  # "BỘ XÓM 9": OCR lost the "CHI"
        if not name or _LEAD_CUE.match(fold(name)):
            continue
        witness = next((w for w in _witnesses(doc, name, offset + len(text)) if w.after_cue), None)
        if witness is None:
            continue
        spelled = merge_spelling(name, _span(doc, witness), document=doc.text)
        branch = Hit("Chi bộ " + spelled, offset, offset + len(text), 0.6, "body")
        return branch, _without_tail(parent, piece)
    return None, parent


def _without_tail(parent: Hit[str] | None, piece: str) -> Hit[str] | None:
    """`parent` without the line `piece` it took for its own continuation."""
    if parent is None:
        return None
    words, count = parent.value.split(), len(piece.split())
    if len(words) <= count + 2 or squash(" ".join(words[-count:])) != squash(piece):
        return parent
    kept = " ".join(words[:-count])
    return Hit(kept, parent.start, parent.end, parent.confidence * 0.8, parent.note)


def spell_head_name(
    doc: Document, value: str, start: int, end: int, *, loose: str = ""
) -> Hit[str]:
    """A letter-head name (`value`, read from `start`..`end`) as the document writes it again
    in lower case, which OCR reads better: the body's writing of the whole name, or of its
    last words, when its letters without marks are within a few OCR edits of the head's
    (words that differ go to the spelling the document uses more often). Confidence: 0.95
    when the writings agree letter for letter, 0.8 when OCR edits part them, 0.85 when the
    head is the only witness. `loose` is the line as read, with the words in lower case that
    `value` left out (OCR may read capitals as small letters: "CHI BỘ tổ Dị DẪN PHÓSỐ3"):
    tried when `value` has no witness."""
    found = _spell_with_witness(doc, value, start, end)
    if found is None and len(loose.split()) > len(value.split()):
        found = _spell_with_witness(doc, loose, start, end)
    before, _, last = value.rpartition(" ")
    if found is None and before and _is_abbreviation(last) and len(last) <= 2 < len(value.split()):
        found = _spell_with_witness(doc, before, start, end)  # "… TÂY T", "… TRUNG TT": specks
    if found is not None:
        return found
    words = value.split()
    kind = _canonical_kind(words)
    rest = words[2:] if kind else words
    full = " ".join(([kind] if kind else []) + _title_words(rest)) if value.isupper() else value
    return Hit(full, start, end, 0.85)


def _spell_with_witness(doc: Document, value: str, start: int, end: int) -> Hit[str] | None:
    words = value.split()
    kind = _canonical_kind(words)
    rest = words[2:] if kind else words
    for at in range(len(rest)):
        name = " ".join(rest[at:])
        witness = next(iter(_witnesses(doc, name, end)), None)
        if witness is None or (at > 0 and witness.edits > 0):
            continue  # the last words only when written letter for letter
        written = _span(doc, witness)
        if at == len(rest) - 1 and len(written.split()) < 2:
            continue  # one last word only when OCR lost a space in it ("TRUNGHƯNG")
        spelled = merge_spelling(name, written, document=doc.text)
        cased = _title_words(rest[:at]) + [spelled]
        full = " ".join(([kind] if kind else []) + cased)
        confidence = 0.95 if witness.edits == 0 and at == 0 else 0.8
        return Hit(full, start, end, confidence, "body" if witness.edits == 0 else "reconciled")
    return None


_KIND_CUE = re.compile(r"(?:chi|đảng)\s*(?:bộ|ủy)\W{0,2}$")


def _witnesses(doc: Document, name: str, after: int) -> list[Witness]:
    """Writings of `name` after the letter-head line that ends at `after`, not in capitals,
    that read as a name (or follow "chi bộ"/"đảng bộ")."""
    found = find_witnesses(doc.text, name, cue=_KIND_CUE, accept=(after, len(doc.text)))
    return [w for w in found if _is_written_name(_span(doc, w), after_cue=w.after_cue)]


def _span(doc: Document, witness: Witness) -> str:
    return tidy_span(doc.text[witness.start : witness.end])


def _is_written_name(text: str, *, after_cue: bool) -> bool:
    """A name as the body writes it: not in capitals; its first word capitalised or a place's
    kind ("xã", "tổ"), or any words after "Chi bộ"."""
    words = [w for w in text.split() if w[:1].isalnum()]
    if not words or text.isupper():
        return False
    return after_cue or words[0][0].isupper() or words[0].lower() in _LOWER_WORDS


def _canonical_kind(words: list[str]) -> str | None:
    """ "Chi bộ", "Đảng bộ" or "Đảng ủy" for the first two words of a head name."""
    return _CANONICAL_HEAD.get(fold(" ".join(words[:2])))


def _title_words(words: list[str]) -> list[str]:
    """Words of a name in capitals, cased as a name: a place's kind in lower case ("thành"
    and "thị" only in "thành phố", "thị trấn", "thị xã": else part of a name, "Phú Thành"),
    abbreviations ("THPT", "TNHH") kept."""
    out = []
    for at, word in enumerate(words):
        low = word.lower()
        after = words[at + 1].lower() if at + 1 < len(words) else ""
        if low in _LOWER_WORDS and after in _KIND_ENDS.get(low, (after,)):
            out.append(low)
        else:
            out.append(word if _is_abbreviation(word) or not word.isupper() else word.capitalize())
    return out


def _join_wrapped(line: str, following: list[tuple[int, str, str]], others: str = "") -> str:
    """The head `line` with the capitalised continuation lines a narrow column wrapped it onto.

    A dash the line was cut at ("PHÒNG LAO ĐỘNG -" / "THƯƠNG BINH VÀ XÃ HỘI") is kept; one
    opening the next line is more often an OCR speck and is not.
    """
    value = _clean_head(line, head=others)
    if not value.isupper():
        return _with_wrapped_rest(value, following)
    parts = [value]
    dash = _has_dash_end(line)
    for _offset, text, folded in following:
        if _HEAD_SKIP.match(folded) and not _LEAD_CUE.match(folded):
            continue  # the right column's lines; not a head line it shares ("CHI BỘ X Nơi, ngày")
        piece = _clean_head(text)
        if not _is_wrapped_rest(piece, text):
            break
        parts.append(("- " if dash else "") + piece)
        dash = _has_dash_end(text)
        if len(parts) > MAX_WRAP_LINES:
            break
    return " ".join(parts)


def _with_wrapped_rest(value: str, following: list[tuple[int, str, str]]) -> str:
    """A head written in small letters with the rest of its name the narrow column wrapped
    onto a line below, after the right column's own lines if any ("Chi bộ Quân sự phường
    Yên" / "Yên Xương Tây, ngày …" / "Xương Tây"; "… Tài nguyên và Môi" / "trường huyện Mỹ
    Sơn"): a few words of a name alone on their line, specks after them dropped."""
    for _, text, folded in following[:3]:
        if _HEAD_SKIP.match(folded) and not _LEAD_CUE.match(folded):
            continue
        words = text.split()
        while words and (len(words[-1]) <= 2 and not words[-1][:1].isupper()):
            words.pop()  # "Khánh A 7", "Hòa Thành Tây ni": a speck of the right column
        name_like = all(_is_capitalised(w) or w.islower() for w in words)
        if 0 < len(words) <= 6 and name_like and not _HEAD_STOP.search(folded):
            return f"{value} {' '.join(words)}"
        return value
    return value


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
            hit = _place_in(doc, idx) or _place_below(doc, idx)
            if hit is not None:
                return Hit(hit.value, hit.start, hit.end, 0.6)
    return None


def _place_below(doc: Document, index: int) -> Hit[str] | None:
    """The value of a label alone on its line ("Địa điểm:"), in the cell below it."""
    if not doc.paragraphs[index].text.rstrip().endswith(":") or index + 1 >= len(doc.paragraphs):
        return None
    value = doc.paragraphs[index + 1].text.strip(" ,.;")
    if not 3 <= len(value) <= 120 or ":" in value or not value[:1].isupper():
        return None
    start = doc.starts[index + 1]
    return Hit(value, start, start + len(value), 0.6)


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


# What opens the sentence after the place ("… Quân sự phường. Bắt đầu từ 15 giờ 15'.").
_NEXT_SENTENCE = re.compile(
    r"\s*(?:bắt\s*đầu|thời\s*gian|chủ\s*(?:trì|tọa)|thư\s*ký|thành\s*phần|khai\s*mạc"
    r"|hôm\s*nay|vào\s*lúc|lúc|hồi|chi\s*bộ|có\s*mặt|tổng\s*số|dự\s*họp)(?![^\W\d_])"
)


def _is_speck_stop(folded: str, at: int) -> bool:
    """A full stop after a place's kind ("khu phố. Nghĩa Quới"): its name must follow, not
    the next sentence."""
    words = folded[:at].split()
    return (
        folded[at] == "."
        and bool(words)
        and words[-1] in _LOWER_WORDS
        and folded[at + 1 : at + 3].strip()[:1].isalnum()
        and not _NEXT_SENTENCE.match(folded, at + 1)
    )

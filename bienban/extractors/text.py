"""The document as extractors see it: lines joined into paragraphs, with a folded twin.

`fold` maps text to a matching form of the *same length* (lower case, one tone placement,
common OCR confusions repaired), so a match found in the folded text points at the very
characters of the original: values are always returned as written.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache

from bienban.extractors.ruleset import load_rules, unmarked
from bienban.models import Page, PageStatus

_TONE_MOVES = {
    # old-style tone placement ("hoà", "uỷ", "khoẻ") -> new style ("hòa", "ủy", "khỏe")
    "oà": "òa",
    "oá": "óa",
    "oả": "ỏa",
    "oã": "õa",
    "oạ": "ọa",
    "oè": "òe",
    "oé": "óe",
    "oẻ": "ỏe",
    "oẽ": "õe",
    "oẹ": "ọe",
    "uỳ": "ùy",
    "uý": "úy",
    "uỷ": "ủy",
    "uỹ": "ũy",
    "uỵ": "ụy",
}
_TONE_RE = re.compile("(?<!q)(?:" + "|".join(_TONE_MOVES) + r")(?![^\W\d_])")
_DIGIT_LOOKALIKE = {"o": "0", "z": "2", "l": "1", "i": "1", "|": "1"}
_LOOKALIKE_RE = re.compile(
    r"(?:(?<=[hg])|(?<![^\W\d_]))(?=[ozliOZI|]*\d)[\dozliOZI|]+(?![^\W\d_])"
    r"|(?<![^\W\d_])[zZ](?![^\W\d_])"
)
_WORD_RE = re.compile(r"[^\W\d_]+")
# Marks an OCR engine makes of specks and smudges: never meaningful in minutes. Folding reads
# them as spaces, so cue phrases they fall into ("sinh¬ hoạt") still match.
_SPECKS = "¬`ˆ_„“”~¡¿‹›†"
_SPECK_TABLE = str.maketrans(_SPECKS, " " * len(_SPECKS))
# A full stop inside a sentence (before a lower-case word, or between a word and a number)
# is a speck too: "phòng. họp", "lúc. 11h50".
_INNER_STOP = re.compile(r"(?<=[^\W\d_])\.(?= ?[^\W_])")
_SNAP_GAP = re.compile(r" ?: ?|  ?")
# Specks at the start and end of a printed line, and lines made only of them.
_LEAD_SPECKS = re.compile(r"^[\s¬`ˆ„“”'\".,:;|\\]*(?:[_=~]+>?\s*)*")
_TRAIL_SPECKS = re.compile(r"[\s¬`ˆ_~„|\\]+$")
_SPECK_WORD = re.compile(r"(?<=\s)[¬`ˆ_~„]+(?=\s)")
_NUMBER_ROW = re.compile(r"^[\d\s|.,/%-]+$")
_DASH_LOWER = re.compile(r"^[-–—]\s*[^\W\d_A-ZĐÀ-Ỹ]")
_LONE_COUNT = re.compile(r"^\d{1,3}[.;,]?$")
_COUNT_CUE_END = re.compile(r"(?<![^\W\d_])(?:vắng|có\s*mặt|dự\s*họp|tổng\s*số)\s*[.,:;]?$")
_COUNT_OPENING = re.compile(r"\d{1,3}\s*(?:đồng\s*chí|đ/c|đv|đảng\s*viên)(?![^\W\d_])")
# The rest of a date a line break cut, by the word the line above ends with.
_DATE_RESTS = {
    "ngày": re.compile(r"^\d{1,2}(?:\s?[/.-]\s?\d{1,2}\s?[/.-]\s?\d{4}(?!\d)|\s+tháng)"),
    "tháng": re.compile(r"^\d{1,2}\s+năm\s+\d{4}(?!\d)"),
    "năm": re.compile(r"^\d{4}(?!\d)"),
}
_NUMBER_TAILS = frozenset(
    ["số", "lúc", "ngày", "tháng", "năm", "giờ", "phút", "quý", "tổ", "ấp", "xóm", "khu"]
    + ["thôn", "bản", "khóm", "đội", "phòng", "tầng", "khu phố"]
)
_TERMINAL = (".", ":", ";", "!", "?")
_CLOCK_START = re.compile(r"^\s*(?:[01]?\d|2[0-4])\s?(?:[.:hg]\s?\d{2}|giờ)")
_ITEM_START = re.compile(
    r"^\s*(?:[-–—+•*·]|\(?\d{1,2}(?:\.\d{1,2})*[.)]|[a-zđ©](?:[.)]|\s?[-–])\s|[IVX]{1,4}[.)]\s|\(\d)"
)


def _lower_same_length(text: str) -> str:
    low = text.lower()
    if len(low) == len(text):  # the usual case: no letter lowers to two ("İ")
        return low
    out = []
    for ch in text:
        low = ch.lower()
        out.append(low if len(low) == 1 else ch)
    return "".join(out)


@lru_cache(maxsize=4096)
def fold(text: str) -> str:
    """The matching form of `text`, exactly as long as `text`."""
    low = _lower_same_length(unicodedata.normalize("NFC", text)) if text else text
    if len(low) != len(text):  # NFC changed the length: fall back to char-wise lowering
        low = _lower_same_length(text)
    low = low.replace("ð", "đ")
    low = _TONE_RE.sub(lambda m: _TONE_MOVES[m.group(0)], low)
    low = low.translate(_SPECK_TABLE)
    rules = load_rules()
    for wrong, right in rules.ocr_fixes:
        low = low.replace(wrong, right)
    return _snap_cues(_fix_digits(low), rules.snaps, rules.snap_keep)


def unspeck(text: str, folded: str) -> str:
    """`folded` (the fold of `text`) without the full stops that stand inside a phrase in
    `text` ("phòng. họp", "lúc. 11h50"): read as spaces. Needs the case of `text`, so it is
    not part of `fold`."""
    return _INNER_STOP.sub(lambda m: " " if _is_lower_after(text, m.end()) else ".", folded)


def _is_lower_after(text: str, end: int) -> bool:
    """Whether the full stop or colon ending at `end` of `text` stands inside a phrase: a
    lower-case word follows, or a number follows a lower-case word ("lúc. 11h50")."""
    at = end + (text[end : end + 1] == " ")
    after = text[at : at + 1]
    return after.islower() or (after.isdigit() and text[end - 2 : end - 1].islower())


def _snap_cues(text: str, snaps: dict[str, str], keep: frozenset[str]) -> str:
    """Cue words and phrases with wrong tone marks ("chu tri", "kết thủc") set right, also
    when a speck fell between the words of a phrase ("hôm: nay", "sinh. hoạt")."""
    words = list(_WORD_RE.finditer(text))
    if not words:
        return text
    chars = list(text)
    for word, after in zip(words, [*words[1:], None], strict=True):
        if after is not None and _is_snap_gap(text, word.end(), after.start()):
            target = snaps.get(unmarked(word.group(0)) + " " + unmarked(after.group(0)))
            first, _, second = (target or "").partition(" ")
            if len(first) == len(word.group(0)) and len(second) == len(after.group(0)):
                chars[word.start() : after.end()] = (
                    first + " " * (after.start() - word.end()) + second
                )
                continue
        if word.group(0) in keep:
            continue  # a word of its own ("tới" is not "tối": see `snap_keep`)
        target = snaps.get(unmarked(word.group(0)))
        if target is not None and len(target) == len(word.group(0)):
            chars[word.start() : word.end()] = target
    return "".join(chars)


def _is_snap_gap(text: str, start: int, end: int) -> bool:
    return end - start == 1 or bool(_SNAP_GAP.fullmatch(text, start, end))


def _fix_digits(text: str) -> str:
    """Letters read for digits inside numbers ("2O24", "1Z", "ZO25") back to digits, until
    none is left ("Z|": the "Z" made a digit puts the "|" inside a number)."""
    fixed = _LOOKALIKE_RE.sub(_digits_of, text)
    while fixed != text:
        text, fixed = fixed, _LOOKALIKE_RE.sub(_digits_of, fixed)
    return fixed


def _digits_of(match: re.Match[str]) -> str:
    return "".join(_DIGIT_LOOKALIKE.get(ch.lower(), ch) for ch in match.group(0))


def repair_digits(text: str) -> str:
    """`text` as written, except letters an OCR engine read for digits in numbers."""
    return _fix_digits(text)


def repair_words(text: str) -> str:
    """`text` with digits repaired and domain words OCR misread set right ("Chỉ bộ" -> "Chi bộ").

    The `ocr_fixes` of the rules, applied keeping the case of the first letter.
    """
    text = _fix_digits(text)
    for wrong, right in load_rules().ocr_fixes:
        if wrong in text.lower():
            pattern = re.compile(re.escape(wrong), re.IGNORECASE)
            text = pattern.sub(_case_like(right), text)
    return text


_EDGE_JUNK = " \t.,;:!?¬„“”\"'`_-–—~*•·|/\\=+<>^"


def tidy_value(text: str) -> str:
    """A short value (a name, a place, a title) without stray OCR marks at its ends:
    "Chi bộ khu phố 4 ¬¬ . „" -> "Chi bộ khu phố 4". Brackets that close an opened one stay."""
    while True:
        tidy = " ".join(text.split()).strip(_EDGE_JUNK)
        if tidy.endswith(")") and "(" not in tidy:
            tidy = tidy[:-1]
        if tidy == text:
            return tidy
        text = tidy


_SPECK_STOPS = re.compile(r"(?<=[^\W\d_])[.:](?= [^\W\d_])")


def drop_specks(text: str, *, any_case: bool = False) -> str:
    """A short value without the full stops and colons OCR left inside a phrase before a
    lower-case word ("phòng. họp" -> "phòng họp"); with `any_case`, before any word (a place
    is one phrase: "khu phố. Nghĩa Quới" -> "khu phố Nghĩa Quới")."""
    return _SPECK_STOPS.sub(
        lambda m: "" if any_case or _is_lower_after(text, m.end()) else m.group(0), text
    )


def _case_like(right: str) -> Callable[[re.Match[str]], str]:
    return lambda m: _like_case(m.group(0), right)


def _like_case(written: str, right: str) -> str:
    if written.isupper():
        return right.upper()
    return right[0].upper() + right[1:] if written[0].isupper() else right


def strip_marks(text: str) -> str:
    """`text` without diacritics (đ kept as d): for vowel tests and loose comparisons."""
    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@dataclass(frozen=True)
class Line:
    """One printed line of one page."""

    page: int
    index: int
    text: str
    confidence: float
    box: tuple[float, float, float, float] | None = None  # fractions of the page


@dataclass
class Paragraph:
    """Consecutive lines that make one sentence run (a wrapped paragraph), joined by spaces."""

    lines: list[Line] = field(default_factory=list)

    @property
    def text(self) -> str:
        return " ".join(line.text for line in self.lines)

    @property
    def page(self) -> int:
        return self.lines[0].page

    @property
    def confidence(self) -> float:
        return min(line.confidence for line in self.lines)


@dataclass
class Document:
    """All usable lines of a document, its paragraphs, and a joined text with a folded twin."""

    lines: list[Line]
    paragraphs: list[Paragraph]
    text: str = ""
    folded: str = ""
    starts: list[int] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.text = "\n".join(p.text for p in self.paragraphs)
        folded = unspeck(self.text, fold(self.text))
        offset = 0
        cells = []
        for para in self.paragraphs:
            self.starts.append(offset)
            cell = _cell_colon(para.text, folded[offset : offset + len(para.text)])
            if cell is not None:
                cells.append((offset + cell[0], offset + cell[1]))
            offset += len(para.text) + 1
        for at, value in cells:  # the colon, and the border's specks before the value blanked
            folded = folded[:at] + ":" + " " * (value - at - 1) + folded[value:]
        self.folded = folded

    def paragraph_at(self, offset: int) -> int:
        """Index of the paragraph holding character `offset` of `text`."""
        lo, hi = 0, len(self.starts) - 1
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if self.starts[mid] <= offset:
                lo = mid
            else:
                hi = mid - 1
        return lo

    def folded_paragraph(self, index: int) -> str:
        start = self.starts[index]
        return self.folded[start : start + len(self.paragraphs[index].text)]


def _cell_colon(text: str, folded: str) -> tuple[int, int] | None:
    """Where a two-column table's row read as one line ("Địa điểm Nhà văn hóa thôn 1") wants
    the colon its label cell stands for: the space after the label, when the line has no colon,
    is not in capitals (a signature row), and its value opens with a capital and is no other
    role ("Thư ký Chủ trì", "Thư ký T/M Chi bộ"). Times keep their space ("Thời gian 8h45"):
    a colon before a number reads as a clock's ("14:30"). Returns the colon's offset and the
    value's: what stands between (a border read as "—", "c", "í") is a speck."""
    if ":" in text or text.isupper():
        return None
    label = _cell_label().match(folded)
    if label is None or text[: label.end()].isupper():  # "THƯ KÝ BUỔI SINH HOẠT": a heading
        return None
    value = label.end()
    border = _CELL_BORDER.match(text, value)
    if border is not None and text[border.end() : border.end() + 1].isupper():
        value = border.end()
    if not text[value : value + 1].isupper() or _SIGNATURE_ROLE.match(folded, value):
        return None
    return label.end() - 1, value


_CELL_BORDER = re.compile(r"(?:[^\w\s]{1,2}|[^\W\d_A-ZĐ])\s+")
_SIGNATURE_ROLE = re.compile(r"t\.?/?m\b|bí\s*thư|người\s*ghi|chủ\s*t(?:rì|ọa)|thư\s*k[ýí]")


@lru_cache(maxsize=1)
def _cell_label() -> re.Pattern[str]:
    return re.compile(r"[\W_]{0,3}(?:người\s*)?" + load_rules().cue("cell_label") + r" (?=\S)")


def line_confidences(page: Page) -> dict[int, float]:
    """Mean word confidence per line index of `page` (empty when it has no words)."""
    sums: dict[int, list[float]] = {}
    for word in page.words:
        sums.setdefault(word.line, []).append(word.confidence)
    return {line: sum(vals) / len(vals) for line, vals in sums.items()}


def page_lines(pages: Sequence[Page]) -> list[Line]:
    """The non-empty lines of every page that was read, in page order."""
    lines: list[Line] = []
    for page in pages:
        if page.status is PageStatus.FAILED or not page.text:
            continue
        confidences = line_confidences(page)
        boxes = line_boxes(page)
        default = page.mean_confidence if page.mean_confidence is not None else 1.0
        for index, raw in enumerate(page.text.splitlines()):
            text = clean_line(raw)
            if text:
                confidence = confidences.get(index, default)
                lines.append(Line(page.number, index, text, confidence, boxes.get(index)))
    return lines


# What OCR reads for a bullet ("•") before a capitalised word: "« Chuẩn bị …", "° Tổ chức …",
# "s Vận động …" (no line opens with a lone "s" or "e" before a capital).
_BULLET_LOOKALIKE = re.compile(r"^(?:[«»°‹›©®◦○▫▪■□☐❑❖➢►][+*•]?|[señoõ])\s+(?=[^\W\d_])")


# A form's dotted leaders, filled in or left blank ("Tại: .....phòng họp…..", "ngày ……"):
# spaces, so the label reads straight on to what was written on them.
_LEADERS = re.compile(r"(?:\.{3,}|…+)(?:[.…]*)")


def clean_line(raw: str) -> str:
    """A printed line without a form's dotted leaders, without the specks OCR left at its ends
    and between its words; a run of dash-like marks that opens it ("_ Thăm hỏi", "=> Bảo
    quản") read as the dash it was, a bullet's look-alike ("« Chuẩn bị") as the bullet."""
    text = " ".join(_LEADERS.sub(" ", raw).split())
    bullet = _BULLET_LOOKALIKE.match(text)
    if bullet and text[bullet.end()].isupper() and len(text.split()) >= 4:
        text = "• " + text[bullet.end() :]
    lead = _LEAD_SPECKS.match(text)
    if lead and lead.end():
        marked = any(ch in "_=~" for ch in lead.group(0))
        text = ("- " if marked and text[lead.end() :][:1].isupper() else "") + text[lead.end() :]
    text = _SPECK_WORD.sub("", _TRAIL_SPECKS.sub("", text))
    return " ".join(text.split())


def line_boxes(page: Page) -> dict[int, tuple[float, float, float, float]]:
    """Each line's box (the union of its words') as fractions of the page, when the words'
    boxes are in the page's own coordinates."""
    if page.geometry_changed or not page.width or not page.height:
        return {}
    spans: dict[int, list[int]] = {}
    for word in page.words:
        if word.width and word.height:
            left, top = word.left, word.top
            right, bottom = left + word.width, top + word.height
            span = spans.setdefault(word.line, [left, top, right, bottom])
            span[:] = [
                min(span[0], left),
                min(span[1], top),
                max(span[2], right),
                max(span[3], bottom),
            ]
    width, height = page.width, page.height
    return {
        line: (x0 / width, y0 / height, (x1 - x0) / width, (y1 - y0) / height)
        for line, (x0, y0, x1, y1) in spans.items()
    }


def is_continuation(previous: str, line: str, *, full_width: int = 60) -> bool:
    """Whether `line` continues the sentence `previous` was cut from (a wrapped line).

    `full_width` is the length of a line that ran to the right margin on this page.
    """
    folded = fold(previous)
    if _COUNT_CUE_END.search(folded) and _COUNT_OPENING.match(fold(line)):
        return True  # "… có mặt 7 đồng chí; vắng." / "1 đồng chí, gồm: …": a speck ended it
    if _is_date_cut(previous, line):
        return True  # "…, Chủ nhật, ngày" / "25/10/2015.": not a row of a table's numbers
    if _LONE_COUNT.match(line) and (
        previous.endswith(":") or fold(previous.split()[-1] if previous else "") in _NUMBER_TAILS
    ):
        return True  # "vắng:" / "0.", "tại phòng họp số" / "1."
    if not previous:
        return False
    if _DASH_LOWER.match(line) and not previous.endswith(_TERMINAL):
        # an OCR speck read as a dash before the rest of a sentence that ran to the margin
        return len(previous) >= max(50, int(0.75 * full_width))
    if _DASH_UPPER.match(line) and _ends_with_honorific(previous):
        return True  # "… gồm: đồng chí" / "- Mai Công Nhựt (…)": a speck read as a dash
    if _CLOCK_START.match(line) and fold(previous.split()[-1]) in ("lúc", "hồi", "vào"):
        return True  # "… vào lúc" / "22.15, tại …": a clock, not a numbered item
    if _ITEM_START.match(line) or is_speaker_line(line):
        return False
    first = line[0]
    if previous.endswith(";") and first.islower():  # "…xuống cấp;" / "đồng thời đề nghị …"
        return True
    if previous.endswith(":") and first.islower():
        return True  # "… Thư ký:" / "đồng chí Võ Ngọc Hưng, …": a label's value on the next line
    if previous.endswith(_TERMINAL) or attribution_pattern().search(folded):
        return False  # a sentence's end, or an opinion's "(ý kiến của đồng chí X)" after it
    if first.islower() or first in ",)":
        return True
    if previous.isupper() or is_number_row(line) or is_number_row(previous):
        return False
    words = previous.split()
    if fold(words[-1]) in load_rules().wrap_tails and len(previous) >= 40:
        return True
    return len(previous) >= max(50, int(0.75 * full_width))


_DASH_UPPER = re.compile(r"^[-–—]\s*[A-ZĐ]")


@cache
def attribution_pattern() -> re.Pattern[str]:
    """Who said it, in brackets at the end of an opinion: "… (ý kiến của đồng chí X)"."""
    return re.compile(
        r"\((?:ý\s*kiến\s*(?:của\s*)?)?" + load_rules().honorific + r"\s+[^()]{3,60}\)\s*[.;]?\s*$"
    )


def is_number_row(line: str) -> bool:
    """A table's row of numbers, also as OCR reads it with specks or a misread cell
    ("14 I9 14 n T1 Ø": short tokens, most with a digit)."""
    if _NUMBER_ROW.match(fold(line)):
        return True
    tokens = line.split()
    with_digit = sum(1 for token in tokens if re.search(r"\d", token))
    return len(tokens) >= 3 and all(len(t) <= 3 for t in tokens) and 2 * with_digit > len(tokens)


def _is_date_cut(previous: str, line: str) -> bool:
    """Whether `line` goes on with a date `previous` was cut inside ("… ngày" / "25/10/2015",
    "… tháng 6 năm" / "2016.")."""
    words = previous.split()
    rest = _DATE_RESTS.get(fold(words[-1])) if words else None
    return rest is not None and bool(rest.match(line))


def _ends_with_honorific(text: str) -> bool:
    return re.search(r"(?<![^\W\d_])" + load_rules().honorific + r"$", fold(text)) is not None


def is_speaker_line(line: str) -> bool:
    """A line that opens with a person named before a colon ("Đồng chí Trịnh Thị Loan: …",
    "Đ/c Lê Văn Bảo phát biểu: …", specks before it): a speaker's contribution, never the
    rest of the line above."""
    lead = re.match(r"[\W_]{0,4}", line)
    at = lead.end() if lead else 0
    honorific = re.match(load_rules().honorific + r"\s+", fold(line[at : at + 60]))
    if honorific is None:
        return False
    label, colon, _ = line[at + honorific.end() : at + 80].partition(":")
    words = label.split()
    names = next((i for i, word in enumerate(words) if not word[:1].isupper()), len(words))
    return (
        bool(colon)
        and 2 <= names <= 6
        and len(words) - names <= 3
        and all(word.isalpha() for word in words)
    )


def build_document(pages: Sequence[Page]) -> Document:
    """Lines of `pages` grouped into paragraphs."""
    lines = page_lines(pages)
    widths: dict[int, int] = {}
    for line in lines:
        widths[line.page] = max(widths.get(line.page, 0), len(line.text))
    paragraphs: list[Paragraph] = []
    for line in lines:
        previous = paragraphs[-1].lines[-1] if paragraphs else None
        if (
            previous is not None
            and (
                is_continuation(
                    previous.text,
                    line.text,
                    full_width=min(widths[line.page], widths[previous.page]),
                )
                or _is_cell_rest(paragraphs[-1], line)
            )
            and not _is_next_row(paragraphs[-1], line)
        ):
            paragraphs[-1].lines.append(line)
        else:
            paragraphs.append(Paragraph([line]))
    return Document(lines, paragraphs)


def _is_next_row(row: Paragraph, line: Line) -> bool:
    """Whether `line` opens the next row of the two-column table `row` is a row of ("Chủ trì
    … Bí thư chi bộ" / "Thư ký Đồng chí …"): both open with a label cell, `line` capitalised."""
    label = _cell_label_only()
    return (
        line.text[:1].isupper()
        and not line.text.isupper()
        and label.match(fold(line.text)) is not None
        and label.match(fold(row.lines[0].text)) is not None
    )


# How far right of its row's label a line must start to be the rest of the value cell.
_CELL_INDENT = 0.06


def _is_cell_rest(row: Paragraph, line: Line) -> bool:
    """Whether `line` goes on with the value cell of a two-column table's row `row`: the row is
    a label cell alone ("Địa điểm" / "Phòng giao ban"), or a label and its value, and `line`
    starts in the value's column ("… xóm Hiệp" / "Lạc A") and is no label itself."""
    first = row.lines[0]
    label = _cell_label_only().fullmatch(fold(first.text))
    if label is not None and len(row.lines) == 1:  # not a signature's heading ("CHỦ TRÌ")
        return not first.text.isupper() and not _cell_label_only().match(fold(line.text))
    if first.box is None or line.box is None or first.page != line.page:
        return False
    starts_row = _cell_label_only().match(fold(first.text)) is not None
    return (
        starts_row
        and ":" not in first.text
        and line.box[0] > first.box[0] + _CELL_INDENT
        and not _cell_label_only().match(fold(line.text))
        and not _ITEM_START.match(line.text)
        and len(line.text) < 60
    )


@lru_cache(maxsize=1)
def _cell_label_only() -> re.Pattern[str]:
    """A table's label cell as a line of its own ("Người chủ trì", "Thời gian bắt đầu")."""
    labels = load_rules().cue("cell_label") + "|thời\\s*gian(?:\\s*bắt\\s*đầu)?|đảng\\s*viên"
    return re.compile(r"(?:người\s*)?(?:" + labels + r")(?![^\W\d_])")


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence of `text` around `start`..`end` (split at '. ', ';', newline)."""
    left = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start), text.rfind(";", 0, start))
    right_candidates = [i for i in (text.find(". ", end), text.find("\n", end)) if i != -1]
    right = min(right_candidates) if right_candidates else len(text)
    return left + 1, right

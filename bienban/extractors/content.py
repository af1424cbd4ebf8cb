"""What the meeting dealt with: topics, the thematic title and the resolutions adopted (the
speakers are counted in `speakers`, the vote read in `votes`)."""

from __future__ import annotations

import re
from functools import cache

from bienban.extractors.enumerated import enumerated_items
from bienban.extractors.headings import NUMBERING
from bienban.extractors.hits import Hit
from bienban.extractors.markers import (
    PLAIN_ITEM_CHARS,
    ends_list,
    list_addendum,
    marker_kind,
    marker_pattern,
    strip_marker,
)
from bienban.extractors.ruleset import load_rules
from bienban.extractors.speakers import is_discussion_heading
from bienban.extractors.task_table import (
    DEADLINE_LEAD,
    OTHER_COLUMN,
    OWNER_AND_DEADLINE,
    TASK_COLUMN,
    TASK_HEAD_WITH_COLUMNS,
    table_items,
    task_table_rows,
    unnumbered_rows,
)
from bienban.extractors.text import Document, fold
from bienban.models import TOPIC_LABELS

# "Chuyên đề quý I: …", or a title in quotes right after the word ("trình bày chuyên đề
# “…”", "chuyên đề về “…”").
_THEME = re.compile(
    r"(?:chuyên\s*đề|chủ\s*đề)(?:\s*(?:quý\s*[ivx\d]+|năm\s*\d{4}|tháng\s*\d+|của\s*quý|số\s*\d+|này))*"
    r"(?:[^\S\n]*:[^\S\n]*|(?P<quoted>[^\S\n]*(?:về|với\s*chủ\s*đề|có\s*tên|mang\s*tên)?[^\S\n]*))"
)

_NAMED_THEME = re.compile(r"(?:với|theo)\s*chủ\s*đề|có\s*tên|mang\s*tên")

# Where a title without quotes ends: its presenter, or the end of its sentence.
_UNQUOTED_END = re.compile(
    r"\s*[,;(–-]?\s*(?:do|đo|được|qua)\s+(?:đồng\s*chí|đ/c|ban|cấp\s*ủy|chi\s*ủy"
    r"|[^.,;\n]{2,60}?(?:trình\s*bày|giới\s*thiệu|quán\s*triệt|truyền\s*đạt))|[.;](?:\s|$)"
)

# "… (người trình bày: đồng chí X)" after a title: who presented it, not part of it.
_PRESENTER = re.compile(
    r"\s*\((?:người\s*)?(?:trình\s*bày|báo\s*cáo\s*viên|do)\b[^)]*\)\s*\.?$", re.I
)

_DATE_IN_TITLE = re.compile(
    r"^\d{1,2}\s*(?:năm|/)|hôm\s*nay|\d{1,2}\s*[/.-]\s*(?:\d{1,2}\s*[/.-]\s*)?\d{4}|\d{1,2}h\d{2}"
)

_QUOTES = "\"'“”‘’«»"


def find_topics(
    doc: Document, *, meeting_type: str | None, has_resolutions: bool
) -> list[Hit[str]]:
    """Labels whose subject the meeting dealt with, in the order of TOPIC_LABELS."""
    found: dict[str, Hit[str]] = {}
    for label, patterns in load_rules().topics.items():
        for pattern in patterns:
            m = re.search(pattern, doc.folded)
            if m:
                found[label] = Hit(label, m.start(), m.end(), 0.8)
                break
    found.pop("thematic", None)
    if meeting_type in ("thematic", "combined"):
        found["thematic"] = Hit("thematic", 0, 0, 0.85)
    # Tasks adopted plan the weeks ahead, except at a meeting called to decide on one person
    # (an admission, a discipline), whose decisions are about that person.
    about_a_person = "member_development" in found or "inspection" in found
    plans = meeting_type in ("regular", "combined") or (
        meeting_type == "extraordinary" and not about_a_person
    )
    if has_resolutions and plans and "plan" not in found:
        found["plan"] = Hit("plan", 0, 0, 0.6)
    if meeting_type == "extraordinary" and "inspection" in found:
        found.pop("criticism", None)  # the offender's self-criticism: the discipline's own step
    return [found[label] for label in TOPIC_LABELS if label in found]


def find_thematic_title(doc: Document) -> Hit[str] | None:
    """The theme after "Chuyên đề …:" (on the same paragraph or the next), without quotes."""
    for m in _THEME.finditer(doc.folded):
        start = m.end()
        opening = next((i for i in range(m.start(), m.end()) if doc.text[i] in _QUOTES), None)
        if opening is not None:  # "Chuyên đề: “…”": folding read the quote as a space
            start = opening
        elif m.group("quoted") is not None:  # folding reads quotes as spaces: the text tells
            start = _quote_at(doc.text, m.start("quoted"))
            if start < 0:
                hit = _unquoted_title(doc, m) or _title_before_closing_quote(doc, m.end())
                if hit is not None:
                    return hit
                continue
        index = doc.paragraph_at(m.start())
        end = doc.starts[index] + len(doc.paragraphs[index].text)
        if start >= end and index + 1 < len(doc.paragraphs):  # the title on the next line
            index += 1
            start, end = doc.starts[index], doc.starts[index] + len(doc.paragraphs[index].text)
        value = _first_sentence(_unquote(doc.text[start:end]))
        if len(value) >= 8 and _is_title(value):
            at = doc.text.find(value, start)
            return Hit(value, at, at + len(value), 0.85)
        quoted = _quoted_in(doc.text, start, end)  # "Đ/c X trình bày “…”; chi bộ trao đổi"
        if quoted is not None:
            return quoted
    return None


def _first_sentence(value: str) -> str:
    """A title is one sentence: what follows its full stop ("Bảo vệ môi trường. Đ/c X trình
    bày, ĐV liên hệ bản thân") is about it. An abbreviation's stop ("TP. Hồ Chí Minh") is not
    a sentence's end: the word before a full stop ends in two lower-case letters."""
    for m in re.finditer(r"\.\s+(?=\S)", value):
        before, after = value[max(0, m.start() - 2) : m.start()], value[m.end()]
        if len(before) == 2 and before.isalpha() and before.islower() and after.isupper():
            return value[: m.start()]
    return value


def _title_before_closing_quote(doc: Document, start: int) -> Hit[str] | None:
    """A title whose opening quote OCR lost at a line's start, up to its closing quote
    ("… trình bày chuyên đề" / "Phát huy tinh thần tự học …”. Sau đó …")."""
    close = doc.text.find("”", start, start + 240)
    value = doc.text[start:close].strip() if close > 0 else ""
    if not value[:1].isupper() or len(value) < 8 or re.search(r"[.;:]\s", value):
        return None
    return Hit(value, start, start + len(value), 0.7) if _is_title(value) else None


def _quoted_in(text: str, start: int, end: int) -> Hit[str] | None:
    """The title quoted inside a sentence about it (between `start` and `end`), if any."""
    m = re.compile(r"[“\"«]([^“”\"«»\n]{8,240})[”\"»]").search(text, start, end)
    if m is None or not _is_title(m.group(1)):
        return None
    value = m.group(1).strip().rstrip(".")
    return Hit(value, m.start(1), m.start(1) + len(value), 0.8)


def _unquoted_title(doc: Document, m: re.Match[str]) -> Hit[str] | None:
    """A title without quotes after "với chủ đề" / "mang tên", opening with a capital and
    running to the presenter ("…, do đồng chí X trình bày") or the end of the sentence."""
    if not _NAMED_THEME.search(m.group(0)) or not doc.text[m.end() : m.end() + 1].isupper():
        return None
    index = doc.paragraph_at(m.start())
    end = doc.starts[index] + len(doc.paragraphs[index].text)
    stop = _UNQUOTED_END.search(doc.folded, m.end(), end)
    value = doc.text[m.end() : stop.start() if stop else end].strip().rstrip(".")
    if not 8 <= len(value) <= 200 or not _is_title(value):
        return None
    return Hit(value, m.end(), m.end() + len(value), 0.7)


def _quote_at(text: str, start: int) -> int:
    """Where the quotation mark that opens the title after `start` stands (spaces and a word
    or two such as "về" before it allowed), or -1."""
    m = re.compile(r"[^\S\n]*(?:[^\W\d_]+(?:[^\S\n]+[^\W\d_]+)?[^\S\n]*)?").match(text, start)
    at = m.end() if m else start
    below = re.compile(r"[^\S\n]*\n").match(text, start)  # "… chuyên đề" / "“Phát huy …”"
    if below and text[below.end() : below.end() + 1] in tuple(_QUOTES):
        return below.end()
    return at if text[at : at + 1] and text[at] in _QUOTES else -1


def _is_title(value: str) -> bool:
    """Not a sentence about the theme ("Đồng chí X giới thiệu chuyên đề: …"), nor the rest of
    a heading OCR broke ("… chuyên đề tháng 1: 12 năm 2025 Hôm nay, 13h00 ngày …": a title
    holds no date)."""
    folded = fold(value)
    return (
        not _THEME.search(folded)
        and not re.match(load_rules().honorific, folded)
        and not _DATE_IN_TITLE.search(folded)
    )


def _unquote(text: str) -> str:
    text = _PRESENTER.sub("", text.strip()).strip()
    if text[:1] in _QUOTES:
        close = next((i for i in range(1, len(text)) if text[i] in _QUOTES), len(text))
        text = text[1:close]
    return text.strip().rstrip(".").strip(_QUOTES + " ")


def is_resolution_heading(folded: str) -> bool:
    rules = load_rules()
    if _is_ordinal_item(folded):
        return False  # "Nhiệm vụ 1: Vận động các hộ dân …": the first item, not a heading
    body = NUMBERING.sub("", folded, count=1)
    head = _HEAD_COLON.split(body, maxsplit=1)[0]  # not a clock's colon ("8:30 tối - …")
    if _DECIDED.search(head) and body.rstrip().endswith(":") and len(head) <= 240:
        return True  # "Sau khi nghe báo cáo … và ý kiến thảo luận …, QUYẾT NGHỊ:"
    # a long heading that opens a list, below or after its colon ("…: tuyên truyền …; phối hợp …")
    inline = body.partition(":")[2].count(";") >= 1 and _TASKS_NAMED.search(head) is not None
    longest = 120 if body.rstrip().endswith(":") or inline else 70
    # "Sau khi thảo luận, chi bộ thống nhất:": what came before is no part of the heading
    head = _AFTER_WHICH.sub("", head, count=1)
    if len(head) > longest or re.search(rules.cue("resolution_reject"), head):
        return False
    if _presented().match(head):
        return False  # "Đ/c X quán triệt Nghị quyết số 12 …:": what a member presented
    if not re.search(rules.cue("resolution_heading"), head):
        return False
    return ":" in body or (len(body) < 70 and not body.rstrip().endswith("."))


def _is_ordinal_item(folded: str) -> bool:
    """An item opened by a spoken ordinal ("Nhiệm vụ 1: …", "Việc thứ hai: …") with its
    task after the marker."""
    m = marker_pattern().match(folded)
    return (
        m is not None
        and m.group("ordinal") is not None
        and len(folded[m.end() :].strip()) >= PLAIN_ITEM_CHARS[0]
    )


def find_resolutions(doc: Document) -> list[Hit[str]]:
    """Tasks and decisions adopted, one per item, numbering removed."""
    hits: list[Hit[str]] = []
    index = 0
    while index < len(doc.paragraphs):
        enumerated = enumerated_items(doc, index)
        if enumerated is not None:  # "…, chi bộ thống nhất: (1) …; (2) …"
            found, index = enumerated
            addendum = list_addendum(doc, index) if index < len(doc.paragraphs) else None
            hits.extend(found if addendum is None else [*found, addendum])
        elif TASK_HEAD_WITH_COLUMNS.match(doc.folded_paragraph(index)):
            found, index = table_items(doc, index + 1)  # wherever it stands, whatever above
            addendum = list_addendum(doc, index) if found and index < len(doc.paragraphs) else None
            hits.extend(found if addendum is None else [*found, addendum])
        elif is_resolution_heading(doc.folded_paragraph(index)) or _opens_marked_tasks(doc, index):
            found, index = _collect_items(doc, index)
            hits.extend(found)
        elif _FIRST_TASK.match(doc.folded_paragraph(index)):
            found, index = _collect_items(doc, index, headless=True)  # "NV1. …" under any heading
            hits.extend(found)
        else:
            index += 1
    return _dedupe(hits)


# The first of a list whose markers say its items are tasks ("NV1.", "Nhiệm vụ 1:", "Việc
# thứ nhất:"), whatever heading stands above it.
_FIRST_TASK = re.compile(
    r"^\W{0,2}(?:nv\s*[1il|]|(?:nhiệm\s*vụ|việc|công\s*việc)\s*(?:thứ\s*)?(?:1|nhất))\s*[.:]"
)

# A sentence that says the tasks are agreed, with a full stop, over a marked list ("Chi bộ bàn
# và thống nhất việc làm tháng 2/2014." / "1. …").
_TASKS_AGREED = re.compile(
    r"(?:thống\s*nhất|nhất\s*trí|quyết\s*nghị)[^.:;]{0,30}?"
    r"(?:việc\s*(?:c[ầẩấâ]n\s*|phải\s*)?làm|nhiệm\s*vụ|công\s*việc)[^.:;]{0,40}\.$"
)


def _opens_marked_tasks(doc: Document, index: int) -> bool:
    body = NUMBERING.sub("", doc.folded_paragraph(index), count=1)
    return (
        len(body) < 100
        and _TASKS_AGREED.search(body) is not None
        and index + 1 < len(doc.paragraphs)
        and marker_kind(doc.folded_paragraph(index + 1)) is not None
    )


def _continues_inline(doc: Document, before: int, index: int) -> bool:
    """Whether paragraph `index` goes on with the items that `before` listed inline and left
    open with a semicolon, its line cut there (an unmarked sentence, no vote or close)."""
    text = doc.paragraphs[index].text
    return (
        doc.paragraphs[before].text.rstrip().endswith(";")
        and marker_kind(doc.folded_paragraph(index)) is None
        and text[:1].isupper()
        and not ends_list(doc.folded_paragraph(index), text)
        and not is_resolution_heading(doc.folded_paragraph(index))
    )


def _inline_items(doc: Document, index: int, *, whole: bool = False) -> list[Hit[str]]:
    """Items a paragraph lists after its colon (or, `whole`, from its start), one per ';'."""
    text = doc.paragraphs[index].text
    numbering = NUMBERING.match(doc.folded_paragraph(index))  # "Phần thứ sáu: …" heads
    colon = -1 if whole else text.find(":", numbering.end() if numbering else 0)
    if colon < 0 and not whole:
        return []
    base = doc.starts[index] + colon + 1
    hits = []
    offset = 0
    rest = text[colon + 1 :]
    for part in rest.split(";"):
        item = strip_marker(part).strip()
        if len(item.split()) >= 3:
            start = base + offset + part.find(item[:10])
            hits.append(Hit(item, start, start + len(item), 0.75))
        offset += len(part) + 1
    return hits


# A number OCR read as a mark: "4)" as "+)".
_MARK_FOR_NUMBER = re.compile(r"^\s*[-–—+•*·]\s?[.)]")

_HEAD_COLON = re.compile(r"(?<!\d):|:(?!\d)")

_TASKS_NAMED = re.compile(r"(?<![^\W\d_])(?:việc|nhiệm\s*vụ)(?![^\W\d_])")

_AFTER_WHICH = re.compile(r"^sau\s*khi\s*[^,:;]{3,60},\s*")

_DECIDED = re.compile(r"(?<![^\W\d_])quyết\s*nghị\s*$")

_SPECK_NUMBER = re.compile(r"^\s*[^\w\s]{1,2}\s?[.)]\s*")

_GARBLED_NUMBER = re.compile(r"^\s*\d{1,2}[^\w\s]?[^\W\d_]?\s+")

_INTRO_END = re.compile(r":\s*(?:[^\W\d_]{1,4}[\s,.]*)?$")


def _collect_items(
    doc: Document, index: int, *, headless: bool = False
) -> tuple[list[Hit[str]], int]:
    """The items listed under the heading at paragraph `index` (or, `headless`, from the item
    at `index` on), and the index of the paragraph after them."""
    hits = [] if headless else _inline_items(doc, index)
    j = index if headless else index + 1
    while hits and j < len(doc.paragraphs) and _continues_inline(doc, j - 1, j):
        hits.extend(_inline_items(doc, j, whole=True))  # "…;" / "Báo cáo tình hình …."
        j += 1
    kind: str | None = None
    columns = False  # a table's head read cell by cell above
    intro_allowed = not hits and not headless
    opened = headless or (not hits and doc.paragraphs[index].text.rstrip().endswith(":"))
    while j < len(doc.paragraphs):
        text = doc.paragraphs[j].text
        this = marker_kind(fold(text))
        if intro_allowed and _is_intro_line(text):
            intro_allowed, opened = False, True
            j += 1
            continue
        if hits and OWNER_AND_DEADLINE.match(fold(text)):
            j += 1  # "Thực hiện: Các tổ đảng. Thời hạn: trong tháng 2." under its task
            continue
        if not hits and sum(ch.isalnum() for ch in text) == 1 and not text.strip().isdigit():
            j += 1  # a speck of the table's grid on a line of its own ("L"), not "TT" nor "1"
            continue
        if not hits and (TASK_COLUMN.match(fold(text)) or OTHER_COLUMN.match(fold(text))):
            j += 1  # "Nội dung nhiệm vụ" / "Thời gian thực hiện": a table's head cell by cell
            columns = True
            continue
        if columns and not hits and this is None:
            rows, after = unnumbered_rows(doc, j)  # the rows below a head cut cell by cell
            if rows:
                hits.extend(rows)
                j = after
                break
        lead = DEADLINE_LEAD.match(text)
        if lead and hits and kind is not None and not hits[-1].value.endswith("."):
            rest = text[lead.end() :]
            if rest[:1].islower():  # the deadline column read into the row's wrapped task
                last = hits[-1]
                end = doc.starts[j] + len(text)
                hits[-1] = Hit(f"{last.value} {rest}", last.start, end, last.confidence)
                j += 1
                continue
        first_row = None if hits else task_table_rows(doc, j)
        if first_row is not None:
            rows, j = table_items(doc, first_row)
            hits.extend(rows)
            break
        if this is None and kind in (None, PLAIN, "dash") and (opened or kind is not None):
            garbled = _GARBLED_BULLET.match(text) is not None
            plain = _plain_item(doc, j) if garbled or kind != "dash" else None
            if plain is not None and (
                kind is not None or garbled or _unmarked_item_kind(doc, j, None) is None
            ):
                hits.append(plain)
                kind, intro_allowed = kind or PLAIN, False
                j += 1
                continue
        cut = not hits or not hits[-1].value.rstrip().endswith((".", ";", ":"))
        if (
            this is None
            and hits
            and kind is not None
            and (text[:1].islower() or (cut and _is_number_cut(text)))
        ):
            # the rest of an item OCR cut off ("… không lấn" / "chiếm vỉa hè.", "… trực" /
            # "24/24" / "giờ trong thời gian cao điểm.")
            last = hits[-1]
            end = doc.starts[j] + len(text)
            hits[-1] = Hit(f"{last.value} {text}", last.start, end, last.confidence)
            j += 1
            continue
        if ends_list(doc.folded_paragraph(j), text):
            break
        speck = None
        if this is None and kind in ("num", "pnum"):  # "°. Chi ủy …", "2í Tiếp tục …"
            speck = _SPECK_NUMBER.match(text) or _GARBLED_NUMBER.match(text)
        if speck is not None and text[speck.end() :][:1].isupper():  # a number OCR garbled
            this, text = kind, " " * speck.end() + text[speck.end() :]
        if this is None:
            this = _unmarked_item_kind(doc, j, kind)
        if this is None and hits and kind is not None:
            addendum = list_addendum(doc, j)
            if addendum is not None:
                hits.append(addendum)
                j += 1
            break
        if this is None or (kind is not None and not _same_kind(kind, this, text)):
            break
        kind, intro_allowed = kind or this, False
        item = strip_marker(text)
        if item:
            start = doc.starts[j] + text.find(item[:10])
            hits.append(Hit(item, start, start + len(item), 0.85))
        j += 1
    return hits, max(j, index + 1)


PLAIN = "plain"  # a list whose items are sentences with no marker, or one OCR garbled

_NUMBER = re.compile(r"\d[\d/.,:–-]*")


def _is_number_cut(text: str) -> bool:
    """A number that a cut item goes on with ("… trực" / "24/24" / "giờ …", "… đạt trên" /
    "95%."): alone on its line or before small letters; not a garbled marker before the next
    item ("2¡ Tổ chức …")."""
    m = _NUMBER.match(text)
    if m is None:
        return False
    rest = text[m.end() :]
    return not any(ch.isalpha() for ch in rest) or (
        rest[:1].isspace() and rest.lstrip()[:1].islower()
    )


# What OCR leaves of an uncommon bullet ("◦" read "I", "[I", "[", "|"): dropped before the item.
_GARBLED_BULLET = re.compile(
    r"^\s*(?:[\[\]|Il1]{1,2}|\d[^\w\s]?[^\W\d_]?|[^\w\s(\"'“”]{1,2})\s+(?=[^\W\d_])"
)  # "I", "[I", "|", "5", "5°", "5s": what OCR made of a bullet it did not know ("◦")

_LABEL_COLON = re.compile(r"^[^:.;]{1,40}:")


def _plain_item(doc: Document, index: int) -> Hit[str] | None:
    """Paragraph `index` as an item of an unmarked list under a heading or intro that ended
    with a colon: one capitalised sentence ending in '.' or ';', not a label ("Đảng phí …:
    …"), a heading, the vote or the close."""
    text = doc.paragraphs[index].text
    garbled = _GARBLED_BULLET.match(text)
    item = text[garbled.end() :] if garbled else text
    item = item.strip()
    shortest, longest = PLAIN_ITEM_CHARS
    folded = doc.folded_paragraph(index)
    if (
        not shortest <= len(item) <= longest
        or not item[:1].isupper()
        or item.isupper()
        or not item.endswith((".", ";"))
        or len(item.split()) < 4
        or _LABEL_COLON.match(item)
        or ends_list(folded, text)
        or is_resolution_heading(folded)
        or is_discussion_heading(folded)
    ):
        return None
    value = item.rstrip(";,").strip()
    start = doc.starts[index] + text.find(item[:10])
    return Hit(value, start, start + len(value), 0.7, PLAIN)


def _is_intro_line(text: str) -> bool:
    """ "Chi bộ thống nhất các nhiệm vụ sau:" (OCR may leave a speck after the colon)."""
    return len(text) < 160 and bool(_INTRO_END.search(text.rstrip()))


def _same_kind(kind: str, this: str, text: str) -> bool:
    """Whether an item marked `this` goes on a list marked `kind`: the same marker, a
    number OCR read as a mark ("+)" among "3)", "4)"), or a bullet among items whose bullets
    OCR garbled or lost."""
    return (
        this == kind
        or (kind in ("num", "pnum") and bool(_MARK_FOR_NUMBER.match(text)))
        or (kind == PLAIN and this == "dash")
    )


def _unmarked_item_kind(doc: Document, index: int, kind: str | None) -> str | None:
    """The list's kind, for an item whose marker OCR lost: a sentence between the list's
    intro or items and a marked item that goes on the list; else None."""
    if index + 1 >= len(doc.paragraphs) or len(doc.paragraphs[index].text) > 200:
        return None
    after = marker_kind(doc.folded_paragraph(index + 1))
    if after is None or (kind is not None and after != kind):
        return None
    if ends_list(doc.folded_paragraph(index + 1), doc.paragraphs[index + 1].text):
        return None  # "E/ KẾT THÚC": the next part's heading, not an item
    text = doc.paragraphs[index].text
    if not text[:1].isupper() or is_resolution_heading(doc.folded_paragraph(index)):
        return None
    return after


@cache
def _presented() -> re.Pattern[str]:
    """A member and what they presented ("Đ/c X truyền đạt chỉ đạo của cấp trên về …")."""
    rules = load_rules()
    return re.compile(
        r"\W{0,3}" + rules.honorific + r"\s+[^,.;:]{3,40}?\s" + rules.cue("presented")
    )


def _dedupe(hits: list[Hit[str]]) -> list[Hit[str]]:
    """The items once each, without the vote and without what a member presented (the
    meeting's content under a heading that names a task, not a task adopted)."""
    seen: set[str] = set()
    out = []
    for hit in hits:
        key = fold(hit.value)
        if key in seen or _presented().match(key):
            continue
        if not re.match(r"biểu\s*quyết", key):
            seen.add(key)
            out.append(hit)
    return out

"""What the meeting dealt with: topics, the thematic title, resolutions, speakers, the vote."""

from __future__ import annotations

import re
from functools import cache

from bienban.extractors.attendance import without_restated
from bienban.extractors.hits import Hit
from bienban.extractors.numbers import COUNT, parse_count
from bienban.extractors.people import name_runs
from bienban.extractors.ruleset import load_rules
from bienban.extractors.text import Document, attribution_pattern, fold, sentence_bounds
from bienban.models import TOPIC_LABELS

N = f"({COUNT})"
# A number OCR put a dash before or a comma after ("-_1..Phối hợp", "-6, Phối hợp") is one;
# "1/" numbers too; spoken ordinals ("Một là, …", "Thứ nhất, …") come from the rules.
_MARKER_BODY = (
    r"^\s*(?:[°º˚'`]\s*(?=\())?(?:\((?P<pnum>\d{1,2})\)|(?P<multi>\d{1,2}(?:\.\d{1,2})+\.?)"
    r"|(?:[-–—]\s*)?(?P<num>\d{1,2})(?:[.)]|[,/](?!\d)|[-–](?=\s))\.?"  # "1.", "1)", "1/", "1-"
    r"|(?:[-–—]\s*)?(?P<ordinal>{ordinal})\s*[,:.\-–]|(?P<dash>[-–—+•*·])"
    r"|\(?(?P<letter>[a-zđ©])[.)/]|(?P<roman>[ivx]{1,4})[.)])\s*"  # "©)": "e)" as OCR reads it
)


@cache
def marker_pattern() -> re.Pattern[str]:
    """A list item's marker at the start of folded text (see `_MARKER_BODY`)."""
    return re.compile(_MARKER_BODY.replace("{ordinal}", load_rules().cue("ordinal_marker")))


# Numbering before a heading, also as OCR garbles it: "- 5, Thảo luận", "-_E. THẢO LUẬN",
# "VI THẢO LUẬN", "Nội dung! thứ sáu. Thảo luận", "Bước 8: Thảo luận", "Mục 5: …", "VẤN ĐỀ 5 –
# …"; the time a step of the meeting is stamped with ("16g20: Thảo luận:").
_NUMBERING = re.compile(
    r"^\s*(?:(?:\d{1,2}\s?(?:g|h|giờ)\s?\d{0,2}(?:\s?phút)?\s*[:\-–—]|[-–—+•*·\"'“”]|\(?\d{1,2}(?:\.\d{1,2})*(?:[.,)]|/(?!\d))?|[a-zđ](?:[.,)]|/(?!\s*c(?![^\W\d_])))|[ivx]{1,4}(?:\.[ivxl1])?[.,)\-–/]|[ivx]{1,4}(?=\s)"
    r"|(?:phần|nội\s*dung|bước|mục|vấn\s*đề)\W{0,2}\s*(?:thứ\s*)?[^\s,.:]+\s*[.,:–-])\s*)+"
)


@cache
def speaker_count_patterns() -> list[re.Pattern[str]]:
    """The rules' `speaker_count` phrases, "{n}" standing for the count."""
    restated = N + r"(?:\s*\(\s*[^()\d]{1,20}\s*\))?"  # "Có 4 (bốn) ý kiến"
    return [
        re.compile(pattern.replace("{n}", restated))
        for pattern in load_rules().cues["speaker_count"]
    ]


_NO_SPEAKER = re.compile(
    r"(?:thảo\s*luận|phát\s*biểu|ý\s*kiến[^:\n]{0,20})\s*:\s*không\s*có\s*ý\s*kiến(?!\s*(?:khác|phản|nào\s*khác))"
)

# A short paragraph under a discussion heading that says nobody spoke ("Không có ý kiến nào
# khác.", "Các đồng chí thống nhất với báo cáo, không có ý kiến bổ sung."): the rules' phrase
# at its end.
NONE_UNDER_HEADING_CHARS = 200
# Marks OCR made of specks before a heading's numbering ("ˆ_€. THẢO LUẬN"): not a letter.
_LEAD_SPECKS = re.compile(r"^\s*[^\w\s\-–—+•*·(\"'“”]+[.)]?(?=\s)")
_PRONOUN_SPEAKER = re.compile(r"^[^\W\d_]{0,8}\s*(?:đồng\s*chí|đ/c)\s*[,]?\s*")
_FRACTION = re.compile(r"(?<![\d/])(\d{1,4})\s*/\s*(\d{1,4})(?![\d/])")
_VOTE_COUNT = re.compile(
    # "phát ra 29 phiếu, đồng ý": ballots; "tổng số 16 đồng chí; tán thành 15": voters
    r"(?<![^\W_])(?<!phát\sra\s)(?<!thu\svề\s)(?<!tổng\ssố\s)"
    + N
    + r"\s*(?:đồng\s*chí|đ/c|đảng\s*viên|đv|phiếu)(?:\s*(?:có\s*mặt|dự\s*họp))?[^.;\n\d]{0,20}?(?:tán\s*thành|nhất\s*trí|đồng\s*ý)"
)
_VOTE_AFTER = re.compile(
    r"(?:tán\s*thành|nhất\s*trí|đồng\s*ý)[^:.\n]{0,50}:\s*"
    + N
    + r"\s*(?:phiếu|đồng\s*chí|đ/c|đảng\s*viên|đv)"
)
_AGREE_WORD = r"(?<!không\s)(?:tán\s*thành|đồng\s*ý|nhất\s*trí|thuận(?=\s*[:\-–]?\s*\d))"
_VOTER = r"(?:\s*(?:phiếu|đồng\s*chí|đ/c|đảng\s*viên|đv|ý\s*kiến))?(?:\s*\(?\s*\d{1,3}(?:[.,]\d+)?\s*%\s*\)?)?"
# "tán thành 14, không tán thành 0[, không biểu quyết 0]": agree, and the voting total.
_VOTE_TALLY = re.compile(
    _AGREE_WORD
    + r"\s*[:\-–]?\s*"
    + N
    + _VOTER
    + r"\s*[,;]\s*(?:không\s*(?:tán\s*thành|đồng\s*ý|nhất\s*trí|thuận)|phản\s*đối|chống)\s*[:\-–]?\s*"
    + N
    + _VOTER
    + r"(?:\s*[,;]\s*(?:không\s*biểu\s*quyết|phiếu\s*trắng|bỏ\s*phiếu\s*trắng|xin\s*ý\s*kiến|ý\s*kiến\s*khác)"
    r"\s*[:\-–]?\s*" + N + r")?"
)
# "15 tán thành, 0 không tán thành": the same tally, each count before its word.
_VOTE_TALLY_AFTER = re.compile(
    N
    + _VOTER
    + r"\s*"
    + _AGREE_WORD
    + r"\s*[,;]\s*"
    + N
    + _VOTER
    + r"\s*(?:không\s*(?:tán\s*thành|đồng\s*ý|nhất\s*trí)|phản\s*đối)"
)
_VOTE_OF = re.compile(
    N
    + r"\s*(?:trên|trong|/)\s*(?:tổng\s*số\s*)?"
    + N
    + r"\s*(?:đồng\s*chí|đ/c|đảng\s*viên|đv|phiếu)?"
    r"(?:\s*(?:có\s*mặt|dự\s*họp|chính\s*thức))?\s*(?:tán\s*thành|nhất\s*trí|đồng\s*ý)"
)  # "20 trên 21 đồng chí tán thành", "24 trong tổng số 24 đồng chí dự họp tán thành", "37 trên
# 37 đ/c chính thức tán thành" (full members vote on an admission)
# "đồng ý 10 phiếu", "đồng ý kỷ luật 28 phiếu": agree; the total from the ballots or those
# present.
_VOTE_AGREE_FIRST = re.compile(
    _AGREE_WORD
    + r"(?:\s+[^\W\d_]+){0,3}?\s*[:\-–]?\s*"
    + N
    + r"\s*(?:phiếu|đồng\s*chí|đ/c|đảng\s*viên|đv)"
)
_BALLOTS = re.compile(
    r"tổng\s*số\s*phiếu\s*[:\-–]?\s*"
    + N  # "tổng số phiếu 9"
    + r"|(?:tổng\s*)?số\s*phiếu\s*(?:phát\s*ra\s*"
    + N
    + r")?[\s,;]*(?:thu\s*về\s*"
    + N
    + r")?"
    r"|phát\s*ra\s*" + N + r"\s*phiếu"  # "phát ra 29 phiếu"
)
# "tổng số ba đồng chí; tán thành ba": the voters, then those for.
_VOTE_OF_TOTAL = re.compile(  # the "tổng" OCR may lose
    r"(?:tổng\s*)?số\s*(?:biểu\s*quyết\s*)?[:\-–]?\s*"
    + N
    + r"\s*(?:đồng\s*chí|đ/c|đảng\s*viên|đv|phiếu)?\s*[;,:]\s*(?:số\s*)?(?:đồng\s*chí\s*)?"
    + _AGREE_WORD
    + r"\s*[:\-–]?\s*"
    + N
)
# "số đồng chí tán thành đề nghị kết nạp: 56": those for, under a label that counts people.
_VOTE_LABELLED = re.compile(
    r"số\s*(?:đồng\s*chí|đảng\s*viên|đv)\s*" + _AGREE_WORD + r"[^:.\n\d]{0,50}[:\-–]\s*" + N
)
# "phiếu đồng ý 7", "số phiếu tán thành hình thức kỷ luật 23": the ballots for.
_BALLOTS_AGREE = re.compile(
    r"(?:số\s*)?phiếu\s*" + _AGREE_WORD + r"[^.;:\d\n]{0,30}?[:\-–]?\s*" + N + r"(?![^\W\d_])"
)
_HUNDRED = re.compile(
    r"100\s*%[^.\n]{0,40}?(?:tán\s*thành|nhất\s*trí|đồng\s*ý|biểu\s*quyết)|(?:tán\s*thành|nhất\s*trí|đồng\s*ý)\s*(?:đạt\s*)?100\s*%"
)
_ALL_AGREE = re.compile(
    r"100\s*%|không\s*có\s*ý\s*kiến\s*khác|tuyệt\s*đối|có\s*mặt|dự\s*họp|toàn\s*thể"
)
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
_DATE_WORD_BEFORE = r"(?:tháng|ngày|năm|số|quý)\s*$"
_QUOTES = "\"'“”‘’«»"


@cache
def contribution_pattern() -> re.Pattern[str]:
    """A contribution opens a paragraph or a sentence: "Đồng chí X: …", "Ý kiến đồng chí Y: …",
    "Đ/c Z phát biểu: …", "1. Đồng chí X: …" (numbered at a paragraph's start, or a table's
    row: "1 Đ/c X Đề nghị …"), "Tiếp theo,
    đ/c X phát biểu: …" (after a connective of the rules' `speech_connective`, or a clause of up
    to six words opening the paragraph: "Đồng tình với ý kiến trên, đồng chí X …"), the honorific
    as OCR may read it ("Đíc", "Đc"). At a paragraph's
    start specks ("'", "-_-") and one or two short garbled words may stand before a named
    speaker ("lến đồng chí Z: …", "ŸÝ kiến đồng chí …": the "Ý kiến" OCR garbled)."""
    honorific = load_rules().honorific
    connective = load_rules().cue("speech_connective")
    return re.compile(
        r"(?:^[\W_]{0,4}|[.:;]\s+|\n[-–—+•*]?\s*)(?:[-–—+•*]\s*|(?<![^\n])\(?\d{1,2}\s?[.)]?\s*)?"
        r"(?:" + connective + r"\s*,?\s*|(?<![^\n])(?:[^\W\d_]+\s+){1,5}[^\W\d_]+\s*,\s*)?"
        r"(?:[^\W\d_]{0,3}(?:ý\s*kiến|phát\s*biểu)\s*(?:(?:(?:số\s*)?\d{1,2}|thứ\s*[^\W\d_]{2,4})\s*[(:.\-–]?\s*)?(?:của\s*)?"
        r"|(?<![^\n])(?:[^\W\d_]{1,5}\s+){1,2}(?="
        + honorific
        + r"\s+[^:\n]{3,40}:))?"
        + r"(?:"
        + honorific
        + r"|(?:ông|bà)(?=\s+[^:\n]{3,80}:))"  # a guest: "Ông X (Chủ tịch …) phát biểu: …"
        + r"\s+(?=\S)"
    )


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
    if has_resolutions and meeting_type in ("regular", "combined") and "plan" not in found:
        found["plan"] = Hit("plan", 0, 0, 0.6)
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
                hit = _unquoted_title(doc, m)
                if hit is not None:
                    return hit
                continue
        index = doc.paragraph_at(m.start())
        end = doc.starts[index] + len(doc.paragraphs[index].text)
        if start >= end and index + 1 < len(doc.paragraphs):  # the title on the next line
            index += 1
            start, end = doc.starts[index], doc.starts[index] + len(doc.paragraphs[index].text)
        value = _unquote(doc.text[start:end])
        if len(value) >= 8 and _is_title(value):
            at = doc.text.find(value, start)
            return Hit(value, at, at + len(value), 0.85)
    return None


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


def marker_kind(text: str) -> str | None:
    """The kind of list marker opening `text` ("dash", "num", "letter", …), if any."""
    m = marker_pattern().match(text)
    if not m:
        return None
    return next(kind for kind, value in m.groupdict().items() if value is not None)


def strip_marker(text: str) -> str:
    """`text` without its list marker and without a trailing ';' or ','."""
    m = marker_pattern().match(fold(text))
    return (text[m.end() :] if m else text).strip().rstrip(";,").strip()


def is_resolution_heading(folded: str) -> bool:
    rules = load_rules()
    body = _NUMBERING.sub("", folded, count=1)
    head = body.split(":", 1)[0] if ":" in body else body
    if _DECIDED.search(head) and body.rstrip().endswith(":") and len(head) <= 240:
        return True  # "Sau khi nghe báo cáo … và ý kiến thảo luận …, QUYẾT NGHỊ:"
    longest = 100 if body.rstrip().endswith(":") else 70  # a long heading that opens a list
    if len(head) > longest or re.search(rules.cue("resolution_reject"), head):
        return False
    if not re.search(rules.cue("resolution_heading"), head):
        return False
    return ":" in body or (len(body) < 70 and not body.rstrip().endswith("."))


def find_resolutions(doc: Document) -> list[Hit[str]]:
    """Tasks and decisions adopted, one per item, numbering removed."""
    hits: list[Hit[str]] = []
    index = 0
    while index < len(doc.paragraphs):
        if is_resolution_heading(doc.folded_paragraph(index)):
            found, index = _collect_items(doc, index)
            hits.extend(found)
        else:
            index += 1
    return _dedupe(hits)


def _continues_inline(doc: Document, before: int, index: int) -> bool:
    """Whether paragraph `index` goes on with the items that `before` listed inline and left
    open with a semicolon, its line cut there (an unmarked sentence, no vote or close)."""
    text = doc.paragraphs[index].text
    return (
        doc.paragraphs[before].text.rstrip().endswith(";")
        and marker_kind(doc.folded_paragraph(index)) is None
        and text[:1].isupper()
        and not _ends_list(doc.folded_paragraph(index), text)
        and not is_resolution_heading(doc.folded_paragraph(index))
    )


def _inline_items(doc: Document, index: int, *, whole: bool = False) -> list[Hit[str]]:
    """Items a paragraph lists after its colon (or, `whole`, from its start), one per ';'."""
    text = doc.paragraphs[index].text
    numbering = _NUMBERING.match(doc.folded_paragraph(index))  # "Phần thứ sáu: …" heads
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
_DECIDED = re.compile(r"(?<![^\W\d_])quyết\s*nghị\s*$")
_DISCUSSING = re.compile(
    r"(?:(?:đảng\s*viên|chi\s*bộ|các\s*đồng\s*chí)\s+(?=thảo\s*luận|phát\s*biểu)|các\s+(?=ý\s*kiến))"
)
_SPECK_NUMBER = re.compile(r"^\s*[^\w\s]{1,2}\s?[.)]\s*")
_GARBLED_NUMBER = re.compile(r"^\s*\d{1,2}[^\w\s]?[^\W\d_]?\s+")
_INTRO_END = re.compile(r":\s*(?:[^\W\d_]{1,4}[\s,.]*)?$")


def _collect_items(doc: Document, index: int) -> tuple[list[Hit[str]], int]:
    hits = _inline_items(doc, index)
    j = index + 1
    while hits and j < len(doc.paragraphs) and _continues_inline(doc, j - 1, j):
        hits.extend(_inline_items(doc, j, whole=True))  # "…;" / "Báo cáo tình hình …."
        j += 1
    kind: str | None = None
    intro_allowed = not hits
    opened = not hits and doc.paragraphs[index].text.rstrip().endswith(":")
    while j < len(doc.paragraphs):
        text = doc.paragraphs[j].text
        this = marker_kind(fold(text))
        if intro_allowed and _is_intro_line(text):
            intro_allowed, opened = False, True
            j += 1
            continue
        head = j + 1 if _LONE_TT.match(text) and j + 1 < len(doc.paragraphs) else j
        if not hits and (
            _TASK_TABLE_HEAD.match(doc.folded_paragraph(head))
            or (head > j and _TASK_COLUMN.match(doc.folded_paragraph(head)))  # "Số TT" / "Nội dung"
        ):
            rows, j = _table_items(doc, head + 1)
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
        if this is None and hits and kind is not None and text[:1].islower():
            last = hits[-1]  # the rest of an item OCR cut off ("… không lấn" / "chiếm vỉa hè.")
            end = doc.starts[j] + len(text)
            hits[-1] = Hit(f"{last.value} {text}", last.start, end, last.confidence)
            j += 1
            continue
        if _ends_list(doc.folded_paragraph(j), text):
            break
        speck = None
        if this is None and kind in ("num", "pnum"):  # "°. Chi ủy …", "2í Tiếp tục …"
            speck = _SPECK_NUMBER.match(text) or _GARBLED_NUMBER.match(text)
        if speck is not None and text[speck.end() :][:1].isupper():  # a number OCR garbled
            this, text = kind, " " * speck.end() + text[speck.end() :]
        if this is None:
            this = _unmarked_item_kind(doc, j, kind)
        if this is None and hits and kind is not None:
            addendum = _addendum(doc, j)
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


# A table of tasks: "TT | Nội dung công việc | Thời gian thực hiện | Người phụ trách".
_TASK_TABLE_HEAD = re.compile(
    r"^\W{0,3}(?:(?:s|số\s*)?tt\s+)?(?:nội\s*dung|công\s*việc|nhiệm\s*vụ)[^\n]{0,30}?"
    r"(?:thời\s*(?:gian|hạn)|phụ\s*trách|người\s*thực\s*hiện)"
    r"|^\W{0,3}(?:s|số\s*)?tt\s+(?:nội\s*dung|công\s*việc|nhiệm\s*vụ)(?:\s*công\s*việc)?\W{0,3}$"
)
_ROW_NUMBER = re.compile(r"^\s*([\dIl|]{1,2})[.)]?(?:\s+|$)")
_ROW_JUNK = re.compile(r"^\s*\S{1,2}\s+(?=[A-ZĐÀ-Ỹ])")
_LONE_TT = re.compile(r"^\W{0,2}(?:s|số\s*)?tt\W{0,2}$", re.IGNORECASE)  # the head's first cell
_TASK_COLUMN = re.compile(
    r"^\W{0,3}(?:nội\s*dung|công\s*việc|nhiệm\s*vụ)(?:\s*công\s*việc)?\W{0,3}$"
)
# A deadline cell OCR read into the middle of its row's task ("Phối hợp Mặt trận và các đoàn
# Thường xuyên thể vận động …"): a capitalised phrase of the time column.
_DEADLINE_CELL = re.compile(
    r"\s(?:(?:Trong|Trước|Sau|Đến|Từ)\s+(?:tháng|ngày|quý|năm)\s+[\dIVX]{1,2}(?:\s*/\s*\d{1,4}){0,2}"
    r"|Thường\s+xuyên|H[ằà]ng\s+(?:tháng|tuần|ngày|quý)|Cả\s+năm|Quý\s+[IVX\d]+(?:/\d{4})?)(?=\s|$)"
)


def _table_items(doc: Document, index: int) -> tuple[list[Hit[str]], int]:
    """The tasks of a table whose rows start at paragraph `index`: one per numbered row, the
    row's wrapped lines joined, the deadline column taken out."""
    hits: list[Hit[str]] = []
    j = index
    while j < len(doc.paragraphs):
        text = doc.paragraphs[j].text
        number = _ROW_NUMBER.match(text)
        if number is not None and number.group(1).isdigit():
            number = number if int(number.group(1)) == len(hits) + 1 else None  # "40 tuổi."
        if number is None and hits:
            number = _ROW_JUNK.match(text)  # a number OCR garbled ("kì" for "5")
        if number is not None:
            rest = text[number.end() :].strip()
            if not rest and j + 1 < len(doc.paragraphs):  # "2" on a line, the row below it
                j += 1
                rest = doc.paragraphs[j].text.strip()
            if not rest[:1].isupper() or _ends_list(doc.folded_paragraph(j), rest):
                break
            start = doc.starts[j] + doc.paragraphs[j].text.find(rest[:10])
            hits.append(Hit(rest, start, start + len(rest), 0.7, "table"))
        elif hits and not hits[-1].value.endswith(".") and len(text) < PLAIN_ITEM_CHARS[1]:
            last = hits[-1]  # the row's task wrapped onto a line of its own
            hits[-1] = Hit(f"{last.value} {text.strip()}", last.start, last.end, last.confidence)
        else:
            break
        j += 1
    return [_without_deadline(hit) for hit in hits], j


def _without_deadline(hit: Hit[str]) -> Hit[str]:
    value = " ".join(_DEADLINE_CELL.sub(" ", f" {hit.value}").split()).rstrip(";,")
    return Hit(value, hit.start, hit.end, hit.confidence, hit.note)


PLAIN = "plain"  # a list whose items are sentences with no marker, or one OCR garbled
# What OCR leaves of an uncommon bullet ("◦" read "I", "[I", "[", "|"): dropped before the item.
_GARBLED_BULLET = re.compile(
    r"^\s*(?:[\[\]|Il1]{1,2}|\d[^\w\s]?[^\W\d_]?|[^\w\s(\"'“”]{1,2})\s+(?=[^\W\d_])"
)  # "I", "[I", "|", "5", "5°", "5s": what OCR made of a bullet it did not know ("◦")
_LABEL_COLON = re.compile(r"^[^:.;]{1,40}:")
PLAIN_ITEM_CHARS = (15, 400)


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
        or _ends_list(folded, text)
        or is_resolution_heading(folded)
        or _is_discussion_heading(folded)
    ):
        return None
    value = item.rstrip(";,").strip()
    start = doc.starts[index] + text.find(item[:10])
    return Hit(value, start, start + len(value), 0.7, PLAIN)


def _addendum(doc: Document, index: int) -> Hit[str] | None:
    """One more decision in the sentence right after a list ("Đồng thời, chi bộ giao chi ủy
    …"), without its connective."""
    m = re.match(load_rules().cue("resolution_addendum") + r"\s*", doc.folded_paragraph(index))
    if m is None:
        return None
    text = doc.paragraphs[index].text
    item = text[m.end() :].strip().rstrip(".;").strip()
    if len(item.split()) < 3:
        return None
    start = doc.starts[index] + m.end()
    return Hit(item, start, start + len(item), 0.7, "addendum")


def _ends_list(folded: str, text: str) -> bool:
    """The vote, the close of the meeting or the signatures: no more items."""
    body = strip_marker(text)
    if len(body) > 3 and body.isupper():
        return True
    return bool(
        re.match(load_rules().cue("resolution_stop"), marker_pattern().sub("", folded, count=1))
    )


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
    if _ends_list(doc.folded_paragraph(index + 1), doc.paragraphs[index + 1].text):
        return None  # "E/ KẾT THÚC": the next part's heading, not an item
    text = doc.paragraphs[index].text
    if not text[:1].isupper() or is_resolution_heading(doc.folded_paragraph(index)):
        return None
    return after


def _dedupe(hits: list[Hit[str]]) -> list[Hit[str]]:
    seen: set[str] = set()
    out = []
    for hit in hits:
        key = fold(hit.value)
        if key not in seen and not re.match(r"biểu\s*quyết", key):
            seen.add(key)
            out.append(hit)
    return out


def find_speakers(doc: Document) -> Hit[int] | None:
    """How many opinions were voiced: the stated number, else the contributions counted."""
    stated: list[Hit[int]] = []
    for pattern in speaker_count_patterns():
        for m in pattern.finditer(doc.folded):
            value = parse_count(m.group(1))
            if _is_heading_number(doc, m.start(1)):
                continue  # "2/ Ý kiến thảo luận" read "21 Ý kiến thảo luận": numbering
            if value is not None and all(m.start() >= h.end or m.end() <= h.start for h in stated):
                stated.append(Hit(value, m.start(), m.end(), 0.95))
    if stated:
        first = min(stated, key=lambda h: h.start)
        return Hit(
            sum(h.value for h in stated), first.start, first.end, 0.95 if len(stated) == 1 else 0.7
        )
    none = _NO_SPEAKER.search(doc.folded)
    if none:
        return Hit(0, none.start(), none.end(), 0.85)
    named = _named_speakers(doc)
    if named is not None:
        return named
    counted = count_contributions(doc)
    if counted is not None:
        return counted
    return _nobody_spoke(doc)


# "Các đồng chí A, B và C tham gia ý kiến": the members who spoke, named in one sentence.
_NAMED_GROUP = re.compile(
    r"các\s*(?:đồng\s*chí|đ/c)\s+([^.;:\n]{5,400}?)\s+(?:đã\s*)?"
    r"(?:tham\s*gia\s*ý\s*kiến|phát\s*biểu|góp\s*ý|nêu\s*ý\s*kiến)"
)


def _named_speakers(doc: Document) -> Hit[int] | None:
    for m in _NAMED_GROUP.finditer(doc.folded):
        listed = doc.text[m.start(1) : m.end(1)]
        parts = [p.strip() for p in re.split(r",|\s+và\s+", listed)]
        if len(parts) >= 2 and all([(0, len(p))] == list(name_runs(p)) for p in parts):
            return Hit(len(parts), m.start(), m.end(), 0.85, "named")
    return None


_SPEECH = re.compile(
    r"phát\s*biểu|đề\s*nghị|đề\s*xuất|nêu|cho\s*rằng|góp\s*ý|ý\s*kiến|bổ\s*sung|phản\s*ánh"
)


def _reports_opinion(doc: Document, index: int) -> bool:
    """A paragraph opening with a member who speaks ("Đồng chí X: …", "Đ/c Y đề nghị …"), not
    one who chairs ("Đ/c Z (Bí thư) chủ trì")."""
    if not _contributions_in(doc, index):  # a named member, not "Đồng chí chủ trì …"
        return False
    folded = doc.folded_paragraph(index)
    for m in contribution_pattern().finditer(folded):
        said = re.split(r"[.;]", folded[m.end() : m.end() + 60], maxsplit=1)[0]  # the name, then
        # a colon or what was said, in the same sentence ("Chủ trì: đ/c X. Thư ký: …" is not)
        if ":" in said or _SPEECH.search(said):
            return True
    return False


def _nobody_spoke(doc: Document) -> Hit[int] | None:
    """0 when a paragraph opens by saying there was no opinion ("Không có ý kiến khác.") and
    no member's contribution is reported anywhere (no discussion heading to go by)."""
    said = _nobody_in_sentence().search(doc.folded)  # "…; không có đồng chí nào phát biểu."
    if said is not None:
        return Hit(0, said.start(), said.end(), 0.6, "none")
    if any(_reports_opinion(doc, i) for i in range(len(doc.paragraphs))):
        return None
    for index in range(len(doc.paragraphs)):
        m = _no_opinion_opening().match(doc.folded_paragraph(index))
        if m is not None:
            start = doc.starts[index]
            return Hit(0, start, start + m.end(), 0.6, "none")
    return None


@cache
def _nobody_in_sentence() -> re.Pattern[str]:
    """The rules' first `no_opinion` phrase (no member spoke: never said of the minutes) after
    a clause's start."""
    return re.compile(r"(?:^|[;,:]\s*)" + load_rules().cues["no_opinion"][0], re.M)


def _is_discussion_heading(folded: str) -> bool:
    body = _NUMBERING.sub("", _LEAD_SPECKS.sub("", folded, count=1), count=1).lstrip()
    body = _DISCUSSING.sub("", body, count=1)  # "Đảng viên thảo luận"
    if body.rstrip().endswith(":") and len(body) < INTRO_CHARS and _DISCUSSION_INTRO.search(body):
        return True  # "Kế tiếp, chi bộ thảo luận, các ý kiến cụ thể như sau:"
    return bool(re.match(load_rules().cue("discussion_heading") + r"[^.:]{0,30}[.:]?", body)) and (
        len(body) < 60 or ":" in body[:40]
    )


INTRO_CHARS = 100
_DISCUSSION_INTRO = re.compile(r"thảo\s*luận|phát\s*biểu|góp\s*ý|tham\s*gia\s*ý\s*kiến")


def count_contributions(doc: Document) -> Hit[int] | None:
    """Members' contributions reported one by one in the discussion sections.

    A section runs from its heading over every paragraph that opens with a person ("Đồng chí
    X: …", "Đ/c Y phát biểu …") or goes on about one ("Đồng chí cũng thống nhất …").
    "Không có ý kiến" right under the heading is 0.
    """
    total, first = 0, None
    index = 0
    while index < len(doc.paragraphs):
        if not _is_discussion_heading(doc.folded_paragraph(index)):
            index += 1
            continue
        heading = index
        count = _contributions_in(doc, index)
        index += 1
        if index < len(doc.paragraphs) and _is_intro(doc, index):
            index += 1
        if count == 0 and _says_nobody_spoke_after(doc.folded_paragraph(heading)):
            first = first if first is not None else doc.starts[heading]
            continue  # "Thảo luận: không có ý kiến khác, chi bộ nhất trí …"
        if count == 0 and index < len(doc.paragraphs) and _says_nobody_spoke(doc, index):
            first = first if first is not None else doc.starts[index]
            continue
        table = _SPEAKER_TABLE.match(doc.folded_paragraph(heading)) or (
            index > heading + 1 and _SPEAKER_TABLE.match(doc.folded_paragraph(index - 1))
        )
        while (
            index < len(doc.paragraphs)
            and (
                _starts_with_person(doc, index)
                or _LONE_NUMBER.match(doc.paragraphs[index].text) is not None  # a table row's "1"
                or (table and _is_row_rest(doc, index))
                or _goes_on_about_speaker(doc, index)
                or doc.paragraphs[index].text[:1].islower()  # the rest of a sentence OCR cut
                or _after_speaker_label(doc, index)
            )
        ):
            count += _contributions_in(doc, index)
            index += 1
        if count:
            total += count
            first = first if first is not None else doc.starts[heading]
    if first is None:
        return None
    return Hit(total, first, first, 0.75, "counted")


HEADING_CHARS = 60
_LONE_NUMBER = re.compile(r"^\s*\d{1,2}[.)]?\s*$")
_SPEAKER_TABLE = re.compile(r"^\W{0,3}(?:s?tt\s*)?người\s*phát\s*biểu")


def _is_row_rest(doc: Document, index: int) -> bool:
    """In a table of speakers, the rest of a row a cell wrapped ("Hậu xóm xuống cấp, …"): not
    the next part's heading (in capitals, or numbered "3)")."""
    text = doc.paragraphs[index].text
    letters = [ch for ch in text[:30] if ch.isalpha()]
    capitals = bool(letters) and sum(ch.isupper() for ch in letters) > 0.6 * len(letters)
    return not capitals and not re.match(r"\s*(?:\d{1,2}|[ivx]{1,4})\s*[).:/]", text, re.I)


def _is_heading_number(doc: Document, at: int) -> bool:
    """Whether the number at `at` opens a short paragraph (a heading's numbering)."""
    index = doc.paragraph_at(at)
    start = doc.starts[index]
    return not doc.folded[start:at].strip() and len(doc.paragraphs[index].text) < HEADING_CHARS


def _says_nobody_spoke(doc: Document, index: int) -> bool:
    """Whether paragraph `index` says no member gave an opinion (see NONE_UNDER_HEADING_CHARS)."""
    folded = doc.folded_paragraph(index)
    if len(folded) > NONE_UNDER_HEADING_CHARS or _starts_with_person(doc, index):
        return False
    return bool(  # at its end, or opening it ("Không có ý kiến khác; các đồng chí thống nhất …")
        re.search(load_rules().cue("no_opinion") + r"\s*[.;]?\s*$", folded)
        or _no_opinion_opening().match(folded)
    )


@cache
def _no_opinion_opening() -> re.Pattern[str]:
    """The rules' no-opinion phrase opening a text ("Không có ý kiến khác, …")."""
    return re.compile(r"[\W_]*" + load_rules().cue("no_opinion") + r"\s*(?:[.;,]|$)")


LABEL_CHARS = 100  # "Ý kiến của đồng chí Thiếu úy Phạm Minh Sang (Chính trị viên phó):"


def _after_speaker_label(doc: Document, index: int) -> bool:
    """What a speaker said, under their name on a line of its own ("Đ/c Mai Diệu Tuyết:")."""
    if index == 0:
        return False
    label = doc.paragraphs[index - 1].text.rstrip()
    return label.endswith(":") and len(label) < LABEL_CHARS and _starts_with_person(doc, index - 1)


def _says_nobody_spoke_after(heading: str) -> bool:
    """Whether a discussion heading goes on to say nobody spoke ("Thảo luận: không có ý kiến")."""
    _, colon, rest = _NUMBERING.sub("", heading, count=1).partition(":")  # "13h55: Thảo luận: …"
    return bool(colon) and _no_opinion_opening().match(rest) is not None


def _goes_on_about_speaker(doc: Document, index: int) -> bool:
    """A paragraph that reports more of the last speaker ("Theo đồng chí, cần …")."""
    text = doc.paragraphs[index].text
    m = _PRONOUN_SPEAKER.match(doc.folded_paragraph(index))
    return m is not None and text[m.end() : m.end() + 1].islower()


def _is_intro(doc: Document, index: int) -> bool:
    text = doc.paragraphs[index].text.rstrip()
    return text.endswith(":") and len(text) < 120 and not _starts_with_person(doc, index)


def _starts_with_person(doc: Document, index: int) -> bool:
    folded = doc.folded_paragraph(index)
    return (
        bool(contribution_pattern().match(folded))
        or _is_named_speaker(doc.paragraphs[index].text)
        or _ends_with_speaker(folded)
    )


def _ends_with_speaker(folded: str) -> bool:
    """An opinion attributed at its end: "- Đề nghị … (ý kiến của đồng chí X)"."""
    return attribution_pattern().search(folded) is not None


_NAMED_SPEAKER = re.compile(
    r"^[-–+•*\s]*((?:[^\W\d_]+\s+){1,5}?[^\W\d_]+)(?:\s*\([^()]{2,60}\))?"
    r"(?:\s+(?:phát\s*biểu|nêu\s*ý\s*kiến|góp\s*ý))?\s*:\s*\S"
)


def _is_named_speaker(text: str) -> bool:
    """A paragraph opening with a member's name and no honorific ("Lâm Tấn Anh Tâm phát biểu:
    …", "Hà Văn Lộc (chi ủy viên): …"): two to six words, each capitalised, none a role."""
    m = _NAMED_SPEAKER.match(text)
    if m is None:
        return False
    name = m.group(1)
    return [(0, len(name))] == list(name_runs(name))  # the whole of it one name


def _contributions_in(doc: Document, index: int) -> int:
    folded = doc.folded_paragraph(index)
    text = doc.paragraphs[index].text
    if _is_named_speaker(text) or _ends_with_speaker(folded):
        return 1
    count = 0
    for m in contribution_pattern().finditer(folded):
        if m.end() < len(text) and text[m.end()].isupper():
            lo, hi = sentence_bounds(folded, m.start(), m.end())
            if not re.search(r"kết\s*luận|chủ\s*trì\s*tổng\s*hợp", folded[m.end() : hi]):
                count += 1
    return count


def find_vote(doc: Document, *, present: int | None) -> Hit[tuple[int, int]] | None:
    """The vote adopting the resolution (or the minutes when that is the only vote)."""
    candidates = vote_candidates(doc, present=present)
    if not candidates:
        return None
    rules = load_rules()

    def rank(hit: Hit[tuple[int, int]]) -> int:
        lo, hi = sentence_bounds(doc.folded, hit.start, hit.end)
        sentence = doc.folded[lo:hi]
        if re.search(rules.cue("vote_other_matter"), sentence):
            return 2
        return 1 if re.search(rules.cue("minutes_vote"), sentence) else 0

    return min(candidates, key=lambda h: (rank(h), h.start))


def vote_candidates(doc: Document, *, present: int | None) -> list[Hit[tuple[int, int]]]:
    folded = without_restated(doc.folded)  # "08 (tám) phiếu": the number once
    verbs = load_rules().cue("vote_verb")
    hits: list[Hit[tuple[int, int]]] = []
    for m in _FRACTION.finditer(folded):
        agree, total = int(m.group(1)), int(m.group(2))
        lo, hi = sentence_bounds(folded, m.start(), m.end())
        is_date = re.search(_DATE_WORD_BEFORE, folded[max(0, m.start() - 8) : m.start()])
        if 0 < total <= 999 and agree <= total and re.search(verbs, folded[lo:hi]) and not is_date:
            hits.append(Hit((agree, total), m.start(), m.end(), 0.9))
    for m in [*_VOTE_TALLY.finditer(folded), *_VOTE_TALLY_AFTER.finditer(folded)]:
        parts = [parse_count(g) for g in m.groups() if g is not None]
        if parts and all(p is not None for p in parts) and sum(p or 0 for p in parts) > 0:
            agree = parts[0] or 0
            hits.append(Hit((agree, sum(p or 0 for p in parts)), m.start(), m.end(), 0.9))
    for m in _VOTE_OF_TOTAL.finditer(folded):  # "tổng số ba đồng chí; tán thành ba"
        of, said = parse_count(m.group(1)), parse_count(m.group(2))
        if said is not None and of and said <= of:
            hits.append(Hit((said, of), m.start(), m.end(), 0.9))
    for m in _VOTE_OF.finditer(folded):  # "20 trên 21 đồng chí tán thành"
        said, of = parse_count(m.group(1)), parse_count(m.group(2))
        if said is not None and of and said <= of:
            hits.append(Hit((said, of), m.start(), m.end(), 0.9))
    for pattern in (_VOTE_COUNT, _VOTE_AFTER, _VOTE_AGREE_FIRST, _BALLOTS_AGREE, _VOTE_LABELLED):
        for m in pattern.finditer(folded):
            agree_or_none = parse_count(m.group(1))
            if not agree_or_none:
                continue
            voting = _vote_total(folded, m, agree_or_none, present)
            if voting is not None and agree_or_none <= voting:
                hits.append(Hit((agree_or_none, voting), m.start(), m.end(), 0.8))
    for m in _HUNDRED.finditer(folded):
        if present:
            hits.append(Hit((present, present), m.start(), m.end(), 0.75))
    hits.extend(_vote_tables(folded))
    return _drop_overlaps(hits)


# A vote as a table: a head with its columns' labels, then a row of numbers ("Số đồng chí biểu
# quyết | Tán thành | Không tán thành" / "14 | 14 | 0"; OCR may read a 1 as "T", "l" or "I").
_VOTE_COLUMNS = re.compile(
    r"(?P<against>không\s*(?:tán\s*thành|đồng\s*ý|nhất\s*trí)|phản\s*đối)"
    r"|(?P<agree>tán\s*thành|đồng\s*ý|nhất\s*trí)"
    r"|(?P<total>biểu\s*quyết|tổng\s*số|có\s*mặt)"
)
_NUMBER_CELLS = re.compile(r"^\s*((?:[\dtli|]?\d{1,2}|\d)(?:\s+(?:[\dtli|]?\d{1,2}|\d)){1,4})\s*$")


def _vote_tables(folded: str) -> list[Hit[tuple[int, int]]]:
    hits = []
    lines = folded.split("\n")
    offset = 0
    for line, below in zip(lines, lines[1:], strict=False):
        start, offset = offset, offset + len(line) + 1
        kinds = [
            next(k for k, v in m.groupdict().items() if v) for m in _VOTE_COLUMNS.finditer(line)
        ]
        cells = _NUMBER_CELLS.match(below)
        if "agree" not in kinds or len(kinds) < 2 or cells is None:
            continue
        numbers = [int(re.sub(r"^[tli|]", "1", cell)) for cell in cells.group(1).split()]
        if len(numbers) != len(kinds):
            continue
        column = dict(zip(kinds, numbers, strict=True))
        agree = column["agree"]
        total = column.get("total", agree + column.get("against", 0))
        if 0 < total <= 999 and agree <= total:
            hits.append(Hit((agree, total), start, offset + len(below), 0.8, "table"))
    return hits


def _vote_total(folded: str, m: re.Match[str], agree: int, present: int | None) -> int | None:
    """How many voted: the ballots counted, else all when all agreed, else those present."""
    lo, hi = sentence_bounds(folded, m.start(), m.end())
    sentence = folded[max(0, lo - 200) : hi]
    ballots = list(_BALLOTS.finditer(sentence))
    for b in ballots:
        value = b.group(3) or b.group(2) or b.group(1) or b.group(4)  # returned, else issued
        if value and parse_count(value):
            return parse_count(value)
    if _ALL_AGREE.search(folded[lo:hi]):
        return agree
    return present


def _drop_overlaps(hits: list[Hit[tuple[int, int]]]) -> list[Hit[tuple[int, int]]]:
    kept: list[Hit[tuple[int, int]]] = []
    for hit in sorted(hits, key=lambda h: (h.start, -h.confidence)):
        if all(hit.start >= k.end or hit.end <= k.start for k in kept):
            kept.append(hit)
    return kept

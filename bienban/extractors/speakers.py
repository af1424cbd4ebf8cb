"""How many members spoke: a stated number, the contributions reported one by one (in
sentences, lists or tables), or a statement that nobody spoke."""

from __future__ import annotations

import re
from functools import cache

from bienban.extractors.headings import LEAD_SPECKS, NUMBERING
from bienban.extractors.hits import Hit
from bienban.extractors.numbers import COUNT, parse_count
from bienban.extractors.people import name_runs
from bienban.extractors.ruleset import load_rules
from bienban.extractors.text import Document, attribution_pattern, sentence_bounds

N = f"({COUNT})"


@cache
def speaker_count_patterns() -> list[re.Pattern[str]]:
    """The rules' `speaker_count` phrases, "{n}" standing for the count."""
    restated = N + r"(?:\s*\(\s*[^()\d]{1,20}\s*\))?"  # "Có 4 (bốn) ý kiến"
    return [
        re.compile(pattern.replace("{n}", restated))
        for pattern in load_rules().cues["speaker_count"]
    ]


_NO_SPEAKER = re.compile(
    r"(?:thảo\s*luận|phát\s*biểu|ý\s*kiến[^:\n]{0,20})\s*:\s*"
    r"(?:không\s*có\s*ý\s*kiến(?!\s*(?:khác|phản|nào\s*khác))"
    r"|không(?:\s*có)?\s*(?:[.;]|$))"  # "Ý kiến phát biểu: không."
)

# A short paragraph under a discussion heading that says nobody spoke ("Không có ý kiến nào
# khác.", "Các đồng chí thống nhất với báo cáo, không có ý kiến bổ sung."): the rules' phrase
# at its end.
NONE_UNDER_HEADING_CHARS = 200

_PRONOUN_SPEAKER = re.compile(r"^[^\W\d_]{0,8}\s*(?:đồng\s*chí|đ/c)\s*[,]?\s*")


@cache
def contribution_pattern() -> re.Pattern[str]:
    """A contribution opens a paragraph or a sentence: "Đồng chí X: …", "Ý kiến đồng chí Y: …",
    "Đ/c Z phát biểu: …", "1. Đồng chí X: …", "a) Đồng chí X: …" (numbered or lettered at a
    paragraph's start, or a table's
    row: "1 Đ/c X Đề nghị …"), "Tiếp theo,
    đ/c X phát biểu: …" (after a connective of the rules' `speech_connective`, or a clause of up
    to six words opening the paragraph: "Đồng tình với ý kiến trên, đồng chí X …"), the honorific
    as OCR may read it ("Đíc", "Đc"). At a paragraph's
    start specks ("'", "-_-") and one or two short garbled words may stand before a named
    speaker ("lến đồng chí Z: …", "ŸÝ kiến đồng chí …": the "Ý kiến" OCR garbled)."""
    honorific = load_rules().honorific
    connective = load_rules().cue("speech_connective")
    return re.compile(
        r"(?:^[\W_]{0,4}|[.:;]\s+|\n[-–—+•*]?\s*)"
        r"(?:[-–—+•*]\s*|(?<![^\n])\(?(?:\d{1,2}\s?[.)]?|[a-zđ]\s?[.)])\s*)?"  # "1.", "a)"
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


_DISCUSSING = re.compile(
    r"(?:(?:đảng\s*viên|chi\s*bộ|các\s*đồng\s*chí)\s+(?=thảo\s*luận|phát\s*biểu|góp\s*ý)|các\s+(?=ý\s*kiến))"
)


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
    told = [i for i in range(len(doc.paragraphs)) if _reports_opinion(doc, i)]
    return _nobody_spoke(doc, told=bool(told)) or _opinions_told(doc, told)


def _opinions_told(doc: Document, told: list[int]) -> Hit[int] | None:
    """Minutes told as a narrative with no discussion heading: the paragraphs `told` that open
    with a member saying something ("Đồng chí X đề nghị …", "Tiếp đó, đồng chí Y phản ánh …")."""
    if not told:
        return None
    start = doc.starts[told[0]]
    return Hit(sum(_contributions_in(doc, i) for i in told), start, start, 0.6, "told")


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


def _nobody_spoke(doc: Document, *, told: bool) -> Hit[int] | None:
    """0 when a paragraph opens by saying there was no opinion ("Không có ý kiến khác.") and
    no member's contribution is reported anywhere (`told`: no discussion heading to go by)."""
    said = _nobody_in_sentence().search(doc.folded)  # "…; không có đồng chí nào phát biểu."
    if said is not None:
        return Hit(0, said.start(), said.end(), 0.6, "none")
    if told:
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


# A paragraph of running prose that turns to the discussion ("Chi bộ chuyển sang thảo luận.
# Phát biểu đầu tiên, đồng chí X …", "Sau khi nghe các báo cáo, chi bộ tiến hành thảo luận."):
# its own heading.
_TURNS_TO_DISCUSSION = re.compile(
    r"^[^.:;]{0,40}(?:chuyển\s*sang|bước\s*(?:sang|vào)|đến|tiến\s*hành|bắt\s*đầu)\s*(?:phần\s*)?thảo\s*luận\s*[.:,]"
)


def is_discussion_heading(folded: str) -> bool:
    if _TURNS_TO_DISCUSSION.match(folded):
        return True
    body = NUMBERING.sub("", LEAD_SPECKS.sub("", folded, count=1), count=1).lstrip()
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
        if not is_discussion_heading(doc.folded_paragraph(index)):
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
    _, colon, rest = NUMBERING.sub("", heading, count=1).partition(":")  # "13h55: Thảo luận: …"
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
            # not the chair's conclusion ("Kết luận buổi sinh hoạt, đồng chí X nêu rõ …")
            if not re.search(r"kết\s*luận|chủ\s*trì\s*tổng\s*hợp", folded[lo:hi]):
                count += 1
    return count

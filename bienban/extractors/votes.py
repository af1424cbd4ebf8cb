"""The vote adopting the resolution: tallies, fractions, ballots, tables of votes."""

from __future__ import annotations

import re

from bienban.extractors.hits import Hit
from bienban.extractors.numbers import COUNT, parse_count
from bienban.extractors.ruleset import load_rules
from bienban.extractors.stated import without_restated
from bienban.extractors.text import Document, sentence_bounds

N = f"({COUNT})"
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

_AGREE_WORD = r"(?<!không\s)(?<!chưa\s)(?:tán\s*thành|đồng\s*ý|nhất\s*trí|thuận(?=\s*[:\-–]?\s*\d))"

_VOTER = r"(?:\s*(?:phiếu|đồng\s*chí|đ[/íi]?c|đảng\s*viên|đv|ý\s*kiến))?(?:\s*\(?\s*\d{1,3}(?:[.,]\d+)?\s*%\s*\)?)?"

# "tán thành 14, không tán thành 0[, không biểu quyết 0]": agree, and the voting total.
_VOTE_TALLY = re.compile(
    _AGREE_WORD
    + r"\s*[:\-–]?\s*"
    + N
    + _VOTER
    + r"\s*[,;]\s*(?:(?:không|chưa)\s*(?:tán\s*thành|đồng\s*ý|nhất\s*trí|thuận)|phản\s*đối|chống)\s*[:\-–]?\s*"
    + N
    + _VOTER
    + r"(?:\s*[,;]\s*(?:không\s*biểu\s*quyết|phiếu\s*trắng|bỏ\s*phiếu\s*trắng|xin\s*ý\s*kiến|ý\s*kiến\s*khác)"
    r"\s*[:\-–]?\s*" + N + r")?"
)

# "15 tán thành, 0 không tán thành", "12 đ/c nhất trí, 1 đ/c chưa nhất trí": the same tally,
# each count before its word.
_VOTE_TALLY_AFTER = re.compile(
    N
    + _VOTER
    + r"\s*"
    + _AGREE_WORD
    + r"\s*[,;]\s*"
    + N
    + _VOTER
    + r"\s*(?:(?:không|chưa)\s*(?:tán\s*thành|đồng\s*ý|nhất\s*trí)|phản\s*đối)"
)

_VOTE_OF = re.compile(
    N
    + r"\s*(?:trên|trong(?:\s*số)?|/)\s*(?:tổng\s*số\s*)?"
    + N
    + r"\s*(?:đồng\s*chí|đ/c|đảng\s*vi\w{1,2}n|đv|phiếu)?"
    r"(?:\s*(?:có\s*mặt|dự\s*họp|chính\s*thức))?\s*(?:gi[ơờ]\s*[^\w\s]{0,2}\s*tay\s*)?"  # "giơ ! tay"
    r"(?:tán\s*thành|nhất\s*trí|đồng\s*ý)"
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
    rf"tổng\s*số\s*phiếu\s*[:\-–]?\s*(?P<total>{COUNT})"  # "tổng số phiếu 9"
    rf"|(?:tổng\s*)?số\s*phiếu\s*(?:phát\s*ra\s*(?P<issued>{COUNT}))?[\s,;]*"
    rf"(?:thu\s*về\s*(?P<returned>{COUNT}))?"
    rf"|phát\s*ra\s*(?P<handed>{COUNT})\s*phiếu"  # "phát ra 29 phiếu"
)

_VOTERS_WORD = r"(?:dự\s*họp|có\s*mặt|tham\s*gia(?:\s*biểu\s*quyết)?)"
_PEOPLE = r"(?:\s*(?:đồng\s*chí|đ/c|đảng\s*viên|đv))?(?:\s*chính\s*thức)?"

# "dự họp 12, đồng ý 12", "3 đảng viên chính thức tham gia, 3 đồng ý": those who voted, then
# those for.
_VOTE_VOTERS_FIRST = re.compile(
    rf"(?:{_VOTERS_WORD}\s*[:\-–]?\s*(?P<of>{COUNT}){_PEOPLE}"
    rf"|(?P<of_before>{COUNT}){_PEOPLE}\s*{_VOTERS_WORD})"
    rf"\s*[,;]\s*(?:{_AGREE_WORD}\s*[:\-–]?\s*(?P<agree>{COUNT})"
    rf"|(?P<agree_before>{COUNT}){_PEOPLE}\s*{_AGREE_WORD})"
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

_DATE_WORD_BEFORE = r"(?:tháng|ngày|năm|số|quý)\s*$"


def find_vote(doc: Document, *, present: int | None) -> Hit[tuple[int, int]] | None:
    """The vote adopting the resolution (or the minutes when that is the only vote)."""
    candidates = vote_candidates(doc, present=present)
    if not candidates:
        return None
    rules = load_rules()

    def rank(hit: Hit[tuple[int, int]]) -> int:
        lo, hi = sentence_bounds(doc.folded, hit.start, hit.end)
        sentence = doc.folded[lo:hi]
        if re.search(rules.cue("minutes_vote"), sentence):
            return 2  # the minutes' adoption: only when no other vote is written
        return 1 if re.search(rules.cue("vote_other_matter"), sentence) else 0

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
    for m in _VOTE_VOTERS_FIRST.finditer(folded):  # "dự họp 12, đồng ý 12"
        of = parse_count(m["of"] or m["of_before"])
        said = parse_count(m["agree"] or m["agree_before"])
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
        if _FRACTION.search(folded, max(0, m.start() - 20), m.start()):
            continue  # "nhất trí 14/14 (100%)": the share of the tally just read
        if present:
            hits.append(Hit((present, present), m.start(), m.end(), 0.75))
    hits.extend(_vote_tables(folded))
    return _drop_overlaps(hits)


# A vote as a table: a head with its columns' labels, then a row of numbers ("Số đồng chí biểu
# quyết | Tán thành | Không tán thành" / "14 | 14 | 0"; OCR may read a 1 as "T", "l" or "I").
_VOTE_COLUMNS = re.compile(
    r"(?P<against>không\s*(?:t[aáầâ]n\s*thành|đồng\s*ý|nhất\s*trí)|phản\s*đối)"
    r"|(?P<agree>t[aáầâ]n\s*thành|đồng\s*ý|nhất\s*trí)"  # "Tần thành": OCR's mark
    r"|(?P<total>tổng\s*số(?:\s*(?:biểu\s*quyết|đồng\s*chí|đảng\s*viên|phiếu))?|biểu\s*quyết|có\s*mặt)"
)

MAX_HEAD_LINES = 4
_NUMBER_CELLS = re.compile(r"^\s*((?:[\dtli|]?\d{1,2}|\d)(?:\s+(?:[\dtli|]?\d{1,2}|\d)){1,4})\s*$")


def _vote_tables(folded: str) -> list[Hit[tuple[int, int]]]:
    hits = []
    lines = folded.split("\n")
    offset = 0
    for at, line in enumerate(lines):
        start, offset = offset, offset + len(line) + 1
        head, below_at = line, at + 1
        while (  # a head cut cell by cell: "Tán thành" / "Không tán thành" / "Tổng số …"
            below_at < len(lines)
            and below_at - at < MAX_HEAD_LINES
            and _VOTE_COLUMNS.fullmatch(lines[below_at].strip())
        ):
            head += " " + lines[below_at]
            below_at += 1
        if below_at >= len(lines):
            break
        kinds = [
            next(k for k, v in m.groupdict().items() if v) for m in _VOTE_COLUMNS.finditer(head)
        ]
        below = lines[below_at]
        while (  # the row cut too: "15" / "0 15"
            len(below.split()) < len(kinds)
            and below_at + 1 < len(lines)
            and _NUMBER_CELLS.match(below + " " + lines[below_at + 1])
        ):
            below_at += 1
            below += " " + lines[below_at]
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
            end = start + sum(len(lines[i]) + 1 for i in range(at, below_at + 1)) - 1
            hits.append(Hit((agree, total), start, end, 0.8, "table"))
    return hits


def _vote_total(folded: str, m: re.Match[str], agree: int, present: int | None) -> int | None:
    """How many voted: the ballots counted, else all when all agreed, else those present."""
    lo, hi = sentence_bounds(folded, m.start(), m.end())
    sentence = folded[max(0, lo - 200) : hi]
    ballots = list(_BALLOTS.finditer(sentence))
    for b in ballots:
        value = b["returned"] or b["issued"] or b["total"] or b["handed"]
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

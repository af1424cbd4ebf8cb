"""Attendance counts stated in sentences ("có mặt: 23 đ/c", "vắng 2 đồng chí có lý do", "Chi bộ
có 24 đảng viên"): numbers restated in words set aside, a zero said in words, full members and
probationers added up."""

from __future__ import annotations

import re

from bienban.extractors.count_table import EXCUSED, REASON, UNEXCUSED
from bienban.extractors.counts import Counts
from bienban.extractors.hits import Hit
from bienban.extractors.numbers import COUNT, parse_count
from bienban.extractors.ruleset import load_rules
from bienban.extractors.text import Document

N = f"({COUNT})"
# "ĐĐV": OCR doubled the Đ; "đc", "đíc", "ö/c": "đ/c" as OCR reads it
UNIT = (
    r"(?:\s*(?:đồng\s*chí|đ/c|[^\W\d_]{1,2}\s*/\s*c(?![^\W\d_])|đ[ilíìịỉ1]?c(?![^\W\d_])"
    r"|đảng\s*viên|đ?đv|người))?"
)
SEP = r"\s*(?:là|có|gồm)?\s*[:\-–]?\s*"
NOT_REASON = r"(?!\s*(?:có\s*)?(?:" + REASON + r"|phép))"
# A number of full members or probationers only ("có 24 đảng viên chính thức"): not a total.
_NOT_KIND = (
    r"(?!\s*(?:\([^)]{0,30}\)\s*)?(?:đảng\s*viên|đv|đồng\s*chí|đ/c)?\s*(?:chính\s*thức|dự\s*bị))"
)

# (field, pattern, index of the count group, rule confidence); first match in the zone wins.
PATTERNS: list[tuple[str, re.Pattern[str], float]] = [
    (
        "total_members",
        re.compile(
            # "chín trên tổng số mười đảng viên": the total; not "26 trên tổng số 26 đồng chí
            # dự họp" / "giơ tay tán thành": the vote
            r"(?:(?<!trên\s)(?<!trong\s)|(?![^.;]{0,80}(?:biểu\s*quyết|tán\s*thành|nhất\s*trí|đồng\s*ý)))"
            r"tổng\s*số\s*(?:đảng\s*viên|đ?đv\.?|đảng(?=\s*\d))?"  # "Tổng số đảng 50" / "viên"
            # "của chỉ bệ:", "của c bộ:": "của chi bộ" as OCR garbled it
            r"(?:\s*(?:của|trong)?\s*chi\s*bộ|\s*của\s*[^\W\d_]{1,3}\s+[^\W\d_]{2}(?=\s*:))?"
            r"(?:\s*hiện\s*có)?" + SEP + N + r"(?!\s*/)"
            # "… trên tổng số 29 đồng chí biểu quyết", "24 trong tổng số 24 … tán thành": voters
            r"(?![^.;\n]{0,30}(?:biểu\s*quyết|tán\s*thành|nhất\s*trí|đồng\s*ý))"
        ),
        0.95,
    ),
    (
        "total_members",
        # "Chi bộ có 24 đảng viên", "CB có tất cả 35 ĐV"
        re.compile(
            r"(?:chi\s*bộ|cb)\s*(?:có|gồm|hiện\s*có)(?:\s*tất\s*cả)?\s*" + N + _NOT_KIND + UNIT
        ),
        0.85,
    ),
    ("total_members", re.compile(r"(?:đảng\s*viên|đv)\s*hiện\s*có" + SEP + N), 0.9),
    # "ĐV: 12. Miễn SH: 1. Có mặt: 9/11.": the label alone opening its line
    (
        "total_members",
        re.compile(r"(?<![^\n])\W{0,3}(?:đảng\s*viên|đv)\s*:\s*" + N + r"(?!\s*/)"),
        0.85,
    ),
    # "Số đảng viên: 11 - có mặt: 9 - …" (not "Số đảng viên có mặt: 9")
    ("total_members", re.compile(r"(?<![^\W\d_])số\s*(?:đảng\s*viên|đv)\s*:\s*" + N), 0.9),
    ("total_members", re.compile(r"(?:đảng\s*viên|đv)\s*toàn\s*chi\s*bộ" + SEP + N), 0.9),
    # "Đảng viên của chi bộ: 17 đồng chí", "Số đảng viên trong chi bộ: 17", "Đảng viên trong
    # danh sách: 29 đ/c"
    (
        "total_members",
        re.compile(
            r"(?:đảng\s*viên|đv)\s*(?:(?:của|trong|thuộc)\s*chi\s*bộ|trong\s*danh\s*sách(?:\s*chi\s*bộ)?)"
            + SEP
            + N
            + _NOT_KIND
        ),
        0.9,
    ),
    # "Quân số đảng viên: 17 đồng chí" (a unit's word for its strength)
    ("total_members", re.compile(r"quân\s*số(?:\s*(?:đảng\s*viên|đv))?" + SEP + N), 0.9),
    # "Tổng cộng 16 đảng viên" (a sum of members, not of money)
    (
        "total_members",
        re.compile(r"tổng\s*cộng\s*(?:có\s*)?" + N + r"\s*(?:đảng\s*viên|đồng\s*chí|đ/c)"),
        0.9,
    ),
    # "Sĩ số chi bộ: mười hai đảng viên", "Chi bộ hiện quản lý 33 đảng viên"
    ("total_members", re.compile(r"sĩ\s*số(?:\s*(?:chi\s*bộ|đảng\s*viên))?" + SEP + N), 0.9),
    (
        "total_members",
        re.compile(r"(?:chi\s*bộ|cb)\s*(?:hiện\s*)?quản\s*lý\s*" + N + _NOT_KIND + UNIT),
        0.85,
    ),
    (
        "exempt",
        re.compile(
            r"miễn\s*(?:công\s*tác\s*và\s*)?(?:sinh\s*ho[aạ]t?|sh)(?:\s*đảng)?(?:\s*\([^)]*\))?"
            + SEP
            + N
        ),
        0.95,
    ),
    # "2 đ/c được miễn"; not "— 22" / "Miễn sinh hoạt": a row's number above the next label
    ("exempt", re.compile(N + UNIT + r"[^\S\n]*(?:được\s*)?miễn"), 0.85),
    # "Một đ/c già yếu được miễn sinh hoạt": why, between the count and "được miễn"
    (
        "exempt",
        re.compile(N + UNIT.removesuffix("?") + r"(?:[^\S\n]+[^\W\d_]+){1,3}[^\S\n]+được\s*miễn"),
        0.8,
    ),
    (
        "present",
        re.compile(
            r"(?<!phải[^\S\n])(?<!không[^\S\n])(?:có\s*mặt|dự\s*họp|tham\s*dự|hiện\s*diện|đến\s*dự|đến\s*họp|đi\s*h[ọợ]p|dự\s*sinh\s*hoạt)"
            # "Có mặt tại buổi sinh hoạt chín đồng chí"
            r"(?:\s*tại\s*(?:buổi|cuộc|kỳ)\s*(?:sinh\s*hoạt|họp))?"
            + SEP
            + N
            + r"(?!\s*/)"
            + NOT_REASON
        ),
        0.95,
    ),
    # "13 đồng chí có mặt"; not "… 0 đ/c" / "Có mặt: 33/35": the next line's label, nor a
    # table row's number ("3 Có mặt 16 tỷ lệ 100%": a number opening its line has its unit)
    (
        "present",
        re.compile(
            r"(?:(?<=[^\n])|(?="
            + COUNT
            + UNIT.removesuffix("?")
            + r"))"
            + N
            + r"(?!\s*/)"
            + UNIT
            + r"[^\S\n]*(?:có\s*mặt|dự\s*họp|tham\s*dự|đi\s*h[ọợ]p|đến\s*họp)(?!\s*[:\-–])"
        ),
        0.85,
    ),
    ("absent", re.compile(r"vắng(?:\s*mặt)?" + SEP + N + NOT_REASON), 0.95),
    # "Không đến dự: 2 đồng chí", "không có mặt 1 đồng chí"
    ("absent", re.compile(r"không\s*(?:đến\s*dự|có\s*mặt|dự\s*họp)" + SEP + N + NOT_REASON), 0.9),
    # "vắng (2): …", "Đảng viên vắng mặt (một đồng chí):"
    ("absent", re.compile(r"vắng(?:\s*mặt)?\s*\(\s*" + N + UNIT + r"\s*\)"), 0.9),
    ("absent_excused", re.compile(r"(?:vắng\s*)?" + EXCUSED + r"\s*\)?" + SEP + N), 0.95),
    ("absent_excused", re.compile(N + UNIT + r"\s*\(?\s*(?:vắng\s*)?" + EXCUSED), 0.9),
    # "Vắng có lý do (03): đ/c …": the number in brackets before the list
    ("absent_excused", re.compile(r"vắng\s*" + EXCUSED + r"\s*\(\s*" + N + UNIT + r"\s*\)"), 0.9),
    (
        "absent_unexcused",
        re.compile(r"vắng\s*" + UNEXCUSED + r"\s*\(\s*" + N + UNIT + r"\s*\)"),
        0.9,
    ),
    ("absent_unexcused", re.compile(r"(?:vắng\s*)?" + UNEXCUSED + r"\s*\)?" + SEP + N), 0.95),
    ("absent_unexcused", re.compile(N + UNIT + r"\s*\(?\s*(?:vắng\s*)?" + UNEXCUSED), 0.9),
]
# Full members and probationers, label first ("chính thức 25, dự bị 2") or count first
# ("25 đảng viên chính thức và 2 đảng viên dự bị").
_KIND_UNIT = r"(?:\s*(?:đảng\s*viên|đv|đồng\s*chí|đ/c))?"
_MEMBER_KINDS = [
    re.compile(
        r"chính\s*thức\s*[:\-–]?\s*" + N + r"\s*[,;]?\s*(?:đ/c|đồng\s*chí)?\s*[,;]?\s*"
        r"(?:(?:đảng\s*viên|đv)\s*)?dự\s*bị\s*[:\-–]?\s*" + N
    ),
    re.compile(
        N + _KIND_UNIT + r"\s*chính\s*thức\s*(?:,|;|và)\s*" + N + _KIND_UNIT + r"\s*dự\s*bị"
    ),
]
_FRACTION_PRESENT = re.compile(
    r"(?:có\s*mặt|dự\s*họp|tham\s*dự|đến\s*họp|đi\s*họp|dự\s*sinh\s*hoạt|hiện\s*diện)\s*[:\-]?\s*(\d{1,4})\s*/\s*(\d{1,4})"
)


def _is_table_row_below(folded: str, match: re.Match[str]) -> bool:
    """Whether the count was read from the next line, a row of a table's numbers
    ("Vắng có lý do" / "13 0"): a header's label there, not a stated count."""
    if "\n" not in folded[match.start() : match.start(1)]:
        return False
    end = folded.find("\n", match.start(1))
    row = folded[match.start(1) : end if end >= 0 else len(folded)]
    return len(re.findall(r"\d+", row)) >= 2 and len(re.findall(r"[^\W\d_]{2,}", row)) <= 3


def find_stated(doc: Document, counts: Counts, zone: int) -> None:
    """Counts stated in sentences ("có mặt: 23 đ/c", "vắng 2 đồng chí có lý do")."""
    folded = without_restated(doc.folded[:zone])
    for name, pattern, confidence in PATTERNS:
        for match in pattern.finditer(folded):
            value = parse_count(match.group(1))
            if value == 0 and not _is_said_zero(folded, match):
                continue
            if value is None or _is_table_row_below(folded, match):
                continue
            if "\n" in folded[match.start() : match.start(1)] and not _ALONE.match(
                folded, match.end(1)
            ):
                continue  # "Vắng: một, có lý do" / "14 giờ 30 – …": a label's number is alone
            counts.put(name, Hit(value, match.start(), match.end(), confidence))
            break
    find_member_kinds(folded, counts)
    find_none_stated(folded, counts)
    m = _FRACTION_PRESENT.search(folded)
    if m:  # "có mặt: 26/29": present of those expected (total, or total less exempt)
        counts.put("present", Hit(int(m.group(1)), m.start(), m.end(), 0.9))
        if counts.value("exempt") in (None, 0):  # with none exempt, both readings agree
            counts.put("total_members", Hit(int(m.group(2)), m.start(), m.end(), 0.8))


_ALONE = re.compile(r"\s*(?:\(\s*[^()\n]{1,20}\s*\))?" + UNIT + r"\s*[.;,]?[^\S\n]*(?:\n|$)")
_CLAUSE_END = re.compile(r"\s*(?:[.;,)\n]|$|" + UNIT.strip("?") + r"|nào|ai)")
_REASON_AFTER = re.compile(r"\s*(?:" + EXCUSED + "|" + UNEXCUSED + ")")
_RESTATED = re.compile(r"(\d{1,3})\s*(\(\s*(" + COUNT + r")\s*\))")
_RESTATED_DIGITS = re.compile(r"(?<![^\W\d_])(" + COUNT + r")\s*(\(\s*(\d{1,3})\s*\))")


def without_restated(folded: str) -> str:
    """`folded` with what restates a number blanked out, at the same length: the words after
    digits ("vắng 3 (ba) đồng chí (2 (hai) có lý do") or the digits after words ("ba mươi ba
    (33) đảng viên")."""

    def blank(m: re.Match[str]) -> str:
        if parse_count(m.group(3)) != parse_count(m.group(1)):
            return m.group(0)
        return m.group(0)[: m.start(2) - m.start()] + " " * len(m.group(2))

    return _RESTATED_DIGITS.sub(blank, _RESTATED.sub(blank, folded))


def _is_said_zero(folded: str, match: re.Match[str]) -> bool:
    """Whether a count read as zero is one: a digit, or "không" closing its clause ("Vắng:
    không.", "vắng không đồng chí nào") -- not the "không" of a sentence going on ("các đồng
    chí dự họp không có ý kiến bổ sung")."""
    if any(ch.isdigit() for ch in match.group(1)):
        return True
    if _REASON_AFTER.match(folded, match.end(1)):
        return True  # "một có xin phép, không không xin phép": the count of those without
    return _CLAUSE_END.match(folded, match.end(1)) is not None


def find_member_kinds(folded: str, counts: Counts) -> None:
    """Full members and probationers added up ("(chính thức 25, dự bị 2)"): a second witness
    of the total, and the total itself when the roll call states none (inferred: see
    `Counts.members`)."""
    found = [m for pattern in _MEMBER_KINDS if (m := pattern.search(folded))]
    if not found:
        return
    kinds = min(found, key=lambda m: m.start())
    full, probation = parse_count(kinds.group(1)), parse_count(kinds.group(2))
    if full is None or probation is None:
        return
    counts.members = Hit(full + probation, kinds.start(), kinds.end(), 0.8, "kinds")
    if "total_members" not in counts.hits:
        counts.put("total_members", Hit(full + probation, kinds.start(), kinds.end(), 0.8, "kinds"))


def find_none_stated(folded: str, counts: Counts) -> None:
    """Counts of zero said in words: "không có đồng chí nào vắng mặt", "… được miễn …"."""
    for name, cue in (("absent", "none_absent"), ("exempt", "none_exempt")):
        m = re.search(load_rules().cue(cue), folded)
        if m is not None:
            counts.put(name, Hit(0, m.start(), m.end(), 0.9, "none"))

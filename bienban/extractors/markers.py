"""List items' markers ("1.", "(2)", "a)", "-", "Thứ nhất,", "NV1.") and the two decisions about a
list that every reader of one shares: what ends it (the vote, the close, the signatures) and the
decision added in the sentence after it ("Đồng thời, chi bộ giao chi ủy …")."""

from __future__ import annotations

import re
from functools import cache

from bienban.extractors.hits import Hit
from bienban.extractors.ruleset import load_rules
from bienban.extractors.text import Document, fold

PLAIN_ITEM_CHARS = (15, 400)  # the shortest and longest item a list's line may be

# A number OCR put a dash or specks before or a comma after ("-_1..Phối hợp", "-6, Phối hợp",
# "-_ 4.1. Giải quyết") is one; "1/" numbers too; spoken ordinals ("Một là, …", "Thứ nhất, …")
# come from the rules.
_MARKER_BODY = (
    r"^\s*(?:[°º˚'`]\s*(?=\())?(?:\((?P<pnum>\d{1,2})\)|(?:[-–—_]{1,2}\s*(?=\d{1,2}\.\d))?(?P<multi>\d{1,2}(?:\.\d{1,2})+\.?)"
    r"|(?:[-–—]\s*)?(?P<num>\d{1,2})(?:[.)]|[,/](?!\d)|[-–](?=\s))\.?"  # "1.", "1)", "1/", "1-"
    r"|(?:[-–—]\s*)?(?P<ordinal>{ordinal})\s*[,:.\-–]|(?P<dash>[-–—+•*·])"
    # "a)", "b/", "c-": a letter; "©)": "e)" as OCR reads it
    r"|\(?(?P<letter>[a-zđ©])(?:[.)/]|[-–](?=\s))|(?P<roman>[ivx]{1,4})[.)])\s*"
)


@cache
def marker_pattern() -> re.Pattern[str]:
    """A list item's marker at the start of folded text (see `_MARKER_BODY`)."""
    return re.compile(_MARKER_BODY.replace("{ordinal}", load_rules().cue("ordinal_marker")))


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


def list_addendum(doc: Document, index: int) -> Hit[str] | None:
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


def ends_list(folded: str, text: str) -> bool:
    """The vote, the close of the meeting or the signatures: no more items."""
    body = strip_marker(text)
    if len(body) > 3 and body.isupper():
        return True
    return bool(
        re.match(load_rules().cue("resolution_stop"), marker_pattern().sub("", folded, count=1))
    )

"""Counts written in digits or in Vietnamese words ("hai mươi bảy", "mười chín", "05")."""

from __future__ import annotations

import re

from bienban.extractors.ruleset import unmarked

_UNITS = {
    "không": 0,
    "một": 1,
    "mốt": 1,
    "hai": 2,
    "ba": 3,
    "bốn": 4,
    "tư": 4,
    "năm": 5,
    "lăm": 5,
    "nhăm": 5,
    "sáu": 6,
    "bảy": 7,
    "bẩy": 7,
    "tám": 8,
    "chín": 9,
}
_TENS = {"mười", "mươi"}
_HUNDRED = "trăm"
_ZERO_LINK = {"linh", "lẻ"}
_MARKED = {*_UNITS, *_TENS, _HUNDRED, *_ZERO_LINK}
# OCR may drop diacritics: the unmarked forms count too ("hai muoi tam").
NUMBER_WORDS = tuple(sorted(_MARKED | {unmarked(w) for w in _MARKED}, key=len, reverse=True))
_BY_UNMARKED = {
    unmarked(w): w
    for w in (
        "không",
        "một",
        "hai",
        "ba",
        "bốn",
        "năm",
        "sáu",
        "bảy",
        "tám",
        "chín",
        "trăm",
        "linh",
        "lẻ",
    )
} | {"tu": "tư", "bay": "bảy", "lam": "lăm", "nham": "nhăm"}
_WORD_ALT = "|".join(NUMBER_WORDS)
# Lower-case letters by the letter they are without marks ("ă", "ấ", … under "a"; "đ" under "d").
_LETTERS = "aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵdđ"
_BY_BASE: dict[str, str] = {}
for _letter in _LETTERS:
    _BY_BASE[unmarked(_letter)] = _BY_BASE.get(unmarked(_letter), "") + _letter


def _any_marks(word: str) -> str:
    """A pattern for `word` with any marks on its letters ("lăm" also as OCR's "lãm")."""
    return "".join(f"[{_BY_BASE[ch]}]" if ch in _BY_BASE else re.escape(ch) for ch in word)


# After a first number word, the next ones of the run may carry a wrong mark ("bốn mươi lãm"):
# alone, a word so loosely matched could be anything ("bà" is not "ba").
_LOOSE_ALT = "|".join(sorted({_any_marks(unmarked(w)) for w in _MARKED}, key=len, reverse=True))
# A count slot: digits, or a run of number words. Use on folded (lower-case) text.
COUNT = rf"(?:\d{{1,4}}(?!\d)(?![/.,]\d)|(?:{_WORD_ALT})(?:\s+(?:{_LOOSE_ALT}))*)(?![^\W\d_])"
COUNT_RE = re.compile(COUNT)


def words_to_int(words: list[str]) -> int | None:
    """Value of Vietnamese number words, e.g. ["hai", "mươi", "bảy"] -> 27; None if malformed."""
    if not words:
        return None
    total = 0
    if _HUNDRED in words:
        at = words.index(_HUNDRED)
        head = words_to_int(words[:at]) if at else 1
        if head is None or head > 9:
            return None
        total, words = head * 100, [w for w in words[at + 1 :] if w not in _ZERO_LINK]
        if not words:
            return total
    tens = _tens_value(words)
    return None if tens is None else total + tens


def _tens_value(words: list[str]) -> int | None:
    if len(words) == 1:
        word = words[0]
        if word == "mười":
            return 10
        return _UNITS.get(word) if word not in ("mốt", "lăm", "nhăm", "tư") else None
    if words[0] == "mười" and len(words) == 2:
        unit = _UNITS.get(words[1])
        return None if unit is None or words[1] == "mốt" else 10 + unit
    if len(words) in (2, 3) and words[1] in _TENS and words[0] in _UNITS:
        tens = _UNITS[words[0]]
        if tens < 2:
            return None
        if len(words) == 2:
            return tens * 10
        unit = _UNITS.get(words[2])
        return None if unit is None else tens * 10 + unit
    return None


def _marked(position: int, word: str) -> str:
    """A number word with its diacritics back ("muoi" -> "mười" first, "mươi" after)."""
    if word in _MARKED:
        return word
    if unmarked(word) != word:  # a wrong mark ("lãm"): read by its letters
        return _marked(position, unmarked(word))
    if word == "muoi":
        return "mười" if position == 0 else "mươi"
    if word == "mot":
        return "một" if position == 0 else "mốt"
    return _BY_UNMARKED.get(word, word)


def parse_count(token: str) -> int | None:
    """The value of one COUNT match (digits or number words); None when it is not a count."""
    token = token.strip()
    if token.isdigit():
        return int(token)
    words = [_marked(i, w) for i, w in enumerate(token.split())]
    while words:
        value = words_to_int(words)
        if value is not None:
            return value
        words = words[:-1]
    return None

"""Text normalisation after reading a page: Unicode NFC, one kind of space, no empty lines, one
tone-mark convention, and repairs of what OCR commonly misreads (rule data in
`rules/ocr_repairs.yaml`; confusable letters in numbers). The page keeps the text as read in
`raw_text` whenever normalisation changed it, as evidence.

Normalising twice changes nothing (tested as a property).
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache, cached_property
from pathlib import Path

from pydantic import BaseModel, Field, ValidationInfo, field_validator

from bienban.models import Page
from bienban.yamlfile import safe_load

RULES_FILE = Path(__file__).with_name("rules") / "ocr_repairs.yaml"
YEAR_SLOT = "<năm>"

_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u205f\u3000]+")
_CONTROL = re.compile(r"[\u0000-\u0008\u000b-\u001f\u007f\ufeff]")
_YEAR = re.compile(r"(19[4-9]\d|20\d\d)")
# Tone marks (combining, after NFD); the vowel marks (circumflex, breve, horn) are not tones.
_TONES = frozenset("\u0300\u0301\u0303\u0309\u0323")
# Old-style tone placement on a syllable-final "oa", "oe", "uy" ("hoà", "khoẻ", "thuỷ") moved to
# the first vowel ("hòa", "khỏe", "thủy"), the convention of current official documents.
_OLD_STYLE = re.compile(
    r"(?<![qQ])([oOuU])([aAeEyY])([\u0300\u0301\u0303\u0309\u0323])(?![\w\u0300-\u036f])"
)
# A number with a letter OCR confuses with a digit inside it ("2O24", "l5/3", "Z7").
_DIGIT_LOOKALIKES = {"O": "0", "o": "0", "l": "1", "|": "1", "Z": "2", "z": "2"}
_NUMBERISH = re.compile(r"^[0-9Oolz|Z]*\d[0-9Oolz|Z]*(?:[/:.\-,h][0-9Oolz|Z]+)*[.,;:)]?$")


class PhraseRepair(BaseModel):
    read: str
    means: str

    @field_validator("means")
    @classmethod
    def _same_length(cls, means: str, info: ValidationInfo) -> str:
        read = str(info.data.get("read", ""))
        if len(means.split()) != len(read.split()):
            raise ValueError(f"'{read}' and '{means}' must have as many words")
        return means


class OcrRepairs(BaseModel):
    version: int
    characters: dict[str, str] = Field(default_factory=dict)
    phrases: list[PhraseRepair] = Field(default_factory=list)

    @cached_property
    def by_first_word(self) -> dict[str, list[PhraseRepair]]:
        """The phrases by their first word (lower case), so a line is looked up, not scanned
        once per phrase."""
        index: dict[str, list[PhraseRepair]] = {}
        for phrase in self.phrases:
            index.setdefault(phrase.read.lower().split()[0], []).append(phrase)
        return index

    @field_validator("characters")
    @classmethod
    def _single_characters(cls, characters: dict[str, str]) -> dict[str, str]:
        for read, means in characters.items():
            if len(read) != 1 or len(means) != 1:
                raise ValueError(f"character repair '{read}' -> '{means}' must be one letter each")
        return characters


@cache
def load_repairs(path: Path = RULES_FILE) -> OcrRepairs:
    """The repair rules, validated (a broken rules file fails loudly at first use)."""
    return OcrRepairs.model_validate(safe_load(path.read_text(encoding="utf-8")))


def normalise_text(text: str) -> str:
    """NFC, unusual spaces and control characters folded, lines stripped, empty lines dropped,
    tone marks placed one way, and OCR misreadings repaired."""
    text = _clean(text)
    lines = repair_lines([line.split(" ") for line in text.split("\n")])
    joined = (" ".join(w for w in words if w) for words in lines)
    return "\n".join(line for line in joined if line)


def _clean(text: str) -> str:
    text = unicodedata.normalize("NFC", _CONTROL.sub("", text.replace("\r\n", "\n")))
    rules = load_repairs()
    if rules.characters:
        text = text.translate({ord(read): means for read, means in rules.characters.items()})
    lines = (_SPACES.sub(" ", line).strip() for line in text.split("\n"))
    return "\n".join(line for line in lines if line)


def repair_lines(lines: list[list[str]]) -> list[list[str]]:
    """The words of consecutive lines, each line repaired (`repair_words`), then the phrase
    misreadings that a line break cuts ("… giới thiệu chuyên đề: Phát huy tỉnh" / "thần tự
    học …") repaired across it. Each line keeps its words."""
    lines = [repair_words(words) for words in lines]
    longest = max((len(p.read.split()) for p in load_repairs().phrases), default=1)
    for above, below in zip(lines, lines[1:], strict=False):
        tail = [w for w in above if w][-(longest - 1) :] if longest > 1 else []
        if not tail or not below:
            continue
        joined = tail + below[: longest - 1]
        _repair_phrases(joined, starts=range(len(tail)))
        _put_back(above, joined[: len(tail)])
        below[: len(joined) - len(tail)] = joined[len(tail) :]
    return lines


def _put_back(words: list[str], tail: list[str]) -> None:
    """`tail` in place of the last non-empty words of `words`."""
    at = [i for i, w in enumerate(words) if w][-len(tail) :]
    for i, word in zip(at, tail, strict=True):
        words[i] = word


def repair_words(words: list[str]) -> list[str]:
    """One line's words with tone placement unified, numbers' look-alike letters read as digits,
    table rules read as "|" dropped ("" in their place) and the known phrase misreadings
    repaired (each word keeps its case)."""
    words = [_drop_rules(_fix_number(_one_tone_style(word))) for word in words]
    _repair_phrases(words, starts=range(len(words)))
    return words


def _repair_phrases(words: list[str], *, starts: range) -> None:
    index = load_repairs().by_first_word
    for start in starts:
        for phrase in index.get(_bare(words[start])[0].lower(), ()):
            _repair_phrase_at(words, start, phrase)


def _one_tone_style(word: str) -> str:
    if word.isascii():
        return word
    decomposed = unicodedata.normalize("NFD", word)
    if not any(mark in decomposed for mark in _TONES):
        return word
    moved = _OLD_STYLE.sub(lambda m: m.group(1) + m.group(3) + m.group(2), decomposed)
    return unicodedata.normalize("NFC", moved)


def _drop_rules(word: str) -> str:
    """A table's ruled line read as "|" is no text; one stuck to a word's end is cut off."""
    if any(c.isalnum() for c in word):
        return word.strip("|")
    return "" if "|" in word else word


def _fix_number(word: str) -> str:
    if (
        not any(c.isdigit() for c in word)
        or not _NUMBERISH.match(word)
        or not any(c in _DIGIT_LOOKALIKES for c in word)
    ):
        return word
    digits = sum(c.isdigit() for c in word)
    if digits < 2 and len(word) > 2:
        return word
    return "".join(_DIGIT_LOOKALIKES.get(c, c) for c in word)


def _repair_phrase_at(words: list[str], start: int, phrase: PhraseRepair) -> None:
    wanted = phrase.read.lower().split()
    window = words[start : start + len(wanted)]
    if len(window) == len(wanted) and all(
        _matches(word, want) for word, want in zip(window, wanted, strict=True)
    ):
        fixes = phrase.means.split()
        words[start : start + len(wanted)] = [
            _apply(word, fix) for word, fix in zip(window, fixes, strict=True)
        ]


def _bare(word: str) -> tuple[str, str]:
    """A word without the punctuation after it, and that punctuation."""
    core = word.rstrip(".,;:!?)\"'”")
    return core, word[len(core) :]


def _matches(word: str, wanted: str) -> bool:
    core, _ = _bare(word)
    if wanted == YEAR_SLOT:
        return bool(_YEAR.fullmatch(core))
    return core.lower() == wanted


def _apply(word: str, fix: str) -> str:
    if fix == YEAR_SLOT:
        return word
    core, tail = _bare(word)
    if core.isupper():
        fixed = fix.upper()
    elif core[:1].isupper():
        fixed = fix[:1].upper() + fix[1:]
    else:
        fixed = fix
    return fixed + tail


def normalise_page(page: Page) -> Page:
    """The page with its text and words normalised (a new object; the input is unchanged).
    Words are repaired line by line with the same rules as the text, so evidence quotes the
    repaired words; the text as read is kept in `raw_text` when anything changed."""
    lines: dict[int, list[int]] = {}
    texts = [_clean(w.text) for w in page.words]
    for index, word in enumerate(page.words):
        lines.setdefault(word.line, []).append(index)
    kept = [
        [i for i in indexes if texts[i] and " " not in texts[i] and "\n" not in texts[i]]
        for _, indexes in sorted(lines.items())
    ]
    repaired = repair_lines([[texts[i] for i in line] for line in kept])
    for line, line_words in zip(kept, repaired, strict=True):
        for i, repaired_word in zip(line, line_words, strict=True):
            texts[i] = repaired_word
    words = [
        w if t == w.text else w.model_copy(update={"text": t})
        for w, t in zip(page.words, texts, strict=True)
    ]
    text = normalise_text(page.text)
    raw_text = page.raw_text if page.raw_text is not None else page.text
    return page.model_copy(
        update={
            "text": text,
            "words": [w for w in words if w.text],
            "raw_text": raw_text if raw_text != text else None,
        }
    )

"""One name, several witnesses: the letter head in capitals, the body in lower case, the
signature block. OCR reads each a little differently (capitals lose their marks worst: "QUÂN
SỰ" read "QUẦN SỰ", "KHO BẠC" read "KHƠ BẠC"). These helpers find where the document writes a
name again, comparing letters without marks and tolerating a few OCR edits, and choose the
likeliest spelling word by word.
"""

from __future__ import annotations

import difflib
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz.distance import Levenshtein

from bienban.extractors.ruleset import unmarked
from bienban.extractors.text import fold

MIN_KEY = 6  # shorter names ("xóm 9") must be written exactly alike, after "Chi bộ"
EDITS_PER_LETTER = 1 / 6  # OCR edits allowed between two writings of a name
EXTRA_WORDS = 4  # words a witness may have beyond the name (a lost space, a dash)
CAPITALS_VOTE = 0.5  # the weight of a word in capitals when the document votes on a spelling
MIN_VOTES = 1.5  # a spelling outvotes a value's word only with more than one writing
_TOKEN = re.compile(r"\S+")
_EDGE = " ,.;:!?\"'“”()[]«»…-–—_¬`"


def squash(text: str) -> str:
    """`text`'s letters and digits only, without marks, in lower case: "Văn hóa - Thể" ->
    "vanhoathe". "đ" is a letter of its own, not a marked "d" ("dựng" is not "đựng")."""
    return "".join(ch for ch in unmarked(text.lower().replace("đ", "ð")) if ch.isalnum())


@dataclass(frozen=True)
class Token:
    """One whitespace-separated word of a text, with its squashed letters."""

    start: int
    end: int
    key: str


@lru_cache(maxsize=4)
def tokens(text: str) -> tuple[Token, ...]:
    return tuple(Token(m.start(), m.end(), squash(m.group(0))) for m in _TOKEN.finditer(text))


@dataclass(frozen=True)
class Witness:
    """Where the document writes a name again: `text[start:end]`, `edits` letters apart."""

    start: int
    end: int
    edits: int
    after_cue: bool  # right after a cue word of the kind ("Chi bộ X …")


def edit_budget(key: str) -> int:
    return max(1, int(len(key) * EDITS_PER_LETTER))


def find_witnesses(
    text: str,
    name: str,
    *,
    cue: re.Pattern[str] | None = None,
    accept: tuple[int, int] = (0, 10**9),
) -> list[Witness]:
    """Spans of `text` (starting inside `accept`) that write `name` again, within a few OCR
    edits of its letters without marks; numbers must be the same and a name's one-letter end
    ("An Quới B") too. `cue`, matched against the folded text before a span, marks the spans
    that follow a cue word (a "Chi bộ" before a cell's name). A short name ("xóm 9") is only
    found letter for letter after the cue. Best (fewest edits) first."""
    key = squash(name)
    words = [squash(w) for w in name.split() if squash(w)]
    short = len(key) < MIN_KEY
    if not words or (short and cue is None):
        return []
    budget = 0 if short else edit_budget(key)
    toks = tokens(text)
    found: list[Witness] = []
    for i, tok in enumerate(toks):
        if not accept[0] <= tok.start < accept[1]:
            continue
        after_cue = cue is not None and _follows_cue(text, tok.start, cue)
        if not (after_cue or (_is_anchor(tok.key, words[0]) and not short)):
            continue
        best = _best_end(toks, i, key, words, budget)
        if best is not None:
            last, edits = best
            if len(words[-1]) > 1 and _is_one_letter_end(text, toks, last):
                last += 1  # "THCS YÊN THỊNH" / "… Yên Thịnh A bắt đầu": the head lost the "A"
            found.append(Witness(tok.start, toks[last].end, edits, after_cue))
    return sorted(found, key=lambda w: (w.edits, not w.after_cue, w.start))


def _follows_cue(text: str, start: int, cue: re.Pattern[str]) -> bool:
    """Whether `cue` matches the 12 characters before `start`, in the fold of the whole text
    (folding keeps lengths, and one fold of the text is cheaper than one per word)."""
    return cue.search(fold(text)[max(0, start - 12) : start]) is not None


def _is_anchor(word: str, first: str) -> bool:
    """Whether `word` may open a writing of a name whose first word is `first` (or the start
    of it, when OCR lost a space: "TRUNGHƯNG" for "Trung Hưng")."""
    if len(first) <= 2 or len(word) <= 2:
        return word == first
    if first.startswith(word):
        return True
    return Levenshtein.distance(word, first, score_cutoff=1) <= 1


def _is_one_letter_end(text: str, toks: tuple[Token, ...], last: int) -> bool:
    """Whether the word after token `last` is a one-letter capital that ends a name ("Yên
    Thịnh A"), in the same phrase."""
    if last + 1 >= len(toks) or text[toks[last].end - 1] in ".,;:":
        return False
    word = text[toks[last + 1].start : toks[last + 1].end].rstrip(".,;:")
    return len(word) == 1 and word.isupper()


def _best_end(
    toks: tuple[Token, ...], i: int, key: str, words: list[str], budget: int
) -> tuple[int, int] | None:
    """(index of the last token, edits) of the closest writing of `key` that starts at token
    `i`."""
    acc = ""
    best: tuple[int, int] | None = None
    for j in range(i, min(len(toks), i + len(words) + EXTRA_WORDS)):
        acc += toks[j].key
        if len(acc) > len(key) + budget:
            break
        if len(acc) < len(key) - budget or not toks[j].key:
            continue
        edits = Levenshtein.distance(key, acc, score_cutoff=budget)
        if (
            edits <= budget
            and _same_marks(key, acc, words, toks[j].key)
            and (best is None or edits < best[1])
        ):
            best = (j, edits)
    return best


def _same_marks(key: str, other: str, words: list[str], last: str) -> bool:
    """The same numbers, and the same one-letter last word, in both writings."""
    digits = re.findall(r"\d+", key)
    if digits != re.findall(r"\d+", other):
        return False
    return len(words[-1]) > 1 or last.endswith(words[-1])


def tidy_span(text: str) -> str:
    """A witness's words without the punctuation at its ends."""
    return " ".join(text.split()).strip(_EDGE)


def merge_spelling(head: str, body: str, *, document: str) -> str:
    """The name as `body` writes it, except where a word's letters differ from `head`'s:
    there the spelling `document` uses more often (or the one the lexicon knows) wins."""
    head_words, body_words = head.split(), body.split()
    if squash(head) == squash(body):
        return body
    matcher = difflib.SequenceMatcher(
        None, [squash(w) for w in head_words], [squash(w) for w in body_words], autojunk=False
    )
    out: list[str] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "replace" and i2 - i1 == 1 and j2 - j1 == 1:
            out.append(_likelier(head_words[i1], body_words[j1], document))
        else:
            out.extend(body_words[j1:j2])
    return " ".join(out)


def _likelier(head: str, body: str, document: str) -> str:
    """`body`'s word or `head`'s (cased like `body`'s): the one `document` writes more often,
    else `body`'s (capitals lose their marks and letters to OCR more often) -- except that
    a "d" or "đ" of capitals is kept: lower case is where OCR adds a bar to "d" ("Xây đựng"
    for "XÂY DỰNG")."""
    cased = head.lower() if body[:1].islower() else head.capitalize()
    if _is_bar_only(head, body):
        return "".join(h if h.lower() in "dđ" else b for h, b in zip(cased, body, strict=True))
    counts = word_counts(document)
    ours, theirs = counts[fold(body.strip(_EDGE))], counts[fold(cased.strip(_EDGE))]
    return cased if theirs > ours else body


def _is_bar_only(head: str, body: str) -> bool:
    """Whether two writings of a word differ in "d"/"đ" (and marks) only."""
    return len(head) == len(body) and unmarked(head.lower()) == unmarked(body.lower())


@lru_cache(maxsize=4)
def word_counts(text: str) -> Counter[str]:
    """How often each word (folded, marks kept) occurs in `text`, capitals left out."""
    words = (m.group(0).strip(_EDGE) for m in _TOKEN.finditer(text))
    return Counter(fold(word) for word in words if not _is_capitals(word))


def majority_spelling(value: str, *, document: str, keep: int = 0) -> str:
    """`value` with each word written as `document` most often writes it in the same company:
    a word gives way to another spelling of the same letters without marks or bar ("Bắc" for
    "Bác", "dân" for "đân") that `document` writes more often between the same neighbours (or
    after, or before, the same neighbour, for the first and last words, and for a word only
    the letter head writes), and more than once (a word in capitals counts half). Company
    ends at punctuation and line ends. The first `keep` words are kept as they are (a
    canonical "Chi bộ")."""
    words = _words_in_company(value)
    spellings = _context_spellings(document)
    out = [raw for raw, _, _, _ in words]
    for index, (raw, key, left, right) in enumerate(words):
        core = raw.strip(_EDGE)
        if not key or not core or index < keep:
            continue
        votes = spellings.get((left or None, key, right or None), {})
        if set(votes) <= {fold(core)} and votes.get(fold(core), 0.0) <= CAPITALS_VOTE:
            votes = _one_side_votes(spellings, left or None, key, right or None)  # letter head
        if not votes:
            continue
        best = max(votes, key=lambda spelling: votes[spelling])
        if best != fold(core) and _outvotes(best, fold(core), votes):
            out[index] = raw.replace(core, _like_case(core, best))
    return " ".join(out)


_BOUNDARY = re.compile(r"[.,;:!?”\")]$")


def _words_in_company(text: str) -> list[tuple[str, str, str, str]]:
    """(word as written, its letters without marks, left neighbour, right neighbour) for
    each word of `text`; a neighbour is "" across punctuation or a line end."""
    matches = list(_TOKEN.finditer(text))
    cores = [fold(m.group(0).strip(_EDGE)) for m in matches]
    out = []
    for index, m in enumerate(matches):
        left = right = ""
        if index > 0 and _in_company(text, matches[index - 1], m):
            left = cores[index - 1]
        if index + 1 < len(matches) and _in_company(text, m, matches[index + 1]):
            right = cores[index + 1]
        out.append((m.group(0), loose_key(m.group(0)), left, right))
    return out


def _in_company(text: str, first: re.Match[str], second: re.Match[str]) -> bool:
    """Whether two neighbouring words belong to one phrase: no punctuation or line end
    between them."""
    return not _BOUNDARY.search(first.group(0)) and "\n" not in text[first.end() : second.start()]


Context = tuple[str | None, str, str | None]


@lru_cache(maxsize=4)
def _context_spellings(text: str) -> dict[Context, dict[str, float]]:
    """(left neighbour, word's letters without marks, right neighbour), also with one
    neighbour left out, -> how often each spelling of the word occurs there; a word in
    capitals, whose marks OCR reads worst, counts half."""
    table: dict[Context, dict[str, float]] = {}
    for raw, key, left, right in _words_in_company(text):
        if not key:
            continue
        word = raw.strip(_EDGE)
        weight = CAPITALS_VOTE if _is_capitals(word) else 1.0
        spelling = fold(word)
        contexts = {
            (left or None, key, right or None),
            (left or None, key, None),
            (None, key, right or None),
        }
        for context in contexts:
            if context[0] is None and context[2] is None:
                continue
            counts = table.setdefault(context, {})
            counts[spelling] = counts.get(spelling, 0.0) + weight
    return table


def _one_side_votes(
    spellings: dict[Context, dict[str, float]], left: str | None, key: str, right: str | None
) -> dict[str, float]:
    """The votes for a word after its left neighbour or before its right one."""
    votes: dict[str, float] = {}
    for context in ((left, key, None), (None, key, right)):
        if None in (context[0], context[2]) and context[0] != context[2]:
            for spelling, count in spellings.get(context, {}).items():
                votes[spelling] = max(votes.get(spelling, 0.0), count)
    return votes


def _outvotes(best: str, own: str, votes: dict[str, float]) -> bool:
    """Whether the spelling `best` outvotes the value's `own`: more votes, and more than one
    writing -- or one writing in lower case against capitals only, when the two differ in
    marks only (capitals keep the bar of "Đ" better than lower case does)."""
    if votes[best] <= votes.get(own, 0.0):
        return False
    if votes[best] >= MIN_VOTES:
        return True
    marks_only = squash(best) == squash(own)
    return marks_only and votes[best] >= 1.0 and votes.get(own, 0.0) <= CAPITALS_VOTE


def loose_key(text: str) -> str:
    """`text`'s letters and digits without marks, "đ" read as "d", in lower case."""
    return "".join(ch for ch in unmarked(text.lower()) if ch.isalnum())


@lru_cache(maxsize=4)
def _document_words(document: str) -> tuple[list[str], list[str]]:
    """The words of `document` (edge punctuation stripped) and the `loose_key` of each (the
    key of several words written together is the join of theirs)."""
    words = [m.group(0).strip(_EDGE) for m in _TOKEN.finditer(document)]
    return words, [loose_key(word) for word in words]


def name_spelling(name: str, *, document: str) -> str:
    """A person's `name` as `document` most often writes it: the writing of the whole name
    (the same letters without marks) that occurs at least twice and more often than `name`'s
    own ("Nguyễn Thanh Hựng" once, "Nguyễn Thanh Hưng" twice: the latter)."""
    key = loose_key(name)
    count = len(name.split())
    if count < 2:
        return name
    words, keys = _document_words(document)
    first = loose_key(name.split()[0])
    seen: Counter[str] = Counter()
    for start in range(len(words) - count + 1):
        if keys[start] == first and "".join(keys[start : start + count]) == key:
            written = " ".join(words[start : start + count])
            if not _is_capitals(written.replace(" ", "")):
                seen[fold(written)] += 1
    if not seen:
        return name
    best, votes = seen.most_common(1)[0]
    if best == fold(name) or votes < 2 or votes <= seen[fold(name)]:
        return name
    return " ".join(_like_case(w, b) for w, b in zip(name.split(), best.split(), strict=True))


def _is_capitals(word: str) -> bool:
    return word.isupper() and len(word) > 1


def _like_case(written: str, spelling: str) -> str:
    if written.isupper() and len(written) > 1:
        return spelling.upper()
    return spelling[:1].upper() + spelling[1:] if written[:1].isupper() else spelling

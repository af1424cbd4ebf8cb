"""People: the chair, the secretary, guests; names freed of honorifics and roles."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from bienban.extractors.hits import Hit
from bienban.extractors.ruleset import load_rules
from bienban.extractors.spelling import squash
from bienban.extractors.text import Document, fold, strip_marks

_VOWELS = set("aeiouy")
_PHRASE_END = re.compile(r"[.;:\n]|\s[-–—]\s(?=[A-ZĐ]?[a-zđ])|$")
# The full stop of a title before a name ("BS.", "ThS.", "TS."): a letter or two, capitalised.
_TITLE_DOT = re.compile(r"(?<=\b[A-ZĐ][a-zA-Z])\.(?= [A-ZĐ])|(?<=\b[A-ZĐ][a-z][A-Z])\.(?= [A-ZĐ])")
_VOWEL_RUN = re.compile(r"[aeiouy]+")
_SIGNATURE_SKIP = re.compile(r"^\(?\s*(?:đã\s*ký|ký|ghi\s*rõ|chữ\s*ký|dấu)", re.IGNORECASE)
SIGNATURE_LINES = 12


@dataclass(frozen=True)
class Token:
    text: str
    start: int


def _tokens(text: str) -> list[Token]:
    return [Token(m.group(0), m.start()) for m in re.finditer(r"[^\s,;:()\[\]\"“”.–—]+", text)]


def is_name_word(word: str) -> bool:
    """A capitalised word that can be part of a person's name (not an abbreviation)."""
    if not word or not word[0].isupper() or not word.replace("-", "").isalpha():
        return False
    # "BT", "CB", "ĐV", "HĐQT": abbreviations, not names
    bare = strip_marks(word).lower()
    if len(word) > 1 and word.isupper() and not _VOWELS & set(bare):
        return False
    return len(_VOWEL_RUN.findall(bare)) <= 1  # "Đạiđiện": two words OCR ran together


def _is_listed(word: str, listed: frozenset[str]) -> bool:
    """`word` is in `listed`, also when OCR dropped its diacritics ("Pho" for "Phó")."""
    folded = fold(word)
    if folded in listed:
        return True
    unmarked_roles = load_rules().role_unmarked
    return folded in unmarked_roles and unmarked_roles[folded] in listed


def is_role_start(word: str) -> bool:
    return _is_listed(word, load_rules().role_words)


def name_runs(text: str, *, longest: int = 6) -> Iterator[tuple[int, int]]:
    """Spans of `text` that look like a person's name: 2 to `longest` capitalised words."""
    tokens = _tokens(text)
    i = 0
    while i < len(tokens):
        if (
            not is_name_word(tokens[i].text)
            or (is_role_start(tokens[i].text) and not _is_surname_here(tokens, i))
            or _is_title_before_name(tokens, i)
        ):
            i += 1
            continue
        j = i + 1
        while (
            j < len(tokens)
            and is_name_word(tokens[j].text)
            and not _stops_run(tokens, j)
            and not text[tokens[j - 1].start + len(tokens[j - 1].text) : tokens[j].start].strip()
        ):
            j += 1
        if 2 <= j - i <= longest:
            last = tokens[j - 1]
            yield tokens[i].start, last.start + len(last.text)
        i = j


def _is_title_before_name(tokens: list[Token], i: int) -> bool:
    """A word in capitals before a name in mixed case: a degree or rank ("BSCKII Hồ Duy
    Quân"), or a signature's heading ("TRÌ Cao Anh Trí")."""
    word = tokens[i].text
    after = tokens[i + 1].text if i + 1 < len(tokens) else ""
    return len(word) > 1 and word.isupper() and is_name_word(after) and not after.isupper()


def _is_surname_here(tokens: list[Token], i: int) -> bool:
    """A role word that is also a family name, followed by two more name words: a name."""
    if fold(tokens[i].text) not in load_rules().surname_roles:
        return False
    following = tokens[i + 1 : i + 3]
    return len(following) == 2 and all(
        is_name_word(t.text) and not _is_listed(t.text, load_rules().role_stops) for t in following
    )


def _stops_run(tokens: list[Token], j: int) -> bool:
    """A role word inside a run ends the name ("Nguyễn Văn A Trưởng thôn"), and so does the
    cell's "Chi bộ" ("… Ngô Thanh Hùng Chi bộ hiện có …"; "Chi" alone is a given name)."""
    if j + 1 < len(tokens) and fold(f"{tokens[j].text} {tokens[j + 1].text}") == "chi bộ":
        return True
    return _is_listed(tokens[j].text, load_rules().role_stops)


def clean_name(phrase: str) -> tuple[str, int] | None:
    """The person's name in `phrase` ("đ/c Vũ Đức Mạnh - BT CB"), with its offset."""
    rules = load_rules()
    stripped = re.sub(rules.honorific + r"\s*", lambda m: " " * len(m.group(0)), fold(phrase))
    masked = "".join(o if s != " " else " " for o, s in zip(phrase, stripped, strict=True))
    runs = list(name_runs(masked))
    if not runs:
        return None
    surnames = rules.surnames
    known = [r for r in runs if fold(masked[r[0] : r[1]].split()[0]) in surnames]
    start, end = (known or runs)[0]
    return phrase[start:end], start


@cache
def _surname_by_letters() -> dict[str, str]:
    """Known family names by their letters without marks ("đinh" by "ðinh"), where only one
    has those letters ("la" and "lã" share theirs: neither)."""
    by_key: dict[str, list[str]] = {}
    for surname in load_rules().surnames:
        by_key.setdefault(squash(surname), []).append(surname)
    return {key: names[0] for key, names in by_key.items() if len(names) == 1}


def with_known_surname(name: str) -> str:
    """`name` with its family name spelled as known when OCR misread one of its marks ("Đỉnh
    Thế Hậu", "Định Duy Khang": "Đinh …", "Hưỳnh": "Huỳnh"); only a name of three words or
    more, whose first word is the family name whatever it reads, and only one mark apart (a
    family name not in the rules' list, "Tòng" beside "Tống", stays as written)."""
    words = name.split()
    first = fold(words[0]) if words else ""
    if len(words) < 3 or first in load_rules().surnames:
        return name
    known = _surname_by_letters().get(squash(first))
    if known is None or _marks_apart(first, known) != 1:
        return name
    return " ".join([known[:1].upper() + known[1:], *words[1:]])


def _marks_apart(word: str, other: str) -> int:
    """How many marks (tones, hooks, hats) two words of the same letters differ by."""
    if len(word) != len(other):
        return 99
    total = 0
    for a, b in zip(word, other, strict=True):
        marks_a = set(unicodedata.normalize("NFD", a)[1:])
        marks_b = set(unicodedata.normalize("NFD", b)[1:])
        total += len(marks_a ^ marks_b)
    return total


def _phrase_after(doc: Document, start: int) -> str:
    rest = doc.text[start : start + 160]
    m = _PHRASE_END.search(_TITLE_DOT.sub(" ", rest))  # "BS. Châu Thế Thành": no sentence end
    return rest[: m.start()] if m else rest


def find_labelled(doc: Document, labels: str) -> list[Hit[str]]:
    """Names after a label ("Chủ trì: đồng chí X", "Thư ký hội nghị: đ/c Y")."""
    rules = load_rules()
    pattern = re.compile(r"(?<![^\W\d_])" + labels + rules.cue("label_tail"))
    hits = []
    for m in pattern.finditer(doc.folded):
        if doc.paragraphs[doc.paragraph_at(m.start())].text.isupper():
            continue  # the signature block's "THƯ KÝ    CHỦ TRÌ"
        found = clean_name(_phrase_after(doc, m.end()))
        if found is not None:
            name, offset = found
            start = m.end() + offset
            hits.append(Hit(name, start, start + len(name), 0.95))
    return hits


def find_suffixed(doc: Document, verbs: str) -> list[Hit[str]]:
    """Names before a verb ("Đ/c X (Bí thư chi bộ) chủ trì", "Đồng chí Y làm thư ký")."""
    rules = load_rules()
    pattern = re.compile(
        rules.honorific
        + r"\s*([^.;:\n]{3,90}?)[^\S\n]*(?:[-–—,][^\S\n]*)?"
        + verbs
        + r"(?![^\W\d_])(?!"  # "… Đảng ủy, / Chủ trì hội nghị: …" is the next label
        + rules.cue("next_label_tail")
        + ")"
    )
    hits = []
    for m in pattern.finditer(doc.folded):
        at = _after_last_honorific(doc.folded, m.start(1), m.end(1))
        found = clean_name(doc.text[at : m.end(1)])
        if found is not None:
            name, offset = found
            start = at + offset
            hits.append(Hit(name, start, start + len(name), 0.85))
    return hits


def _after_last_honorific(folded: str, start: int, end: int) -> int:
    """Where the person named right before a verb begins: after the last honorific between
    `start` and `end` ("Đồng chí A - Bí thư chủ trì, đồng chí B ghi biên bản": B)."""
    last = start
    for m in re.finditer(load_rules().honorific + r"\s+", folded[start:end]):
        if m.start() > 0:
            last = start + m.end()
    return last


def find_role(doc: Document, *, label_cue: str, suffix_cue: str) -> Hit[str] | None:
    """The first person named for a role, by label or by verb."""
    rules = load_rules()
    hits = find_labelled(doc, rules.cue(label_cue)) + find_suffixed(doc, rules.cue(suffix_cue))
    if not hits:
        return None
    return min(hits, key=lambda h: h.start)


def signature_names(doc: Document) -> dict[str, Hit[str]]:
    """Names under "THƯ KÝ" and "CHỦ TRÌ"/"BÍ THƯ" in the signature block at the end."""
    rules = load_rules()
    roles = {
        "secretary": re.compile(rules.cue("signature_secretary")),
        "chair": re.compile(rules.cue("signature_chair")),
    }
    labels: list[str] = []
    names: list[Hit[str]] = []
    tail = max(0, len(doc.paragraphs) - SIGNATURE_LINES)
    for index in range(tail, len(doc.paragraphs)):
        text, start = doc.paragraphs[index].text, doc.starts[index]
        folded = doc.folded_paragraph(index)
        cut = _capitals_end(text)  # "THƯ KÝ … CHỦ TRÌ … Lưu Khắc Hùng Lý Quốc Thế Định"
        found = _signature_roles(text[:cut].rstrip(), folded[:cut].rstrip(), roles)
        if found:
            for role in found:
                if not labels or labels[-1] != role or names:  # "T/M CHI BỘ" over "BÍ THƯ"
                    labels.append(role)
        if labels and (not found or cut < len(text)):
            rest = text[cut:]
            for lo, hi in _bare_names(rest):
                for a, b in split_side_by_side(rest, lo, hi, body=doc.text):
                    names.append(Hit(rest[a:b], start + cut + a, start + cut + b, 0.8))
    return _pair_labels(labels, names)


def _capitals_end(text: str) -> int:
    """Where the words in capitals that open `text` end (0 when it opens with another word;
    its length when it is all capitals): a signature's labels read on one line with the
    names below them."""
    for m in re.finditer(r"\S+", text):
        if not m.group(0).isupper():
            return m.start()
    return len(text)


SIDE_BY_SIDE_WORDS = 5  # a run of this many name words may be two signatures on one line


def split_side_by_side(text: str, lo: int, hi: int, *, body: str = "") -> list[tuple[int, int]]:
    """The span `lo`..`hi` of a signature line as two names when OCR read the two columns'
    names as one run ("Đỗ Trọng Thành Mai Thanh Kiên"): split before the family name that
    leaves two to four words on each side; first the split whose names `body` (the document's
    text) writes as whole names elsewhere ("Phạm Thị Ngọc Đào | Ngô Bá Điền", not "… Ngọc |
    Đào Ngô …"), then the most even."""
    words = list(re.finditer(r"\S+", text[lo:hi]))
    if len(words) < SIDE_BY_SIDE_WORDS:
        return [(lo, hi)]
    surnames = load_rules().surnames
    cuts = [
        at
        for at in range(2, len(words) - 1)
        if fold(words[at].group(0)) in surnames and at <= 4 and len(words) - at <= 4
    ]
    if not cuts:
        return [(lo, hi)]

    def written(cut: int) -> int:
        left = text[lo : lo + words[cut - 1].end()]
        right = text[lo + words[cut].start() : hi]
        return sum(_is_whole_name_in(body, part) for part in (left, right))

    at = min(cuts, key=lambda cut: (-written(cut), abs(len(words) - 2 * cut)))
    return [(lo, lo + words[at - 1].end()), (lo + words[at].start(), hi)]


def _is_whole_name_in(body: str, name: str) -> bool:
    """Whether `body` writes `name` as a whole name: no capitalised word right after it."""
    for m in re.finditer(re.escape(name), body):
        after = re.match(r"\s+(\S)", body[m.end() : m.end() + 4])
        if after is None or not after.group(1).isupper():
            return True
    return False


def _signature_roles(text: str, folded: str, roles: dict[str, re.Pattern[str]]) -> list[str]:
    """The roles a signature label line names, left to right ("THƯ KÝ      CHỦ TRÌ": both
    columns on one line)."""
    if len(text) > 70 or not (text.isupper() or _only_roles(folded, roles)):
        return []
    found = []
    for role, pattern in roles.items():
        m = pattern.search(folded)
        if m:
            found.append((m.start(), role))
    if len(text) > 40 and len(found) < 2:
        return []
    return [role for _, role in sorted(found)]


def _only_roles(folded: str, roles: dict[str, re.Pattern[str]]) -> bool:
    """A label line not in capitals that holds only roles ("Thư ký      Bí thư chi bộ")."""
    rest = folded
    for pattern in roles.values():
        rest = pattern.sub(" ", rest)
    rest = re.sub(r"chi\s*bộ|cuộc\s*họp|hội\s*nghị|buổi\s*sinh\s*hoạt|[\W_]", " ", rest)
    return rest.strip() == "" and rest != folded


def _bare_names(text: str) -> list[tuple[int, int]]:
    """Spans of the names a signature line holds (one, or two side by side), when the line
    is names and OCR specks only."""
    if _SIGNATURE_SKIP.match(text.strip()) or len(text) > 70:
        return []
    runs = list(name_runs(text, longest=2 * SIDE_BY_SIDE_WORDS - 2))  # two names side by side
    if not runs or len(runs) > 2:
        return []
    rest = text[: runs[0][0]] + " " + text[runs[0][1] : runs[-1][0]] + " " + text[runs[-1][1] :]
    return runs if _is_specks(rest) else []


def _is_specks(text: str) -> bool:
    """Only marks and stray letters (at most three to a word) between or around names."""
    return all(len(word) <= 3 for word in re.findall(r"[^\W\d_]+", text))


def _pair_labels(labels: list[str], names: list[Hit[str]]) -> dict[str, Hit[str]]:
    """Labels and names in reading order: the k-th label signs the k-th name."""
    labels = labels[-len(names) :] if len(labels) > len(names) and names else labels
    paired: dict[str, Hit[str]] = {}
    for role, name in zip(labels, names, strict=False):
        paired.setdefault(role, name)
    return paired


def find_guests(doc: Document) -> list[Hit[str]]:
    """Named people attending from outside the chi bộ (khách mời, đại biểu, cấp ủy cấp trên)."""
    rules = load_rules()
    hits = []
    label = re.compile(  # "Đại biểu tham dự (nếu có): …"
        r"(?<![^\W\d_])"
        + rules.cue("guest_label")
        + r"(?:\s*\([^)]{0,20}\))?\s*(?:có\s*)?[:\-–]\s*"
    )
    intro = re.compile(
        r"(?<![^\W\d_])"
        + rules.cue("guest_intro")
        + r"\s*:?\s*(?="
        + rules.honorific
        + r"|(?:ông|bà)\s+[^\W\d_])"  # "Dự họp có: Bà …"
    )
    for m in [*label.finditer(doc.folded), *intro.finditer(doc.folded)]:
        if not _is_member_context(doc.folded[max(0, m.start() - 30) : m.start()]):
            hits.extend(_names_in_list(doc, m.end()))
    suffix = re.compile(
        rules.honorific
        + r"\s*([^.;:\n]{3,120}?)\s*,\s*"
        + rules.cue("guest_suffix")
        + r"(?![^\W\d_])"
    )
    for m in suffix.finditer(doc.folded):
        if _is_member_context(doc.folded[max(0, m.start() - 30) : m.start()]):
            continue
        found = clean_name(doc.text[m.start(1) : m.end(1)])
        if found is not None and found[1] == 0:
            start = m.start(1)
            hits.append(Hit(found[0], start, start + len(found[0]), 0.75))
    return _unique(hits)


def _is_member_context(before: str) -> bool:
    return bool(re.search(r"(?:vắng|có\s*mặt|chủ\s*trì|thư\s*ký)[^.\n]*\Z", before))


def _names_in_list(doc: Document, start: int) -> list[Hit[str]]:
    segment = doc.text[start : start + 300]
    end = re.search(r"\.\s|\n|$", segment)  # the list ends with its sentence or its paragraph
    segment = segment[: end.start()] if end else segment
    hits = []
    for part in re.split(r";|\s(?:và)\s|,\s*(?=(?:đồng chí|đ/c|Đồng chí|Đ/c|ông|bà)\s)", segment):
        found = clean_name(part)
        if found is not None:
            offset = start + segment.find(part) + found[1]
            hits.append(Hit(found[0], offset, offset + len(found[0]), 0.85))
    return hits


def _unique(hits: list[Hit[str]]) -> list[Hit[str]]:
    seen: set[str] = set()
    out = []
    for hit in sorted(hits, key=lambda h: h.start):
        key = fold(hit.value)
        if key not in seen:
            seen.add(key)
            out.append(hit)
    return out

"""`bienban evaluate TRUTH.jsonl OUTPUT.jsonl`: per-field accuracy of records against truth.

Rules (documented in the README, "Evaluation"):
- Documents are paired by `source.sha256`, else by the file name of `source.path`. A truth
  document with no output record counts as wrong on every field.
- Scalar fields and each attendance count: exact match after NFC, case-folding, space
  collapsing and trimming of surrounding punctuation; for names (chair, secretary, guests) the
  honorifics ("đồng chí", "đ/c", "đc") are removed first. `guests` matches when the sets of
  names are equal (null and [] are the same: nobody named). `vote` matches when agree and
  total both match.
- `topics`: micro-averaged F1 over all documents.
- `resolutions`: an output item matches a truth item when their token F1 ≥ 0.6 (one-to-one,
  best first); precision and recall micro-averaged over all documents.
- overall field accuracy: the mean over every (document, scalar or attendance field) pair.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bienban.errors import InputNotFoundError
from bienban.models.record import SCALAR_FIELDS

ATTENDANCE_FIELDS = (
    "total_members",
    "exempt",
    "present",
    "absent_excused",
    "absent_unexcused",
    "guests",
)
NAME_FIELDS = frozenset({"chair", "secretary"})
RESOLUTION_MATCH_F1 = 0.6

_HONORIFIC = re.compile(r"^(?:đồng\s+chí|đ\s*/\s*c|đc)\.?\s+", re.IGNORECASE)
_EDGE_PUNCT = " \t\n.,;:!?\"'“”‘’()[]-–—"
_TOKEN = re.compile(r"\w+")


@dataclass
class Evaluation:
    """Per-field results; `correct[f]`/`total[f]` is the accuracy of field f."""

    correct: Counter[str] = field(default_factory=Counter)
    total: Counter[str] = field(default_factory=Counter)
    topics: Counter[str] = field(default_factory=Counter)  # tp, fp, fn
    resolutions: Counter[str] = field(default_factory=Counter)  # matched, predicted, expected
    documents: Counter[str] = field(default_factory=Counter)  # truth, matched, missing, extra
    mismatches: list[tuple[str, str, Any, Any]] = field(
        default_factory=list
    )  # doc, field, exp, got

    def accuracy(self, name: str) -> float:
        return self.correct[name] / self.total[name] if self.total[name] else 0.0

    @property
    def overall(self) -> float:
        total = sum(self.total.values())
        return sum(self.correct.values()) / total if total else 0.0

    @property
    def topics_f1(self) -> float:
        return _f1(self.topics["tp"], self.topics["fp"], self.topics["fn"])

    @property
    def resolutions_precision(self) -> float:
        return _ratio(self.resolutions["matched"], self.resolutions["predicted"])

    @property
    def resolutions_recall(self) -> float:
        return _ratio(self.resolutions["matched"], self.resolutions["expected"])

    def as_dict(self) -> dict[str, Any]:
        fields = {name: self.accuracy(name) for name in self.total}
        return {
            "documents": dict(self.documents),
            "fields": fields,
            "topics_micro_f1": self.topics_f1,
            "resolutions_precision": self.resolutions_precision,
            "resolutions_recall": self.resolutions_recall,
            "overall_field_accuracy": self.overall,
        }


def _ratio(numerator: int, denominator: int) -> float:
    return numerator / denominator if denominator else 1.0


def _f1(tp: int, fp: int, fn: int) -> float:
    return 2 * tp / (2 * tp + fp + fn) if (tp + fp + fn) else 1.0


def load_jsonl(path: Path) -> list[dict[str, Any]]:
    if not path.is_file():
        raise InputNotFoundError(f"Không tìm thấy tệp '{path}': kiểm tra lại đường dẫn.")
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def evaluate_files(truth_path: Path, output_path: Path) -> Evaluation:
    return evaluate_records(load_jsonl(truth_path), load_jsonl(output_path))


def evaluate_records(
    truth: Sequence[dict[str, Any]], output: Sequence[dict[str, Any]]
) -> Evaluation:
    """Compare every truth record with its output record (paired by sha256, else file name)."""
    result = Evaluation()
    by_sha = {_source(r, "sha256"): r for r in output if _source(r, "sha256")}
    by_name = {Path(_source(r, "path") or "").name: r for r in output}
    matched_ids: set[int] = set()
    for expected in truth:
        actual = by_sha.get(_source(expected, "sha256")) or by_name.get(
            Path(_source(expected, "path") or "").name
        )
        result.documents["truth"] += 1
        result.documents["matched" if actual is not None else "missing"] += 1
        if actual is not None:
            matched_ids.add(id(actual))
        _score_document(result, expected, actual)
    result.documents["extra"] = sum(1 for r in output if id(r) not in matched_ids)
    return result


def _source(record: dict[str, Any], key: str) -> str | None:
    source = record.get("source") or {}
    value = source.get(key)
    return str(value) if value is not None else None


def _score_document(
    result: Evaluation, expected: dict[str, Any], actual: dict[str, Any] | None
) -> None:
    document = _source(expected, "path") or "?"
    for name in SCALAR_FIELDS:
        got = None if actual is None else actual.get(name)
        _count(result, document, name, expected.get(name), got, missing=actual is None)
    expected_att = expected.get("attendance") or {}
    actual_att = (actual or {}).get("attendance") or {}
    for name in ATTENDANCE_FIELDS:
        key = f"attendance.{name}"
        got = actual_att.get(name)
        _count(result, document, key, expected_att.get(name), got, missing=actual is None)
    _score_topics(result, expected.get("topics") or [], (actual or {}).get("topics") or [])
    _score_resolutions(
        result, expected.get("resolutions") or [], (actual or {}).get("resolutions") or []
    )


def _count(
    result: Evaluation, document: str, name: str, expected: Any, actual: Any, *, missing: bool
) -> None:
    result.total[name] += 1
    if not missing and canonical(name, expected) == canonical(name, actual):
        result.correct[name] += 1
    else:
        result.mismatches.append((document, name, expected, "(missing)" if missing else actual))


def canonical(name: str, value: Any) -> Any:
    """The comparable form of a field's value (see the module docstring)."""
    if name.endswith("guests"):
        return frozenset(normalise_name(v) for v in value or [])
    if name == "vote":
        return None if not value else (value.get("agree"), value.get("total"))
    if isinstance(value, str):
        return normalise_name(value) if name in NAME_FIELDS else normalise_value(value)
    return value


def normalise_value(text: str) -> str:
    text = unicodedata.normalize("NFC", text).casefold()
    return " ".join(text.split()).strip(_EDGE_PUNCT)


def normalise_name(text: str) -> str:
    text = normalise_value(text)
    while (stripped := _HONORIFIC.sub("", text)) != text:
        text = stripped
    return text.strip(_EDGE_PUNCT)


def _score_topics(result: Evaluation, expected: Iterable[str], actual: Iterable[str]) -> None:
    truth, found = set(expected), set(actual)
    result.topics["tp"] += len(truth & found)
    result.topics["fp"] += len(found - truth)
    result.topics["fn"] += len(truth - found)


def _score_resolutions(result: Evaluation, expected: list[str], actual: list[str]) -> None:
    result.resolutions["expected"] += len(expected)
    result.resolutions["predicted"] += len(actual)
    result.resolutions["matched"] += count_matches(expected, actual)


def count_matches(expected: list[str], actual: list[str]) -> int:
    """One-to-one matches with token F1 ≥ 0.6, best pairs first."""
    pairs = sorted(
        ((token_f1(e, a), i, j) for i, e in enumerate(expected) for j, a in enumerate(actual)),
        reverse=True,
    )
    used_expected: set[int] = set()
    used_actual: set[int] = set()
    for score, i, j in pairs:
        if score < RESOLUTION_MATCH_F1:
            break
        if i not in used_expected and j not in used_actual:
            used_expected.add(i)
            used_actual.add(j)
    return len(used_expected)


def token_f1(expected: str, actual: str) -> float:
    """F1 of the two strings' word multisets (NFC, case-folded)."""
    truth = Counter(_TOKEN.findall(normalise_value(expected)))
    found = Counter(_TOKEN.findall(normalise_value(actual)))
    common = sum((truth & found).values())
    if common == 0:
        return 0.0
    precision, recall = common / sum(found.values()), common / sum(truth.values())
    return 2 * precision * recall / (precision + recall)


def format_mismatches(evaluation: Evaluation) -> str:
    """Every wrong field, one line each: document, field, expected, got."""
    return "\n".join(
        f"{document}  {name}: expected {expected!r}, got {actual!r}"
        for document, name, expected, actual in evaluation.mismatches
    )


def format_table(evaluation: Evaluation) -> str:
    """The per-field table as aligned plain text."""
    docs = evaluation.documents
    lines = [
        f"documents: {docs['truth']} expected, {docs['matched']} matched, "
        f"{docs['missing']} missing, {docs['extra']} not in truth",
        "",
        f"{'field':<30} {'accuracy':>9} {'correct':>9}",
        "-" * 50,
    ]
    for name in (*SCALAR_FIELDS, *(f"attendance.{n}" for n in ATTENDANCE_FIELDS)):
        if evaluation.total[name]:
            lines.append(
                f"{name:<30} {evaluation.accuracy(name):>9.3f} "
                f"{evaluation.correct[name]:>4}/{evaluation.total[name]:<4}"
            )
    lines += [
        "-" * 50,
        f"{'topics micro-F1':<30} {evaluation.topics_f1:>9.3f}",
        f"{'resolutions precision':<30} {evaluation.resolutions_precision:>9.3f} "
        f"{evaluation.resolutions['matched']:>4}/{evaluation.resolutions['predicted']:<4}",
        f"{'resolutions recall':<30} {evaluation.resolutions_recall:>9.3f} "
        f"{evaluation.resolutions['matched']:>4}/{evaluation.resolutions['expected']:<4}",
        f"{'overall field accuracy':<30} {evaluation.overall:>9.3f}",
    ]
    return "\n".join(lines)

"""The eight shared sample minutes through `extract_fields`, with a per-field accuracy table."""

from __future__ import annotations

import json
import logging
import time
from pathlib import Path
from typing import Any

import pytest

from bienban.corpus.markup import BlockKind, parse_markup, to_plain_text
from bienban.extractors import extract_fields
from bienban.models import Page

SAMPLES = Path(__file__).resolve().parents[3] / "shared" / "samples"
ATTENDANCE = ("total_members", "exempt", "present", "absent_excused", "absent_unexcused", "guests")
FIELDS = (
    "branch",
    "parent_committee",
    "meeting_type",
    "date",
    "start_time",
    "end_time",
    "duration_minutes",
    "location",
    "chair",
    "secretary",
    *ATTENDANCE,
    "topics",
    "thematic_title",
    "resolutions",
    "speakers",
    "vote",
)
# The minimum, asserted at a bar that leaves room for a miss or two.
MINIMUM = (
    "date",
    "start_time",
    "end_time",
    "duration_minutes",
    "meeting_type",
    "chair",
    "secretary",
    "total_members",
    "exempt",
    "present",
    "absent_excused",
    "absent_unexcused",
)
MIN_ACCURACY = 0.75

logger = logging.getLogger(__name__)
pytestmark = pytest.mark.skipif(not SAMPLES.is_dir(), reason="shared samples not available")


def _get(record: dict[str, Any], key: str) -> Any:
    return record["attendance"][key] if key in ATTENDANCE else record.get(key)


def _same(expected: Any, got: Any, key: str) -> bool:
    if isinstance(expected, str) and isinstance(got, str):
        return expected.casefold() == got.casefold()
    if key == "topics":
        return set(expected) == set(got)
    return bool(expected == got)


def _wrap(text: str, width: int) -> list[str]:
    lines, line = [], ""
    for word in text.split():
        if line and len(line) + len(word) + 1 > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    return [*lines, line] if line else lines


def as_scanned(markup: str, *, width: int = 75) -> str:
    """The text as a column-blind reader gives it: a left column, then the right; lines wrapped."""
    lines: list[str] = []
    run: list[tuple[str, ...]] = []
    for block in [*parse_markup(markup), None]:
        if block is not None and block.kind is BlockKind.COLUMNS:
            run.append(block.cells)
            continue
        for side in (0, 1):
            lines += [cells[side] for cells in run if len(cells) > side and cells[side]]
        run = []
        if block is not None and block.kind is not BlockKind.SPACE:
            lines += _wrap(block.text, width)
    return "\n".join(lines)


def run_samples(*, scanned: bool = False) -> tuple[dict[str, int], int, float]:
    """Matches per field over the samples, the number of samples, and ms per document."""
    matches = dict.fromkeys(FIELDS, 0)
    files = sorted(SAMPLES.glob("*.txt"))
    elapsed = 0.0
    for path in files:
        expected = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
        markup = path.read_text(encoding="utf-8")
        page = Page(number=1, text=as_scanned(markup) if scanned else to_plain_text(markup))
        began = time.process_time()  # CPU time: a busy machine does not slow it
        got = extract_fields([page]).model_dump(mode="json")
        elapsed += time.process_time() - began
        for key in FIELDS:
            matches[key] += _same(_get(expected, key), _get(got, key), key)
    return matches, len(files), 1000 * elapsed / max(1, len(files))


@pytest.mark.parametrize("scanned", [False, True], ids=["plain", "columns-and-wrapped"])
def test_samples_per_field_accuracy(capsys: pytest.CaptureFixture[str], scanned: bool) -> None:
    matches, count, ms = run_samples(scanned=scanned)
    table = "\n".join(f"{key:18} {matches[key]}/{count}" for key in FIELDS)
    kind = "column blocks, wrapped lines" if scanned else "plain text"
    with capsys.disabled():
        print(f"\nper-field matches on {count} samples, {kind} ({ms:.1f} ms/document):\n{table}")
    weak = [key for key in MINIMUM if matches[key] < MIN_ACCURACY * count]
    assert not weak, f"below {MIN_ACCURACY:.0%}: {weak}\n{table}"


def test_extraction_is_fast() -> None:
    _, count, ms = run_samples()
    assert count == 0 or ms < 50, f"{ms:.1f} ms per one-page document"

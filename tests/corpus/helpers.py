"""What the corpus tests share: a generated corpus's truth, and a held-out family's minutes."""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bienban.corpus.content import draw_facts, make_minutes
from bienban.corpus.facts import Facts, expected_record

WriteMinutes = Callable[..., str]  # a held-out module's write_minutes(facts, rng, family=...)


def read_truth(out: Path) -> list[dict[str, Any]]:
    """The expected records of a corpus generated into `out`."""
    lines = (out / "truth.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines]


def heldout_case(
    write_minutes: WriteMinutes, seed: int, family: str
) -> tuple[Facts, str, dict[str, Any]]:
    """The facts, the layout-marked minutes and the expected record of one seed's meeting."""
    rng = random.Random(seed)
    facts = draw_facts(rng)
    markup = write_minutes(facts, rng, family=family)
    return facts, markup, expected_record(facts)


def assert_written_deterministically(write_minutes: WriteMinutes, family: str) -> None:
    """`make_minutes` gives the same minutes for a seed, other minutes for another seed, and
    exactly what the family's own writer gives."""
    first = make_minutes(random.Random(3), family=family)
    assert first == make_minutes(random.Random(3), family=family)
    assert first != make_minutes(random.Random(4), family=family)
    _, markup, record = heldout_case(write_minutes, 3, family)
    assert first == (markup, record)

"""The rule files load, validate, and reject bad content."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from bienban.extractors import EXTRACTOR_VERSION
from bienban.extractors.ruleset import RULES_DIR, load_rules
from bienban.models import TOPIC_LABELS


def test_rules_load_and_cover_topics() -> None:
    rules = load_rules()
    assert rules.version and EXTRACTOR_VERSION
    assert set(rules.topics) <= set(TOPIC_LABELS)
    assert all(len(a) == len(b) for a, b in rules.ocr_fixes)


def _copy_rules(tmp_path: Path, **changes: object) -> Path:
    cues = yaml.safe_load((RULES_DIR / "cues.yaml").read_text(encoding="utf-8"))
    topics = yaml.safe_load((RULES_DIR / "topics.yaml").read_text(encoding="utf-8"))
    for key, value in changes.items():
        if key == "topics":
            topics["topics"] = value
        else:
            cues[key] = value
    (tmp_path / "cues.yaml").write_text(yaml.safe_dump(cues, allow_unicode=True), encoding="utf-8")
    (tmp_path / "topics.yaml").write_text(
        yaml.safe_dump(topics, allow_unicode=True), encoding="utf-8"
    )
    return tmp_path


@pytest.mark.parametrize(
    "change",
    [
        {"topics": {"not_a_label": ["x"]}},
        {"topics": {"plan": ["(unclosed"]}},
        {"ocr_fixes": [["abc", "ab"]]},
    ],
)
def test_bad_rules_are_rejected(tmp_path: Path, change: dict[str, object]) -> None:
    with pytest.raises(ValueError):
        load_rules(_copy_rules(tmp_path, **change))

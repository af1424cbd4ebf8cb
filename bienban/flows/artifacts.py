"""What a run shows in Prefect's UI: a table of the documents (status, level, warnings) and a
markdown summary."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from prefect.artifacts import create_markdown_artifact, create_table_artifact

from bienban.inbox.handle import Outcome
from bienban.inbox.summary import outcome_rows, summary_markdown


def publish_artifacts(
    outcomes: Sequence[Outcome],
    *,
    key: str,
    title: str,
    seconds: float,
    reports: Sequence[Path] = (),
) -> None:
    """The run's table of documents and its summary, under `<key>-documents` and
    `<key>-summary` (lowercase letters, digits and dashes)."""
    create_table_artifact(
        outcome_rows(outcomes),
        key=f"{key}-documents",
        description=f"{title}: từng tài liệu, trạng thái, xếp loại và cảnh báo",
    )
    create_markdown_artifact(
        summary_markdown(outcomes, title=title, seconds=seconds, reports=reports),
        key=f"{key}-summary",
        description=f"{title}: tóm tắt",
    )

"""Writing records: JSONL, one record per line, in the order documents were found."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from pathlib import Path

from bienban.errors import OutputError
from bienban.models import DocumentResult


def write_records(
    results: Iterable[DocumentResult],
    output: Path,
    report: Callable[[DocumentResult], None] | None = None,
) -> list[DocumentResult]:
    """Write each record as it arrives to `<output>.partial`, renamed into place at the end,
    so an interrupted run never leaves a half-written file under the output's name."""
    partial = output.with_name(output.name + ".partial")
    done: list[DocumentResult] = []
    try:
        output.parent.mkdir(parents=True, exist_ok=True)
        with partial.open("w", encoding="utf-8") as handle:
            for result in results:
                if result.record is not None:
                    handle.write(json.dumps(result.record.to_json_dict(), ensure_ascii=False))
                    handle.write("\n")
                done.append(result)
                if report:
                    report(result)
        partial.replace(output)
    except OSError as error:
        raise OutputError(f"Không ghi được tệp kết quả '{output}': {error.strerror}.") from error
    return done

"""The fast development loop: a corpus's printed page texts through `extract_fields`, no OCR.

    python -m bienban.extractors.evaluate_text /tmp/dev_A/truth.jsonl /tmp/dev_A.text.jsonl

reads each truth line's `page_texts`, writes one record per document (with the truth's
`source`) to the output file, and prints the CPU milliseconds per page; compare with
`bienban evaluate TRUTH OUTPUT --details`.

The input may also be records that `bienban extract` wrote (they carry the OCR's
`page_texts`): re-running extraction on saved OCR text needs no OCR.

    python -m bienban.extractors.evaluate_text /tmp/dev_A.ocr.jsonl /tmp/dev_A.again.jsonl
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path
from typing import Any

from bienban.extractors import EXTRACTOR_VERSION, extract_fields
from bienban.models import Page


def extract_truth_line(line: dict[str, Any]) -> tuple[dict[str, Any], int, float]:
    """The record for one truth line, its page count and the CPU seconds extraction took."""
    pages = [Page(number=i + 1, text=text, words=[]) for i, text in enumerate(line["page_texts"])]
    began = time.process_time()
    fields = extract_fields(pages)
    seconds = time.process_time() - began
    record = fields.model_dump(mode="json")
    record["source"] = line["source"]
    record["extractor"] = {"version": EXTRACTOR_VERSION}
    return record, len(pages), seconds


def evaluate_text(truth: Path, output: Path) -> float:
    """Write the records for `truth` to `output`; the milliseconds per page."""
    pages, seconds = 0, 0.0
    with output.open("w", encoding="utf-8") as out:
        for raw in truth.read_text(encoding="utf-8").splitlines():
            if not raw.strip():
                continue
            record, count, spent = extract_truth_line(json.loads(raw))
            pages += count
            seconds += spent
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return 1000 * seconds / max(1, pages)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("truth", type=Path, help="truth lines, or records with page_texts")
    parser.add_argument("output", type=Path)
    args = parser.parse_args()
    ms = evaluate_text(args.truth, args.output)
    print(f"{ms:.1f} ms/page")  # noqa: T201 - a command-line tool


if __name__ == "__main__":
    main()

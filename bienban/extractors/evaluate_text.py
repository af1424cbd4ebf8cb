"""The fast development loop: a corpus's printed page texts through `extract_fields`, no OCR.

    python -m bienban.extractors.evaluate_text /tmp/dev_A/truth.jsonl /tmp/dev_A.text.jsonl

reads each truth line's `page_texts`, writes one record per document (with the truth's
`source`) to the output file, and prints the CPU milliseconds per page; compare with
`bienban evaluate TRUTH OUTPUT --details`.

The input may also be records that `bienban extract` wrote (they carry the OCR's
`page_texts`): re-running extraction on saved OCR text needs no OCR. With `--renormalise`,
each page's text as read (`raw_page_texts`, where normalisation changed it) is normalised
again first, so changes to the normalisation rules are measured too.

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
from bienban.pipeline.normalise import normalise_text


def page_texts(line: dict[str, Any], *, renormalise: bool = False) -> list[str]:
    """The page texts of one input line; with `renormalise`, the texts as read normalised
    again with the current rules."""
    texts: list[str] = line["page_texts"]
    if not renormalise:
        return texts
    raw = line.get("raw_page_texts") or []
    read = [raw[i] if i < len(raw) and raw[i] else text for i, text in enumerate(texts)]
    return [normalise_text(text) for text in read]


def extract_truth_line(
    line: dict[str, Any], *, renormalise: bool = False
) -> tuple[dict[str, Any], int, float]:
    """The record for one truth line, its page count and the CPU seconds extraction took."""
    texts = page_texts(line, renormalise=renormalise)
    pages = [Page(number=i + 1, text=text, words=[]) for i, text in enumerate(texts)]
    began = time.process_time()
    fields = extract_fields(pages)
    seconds = time.process_time() - began
    record = fields.model_dump(mode="json")
    record["source"] = line["source"]
    record["extractor"] = {"version": EXTRACTOR_VERSION}
    return record, len(pages), seconds


def evaluate_text(truth: Path, output: Path, *, renormalise: bool = False) -> float:
    """Write the records for `truth` to `output`; the milliseconds per page."""
    pages, seconds = 0, 0.0
    with output.open("w", encoding="utf-8") as out:
        for raw in truth.read_text(encoding="utf-8").splitlines():
            if not raw.strip():
                continue
            record, count, spent = extract_truth_line(json.loads(raw), renormalise=renormalise)
            pages += count
            seconds += spent
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return 1000 * seconds / max(1, pages)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("truth", type=Path, help="truth lines, or records with page_texts")
    parser.add_argument("output", type=Path)
    parser.add_argument(
        "--renormalise",
        action="store_true",
        help="normalise each page's text as read again with the current rules first",
    )
    args = parser.parse_args()
    ms = evaluate_text(args.truth, args.output, renormalise=args.renormalise)
    print(f"{ms:.1f} ms/page")  # noqa: T201 - a command-line tool


if __name__ == "__main__":
    main()

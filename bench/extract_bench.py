"""Extraction speed: normalisation and field extraction of pages already read, on one core.

It reads the records `bienban extract` wrote (their `page_texts`), extracts every document's
fields again `--rounds` times and prints the CPU time per page (process time, so other work on
the machine does not count), with the slowest document's.

    .venv/bin/bienban extract DIR --output OUT.jsonl
    .venv/bin/python bench/extract_bench.py OUT.jsonl
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from bienban.extractors import EXTRACTOR_VERSION, extract_fields
from bienban.models import Page
from bienban.pipeline.normalise import normalise_page


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("records", type=Path, help="JSONL written by `bienban extract`")
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    documents = [
        [Page(number=i + 1, text=text) for i, text in enumerate(json.loads(line)["page_texts"])]
        for line in args.records.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    pages = sum(len(d) for d in documents)
    extract_fields([normalise_page(p) for p in documents[0]])  # rules loaded, caches warm
    per_document: list[float] = []
    began = time.process_time()
    for _ in range(args.rounds):
        for document in documents:
            start = time.process_time()
            extract_fields([normalise_page(page) for page in document])
            per_document.append((time.process_time() - start) / len(document))
    seconds = time.process_time() - began
    print(
        f"extractor {EXTRACTOR_VERSION}: {len(documents)} documents, {pages} pages, {args.rounds} rounds"
    )
    print(
        f"mean {1000 * seconds / (pages * args.rounds):.1f} ms/page (CPU), slowest document "
        f"{1000 * max(per_document):.1f} ms/page"
    )


if __name__ == "__main__":
    main()

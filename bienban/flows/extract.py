"""The extraction flow: the same stages as `bienban extract`, orchestrated by Prefect.

The flow body is a table of contents, one call per stage; every stage is a plain function of
`bienban.pipeline`, so the CLI and the tests run them without an engine.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from prefect import flow, task, unmapped
from prefect.cache_policies import NONE
from prefect.task_runners import ThreadPoolTaskRunner

from bienban.models import DocumentFile, DocumentResult
from bienban.pipeline.batch import make_engine
from bienban.pipeline.document import process_document
from bienban.pipeline.intake import find_documents
from bienban.pipeline.output import write_records
from bienban.settings import Settings


@task(name="đọc tài liệu", task_run_name="{document.display_path}", cache_policy=NONE)
def process_document_task(document: DocumentFile, settings: Settings) -> DocumentResult:
    # Tesseract runs in its own subprocess, so threads here still use every core.
    return process_document(document, engine=make_engine(settings), settings=settings)


@flow(name="bienban-extract", log_prints=False)
def extract_flow(paths: list[str], output: Path, settings: Settings) -> list[DocumentResult]:
    """Read every document under `paths` and write one record per document to `output`."""
    documents = find_documents(paths)
    futures = process_document_task.map(documents, settings=unmapped(settings))
    return write_records((future.result() for future in futures), output)


def run_extract_flow(paths: list[str], output: Path, settings: Settings) -> list[DocumentResult]:
    """Run the flow with as many task threads as configured workers."""
    runner: ThreadPoolTaskRunner[Any] = ThreadPoolTaskRunner(max_workers=settings.workers)
    configured = extract_flow.with_options(task_runner=runner)  # type: ignore[arg-type]
    return configured(paths, output, settings)

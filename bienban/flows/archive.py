"""The archive flow: a directory tree read in place (originals never move), resumable: a
document the store already holds, read or set aside, is skipped by its sha256. Documents are
spread over local processes, or over a Dask cluster's workers when an address is given.
"""

from __future__ import annotations

import datetime as dt
import time
from pathlib import Path

from prefect import flow, task
from prefect.cache_policies import NONE
from pydantic import BaseModel

from bienban.errors import InputNotFoundError
from bienban.flows.artifacts import publish_artifacts
from bienban.flows.runners import Pending, gather, is_transient_failure, largest_first
from bienban.flows.settings import FlowSettings
from bienban.inbox.batch import SortedBatch, known_in_place, sort_batch, years_to_refresh
from bienban.inbox.handle import Outcome, process_one
from bienban.inbox.records import store_for, write_reports
from bienban.inbox.scan import walk_files
from bienban.models import DocumentFile
from bienban.pipeline.intake import DOCUMENT_SUFFIXES
from bienban.scoring import load_rubric


class ArchiveRun(BaseModel):
    outcomes: list[Outcome]
    reports: list[Path]


@task(
    name="đọc tài liệu",
    task_run_name="{shown}",
    cache_policy=NONE,  # it stores and moves files: never answered from a cache
    retries=2,
    retry_delay_seconds=1,
    retry_condition_fn=is_transient_failure,
)
def process_document_task(path: Path, shown: str, sha256: str, settings: FlowSettings) -> Outcome:
    document = DocumentFile(path=path, display_path=shown, size=path.stat().st_size)
    return process_one(document, sha256=sha256, settings=settings)


@flow(name="bienban-archive")
def process_archive(
    root: str, settings: FlowSettings | None = None, show_progress: bool = False
) -> ArchiveRun:
    """Read every document under `root` not yet in the store, store it, and write the reports
    of the years its meetings fall in (a rerun rewrites only the years it read anything of)."""
    settings = settings or FlowSettings()
    started = time.perf_counter()
    batch = sort_batch(list_tree(root), store=store_for(settings))
    outcomes = known_in_place(batch, root=Path(root), shown_root=root)
    outcomes += read_in_place(batch, root=root, settings=settings, show_progress=show_progress)
    reports = write_reports(
        store_for(settings),
        years=years_to_refresh(outcomes, out_dir=settings.report_dir, default=dt.date.today()),
        out_dir=settings.report_dir,
        rubric=load_rubric(settings.rubric_path),
    )
    seconds = time.perf_counter() - started
    publish_artifacts(
        outcomes, key="bienban-archive", title="Kho lưu trữ", seconds=seconds, reports=reports
    )
    return ArchiveRun(outcomes=outcomes, reports=reports)


def list_tree(root: str) -> list[Path]:
    """The documents of the tree (files with a scan or PDF suffix, hidden ones left out)."""
    if not Path(root).is_dir():
        raise InputNotFoundError(f"Không tìm thấy thư mục '{root}': kiểm tra lại đường dẫn.")
    return [p for p in walk_files(Path(root)) if p.suffix.lower() in DOCUMENT_SUFFIXES]


def read_in_place(
    batch: SortedBatch, *, root: str, settings: FlowSettings, show_progress: bool
) -> list[Outcome]:
    pending: Pending = {}
    for path, sha256 in largest_first(batch.new):
        shown = str(Path(root) / path.relative_to(root))
        future = process_document_task.submit(path, shown, sha256, settings)
        pending[future] = (path, sha256, shown)
    return gather(pending, show_progress=show_progress)

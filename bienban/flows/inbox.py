"""The drop-folder flow: take what was dropped, read each new document in its own task, settle
every original (archive or quarantine). The body is a table of contents; every stage is a plain
function of `bienban.inbox`.
"""

from __future__ import annotations

import time
from pathlib import Path

from prefect import flow, task
from prefect.cache_policies import NONE

from bienban.flows.artifacts import publish_artifacts
from bienban.flows.runners import Pending, gather, is_transient_failure, largest_first
from bienban.flows.settings import FlowSettings
from bienban.inbox.batch import SortedBatch, settle_known, settle_repeats, sort_batch
from bienban.inbox.claims import (
    claim_all,
    original_name,
    recover_stale_claims,
    release_claim_folder,
)
from bienban.inbox.handle import Outcome, handle_claimed, settle_original
from bienban.inbox.layout import InboxLayout, prepare_inbox
from bienban.inbox.records import store_for
from bienban.inbox.scan import scan_inbox


@task(
    name="xử lý tài liệu",
    task_run_name="{claimed.name}",
    cache_policy=NONE,  # it stores and moves files: never answered from a cache
    retries=2,
    retry_delay_seconds=1,
    retry_condition_fn=is_transient_failure,
)
def handle_claimed_task(
    claimed: Path, layout: InboxLayout, sha256: str, settings: FlowSettings
) -> Outcome:
    return handle_claimed(claimed, layout=layout, sha256=sha256, settings=settings)


@flow(name="bienban-inbox")
def process_inbox(
    inbox: str, settings: FlowSettings | None = None, show_progress: bool = False
) -> list[Outcome]:
    """Process what was dropped in `inbox` once: each new document read and stored, each
    original moved to `archive/<year>/<month>/` or, with a reason, to `quarantine/`."""
    settings = settings or FlowSettings()
    started = time.perf_counter()
    layout = prepare_inbox(Path(inbox))
    recover_stale_claims(layout, timeout_s=settings.claim_timeout_s)
    claimed = claim_all(scan_inbox(layout, quiet_s=settings.inbox_stable_s), layout=layout)
    batch = sort_batch(claimed, store=store_for(settings))
    outcomes = settle_known(batch, layout=layout)
    outcomes += read_new(batch, layout=layout, settings=settings, show_progress=show_progress)
    outcomes += settle_repeats(batch, outcomes, layout=layout)
    release_claim_folder(layout)
    seconds = time.perf_counter() - started
    publish_artifacts(outcomes, key="bienban-inbox", title="Thư mục nhận tệp", seconds=seconds)
    return outcomes


def read_new(
    batch: SortedBatch, *, layout: InboxLayout, settings: FlowSettings, show_progress: bool
) -> list[Outcome]:
    """One task per new document; a task that breaks leaves its original in quarantine."""
    pending: Pending = {
        handle_claimed_task.submit(path, layout, sha256, settings): (
            path,
            sha256,
            original_name(path, layout=layout),
        )
        for path, sha256 in largest_first(batch.new)
    }

    def quarantine(path: Path, outcome: Outcome) -> Outcome:
        return settle_original(path, outcome, layout=layout)

    return gather(pending, show_progress=show_progress, on_crash=quarantine)

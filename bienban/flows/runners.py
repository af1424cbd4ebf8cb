"""How the flows run their per-document tasks: where (local processes or a Dask cluster),
which faults are retried (transient ones only), and how results are gathered (a crashed task
becomes an outcome with a reason; the batch goes on)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar, cast

from prefect import Flow, Task
from prefect.client.schemas.objects import TaskRun
from prefect.futures import PrefectFuture, as_completed
from prefect.states import State
from prefect.task_runners import TaskRunner, ThreadPoolTaskRunner

from bienban.errors import TransientError
from bienban.flows.settings import FlowSettings
from bienban.inbox.handle import Outcome, internal_error_outcome
from bienban.inbox.summary import ProgressBar

logger = logging.getLogger(__name__)

F = TypeVar("F", bound=Flow[Any, Any])
Pending = dict[PrefectFuture[Outcome], tuple[Path, str, str]]  # future → (file, sha256, shown)


def task_runner_for(settings: FlowSettings) -> TaskRunner[Any]:
    """A Dask cluster when an address is set, else `workers` local threads."""
    if settings.dask_address:
        from prefect_dask import DaskTaskRunner  # type: ignore[import-untyped,unused-ignore]

        runner: TaskRunner[Any] = DaskTaskRunner(address=settings.dask_address)
        return runner
    # Threads, not processes: Tesseract runs in its own subprocess, so threads keep every core
    # busy; Prefect's process pool spent ~6 s per worker process starting up (measured). One
    # thread more than Tesseract may run at once (`pipeline.ocr.tesseract_slots`): while
    # `workers` pages are read, one more document is decoded, extracted, stored and its task
    # bookkeeping done. bench/flow_bench.py on 2026-11-30: 0.905 of the OCR stage (four
    # rounds) against 0.895 with one thread per core (three rounds), within its noise.
    return ThreadPoolTaskRunner(max_workers=settings.workers + 1)


def with_runner(flow: F, settings: FlowSettings) -> F:
    """`flow` with the task runner the settings call for."""
    return cast(F, flow.with_options(task_runner=task_runner_for(settings)))


def is_transient_failure(task: Task[..., Any], task_run: TaskRun, state: State[Any]) -> bool:
    """Retry a task only for a transient fault (a locked database, a crashed OCR process)."""
    try:
        state.result()
    except TransientError:
        return True
    except Exception:
        return False
    return False


def largest_first(documents: list[tuple[Path, str]]) -> list[tuple[Path, str]]:
    """(file, sha256) pairs, the largest files first: long documents start early, so the run
    does not end with one long document on one worker while the others wait."""

    def size(item: tuple[Path, str]) -> int:
        try:
            return item[0].stat().st_size
        except OSError:
            return 0

    return sorted(documents, key=size, reverse=True)


def gather(
    pending: Pending,
    *,
    show_progress: bool,
    on_crash: Callable[[Path, Outcome], Outcome] | None = None,
) -> list[Outcome]:
    """Each task's outcome as it completes (with progress); a task that broke gives an
    internal-error outcome, settled by `on_crash` (quarantine, in the drop folder)."""
    progress = ProgressBar(len(pending), enabled=show_progress)
    outcomes = []
    for future in as_completed(list(pending)):
        path, sha256, shown = pending[future]
        try:
            outcome = future.result()
        except Exception as error:
            logger.exception("task failed on %s", shown)
            outcome = internal_error_outcome(shown, sha256=sha256, error=error)
            if on_crash is not None:
                outcome = on_crash(path, outcome)
        progress.advance(outcome)
        outcomes.append(outcome)
    return sorted(outcomes, key=lambda o: o.path)

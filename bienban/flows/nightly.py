"""The nightly flow: process what arrived in the drop folder, then bring the scores and the
reports up to date. Registered with a cron schedule by `bienban serve`."""

from __future__ import annotations

import datetime as dt
import time
from pathlib import Path

from prefect import flow

from bienban.flows.artifacts import publish_artifacts
from bienban.flows.inbox import process_inbox
from bienban.flows.runners import with_runner
from bienban.flows.settings import FlowSettings
from bienban.inbox.batch import years_of
from bienban.inbox.records import refresh_scores, store_for, write_reports
from bienban.scoring import load_rubric


@flow(name="bienban-nightly")
def nightly(inbox: str, settings: FlowSettings | None = None) -> list[Path]:
    """Process the drop folder, rescore what needs it, rewrite the reports of the years the
    run touched (this year's at least); returns the reports written."""
    settings = settings or FlowSettings()
    started = time.perf_counter()
    outcomes = with_runner(process_inbox, settings)(inbox, settings)
    store = store_for(settings)
    rubric = load_rubric(settings.rubric_path)
    refresh_scores(store, rubric=rubric, attempts=settings.database_retries)
    years = years_of(outcomes, default=dt.date.today())
    reports = write_reports(store, years=years, out_dir=settings.report_dir, rubric=rubric)
    seconds = time.perf_counter() - started
    publish_artifacts(
        outcomes,
        key="bienban-nightly",
        title="Lượt chạy hằng đêm",
        seconds=seconds,
        reports=reports,
    )
    return reports

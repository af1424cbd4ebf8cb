"""The archive flow over a real local Dask cluster of two worker processes: documents spread
over both workers, and a second run skips everything already stored."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from bienban.flows.settings import FlowSettings
from bienban.inbox import OutcomeStatus
from tests.inbox.inputs import minutes_pdfs

pytestmark = [pytest.mark.prefect, pytest.mark.tesseract]


@pytest.fixture
def dask_cluster() -> Iterator[str]:
    from distributed import LocalCluster

    with LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
    ) as cluster:
        yield cluster.scheduler_address


def test_the_archive_flow_spreads_documents_over_dask_workers_and_resumes(
    work_dir: Path, dask_cluster: str
) -> None:
    from bienban.flows.archive import process_archive
    from bienban.flows.runners import with_runner

    root = work_dir / "kho lưu trữ"
    minutes = minutes_pdfs(root / "2024", count=6)
    before = {p: p.read_bytes() for p in minutes}
    settings = FlowSettings(
        database_url=f"sqlite:///{work_dir / 'bienban.db'}",
        dask_address=dask_cluster,
        report_dir=work_dir / "reports",
    )
    run = with_runner(process_archive, settings)(str(root), settings)
    assert [o.status for o in run.outcomes] == [OutcomeStatus.PROCESSED] * 6
    workers = {o.worker for o in run.outcomes}
    assert len(workers) == 2 and all(not w.endswith(f":{os.getpid()}") for w in workers)
    assert run.reports and all(path.is_file() for path in run.reports)
    again = with_runner(process_archive, settings)(str(root), settings)
    assert [o.status for o in again.outcomes] == [OutcomeStatus.KNOWN] * 6
    assert {p: p.read_bytes() for p in minutes} == before  # read in place, never moved

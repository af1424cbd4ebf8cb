"""`bienban serve`: the nightly flow registered as a deployment with a cron schedule on a
Prefect server, and run by this process whenever it is due."""

from __future__ import annotations

from pathlib import Path

from bienban.errors import UsageError
from bienban.flows.settings import FlowSettings

DEPLOYMENT = "bienban-nightly"


def has_server() -> bool:
    from prefect.settings import get_current_settings

    return bool(get_current_settings().api.url)


def nightly_deployment(inbox: Path, *, settings: FlowSettings) -> object:
    """The nightly deployment: its cron schedule and the drop folder it processes."""
    from prefect.deployments.runner import EntrypointType
    from prefect.schedules import Cron

    from bienban.flows.nightly import nightly

    return nightly.to_deployment(
        name=DEPLOYMENT,
        schedule=Cron(settings.nightly_cron, timezone=settings.nightly_timezone),
        parameters={"inbox": str(inbox.resolve())},
        description="Xử lý thư mục nhận tệp, chấm điểm lại, lập báo cáo.",
        entrypoint_type=EntrypointType.MODULE_PATH,
    )


def serve_nightly(inbox: Path, *, settings: FlowSettings) -> None:
    """Register the nightly deployment on the Prefect server and run it when due (blocks)."""
    from prefect import serve

    if not has_server():
        raise UsageError(
            "Chưa có máy chủ Prefect: hãy chạy 'prefect server start' rồi đặt "
            "PREFECT_API_URL=http://127.0.0.1:4200/api (xem README, mục Prefect)."
        )
    serve(nightly_deployment(inbox, settings=settings))  # type: ignore[arg-type]

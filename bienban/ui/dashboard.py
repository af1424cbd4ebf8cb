"""The dashboard: the report's charts and summary tables for a chosen period."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pandas as pd
from markupsafe import Markup
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from bienban.reports import PeriodError, build_report, parse_period
from bienban.scoring import Rubric
from bienban.store.models import Meeting


def default_period(session: Session) -> str:
    """The quarter of the newest stored meeting (this quarter when there is none)."""
    newest = session.scalar(select(func.max(Meeting.date))) or dt.date.today()
    return f"{newest.year}-Q{(newest.month - 1) // 3 + 1}"


def dashboard_context(
    session: Session, rubric: Rubric, *, period: str, branch: str
) -> dict[str, Any]:
    from bienban.reports import charts

    label = period.strip() or default_period(session)
    try:
        parsed = parse_period(label)
    except PeriodError as error:
        return {"period": label, "branch": branch, "error": error.message, "charts": {}}
    data = build_report(session, parsed, rubric=rubric, branch=branch.strip() or None)
    views = data.views
    images = {
        "Xếp loại các buổi họp": charts.levels_chart(views["Xếp loại"]),
        "Tháng có họp thường kỳ": charts.months_chart(views["Tháng có họp"]),
        "Tỷ lệ dự họp theo tháng": charts.attendance_chart(views["Tỷ lệ dự họp"]),
        "Thời lượng các buổi họp": charts.short_chart(data.meetings),
    }
    return {
        "period": parsed.label,
        "title": parsed.title,
        "branch": branch,
        "error": None,
        "meetings": len(data.meetings),
        "charts": {name: image for name, image in images.items() if image},
        "summary": html_table(views["Theo chi bộ"]),
        "levels": html_table(views["Xếp loại"]),
    }


def html_table(frame: pd.DataFrame) -> Markup:
    shown = frame.astype(object).where(frame.notna(), "")
    html = shown.to_html(index=False, border=0, escape=True, classes="data")
    return Markup(html)  # noqa: S704 - pandas escapes every cell

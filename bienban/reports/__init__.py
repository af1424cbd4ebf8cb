"""Reports per cell and period: pandas views, rendered to HTML (with charts), XLSX or CSV."""

from bienban.reports.period import Period, PeriodError, parse_period
from bienban.reports.render import ReportFormat, render_html, write_report
from bienban.reports.views import ReportData, build_report

__all__ = [
    "Period",
    "PeriodError",
    "ReportData",
    "ReportFormat",
    "build_report",
    "parse_period",
    "render_html",
    "write_report",
]

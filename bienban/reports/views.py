"""The report's views as pandas frames, Vietnamese column names, one builder per view.

Per cell (chi bộ) and period: every meeting, whether there was a regular meeting each month and
a thematic one each quarter, durations against the minimum, attendance month by month,
unexcused absences, levels, and members absent more than once when the minutes name them.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

import pandas as pd
from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from bienban.models.record import MEETING_TYPE_NAMES
from bienban.reports.period import Period, quarter_of
from bienban.scoring import Rubric
from bienban.store.models import NOT_MINUTES, AttendanceEntry, Document, Meeting, Score

REGULAR = ("regular", "combined")
THEMATIC = ("thematic", "combined")
TYPE_NAMES = MEETING_TYPE_NAMES
LEVEL_ORDER = ["Tốt", "Khá", "Trung bình", "Kém", "Chưa xếp loại"]


@dataclass
class ReportData:
    period: Period
    branch: str | None
    rubric: Rubric
    meetings: pd.DataFrame
    views: dict[str, pd.DataFrame] = field(default_factory=dict)


def fetch_meetings(session: Session, period: Period, *, branch: str | None) -> list[Meeting]:
    query = (
        select(Meeting)
        .join(Document, Meeting.document_id == Document.id)
        .where(Meeting.date >= period.start, Meeting.date < period.end)
        .where(Document.status != NOT_MINUTES)
        .options(selectinload(Meeting.scores), selectinload(Meeting.attendance))
        .order_by(Meeting.branch, Meeting.date)
    )
    if branch:
        query = query.where(Meeting.branch.ilike(f"%{branch}%"))
    return list(session.scalars(query).unique())


def known_branches(session: Session, period: Period, *, branch: str | None) -> list[str]:
    """Cells expected to meet in `period`: those with a meeting in it or in the year before."""
    since = period.start - dt.timedelta(days=365)
    query = (
        select(Meeting.branch)
        .join(Document, Meeting.document_id == Document.id)
        .where(Meeting.branch.is_not(None), Meeting.date >= since, Meeting.date < period.end)
        .where(Document.status != NOT_MINUTES)
        .distinct()
    )
    if branch:
        query = query.where(Meeting.branch.ilike(f"%{branch}%"))
    return sorted(b for b in session.scalars(query) if b)


def pick_score(meeting: Meeting, rubric: Rubric) -> Score | None:
    """The score for this sheet version, else the most recent one."""
    for score in meeting.scores:
        if (score.rubric_id, score.rubric_version) == (rubric.id, rubric.version):
            return score
    return max(meeting.scores, key=lambda s: s.scored_at, default=None)


def meeting_row(meeting: Meeting, rubric: Rubric) -> dict[str, Any]:
    members = (meeting.total_members or 0) - (meeting.exempt or 0)
    rate = (
        round(meeting.present / members * 100, 1)
        if meeting.present is not None and members > 0
        else None
    )
    minimum = rubric.minimum_for(meeting.meeting_type, meeting.total_members)
    score = pick_score(meeting, rubric)
    return {
        "Chi bộ": meeting.branch or "(không rõ)",
        "Ngày": meeting.date,
        "Tháng": f"{meeting.date:%Y-%m}" if meeting.date else None,
        "Loại": TYPE_NAMES.get(meeting.meeting_type or "", "(không rõ)"),
        "Thời lượng (phút)": meeting.duration_minutes,
        "Tối thiểu (phút)": minimum,
        "Ngắn hơn quy định": (
            meeting.duration_minutes < minimum if meeting.duration_minutes is not None else None
        ),
        "Đảng viên phải sinh hoạt": members if meeting.total_members is not None else None,
        "Có mặt": meeting.present,
        "Tỷ lệ dự họp (%)": rate,
        "Vắng có lý do": meeting.absent_excused,
        "Vắng không lý do": meeting.absent_unexcused,
        "Ý kiến phát biểu": meeting.speakers,
        "Điểm đạt": score.points if score else None,
        "Điểm đánh giá được": score.assessable_max if score else None,
        "Điểm quy đổi (/100)": score.scaled if score else None,
        "Xếp loại (theo biên bản)": (score.level if score else None) or "Chưa xếp loại",
        "Chi bộ tự xếp loại": _stated(score),
        "Tệp": meeting.document.path,
        "Phiên bản trích xuất": meeting.extractor_version,
        "Thang điểm": f"{score.rubric_id} {score.rubric_version}" if score else None,
        "_type": meeting.meeting_type,
    }


def _stated(score: Score | None) -> str | None:
    if score is None or (score.stated_level is None and score.stated_points is None):
        return None
    points = f" ({score.stated_points:g} điểm)" if score.stated_points is not None else ""
    return f"{score.stated_level or ''}{points}".strip()


def build_report(
    session: Session, period: Period, *, rubric: Rubric, branch: str | None = None
) -> ReportData:
    """Every view of the report for `period` (and cells whose name contains `branch`)."""
    meetings = fetch_meetings(session, period, branch=branch)
    frame = pd.DataFrame([meeting_row(m, rubric) for m in meetings], columns=_COLUMNS)
    branches = sorted(set(known_branches(session, period, branch=branch)) | set(frame["Chi bộ"]))
    data = ReportData(period=period, branch=branch, rubric=rubric, meetings=frame)
    data.views = {
        "Buổi họp": frame.drop(columns=["_type", "Tháng"]),
        "Theo chi bộ": branch_summary(frame, period, branches),
        "Tháng có họp": months_grid(frame, period, branches),
        "Tỷ lệ dự họp": attendance_trend(frame, period, branches),
        "Xếp loại": levels_table(frame, branches),
        "Họp ngắn": short_meetings(frame),
        "Vắng nhiều lần": repeated_absentees(meetings),
    }
    return data


_COLUMNS = [
    "Chi bộ", "Ngày", "Tháng", "Loại", "Thời lượng (phút)", "Tối thiểu (phút)",
    "Ngắn hơn quy định", "Đảng viên phải sinh hoạt", "Có mặt", "Tỷ lệ dự họp (%)",
    "Vắng có lý do", "Vắng không lý do", "Ý kiến phát biểu", "Điểm đạt", "Điểm đánh giá được",
    "Điểm quy đổi (/100)", "Xếp loại (theo biên bản)", "Chi bộ tự xếp loại", "Tệp",
    "Phiên bản trích xuất", "Thang điểm", "_type",
]  # fmt: skip


def branch_summary(frame: pd.DataFrame, period: Period, branches: list[str]) -> pd.DataFrame:
    rows = []
    by_branch = dict(tuple(frame.groupby("Chi bộ", sort=False)))
    for branch in branches:
        own = by_branch.get(branch, frame.iloc[0:0])
        regular_months = set(own[own["_type"].isin(REGULAR)]["Tháng"].dropna())
        thematic_quarters = {
            quarter_of(m) for m in own[own["_type"].isin(THEMATIC)]["Tháng"].dropna()
        }
        missing = [m for m in period.months if m not in regular_months]
        no_thematic = [q for q in period.quarters if q not in thematic_quarters]
        rows.append({
            "Chi bộ": branch,
            "Số buổi họp": len(own),
            "Tháng có họp thường kỳ": f"{len(period.months) - len(missing)}/{len(period.months)}",
            "Tháng không họp thường kỳ": ", ".join(missing) or "—",
            "Quý chưa có chuyên đề": ", ".join(no_thematic) or "—",
            "Thời lượng trung bình (phút)": _mean(own["Thời lượng (phút)"]),
            "Số buổi họp ngắn": int(own["Ngắn hơn quy định"].fillna(False).astype(bool).sum()),
            "Tỷ lệ dự họp trung bình (%)": _mean(own["Tỷ lệ dự họp (%)"]),
            "Lượt vắng không lý do": int(own["Vắng không lý do"].fillna(0).sum()),
            "Điểm quy đổi trung bình": _mean(own["Điểm quy đổi (/100)"]),
        })  # fmt: skip
    return pd.DataFrame(rows)


def _mean(series: pd.Series) -> float | None:
    values = pd.to_numeric(series, errors="coerce").dropna()
    return round(float(values.mean()), 1) if len(values) else None


def months_grid(frame: pd.DataFrame, period: Period, branches: list[str]) -> pd.DataFrame:
    """Chi bộ × month: "✓" a regular meeting, "CĐ" also thematic, "✗" none."""
    held: dict[tuple[str, str], set[str]] = defaultdict(set)
    for branch, month, kind in zip(frame["Chi bộ"], frame["Tháng"], frame["_type"], strict=True):
        held[(branch, month)].add(kind)
    rows = []
    for branch in branches:
        row: dict[str, Any] = {"Chi bộ": branch}
        for month in period.months:
            types = held.get((branch, month), set())
            mark = "✓" if types & set(REGULAR) else "✗"
            row[month] = mark + (" CĐ" if types & set(THEMATIC) else "")
        rows.append(row)
    return pd.DataFrame(rows, columns=["Chi bộ", *period.months])


def attendance_trend(frame: pd.DataFrame, period: Period, branches: list[str]) -> pd.DataFrame:
    """Chi bộ × month: the attendance rate (%), the mean when a month had several meetings."""
    rates = frame.dropna(subset=["Tháng"]).copy()
    rates["Tỷ lệ dự họp (%)"] = pd.to_numeric(rates["Tỷ lệ dự họp (%)"], errors="coerce")
    table = rates.pivot_table(
        index="Chi bộ", columns="Tháng", values="Tỷ lệ dự họp (%)", aggfunc="mean"
    )
    table = table.reindex(index=branches, columns=period.months).round(1)
    table.columns.name = None
    return table.reset_index()


def levels_table(frame: pd.DataFrame, branches: list[str]) -> pd.DataFrame:
    counts = pd.crosstab(frame["Chi bộ"], frame["Xếp loại (theo biên bản)"])
    counts = counts.reindex(index=branches, columns=LEVEL_ORDER, fill_value=0).fillna(0)
    counts.columns.name = None
    return counts.astype(int).reset_index()


def short_meetings(frame: pd.DataFrame) -> pd.DataFrame:
    short = frame[frame["Ngắn hơn quy định"].fillna(False).astype(bool)]
    columns = ["Chi bộ", "Ngày", "Loại", "Thời lượng (phút)", "Tối thiểu (phút)", "Tệp"]
    return short[columns].reset_index(drop=True)


def repeated_absentees(meetings: list[Meeting]) -> pd.DataFrame:
    """Members the minutes name as absent at two meetings or more of the period."""
    rows: dict[tuple[str, str], list[str]] = {}
    for meeting in meetings:
        for entry in meeting.attendance:
            if entry.role.startswith("absent"):
                key = (meeting.branch or "(không rõ)", entry.name)
                rows.setdefault(key, []).append(_absence(meeting, entry))
    data = [
        {"Chi bộ": b, "Họ tên": n, "Số lần vắng": len(v), "Các buổi vắng": "; ".join(v)}
        for (b, n), v in sorted(rows.items())
        if len(v) >= 2
    ]
    return pd.DataFrame(data, columns=["Chi bộ", "Họ tên", "Số lần vắng", "Các buổi vắng"])


def _absence(meeting: Meeting, entry: AttendanceEntry) -> str:
    why = {"absent_excused": "có lý do", "absent_unexcused": "không lý do"}.get(entry.role, "")
    return f"{meeting.date or '?'} {why}".strip()

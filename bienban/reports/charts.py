"""The report's charts as SVG pictures (`data:` addresses embedded in the HTML and the review
page's dashboard). Labels are text in the picture, drawn by the reader's fonts."""

from __future__ import annotations

import pandas as pd

from bienban.reports.svg import PALETTE, Drawing, nice_ticks, text_width

LEVEL_COLOURS = {
    "Tốt": "#2e7d32",
    "Khá": "#1e88e5",
    "Trung bình": "#f9a825",
    "Kém": "#c62828",
    "Chưa xếp loại": "#9e9e9e",
}
HELD_COLOURS = {"có họp": "#a5d6a7", "không họp": "#ef9a9a"}
WIDTH = 900
ROW = 26  # height of one bar or grid row
TITLE = 34  # room for the title above the plot
LABEL_SIZE = 12
MAX_LABEL = 360  # the longest row label's room, in pixels


def levels_chart(levels: pd.DataFrame) -> str | None:
    """Meetings per level, one stacked bar per chi bộ."""
    if levels.empty:
        return None
    totals = levels[list(LEVEL_COLOURS)].sum(axis=1)
    ticks = nice_ticks(float(totals.max()), integer=True)
    plot = _RowPlot(levels["Chi bộ"].astype(str).tolist(), x_max=ticks[-1], legend_rows=1)
    drawing = plot.start("Xếp loại các buổi họp theo chi bộ")
    plot.x_axis(drawing, ticks, label="Số buổi họp")
    for row, (_, counts) in enumerate(levels.iterrows()):
        left = 0.0
        for level, colour in LEVEL_COLOURS.items():
            value = float(counts[level])
            drawing.rect(plot.x(left), plot.bar_top(row), plot.span(value), ROW - 8, fill=colour)
            left += value
    drawing.legend(plot.left, plot.legend_top, list(LEVEL_COLOURS.items()))
    return drawing.to_data_uri()


def attendance_chart(trend: pd.DataFrame) -> str | None:
    """Attendance rate month by month, one line per chi bộ, the 85% mark dashed."""
    months = [c for c in trend.columns if c != "Chi bộ"]
    if trend.empty or trend[months].isna().all().all():
        return None
    names = trend["Chi bộ"].astype(str).tolist()
    legend_width = min(MAX_LABEL, max(text_width(n, size=11) for n in names) + 30)
    left, top, bottom = 48.0, float(TITLE), 300.0
    right = WIDTH - legend_width - 10
    drawing = Drawing(WIDTH, max(bottom + 40, top + 20 * len(names) + 20))
    drawing.text(
        WIDTH / 2, 22, "Tỷ lệ đảng viên dự họp theo tháng", size=15, anchor="middle", bold=True
    )

    def x(index: int) -> float:
        return left + (index + 0.5) * (right - left) / len(months)

    def y(rate: float) -> float:
        return bottom - rate / 105 * (bottom - top)

    for rate in (0, 20, 40, 60, 80, 100):
        drawing.line(left, y(rate), right, y(rate), stroke="#eeeeee")
        drawing.text(left - 6, y(rate) + 4, str(rate), size=11, anchor="end")
    drawing.line(left, y(85), right, y(85), stroke="#616161", dash=True)
    for index, month in enumerate(_month_labels(months)):
        drawing.text(x(index), bottom + 18, month, size=11, anchor="middle")
    drawing.text(14, (top + bottom) / 2, "%", size=12, anchor="middle")
    entries = [("Mức 85%", "#616161")]
    for number, (_, row) in enumerate(trend.iterrows()):
        colour = PALETTE[number % len(PALETTE)]
        points = [(x(i), y(float(row[m]))) for i, m in enumerate(months) if pd.notna(row[m])]
        if points:
            drawing.polyline(points, stroke=colour)
            entries.append((str(row["Chi bộ"]), colour))
    for number, (label, colour) in enumerate(entries):
        drawing.rect(right + 16, top + number * 20 - 10, 12, 12, fill=colour)
        drawing.text(right + 33, top + number * 20, _clip(label, legend_width - 30), size=11)
    return drawing.to_data_uri()


def months_chart(grid: pd.DataFrame) -> str | None:
    """Chi bộ × month: green a regular meeting held, red none."""
    months = [c for c in grid.columns if c != "Chi bộ"]
    if grid.empty:
        return None
    plot = _RowPlot(grid["Chi bộ"].astype(str).tolist(), x_max=float(len(months)), legend_rows=1)
    drawing = plot.start("Tháng có họp thường kỳ")
    for row, (_, cells) in enumerate(grid.iterrows()):
        for column, month in enumerate(months):
            held = str(cells[month]).startswith("✓")
            colour = HELD_COLOURS["có họp" if held else "không họp"]
            drawing.rect(
                plot.x(column) + 1, plot.bar_top(row) - 3, plot.span(1) - 2, ROW - 2, fill=colour
            )
    for column, month in enumerate(_month_labels(months)):
        drawing.text(plot.x(column + 0.5), plot.bottom + 16, month, size=11, anchor="middle")
    drawing.legend(plot.left, plot.legend_top, list(HELD_COLOURS.items()))
    return drawing.to_data_uri()


def short_chart(frame: pd.DataFrame) -> str | None:
    """Each meeting's duration against its minimum; the short ones in red."""
    data = frame.dropna(subset=["Thời lượng (phút)"])
    if data.empty:
        return None
    labels = [f"{b} — {d}" for b, d in zip(data["Chi bộ"], data["Ngày"], strict=True)]
    durations = data["Thời lượng (phút)"].astype(float).tolist()
    minimums = pd.to_numeric(data["Tối thiểu (phút)"], errors="coerce").tolist()
    short = data["Ngắn hơn quy định"].fillna(False).astype(bool).tolist()
    top = max([*durations, *(m for m in minimums if pd.notna(m))])
    ticks = nice_ticks(top)
    plot = _RowPlot(labels, x_max=ticks[-1], legend_rows=1)
    drawing = plot.start("Thời lượng các buổi họp (đỏ: ngắn hơn quy định)")
    plot.x_axis(drawing, ticks, label="Thời lượng (phút)")
    for row, (minutes, minimum, is_short) in enumerate(
        zip(durations, minimums, short, strict=True)
    ):
        colour = "#c62828" if is_short else "#90a4ae"
        drawing.rect(plot.x(0), plot.bar_top(row), plot.span(minutes), ROW - 8, fill=colour)
        if pd.notna(minimum):
            mark = plot.x(float(minimum))
            drawing.line(
                mark, plot.bar_top(row) - 3, mark, plot.bar_top(row) + ROW - 5, stroke="#000000"
            )
    drawing.legend(
        plot.left, plot.legend_top, [("Mức tối thiểu", "#000000"), ("Ngắn hơn quy định", "#c62828")]
    )
    return drawing.to_data_uri()


class _RowPlot:
    """A plot of one row per label (bars or cells), labels on the left, an axis below."""

    def __init__(self, labels: list[str], *, x_max: float, legend_rows: int) -> None:
        self.labels = labels
        self.x_max = x_max or 1.0
        widest = max(text_width(label, size=LABEL_SIZE) for label in labels)
        self.left = min(MAX_LABEL, widest) + 16
        self.right = WIDTH - 20
        self.top = float(TITLE)
        self.bottom = self.top + ROW * len(labels)
        self.legend_top = self.bottom + 52
        self.height = self.legend_top + 22 * legend_rows

    def start(self, title: str) -> Drawing:
        drawing = Drawing(WIDTH, self.height)
        drawing.text(WIDTH / 2, 22, title, size=15, anchor="middle", bold=True)
        for row, label in enumerate(self.labels):
            shown = _clip(label, self.left - 16)
            drawing.text(
                self.left - 8, self.bar_top(row) + ROW / 2, shown, size=LABEL_SIZE, anchor="end"
            )
        return drawing

    def x(self, value: float) -> float:
        return self.left + value / self.x_max * (self.right - self.left)

    def span(self, value: float) -> float:
        return value / self.x_max * (self.right - self.left)

    def bar_top(self, row: int) -> float:
        return self.top + row * ROW + 4

    def x_axis(self, drawing: Drawing, ticks: list[float], *, label: str) -> None:
        drawing.line(self.left, self.bottom, self.right, self.bottom, stroke="#616161")
        for tick in ticks:
            drawing.line(self.x(tick), self.top, self.x(tick), self.bottom, stroke="#eeeeee")
            drawing.text(self.x(tick), self.bottom + 16, f"{tick:g}", size=11, anchor="middle")
        drawing.text(
            (self.left + self.right) / 2, self.bottom + 34, label, size=12, anchor="middle"
        )


def _month_labels(months: list[str]) -> list[str]:
    """Short labels for "YYYY-MM" columns: "T3" within one year, else "3/24"."""
    years = {str(m)[:4] for m in months}
    if len(years) == 1:
        return [f"T{int(str(m)[5:7])}" for m in months]
    return [f"{int(str(m)[5:7])}/{str(m)[2:4]}" for m in months]


def _clip(label: str, room: float, *, size: float = LABEL_SIZE) -> str:
    """`label` shortened with an ellipsis to fit `room` pixels."""
    if text_width(label, size=size) <= room:
        return label
    keep = max(1, int(room / text_width("x", size=size)) - 1)
    return label[:keep] + "…"

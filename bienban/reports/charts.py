"""The report's charts as PNG (base64, embedded in the HTML). Vietnamese labels render with
DejaVu Sans / Noto Sans, never Liberation (which lacks Vietnamese stacked diacritics)."""

from __future__ import annotations

import base64
import io

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402
from matplotlib.figure import Figure  # noqa: E402
from matplotlib.patches import Patch  # noqa: E402
from matplotlib.ticker import MaxNLocator  # noqa: E402

plt.rcParams["font.family"] = ["DejaVu Sans", "Noto Sans"]
plt.rcParams["svg.fonttype"] = "none"

LEVEL_COLOURS = {
    "Tốt": "#2e7d32",
    "Khá": "#1e88e5",
    "Trung bình": "#f9a825",
    "Kém": "#c62828",
    "Chưa xếp loại": "#9e9e9e",
}


def to_base64(figure: Figure) -> str:
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=110, bbox_inches="tight")
    plt.close(figure)
    return base64.b64encode(buffer.getvalue()).decode("ascii")


def _height(rows: int) -> float:
    return max(2.2, 0.45 * rows + 1.2)


def levels_chart(levels: pd.DataFrame) -> str | None:
    """Meetings per level, one stacked bar per chi bộ."""
    if levels.empty:
        return None
    figure, axes = plt.subplots(figsize=(9, _height(len(levels))))
    left = pd.Series(0, index=levels.index)
    for level, colour in LEVEL_COLOURS.items():
        values = levels[level]
        axes.barh(levels["Chi bộ"], values, left=left, color=colour, label=level)
        left += values
    axes.invert_yaxis()
    axes.set_xlabel("Số buổi họp")
    axes.set_title("Xếp loại các buổi họp theo chi bộ")
    axes.xaxis.set_major_locator(MaxNLocator(integer=True))
    axes.legend(ncols=5, loc="upper center", bbox_to_anchor=(0.5, -0.18), frameon=False)
    return to_base64(figure)


def attendance_chart(trend: pd.DataFrame) -> str | None:
    """Attendance rate month by month, one line per chi bộ."""
    months = [c for c in trend.columns if c != "Chi bộ"]
    if trend.empty or trend[months].isna().all().all():
        return None
    figure, axes = plt.subplots(figsize=(9, 4))
    for _, row in trend.iterrows():
        values = row[months].astype(float).dropna()
        if len(values):
            positions = [months.index(m) for m in values.index]
            axes.plot(positions, values, marker="o", label=row["Chi bộ"])
    axes.axhline(85, color="#616161", linestyle="--", linewidth=1, label="Mức 85%")
    axes.set_xticks(range(len(months)), months)
    axes.set_ylim(0, 105)
    axes.set_ylabel("Tỷ lệ dự họp (%)")
    axes.set_title("Tỷ lệ đảng viên dự họp theo tháng")
    axes.legend(fontsize=8, loc="upper left", bbox_to_anchor=(1.01, 1), frameon=False)
    return to_base64(figure)


def months_chart(grid: pd.DataFrame) -> str | None:
    """Chi bộ × month: green a regular meeting held, red none (a colour key, not a label per
    cell: labels in every cell cost half the report's drawing time and crowd a long year)."""
    months = [c for c in grid.columns if c != "Chi bộ"]
    if grid.empty:
        return None
    held = grid[months].apply(lambda col: col.str.startswith("✓")).astype(int).to_numpy()
    colours = {"không họp": "#ef9a9a", "có họp": "#a5d6a7"}
    figure, axes = plt.subplots(figsize=(max(5, 1.1 * len(months) + 3), _height(len(grid))))
    axes.imshow(
        held,
        cmap=matplotlib.colors.ListedColormap(list(colours.values())),
        vmin=0,
        vmax=1,
        aspect="auto",
    )
    axes.set_xticks(range(len(months)), months)
    axes.set_yticks(range(len(grid)), grid["Chi bộ"])
    axes.legend(
        handles=[Patch(color=colour, label=label) for label, colour in colours.items()],
        ncols=2,
        loc="upper center",
        bbox_to_anchor=(0.5, -0.12),
        frameon=False,
    )
    axes.set_title("Tháng có họp thường kỳ")
    return to_base64(figure)


def short_chart(frame: pd.DataFrame) -> str | None:
    """Each meeting's duration against its minimum; the short ones in red."""
    data = frame.dropna(subset=["Thời lượng (phút)"])
    if data.empty:
        return None
    labels = [f"{b} — {d}" for b, d in zip(data["Chi bộ"], data["Ngày"], strict=True)]
    short = data["Ngắn hơn quy định"].fillna(False).astype(bool)
    figure, axes = plt.subplots(figsize=(9, _height(len(data))))
    axes.barh(
        labels, data["Thời lượng (phút)"], color=["#c62828" if s else "#90a4ae" for s in short]
    )
    axes.scatter(
        data["Tối thiểu (phút)"], labels, marker="|", s=300, color="black", label="Mức tối thiểu"
    )
    axes.invert_yaxis()
    axes.set_xlabel("Thời lượng (phút)")
    axes.set_title("Thời lượng các buổi họp (đỏ: ngắn hơn quy định)")
    axes.legend(loc="upper center", bbox_to_anchor=(0.5, -0.2), fontsize=8, frameon=False)
    return to_base64(figure)

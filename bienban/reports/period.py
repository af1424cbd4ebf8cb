"""Periods a report covers: "2024-Q1", "2024-03", "2024-H2" or "2024"."""

from __future__ import annotations

import datetime as dt
import re

from pydantic import BaseModel

from bienban.errors import UsageError


class PeriodError(UsageError):
    """A period that is not like 2024-Q1, 2024-03, 2024-H1 or 2024."""


class Period(BaseModel):
    label: str
    start: dt.date
    end: dt.date  # exclusive

    @property
    def months(self) -> list[str]:
        """Each month of the period as "YYYY-MM"."""
        months, day = [], self.start
        while day < self.end:
            months.append(f"{day.year:04d}-{day.month:02d}")
            day = _add_months(day, 1)
        return months

    @property
    def quarters(self) -> list[str]:
        return list(dict.fromkeys(quarter_of(m) for m in self.months))

    @property
    def title(self) -> str:
        year = self.start.year
        if re.fullmatch(r"\d{4}-Q\d", self.label):
            return f"quý {self.label[-1]} năm {year}"
        if re.fullmatch(r"\d{4}-H\d", self.label):
            return f"6 tháng {'đầu' if self.label[-1] == '1' else 'cuối'} năm {year}"
        if re.fullmatch(r"\d{4}-\d{2}", self.label):
            return f"tháng {self.start.month} năm {year}"
        return f"năm {year}"


def quarter_of(month: str) -> str:
    year, number = month.split("-")
    return f"{year}-Q{(int(number) - 1) // 3 + 1}"


def _add_months(day: dt.date, count: int) -> dt.date:
    index = day.year * 12 + day.month - 1 + count
    return dt.date(index // 12, index % 12 + 1, 1)


def parse_period(text: str) -> Period:
    """Read a period; raises `PeriodError` (exit code 2) with an example when it is malformed."""
    value = text.strip().upper()
    if m := re.fullmatch(r"(\d{4})-Q([1-4])", value):
        start, months = dt.date(int(m[1]), (int(m[2]) - 1) * 3 + 1, 1), 3
    elif m := re.fullmatch(r"(\d{4})-H([12])", value):
        start, months = dt.date(int(m[1]), (int(m[2]) - 1) * 6 + 1, 1), 6
    elif (m := re.fullmatch(r"(\d{4})-(\d{1,2})", value)) and 1 <= int(m[2]) <= 12:
        start, months = dt.date(int(m[1]), int(m[2]), 1), 1
    elif m := re.fullmatch(r"(\d{4})", value):
        start, months = dt.date(int(m[1]), 1, 1), 12
    else:
        raise PeriodError(
            f"Kỳ báo cáo '{text}' không hợp lệ: viết 2024-Q1 (quý), 2024-03 (tháng), "
            "2024-H1 (6 tháng) hoặc 2024 (năm)."
        )
    label = value if "-" not in value or "Q" in value or "H" in value else f"{start:%Y-%m}"
    return Period(label=label, start=start, end=_add_months(start, months))

"""The Vietnamese lunar calendar (âm lịch) for dates minutes write in brackets: "(tức ngày 25 tháng 2 năm Giáp Thìn)".

Hồ Ngọc Đức's published algorithm (new moons and solar terms from Meeus' series, at UTC+7,
the time zone that makes the Vietnamese calendar differ from the Chinese one in a few years).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date

_TIME_ZONE = 7.0
_SYNODIC = 29.530588853
_EPOCH_NEW_MOON = 2415021.076998695
_STEMS = ("Giáp", "Ất", "Bính", "Đinh", "Mậu", "Kỷ", "Canh", "Tân", "Nhâm", "Quý")
_BRANCHES = ("Tý", "Sửu", "Dần", "Mão", "Thìn", "Tỵ", "Ngọ", "Mùi", "Thân", "Dậu", "Tuất", "Hợi")


@dataclass(frozen=True)
class LunarDate:
    day: int
    month: int
    year: int
    leap: bool

    @property
    def year_name(self) -> str:
        """The year's sexagenary name: 2024 → "Giáp Thìn"."""
        return f"{_STEMS[(self.year + 6) % 10]} {_BRANCHES[(self.year + 8) % 12]}"


def _julian_day(day: date) -> int:
    return day.toordinal() + 1721425


def _new_moon_day(k: int) -> int:
    """The Julian day number (local) of the k-th new moon after 1900-01-01."""
    t = k / 1236.85
    t2, t3 = t * t, t * t * t
    dr = math.pi / 180
    jd = 2415020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3
    jd += 0.00033 * math.sin((166.56 + 132.87 * t - 0.009173 * t2) * dr)
    m = 359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3
    mpr = 306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3
    f = 21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3
    c1 = (0.1734 - 0.000393 * t) * math.sin(m * dr) + 0.0021 * math.sin(2 * dr * m)
    c1 += -0.4068 * math.sin(mpr * dr) + 0.0161 * math.sin(dr * 2 * mpr)
    c1 += -0.0004 * math.sin(dr * 3 * mpr)
    c1 += 0.0104 * math.sin(dr * 2 * f) - 0.0051 * math.sin(dr * (m + mpr))
    c1 += -0.0074 * math.sin(dr * (m - mpr)) + 0.0004 * math.sin(dr * (2 * f + m))
    c1 += -0.0004 * math.sin(dr * (2 * f - m)) - 0.0006 * math.sin(dr * (2 * f + mpr))
    c1 += 0.0010 * math.sin(dr * (2 * f - mpr)) + 0.0005 * math.sin(dr * (2 * mpr + m))
    if t < -11:
        delta = 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3
    else:
        delta = -0.000278 + 0.000265 * t + 0.000262 * t2
    return math.floor(jd + c1 - delta + 0.5 + _TIME_ZONE / 24)


def _sun_longitude_sector(jdn: int) -> int:
    """Which twelfth of the ecliptic the sun is in at local midnight of `jdn` (0..11)."""
    t = (jdn - 2451545.5 - _TIME_ZONE / 24) / 36525
    t2 = t * t
    dr = math.pi / 180
    m = 357.52910 + 35999.05030 * t - 0.0001559 * t2 - 0.00000048 * t * t2
    l0 = 280.46645 + 36000.76983 * t + 0.0003032 * t2
    dl = (1.914600 - 0.004817 * t - 0.000014 * t2) * math.sin(dr * m)
    dl += (0.019993 - 0.000101 * t) * math.sin(dr * 2 * m) + 0.000290 * math.sin(dr * 3 * m)
    longitude = (l0 + dl) * dr
    longitude -= math.pi * 2 * math.floor(longitude / (math.pi * 2))
    return math.floor(longitude / math.pi * 6)


def _month_11_start(year: int) -> int:
    """The first day of the lunar 11th month (the one holding the winter solstice) of `year`."""
    k = math.floor((_julian_day(date(year, 12, 31)) - 2415021) / _SYNODIC)
    start = _new_moon_day(k)
    return _new_moon_day(k - 1) if _sun_longitude_sector(start) >= 9 else start


def _leap_month_offset(month_11: int) -> int:
    k = math.floor((month_11 - _EPOCH_NEW_MOON) / _SYNODIC + 0.5)
    index = 1
    arc = _sun_longitude_sector(_new_moon_day(k + index))
    while True:
        last = arc
        index += 1
        arc = _sun_longitude_sector(_new_moon_day(k + index))
        if arc == last or index >= 14:
            return index - 1


def solar_to_lunar(day: date) -> LunarDate:
    """The lunar date of a (Gregorian) day in Việt Nam: 2024-04-03 → 25/2 Giáp Thìn."""
    number = _julian_day(day)
    k = math.floor((number - _EPOCH_NEW_MOON) / _SYNODIC)
    month_start = _new_moon_day(k + 1)
    if month_start > number:
        month_start = _new_moon_day(k)
    a11 = b11 = _month_11_start(day.year)
    if a11 >= month_start:
        year = day.year
        a11 = _month_11_start(day.year - 1)
    else:
        year = day.year + 1
        b11 = _month_11_start(day.year + 1)
    diff = math.floor((month_start - a11) / 29)
    month, leap = diff + 11, False
    if b11 - a11 > 365:
        leap_diff = _leap_month_offset(a11)
        if diff >= leap_diff:
            month, leap = diff + 10, diff == leap_diff
    if month > 12:
        month -= 12
    if month >= 11 and diff < 4:
        year -= 1
    return LunarDate(number - month_start + 1, month, year, leap)

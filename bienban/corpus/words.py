"""How secretaries write numbers, dates and times: in digits, in words, in several clocks."""

from __future__ import annotations

import random
from datetime import date

_UNITS = ("không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín")


def number_in_words(n: int) -> str:
    """Vietnamese words for 0 ≤ n ≤ 999: 27 → "hai mươi bảy", 15 → "mười lăm", 105 → "một trăm linh năm"."""
    if not 0 <= n <= 999:
        raise ValueError(f"number out of range for words: {n}")
    if n < 10:
        return _UNITS[n]
    if n < 100:
        return _tens_in_words(n)
    hundreds, rest = divmod(n, 100)
    head = f"{_UNITS[hundreds]} trăm"
    if rest == 0:
        return head
    if rest < 10:
        return f"{head} linh {_UNITS[rest]}"
    return f"{head} {_tens_in_words(rest)}"


def _tens_in_words(n: int) -> str:
    tens, unit = divmod(n, 10)
    head = "mười" if tens == 1 else f"{_UNITS[tens]} mươi"
    if unit == 0:
        return head
    if unit == 5:
        return f"{head} lăm"
    if unit == 1 and tens > 1:
        return f"{head} mốt"
    return f"{head} {_UNITS[unit]}"


def format_date(day: date, *, style: str) -> str:
    """The meeting date in one of the ways it is written (without a leading "ngày" unless the style has one)."""
    styles = {
        "words": f"ngày {day.day} tháng {day.month} năm {day.year}",
        "words_padded": f"ngày {day.day:02d} tháng {day.month:02d} năm {day.year}",
        "slash": f"{day.day}/{day.month}/{day.year}",
        "slash_padded": f"{day.day:02d}/{day.month:02d}/{day.year}",
        "dash": f"{day.day:02d}-{day.month:02d}-{day.year}",
        "ngay_slash": f"ngày {day.day:02d}/{day.month}/{day.year}",
        "dot": f"{day.day:02d}.{day.month:02d}.{day.year}",
    }
    return styles[style]


DATE_STYLES = ("words", "words_padded", "slash", "slash_padded", "dash", "ngay_slash", "dot")


def period_word(hour: int) -> str:
    """The part of the day a Vietnamese clock names: sáng, trưa, chiều, tối, đêm."""
    if 4 <= hour < 11:
        return "sáng"
    if 11 <= hour < 13:
        return "trưa"
    if 13 <= hour < 18:
        return "chiều"
    if 18 <= hour < 22:
        return "tối"
    return "đêm"


TIME_STYLES = ("gio_phut", "gio_pad", "h", "gio_only", "h_period", "clock12", "gio_phut_period")


def format_time(hour: int, minute: int, *, style: str) -> str:
    """A time of day as written: "14 giờ 00 phút", "14h00", "8 giờ 30", "19h30 tối", "2 giờ chiều"."""
    if style == "gio_only" and minute:
        style = "gio_pad"
    if style == "gio_phut":
        return f"{hour} giờ {minute:02d} phút"
    if style == "gio_pad":
        return f"{hour} giờ {minute:02d}"
    if style == "h":
        return f"{hour}h{minute:02d}"
    if style == "gio_only":
        return f"{hour} giờ"
    if style == "h_period":
        return f"{hour}h{minute:02d} {period_word(hour)}"
    hour12 = hour - 12 if hour > 12 else hour
    if style == "clock12":
        tail = f" {minute}" if minute else ""
        return f"{hour12} giờ{tail} {period_word(hour)}"
    return f"{hour12} giờ {minute:02d} phút {period_word(hour)}"


def pick_time_style(
    rng: random.Random, *, hour: int, preferred: tuple[str, ...] = TIME_STYLES
) -> str:
    """A style from `preferred`; 12-hour clocks only where the period word removes doubt."""
    style = rng.choice(preferred)
    if style in ("clock12", "gio_phut_period") and hour in (0, 12, 23):
        return "gio_phut"
    return style

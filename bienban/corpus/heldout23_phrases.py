"""How AY and AZ write a date, a clock, a count and a few small pieces.

HELD-OUT: closed to whoever writes or tunes the extraction rules, together with `heldout23.py`,
`heldout23_parts.py` and `tests/corpus/test_heldout23.py`; AY and AZ measure how the rules
carry to writing styles their author never saw, so their phrasings must not be read.
"""

from __future__ import annotations

from datetime import date

from bienban.corpus.words import number_in_words, period_word

DATE_STYLES = ("words", "mong_slash", "slash_pad", "slash", "dot_pad", "words_pad")
CLOCK_STYLES = ("h_pad", "gio_pad_bare", "h_pad_tick", "g_bare", "gio_phut", "twelve_period")
COUNT_STYLES = ("digits", "words", "pad")
ROMAN = ("I", "II", "III", "IV")
# Roles and committees as a shorthand hand writes them, longest first.
_SHORT = (
    ("Ủy ban Mặt trận Tổ quốc", "UBMTTQ"),
    ("Ủy viên Ban Thường vụ", "UV BTV"),
    ("Ủy viên Ban Kiểm tra", "UV BKT"),
    ("Phó Chủ tịch", "PCT"),
    ("Chủ tịch", "CT"),
    ("Phó Bí thư", "PBT"),
    ("Bí thư", "BT"),
    ("Trưởng ban Tuyên giáo", "TB Tuyên giáo"),
    ("Đảng ủy viên", "ĐUV"),
    ("đảng ủy viên", "ĐUV"),
    ("Đảng ủy", "ĐU"),
    ("Ban Thường vụ", "BTV"),
    ("chi ủy viên", "CUV"),
    ("chi bộ", "CB"),
    ("đảng viên", "ĐV"),
    ("đồng chí", "đ/c"),
)


def write_date(day: date, *, style: str) -> str:
    """A date without "ngày": "5 tháng 3 năm 2024", "mồng 5/3/2024" (days 1-10) or "15/3/2024",
    "05/03/2024", "5/3/2024", "05.03.2024", "05 tháng 03 năm 2024"."""
    d, m, y = day.day, day.month, day.year
    if style == "words":
        return f"{d} tháng {m} năm {y}"
    if style == "mong_slash":
        return f"mồng {d}/{m}/{y}" if d <= 10 else f"{d}/{m}/{y}"
    if style == "slash_pad":
        return f"{d:02d}/{m:02d}/{y}"
    if style == "slash":
        return f"{d}/{m}/{y}"
    if style == "dot_pad":
        return f"{d:02d}.{m:02d}.{y}"
    return f"{d:02d} tháng {m:02d} năm {y}"


def twelve(hour: int) -> int:
    """The hour on a 12-hour dial: 19 is 7, 12 is 12, 0 is 12."""
    return hour - 12 if hour > 12 else (hour or 12)


def write_clock(hour: int, minute: int, *, style: str) -> str:
    """ "07h30"; "07 giờ 30"; "07h30'"; "7g30", "19g"; "7 giờ 30 phút"; "7 giờ 30 phút tối",
    "2 giờ chiều"."""
    if style == "h_pad":
        return f"{hour:02d}h{minute:02d}"
    if style == "gio_pad_bare":
        return f"{hour:02d} giờ {minute:02d}"
    if style == "h_pad_tick":
        return f"{hour:02d}h{minute:02d}'"
    if style == "g_bare":
        return f"{hour}g{minute:02d}" if minute else f"{hour}g"
    if style == "gio_phut":
        return f"{hour} giờ {minute:02d} phút"
    said = f"{twelve(hour)} giờ" + (f" {minute:02d} phút" if minute else "")
    return f"{said} {period_word(hour)}"


def count(n: int, *, style: str) -> str:
    """ "7"; "hai mươi bảy" (words alone); "07"."""
    if style == "words" and 0 <= n <= 999:
        return number_in_words(n)
    if style == "pad":
        return f"{n:02d}"
    return str(n)


def percent(part: int, whole: int) -> str:
    """ "100%", "95,65%": two decimals and a decimal comma."""
    if whole <= 0:
        return "0%"
    if part == whole:
        return "100%"
    return f"{100 * part / whole:.2f}%".replace(".", ",")


def span(minutes: int) -> str:
    """A length of time as a tally writes it: "95 phút", "2 giờ 15 phút", "2 giờ"."""
    hours, rest = divmod(minutes, 60)
    if not hours:
        return f"{rest} phút"
    return f"{hours} giờ {rest:02d} phút" if rest else f"{hours} giờ"


def shorthand(text: str) -> str:
    """`text` with its roles and committees abbreviated: "Phó Chủ tịch UBND xã" → "PCT UBND
    xã", "Đảng ủy viên phụ trách chi bộ" → "ĐUV phụ trách CB"."""
    for long, short in _SHORT:
        text = text.replace(long, short)
    return text


def quarter(day: date) -> int:
    return (day.month - 1) // 3 + 1


def month_after(day: date) -> date:
    return date(day.year + 1, 1, 1) if day.month == 12 else date(day.year, day.month + 1, 1)


def month_before(day: date) -> date:
    return date(day.year - 1, 12, 1) if day.month == 1 else date(day.year, day.month - 1, 1)


def capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]


def money(amount: int) -> str:
    """ "1.250.000": thousands marked with dots."""
    return f"{amount:,}".replace(",", ".")


def _keeps_line(word: str) -> bool:
    """Whether a word must not open a wrapped line (it would read as a new item)."""
    if word in ("-", "–", "+", "*"):
        return True
    return word[:1].isdigit() or word[:1] == "(" or word.endswith(")")


def wrap(text: str, *, width: int, indent: str = "") -> list[str]:
    """`text` broken at spaces into lines of about `width` characters, later lines indented; a
    mark or a figure never starts a continued line."""
    lines: list[str] = []
    line = ""
    for word in text.split(" "):
        if line and len(line) + 1 + len(word) > width and not _keeps_line(word):
            lines.append(line)
            line = indent + word
        else:
            line = f"{line} {word}" if line else word
    return [*lines, line]

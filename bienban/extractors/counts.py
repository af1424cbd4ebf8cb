"""The attendance counts found so far, and their arithmetic: total = present + absent + exempt
(with the variants secretaries use), an OCR digit error repaired where exactly one reading fits,
a warning where none does."""

from __future__ import annotations

from dataclasses import dataclass, field

from bienban.extractors.hits import Hit

COUNT_FIELDS = ("total_members", "exempt", "present", "absent_excused", "absent_unexcused")


@dataclass
class Counts:
    """Counts found so far, by field (plus the stated number absent), each with its hit."""

    hits: dict[str, Hit[int]] = field(default_factory=dict)
    absentees: list[tuple[str, bool]] = field(default_factory=list)  # (name, excused)
    members: Hit[int] | None = None  # full members and probationers added up, when stated
    notes: list[str] = field(default_factory=list)  # warnings (Vietnamese) on how they were read

    def value(self, name: str) -> int | None:
        hit = self.hits.get(name)
        return hit.value if hit is not None else None

    def put(self, name: str, hit: Hit[int]) -> None:
        self.hits.setdefault(name, hit)


# Digits an OCR engine confuses with each other, both ways.
OCR_DIGIT_SWAPS: dict[str, str] = {
    "0": "869",
    "1": "74",
    "2": "7",
    "3": "85",
    "4": "1",
    "5": "63",
    "6": "508",
    "7": "12",
    "8": "360",
    "9": "80",
}
REPAIRABLE = ("total_members", "present", "exempt", "absent", "absent_excused", "absent_unexcused")


def absent_count(counts: Counts) -> int | None:
    """The number absent: both kinds added up when both are read, else the number stated."""
    excused, unexcused = counts.value("absent_excused"), counts.value("absent_unexcused")
    if excused is not None and unexcused is not None:
        return excused + unexcused
    return counts.value("absent")


def adds_up(counts: Counts) -> bool | None:
    """Whether the roll call adds up (None when too little is known to say).

    Secretaries write it two ways: total = present + absent + exempt, or (exempt left
    among the absent, or not counted) total = present + absent.
    """
    total, present, absent = (
        counts.value("total_members"),
        counts.value("present"),
        absent_count(counts),
    )
    if total is None or present is None or absent is None:
        return None if present is None or total is None or present <= total else False
    exempt = counts.value("exempt") or 0
    return total in (present + absent + exempt, present + absent)


def repair_digit_error(counts: Counts) -> tuple[str, int, int] | None:
    """The one OCR digit confusion (a digit misread, or a speck read as one more digit) that
    makes the roll call add up: (field, read, repaired).

    None unless exactly one single-digit change of one count fits.
    """
    if adds_up(counts) is not False:
        return None
    fits: list[tuple[str, int, int]] = []
    for name in REPAIRABLE:
        hit = counts.hits.get(name)
        if hit is None:
            continue
        for candidate in _digit_variants(hit.value):
            trial = Counts(dict(counts.hits))
            trial.hits[name] = Hit(candidate, hit.start, hit.end, hit.confidence, hit.note)
            if name in ("absent_excused", "absent_unexcused"):
                trial.hits.pop("absent", None)
            if adds_up(trial):
                fits.append((name, hit.value, candidate))
    return fits[0] if len(fits) == 1 else None


def repair_total_by_kinds(counts: Counts) -> tuple[int, int] | None:
    """(read, repaired) when the total read does not make the roll call add up but the full
    members and probationers stated beside it do ("Tổng số: 3 (chính thức 9, dự bị 0)",
    present 8, exempt 1: 9)."""
    total = counts.hits.get("total_members")
    members = counts.members
    if total is None or members is None or members.value == total.value or adds_up(counts):
        return None
    trial = Counts(dict(counts.hits))
    trial.hits["total_members"] = Hit(members.value, total.start, total.end, 0.6, "kinds")
    return (total.value, members.value) if adds_up(trial) else None


def _digit_variants(value: int) -> list[int]:
    digits = str(value)
    out = []
    for i, digit in enumerate(digits):
        for other in OCR_DIGIT_SWAPS.get(digit, ""):
            changed = digits[:i] + other + digits[i + 1 :]
            if not (len(changed) > 1 and changed[0] == "0"):
                out.append(int(changed))
    if len(digits) == 2:  # a speck read as one more digit ("2" read "24")
        out += [int(digit) for digit in digits if int(digit) != value]
    return out


def arithmetic_warning(counts: Counts) -> str | None:
    """A warning (in Vietnamese) when total ≠ present + absent + exempt."""
    total, present = counts.value("total_members"), counts.value("present")
    absent = absent_count(counts)
    if adds_up(counts) is not False or total is None or present is None:
        return None
    if absent is None:
        return f"Số liệu dự họp không khớp: có mặt {present} > tổng số {total}"
    exempt = counts.value("exempt") or 0
    text = f"Số liệu dự họp không khớp: tổng số {total} ≠ có mặt {present} + vắng {absent}"
    return text + (f" + miễn {exempt}" if counts.value("exempt") is not None else "")

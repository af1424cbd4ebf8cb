"""What an extractor finds: a value, where in the document it was read, and how sure it is."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Generic, TypeVar

T = TypeVar("T")


@dataclass(frozen=True)
class Hit(Generic[T]):
    """`value` read from characters `start`..`end` of `Document.text`, with a rule confidence."""

    value: T
    start: int
    end: int
    confidence: float
    note: str = ""

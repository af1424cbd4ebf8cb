"""Content pools (names, places, sentences) loaded from data/pools.json, and name makers."""

from __future__ import annotations

import json
import random
from functools import lru_cache
from importlib import resources
from typing import Any

Pools = dict[str, Any]


@lru_cache(maxsize=1)
def load_pools() -> Pools:
    """The content pools, read once from the package data file."""
    text = resources.files("bienban.corpus").joinpath("data/pools.json").read_text(encoding="utf-8")
    pools: Pools = json.loads(text)
    return pools


def make_person_name(rng: random.Random, *, highland: bool = False) -> str:
    """An invented full name: họ, tên đệm, tên (sometimes two middle names)."""
    pools = load_pools()
    if highland and rng.random() < 0.7:
        middle = rng.choice(pools["highland_middle"])
        return f"{rng.choice(pools['highland_surnames'])} {middle} {rng.choice(pools['highland_given'])}"
    female = rng.random() < 0.4
    middle = rng.choice(pools["middle_female" if female else "middle_male"])
    given = rng.choice(pools["given_female" if female else "given_male"])
    if rng.random() < 0.15 and " " not in middle:
        middle = f"{middle} {rng.choice(pools['middle_female' if female else 'middle_male'])}"
    return f"{rng.choice(pools['surnames'])} {middle} {given}"


def make_people(rng: random.Random, count: int, *, highland: bool = False) -> list[str]:
    """`count` distinct invented names whose last words also differ (so short references stay unique)."""
    names: list[str] = []
    givens: set[str] = set()
    while len(names) < count:
        name = make_person_name(rng, highland=highland)
        given = name.split()[-1]
        if name in names or (given in givens and len(givens) < 40):
            continue
        names.append(name)
        givens.add(given)
    return names


def make_place_name(rng: random.Random, *, highland: bool = False) -> str:
    """An invented commune or hamlet name, never one of the shared samples' names."""
    pools = load_pools()
    while True:
        if highland:
            name = f"{rng.choice(pools['highland_a'])} {rng.choice(pools['highland_b'])}"
        else:
            name = f"{rng.choice(pools['commune_a'])} {rng.choice(pools['commune_b'])}"
            name += rng.choice(pools["commune_suffix"])
        first, *_ = name.split()
        if name not in pools["excluded_places"] and name.split()[1] != first:
            return name


def split_entry(entry: str | dict[str, Any]) -> tuple[str, list[str]]:
    """A pool entry as (text, topics): plain strings carry no topic."""
    if isinstance(entry, str):
        return entry, []
    return str(entry["t"]), list(entry.get("topics", []))

"""What the corpus tests share: a generated corpus's truth, and a held-out family's minutes."""

from __future__ import annotations

import json
import random
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import jsonschema

from bienban.cli import main
from bienban.corpus.content import draw_facts, make_minutes
from bienban.corpus.facts import Facts, expected_record
from bienban.corpus.generate import generate_corpus
from bienban.corpus.markup import to_plain_text

WriteMinutes = Callable[..., str]  # a held-out module's write_minutes(facts, rng, family=...)


def read_truth(out: Path) -> list[dict[str, Any]]:
    """The expected records of a corpus generated into `out`."""
    lines = (out / "truth.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines]


def heldout_case(
    write_minutes: WriteMinutes, seed: int, family: str
) -> tuple[Facts, str, dict[str, Any]]:
    """The facts, the layout-marked minutes and the expected record of one seed's meeting."""
    rng = random.Random(seed)
    facts = draw_facts(rng)
    markup = write_minutes(facts, rng, family=family)
    return facts, markup, expected_record(facts)


def plain_lines(markup: str) -> list[str]:
    """The printed lines of layout-marked minutes."""
    return to_plain_text(markup).splitlines()


def only(found: list[str]) -> str:
    """The one line found."""
    assert len(found) == 1, found
    return found[0]


def assert_written_deterministically(write_minutes: WriteMinutes, family: str) -> None:
    """`make_minutes` gives the same minutes for a seed, other minutes for another seed, and
    exactly what the family's own writer gives."""
    first = make_minutes(random.Random(3), family=family)
    assert first == make_minutes(random.Random(3), family=family)
    assert first != make_minutes(random.Random(4), family=family)
    _, markup, record = heldout_case(write_minutes, 3, family)
    assert first == (markup, record)


def heldout_markups(write_minutes: WriteMinutes, families: Sequence[str]) -> dict[str, list[str]]:
    """The minutes of seeds 0-59, for each of the held-out `families`."""
    return {
        family: [heldout_case(write_minutes, seed, family)[1] for seed in range(60)]
        for family in families
    }


def written_forms(write: Callable[..., str], styles: Iterable[str], *value: Any) -> list[str]:
    """`value` as each of a hand's `styles` writes it: `write(*value, style=style)`."""
    return [write(*value, style=style) for style in styles]


@dataclass(frozen=True)
class WrittenForms:
    """How a held-out module writes counts, dates and clocks (`count(n, style=)`,
    `write_date(day, style=)`, `write_clock(hour, minute, style=)`), and each family's forms
    (`forms[family]["count" | "date" | "clock"]`): every way a value may stand on its page."""

    count: Callable[..., str]
    write_date: Callable[..., str]
    write_clock: Callable[..., str]
    forms: Mapping[str, Mapping[str, tuple[str, ...]]]

    def counts(self, n: int, family: str) -> list[str]:
        return written_forms(self.count, self.forms[family]["count"], n)

    def dates(self, day: date, family: str) -> list[str]:
        return written_forms(self.write_date, self.forms[family]["date"], day)

    def days(self, day: date, family: str) -> list[str]:
        """The date with its "ngày", in each of the family's forms."""
        return [f"ngày {form}" for form in self.dates(day, family)]

    def clocks(self, hhmm: str, family: str) -> list[str]:
        hour_minute = (int(part) for part in hhmm.split(":"))
        return written_forms(self.write_clock, self.forms[family]["clock"], *hour_minute)

    def shown(self, text: str, family: str, template: str, *values: int) -> bool:
        """Whether `template` (a "{}" per value) is on the page with the values in one of the
        family's count forms (one form for the whole template)."""
        forms = zip(*(self.counts(value, family) for value in values), strict=True)
        return any(template.format(*written) in text for written in forms)

    def check_discussion(
        self,
        markup: str,
        record: dict[str, Any],
        facts: Facts,
        family: str,
        *,
        nobody: str,
        templates: Iterable[str],
        topic_words: dict[str, tuple[str, ...]],
        opening: Callable[[], str] | None = None,
    ) -> None:
        """`check_discussion_and_page` with the speaker count shown in one of `templates` (a
        "{}" for the count) and dates in the family's forms."""
        text = to_plain_text(markup)
        check_discussion_and_page(
            markup,
            record,
            facts,
            nobody=nobody,
            shows_count=lambda n: any(self.shown(text, family, t, n) for t in templates),
            topic_words=topic_words,
            dates=lambda day: self.dates(day, family),
            opening=opening,
        )

    def assert_unambiguous(self) -> None:
        """No two clocks (every 5 minutes of a day) nor two dates (every 3rd day, 2012–2025)
        are written alike in any of the families' forms."""
        clocks: dict[str, tuple[int, int]] = {}
        dates: dict[str, date] = {}
        for forms in self.forms.values():
            for hour, minute in ((h, m) for h in range(24) for m in range(0, 60, 5)):
                for style in forms["clock"]:
                    said = self.write_clock(hour, minute, style=style)
                    assert clocks.setdefault(said, (hour, minute)) == (hour, minute), said
            for day in (date(2012, 1, 1) + timedelta(days=d) for d in range(0, 14 * 366, 3)):
                for style in forms["date"]:
                    assert dates.setdefault(self.write_date(day, style=style), day) == day


def titles(markup: str) -> str:
    """The title lines (marked `^`) of layout-marked minutes, joined."""
    return " ".join(line[1:] for line in markup.splitlines() if line.startswith("^"))


def check_type(markup: str, record: dict[str, Any]) -> None:
    """The titles say the meeting's type, and only that type."""
    heading = titles(markup).lower()
    kind = record["meeting_type"]
    assert ("bất thường" in heading) == (kind == "extraordinary"), heading
    assert ("chuyên đề" in heading) == (kind in ("thematic", "combined")), heading
    if kind == "combined":
        assert "thường kỳ" in heading
    if kind == "thematic":
        assert "thường kỳ" not in heading and "tháng" not in heading


def check_duration(record: dict[str, Any]) -> None:
    """The record's duration is the minutes from its start to its end time, across midnight."""
    start, end = (int(t[:2]) * 60 + int(t[3:]) for t in (record["start_time"], record["end_time"]))
    assert record["duration_minutes"] == (end - start) % 1440


def check_named_absentees(text: str, facts: Facts, after_name: str) -> None:
    """Each absentee is named, followed (regex `after_name`, one group) by the reason, which
    says "không" exactly when the absence is unexcused."""
    for person in facts.absentees:
        found = re.search(rf"{person.name}{after_name}", text)
        assert found, person
        assert ("không" in found[1]) == (not person.excused), found[1]


def check_absence_reasons(
    text: str, facts: Facts, counts: Callable[[int], list[str]], yes: str, no: str
) -> None:
    """The excused and unexcused absences are told apart in brackets: `(2 yes, 1 no)` with the
    counts in any of their written forms, or just `(yes)` / `(no)` when all are of one kind."""
    if facts.excused and facts.unexcused:
        assert any(
            f"({e} {yes}, {u} {no})" in text
            for e, u in zip(counts(facts.excused), counts(facts.unexcused), strict=True)
        )
    else:
        assert (f"({yes})" if facts.excused else f"({no})") in text


def check_vote_forms(
    text: str,
    record: dict[str, Any],
    forms: Iterable[str],
    counts: Callable[[int], list[str]],
    against: Callable[[str, int, int], str],
) -> str:
    """No vote is mentioned without one; otherwise exactly one of `forms` ({a} in favour, {t}
    voting, {c} against as `against(written, agree, total)` says it) stands on the page, all its
    counts in one written form (`counts`). Returns that form ("" without a vote)."""
    vote = record["vote"]
    if vote is None:
        assert "biểu quyết" not in text.lower() and "phiếu" not in text
        return ""
    agree, total = vote["agree"], vote["total"]
    found = set()
    for a, t, c in zip(*(counts(n) for n in (agree, total, total - agree)), strict=True):
        c = against(c, agree, total)
        found |= {form for form in forms if form.format(a=a, t=t, c=c) in text}
    assert len(found) == 1, found
    return found.pop()


def check_people_named(text: str, record: dict[str, Any]) -> None:
    """The chair, secretary, place, branch, parent committee and guests are all on the page."""
    for key in ("chair", "secretary", "location", "branch", "parent_committee"):
        assert record[key].lower() in text.lower(), key
    for name in [record["chair"], record["secretary"], *record["attendance"]["guests"]]:
        assert name in text


def check_speakers_and_topics(
    text: str,
    record: dict[str, Any],
    facts: Facts,
    *,
    shows_count: Callable[[int], bool],
    topic_words: dict[str, tuple[str, ...]],
    topic_text: str,
) -> None:
    """The speaker count is the stated one (visible through `shows_count`) or the speeches';
    unsummarised speakers are named; each topic has one of its words in `topic_text`; and no
    layout markup is left in the text."""
    if facts.stated_speakers is not None:
        assert record["speakers"] == facts.stated_speakers
        assert facts.stated_speakers == 0 or shows_count(facts.stated_speakers)
    else:
        assert record["speakers"] == len(facts.speeches)
    for speech in facts.speeches if not facts.sections.get("summarise") else []:
        assert speech.speaker in text
    for topic in record["topics"]:
        assert any(word in topic_text.lower() for word in topic_words[topic]), topic
    assert "<<" not in text and "||" not in text


def check_listed_opinions(said: list[str], facts: Facts) -> None:
    """`said`, the lines that open an opinion: one per speech, in the order spoken, each naming
    its speaker, when the minutes list the opinions; none when nobody spoke or they are only
    summarised."""
    listed = facts.stated_speakers != 0 and facts.speeches and not facts.sections.get("summarise")
    assert len(said) == (len(facts.speeches) if listed else 0), said
    for line, speech in zip(said, facts.speeches, strict=False):
        assert speech.speaker in line


def check_end_line(
    ends: list[str],
    record: dict[str, Any],
    facts: Facts,
    clocks: Callable[[str], Iterable[str]],
    dates: Callable[[date], Iterable[str]],
) -> None:
    """The end lines found (`ends`): none without an end time; otherwise one, with the end time
    in some written form, and "cùng ngày" unless (dated) the meeting ended the next day."""
    if record["end_time"] is None:
        assert not ends, ends
        return
    check_duration(record)
    assert len(ends) == 1, ends
    assert any(form in ends[0] for form in clocks(record["end_time"])), ends
    after = dates(facts.day + timedelta(days=1))
    assert any(form in ends[0] for form in after) == facts.end_next_day, ends
    assert ("cùng ngày" in ends[0]) != facts.end_next_day, ends


def check_stated_content(
    text: str,
    record: dict[str, Any],
    facts: Facts,
    *,
    shows_count: Callable[[int], bool],
    topic_words: dict[str, tuple[str, ...]],
) -> None:
    """Each resolution (as written) and the thematic title (quoted) are on the page, and
    `check_speakers_and_topics` holds with the page's lines joined."""
    joined = " ".join(text.splitlines())
    for item in record["resolutions"]:
        assert item.rstrip(".") in joined, item
    if record["thematic_title"]:
        assert f"“{record['thematic_title']}”" in text
    check_speakers_and_topics(
        text, record, facts, shows_count=shows_count, topic_words=topic_words, topic_text=joined
    )


def check_next_meeting(
    markup: str,
    record: dict[str, Any],
    facts: Facts,
    dates: Callable[[date], Iterable[str]],
    opening: Callable[[], str] | None = None,
) -> None:
    """A next meeting, when announced, is later, printed, and (given the `opening`) not in the
    opening, while the record keeps this meeting's date."""
    later = facts.sections.get("next_meeting")
    if not later:
        return
    assert later > facts.day and record["date"] == facts.day.isoformat()
    assert any(form in to_plain_text(markup) for form in dates(later))
    if opening is not None:
        assert not any(form in opening() for form in dates(later))


def check_page_content(
    markup: str,
    record: dict[str, Any],
    facts: Facts,
    *,
    shows_count: Callable[[int], bool],
    topic_words: dict[str, tuple[str, ...]],
    dates: Callable[[date], Iterable[str]],
    opening: Callable[[], str] | None = None,
) -> None:
    """`check_stated_content`, `check_type` and `check_next_meeting` on one meeting's minutes."""
    text = to_plain_text(markup)
    check_stated_content(text, record, facts, shows_count=shows_count, topic_words=topic_words)
    check_type(markup, record)
    check_next_meeting(markup, record, facts, dates, opening)


def check_discussion_and_page(
    markup: str,
    record: dict[str, Any],
    facts: Facts,
    *,
    nobody: str,
    shows_count: Callable[[int], bool],
    topic_words: dict[str, tuple[str, ...]],
    dates: Callable[[date], Iterable[str]],
    opening: Callable[[], str] | None = None,
) -> None:
    """The page says `nobody` spoke exactly when the record counts no speaker, and
    `check_page_content` holds."""
    assert (nobody in to_plain_text(markup)) == (facts.stated_speakers == 0)
    check_page_content(
        markup,
        record,
        facts,
        shows_count=shows_count,
        topic_words=topic_words,
        dates=dates,
        opening=opening,
    )


def generate_clean_corpus(
    out: Path,
    families: Sequence[str],
    record_schema: dict[str, Any] | None = None,
    *,
    seed: int = 5,
) -> list[dict[str, Any]]:
    """Generate four clean pdf_text/png minutes of `families` (e.g. "KL", or ["AA"] for
    two-letter names) with `seed` into `out` through the command line; check each truth line
    has a text per page (and, given the schema, honours it) and return the truth lines."""
    code = main(
        [
            "corpus",
            "generate",
            "--out",
            str(out),
            "--count",
            "4",
            "--seed",
            str(seed),
            "--families",
            ",".join(families),
            "--formats",
            "pdf_text,png",
            "--levels",
            "clean",
        ]
    )
    assert code == 0
    lines = read_truth(out)
    assert {line["generator"]["family"] for line in lines} == set(families)
    for line in lines:
        assert len(line["page_texts"]) == line["source"]["pages"]
        if record_schema is not None:
            record = {"schema": "bienban.record/1", "fields": {}, "warnings": [], **line}
            jsonschema.validate(record, record_schema)
    return lines


def check_family_corpora(out: Path, families: Sequence[str], record_schema: dict[str, Any]) -> None:
    """Each of `families` alone gives truth honouring the schema (under `out`/family), and a
    corpus of them all is generated deterministically."""
    for family in families:
        generate_clean_corpus(out / family, [family], record_schema)
    assert_corpus_deterministic(out / "a", out / "b", count=4, families=families)


def assert_corpus_deterministic(
    first_out: Path, again_out: Path, *, count: int, families: Sequence[str]
) -> None:
    """Generating the same pdf_text corpus twice gives the same truth file."""
    first = generate_corpus(
        first_out, count=count, seed=9, formats=("pdf_text",), families=families
    )
    again = generate_corpus(
        again_out, count=count, seed=9, formats=("pdf_text",), families=families
    )
    assert first.read_bytes() == again.read_bytes()

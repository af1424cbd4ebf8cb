"""Scoring one meeting against a sheet: `score_meeting(record, rubric=...)`.

The not-assessable rule
-----------------------
A criterion is *assessable* when the sheet gives it a `rule` and the record holds the facts
that rule needs. Criteria without a rule (preparation, the Bí thư's chairing, results against
targets...) and criteria whose facts the record lacks (no end time, no count of those present,
no text to look for "biên bản được thông qua") are *not assessable*: they get no points, count
neither for nor against, and say why. A criterion that does not apply (thematic content in a
month without a thematic meeting) is not assessable either.

- `points` is the sum over assessable criteria; `assessable_max` the sum of their maxima.
- `scaled` = points / assessable_max × the sheet's total: what the meeting earns on the part of
  the sheet the minutes can prove, put on the sheet's 100-point scale.
- The level is read off `scaled` with the sheet's thresholds. A level with `requires_full`
  (Tốt: full marks on duration, attendance, speakers and the minutes) is given only when each
  of those criteria is assessable *and* at full marks; otherwise the next level down applies.
- When fewer than `min_assessable_points` points are assessable, no level is given.
- The cell's own stated rating, when the minutes state one, is reported beside ours, never
  merged into it.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from typing import Any

from bienban.models.record import MeetingRecord
from bienban.models.score import CriterionScore, MeetingScore, StatedRating
from bienban.scoring.rubric import Band, Criterion, Rubric

Verdict = tuple[float | None, str, list[str]]
"""(points or None when not assessable, reason, evidence)."""


def score_meeting(record: MeetingRecord, *, rubric: Rubric) -> MeetingScore:
    """Score `record` against `rubric` (see the module docstring for what is assessable)."""
    criteria = [_score_criterion(record, c, rubric) for c in rubric.criteria]
    assessed = [c for c in criteria if c.assessable]
    points = sum(c.points or 0.0 for c in assessed)
    assessable_max = sum(c.max for c in assessed)
    scaled = None
    if assessable_max >= rubric.min_assessable_points and assessable_max > 0:
        scaled = round(points / assessable_max * rubric.total, 1)
    level_code, level, reason = _level(scaled, criteria, rubric)
    info = record.extractor or {}
    return MeetingScore(
        rubric_id=rubric.id,
        rubric_version=rubric.version,
        extractor_version=str(info.get("extractor") or info.get("bienban") or "") or None,
        criteria=criteria,
        points=points,
        assessable_max=assessable_max,
        max_points=rubric.total,
        scaled=scaled,
        level=level,
        level_code=level_code,
        level_reason=reason,
        stated=find_stated_rating(record, rubric=rubric),
    )


def _score_criterion(record: MeetingRecord, criterion: Criterion, rubric: Rubric) -> CriterionScore:
    if criterion.rule is None:
        verdict: Verdict = (None, f"Không đánh giá được từ biên bản: {criterion.note}.", [])
    else:
        verdict = RULES[criterion.rule](record, criterion, rubric)
    points, reason, evidence = verdict
    return CriterionScore(
        id=criterion.id,
        group=rubric.group_of(criterion.id).name,
        name=criterion.name,
        max=criterion.max,
        points=points,
        assessable=points is not None,
        reason=reason,
        evidence=[e for e in dict.fromkeys(evidence) if e],
    )


def _level(
    scaled: float | None, criteria: list[CriterionScore], rubric: Rubric
) -> tuple[str | None, str | None, str]:
    if scaled is None:
        return (
            None,
            None,
            (
                f"Không xếp loại: biên bản chỉ chứng minh được dưới "
                f"{rubric.min_assessable_points:g} điểm của thang."
            ),
        )
    by_id = {c.id: c for c in criteria}
    notes = []
    for level in rubric.levels:
        if scaled < level.min:
            continue
        missing = [
            by_id[i].name
            for i in level.requires_full
            if not by_id[i].assessable or by_id[i].points != by_id[i].max
        ]
        if missing:
            notes.append(f"chưa xếp {level.name} vì chưa đạt tối đa: {', '.join(missing)}")
            continue
        reason = f"{scaled:g}/{rubric.total:g} điểm quy đổi (≥ {level.min:g}) → {level.name}"
        return level.code, level.name, "; ".join([reason, *notes])
    return None, None, "Không có mức nào phù hợp."


def _band(bands: list[Band], value: float) -> float:
    return next((b.points for b in bands if b.matches(value)), 0.0)


def _evidence(record: MeetingRecord, *names: str) -> list[str]:
    return [e.text for n in names if (e := record.fields.get(n)) is not None and e.text]


def _pct(value: float) -> str:
    return f"{value * 100:.0f}%"


def rule_duration(record: MeetingRecord, criterion: Criterion, rubric: Rubric) -> Verdict:
    minutes = record.duration_minutes
    evidence = _evidence(record, "start_time", "end_time", "duration_minutes")
    if minutes is None:
        return None, "Không đánh giá được: biên bản không ghi rõ giờ bắt đầu và kết thúc.", evidence
    minimum = rubric.minimum_for(record.meeting_type, record.attendance.total_members)
    short = max(0, minimum - minutes)
    if short <= max(b.min for b in criterion.bands):
        points = next(b.points for b in criterion.bands if short <= b.min)
    else:
        points = _band(criterion.fraction_bands, minutes / minimum)
    span = f"{record.start_time}–{record.end_time}, " if record.start_time else ""
    what = "đủ" if short == 0 else f"thiếu {short} phút so với"
    return points, f"Họp {span}{minutes} phút: {what} mức tối thiểu {minimum} phút.", evidence


def rule_attendance_rate(record: MeetingRecord, criterion: Criterion, rubric: Rubric) -> Verdict:
    a = record.attendance
    evidence = _evidence(
        record, "attendance.total_members", "attendance.exempt", "attendance.present"
    ) + _evidence(record, "attendance.absent_excused", "attendance.absent_unexcused")
    if a.total_members is None or a.present is None:
        return None, "Không đánh giá được: thiếu tổng số đảng viên hoặc số có mặt.", evidence
    members = a.total_members - (a.exempt or 0)
    if members <= 0:
        return None, "Không đánh giá được: số đảng viên phải sinh hoạt bằng 0.", evidence
    rate = min(1.0, a.present / members)
    points = _band(criterion.bands, rate)
    reason = (
        f"Có mặt {a.present}/{members} đảng viên phải sinh hoạt "
        f"({a.total_members} trừ {a.exempt or 0} miễn): {_pct(rate)}"
    )
    unexcused = unexcused_absences(record)
    if unexcused and criterion.unexcused_points is not None:
        points = min(points, criterion.unexcused_points)
        reason += f"; có {unexcused} đảng viên vắng không lý do"
    elif unexcused is None:
        reason += "; biên bản không ghi rõ số vắng không lý do"
    return points, reason + ".", evidence


def unexcused_absences(record: MeetingRecord) -> int | None:
    """Unexcused absences as written, or worked out from the other counts when they add up."""
    a = record.attendance
    if a.absent_unexcused is not None:
        return a.absent_unexcused
    if None in (a.total_members, a.present, a.absent_excused):
        return None
    rest = (a.total_members or 0) - (a.exempt or 0) - (a.present or 0) - (a.absent_excused or 0)
    return rest if rest >= 0 else None


def rule_speakers(record: MeetingRecord, criterion: Criterion, rubric: Rubric) -> Verdict:
    present, speakers = record.attendance.present, record.speakers
    evidence = _evidence(record, "speakers")
    if speakers is None or not present:
        return None, "Không đánh giá được: thiếu số ý kiến phát biểu hoặc số có mặt.", evidence
    share = speakers / present
    points = _band(criterion.bands, share)
    return points, f"{speakers} ý kiến phát biểu / {present} có mặt: {_pct(share)}.", evidence


def rule_steps(record: MeetingRecord, criterion: Criterion, rubric: Rubric) -> Verdict:
    topics = set(record.topics)
    if not topics:
        return None, "Không đánh giá được: không nhận ra nội dung nào của buổi họp.", []
    missing = [s.name for s in criterion.steps if not topics & set(s.any_of)]
    found = len(criterion.steps) - len(missing)
    points = float(math.floor(criterion.max * found / len(criterion.steps)))
    reason = f"Có {found}/{len(criterion.steps)} bước"
    reason += f"; thiếu: {', '.join(missing)}." if missing else "."
    return points, reason, _evidence(record, "topics")


def rule_thematic_content(record: MeetingRecord, criterion: Criterion, rubric: Rubric) -> Verdict:
    if record.meeting_type not in criterion.meeting_types:
        return None, "Không áp dụng: không phải buổi sinh hoạt chuyên đề.", []
    evidence = _evidence(record, "thematic_title", "meeting_type")
    if record.thematic_title or "thematic" in record.topics or "ho_chi_minh" in record.topics:
        title = f": «{record.thematic_title}»" if record.thematic_title else ""
        return criterion.max, f"Có sinh hoạt chuyên đề{title}.", evidence
    return 0.0, "Buổi họp chuyên đề nhưng biên bản không ghi nội dung chuyên đề.", evidence


def rule_topic_present(record: MeetingRecord, criterion: Criterion, rubric: Rubric) -> Verdict:
    if not record.topics:
        return None, "Không đánh giá được: không nhận ra nội dung nào của buổi họp.", []
    if set(record.topics) & set(criterion.any_of):
        return criterion.max, f"Biên bản ghi nội dung: {criterion.name.lower()}.", []
    return 0.0, f"Biên bản không ghi nội dung: {criterion.name.lower()}.", []


def rule_fields_present(record: MeetingRecord, criterion: Criterion, rubric: Rubric) -> Verdict:
    data = record.model_dump()
    missing = [f for f in criterion.fields if _dotted(data, f) is None]
    if missing:
        return 0.0, f"Biên bản thiếu: {', '.join(FIELD_NAMES.get(f, f) for f in missing)}.", []
    return criterion.max, "Biên bản ghi đủ thời gian, chủ trì, thư ký và số dự họp.", []


FIELD_NAMES = {
    "date": "ngày họp",
    "start_time": "giờ bắt đầu",
    "end_time": "giờ kết thúc",
    "chair": "người chủ trì",
    "secretary": "thư ký",
    "attendance.total_members": "tổng số đảng viên",
    "attendance.present": "số có mặt",
}


def _dotted(data: dict[str, Any], name: str) -> Any:
    value: Any = data
    for part in name.split("."):
        value = value.get(part) if isinstance(value, dict) else None
    return value


def rule_vote_adopted(record: MeetingRecord, criterion: Criterion, rubric: Rubric) -> Verdict:
    vote, evidence = record.vote, _evidence(record, "vote")
    if vote is None:
        return 0.0, "Biên bản không ghi biểu quyết thông qua nghị quyết.", evidence
    share = vote.agree / vote.total
    if vote.agree * 2 > vote.total:
        return (
            criterion.max,
            f"Biểu quyết {vote.agree}/{vote.total} tán thành ({_pct(share)}).",
            evidence,
        )
    return 0.0, f"Biểu quyết chỉ {vote.agree}/{vote.total} tán thành: chưa quá bán.", evidence


def rule_tasks_assigned(record: MeetingRecord, criterion: Criterion, rubric: Rubric) -> Verdict:
    if record.resolutions or "member_assignment" in record.topics:
        count = len(record.resolutions)
        return criterion.max, f"Có {count} nhiệm vụ, nghị quyết cho kỳ tới.", record.resolutions[:3]
    return 0.0, "Biên bản không ghi nhiệm vụ cho kỳ tới.", []


def rule_text_cue(record: MeetingRecord, criterion: Criterion, rubric: Rubric) -> Verdict:
    texts = record_texts(record)
    if not texts:
        return None, "Không đánh giá được: bản ghi không kèm văn bản để đối chiếu.", []
    for text in texts:
        for cue in criterion.cues:
            if re.search(cue, text, flags=re.IGNORECASE):
                return criterion.max, f"Biên bản ghi: {criterion.name.lower()}.", [text]
    return 0.0, f"Không thấy trong biên bản: {criterion.name.lower()}.", []


def record_texts(record: MeetingRecord) -> list[str]:
    """The minutes' own words the record carries: evidence lines and the pages' text
    (`page_texts`; also `text` or `ocr_text` from records made elsewhere)."""
    texts = [e.text for e in record.fields.values() if e.text]
    texts.extend(record.page_texts)
    extra = record.model_extra or {}
    for key in ("text", "ocr_text"):
        value = extra.get(key)
        if isinstance(value, str):
            texts.append(value)
        elif isinstance(value, list):
            texts.extend(v for v in value if isinstance(v, str))
    return list(dict.fromkeys(texts))


def find_stated_rating(record: MeetingRecord, *, rubric: Rubric) -> StatedRating | None:
    """The cell's own rating when the minutes state it: a `stated_rating` field if the record
    carries one, else the sheet's patterns over the record's text."""
    extra = record.model_extra or {}
    given = extra.get("stated_rating")
    if isinstance(given, dict) and (given.get("level") or given.get("points") is not None):
        return StatedRating.model_validate({"text": "", **given})
    level = points = None
    found: list[str] = []
    for text in record_texts(record):
        for pattern in rubric.stated_rating.level_patterns:
            if level is None and (m := re.search(pattern, text, flags=re.IGNORECASE)):
                level = _level_name(m.group(1), rubric)
                found.append(m.group(0))
        for pattern in rubric.stated_rating.points_patterns:
            if points is None and (m := re.search(pattern, text, flags=re.IGNORECASE)):
                points = float(m.group(1).replace(",", "."))
                found.append(m.group(0))
    if level is None and points is None:
        return None
    return StatedRating(level=level, points=points, text=" … ".join(found))


def _level_name(word: str, rubric: Rubric) -> str:
    word = word.lower()
    for level in rubric.levels:
        if word in (a.lower() for a in level.aliases) or word == level.name.lower():
            return level.name
    return word


RULES: dict[str, Callable[[MeetingRecord, Criterion, Rubric], Verdict]] = {
    "duration": rule_duration,
    "attendance_rate": rule_attendance_rate,
    "speakers": rule_speakers,
    "steps": rule_steps,
    "thematic_content": rule_thematic_content,
    "topic_present": rule_topic_present,
    "fields_present": rule_fields_present,
    "vote_adopted": rule_vote_adopted,
    "tasks_assigned": rule_tasks_assigned,
    "text_cue": rule_text_cue,
}

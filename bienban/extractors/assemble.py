"""Putting the extractors together: values, evidence per field, warnings in Vietnamese."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from bienban.extractors import attendance, content, header, people, speakers, spelling, votes, when
from bienban.extractors.counts import (
    COUNT_FIELDS,
    Counts,
    arithmetic_warning,
    repair_digit_error,
    repair_total_by_kinds,
)
from bienban.extractors.hits import Hit
from bienban.extractors.text import Document, drop_specks, fold, repair_words, tidy_value
from bienban.models import Attendance, Evidence, MeetingFields, Vote
from bienban.models.record import SCALAR_FIELDS

EVIDENCE_CHARS = 240
LOW_OCR = 0.6
MAX_MINUTES = 8 * 60


@dataclass
class Result:
    """Values, evidence and warnings gathered while extracting one document."""

    doc: Document
    values: dict[str, Any] = field(default_factory=dict)
    evidence: dict[str, Evidence] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)

    def put(self, key: str, value: Any, hit: Hit[Any], *, confidence: float | None = None) -> None:
        self.values[key] = value
        self.evidence[key] = evidence_for(self.doc, hit, confidence=confidence)


def evidence_for(doc: Document, hit: Hit[Any], *, confidence: float | None = None) -> Evidence:
    """Where `hit` was read: its page, its paragraph's words, a confidence lowered by poor OCR."""
    index = doc.paragraph_at(hit.start)
    para = doc.paragraphs[index]
    local = max(0, hit.start - doc.starts[index])
    text = para.text
    if len(text) > EVIDENCE_CHARS:
        lo = max(0, min(local - 60, len(text) - EVIDENCE_CHARS))
        text = text[lo : lo + EVIDENCE_CHARS]
    rule = hit.confidence if confidence is None else confidence
    score = rule * (0.4 + 0.6 * para.confidence)
    boxes = [
        [round(v, 4) for v in line.box]
        for line in para.lines
        if line.box and line.page == para.page
    ]
    return Evidence(
        confidence=round(min(1.0, max(0.0, score)), 3), page=para.page, text=text, boxes=boxes
    )


def add_when(result: Result) -> None:
    doc = result.doc
    times = when.find_times(doc)
    date, from_header = when.find_meeting_date(doc, times)
    if date is None:
        result.warnings.append("Không tìm thấy ngày họp")
    else:
        result.put("date", date.value.isoformat(), date)
        if from_header:
            result.warnings.append(
                "Ngày họp lấy theo ngày ghi ở đầu biên bản (không thấy trong nội dung)"
            )
    start = when.find_start_time(doc, times, date)
    end = when.find_end_time(doc, times, start)
    if start is None:
        result.warnings.append("Không tìm thấy giờ bắt đầu cuộc họp")
    else:
        result.put("start_time", start.value.text, start)
    if end is None:
        result.warnings.append("Không tìm thấy giờ kết thúc cuộc họp")
    else:
        result.put("end_time", end.value.text, end)
    if start is not None and end is not None:
        add_duration(result, start, end)
    # Where the opening sentence is: the date's, unless only the letter head has one.
    opening = date if date is not None and not (from_header and start is not None) else start
    result.values["_date_offset"] = opening.start if opening is not None else None


def add_duration(result: Result, start: Hit[when.Clock], end: Hit[when.Clock]) -> None:
    minutes = when.duration_minutes(start.value, end.value)
    overnight = end.value.minutes < start.value.minutes
    plausible_overnight = overnight and start.value.minutes >= 17 * 60 and minutes <= 8 * 60
    confidence = min(start.confidence, end.confidence) * (
        0.6 if overnight and not plausible_overnight else 1
    )
    if minutes > MAX_MINUTES:
        confidence *= 0.6
        result.warnings.append(
            f"Thời lượng họp {minutes // 60} giờ {minutes % 60} phút (quá {MAX_MINUTES // 60} giờ): "
            "cần kiểm tra giờ bắt đầu và giờ kết thúc"
        )
    result.put("duration_minutes", minutes, end, confidence=confidence)
    if overnight and not plausible_overnight:
        result.warnings.append(
            f"Giờ kết thúc trước giờ bắt đầu ({end.value.text} < {start.value.text}); "
            "thời lượng được tính qua nửa đêm"
        )


def add_header(result: Result) -> None:
    doc = result.doc
    branch, parent = header.find_branch_and_parent(doc)
    if branch is not None:
        put_voted(result, "branch", tidy_value(repair_words(branch.value)), branch, keep=2)
    if parent is not None:
        value = tidy_value(repair_words(parent.value))
        put_voted(result, "parent_committee", value, parent, keep=2)
    kind = header.find_meeting_type(doc)
    if kind is not None:
        result.put("meeting_type", kind.value, kind)
    place = header.find_location(doc, near=result.values.get("_date_offset"))
    if place is not None:
        value = tidy_value(drop_specks(repair_words(place.value), any_case=True))
        put_voted(result, "location", value, place)


MAX_NAME_WORDS = 4  # "Tôn Nữ Thị Hà": longer runs are more often two names
VOTED_DOWN = 0.9  # confidence kept when the document's other writings outvoted a word


def put_voted(result: Result, key: str, value: str, hit: Hit[Any], *, keep: int = 0) -> None:
    """`value` with each word (after the first `keep`) spelled as the document most often
    writes it in the same company (OCR misreads one writing of a word, rarely all); a lower
    confidence when that changed a word."""
    voted = spelling.majority_spelling(value, document=result.doc.text, keep=keep)
    confidence = hit.confidence * (VOTED_DOWN if voted != value else 1.0)
    result.put(key, voted, hit, confidence=confidence)


def add_people(result: Result) -> None:
    doc = result.doc
    signed = people.signature_names(doc)
    roles = {
        "chair": ("chair_label", "chair_suffix", "người chủ trì"),
        "secretary": ("secretary_label", "secretary_suffix", "thư ký (người ghi biên bản)"),
    }
    bodies = {
        key: _voted_name(doc, people.find_role(doc, label_cue=label, suffix_cue=suffix))
        for key, (label, suffix, _) in roles.items()
    }
    for key, (_label, _suffix, words) in roles.items():
        body = bodies[key]
        witness = _voted_name(doc, signed.get(key))
        others = [hit.value for other, hit in bodies.items() if other != key and hit is not None]
        if (
            body is not None
            and witness is not None
            and _is_cut_short(body.value, witness.value, others=others)
        ):
            body = None  # OCR cut the name in the body ("Châu Thị Khuy"): the signature's
        if body is not None:
            agrees = witness is None or fold(witness.value) == fold(body.value)
            confidence = min(1.0, body.confidence + 0.05) if witness and agrees else body.confidence
            result.put(
                key,
                tidy_value(body.value),
                body,
                confidence=confidence if agrees else body.confidence * 0.8,
            )
            if not agrees and witness is not None:
                result.warnings.append(
                    f"Tên {words} trong nội dung ({body.value}) khác tên ký cuối biên bản ({witness.value})"
                )
        elif witness is not None:
            result.put(key, tidy_value(witness.value), witness, confidence=0.6)
        else:
            result.warnings.append(f"Không tìm thấy {words}")
    guests = people.find_guests(doc)
    names = [
        people.with_known_surname(tidy_value(g.value))
        for g in guests
        if fold(g.value) not in _member_names(result)
    ]
    result.values["guests"] = names
    if names:
        result.evidence["attendance.guests"] = evidence_for(doc, guests[0])


def _voted_name(doc: Document, hit: Hit[str] | None) -> Hit[str] | None:
    """`hit` with its name as the document most often writes it (see `name_spelling`)."""
    if hit is None:
        return None
    voted = people.with_known_surname(spelling.name_spelling(hit.value, document=doc.text))
    if voted == hit.value:
        return hit
    return Hit(voted, hit.start, hit.end, hit.confidence * VOTED_DOWN, "voted")


def _is_cut_short(name: str, signed: str, *, others: Sequence[str] = ()) -> bool:
    """Whether `name` is the start of the longer `signed` ("Triệu Thanh" / "Triệu Thanh
    Tiến"), or its end but for one word ("Ngọc Anh" / "Chu Ngọc Anh": OCR lost the family
    name; a longer signature line may be two names side by side). Not when the signature's
    extra words open the other role's name or a rank ("Sùng Thị Súa Tòng" beside "Tòng Văn
    Dính", "La Bá Tuấn Trung" beside "Trung tá La Thị Mai"): two names side by side."""
    name, signed = fold(name), fold(signed)
    if len(signed) <= len(name):
        return False
    extra = signed[len(name) :].split() if signed.startswith(name) else []
    if extra and (
        extra[0] in _RANK_OPENINGS
        or any(
            spelling.squash(other).startswith(spelling.squash(" ".join(extra))) for other in others
        )
    ):
        return False
    lost_first = len(signed.split()) == len(name.split()) + 1 <= MAX_NAME_WORDS
    return signed.startswith(name) or (lost_first and signed.endswith(" " + name))


_RANK_OPENINGS = frozenset(["thiếu", "trung", "thượng", "đại"])  # "Thiếu úy", "Trung tá", …


def _member_names(result: Result) -> set[str]:
    return {fold(result.values[k]) for k in ("chair", "secretary") if result.values.get(k)}


COUNT_NAMES = {
    "total_members": "tổng số đảng viên",
    "present": "có mặt",
    "exempt": "miễn sinh hoạt",
    "absent_excused": "vắng có lý do",
    "absent_unexcused": "vắng không lý do",
    "absent": "vắng",
}
OCR_TRUSTED = 0.95


def repair_counts(result: Result, counts: Counts) -> None:
    """Set right the one OCR digit error that makes the roll call add up (OCR text only).

    A text layer is never repaired: counts that do not add up as written stay as written.
    """
    if _repair_total_by_kinds(result, counts):
        return
    repair = repair_digit_error(counts)
    if repair is None:
        return
    name, read, fixed = repair
    hit = counts.hits[name]
    para = result.doc.paragraphs[result.doc.paragraph_at(hit.start)]
    if para.confidence >= OCR_TRUSTED:
        return
    counts.hits[name] = Hit(fixed, hit.start, hit.end, 0.45, "repaired")
    if name.startswith("absent_"):
        counts.hits.pop("absent", None)
    elif name == "absent":
        attendance.characterise_absent(result.doc, counts)
    result.warnings.append(
        f"Số {COUNT_NAMES[name]} đọc được là {read}, đã sửa thành {fixed} "
        "để số liệu dự họp khớp (nghi nhận dạng nhầm chữ số): cần kiểm tra lại"
    )


def _repair_total_by_kinds(result: Result, counts: Counts) -> bool:
    """The total set to the full members and probationers stated beside it when only that
    makes the roll call add up (OCR text only, as `repair_counts`)."""
    repair = repair_total_by_kinds(counts)
    hit = counts.hits.get("total_members")
    if repair is None or hit is None:
        return False
    para = result.doc.paragraphs[result.doc.paragraph_at(hit.start)]
    if para.confidence >= OCR_TRUSTED:
        return False
    read, fixed = repair
    counts.hits["total_members"] = Hit(fixed, hit.start, hit.end, 0.5, "kinds")
    result.warnings.append(
        f"Tổng số đảng viên đọc được là {read}, đã sửa thành {fixed} (số chính thức cộng dự "
        "bị ghi bên cạnh) để số liệu dự họp khớp: cần kiểm tra lại"
    )
    return True


def add_attendance(result: Result) -> None:
    counts = attendance.find_counts(result.doc)
    repair_counts(result, counts)
    for name in COUNT_FIELDS:
        hit = counts.hits.get(name)
        if hit is not None:
            result.put(f"attendance.{name}", hit.value, hit)
    total = counts.hits.get("total_members")
    if total is not None and total.note == "kinds":
        result.warnings.append(
            f"Biên bản không ghi tổng số đảng viên: lấy số đảng viên chính thức cộng dự bị "
            f"({total.value}): cần kiểm tra lại"
        )
    if counts.value("present") is None:
        result.warnings.append("Không tìm thấy số đảng viên có mặt")
    if counts.value("total_members") is None:
        result.warnings.append("Không tìm thấy tổng số đảng viên của chi bộ")
    if counts.absentees:
        result.values["absentees"] = [
            {"name": repair_words(name), "excused": excused} for name, excused in counts.absentees
        ]
    result.warnings.extend(counts.notes)
    problem = arithmetic_warning(counts)
    if problem:
        result.warnings.append(problem)


def add_content(result: Result) -> None:
    doc = result.doc
    kind = result.values.get("meeting_type")
    resolutions = content.find_resolutions(doc)
    if resolutions:
        result.put("resolutions", [repair_words(r.value) for r in resolutions], resolutions[0])
    topics = content.find_topics(doc, meeting_type=kind, has_resolutions=bool(resolutions))
    if topics:
        result.put("topics", [t.value for t in topics], topics[0])
    if kind in ("thematic", "combined"):
        title = content.find_thematic_title(doc)
        if title is not None:
            value = tidy_value(drop_specks(repair_words(title.value)))  # "tiết: kiệm"
            put_voted(result, "thematic_title", value, title)
    spoke = speakers.find_speakers(doc)
    if spoke is not None:
        result.put("speakers", spoke.value, spoke)
    vote = votes.find_vote(doc, present=result.values.get("attendance.present"))
    if vote is not None:
        agree, total = vote.value
        result.put("vote", Vote(agree=agree, total=total), vote)


def add_ocr_warning(result: Result) -> None:
    lines = result.doc.lines
    mean = sum(line.confidence for line in lines) / len(lines)
    if mean < LOW_OCR:
        result.warnings.append(
            f"Chất lượng nhận dạng chữ thấp (độ tin cậy trung bình {mean:.2f}): cần kiểm tra lại".replace(
                ".", ",", 1
            )
        )


def to_fields(result: Result) -> MeetingFields:
    values = result.values
    counts = {name: values.get(f"attendance.{name}") for name in COUNT_FIELDS}
    plain = {k: values.get(k) for k in SCALAR_FIELDS}
    return MeetingFields(
        **plain,
        attendance=Attendance(**counts, guests=values.get("guests", [])),
        topics=values.get("topics", []),
        resolutions=values.get("resolutions", []),
        absentees=values.get("absentees", []),
        fields=result.evidence,
        warnings=result.warnings,
    )


def assemble_fields(doc: Document) -> MeetingFields:
    """Every field of the document, extractor by extractor."""
    result = Result(doc)
    add_when(result)
    add_header(result)
    add_people(result)
    add_attendance(result)
    add_content(result)
    add_ocr_warning(result)
    return to_fields(result)

"""Invariants: extraction never raises and always gives valid `MeetingFields`."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bienban.extractors import extract_fields
from bienban.extractors.assemble import assemble_fields
from bienban.extractors.text import build_document, fold
from bienban.models import MeetingFields, Page, PageStatus, Word

VIETNAMESE = (
    "aăâbcdđeêghiklmnoôơpqrstuưvxyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ"
)
PIECES = [
    "Chủ trì:",
    "Thư ký:",
    "đ/c",
    "Đồng chí",
    "ngày",
    "tháng",
    "năm",
    "giờ",
    "phút",
    "lúc",
    "kết thúc",
    "vắng",
    "có mặt",
    "tổng số đảng viên",
    "miễn sinh hoạt",
    "có lý do",
    "không lý do",
    "Biểu quyết:",
    "nhất trí",
    "Chuyên đề:",
    "Nhiệm vụ tháng tới:",
    "- ",
    "1.",
    "\n",
    ":",
    "/",
    "CHI BỘ",
    "ĐẢNG BỘ",
    "BIÊN BẢN",
    "tại",
    "Z",
    "hai mươi",
    "100%",
    "(",
    ")",
    ";",
    ",",
    ".",
]
text_strategy = st.lists(
    st.one_of(
        st.sampled_from(PIECES),
        st.integers(min_value=0, max_value=3000).map(str),
        st.text(alphabet=VIETNAMESE + VIETNAMESE.upper() + " \n.,:;/()-", max_size=12),
    ),
    max_size=60,
).map(" ".join)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text_strategy)
def test_never_raises_on_cue_soup(text: str) -> None:
    # assemble_fields directly: extract_fields would turn a bug into a warning
    doc = build_document([Page(number=1, text=text)])
    fields = assemble_fields(doc) if doc.paragraphs else extract_fields([Page(number=1, text=text)])
    MeetingFields.model_validate(fields.model_dump())


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=400))
def test_never_raises_on_arbitrary_text(text: str) -> None:
    doc = build_document([Page(number=1, text=text)])
    fields = assemble_fields(doc) if doc.paragraphs else extract_fields([Page(number=1, text=text)])
    MeetingFields.model_validate(fields.model_dump())


@settings(max_examples=50, deadline=None)
@given(
    st.lists(st.text(max_size=80), min_size=1, max_size=4),
    st.lists(st.floats(min_value=0, max_value=1), max_size=10),
    st.sampled_from(list(PageStatus)),
)
def test_never_raises_on_pages_with_words(
    texts: list[str], confs: list[float], status: PageStatus
) -> None:
    words = [Word(text="x", confidence=c, line=i) for i, c in enumerate(confs)]
    pages = [Page(number=i + 1, text=t, words=words, status=status) for i, t in enumerate(texts)]
    fields = extract_fields(pages)
    assert all(0 <= e.confidence <= 1 for e in fields.fields.values())
    assert all(w.strip() for w in fields.warnings)


@given(st.text(max_size=200))
def test_fold_keeps_length_and_is_idempotent(text: str) -> None:
    folded = fold(text)
    assert len(folded) == len(text)
    assert fold(folded) == folded

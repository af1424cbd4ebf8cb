"""Reading order of an OCR'd page, as the PDF text layer's (`pages._layout_words`) has it.

Tesseract returns a two-column letter head or signature block column by column: one text
block, then the block beside it. Minutes are read row by row: where two consecutive blocks
stand side by side (apart horizontally, overlapping vertically), their lines are interleaved
row by row, left before right, each line kept whole. Every other block keeps Tesseract's order
(paragraphs, and tables, whose cells Tesseract groups in ways a row rule got wrong more often
than right on the benchmark's scans).
"""

from __future__ import annotations

from dataclasses import dataclass

from bienban.models import Word

MIN_OVERLAP = 0.5  # of the shorter one's height


@dataclass
class _Box:
    top: int
    bottom: int
    left: int
    right: int

    @classmethod
    def around(cls, words: list[Word]) -> _Box:
        return cls(
            top=min(w.top for w in words),
            bottom=max(w.top + w.height for w in words),
            left=min(w.left for w in words),
            right=max(w.left + w.width for w in words),
        )

    @property
    def middle(self) -> float:
        return (self.top + self.bottom) / 2

    def beside(self, other: _Box) -> bool:
        overlap = min(self.bottom, other.bottom) - max(self.top, other.top)
        shorter = min(self.bottom - self.top, other.bottom - other.top) or 1
        apart = self.right <= other.left or other.right <= self.left
        return apart and overlap / shorter >= MIN_OVERLAP


def reading_order(words: list[Word], *, blocks: dict[int, int]) -> list[Word]:
    """`words` (in Tesseract's order, `line` indexes ascending) with side-by-side blocks'
    lines interleaved and the `line` indexes renumbered; `blocks` maps a line to its block."""
    lines: dict[int, list[Word]] = {}
    for word in words:
        lines.setdefault(word.line, []).append(word)
    grouped: list[list[list[Word]]] = []  # blocks of lines, in order
    last_block = None
    for line, line_words in lines.items():
        if blocks.get(line) != last_block or not grouped:
            grouped.append([])
            last_block = blocks.get(line)
        grouped[-1].append(line_words)
    ordered_lines: list[list[Word]] = []
    index = 0
    while index < len(grouped):
        block = grouped[index]
        following = grouped[index + 1] if index + 1 < len(grouped) else None
        if following and _box(block).beside(_box(following)):
            ordered_lines.extend(_interleave(block, following))
            index += 2
        else:
            ordered_lines.extend(block)
            index += 1
    return [
        word.model_copy(update={"line": number})
        for number, line_words in enumerate(ordered_lines)
        for word in line_words
    ]


def _box(block: list[list[Word]]) -> _Box:
    return _Box.around([word for line in block for word in line])


def _interleave(first: list[list[Word]], second: list[list[Word]]) -> list[list[Word]]:
    """Two side-by-side blocks' lines, top to bottom; lines beside each other left first."""
    boxed = [(_Box.around(line), line) for line in first + second]
    boxed.sort(key=lambda item: item[0].middle)
    ordered: list[tuple[_Box, list[Word]]] = []
    for box, line in boxed:
        if ordered and ordered[-1][0].beside(box) and box.left < ordered[-1][0].left:
            ordered.insert(len(ordered) - 1, (box, line))
        else:
            ordered.append((box, line))
    return [line for _, line in ordered]

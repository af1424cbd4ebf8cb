"""The layout-marked text format minutes are written in before they are rendered.

One paragraph per line. `LEFT || RIGHT` is a two-column row (letter head, signature block);
`||` alone is the space where signatures go. `^` starts a centred title line. `| a | b |` lines
are a table row. A blank line is vertical space. `<<page>>` alone starts a new page. On paper the marks are not printed; the
columns, centring and table rules are. This is the format of ../shared/samples/*.txt.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class BlockKind(StrEnum):
    PARAGRAPH = "paragraph"
    TITLE = "title"
    COLUMNS = "columns"
    TABLE_ROW = "table_row"
    SPACE = "space"
    PAGE_BREAK = "page_break"


PAGE_BREAK = "<<page>>"


@dataclass(frozen=True)
class Block:
    kind: BlockKind
    cells: tuple[str, ...]

    @property
    def text(self) -> str:
        return " ".join(c for c in self.cells if c)


def parse_markup(markup: str) -> list[Block]:
    """Split marked-up minutes into layout blocks, one per input line."""
    return [_parse_line(line.rstrip()) for line in markup.splitlines()]


def _parse_line(line: str) -> Block:
    stripped = line.strip()
    if not stripped:
        return Block(BlockKind.SPACE, ())
    if stripped == PAGE_BREAK:
        return Block(BlockKind.PAGE_BREAK, ())
    if stripped.startswith("^"):
        return Block(BlockKind.TITLE, (stripped[1:].strip(),))
    if stripped.startswith("|") and stripped.endswith("|") and len(stripped) > 1:
        cells = tuple(cell.strip() for cell in stripped[1:-1].split("|"))
        return Block(BlockKind.TABLE_ROW, cells)
    if "||" in stripped:
        left, _, right = stripped.partition("||")
        return Block(BlockKind.COLUMNS, (left.strip(), right.strip()))
    return Block(BlockKind.PARAGRAPH, (stripped,))


def to_plain_text(markup: str) -> str:
    """The printed words in reading order, without layout marks: one line per printed line.

    Column rows give their left cell, then their right cell, each on its own line, the way an
    OCR engine reading column blocks or a column-aware text layer returns them.
    """
    lines: list[str] = []
    for block in parse_markup(markup):
        if block.kind is BlockKind.COLUMNS:
            lines.extend(cell for cell in block.cells if cell)
        elif block.kind is BlockKind.TABLE_ROW:
            lines.append(" ".join(block.cells))
        elif block.kind not in (BlockKind.SPACE, BlockKind.PAGE_BREAK):
            lines.append(block.text)
    return "\n".join(lines)

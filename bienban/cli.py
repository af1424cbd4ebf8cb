"""The `bienban` command line. Errors are caught once, here, and turned into a Vietnamese
message and a documented exit code (see `bienban.errors`)."""

from __future__ import annotations

import argparse
import json
import logging
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from bienban import __version__
from bienban.cli_flows import add_flow_commands
from bienban.cli_store import add_store_commands
from bienban.cli_ui import add_ui_commands
from bienban.errors import BienbanError, ExitCode
from bienban.models import DocumentResult, DocumentStatus
from bienban.settings import Settings, get_settings

logger = logging.getLogger("bienban")

EPILOG = """mã thoát (exit codes):
  0  mọi tài liệu đã được xử lý
  1  lỗi nội bộ (hãy báo lỗi kèm nhật ký)
  2  dùng sai lệnh
  3  không tìm thấy đường dẫn đầu vào hoặc không có tài liệu nào
  4  có tài liệu không đọc được (các tài liệu khác vẫn được xử lý)
  5  thiếu chương trình cần thiết (Tesseract, mô hình tiếng Việt)
  6  không ghi được tệp kết quả hoặc cơ sở dữ liệu
  7  tệp cấu hình (thang điểm) thiếu hoặc không hợp lệ
  130 bị người dùng dừng (Ctrl+C)"""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="bienban",
        description="Đọc biên bản sinh hoạt chi bộ đã quét thành bản ghi có cấu trúc.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"bienban {__version__}")
    parser.add_argument(
        "-v", "--verbose", action="count", default=0, help="ghi nhật ký chi tiết hơn (-vv: gỡ lỗi)"
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="LỆNH")
    _add_extract(commands)
    _add_evaluate(commands)
    _add_corpus(commands)
    add_store_commands(commands)
    add_flow_commands(commands)
    add_ui_commands(commands)
    return parser


def _add_extract(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    extract = commands.add_parser(
        "extract",
        help="đọc các bản quét, ghi mỗi tài liệu một bản ghi (JSONL)",
        description=(
            "Đọc tệp và thư mục (PDF, TIFF nhiều trang, JPEG, PNG), ghi mỗi tài liệu một bản "
            "ghi JSON trên một dòng theo thứ tự tìm thấy. Tài liệu hỏng được bỏ qua kèm lý do."
        ),
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    extract.add_argument("paths", nargs="+", metavar="ĐƯỜNG_DẪN", help="tệp hoặc thư mục")
    extract.add_argument(
        "-o", "--output", required=True, type=Path, metavar="TỆP.jsonl", help="tệp kết quả"
    )
    extract.add_argument(
        "-j", "--workers", type=int, metavar="N", help="số tiến trình song song (mặc định: số lõi)"
    )
    extract.add_argument(
        "--no-progress", action="store_true", help="không in tiến độ từng tài liệu"
    )
    extract.set_defaults(handler=run_extract)


def _add_evaluate(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    evaluate = commands.add_parser(
        "evaluate",
        help="so bản ghi với đáp án, in độ chính xác từng trường",
        description=(
            "So OUTPUT.jsonl với đáp án TRUTH.jsonl (ghép theo sha256 hoặc tên tệp) và in bảng "
            "độ chính xác từng trường, F1 chủ đề, độ chính xác/độ phủ nghị quyết."
        ),
    )
    evaluate.add_argument("truth", type=Path, metavar="TRUTH.jsonl")
    evaluate.add_argument("output", type=Path, metavar="OUTPUT.jsonl")
    evaluate.add_argument("--json", action="store_true", help="in kết quả dạng JSON")
    evaluate.add_argument(
        "--details", action="store_true", help="in thêm từng trường sai: tài liệu, đáp án, kết quả"
    )
    evaluate.set_defaults(handler=run_evaluate)


def _add_corpus(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    corpus = commands.add_parser(
        "corpus", help="sinh bộ biên bản mẫu kèm đáp án, dựng thành bản quét"
    )
    sub = corpus.add_subparsers(dest="corpus_command", required=True, metavar="LỆNH")
    generate = sub.add_parser(
        "generate", help="sinh N biên bản ngẫu nhiên (xác định theo seed) và truth.jsonl"
    )
    generate.add_argument("--out", required=True, type=Path, metavar="THƯ_MỤC")
    generate.add_argument("--count", type=int, default=12, metavar="N")
    generate.add_argument("--seed", type=int, default=1, metavar="S")
    generate.add_argument("--levels", default="clean,scan,bad", help="clean,scan,bad")
    generate.add_argument(
        "--formats",
        default="jpeg,png,tiff,pdf_image,pdf_text",
        help="jpeg,png,tiff,pdf_image,pdf_text",
    )
    generate.add_argument(
        "--families",
        help="các họ mẫu câu, cách nhau bằng dấu phẩy (mặc định: A,B,C,D,E,F). G đến Z, AA"
        " đến AZ, BA đến BJ là các họ dùng khi phát triển luật (từng được giữ riêng, đo một"
        " lần); BK và BL là các họ đang được giữ riêng (held-out), người viết luật không được"
        " đọc. Các họ G–Z, AA–AZ, BA–BL chỉ sinh khi ghi rõ, ví dụ --families BK,BL",
    )
    generate.set_defaults(handler=run_corpus_generate)
    render = sub.add_parser(
        "render", help="dựng các biên bản NNN.txt (kèm NNN.json) thành bản quét và truth.jsonl"
    )
    render.add_argument("source", type=Path, metavar="THƯ_MỤC_TXT")
    render.add_argument("--out", required=True, type=Path, metavar="THƯ_MỤC")
    render.add_argument("--seed", type=int, default=1, metavar="S")
    render.add_argument("--levels", default="clean,scan,bad")
    render.add_argument("--formats", default="jpeg,png,tiff,pdf_image,pdf_text")
    render.set_defaults(handler=run_corpus_render)


def run_extract(args: argparse.Namespace, settings: Settings) -> ExitCode:
    from bienban.pipeline.batch import process_batch
    from bienban.pipeline.intake import find_documents
    from bienban.pipeline.ocr import check_tesseract
    from bienban.pipeline.output import write_records

    documents = find_documents(args.paths)
    if not documents:
        from bienban.errors import InputNotFoundError

        raise InputNotFoundError(
            "Không có tài liệu nào (PDF, TIFF, JPEG, PNG) trong đường dẫn đã cho."
        )
    check_tesseract(command=settings.tesseract_cmd, language=settings.ocr_language)
    report = _progress_printer(len(documents)) if not args.no_progress else None
    started = time.perf_counter()
    results = write_records(process_batch(documents, settings=settings), args.output, report)
    print_summary(results, output=args.output, seconds=time.perf_counter() - started)
    failed = any(r.status is DocumentStatus.FAILED for r in results)
    return ExitCode.DOCUMENTS_FAILED if failed else ExitCode.OK


def _progress_printer(total: int) -> Callable[[DocumentResult], None]:
    state = {"done": 0, "pages": 0, "started": time.perf_counter()}

    def report(result: DocumentResult) -> None:
        state["done"] += 1
        state["pages"] += result.pages
        elapsed = time.perf_counter() - state["started"]
        rate = state["pages"] / elapsed * 60 if elapsed else 0.0
        left = elapsed / state["done"] * (total - state["done"])
        mark = "✓" if result.status is DocumentStatus.OK else "✗"
        print(
            f"[{state['done']}/{total}] {mark} {result.display_path} "
            f"({result.pages} trang, {result.seconds:.1f} s) — {rate:.0f} trang/phút, "
            f"còn khoảng {_duration(left)}",
            file=sys.stderr,
            flush=True,
        )

    return report


def _duration(seconds: float) -> str:
    if seconds < 60:
        return f"{seconds:.0f} giây"
    return f"{seconds / 60:.0f} phút"


def print_summary(results: Sequence[DocumentResult], *, output: Path, seconds: float) -> None:
    ok = [r for r in results if r.status is DocumentStatus.OK]
    failed = [r for r in results if r.status is DocumentStatus.FAILED]
    pages = sum(r.pages for r in ok)
    warned = sum(1 for r in ok if r.record is not None and r.record.warnings)
    print(f"Đã đọc {len(ok)}/{len(results)} tài liệu ({pages} trang) trong {seconds:.1f} giây.")
    print(f"Bản ghi: {output}")
    if warned:
        print(f"{warned} tài liệu có cảnh báo cần người kiểm tra (trường 'warnings').")
    for result in failed:
        print(f"Không đọc được {result.display_path}: {result.reason}")


def run_evaluate(args: argparse.Namespace, settings: Settings) -> ExitCode:
    from bienban.evaluation import evaluate_files, format_mismatches, format_table

    evaluation = evaluate_files(args.truth, args.output)
    if args.json:
        print(json.dumps(evaluation.as_dict(), ensure_ascii=False, indent=1))
    else:
        print(format_table(evaluation))
    if args.details and evaluation.mismatches:
        print("\n" + format_mismatches(evaluation))
    return ExitCode.OK


def _split(value: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in value.split(",") if part.strip())


def run_corpus_generate(args: argparse.Namespace, settings: Settings) -> ExitCode:
    from bienban.corpus.generate import generate_corpus

    truth = generate_corpus(
        args.out,
        count=args.count,
        seed=args.seed,
        levels=_split(args.levels),
        formats=_split(args.formats),
        families=_split(args.families) if args.families else None,
    )
    print(f"Đã sinh {args.count} biên bản vào {args.out}; đáp án: {truth}")
    return ExitCode.OK


def run_corpus_render(args: argparse.Namespace, settings: Settings) -> ExitCode:
    from bienban.corpus.generate import render_marked_texts

    texts = []
    for text_path in sorted(args.source.glob("*.txt")):
        expected_path = text_path.with_suffix(".json")
        if expected_path.is_file():
            expected = json.loads(expected_path.read_text(encoding="utf-8"))
            texts.append((text_path.stem, text_path.read_text(encoding="utf-8"), expected))
    if not texts:
        from bienban.errors import InputNotFoundError

        raise InputNotFoundError(f"Không có cặp NNN.txt/NNN.json nào trong '{args.source}'.")
    truth = render_marked_texts(
        texts, args.out, seed=args.seed, levels=_split(args.levels), formats=_split(args.formats)
    )
    print(f"Đã dựng {len(texts)} biên bản vào {args.out}; đáp án: {truth}")
    return ExitCode.OK


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    logging.basicConfig(
        level=(logging.WARNING, logging.INFO, logging.DEBUG)[min(args.verbose, 2)],
        format="%(levelname)s %(name)s: %(message)s",
    )
    try:
        settings = get_settings()
        if getattr(args, "workers", None):
            settings = settings.model_copy(update={"workers": args.workers})
        return int(args.handler(args, settings))
    except BienbanError as error:
        print(f"Lỗi: {error.message}", file=sys.stderr)
        return int(error.exit_code)
    except KeyboardInterrupt:
        print("Đã dừng theo yêu cầu.", file=sys.stderr)
        return int(ExitCode.INTERRUPTED)


if __name__ == "__main__":
    sys.exit(main())

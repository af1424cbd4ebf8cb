"""Archive-flow benchmark: what orchestration costs on top of the OCR stage.

On the OCR benchmark's generated corpus (same documents, same seed) it runs, alternately:
  (a) the OCR stage exactly as `bench/ocr_bench.py` measures it (pages read across processes);
  (f) the `process_archive` Prefect flow over the same tree into a fresh SQLite store: hashing,
      reading, extraction, scoring, storing and the year's reports, with the same worker count;
and prints seconds and pages/minute of each and the ratio (f)/(a). The flow is timed from its
call once Prefect's local server is up (a warm-up run on an empty tree starts it); the server's
start is printed separately, since a long archive run pays it once. A second flow run over the
same tree (everything already stored) shows the resume cost.

    .venv/bin/python bench/flow_bench.py --count 36 --seed 31
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from ocr_bench import LEVELS, _load_or_generate, corpus_arguments, run_bienban  # noqa: E402

os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")


def main() -> None:
    args = _parse_args()
    cores = args.workers or os.cpu_count() or 1
    corpus = args.out / "corpus"
    truth = _load_or_generate(corpus, count=args.count, seed=args.seed)
    pages = sum(t["source"]["pages"] for t in truth)
    print(f"{len(truth)} documents, {pages} pages ({', '.join(LEVELS)}), {cores} workers")

    from bienban.flows.archive import process_archive
    from bienban.flows.runners import with_runner
    from bienban.settings import Settings

    work = Path(tempfile.mkdtemp(prefix="bienban-flow-bench-"))
    empty = work / "empty"
    empty.mkdir()

    def settings_for(name: str) -> Settings:
        return Settings(
            workers=cores,
            cache_dir=None,
            database_url=f"sqlite:///{work / name}.db",
            report_dir=work / f"{name}-reports",
        )

    started = time.perf_counter()
    warm = settings_for("warm-up")
    with_runner(process_archive, warm)(str(empty), warm)
    print(
        f"Prefect local server start + empty run: {time.perf_counter() - started:.1f} s\n",
        flush=True,
    )

    rows: list[tuple[str, float]] = []
    print(f"{'run':40s} {'seconds':>8s} {'pages/min':>10s}", flush=True)

    def note(name: str, seconds: float) -> None:
        rows.append((name, seconds))
        print(f"{name:40s} {seconds:8.1f} {pages / seconds * 60:10.1f}", flush=True)

    for round_number in range(1, args.rounds + 1):
        stage = run_bienban(corpus, truth, cores=cores, steps=None)
        note(f"(a) OCR stage, round {round_number}", stage["seconds"])
        for threads in args.flow_workers or [cores]:
            settings = settings_for(f"round-{round_number}-{threads}")
            settings.workers = threads
            began = time.perf_counter()
            run = with_runner(process_archive, settings)(str(corpus), settings)
            note(f"(f{threads}) archive flow, round {round_number}", time.perf_counter() - began)
            done = sum(1 for o in run.outcomes if o.status == "processed")
            if done != len(truth):
                print(f"warning: the flow processed {done} of {len(truth)} documents")
        began = time.perf_counter()
        with_runner(process_archive, settings)(str(corpus), settings)
        note(f"(r) resume, nothing new, round {round_number}", time.perf_counter() - began)

    stage_mean = _mean([s for n, s in rows if n.startswith("(a)")])
    for threads in args.flow_workers or [cores]:
        flow_mean = _mean([s for n, s in rows if n.startswith(f"(f{threads})")])
        print(
            f"\nmean: OCR stage {stage_mean:.1f} s, archive flow ({threads} workers) "
            f"{flow_mean:.1f} s; flow throughput = {stage_mean / flow_mean:.3f} × the OCR stage's"
        )
    shutil.rmtree(work, ignore_errors=True)


def _mean(numbers: list[float]) -> float:
    return sum(numbers) / len(numbers)


def _parse_args() -> argparse.Namespace:
    parser = corpus_arguments(__doc__)
    parser.add_argument("--rounds", type=int, default=2, help="alternations of (a) and (f)")
    parser.add_argument(
        "--flow-workers",
        type=int,
        nargs="+",
        metavar="N",
        help="the flow's worker counts to compare, each run every round (default: --workers)",
    )
    return parser.parse_args()


if __name__ == "__main__":
    main()

"""OCR benchmark: bienban's OCR stage against the hardware's ideal for this engine and OCRmyPDF.

On the same generated pages (every degradation level, every scanned format) it runs, side by side:
  (a) bienban's OCR stage (intake + preprocessing + Tesseract across processes + the Vietnamese
      normalisation after OCR: the text the extractors read); the same run's text before
      normalisation is scored on its own row, "(a) before normalisation";
  (b) the raw `tesseract` CLI in parallel (`xargs -P <cores>`, OMP_THREAD_LIMIT=1) on the page
      images, taken straight out of scanned PDFs with `pdfimages` (no re-rendering);
  (c) OCRmyPDF (`--sidecar`, `--output-type none`, `--deskew --rotate-pages --clean`);
and prints pages/minute and the character error rate (CER: edit distance / characters of the
generator's ground truth, whitespace collapsed, NFC) per level for each. It also times the
text-layer path on text PDFs (pages/second). `--ablation` reruns (a) with each preprocessing
step switched off, to show what each step is worth.

    .venv/bin/python bench/ocr_bench.py --count 36 --seed 31
    .venv/bin/python bench/ocr_bench.py --count 15 --ablation --skip-peers

OCRmyPDF comes from Debian (`apt-get install ocrmypdf unpaper`); `bench/setup.sh` installs it.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import time
import unicodedata
from collections import defaultdict
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from pathlib import Path
from typing import Any

from rapidfuzz.distance import Levenshtein

from bienban.corpus.generate import generate_corpus
from bienban.models import DocumentFile
from bienban.pipeline.batch import make_engine
from bienban.pipeline.document import read_pages
from bienban.pipeline.intake import sniff_format
from bienban.pipeline.normalise import normalise_page
from bienban.settings import Settings

SCANNED_FORMATS = ("jpeg", "png", "tiff", "pdf_image")
LEVELS = ("clean", "scan", "bad")


def main() -> None:
    args = _parse_args()
    cores = args.workers or os.cpu_count() or 1
    corpus = args.out / "corpus"
    truth = _load_or_generate(corpus, count=args.count, seed=args.seed)
    pages = sum(t["source"]["pages"] for t in truth)
    print(f"{len(truth)} documents, {pages} pages, {cores} processes\n", flush=True)
    results: dict[str, dict[str, Any]] = {}
    results["(a) bienban"] = run_bienban(corpus, truth, cores=cores, steps=None)
    results["(a) before normalisation"] = results["(a) bienban"].pop("as_read")
    if not args.skip_peers:
        results["(b) tesseract -P"] = run_raw_tesseract(
            corpus, truth, args.out / "raw", cores=cores
        )
        if args.skip_ocrmypdf:
            pass
        elif shutil.which("ocrmypdf"):
            results["(c) ocrmypdf"] = run_ocrmypdf(
                corpus, truth, args.out / "ocrmypdf", cores=cores
            )
        else:
            print("ocrmypdf not installed: run bench/setup.sh to include (c)", file=sys.stderr)
    if args.ablation:
        for variant, steps in _ablation_variants():
            results[f"(a) {variant}"] = run_bienban(corpus, truth, cores=cores, steps=steps)
            results[f"(a) {variant}"].pop("as_read")
    print_table(results, pages=pages)
    text_rate = run_text_layer(args.out / "text_pdf-40", seed=args.seed, cores=cores)
    print(
        f"\ntext-layer PDFs: {text_rate['pages']} pages in {text_rate['seconds']:.2f} s = "
        f"{text_rate['pages_per_second']:.1f} pages/s (after {cores} worker processes started "
        f"in {text_rate['worker_start_seconds']:.1f} s)"
    )
    (args.out / "results.json").write_text(
        json.dumps({"ocr": results, "text_layer": text_rate}, indent=1), encoding="utf-8"
    )


def corpus_arguments(description: str | None) -> argparse.ArgumentParser:
    """The options every benchmark shares: where, which generated corpus, how many workers."""
    parser = argparse.ArgumentParser(
        description=description, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--out", type=Path, default=Path("out/bench"))
    parser.add_argument("--count", type=int, default=36, help="scanned documents to generate")
    parser.add_argument("--seed", type=int, default=31)
    parser.add_argument("--workers", type=int, help="processes (default: all cores)")
    return parser


def _parse_args() -> argparse.Namespace:
    parser = corpus_arguments(__doc__)
    parser.add_argument("--skip-peers", action="store_true", help="run only (a)")
    parser.add_argument("--skip-ocrmypdf", action="store_true", help="leave out (c)")
    parser.add_argument("--ablation", action="store_true", help="(a) with each step switched off")
    return parser.parse_args()


def _load_or_generate(corpus: Path, *, count: int, seed: int) -> list[dict[str, Any]]:
    truth_path = corpus / "truth.jsonl"
    stamp = corpus / "params.json"
    params = {"count": count, "seed": seed}
    if not (truth_path.is_file() and stamp.is_file() and json.loads(stamp.read_text()) == params):
        shutil.rmtree(corpus, ignore_errors=True)
        generate_corpus(corpus, count=count, seed=seed, levels=LEVELS, formats=SCANNED_FORMATS)
        stamp.write_text(json.dumps(params))
    return [json.loads(line) for line in truth_path.read_text(encoding="utf-8").splitlines()]


def _ablation_variants() -> list[tuple[str, tuple[str, ...]]]:
    default = tuple(Settings(workers=1).preprocess_steps)
    variants = [("no preprocessing", ())]
    variants += [(f"without {step}", tuple(s for s in default if s != step)) for step in default]
    return variants


# --- (a) bienban -----------------------------------------------------------------------------


def _bienban_document(job: tuple[str, tuple[str, ...] | None]) -> tuple[str, str]:
    """The document's text as the OCR stage hands it on (normalised), and as Tesseract read it."""
    path, steps = job
    settings = Settings(workers=1, cache_dir=None)
    if steps is not None:
        settings = settings.model_copy(update={"ocr_preprocess": ",".join(steps)})
    document = DocumentFile(path=Path(path), display_path=path, size=Path(path).stat().st_size)
    file_format = sniff_format(document.path)
    assert file_format is not None
    pages = read_pages(document, file_format, make_engine(settings), settings)
    normalised = "\n".join(normalise_page(page).text for page in pages)
    return normalised, "\n".join(page.text for page in pages)


def run_bienban(
    corpus: Path, truth: list[dict[str, Any]], *, cores: int, steps: tuple[str, ...] | None
) -> dict[str, Any]:
    jobs = [(str(corpus / t["source"]["path"]), steps) for t in truth]
    started = time.perf_counter()
    with ProcessPoolExecutor(max_workers=cores) as pool:
        texts = list(pool.map(_bienban_document, jobs))
    seconds = time.perf_counter() - started
    scored = _score(truth, [normalised for normalised, _ in texts], seconds=seconds)
    scored["as_read"] = _score(truth, [raw for _, raw in texts], seconds=seconds)
    return scored


# --- (b) raw tesseract --------------------------------------------------------------------------


def run_raw_tesseract(
    corpus: Path, truth: list[dict[str, Any]], work: Path, *, cores: int
) -> dict[str, Any]:
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    inputs = [
        _page_images(corpus / t["source"]["path"], work, index=i) for i, t in enumerate(truth)
    ]
    listing = work / "inputs.txt"
    listing.write_text("\n".join(str(p) for group in inputs for p in group) + "\n")
    command = (
        f"xargs -a {listing} -P {cores} -I{{}} "
        "env OMP_THREAD_LIMIT=1 tesseract {} {} -l vie quiet"
    )
    started = time.perf_counter()
    subprocess.run(command, shell=True, check=True, stderr=subprocess.DEVNULL)
    seconds = time.perf_counter() - started
    texts = ["\n".join(_read(Path(f"{p}.txt")) for p in group) for group in inputs]
    return _score(truth, texts, seconds=seconds)


def _page_images(path: Path, work: Path, *, index: int) -> list[Path]:
    """The document's page images as they are stored: pdfimages for PDFs, else the file."""
    prefix = work / f"{index:04d}"
    if path.suffix.lower() == ".pdf":
        subprocess.run(["pdfimages", "-all", str(path), str(prefix)], check=True)
        return sorted(work.glob(f"{index:04d}-*"))
    target = prefix.with_suffix(path.suffix)
    shutil.copyfile(path, target)
    return [target]


def _read(path: Path) -> str:
    return path.read_text(encoding="utf-8") if path.is_file() else ""


# --- (c) OCRmyPDF -------------------------------------------------------------------------------


def _ocrmypdf_document(job: tuple[Path, Path]) -> str:
    source, sidecar = job
    command = [
        "ocrmypdf",
        "-l",
        "vie",
        "--jobs",
        "1",
        "--output-type",
        "none",
        "--sidecar",
        str(sidecar),
        "--deskew",
        "--rotate-pages",
        "--clean",
        "--force-ocr",
        "-q",
    ]
    if source.suffix.lower() != ".pdf":
        command += ["--image-dpi", "300"]
    command += [str(source), "-"]
    env = dict(os.environ, OMP_THREAD_LIMIT="1")
    subprocess.run(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return _read(sidecar)


def run_ocrmypdf(
    corpus: Path, truth: list[dict[str, Any]], work: Path, *, cores: int
) -> dict[str, Any]:
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    jobs = [(corpus / t["source"]["path"], work / f"{i:04d}.txt") for i, t in enumerate(truth)]
    started = time.perf_counter()
    with ThreadPoolExecutor(max_workers=cores) as pool:
        texts = list(pool.map(_ocrmypdf_document, jobs))
    return _score(truth, texts, seconds=time.perf_counter() - started)


# --- text layer ---------------------------------------------------------------------------------


def run_text_layer(work: Path, *, seed: int, cores: int) -> dict[str, Any]:
    """Text PDFs through the same path as (a), timed once the worker processes are up (a long
    batch starts them once; their start, ~1 s here, is reported on its own)."""
    if not (work / "truth.jsonl").is_file():
        generate_corpus(work, count=40, seed=seed + 1, levels=("clean",), formats=("pdf_text",))
    truth = [json.loads(x) for x in (work / "truth.jsonl").read_text(encoding="utf-8").splitlines()]
    jobs = [(str(work / t["source"]["path"]), None) for t in truth]
    with ProcessPoolExecutor(max_workers=cores) as pool:
        began = time.perf_counter()
        list(pool.map(_warm_up, range(cores)))
        start_up = time.perf_counter() - began
        started = time.perf_counter()
        texts = [normalised for normalised, _ in pool.map(_bienban_document, jobs)]
        seconds = time.perf_counter() - started
    pages = sum(t["source"]["pages"] for t in truth)
    scored = _score(truth, texts, seconds=seconds)
    return {
        "pages": pages,
        "seconds": seconds,
        "pages_per_second": pages / seconds,
        "worker_start_seconds": start_up,
        "cer": scored["cer"],
    }


def _warm_up(_: int) -> None:
    """Start a worker: its imports, and a moment so every worker gets one."""
    time.sleep(0.3)


# --- scoring ------------------------------------------------------------------------------------


def _canonical(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).split())


def _score(truth: list[dict[str, Any]], texts: list[str], *, seconds: float) -> dict[str, Any]:
    edits: dict[str, int] = defaultdict(int)
    chars: dict[str, int] = defaultdict(int)
    for expected, text in zip(truth, texts, strict=True):
        reference = _canonical("\n".join(expected["page_texts"]))
        level = expected["generator"]["level"]
        edits[level] += Levenshtein.distance(reference, _canonical(text))
        chars[level] += len(reference)
    pages = sum(t["source"]["pages"] for t in truth)
    return {
        "seconds": seconds,
        "pages_per_minute": pages / seconds * 60,
        "cer": {level: edits[level] / chars[level] for level in LEVELS if chars[level]},
    }


def print_table(results: dict[str, dict[str, Any]], *, pages: int) -> None:
    header = f"{'method':<28} {'seconds':>8} {'pages/min':>10} " + " ".join(
        f"{'CER ' + level:>10}" for level in LEVELS
    )
    print(header)
    print("-" * len(header))
    for name, result in results.items():
        cer = " ".join(f"{result['cer'].get(level, float('nan')):>10.3%}" for level in LEVELS)
        print(f"{name:<28} {result['seconds']:>8.1f} {result['pages_per_minute']:>10.1f} {cer}")
    if "(b) tesseract -P" in results:
        ratio = (
            results["(a) bienban"]["pages_per_minute"]
            / results["(b) tesseract -P"]["pages_per_minute"]
        )
        print(f"\nthroughput (a)/(b) = {ratio:.2f}")


if __name__ == "__main__":
    main()

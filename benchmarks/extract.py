"""Extraction throughput on a corpus, next to a naive single-regex scan of the same bytes.

    python benchmarks/extract.py [FOLDER ...] [--runs 7] [--repeat 20]

Prints MB/s of text and documents/s, the median of --runs runs (each pass goes over the corpus
--repeat times, so that a run lasts long enough to time). The naive scan decodes the bytes and runs
one regular expression for number-symbols: the floor any real extraction is compared against.
"""
from __future__ import annotations

import argparse
import re
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from loaders.extract import extract_text  # noqa: E402
from loaders.read import read_bytes, supported_files  # noqa: E402

NAIVE = re.compile(r"\d+(?:/\d{4})?[/-][A-ZĐ][\wĐđ]*(?:[-/][\wĐđ]+)*")


def full(docs):
    return sum(len(extract_text(read_bytes(data, suffix), name).references) for name, suffix, data in docs)


def naive(docs):
    return sum(len(NAIVE.findall(data.decode("utf-8", "replace"))) for _, _, data in docs)


def timed(job, docs, repeat: int) -> float:
    start = time.perf_counter()
    for _ in range(repeat):
        job(docs)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="*", default=[str(Path(__file__).resolve().parent.parent / "data" / "samples")])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()
    files = [f for f in supported_files(args.folders) if f.suffix.lower() in (".txt", ".md")]
    docs = [(str(f), f.suffix.lower(), f.read_bytes()) for f in files]
    megabytes = sum(len(d) for *_, d in docs) / 1e6 * args.repeat
    count = len(docs) * args.repeat
    print(f"corpus: {len(docs)} text files, {megabytes / args.repeat:.2f} MB, x{args.repeat} per run, "
          f"{args.runs} runs (median)")
    results = {}
    for name, job in (("naive scan", naive), ("vbgraph extract", full)):
        job(docs)                                            # warm caches (vocabulary, gazetteer)
        seconds = statistics.median(timed(job, docs, args.repeat) for _ in range(args.runs))
        results[name] = megabytes / seconds
        print(f"{name:16} {megabytes / seconds:8.2f} MB/s  {count / seconds:9.1f} documents/s")
    print(f"ratio extract/naive: {results['vbgraph extract'] / results['naive scan']:.3f}")


if __name__ == "__main__":
    main()

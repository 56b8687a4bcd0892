"""Extraction throughput on a corpus, next to a naive single-regex scan of the same bytes.

    python benchmarks/extract.py [FOLDER ...] [--runs 7] [--repeat 20]

Prints MB/s of text and documents/s, the median of --runs runs (each pass goes over the corpus
--repeat times, so that a run lasts long enough to time). Two naive scans decode the same bytes and
run one regular expression each: the whole citation at once (type word, number-symbol, date,
issuer — what one writes first), and number-symbols alone (a floor no real extraction reaches).
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

SYMBOL = r"\d+(?:/\d{4})?[/-][A-ZĐ][\wĐđ]*(?:[-/][\wĐđ]+)*"
TYPES = ("Chỉ thị|Kế hoạch|Kết luận|Quy định|Quyết định|Nghị quyết|Nghị định|Thông tư|Pháp lệnh|Luật|"
         "Chương trình|Đề án|Công văn|Hướng dẫn|Tờ trình|Thông báo")
CITATION = re.compile(rf"(?:(?P<type>{TYPES})\s+)?(?:số\s*)?(?P<label>{SYMBOL})"
                      r"(?:,?\s*ngày\s*(?P<date>\d{1,2}[/.-]\d{1,2}[/.-]\d{4}))?"
                      r"(?:\s*của\s+(?P<issuer>[^;,.]{1,120}?)(?=\s+về|[;,.]))?", re.I)
NUMBERS = re.compile(SYMBOL)


def full(docs):
    return sum(len(extract_text(read_bytes(data, suffix), name).references) for name, suffix, data in docs)


def citation_scan(docs):
    return sum(len([m.groupdict() for m in CITATION.finditer(data.decode("utf-8", "replace"))])
               for _, _, data in docs)


def number_scan(docs):
    return sum(len(NUMBERS.findall(data.decode("utf-8", "replace"))) for _, _, data in docs)


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
    jobs = (("naive: numbers only", number_scan), ("naive: one citation regex", citation_scan),
            ("vbgraph extract", full))
    for name, job in jobs:
        job(docs)                                            # warm caches (vocabulary, gazetteer)
        seconds = statistics.median(timed(job, docs, args.repeat) for _ in range(args.runs))
        results[name] = megabytes / seconds
        print(f"{name:26} {megabytes / seconds:8.2f} MB/s  {count / seconds:9.1f} documents/s")
    for name, _ in jobs[:2]:
        print(f"extract / {name}: {results['vbgraph extract'] / results[name]:.2f}x")


if __name__ == "__main__":
    main()

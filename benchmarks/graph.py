"""Ingest rate, store size and load time, query latency and lineage accuracy.

    python benchmarks/graph.py                       # the bundled data, then 10,000 generated plans
    python benchmarks/graph.py --plans 100000 --runs 3
    python benchmarks/graph.py --corpus DIR          # an already generated corpus (with truth.jsonl)
    python benchmarks/graph.py --store DIR           # keep the generated corpus's store

Latencies are the median and p95 over many documents; load time is the median of --runs loads.
Accuracy compares every generated plan's `implements` edge with the generator's ground truth.
"""
from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from graph.ingest import ingest  # noqa: E402
from graph.store import StoreDir  # noqa: E402
from loaders.read import supported_files  # noqa: E402
from latency import latencies  # noqa: E402  (benchmarks/latency.py)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--plans", type=int, default=10_000)
    parser.add_argument("--corpus", type=Path, help="a generated corpus to use instead of generating one")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--store", type=Path, help="keep the generated corpus's store here (to query it afterwards)")
    args = parser.parse_args()
    if args.store and args.store.exists():
        parser.error(f"{args.store} exists; give a new directory")
    with tempfile.TemporaryDirectory() as tmp:
        report("bundled data", ROOT / "data" / "samples", Path(tmp) / "samples-store", args.runs, None)
        corpus = args.corpus
        if corpus is None:
            corpus = Path(tmp) / "corpus"
            subprocess.run([sys.executable, str(ROOT / "benchmarks" / "generate.py"), str(corpus),
                            "--plans", str(args.plans), "--seed", str(args.seed)], check=True)
        report(f"generated corpus ({corpus})", corpus, args.store or Path(tmp) / "store", args.runs, corpus / "truth.jsonl")


def report(title: str, corpus: Path, store_path: Path, runs: int, truth: Path | None) -> None:
    print(f"\n== {title}")
    files = supported_files([corpus])
    megabytes = sum(f.stat().st_size for f in files) / 1e6
    store_dir = StoreDir(store_path)
    marks = {"start": time.perf_counter()}
    result = ingest(store_dir, files, on_stage=lambda stage: marks.setdefault(stage, time.perf_counter()))
    marks["done"] = time.perf_counter()
    seconds = marks["done"] - marks["start"]
    print(f"ingest          {len(files)} files, {megabytes:.1f} MB in {seconds:.1f} s: "
          f"{len(files) / seconds:.0f} documents/s, {megabytes / seconds:.2f} MB/s ({len(result.failed)} failed)")
    steps = list(marks.items())
    print("  of which      " + ", ".join(f"{name} {end - begin:.1f} s" for (name, begin), (_, end)
                                         in zip(steps, steps[1:])).replace("start", "extraction", 1))
    extraction = steps[1][1] - steps[0][1]
    print(f"extraction      {megabytes / extraction:.2f} MB/s, {len(files) / extraction:.0f} documents/s (all cores)")
    size = sum(f.stat().st_size for f in store_path.rglob("*") if f.is_file()) / 1e6
    print(f"store on disk   {size:.1f} MB (two generations at most; this is one)")
    loads = []
    for _ in range(runs):
        start = time.perf_counter()
        store = store_dir.open()
        loads.append(time.perf_counter() - start)
    print(f"store load      median {statistics.median(loads) * 1000:.0f} ms over {runs} loads")
    latencies(store)
    if truth:
        accuracy(store, corpus, truth)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"peak RSS        {peak:.0f} MB (this process), {children:.0f} MB (largest worker)")


def accuracy(store, corpus: Path, truth: Path) -> None:
    """Share of plans whose implements edge points at exactly the true parent plan; else at another
    loaded plan (wrong), at a document known only from citations (unresolved: the text does not
    say which of several plans, as `của UBND huyện` in a commune plan whose commune several
    districts have, their plans of one number and day), or at none (missing)."""
    right = wrong = unresolved = missing = 0
    with open(truth, encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            if not row["implements"]:
                continue
            node = store.by_source(str(corpus / row["file"]))
            want = store.by_source(str(corpus / row["implements"]["file"]))
            got = {t for t, _ in store.out_edges(node, {"implements"})} if node else set()
            plans = {t for t in got if "CT-TTg" not in t}
            if want in got:
                right += 1
            elif any(store.node(t).get("source") for t in plans):
                wrong += 1
            elif plans:
                unresolved += 1
            else:
                missing += 1
    total = right + wrong + unresolved + missing
    print(f"lineage accuracy {right}/{total} implements edges right ({right / total:.2%}), "
          f"{wrong} to another plan, {unresolved} unresolved, {missing} missing")


if __name__ == "__main__":
    main()

"""Latency of the queries the CLI and the app run: median and p95 over many documents (shared by
benchmarks/graph.py, on an ingested store, and benchmarks/engine.py, on a million-plan graph).

    python benchmarks/latency.py STORE_DIR       # on a store already ingested
"""
from __future__ import annotations

import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from queries import documents as qd  # noqa: E402
from queries import lineage as ql  # noqa: E402

SAMPLE = 200        # documents each latency is measured over


def latencies(store) -> None:
    rnd = random.Random(0)
    docs = list(store.nodes("document"))
    central = [d["id"] for d in docs if d.get("level") == "central" and not d.get("source")]
    plans = [d["id"] for d in docs if d.get("source")]
    central = rnd.sample(central, min(SAMPLE, len(central)))
    plans = rnd.sample(plans, min(SAMPLE, len(plans)))
    jobs = [("implementers --transitive", central, lambda n: ql.implementers(store, n, transitive=True)),
            ("lineage", plans, lambda n: ql.lineage(store, n)),
            ("show (a document's page)", plans, lambda n: qd.show(store, n, cited_evidence=False)),
            ("coverage --level district", central[:50], lambda n: ql.coverage(store, n, "district")),
            ("most-cited", [None] * 5, lambda _: qd.most_cited(store)),
            ("search (app)", ["33/CT-TTg", "dân vận", "Hớn Quản", "nd-cp", "kế hoạch 2024"],
             lambda q: qd.search(store, q))]
    for name, args, job in jobs:
        times = []
        for arg in args:
            start = time.perf_counter()
            job(arg)
            times.append((time.perf_counter() - start) * 1000)
        times.sort()
        p95 = times[min(len(times) - 1, int(len(times) * 0.95))]
        print(f"{name:26} median {statistics.median(times):8.2f} ms   p95 {p95:8.2f} ms   ({len(times)} calls)")


if __name__ == "__main__":
    from graph.store import StoreDir
    start = time.perf_counter()
    opened = StoreDir(sys.argv[1]).open()
    print(f"store load {(time.perf_counter() - start) * 1000:.0f} ms")
    latencies(opened)

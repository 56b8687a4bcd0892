"""Backends: sync rate to a Bolt server, and query latency on each backend against the embedded store.

    python benchmarks/backends.py                      # 2,000 generated plans, FalkorDB started here
    python benchmarks/backends.py --plans 10000 --runs 3
    python benchmarks/backends.py --corpus DIR --uri bolt://…   # a generated corpus, a Neo4j server

Sync: a full sync into an empty database (relationships/s, median of --runs) and a re-sync with
nothing changed. Latency: median and p95 over the same sampled documents on every backend:
embedded (the compact engine `vbgraph` opens), networkx (the reference engine over the same
graph), neo4j (Cypher over Bolt), rdf (SPARQL on Oxigraph through oxrdflib) and
rdflib (SPARQL on rdflib's memory store, on a smaller sample and one query only: it is
orders of magnitude slower: its lineage paths and GROUP BY take minutes per call).
"""
from __future__ import annotations

import argparse
import random
import statistics
import subprocess
import sys
import tempfile
import time
from contextlib import nullcontext
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from graph.ingest import ingest  # noqa: E402
from graph.neo4j_store import Neo4jStore, connect, sync  # noqa: E402
from graph.rdf import to_rdflib  # noqa: E402
from graph.rdf_store import RdfStore, open_rdf  # noqa: E402
from graph.memory import AllDetails, NetworkxStore  # noqa: E402
from graph.store import StoreDir  # noqa: E402
from loaders.read import supported_files  # noqa: E402
from queries import documents as qd  # noqa: E402
from queries import lineage as ql  # noqa: E402
from servers import falkordb  # noqa: E402

SAMPLE = 100
RDFLIB_SAMPLE = 3       # seconds per call on rdflib's memory store
RDFLIB_JOBS = {"implementers --transitive"}     # its lineage paths and GROUP BY take minutes per call


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--plans", type=int, default=2_000)
    parser.add_argument("--corpus", type=Path, help="a generated corpus to use instead of generating one")
    parser.add_argument("--uri", help="a Bolt server to use (default: start FalkorDB)")
    parser.add_argument("--user", default="neo4j")
    parser.add_argument("--password", default="")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--no-rdflib", action="store_true", help="skip rdflib's memory store")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        corpus = args.corpus or generate(tmp / "corpus", args.plans)
        store_dir = StoreDir(tmp / "store")
        ingest(store_dir, supported_files([corpus]))
        embedded = store_dir.open()
        graph = embedded.networkx()
        print(f"corpus {corpus}: {graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges")
        with (nullcontext(args.uri) if args.uri else falkordb(tmp)) as uri:
            driver = connect(uri, args.user if args.uri else "vbgraph", args.password)
            sync_rate(driver, embedded, args.runs)
            stores = {"embedded": embedded, "networkx": NetworkxStore(graph, AllDetails(embedded.all_details())),
                      "neo4j": Neo4jStore(driver)}
            start = time.perf_counter()
            stores["rdf"] = open_rdf(store_dir)
            print(f"rdf build       {time.perf_counter() - start:.1f} s (Oxigraph, once per store generation)")
            if not args.no_rdflib:
                start = time.perf_counter()
                stores["rdflib"] = RdfStore(to_rdflib(graph, embedded.all_details()))
                print(f"rdflib load     {time.perf_counter() - start:.1f} s (memory store, "
                      f"{len(stores['rdflib'].rdf)} triples)")
            latencies(stores)
            driver.close()


def generate(folder: Path, plans: int) -> Path:
    subprocess.run([sys.executable, str(ROOT / "benchmarks" / "generate.py"), str(folder), "--plans", str(plans),
                    "--seed", "1"], check=True, stdout=subprocess.DEVNULL)
    return folder


def sync_rate(driver, embedded, runs: int) -> None:
    graph, details = embedded.networkx(), embedded.all_details()
    rates, seconds = [], []
    for _ in range(runs):
        with driver.session() as session:
            session.run("MATCH (n:VbNode) DETACH DELETE n").consume()
        start = time.perf_counter()
        report = sync(driver, graph, details)
        seconds.append(time.perf_counter() - start)
        rates.append(report.edges_written / seconds[-1])
    start = time.perf_counter()
    again = sync(driver, graph, details)
    print(f"sync (full)     median {statistics.median(seconds):.1f} s, {statistics.median(rates):.0f} relationships/s "
          f"({report.nodes_written} nodes, {report.edges_written} relationships; runs {', '.join(f'{s:.1f}' for s in seconds)} s)")
    print(f"sync (again)    {time.perf_counter() - start:.2f} s, {again.nodes_written + again.edges_written} written")


def latencies(stores: dict) -> None:
    rnd = random.Random(0)
    docs = list(stores["embedded"].nodes("document"))
    central = rnd.sample([d["id"] for d in docs if d.get("level") == "central" and not d.get("source")], SAMPLE)
    plans = rnd.sample([d["id"] for d in docs if d.get("source")], SAMPLE)
    jobs = [("implementers --transitive", central, lambda s, n: ql.implementers(s, n, transitive=True)),
            ("lineage", plans, ql.lineage), ("show", plans, qd.show),
            ("most-cited (first call)", [None], lambda s, _: qd.most_cited(s))]
    print(f"{'':26}" + "".join(f"{name:>22}" for name in stores))
    for name, args, job in jobs:
        cells = []
        for backend, store in stores.items():
            if backend == "rdflib" and name not in RDFLIB_JOBS:
                cells.append("—")
                continue
            sample = args[:RDFLIB_SAMPLE] if backend == "rdflib" else args
            times = []
            for arg in sample:
                start = time.perf_counter()
                answer = job(store, arg)
                times.append((time.perf_counter() - start) * 1000)
                if backend != "embedded" and answer != job(stores["embedded"], arg):
                    raise SystemExit(f"{backend} answers {name} {arg} differently from the embedded store")
            times.sort()
            p95 = times[min(len(times) - 1, int(len(times) * 0.95))]
            cells.append(f"{statistics.median(times):9.1f} /{p95:8.1f} ms")
        print(f"{name:26}" + "".join(f"{c:>22}" for c in cells))
    print("(median / p95 per call; every answer was checked equal to the embedded store's)")


if __name__ == "__main__":
    main()

"""Query latency of the embedded engine on a graph of a million plans.

    python benchmarks/engine.py [--plans 1000000] [--seed 1]

Ingesting a million files does not fit in 24 GiB (the extractions are kept for incremental
ingest: ~3 GB per 100,000 plans), so this builds the graph that ingest would build straight
from the generator's plans (benchmarks/generate.py, same seed, same campaigns): each plan
implements its parent plan and the directive (a province plan is based on the directive),
cites 10-60 catalogue documents and is issued by its body, located in its place; node ids and
attributes as graph.build writes them. It then times the queries the CLI and the app run, as
benchmarks/graph.py does on an ingested store.
"""
from __future__ import annotations

import argparse
import resource
import sys
import time
from array import array
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from generate import Generator, Plan  # noqa: E402  (benchmarks/generate.py)
from graph.build import FORMAT  # noqa: E402
from graph.identity import body_id, document_id, issuer_key, place_id  # noqa: E402
from graph.memory import RELATION_BITS, CompactGraph, CompactStore  # noqa: E402
from graph.store import paused_gc  # noqa: E402
from latency import latencies  # noqa: E402
from loaders.records import Locality  # noqa: E402

RELATIONS = ["based_on", "cites", "implements", "issued_by", "located_in"]


class Nodes:
    def __init__(self):
        self.ids: list[str] = []
        self.attrs: list[dict] = []
        self.index: dict[str, int] = {}

    def add(self, node: str, **attrs) -> int:
        i = self.index.get(node)
        if i is None:
            i = self.index[node] = len(self.ids)
            self.ids.append(node)
            self.attrs.append(attrs)
        return i


def plan_id(plan: Plan) -> str:
    locality = Locality(plan.province, plan.district)
    return document_id(plan.label, issuer_key(plan.issuer, plan.level, locality), plan.level, int(plan.date[:4]))


def build(total: int, seed: int) -> CompactGraph:
    gen, nodes = Generator(seed), Nodes()
    src, dst, rel = array("q"), array("q"), array("b")

    def edge(u: int, v: int, relation: str) -> None:
        src.append(u)
        dst.append(v)
        rel.append(RELATIONS.index(relation))

    def catalogue(doc) -> int:
        return nodes.add(document_id(doc.label, doc.issuer, "central", int(doc.date[:4])), kind="document",
                         label=doc.label, doc_type=doc.doc_type, title=doc.subject, issuer=doc.issuer,
                         level="central", year=int(doc.date[:4]), issued_date=doc.date, locality={},
                         source=None)

    placed: set[int] = set()
    for n, plan in enumerate(gen.campaigns(total)):
        locality = {"province": plan.province, "district": plan.district,
                    "commune": plan.unit if plan.level == "commune" else None}
        key = issuer_key(plan.issuer, plan.level, Locality(plan.province, plan.district))
        node = nodes.add(plan_id(plan), kind="document", label=plan.label, doc_type="Kế hoạch",
                         title=f"Thực hiện Chỉ thị số {plan.directive.label}", issuer=plan.issuer,
                         level=plan.level, year=int(plan.date[:4]), issued_date=plan.date, locality=locality,
                         source=f"/corpus/{n // 1000:04d}/{plan.level}-{n:07d}.txt")
        directive = catalogue(plan.directive)
        if plan.parent is None:
            edge(node, directive, "based_on")
        else:
            edge(node, nodes.index[plan_id(plan.parent)], "implements")
            edge(node, directive, "implements")
        for doc in plan.cites:
            if doc is not plan.directive:
                edge(node, catalogue(doc), "cites")
        place = nodes.add(place_id(plan.province, plan.district, locality["commune"]), kind="place",
                          name=plan.unit, level=plan.level)
        body = nodes.add(body_id(key), kind="body", name=plan.issuer, level=plan.level)
        if body not in placed:
            placed.add(body)
            edge(body, place, "located_in")
        edge(node, body, "issued_by")
        if n % 100_000 == 99_999:
            print(f"  {n + 1} plans", file=sys.stderr)
    return compact(nodes, np.frombuffer(src, np.int64), np.frombuffer(dst, np.int64), np.frombuffer(rel, np.int8))


def compact(nodes: Nodes, src, dst, rel) -> CompactGraph:
    def csr(frm, to):
        order = np.argsort(frm, kind="stable")
        packed = (to[order] << RELATION_BITS) | rel[order].astype(np.int64)
        start = np.zeros(len(nodes.ids) + 1, np.int64)
        np.cumsum(np.bincount(frm, minlength=len(nodes.ids)), out=start[1:])
        return array("q", start.tobytes()), array("q", packed.tobytes())
    out_start, out_edges = csr(src, dst)
    in_start, in_edges = csr(dst, src)
    return CompactGraph(nodes.ids, nodes.attrs, RELATIONS, out_start, out_edges, in_start, in_edges,
                        {"format": FORMAT})


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--plans", type=int, default=1_000_000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    start = time.perf_counter()
    with paused_gc(keep=True):     # as StoreDir.open loads a store
        graph = build(args.plans, args.seed)
    store = CompactStore(graph)
    print(f"graph           {args.plans} plans, {len(graph.ids)} nodes, {len(graph.out_edges)} edges, "
          f"built in {time.perf_counter() - start:.0f} s")
    latencies(store)
    print(f"peak RSS        {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


if __name__ == "__main__":
    main()

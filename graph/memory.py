"""The two in-memory engines behind the store interface (graph.store.Store).

`CompactStore` is what `vbgraph` opens: nodes numbered, edges in two sorted integer arrays (one
per direction, CSR style), so a 100,000-plan store loads as a few flat arrays instead of millions
of nested dicts. `NetworkxStore` answers from the networkx graph that `graph.build` makes; it is
the reference the tests compare the compact engine with. Both share everything above the five
primitives (`_attrs`, `_has`, `_iter_nodes`, `_step`, `_edge_data`).
"""
from __future__ import annotations

import os
from array import array
from dataclasses import dataclass
from functools import cached_property
from typing import Callable, Iterator, Protocol

import networkx as nx
import numpy as np

RELATION_BITS = 5       # an edge is packed as neighbour << RELATION_BITS | relation number
BULK = 256              # edges of one node above which they are filtered by relation in numpy


class Details(Protocol):
    """Evidence and claims taken off the graph (graph.store.split_details); on disk: graph.details."""

    def evidence(self, source: str, target: str, relation: str) -> list[dict]: ...
    def claims(self, node_id: str) -> list[dict]: ...
    def everything(self) -> dict: ...


class AllDetails:
    """Details held whole, as split_details returns them."""

    def __init__(self, details: dict | None = None):
        self._details = details or {"evidence": {}, "claims": {}}

    def evidence(self, source, target, relation):
        return self._details["evidence"].get((source, target, relation), [])

    def claims(self, node_id):
        return self._details["claims"].get(node_id, [])

    def everything(self):
        return self._details


class _InMemoryStore:
    """Queries over the primitives; evidence and claims come from the graph's attributes or, once
    split off it, from `details`."""

    def __init__(self, details: Details | None = None):
        self.details = details or AllDetails()
        self._memo: dict[str, object] = {}
        self._labels: dict[str, list[str]] = {}
        self._sources: dict[str, str] = {}
        for node, attrs in self._iter_nodes():
            if attrs.get("kind") == "document":
                if attrs.get("label"):
                    self._labels.setdefault(attrs["label"].lower(), []).append(node)
                if attrs.get("source"):
                    self._sources[os.path.abspath(attrs["source"])] = node

    def node(self, node_id: str) -> dict | None:
        return {"id": node_id, **self._attrs(node_id)} if self._has(node_id) else None

    def nodes(self, kind: str = "document") -> Iterator[dict]:
        for node, attrs in self._iter_nodes():
            if attrs.get("kind") == kind:
                yield {"id": node, **attrs}

    def by_label(self, label: str) -> list[str]:
        return sorted(self._labels.get(label.lower(), []))

    def by_source(self, source: str) -> str | None:
        return self._sources.get(os.path.abspath(source))

    def out_edges(self, node_id, relations=None):
        return self._step(node_id, "out", relations)

    def in_edges(self, node_id, relations=None):
        return self._step(node_id, "in", relations)

    def evidence(self, source, target, relation):
        data = self._edge_data(source, target, relation)
        if "evidence" in data:
            return data["evidence"]
        return self.details.evidence(source, target, relation)

    def claims(self, node_id):
        attrs = self._attrs(node_id) if self._has(node_id) else {}
        return attrs["claims"] if "claims" in attrs else self.details.claims(node_id)

    def documents(self, ids):
        """The document nodes among `ids`, by id (one round trip on a database backend)."""
        attrs = ((i, self._attrs(i)) for i in ids if self._has(i))
        return {i: a for i, a in attrs if a.get("kind") == "document"}

    def reach(self, node_id, first, then, direction, depth):
        """The edges (source, relation, target) between documents on the paths of at most `depth`
        edges that lead into (`direction` "in") or out of `node_id`: the edge at `node_id` has a
        relation in `first`, the others one in `then`."""
        edges, distance, frontier = [], {node_id: 0}, [node_id]
        for hop in range(depth):
            nxt = []
            for current in frontier:
                for other, relation in self._step(current, direction, first if hop == 0 else then):
                    if self._attrs(other).get("kind") != "document":
                        continue
                    edges.append((other, relation, current) if direction == "in" else (current, relation, other))
                    if other not in distance:
                        distance[other] = hop + 1
                        nxt.append(other)
            frontier = nxt
        return edges

    def citation_counts(self, relations):
        """(number of distinct citing documents, id, type) of every cited document, most cited first."""
        counts = []
        for node, attrs in self._iter_nodes():
            if attrs.get("kind") == "document":
                citing = {u for u, _ in self.in_edges(node, relations)}
                if citing:
                    counts.append((len(citing), node, attrs.get("doc_type")))
        counts.sort(key=lambda c: (-c[0], c[1]))
        return counts

    def memo(self, name: str, build: Callable[[], object]):
        """A derived index (built once per loaded graph) that a query keeps for its next call."""
        if name not in self._memo:
            self._memo[name] = build()
        return self._memo[name]

    def all_details(self) -> dict:
        """Every edge's evidence and every node's claims (see graph.store.split_details)."""
        return self.details.everything()


class NetworkxStore(_InMemoryStore):
    """The reference engine: a networkx MultiDiGraph as `graph.build` makes it."""

    def __init__(self, graph: nx.MultiDiGraph, details: Details | None = None):
        self.graph = graph
        super().__init__(details)

    def networkx(self) -> nx.MultiDiGraph:
        return self.graph

    def _has(self, node_id):
        return node_id in self.graph

    def _attrs(self, node_id):
        return self.graph.nodes[node_id]

    def _iter_nodes(self):
        return iter(self.graph.nodes(data=True))

    def _step(self, node_id, direction, relations):
        if direction == "in":
            return [(u, k) for u, _, k in self.graph.in_edges(node_id, keys=True)
                    if relations is None or k in relations]
        return [(v, k) for _, v, k in self.graph.out_edges(node_id, keys=True)
                if relations is None or k in relations]

    def _edge_data(self, source, target, relation):
        return self.graph.get_edge_data(source, target, relation) or {}


@dataclass
class CompactGraph:
    """A graph without edge attributes as numbered nodes and packed adjacency arrays: the edges
    of node i leave from `out_edges[out_start[i]:out_start[i + 1]]` (and enter likewise)."""
    ids: list[str]
    attrs: list[dict]
    relations: list[str]
    out_start: array
    out_edges: array
    in_start: array
    in_edges: array
    graph_attrs: dict

    @classmethod
    def from_networkx(cls, graph: nx.MultiDiGraph) -> "CompactGraph":
        """Neighbours keep networkx's order, so both engines list edges alike."""
        keyed = [keys for nbrs in graph._succ.values() for keys in nbrs.values()]
        if any(data for keys in keyed for data in keys.values()):
            raise ValueError("edge attributes must be split off first (graph.store.split_details)")
        ids = list(graph)
        index = {node: i for i, node in enumerate(ids)}
        relations = sorted({k for keys in keyed for k in keys})
        if len(relations) >= 1 << RELATION_BITS:
            raise ValueError(f"{len(relations)} relations do not fit in {RELATION_BITS} bits")
        number = {r: n for n, r in enumerate(relations)}
        # networkx's own adjacency dicts (`_succ`, `_pred`: stable since 2.0), in the order
        # out_edges/in_edges list them; through the public views this step took twice as long
        out_start, out_edges = _packed(ids, index, number, graph._succ)
        in_start, in_edges = _packed(ids, index, number, graph._pred)
        return cls(ids, [graph.nodes[n] for n in ids], relations, out_start, out_edges, in_start,
                   in_edges, dict(graph.graph))

    def to_networkx(self) -> nx.MultiDiGraph:
        graph = nx.MultiDiGraph(**self.graph_attrs)
        graph.add_nodes_from(zip(self.ids, self.attrs))
        mask = (1 << RELATION_BITS) - 1
        for i, node in enumerate(self.ids):
            graph.add_edges_from((node, self.ids[p >> RELATION_BITS], self.relations[p & mask])
                                 for p in self.out_edges[self.out_start[i]:self.out_start[i + 1]])
        return graph


def _packed(ids, index, number, adjacency) -> tuple[array, array]:
    start, edges = array("q", [0]), array("q")
    for node in ids:
        edges.extend(index[other] << RELATION_BITS | number[relation]
                     for other, keys in adjacency[node].items() for relation in keys)
        start.append(len(edges))
    return start, edges


class CompactStore(_InMemoryStore):
    """The engine `vbgraph` opens: a CompactGraph."""

    def __init__(self, compact: CompactGraph, details: Details | None = None):
        self.compact = compact
        self._index = {node: i for i, node in enumerate(compact.ids)}
        self._mask = (1 << RELATION_BITS) - 1
        # numpy views of the same memory: a directive cited by 100,000 plans is filtered by
        # relation in C, not by making 100,000 pairs to keep its 3,000 implementers
        self._arrays = {"out": (compact.out_start, np.frombuffer(compact.out_edges, np.int64), compact.out_edges),
                        "in": (compact.in_start, np.frombuffer(compact.in_edges, np.int64), compact.in_edges)}
        super().__init__(details)

    def networkx(self) -> nx.MultiDiGraph:
        """The graph as networkx (for export and sync; built on each call)."""
        return self.compact.to_networkx()

    def number(self, node_id: str) -> int | None:
        """The node's number in the compact graph (graph.details reads by it)."""
        return self._index.get(node_id)

    def _has(self, node_id):
        return node_id in self._index

    def _attrs(self, node_id):
        return self.compact.attrs[self._index[node_id]]

    def _iter_nodes(self):
        return zip(self.compact.ids, self.compact.attrs)

    def _step(self, node_id, direction, relations):
        i = self._index.get(node_id)
        if i is None:
            return []
        ids, names = self.compact.ids, self.compact.relations
        return [(ids[j], names[r]) for j, r in self._numbered(i, direction, self._bits(relations))]

    def _bits(self, relations) -> int | None:
        """A set of relation names as a bit mask of their numbers (None: all)."""
        if relations is None:
            return None
        return sum(1 << n for n, name in enumerate(self.compact.relations) if name in relations)

    def _numbered(self, i: int, direction: str, wanted: int | None) -> list[tuple[int, int]]:
        """Node i's neighbours and relations as numbers, of the relations in the mask `wanted`."""
        start, packed, flat = self._arrays[direction]
        lo, hi, mask = start[i], start[i + 1], self._mask
        if wanted is None:
            return [(p >> RELATION_BITS, p & mask) for p in flat[lo:hi]]
        if hi - lo > BULK:
            edges = packed[lo:hi]
            numbers = [n for n in range(mask + 1) if wanted >> n & 1]
            return [(p >> RELATION_BITS, p & mask) for p in edges[np.isin(edges & mask, numbers)].tolist()]
        return [(p >> RELATION_BITS, p & mask) for p in flat[lo:hi] if wanted >> (p & mask) & 1]

    @cached_property
    def _is_document(self) -> np.ndarray:
        return np.array([a.get("kind") == "document" for a in self.compact.attrs], bool)

    def reach(self, node_id, first, then, direction, depth):
        """As the generic one, a hop at a time in numpy: a directive's 10,000 implementers are
        walked without a Python step per edge."""
        i = self._index.get(node_id)
        if i is None:
            return []
        start, packed, _ = self._arrays[direction]
        start = np.frombuffer(start, np.int64)
        seen = np.zeros(len(self.compact.ids), bool)
        seen[i] = True
        frontier, found = np.array([i]), []
        for hop in range(depth):
            if not len(frontier):
                break
            counts = start[frontier + 1] - start[frontier]
            # the positions of every frontier node's edges, one run per node
            where = np.repeat(start[frontier] - np.cumsum(counts) + counts, counts) + np.arange(counts.sum())
            edges, owners = packed[where], np.repeat(frontier, counts)
            others, relations = edges >> RELATION_BITS, edges & self._mask
            keep = ((self._bits(first if hop == 0 else then) >> relations) & 1).astype(bool) & self._is_document[others]
            others, relations, owners = others[keep], relations[keep], owners[keep]
            found.append((others, relations, owners) if direction == "in" else (owners, relations, others))
            frontier = np.unique(others[~seen[others]])
            seen[frontier] = True
        ids, names = self.compact.ids, self.compact.relations
        return [(ids[a], names[r], ids[b]) for sources, rels, targets in found
                for a, r, b in zip(sources.tolist(), rels.tolist(), targets.tolist())]

    def citation_counts(self, relations):
        """As the generic one, counted in numpy: a million plans make 35 million edges."""
        start, packed, _ = self._arrays["in"]
        targets = np.repeat(np.arange(len(start) - 1), np.diff(np.frombuffer(start, np.int64)))
        numbers = [n for n, name in enumerate(self.compact.relations) if name in relations]
        keep = np.isin(packed & self._mask, numbers)
        # a plan citing a document under two relations counts once: distinct (target, source)
        pairs = np.sort(targets[keep] * len(self.compact.ids) + (packed[keep] >> RELATION_BITS))
        pairs = pairs[np.concatenate(([True], pairs[1:] != pairs[:-1]))]   # np.unique: 15x slower
        counted = np.bincount(pairs // len(self.compact.ids), minlength=len(self.compact.ids))
        ids, attrs, is_document = self.compact.ids, self.compact.attrs, self._is_document
        counts = [(int(counted[i]), ids[i], attrs[i].get("doc_type"))
                  for i in np.flatnonzero(counted).tolist() if is_document[i]]
        counts.sort(key=lambda c: (-c[0], c[1]))
        return counts

    def _edge_data(self, source, target, relation):
        return {}

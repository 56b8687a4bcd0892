"""The store interface in SPARQL over the RDF of `graph/rdf.py`, on any rdflib Graph: rdflib's own
memory store, or Oxigraph through oxrdflib (much faster; persisted beside a store generation).

SPARQL 1.1 has no bounded property paths, so `reach` walks `(…)*` paths and the queries bound the
depth themselves. Values reach the engine as bindings (initBindings), never inside the text; the
only terms written into a query are IRIs made by `rdf.node_iri` (percent-encoded, nothing to escape).
"""
from __future__ import annotations

import os
import shutil
from pathlib import Path
from typing import Callable

import pyoxigraph as ox
from oxrdflib import OxigraphStore
from rdflib import Graph, Literal, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.namespace import RDF

from graph.rdf import (BASE, CLASSES, ELI, FIELD_OF, FIELDS, KIND_OF, RELATION_OF, RELATIONS, VB,
                       node_iri, node_id_of, to_rdflib, value_of)
from graph.store import StoreDir

PREFIXES = f"PREFIX eli: <{ELI}> PREFIX vb: <{VB}> PREFIX rdf: <{RDF}> "
DOC = f"<{CLASSES['document']}>"
EXPRESSION_FIELDS = [FIELDS[name][0] for name in ("title", "subject")]


def open_rdf(store: StoreDir, on_build: Callable[[], None] | None = None) -> "RdfStore":
    """The Oxigraph copy of the store's current generation (`<generation>/rdf`), built on first use."""
    generation = store.generation()
    path = store.path / generation / "rdf"
    if not path.is_dir():
        if on_build:
            on_build()
        build_oxigraph(store, generation, path)
    return RdfStore(Graph(store=OxigraphStore(store=ox.Store.read_only(str(path))), identifier=DATASET_DEFAULT_GRAPH_ID))


def build_oxigraph(store: StoreDir, generation: str, path: Path) -> None:
    """Write the RDF of one generation to an Oxigraph directory, then move it into place (a reader
    never opens a half-written one; of two processes building at once, the first to finish wins)."""
    tmp = path.with_name(f".rdf-{os.getpid()}.tmp")
    shutil.rmtree(tmp, ignore_errors=True)
    memory = store.open(generation)
    rdf = to_rdflib(memory.networkx(), memory.all_details(), store=OxigraphStore(store=ox.Store(str(tmp))))
    rdf.store._inner.flush()
    del rdf
    try:
        os.rename(tmp, path)
    except OSError:
        shutil.rmtree(tmp, ignore_errors=True)
        if not path.is_dir():
            raise


class RdfStore:
    def __init__(self, rdf: Graph, base: str = BASE):
        self.rdf = rdf
        self.base = base
        self._memo: dict[str, object] = {}

    def _select(self, query: str, **bindings) -> list:
        return list(self.rdf.query(PREFIXES + query, initBindings=bindings))

    def _iri(self, node_id: str) -> URIRef:
        kind = "body" if node_id.startswith("body:") else "place" if node_id.startswith("place:") else "document"
        return node_iri(node_id, kind, self.base)

    def _id(self, iri) -> str:
        return node_id_of(str(iri), self.base)

    def _values(self, ids) -> str:
        return " ".join(self._iri(i).n3() for i in ids)

    # -- nodes --------------------------------------------------------------------------------
    # `where` picks the nodes; it is repeated inside each branch, where the engine can start from it
    _ATTRIBUTES = ("SELECT * WHERE {{ {{ {where} ?s ?p ?o }} UNION "
                   "{{ {where} ?s eli:is_realized_by ?e . ?e ?p ?o . VALUES ?p {{ {expression} }} }} }} ORDER BY ?s")

    def _nodes(self, where: str, **bindings) -> dict[str, dict]:
        query = self._ATTRIBUTES.format(where=where, expression=" ".join(p.n3() for p in EXPRESSION_FIELDS))
        found: dict[str, dict] = {}
        for row in self._select(query, **bindings):
            node_id, p, o = self._id(row.s), row.p, row.o
            attrs = found.setdefault(node_id, {"id": node_id})
            if p == RDF.type and o in KIND_OF:
                attrs["kind"] = KIND_OF[o]
            elif p in FIELD_OF:
                name, how = FIELD_OF[p]
                attrs[name] = value_of(o, how)
        return found

    def node(self, node_id):
        return self._nodes(f"VALUES ?s {{ {self._iri(node_id).n3()} }}").get(node_id)

    def nodes(self, kind="document"):
        yield from self._nodes("?s a ?class .", **{"class": CLASSES[kind]}).values()

    def by_label(self, label):
        rows = self._select(f"SELECT ?s ?k WHERE {{ ?s eli:number ?l ; a {DOC} . FILTER(LCASE(STR(?l)) = ?k) }}",
                            k=Literal(label.lower()))
        return sorted(self._id(r[0]) for r in rows)

    def by_source(self, source):
        rows = self._select("SELECT ?s ?src WHERE { ?s vb:source ?src }", src=Literal(os.path.abspath(source)))
        return self._id(rows[0][0]) if rows else None

    def documents(self, ids):
        ids = list(dict.fromkeys(ids))
        if not ids:
            return {}
        return self._nodes(f"VALUES ?s {{ {self._values(ids)} }} ?s a {DOC} .")

    def claims(self, node_id):
        return (self.node(node_id) or {}).get("claims") or []

    # -- edges --------------------------------------------------------------------------------
    def _predicates(self, relations) -> str:
        return " ".join(RELATIONS[r].n3() for r in (sorted(relations) if relations is not None else RELATIONS))

    def out_edges(self, node_id, relations=None):
        rows = self._select(f"SELECT * WHERE {{ ?s ?p ?o . VALUES ?p {{ {self._predicates(relations)} }} }}",
                            s=self._iri(node_id))
        return [(self._id(r.o), RELATION_OF[r.p]) for r in rows]

    def in_edges(self, node_id, relations=None):
        rows = self._select(f"SELECT * WHERE {{ ?s ?p ?o . VALUES ?p {{ {self._predicates(relations)} }} }}",
                            o=self._iri(node_id))
        return [(self._id(r.s), RELATION_OF[r.p]) for r in rows]

    def evidence(self, source, target, relation):
        rows = self._select("SELECT * WHERE { ?m rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; vb:evidence ?e }",
                            s=self._iri(source), p=RELATIONS[relation], o=self._iri(target))
        return value_of(rows[0].e, "json") if rows else []

    def reach(self, node_id, first, then, direction, depth):
        """The first hop, then (when depth > 1) every `then` edge into (or out of) a document
        reachable from it by a `then*` path."""
        first_p, then_p = self._predicates(first), self._predicates(then)
        path = "|".join(RELATIONS[r].n3() for r in sorted(then))
        if direction == "in":
            hop = f"?s ?p ?d . VALUES ?p {{ {first_p} }} ?s a {DOC} . BIND(?d AS ?o)"
            more = (f"?f ?p0 ?d . VALUES ?p0 {{ {first_p} }} ?f a {DOC} . ?x ({path})* ?f . "
                    f"?s ?p ?x . VALUES ?p {{ {then_p} }} ?s a {DOC} . BIND(?x AS ?o)")
        else:
            hop = f"?d ?p ?o . VALUES ?p {{ {first_p} }} ?o a {DOC} . BIND(?d AS ?s)"
            more = (f"?d ?p0 ?f . VALUES ?p0 {{ {first_p} }} ?f a {DOC} . ?f ({path})* ?x . "
                    f"?x ?p ?o . VALUES ?p {{ {then_p} }} ?o a {DOC} . BIND(?x AS ?s)")
        query = f"SELECT DISTINCT ?s ?p ?o ?d WHERE {{ {{ {hop} }}"
        query += f" UNION {{ {more} }} }}" if depth > 1 else " }"
        rows = self._select(query, d=self._iri(node_id))
        return [(self._id(r.s), RELATION_OF[r.p], self._id(r.o)) for r in rows]

    def citation_counts(self, relations):
        rows = self._select(f"SELECT ?d ?t (COUNT(DISTINCT ?s) AS ?n) WHERE {{ ?s ?p ?d . "
                            f"VALUES ?p {{ {self._predicates(relations)} }} ?s a {DOC} . ?d a {DOC} . "
                            f"OPTIONAL {{ ?d eli:type_document ?t }} }} GROUP BY ?d ?t")
        counts = [(int(n), self._id(d), value_of(t, "concept") if t is not None else None) for d, t, n in rows]
        return sorted(counts, key=lambda c: (-c[0], c[1]))

    def memo(self, name, build):
        if name not in self._memo:
            self._memo[name] = build()
        return self._memo[name]

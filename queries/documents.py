"""Queries about single documents: find, show, cited-by, most-cited, conflicts.

Plain functions over the store interface (graph.store.Store), so every backend answers them.
"""
from __future__ import annotations

import os
from collections import defaultdict

from loaders.references import canonical_label

DOC_RELATIONS = {"implements", "based_on", "cites", "guides", "details", "amends", "repeals", "replaces"}
DOC_FIELDS = ("label", "doc_type", "title", "issuer", "level", "locality", "year", "issued_date", "source")


class QueryError(Exception):
    pass


def doc_object(store, node_id: str) -> dict:
    """The JSON shape of a document that every command prints."""
    node = store.node(node_id) or {}
    obj = {"id": node_id, **{f: node.get(f) for f in DOC_FIELDS}}
    if node.get("name"):
        obj["name"] = node["name"]
    return obj


def find(store, label: str, year: int | None = None) -> list[dict]:
    canonical = canonical_label(label) or label.strip()
    ids = store.by_label(canonical)
    found = [doc_object(store, i) for i in ids]
    return [d for d in found if year is None or d["year"] == year]


def resolve_document(store, spec: str, year: int | None = None) -> str:
    """A node id, a source file path or a label (with `year` when the label repeats)."""
    if store.node(spec):
        return spec
    by_source = store.by_source(spec) if os.path.exists(spec) else None
    if by_source:
        return by_source
    matches = find(store, spec, year)
    if not matches:
        raise QueryError(f"no document {spec!r}" + (f" of {year}" if year else "") + " in the store")
    if len(matches) > 1:
        options = ", ".join(f"{m['id']} ({m['issuer'] or '?'}, {m['year'] or '?'})" for m in matches)
        raise QueryError(f"{spec!r} names {len(matches)} documents: {options}; give --year or the id")
    return matches[0]["id"]


def show(store, node_id: str) -> dict:
    node = store.node(node_id)
    references = defaultdict(list)
    for target, relation, data in store.out_edges(node_id, DOC_RELATIONS):
        references[relation].append({**doc_object(store, target), "evidence": data.get("evidence", [])})
    return {"document": doc_object(store, node_id), "subject": node.get("subject"),
            "signer": node.get("signer"), "references": dict(references),
            "cited_by": cited_by(store, node_id), "conflicts": node.get("conflicts", []),
            "claims": node.get("claims", [])}


def cited_by(store, node_id: str) -> list[dict]:
    return [{**doc_object(store, source), "relation": relation, "evidence": data.get("evidence", [])}
            for source, relation, data in store.in_edges(node_id, DOC_RELATIONS)]


def most_cited(store, doc_type: str | None = None, top: int = 10) -> list[dict]:
    counts = []
    for node in store.nodes("document"):
        if doc_type and (node.get("doc_type") or "").lower() != doc_type.lower():
            continue
        citing = {u for u, _, _ in store.in_edges(node["id"], DOC_RELATIONS)}
        if citing:
            counts.append((len(citing), node["id"]))
    counts.sort(key=lambda c: (-c[0], c[1]))
    return [{**doc_object(store, i), "cited_by": n} for n, i in counts[:top]]


def conflicts(store) -> list[dict]:
    return [{**doc_object(store, node["id"]), "conflicts": node["conflicts"]}
            for node in store.nodes("document") if node.get("conflicts")]

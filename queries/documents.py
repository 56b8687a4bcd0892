"""Queries about single documents: find, search, the loaded ones, show, cited-by, most-cited, conflicts.

Plain functions over the store interface (graph.store.Store), so every backend answers them.
"""
from __future__ import annotations

import os
import re
import unicodedata
from collections import defaultdict
from functools import lru_cache
from itertools import islice

from graph.identity import spellings
from loaders.references import canonical_label

DOC_RELATIONS = {"implements", "based_on", "cites", "guides", "details", "amends", "repeals", "replaces"}
DOC_FIELDS = ("label", "doc_type", "title", "issuer", "level", "locality", "year", "issued_date", "source")


class QueryError(Exception):
    pass


def doc_object(store, node_id: str, known: dict[str, dict] | None = None) -> dict:
    """The JSON shape of a document that every command prints (from `known` nodes when given)."""
    node = (known.get(node_id) if known is not None else store.node(node_id)) or {}
    obj = {"id": node_id, **{f: node.get(f) for f in DOC_FIELDS}}
    if node.get("name"):
        obj["name"] = node["name"]
    return obj


def find(store, label: str, year: int | None = None) -> list[dict]:
    ids = _by_label(store, canonical_label(label) or label.strip())
    found = [doc_object(store, i) for i in ids]
    return [d for d in found if year is None or d["year"] == year]


def search(store, text: str, limit: int = 200) -> list[dict]:
    """Documents whose number-symbol, type, title, issuer or place contain every word of `text`
    (case, diacritics, spacing in a number-symbol and Đ/D forgiven): exact number-symbols first,
    then loaded documents, then the rest."""
    exact = set(_by_label(store, canonical_label(text) or text.strip())) if text.strip() else set()
    if not _plain(text).split():
        return []
    words = [" " + word for word in _plain(text).split()]
    haystacks = store.memo("search.haystacks", lambda: [(n["id"], n.get("source") is None, _haystack(n))
                                                         for n in store.nodes("document")])
    ranked = sorted((node_id not in exact, unloaded, node_id) for node_id, unloaded, haystack in haystacks
                    if node_id in exact or all(word in haystack for word in words))
    return [doc_object(store, node_id) for *_, node_id in ranked[:limit]]


def loaded(store) -> list[str]:
    """The ids of the documents read from a file (not known only by citations), the latest issued
    first (`doc_objects` gives a page of them)."""
    def newest_first() -> list[str]:
        nodes = [n for n in store.nodes("document") if n.get("source")]
        nodes.sort(key=lambda n: (n.get("issued_date") or str(n.get("year") or ""), n["id"]), reverse=True)
        return [n["id"] for n in nodes]
    return store.memo("loaded.ids", newest_first)


def doc_objects(store, ids: list[str]) -> list[dict]:
    docs = store.documents(ids)     # (one round trip on a database backend)
    return [doc_object(store, i, docs) for i in ids]


def _by_label(store, label: str) -> list[str]:
    return sorted({node for spelling in spellings(label) for node in store.by_label(spelling)})


def matches(doc: dict, text: str) -> bool:
    """Whether every word of `text` starts a word of the document's number-symbol, type, title,
    issuer or place."""
    haystack = _haystack(doc)
    return all(" " + word in haystack for word in _plain(text).split())


def _haystack(node: dict) -> str:
    place = node.get("locality") or {}
    label = node.get("label") or ""
    parts = (label, label.replace("/", " "), node.get("doc_type"), node.get("title"), node.get("name"),
             node.get("issuer"), *place.values())
    return " " + " ".join(_words(p) for p in parts if p)


@lru_cache(maxsize=1 << 16)     # issuers, types, places and titles repeat across a store
def _words(text: str) -> str:
    return re.sub(r"[^\w/.-]+", " ", _plain(text))


def _plain(text: str) -> str:
    """Lower case without diacritics (đ read as d): what people type in a search box."""
    stripped = "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))
    return stripped.replace("đ", "d").replace("Đ", "D").lower()


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


def show(store, node_id: str, cited_evidence: bool = True) -> dict:
    """Everything about one document; `cited_evidence`: with the sentence of each citing plan
    (one read per citing plan: the app, showing a page of them, leaves it out)."""
    node = store.node(node_id)
    references = defaultdict(list)
    for target, relation in sorted(store.out_edges(node_id, DOC_RELATIONS)):
        references[relation].append({**doc_object(store, target),
                                     "evidence": store.evidence(node_id, target, relation)})
    return {"document": doc_object(store, node_id), "subject": node.get("subject"),
            "signer": node.get("signer"), "references": dict(references),
            "cited_by": cited_by(store, node_id, cited_evidence), "conflicts": node.get("conflicts", []),
            "claims": store.claims(node_id)}


def cited_by(store, node_id: str, evidence: bool = True) -> list[dict]:
    return [{**doc_object(store, source), "relation": relation,
             **({"evidence": store.evidence(source, node_id, relation)} if evidence else {})}
            for source, relation in sorted(store.in_edges(node_id, DOC_RELATIONS))]


def most_cited(store, doc_type: str | None = None, top: int = 10) -> list[dict]:
    counts = store.memo("most_cited.counts", lambda: store.citation_counts(DOC_RELATIONS))
    chosen = list(islice(((n, i) for n, i, t in counts if not doc_type or (t or "").lower() == doc_type.lower()), top))
    docs = store.documents([i for _, i in chosen])
    return [{**doc_object(store, i, docs), "cited_by": n} for n, i in chosen]


def conflicts(store) -> list[dict]:
    found = sorted((node for node in store.nodes("document") if node.get("conflicts")), key=lambda n: n["id"])
    return [{**doc_object(store, node["id"], {node["id"]: node}), "conflicts": node["conflicts"]} for node in found]

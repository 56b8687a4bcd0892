"""The graph as RDF: the ELI ontology for documents and their relations, the project's own
namespace (`vb:`) only for what ELI lacks (levels, places, bodies' names, conflicts, claims,
evidence). The mapping is the two tables below, read both ways: `triples` writes a graph,
`rdf_store.RdfStore` reads it back with SPARQL.

Shape of one document (`<…/eli/33%2FCT-TTg@2021>`, the node id as an IRI path segment):
  a eli:LegalResource; eli:number "33/CT-TTg"; eli:date_document "2021-11-26"^^xsd:date;
  eli:type_document <…/type/Chỉ%20thị>; eli:passed_by <…/body/…>;
  eli:is_realized_by <…/vie> (an eli:LegalExpression with eli:title and eli:description@vi,
  since ELI puts titles on the language version); vb:level, vb:year, vb:locality (JSON)…
A relation is one triple (`eli:applies` for implements: `eli:implements` is deprecated) and one
rdf:Statement reifying it, which carries the evidence (sentences and character spans) as JSON.
"""
from __future__ import annotations

import datetime
import hashlib
import json
from functools import lru_cache
from typing import Iterator
from urllib.parse import quote, unquote

import networkx as nx
from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.namespace import RDF, SKOS, XSD

ELI = Namespace("http://data.europa.eu/eli/ontology#")
VB = Namespace("https://vbgraph.example/ontology#")
BASE = "https://vbgraph.example/"
VIETNAMESE = URIRef("http://publications.europa.eu/resource/authority/language/VIE")
PREFIXES = {"eli": ELI, "vb": VB, "skos": SKOS, "xsd": XSD, "rdf": RDF}

CLASSES = {"document": ELI.LegalResource, "body": VB.Body, "place": VB.Place}
SEGMENTS = {"document": "eli/", "body": "body/", "place": "place/"}    # IRI path per kind
ID_PREFIXES = {"document": "", "body": "body:", "place": "place:"}     # see graph/identity.py
RELATIONS = {"implements": ELI.applies, "based_on": ELI.based_on, "cites": ELI.cites,
             "details": ELI.ensures_implementation_of, "guides": VB.guides, "amends": ELI.amends,
             "repeals": ELI.repeals, "replaces": VB.replaces, "issued_by": ELI.passed_by,
             "located_in": VB.locatedIn}
# attribute -> (predicate, how the value is written); `expression` values sit on the expression
FIELDS = {"label": (ELI.number, "text"), "issued_date": (ELI.date_document, "date"),
          "doc_type": (ELI.type_document, "concept"), "title": (ELI.title, "expression"),
          "subject": (ELI.description, "expression"), "name": (VB.name, "text"),
          "issuer": (VB.issuerName, "text"), "level": (VB.level, "text"), "year": (VB.year, "int"),
          "resolved": (VB.resolved, "bool"), "signer": (VB.signer, "text"), "source": (VB.source, "text"),
          "sha256": (VB.sha256, "text"), "locality": (VB.locality, "json"),
          "recipients": (VB.recipients, "json"), "conflicts": (VB.conflicts, "json"),
          "claims": (VB.claims, "json"), "duplicate_sources": (VB.duplicateSources, "json")}
FIELD_OF = {predicate: (name, how) for name, (predicate, how) in FIELDS.items()}
RELATION_OF = {predicate: relation for relation, predicate in RELATIONS.items()}
KIND_OF = {cls: kind for kind, cls in CLASSES.items()}
JSON = RDF.JSON


def node_iri(node_id: str, kind: str, base: str = BASE) -> URIRef:
    return URIRef(base + SEGMENTS[kind] + _segment(node_id[len(ID_PREFIXES[kind]):]))


def _segment(text: str) -> str:
    """A path segment of an IRI: Vietnamese letters stay readable, everything else that is not
    plainly safe (space, `/`, `%`, `#`, `?`…) is percent-encoded, so `unquote` reverses it."""
    return "".join(c if c.isalnum() or c in "-._~@" else quote(c, safe="") for c in text)


@lru_cache(maxsize=1 << 16)        # every row of a result names its nodes again
def node_id_of(iri: str, base: str = BASE) -> str:
    path = iri[len(base):]
    for kind, segment in SEGMENTS.items():
        if path.startswith(segment):
            return ID_PREFIXES[kind] + unquote(path[len(segment):])
    raise ValueError(f"not a vbgraph node IRI: {iri}")


def expression_iri(document: URIRef) -> URIRef:
    return URIRef(document + "/vie")


def type_iri(doc_type: str, base: str = BASE) -> URIRef:
    return URIRef(base + "type/" + _segment(doc_type))


def statement_iri(source: URIRef, relation: str, target: URIRef, base: str = BASE) -> URIRef:
    digest = hashlib.sha1(f"{source} {relation} {target}".encode()).hexdigest()[:20]
    return URIRef(f"{base}statement/{digest}")


def literal(value, how: str) -> Literal:
    if how == "json":
        return Literal(json.dumps(value, ensure_ascii=False, sort_keys=True), datatype=JSON)
    if how == "date" and _is_date(value):
        return Literal(value, datatype=XSD.date)
    if how == "expression":
        return Literal(value, lang="vi")
    return Literal(value)     # str -> xsd:string, int -> xsd:integer, bool -> xsd:boolean


def value_of(term, how: str):
    """The attribute back from its RDF term (the inverse of `literal` and of the concept IRIs)."""
    if how == "json":
        return json.loads(str(term))
    if how == "int":
        return int(str(term))
    if how == "bool":
        return str(term) == "true"
    if how == "concept":
        return unquote(str(term).rsplit("/", 1)[1])
    return str(term)


def _is_date(value: str) -> bool:
    """A citation may carry an impossible date (31/02); it stays a plain string then."""
    try:
        datetime.date.fromisoformat(value)
        return True
    except ValueError:
        return False


def triples(graph: nx.MultiDiGraph, details: dict, base: str = BASE) -> Iterator[tuple]:
    """Every triple of the graph; `details` holds the claims and evidence (see store.split_details)."""
    claims, evidence = details.get("claims", {}), details.get("evidence", {})
    kinds = dict(graph.nodes(data="kind"))
    types = set()
    for node, attrs in graph.nodes(data=True):
        iri = node_iri(node, attrs["kind"], base)
        yield iri, RDF.type, CLASSES[attrs["kind"]]
        values = {**attrs, "claims": claims.get(node, attrs.get("claims"))}
        expression = None
        for name, (predicate, how) in FIELDS.items():
            value = values.get(name)
            if value is None:
                continue
            if how == "concept":
                types.add(value)
                yield iri, predicate, type_iri(value, base)
            elif how == "expression":
                if expression is None:
                    expression = expression_iri(iri)
                    yield iri, ELI.is_realized_by, expression
                    yield expression, RDF.type, ELI.LegalExpression
                    yield expression, ELI.language, VIETNAMESE
                yield expression, predicate, literal(value, how)
            else:
                yield iri, predicate, literal(value, how)
    for doc_type in sorted(types):
        yield type_iri(doc_type, base), RDF.type, SKOS.Concept
        yield type_iri(doc_type, base), SKOS.prefLabel, Literal(doc_type, lang="vi")
    for source, target, relation, attrs in graph.edges(keys=True, data=True):
        s, t = node_iri(source, kinds[source], base), node_iri(target, kinds[target], base)
        yield s, RELATIONS[relation], t
        found = evidence.get((source, target, relation), attrs.get("evidence"))
        if found is not None:
            statement = statement_iri(s, relation, t, base)
            yield statement, RDF.type, RDF.Statement
            yield statement, RDF.subject, s
            yield statement, RDF.predicate, RELATIONS[relation]
            yield statement, RDF.object, t
            yield statement, VB.evidence, literal(found, "json")


def to_rdflib(graph: nx.MultiDiGraph, details: dict, store: str = "default", base: str = BASE,
              chunk: int = 50_000) -> Graph:
    """An rdflib Graph on `store` ("default" is rdflib's memory store, "Oxigraph" is oxrdflib's),
    in the store's default graph, where any other reader of the store finds it."""
    rdf = Graph(store=store, identifier=DATASET_DEFAULT_GRAPH_ID, bind_namespaces="none")
    for prefix, namespace in PREFIXES.items():
        rdf.bind(prefix, namespace)
    batch = []
    for triple in triples(graph, details, base):
        batch.append((*triple, rdf))
        if len(batch) == chunk:
            rdf.addN(batch)
            batch = []
    rdf.addN(batch)
    return rdf

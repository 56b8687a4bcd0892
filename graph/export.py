"""The graph written out for other tools: RDF (ELI, see graph/rdf.py) as Turtle, JSON-LD or
N-Triples; GraphML (Gephi, yEd, networkx); the CSV files `neo4j-admin database import` reads.

Files appear complete or not at all: each is written beside its destination and renamed into place.
"""
from __future__ import annotations

import csv
import os
import shutil
import sys
from contextlib import contextmanager
from pathlib import Path

import networkx as nx
import pyoxigraph as ox
from oxrdflib import OxigraphStore

from graph.neo4j_store import LABELS, edge_rows, flat, node_rows
from graph.rdf import to_rdflib

RDF_FORMATS = {"turtle": "ox-turtle", "json-ld": "ox-json-ld", "n-triples": "ox-nt"}
FORMATS = (*RDF_FORMATS, "graphml", "neo4j-csv")
CSV_TYPES = {int: "long", bool: "boolean", float: "double", list: "string[]"}
ARRAY = "\x1f"      # between array elements: JSON text never holds a raw control character
IMPORT_COMMAND = ("neo4j-admin database import full --multiline-fields=true --ignore-empty-strings=true "
                  "--array-delimiter=U+001F {nodes} --relationships={folder}/relationships.csv neo4j")


def export(graph: nx.MultiDiGraph, details: dict, fmt: str, output: str | None) -> None:
    """Write the graph as one file in `fmt` (an RDF format or graphml) to `output` (None: stdout)."""
    with _destination(output) as stream:
        if fmt == "graphml":
            nx.write_graphml(graphml_graph(graph, details), stream, encoding="utf-8")
        else:
            to_rdflib(graph, details, store=OxigraphStore(store=ox.Store())).serialize(stream, format=RDF_FORMATS[fmt])


@contextmanager
def _destination(output: str | None):
    if output is None:
        yield sys.stdout.buffer
        sys.stdout.buffer.flush()
        return
    tmp = Path(f"{output}.tmp-{os.getpid()}")
    try:
        with open(tmp, "wb") as stream:
            yield stream
        os.replace(tmp, output)
    finally:
        tmp.unlink(missing_ok=True)


def graphml_graph(graph: nx.MultiDiGraph, details: dict) -> nx.MultiDiGraph:
    """GraphML takes scalars only: nested values (locality, conflicts, evidence…) become JSON text."""
    out = nx.MultiDiGraph()
    claims, evidence = details.get("claims", {}), details.get("evidence", {})
    for node, attrs in graph.nodes(data=True):
        out.add_node(node, **flat({**attrs, "claims": claims.get(node, attrs.get("claims"))}, piece=None))
    for source, target, relation, attrs in graph.edges(keys=True, data=True):
        found = evidence.get((source, target, relation), attrs.get("evidence"))
        out.add_edge(source, target, key=relation, relation=relation,
                     **flat({**attrs, "evidence": found}, piece=None))
    return out


def write_neo4j_csv(graph: nx.MultiDiGraph, details: dict, folder: Path) -> str:
    """One node file per label and one relationship file, with typed headers; the properties are
    those `vbgraph sync neo4j` writes (JSON values as arrays of pieces, so a later sync finds
    nothing to change). Returns the import command."""
    tmp = folder.with_name(f".{folder.name}.tmp-{os.getpid()}")
    tmp.mkdir(parents=True)
    try:
        nodes = list(node_rows(graph, details))
        for label in LABELS.values():
            rows = [{"id": n["id"], "labels": ["VbNode", label], **_without_id(n["props"])}
                    for n in nodes if n["label"] == label]
            _write_csv(tmp / f"nodes_{label}.csv", rows, {"id": "id:ID", "labels": ":LABEL"})
        rows = [{"s": e["s"], "t": e["t"], "type": e["type"], **e["props"]} for e in edge_rows(graph, details)]
        _write_csv(tmp / "relationships.csv", rows, {"s": ":START_ID", "t": ":END_ID", "type": ":TYPE"})
        if folder.exists():
            shutil.rmtree(folder)
        os.rename(tmp, folder)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    nodes_args = " ".join(f"--nodes={folder}/nodes_{label}.csv" for label in LABELS.values())
    return IMPORT_COMMAND.format(nodes=nodes_args, folder=folder)


def _without_id(props: dict) -> dict:
    return {k: v for k, v in props.items() if k != "id"}


def _write_csv(path: Path, rows: list[dict], fixed: dict[str, str]) -> None:
    types: dict[str, str] = {}
    for row in rows:
        for key, value in row.items():
            if key not in fixed:
                types.setdefault(key, CSV_TYPES.get(type(value), "string"))
    columns = list(fixed) + sorted(types)
    with open(path, "w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow([fixed.get(c) or f"{c}:{types[c]}" for c in columns])
        for row in rows:
            writer.writerow([_cell(row.get(c)) for c in columns])


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return ARRAY.join(value)
    return str(value).lower() if isinstance(value, bool) else str(value)

"""`vbgraph export`: RDF read back by rdflib's own parsers, GraphML by networkx, the neo4j-admin
CSV files by their header rules; facts checked against the fixture plans (tests/fixtures/binhphuoc):
the commune plan of Minh Tâm opens "Thực hiện Kế hoạch số 114/KH-UBND ngày 10/4/2024 của UBND
huyện …" and every plan cites "Chỉ thị số 33/CT-TTg ngày 26/11/2021 của Thủ tướng Chính phủ"."""
import csv
import json
import subprocess
import sys
from pathlib import Path

import networkx as nx
import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF

from conftest import ROOT
from graph.ingest import ingest
from graph.neo4j_store import unflat
from graph.rdf import ELI, VB, node_iri
from graph.store import StoreDir

FIXTURES = ROOT / "tests" / "fixtures" / "binhphuoc"
DATE = URIRef("http://www.w3.org/2001/XMLSchema#date")
HON_QUAN = "114/KH-UBND@2024@UBND huyện Hớn Quản, tỉnh Bình Phước"
CT33 = "33/CT-TTg@2021"


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    path = tmp_path_factory.mktemp("store")
    ingest(StoreDir(path), sorted(FIXTURES.iterdir()))
    return path


def run(store, *args):
    return subprocess.run([sys.executable, str(ROOT / "cli.py"), *args, "--store", str(store)],
                          capture_output=True, text=True, cwd=ROOT)


@pytest.fixture(scope="module")
def rdf_files(store, tmp_path_factory):
    folder = tmp_path_factory.mktemp("rdf")
    parsed = {}
    for fmt, parser in (("turtle", "turtle"), ("json-ld", "json-ld"), ("n-triples", "nt")):
        out = folder / f"graph.{fmt}"
        done = run(store, "export", "--format", fmt, "--output", str(out))
        assert done.returncode == 0, done.stderr
        parsed[fmt] = Graph().parse(out, format=parser)
    return parsed


def minh_tam(graph: Graph) -> URIRef:
    plans = [s for s, o in graph.subject_objects(VB.source) if str(o).endswith("xa_minhtam_2024.md")]
    assert len(plans) == 1
    return plans[0]


def test_three_rdf_formats_hold_the_same_triples(rdf_files):
    triples = {fmt: set(g) for fmt, g in rdf_files.items()}
    assert len(triples["turtle"]) > 250
    assert triples["turtle"] == triples["json-ld"] == triples["n-triples"]


def test_directive_is_an_eli_legal_resource_with_number_date_and_issuer(rdf_files):
    g = rdf_files["turtle"]
    ct33 = node_iri(CT33, "document")
    assert (ct33, RDF.type, ELI.LegalResource) in g
    assert (ct33, ELI.number, Literal("33/CT-TTg")) in g
    assert (ct33, ELI.date_document, Literal("2021-11-26", datatype=DATE)) in g
    assert (ct33, ELI.passed_by, node_iri("body:Thủ tướng Chính phủ", "body")) in g
    concept = g.value(ct33, ELI.type_document)
    assert str(g.value(concept, URIRef("http://www.w3.org/2004/02/skos/core#prefLabel"))) == "Chỉ thị"
    title = g.value(g.value(ct33, ELI.is_realized_by), ELI.title)
    assert title.language == "vi" and "công tác dân vận" in title


def test_commune_plan_applies_its_district_plan_with_the_evidence(rdf_files):
    g = rdf_files["n-triples"]
    plan, district = minh_tam(g), node_iri(HON_QUAN, "document")
    assert (plan, ELI.applies, district) in g                      # implements
    assert (district, ELI.date_document, Literal("2024-04-10", datatype=DATE)) in g
    statements = [s for s in g.subjects(RDF.subject, plan) if g.value(s, RDF.object) == district]
    assert len(statements) == 1 and g.value(statements[0], RDF.predicate) == ELI.applies
    evidence = json.loads(str(g.value(statements[0], VB.evidence)))
    assert any("Thực hiện Kế hoạch số 114/KH-UBND ngày 10/4/2024" in e["sentence"] for e in evidence)
    assert all(e["end"] > e["start"] for e in evidence)


def test_graphml_reads_back_with_every_node_edge_and_provenance(store, tmp_path):
    out = tmp_path / "graph.graphml"
    assert run(store, "export", "--format", "graphml", "-o", str(out)).returncode == 0
    read = nx.read_graphml(out, force_multigraph=True)
    graph = StoreDir(store).open().networkx()
    assert (read.number_of_nodes(), read.number_of_edges()) == (graph.number_of_nodes(), graph.number_of_edges())
    assert read.nodes[HON_QUAN]["issued_date"] == "2024-04-10"
    assert json.loads(read.nodes[HON_QUAN]["locality_json"])["district"] == "Huyện Hớn Quản"
    into = [d for _, _, d in read.in_edges(HON_QUAN, data=True) if d["relation"] == "implements"]
    assert len(into) == 1 and "114/KH-UBND" in json.loads(into[0]["evidence_json"])[0]["sentence"]


def read_neo4j_csv(path: Path) -> list[dict]:
    """Rows with values converted as neo4j-admin reads a typed header (`name:long`, `:ID`…)."""
    array = lambda v: v.split("\x1f")      # noqa: E731 (the export's --array-delimiter=U+001F)
    convert = {"long": int, "boolean": lambda v: v == "true", "string": str, "": str, "string[]": array,
               "ID": str, "START_ID": str, "END_ID": str, "TYPE": str, "LABEL": array}
    with open(path, newline="", encoding="utf-8") as fh:
        reader = csv.reader(fh)
        header = next(reader)
        rows = []
        for cells in reader:
            row = {}
            for column, cell in zip(header, cells):
                name, _, typ = column.partition(":")
                if cell:
                    row[name or f":{typ}"] = convert[typ](cell)
            rows.append(row)
    return rows


def test_neo4j_csv_has_typed_headers_unique_ids_and_no_dangling_relationship(store, tmp_path):
    out = tmp_path / "csv"
    done = run(store, "export", "--format", "neo4j-csv", "--output", str(out))
    assert done.returncode == 0 and "neo4j-admin database import full" in done.stderr, done.stderr
    graph = StoreDir(store).open().networkx()
    nodes = {label: read_neo4j_csv(out / f"nodes_{label}.csv") for label in ("Document", "Body", "Place")}
    ids = [row["id"] for rows in nodes.values() for row in rows]
    assert len(ids) == len(set(ids)) == graph.number_of_nodes()
    rels = read_neo4j_csv(out / "relationships.csv")
    assert len(rels) == graph.number_of_edges()
    assert all(r[":START_ID"] in set(ids) and r[":END_ID"] in set(ids) for r in rels)
    district = next(r for r in nodes["Document"] if r["id"] == HON_QUAN)
    assert district[":LABEL"] == ["VbNode", "Document"] and district["year"] == 2024
    assert next(r for r in nodes["Document"] if r["id"] == CT33)["resolved"] is True   # known from citations only
    implements = [r for r in rels if r[":END_ID"] == HON_QUAN and r[":TYPE"] == "IMPLEMENTS"]
    assert len(implements) == 1 and "114/KH-UBND" in json.loads("".join(implements[0]["evidence_json"]))[0]["sentence"]
    attrs = unflat({k: v for k, v in district.items() if k != ":LABEL"})
    assert attrs.pop("claims") == StoreDir(store).open().claims(HON_QUAN)
    assert attrs == {k: v for k, v in graph.nodes[HON_QUAN].items() if v is not None}


def test_bad_export_requests_fail_with_a_message_and_write_nothing(store, tmp_path):
    no_dir = run(store, "export", "--format", "neo4j-csv")
    assert no_dir.returncode == 2 and "--output" in no_dir.stderr
    missing = tmp_path / "nowhere" / "graph.ttl"
    failed = run(store, "export", "--format", "turtle", "-o", str(missing))
    assert failed.returncode == 1 and "nowhere" in failed.stderr and "Traceback" not in failed.stderr
    assert not (tmp_path / "nowhere").exists()
    no_store = run(tmp_path / "empty", "export", "--format", "turtle")
    assert no_store.returncode == 1 and "no store" in no_store.stderr

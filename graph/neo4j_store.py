"""The graph in Neo4j through the official driver: `sync` writes it, `Neo4jStore` answers the
store interface with Cypher (so every query runs unchanged on the server).

Model: every node has the label `VbNode` (unique `id`) and one of `Document`, `Body`, `Place`;
relations become the relationship types of `TYPES`. Nested values (locality, conflicts, claims,
evidence) are JSON text cut into short pieces (`<name>_json`, a list of strings), because some
Bolt servers refuse long strings. Labels and relationship types are only ever taken from the
fixed tables below; every value travels as a parameter, never inside the Cypher text.
"""
from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass
from typing import Callable, Iterator

import networkx as nx

LABELS = {"document": "Document", "body": "Body", "place": "Place"}
TYPES = {"implements": "IMPLEMENTS", "based_on": "BASED_ON", "cites": "CITES", "guides": "GUIDES",
         "details": "DETAILS", "amends": "AMENDS", "repeals": "REPEALS", "replaces": "REPLACES",
         "issued_by": "ISSUED_BY", "located_in": "LOCATED_IN"}
RELATIONS = {t: r for r, t in TYPES.items()}
PIECE = 400             # characters per piece of a JSON value (at most 1,600 bytes in UTF-8)
BATCH = 200             # rows per UNWIND (FalkorDB fails from 254)
ATTEMPTS = 3


class Neo4jError(Exception):
    pass


def connect(uri: str | None = None, user: str | None = None, password: str | None = None, timeout: float = 5.0):
    """A driver for the server named by the arguments or the NEO4J_URI/USER/PASSWORD variables.
    A handshake left unanswered for `timeout` seconds is tried again (FalkorDB's Bolt endpoint
    leaves the first handshake after a client's GOODBYE unanswered); the driver then keeps its
    connection in its pool."""
    import neo4j
    uri = uri or os.environ.get("NEO4J_URI")
    if not uri:
        raise Neo4jError("no Neo4j server given: pass --uri or set NEO4J_URI (e.g. bolt://127.0.0.1:7687)")
    auth = (user or os.environ.get("NEO4J_USER", "neo4j"), password or os.environ.get("NEO4J_PASSWORD", ""))
    for attempt in range(1, ATTEMPTS + 1):
        driver = neo4j.GraphDatabase.driver(uri, auth=auth, connection_timeout=timeout,
                                            connection_acquisition_timeout=timeout)
        try:
            driver.verify_connectivity()
            return driver
        except Exception as exc:
            driver.close()
            if attempt == ATTEMPTS or isinstance(exc, neo4j.exceptions.AuthError):
                raise Neo4jError(f"cannot reach Neo4j at {uri}: {exc}") from None


@dataclass(frozen=True)
class Server:
    """What the server can take, found at connect time: a Neo4j server answers
    `dbms.components()`; other Bolt servers (FalkorDB) have no constraints, take messages of
    about 4 KB at most, and read backslashes and quotes in string parameters as Cypher escapes."""
    constraints: bool
    message_bytes: int
    escapes_parameters: bool

    def run(self, session, cypher: str, **params):
        if self.escapes_parameters:
            params = {k: _escaped(v) for k, v in params.items()}
        return session.run(cypher, **params)


def probe(session) -> Server:
    try:
        session.run("CALL dbms.components() YIELD name RETURN name").consume()
        return Server(constraints=True, message_bytes=4_000_000, escapes_parameters=False)
    except Exception:
        return Server(constraints=False, message_bytes=3_000, escapes_parameters=True)


def _escaped(value):
    if isinstance(value, str):
        return value.replace("\\", "\\\\").replace("'", "\\'")
    if isinstance(value, list):
        return [_escaped(v) for v in value]
    if isinstance(value, dict):
        return {k: _escaped(v) for k, v in value.items()}
    return value


# --- properties ----------------------------------------------------------------------------

def flat(attrs: dict, piece: int | None = PIECE) -> dict:
    """Node or edge attributes as Neo4j properties: scalars as they are, the rest as JSON text
    (`<name>_json`), cut into pieces of `piece` characters unless `piece` is None."""
    props = {}
    for key, value in attrs.items():
        if value is None:
            continue
        if isinstance(value, (str, int, float, bool)):
            props[key] = value
        else:
            text = json.dumps(value, ensure_ascii=False)
            props[f"{key}_json"] = [text[i:i + piece] for i in range(0, len(text), piece)] or [""] if piece else text
    return props


def unflat(props: dict) -> dict:
    attrs = {}
    for key, value in props.items():
        if value is None:
            continue
        if key.endswith("_json"):
            attrs[key[:-5]] = json.loads("".join(value))
        elif key not in ("id", "label_key", "_digest"):
            attrs[key] = value
    return attrs


def _digest(props: dict) -> str:
    return hashlib.sha256(json.dumps(props, sort_keys=True, ensure_ascii=False).encode()).hexdigest()[:24]


def node_rows(graph: nx.MultiDiGraph, details: dict) -> Iterator[dict]:
    claims = details.get("claims", {})
    for node, attrs in graph.nodes(data=True):
        props = flat({**attrs, "claims": claims.get(node)})
        if attrs.get("kind") == "document" and attrs.get("label"):
            props["label_key"] = attrs["label"].lower()
        props["id"] = node
        props["_digest"] = _digest(props)
        yield {"id": node, "label": LABELS[attrs["kind"]], "props": props}


def edge_rows(graph: nx.MultiDiGraph, details: dict) -> Iterator[dict]:
    evidence = details.get("evidence", {})
    for source, target, relation, attrs in graph.edges(keys=True, data=True):
        props = flat({**attrs, "evidence": evidence.get((source, target, relation))})
        props["_digest"] = _digest(props)
        yield {"s": source, "t": target, "type": TYPES[relation], "props": props}


# --- sync ----------------------------------------------------------------------------------

@dataclass
class SyncReport:
    nodes_written: int = 0
    nodes_deleted: int = 0
    edges_written: int = 0
    edges_deleted: int = 0
    schema: str = ""


def sync(driver, graph: nx.MultiDiGraph, details: dict, batch_size: int = BATCH, database: str | None = None,
         progress: Callable[[int], None] | None = None) -> SyncReport:
    """Make the server hold exactly this graph, writing only the nodes and relationships whose
    properties changed (compared by digest) and deleting the ones that are gone. Idempotent; a
    node or relationship gets its digest last, so an interrupted sync is completed by the next."""
    report = SyncReport()
    with driver.session(database=database) as session:
        server = probe(session)
        report.schema = ensure_schema(session, server)
        write = Writer(session, server, batch_size, progress)
        old_nodes = {r["id"]: (r["label"], r["d"]) for r in session.run(
            "MATCH (n:VbNode) RETURN n.id AS id, [l IN labels(n) WHERE l <> 'VbNode'][0] AS label, n._digest AS d")}
        old_edges = {(r["s"], r["type"], r["t"]): r["d"] for r in session.run(
            "MATCH (a:VbNode)-[r]->(b:VbNode) RETURN a.id AS s, type(r) AS type, b.id AS t, r._digest AS d")}
        nodes = list(node_rows(graph, details))
        edges = list(edge_rows(graph, details))
        for label in LABELS.values():
            rows = [n for n in nodes if n["label"] == label
                    and old_nodes.get(n["id"]) != (label, n["props"]["_digest"])]
            write.upsert(f"UNWIND $rows AS row MERGE (n:VbNode {{id: row.id}}) SET n = row.props, n:{label}",
                         "MATCH (n:VbNode {id: $key.id})", rows)
            report.nodes_written += len(rows)
        current = {(e["s"], e["type"], e["t"]) for e in edges}
        for typ in RELATIONS:
            gone = [{"s": s, "t": t} for (s, old_type, t) in old_edges if old_type == typ and (s, typ, t) not in current]
            write.rows(f"UNWIND $rows AS row MATCH (:VbNode {{id: row.s}})-[r:{typ}]->(:VbNode {{id: row.t}}) "
                       "DELETE r", gone)
            report.edges_deleted += len(gone)
            rows = [e for e in edges if e["type"] == typ and old_edges.get((e["s"], typ, e["t"])) != e["props"]["_digest"]]
            write.upsert(f"UNWIND $rows AS row MATCH (a:VbNode {{id: row.s}}) MATCH (b:VbNode {{id: row.t}}) "
                         f"MERGE (a)-[n:{typ}]->(b) SET n = row.props",
                         f"MATCH (:VbNode {{id: $key.s}})-[n:{typ}]->(:VbNode {{id: $key.t}})", rows)
            report.edges_written += len(rows)
        ids = {n["id"] for n in nodes}
        stale = [{"id": i} for i in old_nodes if i not in ids]
        write.rows("UNWIND $rows AS row MATCH (n:VbNode {id: row.id}) DETACH DELETE n", stale)
        report.nodes_deleted = len(stale)
    return report


class Writer:
    """Runs UNWIND statements in batches that fit the server's message size; a row too large for
    one message is written without its JSON values, which are then appended piece by piece."""

    def __init__(self, session, server: Server, batch_size: int, progress):
        self.session, self.server, self.batch_size, self.progress = session, server, batch_size, progress
        self.budget = server.message_bytes

    def rows(self, cypher: str, rows: list[dict]) -> None:
        batch, size = [], len(cypher)
        for row in rows:
            row_size = _size(row)
            if batch and (len(batch) == self.batch_size or size + row_size > self.budget):
                self._run(cypher, batch)
                batch, size = [], len(cypher)
            batch.append(row)
            size += row_size
        if batch:
            self._run(cypher, batch)

    def upsert(self, cypher: str, match: str, rows: list[dict]) -> None:
        large = [r for r in rows if _size(r) + len(cypher) > self.budget]
        self.rows(cypher, [_without_values(r) if r in large else r for r in rows])
        for row in large:
            key = {k: v for k, v in row.items() if k != "props" and k != "label" and k != "type"}
            for name, pieces in row["props"].items():
                if name.endswith("_json"):
                    self._append(match, key, name, pieces)
            self.server.run(self.session, f"{match} SET n._digest = $digest", key=key,
                            digest=row["props"]["_digest"]).consume()

    def _append(self, match: str, key: dict, name: str, pieces: list[str]) -> None:
        if not name.replace("_", "").isalpha():      # a property name from our own attributes only
            raise Neo4jError(f"unexpected property name {name!r}")
        statement = f"{match} SET n.{name} = coalesce(n.{name}, []) + $pieces"
        batch: list[str] = []
        for piece in pieces:
            if batch and _size(batch + [piece]) + len(statement) + _size(key) > self.budget:
                self.server.run(self.session, statement, key=key, pieces=batch).consume()
                batch = []
            batch.append(piece)
        self.server.run(self.session, statement, key=key, pieces=batch).consume()

    def _run(self, cypher: str, batch: list[dict]) -> None:
        self.server.run(self.session, cypher, rows=batch).consume()
        if self.progress:
            self.progress(len(batch))


def _without_values(row: dict) -> dict:
    props = {k: v for k, v in row["props"].items() if not k.endswith("_json") and k != "_digest"}
    return {**row, "props": props}


def _size(value) -> int:
    return len(json.dumps(value, ensure_ascii=False).encode()) + 64


def ensure_schema(session, server: Server) -> str:
    """A uniqueness constraint on node ids where the server has them (Neo4j 5), else indexes."""
    if server.constraints:
        session.run("CREATE CONSTRAINT vbgraph_id IF NOT EXISTS FOR (n:VbNode) REQUIRE n.id IS UNIQUE").consume()
        for prop in ("label_key", "source"):
            session.run(f"CREATE INDEX vbgraph_{prop} IF NOT EXISTS FOR (n:Document) ON (n.{prop})").consume()
        return "constraint"
    if not _index_count(session):
        for label, prop in (("VbNode", "id"), ("Document", "label_key"), ("Document", "source")):
            session.run(f"CREATE INDEX FOR (n:{label}) ON (n.{prop})").consume()
    return "index"


def _index_count(session) -> int:
    try:
        return len(list(session.run("CALL db.indexes()")))
    except Exception:
        return 0


# --- the store interface over Cypher --------------------------------------------------------

class Neo4jStore:
    def __init__(self, driver, database: str | None = None, batch_size: int = BATCH):
        self.driver = driver
        self.database = database
        self.batch_size = batch_size
        self._memo: dict[str, object] = {}
        with driver.session(database=database) as session:
            self.server = probe(session)

    def _run(self, cypher: str, **params) -> list:
        with self.driver.session(database=self.database) as session:
            return list(self.server.run(session, cypher, **params))

    def node(self, node_id):
        rows = self._run("MATCH (n:VbNode {id: $id}) RETURN n {.*, claims_json: null} AS p", id=node_id)
        return {"id": node_id, **unflat(rows[0]["p"])} if rows else None

    def nodes(self, kind="document"):
        for row in self._run(f"MATCH (n:{LABELS[kind]}) RETURN n {{.*, claims_json: null}} AS p ORDER BY n.id"):
            yield {"id": row["p"]["id"], **unflat(row["p"])}

    def by_label(self, label):
        return [r["id"] for r in self._run("MATCH (n:Document) WHERE n.label_key = $k RETURN n.id AS id ORDER BY id",
                                           k=label.lower())]

    def by_source(self, source):
        rows = self._run("MATCH (n:Document) WHERE n.source = $s RETURN n.id AS id", s=os.path.abspath(source))
        return rows[0]["id"] if rows else None

    def out_edges(self, node_id, relations=None):
        return self._edges("MATCH (:VbNode {id: $id})-[r]->(m:VbNode)", node_id, relations)

    def in_edges(self, node_id, relations=None):
        return self._edges("MATCH (:VbNode {id: $id})<-[r]-(m:VbNode)", node_id, relations)

    def _edges(self, pattern, node_id, relations):
        types = [TYPES[r] for r in relations] if relations is not None else list(RELATIONS)
        rows = self._run(f"{pattern} WHERE type(r) IN $types RETURN m.id AS m, type(r) AS t", id=node_id, types=types)
        return [(r["m"], RELATIONS[r["t"]]) for r in rows]

    def evidence(self, source, target, relation):
        rows = self._run("MATCH (:VbNode {id: $s})-[r]->(:VbNode {id: $t}) WHERE type(r) = $type "
                         "RETURN properties(r) AS p", s=source, t=target, type=TYPES[relation])
        return unflat(rows[0]["p"]).get("evidence") or [] if rows else []

    def claims(self, node_id):
        """Claims are the one value that grows with the corpus (a directive cited by thousands of
        plans): left out of `node`, read here in slices that fit the server's messages."""
        rows = self._run("MATCH (n:VbNode {id: $id}) RETURN size(n.claims_json) AS z", id=node_id)
        total = rows[0]["z"] if rows and rows[0]["z"] is not None else 0
        step = max(1, self.server.message_bytes // (4 * PIECE + 64))
        pieces: list[str] = []
        for start in range(0, total, step):
            pieces += self._run("MATCH (n:VbNode {id: $id}) RETURN n.claims_json[$a..$b] AS p",
                                id=node_id, a=start, b=start + step)[0]["p"]
        return json.loads("".join(pieces)) if pieces else []

    def documents(self, ids):
        found: dict[str, dict] = {}
        batch: list[str] = []
        for node_id in dict.fromkeys(ids):
            if batch and (len(batch) == self.batch_size or _size(batch + [node_id]) > self.server.message_bytes):
                found.update(self._documents(batch))
                batch = []
            batch.append(node_id)
        return {**found, **self._documents(batch)} if batch else found

    def _documents(self, ids: list[str]) -> dict[str, dict]:
        rows = self._run("UNWIND $ids AS id MATCH (n:VbNode {id: id}) WHERE n:Document RETURN n {.*, claims_json: null} AS p", ids=ids)
        return {row["p"]["id"]: {"id": row["p"]["id"], **unflat(row["p"])} for row in rows}

    def reach(self, node_id, first, then, direction, depth):
        """One query: bounded variable-length paths (`*1..n`) from the node's first-hop neighbours."""
        first_types = [TYPES[r] for r in first]
        left, right = ("<-", "-") if direction == "in" else ("-", "->")
        rows = self._run(f"MATCH (d:VbNode {{id: $id}}){left}[r0]{right}(f:Document) WHERE type(r0) IN $first "
                         "RETURN startNode(r0).id AS s, type(r0) AS t, endNode(r0).id AS e",
                         id=node_id, first=first_types)
        if depth > 1 and rows:
            chain = "|".join(TYPES[r] for r in sorted(then))
            rows += self._run(
                f"MATCH p = (d:VbNode {{id: $id}}){left}[r0]{right}(f:Document){left}[:{chain}*1..{int(depth) - 1}]{right}"
                "(x:Document) WHERE type(r0) IN $first UNWIND relationships(p) AS r "
                "RETURN DISTINCT startNode(r).id AS s, type(r) AS t, endNode(r).id AS e",
                id=node_id, first=first_types)
        return list(dict.fromkeys((r["s"], RELATIONS[r["t"]], r["e"]) for r in rows))

    def citation_counts(self, relations):
        rows = self._run("MATCH (s:Document)-[r]->(d:Document) WHERE type(r) IN $types "
                         "RETURN d.id AS id, d.doc_type AS t, count(DISTINCT s.id) AS n",
                         types=[TYPES[r] for r in relations])
        return sorted(((r["n"], r["id"], r["t"]) for r in rows), key=lambda c: (-c[0], c[1]))

    def memo(self, name, build):
        if name not in self._memo:
            self._memo[name] = build()
        return self._memo[name]


"""Lineage queries: who carries a document out, where a plan comes from, coverage by place."""
from __future__ import annotations

from collections import Counter, deque

from loaders.places import REFORM_DATE, gazetteer, short_name
from loaders.records import Locality
from queries.documents import doc_object

CHAIN = {"implements", "based_on"}      # the relations a lineage follows through plans
DEFAULT_RELATIONS = frozenset(CHAIN)
MAX_DEPTH = 12
MAX_CHAINS = 500
STEP_FIELDS = ("label", "name", "doc_type", "issuer", "year")


def implementers(store, node_id: str, transitive: bool = False,
                 relations: set[str] | frozenset[str] = DEFAULT_RELATIONS) -> list[dict]:
    """The documents that carry `node_id` out, nearest first, each with its path up to it.
    The first hop uses `relations`; further hops follow implements/based_on through plans.
    The store returns the bounded sub-graph at once (one server query on a database backend)."""
    edges = store.reach(node_id, set(relations), CHAIN, "in", MAX_DEPTH if transitive else 1)
    into: dict[str, list[tuple[str, str]]] = {}
    for source, relation, target in edges:
        into.setdefault(target, []).append((source, relation))
    found: list[tuple[str, str, str]] = []        # (plan, relation, what it carries out), nearest first
    depth = {node_id: 0}
    queue = deque([node_id])
    while queue:
        current = queue.popleft()
        for source, relation in sorted(into.get(current, ())):
            if source in depth or relation not in (relations if current == node_id else CHAIN):
                continue
            depth[source] = depth[current] + 1
            found.append((source, relation, current))
            if transitive and depth[source] < MAX_DEPTH:
                queue.append(source)
    docs = store.documents([node_id] + [source for source, _, _ in found])
    # a directive has thousands of implementers whose paths share their upper entries
    paths = {node_id: [_step(node_id, docs)]}
    result = []
    for source, relation, target in found:
        paths[source] = [_step(source, docs)] + paths[target]
        obj = doc_object(store, source, docs)
        obj.update(relation=relation, depth=depth[source], path=paths[source])
        result.append(obj)
    return result


def _step(node_id: str, docs: dict[str, dict]) -> dict:
    """A path's entry: enough to name it (an unnumbered plan by its type, issuer and year)."""
    doc = docs.get(node_id, {})
    return {"id": node_id, **{f: doc.get(f) for f in STEP_FIELDS}}


def lineage(store, node_id: str) -> list[list[dict]]:
    """Every chain from the plan up through what it implements; where a document implements
    nothing, its legal basis (based_on) ends the chain."""
    edges = store.reach(node_id, CHAIN, CHAIN, "out", MAX_DEPTH)
    out: dict[str, list[tuple[str, str]]] = {}
    for source, relation, target in edges:
        out.setdefault(source, []).append((target, relation))
    docs = store.documents([node_id] + [t for _, _, t in edges])
    chains: list[list[dict]] = []

    def step(node: str, relation: str | None, path: list[dict], visited: set[str]) -> None:
        entry = {**doc_object(store, node, docs), "relation": relation}
        path = path + [entry]
        ups = [e for e in out.get(node, ()) if e[1] == "implements" and e[0] not in visited]
        if not ups and relation in (None, "implements"):
            ups = [e for e in out.get(node, ()) if e[1] == "based_on" and e[0] not in visited]
        if not ups or len(path) > MAX_DEPTH or len(chains) >= MAX_CHAINS:
            if len(path) > 1:
                chains.append(path)
            return
        for target, rel in sorted(ups):
            step(target, rel, path, visited | {target})

    step(node_id, None, [], {node_id})
    # each entry carries the relation by which it was reached; print it as "this one … the next"
    # (chains share their prefix entries, so build new ones)
    return [[{**here, "relation": nxt["relation"] if nxt else None}
             for here, nxt in zip(chain, chain[1:] + [None])] for chain in chains]


def coverage(store, node_id: str, level: str = "province") -> dict:
    """Which units of `level` have a plan carrying the document out (directly or through a
    chain), and which known units have none, inside the provinces (districts) concerned."""
    plans = implementers(store, node_id, transitive=True)
    era = _era(plans)
    covered: dict[Locality, list[dict]] = {}
    for plan in plans:
        loc = _at_level(plan["locality"], level)
        if loc is not None and plan["level"] == level:
            covered.setdefault(loc, []).append({"id": plan["id"], "label": plan["label"],
                                               "path": plan["path"]})
    scopes = {_scope(loc, level) for loc in covered} or {Locality()}
    known = {u.locality for scope in scopes for u in gazetteer().units(level, era, scope)}
    return {
        "document": doc_object(store, node_id), "level": level,
        "era": "before 2025-07-01" if era == "legacy" else "from 2025-07-01",
        "covered": [{**_names(loc), "plans": covered[loc]} for loc in sorted(covered, key=_sort_key)],
        "missing": [_names(loc) for loc in sorted(known - set(covered), key=_sort_key)],
    }


def _era(plans: list[dict]) -> str:
    votes = Counter("legacy" if (p["issued_date"] or f"{p['year'] or 9999}-12-31") < REFORM_DATE else "2025"
                    for p in plans)
    return votes.most_common(1)[0][0] if votes else "2025"


def _at_level(locality: dict, level: str) -> Locality | None:
    order = ("province", "district", "commune")
    if not locality or not locality.get(level):
        return None
    return Locality(*(locality.get(lv) if order.index(lv) <= order.index(level) else None for lv in order))


def _scope(loc: Locality, level: str) -> Locality:
    """The unit whose children are counted: the province of a district or commune."""
    return Locality(loc.province) if level != "province" else Locality()


def _names(loc: Locality) -> dict:
    return {"province": loc.province, "district": loc.district, "commune": loc.commune,
            "unit": next(short_name(n) for n in (loc.commune, loc.district, loc.province) if n)}


def _sort_key(loc: Locality):
    return tuple(x or "" for x in (loc.province, loc.district, loc.commune))


LEVELS = ("central", "province", "district", "commune")


def hierarchy(plans: list[dict]) -> dict:
    """Implementer rows arranged by place (province → district → commune), each unit with the
    plans issued at its level and the count of plans inside it. Plans without a known place stay
    at the root with the central ones."""
    root = _unit("", None)
    for plan in plans:
        unit = root
        loc = plan.get("locality") or {}
        for level in LEVELS[1:LEVELS.index(plan["level"]) + 1] if plan.get("level") in LEVELS else ():
            if not loc.get(level):
                continue
            unit["count"] += 1
            unit = unit["children"].setdefault(loc[level], _unit(loc[level], level))
        unit["count"] += 1
        unit["plans"].append(plan)
    return _freeze(root)


def units(tree: dict) -> list[dict]:
    """The provinces and districts of a `hierarchy`, each with its `path` ("Tỉnh A / Huyện B")."""
    found = []
    for province in tree["children"]:
        found.append({**province, "path": province["name"]})
        found += [{**unit, "path": f"{province['name']} / {unit['name']}"} for unit in province["children"]]
    return found


def unit_plans(unit: dict) -> list[dict]:
    """Every plan inside a unit of a `hierarchy`, its own first, then its children's."""
    return unit["plans"] + [p for child in unit["children"] for p in unit_plans(child)]


def level_counts(plans: list[dict]) -> dict[str, int]:
    counts = Counter(p.get("level") or "unknown" for p in plans)
    return {level: counts[level] for level in (*LEVELS, "unknown") if counts[level]}


def _unit(name: str, level: str | None) -> dict:
    return {"name": name, "level": level, "count": 0, "plans": [], "children": {}}


def _freeze(unit: dict) -> dict:
    children = sorted(unit["children"].values(), key=lambda u: (-u["count"], u["name"]))
    return {**unit, "children": [_freeze(c) for c in children]}

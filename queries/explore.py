"""The neighbourhood of a document, for the graph explorer: bounded so a view stays drawable."""
from __future__ import annotations

from queries.documents import DOC_RELATIONS, doc_object

MAX_NODES = 300


def neighbourhood(store, node_id: str, hops: int = 1, relations: set[str] | frozenset[str] = frozenset(DOC_RELATIONS),
                  limit: int = MAX_NODES) -> dict:
    """Documents within `hops` edges of `node_id` (either direction, through `relations`), nearest
    first, at most `limit` of them; `truncated` says whether some were left out."""
    distance = {node_id: 0}
    frontier = [node_id]
    truncated = False
    for hop in range(1, hops + 1):
        nxt = []
        for current in frontier:
            for other in _neighbours(store, current, relations):
                if other in distance:
                    continue
                if len(distance) >= limit:
                    truncated = True
                    break
                distance[other] = hop
                nxt.append(other)
        frontier = nxt
    edges = [{"source": node, "target": target, "relation": relation}
             for node in distance for target, relation in store.out_edges(node, set(relations))
             if target in distance]
    nodes = [{**doc_object(store, node), "distance": d} for node, d in distance.items()]
    return {"center": node_id, "nodes": nodes, "edges": edges, "truncated": truncated}


def _neighbours(store, node_id: str, relations) -> list[str]:
    wanted = set(relations)
    return sorted({t for t, _ in store.out_edges(node_id, wanted)} |
                  {s for s, _ in store.in_edges(node_id, wanted)})

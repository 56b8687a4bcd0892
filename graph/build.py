"""Extractions -> one graph: one node per real document, evidence on every edge, conflicts kept.

The graph is a pure function of the set of extractions (rebuilt whole), so the order in which
files were ingested never changes who is merged with whom.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from functools import lru_cache
from operator import itemgetter

import networkx as nx

from graph.identity import (PARENT_LEVELS, UNKNOWN, body_id, document_id, draft_id, is_central, is_normative,
                            is_resolved, issuer_key, named_id, normative_spelling, place_id)
from graph.placement import LEVELS as LOCAL_LEVELS
from graph.placement import over, place_by_parent
from loaders.issuers import INSTITUTION, body_of
from loaders.records import DocumentRecord, Extraction, Locality, Reference

FORMAT = 12         # of the store on disk; 3: graph.pickle holds a CompactGraph; 4: chunked pickles;
                    # 5: details by node; 6: records packed one by one; 7: ids without leading zeros;
                    # 8: a school's id names its own unit; 9: a Party Quy định under `QĐ`; 10: a
                    # normative act cited without its year is the loaded one of that body and day;
                    # 11: documents known by name under `named@`, a local one's with its body; 12: a
                    # local document named in another's description is the node the text's citation is
CLAIM_FIELDS = ("issued_date", "issuer")
_LOCAL_NORMATIVE_TYPES = frozenset({"Nghị quyết", "Quyết định", "Chỉ thị"})   # a council's, a committee's acts
COUNTED_FIELDS = CLAIM_FIELDS + ("doc_type", "subject")     # a node without them takes the most cited
DOCUMENT_FIELDS = ("label", "doc_type", "title", "issuer", "level", "year", "issued_date")


def build_graph(extractions: list[Extraction]) -> nx.MultiDiGraph:
    builder = _Builder()
    loaded = sorted((e for e in place_by_parent(extractions) if e.document), key=lambda e: e.source)
    for e in loaded:
        builder.add_loaded(e)
    for e in loaded:
        builder.register_references(e)
    for e in loaded:
        builder.link(e)
    builder.finish()
    return builder.graph


class _Builder:
    def __init__(self):
        self.graph = nx.MultiDiGraph(format=FORMAT)
        # label -> year part of the id -> ids: the documents a citation may mean, by year so
        # that `12/KH-UBND` of 2024 is not sought among every year's 12/KH-UBND
        self.known: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
        self.claims: dict[str, list[dict]] = defaultdict(list)
        self.own_ids: dict[str, str] = {}
        self.loaded: set[str] = set()
        self.evidence: dict[tuple[str, str, str], list[dict]] = {}    # each edge's, by (u, v, key)

    # -- nodes ------------------------------------------------------------------------------
    def add_loaded(self, e: Extraction) -> None:
        d = e.document
        node = loaded_id(d)
        self.own_ids[e.source] = node
        self.loaded.add(node)
        attrs = self.graph.nodes[node] if node in self.graph else {}
        if attrs.get("source"):        # two files of one document: keep the first, say so
            attrs.setdefault("duplicate_sources", []).append(e.source)
            return
        self.graph.add_node(node, kind="document", **{f: getattr(d, f) for f in DOCUMENT_FIELDS},
                            locality=d.locality.to_dict(), signer=d.signer, recipients=d.recipients,
                            source=e.source, sha256=e.sha256)
        if d.label:
            self._remember(node)
        self._attach_issuer(node, d.issuer, d.level, d.locality)

    def register_references(self, e: Extraction) -> None:
        for ref in e.references:
            if ref.label and not _unplaced(ref):
                node = document_id(ref.label, _key(ref), ref.level, ref.year)
                if is_resolved(node):
                    self._remember(node)

    def _remember(self, node: str) -> None:
        label, year, _ = split_id(node)
        self.known[label][year].add(node)

    def _known(self, label: str, year: str) -> list[str] | set[str]:
        years = self.known.get(label, {})
        return [c for ids in years.values() for c in ids] if year == UNKNOWN else years.get(year, set())

    def link(self, e: Extraction) -> None:
        citing, places = self.own_ids[e.source], _places(e.document)
        targets = [self.resolve_reference(ref, places) for ref in e.references]
        placed = {}
        for ref, target in zip(e.references, targets):
            if ref.label and ref.issuer and not is_central(ref.label, ref.level):
                placed.setdefault(ref.label, target)
            self._ensure_document(target, ref)
            self.claims[target].append({"source": e.source, "issued_date": ref.issued_date,
                                        "issuer": ref.issuer, "subject": ref.subject,
                                        "doc_type": ref.doc_type})
            self._add_edge(citing, target, ref.relation, e.source, ref.mentions)
        # a local document named inside another's description is a reference of the text too, its
        # body named: the same node (`… triển khai Kế hoạch số 118/KH-UBND … của UBND tỉnh Đồng Nai`,
        # where two provinces' 118/KH-UBND are known). Not a central one: a text's mentions of one
        # number are one reference, and numbers restart each year (a directive carried out and
        # another year's of that number, cited further on, would be one)
        for ref, target in zip(e.references, targets):
            for link in ref.related:
                other = placed.get(link.label) or (
                    self.resolve(link.label, None, None, None) if link.label else named_id(link.name))
                self._ensure_document(other, None, label=link.label)
                self._add_edge(target, other, link.relation, e.source, ref.mentions[:1])

    def resolve_reference(self, ref: Reference, citing_places: list[Locality] = ()) -> str:
        if ref.label is None:
            return named_id(ref.name, issuer_key(ref.issuer, ref.level, ref.locality)
                            if ref.level in PARENT_LEVELS else None)
        if ref.level is None and ref.issuer and INSTITUTION.fullmatch(ref.issuer):
            return self._institution_s(ref, citing_places)
        twin = self._normative_twin(ref)
        if twin:
            return twin
        unplaced = _unplaced(ref)
        narrowing = []
        if unplaced and citing_places:
            # `của UBND huyện` from a commune whose name several districts share: the parent is
            # a candidate inside a district where a commune of that name exists
            narrowing.append(lambda c: c in self.graph and any(
                over(self.graph.nodes[c], p, ref.level) for p in citing_places))
        if ref.issued_date:
            # of several documents with that number, the one issued on the day the citation gives
            # (or a loaded one whose text does not say: its namesake of that day is not the only one)
            narrowing.append(lambda c: c in self.graph and (self.graph.nodes[c].get("issued_date") == ref.issued_date
                                                            or _undated(self.graph.nodes[c])))
        widen = None
        if unplaced:    # named (`UBND huyện Châu Thành`): its place follows; else its name does
            widen = ", " if getattr(ref.locality or Locality(), ref.level) else " "
        return self.resolve(ref.label, _key(ref), ref.level, ref.year, widen, narrowing)

    def _normative_twin(self, ref: Reference) -> str | None:
        """`Nghị quyết số 41/NQ-HĐND ngày 09/12/2022 của HĐND tỉnh …` is the loaded `41/2022/NQ-HĐND`
        of that body and day, its year left out of the number (loaders/merge.py folds the two within
        one text; this, between texts). Another day's is the body's other series."""
        if ref.doc_type not in _LOCAL_NORMATIVE_TYPES or ref.level not in LOCAL_LEVELS or not ref.issued_date:
            return None
        full = normative_spelling(ref.label, ref.issued_date[:4])
        node = full and document_id(full, _key(ref), ref.level, ref.year)
        if node in self.loaded and self.graph.nodes[node]["issued_date"] == ref.issued_date:
            return node
        return None

    def _institution_s(self, ref: Reference, citing_places: list[Locality]) -> str:
        """`của Trường Mầm non Hoa Sen`: a school or centre named without its place is the loaded one
        of that name in the citing document's province, when there is exactly one (its letterhead
        placed it: `UBND QUẬN TÂY HỒ / TRƯỜNG MẦM NON HOA SEN`); else a node of its own."""
        node = document_id(ref.label, _key(ref), None, ref.year)
        wanted, provinces = split_id(node), {p.province for p in citing_places}
        found = [c for c in self._known(*wanted[:2]) if c in self.loaded and _compatible(split_id(c), wanted, ", ")
                 and self.graph.nodes[c]["locality"]["province"] in provinces]
        return found[0] if len(found) == 1 else node

    def resolve(self, label: str, issuer: str | None, level: str | None, year: int | None,
                widen: str | None = None, narrowing=()) -> str:
        """The full id when the citation gives it, unless only a loaded document with the bare
        name of its body can be meant; else the unique known document it can be (its body's name
        continues `issuer + widen` when the citation names the body without its place), the
        candidates narrowed by each test of `narrowing` in turn while several remain."""
        node = document_id(label, issuer, level, year)
        if is_resolved(node) and widen is None and (node in self.loaded or ", " not in node):
            return node
        wanted = split_id(node)
        known = self._known(wanted[0], wanted[1])      # the id's label: without leading zeros
        if is_resolved(node) and widen is None:
            bare = [c for c in known if c in self.loaded and _bare_of(split_id(c), wanted)]
            return bare[0] if len(bare) == 1 else node
        candidates = [c for c in known if _compatible(split_id(c), wanted, widen)]
        for keep in narrowing:
            if len(candidates) <= 1:
                break
            candidates = [c for c in candidates if keep(c)]
        return candidates[0] if len(candidates) == 1 else node

    def _ensure_document(self, node: str, ref: Reference | None, label: str | None = None) -> None:
        if node in self.graph:
            return
        self.graph.add_node(node, kind="document", label=ref.label if ref else label,
                            name=ref.name if ref else None, doc_type=ref.doc_type if ref else None,
                            title=None, issuer=None, level=ref.level if ref else None,
                            year=_year_of(node, ref), issued_date=None,
                            locality=(ref.locality if ref and ref.locality else Locality()).to_dict(),
                            source=None, resolved=is_resolved(node))
        if ref and ref.issuer:
            self._attach_issuer(node, ref.issuer, ref.level, ref.locality)

    def _attach_issuer(self, node: str, issuer: str | None, level: str | None,
                       locality: Locality | None) -> None:
        if not issuer:
            return
        body = body_id(issuer_key(issuer, level, locality))
        if body not in self.graph:
            self.graph.add_node(body, kind="body", name=body_of(issuer), level=level)
            place = self._ensure_place(locality) if locality else None
            if place:
                self.graph.add_edge(body, place, key="located_in")
        self.graph.add_edge(node, body, key="issued_by")

    def _ensure_place(self, loc: Locality) -> str | None:
        chain = [(lv, getattr(loc, lv)) for lv in ("province", "district", "commune") if getattr(loc, lv)]
        parent = None
        for i, (level, name) in enumerate(chain):
            node = place_id(*(n for _, n in chain[: i + 1]))
            if node not in self.graph:
                self.graph.add_node(node, kind="place", name=name, level=level)
                if parent:
                    self.graph.add_edge(node, parent, key="located_in")
            parent = node
        return parent

    def _add_edge(self, source_node: str, target: str, relation: str, source: str, mentions) -> None:
        if source_node == target:
            return
        evidence = self.evidence.get((source_node, target, relation))
        if evidence is None:
            evidence = self.evidence[source_node, target, relation] = []
            self.graph.add_edge(source_node, target, key=relation, evidence=evidence)
        evidence.extend({"source": source, "start": m.start, "end": m.end, "sentence": m.sentence}
                        for m in mentions)

    # -- claims -----------------------------------------------------------------------------
    def finish(self) -> None:
        for node, claims in self.claims.items():
            attrs = self.graph.nodes[node]
            attrs["claims"] = claims
            counts = {f: Counter(filter(None, map(itemgetter(f), claims))) for f in COUNTED_FIELDS}
            attrs["conflicts"] = conflicts_of(attrs, claims, counts)
            for field in CLAIM_FIELDS + ("doc_type",):
                if attrs.get(field) is None:
                    attrs[field] = _most_common(counts[field])
            if attrs.get("year") is None and attrs.get("issued_date"):
                attrs["year"] = int(attrs["issued_date"][:4])
            attrs.setdefault("subject", _most_common(counts["subject"]))
            if attrs.get("title") is None:
                attrs["title"] = attrs["subject"] or attrs.get("name")


def loaded_id(d: DocumentRecord) -> str:
    if d.label:
        return document_id(d.label, issuer_key(d.issuer, d.level, d.locality), d.level, d.year)
    return draft_id(issuer_key(d.issuer, d.level, d.locality), d.year, d.doc_type, d.title)


def conflicts_of(attrs: dict, claims: list[dict], counts: dict[str, Counter]) -> list[dict]:
    """Each field on which the citations (and the loaded text itself) disagree, every side
    with its sources. `counts`: each field's values among the claims."""
    found = []
    for field in CLAIM_FIELDS:
        own = attrs.get(field) if attrs.get("source") else None
        values = counts[field].keys() | ({own} if own else set())
        if len(values) < 2 or (field == "issuer" and len(_distinct_bodies(values)) < 2):
            continue        # the common case, without listing every claim's source
        sides: dict[str, list[str]] = defaultdict(list)
        if own:
            sides[own].append(attrs["source"])
        for claim in claims:
            if claim[field]:
                sides[claim[field]].append(claim["source"])
        found.append({"field": field, "values": [{"value": v, "sources": sorted(set(s))}
                                                 for v, s in sorted(sides.items())]})
    return found


def _undated(node: dict) -> bool:
    """A loaded document whose text gives no date (a cited one's date is its citations')."""
    return node.get("source") is not None and node.get("issued_date") is None


def _distinct_bodies(issuers) -> set[str]:
    """The bodies the issuers name, less those only named less fully: `UBND huyện` (a commune's
    words for its district) is no other body than `UBND huyện Hớn Quản`, nor `Ban Thường vụ Tỉnh
    ủy` than `Tỉnh ủy Bình Phước`, whose series it signs in."""
    bodies = {body_of(i) for i in issuers}
    return {b for b in bodies if not any(o != b and o.startswith(b + " ") for o in bodies)}


@lru_cache(maxsize=1 << 20)
def split_id(node: str) -> tuple[str, str, str]:
    """(label, year, issuer) of a document id; '' where the id has no such part."""
    label, *rest = node.split("@")
    year = "" if is_normative(label) else (rest.pop(0) if rest else "")
    return label, year, rest[0] if rest else ""


def _places(d: DocumentRecord) -> list[Locality]:
    """Where the citing document is: its place, else each place it can be."""
    return [d.locality] if d.locality.province else d.possible_localities


def _key(ref: Reference) -> str | None:
    return issuer_key(ref.issuer, ref.level, ref.locality)


def _unplaced(ref: Reference) -> bool:
    """`của UBND huyện` when the citing plan's own district is unknown, or `UBND huyện Châu Thành`
    of no named province: a body without its place, which stands for whichever loaded document
    it can only be."""
    loc = ref.locality
    return ref.level in LOCAL_LEVELS and not (loc and loc.province and getattr(loc, ref.level))


def _compatible(candidate: tuple[str, str, str], wanted: tuple[str, str, str], widen: str | None = None) -> bool:
    (_, year, issuer), (_, want_year, want_issuer) = candidate, wanted
    issuer_ok = want_issuer in ("?", issuer) or bool(widen and issuer.startswith(want_issuer + widen))
    return want_year in ("?", year) and issuer_ok


def _bare_of(candidate: tuple[str, str, str], wanted: tuple[str, str, str]) -> bool:
    """A loaded document whose letterhead names the body without its place (`UBND huyện Châu
    Thành`), of the year and body the citation gives with its place."""
    (_, year, issuer), (_, want_year, want_issuer) = candidate, wanted
    return year == want_year and want_issuer.startswith(issuer + ", ")


def _year_of(node: str, ref: Reference | None) -> int | None:
    if ref and ref.year:
        return ref.year
    year = split_id(node)[1]
    return int(year) if year.isdigit() else None


def _most_common(counter: Counter) -> str | None:
    return counter.most_common(1)[0][0] if counter else None

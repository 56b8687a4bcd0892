"""Where a plan whose letterhead does not say is: over it, the loaded plan it implements.

A commune's letterhead often names the commune alone (UBND XÃ PHONG THẠNH), which three provinces
have, and its opening names its parent without a place (`Thực hiện Kế hoạch số 15/KH-UBND ngày
12/3/2016 của UBND thị xã`). When the loaded plans of that number, year and body sit over exactly
one of the places the commune can be, the commune is there: its id then carries its place, so it
does not merge with a namesake's plan of the same number, and its own citations are read there.
`over` (is a document over a place) is also how graph.build narrows an unplaced citation.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import replace

from loaders.issuers import body_of
from loaders.places import styled
from loaders.records import DocumentRecord, Extraction, Locality, Reference

LEVELS = ("province", "district", "commune")


def place_by_parent(extractions: list[Extraction]) -> list[Extraction]:
    placed: dict[tuple[str, int], list[DocumentRecord]] = defaultdict(list)
    for e in extractions:
        if e.document and e.document.label and e.document.locality.province and e.document.level in LEVELS:
            placed[(e.document.label, e.document.year)].append(e.document)
    return [_placed(e, placed) for e in extractions]


def _placed(e: Extraction, placed: dict[tuple[str, int], list[DocumentRecord]]) -> Extraction:
    d = e.document
    if d is None or d.locality.province or len(d.possible_localities) < 2:
        return e
    places = {p for ref in e.references if ref.relation == "implements" and ref.label and ref.year
              for parent in placed.get((ref.label, ref.year), ()) if _meant(parent, ref)
              for p in d.possible_localities if over(_node(parent), p, parent.level)}
    return replace(e, document=replace(d, locality=places.pop())) if len(places) == 1 else e


def _node(d: DocumentRecord) -> dict:
    """The document as the graph's node holds it (what `over` reads)."""
    return {"level": d.level, "issuer": d.issuer, "locality": d.locality.to_dict()}


def _meant(parent: DocumentRecord, ref: Reference) -> bool:
    """Whether the citation can mean the parent: its body (`UBND thị xã` or `UBND thị xã Giá Rai`)
    and its date when it gives one."""
    parent_body, cited = body_of(parent.issuer or ""), body_of(ref.issuer or "")     # (`Chủ tịch UBND …`: the UBND's)
    body_ok = bool(cited and parent_body) and (parent_body == cited or parent_body.startswith(cited + " "))
    # a parent whose text gives no date cannot be told from its namesakes by the citation's date
    return body_ok and (ref.issued_date in (None, parent.issued_date) or parent.issued_date is None)


def over(candidate: dict, citing: Locality, level: str) -> bool:
    """Whether a document of `level` (its own, when it has one: a nameless `UBND thành phố` may be
    Hải Phòng's) is over the citing document's place: by its locality, or, for one that is
    itself unplaced (`UBND huyện Phú Tân` of no named province), by its name."""
    level = candidate["level"] if candidate.get("level") in LEVELS else level
    place = candidate.get("locality") or {}
    if not place.get("province"):
        unit = getattr(citing, level)
        return bool(unit and candidate.get("issuer") and candidate["issuer"].endswith(" " + styled(unit)))
    return all(place.get(lv) == getattr(citing, lv) for lv in LEVELS[: LEVELS.index(level) + 1])

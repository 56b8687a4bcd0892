"""The mentions of one document in a text -> one reference record: its issuer resolved where the
text names it (or a code names it), its relation the strongest of its mentions, its evidence
every mention (step 4 of loaders/references.py).
"""
from __future__ import annotations

import re

from loaders.congresses import congress_issuer
from loaders.hits import Context, Hit
from loaders.issuers import Issuer, body_of, joint_name, normalise_issuer
from loaders.laws import resolve_law
from loaders.layout import Layout
from loaders.places import UNIT_WORDS, era_of, unit_word
from loaders.read import Text
from loaders.records import Locality, Mention, Reference, RelatedLink
from loaders.relations import relation_of, sentence_of
from loaders.vocab import vocabulary

RELATION_RANK = {"implements": 0, "based_on": 1, "cites": 2}


def merge(text: Text, layout: Layout, ctx: Context, hits: list[Hit]) -> list[Reference]:
    clean = text.clean
    records: dict[str, Reference] = {}
    list_leads: dict[int, str] = {}
    for hit in hits:
        if hit.shape == "law":
            resolve_law(hit, ctx)
        issuer = hit.issuer = _issuer_of(hit, ctx, _speaker(hit, ctx))
        hit.read_for(issuer.level)
        # (the document's own number, unless the text says another body's: a symbol's code does not)
        if hit.label is not None and _same_label(hit.label, ctx.own_label) and not (
                hit.issuer_raw and _other_body(issuer, ctx)):
            continue
        relation = relation_of(clean, hit, layout, list_leads)
        key = hit.label or f"law:{hit.name}"
        mention = Mention(text.to_original(hit.start), text.to_original(hit.end, end=True),
                          sentence_of(clean, layout, hit))
        ref = records.get(key)
        if ref is not None and _another_body_s(ref, issuer):
            # `Kế hoạch số 85-KH/ĐU … của Đảng ủy xã Hà Vị; Kế hoạch số 85-KH/ĐU … của Đảng ủy xã Xuân
            # Tiến`: a local number is unique only per body, so these are two documents
            key = f"{key}@{body_of(issuer.name)}"
            ref = records.get(key)
        if ref is None:
            ref = records[key] = Reference(
                label=hit.label, doc_type=hit.doc_type, issued_date=hit.date, issuer=issuer.name,
                subject=hit.subject, relation=relation, name=hit.name,
                year=hit.year or (int(hit.date[:4]) if hit.date else None), level=issuer.level,
                locality=issuer.locality)
        else:
            _complete(ref, hit, issuer, relation)
        ref.mentions.append(mention)
        if hit.nested_in is not None and hit.nested_relation:
            _add_related(records, hit, key)
    _fold_yearless(records)
    return list(records.values())


_YEARLESS = re.compile(r"(\d+)/([^/]+)")


def _fold_yearless(records: dict[str, Reference]) -> None:
    """`Nghị quyết số 41/2022/NQ-HĐND ngày 09/12/2022 của HĐND tỉnh` and, further on, `… số 41/NQ-HĐND ngày
    09/12/2022 của HĐND tỉnh`: one act, its year left out of the number once; the same body and
    day say so (the body's other series may well have a 41 of that year)."""
    for key, ref in list(records.items()):
        m = _YEARLESS.fullmatch(ref.label or "")
        full = m and ref.issued_date and records.get(f"{m[1]}/{ref.issued_date[:4]}/{m[2]}")
        if full and full.issuer == ref.issuer and full.issued_date in (ref.issued_date, None):
            full.issued_date = ref.issued_date
            full.relation = min(full.relation, ref.relation, key=RELATION_RANK.__getitem__)
            full.mentions = sorted(full.mentions + ref.mentions, key=lambda mention: mention.start)
            del records[key]


def _complete(ref: Reference, hit: Hit, issuer: Issuer, relation: str) -> None:
    if RELATION_RANK[relation] < RELATION_RANK[ref.relation]:
        ref.relation = relation
    ref.issued_date = ref.issued_date or hit.date
    if issuer.name and (ref.issuer is None or _names_more(issuer, ref)):
        ref.issuer, ref.level, ref.locality = issuer
    ref.level = ref.level or issuer.level
    if not ref.subject or (ref.subject.isupper() and hit.subject and not hit.subject.isupper()):
        ref.subject = hit.subject       # the title's capitals give way to the words of a sentence
    ref.year = ref.year or hit.year or (int(hit.date[:4]) if hit.date else None)
    if ref.doc_type in (None, "Công văn") and hit.doc_type not in (None, "Công văn"):
        ref.doc_type = hit.doc_type


def _names_more(issuer: Issuer, ref: Reference) -> bool:
    """Whether a later mention names the body more fully (`UBND huyện Châu Thành` after a Công
    văn's `V/v … của UBND huyện`), and places it no less."""
    return body_of(issuer.name).startswith(body_of(ref.issuer) + " ") and (
        issuer.locality is not None or ref.locality is None)


def _add_related(records: dict[str, Reference], hit: Hit, key: str) -> None:
    outer = hit.nested_in
    outer_key = outer.label or f"law:{outer.name}"
    target = records.get(outer_key)
    if target is None:
        return
    link = RelatedLink(hit.nested_relation, hit.label, hit.name if hit.label is None else None)
    if link not in target.related:
        target.related.append(link)


def _speaker(hit: Hit, ctx: Context) -> Locality:
    """Whose words name a nested reference's issuer: the outer document's, when it is local. In a
    Đồng Nai list, `Quyết định … của UBND tỉnh Bình Phước sửa đổi Quyết định số 67/2005/QĐ-UBND
    … của UBND tỉnh` means Bình Phước's. (Hits are merged in order: the outer one is resolved.)"""
    outer = hit.nested_in.issuer if hit.nested_in is not None else None
    return outer.locality if outer is not None and outer.locality is not None else ctx.locality


def _issuer_of(hit: Hit, ctx: Context, place: Locality) -> Issuer:
    if hit.shape == "law":
        return Issuer("Quốc hội", "central", None)
    if hit.shape == "congress":
        return congress_issuer(hit, place, ctx)
    # places are named as they were when the cited document was issued: `Kế hoạch … ngày 1/1/2020
    # của UBND thành phố Huế` is the city inside tỉnh Thừa Thiên Huế, even cited in 2025
    eras = era_of(hit.date, hit.year) if hit.date or hit.year else ctx.eras
    issuer = normalise_issuer(hit.issuer_raw, place, eras, ctx.hints)
    coded = _coded_bodies(hit)
    # a joint act's ministries: none named, `của liên Bộ: …`, or the first named and the others
    # after a comma (`của Bộ Nội vụ, Bộ Tài chính`)
    if coded and (issuer.name is None or JOINT_MINISTRIES.match(issuer.name)
                  or (len(coded) > 1 and issuer.name in coded)):
        return Issuer(joint_name(coded), "central", None)
    if issuer.name is None:
        if hit.codes[-1:] == ["TW"]:
            return Issuer(None, "central", None)
        committee = _coded_committee(hit, place)
        if committee:
            return normalise_issuer(committee, place, eras, ctx.hints)
    return issuer


def _coded_committee(hit: Hit, place: Locality | None) -> str | None:
    """The Party committee a symbol's code names when the text names none (`Thực hiện Kế hoạch số
    13-KH/TU`): the citing document's own, as `của Tỉnh ủy` would be. `TU` is also the code of a
    provincial city's or town's committee (Thành ủy Đồng Xoài, Thị ủy): cited there, it says nothing.
    `ĐU` is a commune's committee, or an agency's: only a commune's text says which."""
    if hit.shape != "party" or len(hit.codes) != 1 or place is None or not place.province:
        return None
    code, district = hit.codes[0], place.district or ""
    if code == "TU" and not district.startswith(("Thành phố", "Thị xã")):
        return "Tỉnh ủy"        # a city's (`Thành ủy Hà Nội`) as it is named (issuers.normalise_issuer)
    unit = place.commune and unit_word(place.commune)
    if code == "ĐU" and unit:      # in a commune's text, the commune's committee
        return f"Đảng ủy {unit}"
    return {"HU": "Huyện ủy", "QU": "Quận ủy"}.get(code) if district.startswith(("Huyện", "Quận")) else None


# `của liên Bộ: Lao động - Thương binh và Xã hội, Nội vụ, Tài chính`: the symbol names them
JOINT_MINISTRIES = re.compile(r"(?i)liên\s+bộ\b")


def _coded_bodies(hit: Hit) -> list[str]:
    """The central bodies the symbol's codes name: each ministry of a joint circular
    (`24/2012/TTLT-BLĐTBXH-BNV-BTC`), else the one body code (`5973/BNV-TCBC`)."""
    by_code = vocabulary().issuer_by_code
    codes = [c.rstrip("0123456789") for c in hit.codes] if hit.shape == "normative" else [hit.body_code]
    return list(dict.fromkeys(by_code[c] for c in codes if c in by_code))


def _another_body_s(ref: Reference, issuer: Issuer) -> bool:
    """Whether a local reference's issuer is another body than the one an earlier mention of that
    number named (not the same one named less fully: `UBND huyện` of `UBND huyện Hớn Quản`)."""
    if not (ref.issuer and issuer.name) or "central" in (ref.level, issuer.level):
        return False
    a, b = body_of(ref.issuer), body_of(issuer.name)
    return not (a == b or a.startswith(b + " ") or b.startswith(a + " "))


def _other_body(issuer: Issuer, ctx: Context) -> bool:
    """Whether a document numbered like the citing one is said to come from another body (a
    district's 62/KH-UBND implementing the province's 62/KH-UBND): then it is not a self-mention."""
    if issuer.level is None or ctx.own_level is None:
        return False
    if issuer.level != ctx.own_level or _UNIT.findall(issuer.name or "") != _UNIT.findall(ctx.own_issuer or ""):
        return True     # (`UBND thành phố` cited by an unplaced `UBND huyện Vĩnh Thạnh`: the unit says so)
    return issuer.locality is not None and body_of(issuer.name or "") != body_of(ctx.own_issuer or "")


_UNIT = re.compile(rf"(?i)\b(?:{UNIT_WORDS})\b(?!\s+hội)")      # (not `Xã hội` of a department's name)


def _same_label(a: str, b: str | None) -> bool:
    return b is not None and a.lower().lstrip("0") == b.lower().lstrip("0")

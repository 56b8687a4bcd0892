"""Who is the same document as whom (docs/vn-references.md §2).

A node id is the label (its number without leading zeros), then what makes it unique:
  4/2015/NĐ-CP                       central normative act: its symbol (the year is in it)
  33/CT-TTg@2021                     central administrative or Party document: numbers restart
  114/KH-UBND@2024@UBND huyện Hớn Quản, tỉnh Bình Phước
                                     local document: per issuing body (with its place) and year
  15/2021/QĐ-UBND@UBND tỉnh Nghệ An  local normative act: per issuing body
  named@Luật Đất đai                  a law or a congress's resolution, by name (and body: named_id)
`?` stands for a part the citation does not give (kept apart from every other node). A district's
or commune's body is named with the units above it: ten districts are called Châu Thành.
"""
from __future__ import annotations

import hashlib
import re
from functools import cache, lru_cache

from loaders.issuers import INSTITUTION, body_of
from loaders.places import styled
from loaders.records import LEVELS, Locality
from loaders.vocab import vocabulary

UNKNOWN = "?"
PARENT_LEVELS = {"district": ("province",), "commune": ("district", "province")}
NORMATIVE = re.compile(r"^\d+/(?:19|20)\d\d/")


@cache
def _central_codes() -> frozenset[str]:
    return frozenset(vocabulary().issuer_by_code) | {"TW"}


@cache
def _local_codes() -> frozenset[str]:
    return frozenset(vocabulary().codes[c.upper()] for c in ("UBND", "HĐND", "TU", "HU", "ĐU", "BDV", "UBBC"))


def is_normative(label: str) -> bool:
    return bool(NORMATIVE.match(label))


@lru_cache(maxsize=1 << 18)        # a corpus cites the same few thousand labels again and again
def is_central(label: str, level: str | None) -> bool:
    """Central documents are identified by their symbol alone; the symbol's issuer codes say so
    (`TTg`, `CP`, `QH15`, `TW`), or the text names a central body."""
    codes = [c.rstrip("0123456789") for c in re.split(r"[-/]", label.split("/", 1)[-1])]
    if any(c in _local_codes() for c in codes):
        return False
    return any(c in _central_codes() for c in codes) or level == "central"


# before 2005 a people's committee signed `UB` (`67/2005/QĐ-UB`), after it `UBND`: one body, one
# series of numbers, so the two spellings of a number of a year are one document
_OLD_COMMITTEE = re.compile(r"(?<=[-/])UB(?=-|$)")
_COMMITTEE = re.compile(r"(?<=[-/])UBND(?=-|$)")


# a Party Quy định's code is `QĐi` by the rules and `QĐ` in most citations (`11-QĐi/TW`, `11-QĐ/TW`
# of 2019): one document, under the code most citations write
_PARTY_RULE = re.compile(r"^(\d+)-QĐi(?=/)")
_PARTY_CODE = re.compile(r"^(\d+)-QĐ(?=/)")


# `Số: 01/KH-UBND` in a letterhead, `Kế hoạch số 1/KH-UBND` in a citation: one number, written
# with or without leading zeros (`04/2015/NĐ-CP`, `4/2015/NĐ-CP`); ids drop them
_LEADING_ZEROS = re.compile(r"^0+(?=\d)")


def spellings(label: str) -> list[str]:
    """The label and the other spellings of the same document (`QĐ-UB` / `QĐ-UBND`, `1/…` /
    `01/…`), for lookups."""
    new = _usual(label)
    bare = _LEADING_ZEROS.sub("", new)
    padded = "0" + bare if bare[1:2] in ("/", "-") else bare      # a number of one digit
    ruled = [_PARTY_CODE.sub(r"\1-QĐi", s) for s in (bare, padded)]
    return list(dict.fromkeys((label, new, _COMMITTEE.sub("UB", new), bare, padded, *ruled)))


# `41/NQ-HĐND` for `41/2022/NQ-HĐND`: a local normative act's number written without its year
_YEARLESS = re.compile(r"(\d+)/([^/]+)")


def normative_spelling(label: str, year: str) -> str | None:
    """The number a yearless one (`41/NQ-HĐND`) would be as a normative act of that year."""
    m = _YEARLESS.fullmatch(label)
    return f"{m[1]}/{year}/{m[2]}" if m else None


def _usual(label: str) -> str:
    """The label as most citations write it: `QĐ-UB` -> `QĐ-UBND`, `11-QĐi/TW` -> `11-QĐ/TW`."""
    return _PARTY_RULE.sub(r"\1-QĐ", _OLD_COMMITTEE.sub("UBND", label))


@lru_cache(maxsize=1 << 18)
def document_id(label: str, issuer: str | None, level: str | None, year: int | None) -> str:
    parts = [_LEADING_ZEROS.sub("", _usual(label))]
    if not is_normative(label):
        parts.append(str(year) if year else UNKNOWN)
    if not is_central(label, level):
        parts.append(issuer or UNKNOWN)
    return "@".join(parts)


@lru_cache(maxsize=1 << 18)
def is_resolved(node_id: str) -> bool:
    return UNKNOWN not in node_id.split("@")[1:]


def draft_id(issuer: str | None, year: int | None, doc_type: str | None, title: str | None) -> str:
    """A stable id for an unnumbered draft: issuer, year, type and title."""
    digest = hashlib.sha1(" ".join((title or "").lower().split()).encode()).hexdigest()[:10]
    return f"draft@{doc_type or UNKNOWN}@{year or UNKNOWN}@{issuer or UNKNOWN}@{digest}"


def named_id(name: str, body: str | None = None) -> str:
    """A document known by its name (a law, a Party congress's resolution); a district's or
    commune's by its body with the units above it too (ten districts are called Châu Thành)."""
    return f"named@{' '.join(name.split())}" + (f"@{body}" if body else "")


@lru_cache(maxsize=1 << 16)
def issuer_key(issuer: str | None, level: str | None, locality: Locality | None) -> str | None:
    """The issuing body as ids name it: `UBND xã Minh Tâm, huyện Hớn Quản, tỉnh Bình Phước`.
    Without its province (the text does not say which Châu Thành) it stays bare: unplaced."""
    if not issuer:
        return issuer
    issuer = body_of(issuer)
    # a school's name, unlike a committee's, does not name its own unit: two districts (or
    # provinces) may each have a Trường Mầm non Hoa Sen
    own = (level,) if level in LEVELS[1:] and INSTITUTION.fullmatch(issuer) else ()
    if not (own or level in PARENT_LEVELS) or not (locality and locality.province):
        return issuer
    parents = (getattr(locality, lv) for lv in own + PARENT_LEVELS.get(level, ()))
    return ", ".join([issuer, *(styled(p) for p in parents if p)])


def body_id(name: str) -> str:
    return f"body:{name}"


def place_id(*names: str | None) -> str:
    return "place:" + "/".join(n for n in names if n)

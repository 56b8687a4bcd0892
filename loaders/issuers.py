"""Issuer phrases -> canonical issuing bodies, with the place of local bodies.

`của UBND huyện` in a commune plan means the commune's own district: the citing document's
locality fills in what the phrase leaves out (docs/vn-references.md §1).
"""
from __future__ import annotations

import re

from loaders.grammar import NAME_WORD, UPPER
from loaders.places import UNIT_LEVEL, resolve, short_name, styled
from loaders.records import Locality
from loaders.vocab import vocabulary

_UNITS = "|".join(sorted(UNIT_LEVEL, key=len, reverse=True))
_NAME = rf"{NAME_WORD}(?:[ ]{NAME_WORD}){{0,4}}"
# Prefix matches: an issuer phrase may run on into an unmarked subject ("… tỉnh Bình Phước
# Thành lập trạm y tế …"); the gazetteer decides how many capitalised words are the place.
LOCAL_BODY = re.compile(rf"^(?P<body>.*?)\s*\b(?P<unit>{_UNITS})\b(?:\s+(?P<name>{_NAME}))?", re.I)
PARTY_COMMITTEE = re.compile(
    rf"^(?P<body>.*?\b(?P<committee>tỉnh ủy|thành ủy|huyện ủy|thị ủy|quận ủy))(?:\s+(?P<name>{_NAME}))?", re.I)
JOINT = re.compile(rf"\s+và\s+(?=[{UPPER}])")
_COMMITTEE_LEVEL = {"tỉnh ủy": "province", "thành ủy": "province", "huyện ủy": "district",
                    "thị ủy": "district", "quận ủy": "district"}
_LONG_FORMS = (
    (re.compile(r"\b(?:Ủy|Uỷ|UỶ|ỦY)\s+ban\s+nhân\s+dân\b", re.I), "UBND"),
    (re.compile(r"\bHội\s+đồng\s+nhân\s+dân\b", re.I), "HĐND"),
    (re.compile(r"\bUỷ\b"), "Ủy"),
    (re.compile(r"\buỷ\b"), "ủy"),
    (re.compile(r"\(\s*khó?a\s+[IVXLC]+\s*\)|\bkhó?a\s+[IVXLC]+\b", re.I), ""),
)


def clean_phrase(raw: str) -> str:
    text = " ".join(raw.split())
    for pattern, repl in _LONG_FORMS:
        text = pattern.sub(repl, text)
    return " ".join(text.split()).strip(" ,.;:-")


def normalise_issuer(raw: str | None, context: Locality, eras: list[str],
                     hints: dict[str, set[str]] | None = None) -> tuple[str | None, str | None]:
    """(canonical issuer, level) for an issuer phrase; level is None when unknown."""
    if not raw:
        return None, None
    text = clean_phrase(raw)
    if not text:
        return None, None
    parts = JOINT.split(text)
    if len(parts) > 1:       # a joint programme: `giữa Ban Dân vận Huyện ủy và UBND huyện`
        named = [normalise_issuer(p, context, eras, hints) for p in parts]
        return " và ".join(n for n, _ in named if n), next((lv for _, lv in named if lv), None)
    central = _central_prefix(text)
    if central:
        return central, "central"
    if "Trung ương" in text or text.startswith("Bộ "):
        return text, "central"
    hints = hints or {}
    party = PARTY_COMMITTEE.match(text)
    if party:
        return _party_committee(party, context, eras, hints)
    local = LOCAL_BODY.match(text)
    if local and local.group("body"):
        return _local_body(local, context, eras, hints)
    return text, None


def _central_prefix(text: str) -> str | None:
    lower, aliases = text.lower(), vocabulary().body_aliases
    for alias in sorted(aliases, key=len, reverse=True):
        if lower.startswith(alias) and (len(lower) == len(alias) or lower[len(alias)] == " "):
            return aliases[alias]
    return None


def _party_committee(m: re.Match, context: Locality, eras, hints):
    level = _COMMITTEE_LEVEL[m.group("committee").lower()]
    body = m.group("body")
    place = _place(level, m.group("name"), context, eras, hints)
    if place is None:
        return body, level
    return f"{body} {short_name(place)}", level


def _local_body(m: re.Match, context: Locality, eras, hints):
    unit, name, body = m.group("unit").lower(), m.group("name"), m.group("body")
    level = UNIT_LEVEL[unit] or _city_level(name, context, eras)
    place = _place(level, name, context, eras, hints)
    if place is None:
        return f"{body} {unit}", level
    return f"{body} {styled(place)}", level


def _city_level(name: str | None, context: Locality, eras) -> str:
    """`thành phố` is a province (Hà Nội, Hải Phòng…) or a city inside a province."""
    if name is None:
        return "province" if context.province and context.province.startswith("Thành phố") else "district"
    return "province" if resolve("province", name, eras, {}) else "district"


def _place(level: str, name: str | None, context: Locality, eras, hints) -> str | None:
    """The full name of the place; the longest run of the given words that the gazetteer knows."""
    if not name:
        return getattr(context, level)
    hints = {**hints, "province": hints.get("province", set()) | ({context.province} if context.province else set())}
    words = name.split()
    for n in range(len(words), 0, -1):
        unit = resolve(level, " ".join(words[:n]), eras, hints)
        if unit:
            return unit.name
    return None

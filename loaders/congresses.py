"""Resolutions of a Party congress, cited by name and never by number (`Nghị quyết Đại hội đại
biểu toàn quốc lần thứ XIII của Đảng`, `Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVII`, `… Đại hội
đại biểu Đảng bộ xã lần thứ XV, nhiệm kỳ 2020 - 2025`): one document a congress, named after it.
A congress named by neither its term nor its years (`Nghị quyết Đại hội đảng bộ các cấp`) is no
one document."""
from __future__ import annotations

import re

from loaders import grammar as g
from loaders.hits import Context, Hit
from loaders.issuers import Issuer, normalise_issuer
from loaders.places import UNIT_WORDS
from loaders.records import Locality

# the national congresses by term, and the year each met
NATIONAL_TERMS = {"VI": 1986, "VII": 1991, "VIII": 1996, "IX": 2001, "X": 2006, "XI": 2011, "XII": 2016,
                  "XIII": 2021, "XIV": 2026}
NATIONAL = "Đại hội đại biểu toàn quốc của Đảng"

_TERM = r"(?i:lần\s+thứ)\s+(?P<{}>[IVXL]+)\b"
_YEARS = r"(?i:nhiệm\s+kỳ)\s+(?P<first>(?:19|20)\d\d)\s*[-–]\s*(?P<last>(?:19|20)\d\d)\b"
_TERM_OR_YEARS = r"[\s,]+(?i:lần\s+thứ\s+[IVXL]+\b|nhiệm\s+kỳ\s+(?:19|20)\d\d)"
CONGRESS = re.compile(
    r"(?<!\w)(?i:nghị\s+quyết)\s+(?:(?i:của)\s+)?(?i:đại\s+hội)\s+(?:(?i:đại\s+biểu)\s+)?(?:"
    # `… toàn quốc lần thứ XIII (của Đảng)`, `… lần thứ XIII của Đảng`, `… XIII của Đảng`, `… Đảng
    # (toàn quốc) lần thứ XIII`
    rf"(?i:toàn\s+quốc)\s+(?:{_TERM.format('n1')}|(?P<n2>[IVXL]+)\b)(?:\s+(?i:của\s+Đảng))?"
    rf"|(?:(?i:lần\s+thứ)\s+)?(?P<n3>[IVXL]+)\s+(?i:của\s+Đảng)(?!\s+bộ)"
    rf"|Đảng\s+(?:(?i:toàn\s+quốc)\s+)?{_TERM.format('n4')}"
    # `… Đảng bộ tỉnh (Bình Phước) (lần thứ XI)(, nhiệm kỳ 2020 - 2025)`: its term or years at least
    rf"|(?P<body>(?i:đảng\s+bộ)\s+(?i:{UNIT_WORDS})(?:\s+{g.place_name(4)})?)(?={_TERM_OR_YEARS})"
    rf"(?:\s+{_TERM.format('term')})?(?:\s*,?\s*{_YEARS})?)")


# (most texts name no congress: this search is five times faster than the whole pattern's)
_CONGRESS_WORDS = re.compile(r"(?i:đại)\s+(?i:hội)")


def congress_hits(clean: str, taken: list[Hit]) -> list[Hit]:
    """(`name` holds a local congress's term or years until merge() knows its organisation.)"""
    if not _CONGRESS_WORDS.search(clean):
        return []
    spans = [(h.start, h.end) for h in taken]
    hits = []
    for m in CONGRESS.finditer(clean):
        national = next((m.group(n) for n in ("n1", "n2", "n3", "n4") if m.group(n)), None)
        if (national and national not in NATIONAL_TERMS) or any(s < m.end() and m.start() < e for s, e in spans):
            continue
        hit = Hit(m.start(), m.end(), None, "Nghị quyết", [], "congress")
        if national:
            hit.name = f"Nghị quyết Đại hội đại biểu toàn quốc lần thứ {national} của Đảng"
            hit.year = NATIONAL_TERMS[national]
        else:
            hit.issuer_raw = " ".join(m.group("body").split())
            hit.year = int(m.group("first")) if m.group("first") else None
            hit.name = (f"lần thứ {m.group('term')}" if m.group("term")
                        else f"nhiệm kỳ {m.group('first')} - {m.group('last')}")
        hit.tail_end = m.end()
        hits.append(hit)
    return hits


def congress_issuer(hit: Hit, place: Locality, ctx: Context) -> Issuer:
    """The congress's Party organisation; a local one's resolution is named after it, with its
    place (`Nghị quyết Đại hội đại biểu Đảng bộ tỉnh Tây Ninh lần thứ XI`)."""
    if hit.issuer_raw is None:
        return Issuer(NATIONAL, "central", None)
    issuer = normalise_issuer(hit.issuer_raw, place, ctx.eras, ctx.hints)
    hit.name = f"Nghị quyết Đại hội đại biểu {issuer.name} {hit.name}"
    return issuer

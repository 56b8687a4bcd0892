"""Issuer phrases -> canonical issuing bodies, with the place of local bodies.

`của UBND huyện` in a commune plan means the commune's own district: the citing document's
locality fills in what the phrase leaves out (docs/vn-references.md §1).
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from loaders.grammar import UPPER, place_name
from loaders.places import (UNIT_LEVEL, candidates, city_level, former_place, lookup_name, short_name, styled,
                            unit_word)
from loaders.records import Locality
from loaders.spelling import unglued
from loaders.vocab import loose, vocabulary

_UNITS = "|".join(sorted(UNIT_LEVEL, key=len, reverse=True))
_NAME = place_name(5)
# Prefix matches: an issuer phrase may run on into an unmarked subject ("… tỉnh Bình Phước
# Thành lập trạm y tế …"); the gazetteer decides how many capitalised words are the place.
# `xã hội` (society: `Bảo hiểm xã hội tỉnh`, `Sở Lao động - Thương binh và Xã hội`) is no commune,
# `xã Hội Xuân` is
LOCAL_BODY = re.compile(rf"^(?P<body>.*?)\s*\b(?P<unit>(?i:{_UNITS}))\b(?!\s+(?:hội|HỘI)\b|\s+Hội\b(?!\s+[{UPPER}]))"
                        rf"(?:\s+(?P<name>{_NAME}))?")
PARTY_COMMITTEE = re.compile(
    rf"^(?P<body>.*?\b(?P<committee>(?i:tỉnh ủy|thành ủy|huyện ủy|thị ủy|quận ủy|tỉnh đoàn|thành đoàn|huyện đoàn)))"
    rf"(?:\s+(?:(?i:tỉnh|thành phố|huyện|quận|thị xã)\s+)?(?P<name>{_NAME}))?")
# `và` joins two bodies (`Ban Dân vận Huyện ủy và UBND huyện`) only when a body's head noun
# follows; else it is inside one name (`Sở Giáo dục và Đào tạo`, `Bộ Kế hoạch và Đầu tư`)
_BODY_HEADS = ("UBND", "HĐND", "Ủy ban", "Hội đồng", "Ban", "Bộ", "Sở", "Phòng", "Cục", "Tổng cục",
               "Văn phòng", "Thanh tra", "Công an", "Mặt trận", "Hội", "Đoàn", "Liên đoàn",
               "Tỉnh ủy", "Thành ủy", "Huyện ủy", "Thị ủy", "Quận ủy", "Đảng ủy", "Chính phủ",
               "Thủ tướng", "Quốc hội", "Chủ tịch", "Tòa án", "Viện", "Kho bạc", "Ngân hàng",
               "Bảo hiểm", "Trung tâm", "Trường", "Kiểm toán")
# (after a comma too: `Bộ Chính trị, Ban Bí thư`; not after a dash: `Bộ NN&PTNT - Tổng cục Thủy lợi` is
# the ministry's own department)
JOINT = re.compile(rf"(?:\s+và|\s*,)\s+(?=(?:{'|'.join(_BODY_HEADS)})\b)")
# A department of the province (`Sở Y tế`) or of the district, after 2025 of the commune
# (`Phòng Nội vụ`), or its head, cited without its place: the citing document's own (every
# province has a Sở Y tế, and each numbers its documents from 1).
DEPARTMENT = re.compile(r"^(?:(?:Phó\s+)?(?:Giám\s+đốc|Trưởng)\s+(?=(?i:sở|phòng)\s)|(?=Sở\s|Phòng\s|SỞ\s|PHÒNG\s))")
_NAME_PARTS = re.compile(r"(\s+và\s+|\s*,\s*|\s+-\s+)")
# a ministry's Party organs are central bodies too
_MINISTRY_ORGAN = re.compile(r"^(?:Ban cán sự đảng|Đảng ủy)\s+(?=Bộ\s)")
# `Bộ Chỉ huy Quân sự tỉnh` is a province's military command, not a ministry
LOCAL_COMMAND = "Bộ Chỉ huy"
# a city's committee (`Thành ủy`) is a province's in Hà Nội, Huế…, a district's in Vinh: as `thành phố`
_COMMITTEE_LEVEL = {"tỉnh ủy": "province", "thành ủy": None, "huyện ủy": "district",
                    "thị ủy": "district", "quận ủy": "district",
                    "tỉnh đoàn": "province", "thành đoàn": None, "huyện đoàn": "district"}
# a school, centre or hospital (`TRƯỜNG THCS MINH TÂM` under its place's body, `Trường Mầm non Hoa
# Sen` cited, `SỞ Y TẾ … / BỆNH VIỆN ĐA KHOA …`)
INSTITUTION = re.compile(r"(?i:trường|trung tâm|bệnh viện)\s.+")
# a city's or town's unit word cut short: `UBND TP. Hồ Chí Minh`, `UBND TP.HCM`, `UBND Tx. Hoàng Mai`;
# and the provinces' names that texts cut short (`UBND tỉnh BR-VT`, `tỉnh TT-Huế`)
_UNIT_ABBREVIATIONS = (
    (re.compile(r"\bTP\.?\s*HCM\b|\bTPHCM\b", re.I), "thành phố Hồ Chí Minh"),
    (re.compile(r"\bBR\s*-\s*VT\b|\bBRVT\b"), "Bà Rịa - Vũng Tàu"),
    (re.compile(r"\bTT\s*-?\s*(?=Huế\b|HUẾ\b)"), "Thừa Thiên "),
    (re.compile(rf"\bT[Pp](?:\.\s*|\s+)(?=[{UPPER}])"), "thành phố "),
    (re.compile(rf"\bT[Xx](?:\.\s*|\s+)(?=[{UPPER}])"), "thị xã "),
)


def spelled_units(text: str) -> str:
    """`TP. HÀ NỘI` -> `thành phố HÀ NỘI`."""
    for pattern, repl in _UNIT_ABBREVIATIONS:
        text = pattern.sub(repl, text)
    return text


_LONG_FORMS = (
    # `Y BAN NHÂN DÂN`: a web copy's letterhead that lost its first letter
    (re.compile(r"(?:\b(?:Ủy|Uỷ|UỶ|ỦY)|^Y)\s+ban\s+nhân\s+dân\b", re.I), "UBND"),
    (re.compile(r"\bHội\s+đồng\s+nhân\s+dân\b", re.I), "HĐND"),
    (re.compile(r"\b[UƯ]BND\b", re.I), "UBND"),     # "Ubnd" from a capitals line, "ƯBND" from a scan
    (re.compile(r"\bHĐND\b", re.I), "HĐND"),
    *_UNIT_ABBREVIATIONS,
    (re.compile(r"\s*--\s*"), " - "),    # a dash typed as two hyphens (pandoc's Markdown of an en dash)
    (re.compile(r"\bChủ\s+Tịch\b"), "Chủ tịch"),     # `CỦA CHỦ TỊCH ỦY BAN …` of a title in capitals
    (re.compile(r"\bUỷ\b"), "Ủy"),
    (re.compile(r"\buỷ\b"), "ủy"),
    (re.compile(r"\(\s*khó?a\s+[IVXLC]+\s*\)|\bkhó?a\s+[IVXLC]+\b", re.I), ""),
    # the Front's committee is `… Việt Nam`, however a text shortens it (`UBMTTQ xã …`, `Ủy ban MTTQ
    # huyện …`: one body with its letterhead's `ỦY BAN MTTQ VIỆT NAM HUYỆN …`)
    (re.compile(r"\bUBMTTQ(?=VN\b|\b)", re.I), "Ủy ban MTTQ"),
    (re.compile(r"\bMTTQVN\b", re.I), "MTTQ Việt Nam"),
    (re.compile(r"\b((?:Ủy|ỦY)\s+(?:ban|BAN)\s+(?:MTTQ|(?i:mặt\s+trận\s+tổ\s+quốc)))\b(?!\s+(?i:việt\s+nam|VN)\b)"),
     r"\1 Việt Nam"),
    # a plenum's resolution is its committee's: `Hội nghị lần thứ sáu Ban Chấp hành Trung ương`,
    # `Hội nghị Tỉnh ủy lần thứ 5`, `Hội nghị Ban Thường vụ Huyện ủy`
    (re.compile(r"^Hội\s+nghị\s+(?:lần\s+thứ\s+\S+\s+)?(?=Ban\s+Chấp\s+hành\b|BCH\b|Ban\s+Thường\s+vụ\b|BTV\b"
                r"|(?:Tỉnh|Thành|Huyện|Quận|Thị|Đảng)\s+ủy\b)", re.I), ""),
)


@lru_cache(maxsize=1 << 16)        # issuer phrases repeat across a corpus
def clean_phrase(raw: str) -> str:
    text = " ".join(unglued(raw).split())
    if text.isupper() and " " in text:      # from a title in capitals: `CỦA UBND XÃ MINH TÂM`
        text = text.title()
    for pattern, repl in _LONG_FORMS:
        text = pattern.sub(repl, text)
    text = " ".join(text.split()).strip(" ,.;:-")
    # a body's name opens with a capital, as its letterhead's does (`của trường Tiểu học Xuân Phương`)
    return _body_case(text[:1].upper() + text[1:])


def _body_case(text: str) -> str:
    """`Ủy ban mặt trận tổ quốc việt nam tỉnh …` (a letterhead in capitals), `Ủy ban MTTQ Việt Nam
    tỉnh …`, `Hội liên hiệp phụ nữ huyện …` -> the body's name as the State writes it, so that the
    letterhead of a document and the citations of it name one body."""
    abbreviations, upper = vocabulary().body_abbreviations, text.upper()
    if any(a in upper for a in abbreviations):     # `Ủy ban mttq …`: a letterhead's capitals made lower
        text = " ".join(abbreviations.get(word.upper(), word) for word in text.split())
    lower = text.lower()
    for low, name in vocabulary().local_bodies:
        if lower.startswith(low) and not lower[len(low):len(low) + 1].isalnum():
            rest = text[len(name):]     # the body it belongs to: `Ban Thường trực Ủy ban MTTQ …`
            return name + (" " + _body_case(rest[1:]) if rest.startswith(" ") else rest)
    return text


def is_state_body(raw: str) -> bool:
    """`Ủy ban nhân\ndân tỉnh`, `HĐND huyện`, `Chủ tịch UBND tỉnh`: a State body or its head."""
    return clean_phrase(raw).lower().startswith(("ubnd", "hđnd", "chủ tịch"))


# a body's head signs for it and numbers in its series: `Quyết định số 1649/QĐ-UBND … của Chủ
# tịch UBND tỉnh Ninh Bình` is UBND tỉnh Ninh Bình's, whichever of the two a citation names
HEAD_TITLE = re.compile(r"^(?:Phó\s+)?(?:Chủ\s+tịch|Giám\s+đốc|Trưởng|Bí\s+thư|Chánh|Bộ\s+trưởng|(?:Tổng\s+)?[Cc]ục\s+trưởng)"
                        r"\s+(?=[A-ZĐ])")


# and a Party committee's standing organs in the committee's: `Kế hoạch số 45-KH/TU … của Ban Thường
# vụ Tỉnh ủy` is the Tỉnh ủy's plan, a resolution `của Ban Chấp hành Đảng bộ tỉnh` the Tỉnh ủy's;
# the Front's standing board likewise (`Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh`)
PARTY_ORGAN = re.compile(r"^(?:Ban\s+Thường\s+vụ|(?:Ban\s+)?Thường\s+trực|Ban\s+Chấp\s+hành)\s+"
                         r"(?=(?:Tỉnh|Thành|Huyện|Thị|Quận)\s+(?:ủy|đoàn)\b|Đảng\s+(?:ủy|bộ)\s|Ủy\s+ban\s+Mặt\s+trận\s)")
PARTY_ORGANISATION = re.compile(rf"^Đảng\s+bộ\s+(?P<unit>{_UNITS})(?:\s|$)")
# the first word of a unit's Party committee (`Thị ủy`) and Youth Union (`Thị đoàn`)
_COMMITTEE_WORD = {"tỉnh": "tỉnh", "thành phố": "thành", "huyện": "huyện", "quận": "quận", "thị xã": "thị"}


def body_of(issuer: str) -> str:
    """`Chủ tịch UBND tỉnh Ninh Bình` -> `UBND tỉnh Ninh Bình`; `Ban Thường vụ Tỉnh ủy Bình Phước`,
    `Ban Chấp hành Đảng bộ tỉnh Bình Phước` -> `Tỉnh ủy Bình Phước`."""
    body = PARTY_ORGAN.sub("", HEAD_TITLE.sub("", issuer, count=1), count=1)
    m = PARTY_ORGANISATION.match(body)
    if m:
        unit = m.group("unit")
        word = _COMMITTEE_WORD.get(unit)
        return ((f"{word.capitalize()} ủy " if word else f"Đảng ủy {unit} ") + body[m.end():]).rstrip()
    return body


class Issuer(NamedTuple):
    name: str | None
    level: str | None            # central | province | district | commune; None when unknown
    locality: Locality | None    # the place of a local body, as far as it is known


NO_ISSUER = Issuer(None, None, None)


def normalise_issuer(raw: str | None, context: Locality, eras: list[str],
                     hints: dict[str, set[str]] | None = None) -> Issuer:
    """The canonical issuing body of an issuer phrase, with the place of a local body."""
    text = clean_phrase(raw or "")
    if not text:
        return NO_ISSUER
    parts = JOINT.split(text)
    if len(parts) > 1:       # a joint programme: `giữa Ban Dân vận Huyện ủy và UBND huyện`
        named = [normalise_issuer(p, context, eras, hints) for p in parts]
        first = next((n for n in named if n.level), named[0])
        return Issuer(joint_name([n.name for n in named if n.name]), first.level, first.locality)
    central = _central_prefix(text)
    if central:
        return Issuer(central, "central", None)
    owner = _MINISTRY_ORGAN.sub("", text)      # `Ban cán sự đảng Bộ Y tế`: the ministry's
    if "Trung ương" in text or (owner.startswith("Bộ ") and not owner.startswith(LOCAL_COMMAND)):
        return Issuer(text, "central", None)
    hints = hints or {}
    party = PARTY_COMMITTEE.match(text)
    if party:
        return _party_committee(party, context, eras, hints)
    local = LOCAL_BODY.match(text)
    if local and local.group("body"):
        return _local_body(local, context, eras, hints)
    department = DEPARTMENT.match(text)
    if department:
        return _department(text[department.end():], context, eras, hints)
    if context.commune and _OWN_PARTY_COMMITTEE.fullmatch(text):
        # `của Đảng ủy`, `của Ban Thường vụ Đảng ủy` in a commune's text: the commune's committee
        return normalise_issuer(f"{text} {styled(context.commune)}", context, eras, hints)
    unitless = _UNITLESS.match(text)
    unit = unitless and _unit_of(unitless.group("name"), context, eras, party=unitless.group("body") == "Đảng ủy")
    if unit:
        return normalise_issuer(f"{unitless.group('body')} {unit} {unitless.group('name')}", context, eras, hints)
    return Issuer(text, None, None)


_OWN_PARTY_COMMITTEE = re.compile(r"(?:(?:Ban Thường vụ|Thường trực|Ủy ban Kiểm tra|Ban Chấp hành)\s+)?Đảng ủy")
# `UBND Hồng Phong`, `HĐND Lạng Sơn`, `Đảng ủy Hồng Phong`: a council or committee named by its place
# without the unit's word is the citing document's own commune's or district's of that name, else
# (not a Party committee: a province's is its Tỉnh ủy) the one province of that name
_UNITLESS = re.compile(rf"(?P<body>UBND|HĐND|Đảng ủy)\s+(?P<name>{_NAME})$")


def _unit_of(name: str, context: Locality, eras: list[str], party: bool) -> str | None:
    own = next((full for full in (context.commune, context.district, None if party else context.province)
                if full and short_name(full).lower() == name.lower()), None)
    if own or party:
        return own and unit_word(own)
    provinces = candidates("province", name, eras, {})
    return unit_word(provinces[0].name) if len(provinces) == 1 else None


def joint_name(names: list[str]) -> str:
    """`A và B`, `A, B và C`: the bodies issuing one document together."""
    return " và ".join(filter(None, [", ".join(names[:-1]), names[-1]]))


@lru_cache(maxsize=1 << 16)
def _central_prefix(text: str) -> str | None:
    key, aliases = loose(text), vocabulary().body_aliases
    for alias in sorted(aliases, key=len, reverse=True):
        if key.startswith(alias) and (len(key) == len(alias) or key[len(alias)] == " "):
            return None if _ORGANISATION_AFTER.match(key, len(alias)) else aliases[alias]
    return None


# `Ban Bí thư Trung ương Đoàn`, `Ban Chấp hành Trung ương Hội Nông dân Việt Nam`: the Party organ's name
# begins another organisation's
_ORGANISATION_AFTER = re.compile(r" (?:đoàn|hội|công đoàn|liên đoàn|liên hiệp|mặt trận)\b")


def _party_committee(m: re.Match, context: Locality, eras, hints) -> Issuer:
    committee = m.group("committee")
    level = _COMMITTEE_LEVEL[committee.lower()] or _city_level(m.group("name"), context, eras)
    place = _place(level, m.group("name"), context, eras, hints, within=_within(m.string[m.end():], eras))
    # `CỦA TỈNH ỦY` in a title in capitals names the committee citations write `Tỉnh ủy`; and a
    # unit known by its name of today is its committee's too (`Tỉnh ủy Thừa Thiên Huế` of 2022 is
    # `Thành ủy Huế`, as its `UBND tỉnh` is `UBND thành phố Huế`)
    word = _COMMITTEE_WORD.get(unit_word(_at(place, level))) if place else None
    body = m.group("body")[:m.start("committee")] + (word or committee.split()[0]).capitalize() + \
        " " + committee.split()[1].lower()
    if place is None:
        return Issuer(body, level, None)
    return Issuer(f"{body} {short_name(_at(place, level))}", level, place)


def _local_body(m: re.Match, context: Locality, eras, hints) -> Issuer:
    unit, name, body = m.group("unit").lower(), m.group("name"), m.group("body")
    department = DEPARTMENT.match(body)
    if department:      # `Giám đốc Sở y tế tỉnh Đồng Nai`: the department, written one way
        body = department_name(body[department.end():])
    looked_up = name and lookup_name(unit, name)      # `quận 13`: a number is no name alone
    level = UNIT_LEVEL[unit] or _city_level(looked_up, context, eras)
    place = _place(level, looked_up, context, eras, hints, unit, _within(m.string[m.end():], eras))
    if place is None:       # a unit the gazetteer does not know keeps its name
        return Issuer(" ".join(filter(None, (body, unit, name))), level, None)
    return Issuer(f"{body} {styled(_at(place, level))}", level, place)


def _department(text: str, context: Locality, eras, hints) -> Issuer:
    """The department itself, not its head: its documents are the department's (`TTr-SYT`)."""
    if text[:2].lower() == "sở":
        level = "province"
    else:
        level = "district" if context.district else "commune" if context.commune else None
    named = level and _named_last(text, level, context, eras, hints)     # `Sở Y tế Hà Nội`
    text, place = named or (text, level and _place(level, None, context, eras, hints))
    if not place:
        return Issuer(department_name(text), level, None)
    return Issuer(f"{department_name(text)} {styled(_at(place, level))}", level, place)


def _named_last(text: str, level: str, context: Locality, eras, hints) -> tuple[str, Locality] | None:
    """The department's words and the place its last capitalised words name, if they do."""
    words = text.split()
    for n in range(min(4, len(words) - 2), 0, -1):
        if all(w[:1].isupper() or w == "-" for w in words[-n:]):
            place = _place(level, " ".join(words[-n:]), context, eras, hints)
            if place and short_name(_at(place, level)) == " ".join(words[-n:]):
                return " ".join(words[:-n]), place
    return None


def department_name(phrase: str) -> str:
    """`SỞ GIÁO DỤC VÀ ĐÀO TẠO`, `Sở giáo dục và đào tạo` -> `Sở Giáo dục và Đào tạo`: each part
    of a department's name opens with a capital, as the State writes them, whatever the letterhead's
    or the citing text's case."""
    words = phrase.split()
    n = 2 if " ".join(words[:2]).lower() in _TWO_WORD_KINDS else 1
    abbreviations = vocabulary().department_abbreviations     # `Sở GD&ĐT`, `Sở Nông nghiệp và PTNT`
    kind, name = " ".join(words[:n]), " ".join(abbreviations.get(w.upper(), w) for w in words[n:])
    parts = _NAME_PARTS.split(name.lower())
    name = "".join(p if i % 2 else p[:1].upper() + p[1:] for i, p in enumerate(parts))
    name = _THE_PARTY.sub("Đảng", name.replace("Công thương", "Công Thương"))    # (`Ban Xây dựng Đảng`)
    name = _POLICE.sub("Công an", name)     # a police division's body: `Phòng Cảnh sát giao thông Công an tỉnh …`
    return f"{kind.capitalize()} {name}".strip()


# the Party, a name of its own inside an office's (`Ban Xây dựng Đảng`); and the one name of two
# capitals (`Công Thương`)
_THE_PARTY = re.compile(r"\bđảng\b")
_POLICE = re.compile(r"\bcông an\b")


# offices whose kind is two words: `Ủy ban Kiểm tra`, `Cơ quan Tổ chức - Nội vụ`, `Văn phòng`
_TWO_WORD_KINDS = ("văn phòng", "cơ quan", "ủy ban", "uỷ ban", "tiểu ban", "trung tâm")


def _city_level(name: str | None, context: Locality, eras) -> str:
    """`thành phố` is a province (Hà Nội, Hải Phòng…) or a city inside a province; unnamed, the
    one over the citing unit (a ward of thành phố Thủy Nguyên means Thủy Nguyên, not Hải Phòng)."""
    if name is None:
        if context.commune and (context.district or "").startswith("Thành phố"):
            return "district"
        return "province" if context.province and context.province.startswith("Thành phố") else "district"
    return city_level(name, eras)


def _at(place: Locality, level: str) -> str:
    return getattr(place, level)


def _within(rest: str, eras) -> dict[str, str]:
    """The units above that follow a unit's name (`xã Thọ Lộc, huyện Phúc Thọ, tỉnh …`)."""
    found, pos = {}, 0
    while m := _ABOVE.match(rest, pos):
        unit, name = m.group("unit").lower(), m.group("name")
        found[UNIT_LEVEL[unit] or city_level(name, eras)] = name
        pos = m.end()
    return found


_ABOVE = re.compile(rf"\s*,?\s*(?P<unit>(?i:huyện|quận|thị xã|thành phố|tỉnh))\s+(?P<name>{_NAME})")


def _place(level: str, name: str | None, context: Locality, eras, hints, unit: str | None = None,
           within: dict[str, str] | None = None) -> Locality | None:
    """The place of this level: named (the longest run of the given words that the gazetteer
    knows), or else the citing document's own place of that level. A commune's name is not cut
    to one word: `xã Thanh Lạc` (merged away, or misspelt) is not `xã Thanh` of another province."""
    if not name:
        if level != "commune" and context.commune and not context.district and eras[0] != "2025":
            # a commune of 2025 citing its former district's or province's document of before the reform
            context = former_place(context) or context
        if getattr(context, level) is None:
            return None
        keep = ("province", "district", "commune")[: ("province", "district", "commune").index(level) + 1]
        return Locality(*(getattr(context, lv) if lv in keep else None for lv in ("province", "district", "commune")))
    hints = {**hints, "province": hints.get("province", set()) | ({context.province} if context.province else set())}
    words = name.split()
    for n in range(len(words), 1 if level == "commune" and len(words) > 1 else 0, -1):
        units = candidates(level, " ".join(words[:n]), eras, hints, unit, within)
        if len(units) == 1:
            return units[0].locality
        if len({u.name for u in units}) == 1:     # huyện Châu Thành of some province: the name only
            return Locality(**{level: units[0].name})
    return None

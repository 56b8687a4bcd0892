"""The document's own issuer: its letterhead (a State body and the unit above it, a Party committee
or its office, a joint letterhead, a school under its office), else the authority's line under the
title, the closing sentence that names the issuer, or the body's seat by the date line; then its
place (loaders/issuer_place.py)."""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from loaders import grammar as g
from loaders.issuer_place import HeaderIssuer, resolve_issuer
from loaders.issuers import INSTITUTION, Issuer, department_name, normalise_issuer, spelled_units
from loaders.layout import Layout
from loaders.places import UNIT_LEVEL, UNIT_WORDS, candidates, city_level, resolve, short_name, unit_word
from loaders.records import Locality
from loaders.vocab import loose, vocabulary


def document_issuer(clean: str, layout: Layout, header: str, label_hit, hints: dict[str, Counter], eras: list[str],
                    dated_at: str | None) -> tuple[str | None, str | None, Locality, list[Locality]]:
    """(issuer as references name it, level, locality, the localities it may have when its unit is
    ambiguous). `header`: the text above the type heading; `dated_at`: the date line's place."""
    caps_lines = _caps_lines(header)
    party = _party_letterhead(caps_lines, eras, hints)
    if party:
        return party.name, party.level, party.locality or Locality(), []
    issuer = (_letterhead(caps_lines, hints) or _authority(clean, layout) or _issuer_phrase(clean)
              or _seat(header, dated_at, eras))
    if issuer is None and label_hit is None:
        return *_acting_body(clean, layout, eras, hints), []
    if issuer and issuer.unit is None and _YOUTH_UNION.search(header) and "Đoàn" not in issuer.body:
        # `BAN CHẤP HÀNH TRUNG ƯƠNG` beside `ĐOÀN TNCS HỒ CHÍ MINH`: the Youth Union's, not the Party's
        issuer = replace(issuer, body=f"{issuer.body} Đoàn TNCS Hồ Chí Minh")
    name, *place = resolve_issuer(issuer, label_hit, hints, eras, dated_at)
    if name == _CENTRAL_COMMITTEE:
        name = _central_organ(clean, layout) or name
    return _head_of(name, clean, layout), *place


# `BAN CHẤP HÀNH TRUNG ƯƠNG` heads every central Party document: the Politburo's and the Secretariat's
# say whose they are under the type (`CHỈ THỊ / CỦA BỘ CHÍNH TRỊ`) and in the signature (`T/M BỘ
# CHÍNH TRỊ`), and citations name those (`Chỉ thị số 35-CT/TW … của Bộ Chính trị`)
_CENTRAL_COMMITTEE = "Ban Chấp hành Trung ương"
_ORGANS = {"BỘ CHÍNH TRỊ": "Bộ Chính trị", "BAN BÍ THƯ": "Ban Bí thư"}
_SIGNED_FOR = re.compile(r"(?:T/M|TM\.?)\s+(BỘ CHÍNH TRỊ|BAN BÍ THƯ)\b")
_ORGAN_BYLINE = re.compile(r"\s*(?:CỦA|của)\s+(BỘ CHÍNH TRỊ|BAN BÍ THƯ|Bộ Chính trị|Ban Bí thư)\s*\n")


def _central_organ(clean: str, layout: Layout) -> str | None:
    m = (layout.heading and _ORGAN_BYLINE.match(clean, layout.heading[1])) or _SIGNED_FOR.search(
        clean, max(0, len(clean) - 3000))
    return m and _ORGANS[m.group(1).upper()]


# the authority's line under a decision's title names the body's head who issues it in the body's
# series (`CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH`: `Quyết định … của Chủ tịch UBND tỉnh …`, as citations
# name it; `ỦY BAN NHÂN DÂN TỈNH …` alone: the committee)
_HEAD_TITLES = {"CHỦ TỊCH": ("UBND ", "Chủ tịch"), "BỘ TRƯỞNG": ("Bộ ", "Bộ trưởng"), "GIÁM ĐỐC": ("Sở ", "Giám đốc")}


def _head_of(name: str | None, clean: str, layout: Layout) -> str | None:
    line = clean[slice(*layout.authority)] if layout.authority else ""
    head = next((h for h in _HEAD_TITLES if line.startswith(h + " ")), None)
    body, title = _HEAD_TITLES.get(head, ("", ""))
    return f"{title} {name}" if head and name and name.startswith(body) else name


_YOUTH_UNION = re.compile(g.YOUTH_UNION_MOTTO)


# A Party letterhead (Hướng dẫn 36-HD/VPTW): the organisation above (`ĐẢNG BỘ TỈNH QUẢNG NINH`), the
# committee (`HUYỆN ỦY CÔ TÔ`) and, when one of its offices issues, the office under it (`BAN
# TUYÊN GIÁO`, `CƠ QUAN TỔ CHỨC – NỘI VỤ`); the Youth Union's committees likewise (`TỈNH ĐOÀN …`). A
# commune's committee (`ĐẢNG ỦY XÃ …`) is a local body.
_ABOVE_UNITS = "TỈNH|THÀNH PHỐ|HUYỆN|QUẬN|THỊ XÃ"     # units a commune's or district's body is under
_COMMITTEES = "TỈNH|THÀNH|HUYỆN|THỊ|QUẬN"             # `TỈNH ỦY`, `THÀNH ỦY` …, `TỈNH ĐOÀN` …
_CAPS_NAME = rf"[{g.UPPER}][{g.UPPER} '’-]*?"
PARTY_COMMITTEE_LINE = re.compile(rf"(?:BCH |BAN CHẤP HÀNH )?(?:(?P<org>{_COMMITTEES}) (?P<kind>[ỦU][YỶ]|ĐOÀN)"
                                  rf"|ĐOÀN (?P<union>{_COMMITTEES})(?: PHỐ| XÃ)?) (?P<name>{_CAPS_NAME})")
PARTY_ABOVE = re.compile(rf"ĐẢNG BỘ (?P<unit>{_ABOVE_UNITS}) (?P<name>{_CAPS_NAME})")
_OFFICE = r"(?:BAN|VĂN PHÒNG|[ỦU][YỶ] BAN|CƠ QUAN|TRUNG TÂM)\b.*"
PARTY_OFFICE = re.compile(_OFFICE)
# the three on one line, as a web copy joins a table cell's lines (`TỈNH ỦY BÌNH PHƯỚC BAN TUYÊN GIÁO`)
PARTY_JOINED = re.compile(rf"(?:(ĐẢNG BỘ (?:{_ABOVE_UNITS}) {_CAPS_NAME}) )?"
                          rf"((?:{_COMMITTEES}) [ỦU][YỶ] {_CAPS_NAME})(?: ({_OFFICE}))?")
MOTTO = re.compile(rf"{g.MOTTO_PARTS.pattern}|-{{2,}}", re.I)
# (`HỘI` of a mass organisation only: `XÃ MỸ HỘI ĐÔNG` is a commune; `ĐÀI` of the broadcaster; a
# council for emulation; a trade union under its federation; the military command, the inspectorate)
_SUB_BODY = ("(?:TIỂU BAN|BAN|VĂN PHÒNG|PHÒNG|SỞ|ĐẢNG ỦY|CHI BỘ|[ỦU][YỶ] BAN(?= KIỂM TRA)|BỘ CHỈ HUY|THANH TRA"
             r"|HỘI(?= (?:LIÊN HIỆP|LHPN|NÔNG DÂN|CỰU CHIẾN BINH|CCB|CHỮ THẬP ĐỎ|KHUYẾN HỌC|NGƯỜI CAO TUỔI)\b)"
             "|ĐÀI(?= (?:PHÁT|TRUYỀN) THANH)|HỘI ĐỒNG(?= THI ĐUA)|CÔNG ĐOÀN)")
_ORGAN_ALONE = "VĂN PHÒNG|THƯỜNG TRỰC"       # `UBND TỈNH … / VĂN PHÒNG`, `HĐND TỈNH … / THƯỜNG TRỰC`
# `BẢO HIỂM XÃ HỘI TỈNH …`, `NGÂN HÀNG CHÍNH SÁCH XÃ HỘI / CHI NHÁNH TỈNH …`: society, not a
# commune (xã Hội Xuân is one)
_NOT_SOCIETY = rf"(?! HỘI(?: VIỆT NAM)?(?: (?:{_ABOVE_UNITS}|CHI NHÁNH)\b|$))"
# a sub-body is a keyword and its name: HẢI PHÒNG is a city, HẢI PHÒNG PHÒNG NỘI VỤ one of its offices
LETTERHEAD_LOCAL = re.compile(
    rf"(?P<body>[{g.UPPER}][{g.UPPER}\d &–-]*?)\s+(?P<unit>TỈNH|THÀNH PHỐ|HUYỆN|QUẬN|THỊ XÃ|XÃ{_NOT_SOCIETY}|PHƯỜNG|THỊ TRẤN|ĐẶC KHU)"
    rf"\s+(?P<name>[{g.UPPER} '’-]+?(?:\s\d+)?|\d+)(?:\s+(?P<sub>{_SUB_BODY}\s(?!{_SUB_BODY}\s).+|{_ORGAN_ALONE}))?$")
# (also a committee's, the unit above a commune's body: `HUYỆN ĐOÀN HỚN QUẢN / BCH ĐOÀN XÃ MINH TÂM`)
PLACE_LINE = re.compile(rf"(?P<unit>{_ABOVE_UNITS})\s+(?:ĐOÀN\s+|[ỦU][YỶ]\s+)?(?P<name>[{g.UPPER} '’-]+?(?:\s\d+)?)")
# a national organisation or a central body over its local chapter's or office's line (`HỘI CỰU CHIẾN BINH
# VIỆT NAM / HỘI CCB XÃ …`, `TỔNG CỤC THUẾ / CỤC THUẾ TỈNH …`, `BỘ CÔNG AN / CÔNG AN TỈNH …`)
_NATIONAL_ORG = re.compile(rf"[{g.UPPER} ]+ VIỆT NAM|TỔNG CỤC [{g.UPPER} ]+|BỘ [{g.UPPER} ]+|QUÂN KHU \d+")
ISSUER_PHRASE = re.compile(
    rf"(?P<body>(?i:Ủy\s+ban\s+nhân\s+dân|Uỷ\s+ban\s+nhân\s+dân|UBND))\s+(?P<unit>(?i:{UNIT_WORDS}))\b(?:[ ]+(?P<name>{g.place_name(4)}))?"
    r"(?=\s*(?i:ban\s+hành|xây\s+dựng|\.\s*/\s*\.|yêu\s+cầu))")     # `ban\nhành`: a PDF's line break


def _caps_lines(header: str) -> list[str]:
    """The letterhead's lines in capitals (the body's, not the number's), spaces made single."""
    caps_lines = [part for ln in _letterhead_lines(header)
                  if ln.isupper() and not re.search(r"^SỐ\b|\d(?!\d*$)", ln)     # "PHƯỜNG 9" stays
                  for part in _local_parted(_STEERING.sub("BAN CHỈ ĐẠO", " ".join(spelled_units(ln).upper().split())))]
    # a flattened table may leave the body alone on a line that the next one repeats in full
    # (`ỦY BAN NHÂN DÂN | CỘNG HÒA …` then `ỦY BAN NHÂN DÂN TỈNH THANH HÓA`)
    caps_lines = [ln for ln, nxt in zip(caps_lines, caps_lines[1:] + [""]) if not nxt.startswith(ln + " ")]
    return _one_place(_above_joined(_unit_joined(caps_lines)))


# a narrow column breaks a line after the unit's word (`ĐẢNG BỘ HUYỆN / HỚN QUẢN`, `ĐẢNG ỦY XÃ / MINH TÂM`)
_CAPS_UNITS = UNIT_WORDS.upper()
_ENDS_WITH_UNIT = re.compile(rf"(?:^|\s)(?:{_CAPS_UNITS})$")


def _unit_joined(lines: list[str]) -> list[str]:
    out: list[str] = []
    for line in lines:
        if out and _ENDS_WITH_UNIT.search(out[-1]):
            out[-1] = f"{out[-1]} {line}"
        else:
            out.append(line)
    return out


def _above_joined(lines: list[str]) -> list[str]:
    """`ỦY BAN NHÂN DÂN / TỈNH AN GIANG / ỦY BAN NHÂN DÂN / XÃ MỸ HÒA HƯNG`: the body above and its
    place on two lines, over the issuer's own (as a web copy breaks `ỦY BAN NHÂN DÂN TỈNH AN GIANG`),
    are one line, the unit above; so are each of two bodies and their one place, a line each."""
    out = list(lines)
    for i in range(len(out) - 2):
        if out[i + 3:i + 4] == [out[i + 1]] and PLACE_LINE.fullmatch(out[i + 1]):
            # `HỘI LIÊN HIỆP PHỤ NỮ / HUYỆN CÁT TIÊN / ỦY BAN NHÂN DÂN / HUYỆN CÁT TIÊN`: a joint
            # letterhead, each body over the same place
            out[i:i + 4] = [f"{out[i]} {out[i + 1]}", f"{out[i + 2]} {out[i + 3]}"]
            break
        if out[i] in _BARE_BODIES and PLACE_LINE.fullmatch(out[i + 1]) and out[i + 2] in _BARE_BODIES:
            out[i:i + 2] = [f"{out[i]} {out[i + 1]}"]
            break
    return out


# a steering committee's initials (`UBND HUYỆN … / BCĐ PHÒNG, CHỐNG DỊCH …`), spelled out
_STEERING = re.compile(r"\bBCĐ(?= )")
# `UBND HUYỆN HỚN QUẢN UBND XÃ MINH TÂM`, `ĐẢNG BỘ HUYỆN … ĐẢNG ỦY XÃ …`: a web copy joined the
# letterhead's two lines, the unit above and the issuer
_LOCAL_HEAD = re.compile(r" (?=(?:[ỦU][YỶ] BAN NHÂN DÂN|UBND|HỘI ĐỒNG NHÂN DÂN|HĐND|ĐẢNG [ỦU][YỶ]) "
                         rf"(?:{_ABOVE_UNITS}|XÃ|PHƯỜNG|THỊ TRẤN) )")


def _local_parted(line: str) -> list[str]:
    m = _LOCAL_HEAD.search(line)
    if m and LETTERHEAD_LOCAL.fullmatch(line[:m.start()]):
        return [line[:m.start()], *_local_parted(line[m.end():])]
    return [line]


# `UBND XÃ TÂN HIỆP, HUYỆN HỚN QUẢN`: the unit above after a comma, as on a line of its own
_COMMA_ABOVE = re.compile(rf"\s*,\s*(?=(?:{_ABOVE_UNITS}) )")


def _letterhead(caps_lines: list[str], hints: dict[str, Counter]) -> HeaderIssuer | None:
    caps_lines = [part for line in caps_lines for part in _COMMA_ABOVE.split(line)]
    below = len(caps_lines) > 1 and LETTERHEAD_LOCAL.fullmatch(" ".join(caps_lines[1:]))
    if below and _NATIONAL_ORG.fullmatch(caps_lines[0]) and not LETTERHEAD_LOCAL.fullmatch(caps_lines[0]):
        # the chapter or office under its organisation's line issues; a `CHI NHÁNH` is the line's body's
        branch = below.group("body") == "CHI NHÁNH"
        caps_lines = [f"{caps_lines[0].removesuffix(' VIỆT NAM')} {below.group()}"] if branch else caps_lines[1:]
    caps = " ".join(" ".join(caps_lines).replace(",", " , ").split()).replace(" , ", ", ")
    if not caps:
        return None
    parent = LETTERHEAD_LOCAL.fullmatch(caps_lines[0]) or PLACE_LINE.fullmatch(caps_lines[0])
    own = LETTERHEAD_LOCAL.fullmatch(" ".join(caps_lines[1:])) if parent and len(caps_lines) > 1 else None
    below = None if own else _placed_below(caps_lines)
    if below:
        own, parent = below
    # "UBND HUYỆN X / UBND XÃ Y", "TỈNH X / UBND XÃ Y": the line above places the issuer
    above = _hint_above(parent, ["legacy", "2025"], hints) if own else None
    department = _department_line(caps_lines[0])
    if len(caps_lines) == 2 and INSTITUTION.fullmatch(caps_lines[1]) and (
            department or (parent and parent.re is LETTERHEAD_LOCAL)):
        # `UBND HUYỆN HỚN QUẢN / TRƯỜNG THCS MINH TÂM`: a school or centre of that body's place
        return replace(department or _local_issuer(parent), sub=_institution_case(caps_lines[1]))
    m = own or LETTERHEAD_LOCAL.search(caps)
    if m:
        return replace(_local_issuer(m), above=above)
    if department and len(caps_lines) == 1:
        return department
    central = _central_office(caps_lines) or _central_body(caps)
    return HeaderIssuer(central, None, None) if central else _named_with_place(caps, hints)


# `SỞ GD&ĐT BÌNH PHƯỚC`, `PHÒNG GD&ĐT HỚN QUẢN`: a department by its initials and its place's
# name without the unit's word
_DEPARTMENT_NAMED = re.compile(rf"(?P<kind>SỞ|PHÒNG)\s+(?P<initials>\S+)\s+(?P<name>[{g.UPPER} '’-]+)")


def _department_line(line: str) -> HeaderIssuer | None:
    m = _DEPARTMENT_NAMED.fullmatch(line)
    if not m:
        return None
    level = "province" if m.group("kind") == "SỞ" else "district"
    words = f"{m.group('initials')} {m.group('name')}".split()
    if m.group("initials") in vocabulary().department_abbreviations:
        cuts = [1]
    elif level == "province":   # a Sở's name in words (`SỞ Y TẾ BÌNH PHƯỚC`): the shortest tail naming a province
        cuts = range(len(words) - 1, 0, -1)
    else:
        return None
    for cut in cuts:
        units = candidates(level, " ".join(words[cut:]).title(), ["legacy", "2025"], {})
        if units:
            name = " ".join(words[:cut])
            return HeaderIssuer(_sentence_case(f"{m.group('kind')} {name}"), unit_word(units[0].name),
                                " ".join(words[cut:]))
    return None


# a body whose name ends with its province's or district's name without the unit word (`BAN QUẢN LÝ
# CÁC KHU CÔNG NGHIỆP ĐỒNG NAI`, `KHO BẠC NHÀ NƯỚC BÌNH PHƯỚC`, `TRUNG TÂM Y TẾ HỚN QUẢN`), alone on
# its letterhead
_PLACED_BODY = re.compile(rf"(?:BAN|TRUNG TÂM|BỆNH VIỆN|TRƯỜNG|QUỸ|CHI CỤC|KHO BẠC|ĐÀI|BÁO|VIỆN|HỘI|LIÊN MINH)"
                          rf" [{g.UPPER} '’&-]+")


def _named_with_place(caps: str, hints: dict[str, Counter]) -> HeaderIssuer | None:
    words = caps.split()
    tail = _PLACED_BODY.fullmatch(caps) and _place_tail(words, hints, keep=2)
    if not tail:
        return None
    cut, unit = tail
    name = _institution_case(caps) if INSTITUTION.fullmatch(caps) else _sentence_case(caps)
    return HeaderIssuer(name, unit_word(unit.name), " ".join(words[cut:]))


def _place_tail(words: list[str], hints, keep: int):
    """(where the last words that name a province, else a district, begin; that unit), the
    shortest such tail of at most four words after `keep` words: `… CÔNG NGHIỆP | ĐỒNG NAI`."""
    for level in ("province", "district"):
        for cut in range(len(words) - 1, max(keep, len(words) - 4) - 1, -1):
            units = candidates(level, " ".join(words[cut:]).title(), ["legacy", "2025"], hints)
            if units:
                return cut, units[0]
    return None


def _rank(unit: str) -> float:
    """How high a unit word stands: a commune's 0, a district's 1, a province's 2; a thành phố may
    be a province's unit or a province (1.5)."""
    return {"commune": 0, "district": 1, "province": 2}.get(UNIT_LEVEL[unit.lower()], 1.5)


def _placed_below(caps_lines: list[str]) -> tuple[re.Match, re.Match] | None:
    """`ỦY BAN NHÂN DÂN / XÃ TÂN HIỆP / HUYỆN HỚN QUẢN`: the unit above, written under the issuer."""
    own = LETTERHEAD_LOCAL.fullmatch(" ".join(caps_lines[:-1])) if len(caps_lines) > 1 else None
    above = PLACE_LINE.fullmatch(caps_lines[-1]) if own else None
    if above and _rank(above.group("unit")) > _rank(own.group("unit")):
        return own, above
    return None


_LETTERHEAD_TEXT = re.compile(r"Số\b|.*,\s*ngày\b")     # the number and the place-and-date line
_NUMBER_LINE = re.compile(r"[|\s]*Số\b")


def _letterhead_lines(header: str) -> list[str]:
    """The lines of the letterhead: from its first line in capitals (a web page's title and
    metadata may stand above it) to the first line of text (`V/v …`, `Kính gửi:` of a Công văn,
    whose header has no type heading to end it)."""
    lines = [ln.strip() for ln in MOTTO.sub("\n", header).split("\n") if not g.DRAFT_MARK.fullmatch(ln.strip())]
    first = next((i for i, ln in enumerate(lines) if ln.isupper()), len(lines))
    for i in range(first, len(lines)):
        if _NUMBER_LINE.match(lines[i]) and i > first:
            # the letterhead stands above the number: capitals under it are the title's, or the
            # authority's line (`ỦY BAN NHÂN DÂN TỈNH …`) when a web copy lost the type heading
            return lines[first:i]
        if any(c.islower() for c in lines[i]) and not _LETTERHEAD_TEXT.match(lines[i]):
            return lines[first:i]
    return lines[first:]


_BARE_BODIES = {"ỦY BAN NHÂN DÂN": "UBND", "UỶ BAN NHÂN DÂN": "UBND", "HỘI ĐỒNG NHÂN DÂN": "HĐND"}


def _seat(header: str, dated_at: str | None, eras: list[str]) -> HeaderIssuer | None:
    """A letterhead of the body alone (`ỦY BAN NHÂN DÂN`, as web copies of a province's documents
    flatten it) dated from a province (`Vĩnh Phúc, ngày …`): that province's body, the date line
    naming the place of the body's seat (Nghị định 30/2020/NĐ-CP, Phụ lục I)."""
    lines = _letterhead_lines(header)
    body = _BARE_BODIES.get(lines[0].strip(" |")) if lines else None
    unit = resolve("province", dated_at, eras, {}) if body and dated_at else None
    if unit is None:
        return None
    return HeaderIssuer(body, unit_word(unit.name), short_name(unit.name))


# a joint letterhead: `ỦY BAN NHÂN DÂN / ỦY BAN MTTQ VIỆT NAM / TỈNH ĐẮK LẮK`, `HỘI LIÊN HIỆP PHỤ NỮ - SỞ Y
# TẾ / TỈNH …`: a body's name ends, another's head follows
_HEADS = r"(?=(?:ỦY BAN|UỶ BAN|UBND|UB|HỘI|BAN|SỞ|ĐOÀN|LIÊN ĐOÀN|CÔNG AN|PHÒNG|BẢO HIỂM)\b)"
JOINT_LETTERHEAD = re.compile(rf"\s+[-–]\s+{_HEADS}|(?:(?<=NHÂN DÂN)|(?<=VIỆT NAM))\s+{_HEADS}")


# a line that two columns of a joint letterhead made of one place each (`XÃ TÂN LỢI XÃ TÂN LỢI`)
_DOUBLED = re.compile(r"(?P<once>.+) (?P=once)")
# the bodies of a joint letterhead each with its place, on one line (`… XÃ TÂN LỢI - ỦY BAN MTTQ …`)
_JOINED_HEAD = re.compile(rf"\s+[-–]\s+{_HEADS}")


def _one_place(lines: list[str]) -> list[str]:
    """A joint letterhead whose bodies each name the same place (`ỦY BAN NHÂN DÂN XÃ TÂN LỢI` /
    `ỦY BAN MTTQ VIỆT NAM XÃ TÂN LỢI`, also on one line after a dash, or as two columns) written
    as the place once under both (`ỦY BAN NHÂN DÂN - ỦY BAN MTTQ VIỆT NAM XÃ TÂN LỢI`): else the
    first is read as the unit above the second, or the place's name twice."""
    out: list[str] = []
    for line in (m.group("once") if (m := _DOUBLED.fullmatch(ln)) else ln for ln in lines):
        parts = _JOINED_HEAD.split(line)
        line = (len(parts) == 2 and _joined(*parts)) or line
        joined = out and _joined(out[-1], line)
        if joined:
            out[-1] = joined
        else:
            out.append(line)
    return out


def _joined(first: str, second: str) -> str | None:
    """(Not a school, centre or hospital under its place's body: `UBND HUYỆN HỚN QUẢN / TRUNG TÂM Y
    TẾ HUYỆN HỚN QUẢN` is the centre's letterhead.)"""
    a, b = LETTERHEAD_LOCAL.fullmatch(first), LETTERHEAD_LOCAL.fullmatch(second)
    if INSTITUTION.fullmatch(second):
        return None
    if a and b and not (a.group("sub") or b.group("sub")) and a.group("unit", "name") == b.group("unit", "name"):
        return f"{a.group('body')} - {b.group('body')} {b.group('unit')} {b.group('name')}"
    return None


_VOWELS = re.compile(r"[aăâeêioôơuưyáàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ]", re.I)
# the kinds of school and centre, longest first (`Tiểu học và Trung học cơ sở` before `Tiểu học`)
_INSTITUTION_KINDS = sorted(("Mầm non", "Mẫu giáo", "Tiểu học", "Trung học cơ sở", "Trung học phổ thông",
                        "Phổ thông dân tộc nội trú", "Phổ thông dân tộc bán trú", "Tiểu học và Trung học cơ sở",
                        "Giáo dục nghề nghiệp - Giáo dục thường xuyên", "THPT chuyên", "Trung học phổ thông chuyên",
                        # (`TRUNG TÂM Y TẾ HỚN QUẢN` -> `Trung tâm Y tế Hớn Quản`)
                        "Y tế", "Chính trị", "Bồi dưỡng chính trị", "Đào tạo cán bộ", "Dịch vụ nông nghiệp", "Phục vụ hành chính công",
                        "Văn hóa - Thể thao", "Văn hóa, Thông tin và Thể thao",
                        # (`BỆNH VIỆN ĐA KHOA ĐỒNG NAI` -> `Bệnh viện Đa khoa Đồng Nai`)
                        "Đa khoa", "Y học cổ truyền", "Phục hồi chức năng", "Tâm thần", "Sản - Nhi", "Lao và Bệnh phổi"),
                       key=len, reverse=True)


def _institution_case(caps: str) -> str:
    """`TRƯỜNG THCS MINH TÂM` -> `Trường THCS Minh Tâm`, `TRƯỜNG MẦM NON HOA SEN` -> `Trường Mầm non
    Hoa Sen`: initials (no vowel) stay in capitals, the school's kind is a common noun, its name a name."""
    kind = next(k for k in ("Trung tâm", "Bệnh viện", "Trường") if caps.startswith(k.upper()))
    rest = " ".join(caps.split()[len(kind.split()):])
    if kind == "Trung tâm":
        return f"{kind} {_centre_case(rest)}"
    school = next((k for k in _INSTITUTION_KINDS if (rest + " ").startswith(k.upper() + " ")), "")
    words = rest[len(school):].split()
    name = " ".join([kind, *([school] if school else []),
                     *(w if not _VOWELS.search(w) else w.capitalize() for w in words)])
    return _UNIT_IN_NAME.sub(lambda m: m.group().lower(), name)     # `… Đa khoa tỉnh Bình Phước`


def _centre_case(caps: str) -> str:
    """A centre is named by what it does, then its place: `KIỂM SOÁT BỆNH TẬT TỈNH BÌNH PHƯỚC` ->
    `Kiểm soát bệnh tật tỉnh Bình Phước`, `VĂN HÓA - THỂ THAO VÀ TRUYỀN THANH` -> `Văn hóa - Thể thao
    và Truyền thanh` (each field of a list opens with a capital), `Y TẾ HỚN QUẢN` -> `Y tế Hớn Quản`."""
    m = _CENTRE_PLACE.fullmatch(caps)
    what, unit, place = m.group("what", "unit", "place") if m else (caps, None, None)
    if not unit:
        words = what.split()
        tail = _place_tail(words, {}, keep=1)
        cut = tail[0] if tail else len(words)
        what, place = " ".join(words[:cut]), " ".join(words[cut:]) or None
    out, opens = [], True
    for word in what.split():
        out.append(word if not _VOWELS.search(word) or re.search(r"\d", word) else
                   word.capitalize() if opens and word != "VÀ" else word.lower())
        opens = word in ("-", "–", "VÀ") or word.endswith(",")
    return " ".join([*out, *([unit.lower()] if unit else []), *([place.title()] if place else [])])


_CENTRE_PLACE = re.compile(rf"(?P<what>.+?)\s(?P<unit>{_CAPS_UNITS})\s(?P<place>.+)")
_UNIT_IN_NAME = re.compile(rf"(?<= )(?:Tỉnh|Thành Phố|Huyện|Quận|Thị Xã|Xã|Phường|Thị Trấn)(?= [{g.UPPER}\d])")


def _local_issuer(m: re.Match) -> HeaderIssuer:
    body, *partners = JOINT_LETTERHEAD.split(m.group("body"))
    # a national body's branch in the place (`NGÂN HÀNG CHÍNH SÁCH XÃ HỘI / CHI NHÁNH TỈNH …`)
    # is named as the branch: `Chi nhánh Ngân hàng chính sách xã hội tỉnh …`
    branch = body.endswith(" CHI NHÁNH") and body.removesuffix(" CHI NHÁNH")
    return HeaderIssuer(f"Chi nhánh {_sentence_case(branch)}" if branch else _sentence_case(body),
                        m.group("unit").lower(), m.group("name"),
                        _sentence_case(m.group("sub")) if m.group("sub") else None,
                        tuple(map(_sentence_case, partners)))


def _authority(clean: str, layout: Layout) -> HeaderIssuer | None:
    """A letterhead without the body's place (`ỦY BAN NHÂN DÂN` alone, as web copies flatten
    it): the authority's line under the title names it in full (`CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH
    NINH BÌNH`)."""
    if not layout.authority:
        return None
    caps = " ".join(clean[slice(*layout.authority)].split())
    m = LETTERHEAD_LOCAL.fullmatch(caps)
    if m:
        return _local_issuer(m)
    central = _central_body(caps)       # `CỦA THỦ TƯỚNG CHÍNH PHỦ SỐ …` of an older heading
    return HeaderIssuer(central, None, None) if central else None


# a ministry's or general department's office under its line (`BỘ Y TẾ / CỤC QUẢN LÝ KHÁM, CHỮA
# BỆNH`, `BỘ XÂY DỰNG / THANH TRA BỘ`): the office issues; its name is a function's, in sentence case
_CENTRAL_HEAD = re.compile(rf"(?:BỘ|TỔNG CỤC) [{g.UPPER}&, ]+")
_CENTRAL_OFFICE = re.compile(r"(?P<kind>TỔNG CỤC|CỤC|VỤ|VIỆN|THANH TRA|VĂN PHÒNG) (?P<name>.+)")


def _central_office(caps_lines: list[str]) -> str | None:
    if len(caps_lines) != 2 or not _CENTRAL_HEAD.fullmatch(caps_lines[0]):
        return None
    head, m = _central_body(caps_lines[0]), _CENTRAL_OFFICE.fullmatch(caps_lines[1])
    if not head or not m:
        return None
    kind = m.group("kind").capitalize()
    if m.group("name") in ("BỘ", "TỔNG CỤC"):     # `THANH TRA BỘ`: the ministry's own
        return f"{kind} {head}"
    return f"{kind} {_sentence_case(m.group('name'))}"


def _central_body(caps: str) -> str | None:
    vocab = vocabulary()
    names = {n.upper(): n for n in list(vocab.issuer_by_code.values()) + list(vocab.body_aliases.values())}
    if caps.startswith("BAN CHẤP HÀNH TRUNG ƯƠNG "):
        organ = caps.removeprefix("BAN CHẤP HÀNH TRUNG ƯƠNG ") + " TRUNG ƯƠNG"
        return names.get(organ) or vocab.body_aliases.get(loose(organ)) or _sentence_case(organ)
    for upper in sorted(names, key=len, reverse=True):
        if upper in caps:
            return names[upper]
    return None


def _party_letterhead(caps_lines: list[str], eras: list[str], hints: dict[str, Counter]) -> Issuer | None:
    """`TỈNH ỦY THỪA THIÊN HUẾ`, `ĐẢNG BỘ TỈNH BÌNH PHƯỚC / HUYỆN ỦY HỚN QUẢN`, `TỈNH ỦY BÌNH PHƯỚC /
    BAN TUYÊN GIÁO`: a Party committee or its office, named as references name them (`Ban Tuyên
    giáo Tỉnh ủy Bình Phước`)."""
    lines = [part for ln in caps_lines for part in _parted(ln.replace("–", "-").strip(" |"))]
    at = next((i for i, ln in enumerate(lines) if PARTY_COMMITTEE_LINE.fullmatch(ln)), None)
    if at is None:
        return None
    for above in filter(None, map(PARTY_ABOVE.fullmatch, lines[:at])):
        _hint_above(above, eras, hints)
    m = PARTY_COMMITTEE_LINE.fullmatch(lines[at])
    below = LETTERHEAD_LOCAL.fullmatch(lines[at + 1]) if at + 1 < len(lines) else None
    if below and UNIT_LEVEL[below.group("unit").lower()] == "commune":
        return None     # `HUYỆN ĐOÀN HỚN QUẢN / BCH ĐOÀN XÃ MINH TÂM`: the commune's body issues, under it
    office = lines[at + 1] if at + 1 < len(lines) and PARTY_OFFICE.fullmatch(lines[at + 1]) else None
    org, kind = (m.group("org"), m.group("kind").lower()) if m.group("org") else (m.group("union"), "đoàn")
    committee = f"{org.capitalize()} {kind} {m.group('name').title()}"
    school = _institution_case(lines[at + 1]) if at + 1 < len(lines) and INSTITUTION.fullmatch(lines[at + 1]) else None
    if school:
        # `TỈNH ỦY ĐỒNG NAI / TRƯỜNG CHÍNH TRỊ`: the committee's school or centre, placed by it and
        # named as it is, or by its place when its kind is all its name (`Trường Chính trị tỉnh Đồng Nai`)
        committee = f"{school} {_PARTY_UNITS.get(org, org.lower())} {m.group('name').title()}"
    elif office:
        committee = f"{department_name(office)} {committee}"
    found = normalise_issuer(committee, Locality(), eras, {level: set(names) for level, names in hints.items()})
    if school and school.split()[-1][:1].isupper():
        found = found._replace(name=school)
    return found if found.level else None


_PARTY_UNITS = {"THÀNH": "thành phố", "THỊ": "thị xã"}     # a committee's word for its unit (`THÀNH ỦY`)


def _hint_above(m: re.Match, eras: list[str], hints: dict[str, Counter]) -> dict[str, str]:
    """A letterhead's line naming the unit above the issuer (`ĐẢNG BỘ TỈNH BÌNH PHƯỚC`, `UBND HUYỆN
    X`): a place hint for the issuer's own, and the unit it is in."""
    level = UNIT_LEVEL[m.group("unit").lower()] or city_level(m.group("name").title(), eras)
    hints.setdefault(level, Counter())[m.group("name").title()] += 1
    return {level: m.group("name").title()}


def _parted(line: str) -> list[str]:
    m = PARTY_JOINED.fullmatch(line)
    return [part for part in m.groups() if part] if m else [line]


def _sentence_case(caps: str) -> str:
    """`BAN CHỈ ĐẠO CÁC CHƯƠNG TRÌNH MTQG` -> `Ban chỉ đạo các chương trình MTQG`: initials (no vowel)
    and names with figures (`COVID-19`) stay."""
    first, *rest = caps.split()
    return " ".join([first[:1] + (first[1:].lower() if _VOWELS.search(first) else first[1:]),
                     *(w.lower() if _VOWELS.search(w) and not re.search(r"\d", w) else w for w in rest)])


def _issuer_phrase(clean: str) -> HeaderIssuer | None:
    found = [m for m in ISSUER_PHRASE.finditer(clean)]
    if not found:
        return None
    best = next((m for m in found if m.group("name")), found[0])
    return HeaderIssuer("UBND", best.group("unit").lower(), best.group("name"))


def _acting_body(clean: str, layout: Layout, eras: list[str], hints: dict[str, Counter]):
    """(issuer, level, locality) as the preamble's own act names it, for a text with neither a
    letterhead nor its number: a body the vocabulary places at a level, else none."""
    m = g.ISSUING_ACT.search(clean, layout.start, layout.preamble_end)
    found = m and normalise_issuer(m.group("issuer"), Locality(), eras,
                                   {level: set(names) for level, names in hints.items()})
    return (found.name, found.level, found.locality or Locality()) if found and found.level else (None, None, Locality())
